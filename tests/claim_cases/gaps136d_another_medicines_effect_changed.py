"""The drug changing what another medicine, pointed back at, does for its use, from eval/holdout207 (fw02, ondansetron),
as a class.

Class: an interaction told as the drug making another medicine, named before and pointed back at ("it", "them", "your
painkiller"), less or more effective for that medicine's own use ("Tramadol. Ondansetron can make it a bit less effective for
pain.", "may make them work less well for pain", "can leave it much weaker for pain"): the use is the other medicine's, not
the drug's. Still reported: the drug itself made more effective for the use by food ("it" is then the drug), the drug
taken for it, and the drug said to work well for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # "it" is the drug itself
    ("ondansetron", "Taking it with food can make it more effective for pain.", OFF_LABEL, "error"),
    # the drug itself said to help the use, after the interaction
    (
        "ondansetron",
        "- Tramadol. Ondansetron can make it a bit less effective, but ondansetron itself is great for pain.",
        OFF_LABEL,
        "error",
    ),
    # the drug said to work for it
    ("paroxetine", "Paroxetine works well for pain in my experience.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fw02)
    ("ondansetron", "The ones we look out for:\n\n- Tramadol. Ondansetron can make it a bit less effective for pain.", OFF_LABEL),
    # new wordings, other voices
    ("ondansetron", "- Tramadol: ondansetron may make it work less well for pain, so tell us if you take both.", OFF_LABEL),
    (
        "paroxetine",
        "If you take codeine or tramadol, paroxetine can leave them much weaker for pain, because the liver cannot switch them on.",
        OFF_LABEL,
    ),
    ("fluoxetine", "Ask before you take codeine. Fluoxetine can make your painkiller less effective for pain.", OFF_LABEL),
]
