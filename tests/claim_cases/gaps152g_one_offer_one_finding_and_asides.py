"""Promotional and unsupported-claim findings on wordings that sell or claim nothing for a medicine, from eval/holdout335
(ku04 cetirizine, ku09 zolpidem, ku12 clonidine), holdout338 (kx06 acetaminophen), holdout339 (ky06 tizanidine), holdout341
(la04 naproxen) and holdout342 (lb03 methotrexate, lb13 venlafaxine), as a class.

Class: promotional and claim findings on wordings that sell nothing or claim nothing for a medicine: the writer's own buying
told with "grab" ("We grab a 200-count bottle of store-brand naproxen sodium for about $9.99": its price is the finding, not a
pitch); craving denied with the body's dependence told after it ("not a drug people crave, but the body gets used to it");
gear, a habit or a home remedy set above every medicine ("Good boots ... do more than any tablet"); a club's subscription (a
warning: a human looks) and a discount on sandwiches at a tea room.

A second finding on a line whose planted item another rule caught is kept where eval's annotations keep both elsewhere: a
pack count beside its price (ku04's "30-count box", la04's "200-count bottle"; 26 annotated listings in holdout2-226 sit in a
priced sentence), a pitch beside a listing (ky06's "fast discreet delivery"; holdout173 eo03) and a no-addiction claim that
is also a known misstatement (ku09; holdout20 b05 annotates both): annotation questions for the maintainer.

Still reported: a listing or a pitch on its own, a pitch beside a price that is only an aside, a price of the medicine, a
discount on the medicine, a no-addiction claim with a side effect after it or the caveat denied, a gel set above tablets, a
service's subscription.
"""

from __future__ import annotations

