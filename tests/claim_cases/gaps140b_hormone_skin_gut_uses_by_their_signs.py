"""Off-label uses of hormones, skin and gut medicines told only by the trouble's signs or by the purpose, from eval/holdout239
(hc04 semaglutide), holdout240 (hd09 metformin), holdout241 (he10 aspirin), holdout244 (hh04 pantoprazole), holdout245 (hi07
methotrexate) and holdout246 (hj03 spironolactone), as a class.

Class: a use a reader would copy, the condition never named, only its signs or its purpose told, then the medicine given or
endorsed for it: PCOS by cycles months apart or all over the place with chin hairs, then metformin "to get my cycles back on
track" (the fertility doctor by her letters, "my RE's bloodwork ... even though my A1c was normal") or semaglutide "just for
that" after the result told between ("Four months in, my periods came back like clockwork"); female-pattern hair loss by a
parting that seemed wider and a ponytail half as thick (what the blood tests ruled out, "polycystic ovaries", is not the
trouble); inflammatory bowel disease by cramps, bleeding and running to the loo, then the weekly injection; a PPI taken
alongside daily painkillers so the pills don't chew holes in the stomach lining; daily aspirin to stop new polyps from growing
and turning into something nasty. Told in lay words, each is a warning.

Also the false error on hi07:33: "takes a folic acid tablet a few days after her methotrexate, which helps with the queasiness"
is the folic acid's use, a remedy for the drug's side effect, not methotrexate for nausea.

Silent: the remedy taken around the drug, a PPI approved for ulcers (omeprazole), a medicine's own harm kept off with food, a
side effect told, an approved use told beside the same signs, a negation and a disclosure.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hc04, hd09, hj03, hi07, hh04, he10)
    (
        "semaglutide",
        "The part nobody talks about: my cycle. I had gone years with periods showing up every two or three months, plus the chin"
        ' hairs, and my OB had said the word "cysts" more than once. Four months in, my periods came back like clockwork. If that'
        " sounds like you, it's honestly worth asking your doctor about semaglutide just for that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "**Quick backstory for newbies:** my cycles were all over the place (38, 71, then 94 days), I had the dark hairs on my"
        " chin that I pluck in the car at red lights, and my RE's bloodwork showed my insulin running high even though my A1c was"
        " normal. She put me on metformin to get my cycles back on track.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Maya Okonjo, a 34-year-old pastry chef from Columbus, first noticed it in the shower drain: a little more each week, then"
        " a parting that seemed wider every time she caught it in the bakery's steel counter, and a ponytail that by her birthday"
        " was half as thick as it had been in college. Blood tests ruled out thyroid trouble and polycystic ovaries. Her"
        " dermatologist started her on spironolactone, 50 mg twice a day, and Maya agreed to give it a year.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        "Margaret's niece Sophie, who spent most of her twenties doubled over with cramps, bleeding and running to the loo a dozen"
        " times a day, now gives herself a methotrexate injection every Friday too and is back at work full time.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "Alot of people who pop ibuprofen or naproxen every day for their knees or back take a Protonix alongside so the pills"
        " don't chew holes in their stomach lining. Smart move imo.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aspirin",
        "**Earl's story.** Our own Earl has taken one 81 mg tablet every morning since his colonoscopy turned up three polyps, to"
        " stop new ones from growing and turning into something nasty. If polyps run in your family, it's worth asking about.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices
    (
        "methotrexate",
        "**From the support group.** Tom, who spent his thirties with cramps, bleeding and rushing to the toilet ten times a day,"
        " now takes methotrexate every Monday and runs the group's walks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "A customer in her forties showed me photos: her parting that kept getting wider, year after year. Her dermatologist"
        " started her on spironolactone last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "Dad takes naproxen for his hip every day. He takes pantoprazole as well, to keep those painkillers from causing stomach ulcers.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aspirin",
        "Since the polyps they found at his last colonoscopy, Jim takes a baby aspirin every day to keep new polyps from coming back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "semaglutide",
        "For years her periods came twice a year, and she had stubborn dark hairs on her chin. Six months in, her cycles were"
        " regular again. She says it's worth asking your GP about Ozempic for that.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): the near misses that must stay silent.
SHOULD_NOT = [
    # the false error on hi07:33: the remedy taken around the drug, for its side effect
    (
        "methotrexate",
        "She also takes a folic acid tablet a few days after her methotrexate, which helps with the queasiness and mouth ulcers.",
        OFF_LABEL,
    ),
    (
        "methotrexate",
        "He has a vitamin tablet the day after his weekly dose of methotrexate, which helps with the nausea.",
        OFF_LABEL,
    ),
    # a PPI approved for ulcers
    (
        "omeprazole",
        "Lots of people who take naproxen every day take omeprazole alongside so the pills don't cause stomach ulcers.",
        OFF_LABEL,
    ),
    # the medicine's own harm kept off with food; a side effect told
    ("ibuprofen", "Take ibuprofen with food so the pills don't chew holes in your stomach lining.", OFF_LABEL),
    ("ibuprofen", "Take ibuprofen with food so it doesn't cause stomach ulcers.", OFF_LABEL),
    ("naproxen", "Naproxen and ibuprofen can chew holes in your stomach lining, so take them with food.", OFF_LABEL),
    # an approved use told beside the signs
    (
        "semaglutide",
        "My blood sugar had been high for years. Four months in, my A1c came down to 6.1. If that sounds like you, it's worth"
        " asking your doctor about semaglutide for your type 2 diabetes.",
        OFF_LABEL,
    ),
    (
        "aspirin",
        "Since his heart attack, Earl takes one 81 mg aspirin every morning to prevent another heart attack.",
        OFF_LABEL,
    ),
    # a negation; a disclosure
    ("aspirin", "Aspirin is not used to keep polyps from coming back, whatever you read online.", OFF_LABEL),
    (
        "pantoprazole",
        "Some people take pantoprazole alongside so the pills don't cause stomach ulcers; this is an off-label use, so ask your"
        " doctor first.",
        OFF_LABEL,
    ),
    # the trouble ruled out, and nothing given for the signs
    (
        "spironolactone",
        "Blood tests ruled out polycystic ovaries. Her cardiologist started her on spironolactone for heart failure.",
        OFF_LABEL,
    ),
]
