"""A pain or trouble outside the label told in lay words, then the drug given, taken or endorsed for it, from
eval/holdout215 (ge08, meloxicam), holdout218 (gh06, aripiprazole), holdout220 (gj01, ondansetron), holdout221 (gk12,
prednisone) and holdout222 (gl04, sumatriptan), as a class.

Class: the trouble told by what happened or by its signs, not by its name, then the drug given for it, in the sentence or the
next: a back tweaked lifting, then the drug called a good fit "for that kind of strain" (the hurt pointed back at by what it
is: a strain, sprain or injury); something in the back that "went ping", then the doctor who pressed around and had the person
lift a leg sending them home with a pack of prednisone (a hands-on look before the giving); a hangover told by the drink and
the head pounding on waking, then "I take one of those" (the trouble told bare, the "when" left out, and one of the tablets
just told); OCD told by hands washed until the skin cracked, then the psychiatrist of the sentence before adding the drug as
"he" or "she"; pregnancy sickness dated by the weeks with an aside before the signs ("nine weeks along with her first baby,
couldn't keep ... down"), told at length, then the obstetrician starting it. Told in lay words, a warning. Silent: the
approved use in the same words (a migraine, the sickness of chemotherapy), the drug refused or denied for it, another
medicine given, a pronoun that only adds what was said, "one of those" naming another medicine.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ge08, gk12, gl04, gh06, gj01)
    (
        "meloxicam",
        "I also see it a lot from urgent care for people who have tweaked their lower back lifting something heavy, like the"
        " gentleman last week who put his back out hauling a bag of mulch. It's a good fit for that kind of strain too, since one"
        " tablet covers the whole day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Two weeks before the Riverside Half, I bent over to pick up my daughter's scooter and something in my lower back went"
        " ping. By the next morning a hot, electric pain was running from my left buttock down the back of my thigh to my calf."
        " The urgent care doctor pressed around, had me lift my straight leg, and sent me home with a six-day pack of prednisone"
        " to calm things down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "**TANYA:** Six years this spring. When I feel one starting, that pressure behind my right eye, I take a 50 milligram"
        " tablet with water and lie down in the dark. Most times I'm back on my feet by lunch. And honestly, it's my secret weapon"
        " after the church fish fry too. Couple of glasses of wine, wake up with my head pounding, I take one of those and I'm"
        " fine to teach Sunday school.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Noor, a junior in engineering, agreed to share hers. \"I'd lock my door, walk to the stairs, and have to go back and"
        " check it. Then again. Some nights it was twenty times, and I was late to every lab. I was washing my hands until the"
        ' skin cracked." Her psychiatrist had her on sertraline already. Last fall he added a low dose of aripiprazole, 5 mg each'
        ' morning, to quiet the urges, and now she checks once and goes. "It\'s given me my mornings back."',
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "People ask me this all the time. Last spring my sister-in-law Priya, nine weeks along with her first baby, couldn't keep"
        " so much as a dry cracker down from the moment she woke up, and she was spending her lunch breaks in the office restroom."
        " Her obstetrician started her on ondansetron, one 4 mg tablet that melts on the tongue before breakfast, and by the"
        " weekend she was eating toast and keeping it there.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "meloxicam",
        "Our goalkeeper pulled a muscle in his groin on Saturday. The club doctor reckons meloxicam is useful for that sort of injury.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Last winter something in my neck went pop while I was shovelling snow. My GP prodded my shoulders and gave me a"
        " five-day course of prednisone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "I keep a box of sumatriptan at work. Hangover on a Monday, I take one of those with my coffee and nobody is any the wiser.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "After a long night on the beer he wakes up with a splitting head, and he keeps sumatriptan in the bathroom for hangovers.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Tom scrubs his hands till the skin on his knuckles splits. His psychiatrist had him on fluoxetine for a year. Then she"
        " added aripiprazole, 2 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Twelve weeks along with our second, my wife couldn't hold anything down until lunchtime. Her OB put her on ondansetron melts.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drug denied for the strain
    (
        "meloxicam",
        "He tweaked his lower back lifting a sofa. Meloxicam is not a good fit for that kind of strain; ask your pharmacist about"
        " other options.",
        OFF_LABEL,
    ),
    # the approved use: a migraine, one of those taken for it
    (
        "sumatriptan",
        "I keep sumatriptan tablets in my bag. When I feel a migraine starting, I take one of those and lie down in the dark.",
        OFF_LABEL,
    ),
    # "one of those" naming another medicine
    (
        "sumatriptan",
        "Sumatriptan is for migraine attacks. Couple of glasses of wine, wake up with my head pounding, I take one of those"
        " paracetamol tablets and drink some water.",
        OFF_LABEL,
    ),
    # the sickness of chemotherapy: approved
    (
        "ondansetron",
        "Nine weeks into her chemo, with her second round just done, she couldn't keep so much as a cracker down from the moment"
        " she woke. Her oncologist started her on ondansetron before each infusion.",
        OFF_LABEL,
    ),
    # another medicine added for the trouble
    (
        "aripiprazole",
        "Aripiprazole treats schizophrenia. Noor was washing her hands until the skin cracked. Her psychiatrist saw her last"
        " week. He added fluoxetine.",
        OFF_LABEL,
    ),
    # the prescriber only adding what was said
    (
        "aripiprazole",
        "Aripiprazole treats schizophrenia. Noor was washing her hands until the skin cracked. Her psychiatrist listened. She"
        " added that aripiprazole can make some people restless.",
        OFF_LABEL,
    ),
    # a hurt looked at, no medicine given
    (
        "prednisone",
        "Prednisone is a steroid for asthma flares. Something in his knee went pop on the pitch. The physio pressed around and"
        " sent him home with an ice pack.",
        OFF_LABEL,
    ),
]
