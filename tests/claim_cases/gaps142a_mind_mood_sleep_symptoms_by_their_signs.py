"""Off-label uses of mind, mood, sleep and symptoms told by their signs, never named, from eval/holdout255 (hs09 venlafaxine),
holdout256 (ht02 metoprolol), holdout257 (hu09 alprazolam), holdout258 (hv06 metoprolol, hv09 escitalopram), holdout259 (hw03
sumatriptan, hw08 lorazepam) and holdout260 (hx04 paroxetine), as a class.

Class: a trouble told only by its signs or its purpose, then the medicine taken, given or credited for it, never called
off-label: a warning. The hot flushes of the menopause by the heat that climbs up the neck (with a describing word before the
heat: "the sudden heat that climbs up her neck") or counted down ("down to a couple of flushes a day"); sleeplessness by the bed
lain in at two in the morning and the hours counted till the paper lands, and the sleep that follows ("within the hour I'm
under"); the sickness of chemotherapy by the purpose of a melt let go under the tongue ("so her stomach stays settled enough to
get some toast down"); premature ejaculation by being "finished before their partner has even gotten going", the reason it is got
("get it from their doctor precisely because they're ..."); migraine with aura by its one "shimmering blind spot" (a migraine,
not the bare "headache" the tool used to name as an error); a tension-type headache by its "dull, even pressure that settles
around her head like a hat a size too small", the tablets reached for "on other afternoons too:".

Silent: an approved use in the same words (Brisdelle's hot flushes, ondansetron's chemotherapy sickness, sumatriptan's and
propranolol's migraine with aura, paroxetine's depression); a side effect (sweating, delayed ejaculation, a headache); a
negation or a warning ("not able to keep food down, call", "not for the dull pressure ..."); another medicine's use; a true
statement of the day (a nap in bed at two in the afternoon, "counting the hours until the weekend", "out of the house within the
hour", tablets counted down, "take it with food so your stomach stays settled", a hat bought a size too small).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hs09, hv09, hu09, hw08, hx04, ht02, hv06, hw03)
    (
        "venlafaxine",
        "- **Why I was on it:** major depression after my dad died. It worked.\n- **Family context:** my mum has been on"
        " venlafaxine too, for about three years, to stop the sudden heat that climbs up her neck in meetings and the soaked"
        " sheets at 3 a.m.; her GP suggested it and it has been brilliant for her.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Escitalopram is licensed for depression and for generalised anxiety disorder.\n\nPriya in Finance has kindly let me share"
        " this. After months of waking at 3 a.m. soaked through, and feeling a wave of heat climb up her neck and face in the"
        " middle of budget meetings, she asked her GP about options that did not involve hormones, and he started her on"
        " escitalopram. Six weeks on, she is down to a couple of flushes a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "alprazolam",
        "My doctor prescribed alprazolam for the panic attacks.\n\nThe nights are the worst. I lie on his side of the bed at two"
        " in the morning, listening to the fridge hum and counting the hours until the newspaper lands on the step. On those"
        " nights I take half of one of the little tablets, and within the hour I'm under. It's the best thing about them, frankly.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Lorazepam (Ativan) is prescribed for anxiety.\n\nMaureen, who has been coming to me since her second cycle, told me her"
        " oncologist also has her let half a milligram melt under her tongue on infusion mornings, so her stomach stays settled"
        " enough to get some toast down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Paxil treats depression.\n\nDelayed orgasm and lower libido are super common on Paxil. Real talk, though: a ton of guys"
        " get it from their doctor precisely because they're finished before their partner has even gotten going, and a small"
        " daily dose buys them way more time.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol lowers blood pressure.\n\n**A story from our street.** My neighbor two doors down used to lose a weekend every"
        " month to the kind of headache that begins with a shimmering blind spot and ends with her being sick into a bucket. Her"
        " neurologist started her on metoprolol three years ago, and now she gets maybe two a year.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "Renata keeps a strip of 50 mg sumatriptan tablets in her desk drawer for her migraines. She takes one as soon as the"
        " zigzag appears.\n\nThese days she reaches for the drawer on other afternoons too: the dull, even pressure that settles"
        " around her head like a hat a size too small after a double lesson and a stack of marking, with no lights and no"
        ' sickness. "Half a tablet and it lifts," she says, and it does.',
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices
    # a hospital leaflet: the heat that creeps up the neck at night
    (
        "citalopram",
        "Citalopram treats depression. Some women also take citalopram to calm the creeping heat that rises up their neck at night.",
        OFF_LABEL,
        "warning",
    ),
    # a diary: the flushes counted down
    (
        "sertraline",
        "Sertraline is for depression. Week six on sertraline and I'm down to one or two hot flashes a week.",
        OFF_LABEL,
        "warning",
    ),
    # a forum post: the sleep told with its time first
    (
        "alprazolam",
        "Xanax is for my panic disorder. Some nights I take half a Xanax at eleven, and inside twenty minutes I'm out.",
        OFF_LABEL,
        "warning",
    ),
    # an oncology newsletter: a wafer of a strength let melt, the stomach settled enough to eat
    (
        "lorazepam",
        "Lorazepam is for anxiety. On chemo days the nurse lets a 0.5 mg tablet melt under his tongue, so his stomach stays"
        " settled enough to eat lunch.",
        OFF_LABEL,
        "warning",
    ),
    # a caregivers' blog: kept settled, with a use verb
    (
        "lorazepam",
        "Lorazepam is for anxiety. Her oncologist prescribed lorazepam to keep her stomach settled enough to get some soup down.",
        OFF_LABEL,
        "warning",
    ),
    # a men's health column: "gotten started"
    (
        "paroxetine",
        "Paroxetine treats depression. Plenty of men get it prescribed because they finish before their partner has even gotten started.",
        OFF_LABEL,
        "warning",
    ),
    # a patient's letter: the flickering blind spot, a migraine read from signs (a warning, not the bare headache's error)
    (
        "metoprolol",
        "Metoprolol lowers blood pressure. My neurologist put me on metoprolol for the headaches that start with a flickering"
        " blind spot in my left eye.",
        OFF_LABEL,
        "warning",
    ),
    # a nurse's blog: the tight pressure that sits around the forehead
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks. I use sumatriptan for the tight, nagging pressure that sits around my forehead"
        " after a long shift.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): the near miss stays silent.
SHOULD_NOT = [
    # an approved use in the same words: Brisdelle's hot flushes, ondansetron's chemotherapy sickness, sumatriptan's and
    # propranolol's migraine with aura, paroxetine's depression
    (
        "paroxetine",
        "Brisdelle, a 7.5 mg paroxetine capsule, is given to women to stop the sudden heat that climbs up their neck.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Ondansetron prevents nausea from chemotherapy. Her oncologist prescribed ondansetron on infusion mornings, so her"
        " stomach stays settled enough to get some toast down.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks, including the headaches that start with a shimmering blind spot.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "Propranolol is also used to prevent the headaches that begin with a shimmering blind spot.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        "Paroxetine treats depression. A lot of guys get it from their doctor because they're depressed after a divorce.",
        OFF_LABEL,
    ),
    # side effects
    ("venlafaxine", "Venlafaxine treats depression. It can make you sweat, and the heat can climb up your neck at times.", OFF_LABEL),
    ("paroxetine", "Paroxetine treats depression. Delayed ejaculation is a common side effect of Paxil.", OFF_LABEL),
    ("metoprolol", "Metoprolol lowers blood pressure. It can cause headaches and tiredness at first.", OFF_LABEL),
    # negations and warnings
    (
        "lorazepam",
        "Lorazepam is for anxiety. If you are not able to keep food down, call your doctor.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks. It is not for the dull, even pressure that settles around your head like a hat a"
        " size too small; that is a tension headache.",
        OFF_LABEL,
    ),
    # another medicine's use
    (
        "metoprolol",
        "Metoprolol is for her blood pressure; for the headaches that start with a shimmering blind spot, her neurologist gave her"
        " topiramate.",
        OFF_LABEL,
    ),
    # true statements of the day
    (
        "alprazolam",
        "Alprazolam is for my panic attacks. On Sundays I lie in bed at two in the afternoon reading, and I am counting the hours"
        " until the weekend comes again.",
        OFF_LABEL,
    ),
    (
        "alprazolam",
        "Alprazolam is for my panic attacks. I take my tablet at seven, and within the hour I'm out of the house and at work.",
        OFF_LABEL,
    ),
    ("escitalopram", "Escitalopram treats depression. Six weeks on, she is down to two tablets a day.", OFF_LABEL),
    ("lorazepam", "Lorazepam is for anxiety. Take it with food so your stomach stays settled.", OFF_LABEL),
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks. She bought a hat a size too small for the wedding.",
        OFF_LABEL,
    ),
]
