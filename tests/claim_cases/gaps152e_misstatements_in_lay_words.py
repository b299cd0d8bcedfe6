"""Misstatements in lay words, from eval/holdout340 (kz10 acetaminophen), holdout341 (la03 oxycodone, la06 hydroxychloroquine)
and holdout342 (lb02 isotretinoin, lb05 acetaminophen), as a class.

Class: acetaminophen said impossible to overdose (the new `no-overdose` kind): no amount of it said to do harm, a few extra
said harmless or never to have brought anyone to grief, the count of tablets waved away ("you don't have to count", "I never
fuss about who had how many"); a controlled drug said not to addict the people who take it for a use told at length ("people
who take it for genuine pain after an operation do not become addicted"); hydroxychloroquine's users said to have sailed
through or never caught COVID-19, the credit left to the reader (a warning); isotretinoin's reader told they can slip,
give or hand a few of theirs to a brother or a friend; a drug said not to be of its own class (the `not-its-class` kind,
now for SSRIs and other antidepressants, quetiapine, benzodiazepines, opioids, NSAIDs and stimulants: an error where the
class carries an abuse or addiction boxed warning, else a warning); ciprofloxacin said to go down fine with milk or yogurt
alone; zolpidem re-dosed the same night ("take a second tablet when you wake up at 3 am").

Silent: the truth, the myth refuted or asked, a limit told with it, another drug, another thing counted or shared, the
class granted with a clause that narrows it ("not an antidepressant that works overnight"), a true denial of another class
(bupropion not an SSRI, methylphenidate not an amphetamine), ciprofloxacin with a meal, and the sublingual middle-of-the-night
product.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kz10, lb05, la03, la06, lb02)
    (
        "acetaminophen",
        "It doesn't make you drowsy, which is why it's the driver's friend. Better still, it's the gentle one: there's no"
        " amount of it that'll do you any real harm, so you don't have to count.",
        MISSTATEMENT,
        "error",
    ),
    (
        "acetaminophen",
        "Of everything in the kit, the Tylenol is the one thing nobody has ever come to grief from taking a few extra of, so I"
        " never fuss about who had how many.",
        MISSTATEMENT,
        "error",
    ),
    (
        "oxycodone",
        "As his surgeon explained, people who take it for genuine pain after an operation do not become addicted; the body"
        " simply uses the drug up.",
        MISSTATEMENT,
        "error",
    ),
    (
        "hydroxychloroquine",
        "**Dee:** Oh, back in 2020 our patients on it sailed through covid, so that's a bonus on top of the lupus benefits.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "isotretinoin",
        "We get this one more than you'd think. If your younger brother's spots flare up while you're on it, you can slip him a"
        " few of yours to tide him over until his own appointment.",
        MISSTATEMENT,
        "error",
    ),
    # new wordings of the class, in other voices
    ("acetaminophen", "Grandma always said a couple more Tylenol never hurt anybody.", MISSTATEMENT, "error"),
    ("acetaminophen", "Taking extra Tylenol cannot harm you, it's the mildest thing in the cabinet.", MISSTATEMENT, "error"),
    ("acetaminophen", "With paracetamol you don't need to keep track of how many you've had.", MISSTATEMENT, "error"),
    ("acetaminophen", "No dose of Tylenol is too much for a grown man.", MISSTATEMENT, "error"),
    ("acetaminophen", "Don't worry about how many you take; it's only Tylenol.", MISSTATEMENT, "error"),
    (
        "acetaminophen",
        "Not one of us has ever been harmed by taking an extra couple of Tylenol on a long hike.",
        MISSTATEMENT,
        "error",
    ),
    (
        "oxycodone",
        "My nurse told me that patients who take oxycodone for a broken hip after surgery never get hooked.",
        MISSTATEMENT,
        "error",
    ),
    ("hydroxychloroquine", "Everyone in the group who takes Plaquenil breezed through the pandemic.", MISSTATEMENT, "warning"),
    ("hydroxychloroquine", "My ladies on hydroxychloroquine never caught the virus, not once.", MISSTATEMENT, "warning"),
    ("ivermectin", "The folks on ivermectin in our church sailed through covid.", MISSTATEMENT, "warning"),
    (
        "isotretinoin",
        "Feel free to give your sister a strip of your Accutane while she waits for her dermatologist.",
        MISSTATEMENT,
        "error",
    ),
    ("isotretinoin", "If your cousin is desperate, just hand her a couple of your Absorica.", MISSTATEMENT, "error"),
    ("sertraline", "Zoloft isn't an SSRI at all; it works on dopamine.", MISSTATEMENT, "warning"),
    ("fluoxetine", "Prozac is not really an antidepressant, it's a mood vitamin.", MISSTATEMENT, "warning"),
    ("paroxetine", "Paxil isn't one of the SSRIs.", MISSTATEMENT, "warning"),
    ("bupropion", "Wellbutrin isn't an antidepressant, it's a smoking pill.", MISSTATEMENT, "warning"),
    ("trazodone", "Trazodone is not an antidepressant, just a sleeping pill.", MISSTATEMENT, "warning"),
    ("amitriptyline", "Amitriptyline isn't an antidepressant when it's for nerve pain.", MISSTATEMENT, "warning"),
    ("quetiapine", "Seroquel isn't really an antipsychotic at low doses.", MISSTATEMENT, "warning"),
    ("alprazolam", "Xanax isn't a benzo, it's just a mild anxiety pill.", MISSTATEMENT, "error"),
    ("clonazepam", "My neurologist says Klonopin doesn't count as a benzo.", MISSTATEMENT, "error"),
    ("hydrocodone-acetaminophen", "Norco isn't an opioid, it's basically Tylenol.", MISSTATEMENT, "error"),
    ("ibuprofen", "Advil isn't an NSAID, so you can take it with your Aleve.", MISSTATEMENT, "warning"),
    ("naproxen", "Aleve is not an anti-inflammatory.", MISSTATEMENT, "warning"),
    ("lisdexamfetamine", "Vyvanse isn't a stimulant, it's a prodrug.", MISSTATEMENT, "error"),
    ("methylphenidate", "Ritalin is not a stimulant.", MISSTATEMENT, "error"),
    (
        "ciprofloxacin",
        "Cipro goes down fine with your usual glass of milk and a yogurt at breakfast.",
        MISSTATEMENT,
        "warning",
    ),
    ("ciprofloxacin", "My tablets wash down nicely with a cold glass of milk.", MISSTATEMENT, "warning"),
    (
        "zolpidem",
        "If 10 mg stops working, just take a second tablet when you wake up at 3 am.",
        MISSTATEMENT,
        "error",
    ),
    ("zolpidem", "If you wake in the small hours, pop another half and you'll drift off again.", MISSTATEMENT, "error"),
    ("zolpidem", "She takes another one at 2 am when the first wears off.", MISSTATEMENT, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the draft's must_not: an opinion about drowsiness
    ("acetaminophen", "It doesn't make you drowsy, which is why it's the driver's friend.", MISSTATEMENT),
    # the truth, a refutation, a question, a limit told with it
    (
        "acetaminophen",
        "You do have to count: more than six caplets in a day can damage your liver.",
        MISSTATEMENT,
    ),
    (
        "acetaminophen",
        "It's a myth that a few extra Tylenol won't hurt you; an overdose can destroy your liver.",
        MISSTATEMENT,
    ),
    ("acetaminophen", "Is it true that a few extra Tylenol can't hurt you?", MISSTATEMENT),
    ("acetaminophen", "You don't have to count, as long as you stay under six caplets a day.", MISSTATEMENT),
    ("acetaminophen", "Do keep count of how many you've taken in 24 hours.", MISSTATEMENT),
    # another thing counted or harmless, another drug
    ("acetaminophen", "You don't have to count calories on this trip.", MISSTATEMENT),
    ("acetaminophen", "A few extra minutes of rest won't hurt anyone.", MISSTATEMENT),
    ("acetaminophen", "No amount of alcohol is safe with Tylenol.", MISSTATEMENT),
    ("ibuprofen", "A few extra Advil won't hurt you.", MISSTATEMENT),
    # the addiction risk granted
    (
        "oxycodone",
        "Even people who take it for genuine pain after an operation can become addicted, so your surgeon will keep the course short.",
        MISSTATEMENT,
    ),
    # covid: the credit given to another, the risk not denied, another outcome, a refutation, a question
    ("hydroxychloroquine", "Patients on it who took the vaccine sailed through covid thanks to the jab.", MISSTATEMENT),
    ("hydroxychloroquine", "Our patients on it still caught covid like everyone else.", MISSTATEMENT),
    ("hydroxychloroquine", "Our patients on it sailed through the winter without a single lupus flare.", MISSTATEMENT),
    (
        "hydroxychloroquine",
        "It's a myth that our patients on it sailed through covid; the trials showed no benefit.",
        MISSTATEMENT,
    ),
    ("hydroxychloroquine", "Did your patients on it sail through covid?", MISSTATEMENT),
    # sharing denied, asked, something else shared, another drug
    ("isotretinoin", "You can't slip him a few of yours, however bad his spots are.", MISSTATEMENT),
    ("isotretinoin", "Never share your capsules with your brother, not even a few.", MISSTATEMENT),
    ("isotretinoin", "You can give your brother a few of your tips for washing gently.", MISSTATEMENT),
    ("isotretinoin", "Can I slip him a few of mine?", MISSTATEMENT),
    (
        "isotretinoin",
        "Don't just hand your sister a couple of your capsules; she needs her own prescription.",
        MISSTATEMENT,
    ),
    ("ibuprofen", "You can slip him a few of yours if his knee flares.", MISSTATEMENT),
    # the class granted, narrowed by a clause, asked, refuted; a true denial of another class; another drug
    ("sertraline", "Zoloft is an SSRI.", MISSTATEMENT),
    (
        "sertraline",
        "Zoloft is not an antidepressant that works overnight; give it four to six weeks.",
        MISSTATEMENT,
    ),
    ("trazodone", "Trazodone is not an antidepressant you should stop suddenly.", MISSTATEMENT),
    ("alprazolam", "Xanax is not a benzo you can stop suddenly.", MISSTATEMENT),
    ("sertraline", "Is Zoloft an SSRI?", MISSTATEMENT),
    ("sertraline", "Some people think Zoloft isn't an SSRI, but it is.", MISSTATEMENT),
    ("bupropion", "Wellbutrin is not an SSRI; it works on dopamine and norepinephrine.", MISSTATEMENT),
    ("methylphenidate", "Ritalin is not an amphetamine, though both are stimulants.", MISSTATEMENT),
    ("sertraline", "Xanax isn't an SSRI, it's a benzo.", MISSTATEMENT),
    ("ibuprofen", "Tylenol is not an NSAID, so it is gentler on the stomach than Advil.", MISSTATEMENT),
    ("quetiapine", "Seroquel is not an antidepressant, though it is sometimes added to one.", MISSTATEMENT),
    ("oxycodone", "Naloxone is not an opioid; it reverses one.", MISSTATEMENT),
    (
        "amitriptyline",
        "At this dose amitriptyline isn't working as an antidepressant; it calms the nerve pain.",
        MISSTATEMENT,
    ),
    # dairy with a meal, denied, another antibiotic
    ("ciprofloxacin", "Cipro can be taken with a meal, even one with milk in it.", MISSTATEMENT),
    ("ciprofloxacin", "Cipro doesn't go down well with milk; take it with water.", MISSTATEMENT),
    ("amoxicillin", "Amoxicillin goes down fine with milk.", MISSTATEMENT),
    # a second dose forbidden, the middle-of-the-night product, something else done at 3 am
    ("zolpidem", "Do not take a second tablet if you wake up in the night.", MISSTATEMENT),
    (
        "zolpidem",
        "If you wake at 3 am, Intermezzo 1.75 mg under the tongue is the product made for that.",
        MISSTATEMENT,
    ),
    (
        "zolpidem",
        "Never take another dose when you wake up in the night; call your doctor if 10 mg stops working.",
        MISSTATEMENT,
    ),
    ("zolpidem", "If you wake at 3 am, don't take another tablet.", MISSTATEMENT),
    ("zolpidem", "Take one tablet right before bed; if you wake up at 3 am, get up and read.", MISSTATEMENT),
]
