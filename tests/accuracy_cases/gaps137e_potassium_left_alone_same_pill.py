"""Two lay wordings that put a medicine in the wrong kind, from eval/holdout222 (gl01) and holdout218 (gh13), as classes.

- Furosemide said to leave the body's potassium alone ("This one is the sort that leaves your potassium where it is", a
  patient's remark left uncorrected; "Lasix leaves the body's potassium alone", "the kind that leaves your potassium
  untouched"): the potassium-sparing kind; furosemide is a loop diuretic that increases potassium loss (label CLINICAL
  PHARMACOLOGY; PRECAUTIONS): `wrong-diuretic-class`, a warning. Near misses: potassium left low, denied, spironolactone's.
- Metoprolol succinate filled with tartrate (or the other way round), both named, then the pill kept taking as always ("you've
  got the same heart pill at the same milligrams, so just keep taking it the way you always have"): the labels differ in
  release and schedule (Toprol-XL 1, 2): `tartrate-succinate-interchangeable`. Near misses: kept taking but twice a day,
  "do not keep taking it", a new maker's bottle with no other salt.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
DIURETIC = "wrong-diuretic-class"
SAME = "tartrate-succinate-interchangeable"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (gl01, gh13)
    (
        "furosemide",
        "Mr. Haddad, a patient on our ward last spring, asked us about the orange potassium drink he used to take. His"
        ' cardiologist told him he could leave it off now. "This one is the sort that leaves your potassium where it is," he'
        ' said, "so the drink was only ever for the old tablet." Your own doctor will tell you if you need a potassium supplement.',
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "metoprolol",
        "You may see two names on your bottle. Metoprolol tartrate (Lopressor) is usually taken twice a day. Metoprolol"
        " succinate (Toprol-XL) is extended-release and taken once a day. One of our drivers asked about this at the last"
        " lunch-and-learn, and the answer we gave him stands: if the pharmacy fills your Toprol-XL with Lopressor one month,"
        " you've got the same heart pill at the same milligrams, so just keep taking it the way you always have.",
        MISSTATEMENT,
        SAME,
        "warning",
    ),
    # new wordings, other voices
    ("furosemide", "Lasix leaves the body's potassium alone, so no bananas needed.", MISSTATEMENT, DIURETIC, "warning"),
    ("furosemide", "Furosemide is the kind of water pill that leaves your potassium untouched.", MISSTATEMENT, DIURETIC, "warning"),
    ("furosemide", "Good news, Nan: this water pill leaves your potassium be.", MISSTATEMENT, DIURETIC, "warning"),
    (
        "metoprolol",
        "The chemist handed Dad metoprolol tartrate instead of his usual succinate, and he kept taking it as usual.",
        MISSTATEMENT,
        SAME,
        "warning",
    ),
    (
        "metoprolol",
        "If your Lopressor comes back as Toprol-XL, it's the same milligrams, so keep taking them like you always did.",
        MISSTATEMENT,
        SAME,
        "warning",
    ),
    (
        "metoprolol",
        "Whether the bag says succinate or tartrate this month, it is one beta blocker, so carry on taking it exactly as you always have.",
        MISSTATEMENT,
        SAME,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # potassium left low: true
    ("furosemide", "Furosemide leaves your potassium low, so we check it at every visit.", MISSTATEMENT, DIURETIC),
    # denied
    ("furosemide", "Furosemide does not leave your potassium where it is: it washes it out.", MISSTATEMENT, DIURETIC),
    # spironolactone's, set against it
    (
        "furosemide",
        "Spironolactone is the sort that leaves your potassium where it is; furosemide is not, so keep the drink.",
        MISSTATEMENT,
        DIURETIC,
    ),
    # kept taking, but with the schedule changed
    (
        "metoprolol",
        "If the pharmacy fills your Toprol-XL with Lopressor, keep taking it as before but twice a day, and call your doctor.",
        MISSTATEMENT,
        SAME,
    ),
    # told not to
    (
        "metoprolol",
        "If the pharmacy fills your Toprol-XL with Lopressor, do not keep taking it the way you always have: call us.",
        MISSTATEMENT,
        SAME,
    ),
    # a new maker's bottle, the other salt never named
    (
        "metoprolol",
        "Your Toprol-XL came from a new maker this month, so just keep taking it the way you always have.",
        MISSTATEMENT,
        SAME,
    ),
]
