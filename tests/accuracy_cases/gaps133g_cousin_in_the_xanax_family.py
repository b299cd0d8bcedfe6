"""A drug made a relative or member in a family named by another class's medicines, from eval/holdout186 (fb01, buspirone),
as a class.

Class: the drug said to be a cousin, sister, relative or member "in", "of" or "from" the family, clan or group named by that
class's medicines ("it's basically the gentle little cousin in the Xanax and Valium family", "a milder member of the Valium
family", "the baby sister from the Ativan clan"), never "buspirone is a benzodiazepine". Buspirone is an azapirone, unrelated
to the benzodiazepines (label DESCRIPTION; CLINICAL PHARMACOLOGY): the `wrong-class` kind, a warning. Near misses: the
membership denied, another drug the subject, and a cousin of a class named by no medicine of it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-a-benzodiazepine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fb01)
    (
        "buspirone",
        "## Is Buspirone a Benzo?\n\nSo here's how I explain it to my friends: it's basically the gentle little cousin in the Xanax"
        " and Valium family, the same kind of calming medicine with the volume turned way down.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("buspirone", "Buspirone is a milder member of the Valium family, so it's gentler.", MISSTATEMENT, ITEM, "warning"),
    ("buspirone", "Think of BuSpar as the baby sister from the Ativan clan.", MISSTATEMENT, ITEM, "warning"),
    (
        "buspirone",
        "honestly buspirone's just the weaker relative in the Klonopin/Xanax family lol",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    ("buspirone", "Buspirone is not a member of the Xanax and Valium family; it is an azapirone.", MISSTATEMENT, ITEM),
    # another drug the subject
    ("buspirone", "Ativan is a close cousin in the Xanax and Valium family, while buspirone is unrelated.", MISSTATEMENT, ITEM),
    # a class named by no medicine of it
    ("buspirone", "Buspirone is a distant cousin of the SSRIs in how it acts on serotonin.", MISSTATEMENT, ITEM),
    # a family of people
    ("buspirone", "Buspirone is the youngest member of the Smith family's medicine cabinet.", MISSTATEMENT, ITEM),
]
