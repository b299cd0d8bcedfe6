"""An interaction warned of by telling whoever prescribes, or forbidden with the prescriber's say-so its one exception
(warning cues of the context lexicon): "Second, tell whoever prescribes it about every other medicine you take,
especially: - an MAO inhibitor such as phenelzine ..." (eval/holdout161 ec01), "So NO potassium supplements, salt
substitutes ..., or water pills that save potassium like spironolactone, unless your doctor says so" (eval/holdout162
ed11); also "let anyone who prescribes for you know", "make sure every doctor you see knows", "not without your doctor's
OK". Near misses, still named but not warned: "tell whoever asks", "unless your doctor says otherwise" over dose advice,
"tell whoever you like", "my doctor said so"."""

from __future__ import annotations

INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("losartan", "I tell whoever asks that my salt substitute tastes just like the real thing.", INTERACTION, "potassium", "error"),
    (
        "losartan",
        "Unless your doctor says otherwise, take it in the morning. I also use a salt substitute on my eggs.",
        INTERACTION,
        "potassium",
        "error",
    ),
    ("escitalopram", "Tell whoever you like about your diagnosis. My husband also takes phenelzine.", INTERACTION, "maois", "error"),
    ("losartan", "My doctor said so, and I have used potassium supplements for years.", INTERACTION, "potassium", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "losartan",
        '**7/** Potassium. Losartan can push your potassium up. So NO potassium supplements, salt substitutes (the "lite salt" '
        "ones are mostly potassium chloride), or water pills that save potassium like spironolactone, unless your doctor says "
        "so. Get your blood checked when they ask.",
        INTERACTION,
        "potassium",
    ),
    (
        "escitalopram",
        "**MAYA:** Second, tell whoever prescribes it about every other medicine you take, especially:\n\n"
        "- an MAO inhibitor such as phenelzine or selegiline, now or in the last two weeks, or the antibiotic linezolid;\n"
        "- pimozide;\n"
        "- ibuprofen, naproxen, aspirin or a blood thinner like warfarin, because bruising and bleeding get more likely.",
        INTERACTION,
        "maois",
    ),
    ("losartan", "Let anyone who prescribes for you know that you take lithium.", INTERACTION, "lithium"),
    ("losartan", "Salt substitutes? Not without your doctor's OK.", INTERACTION, "potassium"),
    (
        "sertraline",
        "Make sure every doctor you see knows you are on Zoloft, especially if they want to give you phenelzine or linezolid.",
        INTERACTION,
        "maois",
    ),
    ("lisinopril", "No potassium pills or lite salt unless your GP okays it.", INTERACTION, "potassium"),
]
