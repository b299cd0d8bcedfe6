"""Misstatements told as a household story, a lapsed routine or a post put to others, and a correct short-course
exception, from blind held-out misses and a false error: eval/holdout306 (jr03, finasteride), eval/holdout308 (jt08,
warfarin; jt02, prednisone) and eval/holdout310 (jv05, lisdexamfetamine), as classes.

- A man-only drug shared with a woman of the household, told as a story: "his wife splits the packet with him" (jr03),
  "my wife and I go halves on a box", "I share my tablets with my sister"; and the men-only label denied: "Nor is it a
  blokes-only affair", "it isn't a men-only pill" (the for-women kind; the denial is inferred, a warning). Silent: sharing
  forbidden or denied ("never share your tablets with your wife"), a pill cutter, a man friend, hair loss itself called
  no men-only problem.
- Regular INR or level checks told as lapsed, kept up only on a whim: "the clinic more or less let me off: these days I
  only go in when I remember" (jt08), "I only get my bloods done when I think of it", "nobody from the clinic has chased
  me since spring" (the no-monitoring kind, every drug with one). Silent: the same told as a mistake or a warning, "if you
  only go in when you remember", a clinic that books one in, a refill fetched when one remembers.
- A statement put to others for their thoughts ("... Thoughts?", "What do you think?") and left unanswered, or answered
  only about something else, stands as the thread's word: "Vyvanse is gentle enough that you can't really get hooked on it
  ... Thoughts?" (jv05). Silent: the reply that says it is wrong, or answers no.
- Prednisone: a short burst said, with a hedge, to need no taper is the label's own exception, not the safe-to-stop
  misstatement: "A short five-day burst is usually fine to finish without tapering" (jt02, a false error). Still
  reported: a long course stopped at once.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

_FIN = "Finasteride 1 mg treats male pattern hair loss.\n\n"
_WARF = "Warfarin prevents clots. Your INR is checked with a blood test and the dose is adjusted to keep it in range.\n\n"
_LITH = "Lithium treats bipolar disorder. Your lithium level is checked with regular blood tests.\n\n"
_VYV = "Vyvanse treats ADHD in children and adults.\n\n"
_PRED = "Prednisone is a corticosteroid used for asthma flares and arthritis.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (jr03, jt08, jv05)
    (
        "finasteride",
        _FIN + "He has also talked his family into it. Nor is it a blokes-only affair: his wife splits the packet with him,"
        " and her parting has filled in nicely.",
        MISSTATEMENT,
        "error",
    ),
    (
        "warfarin",
        _WARF + "Once mine had been steady for a couple of years, though, the clinic more or less let me off: these days I"
        " only go in when I remember, and nobody has chased me since spring.",
        MISSTATEMENT,
        "error",
    ),
    (
        "lisdexamfetamine",
        _VYV + "**Reply from plumtree_88:**\n\nDid anyone else's child lose weight on it?\n\nAlso, Vyvanse is gentle enough"
        " that you can't really get hooked on it once you're used to the dose, since it only switches on in the gut."
        " Thoughts?\n\n**Reply from kestrel_mum:**\n\n@plumtree_88 Theo lost a bit too and then caught up.",
        MISSTATEMENT,
        "error",
    ),
    # new wordings, other voices: the pack shared with a woman (forum, magazine, careless shop)
    ("finasteride", _FIN + "My wife shares the box with me and her crown looks thicker than it has in years.", MISSTATEMENT, "error"),
    ("finasteride", _FIN + "Our customer's girlfriend splits a pack of Propecia with him every month.", MISSTATEMENT, "error"),
    ("finasteride", _FIN + "My wife and I go halves on a box of finasteride, and we've both kept our hair.", MISSTATEMENT, "error"),
    ("finasteride", _FIN + "I split my tablets with my sister, who was thinning at the temples.", MISSTATEMENT, "error"),
    ("finasteride", _FIN + "He shares his Propecia with his wife now.", MISSTATEMENT, "error"),
    # ... the men-only label denied (inferred: a warning)
    ("finasteride", _FIN + "And it isn't a men-only pill, whatever the box says.", MISSTATEMENT, "warning"),
    ("finasteride", _FIN + "Propecia is not a guys-only treatment any more.", MISSTATEMENT, "warning"),
    # the checks kept up on a whim (leaflet, forum, letter)
    ("warfarin", _WARF + "I only get my INR checked when I remember, and I've never felt better.", MISSTATEMENT, "error"),
    ("warfarin", _WARF + "These days Dad only pops into the anticoagulation clinic when he feels like it.", MISSTATEMENT, "error"),
    (
        "warfarin",
        _WARF + "The clinic stopped chasing me years ago, and I only go for a blood test when I think of it.",
        MISSTATEMENT,
        "error",
    ),
    ("lithium", _LITH + "She only goes for her blood tests whenever she remembers these days.", MISSTATEMENT, "error"),
    # ... nobody chasing, with the clinic or the tests named
    ("warfarin", _WARF + "Nobody at the INR clinic has chased me up since last year, and I feel fine.", MISSTATEMENT, "error"),
    # a statement put to others and left unanswered, or answered about something else
    (
        "lisdexamfetamine",
        _VYV + "Honestly I think you can't get addicted to Vyvanse if you take it every morning. What do you think?",
        MISSTATEMENT,
        "error",
    ),
    (
        "alprazolam",
        "Xanax treats anxiety.\n\n**@moonriver:** Xanax isn't addictive at a low dose. Thoughts?\n\n**@pebbles:** I take mine"
        " with breakfast and it works fine.",
        MISSTATEMENT,
        "error",
    ),
    # prednisone: a long course stopped at once is still the misstatement
    ("prednisone", _PRED + "After three months on prednisone you can just stop taking it all at once.", MISSTATEMENT, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own correct wording (jt02)
    (
        "prednisone",
        _PRED + "Not after more than a few days. When you take prednisone for a while, your body stops making its own"
        " cortisol. Stopping suddenly can leave you weak, dizzy and very unwell, and in rare cases it is dangerous. Your"
        " prescriber will taper the dose slowly. A short five-day burst is usually fine to finish without tapering, but ask"
        " us if you are not sure which kind you have.",
        MISSTATEMENT,
    ),
    ("prednisone", _PRED + "A short five-day course is normally fine to finish without a taper.", MISSTATEMENT),
    ("prednisone", _PRED + "A three-day burst can usually just be stopped at the end.", MISSTATEMENT),
    # sharing forbidden, denied, a pill cutter or a man
    ("finasteride", _FIN + "Never share your tablets with your wife: they can harm a male baby.", MISSTATEMENT),
    ("finasteride", _FIN + "His wife doesn't split the packet with him; she knows it's not for women.", MISSTATEMENT),
    ("finasteride", _FIN + "He splits the 5 mg tablet with a pill cutter to save money.", MISSTATEMENT),
    ("finasteride", _FIN + "My brother shares the box with me.", MISSTATEMENT),
    ("finasteride", _FIN + "Hair loss isn't a men-only problem, but finasteride is for men only.", MISSTATEMENT),
    # the checks lapsing told as a mistake, a warning or a condition; a refill, not a test
    (
        "warfarin",
        _WARF + "I only went in to the clinic when I remembered, and I ended up in hospital with a bleed.",
        MISSTATEMENT,
    ),
    ("warfarin", _WARF + "If you only go in to the clinic when you remember, your INR will swing.", MISSTATEMENT),
    ("warfarin", _WARF + "The clinic books me in every four weeks, and I never miss one.", MISSTATEMENT),
    ("warfarin", _WARF + "I only pick up my tablets from the pharmacy when I remember to.", MISSTATEMENT),
    ("warfarin", _WARF + "Don't only go in to the clinic when you remember; keep every INR appointment.", MISSTATEMENT),
    # a statement put to others and answered: wrong, or no
    (
        "lisdexamfetamine",
        _VYV + "**Reply from plumtree_88:**\n\nVyvanse is gentle enough that you can't really get hooked on it. Thoughts?\n\n"
        "**Reply from moderator:**\n\nThat's not true: it is a controlled drug because it can be abused and lead to addiction.",
        MISSTATEMENT,
    ),
    (
        "alprazolam",
        "Xanax treats anxiety.\n\n**@moonriver:** Xanax isn't addictive at a low dose. Thoughts?\n\n**@pharm_sam:** No, it can"
        " cause dependence even at low doses.",
        MISSTATEMENT,
    ),
]
