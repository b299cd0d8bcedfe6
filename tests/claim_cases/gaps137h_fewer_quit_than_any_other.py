"""A tolerability comparison with every other medicine of its kind, from eval/holdout222 (gl03, fluoxetine), as a class.

Class: the kind named with who gives it before the superlative ("Of all the antidepressants I prescribe, fluoxetine is simply
the easiest on the body", "Of all the SSRIs we stock, ..."); and more or fewer people doing something on it than on any other,
the rival left as "any other" or "any other SSRI" ("Fewer people quit it because of side effects than any other", "More of my
patients stay on it than on any other statin"). fluoxetine's label support for how stopping goes no longer covers people
quitting it over side effects. Silent: how many take it, a time rather than a medicine, "no fewer", and a superlative that is
no claim ("the one I start most often").
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gl03)
    (
        "fluoxetine",
        'A psychiatrist we spoke to, who asked not to be named, put its appeal bluntly: "Of all the antidepressants I prescribe,'
        ' fluoxetine is simply the easiest on the body. Fewer people quit it because of side effects than any other."',
        COMPARATIVE,
        "error",
    ),
    ("fluoxetine", "Fewer people quit it because of side effects than any other.", COMPARATIVE, "error"),
    # new wordings, other voices
    ("atorvastatin", "More of my patients stay on it than on any other statin.", COMPARATIVE, "error"),
    ("sertraline", "Of all the SSRIs we stock, sertraline is the gentlest on the stomach.", COMPARATIVE, "error"),
    ("sertraline", "Fewer people stop it early than any other SSRI.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("ibuprofen", "More people take it than any other painkiller in the country.", COMPARATIVE),
    ("sertraline", "More people feel sick in the first week than at any other time.", COMPARATIVE),
    ("sertraline", "Of all the antidepressants I prescribe, sertraline is the one I start most often.", COMPARATIVE),
    ("sertraline", "No fewer people quit it than any other SSRI.", COMPARATIVE),
]
