"""Uncited claims told in the writer's or a story's own words, from eval/holdout263 (ia03, cetirizine), holdout265 (ic03,
varenicline), holdout266 (id06, escitalopram), holdout267 (ie03, azithromycin; ie10, lisdexamfetamine), holdout268 (if02,
tadalafil) and holdout270 (ih02, atenolol; ih05, metronidazole), as a class.

Class: a verdict, a speed or an absolute with no source, in words the rules did not know. Comparisons: the better one of a
whole kind of medicine ("the stronger of the over-the-counter antihistamines"), the better of two with a second quality joined
to it ("the easier and more dependable of the two"), the medicine as a stronger weapon or ally than its rivals, faster than a
course of another medicine ("faster than the old ten-day course of amoxicillin"). Speed: the medicine named as the subject of
"kicks in fast" ("Lexapro kicks in fast"), a story's day or week for a medicine whose label gives weeks ("felt like herself
again by the third day", "you'll notice the difference by the weekend": warnings, inferred), minutes after any tablet and the
body settled ("twenty minutes after a tablet their hands are as steady as a rock"). Absolutes: not one single side effect
("without a single side effect"), the illness seen off for good in lay words ("sees BV off for good, every single time").
Silent: a dose or a strength set against another, a second quality alone ("the easier of the two to swallow"), a question, a
denial, a cited comparison, a tool for measuring, the reader's need, a course of no medicine, a hedge ("can kick in"), the
label's time after the claim, a side effect minutes after a tablet, a side effect that is not one ("not a side effect"), a
person seen off, a course that works for most and comes back.
"""

from __future__ import annotations

ABS = "unsupported-claim.absolute"
CMP = "unsupported-claim.comparative"
FAST = "unsupported-claim.rapid-onset"

SHOULD = [
    # the drafts' own wordings
    (
        "cetirizine",
        "For allergy that stubborn, cetirizine is the stronger of the over-the-counter antihistamines, and it keeps working through"
        " the whole day where loratadine has usually run out by mid-afternoon.",
        CMP,
        "error",
    ),
    (
        "varenicline",
        "For someone like Denise, who had already burned through the patch and the gum, varenicline is simply a stronger weapon"
        " than either of them.",
        CMP,
        "error",
    ),
    (
        "azithromycin",
        "In practice, that means a five-day card knocks out pneumonia faster than the old ten-day course of amoxicillin ever did,"
        " with fewer tablets to forget.",
        CMP,
        "error",
    ),
    (
        "tadalafil",
        "## Is it better than Viagra?\n\nHonestly? For most of the couples I talk to, tadalafil is the easier and more dependable of"
        " the two, and once men switch over from Viagra they rarely ask to go back. You're not watching the clock, and a big dinner"
        " doesn't slow it down.",
        CMP,
        "error",
    ),
    (
        "escitalopram",
        "And don't worry about waiting around. Lexapro kicks in fast.",
        FAST,
        "error",
    ),
    (
        "atenolol",
        "Most of them tell me that twenty minutes after a tablet their hands are as steady as a rock.",
        FAST,
        "error",
    ),
    (
        "lisdexamfetamine",
        "Our captain, Priya, asked us to share that she's been on it since seventh grade without a single side effect, and honestly"
        " that's been the story for most of our kids.",
        ABS,
        "error",
    ),
    (
        "metronidazole",
        "The good news: seven days of metronidazole sees BV off for good, every single time, so by the wedding this will be a"
        " distant memory.",
        ABS,
        "error",
    ),
    # the better one of a whole kind of medicine, in other voices
    ("sertraline", "Ask any psychiatrist and you'll hear it: sertraline is the safest of the SSRIs for a nursing mother.", CMP, "error"),
    ("ibuprofen", "Forum post: honestly, ibuprofen is the best of the painkillers for period cramps.", CMP, "error"),
    ("atorvastatin", "Our pharmacist's verdict? Atorvastatin is the most effective of the statins you can get on a repeat.", CMP, "error"),
    ("cetirizine", "Shop now: Zyrtec is the strongest of the allergy tablets on our shelves.", CMP, "error"),
    # the better of two, a second quality joined to it
    ("sildenafil", "Between the two, Viagra is the cheaper and more reliable of the two, so that's what I recommend.", CMP, "error"),
    (
        "omeprazole",
        "From behind the counter: omeprazole is the gentler, more dependable of the pair for most of my regulars.",
        CMP,
        "error",
    ),
    ("fluoxetine", 'Magazine quote: "Prozac is the older and safer of the two," says the clinic\'s founder.', CMP, "error"),
    # a stronger weapon or ally than its rivals
    ("varenicline", "For most smokers, Chantix is a far more powerful ally against cravings than the patch.", CMP, "error"),
    (
        "sumatriptan",
        '"Sumatriptan is a better weapon against a migraine than any painkiller in your bathroom cabinet," one reader wrote in.',
        CMP,
        "error",
    ),
    ("naproxen", "Sales page: naproxen packs a bigger punch than ibuprofen and lasts twice as long.", CMP, "error"),
    # faster than a course of another medicine
    ("nitrofurantoin", "Forum: nitrofurantoin cleared my UTI quicker than a week of trimethoprim ever did.", CMP, "error"),
    (
        "doxycycline",
        "Clinic leaflet: doxycycline works better than a full course of amoxicillin for this kind of chest infection.",
        CMP,
        "error",
    ),
    ("fluconazole", "One fluconazole capsule clears thrush faster than three days of clotrimazole cream.", CMP, "error"),
    # the medicine by name as the subject of kicking in fast
    ("sertraline", "Zoloft kicks in really fast, so you won't be waiting around for weeks.", FAST, "error"),
    ("propranolol", "Podcast guest: Propranolol kicks in fast. I take one in the car park before every interview.", FAST, "error"),
    ("cetirizine", "Zyrtec gets to work in no time, which is why I keep a box in my handbag.", FAST, "error"),
    # a story's day or week for a medicine whose label gives weeks (inferred: warnings)
    (
        "escitalopram",
        "Carol said she felt like herself again by the third day, and I bet you'll notice the difference by the weekend.",
        FAST,
        "warning",
    ),
    ("fluoxetine", "My sister said she felt like herself again by the second day on Prozac.", FAST, "warning"),
    ("citalopram", "Stick with the tablets: you'll notice a real difference by the end of the week.", FAST, "warning"),
    # minutes after any tablet, and the body settled
    ("propranolol", "Within ten minutes of a tablet my voice is as steady as a rock, and I can walk on stage.", FAST, "error"),
    ("sumatriptan", "Forum: fifteen minutes after a tablet the migraine is gone.", FAST, "error"),
    ("metoprolol", "Customers tell us that twenty minutes after a dose their heart is calm again.", FAST, "error"),
    # not one single side effect
    ("methylphenidate", "Parent newsletter: my son has taken it for three years without one single side effect.", ABS, "error"),
    ("sertraline", "Been on it four years, not a single side effect, not even a headache.", ABS, "error"),
    ("atorvastatin", "I've never had so much as a single side effect from it.", ABS, "error"),
    # the illness seen off for good, in lay words
    ("fluconazole", "One capsule sends thrush packing for good.", ABS, "error"),
    ("doxycycline", "Sales page: a week of doxycycline boots the bug out every single time.", ABS, "error"),
    ("acyclovir", "Agony aunt: a course of these tablets puts paid to cold sores for good.", ABS, "error"),
    ("metronidazole", "Honestly, these tablets show BV the door once and for all.", ABS, "error"),
]

