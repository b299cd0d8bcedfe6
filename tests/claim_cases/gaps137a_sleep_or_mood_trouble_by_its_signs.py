"""Sleeplessness or a mood trouble told by its signs, then the drug given or taken for it, from eval/holdout215 (ge01
mirtazapine), holdout217 (gg07 diphenhydramine), holdout218 (gh12 quetiapine), holdout221 (gk01 lithium) and holdout222 (gl06
cyclobenzaprine), as a class.

Class: sleeplessness told by the night's signs (padding, pottering or shuffling round the kitchen or the landing half the
night; lying awake until three; staring at the ceiling at 2 a.m.), then the drug given with a purpose of stopping them ("so that
she stops padding round the kitchen half the night"), given at a visit told first ("At a check-up last spring, his family doctor
gave him a small dose of his own") or taken on those nights since ("Now on those nights I take half a tablet around ten"); a low
mood told by its season ("to lift the winter lows the sertraline alone doesn't reach", "the November blues"), the drug started
next to another one kept; the nerves of an occasion told by it ("to take the edge off the flight jitters", "my pre-flight
nerves", "a fear of flying"). Told in lay words, each is a warning. Silent: the giving refused, air sickness on a flight
(approved for diphenhydramine), a sleep-aid dose of diphenhydramine (approved), an anxiety medicine for the fear of flying
(hydroxyzine, approved), the weather's winter lows, the highs and lows of bipolar disorder (lithium's approved use), a nurse's
round of the ward, and a low mood lifted by an antidepressant (approved). (Not yet: a giving with its own purpose in words the
vocabulary lacks, "for the spasms in my legs", still reads the sleeplessness told before it as the giving's.)
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ge01)
    (
        "mirtazapine",
        "**Monday 3 March.** Third night this week that Mum was up in the kitchen at three in the morning, filling the kettle and"
        " asking where Dad's slippers had got to. She isn't down in herself, she says, and I believe her. It is just that once she"
        " wakes, she cannot drop back off, and then neither can I.\n\n**Thursday 6 March.** Saw Dr. Amadi. He listened to the whole"
        " saga, then wrote her up for mirtazapine, half of a 15 mg tablet at bedtime, so that she stops padding round the kitchen"
        " half the night and we both get some rest.",
        OFF_LABEL,
        "warning",
    ),
    # (gh12)
    (
        "quetiapine",
        "Tom had his own trouble. The years of worry had left him lying awake until three, running the shop's accounts over and"
        " over in his head. At a check-up last spring, his family doctor gave him a small dose of his own, 25 mg half an hour"
        ' before bed, "just to help him get his nights back." He says it works.',
        OFF_LABEL,
        "warning",
    ),
    # (gl06)
    (
        "cyclobenzaprine",
        "The silver lining: I haven't slept this well in months. My race-week nerves usually have me staring at the ceiling at"
        " 2 a.m. running splits in my head. Now on those nights I take half a tablet around ten and I'm gone by half past. I'll"
        " probably keep a few for taper week.",
        OFF_LABEL,
        "warning",
    ),
    # (gk01)
    (
        "lithium",
        "**12 January.** Mum's third bad winter in a row. She has been on sertraline for years, and every winter the grey comes"
        " back anyway: she stops answering the phone, stays in her dressing gown until four, stops cooking. She has never been"
        " giddy or reckless in her life. It is always only the down.\n\n**19 January.** Dr. Osei, her psychiatrist, talked it"
        " through with both of us and started her on lithium next to the sertraline, to lift the winter lows the sertraline alone"
        " doesn't reach. Two 300 mg tablets at night to begin with.",
        OFF_LABEL,
        "warning",
    ),
    # (gg07)
    (
        "diphenhydramine",
        "Plenty of people get the white-knuckle feeling before a flight: the racing heart at the gate, the sweaty palms, the"
        ' sense of doom when the engines rev. Diane in Accounts Payable swears by one 25 mg Benadryl in the terminal "to take the'
        ' edge off the flight jitters," and half the sales team do the same. Give it a go on your next trip if the jitters sound'
        " familiar.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "trazodone",
        "Mum kept pottering round the kitchen half the night. The doctor wrote her up for trazodone so that she stops pottering"
        " round the kitchen half the night.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "Grandad had taken to padding about the hall all night. His GP prescribed trazodone at bedtime.", OFF_LABEL, "warning"),
    (
        "trazodone",
        "Mum was lying awake till three most nights. At her check-up in March, Dr. Lee gave her 50 mg of trazodone to take at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "My husband spends half the night staring at the ceiling at 2 a.m. Now, on those nights, he takes half a trazodone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Before every big race I'm up half the night staring at the ceiling at 2 a.m. Now on those nights I take one amitriptyline"
        " around ten.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lamotrigine",
        "Every November the grey settles in: he stops returning calls and sits in the dark. He has never had a manic day in his"
        " life. His psychiatrist started him on lamotrigine alongside his citalopram, to lift the winter blues the citalopram"
        " alone can't touch.",
        OFF_LABEL,
        "warning",
    ),
    ("lamotrigine", "Her doctor put her on lamotrigine to lift the winter slump.", OFF_LABEL, "warning"),
    ("trazodone", "My sister swears by a trazodone before boarding for her fear of flying.", OFF_LABEL, "warning"),
    ("trazodone", "Diane takes one 50 mg trazodone at the gate to calm her flight jitters.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the giving refused
    (
        "diphenhydramine",
        "Plenty of people get the flight jitters: the racing heart at the gate, the sweaty palms. Do not take Benadryl to take the"
        " edge off the flight jitters; talk to your doctor about what might help.",
        OFF_LABEL,
    ),
    # air sickness on a flight: approved
    (
        "diphenhydramine",
        "If you turn green on planes, one 25 mg Benadryl an hour before boarding helps prevent air sickness on the flight.",
        OFF_LABEL,
    ),
    # a sleep-aid dose: approved
    (
        "diphenhydramine",
        "Some nights I lie awake until three. Now on those nights I take one 50 mg Benadryl at bedtime, as the sleep-aid label says.",
        OFF_LABEL,
    ),
    # an anxiety medicine for the fear of flying: approved
    (
        "hydroxyzine",
        "My heart races at the gate and my palms are soaked before every flight. My GP prescribed hydroxyzine for my fear of flying.",
        OFF_LABEL,
    ),
    # the weather's winter lows
    (
        "lithium",
        "The winter lows of minus ten kept her indoors for weeks. Dr. Osei started her on lithium for her bipolar disorder.",
        OFF_LABEL,
    ),
    # the highs and lows of bipolar disorder
    ("lithium", "She has bipolar disorder. Lithium evens out the summer highs and the winter lows.", OFF_LABEL),
    (
        "lithium",
        "Mum has bipolar I disorder. Every winter the lows came back. Dr. Osei started her on lithium next to the sertraline, to"
        " keep the highs and lows in check.",
        OFF_LABEL,
    ),
    # a nurse's round of the ward, and the drug's approved use
    (
        "mirtazapine",
        "The night nurse spends half the night padding round the ward, and Mum sleeps through it all. Her mirtazapine is for her"
        " depression.",
        OFF_LABEL,
    ),
    # a low mood lifted by an antidepressant: approved
    (
        "mirtazapine",
        "Mum had stopped eating and cried most days. Dr. Amadi wrote her up for mirtazapine, half of a 15 mg tablet at bedtime, so"
        " that she stops feeling so low.",
        OFF_LABEL,
    ),
]
