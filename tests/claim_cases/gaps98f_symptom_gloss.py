"""An approved condition named with a lay gloss of its symptoms, in apposition, is one use (eval/holdout98 br02,
a false error), as a class: "fibromyalgia, the whole-body ache and tender spots I live with" in a list under
"Pregabalin (brand name Lyrica) is approved for:", "fibromyalgia, a long-term ache all over the body",
"osteoarthritis, the pain of worn knees", "for rheumatoid arthritis, the pain and swelling in small joints". Not a
second use listed after it ("fibromyalgia, and aches after the gym", "fibromyalgia, other aches too",
"osteoarthritis, back pain and neck pain"), nor the gloss of a condition the drug is not approved for (gabapentin
for fibromyalgia).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"


def _listed(lead: str, *items: str) -> str:
    return lead + "\n\n" + "\n".join(f"- {item}" for item in items)


#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("pregabalin", _listed("Lyrica is approved for:", "fibromyalgia, and aches after the gym", "epilepsy"), OFF_LABEL, "error"),
    ("pregabalin", _listed("Lyrica is approved for:", "fibromyalgia, other aches too", "epilepsy"), OFF_LABEL, "error"),
    ("pregabalin", "Pregabalin is approved for fibromyalgia, and lots of people take it for back pain too.", OFF_LABEL, "error"),
    ("meloxicam", _listed("Meloxicam is approved for:", "osteoarthritis, back pain and neck pain"), OFF_LABEL, "error"),
    ("gabapentin", _listed("Gabapentin is prescribed for:", "fibromyalgia, the whole-body ache", "epilepsy"), OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "pregabalin",
        _listed(
            "Pregabalin (brand name Lyrica) is approved for:",
            "fibromyalgia, the whole-body ache and tender spots I live with",
            "partial seizures, together with other epilepsy medicine",
        ),
        OFF_LABEL,
    ),
    ("pregabalin", _listed("Lyrica is approved for:", "fibromyalgia, a long-term ache all over the body", "epilepsy"), OFF_LABEL),
    ("meloxicam", _listed("Meloxicam is approved for:", "osteoarthritis, the pain of worn knees"), OFF_LABEL),
    ("meloxicam", "Doctors prescribe meloxicam for rheumatoid arthritis, the pain and swelling in small joints.", OFF_LABEL),
    ("pregabalin", _listed("What it's approved for:", "fibromyalgia — a deep, whole-body ache", "partial seizures"), OFF_LABEL),
    ("pregabalin", "I take Lyrica for fibromyalgia (the all-over ache that never lets up).", OFF_LABEL),
]
