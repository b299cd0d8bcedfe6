"""Speed, comparison and safety claimed in casual words, and a way of taking it that is no speed claim, from eval/holdout311
(jw01 levothyroxine), holdout312 (jx01 isotretinoin), holdout313 (jy02 tramadol), holdout314 (jz01 minoxidil, jz07
varenicline), holdout316 (kb03 methylphenidate), holdout317 (kc01 zolpidem) and holdout318 (kd03 lithium, kd07 cetirizine), as
a class.

Reported, each uncited in its paragraph:

- a brand told apart from the cheap or the pharmacy's own tablets as steadier or stronger ("Brand-name Synthroid keeps your
  levels steadier than the cheaper pharmacy tablets"): a comparative claim, an error;
- none of a whole kind of medicine said to come near it ("none of the newer pills comes close to it"): comparative, an error;
- nothing in the medicine said to be able to harm the reader ("there is simply nothing in the foam that can do you harm"): an
  absolute claim, an error;
- a speed told in lay words, each a warning (the tool infers it): the effect felt ten minutes or fewer after swallowing a tablet,
  hedged only by how often ("you'll usually feel it working within ten minutes of swallowing the tablet"); free of the trouble
  before an everyday walk is over ("sneeze-free before you've even walked up to the rose tent"); a craving switched off overnight
  ("It switches the cravings off overnight"); a busy head's noise gone within minutes ("Within twenty minutes the static is just
  gone"); the skin calm within the first days, of a medicine whose label gives a course of months ("their skin calm right down
  within the first few days on the capsules").

Silent:

- faster on an empty stomach, the reason for an instruction about food ("It works faster on an empty stomach, so leave a gap
  after your evening meal": zolpidem's label says as much);
- the same words hedged, denied, conditional or longer ("may feel it working within ten minutes", "won't switch the cravings off
  overnight", "nothing in it can harm you if you use it as directed", "none of the other tablets come close to 24 hours");
- the skin calming over weeks, or of a medicine whose benefit is not slow (a side effect's dryness settling within days);
- the cheaper tablets compared by price or size ("the brand is dearer than the cheaper pharmacy tablets").
"""

from __future__ import annotations

ONSET = "unsupported-claim.rapid-onset"
COMPARATIVE = "unsupported-claim.comparative"
ABSOLUTE = "unsupported-claim.absolute"

