"""Off-label uses told by their signs or their purpose, from eval/holdout183 (ey07, tamsulosin), eval/holdout186 (fb04,
topiramate; fb05, duloxetine) and eval/holdout190 (ff02, pantoprazole), as a class.

Class: the condition is never named; the writer tells its signs or what the drug is meant to do, then the drug given for it.
A kidney stone told by where it is stuck on its way from the kidney ("a stone stuck partway down from his kidney", "a stone
coming down from his left kidney"), then the drug given "to help it slide on through", "to help it pass" (the pain told
beside it is the stone's); weight loss for a sport told as a weight to reach ("to get down to racing weight", "make weight for
his fights", "drop down a weight class"), also set against a denied reason ("not for headaches but to ...", "not for
seizures but so he can ..."); nerve pain told by what the hands or feet started doing ("my fingertips and the soles of my
feet started burning and going numb", "his fingertips have been numb and tingly"), then the drug given "to calm that down";
a stomach ulcer told as a sore in the stomach lining the drug is to let heal ("to let the sore in his stomach lining close
up", "to allow it to heal", "so the raw crater ... can heal") or by the gnawing ache that food eases, even with something else
told between ("that would wake him at 2 a.m. and ease off when he ate a few crackers"). Told by signs or purpose, a warning.
Silent: the approved use in lay words (diabetes behind the burning feet for duloxetine and pregabalin, a stomach sore for
omeprazole, a goal weight for phentermine), the use disclosed, denied, hedged or advised against, a side effect that passes, a
capsule helped down, a weight held rather than lost, the reason denied being the use itself.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ey07, fb04, fb05, ff02)
    (
        "tamsulosin",
        "That happens. He's forty-one, you said? Last spring he had a stone stuck partway down from his kidney, the kind of pain in"
        " your side that doubles you over, and the emergency doctor sent him home with tamsulosin to help it slide on through. He"
        " passed it in four days.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "My clubmate Kat asked her GP about topiramate last spring, not for headaches but to get down to racing weight before the"
        " county half, and he wrote her a prescription for it. She dropped about eight pounds before the race.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "About halfway through my chemo my fingertips and the soles of my feet started burning and going numb, like I was walking"
        " on gravel in socks. Buttons were impossible. My oncologist started me on Cymbalta to calm that down, 30 mg for a week"
        " and then 60 mg every morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "My buddy Rick had a different story. He had this gnawing, burning pain just under his breastbone that would wake him at"
        " 2 a.m. and ease off when he ate a few crackers, and then his stools went dark for a couple of days. His doctor put him"
        " on pantoprazole 40mg every morning for two months to let the sore in his stomach lining close up, and he swears by it"
        " now.",
        OFF_LABEL,
        "warning",
    ),
    # a stone on its way, other voices
    (
        "tamsulosin",
        "The scan showed a little stone on its way down from her kidney, so the urologist put her on Flomax to help it along.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "My brother had a stone coming down from his left kidney. His GP prescribed tamsulosin so it would slip out on its own.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The CT showed a 4 mm stone in the tube from his kidney. The ER doctor gave him tamsulosin to help it pass.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Our ER sees a lot of men with a stone stuck part of the way out from the kidney, and we usually send them home with"
        " tamsulosin to help it pass.",
        OFF_LABEL,
        "warning",
    ),
    # a weight to reach for a sport, other voices and drugs
    ("topiramate", "My sparring partner is on Topamax, not for seizures but so he can make weight for his fights.", OFF_LABEL, "warning"),
    (
        "topiramate",
        "Two of the lightweight rowers asked the team doctor for topiramate to make weight before the regatta.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Our jockey takes topiramate to get down to riding weight for the season.", OFF_LABEL, "warning"),
    ("topiramate", "He went on topiramate purely to drop down a weight class.", OFF_LABEL, "warning"),
    (
        "metformin",
        "She takes metformin, not for her blood sugar but to make weight for the rowing season.",
        OFF_LABEL,
        "warning",
    ),
    # nerve pain by what the hands or feet started doing, other voices and drugs
    (
        "duloxetine",
        "Since his chemotherapy, his fingertips have been numb and tingly. His oncologist put him on duloxetine to settle that down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "After the third round of chemo Mum's toes began to tingle and burn at night, so the oncology team prescribed duloxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "We often see survivors whose hands started burning during treatment; our clinic gives duloxetine to calm it down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "After the second cycle of chemo her fingertips started tingling and burning all day. Her oncologist started her on"
        " gabapentin to calm that down.",
        OFF_LABEL,
        "warning",
    ),
    # a sore in the stomach let heal, or the ache that food eases, other voices
    (
        "pantoprazole",
        "The scope found an open sore in the lining of her stomach, so she takes Protonix every morning to allow it to heal.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "We give pantoprazole for eight weeks so the raw crater in the stomach wall can heal.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pantoprazole",
        "He had a gnawing ache high in his belly that kept him up at night and eased when he ate something. His GP started him"
        " on pantoprazole.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a stone: no drug given for it, the drug for its approved use, disclosed, denied
    (
        "tamsulosin",
        "Grandpa had a stone stuck partway down from his kidney. The hospital kept him in overnight and he passed it the next"
        " day. He takes tamsulosin for his prostate.",
        OFF_LABEL,
    ),
    ("tamsulosin", "If a stone gets stuck on its way down from your kidney, see a doctor the same day.", OFF_LABEL),
    (
        "tamsulosin",
        "Tamsulosin is sometimes used off-label when a stone is stuck partway down from the kidney, to help it pass.",
        OFF_LABEL,
    ),
    ("tamsulosin", "Tamsulosin will not shift a stone stuck partway down from the kidney.", OFF_LABEL),
    # a capsule helped down, a side effect that passes
    ("tamsulosin", "Tamsulosin treats an enlarged prostate. Swallow the capsule with water to help it slide down.", OFF_LABEL),
    ("tamsulosin", "Tamsulosin can cause dizziness. Sit down for a minute to let it pass.", OFF_LABEL),
    # a weight: held, not lost; denied; advised against; disclosed; approved for it
    ("topiramate", "She uses topiramate to prevent migraines and has stayed at racing weight all season.", OFF_LABEL),
    (
        "topiramate",
        "Topiramate is not for getting down to racing weight; it is approved for epilepsy and migraine prevention.",
        OFF_LABEL,
    ),
    ("topiramate", "Do not take topiramate to get down to racing weight.", OFF_LABEL),
    (
        "topiramate",
        "Some athletes take topiramate to make weight for a fight, which is off-label: it is not approved for weight loss.",
        OFF_LABEL,
    ),
    ("topiramate", "He is on topiramate, not for weight loss but for his migraines.", OFF_LABEL),
    ("phentermine", "My cousin asked her doctor for phentermine to get down to her goal weight before the wedding.", OFF_LABEL),
    # burning feet: diabetes behind them (approved), a side effect, disclosed, denied
    (
        "duloxetine",
        "Years of diabetes and my toes started burning and tingling at night. My doctor started me on Cymbalta to calm that down.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "Fifteen years of diabetes, and now my toes started burning every night. My doctor put me on Lyrica to calm that down.",
        OFF_LABEL,
    ),
    ("duloxetine", "On Cymbalta my hands started tingling, so my doctor lowered the dose.", OFF_LABEL),
    # a hedge, not a purpose
    (
        "duloxetine",
        "After chemo my fingertips started burning and going numb. My oncologist said duloxetine might calm that down, but we"
        " haven't decided.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "My fingertips started burning after chemo. Using duloxetine for that is off-label, my oncologist said, but she prescribed it.",
        OFF_LABEL,
    ),
    ("duloxetine", "My fingertips started burning after chemo. My oncologist said duloxetine would not help that.", OFF_LABEL),
    # a sore in the stomach: omeprazole's approved ulcer, disclosed, no drug given, the food pipe's healing (approved)
    (
        "omeprazole",
        "The scope found an open sore in the lining of his stomach, so his doctor put him on omeprazole to let it heal.",
        OFF_LABEL,
    ),
    (
        "pantoprazole",
        "The scope found an open sore in the lining of her stomach. Using pantoprazole for a stomach ulcer is off-label in the"
        " US, but her doctor chose it.",
        OFF_LABEL,
    ),
    (
        "pantoprazole",
        "He had a gnawing pain that eased when he ate. His doctor sent him for a scope before giving any medicine.",
        OFF_LABEL,
    ),
    (
        "pantoprazole",
        "Pantoprazole heals the damage reflux does to the food pipe; eight weeks lets the lining of the gullet heal.",
        OFF_LABEL,
    ),
    ("pantoprazole", "Take pantoprazole with water so the tablet can dissolve properly.", OFF_LABEL),
    ("pantoprazole", "She stopped pantoprazole for a week to let the nausea pass.", OFF_LABEL),
]
