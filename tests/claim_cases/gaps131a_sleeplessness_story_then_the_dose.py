"""Sleeplessness told by a story, its signs and a purpose after the dose, with no word for insomnia, from eval/holdout167 (ei05,
alprazolam), eval/holdout168 (ej02, trazodone), eval/holdout170 (el05, quetiapine) and eval/holdout171 (em02, mirtazapine), as a
class.

Class: the nights told by what the person does in them (lying awake until three going over the day, up rattling around the
kitchen or clattering about downstairs in the small hours, lying awake until it gets light), then the dose. The dose may name no
drug, only the person's own tablets of a strength ("break one of her 0.5 mg tablets in half around midnight so she could finally
drop off"); its purpose may be shared by the one who gives it ("so he (and I) get a few hours of proper sleep", "so we both get a
couple of hours' kip"); the giving may open on the trouble brought up with a prescriber ("When Carol mentioned it at one of Dana's
appointments, the psychiatrist suggested ... a quarter of a 25 mg tablet at bedtime"), or point back at it as the reason ("that's
exactly why we'll keep him on it"). None of these drugs is approved for insomnia; told in lay words, a warning. Silent: an
approved sleep medicine, advice pointed back at a side effect, the giving refused, another medicine's tablets, an early start
for work, and a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ei05)
    (
        "alprazolam",
        "For a while, the tablets spread beyond the daytime. On the nights when Lena's mind\nkept running through every bill and"
        " every email until three in the morning, she\nwould break one of her 0.5 mg tablets in half around midnight so she could"
        " finally\ndrop off.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (ej02)
    (
        "trazodone",
        "**September 20.** Rough week. He's been up rattling around the kitchen at three in the morning, making tea, checking the"
        " locks twice. I've started giving him the other half of a 50 mg tablet on those nights so he (and I) get a few hours of"
        " proper sleep. The aide says it works a treat.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (el05)
    (
        "quetiapine",
        "Sleep turned out to be a family affair. Dana's mother, Carol, 68, retired from nursing last year and has spent most nights"
        " since lying awake until three, going over the day. When Carol mentioned it at one of Dana's appointments, the"
        " psychiatrist suggested she ask her own doctor for a quarter of a 25 mg tablet at bedtime. \"First proper night's sleep"
        ' in a year," Carol says.',
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (em02)
    (
        "mirtazapine",
        "**Week 6.** The nights are still the hard part. Since the funeral he's been lying awake from two until it gets light, then"
        " padding up and down the landing so he doesn't wake me. Dr. Reyes said that's exactly why we'll keep him on it even once"
        " his mood is fully back, for those nights as much as anything. She put him up to four of the 15 mg tablets at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the person's own tablets of a strength, then the purpose
    (
        "alprazolam",
        "on the bad nights i snap one of my 0.25 mg tablets in half so i can finally get some sleep.",
        OFF_LABEL,
        "warning",
    ),
    # the purpose shared with the one who gives it
    (
        "mirtazapine",
        "Dad is up clattering about downstairs at 4 a.m. most nights. Now I give him half a tablet at bedtime so we both get a"
        " couple of hours' kip.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "My wife had been lying awake till dawn for weeks. Her doctor prescribed trazodone so she and I could get some sleep.",
        OFF_LABEL,
        "warning",
    ),
    # the trouble brought up with the prescriber, then the giving
    (
        "trazodone",
        "For months I was lying awake until four, going over every invoice. Once I finally brought it up at my next check-up, my GP"
        " prescribed half a 50 mg tablet at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # the trouble pointed back at as the reason
    (
        "quetiapine",
        "Grandad lies awake until dawn most nights, staring at the ceiling. That is why his psychiatrist put him on a low dose of"
        " quetiapine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved sleep medicine
    (
        "zolpidem",
        "For months she was lying awake until four. When she mentioned it to her GP, the doctor prescribed zolpidem at bedtime.",
        OFF_LABEL,
    ),
    # advice pointed back at a side effect
    (
        "mirtazapine",
        "Mirtazapine can make you very drowsy. That's why you should take it at bedtime, not in the morning.",
        OFF_LABEL,
    ),
    # the giving refused
    (
        "quetiapine",
        "She lay awake until three most nights. That's why she asked, but her psychiatrist would not put her on quetiapine for it.",
        OFF_LABEL,
    ),
    # another medicine's tablets
    (
        "alprazolam",
        "She takes alprazolam for panic attacks. On bad nights she breaks one of her 3 mg melatonin tablets in half so she can drop off.",
        OFF_LABEL,
    ),
    # up early for work, nothing restless
    (
        "mirtazapine",
        "He's up at 4 a.m. for the early shift at the bakery. His psychiatrist started him on mirtazapine for his depression.",
        OFF_LABEL,
    ),
    # a disclosed use
    (
        "trazodone",
        "He's been up rattling around the kitchen at three in the morning. I give him half a 50 mg tablet on those nights so he"
        " (and I) get a few hours of proper sleep. Using trazodone for sleep is off-label: it is approved only for depression.",
        OFF_LABEL,
    ),
]
