"""Off-label uses told only by the trouble's signs in the body, then the medicine given for them, from eval/holdout231 (gu06
amitriptyline), holdout232 (gv01 duloxetine, gv07 naltrexone), holdout234 (gx03 tamsulosin, gx10 sumatriptan) and holdout238
(hb06 tamsulosin), as a class.

Class: a use a reader would copy, the condition never named, only its signs told, then the medicine given: a migraine by the
throb behind one eye with the light unbearable, the sickness or the dark room ("A throb would start behind her left eye ..., the
glare from the projector would suddenly become unbearable, and by lunch she would be sick and lying down in the dark"), the
giving after the paragraph's run-in label ("**The tablet.** In January her doctor started her on amitriptyline"); a tension
headache by its band, told with the signs it comes without ("with no throbbing, no sickness and no trouble with light"); the
nerve damage of chemotherapy by the small nerves of the hands and feet harmed and their tingling, burning or numbness, pointed
back at ("Duloxetine can calm these symptoms"); multiple sclerosis by a numb leg, an eye blurred for weeks and the
neurologist's MRI, then the capsules a pharmacy makes her; a kidney stone by its pain from under the ribs to the groin, or by
the fleck stuck in the tube between the kidney and the bladder, then the medicine the person went home with. Told in lay
words, each is a warning.

Also the false error on gv01:34: "your cancer team has offered it" names the prescriber's trade, not what it is offered for
(read as "duloxetine for cancer").

Silent: an approved use told by the same signs (sumatriptan or topiramate for a migraine's throb and sickness; duloxetine for
the tingling feet of diabetes), the signs as a side effect or a warning, another medicine given for them (ibuprofen for the
stone, ondansetron for the sickness, gabapentin for the tingling), a giving of no medicine ("went home with a leaflet"), a use
disclosed as off-label, and a cold floor that is no cold.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (gu06, gx10, gv01, gv07, gx03, hb06)
    (
        "amitriptyline",
        "**Ana's bad days.** For most of last year Ana lost one or two teaching days a month, and they always began the same way."
        " A throb would start behind her left eye around second period, the glare from the projector would suddenly become"
        " unbearable, and by lunch she would be sick and lying down in the dark in the nurse's office while someone covered her"
        " class.\n\n**The tablet.** In January her doctor started her on amitriptyline, 10 mg each night, to make those days come"
        " less often. Eleven months on she takes 25 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "**Mr. Okafor's tip.** Our PE department head gets something different: a dull, tight band around his forehead that"
        " builds through the afternoon, with no throbbing, no sickness and no trouble with light. His doctor gave him sumatriptan"
        " too, and he swears one tablet at the end of sixth period clears it. Worth asking about if that sounds like your Fridays.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "## Why has my cancer team offered it?\n\nSome chemotherapy medicines, such as oxaliplatin and paclitaxel, can harm the"
        " small nerves in the hands and feet. You may notice tingling, burning or numbness, or find it hard to do up buttons or to"
        " walk barefoot on a cold floor. Duloxetine can calm these symptoms, and that is why your cancer team has offered it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        '**"My sister-in-law takes a tiny dose of it. Same thing?"** (Ellie, Oregon) Same medicine, much smaller dose. My own'
        " sister-in-law has had numb patches down one leg, bone-deep tiredness and a spell where one eye went blurry for weeks, on"
        " and off since her thirties, and her neurologist checks her MRI every year. A compounding pharmacy makes her 4.5 mg"
        " capsules, and she says she has far fewer bad days on them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Walt's son-in-law, Marcus, has a tamsulosin story of his own. Last spring he woke at 3 a.m. with a stabbing ache under"
        " his ribs that wrapped around into his groin, and his urine had turned pink. A scan at the emergency room showed a fleck"
        " of calcium four millimeters across, stuck in the tube between his kidney and his bladder. He went home with ten days of"
        " tamsulosin to relax that tube and let the fleck slip through, and on day six it did.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "**A story from the boat ramp.** In August, Gary Novak was bent double beside his truck at the ramp, sweating, with a"
        " stabbing pain in his back under the ribs that shot down toward his groin. The urgent care scan found a stone about the"
        " size of a peppercorn stuck on its way down to his bladder, and the doctor sent him home with a week of tamsulosin to"
        " help it on through. He passed it on day four.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: a pharmacy blog, a patient's diary, a phone-in transcript, a magazine feature, a works bulletin
    (
        "venlafaxine",
        "Every few weeks Priya gets a pounding behind her right eye, can't stand the light and ends up throwing up by teatime."
        " Her GP put her on venlafaxine to cut down the number of those days.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "**Tues 4 March.** Woke at 2 with the pain under my ribs shooting round into my groin again. The urologist sent me home"
        " with tamsulosin and a sieve.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "CALLER: Since the paclitaxel finished, the chemo has damaged the nerves in my feet. HOST: And what did they do? CALLER:"
        " My oncologist started me on pregabalin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Oxaliplatin can harm the fine nerves in the fingers and toes, and her oncologist prescribed pregabalin for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "Since the chemo her feet feel as if she's walking on cotton wool, so her oncologist added duloxetine last month.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "For ten years Carla had spells of numbness down her left leg, and her right eye would go misty for a month at a time."
        " Last spring her neurologist started her on a low nightly dose of naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Dave in dispatch gets a pressing band across his brow by the end of every shift. His GP gave him sumatriptan for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The CT showed something lodged in the pipe that joins her kidney to her bladder, and the ER doctor sent her home with tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own false error (gv01): the prescriber's trade is no use, with the signs told of diabetes (approved)
    (
        "duloxetine",
        "Diabetes can harm the small nerves in the feet, causing tingling, burning or numbness. Duloxetine can calm these"
        " symptoms, and that is why your diabetes team has offered it.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "Years of diabetes left him with tingling and numbness in both feet, so his doctor started him on duloxetine.",
        OFF_LABEL,
    ),
    # an approved use told by the same signs: a migraine's throb, light and sickness (sumatriptan, topiramate)
    (
        "sumatriptan",
        "A throb would start behind her left eye, the light would become unbearable and she would be sick. Her doctor gave her"
        " sumatriptan for those attacks.",
        OFF_LABEL,
    ),
    (
        "topiramate",
        "Every few weeks Priya gets a pounding behind her right eye, can't stand the light and ends up throwing up by teatime."
        " Her GP put her on topiramate to cut down the number of those days.",
        OFF_LABEL,
    ),
    # the signs as a side effect or a warning
    (
        "metronidazole",
        "Metronidazole can damage the nerves in your hands and feet. Stop it and call us if you notice tingling, burning or numbness.",
        OFF_LABEL,
    ),
    ("duloxetine", "If you notice tingling, burning or numbness in your hands, tell your doctor.", OFF_LABEL),
    # another medicine given for the signs
    (
        "tamsulosin",
        "The ER found a stone stuck on its way down to his bladder and sent him home with ibuprofen and a strainer.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "The chemo damaged the nerves in her feet, and her oncologist gave her gabapentin for the tingling and numbness.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        "**Bad days.** A throb would start behind her left eye, the light would become unbearable and by lunch she would be"
        " sick.\n\n**The sickness.** Her doctor gave her ondansetron for that.",
        OFF_LABEL,
    ),
    # a giving of no medicine
    (
        "tamsulosin",
        "The scan showed a fleck of calcium stuck in the tube between his kidney and his bladder. He went home with a leaflet and"
        " a follow-up appointment.",
        OFF_LABEL,
    ),
    # the use disclosed as off-label
    (
        "naltrexone",
        "My sister-in-law has had numb patches down one leg and a spell where one eye went blurry for weeks, and her neurologist"
        " checks her MRI every year. Her neurologist prescribes low-dose naltrexone for it, which is an off-label use.",
        OFF_LABEL,
    ),
    # one sign alone is no multiple sclerosis; a cold floor is no cold
    (
        "naltrexone",
        "Her left eye went blurry for a week after the cataract operation, so the surgeon gave her drops. She takes naltrexone for"
        " her drinking.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "Walking barefoot on a cold floor was hard for him, and he takes duloxetine for his depression.",
        OFF_LABEL,
    ),
]
