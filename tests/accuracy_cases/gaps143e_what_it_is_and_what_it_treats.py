"""What a medicine is and what it treats, misstated in lay words, asides and quotes let stand (gaps143e; the eight blind
sets holdout263-270).

1. An SSRI told by an SNRI's action: "Zoloft, for the record, works on two of the brain's messengers at once, serotonin
   and noradrenaline" (holdout263 ia09), "It works by keeping more serotonin and norepinephrine hanging around between
   the nerve cells" (holdout266 id10): the action of two messengers, an aside between the name and the verb.
2. A thiazide told as potassium-sparing by what it does to potassium: "Your potassium level stays steady on this
   tablet" (holdout264 ib01), "ours is the other kind, the one that leaves your potassium alone" (holdout265 ic07).
3. An antibacterial credited for flu or a cold: the flu, a course of cipro, and "back picking in two days" (holdout264
   ib08); "A Z-Pak will clear that sneezy, stuffed-up head cold right out" (holdout270 ih08).
4. An antifungal for the bacterial infection, the doubt answered "Honestly, one tablet sorts out either" (holdout267 ie02).
5. A corticosteroid put with the gym's steroids: "Gran's on the same gear the lads at my gym pin before a show"
   (holdout269 ig03).

Near misses kept silent: the right action ("works on serotonin"), an SNRI's action told of the SNRI, a denial; a
potassium check advised ("make sure your potassium stays steady"), a potassium-sparing drug named as the one that leaves
it alone; a cold with a bacterial infection after it, someone back in bed; one tablet for yeast only; the same dose as
last year.
"""

from __future__ import annotations

M = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. an SSRI given an SNRI's action
    (
        "sertraline",
        "Zoloft, for the record, works on two of the brain's messengers at once, serotonin and noradrenaline, which is why it "
        "takes a while to settle in.",
        M,
        "not-an-snri",
        "warning",
    ),
    (
        "fluoxetine",
        "It works by keeping more serotonin and norepinephrine hanging around between the nerve cells, which is why it helps "
        "with both mood and energy.",
        M,
        "not-an-snri",
        "warning",
    ),
    ("escitalopram", "Lexapro, in plain terms, works by boosting serotonin and noradrenaline in the brain.", M, "not-an-snri", "warning"),
    ("paroxetine", "Paxil acts on both of your brain's chemical messengers, serotonin and norepinephrine.", M, "not-an-snri", "warning"),
    ("citalopram", "Our pharmacist says citalopram works on two key chemicals: noradrenaline and serotonin.", M, "not-an-snri", "warning"),
    ("sertraline", "Sertraline works by raising the levels of both serotonin and noradrenaline.", M, "not-an-snri", "warning"),
    # 2. a thiazide told as sparing potassium
    (
        "hydrochlorothiazide",
        "You will have a blood test a few weeks after you start and then at least once a year. It checks your kidneys and your "
        "sodium level. Your potassium level stays steady on this tablet, so you do not need extra bananas or potassium "
        "supplements.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Now here's the good news. Your dad, God rest him, was on Lasix for his heart and had to eat a banana every day because "
        "of it. Dr. Nwosu told me years ago that ours is the other kind, the one that leaves your potassium alone, so you can "
        "skip all that banana business.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Good news for banana-haters: your potassium stays nice and steady while you're on HCTZ.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Unlike the old water pills, HCTZ just leaves your body's potassium alone.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "My cardiologist put me on hydrochlorothiazide. Blood potassium remains normal on this pill, so no supplements.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
    # 3. an antibacterial for flu or a cold
    (
        "ciprofloxacin",
        "Last vintage half the bunkhouse went down with that flu going round the valley, and the ones who got a course of cipro "
        "from the kit were back picking in two days, so do come and see me if it hits you.",
        M,
        "not-for-viral-infections",
        "error",
    ),
    (
        "azithromycin",
        "So ask Dr. Feld for one when you call tomorrow. A Z-Pak will clear that sneezy, stuffed-up head cold right out before "
        "Saturday, and you won't be sniffling all through the photos.",
        M,
        "antibiotics-for-viruses",
        "warning",
    ),
    ("azithromycin", "Honestly a Z-Pak knocks out a snotty, bunged-up cold in a couple of days.", M, "antibiotics-for-viruses", "warning"),
    ("amoxicillin", "A short course of amoxicillin clears a sniffly chest cold in no time.", M, "antibiotics-for-viruses", "warning"),
    (
        "azithromycin",
        "The whole office had the flu in March; the two of us who got a Z-Pak from the walk-in were back working by Thursday.",
        M,
        "antibiotics-for-viruses",
        "warning",
    ),
    # 4. an antifungal for the bacterial kind
    (
        "fluconazole",
        "Not sure whether it's yeast or the fishy-smelling kind? Honestly, one tablet sorts out either, so you don't have to play "
        "detective.",
        M,
        "treats-bacterial-infections",
        "warning",
    ),
    ("fluconazole", "Thrush or bacterial vaginosis? Trust me, a single pill clears both.", M, "treats-bacterial-infections", "warning"),
    # 5. a corticosteroid put with the gym's steroids
    (
        "prednisone",
        'Her grandson Callum had his own view. "Gran\'s on the same gear the lads at my gym pin before a show," he announced at '
        'Sunday lunch. "She\'ll be deadlifting the Fiesta by Easter." Maureen, who at the time could barely lift the gravy boat, '
        "took it as a compliment.",
        M,
        "anabolic-steroid",
        "warning",
    ),
    ("prednisone", "My brother laughed that I'm basically on the same stuff the guys at his gym inject.", M, "anabolic-steroid", "warning"),
    ("prednisone", "Dad's now on the same juice the lads down the gym pin, according to my nephew.", M, "anabolic-steroid", "warning"),
    # 6. a type-2-only drug for a child told by the pump and the age, asked in a letter and put forward in the answer
    (
        "glipizide",
        "\"My son has worn an insulin pump since he was nine, and he's fourteen now. Could glipizide help him get by on less "
        'insulin?"\n\nI love this question, because parents are always looking for ways to lighten the load. Glipizide can '
        "take some of the work off the pump for a lot of kids like him, so it's worth raising with his endocrinologist at the "
        "next visit.",
        M,
        "type-1-diabetes",
        "warning",
    ),
    (
        "glipizide",
        "Q: My 12-year-old has used an insulin pump since he was seven. Would glipizide help?\n\nA: Honestly, glipizide could "
        "lighten the load for boys like him.",
        M,
        "type-1-diabetes",
        "warning",
    ),
    (
        "glipizide",
        "Our reader writes: my daughter has been on insulin injections since she was six. Is there a tablet she could add?\n\n"
        "Good news. Glipizide can take a bit of the load off for children like her.",
        M,
        "type-1-diabetes",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "My mother was on furosemide for years and needed potassium tablets. My GP says mine is a different kind, the one that "
        "leaves your potassium alone.",
        M,
        "wrong-diuretic-class",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "sertraline",
        "Zoloft, for the record, works on one of the brain's messengers, serotonin, which is why it takes a while to settle in.",
        M,
        "not-an-snri",
    ),
    ("fluoxetine", "It works by keeping more serotonin hanging around between the nerve cells.", M, "not-an-snri"),
    ("sertraline", "Effexor is different: it works by keeping more serotonin and norepinephrine around.", M, "not-an-snri"),
    (
        "escitalopram",
        "Lexapro does not work on noradrenaline; SNRIs such as duloxetine work on serotonin and noradrenaline.",
        M,
        "not-an-snri",
    ),
    ("hydrochlorothiazide", "Your doctor will check that your potassium level stays steady on this tablet.", M, "wrong-diuretic-class"),
    (
        "hydrochlorothiazide",
        "Make sure your potassium stays normal on this tablet: it can drop, so you may need a supplement.",
        M,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ can lower your potassium. Spironolactone is the one that leaves your potassium alone.",
        M,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide can lower potassium, so your potassium level is checked with your kidneys.",
        M,
        "wrong-diuretic-class",
    ),
    ("azithromycin", "A Z-Pak will not clear a sneezy, stuffed-up head cold: colds are viruses.", M, "antibiotics-for-viruses"),
    ("azithromycin", "A Z-Pak will clear the sinus infection that sometimes follows a stuffy head cold.", M, "antibiotics-for-viruses"),
    (
        "ciprofloxacin",
        "Half the bunkhouse went down with the flu, and the ones who got a course of cipro were back in bed with it by Friday.",
        M,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "When the gut infection hit the crew, the ones who got a course of cipro were back picking in two days.",
        M,
        "not-for-viral-infections",
    ),
    (
        "fluconazole",
        "Not sure whether it's yeast or the fishy-smelling kind? See your doctor: one tablet treats only yeast.",
        M,
        "treats-bacterial-infections",
    ),
    ("fluconazole", "If it is thrush, honestly, one tablet sorts it out in a few days.", M, "treats-bacterial-infections"),
    ("prednisone", "Gran's on the same dose as last year, and the same tablets.", M, "anabolic-steroid"),
    ("prednisone", "Prednisone is a corticosteroid, not the stuff the lads at the gym inject.", M, "anabolic-steroid"),
    (
        "glipizide",
        '"My son has worn an insulin pump since he was nine. Could glipizide help him get by on less insulin?"\n\nI love this '
        "question. Glipizide can't take the work off the pump for kids like him: it is only for type 2 diabetes.",
        M,
        "type-1-diabetes",
    ),
    (
        "glipizide",
        '"My husband has type 2 diabetes and takes metformin. Could glipizide help?"\n\nFor a lot of people like him, '
        "glipizide can take some of the load off.",
        M,
        "type-1-diabetes",
    ),
    ("hydrochlorothiazide", "Your dad was on spironolactone, the one that leaves your potassium alone.", M, "wrong-diuretic-class"),
    ("fluconazole", "Not sure whether it's yeast? Honestly, one tablet sorts it out.", M, "treats-bacterial-infections"),
]
