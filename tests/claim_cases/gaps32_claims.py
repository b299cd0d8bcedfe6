"""Speed claims missed in the holdout30/31 scoring, as a class: an effect or a cure said to come within
hours, by the next morning, overnight, by the end of day one or from the first dose, of any word for the
trouble ("the snacking urge switches off within hours of the very first tablet", "one dose and trich is
cleared up by the next morning", "the thrush is gone overnight", "by the next morning the migraine was
completely gone") (unsupported-claim.rapid-onset). Near misses: a time to take it ("with food in the
morning"), a side effect's hedged course ("usually settle within days", "usually goes away within
hours"), a side effect wearing off ("the drowsiness is gone by the next morning"), the speed denied, a
cited onset.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
#: (A speed told as a result, of whatever trouble, is read the way the story claims are: a warning.)
SHOULD = [
    ("phentermine", "Members tell us the constant snacking urge switches off within hours of the very first tablet.", RAPID, "warning"),
    ("metronidazole", "One dose of this stuff and trich is cleared up by the next morning.", RAPID, "warning"),
    ("fluconazole", "One capsule and the thrush is gone overnight.", RAPID, "warning"),
    ("valacyclovir", "Take it at the first tingle and the cold sore has vanished by the following day.", RAPID, "warning"),
    ("amoxicillin", "Most kids' ear infections clear up within hours of the first dose.", RAPID, "warning"),
    ("sumatriptan", "By the next morning, the migraine was completely gone.", RAPID, "warning"),
    ("phentermine", "Most say their cravings are gone by the end of day one.", RAPID, "warning"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("metronidazole", "Take it with food in the morning and in the evening.", RAPID),
    ("metronidazole", "Side effects usually settle within days.", RAPID),
    ("metronidazole", "The metallic taste usually goes away within hours of your last dose.", RAPID),
    ("zolpidem", "Any drowsiness is gone by the next morning for most people.", RAPID),
    ("metronidazole", "Don't expect trich to be cleared up by the next morning: finish the whole course.", RAPID),
    (
        "sumatriptan",
        "The label says it starts working within an hour, and the headache is gone within hours for most people [1].\n\n"
        "[1]: IMITREX prescribing information, section 14.",
        RAPID,
    ),
]
