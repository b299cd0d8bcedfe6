"""Three off-label false errors, from eval/holdout192 (fh04, lorazepam), holdout196 (fl06, hydroxychloroquine) and holdout195
(fk03, methotrexate), as a class.

Class: a use that is not the drug's off-label use, because it is another medicine's or the approved one in lay words:
- a class of medicines heading its list item, alone or with another, with its own use: "insulin or tablets for diabetes:
  hydroxychloroquine can drop your blood sugar", "Antidepressants for low mood: ...";
- a supplement taken alongside, perhaps on other days, with its own purpose: "with a folic acid tablet on the other days to ease
  the nausea", "plus a daily vitamin B12 supplement to help the tiredness";
- status epilepticus told as a seizure that goes on: "to stop a seizure that will not end", "fits that don't let up", "a seizure
  lasting more than five minutes" (lorazepam's injection: ATIVAN injection, INDICATIONS AND USAGE, Status Epilepticus).
Still reported: the drug's own use in a list item, the drug itself taken for the nausea, lorazepam tablets for epilepsy day to day.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug's own use heading its item
    ("hydroxychloroquine", "### What is it for?\n\n- hydroxychloroquine for diabetes: it can lower your blood sugar", OFF_LABEL, "error"),
    # the drug itself taken for the nausea
    ("methotrexate", "Denise takes methotrexate every Friday to ease the nausea from her chemo.", OFF_LABEL, "error"),
    # epilepsy day to day is not status epilepticus
    ("lorazepam", "Some people take lorazepam tablets every day to prevent seizures.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording (fh04, fl06, fk03)
    (
        "lorazepam",
        "In hospital, lorazepam is also given as an injection to stop a seizure that will not end, and before some operations to"
        " help people relax.",
        OFF_LABEL,
    ),
    (
        "hydroxychloroquine",
        "### What medicines should I mention?\n\n- antibiotics such as azithromycin or moxifloxacin, amiodarone, sotalol, some\n"
        "  antipsychotics and other medicines that affect the heart rhythm\n- insulin or tablets for diabetes: hydroxychloroquine"
        " can drop your blood sugar,\n  sometimes a long way\n- digoxin, antacids, and seizure medicines",
        OFF_LABEL,
    ),
    (
        "methotrexate",
        "Denise takes hers on Fridays, the same day every week, with a folic acid tablet on the other days to ease the nausea. Her"
        " pharmacist wrote FRIDAY ONLY across the box in marker.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("lorazepam", "Paramedics may give lorazepam for fits that don't let up.", OFF_LABEL),
    ("lorazepam", "In the emergency department lorazepam is used for a seizure lasting more than five minutes.", OFF_LABEL),
    ("lorazepam", "Nurses can give lorazepam by injection for non-stop seizures.", OFF_LABEL),
    (
        "hydroxychloroquine",
        "### Medicines to mention\n\n- Antidepressants for low mood: some affect the heart rhythm, as hydroxychloroquine does",
        OFF_LABEL,
    ),
    (
        "metoprolol",
        "### Tell your doctor if you take\n\n- insulin and other medicines for diabetes: metoprolol can hide the signs of low blood sugar",
        OFF_LABEL,
    ),
    ("methotrexate", "He takes methotrexate on Mondays, plus a daily vitamin B12 supplement to help the tiredness.", OFF_LABEL),
    (
        "methotrexate",
        "I take my methotrexate on Sunday night, along with folic acid on the other six days to keep the mouth sores away.",
        OFF_LABEL,
    ),
]
