"""Off-label uses of common troubles told in lay words, from eval/holdout331 (kq09 ondansetron), holdout333 (ks08 ondansetron)
and holdout334 (kt02 meloxicam), as a class.

Class: travel sickness told as turning green, getting queasy or feeling sick on a coach, ferry or car trip, asked about in
minutes by a member named by title or by role ("Mr Pugh asked whether the tablets would help members who turn green on the
coach") and answered yes in a reported reply ("Mrs Harper said several members had found half a tablet before the journey
settled them nicely"); a stomach bug in children told as the bug that had gone round the nursery, a bug from school with its
sickness, or "coming out of both ends", with ondansetron (Zofran) given for it (approved only for the sickness of chemotherapy,
radiotherapy and an operation); period pain told as monthly cramps that an NSAID without the dysmenorrhea indication
(meloxicam) "sorts those out" or "takes care of those". Told in lay words or by a story, the use is a warning; period pain
named ("monthly cramps" with the medicine taken for them) is an error, as the other named uses are.

Silent: the question unanswered, answered no or sent to the doctor, the use disclosed, refused, a bug's other signs (a runny
nose), the ends of a thing, a side effect ("if you get those"), another medicine's use, and the approved uses in lay words
(ondansetron after an operation; ibuprofen or naproxen for period pain).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kq09, ks08, kt02)
    (
        "ondansetron",
        "The Chair thanked Mrs Harper. Mr Pugh asked whether the tablets would help members who turn green on the coach to the"
        " organ festival at Haarlem. Mrs Harper said several members had found half a tablet before the journey settled them"
        " nicely.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "**Reply from Mum2Many:** When our two little ones (3 and 5) brought home the bug that had gone round the whole nursery,"
        " coming out of both ends all weekend, the out-of-hours GP gave each of them a strawberry melt-on-the-tongue Zofran and"
        " they kept their juice down after that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "Plenty of you ask about the monthly cramps that put you on the sofa for a day, and yes, a meloxicam tablet sorts those"
        " out nicely too.",
        OFF_LABEL,
        "error",
    ),
    # other voices: the question asked in minutes and answered yes
    (
        "ondansetron",
        "Mrs Okafor asked whether the tablets would settle her grandson on the ferry to Santander. The pharmacist said a few"
        " families had found one melt before sailing did the job.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "The Treasurer wondered if it would help members who turn green on the coach. Dr Bello said it would.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Mr Pugh wondered if it would help members who get queasy on the coach. Dr Bello said it would.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "The twins feel sick in the car, so I give them each half an ondansetron before we set off.",
        OFF_LABEL,
        "warning",
    ),
    # ... the stomach bug of a nursery or a school
    (
        "ondansetron",
        "Our little one picked up a bug at nursery and was sick all night, so the GP gave her a Zofran melt and she kept her milk down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Both boys were coming out of both ends after the school trip, and the walk-in centre gave them each an ondansetron wafer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "When the tummy bug that had gone round the whole class hit our house, the doctor prescribed Zofran for the kids.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "The bug from daycare had him throwing up for two days; the urgent care nurse gave him a dissolving ondansetron and it stopped.",
        OFF_LABEL,
        "warning",
    ),
    # ... monthly cramps and a medicine without the indication
    ("meloxicam", "Ladies, a meloxicam a day takes care of those monthly cramps nicely.", OFF_LABEL, "error"),
    ("meloxicam", "My sister swears by meloxicam for her monthly cramps.", OFF_LABEL, "error"),
    ("meloxicam", "I get awful cramps every month before my period and a meloxicam sorts those out.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the question unanswered, answered no, or sent to the doctor
    (
        "ondansetron",
        "Mrs Okafor asked whether the tablets would settle her grandson on the ferry to Santander.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Mrs Okafor asked whether the tablets would settle her grandson on the ferry to Santander. The pharmacist said they are"
        " not meant for that.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "Mrs Okafor asked whether the tablets would settle her grandson on the ferry to Santander. The pharmacist said she should"
        " ask the GP.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "ondansetron",
        "Mrs Okafor asked whether the tablets would settle her grandson on the ferry to Santander. The pharmacist said that"
        " ondansetron is not licensed for travel sickness, so it would be off-label.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "A bug going round the nursery is an off-label use of ondansetron; our GP gave the twins a melt anyway and explained it is"
        " not licensed for that.",
        OFF_LABEL,
    ),
    # refused
    (
        "ondansetron",
        "Ondansetron is not used for a bug going round nursery; see your GP if your child cannot keep fluids down.",
        OFF_LABEL,
    ),
    ("meloxicam", "Don't take meloxicam for monthly cramps; ibuprofen is licensed for that.", OFF_LABEL),
    ("meloxicam", "Meloxicam is not approved for period pain, so we don't suggest it for monthly cramps.", OFF_LABEL),
    # a bug's other signs, the ends of a thing, a car park
    (
        "ondansetron",
        "The bug from nursery gave him a runny nose for a week, and we gave him ondansetron for his chemo sickness.",
        OFF_LABEL,
    ),
    ("ondansetron", "She cut both ends off the tablet strip and gave him one Zofran before chemo.", OFF_LABEL),
    (
        "ondansetron",
        "The twins got sick in the car park after the chemo, so I gave them half an ondansetron.",
        OFF_LABEL,
    ),
    # a side effect
    ("meloxicam", "Meloxicam can cause stomach cramps; if you get those, stop it and call us.", OFF_LABEL),
    # the approved uses in lay words, and another medicine's use
    ("ondansetron", "After her operation she was given a Zofran melt and kept her toast down.", OFF_LABEL),
    (
        "ibuprofen",
        "Plenty of you ask about the monthly cramps that put you on the sofa for a day, and yes, an ibuprofen tablet sorts those"
        " out nicely too.",
        OFF_LABEL,
    ),
    ("naproxen", "My monthly cramps are brutal, and two Aleve sort those out.", OFF_LABEL),
    ("ibuprofen", "Ibuprofen takes care of those monthly cramps.", OFF_LABEL),
    ("meloxicam", "Meloxicam takes care of those stiff arthritic knees in the morning.", OFF_LABEL),
    (
        "meloxicam",
        "Plenty of you ask about the monthly cramps that put you on the sofa for a day, and yes, a naproxen tablet sorts those out"
        " nicely; meloxicam is for arthritis.",
        OFF_LABEL,
    ),
]
