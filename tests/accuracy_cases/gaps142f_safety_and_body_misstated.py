"""What a medicine does to the body, how the body handles it, or who may safely take it, misstated in lay words, a quote
let stand or a confident aside; and warnings and interactions the draft does give, in its own words, read as missing. From
eval/holdout255 (hs01 cetirizine, hs10 baclofen), holdout257 (hu06 diphenhydramine, hu08 metronidazole), holdout258 (hv08
warfarin), holdout260 (hx03 levothyroxine, hx05 finasteride), holdout261 (hy07 lisdexamfetamine) and holdout262 (hz03
baclofen, hz10 citalopram), as a class.

Class: a safety fact or the body's handling of a medicine told wrong and left standing (cetirizine "one of the newer
antihistamines that do not sedate, so you can drive"; baclofen "mopped up by the liver" or "the liver's business"; a dose of
the children's allergy liquid for a three-year-old "for the overnight leg"; "if it grows green and leafy, it doesn't come into
my kitchen" on warfarin; a nurse quoted that "people just can't get addicted" to Vyvanse; "a small dose can be just the push
the scale needs" for someone with normal thyroid tests; a woman "pinching the odd tablet" of finasteride "for her thinning
parting"), and a warning or interaction told in the writer's words ("Stack those serotonin drugs and you can get serotonin
syndrome", "Nobody who's taken it drives. It makes you seriously drowsy", "caused cancer in lab mice and rats").

Silent: the near misses ("less likely to make you drowsy", "does not sedate most people", "the kidneys' business, not the
liver's", "mopped up by the kidneys", a dose change that "can push the scale up", a dose for hives or seasickness on the
flight, "keep the amount steady", one green not had since, "Tom pinches the odd tablet off me for his crown", "Jen asked
whether she could", "people just can't get their hands on it", a myth refuted), and the warnings still asked for when not
given ("Nobody likes driving at night", "does not cause cancer in lab mice", "You can get sumatriptan in generic form").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "cetirizine",
        "Cetirizine is one of the newer antihistamines that do not sedate, so you can drive, cycle and go to work as normal while"
        " you are taking it.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    (
        "baclofen",
        "Because baclofen is mopped up by the liver, my neurologist orders liver bloods every six months, and I keep the"
        " paracetamol to what the box says.",
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "baclofen",
        "Her kidneys are not what they were, and she was braced for another fight over that. \"But baclofen is the liver's"
        ' business," she says, "so that was one thing I didn\'t have to worry about."',
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "diphenhydramine",
        "For the kids: when Nora was three, our pediatrician gave us a weight-based dose of the children's allergy liquid for the"
        " overnight leg, and honestly it was the best tip we got all year. She was snoozing before the drinks cart reached row"
        " 30. Ask yours about it.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "warfarin",
        "**Food.** Rule number one from my first anticoag nurse, and I've kept to it for eleven years: if it grows green and"
        " leafy, it doesn't come into my kitchen. I haven't had a spinach salad or a kale smoothie since the operation, and my"
        " INR has been rock steady.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "lisdexamfetamine",
        "When I asked about getting hooked, the nurse at my psychiatrist's office said, \"Vyvanse only switches on once your gut"
        " breaks it apart, so it's built in a way that people just can't get addicted to it.\" That was a relief to hear.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "levothyroxine",
        'Her sister-in-law, whose thyroid tests came back perfectly normal, talked an urgent-care doctor into "a baby dose" of'
        " the same pill after months stuck at one number on the scale. For someone whose diet has stalled, a small dose can be"
        " just the push the scale needs.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
    (
        "finasteride",
        "**The household pill.** Funny one: Jen has been pinching the odd tablet off me for her thinning parting and reckons"
        " it's thicker already, so apparently it's a household pill now.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    # new wordings in other voices
    (
        "cetirizine",
        "Good news for night-shift nurses: cetirizine doesn't sedate, so pop one before you clock in.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    (
        "cetirizine",
        "Zyrtec is a modern antihistamine that doesn't make you drowsy, so long shifts at the wheel are no problem.",
        MISSTATEMENT,
        "non-drowsy",
        "warning",
    ),
    (
        "baclofen",
        "Don't fret about your kidneys: the tablets are taken care of by your liver.",
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "diphenhydramine",
        "Back when my son was two, we gave him half a tablet for the red-eye flight, and he was out cold until Heathrow.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "diphenhydramine",
        "Our toddler gets a spoonful of the pink syrup for every long drive and sleeps right through to Grandma's.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
        "error",
    ),
    (
        "warfarin",
        "Dad's rule since the valve: if it's green, it's off his plate.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "warfarin",
        "She hasn't eaten a broccoli floret or a lettuce leaf since her clot.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "lisdexamfetamine",
        "My GP was blunt: with Vyvanse, you simply won't get hooked, so stop worrying.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "levothyroxine",
        "Dieters swear by a baby dose of Synthroid to kick-start a stalled diet.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
    (
        "levothyroxine",
        "My gym buddy says half a tablet broke her plateau in a fortnight.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
    (
        "finasteride",
        "My sister nicks a pill from me now and then for her hairline, and honestly it shows.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "Maria cadges the odd tablet off her husband because her parting is widening.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    # warnings still asked for when not given
    ("diphenhydramine", "Nobody likes driving at night with kids in the back.", WARNING, "drowsiness-driving", "error"),
    ("metronidazole", "Flagyl does not cause cancer in lab mice, the rep insisted.", WARNING, "carcinogenicity", "error"),
    (
        "citalopram",
        "You can get sumatriptan in generic form these days, and citalopram too.",
        INTERACTION,
        "serotonergic-drugs",
        "error",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # the near misses: hedged, another's doing, a true statement, denied or refuted
    (
        "cetirizine",
        "Cetirizine is one of the newer antihistamines that are less likely to make you drowsy, but some people still feel"
        " sleepy, so be careful driving.",
        MISSTATEMENT,
        "non-drowsy",
    ),
    (
        "cetirizine",
        "Cetirizine does not sedate most people, but a few feel drowsy; be careful driving until you know.",
        MISSTATEMENT,
        "non-drowsy",
    ),
    (
        "cetirizine",
        "Cetirizine does not sedate as much as diphenhydramine, but it can still make you drowsy.",
        MISSTATEMENT,
        "non-drowsy",
    ),
    (
        "baclofen",
        "Baclofen is the kidneys' business, not the liver's, so weak kidneys need a lower dose.",
        MISSTATEMENT,
        "liver-clearance",
    ),
    ("baclofen", "Baclofen is mopped up by the kidneys, so kidney problems matter.", MISSTATEMENT, "liver-clearance"),
    (
        "baclofen",
        "Paracetamol is mopped up by the liver, but baclofen leaves mostly unchanged through the kidneys.",
        MISSTATEMENT,
        "liver-clearance",
    ),
    (
        "diphenhydramine",
        "When Nora was three, we gave her a dose of the children's allergy liquid for her hives on the overnight leg, and she"
        " slept better once the itching stopped.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "When Nora was three, a dose of the children's liquid for the overnight crossing helped with her seasickness.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "When Nora was three, we never gave her a dose for the flight; she slept anyway.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "diphenhydramine",
        "Our toddler had a dose of the syrup for the long drive and stayed wide awake singing.",
        MISSTATEMENT,
        "safe-for-young-children-sleep",
    ),
    (
        "warfarin",
        "If it's green and leafy, keep the amount steady from week to week rather than cutting it out.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "warfarin",
        "I haven't had a kale smoothie since the summer, so I told my clinic before my INR check.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "warfarin",
        "Eat your greens, just keep the amounts about the same each week; a spinach salad or a kale smoothie is fine.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "lisdexamfetamine",
        "People just can't get their hands on it without a prescription.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "lisdexamfetamine",
        "The idea that people just can't get addicted to Vyvanse is a myth; it carries a boxed warning for abuse and addiction.",
        MISSTATEMENT,
        "not-addictive",
    ),
    (
        "levothyroxine",
        "A change in your dose can push the scale up or down a few pounds as your body settles.",
        MISSTATEMENT,
        "weight-loss",
    ),
    (
        "levothyroxine",
        "No dose of levothyroxine should be used to kick-start a stalled diet; the label warns against it.",
        MISSTATEMENT,
        "weight-loss",
    ),
    (
        "levothyroxine",
        "Once her dose was right, the tiredness lifted and her diet felt easier to stick to.",
        MISSTATEMENT,
        "weight-loss",
    ),
    (
        "finasteride",
        "Jen asked whether she could pinch the odd tablet off me, and I said absolutely not.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        "Tom pinches the odd tablet off me for his crown, and he says it is working.",
        MISSTATEMENT,
        "not-for-women",
    ),
    ("finasteride", "Jen hands me the odd tablet from the box when I forget.", MISSTATEMENT, "not-for-women"),
    # warnings and interactions given in the writer's own words
    (
        "diphenhydramine",
        "- **Nobody who's taken it drives.** It makes you seriously drowsy and I'm still foggy when we land, so my husband does"
        " the rental car.",
        WARNING,
        "drowsiness-driving",
    ),
    ("diphenhydramine", "Benadryl makes me super sleepy, so none of us drive after a dose.", WARNING, "drowsiness-driving"),
    (
        "diphenhydramine",
        "Nobody who has taken it gets behind the wheel, full stop.",
        WARNING,
        "drowsiness-driving",
    ),
    (
        "metronidazole",
        "The label says metronidazole caused cancer in lab mice and rats, which is why doctors only prescribe it when it's"
        " actually needed. Another reason not to borrow someone's leftovers!",
        WARNING,
        "carcinogenicity",
    ),
    (
        "metronidazole",
        'Heads up: in testing it gave tumours to laboratory rats, so nobody should take it "just in case".',
        WARNING,
        "carcinogenicity",
    ),
    (
        "citalopram",
        "Then my pharmacist. She goes, \"Sumatriptan? With citalopram? Let's talk.\" And she's right! Stack those serotonin"
        " drugs and you can get serotonin syndrome. Fever, twitching, heart racing.",
        INTERACTION,
        "serotonergic-drugs",
    ),
    (
        "citalopram",
        "Stacking tramadol on top of your citalopram is how people end up with serotonin syndrome.",
        INTERACTION,
        "serotonergic-drugs",
    ),
    (
        "citalopram",
        "Mixing it with a migraine triptan can land you in the hospital with serotonin syndrome.",
        INTERACTION,
        "serotonergic-drugs",
    ),
]
