"""Safety warnings from the holdout51-52 scoring, as classes.

Seizures and a word of stopping in one sentence, where it is the seizures that stop, or the drug that
stops them: "given as a shot for seizures that won't stop" (status epilepticus, an approved use of
lorazepam, holdout52 c03), "used to stop a seizure", "stops seizure clusters". None says that stopping
the drug is dangerous, so the boxed dependence and withdrawal warning is still missing (reported). Near
misses that give it, in lay words: stopping or cutting down told as bringing on seizures ("Coming off it
too fast can bring on a seizure", "quitting ... could give you seizures"), seizures told as happening if
or after the drug is stopped ("seizures when people stop taking it", "seizures after stopping").

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

WARNING = "safety-warnings.missing"
TAPER = "dependence-withdrawal"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    ("lorazepam", "Paramedics carry it as an injection for seizures that just won't stop on their own.", WARNING, TAPER, "error"),
    ("lorazepam", "In the ER it is used to stop a seizure that has gone on for more than five minutes.", WARNING, TAPER, "error"),
    ("diazepam", "The rectal gel stops seizure clusters at home. Keep it with you when you travel.", WARNING, TAPER, "error"),
    ("clonazepam", "It helps stop the seizures of Lennox-Gastaut syndrome and calms panic attacks.", WARNING, TAPER, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lorazepam", "Coming off it too fast can bring on a seizure, so your doctor lowers the dose bit by bit.", WARNING, TAPER),
    ("lorazepam", "Quitting after months on it could give you seizures.", WARNING, TAPER),
    ("lorazepam", "Seizures can happen when people stop taking it after a long time.", WARNING, TAPER),
    ("diazepam", "Some people have had seizures after stopping it cold turkey.", WARNING, TAPER),
    ("clonazepam", "Cutting down too quickly has caused seizures in people who never had one before.", WARNING, TAPER),
    # the drug's use named beside the warning: the warning still given
    ("lorazepam", "It is given to stop a seizure in hospital. If you stop it suddenly you may have seizures too.", WARNING, TAPER),
]
