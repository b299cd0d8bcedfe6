"""Speed and safety claimed in casual words, from eval/holdout321 (kg08 naproxen), holdout323 (ki04 valacyclovir, ki10
trazodone) and holdout326 (kl10 baclofen), as a class.

Class, reported:
- a lesion said to flatten, shrink, heal or be gone within hours or overnight, hedged only by how often ("the sore is usually
  flattened in a few hours", ki04; valacyclovir's label: it shortens a cold sore by about a day): a warning, a speed in lay
  words;
- the time told first, then the trouble (or "they", "it") settling, calming, easing or stopping, after the dose is taken in the
  same sentence ("Take one when your legs start jumping on the bench and within a few minutes they settle right down", kl10):
  a warning;
- nothing bad promised to happen to the reader on it ("Nothing bad will happen to you on it", ki10): a warning, a safety claim
  in lay words;
- easy or gentle on the stomach (or another organ) with an intensifier of totality, or every time ("Take it with food and it's
  100% easy on the stomach, every time", kg08): an error, like "100 percent safe".

Silent: the same words negated or with a condition after, a side effect that settles within minutes with no dose taken in the
sentence, the label's hedged days, a personal past ("nothing bad happened to me on it"), storage ("nothing bad will happen to
the tablets if they get warm, as long as..."), "gentle on the stomach" without totality, stopped breathing within minutes (an
overdose warning).
"""

from __future__ import annotations

ONSET = "unsupported-claim.rapid-onset"
ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ki04, kl10, ki10, kg08)
    (
        "valacyclovir",
        "Pop the caplets the second you feel the tingle and the sore is usually flattened in a few hours.",
        ONSET,
        "warning",
    ),
    (
        "baclofen",
        "**Game-day tip.** Dee's advice to rookies: \"Take one when your legs start jumping on the bench and within a few minutes"
        " they settle right down, so you're set for the second half.\"",
        ONSET,
        "warning",
    ),
    (
        "trazodone",
        "Honestly, trazodone is about as gentle as meds get.",
        ABSOLUTE,
        "error",
    ),
    ("trazodone", "Nothing bad will happen to you on it.", ABSOLUTE, "warning"),
    (
        "naproxen",
        "**Your stomach.** NSAIDs can cause bleeding and ulcers in the stomach, sometimes with no warning. The chance goes up if"
        " you're over 60, drink three or more drinks a day, or take steroids or blood thinners. Take it with food and it's 100%"
        " easy on the stomach, every time. Black or bloody stools, or throwing up something that looks like coffee grounds, means"
        " the emergency room tonight.",
        ABSOLUTE,
        "error",
    ),
    # new wordings of my own, other voices
    ("valacyclovir", "Forum tip: start the tablets at the first tingle and the blister's gone overnight.", ONSET, "warning"),
    ("valacyclovir", "In our experience the cold sore has usually shrunk within a couple of hours.", ONSET, "warning"),
    ("doxycycline", "Shop blurb: angry spots are flattened within hours of the first capsule.", ONSET, "warning"),
    # (ten minutes said flat is an error already)
    ("cetirizine", "Swallow one and in ten minutes the hives have settled right down.", ONSET, "error"),
    ("cetirizine", "Pop one at the first welt and in a matter of minutes the itching dies right down.", ONSET, "warning"),
    ("cyclobenzaprine", "Pop one after practice and within minutes the spasms ease right off.", ONSET, "warning"),
    ("tizanidine", "She takes hers at the first twitch and in a couple of minutes it calms right down.", ONSET, "warning"),
    ("sertraline", "Trust me, nothing bad is going to happen to you on these tablets.", ABSOLUTE, "warning"),
    ("zolpidem", "Magazine: nothing bad can happen to anyone while taking it.", ABSOLUTE, "warning"),
    ("quetiapine", "Mate, nothing bad ever happens to anyone on this stuff.", ABSOLUTE, "warning"),
    ("ibuprofen", "Leaflet from a careless shop: our caplets are totally gentle on the stomach.", ABSOLUTE, "error"),
    ("meloxicam", "With breakfast it's a hundred percent kind to your tummy.", ABSOLUTE, "error"),
    ("ibuprofen", "Take it with a meal and it's gentle on the stomach every single time.", ABSOLUTE, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # negated, conditional, or hedged with a longer time
    ("valacyclovir", "The sore is not flattened in a few hours; it takes days.", ONSET),
    ("valacyclovir", "Cold sores usually heal within a week or two, a day sooner on the tablets.", ONSET),
    ("valacyclovir", "If the blister hasn't gone within a few days, see your GP.", ONSET),
    ("lorazepam", "Some people get dizzy when they stand; within a few minutes it settles down.", ONSET),
    ("oxycodone", "Take too many and within minutes they stop breathing.", ONSET),
    ("cetirizine", "Within a few minutes of the sting the swelling went down by itself, before any tablet.", ONSET),
    ("trazodone", "Don't believe that nothing bad will happen to you on it.", ABSOLUTE),
    ("trazodone", "Nothing bad will happen to you if you miss one dose; just take the next one.", ABSOLUTE),
    ("trazodone", "Nothing bad happened to me on it, but everyone is different.", ABSOLUTE),
    ("zolpidem", "Nothing bad will happen to the tablets if they get warm in the car, as long as it is a short trip.", ABSOLUTE),
    ("naproxen", "It is not 100% easy on the stomach; take it with food.", ABSOLUTE),
    ("naproxen", "Taking it with food makes it easier on the stomach.", ABSOLUTE),
    ("naproxen", "Naproxen is usually gentler on the stomach than older anti-inflammatories.", ABSOLUTE),
    ("ibuprofen", "I'm 100% sure it's easy to take with food.", ABSOLUTE),
]
