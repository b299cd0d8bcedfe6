"""Misstatements told only by an outcome in a story (eval/holdout128-130), as classes.

1. An antibacterial phoned in or prescribed for a viral illness, and the illness gone days later (for-viruses): "Every
   single winter I catch a head cold, I call my doctor, she phones in a Z-Pak, and three days later the cold is history."
   (holdout129 cw01). Not a cold that turned into an infection, a doctor who refuses to, "it was never gone any sooner".
2. The pregnancy told first, then the drug taken in it, then the babies fine (safe-in-pregnancy): "I ran through both of
   my pregnancies and kept taking a couple of Advil ..., right up until the last few weeks, and both my kids came out
   perfectly healthy." (holdout129 cw12). Not the drug stopped or kept to the early weeks, nor another medicine taken.
3. A daytime statin dose said spent before the liver's night work (night-only): "a tablet swallowed at breakfast has done
   its bit before the real work even starts" (holdout130 cx06). Not "has done its bit to lower your LDL", a dose said to
   keep working.
4. A woman, or "she" in the sentence after her, taking one of the man's tablets, a strength or "tabs" between (not-for-women):
   "Even my girlfriend got in on it. She's been taking one of my 1 mg tabs every morning since spring ..." (holdout128
   cv07). Not a woman who sees that he takes them, hands them to him or takes them back to the pharmacy.
5. Phentermine's short course denied: someone of the writer's on it since a year long past, or the limit told as what
   nobody should tell the reader (not-for-long-term-use): "My sister-in-law has been on it on and off since 2022 and her
   doctor just keeps renewing the script, so don't let anyone tell you there's some hard cutoff." (holdout129 cw13). Not
   "don't let anyone tell you there's no time limit", a course being tapered, "since March".
6. Bacterial vaginosis told by its signs, then someone's word that the very same tablet put her right (wrong-germ): "a
   thin, greyish discharge and a smell ... She swears the very same pink tablet had her back to normal within two days."
   (holdout130 cx02). Not thrush's signs, "did nothing for it", the same tablet another drug.
7. A clotting reading, then apixaban's tablets changed by it (inr-monitoring): "A nurse ... reads your clotting level on a
   small machine. If the level is too high or too low, the nurse will change how many tablets you take." (holdout128
   cv01). Not a kidney test, warfarin's checks, a denial.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. the draft's sentence, then other voices
    (
        "azithromycin",
        "**DANA:** I love that thing. Every single winter I catch a head cold, I call my doctor, she phones in a Z-Pak, and "
        "three days later the cold is history.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "When the flu hits, our GP calls in a Z-Pak for me and by Thursday I'm fine.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "If my sniffles drag on, the doc prescribes a course of azithromycin and two days later the cold is gone.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "Each time Mum got the flu, the doctor sent over a Z-Pak, and within a week she was better.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    # 2.
    (
        "ibuprofen",
        "I get this one in my DMs constantly. Honestly? I ran through both of my pregnancies and kept taking a couple of "
        "Advil whenever my hips or lower back ached, right up until the last few weeks, and both my kids came out perfectly "
        "healthy. Listen to your body, mama.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "ibuprofen",
        "While I was expecting Mia I popped ibuprofen for my headaches and she was born perfectly healthy.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "ibuprofen",
        "Through all three pregnancies my sister took Motrin for her back, and all three kids were fine.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    (
        "ibuprofen",
        "During my second pregnancy I carried on taking ibuprofen most days and had a healthy baby girl.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    # 3.
    (
        "atorvastatin",
        "**Bill K.:** Keep your Lipitor on the bedside table, not next to the cornflakes. The liver makes most of its "
        "cholesterol in the small hours, so a tablet swallowed at breakfast has done its bit before the real work even starts.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "Your liver gets busy after midnight, and a Lipitor tablet you take with your morning coffee has long worn off by the "
        "time it does.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "atorvastatin",
        "The breakfast dose is long gone by bedtime, when your liver is doing its cholesterol-making.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Take it first thing and it has run out of steam well before your liver clocks on for the night shift.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    # 4.
    (
        "finasteride",
        "Even my girlfriend got in on it. She's been taking one of my 1 mg tabs every morning since spring for the thin patch "
        "at her parting, and her hairdresser noticed the difference before she did.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "My mum has been quietly taking half of Dad's 1 mg tablets for her crown since Easter.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "My sister-in-law started on my spare 1mg tabs last year and swears her parting looks fuller.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    ("finasteride", "My wife? She's been nicking two of my old 5 mg pills a week.", MISSTATEMENT, "not-for-women", "error"),
    # 5.
    (
        "phentermine",
        "My sister-in-law has been on it on and off since 2022 and her doctor just keeps renewing the script, so don't let "
        "anyone tell you there's some hard cutoff.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "phentermine",
        "Her doctor just keeps renewing the script, so don't let anyone tell you there's some hard cutoff.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "phentermine",
        "Don't let anyone tell you there's a time limit on phentermine: my GP has renewed mine every month.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    ("phentermine", "Never believe anyone who says there's some cut-off with this pill.", MISSTATEMENT, "not-for-long-term-use", "warning"),
    ("phentermine", "My husband has been taking Adipex since 2021 and he's doing great.", MISSTATEMENT, "not-for-long-term-use", "warning"),
    # 6.
    (
        "fluconazole",
        "Priya's friend Megan had a different problem last spring: a thin, greyish discharge and a smell she describes, "
        'laughing, as "low tide at the harbor." She swears the very same pink tablet had her back to normal within two days. '
        '"Same pill, different problem," she says.',
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        "My BV came back in March, fishy smell and all. The same tablet got me sorted in a day.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        "Last summer I had a thin, watery grey discharge with a fishy smell after sex. Jo reckons the same little pill put "
        "her right overnight.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        "A thin grey discharge after your period? The same single pill clears it, my pharmacist says.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    # 7.
    (
        "apixaban",
        "Your first clotting check is booked for two weeks after you start. A nurse takes a drop of blood from your finger "
        "and reads your clotting level on a small machine. If the level is too high or too low, the nurse will change how "
        "many tablets you take. After that we see you every 4 to 8 weeks for as long as you are on apixaban.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "apixaban",
        "At the clinic they prick your finger to check your clotting time, and the nurse adjusts your dose to match.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "apixaban",
        "Every month the practice nurse tests how your blood is clotting. Depending on the result, she may lower your daily dose.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "apixaban",
        "A nurse puts a drop of your blood into a little machine to read your INR. When that number comes back high, we "
        "reduce the number of tablets.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # 1.
    (
        "azithromycin",
        "Every winter I catch a head cold that turns into a sinus infection, my doctor phones in a Z-Pak, and three days later it's gone.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "Every winter I catch a head cold, I call my doctor, she refuses to phone in a Z-Pak, and three days later the cold "
        "is history anyway.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "When my cold turned into an ear infection, the doctor called in a Z-Pak and three days later it was gone.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "Every winter I catch a head cold, I call my doctor, she never phones in a Z-Pak, and three days later the cold is history anyway.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # 2.
    (
        "ibuprofen",
        "I took ibuprofen only until 20 weeks in my pregnancy, as my midwife said, and my baby was fine.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    (
        "ibuprofen",
        "During my pregnancy I stopped taking ibuprofen and used paracetamol, and my baby was fine.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    (
        "ibuprofen",
        "During both pregnancies I took Advil until my first scan, then switched, and both kids were healthy.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    (
        "ibuprofen",
        "Through my pregnancy I kept taking my folic acid and my baby was fine, though I never touched Advil.",
        MISSTATEMENT,
        "safe-in-pregnancy",
    ),
    # 3.
    (
        "atorvastatin",
        "A tablet swallowed at breakfast has done its bit to lower your LDL, and it keeps working overnight.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "atorvastatin",
        "A tablet swallowed at breakfast keeps working right through the night, so take it whenever suits you.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "atorvastatin",
        "A morning Lipitor is still working by the time your liver gets busy at night.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    # 4.
    ("finasteride", "My wife makes sure I'm taking my tablets every morning.", MISSTATEMENT, "not-for-women"),
    ("finasteride", "She takes my tablets back to the pharmacy when they run out.", MISSTATEMENT, "not-for-women"),
    (
        "finasteride",
        "My wife reminds me every morning, and she hands me one of my 1 mg tabs with breakfast.",
        MISSTATEMENT,
        "not-for-women",
    ),
    ("finasteride", "She said I should keep taking my 1 mg tabs.", MISSTATEMENT, "not-for-women"),
    # 5.
    (
        "phentermine",
        "Don't let anyone tell you there's no time limit: phentermine is for a few weeks only.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "phentermine",
        "My sister-in-law has been on it since 2022, but her doctor is now tapering her off because of her blood pressure.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "phentermine",
        "Don't let anyone tell you there's a magic pill: diet and exercise still matter.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    ("phentermine", "She has been on it since March and is down 20 pounds.", MISSTATEMENT, "not-for-long-term-use"),
    # 6.
    (
        "fluconazole",
        "A thin, greyish discharge and a smell like low tide. She swears the same pink tablet did nothing for it.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    (
        "fluconazole",
        "The thick white discharge came back. She swears the very same pink tablet had her back to normal within two days.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    (
        "fluconazole",
        "A thin, greyish discharge and a smell like low tide. Her GP gave her metronidazole; the same pink tablet she had "
        "for thrush would not have touched it.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    # 7.
    (
        "apixaban",
        "You will have a yearly blood test to check your kidneys. If the level is too high, the doctor will change your dose.",
        MISSTATEMENT,
        "inr-monitoring",
    ),
    (
        "apixaban",
        "Unlike warfarin, apixaban needs no clotting checks, and no one changes your dose by a reading.",
        MISSTATEMENT,
        "inr-monitoring",
    ),
    (
        "apixaban",
        "If you were on warfarin, your clotting level was checked and the clinic changed your dose; apixaban needs none of that.",
        MISSTATEMENT,
        "inr-monitoring",
    ),
    ("apixaban", "The clotting clinic will not change your dose: apixaban is a fixed dose.", MISSTATEMENT, "inr-monitoring"),
]
