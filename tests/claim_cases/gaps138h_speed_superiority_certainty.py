"""Uncited claims of speed, superiority and certainty in lay words, from eval/holdout223 (gm07, oxycodone), holdout224 (gn09,
mirtazapine), holdout226 (gp06, fluconazole; gp07, famotidine), holdout227 (gq09, pantoprazole), holdout228 (gr01, tirzepatide;
gr09, aspirin) and holdout230 (gt03, lisdexamfetamine), with holdout225's (go09, isotretinoin) denied miracle, as a class.

Class: how fast, how much better or how surely the medicine works, said flat and uncited in words the older patterns did not
know: fast relief to be expected ("Expect fast relief"), at work the moment it is swallowed, a time of minutes told with "inside"
("stopped grumbling inside ten minutes, every single time", "kick in quickly, inside fifteen minutes"), a medicine that "doesn't
make you wait"; doing more, or bringing a reading down further, than a named medicine or "the rest" or "any of the other diabetes
tablets"; the trouble promised never to come back ("you'll never feel that burn again", "the end of heartburn, full stop").
Silent: a denial ("There's no such thing as a miracle cream for this", "Don't expect fast relief"), a hedge ("may", "usually",
"hopefully"), a condition after, a longer time, a side effect, the price, the rest of something else ("the rest of the family").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "fluconazole",
        "3. **Expect fast relief.** The itching and burning are usually gone within a few hours of swallowing the tablet, so"
        " you can get on with your day.",
        RAPID,
        "error",
    ),
    (
        "pantoprazole",
        "Her doctor started her on pantoprazole (Protonix), 40 mg once a day for eight weeks, to let those patches heal."
        " Pantoprazole gets to work practically the moment it's swallowed, and Linda noticed the difference before the week"
        " was out.",
        RAPID,
        "error",
    ),
    (
        "aspirin",
        "I'll vouch for it myself. Two regular aspirin before a morning match and my knee has stopped grumbling inside ten"
        " minutes, every single time.",
        RAPID,
        "error",
    ),
    (
        "mirtazapine",
        "1️⃣ It's fast. Everyone warns you antidepressants take six weeks, but this one doesn't make you wait: by day five the"
        " fog had lifted and I laughed at my kids' jokes again.",
        RAPID,
        "error",
    ),
    (
        "oxycodone",
        "Good news first: these short-acting tablets kick in quickly, inside fifteen minutes for most of us, Dale included.",
        RAPID,
        "error",
    ),
    (
        "tirzepatide",
        "Most people find it brings their sugar levels down further than metformin or any of the other diabetes tablets they have tried.",
        COMPARATIVE,
        "error",
    ),
    (
        "lisdexamfetamine",
        "Of all the treatments on offer, it simply does more than the rest, months of therapy on its own included.",
        COMPARATIVE,
        "error",
    ),
    (
        "famotidine",
        "For most of us it's the end of heartburn, full stop: take it before the meal and you'll never feel that burn again.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("omeprazole", "Expect quick relief from the very first capsule.", RAPID, "error"),
    ("sumatriptan", "The tablet starts working the instant it's swallowed.", RAPID, "error"),
    ("ibuprofen", "Pharmacist's tip: the liquid capsules kick in fast, within ten minutes.", RAPID, "error"),
    ("naproxen", "My back eases off inside twenty minutes, every time.", RAPID, "error"),
    ("sertraline", "Unlike the old pills, this one won't keep you waiting.", RAPID, "error"),
    ("atorvastatin", "It gets cholesterol down further than any of the other statins I've been on.", COMPARATIVE, "error"),
    ("semaglutide", "Honestly, the weekly jab does more than the rest put together.", COMPARATIVE, "error"),
    ("sumatriptan", "Once you find the right dose, you'll never have another migraine again.", ABSOLUTE, "error"),
    ("loratadine", "One a day and you won't ever feel the itch again.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's denied miracle (go09)
    (
        "isotretinoin",
        "Use a fragrance-free moisturizer morning and night, and SPF 30 or more every day, because your skin burns faster."
        " There's no such thing as a miracle cream for this; simple works best.",
        ABSOLUTE,
    ),
    ("finasteride", "There is no such thing as a completely safe hair-loss pill.", ABSOLUTE),
    # denials, hedges, conditions
    ("fluconazole", "Don't expect fast relief: the itching can take a few days to settle.", RAPID),
    ("pantoprazole", "It doesn't get to work the moment it's swallowed; it takes a few days.", RAPID),
    ("mirtazapine", "Mirtazapine may not make you wait as long as other antidepressants, but it can still take weeks.", RAPID),
    ("oxycodone", "These tablets usually kick in within about 30 to 60 minutes.", RAPID),
    ("oxycodone", "The drowsiness can kick in quickly, inside fifteen minutes, so don't drive.", RAPID),
    ("famotidine", "Hopefully you'll never feel that burn again.", ABSOLUTE),
    ("famotidine", "You may never feel that burn again once the ulcer heals.", ABSOLUTE),
    ("famotidine", "You'll never feel that burn again if you stop eating late at night.", ABSOLUTE),
    ("famotidine", "Don't assume you'll never feel that burn again: heartburn often comes back.", ABSOLUTE),
    # a price, another thing's rest, a side effect
    ("tirzepatide", "The pen costs more than metformin or any of the other diabetes tablets.", COMPARATIVE),
    ("lisdexamfetamine", "The capsule does more than the rest of the family realise.", COMPARATIVE),
    ("mirtazapine", "The pharmacy doesn't make you wait for repeat prescriptions.", RAPID),
    ("mirtazapine", "It doesn't make you wait for the sleepiness: that comes with the first dose.", RAPID),
    ("omeprazole", "Antacids get to work the moment they're swallowed; omeprazole takes a few days.", RAPID),
    ("valacyclovir", "It doesn't mean you'll never get a cold sore again.", ABSOLUTE),
    ("tirzepatide", "Nausea often lasts longer than it does with any of the other diabetes tablets.", COMPARATIVE),
]
