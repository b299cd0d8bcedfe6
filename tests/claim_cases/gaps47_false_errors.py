"""False-error classes from eval/holdout47-50, each with the cases that must still be caught.

- A condition named in the plural (or singular) of the approved use's own word: "colds" on
  diphenhydramine, whose OTC label's Uses name "common cold symptoms" (holdout50 e07).
- A broad condition glossed by examples that are approved uses: "long-lasting aches in the muscles
  and joints, such as chronic low back pain or osteoarthritis" on duloxetine (holdout50 e09); an
  example that is not approved ("such as migraine headaches") is still caught.
- A kind of product named by what it is for, in the plural: "cold and flu medicines like NyQuil",
  "sleep aids labelled PM" in a list of products that hold acetaminophen (holdout47 h06); the drug
  called one ("one of the best sleep aids", "as a sleep aid") is not a product kind.
- A symptom restated in the words of an off-label use already reported for the drug: "Amitriptyline
  can ease nerve pain" after the diabetic nerve pain told by its signs (holdout48 g13) is the same use,
  reported once; another kind of the symptom ("back pain") is still a use of its own (both tested in
  tests/test_gaps47_interactions.py, as the article holds the first use's finding).
- A dose read against its route: the long-acting injection's 25 to 50 mg every two weeks (Risperdal
  Consta) after "tablets" earlier in the sentence is the injection's (holdout47 h08); tablets named
  after the injection still read against the oral maximum.

The interaction class (a class word that describes the drug, not another medicine: "what makes it an
SNRI", "Not another SSRI", "Antidepressants carry a boxed warning" for an SNRI) is in
tests/test_gaps47_interactions.py (it needs the interaction's id)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # an example that is not approved
    ("duloxetine", "Doctors also prescribe it for aches, such as migraine headaches.", OFF_LABEL, "error"),
    # a plural that is no approved use's word
    ("sertraline", "She takes sertraline for colds.", OFF_LABEL, "error"),
    # tablets after the injection: the oral maximum
    (
        "risperidone",
        "He had the Risperdal Consta injection for a year. Now he is back on tablets and takes 20 mg a day.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    ("diphenhydramine", "Benadryl is handy for colds and hay fever, and for car sickness on long drives.", OFF_LABEL),
    (
        "duloxetine",
        "It is also used for long-term aches that never quite settle, such as chronic back pain or osteoarthritis of the hip.",
        OFF_LABEL,
    ),
    ("duloxetine", "It is also used for aches and pains, like osteoarthritis of the knee.", OFF_LABEL),
    (
        "acetaminophen",
        "Before you take it, check anything else you use for:\n\n- colds and flu medicines like Theraflu\n- sleep aids marked PM\n",
        OFF_LABEL,
    ),
    (
        "risperidone",
        "After a year on tablets he switched to Risperdal Consta, the long-acting shot: 37.5 mg every two weeks, "
        "later 50 mg every two weeks.",
        ABOVE_MAX,
    ),
]
