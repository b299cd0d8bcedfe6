"""Off-label uses told by their signs or by the occasion, given to people named by who they are, from eval/holdout182 (ex08,
propranolol), holdout178 (et04, bupropion) and holdout176 (er08, metformin), as a class.

Class: performance anxiety told by the performing itself, the dose taken before someone speaks, gives a speech, stands up to
speak or takes the stage; a prescriber giving the drug to people named by who they are ("students", "workers", "nurses") whose
trouble follows (ADHD: "whose attention drifts in every lecture"); PCOS by two of its signs, the cycle to be brought back into a
regular rhythm or regulated and the dark hair coming in on the chin, also after a passive giving whose giver is told as an aside
("was put on metformin this year by her gynecologist, to ..."). Told in lay words: a warning. Silent: speaking to a doctor or
pharmacist, an approved use given to a group, one sign of PCOS alone, and a disclosure.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ex08, et04, er08)
    (
        "propranolol",
        "Now she takes 10 mg of propranolol about an hour before she stands up to speak.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "Our clinicians also prescribe bupropion to students whose attention drifts in every lecture, who lose track of deadlines"
        " and who can never get started on an assignment until the night before, as a non-stimulant way to help them focus.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Our own Maria's youngest was also put on metformin this year by her gynecologist, to bring her monthly cycle back into a"
        " regular rhythm and calm the dark hair that had been coming in on her chin, so she and her husband can start a family.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    ("propranolol", "I pop 10 mg of propranolol before I give a speech at work.", OFF_LABEL, "warning"),
    ("propranolol", "The vicar swears by a small dose of Inderal an hour before he takes the pulpit.", OFF_LABEL, "warning"),
    (
        "bupropion",
        "Some psychiatrists prescribe Wellbutrin to nurses whose mind wanders in every meeting.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Her GP put her on metformin to regulate her periods and slow the coarse hair growth on her chin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "My sister was started on metformin last spring by her endocrinologist, to get her cycle back on a regular schedule and"
        " clear the dark hairs along her jawline.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # speaking to a doctor, not performing
    ("propranolol", "Take your propranolol as usual before you speak to your doctor about the dose.", OFF_LABEL),
    # an approved use given to a group named by who they are
    ("bupropion", "Our clinicians prescribe bupropion to students who are depressed or who want to quit smoking.", OFF_LABEL),
    # one sign of PCOS alone
    ("metformin", "Her GP put her on metformin for her type 2 diabetes; separately she sees a dermatologist about chin hair.", OFF_LABEL),
    # the approved use after a passive giving with its giver
    (
        "metformin",
        "She was put on metformin this year by her doctor, to bring her blood sugar down.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "propranolol",
        "She takes 10 mg of propranolol before she stands up to speak. Using it for stage fright is off-label.",
        OFF_LABEL,
    ),
]
