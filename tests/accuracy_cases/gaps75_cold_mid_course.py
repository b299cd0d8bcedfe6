"""An antibacterial said to clear a cold or flu caught during the course, told after a semicolon, as a class.

"If what began as a bladder infection turns into a streaming cold or a bout of flu halfway through, keep going with
the tablets; they will clear that up as well" (holdout76 av05): the illness told first, then the course clearing
"that" too, now also across a semicolon and with "the same tablets" as the doer. Not a denial ("they won't clear
it"), not the bacterial infection named as what it clears, not an infection told between.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "ciprofloxacin",
        "Finish the course. If what began as a bladder infection turns into a streaming cold or a bout of flu halfway "
        "through, keep going with the tablets; they will clear that up as well.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
    (
        "ciprofloxacin",
        "Should flu strike in the middle of treatment, carry on as normal; the same tablets will knock that out too.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
    (
        "amoxicillin",
        "If your child comes down with the flu during the course, carry on; the amoxicillin will take care of it as well.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "doxycycline",
        "If you pick up a heavy cold halfway through, don't panic; a full course of doxycycline clears that up too.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "amoxicillin",
        "Kids often catch a cold during the course; the amoxicillin deals with that as well.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "azithromycin",
        "If you catch a cold during treatment, keep taking the tablets; they won't clear it, so rest and drink fluids.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "amoxicillin",
        "If a cold turns into an ear infection, see your GP; amoxicillin clears that up in a few days.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "ciprofloxacin",
        "If you get a cold or flu halfway through, keep going with the tablets; they will clear the bladder infection, not the cold.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "Colds and flu are caused by viruses; antibiotics like ciprofloxacin only clear bacterial infections.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "If a cold turns up halfway through, keep taking the tablets; they will not clear that, so rest and drink fluids.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
]
