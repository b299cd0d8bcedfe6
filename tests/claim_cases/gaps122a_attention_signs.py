"""Off-label use for ADHD told by attention problems, given a non-stimulant (eval/holdout120 cn03), as a class.

- Adult ADHD told by its signs: "losing keys, missing deadlines and drifting off halfway through other people's sentences"
  (not falling asleep: the sentences are someone's), "losing the thread halfway through conversations", "started ten
  projects and finished none", then a psychiatrist starting bupropion (a warning).
- "Start to" with a person as subject is beginning to have the trouble, not starting the medicine: "If you start to lose the
  thread halfway through conversations while taking bupropion, tell your doctor".

Not: trouble concentrating as a side effect, an approved stimulant (lisdexamfetamine, methylphenidate), bupropion's approved
depression told by its signs, dozing off in a film.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_BUPROPION = "Bupropion treats depression and helps people stop smoking. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "bupropion",
        _BUPROPION + "Dana, 34, had spent her whole adult life losing keys, missing deadlines and drifting off halfway through "
        "other people's sentences. The stimulants she tried in college left her jittery. Last year her psychiatrist started her "
        "on bupropion, and within two months she was finishing reports on time and actually hearing the end of meetings.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        _BUPROPION + "Marcus kept losing the thread halfway through conversations and started ten projects and finished none, so "
        "his doctor prescribed bupropion.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        "Fluoxetine treats depression. My son drifts off halfway through his teacher's sentences, so the paediatrician added fluoxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Venlafaxine treats depression and anxiety. I take venlafaxine because I start new hobbies and finish none of them and "
        "lose my train of thought mid-sentence.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    ("bupropion", _BUPROPION + "Bupropion can cause trouble concentrating, a dry mouth or headaches in the first weeks.", OFF_LABEL),
    (
        "lisdexamfetamine",
        "Lisdexamfetamine treats ADHD and binge-eating disorder. Her psychiatrist started her on lisdexamfetamine after years of "
        "losing keys and drifting off halfway through other people's sentences.",
        OFF_LABEL,
    ),
    (
        "methylphenidate",
        "Methylphenidate treats ADHD and narcolepsy. He had spent his life losing the thread halfway through conversations, so "
        "his doctor started methylphenidate.",
        OFF_LABEL,
    ),
    (
        "bupropion",
        _BUPROPION + "He had lost interest in everything and couldn't get off the sofa, so his doctor started him on bupropion.",
        OFF_LABEL,
    ),
    (
        "bupropion",
        _BUPROPION + "If you start to lose the thread halfway through conversations while taking bupropion, tell your doctor.",
        OFF_LABEL,
    ),
    (
        "bupropion",
        _BUPROPION + "I drifted off halfway through the film, and my doctor says bupropion may keep me awake at night.",
        OFF_LABEL,
    ),
]