SHOULD_NOT = [
    # a dose or a strength, or a second quality alone
    ("cetirizine", "The 10 mg tablet is the stronger of the two strengths.", CMP),
    ("tadalafil", "The 5 mg daily tablet is the easier of the two to fit into a routine.", CMP),
    ("tadalafil", "The generic is the cheaper and longer-lasting of the two packs.", CMP),
    ("cetirizine", "Drowsiness is the most common of the side effects people report.", CMP),
    # asked, denied or cited
    ("tadalafil", "Which is the easier and more dependable of the two? Ask your doctor.", CMP),
    ("cetirizine", "Cetirizine isn't the stronger of the over-the-counter antihistamines for everyone.", CMP),
    (
        "cetirizine",
        "In a head-to-head study, cetirizine was the stronger of the two antihistamines at 24 hours.[^1]\n\n"
        "[^1]: Day JH et al. Ann Allergy Asthma Immunol. 2004;93(1):56-64.",
        CMP,
    ),
    # a tool for measuring, the reader's need, a side effect's punch
    ("varenicline", "An oral syringe is a better tool than a kitchen spoon for measuring liquid medicines.", CMP),
    ("naproxen", "Alcohol packs a bigger punch than usual while you're taking it.", CMP),
    ("varenicline", "Varenicline isn't a stronger weapon than the patch for everyone.", CMP),
    # a course of no medicine, or the same speed with a source
    ("azithromycin", "Antibiotics don't help a cold: a course of tablets is no faster than a week of rest.", CMP),
    ("azithromycin", "In one trial, three days of azithromycin cleared the infection as quickly as ten days of amoxicillin [2].", CMP),
    # hedged, denied, asked or with the label's time after it
    ("escitalopram", "Lexapro can kick in fast for side effects like nausea, but the mood benefit takes weeks.", FAST),
    ("escitalopram", "Lexapro doesn't kick in fast: most people notice a change after one to four weeks.", FAST),
    ("sertraline", "Does Zoloft kick in fast? Not usually: it can take weeks.", FAST),
    ("ibuprofen", "Ibuprofen acts fast, usually within 20 to 30 minutes.", FAST),
    ("furosemide", "Lasix acts fast: you will need the toilet within an hour.", FAST),
    (
        "warfarin",
        "Your doctor may start both heparin and warfarin. Heparin acts quickly. Warfarin takes 2 to 3 days before it starts to work.",
        FAST,
    ),
    ("escitalopram", "Carol said she felt like herself again by the third week.", FAST),
    # a side effect or a hedge minutes after a tablet
    ("atenolol", "Twenty minutes after a tablet you may feel a little dizzy, so sit down for a while.", FAST),
    ("atenolol", "Within ten minutes of a dose your face may go red; tell your doctor if it keeps happening.", FAST),
    ("atenolol", "A tablet reaches its peak effect 2 to 4 hours after a dose.", FAST),
    # a side effect that is not one, a side effect expected
    ("lisdexamfetamine", "Decreased appetite is not a side effect everyone gets, but it is the most common one.", ABS),
    ("lisdexamfetamine", "Hardly any medicine can be taken without a side effect of some kind.", ABS),
    # a person seen off, a course that works for most and comes back, a condition
    ("metronidazole", "My mum always sees me off at the station, every single time.", ABS),
    ("metronidazole", "Seven days of metronidazole sees BV off in most women, though it often comes back within months.", ABS),
    ("fluconazole", "If a single capsule doesn't send thrush packing for good, see your GP: it may not be thrush.", ABS),
    ("metronidazole", "Finish the whole course for good measure, even if the discharge stops.", ABS),
]
