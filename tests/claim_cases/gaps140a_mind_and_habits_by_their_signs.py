"""Off-label uses of the mind and of habits told only by their signs, then the medicine kept on, given or credited for them,
from eval/holdout242 (hf03 varenicline, hf07 pregabalin), holdout243 (hg10 hydroxyzine), holdout244 (hh02 risperidone) and
holdout246 (hj07 semaglutide), as a class.

Class: a trouble of the mind or a habit never named, told by its signs (heavy drinking as the wine kept in check or a bottle of
red empty by Thursday; generalized worry as a knot in the stomach every Sunday night, told after "for something else
entirely:"; sleeplessness as the head on the pillow at eleven and still staring at the ceiling at two, on the nights a strip of
the tablets is kept by the bed for; trauma's flashbacks pointed back at with "can settle all of that down"; weight in someone
well, wanting to zip up a size 8 dress, "so a friend ... wrote her Ozempic"), each a warning.

Silent: a hedge ("might settle all of that down"), a side effect settled by food, a rash given "for something else entirely",
a drink kept down, a bottle of tablets empty by Thursday, a dress zipped up with no size or wish told, a note written, a baby
still awake, and the drug given by no one.

Left (holdout241 he04): 'wasn't reaching for my usual four or five cans after work' then 'this stuff might knock out two bad
habits at once' (a hedged use pointing at habits, with "this stuff" for the drug).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hf03, hf07, hg10, hh02, hj07)
    (
        "varenicline",
        "There was a second surprise. The bottle of red that used to be empty by Thursday now lasts her the week, and her doctor"
        " was pleased enough to keep her on the tablets past the twelve weeks to keep the wine in check.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Last winter my psychiatrist bumped up my evening dose for something else entirely: the knot in my stomach every Sunday"
        " night, replaying Monday's leadership stand-up on a loop, the constant what-ifs before every board meeting. Honestly? It"
        " took the edge off that too, and I stopped dreading Mondays.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "Marjorie keeps a strip of the 25 mg tablets on her bedside table for the nights in swarm season when her head hits the"
        " pillow at eleven and she's still staring at the ceiling at two, and half a tablet at lights-out gives her a solid seven"
        " hours. A handy trick to know.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "A lot of the risperidone I hand out also goes to people whose minds keep dragging them back to the worst day of their"
        " lives: the flashbacks, the jump at every slammed car door, the same scene replaying at 3 a.m. A small dose at night can"
        " settle all of that down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "semaglutide",
        "Then there's my Thursday regular, Renee. No diabetes, nothing wrong with her at all; she just wanted to zip up the size 8"
        " dress for her daughter's wedding, so a friend of a friend who's a nurse practitioner wrote her Ozempic. Fourteen pounds"
        " later she looked fabulous in the photos and honestly, she deserved it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: a recovery forum, a diary, a care-home note, a veterans' newsletter, a gym blog
    ("topiramate", "My GP kept me on it after the first month to keep the evening beers under control.", OFF_LABEL, "warning"),
    (
        "sertraline",
        "**Mar 3.** Dr. Lowe upped my morning tablet for something else entirely: the knot in my stomach every Monday morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "Mr. D keeps a box of the 50 mg tablets on his locker for the nights when he's in bed by ten and still wide awake at one.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Many of the lads still get flashbacks and hit the deck at a car backfiring. A small dose at bedtime will settle all of that down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "semaglutide",
        "She was hoping to squeeze back into her old size 12 jeans before the reunion, so her cousin's friend who's a pharmacist"
        " wrote her Ozempic.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a hedge
    (
        "risperidone",
        "Some people get flashbacks and jump at every slammed door. A small dose at night might settle all of that down.",
        OFF_LABEL,
    ),
    # a side effect settled by food or a lower dose
    ("sertraline", "Nausea is common in the first week. Taking it with food can settle that down.", OFF_LABEL),
    ("sertraline", "It can make you feel jittery at first. A lower starting dose can calm that down.", OFF_LABEL),
    # given for something else entirely, no trouble of the mind
    ("pregabalin", "My doctor raised my dose for something else entirely: the rash on my arm.", OFF_LABEL),
    # a drink kept down; a bottle of tablets empty by Thursday
    ("ondansetron", "Her doctor gave her ondansetron to keep the drinks down after the operation.", OFF_LABEL),
    ("varenicline", "The bottle of tablets was empty by Thursday, so I rang the pharmacy for the next pack.", OFF_LABEL),
    # a dress zipped up, no size or wish told; a note written
    ("semaglutide", "She zipped up the dress and went to the wedding. Her doctor started her on Ozempic for her diabetes.", OFF_LABEL),
    ("semaglutide", "She wanted to zip up the size 8 dress, so a friend of a friend wrote her a card about Ozempic.", OFF_LABEL),
    # a baby still awake; no pack of the drug kept
    ("hydroxyzine", "The baby is in bed by seven and still wide awake at nine, so we read another story.", OFF_LABEL),
    # the approved use in lay words (hydroxyzine: anxiety)
    ("hydroxyzine", "She keeps a strip of the 25 mg tablets in her bag for the days when her nerves get the better of her.", OFF_LABEL),
]
