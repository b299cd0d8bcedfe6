"""Fibromyalgia told by its signs over a story, as a class (eval/holdout108 cb02): tender points told by the places they
sit, two or more, that hurt when pressed ("Pressing on certain places along her neck, her shoulder blades and the tops of
her hips made her wince"), or the body bruised all over with unrefreshing sleep or normal tests ("every muscle in her body
felt bruised ... she woke each morning more tired than when she went to bed"), then the prescriber's look before the giving
("Her GP listened, ran blood tests that all came back normal, and wrote her a prescription for amitriptyline"). A warning:
the condition is read from its signs. Near misses: soreness after a marathon or a fall, a bruise pressed on, a massage on
the same places, tiredness alone, depression's own signs (amitriptyline's approved use)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_AMITRIPTYLINE = "The label approves amitriptyline for depression only.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Three winters ago, every muscle in her body felt bruised, as if she had run a marathon she could not"
        " remember. Pressing on certain places along her neck, her shoulder blades and the tops of her hips made her wince, and"
        " she woke each morning more tired than when she went to bed. Her GP listened, ran blood tests that all came back"
        " normal, and wrote her a prescription for amitriptyline, 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "For two years he had sore spots on his neck, his upper back and both hips that hurt if anyone so much"
        " as pressed them. His doctor examined him, ordered some bloods, and started him on amitriptyline at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "My whole body felt battered, and the scans all came back clear. So my rheumatologist put me on a low"
        " dose of amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Touching particular spots on her elbows, knees and shoulders made her flinch. The GP asked a few"
        " questions and prescribed amitriptyline, 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Each morning she woke up even more tired than when she went to bed, and every muscle in her body"
        " ached as though bruised. Her doctor listened carefully to her and started her on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "She hurt all over, as if she'd been hit by a truck, and woke up just as tired as when she went to"
        " bed. Her GP did some blood tests, which were all normal, then prescribed amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Every muscle in her body felt sore after the marathon, and she woke more tired than when she went to"
        " bed. Her GP listened and prescribed amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "Pressing on the bruise on her hip made her wince after the fall. Her GP listened, ran blood tests,"
        " and wrote her a prescription for amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "The massage therapist pressed on certain points along her neck and shoulders to ease the tension."
        " Her GP listened and started her on amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "She woke each morning more tired than when she went to bed. Her GP listened, ran blood tests that"
        " all came back normal, and wrote her a prescription for amitriptyline.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        _AMITRIPTYLINE + "She had lost interest in everything, cried most days and woke at 4 a.m. with a heavy, hopeless"
        " feeling. Her GP listened, ran blood tests that all came back normal, and started her on amitriptyline.",
        OFF_LABEL,
    ),
]
