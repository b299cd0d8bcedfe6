"""Promotional and text wordings from the blind sets holdout319-326 (helper h of the forty-ninth stop).

Reported: a pitch with no sales word in it, the medicine ordered in a seller's app and brought to where the reader is
("order it on the app between shifts and it turns up in your locker at the depot", holdout319 ke06), or handed over at a
counter with no prescription from anyone ("you don't need a script from anyone: just ask at the counter and they'll hand it
over", holdout326 kl09); a shop's listing line with the tablets' coating named ("Finasteride 1mg film-coated tablets, 84 pack
(3 months)", holdout319 ke09); a letter with no disclaimer but a deferral (holdout321 kg05: "not wanting to be here" is no
text as subject), half of one, a warning.

Silent (or only a warning): money by the hour, a wage or a parking rate (holdout326 kl02, holdout321 kg01) and an amount that
names a chain's discount list (holdout320 kf02) are the price rule's asides, a warning; "free shipping" told as what a
website someone came across offers (holdout325 kk13); "proven" as a confirmed diagnosis with its names between ("a proven BV
or trich infection", holdout319 ke08); an absolute disowned by pretending or claiming ("We won't pretend any medicine is
completely safe", holdout320 kf02). Not here: holdout322 kh05's "totally harmless for the baby", an uncited absolute beside
the misstatement the set annotates, still reported as both.
"""

from __future__ import annotations

SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"
PRICE = "promotional.price"
ABSOLUTE = "unsupported-claim.absolute"
DISCLAIMER = "disclaimer.missing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "metformin",
        "Members can now get their metformin through the union's partner pharmacy: order it on the app between shifts and it"
        " turns up in your locker at the depot, no queueing at the GP for a repeat.",
        SALES,
        "error",
    ),
    ("finasteride", "New this month by the till:\n\nFinasteride 1mg film-coated tablets, 84 pack (3 months)", LISTING, "error"),
    (
        "amoxicillin",
        "At Farmacia del Sol you don't need a script from anyone: just ask at the counter and they'll hand it over in a minute.",
        SALES,
        "error",
    ),
    (
        "isotretinoin",
        "Some young people feel low on isotretinoin. Teachers are watching, but you know your child best. If she talks about not"
        " wanting to be here, please reach out to their prescriber straight away.",
        DISCLAIMER,
        "warning",
    ),
    # new wordings, other voices
    ("sertraline", "Order them through the Pillpal app and they land on your desk by lunch.", SALES, "error"),
    ("omeprazole", "Just reorder it on the website and it's waiting in your pigeonhole on Monday.", SALES, "error"),
    ("sildenafil", "Buy a box via the Hardwell site, then the parcel arrives at the gym reception.", SALES, "error"),
    ("tramadol", "Nobody there asks for a prescription, you point at the box and they pass it across.", SALES, "error"),
    ("alprazolam", "They never ask for a script at that chemist in town, the lady just hands you a strip.", SALES, "error"),
    ("amoxicillin", "You won't even need a prescription: the owner slides them across with your change.", SALES, "error"),
    ("aciclovir", "Aciclovir 800mg dispersible tablets, 35 tablets", LISTING, "error"),
    ("omeprazole", "Omeprazole 20mg gastro-resistant capsules x 28", LISTING, "error"),
    ("metformin", "Metformin costs $4 a month at our pharmacy.", PRICE, "error"),
    ("metformin", "It is completely safe.", ABSOLUTE, "error"),
    ("azithromycin", "Clinically proven to clear chest infections.", ABSOLUTE, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the drafts' own wordings
    ("phentermine", 'A listener found "phentermine" on a supplement website with free shipping. Thoughts?', SALES),
    (
        "metronidazole",
        "The boxed warning is really saying don't take it when you don't need it, and a proven BV or trich infection is exactly"
        " what it's for.",
        ABSOLUTE,
    ),
    ("alprazolam", "Don't drive until you know how it affects you. We won't pretend any medicine is completely safe.", ABSOLUTE),
    # new wordings, other voices
    ("sildenafil", "My neighbour saw it on some dodgy site offering next-day delivery. Is that legal?", SALES),
    ("omeprazole", "Order it in the NHS App and collect it from your usual pharmacy.", SALES),
    ("omeprazole", "Don't order it on a website and wait for it to turn up in the post.", SALES),
    ("ibuprofen", "You don't need a prescription for the 200 mg tablets; ask the pharmacist whether they suit you.", SALES),
    ("doxycycline", "Doxycycline is for a proven Lyme disease diagnosis or tick-bite prevention your doctor recommends.", ABSOLUTE),
    ("naproxen", "I'd never claim a painkiller is totally harmless.", ABSOLUTE),
    ("sertraline", "Finasteride 1mg film-coated tablets: take one a day.", LISTING),
    ("omeprazole", "Omeprazole 20mg gastro-resistant capsules, 1 capsule a day for 28 days.", LISTING),
    (
        "isotretinoin",
        "This letter is general information. Nothing in here replaces advice from your own doctor or pharmacist.",
        DISCLAIMER,
    ),
    ("sertraline", "The advice here is general; your own GP knows your history.", DISCLAIMER),
]

#: (drug, body, rule, severity) that must be a warning, not an error: money of something else.
WARN_ONLY = [
    ("alprazolam", "A reader asked whether alprazolam is on the $4 generic lists some big chains run. Ask the store.", PRICE),
    ("omeprazole", "Parking vouchers are at the front desk for your next prescription. Without one, the garage charges $2 an hour.", PRICE),
    ("lisinopril", "My first job behind a pharmacy counter paid $4.25 an hour and came with a mop.", PRICE),
    ("metformin", "Pharmacy technicians here start on £14 per hour.", PRICE),
]

SHOULD += [(drug, body, rule, "warning") for drug, body, rule in WARN_ONLY]
