"""Warning signs to call about at once, from eval/holdout168 (ej12, methotrexate), as a class.

Class: the reader told to call, ring, phone or contact someone urgently for signs of harm, the one called left unsaid or told as
"us" or "the office" ("She was told to call straight away for:" over "- fever, chills or a sore throat", "ring us at once for",
"phone the office the same day for", "get in touch right away for"): what to act on, not a use of the drug (was an error of fever
for methotrexate). Still reported: a use of the drug told with an adverb of urgency, "call" in another sense, and a use told after
the call.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # a prescribing told with an adverb of urgency
    ("methotrexate", "Her rheumatologist prescribed methotrexate straight away for her lupus.", OFF_LABEL, "error"),
    # "call" in another sense
    ("methotrexate", "People call methotrexate a miracle for Crohn's disease.", OFF_LABEL, "error"),
    # a use told after the call
    ("methotrexate", "Call us right away, because methotrexate is also used for Crohn's disease.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ej12)
    (
        "methotrexate",
        "Even at arthritis doses methotrexate can lower the blood cells that fight infection. That is why Marjorie has a blood test"
        " every month or two. She was told to call straight away for:\n\n- fever, chills or a sore throat\n- mouth sores\n"
        "- a new dry cough or shortness of breath\n",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("methotrexate", "While you take methotrexate, ring us at once for:\n\n- a fever or chills\n- a sore throat\n", OFF_LABEL),
    (
        "methotrexate",
        "Methotrexate lowers the cells that fight infection, so phone the office the same day for a fever or chills.",
        OFF_LABEL,
    ),
    ("methotrexate", "On methotrexate? Get in touch right away for a fever, a sore throat or mouth ulcers.", OFF_LABEL),
    ("methotrexate", "Methotrexate can lower your white cells. Contact us immediately for fever or mouth sores.", OFF_LABEL),
]
