"""Promotional wordings from eval/holdout271 (ii05), holdout273 (ik04), holdout274 (il04, il08), holdout275 (im02, im06),
holdout276 (in07), holdout277 (io06, io10) and holdout278 (ip12): five misses and five false errors, as classes.

- Free goods offered with a purchase or a transfer: a later box, pack or month "on the house" or "on us", with words
  between the ordinal and the pack ("your second box is on the house", il08; "your first compounded taper pack is on us",
  im02), and buy-some-get-one-free ("Buy two packs of generic sildenafil and get the third one free", io10; "buy one, get
  one free", "BOGO"). Not "lunch is on us", "the second pack is free of lactose", "your second box may look different",
  "buy two packs so you don't run out".
- A seller pushing its own shelf stock: "We keep Prilosec OTC on the shelf right behind the register, so stock up before
  you roll out" (ii05): the shop's "we keep / stock / carry" with "stock up" in the same sentence. Not travel advice to
  stock up on your own prescription ("stock up on your tablets before you travel"), not "don't stock up".
- A shop's listing of several strengths and a menu of pack counts: "Generic Ativan | 0.5mg / 1mg / 2mg | packs of 30, 60
  or 90 tabs" (ik04), "Sertraline • 50mg / 100mg • bottles of 30 or 90". Not prose: "Lorazepam comes in 0.5 mg, 1 mg
  and 2 mg tablets", "sertraline 50 mg / 100 mg tablets come in packs of 28".
- Money plainly of something else, in a paragraph that names a pharmacist, a doctor or a pack elsewhere: a warning, not
  an error: parking ("parking in the church lot is $2 after 6 pm", im06), a day pass ("day passes went up to $22 on the
  first", io06), a per diem ("Per diem goes up to $65 a day", in07), coffee ("Coffee after at Rosie's, $2 refills", ip12)
  and the cost of smoking ("A pack a day around here runs you over $3,000 a year", il04). A medicine's price in such a
  sentence is still an error ("A pack a day costs more than Chantix at $5 a day").
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (il08, im02, io10, ii05, ik04)
    (
        "apixaban",
        "Hangar Pharmacy on Route 9 has kindly sponsored the fun-fly trophies again. They say: order your Eliquis refills"
        " through their website before 31 December and your second box is on the house.",
        SALES,
        "error",
    ),
    (
        "venlafaxine",
        "Bring your venlafaxine prescription over to us before December 31 and your first compounded taper pack is on us."
        " Just mention this post at the counter.",
        SALES,
        "error",
    ),
    (
        "sildenafil",
        "**From our sponsor, Main Street Pharmacy:** Stock up before the holidays! Buy two packs of generic sildenafil and"
        " get the third one free, this month only.",
        SALES,
        "error",
    ),
    (
        "omeprazole",
        "We keep Prilosec OTC on the shelf right behind the register, so stock up before you roll out. And please don't buy"
        " unmarked acid pills from a guy in the back lot.",
        SALES,
        "error",
    ),
    ("lorazepam", "- Generic Ativan | 0.5mg / 1mg / 2mg | packs of 30, 60 or 90 tabs", LISTING, "error"),
    # new wordings, other voices: free goods
    ("atorvastatin", "Transfer your statin to us this month and the next bottle is on the house.", SALES, "error"),
    ("cetirizine", "Pop in before Sunday: your second pack of our own-brand hayfever tablets is free.", SALES, "error"),
    ("metformin", "Switch your repeat to our app and your third month's supply is on us.", SALES, "error"),
    ("ibuprofen", "Buy one, get one free on all pain relief this weekend.", SALES, "error"),
    ("loratadine", "BOGO on allergy tablets at the front counter!", SALES, "error"),
    ("omeprazole", "Pick up two boxes of the 14-day course and get a third box free at the till.", SALES, "error"),
    ("sildenafil", "Buy 3 packs and get the 4th half price.", SALES, "error"),
    ("sertraline", "Fill it with us and we'll throw in a second month free.", SALES, "error"),
    # a seller's own stock with "stock up"
    ("cetirizine", "We stock Zyrtec at both tills, so stock up on your way to the campsite.", SALES, "error"),
    ("loratadine", "Our shop carries the 30-tablet packs behind the counter; stock up before pollen season.", SALES, "error"),
    ("ibuprofen", "Stock up before the match: the clubhouse shop sells Nurofen at the bar.", SALES, "error"),
    # listings with several strengths or a pack menu
    ("sertraline", "Sertraline • 50mg / 100mg • bottles of 30 or 90", LISTING, "error"),
    ("zolpidem", "Zolpidem 5mg, 10mg - packs of 14 or 28", LISTING, "error"),
    ("amlodipine", "Amlodipine | 2.5mg / 5mg / 10mg | 30 or 90 tablets", LISTING, "error"),
    # a medicine's price beside everyday money is still a price
    ("varenicline", "A pack a day costs more than Chantix at $5 a day.", PRICE, "error"),
    ("omeprazole", "Coffee and Prilosec at the counter, $2 refills on the generic.", PRICE, "error"),
    ("sildenafil", "Our pharmacist says the generic is $22 for a pack of eight.", PRICE, "error"),
    # money of something else beside a pharmacist, a doctor or a pack: a warning, not an error
    (
        "risperidone",
        "Our guest was Leon Achebe, clinical pharmacist at the county behavioral health clinic. Reminder: parking in the"
        " church lot is $2 after 6 pm, so bring quarters.",
        PRICE,
        "warning",
    ),
    (
        "azithromycin",
        "Per diem goes up to $65 a day from Monday, and the production office has the new travel insurance cards.",
        PRICE,
        "warning",
    ),
    (
        "naproxen",
        "Nothing here is medical advice; check with your own doctor or pharmacist before you take anything. Also, day"
        " passes went up to $22 on the first, sorry everyone.",
        PRICE,
        "warning",
    ),
    ("atenolol", "Frank carries his nitroglycerin spray. Coffee after at Rosie's, $2 refills.", PRICE, "warning"),
    (
        "varenicline",
        "Ask your doctor about a pack of Chantix. A pack a day around here runs you over $3,000 a year.",
        PRICE,
        "warning",
    ),
    # new wordings
    ("metformin", "Ask the pharmacist on Tuesday. The gym membership is now $30 a month, payable at the desk.", PRICE, "warning"),
    ("sertraline", "Our pharmacist will speak at 7. Tea and cake are $3 at the hatch.", PRICE, "warning"),
    ("ibuprofen", "Bring your doctor's letter. Bus fares rose to $2.50 in March, so carry change.", PRICE, "warning"),
    ("varenicline", "Talk to your doctor. Smokes run about $14 a pack around here now.", PRICE, "warning"),
]

#: (drug, body, rule): a finding that must not be reported at all.
SHOULD_NOT = [
    ("apixaban", "Hangar Pharmacy sponsored the trophies again, and lunch is on us after the fun-fly.", SALES),
    ("loratadine", "The second pack is free of lactose, unlike the first.", SALES),
    ("apixaban", "Your second box may look different if the pharmacy changes supplier.", SALES),
    ("levothyroxine", "Buy two packs before you travel so you don't run out.", SALES),
    ("metformin", "Stock up on your tablets before you travel, and carry them in your hand luggage.", SALES),
    ("lorazepam", "Don't stock up on these: we keep only a small supply for a reason.", SALES),
    ("levothyroxine", "Ask your pharmacy to keep your tablets in stock, and stock up before a long holiday weekend.", SALES),
    ("lorazepam", "Lorazepam comes in 0.5 mg, 1 mg and 2 mg tablets.", LISTING),
    ("sertraline", "Sertraline 50 mg / 100 mg tablets come in packs of 28.", LISTING),
    ("amlodipine", "She takes 5mg / 10mg on alternate days, 2 tablets a day at most.", LISTING),
]
