"""False errors on a required warning or interaction told in lay words, a quote or a list under a heading, and on a
misstatement answered in the next sentence, as a class. From eval/holdout249 (hm03), holdout251 (ho13), holdout252 (hp07)
and holdout254 (hr08).

Class: the warning is there, in words the check did not read as one: a bare prohibition as a bold lead or a series of nos
("Not with alcohol, either. No wine on the nights you take it, and no sleeping pills or other sedatives on top of it",
ho13), a heading that sends the reader to ask before ("Ask the pharmacist first if you take" over a list naming the blood
thinners, hp07), naltrexone's lost tolerance in the present tense and the old amount pointed back at ("People's tolerance
disappears ... goes back to the amount they used to use, that amount can kill them", hm03); and a hearsay misstatement
answered by a short denial to the reader ("Someone in our online group said you can just stop it during school holidays.
You can't.", hr08).

Still reported: no word of the lost tolerance, the hearsay agreed with or said by the writer.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"
MISSTATEMENT = "accuracy.misstatement"
ALCOHOL = "alcohol-cns-depressants"
BLEEDING = "anticoagulants-steroids"
OVERDOSE = "opioid-overdose"
STOP = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "naltrexone",
        "Naltrexone is a tablet taken once a day for alcohol dependence. The usual dose is 50 mg. Nausea and headache are the"
        " common side effects.",
        WARNING,
        OVERDOSE,
        "error",
    ),
    ("clonidine", "You can just stop it during school holidays, it's fine.", MISSTATEMENT, STOP, "error"),
    (
        "clonidine",
        "Someone in our online group said you can just stop it during school holidays. She's right, we do it every summer.",
        MISSTATEMENT,
        STOP,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "alprazolam",
        "**Not with alcohol, either.** No wine on the nights you take it, and no sleeping pills or other sedatives on top of"
        " it. I know. Do it anyway.",
        INTERACTION,
        ALCOHOL,
    ),
    (
        "naproxen",
        "## Ask the pharmacist first if you take\n\n- a blood thinner such as warfarin or Eliquis, or steroid tablets such as"
        " prednisone\n- aspirin (even the low-dose heart aspirin), ibuprofen or any other anti-inflammatory\n- an SSRI"
        " antidepressant such as sertraline",
        INTERACTION,
        BLEEDING,
    ),
    (
        "naltrexone",
        "The physician's second warning is the one she says keeps her up at night. \"People's tolerance disappears. If someone"
        ' stops naltrexone, or misses a few days, and goes back to the amount they used to use, that amount can kill them."',
        WARNING,
        OVERDOSE,
    ),
    (
        "clonidine",
        "## A rumor we want to squash\n\nSomeone in our online group said you can just stop it during school holidays. You"
        " can't. Please talk to the prescriber first.",
        MISSTATEMENT,
        STOP,
    ),
    # new wordings in other voices
    ("alprazolam", "Pharmacist's tip: never with booze. No beer on the days you take it.", INTERACTION, ALCOHOL),
    ("alprazolam", "Dear diary, rule one: not with sleeping pills, and no wine on the nights I take it.", INTERACTION, ALCOHOL),
    (
        "naproxen",
        "### Check with your GP first if you're on\n\n- warfarin, apixaban or another blood thinner\n- steroid tablets",
        INTERACTION,
        BLEEDING,
    ),
    (
        "naltrexone",
        "Counsellor's handout: once you stop the tablets, your tolerance quickly drops. The hit you used to take, that hit can"
        " kill you now.",
        WARNING,
        OVERDOSE,
    ),
    (
        "clonidine",
        "A dad at the school gate told me you can just stop it at weekends. No, you can't. The blood pressure bounces back up.",
        MISSTATEMENT,
        STOP,
    ),
    (
        "clonidine",
        "My brother swears you can just stop it when the holidays start. You mustn't. Talk to the prescriber first.",
        MISSTATEMENT,
        STOP,
    ),
]
