"""Uncited claims in casual words and stories, and claims that are not, from eval/holdout280 (ir02, fluconazole), holdout281
(is04, prednisone), holdout282 (it09, escitalopram), holdout283 (iu03, paroxetine; iu09, levothyroxine), holdout284 (iv03,
sildenafil; iv05, sumatriptan) and holdout285 (iw02, sumatriptan; iw08, naltrexone), as a class.

Reported: nothing that can go wrong, in casual words ("there is literally nothing that can go wrong", "not a single thing that
could possibly go wrong"); a speed measured by a moment of a journey, the trouble gone first or the moment first ("the
migraine will have let go of you before the plane pushes back from the gate", "before the seatbelt sign goes off, the pounding
will have stopped"); at work the same day ("kicks in the same day"); felt by lunch ("You'll feel it by lunch"); at work almost
before the glass, told in more words, is back ("almost before the water glass is back on the nightstand"); the low mood lifted
by a day of the first week ("By the Thursday of my first week the fog had lifted completely", of a medicine that takes weeks);
the medicine set above its kind for what it does ("Of all the SSRIs, paroxetine is the one that hits panic hardest").
Silent: the same words denied, asked, hedged or with a condition after; an instruction timed by the journey ("take it before
the plane takes off"); a test's results the same day; a side effect; weeks; one's own best ("the one that works best for me");
advice to find the best one; a product's name in quotation marks, sold by others ("don't order "one-pill yeast cure" kits"),
or "so-called"; a question the sentence runs on from in a chat ("Theo: does it work fast though? asking for my sister"); a
label-supported "isn't habit-forming" of the drug a speaker's sentence opens with ("Andre said naltrexone blocks ...").
"""

from __future__ import annotations

ABS = "unsupported-claim.absolute"
CMP = "unsupported-claim.comparative"
DEP = "unsupported-claim.dependency"
FAST = "unsupported-claim.rapid-onset"

SHOULD = [
    # the drafts' own wordings
    ("prednisone", "For a short burst, though, there is literally nothing that can go wrong.", ABS, "error"),
    (
        "escitalopram",
        "I'm on it for the anxiety too. The first week I had nausea and weird yawning fits in anatomy lab. By the Thursday of my"
        " first week the fog had lifted completely, and I was answering questions in rounds again.",
        FAST,
        "error",
    ),
    (
        "paroxetine",
        "His doctor called it panic disorder and started him on paroxetine, an SSRI antidepressant sold as Paxil, which is approved"
        " for panic disorder as well as depression, social anxiety, OCD and PTSD in adults. Of all the SSRIs, paroxetine is the one"
        " that hits panic hardest, which is why Desmond's doctor reached for it first.",
        CMP,
        "error",
    ),
    ("levothyroxine", "**TAMSIN:** Honestly? That little pill kicks in the same day.", FAST, "error"),
    ("levothyroxine", "**TAMSIN:** You'll feel it by lunch.", FAST, "error"),
    (
        "sildenafil",
        "Walt started on 50 mg. No candles-and-waiting required: the little tablet gets to work almost before the water glass is"
        " back on the nightstand.",
        FAST,
        "error",
    ),
    (
        "sumatriptan",
        "Take a tablet as you board and the migraine will have let go of you before the plane pushes back from the gate.",
        FAST,
        "error",
    ),
    # nothing that can go wrong, in other words
    ("ibuprofen", "At the dose on the box there's honestly nothing that could possibly go wrong.", ABS, "error"),
    ("zolpidem", "Trust me, nothing's going to go wrong with these.", ABS, "error"),
    ("prednisone", "Five days of it? There is not a single thing that can go wrong.", ABS, "error"),
    ("amoxicillin", "Finish the course and nothing at all will go wrong, my mate at the chemist reckons.", ABS, "error"),
    # the medicine set above its kind for what it does
    ("sertraline", "Honestly, sertraline's the one that works best for anxiety.", CMP, "error"),
    ("sumatriptan", "Sumatriptan is the triptan that knocks a migraine out fastest.", CMP, "error"),
    ("cetirizine", "Among the antihistamines, cetirizine hits hay fever hardest.", CMP, "error"),
    ("rosuvastatin", "Of all the statins, rosuvastatin is the one that lowers cholesterol the most.", CMP, "error"),
    # the same day, by lunch
    ("sertraline", "These tablets get to work the very same day you start them.", FAST, "error"),
    ("propranolol", "It starts working that same day, so you'll be fine for the interview.", FAST, "error"),
    ("levothyroxine", "Take the first one with breakfast and you'll feel it working by lunchtime.", FAST, "error"),
    ("ibuprofen", "Most people notice the difference by the afternoon.", FAST, "error"),
    # a journey's moment
    ("sumatriptan", "Pop one at check-in and the headache is gone before the plane takes off.", FAST, "error"),
    ("ondansetron", "Swallow it on the platform and the nausea's eased off before the train pulls out.", FAST, "error"),
    ("propranolol", "Before the seatbelt sign goes off, the pounding will have stopped.", FAST, "error"),
    ("hydroxyzine", "The panic has completely lifted before the bus reaches the next stop.", FAST, "error"),
    # the glass told in more words
    ("tadalafil", "It kicks in practically before your bedside glass is empty.", FAST, "error"),
    ("sildenafil", "The tablet works nearly before her water glass is back down.", FAST, "error"),
    # the low mood lifted by a day of the first week
    ("sertraline", "By the Wednesday of my first week the gloom had cleared.", FAST, "error"),
    ("fluoxetine", "By the weekend of his first week the fog had lifted.", FAST, "error"),
    # still the writer's: a product of their own in quotation marks
    ("fluconazole", 'Order our "one-pill yeast cure" kit today.', ABS, "error"),
    # a question answered in the same chat line is still a claim
    ("sumatriptan", "Kemi: honestly it works fast. you'll see", FAST, "error"),
    # the drug a speaker's sentence opens with, when it is another one
    (
        "naltrexone",
        "Andre said methadone works on the same receptors as heroin. It isn't habit-forming.",
        DEP,
        "error",
    ),
]

