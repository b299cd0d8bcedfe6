"""A controller kept for the days an attack comes on, the taken-at-onset kind with the drug first: "She only gets a chewable
on the days she starts puffing and coughing after running around with her brothers, and it settles her right down"
(eval/holdout179 eu07; montelukast `stops-asthma-attacks`, whose attack words now also name a child starting to puff,
cough or wheeze). Also a migraine preventive (propranolol). Near misses: the blue inhaler kept for those days, a question
answered no, the reliever used when coughing starts, and the "only" denied."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "stops-asthma-attacks"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "montelukast",
        "**[02:48]** Okay, here's our summer hack, because school's out and we're at the park all day. In summer we honestly "
        "don't bother with it every night. She only gets a chewable on the days she starts puffing and coughing after running "
        "around with her brothers, and it settles her right down so she can keep playing.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("montelukast", "He only takes a Singulair when he's wheezy after football.", MISSTATEMENT, ITEM, "error"),
    ("montelukast", "We give her a tablet only on the days her chest gets tight.", MISSTATEMENT, ITEM, "error"),
    (
        "montelukast",
        "Over the holidays Jack just has his chewable on days he begins coughing and wheezing in the garden.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "propranolol",
        "These days I only ever pop a propranolol when a migraine starts.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "montelukast",
        "She only gets the blue inhaler when she starts puffing and coughing; the chewable goes in every evening.",
        MISSTATEMENT,
        ITEM,
    ),
    ("montelukast", "She only gets a chewable on school days? No, she gets one every evening, wheezy or not.", MISSTATEMENT, ITEM),
    (
        "montelukast",
        "He takes a chewable every evening, and if he starts coughing at night we use his reliever.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "montelukast",
        "Don't only give her a tablet when she's wheezing: it works only if she has it every evening.",
        MISSTATEMENT,
        ITEM,
    ),
]
