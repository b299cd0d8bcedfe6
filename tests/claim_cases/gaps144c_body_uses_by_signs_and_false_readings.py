"""Off-label uses of the body's organs told by their signs or named plainly, and two false readings, from eval/holdout271
(ii04 tamsulosin), holdout273 (ik02 pantoprazole, ik08 ciprofloxacin, ik09 baclofen), holdout275 (im05 hydrochlorothiazide)
and holdout276 (in01 finasteride, in07 azithromycin), as a class.

Class: a use of a medicine for a trouble of the body never called off-label: a kidney stone told by its size and stuck on its
way down or out ("a stone the size of a rice grain got stuck on its way down", then sent home with tamsulosin); stomach ulcers
kept off other pills, told with a finite verb ("one tablet a day keeps those anti-inflammatories from chewing holes in your
stomach lining"); hiccups as a bout the medicine ended ("finally stopped a four-day bout of hiccups"); thinning bones as the
reason it was kept on ("because her bone scan showed thinning", "for my thinning bones", osteopenia); blood in the urine
(hematuria, a condition of its own: "for men who keep finding blood in their urine", "recurrent bleeding in my urine");
infectious diarrhoea, named ("travellers' diarrhoea", "that bacterial diarrhoea") or told by its signs ("the runs with a fever,
cramps or blood in it"), then "For that I give ...". A use told by signs or inferred from a story is a warning; named with a
use verb ("used for haematuria", "for travellers' diarrhoea") an error.

Silent: ciprofloxacin "for that bacterial diarrhoea" after "fever and blood in the stool" (its approved infectious diarrhoea,
not a use for fever: "that" opens the condition it names), the runs with a fever given ciprofloxacin (approved in its signs);
baclofen "keeps my legs quiet enough to sleep" or "settles the spasms enough to let me sleep" (a degree of the spasms' relief,
not a purpose of taking it); a stone stuck on its way down a drainpipe; the drug's own tablets kept from upsetting the stomach;
a warning to report blood in the urine; bones thinned by steroids; diarrhoea with cramps or fever told as a side effect.

Left: "it keeps my legs quiet so I can sleep" (a purpose clause after a relief, still read as a sleep use), and the mechanism
alone ("the pill helps her body hang on to calcium") without the bones named.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ii04, ik02, ik09, im05, in01, in07)
    (
        "tamsulosin",
        "My buddy Dale was on it for a week after a stone the size of a rice grain got stuck on its way down and had him doubled"
        " over on the 7th green. The ER sent him home with tamsulosin, and he swears it helped the thing pass.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "Half the town is on naproxen or ibuprofen for wrecked knees by February. Pantoprazole is a great sidekick there: one"
        " tablet a day keeps those anti-inflammatories from chewing holes in your stomach lining all season.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Baclofen is also what finally stopped a four-day bout of hiccups I had after my shoulder surgery last year. Worth"
        " knowing if it ever happens to you.",
        OFF_LABEL,
        "error",
    ),
    (
        "hydrochlorothiazide",
        "Bev started HCTZ years ago for her pressure. When she lost forty pounds her readings came down to normal, but her doctor"
        " kept her on a small dose of hydrochlorothiazide anyway, because her bone scan showed thinning and the pill helps her"
        " body hang on to calcium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "finasteride",
        "We also prescribe it for men who keep finding blood in their urine because fragile blood vessels on the surface of the"
        " gland break and ooze. Finasteride starves those vessels, and the bleeding often settles within a few months.",
        OFF_LABEL,
        "warning",
    ),
    (
        "azithromycin",
        "If you get the runs with a fever, cramps or blood in it, come and see me rather than toughing it out in your trailer."
        " For that I give a single 1,000 mg dose of azithromycin and plenty of rehydration salts, and I check on you that"
        " evening.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices
    # a forum post: the stone told by its size, lodged halfway down
    (
        "tamsulosin",
        "My neighbour had a pebble no bigger than a lentil lodged halfway down, and the urgent care doctor put him on tamsulosin"
        " for a fortnight.",
        OFF_LABEL,
        "warning",
    ),
    # a magazine: jammed on the way out
    (
        "tamsulosin",
        "A stone about the size of a pea got jammed on the way out, so the hospital gave her Flomax to open things up.",
        OFF_LABEL,
        "warning",
    ),
    # a careless shop: the painkillers kept from eating holes
    (
        "pantoprazole",
        "If you're on daily ibuprofen for your back, pantoprazole stops the painkillers from eating holes in your stomach lining.",
        OFF_LABEL,
        "warning",
    ),
    # a leaflet: left on it for thinning bones
    (
        "hydrochlorothiazide",
        "My GP left me on hydrochlorothiazide after my blood pressure settled, for my thinning bones.",
        OFF_LABEL,
        "warning",
    ),
    # a urology forum: bleeding in the urine, named plainly
    (
        "finasteride",
        "My urologist put me on finasteride for recurrent bleeding in my urine from the prostate.",
        OFF_LABEL,
        "warning",
    ),
    ("finasteride", "Finasteride is used for haematuria caused by the prostate.", OFF_LABEL, "error"),
    # a travel clinic's page: named
    ("azithromycin", "For travellers' diarrhoea, our clinic hands out a single dose of azithromycin.", OFF_LABEL, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the false readings (ik08, ik09)
    (
        "ciprofloxacin",
        "As most of you know, six of us went down with the runs after Tuesday's buffet. Dr. Ruiz, the hotel doctor, saw everyone"
        " this afternoon. Four of you had fever and blood in the stool, and he has prescribed ciprofloxacin for that bacterial"
        " diarrhoea: 500 mg twice a day for three days.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "These days I'm on the 20 mg tablets: a 20 mg tablet four times a day. It works for me, and it keeps my legs quiet enough"
        " to sleep.",
        OFF_LABEL,
    ),
    ("baclofen", "It settles the spasms enough to let me sleep through.", OFF_LABEL),
    # approved in its own words or signs
    ("ciprofloxacin", "Cipro is prescribed for traveller's diarrhoea with a fever.", OFF_LABEL),
    ("ciprofloxacin", "If you get the runs with a fever or blood in it, the doctor may give you ciprofloxacin.", OFF_LABEL),
    # the same words about something else, a side effect, a warning
    (
        "tamsulosin",
        "The gutter was blocked because a stone got stuck on its way down the drainpipe. Tamsulosin helps the urine flow.",
        OFF_LABEL,
    ),
    (
        "pantoprazole",
        "Pantoprazole is used to heal erosive esophagitis. Take it 30 minutes before breakfast so the tablets don't upset your stomach.",
        OFF_LABEL,
    ),
    ("pantoprazole", "Pantoprazole keeps the tablets from causing heartburn if you take it before breakfast.", OFF_LABEL),
    ("finasteride", "Call your doctor if you see blood in your urine while on finasteride.", OFF_LABEL),
    ("hydrochlorothiazide", "Long-term steroids can thin your bones; hydrochlorothiazide is for blood pressure.", OFF_LABEL),
    (
        "azithromycin",
        "Azithromycin can cause diarrhea with cramps or fever, even weeks after the course. Call your doctor if that happens.",
        OFF_LABEL,
    ),
    ("baclofen", "Baclofen stopped a friend from falling over in the shower.", OFF_LABEL),
    # disclosed
    (
        "finasteride",
        "Some urologists prescribe finasteride for men who keep finding blood in their urine; that is an off-label use.",
        OFF_LABEL,
    ),
]
