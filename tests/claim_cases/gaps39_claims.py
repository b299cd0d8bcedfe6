"""Claims and sales wording from the holdout39/40 scoring, as classes.

Superiority over another course of action, stated as fact: the alternative set against it first
("Compared with switching to another antidepressant, adding it gets people well quicker", "Versus
upping the dose, ...", "Unlike the older pills, it works sooner"), or after "than" ("helps more people
than upping the dose", "beats switching") (unsupported-claim.comparative). Near misses: negated
("doesn't get people well any faster"), a fact about the body ("children clear it faster", "the liquid
is absorbed faster"), a trial's harm ("more people had headaches"), cited, asked.

Superiority told as an idiom whose rival is a long list: "blows every diet pill and shake plan I've
ever tried out of the water", "leaves every ... my sister ever tried in the dust", "beats keto, fasting
and every pill on the shelf hands down", and more idioms: "runs circles around", "pale in comparison",
"nothing compared to this stuff", "there's no comparison", "wins hands down" (comparative). Near misses:
"no comparison study", "looked pale in comparison", "it blew me away".

No risk at all, with what it is about in between ("no risk with this one at all", "there isn't any
danger in taking it at all"), and the safest thing a prescriber can give ("about the safest thing a
doctor can hand you", "the mildest tablet you'll ever take") (unsupported-claim.absolute). Near misses:
"no risk factors at all", negated, asked, "the safest thing to do is ask", "the safest choice for most".

"Proven" as an adjective for a finding confirmed by a test is not a claim ("people with proven
erosions", "a biopsy-proven ulcer", "culture proven infection", "proven H. pylori infection", "patients
proven to have an ulcer", "proven or strongly suspected to be caused by bacteria"); "proven to heal",
"clinically proven", "a proven cure", "a proven treatment for ulcers", "tried-and-proven" still are.

A prescription medicine without ever meeting a doctor ("You never have to sit across from a doctor",
"at no point do you have to meet a doctor"), and a call to act now with the medicine's delivery by a
day ("fill in the form tonight, and the tablets are at your door by Thursday")
(promotional.sales-language, an error); the medicine at the door by a day, never a waiting room
(promotional.service-convenience, a warning). Near misses: a repeat prescription without seeing the
doctor in person, "never take it without seeing a doctor", a pharmacy that delivers, no deadline.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
SALES = "promotional.sales-language"
CONVENIENCE = "promotional.service-convenience"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- better than another course of action --
    (
        "quetiapine",
        "Set against changing medicines, adding a small dose of Seroquel helps people recover faster, in our view.",
        COMPARATIVE,
        "error",
    ),
    ("aripiprazole", "Versus upping the dose, adding a second medicine helps people recover faster.", COMPARATIVE, "error"),
    (
        "aripiprazole",
        "In comparison with a second antidepressant, an add-on like this works sooner and with fewer setbacks.",
        COMPARATIVE,
        "error",
    ),
    ("bupropion", "Unlike the older pills, it kicks in sooner.", COMPARATIVE, "error"),
    ("aripiprazole", "It honestly helps more people than upping the dose ever does.", COMPARATIVE, "error"),
    ("lithium", "For stubborn depression, adding lithium beats switching every time.", COMPARATIVE, "error"),
    ("aripiprazole", "It gets people well quicker than trying another antidepressant.", COMPARATIVE, "error"),
    # -- idioms with a long rival --
    ("orlistat", "It leaves every slimming tablet, meal replacement and gym plan my sister ever tried in the dust.", COMPARATIVE, "error"),
    ("phentermine", "It beats keto, fasting, shakes and every pill on the shelf hands down.", COMPARATIVE, "error"),
    ("tirzepatide", "Honestly it runs circles around the weekly jabs I used to take.", COMPARATIVE, "error"),
    ("tirzepatide", "The older injections pale in comparison.", COMPARATIVE, "error"),
    ("semaglutide", "Those meal-replacement plans are nothing compared to this stuff.", COMPARATIVE, "error"),
    ("semaglutide", "I've tried everything, and there's no comparison.", COMPARATIVE, "error"),
    ("zolpidem", "For getting to sleep it wins hands down.", COMPARATIVE, "error"),
    # -- no risk at all, the safest thing a prescriber can give --
    ("sertraline", "My GP said there's no real risk to it whatsoever.", ABSOLUTE, "error"),
    ("amlodipine", "There isn't any danger in taking it at all.", ABSOLUTE, "error"),
    ("gabapentin", "Honestly it's the safest pill your GP could ever prescribe.", ABSOLUTE, "error"),
    ("cetirizine", "It's about the mildest tablet you'll ever take.", ABSOLUTE, "error"),
    # -- "proven" as a claim --
    ("pantoprazole", "Pantoprazole is proven to heal ulcers.", ABSOLUTE, "error"),
    ("pantoprazole", "It is a proven treatment for ulcers.", ABSOLUTE, "error"),
    ("omeprazole", "A tried-and-proven remedy for heartburn.", ABSOLUTE, "error"),
    ("omeprazole", "It's a clinically-proven formula.", ABSOLUTE, "error"),
    # -- a prescription medicine without meeting a doctor, delivery by a day --
    ("sildenafil", "At no point do you have to meet a doctor.", SALES, "error"),
    ("finasteride", "You'll never need to see a GP, and refills are automatic.", SALES, "error"),
    ("tadalafil", "With us you won't ever have to set foot in a surgery.", SALES, "error"),
    ("modafinil", "Complete your consultation today and your pills land on your doormat within 48 hours.", SALES, "error"),
    ("zolpidem", "Answer a few questions now, and your tablets are delivered by tomorrow.", SALES, "error"),
    ("semaglutide", "Your pens are on your doorstep within two days.", CONVENIENCE, "warning"),
    ("sildenafil", "You never have to sit in a waiting room again.", CONVENIENCE, "warning"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    # -- not better: negated, the body, a harm, cited, asked --
    ("aripiprazole", "Compared with switching, adding it doesn't get people well any faster.", COMPARATIVE),
    ("aripiprazole", "Compared with adults, children clear it faster.", COMPARATIVE),
    ("aripiprazole", "Compared with tablets, the liquid is absorbed faster.", COMPARATIVE),
    ("aripiprazole", "Compared with placebo, more people had restlessness.", COMPARATIVE),
    ("aripiprazole", "In one trial, compared with switching, adding it helped people recover faster [1].", COMPARATIVE),
    ("aripiprazole", "Is adding it better than switching?", COMPARATIVE),
    ("aripiprazole", "Some people do better on a second antidepressant, a different talking therapy, or time.", COMPARATIVE),
    # -- idioms that are not comparisons --
    ("semaglutide", "There is no comparison study of the two jabs.", COMPARATIVE),
    ("semaglutide", "Her face looked pale in comparison.", COMPARATIVE),
    ("semaglutide", "The first results blew me away.", COMPARATIVE),
    # -- risk not denied --
    ("gabapentin", "Gabapentin has no risk factors at all for this.", ABSOLUTE),
    ("gabapentin", "It's not true that there's no risk with it at all.", ABSOLUTE),
    ("gabapentin", "Is there no risk with it at all?", ABSOLUTE),
    ("gabapentin", "The safest thing to do is to ask your pharmacist.", ABSOLUTE),
    ("gabapentin", "For most people it is the safest choice.", ABSOLUTE),
    # -- "proven" for a finding --
    ("pantoprazole", "Guidelines say people with proven erosions often need to stay on it.", ABSOLUTE),
    ("pantoprazole", "Those with a biopsy-proven ulcer take it for eight weeks.", ABSOLUTE),
    ("amoxicillin", "It treats a culture proven infection of the ear.", ABSOLUTE),
    ("clarithromycin", "Patients with proven H. pylori infection take it for two weeks.", ABSOLUTE),
    ("omeprazole", "Patients proven to have an ulcer take it for eight weeks.", ABSOLUTE),
    ("doxycycline", "Use it only for infections that are proven or strongly suspected to be caused by bacteria.", ABSOLUTE),
    ("pantoprazole", "It is for people with proven severe erosive oesophagitis.", ABSOLUTE),
    # -- a doctor seen, or a delivery with no promise --
    (
        "atorvastatin",
        "Your GP practice can send a repeat prescription to your pharmacy; you don't need to see the doctor in person.",
        SALES,
    ),
    ("zolpidem", "Never take it without seeing a doctor.", SALES),
    ("zolpidem", "Never be afraid to see a doctor about sleep.", SALES),
    ("zolpidem", "Ring the surgery today if you run out, and the practice will sort it.", SALES),
    ("metformin", "Your pharmacy can deliver your prescription to your door.", CONVENIENCE),
    ("metformin", "Pharmacies can deliver medicines to your home; ask about next-day delivery if you are housebound.", CONVENIENCE),
    ("metformin", "Put the tablet in your hand in the morning.", CONVENIENCE),
]
