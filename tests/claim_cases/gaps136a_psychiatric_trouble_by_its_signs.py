"""A psychiatric or behavioural trouble told only by its signs, then the drug given or taken for it, from eval/holdout208 (fx04
bupropion, fx10 propranolol), holdout209 (fy02 propranolol) and holdout211 (ga09 trazodone), as a class.

Class: performance nerves told by the voice and the heart in one breath ("their heart pounds and their voice wobbles", "my voice
came out thin and wobbly, and my heart thumped"), then the drug given in the next sentence, also by a service to the people just
told ("For these students our clinicians may prescribe a single 10 mg to 40 mg tablet"); ADHD told by the work the drug is to keep
the person at ("to help me lock in and stay on task", "to keep him on task"); sleeplessness told by the night kept in bed ("to help
Mum settle and stay in her bed until morning"). Told in lay words, each is a warning. Silent: the hands and the voice of a tremor,
the signs turned before the giving, a racing heart as what stopping it does, another medicine offered instead, a planner that keeps
the person on task, sleep won back after the approved use for depression, a bed kept for a fever, the approved ADHD drug, and a
voice cracking with emotion. (Not yet: focus won back after the approved use, "for my depression, and it helps me stay on task
again", is read as a use for ADHD.)
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fx10)
    (
        "propranolol",
        "Many students also come to us before a big moment: a music recital, an oral exam, a thesis defence, a job interview."
        " Their hands shake, their heart pounds and their voice wobbles. For these students our clinicians may prescribe a single"
        " 10 mg to 40 mg tablet to take about an hour before the event.",
        OFF_LABEL,
        "warning",
    ),
    # (fy02)
    (
        "propranolol",
        'Every December I sing the solo in "O Holy Night" at St. Brendan\'s. For years, the minute I stepped up to that microphone'
        " my mouth went bone dry, my voice came out thin and wobbly, and my heart thumped so hard I could hear it in my ears. My"
        " doctor gave me propranolol, and now I take one 10 milligram tablet about an hour before I walk up to sing.",
        OFF_LABEL,
        "warning",
    ),
    # (fx04)
    (
        "bupropion",
        "My mood was fine. But I couldn't finish anything. In meetings my mind wandered off after two minutes, and I'd been like"
        " that since school.\n\nShe put me on Wellbutrin XL, the extended-release form of bupropion, to help me lock in and stay"
        " on task. I started at 150 mg each morning.",
        OFF_LABEL,
        "warning",
    ),
    # (ga09)
    (
        "trazodone",
        "Mum was up at half two, fully dressed, putting the teaspoons into the biscuit tin. This is the ninth night running.\n\n"
        "Saw Dr. Lin at the memory clinic. I told her about the nights. She suggested trazodone, 50 mg, half an hour before bed,"
        " to help Mum settle and stay in her bed until morning.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "propranolol",
        "Before every pitch to investors my voice goes all shaky and my heart hammers. My GP prescribed propranolol, 20 mg, to"
        " take beforehand.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Whenever she has to address the board, her heart races and her voice cracks. Her doctor started her on propranolol 10 mg"
        " as needed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Some of our members freeze at open-mic night: a racing heart, a thin voice, a dry mouth. For these members our doctors"
        " can prescribe a low dose of propranolol to take an hour before.",
        OFF_LABEL,
        "warning",
    ),
    ("bupropion", "Dr. Kim prescribed bupropion to keep him on task at work.", OFF_LABEL, "warning"),
    (
        "bupropion",
        "My psychiatrist added Wellbutrin to help me concentrate and stay on task through the afternoon.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "The care home doctor wrote up trazodone 25 mg at night to help him stay in bed through the night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Her GP prescribed a small dose of quetiapine to help her settle and stay in bed until the morning.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the hands and the voice of a tremor, no heart: approved
    (
        "propranolol",
        "His hands shake and his voice trembles when he lifts a cup. His neurologist started him on propranolol for the tremor.",
        OFF_LABEL,
    ),
    # the signs turned before the giving, for an approved use
    (
        "propranolol",
        "Before the recital my heart pounded and my voice wobbled. But it passed once I'd practised. My doctor gave me"
        " propranolol for my blood pressure.",
        OFF_LABEL,
    ),
    # what stopping it does
    (
        "propranolol",
        "Stopping it suddenly can make your heart race and your voice shake; your doctor will lower the dose slowly.",
        OFF_LABEL,
    ),
    # another medicine offered instead
    (
        "propranolol",
        "Some students have asthma and their heart pounds on the stairs. For these students our clinicians may prescribe a"
        " different medicine instead of propranolol.",
        OFF_LABEL,
    ),
    # what keeps the person on task is a planner, not the drug
    ("bupropion", "A paper planner helps me stay on task at work. Wellbutrin is for my depression.", OFF_LABEL),
    # on track with a planner, not on task
    ("bupropion", "My coach keeps me on track with a planner. Wellbutrin is for my depression.", OFF_LABEL),
    # a bed kept for a fever
    (
        "trazodone",
        "After the operation she had to stay in bed until the fever broke. Trazodone is for her depression.",
        OFF_LABEL,
    ),
    # sleep won back after the approved use
    ("trazodone", "Trazodone lifted Mum's depression, and now she sleeps and stays in her bed until morning.", OFF_LABEL),
    # the approved ADHD drug
    ("methylphenidate", "Dr. Kim prescribed methylphenidate for his ADHD to keep him on task at school.", OFF_LABEL),
    # a voice cracking with emotion, no heart
    (
        "propranolol",
        "Her voice cracked with emotion at the wedding. Her doctor started her on propranolol for her migraines.",
        OFF_LABEL,
    ),
]
