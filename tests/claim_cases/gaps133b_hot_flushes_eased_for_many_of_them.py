"""Hot flushes told by the night sweats and waves of heat, then the drug said to ease "those" for the women told, from
eval/holdout190 (ff11, sertraline), as a class.

Class: the flushes and sweats told in one sentence ("exhausted by the night sweats that soak the sheets and the sudden waves
of heat that rush up the chest and face"), then the drug taking the edge off, easing or calming "those" or "them" for the
people told ("takes the edge off those for many of them", "eases them for most women", "took the edge off those for me"):
the relief pointed back at the flushes is a use; it was missed because whom it was for followed the pointing word. Named
flushes are an error, lay ones a warning. Silent: the sweats told as the drug's side effect with something else easing them,
an approved trouble pointed at (panic attacks for sertraline), the relief denied, and the use disclosed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ff11)
    (
        "sertraline",
        "I also fill it a lot for women in their late forties and fifties who come in exhausted by the night sweats that soak"
        " the sheets and the sudden waves of heat that rush up the chest and face in the middle of a meeting. A low dose of"
        " sertraline takes the edge off those for many of them, and it's a good choice for women who'd rather not take"
        " hormones.",
        OFF_LABEL,
        "error",
    ),
    # new wordings, other voices
    (
        "sertraline",
        "Many women in their fifties wake up drenched in sweat every night. Sertraline eases them for most women.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "The hot flushes hit me ten times a day in my first year of menopause. A low dose of escitalopram took the edge off those for me.",
        OFF_LABEL,
        "error",
    ),
    (
        "venlafaxine",
        "Our members often describe night sweats that soak the sheets and waves of heat in meetings. Venlafaxine calms them for"
        " a lot of our members.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drug's own side effect, eased by something else
    ("sertraline", "Sertraline can cause night sweats. A cool fan takes the edge off those for many people.", OFF_LABEL),
    # an approved trouble pointed at
    (
        "sertraline",
        "Lots of my customers get sudden panic attacks in the supermarket. Sertraline takes the edge off those for most of them.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "sertraline",
        "Women come in exhausted by the night sweats that soak the sheets and the sudden waves of heat. A low dose of"
        " sertraline takes the edge off those for many of them, although the FDA has not approved it for hot flashes.",
        OFF_LABEL,
    ),
    # denied
    (
        "sertraline",
        "Women come in exhausted by the night sweats that soak the sheets and the sudden waves of heat. Sertraline doesn't"
        " take the edge off those for most women.",
        OFF_LABEL,
    ),
]
