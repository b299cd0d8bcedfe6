"""Reliever use doubled written off as the season's, told by a story, from eval/holdout218 (gh01) and eval/holdout220
(gj09, albuterol), as a class.

Class: more reliever use than usual, told as an inhaler empty by mid-month or within days, or as the day's uses counted
out slot by slot (four or more: "before breakfast, at lunch, after football and again at bedtime"), then blamed on the
trees or the pollen ("That's the birch trees, not my lungs"), told as how the season goes ("that's simply how tree-pollen
season goes for him"), or the doctor or clinic never bothered about it. The label says needing more than usual signals
deteriorating asthma (5 WARNINGS AND PRECAUTIONS): albuterol's more-use-is-normal misstatement (a warning). Near misses:
the same use called not normal or taken to the doctor; an action plan's list of occasions with no more use told.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "more-use-is-normal"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gh01)
    (
        "albuterol",
        (
            "Tree pollen hits our Tuesday trail loop hard. Marisol, who leads the 10K group, put it like this at "
            'the social: "Every May my inhaler is empty by the middle of the month, and I start the next one the '
            "same day. That's the birch trees, not my lungs. I've never bothered a doctor about it and I'm not "
            'going to start now." Most of the table nodded, and honestly, I have done the same for years.'
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # the draft's own wording (gj09)
    (
        "albuterol",
        (
            "Tree pollen arrived with a bang. By mid-May Sam was puffing on the blue one before breakfast, at "
            "lunch, after football and again at bedtime, and the school nurse and I agreed that's simply how "
            "tree-pollen season goes for him, so we didn't bother the clinic."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices: emptied within days and blamed on the grass
    (
        "albuterol",
        ("Every June his reliever is finished within ten days, but that's just the grass, not his asthma."),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # the day counted out, then how the season works
    (
        "albuterol",
        (
            "She reaches for the blue inhaler before school, at break, after netball and at bedtime, and honestly "
            "that's how hay fever season works for her."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # emptied in under a fortnight, the GP never bothered
    (
        "albuterol",
        ("My puffer is empty in under a fortnight every April and I have never bothered the GP about it."),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # first thing ... before bed, the doctor never troubled
    (
        "albuterol",
        (
            "Dad uses his inhaler first thing, at lunch, after the dog walk and again before bed through ragweed "
            "season; we have never troubled his doctor with it."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # called not normal, a review booked
    (
        "albuterol",
        ("Every May my inhaler is empty by the middle of the month. That is not normal: book an asthma review."),
        MISSTATEMENT,
        ITEM,
    ),
    # the day counted out, told as a warning sign
    (
        "albuterol",
        (
            "She uses the blue inhaler before breakfast, at lunch, after football and at bedtime. That is a sign "
            "her asthma is not controlled, so call the clinic today."
        ),
        MISSTATEMENT,
        ITEM,
    ),
    # taken to the doctor
    ("albuterol", ("My inhaler is empty within two weeks every spring, so I saw my doctor, who added a preventer."), MISSTATEMENT, ITEM),
    # an action plan's occasions, no more use told
    (
        "albuterol",
        ("Take it before exercise, after a cold run, at bedtime and with your spacer; that's how the action plan works."),
        MISSTATEMENT,
        ITEM,
    ),
]
