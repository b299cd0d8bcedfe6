"""Dependence denied of people who "really" have the condition (eval/holdout83 bc01: "Adults who truly have ADHD,
he said, never end up chasing the buzz or wanting more of it, because their brains put the drug to a different
use."), as a class of the shared `no-dependence` kind.

1. Who is narrowed by the condition they truly have ("adults who truly have ADHD", "kids with real ADHD", "people who
   genuinely need it"), with a reported-speech aside before the denial ("..., he said, never ..."), for every wording
   that takes a narrowed subject.
2. The high chased or more wanted, denied: "never end up chasing the buzz", "don't go looking for a high", "never want
   more of it" (a warning: the reader infers no abuse risk); the drug craved, denied (an error, as before).

Near misses kept silent: the risk granted ("can end up wanting more of it"), people without the condition who may
chase the buzz, an instruction not to chase the high, "want more" of something else, the claim quoted as a myth.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-addictive"
DRUG = "amphetamine mixed salts"

_DRAFT = (
    "Maya's first prescriber told her something she still repeats to friends who ask. Adults who truly have ADHD, he "
    "said, never end up chasing the buzz or wanting more of it, because their brains put the drug to a different use."
)

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (DRUG, _DRAFT, MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Kids with real ADHD don't go looking for a high from their tablets.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "People who genuinely need Adderall never want more of it, my doctor says.", MISSTATEMENT, ITEM, "warning"),
    (DRUG, "Patients with genuine ADHD, she insisted, never end up craving it.", MISSTATEMENT, ITEM, "error"),
    (DRUG, "If you truly have ADHD, you won't crave it the way a student cramming for exams might.", MISSTATEMENT, ITEM, "error"),
    (DRUG, "Teens who really have ADHD, the nurse explained, won't chase the rush like their friends.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (DRUG, "Adults who take it to study for exams may end up chasing the buzz and wanting more of it.", MISSTATEMENT, ITEM),
    (DRUG, "Don't take extra tablets to chase the high.", MISSTATEMENT, ITEM),
    (DRUG, "Even adults who truly have ADHD can end up wanting more of it, so keep count of your tablets.", MISSTATEMENT, ITEM),
    (DRUG, "Kids with ADHD don't want more homework, but the tablets help them finish it.", MISSTATEMENT, ITEM),
    (DRUG, "It is a myth that people who really have ADHD never chase the buzz.", MISSTATEMENT, ITEM),
    (DRUG, "Patients with ADHD, he said, never end up on a higher dose than the label allows.", MISSTATEMENT, ITEM),
]
