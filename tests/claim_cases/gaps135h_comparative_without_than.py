"""Comparative claims told without a plain "X is better than Y", from eval/holdout200 (fp10, ibuprofen), holdout204 (ft03,
methotrexate), holdout205 (fu13, levothyroxine), and two false errors from holdout201 (fq06, tramadol) and holdout206 (fv08,
clonazepam), as a class.

Class: one medicine named the better of two or a few set side by side ("Ibuprofen is the gentler of the two on your stomach");
doing more good than a class of other medicines ("it does more good than those pricey new injections"); a brand and its own
generic told apart as better or worse, either way round ("brand-name Synthroid keeps your levels steadier than the generic
tablets do"). Each is an uncited comparative claim, an error. Silent: asked ("which is the gentler of the two?"), doses or
strengths of one medicine, price or size ("the cheaper of the two", "cheaper than the brand"), denied ("no better than the
generic"), the same ("just as well as the brand"), more harm than good; and two comparisons that are no claim: hedged against
some of its own class ("It is milder than some, but it's still an opioid") and the prescriber's choice for one person ("a
better pick than Xanax for someone like Ray").
"""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fp10, ft03, fu13)
    (
        "ibuprofen",
        "Naproxen (Aleve) lasts longer, so you take it less often. Ibuprofen is the gentler of the two on your stomach and the"
        " better pick if you've ever had heartburn from pain pills. Never take both together.",
        COMPARATIVE,
        "error",
    ),
    (
        "methotrexate",
        "Dr. Osei reminded us that methotrexate is still where most rheumatologists start. Our retired chemistry teacher, Bernard,"
        ' went further: "For most of us it does more good than those pricey new injections, and with fewer surprises."',
        COMPARATIVE,
        "error",
    ),
    (
        "levothyroxine",
        "**HOST:** Everyone asks this. My honest take after ten years behind the counter: brand-name Synthroid keeps your levels"
        " steadier than the generic tablets do. If the pharmacy switches you, ask for a blood test after 6 weeks.",
        COMPARATIVE,
        "error",
    ),
    # new wordings, other voices
    ("naproxen", "Of the painkillers on the shelf, honestly, Aleve's the stronger of the pair for a sprained ankle.", COMPARATIVE, "error"),
    ("cetirizine", "If you ask me, Zyrtec is by far the better of the two for hay fever.", COMPARATIVE, "error"),
    (
        "ibuprofen",
        "I'd reach for ibuprofen, the kinder of the two to your gut, before a long run.",
        COMPARATIVE,
        "error",
    ),
    ("adalimumab", "In my experience it did more good than all the tablets I was on before.", COMPARATIVE, "error"),
    ("metformin", "Honestly, this little pill does far more good than those expensive weekly jabs.", COMPARATIVE, "error"),
    ("sertraline", "Generic sertraline is weaker than the brand, so I pay extra for Zoloft.", COMPARATIVE, "error"),
    (
        "levothyroxine",
        "Our members tell us the branded one works more reliably than any generic, and their numbers bounce less.",
        COMPARATIVE,
        "error",
    ),
    ("atorvastatin", "The pharmacy's own version wears off sooner than the brand-name one, my dad says.", COMPARATIVE, "error"),
    ("levothyroxine", "In my view, generic levothyroxine is less consistent than brand-name Synthroid.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the two false errors (fq06, fv08)
    (
        "tramadol",
        "For the pain after surgery they sent him home with tramadol, the 50 mg tablets. It's an opioid, same family as codeine and"
        ' morphine, which surprised Dad ("I thought it was a mild one"). It is milder than some, but it\'s still an opioid and it can'
        " be habit-forming, even at the dose on the box.",
        COMPARATIVE,
    ),
    (
        "clonazepam",
        "Saw Dr. Lin, the psychiatrist. She started Ray on clonazepam (Klonopin), 0.25 mg twice a day. She said clonazepam is a"
        " better pick than Xanax for someone like Ray because it lasts longer in the body.",
        COMPARATIVE,
    ),
    ("sertraline", "Her doctor felt sertraline was a better choice than paroxetine for her, given the pregnancy plans.", COMPARATIVE),
    ("codeine", "It's stronger than some over-the-counter painkillers, so keep it locked away.", COMPARATIVE),
    # near misses
    ("ibuprofen", "Ask your pharmacist which is the gentler of the two on your stomach?", COMPARATIVE),
    ("ibuprofen", "Ask your pharmacist which is the gentler of the two for your stomach.", COMPARATIVE),
    ("naproxen", "The 500 mg tablet is the stronger of the two strengths.", COMPARATIVE),
    ("naproxen", "Naproxen is the cheaper of the two and lasts longer.", COMPARATIVE),
    ("methotrexate", "Stopping it too soon can do more harm than good.", COMPARATIVE),
    ("methotrexate", "For most people it does more good than harm.", COMPARATIVE),
    ("levothyroxine", "The generic tablets are cheaper than the brand, and they work the same way.", COMPARATIVE),
    ("levothyroxine", "Generic levothyroxine is no better than the brand, and no worse.", COMPARATIVE),
    ("levothyroxine", "The generic works just as well as the brand for most people.", COMPARATIVE),
    ("levothyroxine", "The generic tablets are smaller than the brand-name ones.", COMPARATIVE),
]
