"""Claims and promotion in casual words, from eval/holdout287 (iy01, atorvastatin), holdout288 (iz03, valacyclovir), holdout289
(ja05, lamotrigine), holdout291 (jc03, cetirizine; jc04, semaglutide; jc06, lorazepam), holdout293 (je05, hydroxyzine) and
holdout294 (jf03, albuterol; jf10, aripiprazole), as a class.

Class: a speed claim told casually, a comparison in idiom, a shop's listing in a pack's words, and a sum of money lost:

- a statin's cholesterol said to fall within days ("see their cholesterol tumble within a couple of days of the first
  tablet"): its label gives 1 to 2 weeks, at most by 4 (``slow_benefit``, a warning);
- an outbreak stopped within hours ("stops a cold sore in its tracks within a couple of hours"), the trouble letting go on the
  spot ("the band around his chest lets go on the spot"), relief the instant the dose lands ("the second it hit my stomach the
  jitters were gone"), the dose felt settling the trouble within a few minutes ("feel it settle our nerves within a few
  minutes of swallowing it"): warnings, inferred speed;
- a named medicine left standing ("it leaves loratadine standing"): an unsupported comparison;
- a listing with a pack's name or a pen form ("lamotrigine 25 mg starter kit, 35 tablets", "Wegovy 2.4 mg single-dose pens,
  box of 4");
- money lost to gambling ("lost four hundred dollars on scratch cards"): not a price, a warning at most.

Silent: the same words hedged, negated or in weeks; a side effect felt the moment it lands; a person who decided on the spot; a
sore shortened by a day; a medicine left somewhere; a dose told with its pack; money spent on the medicine is still a price.
"""

from __future__ import annotations

ONSET = "unsupported-claim.rapid-onset"
COMPARATIVE = "unsupported-claim.comparative"
LISTING = "promotional.product-listing"
PRICE = "promotional.price"

SHOULD = [
    # the drafts' own wording
    (
        "atorvastatin",
        "Many patients tell us the change shows up fast. Most people see their cholesterol tumble within a couple of days of the"
        " first tablet.",
        ONSET,
        "warning",
    ),
    ("valacyclovir", "Take it at the first tingle and it stops a cold sore in its tracks within a couple of hours.", ONSET, "warning"),
    (
        "lorazepam",
        '"Most of us feel it settle our nerves within a few minutes of swallowing it," one colleague wrote, and Hamid says'
        " that's a common experience.",
        ONSET,
        "warning",
    ),
    (
        "hydroxyzine",
        "It does make me drowsy, so I never take one before driving to the hospice. The first time I tried it, the second it hit my"
        " stomach the jitters were gone.",
        ONSET,
        "warning",
    ),
    (
        "albuterol",
        "And when a spell catches him anyway, the inhaler is his rescue. One puff and the band around his chest lets go on the"
        " spot, every single time, however bad the spell.",
        ONSET,
        "warning",
    ),
    (
        "cetirizine",
        "Honestly, it leaves loratadine standing. I tried Claritin for two seasons and cetirizine is in another league for my eyes.",
        COMPARATIVE,
        "error",
    ),
    (
        "lamotrigine",
        "Valley Apothecary, our longtime sponsor, asks us to print this: lamotrigine 25 mg starter kit, 35 tablets, now in stock at"
        " the Elm Street counter.",
        LISTING,
        "error",
    ),
    ("semaglutide", "## Where To Fill\n\n- Wegovy 2.4 mg single-dose pens, box of 4", LISTING, "error"),
    (
        "aripiprazole",
        "**MARCUS:** Yeah. I lost four hundred dollars on scratch cards in a month before I connected it. My psychiatrist lowered"
        " the dose and it went away.",
        PRICE,
        "warning",
    ),
    # new wordings, other voices
    ("rosuvastatin", "Forum tip: my LDL started dropping within two or three days, honestly amazing.", ONSET, "warning"),
    ("atorvastatin", "Within a few days of starting, my cholesterol numbers had already come down.", ONSET, "warning"),
    ("valacyclovir", "Our shop's favourite: it knocks a shingles flare out within hours.", ONSET, "warning"),
    ("valacyclovir", "Two caplets at the first tingle and it heals the sore overnight.", ONSET, "warning"),
    ("ondansetron", "As soon as I swallowed it the queasiness just melted away.", ONSET, "warning"),
    ("ibuprofen", "The throbbing eased the moment the tablet hit my stomach.", ONSET, "error"),
    ("baclofen", "One tablet and the cramp in my calf unclenches there and then.", ONSET, "warning"),
    ("hydroxyzine", "Two tabs and the rash fades in a heartbeat.", ONSET, "warning"),
    ("buspirone", "You can feel the tablet calming your stomach inside a minute or two of taking it.", ONSET, "warning"),
    ("ibuprofen", "Honestly, it leaves plain old paracetamol for dead.", COMPARATIVE, "error"),
    ("fexofenadine", "My hay fever verdict: Allegra left Zyrtec trailing in its wake.", COMPARATIVE, "error"),
    ("semaglutide", "In stock now: Ozempic 1 mg pre-filled pen, pack of 2, collect today.", LISTING, "error"),
    ("lamotrigine", "NEW at the counter - Lamictal 25mg titration pack, 42 tablets", LISTING, "error"),
    ("pramipexole", "She gambled away $2,000 in a single weekend before her neurologist changed the dose.", PRICE, "warning"),
    ("aripiprazole", "My brother spent three hundred dollars on lottery tickets in one week.", PRICE, "warning"),
]

SHOULD_NOT = [
    # hedged, in weeks, negated
    ("atorvastatin", "Your cholesterol starts to fall within two to four weeks of the first tablet.", ONSET),
    ("atorvastatin", "Your cholesterol may start to fall within a few days, but the full effect takes four weeks.", ONSET),
    ("atorvastatin", "Don't expect your cholesterol to tumble in days; we check it again after four weeks.", ONSET),
    ("valacyclovir", "It can stop an outbreak within hours of the first tingle if you take it early enough.", ONSET),
    ("valacyclovir", "Taken at the first tingle, it shortens the cold sore by about a day.", ONSET),
    ("lorazepam", "You may feel it settle your nerves within an hour or so of swallowing it.", ONSET),
    # a side effect at once, a person on the spot
    ("hydroxyzine", "The moment it hit my stomach I felt sick, so now I take it with food.", ONSET),
    ("albuterol", "The school nurse decided on the spot to call his mother.", ONSET),
    ("albuterol", "The tightness didn't ease there and then, so we called an ambulance.", ONSET),
    # a medicine left somewhere, another comparison not made
    ("cetirizine", "I left the loratadine behind at the hotel, so I bought cetirizine.", COMPARATIVE),
    ("cetirizine", "Leave Zyrtec standing upright in the cupboard, away from children.", COMPARATIVE),
    # a dose, not a listing
    ("lamotrigine", "Your 25 mg starter kit holds 35 tablets: one a day for two weeks, then two a day.", LISTING),
    ("semaglutide", "Inject one 2.4 mg pen once a week, on the same day each week.", LISTING),
    # money lost to something else, a weight lost
    ("aripiprazole", "I lost twenty pounds after switching, which my doctor was glad about.", PRICE),
]
