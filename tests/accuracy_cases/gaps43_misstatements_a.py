"""Misstatement classes from the holdout43-46 scoring (part 1), each told in other words, drugs and voices.

A drug said to be approved for a use it is not approved for, by a pronoun, in a quote or as an FDA approval it
"got": "It's even FDA-approved for weight loss these days" (naltrexone, whose weight use is only the bupropion
combination's), "Naltrexone has FDA approval for obesity now", "the FDA approved naltrexone for weight management".
Near misses: the combination named as the approved product, a denial, a belief refuted, the approved uses, a
question.

A dose of a children's antihistamine given to get a young child to nap or sleep on a trip, told as a tip:
"a dose of children's Benadryl before a long flight to get the toddler to nap", "children's Benadryl on long
drives to make the twins drowsy", "half a dose of Benadryl to knock the three-year-old out". Near misses: the
label's own warning ("Do not use Benadryl to make a child sleepy"), "never give ...", a child's allergy dose
with drowsiness as a side effect, an adult's sleep on a flight.

An antibacterial credited with curing a viral illness in a story: the speaker's cold or flu told first, then a
few days on the drug and well again, in the same sentence or the next one, which goes on with the story ("I
caught the flu in Hanoi," she says. "Two days on doxy and I was back on the trail"; "Had a stinking cold last
March: three days of azithromycin and I was good as new"). Near misses: a cold that turned into an ear
infection, a bacterial infection, the course said to do nothing, rest credited instead of the drug.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WEIGHT = "naltrexone-not-approved-for-weight-loss"
CHILD_SLEEP = "safe-for-young-children-sleep"
VIRUSES = "antibiotics-for-viruses"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "naltrexone",
        'My counsellor is a big believer. "It\'s a clever little pill," he told me. "It\'s now officially approved for obesity too."',
        MISSTATEMENT,
        WEIGHT,
        "warning",
    ),
    ("naltrexone", "Naltrexone has FDA approval for obesity now, so ask your doctor about it.", MISSTATEMENT, WEIGHT, "warning"),
    ("naltrexone", "My doctor said the FDA approved naltrexone for weight management last year.", MISSTATEMENT, WEIGHT, "warning"),
    ("naltrexone", "Low-dose naltrexone is officially approved for fibromyalgia.", MISSTATEMENT, WEIGHT, "warning"),
    (
        "diphenhydramine",
        "Our pediatric nurse friend uses children's Benadryl on long drives to make the twins drowsy.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "Half a dose of Benadryl at 7pm to knock the three-year-old out is what got us through the move.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "A teaspoon of the kids' allergy syrup before you leave will help the little ones nod off in the back seat.",
        MISSTATEMENT,
        CHILD_SLEEP,
        "error",
    ),
    (
        "doxycycline",
        "I came down with a horrible cold in Lisbon. Three days of doxycycline and I was right as rain.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "My son had the flu over Christmas, fever and all. A couple of days on amoxicillin and he was back at school.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "azithromycin",
        "Had a stinking cold last March: three days of azithromycin and I was good as new.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "naltrexone",
        "Naltrexone is not approved for weight loss on its own; only Contrave, which pairs it with bupropion, is approved.",
        MISSTATEMENT,
        WEIGHT,
    ),
    ("naltrexone", "Contrave, which combines naltrexone with bupropion, is FDA-approved for weight management.", MISSTATEMENT, WEIGHT),
    ("naltrexone", "Naltrexone combined with bupropion is approved for chronic weight management.", MISSTATEMENT, WEIGHT),
    ("naltrexone", "Some people believe naltrexone is approved for weight loss. It isn't.", MISSTATEMENT, WEIGHT),
    ("naltrexone", "Naltrexone is approved for alcohol dependence and opioid dependence.", MISSTATEMENT, WEIGHT),
    ("diphenhydramine", "Never give children's Benadryl to get a toddler to sleep.", MISSTATEMENT, CHILD_SLEEP),
    ("diphenhydramine", "Do not use Benadryl to make a child sleepy.", MISSTATEMENT, CHILD_SLEEP),
    (
        "diphenhydramine",
        "Children's Benadryl treats hay fever in kids 6 to 11; it can make some children drowsy, and others excitable.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    (
        "diphenhydramine",
        "Benadryl can help you sleep on a long flight, but it is not for children under 12 as a sleep aid.",
        MISSTATEMENT,
        CHILD_SLEEP,
    ),
    (
        "amoxicillin",
        "My son had a cold that turned into an ear infection. Five days on amoxicillin and he was fine.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "doxycycline",
        "I caught the flu in Hanoi. Two days on doxy and I was still in bed; the antibiotic did nothing, because flu is a virus.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("doxycycline", "I caught a chest infection in Hanoi. Two days on doxy and I was back on the trail.", MISSTATEMENT, VIRUSES),
    ("doxycycline", "I had the flu last year. Two days of rest and I was back on the trail.", MISSTATEMENT, VIRUSES),
]
