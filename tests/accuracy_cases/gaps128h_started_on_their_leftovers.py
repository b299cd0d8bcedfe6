"""A course begun on another person's leftovers, told as the writer's own start, shares isotretinoin: "i got going early
with a strip my roommate had left over from her course. same capsules, same strength, honestly zero issues"
(eval/holdout145 dm07; isotretinoin `share-with-others`). Near misses: a strip the dermatologist gave, leftovers only
told as someone else's, and the start told not to be made."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
SHARE = "share-with-others"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "isotretinoin",
        "my iPLEDGE paperwork got held up for a week, so i got going early with a strip my roommate had left over from her "
        "course. same capsules, same strength, honestly zero issues, and it saved me a whole week.",
        MISSTATEMENT,
        SHARE,
        "error",
    ),
    ("isotretinoin", "While the pharmacy sorted my script, we kicked off with a box my cousin had spare.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "I started early on some capsules my sister had left over from her Accutane course.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "So I began with the pack our flatmate didn't need any more, and it was fine.", MISSTATEMENT, SHARE, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("isotretinoin", "I started on a strip my dermatologist gave me at the first visit.", MISSTATEMENT, SHARE),
    ("isotretinoin", "My roommate had a strip left over, so she took it back to the pharmacy.", MISSTATEMENT, SHARE),
    (
        "isotretinoin",
        "I started with a new strip from the pharmacy, the week my roommate had left over pizza in the fridge.",
        MISSTATEMENT,
        SHARE,
    ),
    ("isotretinoin", "Never start on a strip your roommate had left over: it is only dispensed to you.", MISSTATEMENT, SHARE),
]
