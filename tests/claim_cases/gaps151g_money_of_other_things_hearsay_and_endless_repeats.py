"""Promotional and claim wordings from eval/holdout327 (km01 metoprolol, km03 glipizide, km05 semaglutide), holdout328 (kn10
doxycycline), holdout329 (ko09 furosemide), holdout330 (kp13 ibuprofen), holdout331 (kq04 cetirizine) and holdout332 (kr07
warfarin), as a class.

Class: money that is not a medicine's price in a paragraph about medicines, a warning ("a ride costs $2.50" on the bus, "monthly
campground fees run about $900", "Entry for the spring 30K is $35", "Your city's $3 million tree-planting program", a taxi's fare,
a fine, a marina's fee, a registration), while a medicine's or a pharmacy's price stays an error (the tablets' price, a
dispensing or a consultation fee, a ride that is free beside the medicine's price, a gene therapy's millions for a dose); an
absolute claim passed on from a post, a video or the radio ("Saw a post elsewhere saying these jabs fix your diabetes for
good"), not reported, while the writer's own stays an error; "the safer choice" given to another medicine with that medicine's
own caveat ("paracetamol is the safer choice, though large amounts ... can still raise the INR"), advice, a warning, while the
article's own medicine called the safer choice stays an error; and a seller's promise to keep the repeats going with no
prescriber ever seen again ("keep the repeats going for you without you ever having to see the doctor again"), an error,
silent when denied, when a review is kept or when the visit spared is only a monthly one.
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"
ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (km01, km03, kp13, kq04, kr07, ko09, kn10)
    (
        "metoprolol",
        "Take one metoprolol tablet each morning.\n\nYour next visit is on the card we gave you. The number 12 bus stops outside; a"
        " ride costs $2.50 and the front desk can give you a bus voucher. Bring all your medicine boxes with you.",
        PRICE,
        "warning",
    ),
    (
        "glipizide",
        "The couple refill ninety days at a time through a national chain, so any branch can see her prescription. Their monthly"
        ' campground fees run about $900, Alan says, "and that\'s the budget line I actually watch." Ruth carries a paper list of'
        " her medicines and doses.",
        PRICE,
        "warning",
    ),
    (
        "ibuprofen",
        "Every season the same questions come up about ibuprofen tablets at the Sunday long run, so the committee asked our"
        " pharmacist member to help write this page. Entry for the spring 30K is $35, and you'll find it on the events page.",
        PRICE,
        "warning",
    ),
    (
        "cetirizine",
        "Pollen season is here again. Your city's $3 million tree-planting program probably didn't help either. Here's our"
        " no-nonsense guide to cetirizine, the antihistamine behind Zyrtec and a pile of store brands.",
        PRICE,
        "warning",
    ),
    (
        "warfarin",
        "Things to tell the clinic about:\n\n- aspirin, and painkillers like ibuprofen or naproxen, which add to the bleeding risk;"
        " paracetamol is the safer choice, though large amounts over several days can still raise the INR",
        COMPARATIVE,
        "warning",
    ),
    (
        "furosemide",
        "Running low? Ortega Family Pharmacy will refill your Lasix and drop it at your door the same afternoon, and they can keep"
        " the repeats going for you without you ever having to see the doctor again.",
        SALES,
        "error",
    ),
    (
        "doxycycline",
        "The shop stocks sun cream. New this year, our malaria pack is on the shelf by the front desk: Doxycycline 100 mg, 30"
        " capsules, with a waterproof pill case.",
        LISTING,
        "error",
    ),
    # the class in other voices: fares, fees, fines, registrations and millions beside medicines, a warning
    ("metformin", "Take your metformin tablets with meals. A taxi to the clinic costs about $15 from the station.", PRICE, "warning"),
    ("metformin", "Bring your medicines to the review. Parking fines are $60 here, so take the bus.", PRICE, "warning"),
    ("metformin", "Bring your prescription. The pitch fees at the caravan park went up to £450 a month this year.", PRICE, "warning"),
    ("amlodipine", "Keep your tablets cool in the van. A $40 marina fee ate into the trip.", PRICE, "warning"),
    ("amlodipine", "Pack your tablets in the hand luggage. We paid a €25 fine for the late check-in.", PRICE, "warning"),
    ("metformin", "Bring your tablets. The hospital's new wing cost £12 million to build.", PRICE, "warning"),
    ("metformin", "Registration for the charity walk is $20, and the route passes the pharmacy.", PRICE, "warning"),
    ("sertraline", "Take your tablets as usual on the trip. The ferry over to the island runs €18 a car.", PRICE, "warning"),
    ("atorvastatin", "Bring your statin tablets to the clinic. Shuttles from the park-and-ride are $1.50.", PRICE, "warning"),
    # ... and the other medicine as the safer choice, with its own caveat: advice, a warning
    (
        "warfarin",
        "Ibuprofen raises the bleeding risk; acetaminophen is the safer option, although big doses can still push the INR up.",
        COMPARATIVE,
        "warning",
    ),
    (
        "lithium",
        "Naproxen can push your levels up, so paracetamol is the safer choice, though it can still harm the liver in large doses.",
        COMPARATIVE,
        "warning",
    ),
    # ... and the repeats kept going with no prescriber ever again, in other voices
    (
        "amlodipine",
        "We renew your refills automatically, without you needing to visit the doctor ever again.",
        SALES,
        "error",
    ),
    (
        "atorvastatin",
        "Our auto-refill service keeps your scripts topped up for good, with no need to ever see a doctor again.",
        SALES,
        "error",
    ),
    (
        "levothyroxine",
        "Sign up once and we'll keep the tablets coming every month, and you'll never need to go back to the GP again.",
        SALES,
        "error",
    ),
    # near misses that stay errors: a medicine's or a pharmacy's price, the writer's own absolute claim, the article's own drug
    ("metformin", "Metformin tablets cost $4 a month at most pharmacies.", PRICE, "error"),
    ("metformin", "The pharmacy's dispensing fee is $12 on top of the tablets.", PRICE, "error"),
    ("metformin", "A ride to the pharmacy is free, and a month of metformin costs $9.", PRICE, "error"),
    ("metformin", "The clinic's consultation fees run about $90.", PRICE, "error"),
    ("metformin", "Add a $15 delivery fee to your first order of tablets.", PRICE, "error"),
    ("onasemnogene", "Zolgensma costs about $2.1 million for a one-time dose.", PRICE, "error"),
    ("semaglutide", "These jabs fix your diabetes for good.", ABSOLUTE, "error"),
    ("semaglutide", "I've seen Ozempic fix people's diabetes for good.", ABSOLUTE, "error"),
    ("warfarin", "Warfarin is the safer choice for most people, though it can still cause bleeding.", COMPARATIVE, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the drafts' own wording (km05): a claim seen elsewhere, put as a question
    (
        "semaglutide",
        "**Reply from old_boast_mike:** Saw a post elsewhere saying these jabs fix your diabetes for good. Pete?\n\n"
        "**Reply from pete_the_pharmacist:** They don't. They help control blood sugar while you take them.",
        ABSOLUTE,
    ),
    # ... in other voices: a video, the radio, the paper, something read online
    ("semaglutide", "There's a video going round claiming Ozempic cures diabetes for good. It doesn't.", ABSOLUTE),
    ("semaglutide", "My cousin heard on the radio that semaglutide fixes type 2 diabetes for good. Our nurse says no.", ABSOLUTE),
    ("semaglutide", "An article in the paper said these jabs fix your diabetes for good, which is not true.", ABSOLUTE),
    ("semaglutide", "We've read online that Wegovy cures obesity for good. Sadly, the weight comes back when you stop.", ABSOLUTE),
    # the repeats: denied, a review kept, only a monthly visit spared
    ("furosemide", "The pharmacy can't keep the repeats going without you seeing the doctor, so book your yearly review.", SALES),
    (
        "furosemide",
        "Your GP can keep the repeats going without you having to come in each month, though you'll still need a yearly review.",
        SALES,
    ),
    (
        "furosemide",
        "No pharmacy can keep your prescriptions coming without you ever having to see a doctor again; be wary of any that says so.",
        SALES,
    ),
    (
        "furosemide",
        "Your pharmacy can keep the repeats going between your check-ups, but you will need to see the doctor again for your"
        " yearly review.",
        SALES,
    ),
    # money that is no price at all
    ("metformin", "Take your metformin tablets with meals. The bus stops outside the clinic.", PRICE),
]
