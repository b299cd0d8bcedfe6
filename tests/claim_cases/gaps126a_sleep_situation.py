"""Sleeplessness told as a situation, the medicine only as a dose (eval/holdout123 cq11, cq12; eval/holdout124 cr06).

Class: the nights the person lies awake, told in lay words, with the dose taken on them and no medicine named: the dose in
the next sentence of the paragraph, as a tablet count ("... for nights after a late leg session when I'm wired and staring at
the ceiling at 1 am. Half a 10 mg tab and I finally drift off."); a resident's dose had or given in the sentence ("has 2 mg
at ten o'clock on the nights she is still lying awake"); or the state opening the sentence with "with", the dose its main
clause ("with your body clock twelve hours out and you lying wide awake in the hotel at 3 a.m., half a tablet at bedtime
..."). A warning: inferred from a story. Quiet: the next sentence no dose ("Half an hour of reading"), a dose in the
morning, another medicine kept for those nights, a drug approved for sleep, the situation as advice not to take it, the
sleeplessness told as worry's (approved for the benzodiazepines), the use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CYCLOBENZAPRINE = "Cyclobenzaprine relieves muscle spasm.\n\n"
_BOTTLE = "These days I mostly keep the bottle for nights after a late leg session when I'm wired and staring at the ceiling at 1 am."

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("cyclobenzaprine", _CYCLOBENZAPRINE + _BOTTLE + " Half a 10 mg tab and I finally drift off.", OFF_LABEL, "warning"),
    (
        "diazepam",
        "Mrs. K., who has always been a poor sleeper, has 2 mg at ten o'clock on the nights she is still lying awake with the "
        "radio on past midnight. The night staff say she then sleeps soundly until the breakfast trolley.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Lorazepam treats anxiety.\n\n**After you land.** Once you're there, with your body clock twelve hours out and you lying "
        "wide awake in the hotel at 3 a.m., half a tablet at bedtime will get you through those first few nights until you've "
        "adjusted.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a forum post, a carer, a ward note, a travel column, a caption
    (
        "mirtazapine",
        "Mirtazapine treats depression.\n\nHonestly? I save my script for the nights when my brain won't switch off at 3 am. "
        "A 7.5 mg tablet usually does it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Clonazepam treats panic disorder.\n\nMum keeps the box by her bed for nights when she's still awake at 3 a.m. Half a "
        "tablet and she settles till morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "Diazepam treats anxiety.\n\nMr. D. is given 5 mg at bedtime on the nights he is lying awake past 1 am, say the night nurses.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Lorazepam treats anxiety.\n\nOnce we land, with my body clock eight hours behind and me lying wide awake at 4 a.m., one "
        "tablet at bedtime sees me through the first few nights.",
        OFF_LABEL,
        "warning",
    ),
    (
        "alprazolam",
        "Alprazolam treats anxiety and panic disorder.\n\nWith her mind still racing at 2 a.m., she has half a 0.5 mg tablet.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the next sentence is no dose, or a dose in the morning
    ("cyclobenzaprine", _CYCLOBENZAPRINE + _BOTTLE + " Half an hour of reading and I finally drift off.", OFF_LABEL),
    (
        "mirtazapine",
        "Mirtazapine treats depression.\n\nHonestly? I save my script for the nights when my brain won't switch off at 3 am. "
        "A 7.5 mg tablet in the morning keeps my mood up.",
        OFF_LABEL,
    ),
    # another medicine kept for those nights
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "These days I keep herbal pills for nights when I'm wired and staring at the ceiling at 1 am. Half a "
        "tab and I finally drift off.",
        OFF_LABEL,
    ),
    # a drug approved for sleep
    (
        "zolpidem",
        "Zolpidem treats insomnia.\n\nThese days I mostly keep the bottle for nights after a late shift when I'm wired and "
        "staring at the ceiling at 1 am. Half a 10 mg tab and I finally drift off.",
        OFF_LABEL,
    ),
    # advice not to take it on those nights
    (
        "lorazepam",
        "Lorazepam treats anxiety.\n\nDon't take it on nights when you're lying awake at 3 a.m. Half a tablet then leaves you "
        "groggy at breakfast.",
        OFF_LABEL,
    ),
    # the sleeplessness is the worry's (insomnia due to anxiety: lorazepam's label; anxiety: alprazolam's)
    (
        "lorazepam",
        "Lorazepam treats anxiety.\n\nWith your nerves keeping you awake at 3 a.m. before the flight, half a tablet at bedtime will help.",
        OFF_LABEL,
    ),
    (
        "alprazolam",
        "Alprazolam treats anxiety and panic disorder.\n\nWith her mind still racing with worry about the move, she has half a "
        "0.5 mg tablet.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "I keep the bottle for nights when I'm staring at the ceiling at 1 am. Half a 10 mg tab and I finally "
        "drift off. My doctor knows that sleep is an off-label use.",
        OFF_LABEL,
    ),
]
