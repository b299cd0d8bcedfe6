"""A trouble the drug does not treat, fronted in its clause and given something else, from eval/holdout210 (fz13,
cyclobenzaprine), as a class.

Class: a use fronted in its clause ("for the pain,", "For the swelling itself,", "...; for sleep,") whose clause goes on to
give something else for it ("your doctor may suggest something separate", "ask about a painkiller", "another medicine is
used"): the use is the other medicine's, not the drug's, often right after the drug is said not to treat it. Still
reported: the fronted use whose clause takes the drug itself ("For the pain, take it at night"), one that names the drug
after, and the drug said outright to treat it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the clause takes the drug itself
    ("cyclobenzaprine", "For the pain, take one 10 mg tablet at night.", OFF_LABEL, "error"),
    # the drug named after
    ("cyclobenzaprine", "For headaches, your doctor may suggest cyclobenzaprine.", OFF_LABEL, "error"),
    # the drug said outright to treat it
    ("tizanidine", "It isn't an anti-inflammatory, but it does treat the pain of a migraine well.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fz13)
    (
        "cyclobenzaprine",
        "It is a muscle relaxant. It isn't an anti-inflammatory and it doesn't treat the injury itself; for the pain, your doctor"
        " may suggest something separate.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("tizanidine", "Tizanidine eases the spasm. For the headache itself, ask your pharmacist about a painkiller.", OFF_LABEL),
    (
        "cyclobenzaprine",
        "Flexeril loosens the knot in the muscle, but it won't touch the swelling - for the pain in the joint, your GP might"
        " add an anti-inflammatory.",
        OFF_LABEL,
    ),
    ("baclofen", "Baclofen calms the stiffness in his legs. For sleep, though, another medicine is used.", OFF_LABEL),
]
