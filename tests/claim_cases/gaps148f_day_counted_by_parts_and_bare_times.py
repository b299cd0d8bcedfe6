"""A day's tablets counted at the parts of the day, by an occasion or as "one five times", of a strength told before them, missed
at the blind scoring of holdout303 (jo01, jo07), holdout306 (jr09), holdout308 (jt06), holdout309 (ju01) and holdout310 (jv09),
as a class.

- The list's last item said so: "one at breakfast, one at lunch, one mid-afternoon and a last one around teatime" (four of the
  immediate-release 20 mg tablets named sections before: 80 mg of methylphenidate). Silent at three.
- Tablets of a strength named with words between the determiner and the amount ("the prescription naproxen 500 mg tablets, and
  I take two at breakfast and two at teatime"): the strength of the tablets counted after it, not a dose read as repeated
  three times (2,000 mg a day, not 1,500 mg). Silent at one at breakfast and one at teatime.
- A count with the tablets unsaid, every morning or night ("The tablets are 100 mg ones, and you're to take two every
  morning": 200 mg of losartan). Silent at one.
- An occasion named bare in a day's list, what it is for after it ("two before doors for the panic, and another at bedtime":
  five 1 mg clonazepam tablets, above panic disorder's 4 mg; the use is inferred from the words, a warning). Silent at four.
- A count "of the same" tablets, when it is taken told between it and its approval ("two of the same softgels half an hour
  before bed is a reasonable amount", of the 50 mg sleep-aid softgel: 100 mg). Silent when it is not called reasonable.
- How many times with no day after it, the day told around it ("on those days I take one five times, spread out from
  breakfast to bedtime": five 100 mg hydroxyzine tablets, 500 mg). Silent for times in a week, and at four.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_MPH = (
    "Our clinic usually prescribes the immediate-release 20 mg tablets, which are scored so they can be halved.\n\n"
    "## How do I take it?\n\n- Take each dose 30 to 45 minutes before a meal.\n\n"
    "We start low, often half a tablet twice a day, and go up week by week. "
)
_KLON = (
    "**Original post, by rigger_jo:** Just got prescribed clonazepam (Klonopin) for panic disorder after two attacks up in the grid"
    " last season.\n\n"
)
_DPH = (
    "## What it is for\n\nDiphenhydramine is an older antihistamine. It blocks histamine, a chemical your body releases during an"
    " allergy flare, and it also makes most people sleepy. At our clinic we suggest it for three things:\n\n"
    "- a runny nose, sneezing and itchy, watery eyes from hay fever or pollen season;\n"
    "- car, boat or plane sickness, taken before the trip;\n"
    "- now and then, a night when you just cannot get to sleep.\n\n## How much to take\n\n"
    "**For a bad night:** the usual amount is one 50 mg softgel at bedtime, and the box says not to take it for more than two"
    " weeks in a row. Several of our patients tell us one softgel barely touches the sides. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "methylphenidate",
        _MPH + "Many adults settle on one tablet at breakfast, one at lunch, one mid-afternoon and a last one around teatime to get"
        " through a long working day and the evening school run.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naproxen",
        "For anyone asking how I got back to walking the dog: after my knee flared up again, the doctor put me on the prescription"
        " naproxen 500 mg tablets, and I take two at breakfast and two at teatime. Took about a week.",
        ABOVE_MAX,
        "error",
    ),
    (
        "losartan",
        "## How to take it\n\nThe tablets are 100 mg ones, and you're to take two every morning. With or without breakfast, it"
        " doesn't matter.",
        ABOVE_MAX,
        "error",
    ),
    (
        "clonazepam",
        _KLON + "**Reply, by audio_kev:** I'm on the 1 mg tablets: one when I wake, one after lunch, two before doors for the panic,"
        " and another at bedtime. Keeps me level for the whole run.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "diphenhydramine",
        _DPH + "If that is you, two of the same softgels half an hour before bed is a reasonable amount for a grown adult.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "hydroxyzine",
        "**CAROL:** Hi Nadia. I take it for my nerves, mostly at work. The 100 mg tablets. Some weeks are bad, and on those days I"
        " take one five times, spread out from breakfast to bedtime.",
        ABOVE_MAX,
        # (above every entry's maximum, 400 mg for anxiety; a warning in the draft, where the itching named before is taken
        # for its use)
        "error",
    ),
    # new wordings: a forum post, a magazine, a leaflet, a careless shop
    (
        "methylphenidate",
        "My son's tablets are the immediate-release 20 mg ones. He has one with breakfast, one at lunch, one after school and the"
        " final one at teatime.",
        ABOVE_MAX,
        "error",
    ),
    (
        "naproxen",
        "Gran's on her usual naproxen 500 mg tablets, and she takes two with breakfast and two with her supper.",
        ABOVE_MAX,
        "error",
    ),
    ("losartan", "Dad's tablets are the 100 mg ones. Now he takes two each morning with his porridge.", ABOVE_MAX, "error"),
    (
        "clonazepam",
        "Mine are the 1 mg tablets for my panic disorder: two at breakfast, two before rehearsal for the nerves, and one more at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "diphenhydramine",
        "The sleep aid here is one 50 mg softgel at bedtime. Honestly, two of the same softgels at bedtime is perfectly fine for"
        " most grown-ups.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "hydroxyzine",
        "I'm on the 100 mg tablets for my anxiety. On a bad day I take one five times, spread out from morning to night.",
        ABOVE_MAX,
        "error",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    # within the maximum: one fewer
    (
        "methylphenidate",
        _MPH + "Many adults settle on one tablet at breakfast, one at lunch and a last one around teatime.",
        ABOVE_MAX,
    ),
    (
        "naproxen",
        "The doctor put me on the prescription naproxen 500 mg tablets, and I take one at breakfast and one at teatime.",
        ABOVE_MAX,
    ),
    ("losartan", "The tablets are 100 mg ones, and you're to take one every morning.", ABOVE_MAX),
    (
        "clonazepam",
        _KLON + "I'm on the 1 mg tablets: one when I wake, one after lunch, one before doors for the panic, and another at bedtime.",
        ABOVE_MAX,
    ),
    (
        "hydroxyzine",
        "I take it for my anxiety. The 100 mg tablets. On those days I take one four times, spread out from breakfast to bedtime.",
        ABOVE_MAX,
    ),
    # times in a week, not a day; refused; not called reasonable
    ("hydroxyzine", "I take it for my anxiety. The 100 mg tablets. I take one five times a week at most.", ABOVE_MAX),
    (
        "diphenhydramine",
        _DPH + "Two of the same softgels half an hour before bed is not a reasonable amount, so stick to one.",
        ABOVE_MAX,
    ),
    ("losartan", "The tablets are 100 mg ones. Never take two every morning to make up for a missed dose.", ABOVE_MAX),
]
