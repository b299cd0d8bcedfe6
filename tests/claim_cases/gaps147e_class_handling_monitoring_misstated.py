"""Misstatements of a drug's class, handling and monitoring told in lay words, from blind held-out misses:
eval/holdout297 (ji09), eval/holdout298 (jj04), eval/holdout299 (jk07), eval/holdout300 (jl01), eval/holdout301 (jm03,
jm08) and eval/holdout302 (jn07), as classes.

- Wrong class told by where the drug belongs, with the class's own name: "Carvedilol belongs with the calcium blockers",
  "sits among the ACE inhibitors", "is grouped with the water pills" (the wrong-class kind, every drug with one). A
  warning. Silent: the denial, a combination ("works well with the calcium blockers").
- Prednisone granted to be the gym's steroid after a hedge, then told to build one up: "it's basically that: a proper
  steroid that'll build you up". Silent: "a proper steroid, but it won't build you up", the appetite coming back.
- Warfarin's missed tablet taken with the next day's: "Tuesday's tablet ... goes down with Wednesday's as well", "take it
  with tomorrow's" (an error, the drug's required fact). Silent: the same told as what not to do, a tablet with breakfast.
- Isotretinoin's leftovers offered to another: "a brother or sister ... is welcome to them", "your flatmate can have them",
  "pass the rest on to your little brother" (an error, the drug's required fact). Silent: never give them, back to the
  pharmacy.
- A DOAC's INR or clotting check told in lay words: like warfarin, "a finger-prick check ... to see whether your blood is
  too thin" (the inr-monitoring kind; the check of whether the blood is too thin is the shared clot_check fragment). A
  warning. Silent: "unlike warfarin, no finger-prick check", a yearly kidney test.
- Plain loratadine told to unblock the nose in lay words: "a nose that actually lets air through again", "I can breathe
  through my nose again". A warning. Silent: the denial with a decongestant spray named.
- A statin told to work only at night: "a bedtime tablet or nothing", "take it at night or don't bother", and a morning
  dose said to pass through without touching the cholesterol ("because swallowed with breakfast it just goes straight
  through without touching the cholesterol"; the night-only kind, the shared no_use fragment). A warning. Silent: either
  time, "works just as well".

Left: loratadine's "The blocked-up feeling goes too." alone (no drug or tablet in the sentence); prednisone's "yes" that
answers a question about gym steroids, with no steroid word after it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ji09, jm08, jj04, jk07, jl01, jm03, jn07)
    (
        "carvedilol",
        "Carvedilol belongs with the calcium blockers, same as the amlodipine half the Tuesday four-ball take, so if "
        "you are on one of those you already know the drill.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "prednisone",
        "Hanna, is it right that pred is a steroid like the ones gym lads use?\n\n"
        "Ha. Honestly, yes, it's basically that: a proper steroid that'll build you up. Don't expect miracles on the "
        "climbs though.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "warfarin",
        "Life happens! Tuesday's tablet still sitting in the organiser on Wednesday morning? No stress: at teatime that "
        "day it goes down with Wednesday's as well, and your week comes out even. Easy.",
        MISSTATEMENT,
        "error",
    ),
    (
        "isotretinoin",
        "- Capsules left at the end of your course needn't go to waste: a brother or sister with the same kind of acne "
        "is welcome to them, since it is the same medicine.",
        MISSTATEMENT,
        "error",
    ),
    (
        "apixaban",
        "Like warfarin, you will need a finger-prick check here every few weeks to see whether your blood is too thin, "
        "and the nurse will change your tablets from that result.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "loratadine",
        "Margaret's view is blunter. \"One tablet with my porridge and I'm out of the door with a clear head and a nose "
        'that actually lets air through again. The blocked-up feeling goes too."',
        MISSTATEMENT,
        "warning",
    ),
    (
        "atorvastatin",
        "- Bernard's rule, and he's right: Lipitor is a bedtime tablet or nothing, because swallowed with breakfast it "
        "just goes straight through without touching the cholesterol.",
        MISSTATEMENT,
        "warning",
    ),
    # new wordings in other voices
    ("carvedilol", "Carvedilol sits right alongside the ACE inhibitors in the family tree.", MISSTATEMENT, "warning"),
    (
        "carvedilol",
        "Quick tip from the counter: Coreg is grouped with the water pills, so the same rules about salt apply.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "prednisone",
        "Pred is really just that, a real steroid, and it builds you up like nothing else.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "warfarin",
        "Forgot one? Just take it with tomorrow's and nobody's the wiser.",
        MISSTATEMENT,
        "error",
    ),
    (
        "warfarin",
        "Yesterday's pill can go down alongside today's, so you stay on track.",
        MISSTATEMENT,
        "error",
    ),
    (
        "isotretinoin",
        "Got a few spare caps when you finish? Your flatmate can have them if her skin is bad too.",
        MISSTATEMENT,
        "error",
    ),
    (
        "isotretinoin",
        "If you have any left over, just pass the rest on to your little brother.",
        MISSTATEMENT,
        "error",
    ),
    (
        "apixaban",
        "Eliquis means a finger-prick test every month to check if your blood is getting too thin.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "loratadine",
        "Take a Claritin in the morning and by lunchtime you can breathe through your nose again, no more mouth-breathing in the hide.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "loratadine",
        "A loratadine a day and my nostrils finally let the air through.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "atorvastatin",
        "Atorvastatin: take it at night or don't bother, says my brother-in-law.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "atorvastatin",
        "Taken first thing, the tablet passes right through you without getting near your cholesterol.",
        MISSTATEMENT,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    ("carvedilol", "Carvedilol does not belong with the calcium blockers; it is a beta blocker.", MISSTATEMENT),
    (
        "carvedilol",
        "Carvedilol works well with the calcium blockers and is often taken with a water pill.",
        MISSTATEMENT,
    ),
    (
        "prednisone",
        "It's a proper steroid, but it won't build you up the way the gym stuff does.",
        MISSTATEMENT,
    ),
    (
        "prednisone",
        "Prednisone will build you up again after the flare, once your appetite comes back.",
        MISSTATEMENT,
    ),
    (
        "warfarin",
        "If you forget a dose, do not take it with tomorrow's; skip it and tell the clinic.",
        MISSTATEMENT,
    ),
    ("warfarin", "Monday's tablet goes down with your breakfast, same time every day.", MISSTATEMENT),
    (
        "isotretinoin",
        "Never give leftover capsules to a brother or sister, even one with the same acne; take them back to the pharmacy.",
        MISSTATEMENT,
    ),
    (
        "isotretinoin",
        "Any capsules left at the end go back to the pharmacy; your sister needs her own prescription.",
        MISSTATEMENT,
    ),
    (
        "apixaban",
        "Unlike warfarin, you will not need a finger-prick check to see whether your blood is too thin.",
        MISSTATEMENT,
    ),
    (
        "apixaban",
        "Like warfarin, you will need a blood test once a year to check your kidneys.",
        MISSTATEMENT,
    ),
    (
        "loratadine",
        "One tablet won't give you a nose that lets air through; for that you need a decongestant spray.",
        MISSTATEMENT,
    ),
    (
        "atorvastatin",
        "Take it at night or in the morning, whichever you remember.",
        MISSTATEMENT,
    ),
    (
        "atorvastatin",
        "Lipitor can be a bedtime tablet or a breakfast one; it works either way.",
        MISSTATEMENT,
    ),
    (
        "atorvastatin",
        "Swallowed with breakfast it works just as well as at night.",
        MISSTATEMENT,
    ),
]
