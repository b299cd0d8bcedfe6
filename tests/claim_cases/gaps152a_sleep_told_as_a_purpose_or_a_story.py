"""Off-label use for sleep told as a purpose, a result or a story, without the word "insomnia", from eval/holdout336 (kv10
tizanidine), holdout337 (kw03 clonidine), holdout339 (ky09 quetiapine) and holdout340 (kz01 diazepam), as a class.

Class: a muscle relaxant, blood-pressure pill, benzodiazepine or antipsychotic given or taken at bedtime so someone "settles and
sleeps through", "gets a full night's kip", "can drop off when sleep just will not come" or "can get to sleep": the purpose told
after "just so", "purely so" or "so a wound-up child will settle and ..." (the one given it told by who they are); the medicine
told as "the only thing that gets him ..." or "the one thing that lets her ..."; the drug named only as "half of one of those
little tablets" or "a couple of spare tablets", or by brand. A use in signs or a story is a warning; a purpose told by the word
"sleep" is an error.

Silent: drowsiness as a side effect ("it can make you sleepy, so take it at bedtime"), a dose timed against daytime drowsiness,
sleep back because the approved condition eased, the same words for zolpidem (approved for insomnia), the use disclosed beside
it, denied or refused ("Do not keep spare tablets to help you drop off"), the same wording of an approved use (spasms, blood
pressure), and "the only thing that gets him ..." said of no medicine.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kv10, kw03, kz01, ky09)
    (
        "tizanidine",
        "Our full-back Ciarán borrowed the idea after the county semi-final: he swears half of one of those little tablets at"
        " bedtime is the only thing that gets him a full night's kip when his head is still buzzing from a match.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Plenty of families in our co-op now give a little clonidine at bedtime purely so a wound-up child will settle and sleep"
        " through, and Bridget says several mothers asked her for the name of it after group day.",
        OFF_LABEL,
        "error",
    ),
    (
        "diazepam",
        "Some patients ask whether they can keep a few tablets afterwards. A couple of spare tablets are handy to help you drop off"
        " at night when your head will not switch off and sleep just will not come, so ask the ward for a few extra.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "**Reply, cctv_carlos:** No diagnosis here, but I've had a tiny 25 mg tablet from my doctor for a couple of years, just so"
        " I can get to sleep after a shift when the daylight's pouring in. Best kip I've had in years.",
        OFF_LABEL,
        "warning",
    ),
    # other voices, persons, tenses, brands and drugs of the class
    (
        "tizanidine",
        "Ciarán swore Zanaflex was the only thing that got him a full night's kip after a match.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "For Denise, Flexeril is the one thing that lets her drop off when her mind is still racing at midnight.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "My uncle swears half of one of those little tablets at bedtime is the only thing that gets him a decent night's sleep"
        " after a long shift.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Our childminder gives Catapres at bedtime, purely so the little one will settle and sleep through.",
        OFF_LABEL,
        "error",
    ),
    (
        "clonidine",
        "Lots of parents in the group give a small dose at bedtime so their son will settle and sleep through the night.",
        OFF_LABEL,
        "error",
    ),
    (
        "diazepam",
        "He kept a few of the spare Valium tablets to help him drop off when sleep just would not come.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "Keep a couple of spare tablets by the bed to help you drop off on the nights your head won't switch off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "I keep a couple of spare tablets in the bedside drawer for the nights when sleep just won't come.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "She's been on a small 25 mg Seroquel tablet from her GP for months, just so she can get off to sleep after late shifts.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "My GP handed me a few Seroquel tablets last winter, only so I could get to sleep after a night shift.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Her psychiatrist put her on a small 0.5 mg tablet at night, purely so she can get off to sleep.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # drowsiness as a side effect, or a dose timed against it
    ("tizanidine", "Tizanidine can make you sleepy, so take it at bedtime.", OFF_LABEL),
    ("clonidine", "Take it at night to avoid daytime drowsiness.", OFF_LABEL),
    ("clonidine", "Give the clonidine at bedtime, just so the child will not be drowsy at school the next day.", OFF_LABEL),
    # sleep back because the approved condition eased
    ("tizanidine", "Since the tizanidine eased the stiffness in his legs, he sleeps through the night.", OFF_LABEL),
    (
        "quetiapine",
        "I've had a tiny 25 mg tablet for my bipolar from my doctor for years, and I sleep better now my moods are steady.",
        OFF_LABEL,
    ),
    # a medicine approved for sleep
    (
        "zolpidem",
        "Half of one of those little tablets at bedtime is the only thing that gets him a full night's sleep.",
        OFF_LABEL,
    ),
    ("zolpidem", "My doctor gave me a small 5 mg tablet, just so I can get to sleep after a late shift.", OFF_LABEL),
    (
        "zolpidem",
        "For Denise, Ambien is the one thing that lets her drop off when her mind is still racing at midnight.",
        OFF_LABEL,
    ),
    # disclosed beside it
    (
        "quetiapine",
        "I've had a tiny 25 mg tablet from my doctor for a couple of years, just so I can get to sleep. Using it for sleep is"
        " off-label, so ask your doctor.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        "Some families give clonidine at bedtime so a wound-up child will settle and sleep through. This is an off-label use that"
        " your doctor must agree to.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Half of one of those little tablets at bedtime is the only thing that gets him a full night's kip. That is an off-label"
        " use, so check with his doctor first.",
        OFF_LABEL,
    ),
    # denied or refused
    (
        "clonidine",
        "We would never give a little clonidine at bedtime purely so a child will settle and sleep through.",
        OFF_LABEL,
    ),
    ("clonidine", "Don't give clonidine at bedtime just so a wound-up child will settle and sleep through.", OFF_LABEL),
    (
        "diazepam",
        "Do not keep a couple of spare tablets to help you drop off at night when sleep will not come.",
        OFF_LABEL,
    ),
    # the same words of an approved use, or of no medicine
    (
        "tizanidine",
        "Half of one of those little tablets at bedtime is the only thing that eases the spasms in his legs.",
        OFF_LABEL,
    ),
    ("tizanidine", "Tizanidine is the only thing that gets him through the spasms in his legs.", OFF_LABEL),
    ("clonidine", "Give the clonidine at bedtime so your child's blood pressure stays steady.", OFF_LABEL),
    (
        "clonidine",
        "The doctor gave Theo a small dose at bedtime for his ADHD so the child will settle at school the next day.",
        OFF_LABEL,
    ),
    ("diazepam", "A couple of spare tablets are handy if the muscle spasms in your back flare up at night.", OFF_LABEL),
    ("tizanidine", "The only thing that gets him a full night's kip is a hot bath and no screens after nine.", OFF_LABEL),
]
