"""Misstatement classes from the holdout43-46 scoring (part 2), each told in other words, drugs and voices.

A migraine preventer taken as an attack comes on, the attack told only by its aura: "pops one the moment the
zigzag lights start", "an extra topiramate at the first flashing lights", "When the shimmering lines appear, my
sister just takes a Topamax" (a subject of two words, "my sister", before the taking), propranolol "as soon as the
aura starts". Near misses: "Do not take topiramate when the zigzag lights start", the triptan taken instead,
vision changes as a side effect, taken every day "even on days when you have no aura".

A cure told in the passive, often as the writer's story: the virus "was cleared out of my system for good", "the
herpes had been flushed from my body for good", "the virus has been completely wiped out permanently", and of
COVID for hydroxychloroquine. Near misses: the belief refuted by the next sentence, a denial, the sores (not the
virus) cleared.

The crush instruction widened to take in the slow-release product named after it, in an article about both the
quick and the long-acting tablets: "you can crush them, including the long-acting OxyContin", "Crush any of your
tablets, even the slow-release ones", "All of the tablets can be crushed ..., OxyContin included". Near misses:
"except the OxyContin", "Never crush your tablets, including the long-acting OxyContin", "Do not crush, chew or
split any tablets, even the long-acting ones", "but not the long-acting OxyContin", the harm told after it
("Crushing or chewing any tablets, including the long-acting OxyContin, can release a fatal dose").

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ATTACK = "taken-for-a-migraine-attack"
CURE = "not-a-cure"
COVID = "covid-cure"
CRUSH = "crush-er-tablets"
ASTHMA = "stops-asthma-attacks"
BOTH = "You may get Roxicodone for breakthrough pain and OxyContin twice a day."

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "topiramate",
        "My cousin keeps a strip in her handbag and pops one the moment the zigzag lights start, "
        "and she says it stops the attack in its tracks.",
        MISSTATEMENT,
        ATTACK,
        "warning",
    ),
    ("topiramate", "Some readers take an extra topiramate at the first flashing lights of an aura.", MISSTATEMENT, ATTACK, "warning"),
    ("topiramate", "When the shimmering lines appear, my sister just takes a Topamax and lies down.", MISSTATEMENT, ATTACK, "warning"),
    ("propranolol", "He swallows a propranolol as soon as the aura starts.", MISSTATEMENT, ATTACK, "warning"),
    ("montelukast", "When his chest gets tight, my son just takes a Singulair and carries on.", MISSTATEMENT, ASTHMA, "error"),
    (
        "valacyclovir",
        "Once the course was done the virus was cleared out of my system for good. I haven't had a single blister since.",
        MISSTATEMENT,
        CURE,
        "warning",
    ),
    (
        "valacyclovir",
        "After ten days of Valtrex my doctor said the herpes had been flushed from my body for good.",
        MISSTATEMENT,
        CURE,
        "warning",
    ),
    (
        "valacyclovir",
        "Three years on, the virus has been completely wiped out permanently, thanks to valacyclovir.",
        MISSTATEMENT,
        CURE,
        "warning",
    ),
    (
        "hydroxychloroquine",
        "After a week of Plaquenil the virus was completely cleared out of her system for good.",
        MISSTATEMENT,
        COVID,
        "error",
    ),
    (
        "oxycodone",
        "There are two kinds: quick-acting Roxicodone and long-acting OxyContin. If you find tablets hard to swallow, you can crush them, "
        "including the long-acting OxyContin, and stir the powder into a spoonful of applesauce.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        f"{BOTH} Trouble swallowing? Crush any of your tablets, even the slow-release ones, and mix them with jam.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        "Your bag holds immediate-release tablets and extended-release tablets. "
        "All of the tablets can be crushed and mixed with yoghurt, OxyContin included.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "topiramate",
        "Do not take topiramate when the zigzag lights start: it will not stop an attack. Use your triptan instead.",
        MISSTATEMENT,
        ATTACK,
    ),
    ("topiramate", "If you see zigzag lights, take your triptan, not topiramate.", MISSTATEMENT, ATTACK),
    (
        "topiramate",
        "Topiramate can cause vision changes; stop taking it and call your doctor if you get blurred vision or eye pain.",
        MISSTATEMENT,
        ATTACK,
    ),
    ("topiramate", "Take topiramate every day, even on days when you have no aura or headache.", MISSTATEMENT, ATTACK),
    (
        "montelukast",
        "When the wheezing starts, my son uses his blue inhaler, and he keeps taking Singulair every evening.",
        MISSTATEMENT,
        ASTHMA,
    ),
    (
        "valacyclovir",
        "Many people believe the virus is cleared out of the body for good after a course. "
        "It is not: the virus stays in your nerves for life.",
        MISSTATEMENT,
        CURE,
    ),
    ("valacyclovir", "The virus is never cleared from your body for good; valacyclovir only shortens outbreaks.", MISSTATEMENT, CURE),
    ("valacyclovir", "By day four the sores were cleared for good, or so I thought, but they came back in spring.", MISSTATEMENT, CURE),
    ("oxycodone", f"{BOTH} You can crush your tablets, except the OxyContin, which must be swallowed whole.", MISSTATEMENT, CRUSH),
    (
        "oxycodone",
        f"{BOTH} Never crush your tablets, including the long-acting OxyContin: a crushed tablet can release a fatal dose.",
        MISSTATEMENT,
        CRUSH,
    ),
    ("oxycodone", f"{BOTH} Do not crush, chew or split any tablets, even the long-acting ones.", MISSTATEMENT, CRUSH),
    ("oxycodone", f"{BOTH} The quick-acting tablets can be crushed, but not the long-acting OxyContin.", MISSTATEMENT, CRUSH),
    (
        "oxycodone",
        f"{BOTH} Crushing or chewing any tablets, including the long-acting OxyContin, can release a fatal dose.",
        MISSTATEMENT,
        CRUSH,
    ),
]
