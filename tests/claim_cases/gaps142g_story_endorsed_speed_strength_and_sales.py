"""Unsupported claims a story endorses, and sales lines, from eval/holdout255 (hs01, cetirizine; hs04, lorazepam), holdout256
(ht09, diazepam), holdout257 (hu09, alprazolam; hu13, ibuprofen), holdout260 (hx03, levothyroxine; hx05, finasteride),
holdout261 (hy03, rosuvastatin; hy05, phentermine; hy08, naltrexone; hy12, atenolol) and holdout262 (hz07, sildenafil), as
a class.

Class: a claim of speed, safety from addiction, strength or a cure told as the writer's own verdict or a story's, with no
source, in words the rules did not know: the calm or the relief arriving within minutes ("the calm shows up within about ten
minutes of swallowing it"), at work almost before the glass is down, "good to go" ten minutes after the dose, "it kicks in
quick"; "a lot less addicting than Xanax"; a rival "outmuscled", a brand that "holds its strength more reliably from one
refill to the next than the generics do"; the habit "shut off for good"; and a share off the first consult for the reader.
The false errors: a hedge with the mild ones after ("Most people get no side effects, or only mild ones"), "a relief" that
is no medicine's ("a betrayal and a relief at once"), a comparison cited to a review by author and year ("(Marjoribanks et
al., Cochrane review, 2015)"), a trip's balance in a paragraph asking for the reader's medicine list (a warning to check, not
an error).
Silent: a hedge ("usually", "can"), a side effect arriving, a time from the label, an instruction with "before", a person
outmuscled, a count of people, a share off a dose, a denial.
"""

from __future__ import annotations

ABS = "unsupported-claim.absolute"
CMP = "unsupported-claim.comparative"
DEP = "unsupported-claim.dependency"
FAST = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
PRICE = "promotional.price"

SHOULD = [
    # the drafts' own wordings
    (
        "lorazepam",
        "Honestly, this is where it shines: the calm shows up within about ten minutes of swallowing it. That's been my"
        " experience every single time and it's what readers tell me too.",
        FAST,
        "error",
    ),
    (
        "alprazolam",
        "Two tablets this week, both in the late afternoon, when the house gets loud with quiet. It works almost before you've"
        " put the glass down, which is exactly what you want when your chest is closing up.",
        FAST,
        "error",
    ),
    (
        "sildenafil",
        "**How fast?** I'll be honest with you, because you asked. Ten minutes after I swallow it, I'm good to go, every single time.",
        FAST,
        "error",
    ),
    (
        "finasteride",
        "**Does it work?** For me, yes. Honestly, it kicks in quick: ten days in, Big Mike asked me at five-a-side if I'd had a"
        " transplant.",
        FAST,
        "error",
    ),
    (
        "diazepam",
        "**Between you and me.** Valium's got a long tail, so it's a lot less addicting than Xanax. That's why I'd rather see a"
        " cowboy on it than on the short-acting stuff.",
        DEP,
        "error",
    ),
    (
        "rosuvastatin",
        "Pound for pound, rosuvastatin simply outmuscles atorvastatin and every other statin on the pharmacy shelf, which is why"
        " cardiologists like hers reach for it first.",
        CMP,
        "error",
    ),
    (
        "levothyroxine",
        "Marisol pays a little more for brand-name Synthroid, and she is right to: the brand holds its strength more reliably from"
        ' one refill to the next than the generics do, which is why so many endocrinologists still write "dispense as written."',
        CMP,
        "error",
    ),
    (
        "naltrexone",
        "For Ray, those little tablets shut the habit off for good, and they'll do the same for anyone who takes them every day.",
        ABS,
        "error",
    ),
    (
        "phentermine",
        "**The online clinic.** If you want to look into it, the telehealth clinic a lot of you already know gives you 25 percent"
        " off the first consult if you tell them Coach Jess sent you.",
        SALES,
        "error",
    ),
    # the pilgrimage's balance beside the medicine list: a price to check, not an error
    (
        "atenolol",
        "The balance of €1,380 is due by 15 January; the parish office has the bank details. Please also send me a copy of your"
        " medicine list and your travel insurance certificate.",
        PRICE,
        "warning",
    ),
    # new wordings in other voices
    ("hydroxyzine", "Forum post: that wave of calm hits within five minutes of swallowing it.", FAST, "error"),
    ("ondansetron", "Pharmacy blog: the relief arrives inside fifteen minutes, and that's the beauty of it.", FAST, "error"),
    ("sumatriptan", "Diary, Tuesday: it kicks in practically before you've swallowed it.", FAST, "error"),
    ("ibuprofen", "Podcast transcript: these tablets kick in fast, trust me.", FAST, "error"),
    ("sildenafil", "Fifteen minutes after he takes one, he's good to go.", FAST, "error"),
    ("clonazepam", "Club newsletter: Klonopin is far less addicting than the short-acting benzos.", DEP, "error"),
    ("atorvastatin", "Between us, atorvastatin outguns the older statins on the market.", CMP, "error"),
    ("naproxen", "Our verdict: naproxen runs rings round ibuprofen for a bad back.", CMP, "error"),
    ("levothyroxine", "Brand-name Synthroid stays steadier from batch to batch than any generic.", CMP, "error"),
    ("varenicline", "Reader story: those pills switched my cravings off for good.", ABS, "error"),
    (
        "sildenafil",
        "Sponsor note: the clinic gives listeners twenty percent off the first appointment when you mention the show.",
        SALES,
        "error",
    ),
]

