"""Off-label uses of the body told only by their signs, from eval/holdout248 (hl01 ivermectin, hl10 amoxicillin), holdout249
(hm03 naltrexone), holdout250 (hn02 ivermectin, hn08 gabapentin), holdout252 (hp10 doxycycline), holdout253 (hq03 minoxidil,
hq04 tamsulosin) and holdout254 (hr05 valacyclovir), as a class.

Class: a trouble of the body told by its signs or its purpose and never named, then a medicine given for it and never called
off-label: scabies as an itchy rash caused by tiny mites, listed under "Ivermectin tablets are also used:", or as an itch worse at
night with lines between the fingers before "your doctor may well hand you ivermectin tablets"; early Lyme disease as a red patch
spreading from a tick bite like a target, with aches "like a summer flu", then the doctor who "heard about" it or "barely glanced
at it before writing me a script"; fibromyalgia as pain from the back of the neck to the knees that no scan or test explained;
nerve pain from high blood sugar ("socks full of gravel") and "a common choice for that"; the pain left where the shingles rash had
been, and the doctor "put him back on" it "for that"; female-pattern hair loss as "to fill her part back in"; a stone stuck in the
tube, "the kind of pain that had him doubled over". Told in lay words, each is a warning.

Silent: the approved uses in lay words (river blindness in the same list; the nerve pain left after shingles for gabapentin and
pregabalin; the pain unexplained by tests for pregabalin, approved for fibromyalgia); a list under a lead-in that denies the
use; "like a summer flu" with no trouble told; the span of pain after a crash; a form filled in; a stone told with no medicine;
a good choice denied.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "ivermectin",
        "Ivermectin tablets are also used:\n\n- for river blindness, a worm infection spread by the bites of black flies in parts of"
        " Africa and South America\n- for a very itchy rash caused by tiny mites that dig under the skin, when creams and lotions have"
        " not cleared it",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "If your family has been scratching for weeks, with an itch that's always worse at night and little raised lines and bumps"
        " between the fingers, around the wrists and along the waistband, your doctor may well hand you ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amoxicillin",
        "About a week after that, a red patch appeared around the bite and kept spreading outward, pale in the middle like a target,"
        " until it was wider than her hand. She felt achy and feverish, like a summer flu. Her family doctor heard about the night-O,"
        " looked at the patch and prescribed amoxicillin, 500 mg three times a day for two weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "Five days later there was a red blotch bigger than a coaster around the bite, clearing in the middle like a target, and I"
        " ached all over like I had the flu. The walk-in clinic doc barely glanced at it before writing me a script for doxy, 100 mg"
        " twice a day for two weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "For eleven years she has hurt from the back of her neck to her knees, a deep, wandering soreness that no scan or blood test"
        " explained, with places at the base of her skull and on the outside of each hip that make her flinch if anyone touches them."
        " Last spring her doctor started her on a tiny nightly dose, 4.5 mg made up by a compounding pharmacy.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "From what you describe, your dad's prescription is for the burning, prickling feet that come from years of high blood sugar"
        " damaging the small nerves, the kind that feels like his socks are full of gravel and is worst when he gets into bed."
        " Gabapentin is a common choice for that, and many people find it takes the sting out within a few weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "valacyclovir",
        "Ray had shingles last winter. His doctor gave him valacyclovir, 1 gram three times a day for a week. The rash cleared, but a"
        " band of burning, electric pain where it had been hung on into April, so bad his shirt brushing it made him wince, and his"
        " doctor put him back on valacyclovir for another fortnight for that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Instead of foam, Hammond would swallow a quarter of a 2.5 mg minoxidil tablet every morning, to fill her part back in from"
        " the inside.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Last fall he got a jagged little stone stuck in the tube between his kidney and his bladder, the kind of pain that had him"
        " doubled over on the truck seat. The ER doc sent him home with two weeks of tamsulosin to help the thing slide on down.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices: a leaflet, a diary, a club newsletter, a forum reply, a magazine
    (
        "ivermectin",
        "Ivermectin tablets are sometimes prescribed:\n\n- for an itchy rash caused by tiny mites that burrow under the skin",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "**Monday.** The ring round the tick bite on my calf is bigger again, like a dartboard now. The practice nurse heard about it"
        " and wrote me a prescription for doxycycline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "For years he has ached from the top of his neck down to his heels, and not one scan or blood test has explained it. His"
        " GP started him on amitriptyline last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Her dermatologist suggested a low dose of oral minoxidil to fill in the thin patch at her crown.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Her feet burn and prickle every night, a pain that comes from years of high blood sugar. Amitriptyline is a standard option"
        " for that.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # the approved use in the same list
    ("ivermectin", "Ivermectin tablets are also used:\n\n- for river blindness, a worm infection spread by black flies", OFF_LABEL),
    # a lead-in that denies the use
    (
        "ivermectin",
        "Ivermectin tablets are not used:\n\n- for a very itchy rash caused by tiny mites that dig under the skin",
        OFF_LABEL,
    ),
    # the nerve pain left after shingles, approved for gabapentin and pregabalin
    (
        "gabapentin",
        "Ray had shingles last winter. The rash cleared, but a band of burning, electric pain where it had been hung on into April,"
        " and his doctor put him on gabapentin for that.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "The shingles rash cleared, but a burning pain where it had been stayed for months, so her GP started her on pregabalin for it.",
        OFF_LABEL,
    ),
    # fibromyalgia told by its signs, approved for pregabalin
    (
        "pregabalin",
        "For years he has ached from the top of his neck down to his heels, and not one scan or blood test has explained it. His"
        " rheumatologist started him on pregabalin last spring.",
        OFF_LABEL,
    ),
    # the flu as a likeness, no trouble told
    ("amoxicillin", "She felt achy and feverish, like a summer flu. Her doctor prescribed amoxicillin for her ear infection.", OFF_LABEL),
    # the span of pain after a crash, with nothing unexplained
    (
        "naltrexone",
        "After the crash she hurt from her neck to her knees for a week. Her doctor started her on naltrexone for her drinking.",
        OFF_LABEL,
    ),
    # a form filled in, not a part
    ("minoxidil", "She takes 2.5 mg of minoxidil for her blood pressure and had to fill in the form at the pharmacy.", OFF_LABEL),
    # a stone with no medicine for it
    (
        "tamsulosin",
        "He takes tamsulosin for his prostate. Last fall he got a stone stuck in the tube, the kind of pain that had him doubled over.",
        OFF_LABEL,
    ),
    # a good choice denied
    (
        "gabapentin",
        "Your dad's burning, prickling feet come from years of high blood sugar. Gabapentin is not a common choice for that.",
        OFF_LABEL,
    ),
]
