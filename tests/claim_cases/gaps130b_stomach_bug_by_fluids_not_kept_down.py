"""A stomach bug told by the fluids it will not let down, from eval/holdout160 (eb06, ondansetron), as a class.

Class: a child or an adult sick and unable to keep fluids down ("throwing up since the middle of the night and can't hold down
even a sip of water", "couldn't keep so much as a mouthful of juice down", "can't keep any fluids down", "couldn't hold anything
down"), then ondansetron given, in the sentence or the next; the giving may be a doctor sending the person home with it after a
"when" clause ("When a little one has been throwing up ..., the urgent care doctor will often send you home with a single
ondansetron melt-in-the-mouth tablet"). Ondansetron is approved only for the sickness of chemotherapy, radiotherapy and surgery;
told in lay words, a warning. Silent: the same signs after chemotherapy or an operation (approved), tablets that will not stay
down, ondansetron warned against, and rehydration salts sent home instead.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (eb06)
    (
        "ondansetron",
        "We get this one a lot in winter. When a little one has been throwing up since the middle of the night and can't hold down"
        " even a sip of water, the urgent care doctor will often send you home with a single ondansetron melt-in-the-mouth tablet,"
        " so the sickness settles and they can start drinking again.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "ondansetron",
        "My son had been sick all night and couldn't keep so much as a mouthful of juice down, so the GP prescribed ondansetron.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "When your toddler can't keep any fluids down, our pediatricians may give a single dose of Zofran.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "She was throwing up every hour and couldn't hold anything down. The ER doctor gave her a Zofran melt and she kept down a"
        " popsicle an hour later.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the sickness of chemotherapy: approved
    (
        "ondansetron",
        "After each round of chemo she couldn't keep even water down, so her oncologist prescribed ondansetron.",
        OFF_LABEL,
    ),
    # after an operation: approved
    ("ondansetron", "He couldn't keep anything down after the operation, so the nurse gave him ondansetron.", OFF_LABEL),
    # tablets that will not stay down
    (
        "ondansetron",
        "If you can't keep your tablets down, ask your pharmacist. Ondansetron prevents the sickness of chemotherapy.",
        OFF_LABEL,
    ),
    # warned against
    (
        "ondansetron",
        "When a child can't keep water down, do not give ondansetron without a doctor's advice; call your GP.",
        OFF_LABEL,
    ),
    # something else sent home
    (
        "ondansetron",
        "When a child can't keep water down, the urgent care doctor may send you home with rehydration salts.",
        OFF_LABEL,
    ),
]
