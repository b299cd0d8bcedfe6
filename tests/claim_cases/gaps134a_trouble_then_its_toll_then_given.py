"""A trouble told, then its toll opened by when it had come to that, then the drug given, from eval/holdout198 (fn10,
baclofen), as a class.

Class: the trouble named in a story ("hiccuping through the grace, the soup and the raffle, and still at it four days later"), a
sentence that tells only what it kept the person from, opened by when it had come to that and saying "could hardly" ("By then he
could hardly eat or sleep.", "Before long she could barely sleep or work."), then the drug given ("The urgent care doctor sent
him home with baclofen"): the giving is for the trouble told before the toll, not for a sleeplessness the toll names. Hiccups
are not an approved use of baclofen or gabapentin, nor hot flushes of venlafaxine; told by a story, a warning. Silent: an
approved use told the same way (baclofen for multiple sclerosis), a trouble that had stopped, a use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fn10)
    (
        "baclofen",
        "Many of you will remember Deacon Harold at the Wednesday supper in October, hiccuping through the grace, the soup and"
        " the raffle, and still at it four days later. By then he could hardly eat or sleep. The urgent care doctor sent him home"
        " with baclofen: two of the 10 mg tablets, five times a day. By the Sunday he was back in the choir and in full voice for"
        " the Gloria, and he asks me to thank everyone who prayed for him.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "gabapentin",
        "Uncle Ray hiccuped all through Christmas and on into the new year. By the fifth day he could hardly sleep or eat. His GP"
        " put him on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "My wife's hot flushes went on all summer. Before long she could barely sleep or work. Her doctor started her on venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "The hiccups started after his chemo and just kept going. After three days he could barely talk or swallow. The"
        " oncologist gave him baclofen.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use told the same way
    (
        "baclofen",
        "Dad's multiple sclerosis flared all winter, the stiffness worst in his legs. By then he could hardly walk or sleep. The"
        " neurologist sent him home with baclofen.",
        OFF_LABEL,
    ),
    # the trouble had stopped; the drug is for an approved use
    (
        "baclofen",
        "Deacon Harold was hiccuping through the grace and still at it four days later. By then it had stopped on its own. The"
        " doctor sent him home with baclofen for his back spasms from MS.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "baclofen",
        "Deacon Harold was hiccuping through the grace and still at it four days later. By then he could hardly eat or sleep. The"
        " urgent care doctor sent him home with baclofen, an off-label use for hiccups that she explained to him.",
        OFF_LABEL,
    ),
]
