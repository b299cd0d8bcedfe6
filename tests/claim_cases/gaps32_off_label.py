"""Off-label uses told as stories, quotes, tips and outcomes, the condition in lay words, as
classes: a person started on the drug in a story with its purpose ("her doctor started her on a
small dose of lisinopril to keep her migraines at bay": a prescription, not advice to start low);
sleep trouble in lay words as the purpose of a dose ("lie there until three", "at lights-out until
their body clock catches up", "the only thing that lets me actually fall asleep"); low mood in lay
words with the drug added to an antidepressant ("when the blues wouldn't lift, her psychiatrist
added Vyvanse"); an antibiotic for an unspecified tummy bug ("a pharmacist sold him a course for a
dodgy stomach bug"); oral minoxidil for hair ("put me on 2.5 mg a day to keep the regrowth coming",
the tablets being approved for severe high blood pressure only); a condition credited to the drug
("sick around the clock in both pregnancies, and Zofran was the only thing that let me function",
"...; Zofran saved my sanity"); scabies in lay words ("that maddening mite rash ..., so a pharmacist
sold me ivermectin"). Near misses: the approved use told the same way (propranolol for migraine,
aripiprazole added to an antidepressant, lorazepam for sleep lost to anxiety, which its label
doses at bedtime, ondansetron during chemotherapy, metronidazole for amoebic dysentery or BV), dose
advice to start low, a side effect told as a story or credited to another remedy, the use refused
or disclosed, another medicine's use, and the topical minoxidil's regrowth. Each case is the body of
one article about one drug; the assertion is the off-label finding at the severity the rule gives
the reading (a warning for a use inferred from a story or told in lay words, an error for a named
condition with a use verb), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a person started on the drug in a story, with its purpose --
    (
        "lisinopril",
        "It has other uses as well. Margaret from the flower rota tells me her doctor started her on a small dose of lisinopril "
        "two years ago to keep her migraines at bay, and she now has one bad head a month instead of four.",
        OFF_LABEL,
        "error",
    ),
    ("amitriptyline", "My GP started me on a low dose of amitriptyline to stop my migraines.", OFF_LABEL, "error"),
    (
        "lisinopril",
        "It has other uses too: my doctor put me on it for the headaches that used to floor me every month.",
        OFF_LABEL,
        "error",
    ),
    (
        "metoprolol",
        "Our vicar's wife says her consultant started her on a small dose of metoprolol last spring to keep her migraines away.",
        OFF_LABEL,
        "error",
    ),
    ("atenolol", "Her GP started her on a low dose of atenolol last winter to keep the migraines at bay.", OFF_LABEL, "error"),
    (
        "venlafaxine",
        "My neurologist started me on a small dose of venlafaxine to keep my migraines away, and it worked.",
        OFF_LABEL,
        "error",
    ),
    # -- sleep trouble in lay words as the purpose of a dose --
    (
        "lorazepam",
        "Plenty of newcomers also ask their new GP for a small supply for the first weeks after the move, when jet lag and a "
        "strange bedroom mean they lie there until three; half a tablet at lights-out gets them through until their body clock "
        "catches up.",
        OFF_LABEL,
        "warning",
    ),
    ("lorazepam", "On long-haul trips she takes half a tablet at lights-out until her body clock catches up.", OFF_LABEL, "warning"),
    (
        "hydroxyzine",
        "Before finals I take one at midnight and it's the only thing that lets me actually fall asleep.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", "I lie there until three most nights, so my doctor gave me gabapentin.", OFF_LABEL, "warning"),
    (
        "trazodone",
        "Her GP gave her trazodone for the first few nights after the flight, when her body clock was all over the place.",
        OFF_LABEL,
        "warning",
    ),
    ("mirtazapine", "Honestly, mirtazapine is the only thing that lets me finally get some shut-eye.", OFF_LABEL, "warning"),
    # -- low mood in lay words, the drug added to an antidepressant --
    (
        "methylphenidate",
        "Kev also told the thread that when the low mood after his redundancy wouldn't shift, his GP added a small dose of "
        "methylphenidate to his antidepressant, and he's felt brighter ever since.",
        OFF_LABEL,
        "warning",
    ),
    ("methylphenidate", "I was down in the dumps for months, so my GP added Ritalin to my sertraline.", OFF_LABEL, "warning"),
    (
        "lisdexamfetamine",
        "When the blues wouldn't lift, her psychiatrist added Vyvanse on top of her antidepressant.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "She'd felt flat and joyless all winter, and her doctor added a little Concerta to her antidepressant.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methylphenidate",
        "A mum on the forum says her GP added methylphenidate on top of her antidepressant for her low mood.",
        OFF_LABEL,
        "error",
    ),
    # -- an antibiotic for an unspecified tummy bug --
    (
        "metronidazole",
        "Dan admits he's kept a strip of leftover tablets in his travel kit ever since Thailand, where a pharmacist sold him a "
        'course for a dodgy stomach bug. "Two days in, I was back on the beach," he says.',
        OFF_LABEL,
        "warning",
    ),
    ("amoxicillin", "Our GP gave the kids amoxicillin for a nasty tummy bug that was going round school.", OFF_LABEL, "warning"),
    ("azithromycin", "He took his spare course of azithromycin for a dodgy tummy in Vietnam.", OFF_LABEL, "warning"),
    (
        "metronidazole",
        "She handed out her leftover metronidazole when the whole family went down with a gastro bug.",
        OFF_LABEL,
        "warning",
    ),
    ("azithromycin", "My mate swears by azithromycin for a gippy tummy on holiday.", OFF_LABEL, "warning"),
    # -- oral minoxidil for hair (the tablets are approved for severe high blood pressure only) --
    (
        "minoxidil",
        "So here's the big change. At month seven I asked my doctor about minoxidil tablets, and she put me on 2.5 mg a day to "
        "keep the regrowth coming. No more foam crust, no more greasy pillowcases, and honestly my crown is thicker than ever.",
        OFF_LABEL,
        "warning",
    ),
    ("minoxidil", "My dermatologist switched me to minoxidil tablets for my thinning crown.", OFF_LABEL, "warning"),
    (
        "minoxidil",
        "These days I swallow a 2.5 mg minoxidil pill every morning for more regrowth at the temples.",
        OFF_LABEL,
        "warning",
    ),
    ("minoxidil", "He takes a quarter of a minoxidil tablet each morning for his receding hairline.", OFF_LABEL, "error"),
    (
        "minoxidil",
        "I asked about oral minoxidil, and my GP put me on 1.25 mg a day for some regrowth at the crown.",
        OFF_LABEL,
        "warning",
    ),
    # -- a condition credited to the drug --
    (
        "ondansetron",
        "With both of my pregnancies I was sick around the clock from week six, couldn't keep water down, and Zofran was the "
        "only thing that let me function. Honestly, my second baby is a healthy, noisy toddler now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "I was throwing up all through my first pregnancy, and ondansetron was the only thing that helped.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", "My hot flushes were relentless, and gabapentin was the only thing that touched them.", OFF_LABEL, "warning"),
    ("amitriptyline", "I had IBS for fifteen years and amitriptyline is the only thing that has ever worked.", OFF_LABEL, "warning"),
    ("ondansetron", "Sick as a dog all through the first trimester of my pregnancy; Zofran saved my sanity.", OFF_LABEL, "warning"),
    # -- scabies in lay words --
    (
        "ivermectin",
        'Tom wrote in after three weeks in a dorm in Chiang Mai: "I got that maddening mite rash between my fingers and round '
        "my waist, the kind everyone in the hostel had, so a pharmacist sold me ivermectin. I'm only about 70 kilos, but I "
        'wanted it gone."',
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "The whole family caught the itchy mite rash from nursery, so our GP gave us ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    ("ivermectin", "I had burrowing mites between my fingers, and a single dose of ivermectin cleared them.", OFF_LABEL, "warning"),
    (
        "ivermectin",
        "My son brought scabies mites home from camp, and the chemist sold us ivermectin for the lot of us.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Her skin was crawling with scabies mites after the festival, so the doctor gave her two doses of ivermectin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # -- the approved use told the same way --
    ("propranolol", "Dad's cardiologist started him on a small dose of propranolol to keep his migraines away.", OFF_LABEL),
    ("lisinopril", "My doctor started me on a small dose of lisinopril to bring my blood pressure down.", OFF_LABEL),
    ("lorazepam", "My anxiety kept me awake every night, so my doctor prescribed lorazepam.", OFF_LABEL),
    ("lorazepam", "My nerves before the flight kept me up all night, and lorazepam was the only thing that helped.", OFF_LABEL),
    ("aripiprazole", "When the low mood wouldn't lift, her psychiatrist added aripiprazole to her antidepressant.", OFF_LABEL),
    ("metronidazole", "In Thailand a pharmacist sold him a course for amoebic dysentery, and he was better in days.", OFF_LABEL),
    ("metronidazole", "I had BV on and off for a year, and metronidazole was the only thing that cleared it.", OFF_LABEL),
    ("minoxidil", "Rub the foam into your scalp twice a day to keep the regrowth coming.", OFF_LABEL),
    ("minoxidil", "The foam gave me real regrowth at the crown within four months.", OFF_LABEL),
    ("ondansetron", "During chemo I was sick around the clock, and Zofran was the only thing that let me function.", OFF_LABEL),
    ("hydroxyzine", "It's the only thing that stops my hives itching at night.", OFF_LABEL),
    # -- dose advice to start low --
    ("lisinopril", "Your doctor will usually start you on a low dose and increase it slowly to limit dizziness.", OFF_LABEL),
    # -- a side effect told as a story, or credited to another remedy --
    ("hydroxyzine", "Hydroxyzine made me so drowsy I couldn't stay awake in lectures.", OFF_LABEL),
    ("methylphenidate", "Ritalin can leave some children feeling flat and low in the evenings.", OFF_LABEL),
    ("methylphenidate", "Methylphenidate can make some children feel low or flat in the evenings.", OFF_LABEL),
    ("metronidazole", "It can upset your stomach, so take it with food.", OFF_LABEL),
    ("metronidazole", "Take it with food, because it can give you a dodgy tummy.", OFF_LABEL),
    ("gabapentin", "Gabapentin made me dizzy and flat for the first week.", OFF_LABEL),
    ("ivermectin", "The ivermectin tablets made me feel a bit flat and queasy for a day.", OFF_LABEL),
    ("ondansetron", "Zofran gave me pounding headaches, and paracetamol was the only thing that helped.", OFF_LABEL),
    ("ondansetron", "Morning sickness hit me hard, and ginger biscuits were the only thing that helped.", OFF_LABEL),
    # -- refused, negated or disclosed --
    ("lorazepam", "Don't take lorazepam just to get some shut-eye after a long flight.", OFF_LABEL),
    ("lorazepam", "Lorazepam won't fix jet lag, so don't ask your GP for it.", OFF_LABEL),
    (
        "lorazepam",
        "Some travellers take lorazepam to sleep through jet lag. That is an off-label use: lorazepam is not approved for sleep problems.",
        OFF_LABEL,
    ),
    ("methylphenidate", "Methylphenidate is not a treatment for low mood.", OFF_LABEL),
    ("metronidazole", "Metronidazole won't help a stomach bug caused by a virus.", OFF_LABEL),
    ("ondansetron", "I was sick all through my pregnancy, but my midwife said ondansetron wasn't an option.", OFF_LABEL),
    ("ivermectin", "Ivermectin tablets are not approved for scabies in the US; ask about permethrin cream instead.", OFF_LABEL),
    # -- another medicine's use, or no condition --
    ("lisinopril", "My migraines settled on propranolol, and I take lisinopril for my blood pressure.", OFF_LABEL),
    ("ivermectin", "Dust mites set off my son's asthma, and we got rid of the carpets.", OFF_LABEL),
    ("ivermectin", "The lotion cleared my daughter's head lice in one go.", OFF_LABEL),
]
