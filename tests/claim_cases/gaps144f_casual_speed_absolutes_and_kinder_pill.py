"""Uncited claims in casual words, from eval/holdout271 (ii09, meloxicam), holdout272 (ij02, bupropion), holdout273 (ik04,
lorazepam), holdout275 (im03, tizanidine), holdout277 (io07, metoprolol) and holdout278 (ip03, clonazepam), as a class.

Class: a speed, an absolute or a comparison told in everyday words the rules did not know. Speed: the low mood seen or felt
lifting within a counted day or two, the time after it ("notice the grey lifting within two or three days of the first
tablet"); "kicks in" with a slang intensifier ("kicks in crazy fast", "works insanely quickly"); a calm state within twenty
minutes or less of swallowing it ("chilled out inside five minutes of swallowing the tablet"); a dose as the subject that has
the trouble out, off or eased within twenty minutes or less ("a tablet swallowed while the crew rigs the boat has the clench out
of her legs within five minutes"). Absolutes: as harmless or safe as an everyday harmless thing ("about as harmless as a
multivitamin", "no more dangerous than a cup of tea"); a promise of no more trouble, ever ("that heart of yours will never give
you another day of trouble", "you'll never have another bad night"). Comparisons: the kinder, gentler or easier pill, or kinder
or easier on the body, set against a rival named at the sentence's start ("Next to Xanax, clonazepam is the kinder pill for most
people, easier on the body and on the mind").
Silent: the same words hedged ("may", "usually"), denied or questioned; weeks, not days; a side effect in minutes; longer than
twenty minutes; a vitamin's safety said of the multivitamin itself; "not as harmless as a vitamin"; a promise denied ("no pill
can promise ..."); spatial "next to"; the gentler of two strengths of one medicine; a cited comparison.
"""

from __future__ import annotations

ABS = "unsupported-claim.absolute"
CMP = "unsupported-claim.comparative"
FAST = "unsupported-claim.rapid-onset"

SHOULD = [
    # the drafts' own wordings
    ("bupropion", "Most of my customers notice the grey lifting within two or three days of the first tablet.", FAST, "error"),
    (
        "lorazepam",
        "Honestly, this stuff kicks in crazy fast. Most users say they're chilled out inside five minutes of swallowing the tablet.",
        FAST,
        "error",
    ),
    ("lorazepam", "Most users tell us they're chilled out inside five minutes of swallowing the tablet.", FAST, "error"),
    (
        "tizanidine",
        "It's quick, too: a tablet swallowed while the crew rigs the boat has the clench out of her legs within five minutes.",
        FAST,
        "error",
    ),
    ("meloxicam", "Bottom line from the Dugout Doc: taken with food, meloxicam is about as harmless as a multivitamin.", ABS, "error"),
    (
        "metoprolol",
        "**RENÉE:** Take it every day, keep coming here, and that heart of yours will never give you another day of trouble.",
        ABS,
        "error",
    ),
    (
        "clonazepam",
        "Next to Xanax, clonazepam is the kinder pill for most people, easier on the body and on the mind.",
        CMP,
        "error",
    ),
    # new wordings: mood lifting within a counted day or two, the time after it
    ("sertraline", "You'll feel the fog lifting within a day or two of starting.", FAST, "error"),
    ("escitalopram", "Forum regulars swear they could see the gloom clearing within 48 hours.", FAST, "error"),
    ("fluoxetine", "Most readers felt the cloud start to lift within three days.", FAST, "error"),
    ("venlafaxine", "I noticed the heaviness easing by the second day, honestly.", FAST, "error"),
    # slang intensifiers on "kicks in" and "works"
    ("alprazolam", "This stuff kicks in insanely fast, trust me.", FAST, "error"),
    ("zolpidem", "These pills kick in ridiculously quick.", FAST, "error"),
    ("diazepam", "It works stupidly fast for a tablet.", FAST, "error"),
    ("alprazolam", "Xanax kicks in crazy fast.", FAST, "error"),
    # a calm state within twenty minutes or less of the dose
    ("hydroxyzine", "You'll be totally relaxed within ten minutes of taking it.", FAST, "error"),
    ("propranolol", "Most of my clients are calm inside fifteen minutes of popping one.", FAST, "error"),
    ("cyclobenzaprine", "I'm loose and pain-free within twenty minutes of swallowing the tablet.", FAST, "error"),
    # a dose as the subject that has the trouble out or eased within minutes
    ("baclofen", "One tablet has the stiffness out of my back within ten minutes.", FAST, "error"),
    ("methocarbamol", "A single pill taken at lunch gets the knots out of his shoulders inside fifteen minutes.", FAST, "error"),
    ("cyclobenzaprine", "The tablet eases the spasm in her calf within five minutes, every time she tries it.", FAST, "error"),
    ("sumatriptan", "One dose takes the edge off the throbbing in under ten minutes.", FAST, "error"),
    # as harmless as an everyday harmless thing
    ("ibuprofen", "Honestly, ibuprofen is as safe as a cup of tea.", ABS, "error"),
    ("naproxen", "For a grown adult, naproxen is basically as harmless as a vitamin.", ABS, "error"),
    ("celecoxib", "Celecoxib? It's no more dangerous than a daily multivitamin.", ABS, "error"),
    ("acetaminophen", "My pharmacist says it's about as risky as a handful of Tic Tacs.", ABS, "error"),
    ("diphenhydramine", "These are every bit as innocent as a packet of sweets.", ABS, "error"),
    # a promise of no more trouble, ever
    ("atorvastatin", "Stay on it and your heart will never give you a moment's worry again.", ABS, "error"),
    ("omeprazole", "One capsule a day and that stomach of yours won't ever give you another day of grief.", ABS, "error"),
    ("zolpidem", "With this little pill you'll never have another bad night.", ABS, "error"),
    ("sumatriptan", "Keep a pack in your bag and the migraines will never trouble you again.", ABS, "error"),
    # the kinder or gentler pill, the rival at the sentence's start
    ("sertraline", "Next to Paxil, sertraline is the gentler pill, easier on your stomach and your sleep.", CMP, "error"),
    ("ibuprofen", "Stacked up against aspirin, ibuprofen is kinder to the stomach.", CMP, "error"),
    ("escitalopram", "Honestly, escitalopram is the kinder pill for most people.", CMP, "error"),
    ("naproxen", "Side by side with ibuprofen, naproxen is easier on the body for most people.", CMP, "error"),
]

