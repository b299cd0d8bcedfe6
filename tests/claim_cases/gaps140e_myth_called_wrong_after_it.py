"""A claim about addiction told as what people were once told, then called wrong by the next sentence with an intensifier,
from eval/holdout242 (hf06), as a class.

Class: the myth quoted to be refuted ("People in the 1970s were told Valium is not addictive. That was flatly wrong.") is not
the article's claim: the next sentence's "flatly", "dead", "plainly", "utterly" wrong or false refutes it as "simply wrong"
does. Still a claim: the statement agreed with ("and that was right"), or made by the writer with no reply.
"""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("diazepam", "People in the 1970s were told Valium is not addictive, and that was right.", DEPENDENCY, "error"),
    ("clonazepam", "Klonopin is not addictive at the doses we use. That is the point of a low dose.", DEPENDENCY, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "diazepam",
        "*Addiction and misuse.* People in the 1970s were told Valium is not addictive. That was flatly wrong. It can be abused"
        " and it can lead to addiction and overdose.",
        DEPENDENCY,
    ),
    ("diazepam", "My grandmother was told Valium is not addictive. That's dead wrong.", DEPENDENCY),
    ("clonazepam", "A forum post said clonazepam is not addictive. That is utterly false.", DEPENDENCY),
    ("diazepam", "We were told benzos are not addictive. It was plainly untrue.", DEPENDENCY),
]
