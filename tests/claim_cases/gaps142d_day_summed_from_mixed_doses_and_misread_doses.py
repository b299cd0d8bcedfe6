"""A day's dose summed over times of day and mixed strengths, and doses read wrongly, from eval/holdout258 (hv01,
quetiapine), holdout259 (hw10, lisdexamfetamine), holdout260 (hx10, carvedilol; hx12, naproxen), holdout255 (hs06,
finasteride) and holdout257 (hu03, acetaminophen), as a class.

Class: a dose taken at two times with an extra tablet of another strength on top ("one 400 mg tablet at 8 am and one at
10 pm, with an extra 100 mg tablet at night": 900 mg), a tablet added to the day's dose "on top" or with "add one of the
20 mg chewables" (80 mg Coreg CR plus "one of my leftover 40 mg capsules on top": 120 mg); and, read wrongly, a dose whose
only other name is another drug's in a later clause ("One 5 mg a day with my coffee, tamsulosin at night": finasteride's
5 mg), a ceiling counted in tablets with no period ("no more than six 500 mg caplets, 3,000 mg": the day's, not one dose)
and reaching a count forbidden ("don't creep up to four tablets a day"). Silent: the day within the maximum, the extra
forbidden, the repeat being the extra itself, a past regimen.

Also the day's tablets counted with a drink and its clock time ("two with my coffee at 6, two at lunch, ...": ten 500 mg
caplets, hv10).

Left: the clonazepam day of "a 1 mg ..., another ..., another ..., and one more" (hx08), other mechanisms.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_ALEVE = (
    "For everyday aches I use over-the-counter naproxen sodium 220 mg. Aleve is the brand.\n\n"
    "The box rules: one tablet every 8 to 12 hours while the pain lasts. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (hv01, hw10, hx10)
    (
        "quetiapine",
        "- The ordinary tablets come in several strengths, from 25 mg up to 400 mg. A common plan on the ward is one 400 mg"
        " tablet at 8 am and one at 10 pm, with an extra 100 mg tablet at night while you are still very unwell.",
        ABOVE_MAX,
        "error",
    ),
    (
        "lisdexamfetamine",
        "I'm on 70 mg now, which is the top dose. On deadline weeks my psychiatrist lets me add one of the 20 mg chewables"
        " after lunch as well, and that's how chapter three got written.",
        ABOVE_MAX,
        "error",
    ),
    (
        "carvedilol",
        "Carvedilol, the once-a-day capsule version called Coreg CR.\n\nMost days it's one 80 mg capsule with breakfast. On cook"
        " days, if my cuff reads high at the 4 a.m. fire-up, I take one of my leftover 40 mg capsules on top, and my doc's never"
        " said boo about it.",
        ABOVE_MAX,
        "error",
    ),
    (
        "acetaminophen",
        "I'm a Tylenol guy. The bottle I keep in the truck is Tylenol Extra Strength, 500 mg a caplet. Here's what got me through"
        " the weekend: two with my coffee at 6, two at lunch, two mid-afternoon, two with dinner and two before bed.",
        ABOVE_MAX,
        "error",
    ),
    # new wordings, other voices
    (
        "acetaminophen",
        "Reader diary: my caplets are the 500 mg ones. Two with my tea at 7, two at lunch, two with dinner, two before bed and"
        " two more in the night.",
        ABOVE_MAX,
        "error",
    ),
    ("quetiapine", "Ward note: one 400 mg tablet at 8 am and another at 8 pm, with an extra 200 mg tablet at 2 pm.", ABOVE_MAX, "error"),
    ("sertraline", "My diary: 100 mg at 7 am and one at 7 pm, plus an extra 50 mg tablet at bedtime.", ABOVE_MAX, "error"),
    (
        "lisdexamfetamine",
        "Parent forum: my son takes 70 mg each morning, and his doctor lets him add one of the 10 mg chewables after school.",
        ABOVE_MAX,
        "error",
    ),
    ("atorvastatin", "He's on 80 mg at night. His cardiologist had him add one of the 20 mg tablets at lunch too.", ABOVE_MAX, "error"),
    (
        "carvedilol",
        "Newsletter: Coreg CR. Most mornings it's one 80 mg capsule. When his pressure's up he takes a 20 mg capsule on top.",
        ABOVE_MAX,
        "warning",
    ),
]

SHOULD_NOT = [
    # the drafts' own wording, read wrongly before (hs06, hu03, hx12)
    (
        "finasteride",
        "Many men take tamsulosin alongside it at first.\n\nFour years on it. One 5 mg a day with my coffee, tamsulosin at night.",
        ABOVE_MAX,
    ),
    (
        "acetaminophen",
        "The long-standing ceiling for adults is 4,000 mg in 24 hours. Many brands now print a lower one: Extra Strength packs"
        " say no more than six 500 mg caplets, 3,000 mg, unless a doctor tells you otherwise.",
        ABOVE_MAX,
    ),
    ("naproxen", _ALEVE + "Aleve: don't creep up to four tablets a day, however hard the dogs pull.", ABOVE_MAX),
    # new wordings of them
    ("finasteride", "Diary: one 5 mg tablet with breakfast, tamsulosin after dinner.", ABOVE_MAX),
    ("acetaminophen", "Pharmacy tip: the Extra Strength label says no more than six 500 mg caplets (3,000 mg).", ABOVE_MAX),
    ("naproxen", _ALEVE + "Never go up to four tablets a day without asking.", ABOVE_MAX),
    # within the maximum; a person, not a meal, named with the time
    ("acetaminophen", "My caplets are the 500 mg ones. Two with my coffee at 6, two at lunch and two before bed.", ABOVE_MAX),
    ("acetaminophen", "My caplets are the 500 mg ones. Two with my coffee at 6, two at lunch, two at dinner, none at night.", ABOVE_MAX),
    ("quetiapine", "A common plan is one 200 mg tablet at 8 am and one at 10 pm, with an extra 100 mg tablet at night.", ABOVE_MAX),
    ("lisdexamfetamine", "I'm on 50 mg now. On deadline weeks I add one of the 20 mg chewables after lunch.", ABOVE_MAX),
    ("lisdexamfetamine", "He takes 40 mg at breakfast and adds one of the 20 mg chewables at lunch.", ABOVE_MAX),
    ("carvedilol", "Coreg CR. Most days it's one 40 mg capsule with breakfast. On cook days I take a 20 mg capsule on top.", ABOVE_MAX),
    # the extra forbidden, a past regimen, the extra the repeat itself
    ("lisdexamfetamine", "I'm on 70 mg now, the top dose. Never add one of the 20 mg chewables after lunch.", ABOVE_MAX),
    ("quetiapine", "The plan is one 300 mg tablet at 8 am and another 300 mg tablet at 8 pm.", ABOVE_MAX),
    (
        "carvedilol",
        "Coreg CR. Most days it's one 80 mg capsule with breakfast. Don't take one of the old 40 mg capsules on top.",
        ABOVE_MAX,
    ),
]
