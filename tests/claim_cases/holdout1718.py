"""Unsupported claims and promotional text as classes (holdout17/holdout18), in wordings no
evaluation set had: a rival made to look weak or dated ("leaves Viagra looking like a warm-up
act"); low mood told as weather clearing within days ("expect the clouds to part within a few
days"); a call to book that promises the prescription by a time ("Book today and most members
have a prescription in hand within 24 hours"); a shop listing with its pack form ("... 25mg 96
caplets"). Near misses: speed said of another medicine that opens the sentence and is then
"it" ("An antacid like Tums neutralises acid that is already there, so it acts quickly"); a
citation naming its co-authors in words ("(Denison and colleagues, 2020)"). British English,
non-native English, curly apostrophes. Each case is the body of one article about one drug; the
assertion is what its writer would see: the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- a rival made to look weak or dated --
    ("tadalafil", "For most guys it leaves Viagra looking like a warm-up act: firmer and more reliable.", COMPARATIVE, "error"),
    ("tadalafil", "Honestly, it makes sildenafil look like a sugar pill.", COMPARATIVE, "error"),
    ("naproxen", "It makes the old painkillers look tame.", COMPARATIVE, "error"),
    ("naproxen", "Once you've tried it, it makes ibuprofen seem like child's play.", COMPARATIVE, "error"),
    ("naproxen", "Next to it, ibuprofen looks old-fashioned.", COMPARATIVE, "error"),
    ("tadalafil", "Compared with tadalafil, Viagra feels like a warm up act.", COMPARATIVE, "error"),
    ("naproxen", "Paracetamol feels like a placebo by comparison.", COMPARATIVE, "error"),
    ("tadalafil", "It has left the blue pill looking rather dated.", COMPARATIVE, "error"),
    ("tadalafil", "This one make Viagra look like a toy.", COMPARATIVE, "error"),
    # -- low mood as weather clearing within days --
    ("fluoxetine", "Once you start, you can expect the clouds to part within a few days.", RAPID, "warning"),
    ("fluoxetine", "For me the fog lifted after just a couple of days.", RAPID, "warning"),
    ("sertraline", "Within a week the sun came out again.", RAPID, "warning"),
    ("sertraline", "By the end of the first week the grey skies had cleared.", RAPID, "warning"),
    ("sertraline", "The black dog was gone in a day or two.", RAPID, "warning"),
    ("citalopram", "The gloom should lift within a few days of starting.", RAPID, "warning"),
    ("citalopram", "For most readers the clouds rolled away within the first week.", RAPID, "warning"),
    ("citalopram", "After only a few days, the darkness finally lifted.", RAPID, "warning"),
    ("fluoxetine", "The clouds part in days.", RAPID, "error"),
    # -- speed told as the writer's own morning, by a brew going cold --
    ("sumatriptan", "I was answering emails again before my coffee had gone cold.", RAPID, "error"),
    ("sumatriptan", "She was back at her desk before her tea had even gone cold.", RAPID, "error"),
    ("sumatriptan", "I was up and about before my cuppa was cold.", RAPID, "error"),
    ("sumatriptan", "Before my coffee got cold the pain was fading.", RAPID, "error"),
    ("sumatriptan", "You'll be right as rain before your brew would have gone cold.", RAPID, "error"),
    # -- a call to book that promises the prescription by a time --
    ("aripiprazole", "Ready? Book today and most members have a prescription in hand within 24 hours.", SALES, "error"),
    ("sertraline", "Sign up now and get your script the same day.", SALES, "error"),
    ("sertraline", "Register today to receive your prescription within 48 hours.", SALES, "error"),
    ("finasteride", "Join now, and your prescription could be with you by tomorrow.", SALES, "error"),
    ("sildenafil", "Book now and most men have their prescription within a few hours.", SALES, "error"),
    ("sildenafil", "Apply today and you will get a prescription in hand by tomorrow.", SALES, "error"),
    ("sildenafil", "Start today and receive your prescription same-day.", SALES, "error"),
    # -- a shop listing with its pack form --
    ("diphenhydramine", "Store-brand Nighttime Sleep Aid Diphenhydramine HCl 25mg 96 caplets", LISTING, "error"),
    ("paracetamol", "Paracetamol 500mg 32 caplets", LISTING, "error"),
    ("ibuprofen", "Ibuprofen 200mg 96 liquid gels", LISTING, "error"),
    ("loratadine", "Loratadine 10mg 30 chewables", LISTING, "error"),
    ("cetirizine", "Cetirizine hydrochloride 10mg 30 film-coated tablets", LISTING, "error"),
    ("ibuprofen", "Ibuprofen 200 mg - 100 gelcaps", LISTING, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- a rival's image, not a comparison --
    ("amitriptyline", "It can make you feel sluggish in the morning.", COMPARATIVE),
    ("isotretinoin", "It can make your skin look dull and dry at first.", COMPARATIVE),
    ("naproxen", "Swelling can make the joint look bigger than it is.", COMPARATIVE),
    # -- weather, or a time course of weeks --
    ("fluoxetine", "Expect the clouds to part over four to six weeks.", RAPID),
    ("fluoxetine", "The fog may take a few weeks to lift.", RAPID),
    ("fluoxetine", "Take it in the morning, within a few days of your appointment.", RAPID),
    # -- a booking without a promised prescription --
    ("sertraline", "Book now if your repeat prescription runs out within a week.", SALES),
    ("sertraline", "Repeat prescriptions are usually ready within 48 hours.", SALES),
    ("sertraline", "Book today to talk it through with a GP.", SALES),
    # -- a dose, not a listing --
    ("paracetamol", "Take paracetamol 500mg, 2 caplets up to four times a day.", LISTING),
    # -- speed said of another medicine that is then "it" --
    (
        "famotidine",
        "An antacid like Tums simply neutralises acid that is already there, so it acts quickly but wears off; famotidine "
        "takes a little longer to get going and lasts for hours.",
        RAPID,
    ),
    ("famotidine", "Antacids mop up the acid already in your stomach, so they work fast, but famotidine lasts longer.", RAPID),
    ("omeprazole", "Gaviscon forms a raft on the stomach contents, and it works within minutes; omeprazole prevents it.", RAPID),
    # -- a citation naming its co-authors in words --
    (
        "fluconazole",
        "A review found that tablets and pessaries cure thrush about equally well (Denison and colleagues, 2020).",
        ABSOLUTE,
    ),
    ("fluconazole", "Both treatments cure most women (Sobel & co-workers 2018).", ABSOLUTE),
    ("fluconazole", "A single capsule cures most cases (Lee and others, 2019).", ABSOLUTE),
]

#: Claims still reported: the article's own drug after another medicine.
SHOULD += [
    ("famotidine", "An antacid works on acid already there, but famotidine works within minutes too.", RAPID, "error"),
    ("famotidine", "Antacids are fine, but you will find it works within minutes.", RAPID, "error"),
]
