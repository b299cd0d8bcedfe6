"""Money and a pitch that are not the medicine's, from eval/holdout264 (ib03, ib11), holdout265 (ic06), holdout266 (id06),
holdout269 (ig07, ig08) and holdout270 (ih07), as classes.

- Money plainly of something else is a warning wherever it is, even in a paragraph about a medicine (a human looks; nothing
  is blocked): money saved ("has saved around $40 a week since she stopped buying drive-through lunches", ib03), given or put
  in an account ("I put $50 in your account for the co-pay and some groceries", id06), an admission or a place's fee
  ("spectators are $10 at the door", ig07), a discount's amount, the pitch around it being promotional.sales-language's
  ("Use code TEAMBRIGHT at sign-up for $50 off your first visit", ic06), and a co-pay told ("Your copay is $15; put it on the
  card I gave you", ig08): what insurance leaves to pay, not a seller's price.
- Must stay errors: a medicine's or a service's price ("$4 for a month", "the first video visit cost us $89"), a saving on the
  medicine itself ("saved $20 on my refill with the coupon"), a price per tablet.
- A scarcity told of a club's or an event's own places (tables, tickets, stalls) is a warning, not a pitch ("Swap meet tables
  ... are $15 each. Call Dot to reserve one before they're gone", ih07); "spots" and "slots", a clinic's intake, and a
  product running out stay errors.
- A podcast's or a radio show's transcript (its cues: "[MUSIC: banjo intro, 00:00]", "[AD BREAK]", "[LAUGHTER]") is a script:
  the host's "hit subscribe" is said, not a web page's leftover (ib11); on a page with no such cue it is still reported.
"""

from __future__ import annotations

PRICE = "promotional.price"
SALES = "promotional.sales-language"
BOILERPLATE = "promotional.boilerplate"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording: money that is not a medicine's price is a warning (ib03, ic06, id06, ig07, ig08)
    (
        "phentermine",
        "A year on, Renata has kept off 16 of the 21 pounds and has saved around $40 a week since she stopped buying"
        ' drive-through lunches. "The tablets were the push," she says. "The walking was the plan."',
        PRICE,
        "warning",
    ),
    (
        "amphetamine mixed salts",
        "**New this year:** our telehealth partner, BrightPath, offers ADHD evaluations by video within a week. Use code"
        " TEAMBRIGHT at sign-up for $50 off your first visit.",
        PRICE,
        "warning",
    ),
    ("escitalopram", "I put $50 in your account for the co-pay and some groceries. Please eat something green.", PRICE, "warning"),
    (
        "baclofen",
        "Thanks all. I'm up to 10 mg three times a day now and the spasms are already calmer. See everyone at regionals;"
        " spectators are $10 at the door.",
        PRICE,
        "warning",
    ),
    (
        "lisdexamfetamine",
        "**Refills.** It's a Schedule II medicine, so there are no automatic refills. Each month the campus pharmacy needs a new"
        " prescription from Dr. Okafor's office. Your copay is $15; put it on the card I gave you.",
        PRICE,
        "warning",
    ),
    # new wordings, other voices: a magazine, a forum post, a parish bulletin, a parents' email, a leaflet
    (
        "metformin",
        "Since giving up takeaway coffee and the tablets' help with her appetite, she's saved about $25 a week.",
        PRICE,
        "warning",
    ),
    ("sertraline", "Mum sent £40 to your account for the prescription and a decent meal out.", PRICE, "warning"),
    ("atorvastatin", "Quiz night is Friday after my 20 mg statin talk: tickets are £5 a head at the bar.", PRICE, "warning"),
    ("ibuprofen", "Took two 200 mg tablets before the match. Parking is $8 for visitors, so come early.", PRICE, "warning"),
    ("sumatriptan", "Our clinic partner gives members $30 off a first video consult with code MIGRAINE.", PRICE, "warning"),
    ("levothyroxine", "With my insurance the co-pay is $10 for 90 tablets at the mail-order pharmacy.", PRICE, "warning"),
    ("insulin glargine", "A $35 copay for a month of pens is the cap under our plan.", PRICE, "warning"),
    # a medicine's or a service's price is still an error
    ("lisinopril", "Generic lisinopril is $4 for a month at the big-box pharmacy.", PRICE, "error"),
    ("atorvastatin", "I saved $20 on my refill with the store's card, so it's $12 a month now.", PRICE, "error"),
    ("semaglutide", "The first video visit cost us $89 out of pocket.", PRICE, "error"),
    ("sildenafil", "Only $19.99 for a month's supply of tablets.", PRICE, "error"),
    # the scarcity of a club's own places is a warning (ih07)
    (
        "tadalafil",
        "Swap meet tables at the fairgrounds are $15 each. Call Dot to reserve one before they're gone.",
        SALES,
        "warning",
    ),
    ("amlodipine", "Raffle tickets for the spring fete are almost sold out, so see Brenda at the door.", SALES, "warning"),
    ("metformin", "Stalls at the Christmas market are selling fast; book with the parish office.", SALES, "warning"),
    # ... a product's or a clinic's intake still sells
    ("phentermine", "Grab a bottle of our starter packs before they're gone.", SALES, "error"),
    ("semaglutide", "Slots are filling up quickly, so claim your spot today.", SALES, "error"),
    ("sildenafil", "Hurry while stocks last.", SALES, "error"),
    # a page's leftovers with no transcript cue are still reported
    ("atorvastatin", "If you enjoyed this article, hit subscribe for more.", BOILERPLATE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own transcript (ib11): the host's sign-off in a podcast with its cues
    (
        "atorvastatin",
        "[MUSIC: banjo intro, 00:00]\n\n**RHYS:** Welcome back to Shavings and Shellac.\n\n[MUSIC: sting, 24:10]\n\n"
        "**RHYS:** That's the episode. If you enjoyed it, hit subscribe, and send us your worst catches.",
        BOILERPLATE,
    ),
    # other voices: a radio show, a call-in podcast
    (
        "metformin",
        "[AD BREAK]\n\nHOST: We're back. If you like the show, subscribe wherever you get your podcasts.",
        BOILERPLATE,
    ),
    (
        "sertraline",
        "[LAUGHTER]\n\nDANI: Okay, okay. Hit the bell and follow us for next week's episode.",
        BOILERPLATE,
    ),
    # money that is neither a price nor a warning's matter: none reported on a line with no amount
    ("escitalopram", "Ask the pharmacist whether a generic would lower your co-pay.", PRICE),
    ("tadalafil", "Call Dot to reserve a table for the swap meet.", SALES),
]
