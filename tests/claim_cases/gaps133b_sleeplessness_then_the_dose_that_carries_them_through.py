"""Sleeplessness told by its signs, then a bedtime dose credited with carrying the person through the night, from
eval/holdout189 (fe04, amitriptyline), as a class.

Class: a person lying awake with racing thoughts, replaying the day or until the small hours, then, in the next sentence, a
dose of the drug credited with getting, carrying or seeing them through ("For them, a small 10 mg amitriptyline tablet about
an hour before bed is often what gets them through to morning", "is the thing that carries her through to morning", "sees me
through till morning"): the credit is the use of the sleeplessness just told, inferred from the story, a warning. Silent: the
credit given to something else (a cup of tea), the trouble told an approved one (low mood), the credit denied ("is not what
gets them through"), the use disclosed, and a drug approved for sleeplessness (zolpidem).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fe04)
    (
        "amitriptyline",
        "During finals, our clinicians also see a lot of students who lie awake with their thoughts racing about deadlines. For"
        " them, a small 10 mg amitriptyline tablet about an hour before bed is often what gets them through to morning.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "amitriptyline",
        "Some nights she lies awake until three replaying every conversation of the day. Half a 10 mg tablet at bedtime is the"
        " thing that carries her through to morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "My brain won't switch off at night. One small amitriptyline at bedtime sees me through till morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Since the divorce Dad lies awake until four with his thoughts going round and round. A 25 mg quetiapine tablet at"
        " bedtime is usually what gets him through the night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Night after night I'd lie awake until four with my mind racing. Now a 50 mg trazodone at bedtime gets me through to morning.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # something else credited
    (
        "amitriptyline",
        "During finals, our clinicians also see a lot of students who lie awake with their thoughts racing about deadlines. For"
        " them, a cup of chamomile tea is often what gets them through to morning.",
        OFF_LABEL,
    ),
    # the approved use in lay words
    (
        "amitriptyline",
        "Many students feel low and hopeless for weeks on end. For them, a small amitriptyline tablet at bedtime is often what"
        " gets them through.",
        OFF_LABEL,
    ),
    # the credit denied
    (
        "amitriptyline",
        "Students who lie awake with their thoughts racing about deadlines often ask about it. A small amitriptyline tablet is"
        " not what gets them through to morning; a sleep routine is.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "amitriptyline",
        "During finals, our clinicians also see a lot of students who lie awake with their thoughts racing about deadlines. For"
        " them, a small 10 mg amitriptyline tablet about an hour before bed is often what gets them through to morning. That is"
        " an off-label use.",
        OFF_LABEL,
    ),
    # a drug approved for sleeplessness
    (
        "zolpidem",
        "Some nights she lies awake until three replaying every conversation of the day. Half a zolpidem tablet at bedtime is"
        " what gets her through to morning.",
        OFF_LABEL,
    ),
]
