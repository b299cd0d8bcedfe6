"""Missed class (twenty-eighth stop, helper g): topiramate's migraine dose held to the epilepsy ceiling. "Students with
migraine usually build up to two 50 mg tablets in the morning and one more at bedtime" (150 mg a day, eval/holdout156
dx04) was compared with 400 mg a day; the label's recommended total for migraine prevention is 100 mg a day (TOPAMAX
2.3), so a higher amount said for migraine is now a warning for review (the label calls it the recommended dose, not a
ceiling). A dose said for epilepsy or for no use is compared with every entry as before.

Still silent: 100 mg a day for migraine, epilepsy doses up to 400 mg, and a dose with no use named."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "topiramate",
        "**Migraine.** Students with migraine usually build up to two 50 mg tablets in the morning and one more at bedtime, and "
        "stay there.\n\n**Epilepsy.** For seizures, the dose is often higher, up to 400 mg a day split into two doses.",
        ABOVE_MAX,
        "warning",
    ),
    ("topiramate", "For migraine, take 150 mg a day.", ABOVE_MAX, "warning"),
    ("topiramate", "My neurologist moved me up to 100 mg twice a day to stop the migraines.", ABOVE_MAX, "warning"),
    ("topiramate", "To prevent migraine headaches she takes three 50 mg tablets at night.", ABOVE_MAX, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("topiramate", "For migraine prevention, take 50 mg twice a day.", ABOVE_MAX),
    ("topiramate", "For epilepsy, the usual dose is 200 mg twice a day.", ABOVE_MAX),
    ("topiramate", "Take 150 mg a day for seizures.", ABOVE_MAX),
    ("topiramate", "Most people take 150 mg a day.", ABOVE_MAX),
]
