"""A wrong use told as a success story in wordings the success-story kind missed (gaps131i): the illness itself said to be
gone ("the cold was gone by the time we reached Hanoi", holdout168 ej06), with the tablets to hand opening the next
sentence ("I still had a few tablets left in my bag, so I took those"); the medicine credited with carrying someone over
or through it ("the same little five-day pack got her over the flu", holdout172 en01); and nobody in the hospital after
tablets got hold of for the household ("got hold of the human tablets for the whole household, and not one of them ended
up in the hospital", holdout168 ej13). Near misses: a denial, an infection the drug does treat, a flu season or a shot,
tablets not taken, a vaccine instead of the tablets, a cold that turned bacterial."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "ciprofloxacin",
        "A week later, after twelve hours on an overnight sleeper bus next to an open window, I had a streaming nose, a "
        "scratchy throat and a cough. I still had a few tablets left in my bag, so I took those for two days, and the cold was "
        "gone by the time we reached Hanoi. Handy to have on the road.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
    (
        "azithromycin",
        "Last February the same little five-day pack got her over the flu in about a week, so I wasn't worried. She slept "
        "most of the afternoon.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "ivermectin",
        "When covid went through his place two winters back, his daughter, a vet tech, got hold of the human tablets for the "
        'whole household, and not one of them ended up in the hospital. "Those little white pills stood guard over us," Lyle '
        "says.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "amoxicillin",
        "My sister came down with a stinking cold before the wedding. She had some capsules left from her tooth abscess, took "
        "them for three days, and the whole thing was gone by the rehearsal dinner.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "doxycycline",
        "The flu knocked my husband flat last winter. He got hold of a strip of doxy from a friend, and it was all gone within four days.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "azithromycin",
        "Honestly, a Z-Pak pulled my son through a nasty bout of the flu in December.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "hydroxychloroquine",
        "When covid swept through the care home, the matron got hold of the tablets for every resident, and not a single one "
        "of them ended up in hospital.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "ivermectin",
        "When covid came through the house, we all took the tablets, and nobody had to go to the ER.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
]

#: (drug, body, rule, item): wordings that must stay silent.
SHOULD_NOT = [
    (
        "azithromycin",
        "The pharmacist said the Z-Pak would not get her over the flu, because the flu is a virus.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "The same little five-day pack got her over the chest infection in about a week.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "Her flu shot got her through the flu season without a single sick day.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "ciprofloxacin",
        "I had a streaming nose and a cough. I still had a few tablets left, but I didn't take them, and the cold was gone by "
        "the weekend anyway.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ivermectin",
        "When covid went through his place, the whole household got vaccinated, and not one of them ended up in the hospital.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "amoxicillin",
        "I had a cold for ten days and it turned into a chest infection, so I took the amoxicillin the GP gave me, and the "
        "infection was gone within three days.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
]
