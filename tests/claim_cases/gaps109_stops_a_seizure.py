"""The drug stopping a seizure is not the stop-suddenly warning (eval/holdout109 cc11, a missed lorazepam boxed
warning), as a class.

- A benzodiazepine's or gabapentin's dependence-and-withdrawal warning is read from "stopping ... seizures"; the drug
  stopping the seizure, with adjectives and commas before it, is not that warning: "an injection is used to stop a
  long, non-stop seizure", "used to stop repeated, dangerous seizures", "to stop a severe seizure".
- Still given: stopping the drug and seizures ("Stopping it suddenly can cause a seizure", "Coming off it quickly can
  bring on seizures", "Do not stop it on your own: a seizure can follow").
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

_LORAZEPAM = (
    "Lorazepam treats anxiety. It can be misused and lead to addiction; take it only as prescribed. Taking it with "
    "opioids can stop your breathing.\n\n"
)
_CLONAZEPAM = (
    "Clonazepam treats panic disorder and seizures. It can be misused and lead to addiction; take it only as "
    "prescribed. Taking it with opioids can stop your breathing. It can bring on thoughts of suicide.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lorazepam", _LORAZEPAM + "In hospital, an injection is used to stop a long, non-stop seizure.", WARNINGS, "error"),
    ("clonazepam", _CLONAZEPAM + "Doctors use it to stop repeated, dangerous seizures.", WARNINGS, "error"),
    ("lorazepam", _LORAZEPAM + "Paramedics give it to stop a severe seizure in the ambulance.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("lorazepam", _LORAZEPAM + "Stopping it suddenly can cause a seizure.", WARNINGS),
    ("clonazepam", _CLONAZEPAM + "Coming off it quickly can bring on seizures.", WARNINGS),
    ("lorazepam", _LORAZEPAM + "Do not stop it on your own: a seizure can follow.", WARNINGS),
]
