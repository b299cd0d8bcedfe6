"""Claims and listings from the holdout35/36 scoring, as classes.

A comparative told as being in another league, as doing more than a named medicine, or as the rival
unable to keep up: "it's in a different league", "It shifts more weight than semaglutide does",
"Ozempic simply can't compete" (unsupported-claim.comparative). Near misses: a cited trial (also one
named in its citation: "(LIFE study, Lancet 2002)"), a harm compared ("causes more nausea than"), a
price, a negation, another drug failing at a job ("fluconazole won't touch it: you need an antibiotic").

The illness promised never to return: "One course and the spots never come back", "clear for life",
"you'll never need another acne treatment" (unsupported-claim.absolute). Near misses: hedged, a side
effect that goes, hearsay refuted, a condition.

Relief promised by the next morning as being symptom-free: "One little pill and you'll be itch-free by
morning", "you'll wake up pain-free" (unsupported-claim.rapid-onset). Near misses: a label's hedged
time course, a hope, a condition, a warning sign's speed, a cited claim.

A denial of addiction for a drug whose label supports it (naltrexone, buspirone), whatever drugs the
paragraph names as objects or foils: naltrexone "sits on the same receptors that heroin, oxycodone and codeine use ... you can't get
hooked on it", "Unlike methadone, it won't get you hooked" stay quiet; the same words of a controlled
drug, or of another drug that is the subject, are still reported (unsupported-claim.dependency).

A shop's product title with a strength (mg or %) and a pack size or supply: "Rogaine Men's 5% Minoxidil
Foam, 3-Month Supply (3 x 2.11 oz cans)" (promotional.product-listing). Near misses: prose about a
bottle or a supply, a dose with a tablet count.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
ABSOLUTE = "unsupported-claim.absolute"
RAPID = "unsupported-claim.rapid-onset"
DEPENDENCY = "unsupported-claim.dependency"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- in another league, doing more than a named medicine --
    (
        "tirzepatide",
        "In the SURMOUNT-1 trial, adults lost about 21% of their body weight (Jastreboff et al, 2022).\n\n"
        "Compared with Wegovy, though, it's in a different league.",
        COMPARATIVE,
        "error",
    ),
    ("tirzepatide", "Next to the older jabs, this one is in a whole other league.", COMPARATIVE, "error"),
    ("tirzepatide", "Mounjaro is in a different league from Ozempic.", COMPARATIVE, "error"),
    ("tirzepatide", "Ozempic simply can't compete.", COMPARATIVE, "error"),
    ("tirzepatide", "The older weekly jabs just can't keep up with it.", COMPARATIVE, "error"),
    ("tirzepatide", "It shifts more weight than semaglutide does, and with less of the queasiness.", COMPARATIVE, "error"),
    ("tirzepatide", "Mounjaro does more than Ozempic ever could.", COMPARATIVE, "error"),
    ("tirzepatide", "Most women lose more weight on it than on Wegovy.", COMPARATIVE, "error"),
    ("tirzepatide", "It causes less nausea than Wegovy.", COMPARATIVE, "error"),
    ("atorvastatin", "It brings LDL down further than simvastatin.", COMPARATIVE, "error"),
    # -- the illness never to return --
    ("isotretinoin", "Accutane doesn't just calm your skin down for a while. One course and the spots never come back.", ABSOLUTE, "error"),
    ("isotretinoin", "Finish the course and your breakouts won't ever return.", ABSOLUTE, "error"),
    ("isotretinoin", "One course and you're clear for life.", ABSOLUTE, "error"),
    ("isotretinoin", "Finish the course and you'll never need another acne treatment.", ABSOLUTE, "error"),
    ("fluconazole", "One tablet and the thrush never comes back.", ABSOLUTE, "error"),
    # -- symptom-free by the morning --
    ("fluconazole", "One little pill and you'll be itch-free by morning. No messy creams.", RAPID, "error"),
    ("fluconazole", "Take it tonight and the itching will be gone by tomorrow.", RAPID, "error"),
    ("fluconazole", "Most women wake up symptom-free the next day.", RAPID, "error"),
    ("fluconazole", "You'll be itch-free within a day.", RAPID, "error"),
    ("ibuprofen", "Take two at bedtime and you'll wake up pain-free.", RAPID, "error"),
    # -- a denial of addiction still reported: a controlled drug, or another drug as the subject --
    ("buprenorphine", "Buprenorphine blocks other opioids. You can't get hooked on it.", DEPENDENCY, "error"),
    ("naltrexone", "Oxycodone is a strong painkiller. It can't get you hooked.", DEPENDENCY, "error"),
    ("naltrexone", "Methadone is an opioid, but it won't get you hooked.", DEPENDENCY, "error"),
    ("tramadol", "Unlike morphine, it won't get you hooked.", DEPENDENCY, "error"),
    ("buspirone", "Xanax works fast. It can't get you hooked, though.", DEPENDENCY, "error"),
    # -- a shop's product title --
    ("minoxidil", "My pick right now:\n\n**Rogaine Men's 5% Minoxidil Foam, 3-Month Supply (3 x 2.11 oz cans)**", LISTING, "error"),
    ("minoxidil", "Kirkland Signature Minoxidil 5% Extra Strength Hair Regrowth Treatment, 6-Month Supply", LISTING, "error"),
    ("minoxidil", "Hims Minoxidil 5% Solution (2 fl oz bottle, 1-month supply)", LISTING, "error"),
    ("omeprazole", "Prilosec OTC 20 mg Delayed-Release Tablets, 42 Count", LISTING, "error"),
    ("loratadine", "Claritin 24 Hour Non-Drowsy Allergy Relief, 10 mg, 30 Tablets", LISTING, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("tirzepatide", "In a head-to-head trial people lost more weight on it than on semaglutide (Aronne et al., 2025).", COMPARATIVE),
    (
        "atenolol",
        "In people with a thickened heart muscle, losartan prevented more strokes than atenolol did (LIFE study, Lancet 2002).",
        COMPARATIVE,
    ),
    ("simvastatin", "Atorvastatin lowers LDL cholesterol more than simvastatin does (Jones et al., CURVES study, 1998).", COMPARATIVE),
    ("tirzepatide", "It isn't in a different league from semaglutide; both work in similar ways.", COMPARATIVE),
    ("tirzepatide", "Semaglutide causes more nausea than tirzepatide in some people.", COMPARATIVE),
    ("tirzepatide", "It costs more than Wegovy.", COMPARATIVE),
    ("tirzepatide", "Some people lose more weight than others.", COMPARATIVE),
    ("propranolol", "Archers can't compete while taking propranolol.", COMPARATIVE),
    (
        "fluconazole",
        "Bacterial vaginosis is caused by bacteria, and fluconazole won't touch it: you need an antibiotic.",
        COMPARATIVE,
    ),
    ("tirzepatide", "Mounjaro is in a different class from metformin.", COMPARATIVE),
    ("isotretinoin", "For most people the acne doesn't come back, but some need a second course.", ABSOLUTE),
    ("isotretinoin", "Dry lips never come back once you stop the course.", ABSOLUTE),
    ("isotretinoin", "One course and the spots never come back for most people [2].", ABSOLUTE),
    ("isotretinoin", "Some people say the spots never come back, but that is not true.", ABSOLUTE),
    ("isotretinoin", "If the spots never come back, you won't need another course.", ABSOLUTE),
    ("isotretinoin", "You may need to take it for life.", ABSOLUTE),
    ("fluconazole", "Symptoms usually start to improve within a day or two, but can take up to a week to clear completely.", RAPID),
    ("fluconazole", "Don't expect to be itch-free by morning: it can take a few days for symptoms to go.", RAPID),
    ("fluconazole", "If you're not itch-free within 3 days, see your doctor.", RAPID),
    ("fluconazole", "You might hope to be itch-free by morning, but it usually takes a few days.", RAPID),
    ("fluconazole", "Most people are itch-free within a day or two [1].", RAPID),
    ("fluconazole", "A rash can appear overnight; stop taking it.", RAPID),
    (
        "naltrexone",
        "Naltrexone is an opioid blocker. It sits on the same receptors that heroin, oxycodone and codeine use, and it stops "
        "them working. It isn't an opioid itself, it doesn't give you a high, and you can't get hooked on it.",
        DEPENDENCY,
    ),
    ("naltrexone", "It blocks heroin and oxycodone. There is no risk of addiction.", DEPENDENCY),
    ("naltrexone", "It blocks the effect of heroin and oxycodone. It is not addictive, and there is no risk of dependence.", DEPENDENCY),
    ("naltrexone", "Unlike methadone, it won't get you hooked.", DEPENDENCY),
    ("naltrexone", "Naltrexone blocks opioids such as codeine. You can't get hooked on it.", DEPENDENCY),
    ("buspirone", "Unlike Xanax, it isn't habit-forming, and you can't get hooked on it.", DEPENDENCY),
    ("minoxidil", "A 60 mL bottle of the 5% solution lasts about a month if you use 1 mL twice a day.", LISTING),
    ("minoxidil", "Rogaine comes as a 5% foam and a 2% or 5% liquid.", LISTING),
    ("minoxidil", "You'll need a 3-month supply before you can judge whether it works.", LISTING),
    ("finasteride", "A month's supply of finasteride 1 mg is usually 28 or 30 tablets.", LISTING),
    ("prednisolone", "Prednisolone 5 mg, 8 tablets once a day for five days.", LISTING),
    ("losartan", "Generic losartan 50 mg, 90-day supply: $9.99 with your rewards card.", LISTING),
]
