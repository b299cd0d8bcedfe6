"""Sleep won back after a strained back, from eval/holdout131 (cy03, tizanidine), as a class: not a use for insomnia.

Class: a back strained, pulled, thrown out or tweaked told first, then the medicine given for a few days "and it let me sleep" ("My GP
gave me tizanidine, 2 mg at night for a week, and it let me sleep and get moving again"): the sleep is the back's (the
strain, a use of its own, is still reported); the course's length ("for a week") does not set the sleep apart as a use.
Still reported as errors: sleep named as its own use ("also take tizanidine for insomnia"), sleeplessness told as a
trouble of its own before, sleep after a sentence telling what the medicine is for ("Tizanidine treats muscle spasticity.
Half a tab at night lets me sleep like a baby", tests/claim_cases/gaps68_claims.py).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cy03): the strain a warning, no error for insomnia
    (
        "tizanidine",
        "Story time. Last March I pulled my lower back on a heavy deadlift single. The next morning I couldn't put my socks on;"
        " the muscles along my spine were in a knot and every step sent a jolt down into my glute. My GP gave me tizanidine,"
        " 2 mg at night for a week, and it let me sleep and get moving again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "She put her back out moving a sofa and couldn't straighten up. Her doctor prescribed tizanidine at bedtime for a few"
        " days, and it let her sleep again.",
        OFF_LABEL,
        "warning",
    ),
    # sleep as a use of its own
    (
        "tizanidine",
        "I've had insomnia for years. My GP gave me tizanidine, 2 mg at night for a week, and it lets me sleep.",
        OFF_LABEL,
        "error",
    ),
    (
        "tizanidine",
        "I pulled my back last year. These days I also take tizanidine for insomnia.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a strain told first, then a medicine approved for it (cyclobenzaprine: muscle spasm with acute, painful
    # musculoskeletal conditions) given for a few days, and the sleep won back
    (
        "cyclobenzaprine",
        "I pulled my lower back lifting boxes. My doctor gave me cyclobenzaprine, 5 mg at night for a week, and it let me sleep again.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "She threw her back out gardening and could barely stand. Her doctor prescribed cyclobenzaprine for a few days, and it"
        " let her sleep again.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "He tweaked his lower back at the gym. His GP put him on cyclobenzaprine at bedtime for two weeks, and it let him sleep through.",
        OFF_LABEL,
    ),
]
