"""Promotional wordings from eval/holdout343 (lc07 pantoprazole, lc08 semaglutide, lc09 quetiapine), holdout344 (ld02
semaglutide, ld03 lamotrigine, ld07 varenicline), holdout345 (le05 pantoprazole), holdout348 (lh03 levothyroxine), holdout349
(li06 levothyroxine, li08 losartan, li10 aripiprazole) and holdout350 (lj04 famotidine), as a class.

Class: money in an article about a medicine that is plainly the price of something else is a warning, a human looks (a freezer
or a telescope paid for or bought, a fare told "each way" or a "$2 bus", the cost of "a pack of twenty" at the corner shop in a
stop-smoking piece, a gym's drop-ins, a prize "voucher" won, a canteen's meal deal, "$14 pizzas"), while a medicine's, a
pharmacy's or a prescriber's price stays an error (money paid for the tablets, a box, a month's supply or a consultation;
a drug named beside it; "a pack of 20 tablets"); a shelf listing whose release form follows the strength ("Pantoprazole 40 mg
delayed-release tablets, 90 count") is an error, as is a deadline for a prescriber's slots ("book your consultation now before
this month's slots are gone").

Silent: "grab a box" as a shopping tip at any supermarket or pharmacy, nothing sold by the writer (not at a named sponsor, not
with a sale's clock); "order online" or "buy online" told as what other people do ("the dried thyroid extracts some people order
online"); a strength and a dose count in prose ("40 mg delayed-release tablets, one a day"); slots that are a clinic's fact,
not a deadline ("this month's slots are all booked; ask reception about next month").
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own money lines: the price of something else, a warning (lc07, lc09, ld02, ld03, ld07, li06, li08, li10, lj04)
    (
        "pantoprazole",
        "**FryerTuck:** Cheers all. Paid £2,000 for a new walk-in freezer this week so I'm glad the tablets are on prescription.",
        PRICE,
        "warning",
    ),
    (
        "quetiapine",
        "Bus fares for guests going to clinic appointments can be claimed from the petty cash tin ($3 each way). Log any medicine"
        " concerns in the night book.",
        PRICE,
        "warning",
    ),
    (
        "semaglutide",
        "Our consulting room is next to the fruit stalls at the market entrance; the $2 riverside bus stops right outside. Bring"
        " your pen and we will watch you do your first injection.",
        PRICE,
        "warning",
    ),
    (
        "lamotrigine",
        "Ruth has logged every Messier object from her back garden, most of them with a second-hand reflector she bought for £450"
        " from a retiring club member. What she rarely talks about is the decade before she found a medicine that suited her.",
        PRICE,
        "warning",
    ),
    (
        "varenicline",
        "A pack of twenty now costs over £15 at the corner shop, which is more than a day's subs at the guild bench. Varenicline"
        " tablets are free on prescription for the whole course.",
        PRICE,
        "warning",
    ),
    (
        "levothyroxine",
        "A few of you have asked the coaches about levothyroxine, the thyroid tablet. The Saturday partner WOD is back, drop-ins"
        " are still $20, and the rowers have finally been serviced.",
        PRICE,
        "warning",
    ),
    (
        "losartan",
        "Before we start, congratulations to Martin in Hollybank, who wins this week's £500 garden centre voucher. Aisha, the"
        " inbox is full of one tablet today: losartan.",
        PRICE,
        "warning",
    ),
    (
        "aripiprazole",
        "This week a question about aripiprazole got so many replies that Farah from the in-store pharmacy offered to check the"
        " answers. Reminder: the staff canteen meal deal is £3 after 10 pm.",
        PRICE,
        "warning",
    ),
    (
        "famotidine",
        "After one too many $14 pizzas at midnight I went deep on famotidine, the stuff in Pepcid AC, and here's the whole scoop.",
        PRICE,
        "warning",
    ),
    # the class in other voices: things bought or paid for, fares, smokes, classes, prizes and food beside medicines
    ("metformin", "Take your metformin tablets with meals. We spent $900 on a new roof last spring.", PRICE, "warning"),
    ("sertraline", "Keep taking your tablets. The caravan we bought for £3,500 finally passed its MOT.", PRICE, "warning"),
    ("amlodipine", "Pack your tablets for the trip. The ferry is €6 each way from the harbour.", PRICE, "warning"),
    ("atorvastatin", "Bring your statin tablets to the clinic; the £1.80 park-and-ride shuttle stops at the front door.", PRICE, "warning"),
    ("nicotine", "A packet of 20 is now about £16 at the newsagent, so the patches pay for themselves.", PRICE, "warning"),
    ("ibuprofen", "Keep some ibuprofen tablets in your kit bag. Spin classes are £6 a go, and drop-ins are still £8.", PRICE, "warning"),
    ("metformin", "Our quiz winner takes home a $50 gift card. Now, on to metformin tablets.", PRICE, "warning"),
    (
        "omeprazole",
        "Curry night at the club went down well: £12 curries and a raffle. Omeprazole tablets stop the heartburn.",
        PRICE,
        "warning",
    ),
    ("loratadine", "Bring your loratadine tablets on the trip; the hotel breakfast buffet is $18 a head.", PRICE, "warning"),
    # near misses that stay errors: a medicine's, a pharmacy's or a prescriber's price
    ("pantoprazole", "Paid £12 for a box of the tablets at the chemist this week.", PRICE, "error"),
    ("famotidine", "I paid $14 for Pepcid AC at the drugstore.", PRICE, "error"),
    ("famotidine", "Spent $30 on a month's supply of famotidine tablets.", PRICE, "error"),
    ("semaglutide", "Paid £199 for the first month of the jabs through the online clinic.", PRICE, "error"),
    ("sildenafil", "The pills I bought for £20 from the site were fake.", PRICE, "error"),
    ("nicotine", "A pack of 20 lozenges costs £6 at the pharmacy.", PRICE, "error"),
    ("semaglutide", "The consultation is £45 each time, and the pen is extra.", PRICE, "error"),
    ("famotidine", "A box of 30 famotidine tablets is $14 at most pharmacies.", PRICE, "error"),
    ("orlistat", "The $4 meal replacement shakes go well with the capsules.", PRICE, "error"),
    ("sertraline", "Get a $20 gift card with every prescription transfer.", PRICE, "error"),
    ("metformin", "A £10 voucher off your first box of tablets.", PRICE, "error"),
    # the drafts' misses: a shelf listing (le05) and a deadline for a prescriber's slots (lc08)
    (
        "pantoprazole",
        "This month's feature shelf at Hartley's Drug, on the corner of Mill Street, our market's long-time sponsor: Pantoprazole"
        " 40 mg delayed-release tablets, 90 count, and a full range of antacids.",
        LISTING,
        "error",
    ),
    (
        "semaglutide",
        "Spaces with our prescriber are filling up fast, so book your consultation now before this month's slots are gone!",
        SALES,
        "error",
    ),
    # ... in other voices and forms
    ("omeprazole", "On the shelf this week: Omeprazole 20 mg delayed-release capsules, 42 count.", LISTING, "error"),
    ("metformin", "Metformin 500 mg extended-release tablets - 120 count, in stock at our counter.", LISTING, "error"),
    ("bupropion", "Bupropion 150 mg sustained-release tablets, 60 count.", LISTING, "error"),
    ("tamsulosin", "Book your video consult today before next week's slots are gone.", SALES, "error"),
    ("finasteride", "Sign up now, before this month's places run out.", SALES, "error"),
    ("semaglutide", "Complete the form tonight before the January spaces are gone.", SALES, "error"),
    # ... and the calls that stay errors: a sponsor's or the writer's shop, a sale's clock, ordered from us
    ("pantoprazole", "Pop in to Hartley's Drug on Mill Street and grab a box before the sale ends.", SALES, "error"),
    ("pantoprazole", "Grab a box at any supermarket pharmacy while the offer lasts.", SALES, "error"),
    ("levothyroxine", "Order online now and get it delivered tomorrow.", SALES, "error"),
    ("levothyroxine", "Order it from our online shop today.", SALES, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the drafts' own lines (le05, lh03)
    (
        "pantoprazole",
        "If you run out halfway through a busy Saturday, don't fret: pantoprazole is sold right alongside the antacids at any"
        " supermarket pharmacy, so you can grab a box with your groceries on the way home.",
        SALES,
    ),
    (
        "levothyroxine",
        "Levothyroxine works better than the dried thyroid extracts some people order online, and it's gentler on the heart too.",
        SALES,
    ),
    # ... and variants: a shopping tip at any shop, online ordering told as what others do
    ("loratadine", "Loratadine is on the shelf in most supermarkets, so you can grab a pack with your weekly shop.", SALES),
    ("ibuprofen", "Any pharmacy sells the 200 mg tablets; you can snag a box on the way home from work.", SALES),
    ("cetirizine", "Every corner shop stocks cetirizine, so just grab a pack at your local one if you run out.", SALES),
    ("levothyroxine", "Some patients order online from overseas sites, and those tablets are often fake.", SALES),
    ("levothyroxine", "Thyroid pills that folks buy online are often fake.", SALES),
    ("sildenafil", "Men who order online from unlicensed sellers risk getting fake pills.", SALES),
    ("levothyroxine", "Many older people order online these days, but check the pharmacy is registered.", SALES),
    # a strength in prose, a dose, a pack described
    ("pantoprazole", "Take one pantoprazole 40 mg delayed-release tablet, once a day before breakfast.", LISTING),
    ("pantoprazole", "Pantoprazole 40 mg delayed-release tablets come in packs of 28.", LISTING),
    ("metformin", "Metformin 500 mg extended-release tablets, 2 tablets once a day with the evening meal.", LISTING),
    # slots as a clinic's fact or the reader's own booking, not a deadline
    ("semaglutide", "This month's slots are all booked, so ask reception about next month.", SALES),
    ("semaglutide", "Book your consultation with your GP before you start the injections.", SALES),
    ("semaglutide", "Appointments with the practice nurse can fill up, so ask at reception if you need one.", SALES),
    # money that is no price at all
    ("quetiapine", "Bus fares to clinic appointments can be claimed back from the petty cash tin.", PRICE),
    ("lamotrigine", "She bought a second-hand reflector from a retiring club member.", PRICE),
]
