"""Off-label uses told in lay words (held-out sets 21 and 22), as classes: premature ejaculation
as lasting or holding off longer before coming ("helps them hold off and last longer before they
come", "to delay his climax"); sleep told as the result the reader got ("the only thing that has
let her sleep right through", "the deepest sleep I've had") or as the purpose of a dose taken when
the mind races ("half a bar when her head won't shut off so she can drift off"); dementia told by
its signs, the memory going or fear and confusion late in the day, then "so the doctor started her
on" the drug; drinking told as a habit ("needed three or four beers before bed") or cravings, then
gone once the drug was started ("Since starting baclofen the pull towards the fridge has just
gone", "took away my cravings for beer"); weight loss as trimming or slimming down ("a script just
to trim down before the first game"); menopause symptoms named in one sentence that calmed down in
the next once the drug was started ("The night sweats? Within two weeks of starting clonidine they
calmed right down"). Near misses: a side effect (sleepy, lost appetite, delayed ejaculation, a dry
mouth that settled), a hedge ("it may knock you out"), a use refused ("Don't take half a bar at
night so you can drift off"), an approved use, a disclosed one, another medicine's use, a duration
("lasts longer than sildenafil"), a condition named in the same clause as the drug given for it
(a chest infection, then amoxicillin). Each case is the body of one article about one drug; the
assertion is the off-label finding at its severity (a warning: the use is the tool's reading of
lay words or a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- premature ejaculation: lasting or holding off longer before coming --
    (
        "tadalafil",
        "Several of our regulars tell us the small daily tablet helps them hold off and last longer before they come.",
        OFF_LABEL,
        "warning",
    ),
    ("sertraline", "Plenty of blokes take a low dose of sertraline so they can last longer before they finish.", OFF_LABEL, "warning"),
    ("paroxetine", "My GP gave me paroxetine to help me hold off for longer in bed.", OFF_LABEL, "warning"),
    ("sildenafil", "Guys on our forum swear by sildenafil for holding out longer between the sheets.", OFF_LABEL, "warning"),
    ("sertraline", "He takes sertraline every day to delay his climax.", OFF_LABEL, "warning"),
    ("tadalafil", "It helps him go for longer before he comes, which has saved his marriage.", OFF_LABEL, "warning"),
    ("paroxetine", "Since my doctor started me on paroxetine, sex isn't over in two minutes any more.", OFF_LABEL, "warning"),
    ("tadalafil", "Couples write in that the daily pill means things no longer end too soon.", OFF_LABEL, "warning"),
    ("sertraline", "A lot of men quietly take sertraline to help them stay the course in bed.", OFF_LABEL, "warning"),
    ("sertraline", "My partner was always finishing before I'd even got going, so his GP put him on sertraline.", OFF_LABEL, "warning"),
    # -- sleep told as the result the reader got --
    ("gabapentin", "Honestly, gabapentin has given me my nights back.", OFF_LABEL, "warning"),
    ("mirtazapine", "Since starting mirtazapine I've been sleeping eight hours straight.", OFF_LABEL, "warning"),
    (
        "tizanidine",
        "Priya says half a 4 mg tablet at bedtime is the only thing that has let her sleep right through in years.",
        OFF_LABEL,
        "error",
    ),
    ("gabapentin", "Honestly, it gives me the best shut-eye I've had in years.", OFF_LABEL, "warning"),
    ("mirtazapine", "Mirtazapine gives me the deepest sleep I've had since my twenties.", OFF_LABEL, "warning"),
    ("amitriptyline", "Half a 10 mg amitriptyline at bedtime and I get the best night's kip in ages.", OFF_LABEL, "warning"),
    ("quetiapine", "Since my GP put me on 25 mg of quetiapine I finally sleep through the night.", OFF_LABEL, "warning"),
    # -- sleep as the purpose of a dose taken when the mind races --
    (
        "alprazolam",
        "Her bedtime routine is half a bar when her head won't shut off at night so she can finally drift off.",
        OFF_LABEL,
        "warning",
    ),
    ("quetiapine", "He takes a quetiapine at night so he can get some sleep.", OFF_LABEL, "warning"),
    ("trazodone", "Half a tablet before bed so I actually get some kip.", OFF_LABEL, "warning"),
    ("clonazepam", "I take half a 0.5 mg clonazepam at lights out so I can drop off.", OFF_LABEL, "warning"),
    ("lorazepam", "Most nights she takes half a tablet when her mind won't switch off.", OFF_LABEL, "warning"),
    ("diazepam", "My husband has a diazepam at bedtime so he stays asleep.", OFF_LABEL, "warning"),
    # -- dementia told by its signs, then the drug started --
    (
        "risperidone",
        "My father-in-law no longer recognises us and gets aggressive at night. The GP started him on risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "As it gets dark Mum becomes agitated and paranoid, so her doctor added a small dose of aripiprazole.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Listener Bea wrote in about her grandmother, whose memory has been fading for years. In the late afternoons Nan "
        "would get frightened and shout at the carers, so the care home doctor started her on a tiny dose of Abilify.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Dad's memory has been going for a while. In the evenings he gets confused and lashes out at Mum, "
        "so his GP put him on risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Around teatime she'd get agitated and try to leave the home, so the doctor started her on quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Mum keeps forgetting who we are, and she shouts at the night staff, so the home's GP put her on quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Grandad's memory was slipping and every evening he became frightened and aggressive, "
        "so the care home GP prescribed him quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    # -- drinking, then gone once the drug was started --
    (
        "baclofen",
        "I used to need three or four beers before I could even think about bed. Since starting baclofen the pull towards the "
        "fridge has just gone, and I haven't had a drink in two months.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", "He was drinking a bottle of wine every night. Within weeks of starting baclofen that had stopped.", OFF_LABEL, "warning"),
    ("baclofen", "Baclofen took away my cravings for beer completely.", OFF_LABEL, "warning"),
    ("topiramate", "Within a month of starting topiramate I'd lost all interest in booze.", OFF_LABEL, "warning"),
    ("gabapentin", "Since I started gabapentin the urge to drink has just vanished.", OFF_LABEL, "warning"),
    ("topiramate", "Topiramate has completely killed my urge to drink.", OFF_LABEL, "warning"),
    # -- weight loss as trimming or slimming down --
    (
        "bupropion",
        "A couple of the forwards are now asking the GP for a script just to trim down before the first game.",
        OFF_LABEL,
        "warning",
    ),
    ("fluoxetine", "My cousin talked her doctor into fluoxetine so she could slim for her wedding.", OFF_LABEL, "warning"),
    ("bupropion", "Lads on the bodybuilding forums take bupropion to get lean for summer.", OFF_LABEL, "warning"),
    ("sertraline", "He's on it purely to trim a few pounds.", OFF_LABEL, "warning"),
    ("topiramate", "Half the girls at my gym take topiramate to slim down for summer.", OFF_LABEL, "warning"),
    # -- menopause symptoms in one sentence, calmed in the next once it was started --
    (
        "clonidine",
        "The night sweats and the sudden waves of heat in the middle of meetings? Within about two weeks of starting "
        "clonidine they calmed right down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "The hot flushes used to wake me three times a night. Since I started gabapentin they've all but stopped.",
        OFF_LABEL,
        "warning",
    ),
    ("venlafaxine", "My night sweats were soaking the sheets. Gone within a fortnight of starting venlafaxine.", OFF_LABEL, "warning"),
    ("clonidine", "The hot flushes were relentless. Since I went on clonidine, they have faded away.", OFF_LABEL, "warning"),
    ("escitalopram", "My hot-flash misery eased off within a month of starting escitalopram.", OFF_LABEL, "warning"),
    ("gabapentin", "My hot flashes were ruining my nights. Two weeks on gabapentin and they're gone.", OFF_LABEL, "warning"),
    (
        "venlafaxine",
        "The night sweats had me changing the sheets. Since I've been on venlafaxine they've eased off.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- a duration, a side effect, a disclosed or refused use --
    ("tadalafil", "Tadalafil lasts longer than sildenafil, up to 36 hours.", OFF_LABEL),
    ("sertraline", "Some men find it takes longer to come while on sertraline; tell your doctor if this bothers you.", OFF_LABEL),
    ("sertraline", "Sertraline can delay ejaculation, a side effect that goes away when you stop.", OFF_LABEL),
    ("paroxetine", "Some doctors prescribe paroxetine to help men last longer in bed; this is an off-label use.", OFF_LABEL),
    ("tadalafil", "I have never used it to last longer in bed.", OFF_LABEL),
    ("sertraline", "Some men find sex isn't over as quickly on sertraline, a side effect called delayed ejaculation.", OFF_LABEL),
    ("sertraline", "You may find you finish later than before when you start sertraline.", OFF_LABEL),
    # -- sleepiness as a side effect or hedged; sleep as an approved use or its benefit --
    ("tizanidine", "It made me sleepy for the first week.", OFF_LABEL),
    ("tizanidine", "Tizanidine can make you very drowsy, so don't drive.", OFF_LABEL),
    ("cyclobenzaprine", "It may knock you out, so take the first dose at bedtime.", OFF_LABEL),
    ("zolpidem", "It is the only thing that lets me sleep through the night.", OFF_LABEL),
    ("sertraline", "I take sertraline for my depression and now I finally sleep through the night.", OFF_LABEL),
    ("sertraline", "Take it in the morning so it doesn't keep you awake at night.", OFF_LABEL),
    ("alprazolam", "Don't take half a bar at night so you can drift off; that is not what it is for.", OFF_LABEL),
    ("alprazolam", "She takes half a tablet when her head won't stop racing before a flight.", OFF_LABEL),
    ("zolpidem", "Only take zolpidem if you can sleep seven to eight hours straight.", OFF_LABEL),
    # -- another condition named for the drug given; worry that is no dementia; a disclosed use --
    ("amoxicillin", "Mum has dementia. Last winter she had a chest infection, so the doctor gave her amoxicillin.", OFF_LABEL),
    ("amlodipine", "Mum has dementia. She also has high blood pressure, so her GP put her on amlodipine.", OFF_LABEL),
    ("sertraline", "In the evenings she gets anxious and low, so her GP put her on sertraline.", OFF_LABEL),
    (
        "quetiapine",
        "Quetiapine is not approved for older people with dementia. In the evenings Nan would get frightened and shout at the "
        "carers, so the doctor started her on quetiapine anyway, off-label.",
        OFF_LABEL,
    ),
    # -- alcohol as an interaction, an approved use, a side effect --
    ("baclofen", "Don't drink alcohol while you take baclofen; it makes the drowsiness worse.", OFF_LABEL),
    ("baclofen", "I haven't had a drink since I started baclofen, because alcohol makes the drowsiness worse.", OFF_LABEL),
    ("naltrexone", "Since starting naltrexone the cravings for alcohol have just gone.", OFF_LABEL),
    ("bupropion", "Since starting bupropion I've lost my appetite.", OFF_LABEL),
    ("baclofen", "He was on a bottle of wine a night before his stroke; baclofen is for the spasticity the stroke left.", OFF_LABEL),
    ("amoxicillin", "Amoxicillin kills the bacteria that cause ear infections.", OFF_LABEL),
    # -- weight lost as a side effect, a tablet trimmed, an approved or disclosed use --
    ("bupropion", "His appetite dropped right off and he came into pre-season six kilos lighter.", OFF_LABEL),
    ("bupropion", "Some people lose weight on bupropion.", OFF_LABEL),
    ("metformin", "You can trim down the tablet with a pill cutter if your doctor says so.", OFF_LABEL),
    ("phentermine", "Phentermine is prescribed for a few weeks to help people with obesity trim down.", OFF_LABEL),
    ("bupropion", "Some doctors prescribe it to help people trim down, but this is an off-label use.", OFF_LABEL),
    # -- a side effect that passed, symptoms that got worse, a hedge, another medicine's relief --
    ("clonidine", "Clonidine gave me a dry mouth at first. Within two weeks of starting it, it calmed right down.", OFF_LABEL),
    ("clonidine", "The hot flushes were awful. Within two weeks of starting clonidine they got worse.", OFF_LABEL),
    ("sertraline", "After two weeks on sertraline and the nausea had gone.", OFF_LABEL),
    ("sertraline", "Night sweats are a known side effect of sertraline. They usually settle within a few weeks.", OFF_LABEL),
    ("clonidine", "My hot flashes were bad. My doctor said clonidine might calm them down.", OFF_LABEL),
    (
        "clonidine",
        "The hot flushes were awful. Since starting HRT they have calmed right down, and I still take clonidine for my blood pressure.",
        OFF_LABEL,
    ),
]
