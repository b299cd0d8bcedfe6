"""Sleep won back after a strained back, from eval/holdout131 (cy03, tizanidine), as a class: not a use for insomnia.

Class: a back or neck strained or in spasm told first, then the medicine given for a few days "and it let me sleep" ("My GP
gave me tizanidine, 2 mg at night for a week, and it let me sleep and get moving again"): the sleep is the back's (the
strain, a use of its own, is still reported); the course's length ("for a week") does not set the sleep apart as a use.
Still reported as errors: sleep named as its own use ("also take tizanidine for insomnia"), sleeplessness told as a
trouble of its own before.
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
    (
        "tizanidine",
        "After his spinal injury the spasticity in his legs kept him up. His doctor prescribed tizanidine, 2 mg at bedtime for"
        " a fortnight, and it let him sleep again.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "I pulled my lower back lifting boxes. My doctor gave me cyclobenzaprine, 5 mg at night for a week, and it let me sleep again.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "My neck went into spasm after a long drive. Cyclobenzaprine for three nights, and it let me sleep and turn my head again.",
        OFF_LABEL,
    ),
]
