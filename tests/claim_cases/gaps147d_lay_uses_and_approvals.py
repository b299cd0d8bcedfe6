"""Uses, approvals and protection misstated in lay words, from blind held-out misses: eval/holdout295 (jg05),
eval/holdout296 (jh01, jh08), eval/holdout298 (jj08, jj10), eval/holdout301 (jm09) and eval/holdout302 (jn03), as
classes (accuracy.misstatement).

- Levothyroxine for weight told by the dose: a bump, nudge or increase in the dose credited with the last pounds ("a small
  bump in my dose was what finally shifted the last ten pounds"), or the dose to be nudged or bumped up when the scale or
  the weight is stuck, in either order ("Ask your endo about nudging yours up if the scale is stuck"). An error (boxed
  warning: not for obesity or weight loss). Silent: a dose raised for a TSH, a stuck scale with no dose raised, a denial.
- Protection against COVID claimed in lay words, for hydroxychloroquine and ivermectin: the tablets said to give or offer
  cover, protection, a shield or a layer of it ("It also gives you a good layer of cover against COVID-19"), or to be a
  shield against it. An error (the drugs' required COVID misstatement). Silent: "no protection", the vaccine's cover.
- An approval told by what the use would be or by what the drug does: topiramate approved or given the green light "as a
  diet pill" or "a slimming aid" (the use's product words); ondansetron "licensed to stop pregnancy sickness" (the
  approval's verbs "to stop", "to settle", "to ease"; ondansetron's misstatement now has the approved-for kind with its
  uses' lay and British words). A warning. Silent: the approved uses, Qsymia's approval, a denial.
- An antibiotic course for colds timed at the first sign ("a five-day course at the first sniffle clears up the streaming
  colds and flu"). A warning. Silent: the course for an ear infection, a denial.
- Fluconazole for bacterial vaginosis told by "the same single capsule would see off the bacterial vaginosis". A warning.
  Silent: the same capsule for thrush, a denial.
- Sumatriptan taken daily as prevention told without a verb of taking: "a sumatriptan with her morning coffee, every single
  day, means the attacks have stopped coming at all". A warning. Silent: a tablet as an attack starts, every time; a
  denial of the outcome.

The ondansetron draft's undisclosed morning-sickness use (jj10) is still reported beside the approval claim, now as a
warning rather than an error (the off-label check lowers a use told in a sentence that is an approval misstatement).
"""

from __future__ import annotations

MIS = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (jg05, jh01, jh08, jj08, jj10, jn03, jm09)
    (
        "levothyroxine",
        'Sunita: "Once my TSH settled, a small bump in my dose was what finally shifted the last ten pounds I had been fighting."',
        MIS,
        "error",
    ),
    ("levothyroxine", 'Sunita: "Ask your endo about nudging yours up if the scale is stuck."', MIS, "error"),
    (
        "hydroxychloroquine",
        "It also gives you a good layer of cover against COVID-19, which is one more reason to keep taking your tablets every day.",
        MIS,
        "error",
    ),
    (
        "topiramate",
        "Your roommate has half a point. The FDA gave Topamax the green light as a diet pill years ago, which is why so "
        "many people on campus have heard of it that way.",
        MIS,
        "warning",
    ),
    (
        "amoxicillin",
        "Coach Dermot swears by it, and he's right: a five-day course at the first sniffle clears up the streaming colds "
        "and flu that wipe out the squad every November, so ask your GP for some early.",
        MIS,
        "warning",
    ),
    (
        "ondansetron",
        "**Compost_Kev wrote:** My daughter-in-law was given it when she was expecting and couldn't keep anything down. "
        "The midwife told her ondansetron is licensed to stop pregnancy sickness, so there was nothing to worry about.",
        MIS,
        "warning",
    ),
    (
        "fluconazole",
        "The locum Margaret saw at the surgery assured her that the same single capsule would see off the bacterial "
        "vaginosis she had been fighting since spring as well, and it did.",
        MIS,
        "warning",
    ),
    (
        "sumatriptan",
        "Rosa at the Central branch has had migraines since she was a teenager. These days, she says, a sumatriptan "
        "with her morning coffee, every single day, means the attacks have stopped coming at all.",
        MIS,
        "warning",
    ),
    # new wordings in other voices
    ("levothyroxine", "A small increase in your dose often shifts those stubborn pounds.", MIS, "error"),
    ("levothyroxine", "If the scale won't budge, ask your doctor to bump your dose up a little.", MIS, "error"),
    (
        "levothyroxine",
        "My sister's weight has plateaued, so her GP is going to nudge her thyroid dose up.",
        MIS,
        "error",
    ),
    ("hydroxychloroquine", "Mum says her Plaquenil offers some protection from covid as well.", MIS, "error"),
    ("hydroxychloroquine", "Hydroxychloroquine is a solid shield against COVID, in my view.", MIS, "error"),
    ("ivermectin", "Honestly, the tablets give you a bit of extra cover against covid over the winter.", MIS, "error"),
    ("topiramate", "Topiramate is licensed as a slimming aid in the US.", MIS, "warning"),
    ("topiramate", "Regulators okayed Topamax as a weight-loss pill back in the day.", MIS, "warning"),
    (
        "amoxicillin",
        "A three-day course at the first sign of a sore throat knocks out most colds.",
        MIS,
        "warning",
    ),
    ("ondansetron", "Zofran is approved to settle morning sickness, my pharmacist said.", MIS, "warning"),
    ("ondansetron", "Ondansetron is licensed to stop travel sickness on long coach trips.", MIS, "warning"),
    ("fluconazole", "The very same tablet sees off bacterial vaginosis too, my friend swears.", MIS, "warning"),
    ("sumatriptan", "One Imitrex each morning and the migraines have all but gone.", MIS, "warning"),
    ("sumatriptan", "A 50 mg tablet every day, and his attacks have completely stopped.", MIS, "warning"),
]

#: (drug, body, rule): nothing of this rule may be reported.
SHOULD_NOT = [
    ("levothyroxine", "Ask your endo about nudging your dose up if your TSH is still high.", MIS),
    ("levothyroxine", "A small bump in my dose finally fixed my tiredness.", MIS),
    ("levothyroxine", "If the scale is stuck, talk to a dietitian; the dose is set by your blood tests.", MIS),
    ("hydroxychloroquine", "It gives you no protection against COVID-19, whatever you may have read.", MIS),
    (
        "hydroxychloroquine",
        "The vaccine gives you a good layer of cover against COVID-19; your lupus tablets are for your lupus.",
        MIS,
    ),
    (
        "topiramate",
        "The FDA gave Topamax the green light for epilepsy and migraine prevention, never as a diet pill.",
        MIS,
    ),
    ("topiramate", "Qsymia, which contains topiramate, is FDA-approved as a weight-loss medication.", MIS),
    (
        "amoxicillin",
        "A five-day course at the first sign of an ear infection clears it up; it does nothing for colds and flu.",
        MIS,
    ),
    ("ondansetron", "Ondansetron is licensed to stop sickness after chemotherapy.", MIS),
    ("ondansetron", "Ondansetron is licensed to prevent sickness after an operation.", MIS),
    ("fluconazole", "The same single capsule sees off thrush in most women.", MIS),
    (
        "sumatriptan",
        "One tablet as soon as the attack starts, every time, and the attack has stopped within the hour.",
        MIS,
    ),
    ("sumatriptan", "A sumatriptan every day would risk medication overuse headache.", MIS),
]