SHOULD_NOT = [
    # the drafts' false errors
    ("cetirizine", "Most people get no side effects, or only mild ones. The most common are:", ABS),
    (
        "alprazolam",
        "Monday number thirteen. Grief group tonight. Bess brought banana bread and cried into it, and then we all laughed, which"
        " felt like a betrayal and a relief at once. The counsellor says both can be true.",
        FAST,
    ),
    (
        "ibuprofen",
        "For period cramps, NSAIDs such as ibuprofen appear to ease the pain better than acetaminophen (Marjoribanks et al.,"
        " Cochrane review, 2015), which is why the kit carries both.",
        CMP,
    ),
    # a hedge of most people, a review cited in other words, a relief that is no medicine's
    ("cetirizine", "Many patients have no side effects at this dose.", ABS),
    ("naproxen", "Naproxen eased period pain better than placebo (Derry and colleagues, systematic review, 2016).", CMP),
    ("sertraline", "Finishing the course was a sadness and a relief at once.", FAST),
    # hedged, a side effect, longer, an instruction
    ("lorazepam", "The calm usually shows up within 20 minutes.", FAST),
    ("lorazepam", "The drowsiness sets in within ten minutes, so take it in bed.", FAST),
    ("lorazepam", "The side effects can show up within ten minutes.", FAST),
    ("alprazolam", "Take the tablet with water, and sit up before you put the glass down.", FAST),
    ("ibuprofen", "It can kick in quickly, but give it half an hour.", FAST),
    ("ibuprofen", "It kicks in quickly, usually within 30 to 60 minutes.", FAST),
    ("sildenafil", "Wait ten minutes after you take it, then eat.", FAST),
    # denied, a person outmuscled, a count of people, price
    ("diazepam", "Diazepam is not less addicting than Xanax: both carry the same boxed warning.", DEP),
    ("rosuvastatin", "Dad says his grandson outmuscles him at arm wrestling now.", CMP),
    ("levothyroxine", "More people fill the brand from one pharmacy to the next than the generic.", CMP),
    ("levothyroxine", "The generic is cheaper from one refill to the next than the brand.", CMP),
    # hedged, a question
    ("naltrexone", "For some people it may switch the cravings off for good.", ABS),
    ("naltrexone", "Will it shut the habit off for good?", ABS),
    # a share off a dose, an insurer's part
    ("phentermine", "Taking a quarter off the first dose can help with the jitters.", SALES),
    ("phentermine", "Your insurer may cover 25 percent of the first consult.", SALES),
]
