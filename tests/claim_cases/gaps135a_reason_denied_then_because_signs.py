"""A use told as the reason left once another is denied, "not for X but because ...", from eval/holdout201 (fq12, bupropion), as
a class.

Class: the drug taken, one reason named and denied ("not for smoking", "not for his mood", "not to quit smoking"), then the
real one opened by "but because" and the person or "of", the trouble told after it by name or by its signs ("is on Wellbutrin
XL 150 mg from his campus doctor, not for smoking but because he couldn't sit through a lecture, lost every assignment
deadline and had been that way since primary school"). ADHD is not an approved use of bupropion; told in lay words, a warning;
named, an error. Silent: the approved use as the real reason (depression, quitting smoking), and the off-label trouble as the
reason denied.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fq12)
    (
        "bupropion",
        "Tom said his son Kyle, 20, is on Wellbutrin XL 150 mg from his campus doctor, not for smoking but because he couldn't sit"
        " through a lecture, lost every assignment deadline and had been that way since primary school. Tom said it's made a real"
        " difference to Kyle's grades this term, and Grace said she was glad to hear it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "bupropion",
        "My daughter takes bupropion, not for depression but because she could never sit still in class and has always been"
        " bouncing off the walls.",
        OFF_LABEL,
        "warning",
    ),
    ("bupropion", "Our son is on Wellbutrin, not for his mood but because of his ADHD.", OFF_LABEL, "error"),
    (
        "bupropion",
        "He was put on Wellbutrin, not to quit smoking but because he had ADHD as a kid and still can't concentrate at work.",
        OFF_LABEL,
        "error",
    ),
    (
        "venlafaxine",
        "Carol takes Effexor, not for her mood but because of the hot flushes that soak her sheets every night.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use is the real reason; the off-label one is denied
    ("bupropion", "My son takes Wellbutrin, not for ADHD but because he was depressed all winter.", OFF_LABEL),
    # the approved use: quitting smoking
    ("bupropion", "My husband is on Wellbutrin, not for depression but because he wants to quit smoking.", OFF_LABEL),
    ("bupropion", "He is on Wellbutrin, not for his mood but because he wants to quit smoking.", OFF_LABEL),
    # the off-label trouble denied, the approved one given
    ("venlafaxine", "She takes venlafaxine, not for hot flushes but because she was depressed after her divorce.", OFF_LABEL),
    # the use itself denied
    ("bupropion", "He isn't on Wellbutrin because he has ADHD; his doctor chose it for his depression.", OFF_LABEL),
]
