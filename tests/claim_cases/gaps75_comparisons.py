"""Comparative claims told without "better than" (holdout75 au03, holdout76 av13, holdout77 aw04), as classes.

1. Better for people another medicine failed: "people who got nowhere with sertraline or citalopram often do noticeably
   better, and sooner, once they move on to venlafaxine", "patients who didn't respond to Prozac usually feel much better
   on it".
2. As good as a named medicine with what it does between: "it handles everyday worry every bit as well as Ativan does",
   "settles a churning stomach just as well as promethazine".
3. Doing more than a class of other medicines: "two plain aspirin will do more for you than any of the pricey 'rapid'
   painkillers" (a quoted pharmacologist, uncited), "does far more than the other diet pills".

Still silent: the comparison denied ("don't always do better"), a switch with nothing said to be better, recovery after
therapy ("feel better once they add a medicine"), "as well as" meaning "and", a brand against its generic, "more harm than
good", "does more than lower blood pressure"."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "venlafaxine",
        "In our clinic, people who got nowhere with sertraline or citalopram often do noticeably better, and sooner, once they "
        "move on to venlafaxine. That is why your doctor may have chosen it.",
        COMPARATIVE,
        "error",
    ),
    ("venlafaxine", "Patients who didn't respond to Prozac usually feel much better on venlafaxine.", COMPARATIVE, "error"),
    ("naproxen", "People who had no luck with ibuprofen tend to fare far better with naproxen.", COMPARATIVE, "error"),
    (
        "buspirone",
        "In my experience at the counter, once it gets going it handles everyday worry every bit as well as Ativan does, "
        "without the sleepy fog.",
        COMPARATIVE,
        "error",
    ),
    ("ondansetron", "It settles a churning stomach just as well as promethazine.", COMPARATIVE, "error"),
    (
        "aspirin",
        'A pharmacologist we spoke to is blunter about the rest of the aisle. "For an ordinary tension headache, two plain '
        "aspirin will do more for you than any of the pricey 'rapid' painkillers stacked next to them.\"",
        COMPARATIVE,
        "error",
    ),
    ("orlistat", "It does far more than the other diet pills on the shelf.", COMPARATIVE, "error"),
    ("sumatriptan", "A single tablet will do more against a migraine than all those expensive painkillers.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("venlafaxine", "People who got nowhere with sertraline don't always do better on venlafaxine.", COMPARATIVE),
    ("venlafaxine", "If you got nowhere with sertraline, your doctor may try venlafaxine.", COMPARATIVE),
    ("venlafaxine", "People who got nowhere with therapy alone often feel better once they add a medicine.", COMPARATIVE),
    ("buspirone", "Take it with food as well as water.", COMPARATIVE),
    ("hydroxyzine", "It treats anxiety as well as itching.", COMPARATIVE),
    ("sertraline", "Generic sertraline works just as well as Zoloft.", COMPARATIVE),
    ("ibuprofen", "Ibuprofen can do more harm than good in older people.", COMPARATIVE),
    ("lisinopril", "Lisinopril does more than lower blood pressure.", COMPARATIVE),
]
