"""The words a scoped label support names are the label's own time, not beyond it: albuterol's support is scoped to
minutes (VENTOLIN HFA PI 14), so "Albuterol works within minutes" and "in minutes" are its label's time course, though
"within minutes" is beyond the label of any other medicine (furosemide's label gives an hour). Left from the twenty-fifth
stop ("albuterol works within minutes" still fired because the beyond-label words were not per drug). Near misses: an
instant effect or seconds for albuterol, "within minutes" for furosemide and montelukast, and a speed set against other
medicines (a comparison no label makes)."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

_NOTE = "Albuterol is the blue reliever inhaler. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("albuterol", _NOTE + "It works instantly, within minutes at most.", RAPID, "error"),
    ("albuterol", _NOTE + "Relief comes within seconds.", RAPID, "error"),
    ("albuterol", _NOTE + "It works within minutes, faster than any other inhaler.", "unsupported-claim.comparative", "error"),
    ("furosemide", "Furosemide gets to work in minutes.", RAPID, "error"),
    ("montelukast", "Montelukast works within minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("albuterol", "Albuterol works within minutes when your chest feels tight.", RAPID),
    ("albuterol", _NOTE + "The reliever opens your airways in minutes.", RAPID),
    ("albuterol", _NOTE + "Two puffs and it gets to work within minutes.", RAPID),
    ("albuterol", _NOTE + "Ventolin starts working within minutes, so keep it with you.", RAPID),
]
