"""Speed told in a story or lay words: felt before the teller is back at an everyday place ("they can feel the lunchtime
tablet kick in before they have even walked back to the cafeteria", eval/holdout147 do05), or the trouble taken away at
once ("It takes the craving away almost straight away", eval/holdout148 dp02). Near misses: hedged ("can take the edge
off"), an instruction ("take the old patch off straight away"), weeks, and a speed said in a clause whose "it" is another
medicine named before it ("a chewable antacid like Tums ...; it neutralizes acid ... and works within minutes" in an
omeprazole article, eval/holdout147 do07)."""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "amphetamine",
        "Most students tell me they can feel the lunchtime tablet kick in before they have even walked back to the cafeteria.",
        RAPID,
        "warning",
    ),
    ("amphetamine", "By the time they have walked back to the classroom they can feel it kick in.", RAPID, "warning"),
    ("methylphenidate", "I could feel it working before I'd even got back to my desk.", RAPID, "warning"),
    (
        "varenicline",
        "The thing nobody tells you is how fast it is. It takes the craving away almost straight away. Day one, you feel it.",
        RAPID,
        "error",
    ),
    ("sumatriptan", "One tablet took the edge off the migraine instantly.", RAPID, "error"),
    ("varenicline", "Honestly, it takes away the urge to smoke from the very first day.", RAPID, "error"),
    ("hydrocortisone", "The cream takes the itch away in minutes, my daughter says.", RAPID, "error"),
    (
        "omeprazole",
        "A chewable antacid like Tums is fine for a sudden flare; omeprazole works within minutes.",
        RAPID,
        "error",
    ),
    ("omeprazole", "Omeprazole is different from Tums; it works within minutes.", RAPID, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("varenicline", "It can take the edge off the cravings within minutes.", RAPID),
    ("nicotine", "Take the old patch off straight away and put a new one on.", RAPID),
    ("varenicline", "It takes the cravings away over the first few weeks.", RAPID),
    ("amphetamine", "By the time they have walked back to the classroom they can feel a headache coming on.", RAPID),
    (
        "omeprazole",
        "**NADIA:** Not at all. Plenty of people keep a chewable antacid like Tums around too; it neutralizes acid that's already "
        "in your stomach and works within minutes. Just leave a couple of hours between antacids and some other medicines.",
        RAPID,
    ),
    ("omeprazole", "My husband swears by a chewable antacid; it works within minutes, and you barely notice the taste.", RAPID),
    ("omeprazole", "Many people carry antacids: they work within minutes, you'll see.", RAPID),
]
