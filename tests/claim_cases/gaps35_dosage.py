"""Doses above the label maximum written in everyday ways (holdout33, holdout34), as classes, in
wordings no evaluation set had.

- Tablets named by their strength alone ("three of the 20s", "two of the blue 20s", "a couple of
  150s", "four of my 10s") counted for the day, above the usual ceiling of the use the article is
  about but within another approved use's (mixed amphetamine salts: 40 mg a day for ADHD, 60 mg for
  narcolepsy): a warning asking which use is meant; an article that lists both uses ("approved for
  ADHD and for narcolepsy") does not tie the dose to the one it names last. Near misses: at the
  ADHD ceiling, the narcolepsy dose named as such, said not to be taken.
- A dose whose sentence names neither the drug nor its form, in a paragraph or section about one
  release form ("The usual start is 75 mg of the extended-release capsule ... two 150 mg capsules
  every morning", a heading "The XR capsules"): compared with that form's label entries (the
  extended-release capsules' 225 mg, not the immediate-release tablets' 375 mg); inferred, so a
  warning when within another form. Near misses: at the form's maximum, the immediate-release form
  named, said not to be taken, "the ER" (the emergency room) is no form.
- Tablets of a brand's strength named by the strength's own words ("Extra Strength", "Regular
  Strength", "Extra Strength Tylenol") or "a couple of" a brand, per dose times how often ("every
  four hours", "three times a day"): the brand's strength times the day's tablets, against its
  label maximum. Near misses: at the maximum (every six hours), said not to be taken, a daily
  ceiling in tablets beside it, another brand's "Extra Strength" (Excedrin).

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: An article naming both approved uses of mixed amphetamine salts in one list.
_BOTH_USES = "Adderall is approved for ADHD and for narcolepsy, the sleep disorder.\n\n"
#: The paragraph's lead-in naming venlafaxine's extended-release capsule.
_XR_LEAD = "The usual start is 75 mg of the extended-release capsule once a day with food, sometimes 37.5 mg for the first week. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- tablets named by their strength, above one use's usual ceiling --
    (
        "amphetamine-mixed-salts",
        _BOTH_USES + "My own routine on the IR tablets ended up as three of the 20s a day: one when I wake up, one at lunch, and one"
        " around four.",
        ABOVE_MAX,
        "warning",
    ),
    ("amphetamine-mixed-salts", _BOTH_USES + "By exam season my flatmate was on three of the blue 20s a day.", ABOVE_MAX, "warning"),
    ("amphetamine-mixed-salts", "For ADHD, most adults get by on less. My brother takes five of the 10s every day.", ABOVE_MAX, "warning"),
    ("amphetamine-mixed-salts", _BOTH_USES + "Honestly? A couple of 30s a day is what gets me through.", ABOVE_MAX, "warning"),
    ("sertraline", "Sertraline treats depression. She is up to three of her little 100s a day now.", ABOVE_MAX, "warning"),
    # -- a dose in a paragraph or section about one release form --
    (
        "venlafaxine",
        _XR_LEAD + "Guys who are a few months in and still flat often get bumped right up: two 150 mg capsules every morning.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "venlafaxine",
        "## The XR capsules\n\nMost readers settle on 150 mg. One told us he now takes 300 mg every morning.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "venlafaxine",
        "Your pharmacist will hand you the extended-release version.\n\nIt goes down easy with breakfast. Four 75 mg capsules each morning"
        " is what my consultant settled on.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "tramadol",
        "The extended-release tablets are taken once a day. My neighbour takes two 200 mg tablets each morning for her back.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "metformin",
        "## Metformin XR\n\nThe slow-release tablets go down with the evening meal. My uncle takes five 500 mg tablets with dinner.",
        ABOVE_MAX,
        "warning",
    ),
    # -- a brand's strength by its own words, per dose times how often --
    (
        "acetaminophen",
        "Here's my honest mum-life routine when I'm flattened: two Extra Strength caplets every four hours, right through the day and"
        " evening.",
        ABOVE_MAX,
        "error",
    ),
    ("acetaminophen", "Grandad swears by 2 Extra Strength Tylenol every 4 hours while the flu lasts.", ABOVE_MAX, "error"),
    ("acetaminophen", "When my back goes, I take 3 Extra Strength caplets three times a day.", ABOVE_MAX, "error"),
    ("acetaminophen", "Our forum's favourite hack: three Regular Strength tablets every four hours.", ABOVE_MAX, "error"),
    ("naproxen", "For a sprained ankle I take a couple of Aleve every eight hours.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- tablets named by their strength --
    ("amphetamine-mixed-salts", "It's approved for ADHD. Most days I take two of the 20s: one when I wake up and one at lunch.", ABOVE_MAX),
    ("amphetamine-mixed-salts", _BOTH_USES + "For his narcolepsy he takes three of the 20s a day.", ABOVE_MAX),
    ("amphetamine-mixed-salts", _BOTH_USES + "Never take three of the 20s a day unless your prescriber says so.", ABOVE_MAX),
    ("amphetamine-mixed-salts", "For ADHD, two of the blue 20s a day is the most my prescriber allows.", ABOVE_MAX),
    ("sertraline", "Sertraline treats depression. She is on two of her little 100s a day.", ABOVE_MAX),
    # -- a dose in a paragraph or section about one release form --
    ("venlafaxine", _XR_LEAD + "Some end up on 225 mg every morning.", ABOVE_MAX),
    (
        "venlafaxine",
        "The immediate-release tablets are taken two or three times a day. In hospital some take 125 mg three times a day.",
        ABOVE_MAX,
    ),
    ("venlafaxine", _XR_LEAD + "Never take two 150 mg capsules every morning to catch up.", ABOVE_MAX),
    ("venlafaxine", "Go to the ER if you have a seizure. In hospital some people take 125 mg three times a day.", ABOVE_MAX),
    ("tramadol", "The extended-release tablets are taken once a day. Most people stay on 200 mg each morning.", ABOVE_MAX),
    (
        "metformin",
        "## Metformin XR\n\nThe slow-release tablets go down with the evening meal. My uncle takes four 500 mg tablets with dinner.",
        ABOVE_MAX,
    ),
    # -- a brand's strength by its own words --
    ("acetaminophen", "For a fever, two Extra Strength caplets every six hours is plenty.", ABOVE_MAX),
    ("acetaminophen", "Never take two Extra Strength caplets every four hours.", ABOVE_MAX),
    ("acetaminophen", "Two Extra Strength caplets every 6 hours, and no more than 6 caplets in 24 hours.", ABOVE_MAX),
    ("acetaminophen", "Two Excedrin Extra Strength every four hours is what my migraine friend takes.", ABOVE_MAX),
    ("naproxen", "For a sprained ankle I take a couple of Aleve with breakfast and nothing else all day.", ABOVE_MAX),
]
