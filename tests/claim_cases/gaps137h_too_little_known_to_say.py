"""A safety word set after too little evidence to say it, from eval/holdout218 (gh07, pantoprazole), as a class.

Class: "there isn't enough data to say it's risk-free" says the opposite of a claim: too little known (not enough, too little,
insufficient, a lack of data, evidence, research or studies) to say, call, promise or show it so. The shared `ignore_before` of
the claim rules reads it as a negation, however many words lie between the "isn't" and the claim word. Still reported: enough
data said to be there, evidence said to show it, and a claim in a clause of its own after the lack of data.
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("omeprazole", "There is enough data to say it's risk-free.", ABSOLUTE, "error"),
    ("omeprazole", "Plenty of evidence shows it's risk-free for most people.", ABSOLUTE, "error"),
    ("sertraline", "There's good evidence to call it completely safe in pregnancy.", ABSOLUTE, "error"),
    ("ondansetron", "There isn't much data on it, but it's completely risk-free for the baby.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gh07)
    ("pantoprazole", "**Is it safe in pregnancy?** Ask your doctor; there isn't enough data to say it's risk-free.", ABSOLUTE),
    # new wordings, other voices
    ("sertraline", "There's not enough evidence yet to call it completely safe in pregnancy.", ABSOLUTE),
    ("ondansetron", "We have too little research to promise it's harmless for the baby.", ABSOLUTE),
    ("lisinopril", "Doctors simply lack the studies to say it is risk-free for a nursing baby.", ABSOLUTE),
    ("metformin", "There is insufficient data to say it's 100% safe while breastfeeding.", ABSOLUTE),
]
