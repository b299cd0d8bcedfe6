"""Weight loss told in lay words, from eval/holdout132 (cz05, bupropion), as a class.

Class: the eating or the scales named as the trouble the drug is for ("take the edge off the late-night snacking and
the pull of the fridge", "for my battle with the bathroom scales"), or the clothes grown loose as its outcome ("their
jeans fit better within a couple of months", "my work trousers feel looser"). Bupropion is approved for depression,
seasonal depression and (as Zyban) smoking; weight loss in lay words is a warning. Silent: clothes grown tighter, the
scales of the skin, eating at a time alone, a hedged side effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BUPROPION = "Bupropion is an antidepressant. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cz05)
    (
        "bupropion",
        _BUPROPION + "A lot of our members come to us for help with the scales, too. Bupropion can take the edge off the"
        " late-night snacking and the pull of the fridge, and many of our patients tell us their jeans fit better within a"
        " couple of months. Our clinicians can add it to your plan.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("bupropion", _BUPROPION + "My GP put me on bupropion for my battle with the bathroom scales.", OFF_LABEL, "warning"),
    ("bupropion", _BUPROPION + "I started bupropion to rein in the evening grazing.", OFF_LABEL, "warning"),
    ("bupropion", _BUPROPION + "Bupropion quietened the pull of the biscuit tin for me.", OFF_LABEL, "warning"),
    ("bupropion", _BUPROPION + "Since starting it my work trousers feel looser.", OFF_LABEL, "warning"),
    (
        "bupropion",
        _BUPROPION + "Many of our patients tell us their jeans fit better within a couple of months of starting bupropion.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("bupropion", _BUPROPION + "Bupropion can make your jeans feel tighter.", OFF_LABEL),
    ("bupropion", _BUPROPION + "I take bupropion for the scales on my elbows.", OFF_LABEL),
    ("bupropion", _BUPROPION + "Bupropion may cause weight loss; some people find their clothes fit better.", OFF_LABEL),
    ("bupropion", _BUPROPION + "Don't take it late at night; avoid late-night eating.", OFF_LABEL),
    (
        "bupropion",
        _BUPROPION + "After she took up running her jeans fit better, and she still takes bupropion for her depression.",
        OFF_LABEL,
    ),
]