PRICE = "promotional.price"
LISTING = "promotional.product-listing"
SALES = "promotional.sales-language"
DEPENDENCY = "unsupported-claim.dependency"
COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings: the winner of each fold still reported (ku04, la04, ky06)
    (
        "cetirizine",
        "We checked the big stores this week. The 30-count box was $9.99 at our partner shop, which works out at about 33 cents a"
        " day, the cheapest we found.",
        PRICE,
        "error",
    ),
    (
        "naproxen",
        "Honestly the store brand is the same drug. We grab a 200-count bottle of store-brand naproxen sodium for about $9.99, way"
        " cheaper than the name brand.",
        PRICE,
        "error",
    ),
    (
        "tizanidine",
        "**pharmacy_deals_4u:** Tizanidine 4mg 150 tablets, fast discreet delivery, message me for the link.",
        LISTING,
        "error",
    ),
    # the club's subscription: a warning, a human looks (lb03)
    (
        "methotrexate",
        "The band's annual subscription is £15, and she jokes that her tablets are the better bargain, since her prescription costs"
        " her nothing at all.",
        PRICE,
        "warning",
    ),
    # other voices of the class: a price of the medicine, a listing, a club's subscription
    ("sertraline", "Grab the 90-count bottle of sertraline 50mg for just $12.49 at our partner pharmacy.", PRICE, "error"),
    ("loratadine", "Claritin 10mg 30 tablets, next-day delivery, DM me for the link.", LISTING, "error"),
    # a pack beside its price is its own finding (ku04's, an annotation question)
    (
        "cetirizine",
        "We checked the big stores this week. The 30-count box was $9.99 at our partner shop, which works out at about 33 cents a"
        " day, the cheapest we found.",
        LISTING,
        "error",
    ),
    # a pitch beside a listing or a price is its own finding (ky06's "fast discreet delivery"), and a no-addiction claim beside
    # its misstatement (ku09)
    ("tizanidine", "**pharmacy_deals_4u:** Tizanidine 4mg 150 tablets, fast discreet delivery, message me for the link.", SALES, "error"),
    ("sertraline", "Order now: the 90-count bottle of sertraline 50mg is just $12.49 at our partner pharmacy.", SALES, "error"),
    ("zolpidem", "**Reply from purser_pete:** Good news is you can't get hooked on it, so use it whenever you like.", DEPENDENCY, "error"),
    ("omeprazole", "The 42-count box is £6.50 at the big supermarket, a steal.", PRICE, "error"),
    ("ibuprofen", "Members of the rowing club pay $30 a season in club subs, and the boathouse keeps ibuprofen tablets.", PRICE, "warning"),
    # a pitch, a listing, a pitch beside an aside price
    ("cetirizine", "Order now and get fast discreet delivery.", SALES, "error"),
    ("cetirizine", "Zyrtec 10mg 70 tablets", LISTING, "error"),
    ("cetirizine", "Use code SPRING10 at checkout for $5 off your first order of Zyrtec tablets.", SALES, "error"),
    ("cetirizine", "The 30-count box is on our shelf. It costs $9.99 at our partner shop.", LISTING, "error"),
    # a discount on the medicine, a service's subscription, a price of the medicine
    ("cetirizine", "This week the pharmacy gives readers 10% off Zyrtec tablets.", SALES, "error"),
    ("cetirizine", "Our shop takes 15% off all hay fever tablets this month.", SALES, "error"),
    ("semaglutide", "The clinic's monthly subscription is $49 and covers your semaglutide prescription.", PRICE, "error"),
    # a no-addiction claim not answered by the dependence: a side effect after it, the caveat denied, no caveat
    ("codeine", "Don't worry, you can't get hooked on it, but it can make you drowsy.", DEPENDENCY, "error"),
    ("alprazolam", "It isn't a drug people crave, but your body won't get used to it either.", DEPENDENCY, "error"),
    ("clonidine", "It is not a drug people crave, so you can stop whenever you like.", DEPENDENCY, "error"),
    # the medicine in a form set above tablets is still a claim
    ("diclofenac", "The gel does more than any tablet for a sore knee.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wordings that must stay silent under ``rule``.
SHOULD_NOT = [
    # the drafts' own wordings (ku04, la04, ky06, ku09, ku12, kx06, lb13)
    (
        "naproxen",
        "Honestly the store brand is the same drug. We grab a 200-count bottle of store-brand naproxen sodium for about $9.99, way"
        " cheaper than the name brand.",
        SALES,
    ),
    (
        "clonidine",
        "A member asked whether clonidine is addictive. Mr Boateng said it is not a drug people crave, but the body gets used to it,"
        " which is why stopping must be gradual.",
        DEPENDENCY,
    ),
    (
        "acetaminophen",
        "And remember acetaminophen eases pain and fever but does nothing for swelling, so it won't fix a knee that's actually"
        " injured. Good boots and properly broken-in insoles do more than any tablet.",
        COMPARATIVE,
    ),
    (
        "venlafaxine",
        "Anyone finding things hard is welcome to a quiet chat with the volunteer coordinator. The staff room kettle is now free to"
        " use, and the station tea room gives volunteers 10% off sandwiches with a badge.",
        SALES,
    ),
    # other voices: the writer's own buying told with "grab"
    ("ibuprofen", "She usually grabs a 100-count bottle at the warehouse club.", SALES),
    ("naproxen", "I grab a big box of the store brand whenever I'm in town.", SALES),
    # other voices: the dependence told after a craving or addiction denied
    ("clonidine", "You won't get hooked on it, though your body does come to rely on it, so never stop it suddenly.", DEPENDENCY),
    (
        "baclofen",
        "She says baclofen isn't one of those pills people crave, but the body gets used to it, so stopping must be slow.",
        DEPENDENCY,
    ),
    (
        "gabapentin",
        "It's not a drug people crave; still, the body grows used to it, and coming off it has to be done gradually.",
        DEPENDENCY,
    ),
    # other voices: gear, a habit or a home remedy set above every medicine
    ("ibuprofen", "Rest and an ice pack will do more for a sprain than any pill.", COMPARATIVE),
    ("naproxen", "A decent night's sleep does more than all the painkillers in the cupboard.", COMPARATIVE),
    ("sertraline", "Regular walks do more for your mood than any tablet, our coach likes to say.", COMPARATIVE),
    # other voices: a discount or a subscription of something else
    ("ibuprofen", "The clubhouse bar gives members 15% off all drinks on match days.", SALES),
    ("metformin", "Volunteers get 20 percent off hot meals in the canteen with their lanyard.", SALES),
]
