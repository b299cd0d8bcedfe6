"""What a medicine is or does misstated in lay words, a quote the writer lets stand or a confident aside, from
eval/holdout239 (hc08), holdout240 (hd03), holdout241 (he03), holdout242 (hf10), holdout243 (hg01), holdout244 (hh03),
holdout245 (hi03, hi04, hi09) and holdout246 (hj04), as a class.

Class: the drug given a class, an action, a use or an approval it does not have, in everyday words: loratadine that
"unblocks a stuffed-up nose", losartan "one of the ACE family, same as my brother's lisinopril", buspirone "basically baby
Xanax, same family", prednisone "the same juice the powerlifters ... inject", hydrochlorothiazide that "does not cause you
to lose potassium", Mounjaro and Zepbound that "both now carry FDA approval for weight loss", montelukast taken "right
then" when "my breathing starts acting up", amoxicillin that "handles the usual winter bugs too, colds and flu included",
metronidazole that cleared "the thick, white, itchy kind". Near misses stay silent: denied or corrected, another medicine's
class or use, the true statement (a runny nose dried up, an ARB, a thiazide that can lower potassium, Zepbound approved for
weight management, montelukast every evening, an antibiotic for a bacterial infection, metronidazole for BV).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
DECONGESTANT = "not-a-decongestant"
WRONG = "wrong-class"
BENZO = "not-a-benzodiazepine"
ANABOLIC = "anabolic-steroid"
DIURETIC = "wrong-diuretic-class"
MOUNJARO = "mounjaro-not-approved-for-weight-loss"
ATTACKS = "stops-asthma-attacks"
VIRUSES = "antibiotics-for-viruses"
YEAST = "treats-yeast-infections"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "loratadine",
        '"Last June I woke up with my whole face feeling like it was full of wet sand," she recalls. "I took my tablet, went'
        " out to deadhead the roses, and by lunchtime the stuffiness had drained away completely. That's why I swear by it.\""
        " Plenty of gardeners we spoke to said much the same.",
        MISSTATEMENT,
        DECONGESTANT,
        "warning",
    ),
    (
        "loratadine",
        "It is a routine plenty of runners will recognise, and the appeal is obvious: one small tablet that dries up the drip,"
        " calms the itch and unblocks a stuffed-up nose as well.",
        MISSTATEMENT,
        DECONGESTANT,
        "warning",
    ),
    (
        "losartan",
        "He was started first on lisinopril. Within a month he had a dry, tickly cough, so his doctor switched him to losartan,"
        " sold under the brand name Cozaar.\n\n\"It's one of the ACE family, same as my brother's lisinopril, just without"
        ' the cough," Walter says, tapping the bottle on his kitchen windowsill.',
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "buspirone",
        "**@jess.k** (Mon 9:40 AM): honestly buspirone is basically baby Xanax, same family, just gentler. that's why it"
        " doesn't knock you out like the real thing",
        MISSTATEMENT,
        BENZO,
        "warning",
    ),
    (
        "prednisone",
        "He went to urgent care and was sent home with a five-day course of prednisone, 40 mg each morning.\n\nDale swears"
        " it's the same juice the powerlifters at his nephew's gym inject, and says that by Thursday he was lifting full deeps"
        " onto the truck one-handed.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "## Your potassium\n\nUnlike some other water tablets, hydrochlorothiazide does not cause you to lose potassium, so"
        " there is no need to eat extra bananas or take potassium supplements.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "tirzepatide",
        "- Mounjaro and Zepbound are the same medicine, and both now carry FDA approval for weight loss; the name on the box"
        " just depends on how your insurance codes it.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    (
        "montelukast",
        "Quick tip nobody tells you: on days my breathing starts acting up on me (cut grass and cold snaps do it every time),"
        " I don't wait for the evening, I take that day's montelukast right then and it settles everything down.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    (
        "amoxicillin",
        "Amoxicillin handles the usual winter bugs too, colds and flu included, so it's worth asking your doctor for a round"
        " when you're laid up.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "metronidazole",
        '"Whatever it is down there, the little white pills take care of it," her older sister told her that week, and for'
        " years that became Renata's rule. When the trouble came back as the thick, white, itchy kind, she swallowed whatever"
        " tablets were left in the bottle from last time, and that cleared up too.",
        MISSTATEMENT,
        YEAST,
        "warning",
    ),
]

SHOULD += [
    # new wordings in other voices
    (
        "loratadine",
        "Pharmacist's tip: for hay fever season, a single tablet each morning stops the sneezing, soothes the eyes and unclogs"
        " your sinuses too.",
        MISSTATEMENT,
        DECONGESTANT,
        "warning",
    ),
    (
        "loratadine",
        "Diary, 12 May. Took my little tablet at seven; by the bus stop the pressure behind my cheeks had lifted.",
        MISSTATEMENT,
        DECONGESTANT,
        "warning",
    ),
    (
        "losartan",
        "Cozaar, our pharmacist explained, is one of the ACE group of blood pressure medicines, like ramipril.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "buspirone",
        "Listener question: my GP gave me buspirone. Is it safe? Host: it's basically mini Valium, so go easy at first.",
        MISSTATEMENT,
        BENZO,
        "warning",
    ),
    (
        "prednisone",
        "Coach's corner: prednisone is the same stuff the bodybuilders at the leisure centre inject, so don't be surprised if"
        " the lads tease you.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ won't make your body lose potassium, so skip the potassium-rich foods your friends go on about.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "tirzepatide",
        "Ask the nurse: Mounjaro or Zepbound? They both hold FDA approval for weight management, so either pen will do.",
        MISSTATEMENT,
        MOUNJARO,
        "warning",
    ),
    (
        "montelukast",
        "Parents' forum: when his chest gets tight at practice, he chews his montelukast right there and then on the bench.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    (
        "montelukast",
        "Whenever my asthma starts playing up at work, I don't wait until bedtime: I take my daily tablet straight away.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    (
        "amoxicillin",
        "Our family swears by it: a course of amoxicillin handles the flu in a few days.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "metronidazole",
        "When the itch came back as the white, thick, itchy kind, I popped the tablets left over from my BV, and it went away.",
        MISSTATEMENT,
        YEAST,
        "warning",
    ),
]

#: (drug, body, rule, item): nothing of the item.
SHOULD_NOT = [
    # the true statement: a runny nose dried up, the itch calmed
    ("loratadine", "One small tablet dries up the drip and calms the itch.", MISSTATEMENT, DECONGESTANT),
    # denied, or the decongestant in another product
    ("loratadine", "One small tablet calms the itch, but it won't unblock a stuffed-up nose.", MISSTATEMENT, DECONGESTANT),
    (
        "loratadine",
        "Claritin-D is the one that unblocks a stuffed-up nose; plain loratadine only dries the drip.",
        MISSTATEMENT,
        DECONGESTANT,
    ),
    (
        "loratadine",
        "I took my tablet at breakfast, and by lunch the pressure in my head had not budged at all.",
        MISSTATEMENT,
        DECONGESTANT,
    ),
    (
        "loratadine",
        "I took my blood pressure tablet first, and the pressure reading had settled by noon.",
        MISSTATEMENT,
        DECONGESTANT,
    ),
    # the right class; another drug's class
    ("losartan", "Losartan is not one of the ACE family; it is an angiotensin receptor blocker.", MISSTATEMENT, WRONG),
    (
        "losartan",
        "Lisinopril is one of the ACE family; losartan, which replaced it, works on the receptor instead.",
        MISSTATEMENT,
        WRONG,
    ),
    ("buspirone", "Buspirone is not baby Xanax or any other benzodiazepine.", MISSTATEMENT, BENZO),
    ("buspirone", "It is gentler than Xanax and is not in the same family.", MISSTATEMENT, BENZO),
    (
        "prednisone",
        "Prednisone is not the stuff the powerlifters at the gym inject; it is a corticosteroid.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    # the thiazide's true potassium loss
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide can cause you to lose potassium, so your doctor may check your blood.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "hydrochlorothiazide",
        "Spironolactone does not make you lose potassium; hydrochlorothiazide can, which is why they are sometimes combined.",
        MISSTATEMENT,
        DIURETIC,
    ),
    # Zepbound's approval, or the pair with only one approved
    (
        "tirzepatide",
        "Mounjaro and Zepbound are the same medicine, but only Zepbound carries FDA approval for weight loss.",
        MISSTATEMENT,
        MOUNJARO,
    ),
    ("tirzepatide", "Zepbound carries FDA approval for weight management.", MISSTATEMENT, MOUNJARO),
    # the daily dose, the inhaler for the attack
    (
        "montelukast",
        "On days my breathing starts acting up, I use my blue inhaler right then and take my montelukast in the evening as usual.",
        MISSTATEMENT,
        ATTACKS,
    ),
    (
        "montelukast",
        "When your chest gets tight, never take an extra montelukast right then; reach for the rescue inhaler.",
        MISSTATEMENT,
        ATTACKS,
    ),
    # a bacterial infection; a cold that the antibiotic does not touch
    (
        "amoxicillin",
        "Amoxicillin handles strep throat and ear infections, but colds and flu are viruses it cannot touch.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("amoxicillin", "It does not handle the flu, so don't ask for a round when you're laid up.", MISSTATEMENT, VIRUSES),
    # BV cleared; the yeast infection treated with something else
    (
        "metronidazole",
        "When the trouble came back as the thin, grey, fishy kind, she took the tablets her doctor prescribed, and that cleared up too.",
        MISSTATEMENT,
        YEAST,
    ),
    (
        "metronidazole",
        "When it came back as the thick, white, itchy kind, she swallowed the leftover tablets, and it did not go away: that"
        " one needed an antifungal.",
        MISSTATEMENT,
        YEAST,
    ),
]
