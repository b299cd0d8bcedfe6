"""Misstatements by wording class (blind misses of holdout23/24).

- Carried on through pregnancy: a drug with a fetal-harm warning said fine to continue while
  pregnant, in the passive or as a doing ("can be carried on through pregnancy", "staying on it
  through the pregnancy is fine"), or a few tablets said fine when expecting ("one tablet or a few
  is totally fine when you're expecting"). Near misses: continued only until the pregnancy is
  known, denied, a few tablets said fine for thrush "but not when you're pregnant".
- An amount of alcohol said fine while on metronidazole, as what staff or peers say ("Our peer
  educators say a couple of drinks with dinner is fine while you're on it"). Near misses: fine
  three days after the course, said to be what people wrongly believe.
- Addiction waved away: "you don't really need to worry about getting hooked" after a short
  course. Near misses: "you do need to worry about getting hooked", a myth refuted.
- A pause of days told as a harmless practice ("she simply leaves the capsules in the drawer for
  a few days ... with no trouble at all"). Near misses: the pause followed by symptoms, denied.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
PREGNANCY = "safe-in-pregnancy"
ALCOHOL = "fine-with-alcohol"
STOP = "safe-to-stop"
ADDICTIVE = "not-addictive"
SHORT_COURSE = "not-addictive-short-term"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # carried on through pregnancy
    ("lisinopril", "Lisinopril can be carried on through pregnancy if your blood pressure needs it.", MISSTATEMENT, PREGNANCY, "error"),
    ("losartan", "Losartan may be continued while you are expecting.", MISSTATEMENT, PREGNANCY, "error"),
    ("lisinopril", "Staying on lisinopril through the pregnancy is perfectly fine.", MISSTATEMENT, PREGNANCY, "error"),
    ("lisinopril", "Honestly, you can stay on it while pregnant.", MISSTATEMENT, PREGNANCY, "error"),
    ("losartan", "Keep taking it through the pregnancy, our nurse says.", MISSTATEMENT, PREGNANCY, "error"),
    (
        "fluconazole",
        "My sister took fluconazole for thrush and her midwife said one tablet or a few is totally fine when you're expecting.",
        MISSTATEMENT,
        PREGNANCY,
        "warning",
    ),
    ("fluconazole", "A couple of doses of fluconazole won't matter during pregnancy.", MISSTATEMENT, PREGNANCY, "warning"),
    # an amount of alcohol said fine while on it
    (
        "metronidazole",
        "Our peer educators say a couple of drinks with dinner is fine while you're on metronidazole.",
        MISSTATEMENT,
        ALCOHOL,
        "error",
    ),
    ("metronidazole", "The pharmacist said a glass of wine won't hurt while you take metronidazole.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "Most students on metronidazole reckon the odd pint is fine.", MISSTATEMENT, ALCOHOL, "error"),
    # addiction waved away
    (
        "hydrocodone-acetaminophen",
        "For a few days after a tooth pull, you don't really need to worry about getting hooked on Norco.",
        MISSTATEMENT,
        SHORT_COURSE,
        "error",
    ),
    ("lorazepam", "On a short course of lorazepam there's no need to fret about becoming dependent.", MISSTATEMENT, ADDICTIVE, "error"),
    ("lorazepam", "Take lorazepam for a week and don't worry about addiction.", MISSTATEMENT, ADDICTIVE, "error"),
    (
        "lorazepam",
        "My doctor said at this little dose of lorazepam I won't get hooked on it, and I never have.",
        MISSTATEMENT,
        ADDICTIVE,
        "error",
    ),
    # a pause of days told as harmless
    (
        "duloxetine",
        "On good weeks, she says, she simply leaves the duloxetine capsules in the drawer for a few days, with no trouble at all.",
        MISSTATEMENT,
        STOP,
        "warning",
    ),
    ("venlafaxine", "I leave the tablets in the drawer for a couple of days when I feel good and I'm fine.", MISSTATEMENT, STOP, "warning"),
    ("duloxetine", "Plenty of people go without them for a weekend without any problems.", MISSTATEMENT, STOP, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("lisinopril", "Lisinopril cannot be carried on through pregnancy: it can harm the baby.", MISSTATEMENT, PREGNANCY),
    ("lisinopril", "Lisinopril can be continued only until you find out you are pregnant.", MISSTATEMENT, PREGNANCY),
    ("fluconazole", "One tablet of fluconazole is fine for thrush, but not when you're expecting.", MISSTATEMENT, PREGNANCY),
    (
        "metronidazole",
        "Our peer educators say a couple of drinks is fine three days after your last metronidazole dose.",
        MISSTATEMENT,
        ALCOHOL,
    ),
    (
        "metronidazole",
        "Some students think a glass of wine won't hurt with metronidazole. It will: the reaction is violent.",
        MISSTATEMENT,
        ALCOHOL,
    ),
    (
        "hydrocodone-acetaminophen",
        "Even after a tooth pull you do need to worry about getting hooked on Norco.",
        MISSTATEMENT,
        SHORT_COURSE,
    ),
    (
        "hydrocodone-acetaminophen",
        "It's a myth that you don't need to worry about getting hooked on Norco after surgery.",
        MISSTATEMENT,
        SHORT_COURSE,
    ),
    ("duloxetine", "She left the duloxetine capsules in the drawer for a few days and felt dizzy and sick.", MISSTATEMENT, STOP),
    ("duloxetine", "Never leave the duloxetine capsules in the drawer for a few days, even with no trouble at first.", MISSTATEMENT, STOP),
]
