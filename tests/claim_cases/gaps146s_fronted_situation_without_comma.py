"""A sleep use told by a situation that opens the sentence, with the comma before the main clause left out, as casual
writers do: "On the nights my brain won't shut off I take half a tablet", "When I can't sleep after a late shift I take one
of my 25s" (my own spot check after the forty-fifth stop's helpers; the same sentences with the comma were caught). A
warning (the use is inferred). Silent: a situation that is no trouble ("When I work nights I take my tablet at 6 pm"), the
drug's own effect ("When I take it late I can't sleep"), a disclosed use, and the trouble told bare before a clause with the
taking in it ("Acne isn't on the list of things to avoid while you take it": only a situation told by its "when", "if" or
nights may leave the comma out).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("trazodone", "On the nights my brain won't shut off I take half a tablet and I'm gone within the hour.", OFF_LABEL, "warning"),
    ("hydroxyzine", "When I can't sleep after a late shift I take one of my 25s.", OFF_LABEL, "warning"),
    ("quetiapine", "Some nights I'm still staring at the ceiling at 3 a.m. and she takes a 25 mg tablet.", OFF_LABEL, "warning"),
    ("mirtazapine", "If he can't get off to sleep by midnight he takes half a 15 mg tablet.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("trazodone", "When I work nights I take my tablet at 6 pm instead.", OFF_LABEL),
    ("trazodone", "When I take it too late I can't sleep, so I take it at 8 pm.", OFF_LABEL),
    (
        "trazodone",
        "Trazodone is not FDA-approved for sleep; using it for that is off-label. On the nights my brain won't shut off I take half "
        "a tablet.",
        OFF_LABEL,
    ),
    ("trazodone", "On the nights my brain won't shut off I take a warm bath instead of another pill.", OFF_LABEL),
    # the trouble told bare, then a clause with the taking in it: no situation (gaps128e's approved-list wording)
    ("azithromycin", "Acne isn't on the list of things to avoid while you take it.", OFF_LABEL),
    ("hydroxyzine", "Sleep problems aren't a reason to stop it unless you take too much.", OFF_LABEL),
    # the situation's clause holding another: the taking told in a later clause (holdout105 by05, holdout262 hz07)
    ("tadalafil", "If you have chest pain after taking tadalafil, tell the ER you took it.", OFF_LABEL),
    ("sildenafil", "If you get chest pain after taking sildenafil, tell the paramedics you took it.", OFF_LABEL),
]
