"""Claims from the holdout47-50 scoring, as classes.

Less of a harm than a class of other medicines, the rival named by its kind: "causes far less bleeding after an extraction
than the older blood thinners", "much less stomach upset than other painkillers" (unsupported-claim.comparative). Near
misses: "less bleeding than expected", "than before", a form of the drug itself ("than the tablets"), negated, cited.

Acting faster than another kind of product, named by its kind and not by name: "clears a cold sore much faster than the cream
you dab on from the shelf", "heals the rash quicker than over-the-counter creams" (unsupported-claim.comparative). Near
misses: a fact about the body ("absorbed faster than the tablets", "clears faster in children"), "faster than expected",
negated.

Safe for everyone, no one left out, or handed out without a thought: "it is harmless for everyone aboard", "perfectly safe
for the whole family", "you can hand it out without a second thought" (unsupported-claim.absolute). Near misses: "safe for
most people", "not safe for everyone", "safe for everyone except ...", "you can't ... without a second thought", a story ("I
took it without a second thought").

A cure promised every time: "it clears vaginal thrush completely, every time", "knocks out the infection every single time",
"one dose always clears it" (unsupported-claim.absolute). Near misses: "doesn't clear it every time", "but not every time",
"almost always clears", "every time you have an attack".

"Miracle" said of a price, not of the medicine: "paying $14.99 felt like a miracle after what I used to pay"
(unsupported-claim.absolute, not reported). Still reported: "it was a miracle for my focus".

Speed given as the purpose of a loading dose, the regimen explained: "a single 300 mg loading dose, four tablets at once, so
the drug works quickly" (unsupported-claim.rapid-onset, not reported). Still reported: "it works quickly, so you can get on
with your day".

Each case is the body of one article about one drug; the assertion is what its writer would see: the finding of that
rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- less of a harm than a class --
    ("rivaroxaban", "Patients on it get much less bruising after surgery than on the old anticoagulants.", COMPARATIVE, "error"),
    ("celecoxib", "It gives you a lot less stomach upset than other painkillers do.", COMPARATIVE, "error"),
    ("loratadine", "You'll notice far less drowsiness with it than with the older antihistamines.", COMPARATIVE, "error"),
    # -- faster than another kind of product --
    ("acyclovir", "The tablets heal the blisters way quicker than any over-the-counter cream.", COMPARATIVE, "error"),
    ("terbinafine", "It gets rid of athlete's foot far sooner than the powders and sprays from the chemist.", COMPARATIVE, "error"),
    ("sumatriptan", "In my experience it knocks out a migraine faster than the usual painkillers.", COMPARATIVE, "error"),
    # -- safe for everyone, or without a thought --
    ("loratadine", "It's perfectly safe for the whole family, toddlers to grandparents.", ABSOLUTE, "error"),
    ("paracetamol", "Good news for parents: this one is safe for all ages.", ABSOLUTE, "error"),
    ("ibuprofen", "Keep a pack in the glovebox; you can give it to the kids without thinking twice.", ABSOLUTE, "error"),
    ("amoxicillin", "Anyone can take it safely, which is why it's the first thing we reach for.", ABSOLUTE, "error"),
    # -- a cure every time --
    ("clotrimazole", "One course knocks out athlete's foot every single time.", ABSOLUTE, "error"),
    ("valacyclovir", "Two doses and it gets rid of the cold sore without fail.", ABSOLUTE, "error"),
    ("metronidazole", "A week of tablets always clears bacterial vaginosis.", ABSOLUTE, "error"),
    # -- a miracle of the medicine, money said elsewhere: still a claim --
    ("methylphenidate", "It was a miracle for my focus at work. The price is another story.", ABSOLUTE, "error"),
    # -- speed as a selling point: still a claim --
    ("clopidogrel", "It works quickly, so you can get straight back to your day.", RAPID, "error"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    ("apixaban", "There was less bleeding than expected after the extraction.", COMPARATIVE),
    ("apixaban", "After the second week there was less bruising than before.", COMPARATIVE),
    ("ibuprofen", "The liquid caused less stomach upset than the tablets for my daughter.", COMPARATIVE),
    ("apixaban", "It doesn't cause less bleeding than the older blood thinners in every patient.", COMPARATIVE),
    ("ibuprofen", "The liquid is absorbed faster than the tablets.", COMPARATIVE),
    ("acyclovir", "The sores healed faster than expected.", COMPARATIVE),
    ("acyclovir", "It doesn't clear a cold sore any faster than the creams from the chemist.", COMPARATIVE),
    ("cetirizine", "It is safe for most people, but ask first if you have kidney problems.", ABSOLUTE),
    ("cetirizine", "It isn't safe for everyone: check with your pharmacist first.", ABSOLUTE),
    ("ibuprofen", "It is safe for everyone except people with stomach ulcers or asthma that it worsens.", ABSOLUTE),
    ("azithromycin", "You can't hand it out without a second thought: check for heart rhythm problems first.", ABSOLUTE),
    ("ibuprofen", "I took it without a second thought and ended up with a stomach bleed.", ABSOLUTE),
    ("fluconazole", "It doesn't clear thrush every time, so come back if the itch persists.", ABSOLUTE),
    ("fluconazole", "It clears most infections but not every time.", ABSOLUTE),
    ("fluconazole", "One dose almost always clears it.", ABSOLUTE),
    ("amoxicillin", "When a chest cold drags on, a course of amoxicillin is what finally clears it up for me every time.", ABSOLUTE),
    ("sumatriptan", "Take one tablet every time you have an attack, up to two in 24 hours.", ABSOLUTE),
    ("lisdexamfetamine", "With the savings card I paid $15, which felt like a miracle after what I used to pay.", ABSOLUTE),
    ("lisdexamfetamine", "The generic felt like a miracle, given what we paid for the brand before.", ABSOLUTE),
    ("clopidogrel", "In hospital you may be given a 300 mg loading dose, so that the drug works quickly.", RAPID),
    ("clopidogrel", "To make it work quickly, doctors often start with a double first dose.", RAPID),
]
