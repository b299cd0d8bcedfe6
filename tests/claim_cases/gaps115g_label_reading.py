"""The duplicate-acetaminophen warning told as advice to read labels, from eval/holdout112 (cf01, a false error).

- Reading the labels is a look-out, like "check the label": "read every label for 'APAP' before you double up", "scan the
  ingredients list", "go through the small print on each box", "reading the labels on anything else" (with the products
  it hides in: "night-time sleep aids", "flu packets").
- A do-not that lifts the worry warns of nothing: "You don't need to worry about other cold medicines", "Don't bother
  checking the labels of cold and flu remedies", "Never think twice about ..." (the interaction is then named but not
  as a warning).
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"

#: The article's other interactions, warned of (alcohol, warfarin), so only the duplicate-product one is at stake.
_OTHERS = "Tell your doctor if you have 3 or more alcoholic drinks a day. Tell your pharmacist if you take the blood thinner warfarin.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the worry lifted
    ("acetaminophen", _OTHERS + "You don't need to worry about other cold medicines with acetaminophen.", INTERACTIONS, "error"),
    ("acetaminophen", _OTHERS + "Don't bother checking the labels of flu remedies; they sit fine with it.", INTERACTIONS, "error"),
    ("acetaminophen", _OTHERS + "Never think twice about taking it with a flu sachet.", INTERACTIONS, "error"),
    # named, no label advice, no warning
    ("acetaminophen", _OTHERS + "Plenty of night-time sleep aids contain acetaminophen as well.", INTERACTIONS, "error"),
    ("acetaminophen", _OTHERS + "Read the instructions on the pack. Many people keep flu remedies at home.", INTERACTIONS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "acetaminophen",
        _OTHERS + "Acetaminophen hides in hundreds of other products. Cold and flu packets, night-time sleep aids and prescription "
        'pain pills like Percocet can all contain it, so read every label for "acetaminophen" or "APAP" before you double up.',
        INTERACTIONS,
    ),
    (
        "acetaminophen",
        _OTHERS + "Lots of cold medicines contain acetaminophen too. Scan the ingredients list for APAP before you take a second product.",
        INTERACTIONS,
    ),
    (
        "acetaminophen",
        _OTHERS + "Before you reach for a flu sachet, go through the small print on the box: if it says paracetamol, put it back.",
        INTERACTIONS,
    ),
    (
        "acetaminophen",
        _OTHERS + "Plenty of sleep aids contain acetaminophen as well, so reading the labels on anything else in your cabinet is "
        "worth the minute it takes.",
        INTERACTIONS,
    ),
    # a lifted worry about something else, the warning kept
    ("acetaminophen", _OTHERS + "You don't need a prescription, but never take it with cold and flu remedies.", INTERACTIONS),
    ("acetaminophen", _OTHERS + "Don't worry about the taste. Don't take it with other cold medicines.", INTERACTIONS),
]
