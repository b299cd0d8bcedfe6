"""An interaction warned of in the writer's own shorthand, from eval/holdout309 (ju08 sumatriptan) and holdout307 (js08
hydrocodone-acetaminophen), as a class.

Class, silent (warned):
- a bare prohibition opening a list item, the medicine named by its class: "**Not with MAOI antidepressants**, or within two
  weeks of stopping one" (ju08); "Never alongside other triptans", "Not with blood thinners" (the context lexicon's bare "not
  with" lead, which had only drinks and sedating medicines);
- other acetaminophen named as the kinds of product that also contain it, then the liver harm: "Cold and flu remedies, sleep
  aids and many over-the-counter pain relievers also contain acetaminophen. Count them all: more than 4,000 mg ... can cause
  liver failure" (js08; the interaction's mentions lacked "remedies ... contain" and "sleep aids").

Reported: the same kinds said to be fine alongside it, and the class taken with it as a story.
Left: "Not with food, and not with MAOI antidepressants either" (the prohibition not opening its sentence) is still reported.
"""

from __future__ import annotations

INTERACTIONS = "interactions.missing"

SHOULD = [
    (
        "hydrocodone-acetaminophen",
        "Norco is hydrocodone plus acetaminophen. Cold and flu remedies are fine to take alongside it.",
        INTERACTIONS,
        "other-acetaminophen",
        "error",
    ),
    ("sumatriptan", "She takes it with MAOI antidepressants and feels fine.", INTERACTIONS, "maoi-a", "error"),
]

SHOULD_NOT = [
    # the drafts' own wordings
    ("sumatriptan", "- **Not with MAOI antidepressants**, or within two weeks of stopping one.", INTERACTIONS, "maoi-a"),
    (
        "hydrocodone-acetaminophen",
        "- **Hidden acetaminophen.** Cold and flu remedies, sleep aids and many over-the-counter pain relievers also contain"
        " acetaminophen. Count them all: more than 4,000 mg of acetaminophen a day can cause liver failure.",
        INTERACTIONS,
        "other-acetaminophen",
    ),
    # new wordings of my own
    ("sumatriptan", "Quick rules from the pharmacist:\n\n- Not with MAOIs, or for two weeks after the last one.", INTERACTIONS, "maoi-a"),
    ("sertraline", "Never alongside MAO inhibitors such as phenelzine; leave two weeks between them.", INTERACTIONS, "maois"),
    (
        "hydrocodone-acetaminophen",
        "Norco is hydrocodone plus acetaminophen. Sinus tablets and allergy pills often contain acetaminophen too, so check every"
        " label: too much can cause liver failure.",
        INTERACTIONS,
        "other-acetaminophen",
    ),
]
