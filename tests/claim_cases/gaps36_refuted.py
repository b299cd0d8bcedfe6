"""A claim reported as hearsay and refuted by the next sentence, from the holdout35 scoring: one
refutation concept (checks/lexicons/context.yml, ``refuted`` and ``refutes_previous``) that the
misstatement check and the absolute-claim check share.

Hearsay the reader will still come across ("You may still hear that it cured someone's COVID",
"You'll still read that ...", "You might read online that ...") is quoted, not stated; a next
sentence that cites the trials, the studies or the research against it ("The trials say otherwise.",
"Large randomised trials showed otherwise.", "The research says it doesn't.", "The studies tell a
different story.") refutes it. Near misses that stay claims: the same claim with a next sentence
that does not refute it ("The trials were small."), or with none.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body): a claim quoted and refuted, quiet for both rules.
_REFUTED = [
    ("ivermectin", 'You may still hear that it "cured" someone\'s COVID.\nThe trials say otherwise.'),
    ("hydroxychloroquine", "You'll still read that Plaquenil cured thousands of COVID patients. Large randomised trials showed otherwise."),
    ("ivermectin", "A neighbour swears ivermectin cured her COVID in two days. The research says it doesn't."),
    ("hydroxychloroquine", "Hydroxychloroquine cured my uncle's COVID overnight. The studies tell a different story."),
    ("valacyclovir", "You might read online that Valtrex cures herpes completely. The evidence says otherwise."),
]

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    ("ivermectin", "Ivermectin cured my cousin's COVID. The trials were small.", MISSTATEMENT, "error"),
    ("ivermectin", "Ivermectin cured my cousin's COVID. The trials were small.", ABSOLUTE, "error"),
    ("hydroxychloroquine", "Plaquenil cured thousands of COVID patients.", MISSTATEMENT, "error"),
    ("hydroxychloroquine", "Plaquenil cured thousands of COVID patients.", ABSOLUTE, "error"),
    ("valacyclovir", "Valtrex cures herpes completely. The trials were small.", ABSOLUTE, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [(drug, body, rule) for drug, body in _REFUTED for rule in (MISSTATEMENT, ABSOLUTE)]
