"""Unsupported claims and shop listings as classes (holdout9/holdout10), in wordings no evaluation
set had: a better kind of medicine with its adjectives in a series ("a stronger, longer-lasting
anti-inflammatory than"); no escalation told as a chase, a creep or a bigger dose over time
("doesn't leave you chasing a bigger dose every few months"); a guarantee told as an idiom ("put
stroke worries behind you for good", "never have to worry about a stroke again"); speed told as
"the change is almost immediate", "fast-acting", attacks getting fewer within days, "It's quick."
on its own and a symptom settled by the next morning (the last two inferred: warnings); a product
listing's pack count in a shop's forms ("90 count", "90ct", "x90", "pack of 90", "box of 30").
British English, non-native English, curly apostrophes. Each case is the body of one article about
one drug; the assertion is what its writer would see: the finding of that rule with its severity,
or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"
LISTING = "promotional.product-listing"


#: (drug, body, rule, severity): a claim or a listing the writer must see.
SHOULD = [
    # -- a better kind of medicine, its adjectives in a series --
    ("meloxicam", "It's simply a stronger, longer-lasting anti-inflammatory than the ibuprofen in your bag.", COMPARATIVE, "error"),
    ("meloxicam", "Meloxicam is a more powerful and longer acting painkiller than naproxen.", COMPARATIVE, "error"),
    ("meloxicam", "It's quite simply a stronger and longer-lasting NSAID than ibuprofen.", COMPARATIVE, "error"),
    ("cetirizine", "This is a gentler, less drowsy antihistamine than the old ones.", COMPARATIVE, "error"),
    ("meloxicam", "It is a more strong and more long lasting medicine than ibuprofen.", COMPARATIVE, "error"),
    ("naproxen", "Honestly, it’s a faster-acting, kinder painkiller than co-codamol.", COMPARATIVE, "error"),
    # -- no escalation: a chase, a creep, a bigger dose over time --
    ("pregabalin", "Unlike the benzos, pregabalin doesn't leave you chasing a bigger dose every few months.", DEPENDENCY, "error"),
    ("pregabalin", "You won't find yourself needing a higher dose over time to get the same effect.", DEPENDENCY, "error"),
    ("pregabalin", "It doesn’t have you chasing higher and higher doses.", DEPENDENCY, "error"),
    ("pregabalin", "People do not need bigger doses with time to feel the same relief.", DEPENDENCY, "error"),
    ("pregabalin", "Pregabalin not make you need more dose after some months.", DEPENDENCY, "error"),
    ("pregabalin", "With pregabalin the dose never creeps up year after year.", DEPENDENCY, "error"),
    ("gabapentin", "Unlike diazepam, you won't be chasing stronger doses as the months go by.", DEPENDENCY, "error"),
    # -- a guarantee told as an idiom --
    ("apixaban", "Take it every day and you can put stroke worries behind you for good.", ABSOLUTE, "error"),
    ("apixaban", "With apixaban you'll never have to worry about a stroke again.", ABSOLUTE, "error"),
    ("apixaban", "Forget about clots once and for all.", ABSOLUTE, "error"),
    ("sumatriptan", "You'll be free of migraines for good.", ABSOLUTE, "error"),
    ("warfarin", "Leave your fear of clots behind forever.", ABSOLUTE, "error"),
    ("topiramate", "You can stop worrying about seizures for the rest of your life.", ABSOLUTE, "error"),
    # -- speed: instant change, fast-acting, attacks fewer within days --
    ("montelukast", "Most parents tell us the change is almost immediate.", RAPID, "error"),
    ("montelukast", "The improvement is practically instant.", RAPID, "error"),
    ("montelukast", "Parents say the difference was immediate.", RAPID, "error"),
    ("cetirizine", "Relief is more or less instantaneous.", RAPID, "error"),
    ("sertraline", "The new tablets are really quick-acting.", RAPID, "error"),
    ("sertraline", "It's fast-acting, so you'll feel the difference soon.", RAPID, "error"),
    ("propranolol", "This medicine is quick to work.", RAPID, "error"),
    ("topiramate", "Most people notice their headache days dropping off within the first few days.", RAPID, "error"),
    ("topiramate", "Most people notice their migraines getting fewer within the first few days.", RAPID, "error"),
    ("topiramate", "Most people have fewer headache days within the first week.", RAPID, "error"),
    ("lamotrigine", "Seizures halved after just a couple of days.", RAPID, "error"),
    # -- inferred (warnings): "It's quick." on its own; a symptom settled by the next morning --
    ("topiramate", "And the best part? It's quick.", RAPID, "warning"),
    ("sertraline", "It is really fast!", RAPID, "warning"),
    ("montelukast", "By the next morning the night-time coughing has quieted right down.", RAPID, "warning"),
    ("montelukast", "By morning the wheezing had settled right down.", RAPID, "warning"),
    ("cetirizine", "The itching was gone by morning.", RAPID, "warning"),
    ("montelukast", "Overnight her wheeze had settled.", RAPID, "warning"),
    # -- a product listing's pack count in a shop's forms --
    ("hydroxyzine", "Hydroxyzine HCl 25mg tablets, 90 count, via our partner pharmacy", LISTING, "error"),
    ("hydroxyzine", "Hydroxyzine 25 mg tabs 90ct", LISTING, "error"),
    ("hydroxyzine", "Hydroxyzine 25mg x90", LISTING, "error"),
    ("hydroxyzine", "Hydroxyzine 25mg tablets - pack of 90", LISTING, "error"),
    ("hydroxyzine", "Hydroxyzine 25 mg, 90-count bottle", LISTING, "error"),
    ("sertraline", "Sertraline 50mg tablets, box of 30, next-day delivery", LISTING, "error"),
    ("hydroxyzine", "Grab the 90-count bottle.", LISTING, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    ("ibuprofen", "If you need a stronger painkiller than ibuprofen, ask your GP.", COMPARATIVE),
    ("naproxen", "Naproxen lasts longer than ibuprofen, so it is taken twice a day [1].", COMPARATIVE),
    ("pregabalin", "Don't increase the dose to get the same effect; talk to your doctor.", DEPENDENCY),
    ("pregabalin", "Some people need higher doses over time to get the same effect.", DEPENDENCY),
    ("pregabalin", "Never chase a bigger dose on your own.", DEPENDENCY),
    ("sertraline", "Most people don't need a higher dose than 100 mg.", DEPENDENCY),
    ("apixaban", "You may need to take it for good.", ABSOLUTE),
    ("apixaban", "Missing doses raises your stroke risk, so don't stop for good without talking to your doctor.", ABSOLUTE),
    ("apixaban", "They put her on it for good after the second clot.", ABSOLUTE),
    ("montelukast", "The effect is not immediate.", RAPID),
    ("sertraline", "Side effects are almost immediate for some people.", RAPID),
    ("sertraline", "Headaches usually settle within the first few days.", RAPID),
    ("sertraline", "Nausea should ease in the first few days.", RAPID),
    ("amoxicillin", "You should feel better within a few days. If you don't feel better within 3 days, see your doctor.", RAPID),
    ("topiramate", "It's quick to take with water.", RAPID),
    ("salbutamol", "It's quick and easy to use.", RAPID),
    ("montelukast", "Always carry your fast-acting reliever inhaler.", RAPID),
    ("metformin", "Eat some fast-acting sugar, such as glucose tablets.", RAPID),
    ("insulin aspart", "Insulin aspart is a rapid-acting insulin.", RAPID),
    ("suxamethonium", "These fast-acting drugs, such as succinylcholine, relax the muscles during an operation.", RAPID),
    ("aspirin", "Be quick to act if you notice signs of a stroke.", RAPID),
    ("prednisolone", "Prednisolone 5 mg tablets, 8 tablets once a day for five days.", LISTING),
    ("sertraline", "Sertraline 50 mg tablets come in packs of 28.", LISTING),
    ("amoxicillin", "Amoxicillin 500mg capsules, 21 capsules, three times a day.", LISTING),
    ("sertraline", "Her white cell count of 90 was normal.", LISTING),
]
