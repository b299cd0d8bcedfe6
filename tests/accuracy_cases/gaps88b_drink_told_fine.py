"""A drink had during a metronidazole course told as having done no harm, offered as evidence, as a class
(metronidazole `fine-with-alcohol`; holdout88 bh07: "I had two glasses of prosecco at a wedding halfway through my course
last spring and felt totally normal").

A story: a drink (wine, prosecco, beers, "drank") tied to the course ("halfway through my course", "on day 3", "while I
was on Flagyl", "two days into the tablets") and an outcome of no harm ("felt totally normal", "was fine", "no reaction
at all", "nothing happened"). Near misses: the drink after the course, a bad outcome ("was sick all night"), a drink
refused ("skipped the toast"), the story refuted in the next sentence, a hypothetical ("you would not feel fine").
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "fine-with-alcohol"
_INTRO = "Metronidazole treats bacterial vaginosis.\n\n"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "metronidazole",
        _INTRO + '**bex_runs** wrote: "I had two glasses of prosecco at a wedding halfway through my course last spring and felt '
        "totally normal. Honestly the no-booze thing is one of those rules doctors give to cover themselves, you'll be fine.\" "
        "The post got 40 likes and several members agreed it's overblown.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("metronidazole", _INTRO + "On day 3 I had a couple of beers with the lads and was completely fine.", MISSTATEMENT, ITEM, "error"),
    (
        "metronidazole",
        _INTRO + "My sister drank wine all through her Flagyl course and had no reaction at all.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "metronidazole",
        _INTRO + "Two days into the tablets I sank a pint at the pub quiz and nothing happened.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    (
        "metronidazole",
        _INTRO + "A reader tells us she had a G&T while she was on Flagyl and felt perfectly okay.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "metronidazole",
        _INTRO + "I waited three days after my last tablet, then had a glass of wine and felt fine.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _INTRO + "I had two glasses of prosecco halfway through my course and was sick all night.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _INTRO + "During my course I skipped the toast, had sparkling water instead and felt fine.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _INTRO + "One member had a beer on day 3 and was fine. That is dangerous advice: the reaction can be severe.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "metronidazole",
        _INTRO + "If you drank wine during the course, you would not feel fine for long.",
        MISSTATEMENT,
        ITEM,
    ),
]
