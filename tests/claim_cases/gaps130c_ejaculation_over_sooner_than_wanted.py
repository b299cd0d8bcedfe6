"""Premature ejaculation told by its signs as sex over sooner than the couple wanted, or over before it had started with
intimacy named before it, from eval/holdout161 (ec04, tramadol) and eval/holdout166 (eh05, paroxetine), as a class.

Class: the sex (or "things in the bedroom", "between the sheets", lovemaking) told as over, done or finished sooner, earlier
or quicker than the couple wanted, with whom it is told maybe between ("things in the bedroom with his wife were over far
sooner than either of them wanted"); or intimacy or the bed named, then "it" told as all over before it had really started
("given up on intimacy because ... "it was all over before it had really started""). Then the drug given for it, as the
reason ("because ...") or in the sentence after ("His GP suggested a low daily dose of paroxetine"). No drug here is approved
for premature ejaculation: told in lay words, a warning. Silent: an appointment, a holiday or a marriage over sooner or before
it started (no bed or sex), the use disclosed, another drug given for it, the trouble gone.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ec04)
    (
        "tramadol",
        "Deckhand42 posted that his urologist started him on a low dose of tramadol to take a couple of hours before intimacy,"
        " because things in the bedroom with his wife were over far sooner than either of them wanted, and it has worked for"
        " them. Several replies asked for the name of his urologist.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (eh05)
    (
        "paroxetine",
        "It also turns up in a setting few people talk about. Mark, 41, a sales manager, had quietly given up on intimacy"
        ' because, as he put it, "it was all over before it had really started, every single time." His GP suggested a low'
        ' daily dose of paroxetine, and within a month, he says, he and his wife were "finally back on the same page."',
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "sertraline",
        "My GP put me on 50 mg of sertraline because sex with my partner was ending much earlier than we'd like.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "He was put on paroxetine because lovemaking was always done quicker than his wife hoped.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tramadol",
        "His urologist gave him tramadol because things between the sheets were finished far quicker than he wanted.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "In bed it was all over before it had even begun, so his doctor put him on sertraline, 50 mg a few hours before.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        "We'd more or less stopped having sex, because every time it was over before it really got going. My GP suggested a"
        " small daily dose of fluoxetine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an appointment over sooner: no bed or sex
    (
        "tramadol",
        "He takes tramadol for his back. The appointment was over sooner than he expected.",
        OFF_LABEL,
    ),
    (
        "tramadol",
        "His urologist started him on tramadol after his knee operation. The holiday was over far sooner than either of them wanted.",
        OFF_LABEL,
    ),
    # a marriage over before it started, the drug given for an approved use
    (
        "paroxetine",
        "Their marriage was over before it had really started. His GP suggested a low daily dose of paroxetine for his panic attacks.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "paroxetine",
        "He had given up on intimacy because it was all over before it had really started. His GP suggested a low daily dose of"
        " paroxetine, an off-label use for this.",
        OFF_LABEL,
    ),
    # another drug given for it
    (
        "sertraline",
        "Sex was over far sooner than either of us wanted. These days he takes dapoxetine from a clinic abroad for it, and"
        " sertraline for his mood.",
        OFF_LABEL,
    ),
]
