"""Sleep apnea told by its machine and the sleepiness that stays despite it, from eval/holdout124 (cr04, lisdexamfetamine).

Class: the CPAP told by name or in lay words ("the snoring-machine-on-his-face thing", "wears the mask every single
night", "with the mask on every night"), and still nodding off by day, then a stimulant given (lisdexamfetamine is
approved for ADHD and binge-eating disorder). A sleep doctor, clinic or specialist does not name sleeplessness ("his
sleep doctor put him on ..."), and a story told on past a full stop the splitter keeps in one sentence (an all-lowercase
thread: "... in the middle of meetings. his sleep doctor put him on ...") is still one story. All lay words: a warning.
Silent: a CPAP beside the approved ADHD, an eye mask or a white-noise machine, the sleepiness gone with the CPAP, a sleep
doctor prescribing for ADHD, tirzepatide (approved for sleep apnea with obesity).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cr04), all lowercase
    (
        "lisdexamfetamine",
        "**6/** and then there's my husband. he's had the snoring-machine-on-his-face thing for years, wears the mask every"
        " single night, and he was STILL nodding off at red lights and in the middle of meetings. his sleep doctor put him on"
        " 30 mg of Vyvanse every morning and he's a different man. he mows the lawn now. on a saturday.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "lisdexamfetamine",
        "My dad has used a CPAP machine for six years, but he still dozes off at his desk by ten every morning. His specialist"
        " added Vyvanse in the mornings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "Even with the mask on every night, Tom was still falling asleep in front of the telly by eight. His doctor prescribed"
        " lisdexamfetamine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "Some people whose CPAP has fixed the snoring still feel drowsy all day, and a few doctors prescribe Vyvanse for that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "He sleeps with a breathing mask every night and still nods off at his desk. His consultant started him on Vyvanse.",
        OFF_LABEL,
        "warning",
    ),
    # a sleep doctor or clinic does not name sleeplessness
    (
        "lisdexamfetamine",
        "Two years on the CPAP and Priya still nods off in the car park at lunch. Her sleep clinic started her on Vyvanse.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "lisdexamfetamine",
        "My brother has ADHD and also uses a CPAP machine at night. His psychiatrist put him on Vyvanse for his ADHD.",
        OFF_LABEL,
    ),
    (
        "lisdexamfetamine",
        "He wears an eye mask every night because his shifts end at dawn. His doctor put him on Vyvanse for his ADHD.",
        OFF_LABEL,
    ),
    (
        "lisdexamfetamine",
        "Vyvanse can keep you awake if you take it late; some people wear a sleep mask and use a white-noise machine at night.",
        OFF_LABEL,
    ),
    ("lisdexamfetamine", "His sleep doctor put him on Vyvanse for his ADHD.", OFF_LABEL),
    (
        "lisdexamfetamine",
        "Since he started the CPAP he no longer nods off at red lights. His psychiatrist later started Vyvanse for his ADHD.",
        OFF_LABEL,
    ),
    (
        "tirzepatide",
        "He had worn a CPAP mask every night for years and still nodded off at work. His doctor put him on Zepbound.",
        OFF_LABEL,
    ),
]
