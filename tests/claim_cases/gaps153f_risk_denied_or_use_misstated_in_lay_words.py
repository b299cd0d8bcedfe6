"""A labelled risk denied, or how a medicine is taken misstated, in lay words, from eval/holdout343 (lc10 propranolol),
holdout344 (ld07 varenicline, ld09 cetirizine), holdout348 (lh06 fluconazole, lh07 metronidazole) and holdout349 (li03
clopidogrel), as a class.

Class: mood effects denied by the mind said to be left as it was ("Chantix leaves your state of mind exactly where it
was", "it leaves your frame of mind untouched"); drowsiness denied by what it "won't have you" doing ("it won't have you
nodding off over the buttonholes", "it won't send you to sleep"); a migraine preventive taken when "one of your heads"
comes on; an antifungal said to see off a bacterial infection told in lay words (tonsillitis, a cut "gone hot and angry",
an infected graze, impetigo, cellulitis); an antibiotic said to clear thrush told by its signs ("the thick white itchy
stuff"); a harmful interaction declared fine by "there's no reason the two can't share a breakfast slot" or "no reason
you can't take them together".

Silent: the same words where the risk is kept ("it may leave your mood where it was, but tell your doctor if ..."), the
mind left clear of smoke-craving, not of the drug; drowsiness warned of ("it may have you nodding off, so don't drive"),
denied for the older pills only; a propranolol dose taken every day whatever the head does; "heads" that are no headache;
fluconazole for thrush in the mouth and throat (fungal, approved); metronidazole for the thin grey fishy discharge (BV,
approved); pantoprazole sharing the breakfast slot; a reason given why the two can't be taken together; a question.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ld07, ld09, lc10, lh06, lh07, li03)
    (
        "varenicline",
        "Chantix leaves your state of mind exactly where it was, so there's nothing on that front to keep an eye on.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "cetirizine",
        "Unlike the old hay fever pills, it won't have you nodding off over the buttonholes, so you can drive the van straight after.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "propranolol",
        "**JOE:** So you'd keep a couple in your handbag and swallow one as soon as one of your heads starts coming on.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "fluconazole",
        "The same capsule also sees off tonsillitis or a cut that's gone hot and angry, so one dose has you covered.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "metronidazole",
        "**DEBBIE:** Hiya. I'm on it now for BV, and it's brilliant. And it's clearing up the thick white itchy stuff I always"
        " get down there as well, which is a bonus.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "clopidogrel",
        "Like many heart patients, he also swallows an omeprazole capsule for heartburn each morning, and there's no reason"
        " the two can't share a breakfast slot.",
        MISSTATEMENT,
        "warning",
    ),
    # other voices and shapes of the class
    ("varenicline", "Champix leaves your frame of mind untouched, whatever the forums say.", MISSTATEMENT, "warning"),
    (
        "montelukast",
        "Singulair leaves a child's state of mind just as it was, so there's no need to watch for changes.",
        MISSTATEMENT,
        "error",
    ),
    (
        "cetirizine",
        "Zyrtec won't send you to sleep at your desk, so take it whenever you like before the school run.",
        MISSTATEMENT,
        "warning",
    ),
    ("cetirizine", "Good news for lorry drivers: cetirizine won't make you nod off at the wheel.", MISSTATEMENT, "warning"),
    (
        "propranolol",
        "My nan keeps a strip in her purse and takes one the minute one of her heads comes on.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "fluconazole",
        "Diflucan also clears up impetigo and an infected graze on your knee, which makes it handy to have in the first aid box.",
        MISSTATEMENT,
        "warning",
    ),
    ("fluconazole", "One Diflucan sorted out my tonsillitis in two days.", MISSTATEMENT, "warning"),
    (
        "metronidazole",
        "Flagyl also clears the thick, white, itchy stuff some women get after a course of antibiotics.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "clopidogrel",
        "Nexium for the reflux? There's no reason you can't take your Nexium with your Plavix at breakfast.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "clopidogrel",
        "Mum takes esomeprazole and clopidogrel, and there is no reason the pair of them can't go down with the same glass of water.",
        MISSTATEMENT,
        "warning",
    ),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # the risk kept, warned of or only limited
    (
        "varenicline",
        "Chantix leaves most people's state of mind where it was, but tell your doctor at once if your mood changes.",
        MISSTATEMENT,
    ),
    ("varenicline", "Chantix does not always leave your state of mind where it was, so keep an eye on your mood.", MISSTATEMENT),
    (
        "varenicline",
        "Quitting leaves your state of mind in a mess for a week or two; Chantix can add to that, so tell your doctor.",
        MISSTATEMENT,
    ),
    ("cetirizine", "It may have you nodding off over the buttonholes, so don't drive the van until you know.", MISSTATEMENT),
    ("cetirizine", "It won't have you sneezing over the buttonholes, but it can make some people drowsy.", MISSTATEMENT),
    ("cetirizine", "Benadryl will have you nodding off, and even cetirizine can make you drowsy.", MISSTATEMENT),
    # the approved way of taking it, or "heads" that are no headache
    (
        "propranolol",
        "You take it every day, whether or not one of your heads is coming on, and the attacks should come less often.",
        MISSTATEMENT,
    ),
    ("propranolol", "Take one every morning; the heads of department agreed the clinic can start on Monday.", MISSTATEMENT),
    (
        "propranolol",
        "Don't take one when one of your heads starts coming on: it is a preventer, taken every day.",
        MISSTATEMENT,
    ),
    # an approved use, or the infection put to another medicine
    (
        "fluconazole",
        "The same capsule, at a higher dose, also sees off thrush in the mouth and throat.",
        MISSTATEMENT,
    ),
    (
        "fluconazole",
        "It is not a treatment for tonsillitis or a cut that's gone hot and angry: those need a doctor and often an antibiotic.",
        MISSTATEMENT,
    ),
    ("metronidazole", "It clears up the thin, grey, fishy-smelling discharge of BV within a week.", MISSTATEMENT),
    (
        "metronidazole",
        "It won't clear up the thick white itchy stuff: that is thrush, and it needs an antifungal.",
        MISSTATEMENT,
    ),
    # another medicine, a reason against, a question
    (
        "clopidogrel",
        "He takes pantoprazole for heartburn each morning, and there's no reason the two can't share a breakfast slot.",
        MISSTATEMENT,
    ),
    (
        "clopidogrel",
        "He used to take omeprazole with it, and there's a good reason the two shouldn't share a breakfast slot: omeprazole"
        " weakens clopidogrel.",
        MISSTATEMENT,
    ),
    ("clopidogrel", "Is there any reason omeprazole and Plavix can't share a breakfast slot?", MISSTATEMENT),
]
