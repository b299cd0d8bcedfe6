"""Off-label classes from the misses of eval/holdout47-50: a condition told only by its signs, then the drug
given for it, in four shapes:

- a group fronted with its trouble, the prescribers giving the drug in the main clause ("For women with
  stubborn, painful breakouts along the jaw ..., dermatologists now reach for spironolactone"; holdout47 h12);
- Raynaud's told by fingers changing colour in the cold, and its outcome (the hands staying pink) credited to a
  dose ("Her fingers went white, then blue ... 2.5 mg of amlodipine at night, and my hands stay pink"; holdout49 f01);
- Lyme disease told by a bullseye or target-like rash, or a rash after a tick bite, the doctor giving the drug a
  sentence or two later, after a look ("His doctor took one look and wrote a prescription"; holdout50 e08);
- a kidney stone told by its pain (side to groin, in waves) or by where it sits ("a small stone in the tube
  from your kidney"), then a service's offer ("we may send you home with tamsulosin"; holdout48 g02).

Near misses that stay silent: an approved use of a fronted group (spironolactone for heart failure), a dose
changed for a group ("doctors prescribe a lower dose"), prescribers who do not give it, a use disclosed,
a ring after a tick bite given an approved name, fingers white from a side effect that is no use, a stone
told but the drug given for another reason, and a service offering a different medicine."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a group fronted with its trouble, the prescribers giving it --
    (
        "spironolactone",
        "In adult women whose chin breakouts flare up every month, many GPs now turn to spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "For the many women who battle hormonal breakouts that no cream will shift, dermatologists often prescribe spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "For people whose fingers go white and numb every time they step out into the cold, doctors can prescribe amlodipine.",
        OFF_LABEL,
        "warning",
    ),
    # -- Raynaud's by fingers changing colour, then the giving or the outcome --
    (
        "amlodipine",
        "Each winter his toes turned white, then purple, whenever he walked the dog. His GP started him on amlodipine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "My fingertips used to go chalk white in the freezer aisle. "
        "A small dose of amlodipine every morning, and my fingers stay pink now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "Amlodipine is widely used for Raynaud's, when the fingers go white in the cold.",
        OFF_LABEL,
        "error",
    ),
    # -- Lyme by its rash, the giving later --
    (
        "doxycycline",
        "Three days after the camping trip she spotted a bullseye rash on her calf. Her knees were stiff by Friday. "
        "The nurse practitioner had a quick look at it and prescribed doxycycline for two weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "A red ring spread around the spot where the tick had bitten him, so his doctor gave him doxycycline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        "The patch on her arm looked like a dartboard. Her GP examined her and prescribed amoxicillin.",
        OFF_LABEL,
        "warning",
    ),
    # -- a stone by its pain or its place, then a service's offer --
    (
        "tamsulosin",
        "Stabbing pain in the left flank that comes in waves and travels round to the groin, and a 4 mm stone on your CT, "
        "we'll usually give you tamsulosin for a couple of weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "If your scan shows a tiny stone stuck in the tube that drains your kidney, our team may start you on tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # an approved use of a fronted group
    (
        "spironolactone",
        "For women with heart failure whose ankles keep swelling, cardiologists often add spironolactone.",
        OFF_LABEL,
    ),
    # a dose changed for a fronted group, or prescribers who do not give it
    (
        "spironolactone",
        "For people with stubborn breakouts along the jaw, doctors prescribe a lower dose of spironolactone.",
        OFF_LABEL,
    ),
    (
        "spironolactone",
        "For women with stubborn breakouts along the jaw, dermatologists rarely reach for spironolactone.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "spironolactone",
        "For women with painful breakouts along the chin, dermatologists now reach for spironolactone. This is an off-label use.",
        OFF_LABEL,
    ),
    (
        "amlodipine",
        "Her fingers went white, then blue, in the cold. Her doctor started her on amlodipine, which is off-label for Raynaud's.",
        OFF_LABEL,
    ),
    # fingers white as a side effect, no use
    (
        "propranolol",
        "Propranolol can make your fingers go white and numb in the cold; tell your doctor if it happens.",
        OFF_LABEL,
    ),
    # a tick-borne illness the label covers
    (
        "doxycycline",
        "After the tick bite he came down with Rocky Mountain spotted fever, so his doctor gave him doxycycline.",
        OFF_LABEL,
    ),
    # the story turned before the drug
    (
        "doxycycline",
        "She found a bullseye rash on her leg. But it turned out to be a spider bite. Her doctor prescribed doxycycline for her acne.",
        OFF_LABEL,
    ),
    # a stone told, a service offering a different medicine
    (
        "tamsulosin",
        "If your scan shows a small stone in the tube from your kidney, we may give you a different medicine for the pain.",
        OFF_LABEL,
    ),
    # a stone in a list of conditions to tell the doctor about
    (
        "tamsulosin",
        "Tell your doctor if you have ever had a stone in your kidney or trouble passing urine.",
        OFF_LABEL,
    ),
]