SHOULD_NOT = [
    # the writer's own experience after a cited claim, not a promise (holdout232 gv04)
    (
        "cetirizine",
        "For me it's more of a slow fade than a switch, but I notice it by mid-morning.",
        "unsupported-claim.rapid-onset",
    ),
    # the drafts' own wordings
    (
        "fluconazole",
        "Please don't order \"one-pill yeast cure\" kits from websites that skip the prescription part. You don't know what's in them.",
        ABS,
    ),
    ("sumatriptan", "**3/12/26, 9:53 PM, Theo:** does it work fast though? asking for my sister", FAST),
    (
        "naltrexone",
        "**What it does.** Andre said naltrexone blocks the receptors opioids act on, so heroin, fentanyl or pain pills have little"
        " or no effect while it is working. It also takes the edge off the pull toward a drink for a lot of people with a drinking"
        " problem. It is approved for alcohol dependence and, after detox, to help people stay off opioids. It isn't"
        " habit-forming, and stopping it does not cause withdrawal.",
        DEP,
    ),
    # quoted names and "so-called", in other voices
    ("orlistat", "Steer clear of the “miracle” gummies your feed keeps showing you.", ABS),
    ("fluconazole", "Those 'guaranteed cure' bundles online are a waste of money.", ABS),
    ("orlistat", "Skip the so-called miracle shakes on social media.", ABS),
    # chat questions run on, in other voices
    ("lorazepam", "Priya: does it kick in quickly? my mum wants to know", FAST),
    ("sumatriptan", "Dan (9:14): Does it work fast? asking for a friend", FAST),
    # a speaker's sentence opening, in other voices
    (
        "naltrexone",
        "Dr Osei explained that naltrexone blocks the effects of heroin and oxycodone. It isn't habit-forming.",
        DEP,
    ),
    (
        "naltrexone",
        "According to our pharmacist, naltrexone stops opioids like fentanyl from working. It isn't habit-forming.",
        DEP,
    ),
    # nothing can go wrong: denied, asked, a condition after, the opposite
    ("prednisone", "Don't assume nothing can go wrong on a short burst.", ABS),
    ("prednisone", "Is there really nothing that can go wrong on a short course?", ABS),
    ("prednisone", "Nothing will go wrong if you miss one dose; just take the next one.", ABS),
    ("prednisone", "Plenty can go wrong, even on a short course: high blood sugar, mood swings and infections.", ABS),
    ("prednisone", "No doctor can promise that nothing will go wrong.", ABS),
    # the best one: one's own, advice, what it does worst, asked, denied
    ("sertraline", "Your doctor will help you find the one that works best for you.", CMP),
    ("sertraline", "For me, sertraline was the one that worked best.", CMP),
    ("sertraline", "It's the one that works best for me.", CMP),
    ("paroxetine", "Paroxetine is the one that causes the most weight gain.", CMP),
    ("paroxetine", "Which SSRI is the one that hits panic hardest?", CMP),
    ("paroxetine", "No SSRI is the one that works best for everyone.", CMP),
    # same day, by lunch: denied, asked, hedged, an instruction, a test, a side effect
    ("levothyroxine", "Don't expect it to kick in the same day; it takes weeks.", FAST),
    ("alendronate", "Take it on the same day each week.", FAST),
    ("levothyroxine", "Your blood test results come back the same day.", FAST),
    ("levothyroxine", "It usually kicks in the same day for some people, but not for most.", FAST),
    ("levothyroxine", "Will I feel it by lunch?", FAST),
    ("levothyroxine", "You may feel it by lunch, or it may take weeks.", FAST),
    ("levothyroxine", "Don't expect to feel it by lunch: the full effect takes six to eight weeks.", FAST),
    ("zolpidem", "You'll feel sleepy by lunch if you take it in the morning.", FAST),
    # a journey: an instruction, hedged, a long flight's end
    ("sumatriptan", "Take a tablet before the plane takes off.", FAST),
    ("sumatriptan", "Take it an hour before the plane pushes back from the gate.", FAST),
    ("ondansetron", "If the nausea hasn't eased before the train pulls out, don't take another.", FAST),
    # the glass: an instruction
    ("sildenafil", "Put the water glass back on the nightstand before you lie down.", FAST),
    # a day of the first week: a side effect, weeks
    ("escitalopram", "By the Thursday of my first week the nausea had eased.", FAST),
    ("escitalopram", "By week six the fog had lifted.", FAST),
]
