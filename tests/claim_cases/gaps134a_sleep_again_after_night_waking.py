"""Sleeplessness told by the dose's purpose after waking in the night, from eval/holdout194 (fj06, trazodone), as a class.

Class: a dose given or taken in the night so that someone drops, drifts or nods back off, or falls or gets back asleep ("she said
that on those nights I can give him another half tablet so he drops back off"). Trazodone, quetiapine, mirtazapine and
gabapentin are not approved for sleeplessness; told in lay words, a warning. Silent: someone dropped back off somewhere, a dose
advised against, a use disclosed as off-label, and a drug approved for insomnia (zolpidem).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fj06)
    (
        "trazodone",
        "**Friday 29 August.** Rang the practice nurse because Dad has been up every night around 2 a.m., shuffling round the"
        " kitchen, switching the radio on and off. She said that on those nights I can give him another half tablet so he drops"
        " back off, and it works: he's asleep again within the hour.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "quetiapine",
        "When Mum stirs in the night, the home's nurse gives her another 25 mg of quetiapine so she drifts back off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "My GP said I could take an extra 7.5 mg of mirtazapine whenever I'm up in the night, so I fall back asleep quickly.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "He swallows a second gabapentin capsule around 3 a.m. so he can nod back off before the alarm.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a drug approved for insomnia
    (
        "zolpidem",
        "When she wakes too early, she takes her zolpidem at bedtime the next night so she falls back asleep more easily.",
        OFF_LABEL,
    ),
    # someone dropped back off somewhere: no sleep told
    (
        "trazodone",
        "The nurse gives Dad his trazodone at the day centre for his depression, and I drop him back off at home by six.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "trazodone",
        "On those nights I give him another half tablet so he drops back off. Using trazodone for sleep is off-label, and the"
        " nurse explained why she suggested it.",
        OFF_LABEL,
    ),
    # the approved use, with the sleep it brings back
    (
        "trazodone",
        "Trazodone treats his depression, and the nurse says he need not take any more of it when he wakes at night.",
        OFF_LABEL,
    ),
]
