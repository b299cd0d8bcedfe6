"""A brand named in passing does not select its label entries for doses elsewhere (eval/holdout123 cq11, five false errors).

"Side note: there's a new under-the-tongue version called Tonmya that's approved for fibromyalgia. The regular tablets I got
aren't approved for that." and then, under "## The dose", "Usual start: 5 mg, three times a day": a dose in a paragraph
that names no drug took the name the article last gave the drug, so the ordinary tablets were held to TONMYA's sublingual
5.6 mg. As a class, such a dose is read under a brand with entries of its own only when the draft is about that product:
its title or front matter names it, its prose calls the drug by no other name ("My doctor put me on Brisdelle"), the draft
names the drug as it ("Cyclobenzaprine, sold as Tonmya, ...", "Paroxetine (Paxil)"), or it is named beside an amount
earlier in the dose's section ("The Aleve label allows one 220 mg tablet ...").
Another product named for another use or route (Revatio beside erection doses, Brisdelle beside depression doses, Kapvay
beside blood-pressure doses, Periostat beside acne doses) no longer lends them its maximum.

A start is held to the release form its own words name ("started on 10 mg XR", "5 mg (6.25 mg for CR)"), now that the
brand named before no longer lends it its entries.

(The drafts name the drug by its generic name too: a brand that is the only name the prose gives the drug is the product the
draft is about.)

Still firing: a dose above the general product's maximum, a dose in the brand's own paragraph, a draft that names the drug
as the brand, the brand's label quoted in the section before an OTC dose."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
START = "dosage.start-above-label"

_TONMYA = (
    "Side note: there's a new under-the-tongue version called Tonmya that's approved for fibromyalgia. The regular tablets "
    "I got aren't approved for that.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # above the ordinary tablets' own 30 mg a day
    ("cyclobenzaprine", _TONMYA + "## The dose\n\nSome lifters take 20 mg three times a day.", ABOVE_MAX, "error"),
    (
        "sildenafil",
        "The same medicine, under the name Revatio, treats high blood pressure in the lungs.\n\n## Dosing\n\n"
        "Some men take 200 mg before sex.",
        ABOVE_MAX,
        "error",
    ),
    # the dose in the brand's own paragraph is the brand's
    (
        "cyclobenzaprine",
        "Side note: there's a new under-the-tongue version called Tonmya for fibromyalgia. Some people take 10 mg of it at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    # the draft names the drug as the product
    (
        "cyclobenzaprine",
        "Cyclobenzaprine, sold as Tonmya, melts under the tongue and is approved for fibromyalgia.\n\n## The dose\n\n"
        "Some people take 10 mg at bedtime.",
        ABOVE_MAX,
        "error",
    ),
    # the only name the prose gives the drug (inferred from another paragraph: a warning)
    (
        "paroxetine",
        "My doctor put me on Brisdelle for my hot flashes.\n\n## How I take it\n\nI take 10 mg at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    # the OTC label quoted in the paragraph before, in the same section
    (
        "naproxen",
        "Naproxen is an NSAID. The Aleve label allows one 220 mg tablet every 8 to 12 hours, and no more than three in 24 "
        "hours.\n\nWithout a prescription, some people take 660 mg at once.",
        ABOVE_MAX,
        "error",
    ),
    # a start with no form named: the immediate-release tablets'
    ("amphetamine-mixed-salts", "## From the forum\n\nkettle_and_keys started on 10 mg in September.", START, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a start in the form its own words name
    (
        "amphetamine-mixed-salts",
        "Adderall XR capsules are approved for ADHD only.\n\n## From the forum\n\nkettle_and_keys started on 10 mg XR in September.",
        START,
    ),
    ("zolpidem", "The doses are lower for women and older adults. Women usually start on 5 mg (6.25 mg for CR).", START),
    # the draft's own wording
    (
        "cyclobenzaprine",
        "Urgent care sent me home with ice, orders to keep walking and a script for cyclobenzaprine.\n\n## What it actually is\n\n"
        "Cyclobenzaprine (old brand name Flexeril) is a muscle relaxant. It's approved for muscle spasms from acute injuries "
        "like mine: strains, sprains, a back that locks up.\n\n"
        + _TONMYA
        + "## The dose\n\n- Usual start: 5 mg, three times a day.\n- Doc can bump it to 10 mg three times a day. That's the "
        "ceiling: 30 mg a day.\n\nI took 5 mg three times a day for about ten days and that was plenty.\n\n## Real talk\n\n"
        "These days I mostly keep the bottle for nights after a late leg session. Half a 10 mg tab and I finally drift off.",
        ABOVE_MAX,
    ),
    # new wordings: a forum aside, a magazine's "same medicine", a support-group parenthesis, a pharmacist's list
    (
        "cyclobenzaprine",
        "Urgent care gave me cyclobenzaprine for my back. FYI there's also Tonmya, a tablet that melts under your tongue, for "
        "fibromyalgia.\n\n## What I take\n\n"
        "10 mg three times a day, per my doc.",
        ABOVE_MAX,
    ),
    (
        "sildenafil",
        "Sildenafil is best known for erection problems. The same medicine, at a lower strength and under the name Revatio, "
        "treats high blood pressure in the lungs.\n\n## Dosing\n\nMost men start with 50 mg about an hour before sex, and the "
        "most is 100 mg once a day.",
        ABOVE_MAX,
    ),
    (
        "clonidine",
        "Dad takes clonidine for his blood pressure. (Some kids in our group take a long-acting version called Kapvay for "
        "ADHD.)\n\n## Dad's blood pressure\n\n"
        "His dose went from 0.1 mg twice a day to 0.3 mg twice a day.",
        ABOVE_MAX,
    ),
    (
        "paroxetine",
        "Paroxetine is an SSRI antidepressant. A low-dose capsule, Brisdelle, is approved for the hot flashes of the "
        "menopause.\n\n## How much\n\n"
        "For depression most people take 20 mg each morning; some need up to 50 mg a day.",
        ABOVE_MAX,
    ),
    (
        "doxycycline",
        "Doxycycline is an antibiotic. There is also Periostat, for gum disease.\n\n## Dose\n\nFor acne, 100 mg twice a day "
        "on the first day, then 100 mg a day.",
        ABOVE_MAX,
    ),
]
