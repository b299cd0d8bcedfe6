"""A giving told first, the trouble in the next sentence as what had gone before (eval/holdout116 cj06).

The doctor's giving names no trouble; the sentence after it tells, in the past perfect, the signs that led to it: "My
sister's GP gave her baclofen last year. She'd got to where the bottle of white was open by six every evening and she
couldn't stop at one glass." Drinking told by its signs, given a drug not approved for it, is an undisclosed off-label use
(a warning: told in lay words). A forum post may open with its poster's name and an aside ('hopeful_hank: "Off topic, but
...'). Near misses: what the person had been told ("She'd been warned to stay off the booze"), a giving that names the
approved use, alcohol as an interaction, a drug approved for drinking (naltrexone), a disclosed off-label use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "baclofen",
        "hopeful_hank: \"Off topic, but my sister's GP gave her baclofen last year. She'd got to where the bottle of white "
        "was open by six every evening and she couldn't stop at one glass. A few weeks in, the evening pull just faded.\"",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My dad's doctor put him on baclofen in the spring. He'd been getting through a bottle of wine every night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My GP started me on baclofen two years ago. By then I had been unable to get through an evening without a drink.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", "His GP prescribed him baclofen. For months he'd had the morning shakes.", OFF_LABEL, "warning"),
    (
        "baclofen",
        "Funnily enough, my aunt's doctor gave her baclofen. She'd been counting the hours until the first glass of wine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", "My sister's GP gave her baclofen last year. She'd been warned to stay off the booze while on it.", OFF_LABEL),
    (
        "baclofen",
        "My GP gave me baclofen for the spasms in my legs from MS. I'd been drinking a bottle of wine a night.",
        OFF_LABEL,
    ),
    ("baclofen", "My GP gave me baclofen last year. I had a glass of wine on the first night and felt very dizzy.", OFF_LABEL),
    ("baclofen", "My GP gave me baclofen last year. I'd had MS for ten years by then.", OFF_LABEL),
    ("naltrexone", "My GP gave me naltrexone last year. I'd been getting through a bottle of wine every night.", OFF_LABEL),
    (
        "baclofen",
        "My GP gave me baclofen last year, off-label, which means it is not approved for this. I'd been getting through a "
        "bottle of wine every night.",
        OFF_LABEL,
    ),
    ("baclofen", "Do not drink alcohol on baclofen. One beer on top of it and you may be done for the night.", OFF_LABEL),
]
