"""Aripiprazole's approved adjunctive use for depression named with "as an add-on" and the antidepressant left unsaid ("Your
doctor may prescribe it for: ... - Depression, as an add-on.", eval/holdout147 do04, a false error; ABILIFY PI 1: adjunctive
treatment of major depressive disorder), "(as an add-on treatment)", "only ever as an adjunct", "usually as add-on therapy".
Near misses, still reported: depression alone, depression "on its own", and "instead of an antidepressant"."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("aripiprazole", "Your doctor may prescribe aripiprazole for depression.", OFF_LABEL, "error"),
    ("aripiprazole", "Aripiprazole is also used on its own to treat depression.", OFF_LABEL, "error"),
    ("aripiprazole", "Some psychiatrists give aripiprazole for depression instead of an antidepressant.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "aripiprazole",
        "Your doctor may prescribe it for:\n\n- Schizophrenia. This illness can cause hearing voices other people cannot hear.\n"
        "- Depression, as an add-on. It is given alongside an antidepressant that has helped only partly. It is not used on its "
        "own for depression.",
        OFF_LABEL,
    ),
    ("aripiprazole", "Your psychiatrist may prescribe aripiprazole for depression (as an add-on treatment).", OFF_LABEL),
    ("aripiprazole", "Aripiprazole is used for schizophrenia, and for depression, only ever as an adjunct.", OFF_LABEL),
    ("aripiprazole", "Aripiprazole is sometimes given for major depressive disorder, usually as add-on therapy.", OFF_LABEL),
]
