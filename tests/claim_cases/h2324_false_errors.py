"""False errors of the claim, promotional and disclaimer rules as classes (holdout23/holdout24),
in wordings no evaluation set had: "not habit-forming" about a medicine whose label carries no
abuse, dependence or withdrawal warning (an SSRI, an antihistamine: a warning, not an error);
hearsay put as a question to be answered ("A reader says it cured her reflux. Is that true?");
an informal "not a doctor" with advice to see one in the next sentence (a disclaimer); a price
word on something that is not the medicine ("a cheap pill organiser"); a hedged comparison with
some members of its own class ("gentler on the lungs than some beta blockers"). And a miss: "works
faster than any other tablet" is a comparison. Near misses keep their error: "not addictive" about
a medicine with an abuse or withdrawal warning; "gentler than all other" or "better than any other";
"cheap pills online"; "I'm not a doctor, but it worked for me" with no advice to see one. Each case
is the body of one article about one drug; the assertion is what its writer would see: the finding
of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
SALES = "promotional.sales-language"
DISCLAIMER = "disclaimer.missing"


#: (drug, body, rule, severity): a claim the writer must see, at that severity.
SHOULD = [
    # -- no dependence, of a medicine without an abuse or dependence warning: a warning --
    ("escitalopram", "It isn't a sedative and it isn't habit-forming in the way sleeping pills can be.", DEPENDENCY, "warning"),
    ("sertraline", "Good news for worriers: sertraline is not addictive.", DEPENDENCY, "warning"),
    ("cetirizine", "Cetirizine isn't habit-forming, so you can take it every day through the season.", DEPENDENCY, "warning"),
    ("fluoxetine", "Unlike tranquillisers, it won't get you hooked.", DEPENDENCY, "warning"),
    ("loratadine", "There's no risk of addiction with an antihistamine like this one.", DEPENDENCY, "warning"),
    # ... and of one with such a warning: still an error
    ("alprazolam", "Don't worry, it isn't habit-forming at this dose.", DEPENDENCY, "error"),
    ("pregabalin", "Pregabalin is not addictive, whatever you've read.", DEPENDENCY, "error"),
    ("oxycodone", "Taken for a week after surgery, it won't get you hooked.", DEPENDENCY, "error"),
    # -- faster than any other: a comparison --
    ("hydroxyzine", "Patients often tell us it works faster than any other tablet for anxiety.", COMPARATIVE, "error"),
    ("ibuprofen", "It kills a headache faster than any other painkiller on the shelf.", COMPARATIVE, "error"),
    ("cetirizine", "Honestly it clears hay fever faster than any other antihistamine I've tried.", COMPARATIVE, "error"),
    ("omeprazole", "It settles heartburn faster than all the other acid tablets.", COMPARATIVE, "error"),
    ("sumatriptan", "This one stops a migraine faster than any other medicine out there.", COMPARATIVE, "error"),
    # -- comparisons kept: all or any other --
    ("metoprolol", "Metoprolol is gentler on the lungs than all other beta blockers.", COMPARATIVE, "error"),
    ("celecoxib", "It is kinder to the stomach than any other painkiller.", COMPARATIVE, "error"),
    # -- hearsay left as a claim --
    ("famotidine", "It cured my reflux for good.", ABSOLUTE, "error"),
    # -- sales language on the medicine --
    ("levothyroxine", "Get cheap levothyroxine pills online, no waiting.", SALES, "error"),
    ("sildenafil", "The cheapest pills in town, delivered.", SALES, "error"),
    # -- no disclaimer: not a doctor without advice to see one --
    ("fluconazole", "Take one capsule.\n\nI'm not a doctor, but it worked for me.", DISCLAIMER, "error"),
    ("ibuprofen", "Take it with food.\n\nNot a doctor, just a mum who has tried everything.", DISCLAIMER, "error"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # -- hearsay put as a question to be answered --
    ("famotidine", "**Q: A member said it cured her reflux for good. Will it?**", ABSOLUTE),
    ("omeprazole", "A reader says omeprazole cured his heartburn permanently. Is that true?", ABSOLUTE),
    ("ibuprofen", "Someone told me it's completely safe for everyone. Is it?", ABSOLUTE),
    ("cetirizine", "A friend swears it's totally harmless. Is that right?", ABSOLUTE),
    ("famotidine", "One caller told us it cured her ulcer for good. Does it?", ABSOLUTE),
    ("minoxidil", "A follower said it's a miracle for hair loss. Is it?", ABSOLUTE),
    # -- a hedged comparison with some of its own class, in a caution --
    ("metoprolol", "Metoprolol is gentler on the lungs than some beta blockers but can still cause problems.", COMPARATIVE),
    ("celecoxib", "Celecoxib is kinder to the stomach than some painkillers, but it can still cause bleeding.", COMPARATIVE),
    ("atenolol", "Atenolol is easier on the airways than certain other beta blockers, yet it can still tighten them.", COMPARATIVE),
    ("meloxicam", "It may be gentler than some NSAIDs on the gut, but ulcers can still happen.", COMPARATIVE),
    ("bisoprolol", "It is gentler on the lungs than some older beta blockers; people with asthma should still ask first.", COMPARATIVE),
    # -- a price word on something else --
    ("levothyroxine", "- A cheap pill organiser by the kettle, so I take it before breakfast.", SALES),
    ("metformin", "A cheap pill box with the days of the week saves a lot of worry.", SALES),
    ("lisinopril", "I keep a cheap notebook next to my pills to log my readings.", SALES),
    ("warfarin", "Buy a cheap pill case with compartments for each day.", SALES),
    ("amlodipine", "The cheapest pill dispenser from the supermarket works fine.", SALES),
    # -- not a doctor, with advice to see one --
    (
        "fluconazole",
        "Take one capsule.\n\nNot a doctor, just a girl with a ring light. If it keeps coming back, see your GP properly.",
        DISCLAIMER,
    ),
    ("ibuprofen", "Take it with food.\n\nI'm not a pharmacist, just a runner. Ask your pharmacist before you take it.", DISCLAIMER),
    ("cetirizine", "Take it at night.\n\nI'm not a doctor, so if the rash spreads, please see your doctor.", DISCLAIMER),
    ("omeprazole", "Take it before breakfast.\n\nWe're not doctors here. Talk to your GP if the heartburn lasts.", DISCLAIMER),
    ("melatonin", "Take it at bedtime.\n\nNot a medical professional, just a tired dad! Check with your pharmacist first.", DISCLAIMER),
    # -- not addictive of a medicine without such a warning, but negated or refuted: nothing --
    ("escitalopram", "Some people say escitalopram is not addictive. That isn't quite right: stopping can cause withdrawal.", DEPENDENCY),
]
