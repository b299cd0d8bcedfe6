"""Crohn's disease or colitis told by its signs, from eval/holdout159 (ea10) and eval/holdout160 (eb10), both methotrexate, as
a class.

Class: the bowel's flares ("to settle her bowel flares", "his bowel had flared every few months", "my colitis flare-ups"), or the
urgent dashes to the loo with blood ("urgent dashes to the loo and blood in the bowl", "bloody, urgent dashes to the loo",
"urgent trips to the toilet with blood in the pan"), then the drug given in the sentence or the next; the giving may follow a
first try that failed, by the prescriber as "she" ("When the tablets from his gut specialist stopped working, she started him
on a weekly methotrexate injection"). Methotrexate is not approved for inflammatory bowel disease; told in lay words, a warning.
Silent: prednisone (approved for ulcerative colitis and Crohn's), the signs as a side effect to report, another drug given for
the flares, an off-label use disclosed, the dashes alone after a curry.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ea10)
    (
        "methotrexate",
        "Another member, Delia, has a second problem besides her joints: months of cramping, urgent dashes to the loo and blood in"
        " the bowl. Her gut specialist added a weekly methotrexate injection to settle her bowel flares, and she's had a calmer year.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (eb10)
    (
        "methotrexate",
        "Gareth, from our Tuesday coffee morning, wanted to share his news. For years his bowel had flared every few months, with"
        " cramping, bloody, urgent dashes to the loo and the weight falling off him. When the tablets from his gut specialist"
        " stopped working, she started him on a weekly methotrexate injection, and he says this is the first winter in six years he"
        " hasn't had to plan his walks around toilets.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "methotrexate",
        "my colitis flare-ups were getting closer together so the consultant added methotrexate jabs once a week",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        "For two years Sam had urgent trips to the toilet with blood in the pan most mornings. His gastroenterologist put him on"
        " methotrexate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        "Her bowels flared up every spring. Her specialist said weekly methotrexate would keep them in check.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # prednisone is approved for ulcerative colitis and Crohn's disease
    ("prednisone", "Her gut specialist added a short course of prednisone to settle her bowel flares.", OFF_LABEL),
    # the signs as a side effect to report
    (
        "methotrexate",
        "Methotrexate can cause diarrhoea; call your doctor if you have urgent dashes to the loo with blood in the bowl.",
        OFF_LABEL,
    ),
    # another drug given for the flares
    (
        "methotrexate",
        "His rheumatologist started methotrexate for his joints; his bowel flares are treated with mesalazine by his gut specialist.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "methotrexate",
        "Her gastroenterologist prescribed methotrexate off-label, which is not FDA-approved for this, to settle her bowel flares.",
        OFF_LABEL,
    ),
    # the dashes alone, after a curry
    (
        "methotrexate",
        "She had urgent dashes to the loo after the curry, and she takes methotrexate for her rheumatoid arthritis.",
        OFF_LABEL,
    ),
]
