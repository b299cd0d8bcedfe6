"""An intimate, hormonal or bodily trouble told by its signs, then the drug given or kept for it, from eval/holdout208 (fx09,
paroxetine), holdout209 (fy13, paroxetine), holdout211 (ga04, topiramate), holdout212 (gb09, spironolactone) and holdout213
(gc06, fluoxetine; gc09, gabapentin), as a class.

Class: the trouble told by what the person lives with, not by its name: sex over for him long before it is over for her ("things
in the bedroom were over for me way before they were over for her", "I was always done way before my girlfriend was", "I'm done
almost the moment things get going"), the hair thinning over the years ("her hair had been thinning along her part"), the heat
and the sweats (already lay words), the legs that only walking settles ("the only relief was getting up and walking laps of the
kitchen", "like someone had run a current through them" the moment the person lies down), the pounds fought for years ("fighting
the same fifteen pounds since her second baby", "carrying an extra two stone"); then the drug given in the next sentence, kept
"for that reason" ("kept her on it partly for that reason"), or asked for by name from the prescriber in the same sentence ("so
she asked her own doctor for topiramate"), or suggested in a prescriber's answer that points back at all the person has told in
the conversation ("Based on what you've told me, a low daily dose of paroxetine is a good fit for you": the trouble told first,
not one asked about, denied or named as another medicine's use). None of these is an approved use of the drug given; told in lay
words, a warning. Silent: the trouble denied, a side effect's reason for a dose kept, an approved use as the reason, advice
asked for instead of the drug, another medicine given for it, a back's ache eased by walking; after "based on what you've told
me", an approved trouble told first, only another medicine's use told, the trouble denied, or no medicine suggested.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "paroxetine",
        "Me and my wife, things in the bedroom were over for me way before they were over for her, every single time. My doctor"
        " started me on paroxetine, 20 mg a day, and honestly it changed our marriage. I last a lot longer now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "For years her hair had been thinning along her part, enough that you could see her scalp under the lights in the choir"
        " loft. Her dermatologist started her on spironolactone 100 mg a day, and eighteen months later her hair is thick again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        "At her six-week visit Denise mentioned the soaking sweats that woke her at 3 a.m. and the rush of heat that crept up her"
        " neck in budget meetings. Her doctor told her the same capsule would probably calm those down as well, and kept her on it"
        " partly for that reason.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "I've had jumpy legs in bed for years. After a long run, the second I lay down, my shins felt like someone had run a"
        " current through them, and the only relief was getting up and walking laps of the kitchen at midnight. On gabapentin,"
        " that disappeared.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Her sister Dana, who has never had a seizure in her life, noticed. Dana had been fighting the same fifteen pounds since"
        ' her second baby, so she asked her own doctor for topiramate, and he wrote it. "I\'m back in my pre-baby jeans," Dana'
        " says.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "**Member (J., 34):** Hi. This is awkward to type. For about a year, when my girlfriend and I are together, I'm done"
        " almost the moment things get going. Maybe a minute. It's starting to wreck things between us.\n\n**Dr. Kim Alvarez,"
        " MD:** Thanks for telling me, J. You're not alone, and it's very treatable. A couple of questions first. Any trouble"
        " getting or keeping an erection?\n\n**Member:** No, that part's fine.\n\n**Dr. Alvarez:** Any low mood, panic attacks"
        " or anxiety lately? Any history of bipolar disorder in you or your family?\n\n**Member:** Nope. Work stress, but"
        " nothing like that.\n\n**Dr. Alvarez:** Are you taking any other medicines or supplements?\n\n**Member:** Ibuprofen"
        " sometimes for my back. And I take sumatriptan for migraines maybe twice a month.\n\n**Dr. Alvarez:** Good to know."
        " Based on what you've told me, a low daily dose of paroxetine is a good fit for you. Many men find it gives them a lot"
        " more control. I'd start you at 10 mg once a day for a week, then 20 mg once a day.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "paroxetine",
        "In bed it was always over for him well before it was over for his wife. His GP put him on paroxetine 20 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "Honestly, I was always done way before my girlfriend was. My doctor started me on sertraline, 50 mg every morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "For about a year I've been done almost the moment things get going. So my urologist prescribed paroxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "My hair has been getting thinner since my forties. My dermatologist put me on spironolactone 50 mg, and a year on my"
        " hair is thick again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Her hair started to thin at the crown after her second child, so her GP prescribed spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "She woke up every night drenched in sweat. Her doctor kept her on venlafaxine mainly for that reason.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "The heat would rush up my neck in every meeting. My GP kept me on escitalopram partly for that reason.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Every night my husband's legs twitched the moment he lay down, and his only relief was getting up and pacing the landing."
        " His doctor gave him gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "After a long shift, the minute I lie down my calves feel like an electric current is running through them. On"
        " gabapentin, that has gone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "She had been battling the last 10 kilos since her fiftieth birthday, so she asked her GP for topiramate.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "I'd been carrying an extra two stone for years, so I asked my doctor for topiramate and she prescribed it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "He was struggling with the same twenty pounds, so he asked his doctor for metformin.",
        OFF_LABEL,
        "warning",
    ),
    # a prescriber's answer pointing back at the conversation, in other voices
    (
        "spironolactone",
        "**Patient:** For a couple of years my hair has been thinning along my part.\n\n**Nurse practitioner:** Any irregular"
        " periods?\n\n**Patient:** No.\n\n**Nurse practitioner:** From what you describe, I'd start you on spironolactone 50 mg"
        " a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Caller: Every evening I get a crawling feeling deep in my calves, and I can't keep my legs still.\n\nDoctor: Do you take"
        " anything for it?\n\nCaller: No, just ibuprofen for my knee.\n\nDoctor: Going by what you've told me, gabapentin at"
        " bedtime would be a sensible option for you.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "Member: I finish way too soon with my wife, every time.\n\nClinician: Thanks for sharing. Given everything you've said,"
        " I'm going to prescribe sertraline 50 mg daily.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the trouble denied, the drug given for an approved use
    (
        "paroxetine",
        "Lasting in bed has never been a problem for me. My doctor started me on paroxetine for my panic attacks.",
        OFF_LABEL,
    ),
    # a side effect the dose is kept low for, "for that reason"
    (
        "venlafaxine",
        "Venlafaxine can raise blood pressure, so her doctor kept her on a low dose for that reason.",
        OFF_LABEL,
    ),
    # the approved use as the reason she was kept on it
    (
        "fluoxetine",
        "Her low mood had lifted by week six, and her doctor kept her on fluoxetine partly for that reason.",
        OFF_LABEL,
    ),
    # advice asked for, not the drug; the drug's own approved use
    (
        "topiramate",
        "She had been fighting the same fifteen pounds for years, so she asked her pharmacist for advice about walking. She"
        " takes topiramate to prevent her migraines.",
        OFF_LABEL,
    ),
    # another medicine given for the thinning hair
    (
        "spironolactone",
        "For years her hair had been thinning along her part. Her dermatologist started her on minoxidil foam; she still takes"
        " spironolactone for her heart failure.",
        OFF_LABEL,
    ),
    # a back's ache eased by walking, not the legs
    (
        "gabapentin",
        "My back ached all night and the only relief was getting up and walking around. My doctor gave me gabapentin.",
        OFF_LABEL,
    ),
    # the pounds carried as shopping
    (
        "topiramate",
        "She was carrying twenty pounds of shopping up the hill, so she asked her doctor for topiramate for her seizures.",
        OFF_LABEL,
    ),
    # after "based on what you've told me": an approved trouble told first
    (
        "sertraline",
        "Member: I've been depressed for months and nothing feels fun any more.\n\nDr. Lee: Based on what you've told me,"
        " sertraline is a good fit for you.",
        OFF_LABEL,
    ),
    # ... only another medicine's use told
    (
        "paroxetine",
        "Member: I take sumatriptan for migraines now and then.\n\nDr. Lee: Based on what you've told me, paroxetine is a good"
        " fit for you.",
        OFF_LABEL,
    ),
    # ... the trouble denied, an approved one told
    (
        "paroxetine",
        "Member: I never finish too early; my problem is panic attacks.\n\nDr. Lee: From what you describe, I'd start you on"
        " paroxetine 10 mg.",
        OFF_LABEL,
    ),
    # ... no medicine suggested
    (
        "paroxetine",
        "Member: I finish way too soon with my wife, every time.\n\nDr. Lee: Based on what you've told me, I'd start with some"
        " exercises rather than a medicine. Paroxetine is for depression and anxiety.",
        OFF_LABEL,
    ),
]
