"""A kidney stone told by where the scan found it stuck, or by letting it slip through, from eval/holdout165 (eg13, tamsulosin),
as a class.

Class: the stone told by where it sits ("the hospital scan showed a stone stuck low down, close to the bladder", "a little stone
lodged just above his bladder", "a tiny stone stuck near her bladder") or by the medicine letting it out ("to widen the way so
the stone could slip through", "help the stone work its way down", "so the stone would drop out"). Tamsulosin and prazosin are
not approved for kidney stones (the Flomax label: not indicated for them); told in lay words, a warning. Silent: a stone through
a gap in a garden fence, the use denied, another drug given for the stone's pain, an off-label use disclosed, and the water of
an enlarged prostate (tamsulosin's approved use) let out.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eg13)
    (
        "tamsulosin",
        "Ron from plot 12 also had a spell with it two summers ago. He'd been doubled over by the dahlias with a pain in his back"
        " and side, and the hospital scan showed a stone stuck low down, close to the bladder. The emergency doctor sent him home"
        " with a fortnight of Flomax to widen the way so the stone could slip through, and it was out within the week.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "tamsulosin",
        "My husband's CT showed a little stone lodged just above his bladder, and the A&E registrar gave him tamsulosin to help it along.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "doc said flomax would help the stone work its way down and tbh it did, 4 days later it was gone",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Her scan showed a tiny stone stuck near her bladder. The ER doctor sent her home with prazosin so the stone would drop out"
        " on its own.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a stone in the garden, and the drug for the prostate
    ("tamsulosin", "The stone slipped through the gap in the fence. He takes tamsulosin for his prostate.", OFF_LABEL),
    # denied
    ("tamsulosin", "Tamsulosin is not used to help a stone slip through; ask your urologist about other options.", OFF_LABEL),
    # another drug given for the stone's pain
    (
        "tamsulosin",
        "The A&E doctor gave him tramadol for the pain while the stone worked its way out, and he stayed on his usual tamsulosin"
        " for his enlarged prostate.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "tamsulosin",
        "His urologist prescribed tamsulosin off-label so the stone could slip through, and it passed within a week.",
        OFF_LABEL,
    ),
    # the approved use in lay words
    (
        "tamsulosin",
        "Tamsulosin eases the weak stream of an enlarged prostate so the water can slip out more easily.",
        OFF_LABEL,
    ),
]
