"""Off-label use for anxiety told by the dread before work and its signs in the body (eval/holdout122 cp06), as a class.

- Anxiety told by dread of the week or the shift ahead, a knotted stomach or a pounding heart before it, given a drug not
  approved for it: "every Sunday night I'd lie awake with my heart pounding, dreading the work week, and my stomach in a knot
  before every shift", "the Sunday-night dread", "her stomach was tied in knots before work", "my heart would be pounding
  before every shift" (a warning).
- The signs told on in the clause of a reason are the reason too: "kept me on 300 mg at bedtime because every Sunday night
  I'd lie awake with my heart pounding, dreading the work week", "put me on gabapentin because my stomach was in knots
  before every work day". (Given "because I couldn't sleep, with my stomach in knots ...", the sleep is a use of its own
  too since gaps153a, an error beside the anxiety's warning: tests/test_own_probes_s52.py.)

Not: the heart racing or the next morning's grogginess as side effects, dreading the side effects, the approved nerve pain
flaring before a shift, buspirone (approved for anxiety), advice not to take it for the dread, a dread told after a turn.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_GABAPENTIN = "Gabapentin treats nerve pain after shingles and some seizures. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "gabapentin",
        _GABAPENTIN + "**jittery_jen:** Off topic but maybe useful. My shingles pain is long gone, but my GP kept me on 300 mg at "
        "bedtime because every Sunday night I'd lie awake with my heart pounding, dreading the work week, and my stomach in a "
        "knot before every shift. Honestly the dread is finally quiet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Her doctor started her on gabapentin because she was dreading every shift and her stomach was tied in knots "
        "before work.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Pregabalin treats nerve pain and fibromyalgia. He takes pregabalin for the Sunday-night dread that used to wreck his weekends.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Propranolol treats high blood pressure and prevents migraines. My heart would be pounding before every shift at the "
        "call centre, so my GP prescribed propranolol.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        _GABAPENTIN + "My GP put me on gabapentin because my stomach was in knots before every work day.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin can make your heart race or leave you groggy the next morning, so you may dread the early shift "
        "at first.",
        OFF_LABEL,
    ),
    ("gabapentin", _GABAPENTIN + "I was dreading the side effects, but gabapentin has been fine for my shingles pain.", OFF_LABEL),
    (
        "gabapentin",
        _GABAPENTIN + "I take gabapentin for the nerve pain after my shingles; it used to flare before every shift.",
        OFF_LABEL,
    ),
    (
        "buspirone",
        "Buspirone treats anxiety. My GP put me on buspirone because I dreaded every shift and my stomach was in knots before work.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Do not take gabapentin for the Sunday-night dread; talk to your GP about it instead.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "My GP put me on gabapentin because the burning after shingles kept me awake, but the dread of work that came "
        "later was a different story.",
        OFF_LABEL,
    ),
]
