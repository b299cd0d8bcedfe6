"""Claims and disclaimers from the holdout37/38 scoring, as classes.

A disclaimer that names the reader's professional by what they do for the reader, in any tense, as
what the text is no stand-in for: "a post like this is no stand-in for the person who prescribed your
tablets", "it can't take the place of the people who treat you", "nothing on this site stands in for
the clinician who looked after you", "no replacement for whoever started you on it", "the team looking
after you" (disclaimer.missing, not reported). Near misses that stay missing: "no substitute for a good
night's sleep", another thing not replacing something ("no replacement for the rescue medicine the people
who treat you gave you"), "this guide replaces our 2019 leaflet", "nothing replaces exercise", and the
prescriber named in a plain instruction ("tell the person who prescribed it if you get a rash").

Equal efficacy against a class of medicine or a named one: "does the job just as well as the stronger
anxiety pills", "works every bit as well as the older antidepressants", "just as effective as the
benzos", "works just as well as Xanax"; and a comparison with a class named without an article: "protects a
weak heart better than older beta blockers", "lowers cholesterol further than other statins"
(unsupported-claim.comparative). Near misses: "as well as" meaning "and" ("take it as well as your other
medicines", "it treats itching as well as anxiety"), a generic against its own brand ("works just as well
as Zoloft" in a sertraline article, "the branded ones"), a cited trial, a negation, a question, dosing
convenience ("easier than the older tablets to fit into your day").

A slow medicine's benefit told as coming in a count of days: "feel the clouds part in the first two or
three days", "mood lifts within two or three days", "spirits brightened within a day or two"
(unsupported-claim.rapid-onset). Near misses: weeks, a hedge ("may"), a side effect settling, a
condition, a refutation, a cited study.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
DISCLAIMER = "disclaimer.missing"

#: (drug, body, rule, severity): a claim (or a missing disclaimer) the writer must see.
SHOULD = [
    # -- as good as a class of medicine, or a named one --
    ("hydroxyzine", "For most of our customers it does the trick just as well as the heavier sleeping pills.", COMPARATIVE, "error"),
    ("mirtazapine", "Honestly, it works every bit as well as the older antidepressants.", COMPARATIVE, "error"),
    ("buspirone", "Many readers find it just as effective as the benzos, minus the hangover.", COMPARATIVE, "error"),
    ("hydroxyzine", "It works just as well as Xanax for most people.", COMPARATIVE, "error"),
    ("gabapentin", "For nerve pain, it does the job as well as the stronger painkillers.", COMPARATIVE, "error"),
    ("meloxicam", "In our experience meloxicam is as effective as prescription painkillers.", COMPARATIVE, "error"),
    # -- a class named without an article --
    ("carvedilol", "It protects a weak heart better than older beta blockers such as atenolol.", COMPARATIVE, "error"),
    ("atorvastatin", "It lowers cholesterol further than other statins.", COMPARATIVE, "error"),
    # (a drug named in an earlier sentence set against it is not the claim's own)
    (
        "tirzepatide",
        "Compared with Wegovy, it comes in an easier pen. It works just as well as semaglutide with half the nausea.",
        COMPARATIVE,
        "error",
    ),
    # -- a slow medicine's benefit in a count of days --
    ("sertraline", "Most of our customers feel the clouds part in the first two or three days.", RAPID, "error"),
    ("escitalopram", "Patients often tell us their mood lifts within two or three days of starting.", RAPID, "error"),
    ("bupropion", "Her spirits brightened within a day or two, and she was back at work.", RAPID, "error"),
    ("duloxetine", "Expect the heaviness to lift in the first 2 or 3 days.", RAPID, "error"),
    ("fluoxetine", "The brain fog clears within three days.", RAPID, "error"),
    ("venlafaxine", "My outlook improved in the first two days.", RAPID, "error"),
    # -- near misses of the disclaimer: still no disclaimer --
    (
        "lamotrigine",
        "Take it with food.\n\nThere is no substitute for a good night's sleep. "
        "The person who prescribed it to my mother never mentioned a rash.",
        DISCLAIMER,
        "error",
    ),
    ("lamotrigine", "This guide replaces our 2019 leaflet. Ask the person who prescribed it if you have questions.", DISCLAIMER, "error"),
    (
        "lamotrigine",
        "Lamotrigine is no replacement for the rescue medicine the people who treat you gave you. Take it with food.",
        DISCLAIMER,
        "error",
    ),
    ("amlodipine", "Nothing replaces exercise. The team looking after you will check your blood pressure.", DISCLAIMER, "error"),
    ("lamotrigine", "Take it with food. Tell the person who prescribed it if you get a rash.", DISCLAIMER, "error"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    # -- the text as no stand-in for the reader's professional, told by what they do --
    (
        "lamotrigine",
        "Take it with food.\n\nLove questions? Great, but this blog is no stand-in for the person who prescribed your tablets.",
        DISCLAIMER,
    ),
    ("lamotrigine", "Take it with food.\n\nHandy as this page is, it can't take the place of the people who treat you.", DISCLAIMER),
    ("sertraline", "Take it with food.\n\nNothing on this site stands in for the clinician who looked after you in hospital.", DISCLAIMER),
    ("metformin", "Take it with food.\n\nAn article like this is no replacement for whoever started you on it.", DISCLAIMER),
    ("amlodipine", "Take it with food.\n\nOur posts are never a substitute for the person who dispenses your medicine.", DISCLAIMER),
    ("levothyroxine", "Take it before breakfast.\n\nA leaflet is not meant to replace the one who knows your medical history.", DISCLAIMER),
    ("propranolol", "Take it with food.\n\nReading online is no stand-in for the people caring for you.", DISCLAIMER),
    ("ibuprofen", "Take it with food.\n\nNothing we write takes the place of the people treating you.", DISCLAIMER),
    # -- "as well as" meaning "and", a generic against its brand, cited, negated, asked, convenience --
    ("hydroxyzine", "You can keep taking it as well as your other medicines.", COMPARATIVE),
    ("hydroxyzine", "It treats itching as well as anxiety.", COMPARATIVE),
    ("sertraline", "Sertraline tablets from any maker work just as well as Zoloft.", COMPARATIVE),
    ("sertraline", "It works just as well as Zoloft and costs far less.", COMPARATIVE),
    ("sertraline", "The generic tablets work just as well as the branded ones.", COMPARATIVE),
    ("buspirone", "In one trial it worked just as well as lorazepam for anxiety [1].", COMPARATIVE),
    ("buspirone", "It is not as effective as the benzodiazepines for panic attacks.", COMPARATIVE),
    ("hydroxyzine", "Is it as good as the stronger anxiety pills?", COMPARATIVE),
    (
        "metoprolol",
        "It is taken once a day instead of three times, so it is easier than the older tablets to fit into your day.",
        COMPARATIVE,
    ),
    ("carvedilol", "Older adults clear it more slowly than younger people.", COMPARATIVE),
    # -- weeks, hedged, a side effect, a condition, refuted, cited --
    ("sertraline", "Your mood may lift in the first two or three weeks, but for most people it takes longer.", RAPID),
    ("sertraline", "Nausea is common in the first two or three days and usually settles.", RAPID),
    ("bupropion", "If your mood lifts suddenly in the first two or three days, tell your doctor.", RAPID),
    ("bupropion", "Don't expect the fog to lift in the first two or three days: it takes four to six weeks.", RAPID),
    ("escitalopram", "In one trial, mood lifted within two or three days for some patients [1].", RAPID),
]
