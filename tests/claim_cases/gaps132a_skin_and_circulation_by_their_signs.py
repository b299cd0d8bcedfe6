"""Off-label uses told by their signs, skin and infections and circulation, from eval/holdout175 (eq03 fluconazole, eq06
amlodipine), holdout177 (es13 ivermectin), holdout178 (et09 ivermectin) and holdout180 (ev08 ivermectin), as a class.

Class: the condition described, not named, then the drug given for it, in the sentence after or a few on. Scabies told by the
night itch and the bumps or burrows between the fingers and on the wrists, then ivermectin tablets given: by a clinic that
meets the trouble ("When we see it, our clinicians usually prescribe ..."), by a clinic's own voice ("For them we usually
prescribe ..."), or in a chat whose next message only asks what was done ("Poor Mama. What did they say??") before the one
that tells of the home's doctor who "came this afternoon and gave everyone ... ivermectin tablets". Athlete's foot (a new
condition, tinea pedis) told by the skin between the toes gone white and soggy, cracked, peeling or itching, then fluconazole
from the doctor it was shown to ("I showed my sports-medicine doc, who wrote me a prescription for fluconazole"). Raynaud's
told by the fingers going white, then bluish or purplish, in the cold, said to come back every winter ("It happens every
winter."), then amlodipine used "for that". None of these is an approved use (oral ivermectin: strongyloidiasis and
onchocerciasis; fluconazole: Candida and cryptococcal infections; amlodipine: hypertension and coronary artery disease);
told in lay words, a warning. Silent: the giving denied or disclosed, another drug given, an approved use told by its signs
(threadworm, a yeast infection, blood pressure that climbs every winter), the toes only dried after a run, a reply that asks
nothing about what was done.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (es13)
    (
        "ivermectin",
        "You've been scratching for two weeks, it's worst at night, and you can see thin, wavy lines and tiny bumps between your"
        " fingers, on your wrists and along your waistband. Your roommate has started scratching too. That's usually mites"
        " burrowing under the skin, and it spreads through close contact and shared bedding. When we see it, our clinicians"
        " usually prescribe ivermectin tablets: one dose by weight, and a second dose 7 to 14 days later.",
        OFF_LABEL,
        "warning",
    ),
    # (ev08)
    (
        "ivermectin",
        "We see this every summer. Backpackers come in after a few weeks in shared dorms with an itch that is worst at night, a"
        " rash of tiny bumps between the fingers, around the wrists and along the waistband, and thin wavy lines in the skin"
        " where something has burrowed. For them we usually prescribe two doses of ivermectin tablets, one week apart, and we ask"
        " everyone they shared a bed or a towel with to be treated at the same time.",
        OFF_LABEL,
        "warning",
    ),
    # (et09)
    (
        "ivermectin",
        "**Chioma:** Update on Grandma. Went to Maplewood today. She's been scratching like mad for two weeks, tiny itchy bumps in"
        " the webs of her fingers and round her wrists, way worse at night. Turns out three other ladies on her floor have the"
        " same thing.\n\n**Emeka:** Poor Mama. What did they say??\n\n**Chioma:** The home's doctor came this afternoon and gave"
        " everyone on the floor ivermectin tablets to clear it up, plus they're washing all the bedding on hot.",
        OFF_LABEL,
        "warning",
    ),
    # (eq03)
    (
        "fluconazole",
        "Around week twelve of building toward the lakefront marathon, the skin between my fourth and fifth toes on both feet went"
        " white and soggy, then split into little cracks that burned in the shower and itched like crazy at night. The creams from"
        " the drugstore did nothing. I showed my sports-medicine doc, who wrote me a prescription for fluconazole: one 150 mg"
        " tablet once a week for four weeks.",
        OFF_LABEL,
        "warning",
    ),
    # (eq06)
    (
        "amlodipine",
        "**Monday 12 January.** Cold snap. Mum's fingers went dead white, then bluish, when she was unpacking the frozen peas, and"
        " they throbbed and went bright red when they warmed up. It happens every winter. Dr. Okoye says the same tablet opens up"
        " the little vessels in the hands, so he wants to use it for that through the cold months.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: a school nurse's clinic meeting the trouble
    (
        "ivermectin",
        "Every term a few boarders turn up clawing at their skin every night, with a bumpy rash between their fingers and round"
        " their wrists. Once the doctor has confirmed it, she usually gives ivermectin tablets to the whole dormitory.",
        OFF_LABEL,
        "warning",
    ),
    # ... a camp's health officer, the clinic's own voice
    (
        "ivermectin",
        "Kids come back from camp with an itch that gets much worse at night and little lines in the skin between their fingers."
        " For them we then prescribe ivermectin, a dose by weight and a repeat a week later.",
        OFF_LABEL,
        "warning",
    ),
    # ... a chat: the signs, a reply asking, then the visit and the giving
    (
        "ivermectin",
        "Dad: Jamie's been scratching all night again, tiny bumps between his fingers and on his wrists, worse in bed.\n\n"
        "Mum: Oh no! What did the GP say?\n\n"
        "Dad: The GP came round this evening and gave him ivermectin tablets, and we're all washing the sheets.",
        OFF_LABEL,
        "warning",
    ),
    # ... athlete's foot shown to the nurse, in a forum voice
    (
        "fluconazole",
        "I had raw, itchy cracks between my toes all summer from wet trainers. Then I showed it to the nurse practitioner, who"
        " wrote me a prescription for Diflucan, one tablet a week.",
        OFF_LABEL,
        "warning",
    ),
    # ... a podiatry clinic's sheet
    (
        "fluconazole",
        "Runners often come in with white, soggy skin between their toes that itches after every long run. For them we usually"
        " prescribe weekly fluconazole tablets for a month.",
        OFF_LABEL,
        "warning",
    ),
    # ... named: an error
    ("fluconazole", "My dermatologist prescribed fluconazole for my athlete's foot, one tablet every week.", OFF_LABEL, "error"),
    # ... Raynaud's in a son's voice, purplish toes, the trouble years long
    (
        "amlodipine",
        "Dad's toes go purplish and numb whenever he goes out in the frost. It's been like that for years. His GP wants to use"
        " amlodipine for that this winter.",
        OFF_LABEL,
        "warning",
    ),
    # ... a clinic's voice
    (
        "amlodipine",
        "Patients whose fingers go white and then blue in the cold come to us every winter. For them we usually prescribe"
        " amlodipine at a low dose.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed in the giving's sentence
    (
        "ivermectin",
        "You've been scratching for two weeks, it's worst at night, and you can see tiny bumps between your fingers and on your"
        " wrists. When we see it, our clinicians usually prescribe ivermectin tablets, which is an off-label use in the US.",
        OFF_LABEL,
    ),
    # the giving denied
    (
        "ivermectin",
        "You've been scratching for two weeks, it's worst at night, and you can see tiny bumps between your fingers and on your"
        " wrists. When we see it, our clinicians do not prescribe ivermectin tablets; a cream is the usual treatment.",
        OFF_LABEL,
    ),
    # another drug given; ivermectin's own approved use after
    (
        "ivermectin",
        "Backpackers come in with an itch that is worst at night and tiny bumps between the fingers and around the wrists. For them"
        " we usually prescribe permethrin cream. Ivermectin tablets are for threadworm infections of the gut.",
        OFF_LABEL,
    ),
    # an approved use told by its signs (threadworm), then the clinic's giving
    (
        "ivermectin",
        "Some travellers come back from the tropics with an itchy rash on their feet, a cough and diarrhea from a threadworm"
        " infection. For them we usually prescribe ivermectin tablets.",
        OFF_LABEL,
    ),
    # a chat whose reply asks something else, not what was done: the giving does not reach back past it
    (
        "ivermectin",
        "Dad: Jamie's been scratching all night again, tiny bumps between his fingers and on his wrists, worse in bed.\n\n"
        "Mum: Is the school nurse still off sick?\n\n"
        "Dad: The GP came round this evening and gave him ivermectin tablets for the worms he picked up abroad.",
        OFF_LABEL,
    ),
    # the toes only dried after a run; fluconazole for its approved use
    (
        "fluconazole",
        "Dry carefully between your toes after every run and change your socks. When I got a vaginal yeast infection after a long"
        " race, I showed my doctor, who prescribed a single fluconazole tablet.",
        OFF_LABEL,
    ),
    # another drug given for the toes
    (
        "fluconazole",
        "The skin between my toes went white and soggy and itched like mad. I showed my GP, who prescribed terbinafine cream."
        " Fluconazole is for yeast infections.",
        OFF_LABEL,
    ),
    # the doctor shown, but nothing given
    (
        "fluconazole",
        "The skin between my toes went white and soggy and itched like mad. I showed my GP, who told me to keep my feet dry and"
        " change my socks. Fluconazole is for yeast infections.",
        OFF_LABEL,
    ),
    # amlodipine for its approved use, the trouble said to come every winter
    (
        "amlodipine",
        "Mum's high blood pressure gets worse in the cold. It happens every winter. Dr. Okoye wants to use amlodipine for that.",
        OFF_LABEL,
    ),
    # Raynaud's signs, then amlodipine said not to help
    (
        "amlodipine",
        "Mum's fingers went dead white, then bluish, in the cold. It happens every winter. Dr. Okoye says amlodipine won't help"
        " with that, so she wears thick gloves. Amlodipine is for her high blood pressure.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "amlodipine",
        "Mum's fingers went dead white, then bluish, in the cold. It happens every winter. Dr. Okoye wants to use amlodipine for"
        " that, which is an off-label use.",
        OFF_LABEL,
    ),
    # the recurrence is a side effect's, told after a dose
    (
        "amlodipine",
        "Mum's ankles swell by the evening since she started amlodipine for her blood pressure. It happens every time she takes a"
        " tablet. Her GP says to raise her feet for that.",
        OFF_LABEL,
    ),
]
