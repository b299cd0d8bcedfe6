"""Off-label classes from the misses of eval/holdout56-58: a condition told only by its signs (or
the trouble it spares), then the drug given, taken or credited for it, never said to be off-label.
The classes:

- alcohol use disorder told by the drink on the mind or one never being enough: the bottle the
  first thing thought of, one glass turning into the whole bottle, never stopping at one drink,
  bottles hidden, the hours counted to the first drink; the drink gone from the mind after it
  ("barely thinks about beer now");
- menopausal hot flushes told by the night and the heat: waking several times a night soaked,
  heat rising or climbing up the neck or face, sheets soaked every night, the periods stopped
  (not a pregnancy, not the drug's own effect), perimenopause named;
- panic attacks told by their signs: the heart hammering with the dread of dying or of a heart
  attack in the same breath, the heart pounding out of nowhere, trips to the emergency room
  with normal heart tracings;
- a disease headed off, told by the person spared it: "so that I'd never get the bullseye rash",
  "so he wouldn't come down with Lyme", "to stop her catching it".

Near misses that stay silent: approved uses told by the same signs (sertraline or paroxetine for
panic attacks, naltrexone for the drinking), the use disclosed as off-label, another medicine's
use, a racing heart alone or dread alone, periods stopped by a pregnancy or by the drug itself,
advice to "you" to avoid a side effect ("so you don't get heartburn"), bottles hidden from the
kids. Each case is the body of one article about one drug; the assertion is the off-label finding
at its severity (a warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- alcohol use disorder by the drink on the mind --
    (
        "baclofen",
        "By last spring the first thing my uncle thought of when he got home was opening a bottle of gin. His GP started him on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "With Sarah, a single glass of wine with dinner would always become the whole bottle. Her doctor prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "He could never stop at one pint, and there were vodka bottles hidden in the shed. So his doctor put him on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Mark spent every afternoon counting the hours until his first beer. His doctor prescribed topiramate.",
        OFF_LABEL,
        "warning",
    ),
    # -- menopausal flushes by the night and the heat --
    (
        "gabapentin",
        "At 51 she was waking most nights soaked in sweat, and warmth would climb up her face in meetings. "
        "Her GP prescribed gabapentin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "My sheets were drenched every night and I felt like a furnace. Her periods had finally dried up, she told me. "
        "Her doctor prescribed venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Heat kept flaring up into my cheeks at the checkout. My periods had gone all over the place, and I was 49. "
        "My doctor offered me clonidine.",
        OFF_LABEL,
        "warning",
    ),
    # -- panic attacks by their signs --
    (
        "escitalopram",
        "Out of the blue, sitting in traffic, her pulse would start racing. She thought she was having a heart attack. "
        "Her GP started her on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "In the supermarket queue his heart pounded so hard he was convinced he was going to die. His doctor gave him propranolol.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "She made four dashes to A&E in a month, each time with a perfectly normal ECG. Her doctor prescribed escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    # -- a disease headed off, told by the person spared it --
    (
        "doxycycline",
        "After the tick bite on his calf the nurse gave him one 200 mg doxycycline dose so he wouldn't come down with Lyme disease.",
        OFF_LABEL,
        "error",
    ),
    (
        "doxycycline",
        "The walk-in clinic handed me doxycycline so that I would never get the target-shaped rash my friend had.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # approved for the same trouble
    (
        "sertraline",
        "Out of the blue, sitting in traffic, her pulse would start racing. She thought she was having a heart attack. "
        "Her GP started her on sertraline.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        "In the supermarket queue his heart pounded so hard he was convinced he was going to die. His doctor gave him paroxetine.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        "With Sarah, a single glass of wine with dinner would always become the whole bottle. Her doctor prescribed naltrexone.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "baclofen",
        "He could never stop at one pint. His doctor put him on baclofen, which is an off-label use for alcohol problems.",
        OFF_LABEL,
    ),
    # a racing heart alone, dread alone
    (
        "escitalopram",
        "After three coffees my heart would race for an hour. My doctor prescribed escitalopram for my depression.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "Escitalopram can make your heart race. Tell your doctor if you feel faint.",
        OFF_LABEL,
    ),
    # periods stopped by a pregnancy or by the drug
    (
        "ondansetron",
        "Her periods had stopped and the test was positive: she was pregnant. Her doctor prescribed ondansetron for the sickness.",
        OFF_LABEL,
    ),
    (
        "sertraline",
        "My periods have become irregular since starting sertraline, which I take for depression.",
        OFF_LABEL,
    ),
    # advice to "you" to avoid a side effect
    (
        "doxycycline",
        "Take doxycycline with a full glass of water and stay upright so you don't get heartburn.",
        OFF_LABEL,
    ),
    # bottles hidden from the kids
    (
        "baclofen",
        "Keep your baclofen bottles hidden from the kids. Baclofen treats spasticity from multiple sclerosis.",
        OFF_LABEL,
    ),
    # a fever's heat, not a flush
    (
        "ibuprofen",
        "Her temperature was 39 and she was burning up. Her doctor suggested ibuprofen for the fever.",
        OFF_LABEL,
    ),
]
