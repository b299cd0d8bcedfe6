"""Wrong advice passed on in a story, uncorrected: a relative, a friend or a fellow parishioner tells the reader what to do
(share the leftovers, drink the night of the last tablet, stop without a taper, ignore the kidneys, swallow the statin only
at night) and the writer lets it stand. The drafts: isotretinoin's leftovers let a cousin use up ("Letting the cousin use up
those last few capsules just made sense", eval/holdout169 ek07) or handed over with no verb of giving ("so the strip went
into her desk drawer", eval/holdout170 el08), `share-with-others`; metronidazole's party the night of the last tablet
(eval/holdout167 ei08, `fine-with-alcohol`); diazepam as "not one of those you have to wean yourself off" with the kind of
drug left unsaid (eval/holdout172 en06, the safe-to-stop kind); baclofen's liver that "does the work of getting baclofen out
of you, so your kidneys don't come into it" (eval/holdout167 ei11, `liver-clearance`); atorvastatin's "a dose at breakfast
simply washes through without doing a thing" (eval/holdout170 el01, the night-only kind: a dose told by its time alone, and
`no_use` now also "without doing a thing"). Near misses: negated, corrected or with the wait the label asks for, the
leftovers returned, the kidneys doing the work, a breakfast dose said to work, another statin."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "isotretinoin",
        "When Maya's younger cousin started breaking out last spring, the family talked about what was left in Maya's last"
        " blister strip. Her aunt's view was practical. \"It's the identical medicine at the identical strength, and it cost a"
        ' fortune," she says. "Letting the cousin use up those last few capsules just made sense." Maya agreed.',
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "I finished my course in August with eleven capsules still in the last blister strip. My roommate Priya had the same"
        " angry cysts along her jaw and a dermatology waitlist of four months, so the strip went into her desk drawer with a"
        ' sticky note that said "you\'re welcome." She says it was the nicest thing anyone did for her that year.',
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "metronidazole",
        "From our peer health educators, who run the Thursday drop-in: \"Honestly, it's less scary than it sounds. It's one"
        " week. Once you've swallowed the last tablet on Saturday morning, you're clear for the party that night.\"",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "diazepam",
        "As Marjorie from the choir told him at coffee, \"It's not one of those you have to wean yourself off. When your back's"
        ' better, just put the bottle in the cupboard." Walter says he will do exactly that.',
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "baclofen",
        "Tom's wife, June, who is also on it for her MS, asked about her kidneys, which her doctor watches. Tom told her not to"
        " fret: \"It's the liver that does the work of getting baclofen out of you, so your kidneys don't come into it.\" I pass"
        " this on because it gave June real peace of mind.",
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "atorvastatin",
        "On timing, Deacon Phil, who has taken it for eleven years, passed on the rule his first doctor gave him: the pill goes"
        " down after supper, because the liver only makes cholesterol while we sleep, so a dose at breakfast simply washes"
        " through without doing a thing. Several folks at his table have kept to that ever since.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    # new wordings, other voices
    ("isotretinoin", "When I stopped, we let my little brother have the rest of my capsules.", MISSTATEMENT, "share-with-others", "error"),
    (
        "isotretinoin",
        "Mum let my sister finish off my last strip, since her chin was getting bad.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    ("isotretinoin", "I had a box spare at the end, and the rest went to my cousin.", MISSTATEMENT, "share-with-others", "error"),
    (
        "isotretinoin",
        "My mate had the same spots on his back as me, so the leftover capsules ended up in his gym bag.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "metronidazole",
        "My flatmate says after your final dose you're free to hit the pub that evening.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "metronidazole",
        "As soon as you've taken the last pill you can have a drink straight away, no waiting.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "diazepam",
        "Honestly, diazepam isn't one of the ones you need to taper, my sister says.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "baclofen",
        "My neighbour swears your liver takes care of clearing baclofen out, so there's nothing to worry about.",
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "baclofen",
        "Baclofen goes out through the liver, so your kidneys don't matter, a friend told me.",
        MISSTATEMENT,
        "liver-clearance",
        "warning",
    ),
    (
        "rosuvastatin",
        "My uncle says a tablet first thing goes straight through without doing any good.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "A Lipitor in the morning just passes through without doing anything, according to Gran.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # negated, or the leftovers returned
    ("isotretinoin", "Never let your sister use your leftover capsules.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "I had a strip left over, so the strip went back to the pharmacy.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "I had a box spare, and the rest went in the returns bin at the chemist.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "We let the pharmacist take the leftover capsules back.", MISSTATEMENT, "share-with-others"),
    (
        "isotretinoin",
        "My sister had the same cysts, so the strip her dermatologist prescribed went into her bag.",
        MISSTATEMENT,
        "share-with-others",
    ),
    # the wait the label asks for
    (
        "metronidazole",
        "Once you've swallowed the last tablet, you're clear for the party three days later.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    (
        "metronidazole",
        "Once you've taken the last tablet on Saturday, wait three days before the party; you're not clear for drinks that night.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    # a taper needed, affirmed
    (
        "diazepam",
        "Valium? It's one of those you have to wean yourself off, so ask your doctor for a plan.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # the kidneys doing the work, or the claim denied
    (
        "baclofen",
        "It's the kidneys that do the work of getting baclofen out of you, so your doctor checks them.",
        MISSTATEMENT,
        "liver-clearance",
    ),
    ("baclofen", "Your liver doesn't do the work of getting baclofen out; your kidneys do.", MISSTATEMENT, "liver-clearance"),
    # a breakfast dose said to work, or harmless to the stomach; another statin, whose label asks for the evening
    (
        "atorvastatin",
        "A dose at breakfast works just as well; it goes down without doing anything to your stomach.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    ("atorvastatin", "A dose at breakfast is fine.", MISSTATEMENT, "must-take-at-night"),
    ("simvastatin", "A dose at breakfast simply washes through without doing a thing.", MISSTATEMENT, "must-take-at-night"),
]
