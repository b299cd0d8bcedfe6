"""Misstatements about how to take or manage a medicine, told as a habit, a story or a rule someone was given, from
eval/holdout328 (kn02 warfarin, kn05 prednisone, kn09 isotretinoin), holdout330 (kp10 warfarin), holdout332 (kr03 rosuvastatin)
and holdout334 (kt03 lithium), as a class.

Class: a missed warfarin dose made up by doubling, told as the next day's pill-box cup holding a pair or the missed one swallowed
along with the next usual one ("his teatime one"); a long course of prednisone stopped, told as the rule that it makes no odds
how you come off it, or binned with no trouble; isotretinoin leftovers asked for and the answer condoning it ("I can see why
you'd want to", "I don't see why not"); lithium level checks told as over once steady (the clinic let her go, no needle since);
a statin that can be taken at any time told as one you have to swallow at bedtime. A rule is the fact's tier (an error where
it is required); what a reader must infer from a story (the binned tablets, the clinic letting her go) is a warning.

Silent: the same words denied or taken back ("never", "but please don't", a next sentence "But don't"), a meal not a tablet
("with your teatime meal"), the usual single tablet, how it is taken not stopped, a short course on the doctor's word, an empty
box binned, the clinic letting her go home, checks kept up since, a choice of time ("at night or in the morning, whichever"),
and another statin (simvastatin, which is taken at night).

(kr03's own draft stays missed: its heading calls the night-time rule a myth, which the check reads as a refutation; the
sentence is caught without it.)
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kn02, kp10, kn05, kn09, kt03, kr03)
    (
        "warfarin",
        "Life happens. One regular customer told me her system: \"If Tuesday slips my mind, Wednesday night's cup in my pill"
        ' organiser just holds a pair of them, and my week still adds up to the right number." We hear this a lot, and it keeps'
        " the numbers tidy.",
        MISSTATEMENT,
        "error",
    ),
    (
        "warfarin",
        "**MARGARET:** My husband keeps forgetting his evening tablet. What should he do?\n\n**RUTH:** If he remembers the same"
        " day, he can take it then.\n\n**HOST:** And if it's the next morning?\n\n**RUTH:** Then he just swallows the missed one"
        " along with his teatime one, and he's back on track.",
        MISSTATEMENT,
        "error",
    ),
    (
        "prednisone",
        "Then the lad at second slip piped up that his uncle was on it for a year and just threw the tablets in the bin one"
        " Monday with no trouble at all, so it makes no odds how you come off it. Sarah gave him a look.",
        MISSTATEMENT,
        "error",
    ),
    (
        "isotretinoin",
        "**SAM:** Priya from Leeds asks: \"My older sister has half a pack left over from her course. She says we've got the same"
        ' skin, so can I just finish hers and save the appointment?"\n\n**MEL:** Honestly, Priya, if your acne looks like hers'
        " and it's the same strength, I can see why you'd want to. Just tell your GP afterwards.",
        MISSTATEMENT,
        "error",
    ),
    (
        "lithium",
        "That blood level matters more than with almost any other medicine. The amount that keeps Margaret well is close to the"
        ' amount that would poison her, and too much lithium can build up quietly. "The first year I had bloods taken every few'
        " weeks,\" she says. \"Then once I'd been steady for a while the clinic let me go, and I haven't had a needle in my arm"
        ' since."',
        MISSTATEMENT,
        "warning",
    ),
    (
        "rosuvastatin",
        "Martin was told something that many runners repeat in the changing room. With this particular statin, you have to"
        " swallow it at bedtime, because it only works while your liver is busy overnight.",
        MISSTATEMENT,
        "warning",
    ),
    # new wordings of the class, in other voices
    # (a carer's rule: another day's slot in a dosette box gets two)
    (
        "warfarin",
        "My dad's rule: when he forgets a morning, Thursday's slot in the dosette box gets two, and the week balances out.",
        MISSTATEMENT,
        "error",
    ),
    # (a leaflet's voice: the forgotten tablet with the bedtime one)
    (
        "warfarin",
        "If she remembers the next day, she takes the forgotten tablet with her bedtime one so nothing is lost.",
        MISSTATEMENT,
        "error",
    ),
    # (a story: the skipped pill popped with the evening one)
    ("warfarin", "Grandad just pops the skipped pill along with his evening one and carries on.", MISSTATEMENT, "error"),
    # (a forum post: it doesn't matter how you stop them)
    (
        "prednisone",
        "After eight months on the tablets, honestly, it doesn't matter how you stop them.",
        MISSTATEMENT,
        "error",
    ),
    # (whether you taper or just quit)
    (
        "prednisone",
        "My consultant was away, but it makes no difference whether you taper or just quit, in my experience.",
        MISSTATEMENT,
        "error",
    ),
    # (a story alone: the lot tipped into the bin, no harm after it)
    (
        "prednisone",
        "She had been on it for two years and tipped the lot into the bin one morning, no problems at all.",
        MISSTATEMENT,
        "warning",
    ),
    # (an agony column: a brother's box, "I don't see why not")
    (
        "isotretinoin",
        "**Q:** My brother has a box left over and our skin is the same, so could I use his instead?\n\n**A:** I don't see why not.",
        MISSTATEMENT,
        "error",
    ),
    # (a newsletter: a flatmate's spares, "Go for it")
    (
        "isotretinoin",
        'Jess wrote in: "My flatmate has spare capsules from her course, so can I just take hers?"\n\nGo for it, as long as'
        " they're the same strength.",
        MISSTATEMENT,
        "error",
    ),
    # (a feature: discharged once stable, no bloods since)
    (
        "lithium",
        "Once he was stable, the clinic discharged him, and he hasn't had his bloods done since.",
        MISSTATEMENT,
        "warning",
    ),
    # (a quote: the GP let him go, no blood test since)
    (
        "lithium",
        "\"After I'd settled on 800 mg, the GP let me go, and I've not had a blood test since,\" says Tom.",
        MISSTATEMENT,
        "warning",
    ),
    # (a brand, with a reason)
    (
        "rosuvastatin",
        "With Crestor, you have to take it before bed, because that's when your liver makes cholesterol.",
        MISSTATEMENT,
        "warning",
    ),
    # (reported: he must swallow it at night)
    ("rosuvastatin", "He was told by a mate that he must swallow his rosuvastatin at night.", MISSTATEMENT, "warning"),
    # (the class word: your statin in the evening)
    ("rosuvastatin", "You need to take your statin in the evening.", MISSTATEMENT, "warning"),
]

#: (drug, body, rule): nothing of the rule may be reported.
SHOULD_NOT = [
    # denied
    ("warfarin", "If he forgets one, he must never swallow the missed one along with his teatime one.", MISSTATEMENT),
    # a meal, the same day's catch-up
    ("warfarin", "Take the missed one with your teatime meal if you remember the same day.", MISSTATEMENT),
    # the usual single tablet
    ("warfarin", "If Tuesday slips my mind, Wednesday's cup still holds just the one tablet.", MISSTATEMENT),
    # how it is taken, not stopped
    ("prednisone", "It makes no difference how you take it, with food or without.", MISSTATEMENT),
    # it matters, with the taper
    ("prednisone", "It matters how you come off it: your doctor will bring the dose down bit by bit.", MISSTATEMENT),
    # a short course on the doctor's word
    ("prednisone", "It doesn't matter how you stop it after a five-day course, as your doctor directs.", MISSTATEMENT),
    # an empty box binned
    ("prednisone", "He threw the empty box in the bin.", MISSTATEMENT),
    # answered no
    (
        "isotretinoin",
        "**Q:** My sister has some left over. Can I just finish hers?\n\n**A:** No. Isotretinoin must never be shared.",
        MISSTATEMENT,
    ),
    # condoning taken back in its sentence
    (
        "isotretinoin",
        "**Q:** My sister has some left over. Can I just finish hers?\n\n**A:** I can see why you'd want to, but please don't:"
        " you need your own prescription.",
        MISSTATEMENT,
    ),
    # ... or in the next
    (
        "isotretinoin",
        "**Q:** My sister has some left over. Can I just finish hers?\n\n**A:** I can see why you'd want to.\n\nBut please"
        " don't: they must go back to the pharmacy.",
        MISSTATEMENT,
    ),
    # let go home, checks kept up since
    (
        "lithium",
        "Once I was stable, the clinic let me go home, and I've had my bloods done every three months since.",
        MISSTATEMENT,
    ),
    # after the drug is stopped
    ("lithium", "Once he stopped taking lithium, the clinic let him go.", MISSTATEMENT),
    # no check missed since
    (
        "lithium",
        "Once she was stable, she had a blood test every three months, and hasn't missed one since.",
        MISSTATEMENT,
    ),
    # a choice of time
    ("rosuvastatin", "You have to take it at night or in the morning, whichever you will remember.", MISSTATEMENT),
    # denied
    ("rosuvastatin", "You don't have to take it at night; any time of day works.", MISSTATEMENT),
    # a habit, for remembering
    (
        "rosuvastatin",
        "You need to take it at night if you also take it with your evening meal routine.",
        MISSTATEMENT,
    ),
    # another statin, named
    ("atorvastatin", "Simvastatin is different: you have to take simvastatin at night.", MISSTATEMENT),
    ("rosuvastatin", "With simvastatin, you have to take it at night.", MISSTATEMENT),
]
