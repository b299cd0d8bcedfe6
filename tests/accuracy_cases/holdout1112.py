"""Misstatements, safety warnings and interactions by wording class, from the holdout11/holdout12
misses and false errors: other products that contain paracetamol in lay and British words ("two
things that both contain paracetamol", "it turns up in lots of other products", "watch out for
hidden paracetamol"); the penicillin-allergy warning in lay words ("in people who are allergic it
can cause a serious, even life-threatening reaction"); a bare stent is not clopidogrel's do-not-stop
warning; a children's product or a dose given to settle children; fluconazole said of "it" to
clear up bacterial vaginosis; alcohol said fine on metronidazole with no name. Each case is a
draft in other words than the eval sets', and asserts what an editor sees: the finding (rule,
item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

OTHER_APAP = "other-acetaminophen-products"
ALLERGY = "penicillin-allergy"
STOPPING = "premature-discontinuation"
CHILD_SLEEP = "safe-for-young-children-sleep"
BV = "treats-bacterial-infections"
ALCOHOL = "fine-with-alcohol"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # a stent named, and stopping permitted, is not the do-not-stop warning
    (
        "clopidogrel",
        "Most people take it for six months to a year after a stent. After that you can simply drop it.",
        WARNING,
        STOPPING,
        "error",
    ),
    ("clopidogrel", "You will take it for a year after your stent.", WARNING, STOPPING, "error"),
    ("clopidogrel", "It stops platelets clumping into a clot inside a stent.", WARNING, STOPPING, "error"),
    # a children's product or a dose given to settle or sedate children
    ("diphenhydramine", "A teaspoon of the kids' syrup settles them right down at sleepovers.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "A spoonful of Benadryl knocks the toddler out on long flights.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "We give the kids Benadryl on the plane so they sleep.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "Giving the grandchildren a dose to calm them down at bedtime works a treat.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "Children's Benadryl puts my son straight to sleep after a busy day.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "A dose of the children's liquid calms her down when she can't settle.", MISSTATEMENT, CHILD_SLEEP, "error"),
    ("diphenhydramine", "The infant liquid sends the baby off to sleep in minutes.", MISSTATEMENT, CHILD_SLEEP, "error"),
    # fluconazole said of a pronoun or "the tablet" to clear up bacterial vaginosis
    ("fluconazole", "Not sure which one you have? No worries: it also clears up bacterial vaginosis.", MISSTATEMENT, BV, "warning"),
    ("fluconazole", "The single pill sorts out BV as well as thrush.", MISSTATEMENT, BV, "warning"),
    ("fluconazole", "Diflucan gets rid of bacterial infections too.", MISSTATEMENT, BV, "warning"),
    ("fluconazole", "Good news: this tablet works for bacterial vaginosis as well.", MISSTATEMENT, BV, "warning"),
    ("fluconazole", "One dose takes care of a yeast infection or bacterial vaginosis, whichever you have.", MISSTATEMENT, BV, "warning"),
    ("fluconazole", "It is also effective for bacterial vaginosis.", MISSTATEMENT, BV, "warning"),
    # alcohol said fine on metronidazole, the drug not named in the sentence
    (
        "metronidazole",
        "People say you cannot touch a drop. Honestly, people worry too much: a glass of wine with dinner is fine.",
        MISSTATEMENT,
        ALCOHOL,
        "error",
    ),
    ("metronidazole", "A drink or two won't hurt you while you're on Flagyl.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "You can still have a pint at the weekend.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "One small glass of wine with your meal won't hurt.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "Just one beer is fine.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "It's okay to have a glass of wine with your meal.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "The odd beer is no big deal.", MISSTATEMENT, ALCOHOL, "error"),
    ("metronidazole", "Moderate drinking is fine during the course.", MISSTATEMENT, ALCOHOL, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # other products with paracetamol, in lay and British words
    (
        "acetaminophen",
        "Paracetamol turns up in lots of other products: flu powders and co-codamol. Taking two things that both contain "
        "paracetamol is the commonest way people take too much.",
        INTERACTION,
        OTHER_APAP,
    ),
    (
        "acetaminophen",
        "Lots of cold and flu remedies have paracetamol in them too, so check before you take two at once.",
        INTERACTION,
        OTHER_APAP,
    ),
    (
        "acetaminophen",
        "Don't take it alongside other things with paracetamol in, such as Lemsip or Beechams powders.",
        INTERACTION,
        OTHER_APAP,
    ),
    ("acetaminophen", "Many flu sachets already contain paracetamol, so never use them together with Tylenol.", INTERACTION, OTHER_APAP),
    (
        "acetaminophen",
        "Watch out for hidden paracetamol in cold remedies: you could take a double dose without knowing.",
        INTERACTION,
        OTHER_APAP,
    ),
    (
        "acetaminophen",
        "Acetaminophen is an ingredient in hundreds of other medicines, and taking two of them together can overdose you.",
        INTERACTION,
        OTHER_APAP,
    ),
    ("acetaminophen", "Be careful with products which also have paracetamol inside, it is easy to take too much.", INTERACTION, OTHER_APAP),
    ("acetaminophen", "Paracetamol is in many cold and flu medicines. Never take two of them together.", INTERACTION, OTHER_APAP),
    # the penicillin-allergy warning in lay words
    (
        "amoxicillin",
        "It is a penicillin, and in people who are allergic it can cause a serious, even life-threatening reaction.",
        WARNING,
        ALLERGY,
    ),
    ("amoxicillin", "Anyone who has reacted badly to penicillin before should not take it.", WARNING, ALLERGY),
    ("amoxicillin", "If your child is penicillin-allergic, tell the doctor before the first dose.", WARNING, ALLERGY),
    ("amoxicillin", "If his lips or tongue swell up, call 999 straight away.", WARNING, ALLERGY),
    ("amoxicillin", "Some people have a dangerous reaction to it; get help at once.", WARNING, ALLERGY),
    ("amoxicillin", "Make sure the doctor knows if you ever had a reaction to antibiotics.", WARNING, ALLERGY),
    ("amoxicillin", "Swelling of the face or throat after a dose is an emergency.", WARNING, ALLERGY),
    # the do-not-stop warning in lay words
    ("clopidogrel", "Coming off it early can let a clot form in the stent.", WARNING, STOPPING),
    ("clopidogrel", "Never drop Plavix on your own, even before a dental appointment.", WARNING, STOPPING),
    ("clopidogrel", "Keep taking it until your cardiologist says you can stop.", WARNING, STOPPING),
    ("clopidogrel", "Only stop clopidogrel when your heart doctor tells you to.", WARNING, STOPPING),
    ("clopidogrel", "Stopping it too soon can cause a heart attack.", WARNING, STOPPING),
    ("clopidogrel", "Quitting the tablets early may raise your risk of a stroke.", WARNING, STOPPING),
    ("clopidogrel", "If you stop, the stent can clot up and cause a heart attack.", WARNING, STOPPING),
    # children: forbidden, an adult's sleep, the dose by age
    ("diphenhydramine", "Do not give the children's liquid to make a child sleepy.", MISSTATEMENT, CHILD_SLEEP),
    ("diphenhydramine", "Never use the children's liquid to settle a child down at bedtime.", MISSTATEMENT, CHILD_SLEEP),
    ("diphenhydramine", "A 25 mg tablet puts me to sleep within the hour.", MISSTATEMENT, CHILD_SLEEP),
    ("diphenhydramine", "For hay fever, the children's liquid can be given to children 6 and over.", MISSTATEMENT, CHILD_SLEEP),
    # bacterial vaginosis: denied, or another drug's use
    ("fluconazole", "It does not treat bacterial vaginosis, which needs an antibiotic such as metronidazole.", MISSTATEMENT, BV),
    ("fluconazole", "Fluconazole won't help with BV.", MISSTATEMENT, BV),
    ("fluconazole", "Fluconazole treats thrush. Metronidazole is different: it treats bacterial vaginosis.", MISSTATEMENT, BV),
    # alcohol: after the course, forbidden, refuted
    ("metronidazole", "Three days after your last dose, a glass of wine is fine.", MISSTATEMENT, ALCOHOL),
    ("metronidazole", "A glass of wine is fine again 72 hours after your last tablet.", MISSTATEMENT, ALCOHOL),
    ("metronidazole", "Do not drink alcohol while taking metronidazole and for 3 days after.", MISSTATEMENT, ALCOHOL),
    ("metronidazole", "A glass of wine is not safe while you take it.", MISSTATEMENT, ALCOHOL),
    ("metronidazole", "Some people think a glass of wine is fine, but it is not: it can make you very sick.", MISSTATEMENT, ALCOHOL),
    ("metronidazole", "You can have a drink again once you have finished the course and waited three days.", MISSTATEMENT, ALCOHOL),
]
