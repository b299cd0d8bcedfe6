"""Off-label uses told by their signs or results in lay words (held-out sets 25 and 26), as
classes: travel sickness told as queasiness or being sick on a journey, or as a dose before the
coach sets off ("one under the tongue before the coach sets off sorts out the queasiness on those
long winding drives"); performance anxiety told by its occasion or its signs on the day ("my secret
weapon for brand pitches and panel talks", "a pounding heart before keynotes"); sleep told as being
gone for hours after a dose ("Half of one at 8 am ... and I'm gone until three in the afternoon"),
the drug named by its little tablets; dementia named as a memory illness ("patients whose memory
illness has left them agitated"); restless legs told by their feeling at rest ("a creeping, crawling
feeling and an urge to keep moving them", "can't keep my legs still"); rosacea told by its look ("red,
bumpy, flushed cheeks that flare every summer"); an acute back or neck spasm told as seizing or locking up, or a
cricked neck ("when his lower back kept seizing up", "for cricked necks and back spasms"), not the
spasticity tizanidine and baclofen are approved for. Near misses: the approved use in lay words
(ondansetron for sickness after chemotherapy or an operation, tizanidine for stiff legs from MS,
cyclobenzaprine or diazepam for a back that seizes up, propranolol for tremor), a side effect or a
hedge ("it can leave you out cold until noon"), a use disclosed or denied, another remedy's use.
Each case is the body of one article about one drug; the assertion is the off-label finding at its
severity (a warning: the use is the tool's reading of lay words or a story; an error when the
condition is named), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- travel sickness: queasiness or being sick on a journey, a dose before setting off --
    (
        "ondansetron",
        "The medical staff keep a few 4 mg wafers in the kit bag: one under the tongue before the coach sets off sorts out "
        "the queasiness on those long winding drives.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", "We give the kids a 4 mg melt before the ferry sails.", OFF_LABEL, "warning"),
    ("ondansetron", "My husband swears by ondansetron for feeling sick in the car on mountain roads.", OFF_LABEL, "warning"),
    ("ondansetron", "I pop a wafer for the nausea on long coach trips with the team.", OFF_LABEL, "warning"),
    ("ondansetron", "We use ondansetron to stop my daughter throwing up in the car.", OFF_LABEL, "warning"),
    ("lorazepam", "Half a tablet sorts out the sickness on choppy ferry crossings for me.", OFF_LABEL, "warning"),
    # -- performance anxiety: its occasion or its signs on the day --
    (
        "propranolol",
        "The bit nobody talks about: the same little pill is my secret weapon for brand pitches and panel talks.",
        OFF_LABEL,
        "warning",
    ),
    ("atenolol", "I take atenolol before client pitches so my voice doesn't wobble.", OFF_LABEL, "warning"),
    ("metoprolol", "My colleague swears by a metoprolol before keynotes.", OFF_LABEL, "warning"),
    ("propranolol", "Half a 10 mg tablet before court hearings and I'm steady as a rock.", OFF_LABEL, "warning"),
    ("propranolol", "I pop one before every webinar so my heart doesn't pound on camera.", OFF_LABEL, "warning"),
    ("propranolol", "Loads of us take it for a pounding heart before presentations.", OFF_LABEL, "warning"),
    # -- sleep told as being gone for hours after a dose --
    (
        "quetiapine",
        "One of our senior sisters put me onto the little 25 mg tablets. Half of one at 8 am when I get in, blackout "
        "blinds down, and I'm gone until three in the afternoon.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "One of the little 50 mg tablets after a night shift and she's gone till teatime.", OFF_LABEL, "warning"),
    ("mirtazapine", "A 15 mg mirtazapine at 7 am, blinds down, and I'm asleep until 2 pm.", OFF_LABEL, "warning"),
    ("quetiapine", "My sister put me onto the little 25 mg tablets, and now I'm spark out till noon after nights.", OFF_LABEL, "warning"),
    ("amitriptyline", "I take amitriptyline after my last night shift and I'm dead to the world till the alarm.", OFF_LABEL, "warning"),
    # -- dementia named as a memory illness --
    (
        "risperidone",
        "Our doctors use it in the same way for other patients whose memory illness has left them agitated or hitting out.",
        OFF_LABEL,
        "warning",
    ),
    ("quetiapine", "The care home gives quetiapine to residents with a memory disease who shout at night.", OFF_LABEL, "warning"),
    ("citalopram", "Dad's memory illness made him restless and tearful, so his GP started him on citalopram.", OFF_LABEL, "warning"),
    ("aripiprazole", "Her consultant prescribed aripiprazole for people with a memory disorder who lash out.", OFF_LABEL, "warning"),
    ("trazodone", "Nurses often give trazodone to patients with an illness affecting the memory who won't settle.", OFF_LABEL, "warning"),
    # -- an acute back or neck spasm: seizing or locking up, a cricked neck --
    (
        "tizanidine",
        "Skipper Dave says his GP gave him tizanidine when his lower back kept seizing up after a day on the deck.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", "Builders on our forum swear by baclofen for a cricked neck.", OFF_LABEL, "warning"),
    ("tizanidine", "It's brilliant for a locked-up back after a long shift.", OFF_LABEL, "warning"),
    ("baclofen", "She takes baclofen to stop her neck seizing up at her desk.", OFF_LABEL, "warning"),
    ("tizanidine", "Several members have been given it for back spasms from hauling nets.", OFF_LABEL, "error"),
    ("tizanidine", "Two of the lads got tizanidine for a crick in the neck from the winch.", OFF_LABEL, "warning"),
    # -- restless legs told by their feeling at rest --
    (
        "gabapentin",
        "As soon as he lay down, he had a creeping, crawling feeling and an urge to keep moving them, and he could not get "
        "comfy for hours. Once the team started him on a small evening dose of gabapentin, that fidgety misery settled.",
        OFF_LABEL,
        "warning",
    ),
    ("pregabalin", "My mum takes pregabalin for her creepy-crawly legs at night.", OFF_LABEL, "warning"),
    ("clonazepam", "I take clonazepam at bedtime because I can't keep my legs still.", OFF_LABEL, "warning"),
    ("gabapentin", "Since starting gabapentin, the creeping, crawling sensations in my legs have stopped.", OFF_LABEL, "warning"),
    ("diazepam", "He's on diazepam because his legs won't keep still at night.", OFF_LABEL, "warning"),
    # -- rosacea told by its look --
    (
        "doxycycline",
        "My partner gets red, bumpy, flushed cheeks that flare every summer, and on the trip the same 100 mg a day cleared them right up.",
        OFF_LABEL,
        "warning",
    ),
    ("doxycycline", "The 100 mg capsules cleared up my red, blotchy, flushed cheeks within a month.", OFF_LABEL, "warning"),
    ("azithromycin", "My dermatologist friend uses azithromycin for red, bumpy cheeks that flare in summer.", OFF_LABEL, "warning"),
    ("spironolactone", "She takes spironolactone for her ruddy, flushed face.", OFF_LABEL, "warning"),
    ("propranolol", "Propranolol soothes her flushed cheeks that burn after wine.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- the approved sickness, another remedy, a use denied --
    ("ondansetron", "Ondansetron prevents nausea from chemotherapy, so I take one before each session.", OFF_LABEL),
    ("ondansetron", "It helped with the sickness after my operation.", OFF_LABEL),
    (
        "ondansetron",
        "Ondansetron is not approved for travel sickness, so we don't give it for the queasiness on long coach trips.",
        OFF_LABEL,
    ),
    ("ondansetron", "For the queasiness on long drives, the team uses ginger sweets instead.", OFF_LABEL),
    ("ondansetron", "Some of the lads felt queasy on the coach, but that was the hangovers.", OFF_LABEL),
    # -- an approved use of the signs, a disclosed use, an approved anxiety use --
    ("propranolol", "Propranolol treats essential tremor, so my hands don't shake when I write.", OFF_LABEL),
    ("propranolol", "It slows a racing heart in atrial fibrillation.", OFF_LABEL),
    (
        "propranolol",
        "Many performers take propranolol before a gig; this is an off-label use, as it is not FDA-approved for anxiety.",
        OFF_LABEL,
    ),
    ("alprazolam", "Alprazolam is approved for anxiety disorders, and some people take one before a presentation.", OFF_LABEL),
    # -- sleepiness as a side effect or hedged; sleep by a medicine approved for it; a night out --
    ("quetiapine", "It can make you so drowsy you're out cold until noon, so take it at night.", OFF_LABEL),
    ("quetiapine", "The first week it made me drowsy, but that wore off.", OFF_LABEL),
    ("zolpidem", "Half a tablet and I'm gone until seven in the morning.", OFF_LABEL),
    ("quetiapine", "We were out until two in the morning, so I took my quetiapine late.", OFF_LABEL),
    (
        "quetiapine",
        "Half of one after nights and I'm gone until three in the afternoon. Using quetiapine for sleep is off-label, and my GP knows.",
        OFF_LABEL,
    ),
    # -- a warning about memory illness, a use denied or disclosed --
    (
        "risperidone",
        "Antipsychotics such as risperidone raise the risk of death in older people with a memory illness such as dementia.",
        OFF_LABEL,
    ),
    ("risperidone", "It is not approved for people whose memory illness has made them agitated.", OFF_LABEL),
    (
        "risperidone",
        "Some doctors use it for agitation in memory illness; this is off-label, and we always discuss it with families.",
        OFF_LABEL,
    ),
    # -- the approved spasm: spasticity, or a back that seizes up with cyclobenzaprine or diazepam --
    ("tizanidine", "Tizanidine treats spasticity, the stiff legs that come with MS.", OFF_LABEL),
    ("cyclobenzaprine", "Cyclobenzaprine is for a back that keeps seizing up after a strain.", OFF_LABEL),
    ("diazepam", "Diazepam is used short term for back spasms.", OFF_LABEL),
    ("cyclobenzaprine", "My GP gave me cyclobenzaprine for a cricked neck.", OFF_LABEL),
    (
        "tizanidine",
        "My back kept seizing up, so I saw a physio; I only take tizanidine for the spasticity from my MS.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Some doctors give it for back spasms after a strain, which is off-label: it is approved only for spasticity.",
        OFF_LABEL,
    ),
    # -- restless legs: a product approved for it, a side effect, a use denied --
    ("gabapentin", "Horizant, a different product of gabapentin, is approved for restless legs syndrome.", OFF_LABEL),
    ("gabapentin", "Some people on gabapentin notice an urge to keep moving their legs; tell your doctor.", OFF_LABEL),
    ("gabapentin", "Gabapentin is not approved for restless legs, so we don't use it for creepy-crawly legs.", OFF_LABEL),
    ("sertraline", "Antidepressants can make restless legs worse, with a crawling feeling in the calves at night.", OFF_LABEL),
    # -- rosacea's look: the approved low dose, a side effect --
    ("doxycycline", "We prescribe the 40 mg capsule for red, bumpy, flushed cheeks.", OFF_LABEL),
    ("doxycycline", "Doxycycline can make your skin burn in the sun, leaving red, blotchy cheeks.", OFF_LABEL),
    ("sildenafil", "Sildenafil can cause flushed, red cheeks and a headache.", OFF_LABEL),
    ("metronidazole", "The gel is what I use for red, bumpy cheeks that flare.", OFF_LABEL),
]