SHOULD = [
    # the drafts' own wordings
    (
        "levothyroxine",
        "Pharmacies stock several makes. Brand-name Synthroid keeps your levels steadier than the cheaper pharmacy tablets, so"
        " ask for it by name and stay with it.",
        COMPARATIVE,
        "error",
    ),
    ("isotretinoin", "Most patients see their skin calm right down within the first few days on the capsules.", ONSET, "warning"),
    ("tramadol", "Honestly, you'll usually feel it working within ten minutes of swallowing the tablet.", ONSET, "warning"),
    (
        "minoxidil",
        "The foam goes onto skin, not into your stomach, and there is simply nothing in the foam that can do you harm.",
        ABSOLUTE,
        "error",
    ),
    (
        "varenicline",
        "[11/02, 06:15] Mikey: Wrong, mine did exactly that. Took my first one Monday and by Tuesday dinner I didn't want a smoke"
        " at all. It switches the cravings off overnight, honest to God.",
        ONSET,
        "warning",
    ),
    (
        "methylphenidate",
        "Priya takes one Concerta tablet with breakfast. \"I take it at seven, and by the time I've parked at the office my head"
        ' is quiet," she says. "Within twenty minutes the static is just gone. It\'s like someone turned the radio off."',
        ONSET,
        "warning",
    ),
    (
        "lithium",
        '"People think of it as old-fashioned," says a consultant psychiatrist who has prescribed it for thirty years. "But when'
        ' it suits someone, none of the newer pills comes close to it."',
        COMPARATIVE,
        "error",
    ),
    (
        "cetirizine",
        "Our stand manager Bernard swears by his timing. \"Pop one as the gates open at eight and you're sneeze-free before"
        " you've even walked up to the rose tent,\" he told us.",
        ONSET,
        "warning",
    ),
    # new wordings of our own, other voices
    (
        "levothyroxine",
        "Stick with the branded tablets: they hold your TSH stronger than the supermarket ones ever will.",
        COMPARATIVE,
        "error",
    ),
    ("sertraline", "In my experience Zoloft works more reliably than the cheap pharmacy versions, full stop.", COMPARATIVE, "error"),
    ("sertraline", "Of all the antidepressants, none of the other tablets I've tried comes anywhere near it.", COMPARATIVE, "error"),
    ("semaglutide", "Forum tip: none of the fancy new jabs can touch it for appetite.", COMPARATIVE, "error"),
    ("ibuprofen", "Trust me, there's nothing in these tablets that could hurt your kids.", ABSOLUTE, "error"),
    ("hydrocortisone", "Nothing in this cream is harmful, so slather it on.", ABSOLUTE, "error"),
    ("ondansetron", "Most mums on here say you often notice it working within five minutes of taking one.", ONSET, "warning"),
    ("loratadine", "Honestly I was itch-free before I'd even got out of the chemist's car park.", ONSET, "warning"),
    ("ibuprofen", "The ache has gone before you've even reached the end of the street, in my experience.", ONSET, "warning"),
    ("naltrexone", "My counsellor's line: it turns off the urge to drink overnight for most of her clients.", ONSET, "warning"),
    ("phentermine", "These little pills shut your appetite off within hours, ladies.", ONSET, "warning"),
    ("atomoxetine", "Within ten minutes of the first capsule the chatter in his head had quietened down.", ONSET, "warning"),
    ("isotretinoin", "Within a week on it her skin was clear, and she hasn't looked back.", ONSET, "warning"),
    ("isotretinoin", "The spots had cleared up by day four, which amazed the whole class.", ONSET, "warning"),
]

SHOULD_NOT = [
    # the draft's own wording (kc01): a way of taking it, the label's reason
    (
        "zolpidem",
        "- Swallow the tablet whole with water. It works faster on an empty stomach, so leave a gap after your evening meal.",
        ONSET,
    ),
    ("zolpidem", "Taken on an empty stomach, it works faster, so have your dinner early.", ONSET),
    ("ibuprofen", "It acts more quickly if you take it before eating, but it can upset your stomach.", ONSET),
    # hedged, denied, conditional or longer
    ("tramadol", "You may feel it working within ten minutes of swallowing the tablet, but most people take longer.", ONSET),
    ("tramadol", "You'll usually feel it working within an hour of swallowing the tablet.", ONSET),
    ("varenicline", "It won't switch the cravings off overnight: give it the week before your quit date.", ONSET),
    ("varenicline", "It can take a week or more to switch the cravings off.", ONSET),
    ("minoxidil", "Nothing in it can harm you if you use it as directed and keep it off broken skin.", ABSOLUTE),
    ("minoxidil", "Tell your doctor if there is anything in your history that could do you harm with it.", ABSOLUTE),
    ("lithium", "None of the other tablets come close to 24 hours of cover, so it is taken twice a day.", COMPARATIVE),
    ("lithium", "None of the newer pills comes close on price, but your doctor will weigh more than cost.", COMPARATIVE),
    ("cetirizine", "Make sure you are symptom-free before you drive, and take it before you walk the dog.", ONSET),
    # the skin over weeks, or not a slow drug's benefit
    ("isotretinoin", "Most patients see their skin calm down after eight to ten weeks on the capsules.", ONSET),
    ("isotretinoin", "Your skin may calm down within the first few days, but often it gets worse before it gets better.", ONSET),
    ("hydrocortisone", "The rash calms right down within a few days of using the cream.", ONSET),
    # the cheaper tablets compared by price or size
    (
        "levothyroxine",
        "The brand is dearer than the cheaper pharmacy tablets, and the tablets are bigger than the supermarket ones.",
        COMPARATIVE,
    ),
]
