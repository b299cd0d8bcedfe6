"""Off-label class from the misses of eval/holdout65-67: trigeminal neuralgia told only by its
attacks, then the drug given for them, never said to be off-label. The classes:

- the pain told by its kind and its side of the face ("sudden, stabbing pains on one side of the
  face, like an electric shock", "searing pain down the left side of his jaw");
- the attacks told as set off by a light touch, in the passive ("stabbing attacks triggered by
  shaving", "the pain is brought on by brushing her teeth or even a cold wind");
- morning sickness told by its signs in a sentence that dates it in the pregnancy ("all through her
  first trimester she couldn't keep so much as toast down", "the smell of frying bacon made her
  retch from the day she found out she was pregnant"), then the drug given to settle it;
- thrush told by its discharge with more than one word for it ("that creamy, curdy discharge", "a
  thick white discharge like cottage cheese") among what metronidazole is said to clear (a
  misstatement: it does not treat yeast);
- and a cold breeze or wind that sets the pain off is weather, not a cold (before this it made
  the use "cough and cold").

Near misses that stay silent: "couldn't keep anything down" after chemotherapy (approved), with no
pregnancy; the warning to say if you are pregnant, tablets that will not stay down, a midwife to see;
carbamazepine (approved for trigeminal neuralgia) told by the same signs, the use disclosed as
off-label, a toothache set off by chewing alone, and a cold wind in an article that treats nothing
with it.
Each case is the body of one article about one drug; the assertion is the off-label finding at its
severity (a warning for a use inferred from a story or told in lay words), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    (
        "lamotrigine",
        "Some of our patients get searing, knife-like pains down the right side of the face that last a few seconds. "
        "Our neurologists usually prescribe lamotrigine to calm these attacks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "For two years Maureen had sudden shooting pains along the left side of her jaw. "
        "Her GP started her on gabapentin and the attacks eased.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lamotrigine",
        "His attacks were brought on by shaving, washing his face or even a cold wind off the sea. "
        "His doctor added lamotrigine to calm them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Stabbing jolts triggered by a light touch to the cheek kept her from leaving the house. "
        "Her doctor prescribed pregabalin to settle the attacks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "All through her first trimester she couldn't keep so much as toast down. Her GP prescribed ondansetron to settle it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "From the day she found out she was pregnant, the smell of frying bacon made her retch. "
        "Our doctors often prescribe ondansetron to calm it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metronidazole",
        "Flagyl clears up that creamy, curdy discharge some women get after a course of amoxicillin.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "metronidazole",
        "Metro is the one you want for BV, trich and a thick white discharge like cottage cheese.",
        MISSTATEMENT,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    (
        "metronidazole",
        "Metronidazole treats BV. A thick, itchy, cottage-cheese discharge is usually thrush, which metronidazole does not treat.",
        MISSTATEMENT,
    ),
    (
        "metronidazole",
        "A lumpy discharge like cottage cheese needs an antifungal such as fluconazole; metronidazole is for BV and trich.",
        MISSTATEMENT,
    ),
    (
        "ondansetron",
        "If you are pregnant or can't keep the tablets down, ask your doctor; ondansetron melts on the tongue "
        "and is used to prevent sickness after chemotherapy.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Ondansetron prevents sickness after chemotherapy. If you are pregnant and can't keep anything down, speak to your midwife.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "After the chemo she couldn't keep anything down, so the oncology team prescribed ondansetron to settle it.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Tell your doctor if you are pregnant. Our GPs prescribe ondansetron to prevent sickness after an operation.",
        OFF_LABEL,
    ),
    (
        "carbamazepine",
        "Many people referred to us have sudden, stabbing pains on one side of the face, like an electric shock. "
        "Our doctors often prescribe carbamazepine to settle these attacks.",
        OFF_LABEL,
    ),
    (
        "lamotrigine",
        "Some patients have sudden stabbing pains on one side of the face. Using lamotrigine for this is off-label: "
        "it is not FDA-approved for facial pain, and your neurologist will explain why they suggest it.",
        OFF_LABEL,
    ),
    (
        "lamotrigine",
        "Wrap up warm when a cold wind blows; lamotrigine is taken once or twice a day for epilepsy.",
        OFF_LABEL,
    ),
    (
        "lamotrigine",
        "Lamotrigine treats epilepsy. A toothache that is set off by chewing needs a dentist, not a tablet.",
        OFF_LABEL,
    ),
]