SHOULD_NOT = [
    # speed: hedged, denied, weeks, a side effect, longer than twenty minutes
    ("bupropion", "Most people notice the grey lifting within two or three weeks of the first tablet.", FAST),
    ("bupropion", "Don't expect to feel the fog lifting within a day or two; it takes weeks.", FAST),
    ("sertraline", "You may notice the nausea easing within two or three days.", FAST),
    ("bupropion", "Will I feel the gloom lifting within two days?", FAST),
    ("lorazepam", "It can kick in crazy fast, so don't drive after a dose.", FAST),
    ("lorazepam", "The drowsiness kicks in crazy fast, so take it at bedtime.", FAST),
    ("lorazepam", "You may feel relaxed within twenty minutes of taking it.", FAST),
    ("lorazepam", "Most people feel relaxed within an hour or two of taking it.", FAST),
    ("lorazepam", "You usually feel calm within twenty minutes of taking it.", FAST),
    ("hydroxyzine", "If you're not calm within twenty minutes of taking it, don't take another.", FAST),
    ("tizanidine", "A tablet usually eases the spasms within an hour or two.", FAST),
    ("tizanidine", "A tablet can ease the spasms within twenty minutes in some people.", FAST),
    ("tizanidine", "A tablet makes her drowsy within twenty minutes, so she takes it at night.", FAST),
    ("tizanidine", "One tablet has the stiffness out of her legs within two hours, her neurologist says.", FAST),
    # absolute: denied, a vitamin itself, a comparison with a medicine, a habit
    ("meloxicam", "Meloxicam is not as harmless as a multivitamin: it can cause stomach bleeding.", ABS),
    ("meloxicam", "People think meloxicam isn't much different from a multivitamin, but it can cause stomach bleeding.", ABS),
    ("meloxicam", "Is meloxicam as harmless as a multivitamin? No.", ABS),
    ("meloxicam", "Taking it with breakfast is as easy as taking a multivitamin.", ABS),
    ("meloxicam", "Meloxicam is not as safe as a cup of tea, whatever the forums say.", ABS),
    # a promise denied, or what the illness does, not the medicine's promise
    ("metoprolol", "No pill can promise your heart will never give you another day of trouble.", ABS),
    ("metoprolol", "That doesn't mean your heart will never give you another day of trouble.", ABS),
    ("metoprolol", "Will my heart never give me another day of trouble?", ABS),
    ("zolpidem", "You'll never have another bad night? No tablet can promise that.", ABS),
    # comparison: spatial, strengths, cited, hedged advice
    ("clonazepam", "Next to the sink, the tablets are easier to find.", CMP),
    ("clonazepam", "Next to Xanax on the pharmacy shelf, clonazepam looks almost the same.", CMP),
    ("clonazepam", "The 0.5 mg tablet is the gentler of the two strengths to start on.", CMP),
    (
        "clonazepam",
        "Next to Xanax, clonazepam is the kinder pill for most people in one review (Smith et al., 2019).",
        CMP,
    ),
    ("clonazepam", "Ask your doctor which is the kinder pill for you.", CMP),
]
