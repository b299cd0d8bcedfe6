"""A wrong drug class implied by likening the drug to other medicines, never stated (misses in eval/holdout123 cq01, cq13,
holdout124 cr01, holdout125 cs03, holdout126 ct02, ct07), as classes (kind ``wrong-class`` and the drugs' own words).

1. The class's substance presumed to be in it, by its name or its device: "the steroid in the blue inhaler" (cq01),
   "how much steroid is in Ventolin", "the insulin in Mounjaro". Not another inhaler's steroid, "no steroid in it", a
   pronoun ("the steroid in it" after the preventer).
2. A yes-or-no question putting the class, answered yes: "Is it in the same family as Effexor and Cymbalta?" then "DEV:
   Pretty much the same idea." (cq13), "Exactly.", "More or less, yes.", "That's right". Not answered no, "Not quite",
   "That depends", "Exactly how it differs ...".
3. Hydrochlorothiazide said to leave potassium be, also as "it" after "It works much like the spironolactone ...:"
   (cr01): "leaves your potassium alone", "leaves potassium levels untouched", "doesn't take any of your potassium with
   it". Not "doesn't leave your potassium alone", spironolactone's own, "Leave the potassium tablets where they are".
4. Prednisone likened to what the doping lifters are on, told by who they are: "a cousin of what the enhanced guys on
   the bodybuilding stage are running" (cs03), "the stuff the juiced-up lifters are taking". Not "nothing like",
   "unlike", what any gym-goer takes for a sprain.
5. Hearsay the writer agrees with: "You'll hear people say venlafaxine belongs to the same family as Prozac and Zoloft,
   and that's a handy way to think about it" (ct02), "They're not wrong.", "which is about right". Not "but that's not
   quite right", "a bad way to think about it", "They're wrong"; true hearsay (sertraline) stays silent. Also one of the
   class made stronger: "Effexor is just a stronger Prozac" (not "stronger than Prozac").
6. A pronoun put in the kind of a medicine named before it: "His late mother had kept her Lantus pens in that same fridge
   door ..., and the practice nurse told him this was the same kind of medicine, just a weekly dose" (ct07). Not "a
   different kind of medicine", "the same kind of pen", "the same kind her own mother used", "Unlike Lantus, it is not
   insulin".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. the steroid presumed in it
    (
        "albuterol",
        '**"Will it stunt growth?"** A few of you have asked whether the steroid in the blue inhaler could affect how tall '
        "your child grows. The amount in two puffs is tiny, and in twenty years I have not seen it make a difference to a "
        "child's height.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "Parents often worry about how much steroid is in Ventolin, but two puffs hold very little.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "The cortisone that's in his rescue inhaler is such a small dose that you shouldn't ration it.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    (
        "albuterol",
        "Any steroid inside the reliever puffer is cleared from the body within hours.",
        MISSTATEMENT,
        "not-a-steroid",
        "warning",
    ),
    ("tirzepatide", "The insulin in Mounjaro is released slowly over the week.", MISSTATEMENT, "not-insulin", "warning"),
    # 2. a question answered yes
    (
        "fluoxetine",
        "**CLAIRE:** So how does it work? Is it in the same family as Effexor and Cymbalta?\n\n**DEV:** Pretty much the same "
        "idea. They all keep more serotonin and norepinephrine hanging around between nerve cells, so the signal lasts longer.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "fluoxetine",
        "**Reader:** Is this medicine the same kind of drug as Effexor?\n\n**Pharmacist:** More or less, yes. Both lift mood "
        "in a similar way.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "fluoxetine",
        "Q: Does Prozac belong to the same group as venlafaxine?\n\nA: Exactly. Same family, same idea.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "fluoxetine",
        "Is it a close cousin of Cymbalta, from the same family? That's right, and it is taken once a day.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    # 3. potassium left be
    (
        "hydrochlorothiazide",
        "HCTZ makes the kidneys pass more salt and water, which lowers the pressure in the blood vessels. It works much like "
        "the spironolactone that Mr. Ahmed has for his heart: it clears out the extra salt and water but leaves the body's "
        "potassium where it is.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Good news for your blood tests: HCTZ leaves your potassium alone.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide gets rid of the extra fluid and leaves potassium levels pretty much untouched.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "This water pill is easy on you. It doesn't take any of your potassium with it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "It works a bit like Aldactone: it flushes out water and leaves potassium intact.",
        MISSTATEMENT,
        "wrong-diuretic-class",
        "warning",
    ),
    # 4. the doping lifters' steroids
    (
        "prednisone",
        "Pred is a steroid, and yeah, it's a cousin of what the enhanced guys on the bodybuilding stage are running, so don't "
        "be shocked if your bench creeps up a few pounds while you're on it.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    (
        "prednisone",
        "Honestly, prednisone is in the same family as the stuff the juiced-up lifters are taking, just gentler.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    ("prednisone", "It's a close cousin of what the pros on stage are on before a show.", MISSTATEMENT, "anabolic-steroid", "warning"),
    (
        "prednisone",
        "Prednisone belongs to the same family as what the roided-up bodybuilders are injecting, only weaker.",
        MISSTATEMENT,
        "anabolic-steroid",
        "warning",
    ),
    # 5. hearsay agreed with; one of the class made stronger
    (
        "venlafaxine",
        "You'll hear people say venlafaxine belongs to the same family as Prozac and Zoloft, and that's a handy way to think "
        "about it: same family, just the bigger, stronger cousin.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    ("venlafaxine", "Some people say Effexor is in the same family as Zoloft. They're not wrong.", MISSTATEMENT, "not-an-ssri", "warning"),
    (
        "venlafaxine",
        "A lot of patients think venlafaxine is in the same class as Lexapro, which is about right.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    (
        "venlafaxine",
        "Many people believe it is an SSRI like Prozac, and honestly, that's not a bad way to picture it.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    ("venlafaxine", "Effexor is just a stronger Prozac.", MISSTATEMENT, "not-an-ssri", "warning"),
    # 6. a pronoun put in the kind named before it
    (
        "tirzepatide",
        "His late mother had kept her Lantus pens in that same fridge door for twenty years, and the practice nurse told him "
        "this was the same kind of medicine, just a weekly dose instead of a nightly one.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    (
        "tirzepatide",
        "Gran kept Toujeo in the fridge door, so the nurse explained that it was the same class of medicine, just weekly.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    (
        "tirzepatide",
        "My aunt is on Levemir, and this is the same sort of medicine, but you only inject it on Sundays.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
    (
        "tirzepatide",
        "Dad had used Lantus for years, so when the pharmacist said it's basically the same type of drug, only once a week, he relaxed.",
        MISSTATEMENT,
        "not-insulin",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # 1.
    (
        "albuterol",
        "The steroid in the brown inhaler is what calms the swelling; the blue inhaler only opens the airways.",
        MISSTATEMENT,
        "not-a-steroid",
    ),
    ("albuterol", "There is no steroid in the blue inhaler.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "Her preventer is a steroid inhaler. The steroid in it settles the swelling over weeks.", MISSTATEMENT, "not-a-steroid"),
    ("albuterol", "Unlike the steroid in her Flovent, the blue inhaler works within minutes.", MISSTATEMENT, "not-a-steroid"),
    # 2.
    (
        "fluoxetine",
        "Is it in the same family as Effexor and Cymbalta? Not quite: it is an SSRI, while those two are SNRIs.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    (
        "fluoxetine",
        "**CLAIRE:** Is it in the same family as Effexor?\n\n**DEV:** No, it's an SSRI. Effexor is an SNRI.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    (
        "fluoxetine",
        "Is it in the same family as Effexor and Cymbalta? That depends on what you mean by family.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    (
        "fluoxetine",
        "Is it in the same family as Effexor? Exactly how it differs matters: it acts only on serotonin.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    ("sertraline", "Is it in the same family as Prozac? Pretty much the same idea, yes.", MISSTATEMENT, "not-an-snri"),
    # 3.
    (
        "hydrochlorothiazide",
        "It works much like spironolactone but doesn't leave your potassium alone, so we check it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "Spironolactone, which leaves potassium alone, is sometimes added to hydrochlorothiazide.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "Hydrochlorothiazide can lower potassium. Leave the potassium tablets where they are until the nurse has checked your levels.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    (
        "hydrochlorothiazide",
        "It works much like the spironolactone Mr. Ahmed takes: it clears out salt and water, and it can lower potassium, so we test it.",
        MISSTATEMENT,
        "wrong-diuretic-class",
    ),
    # 4.
    (
        "prednisone",
        "Prednisone is nothing like what the enhanced guys on the bodybuilding stage are running.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "Unlike what the enhanced lifters are running, prednisone is a corticosteroid that calms inflammation.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "Prednisone is in the same family as what the guys at my gym take for a sprained wrist.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    (
        "prednisone",
        "The enhanced guys on the bodybuilding stage are running testosterone, which is a different family from prednisone.",
        MISSTATEMENT,
        "anabolic-steroid",
    ),
    # 5.
    (
        "venlafaxine",
        "You'll hear people say venlafaxine belongs to the same family as Prozac and Zoloft, but that's not quite right: it is an SNRI.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    (
        "venlafaxine",
        "You'll hear people say venlafaxine belongs to the same family as Prozac and Zoloft, and that's a bad way to think about it.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    ("venlafaxine", "Some people say Effexor is in the same family as Zoloft. They're wrong: it is an SNRI.", MISSTATEMENT, "not-an-ssri"),
    (
        "sertraline",
        "You'll hear people say sertraline belongs to the same family as Prozac, and that's a handy way to think about it.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    ("venlafaxine", "Venlafaxine is stronger than Prozac for some people.", MISSTATEMENT, "not-an-ssri"),
    # 6.
    (
        "tirzepatide",
        "Mum kept her Lantus pens in the same fridge door, and the nurse told him this was a different kind of medicine, not insulin.",
        MISSTATEMENT,
        "not-insulin",
    ),
    ("tirzepatide", "Unlike Lantus, it is not insulin.", MISSTATEMENT, "not-insulin"),
    (
        "tirzepatide",
        "Her Lantus pens sat in the fridge for years, and Mum says it was the same kind her own mother used.",
        MISSTATEMENT,
        "not-insulin",
    ),
    (
        "tirzepatide",
        "Like her Lantus pens, this is the same kind of pen, just with a different medicine inside.",
        MISSTATEMENT,
        "not-insulin",
    ),
    ("tirzepatide", "She injected Lantus every night, and it was the same kind of routine for twenty years.", MISSTATEMENT, "not-insulin"),
]
