"""Promotional precision, and one sales pitch missed, from eval/holdout224 (gn04, gn09, gn10), holdout225 (go06), holdout228
(gr11, gr13) and holdout230 (gt04, gt07, gt12, gt13), as classes.

- A price is an error only in a paragraph (a list item, a table row) about a medicine, a pharmacy's or a prescriber's
  service or a product sold with the article: one naming a drug, a form (tablets, an inhaler), a prescription, a pharmacy, a
  coupon or a supply. The price of something else in a newsletter's or the minutes' other news is a warning at most: "the
  airport flat rate goes up to $52" (gr11), "the $25 late fee on rent" (gr13), "Raffle tickets ... are £2 a strip from the bar"
  (gt07), "Hay is £6 a bale" (gt12), "brownies $1, Mrs. Ito's famous lemon bars $2" (gt13), "Spring dues ($40)" (go06).
- A cheapness told by a comparison sells nothing: "about as cheap as prescriptions get" (gt04); "cheap pills online" still does.
- A pitch quoted as what a dubious seller says, to warn the reader off, is no pitch: "don't order doxy off random sites that say no
  prescription needed" (gn04); the seller's own "no prescription needed" still is.
- A social post's share line, the writer's own invitation to pass it on to someone it may help, is no web-page leftover:
  "Repost if it might help someone in your network" (gn09); "Repost this!", "Like and repost for more tips" still are.
- A prescribing service's approval promised by a time, told actively with who it approves: "Our partner clinic approves most
  people the same day from a quick online questionnaire" (gn10, a miss); not an insurer's or a regulator's approval.
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
BOILERPLATE = "promotional.boilerplate"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording: prices of other things are warnings, not errors (gr11, gr13, gt07, gt12, gt13, go06)
    (
        "lisinopril",
        "Quick business first: the airport flat rate goes up to $52 on the first of the month, and the rank at Union Station is"
        " closed for paving until the 20th. Now, health.",
        PRICE,
        "warning",
    ),
    (
        "albuterol",
        "**7:02 pm.** President Lena Ortiz opened the meeting. The September minutes were approved. Reminder: the $25 late fee on"
        " rent starts on the 6th, not the 5th.",
        PRICE,
        "warning",
    ),
    (
        "tadalafil",
        "**And finally.** Raffle tickets for the Captain's Day charity draw are £2 a strip from the bar. First prize is a fourball"
        " at Brookfield.",
        PRICE,
        "warning",
    ),
    ("cetirizine", "**Hay's in!** Hay is £6 a bale from the office until the second cut comes in.", PRICE, "warning"),
    (
        "methylphenidate",
        "**Reminders first.** Bake sale on Friday in the fellowship hall: brownies $1, Mrs. Ito's famous lemon bars $2, all"
        " proceeds to the microscope fund.",
        PRICE,
        "warning",
    ),
    ("furosemide", "## Club notes\n\n- Spring dues ($40) are due at the clubhouse by March 1.\n- Potluck on the 22nd.", PRICE, "warning"),
    # new wordings, other voices: a parish bulletin, a parents' email, an allotment society's sheet
    ("atorvastatin", "Tickets for the Christmas quiz night are £5 a head from Maureen behind the bar.", PRICE, "warning"),
    ("metformin", "- Parking behind the church hall is now $3 a day.", PRICE, "warning"),
    ("amlodipine", "Plant stall on Saturday: tomato plants 50p each, geraniums £1.", PRICE, "warning"),
    # a medicine's price is still an error: in its sentence, or in its paragraph
    ("atenolol", "My month of 50 mg tablets rings up at around four dollars at my supermarket pharmacy.", PRICE, "error"),
    ("lisinopril", "Generic lisinopril is $4 for a month at the big-box pharmacy.", PRICE, "error"),
    ("lisinopril", "The pharmacy on Main has it. $4 a month, ask at the counter.", PRICE, "error"),
    ("furosemide", "[21:31] Tommo: fyi my mate Reece sells the 40s, £6 a strip of 14, DM him", PRICE, "error"),
    ("semaglutide", "The first video visit cost us $89 out of pocket.", PRICE, "error"),
    # gn10's own wording, and the approval promised by a time in other voices
    (
        "phentermine",
        "## Ready to start?\n\nOur partner clinic approves most people the same day from a quick online questionnaire, no"
        ' appointment needed, and ships your first month straight to your door. Tap "See if I qualify" below.',
        SALES,
        "error",
    ),
    ("phentermine", "They approve nearly everyone within the hour, and the tablets are posted first class.", SALES, "error"),
    ("sildenafil", "The doctors at QuickRx sign off most patients in minutes.", SALES, "error"),
    ("finasteride", "Fill in the form tonight and we'll approve you today.", SALES, "error"),
    # a cheapness that sells and a seller's own "no prescription needed" are still reported
    ("sildenafil", "Get cheap pills online here.", SALES, "error"),
    ("sildenafil", "Order online today, no prescription needed.", SALES, "error"),
    ("sildenafil", "Our pharmacy says no prescription needed: order today.", SALES, "error"),
    # a share call that is a web page's leftovers is still reported
    ("mirtazapine", "Repost this!", BOILERPLATE, "error"),
    ("mirtazapine", "Like and repost for more tips.", BOILERPLATE, "error"),
    ("mirtazapine", "Retweet for more.", BOILERPLATE, "error"),
    ("mirtazapine", "Share if this helped.", BOILERPLATE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording (gt04, gn04, gn09)
    ("atenolol", "## Atenolol Cost\n\nGeneric atenolol is about as cheap as prescriptions get.", SALES),
    (
        "doxycycline",
        "You need a prescription, from your regular doctor, urgent care or a telehealth visit. Please don't order doxy off random"
        " sites that say no prescription needed, it's not worth it.",
        SALES,
    ),
    (
        "mirtazapine",
        "I'm not a doctor, and this isn't medical advice.\n\n♻️ Repost if it might help someone in your network.\n\n"
        "#MentalHealthAwareness #Leadership",
        BOILERPLATE,
    ),
    # new wordings, other voices
    ("metformin", "Metformin is about as cheap as medicines come.", SALES),
    ("amlodipine", "It's as cheap as tablets go at any chemist.", SALES),
    ("sildenafil", 'Be wary of any website that promises "no prescription required".', SALES),
    ("sildenafil", "If a site says no doctor visit needed, close the tab.", SALES),
    ("tramadol", "Sellers advertising 'no script needed' are selling fakes.", SALES),
    ("sertraline", "Feel free to reshare if it could help a colleague who's struggling.", BOILERPLATE),
    ("sertraline", "Retweet in case it helps someone who needs to hear it.", BOILERPLATE),
    ("sertraline", "Reblog so it reaches someone having a hard week.", BOILERPLATE),
    # near misses: an insurer's or a regulator's approval, a statement of how approval works
    ("semaglutide", "The insurer approves most requests within 24 hours.", SALES),
    ("semaglutide", "The FDA approved it the same year.", SALES),
    ("semaglutide", "If your plan approves it, the pharmacy can fill it the same day.", SALES),
]
