"""Off-label uses of the body told only by their signs or a story, never named, from eval/holdout263 (ia05 clonazepam),
holdout264 (ib07 amlodipine), holdout265 (ic05 lorazepam), holdout266 (id03 amitriptyline), holdout268 (if04 spironolactone),
holdout269 (ig05 metformin) and holdout270 (ih04 furosemide), as a class.

Class: a trouble never named, told by its signs or a story, then the medicine taken, given or credited, never called
off-label: tinnitus by its sound in the ear ("my left ear has a constant high whine", "her ears won't stop ringing"), seasickness
by the crossing spent sick ("spent the whole crossing green and hanging over the rail", "I turn green on every boat"), irritable
bowel syndrome by cramps with bloating and the urgent dashes, or a life planned around the toilets, hormonal acne by the sore
bumps along the chin and the chin smooth after it, Raynaud's by fingers going "white as candles, then blue, then burn red", and
weight loss by the wish to be lighter, the belt taken in two notches, or a dose before a weigh-in. Also the taking as "half of
one before the ferry", the ENT as a prescriber, and a look that checked a normal blood pressure before the giving. A warning:
the tool reads the signs, so a pharmacist looks (weight loss on a diuretic or a diabetes drug stays a warning too: nothing in
their labels warns against that use by name, as levothyroxine's boxed warning does).

Silent: the approved use in lay words (lorazepam for nerves before a flight, spironolactone for swollen ankles, doxycycline for
the sore bumps along the chin, metformin for a blood sugar that ran high, amlodipine after a high blood pressure), a sound in
the ear or cramps with bloating told as a side effect or a sign to report, a use disclosed as off-label, a warning against the
weigh-in trick.

Left: the belt taken in told after the giving in its sentence, with no wish or weigh-in ("His doctor started him on metformin
in January, and he has taken his belt in three notches since": a result after a giving is not read as its purpose), and a
weigh-in dose followed by its purpose clause ("swallow a furosemide tablet the night before weigh-ins so they come in under
their class").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ia05, ic05, id03, if04, ig05, ih04, ib07)
    (
        "clonazepam",
        "Long-time lurker, first post on this board. After twenty-two years of mixing live shows, my left ear has a constant high"
        " whine, like an old CRT telly left on in the next room, and it's at its worst at night when everything else goes quiet."
        " Last month my ENT started me on clonazepam, a quarter of a milligram at bedtime, and for the first time in ages I'm not"
        " lying there listening to it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Lorazepam works fast. She let one dissolve under her tongue at the dentist last month.\n\nAlso, Nadia says she's going to"
        " take half of one before the ferry to Paros on Friday too, since last summer she spent the whole crossing green and"
        " hanging over the rail. Not nerves, just her stomach and the waves. Honestly, good call.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Her sister Ruth came to the same pill by another road. For years Ruth planned every outing around where the restrooms"
        " were: cramps low in her belly after breakfast, bloating by lunchtime, and a dash to the bathroom that could come on in"
        " the checkout line. A gastroenterologist started her on 10 mg of amitriptyline at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Okay, real talk. From about 25 on, every month in the week before my period I'd get deep, sore bumps along my chin and"
        " jawline that took weeks to go down and left dark marks behind. Nothing from the drugstore touched them. My dermatologist"
        " said it was hormonal and wrote me a script for spiro, and by month four my chin was smooth for the first time since"
        " college.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Rhona, one of our drummers, has never had a sugar problem in her life. Her GP started her on metformin in March because"
        " she wanted to be lighter in the boat for Lantau, and she has already taken her belt in two notches. Not bad for a little"
        " white tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        "Lasix is a strong water pill.\n\nMy training partner Marco takes a 40 mg tablet the night before his jiu-jitsu weigh-ins,"
        " and every time he steps on the scale the next morning he's a good three pounds lighter. Loads of guys at our gym do the"
        " same before a tournament or a beach trip.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "You know how my hands have always been. Every time I reach into the chest freezer in the garage or hang washing out on a"
        " raw morning, the ends of my fingers go white as candles, then blue, then burn red and throb while the blood comes back."
        " This winter it was happening three or four times a day, and I could hardly do up my coat buttons. Dr Hale listened to"
        " all that, checked my blood pressure, which he says is perfectly normal, and started me on amlodipine.",
        OFF_LABEL,
        "warning",
    ),
    # tinnitus in other voices: a magazine, a forum post, a pharmacy blog
    (
        "gabapentin",
        "For ten years Dev has had a high-pitched ringing in his right ear that never stops, worst when the house is quiet. His GP"
        " started him on gabapentin at night, and he says the noise bothers him far less now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Since the festival in June my ears won't stop ringing, and it's loudest when I lie down. My doctor started me on"
        " amitriptyline, 10 mg at night, and I can finally get to sleep.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Some ENT doctors prescribe a small dose of clonazepam for a constant hiss or buzzing in one ear that keeps people awake.",
        OFF_LABEL,
        "warning",
    ),
    # seasickness
    (
        "diazepam",
        "Every summer Tom spent the whole crossing to the islands green and retching over the side. Last year his GP gave him"
        " diazepam, and he took one before the boat sailed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "I turn green on every boat, even on a flat calm day. My GP prescribed ondansetron, and I took one an hour before we sailed"
        " to Skye.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Lorazepam is for anxiety.\n\nMy aunt takes half of one before every ferry to the island because she always ends up"
        " hanging over the railings.",
        OFF_LABEL,
        "warning",
    ),
    # irritable bowel syndrome
    (
        "amitriptyline",
        "Our clinicians often prescribe a low dose of amitriptyline for cramping, bloating and urgent trips to the toilet after meals.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "I plan every trip around where the toilets are, with cramps and bloating most mornings. My gastroenterologist put me on"
        " amitriptyline 10 mg and my gut is much calmer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "For years Lena had tummy pains, bloating and constipation after every meal. Her gastroenterologist started her on"
        " sertraline, and her gut has been calmer ever since.",
        OFF_LABEL,
        "warning",
    ),
    # hormonal acne
    (
        "spironolactone",
        "Dermatologists often prescribe spironolactone for the deep, painful spots that come up along the jaw before each period.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Our online doctors can prescribe spironolactone for the deep, sore bumps that pop up along your chin every month.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Spironolactone is a water pill.\n\nMy derm put me on spironolactone 50 mg last spring, and now my jawline is smooth.",
        OFF_LABEL,
        "warning",
    ),
    # Raynaud's
    (
        "amlodipine",
        "My toes go white as a sheet and numb whenever I'm out in the cold. My GP prescribed amlodipine even though my blood"
        " pressure is normal.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sildenafil",
        "Her fingertips went white as paper, then blue, every time she held a cold drink. Her rheumatologist prescribed"
        " sildenafil, and the attacks are far fewer now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amlodipine",
        "Every winter Ann's fingers turn white as chalk, then blue, then a throbbing red when she goes outside. Her doctor listened"
        " to the whole story, checked her blood pressure, which was perfectly normal, and started her on amlodipine.",
        OFF_LABEL,
        "warning",
    ),
    # weight loss on a diabetes drug or a water pill
    (
        "metformin",
        "Jo doesn't have diabetes, but her doctor gave her metformin because she wanted to look slimmer for her daughter's wedding.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        "Furosemide is a water pill.\n\nI pop a furosemide the morning before every weigh-in at my slimming club.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "Some rowers take hydrochlorothiazide before a weigh-in for the lightweight boats.",
        OFF_LABEL,
        "warning",
    ),
    (
        "furosemide",
        "Some wrestlers take a furosemide tablet the night before weigh-ins.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "My sugars are fine. My GP put me on metformin because I want to be a few pounds lighter for the race.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "My blood sugar has always been normal. My GP started me on metformin in January because I was hoping to be a bit leaner"
        " for the season.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the approved use in lay words
    ("lorazepam", "She takes one lorazepam before the flight because she panics on planes.", OFF_LABEL),
    ("spironolactone", "Her doctor started her on spironolactone because her ankles were swelling with fluid.", OFF_LABEL),
    ("doxycycline", "Her dermatologist prescribed doxycycline for the deep, sore bumps along her chin every month.", OFF_LABEL),
    ("metformin", "Her GP started her on metformin because her blood sugar was too high.", OFF_LABEL),
    (
        "amlodipine",
        "Dr Hale checked my blood pressure, which was high at three visits, and started me on amlodipine.",
        OFF_LABEL,
    ),
    ("phentermine", "Her doctor gives her phentermine before the weekly weigh-ins at the clinic's diet program.", OFF_LABEL),
    # a side effect or a sign to report
    ("clonazepam", "Tell your doctor if you notice a ringing in your ears while taking clonazepam.", OFF_LABEL),
    ("metformin", "Metformin can cause stomach cramps, bloating and diarrhea at first; taking it with food helps.", OFF_LABEL),
    ("metformin", "Some people lose a few pounds on metformin, but it is not a weight-loss drug.", OFF_LABEL),
    # a warning against the use, and a use disclosed
    (
        "furosemide",
        "Please don't take furosemide the night before a weigh-in to drop water weight; it can leave you badly dehydrated.",
        OFF_LABEL,
    ),
    (
        "clonazepam",
        "My ENT started me on clonazepam for the constant high whine in my left ear. She explained this is an off-label use: it"
        " is not FDA-approved for that.",
        OFF_LABEL,
    ),
    # a story with no medicine given for it
    (
        "lorazepam",
        "Lorazepam is for anxiety.\n\nWe spent the whole crossing on deck watching for dolphins, and nobody took anything.",
        OFF_LABEL,
    ),
    (
        "amitriptyline",
        "Amitriptyline treats depression. Bloating and cramps after meals are worth a visit to your doctor, who can look for the cause.",
        OFF_LABEL,
    ),
]
