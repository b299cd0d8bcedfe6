"""Anxiety, nerves, stage fright and low mood told by their signs or a story, never named, then the medicine, as a class: an
undisclosed off-label use told only in lay words, a warning for a pharmacist. From the forty-sixth stop's blind sets:
holdout295 jg08 (aripiprazole "for our daughter's constant worrying": the trouble told as someone's, a possessive between
"for" and the signs), holdout296 jh05 (gabapentin "takes the edge off my nerves before family get-togethers": whose nerves,
before an everyday occasion), holdout298 jj07 (propranolol "an hour before I stand at the lectern": the performing told by
the lectern), holdout302 jn04 (metoprolol "for the shaky bow arm, dry mouth and thumping chest that hit right before a
solo": the chest for the heart, a solo among the occasions), holdout302 jn09 (pregabalin "for the churning, what-if
worrying": the worrying's words set apart by a comma, "what-if" as an adjective), holdout301 jm01 (buspirone "we also hand
it out when the low, flat, tearful weeks drag on": a clinic's own giving in the present, low mood told by tearful weeks).
Silent: the same signs disclosed, denied or under a medicine approved for them, another medicine's use, the nerves of
nerve pain, a side effect told by the same signs, "a what-if scenario". Also: a disclosure in another paragraph whose
sentence opens with another medicine ("Propranolol is ... talked about for nerves, and even that is an off-label use") no
longer covers this medicine's use (holdout302 jn04)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "aripiprazole",
        "Our psychiatrist added a low dose last year for our daughter's constant worrying, the stomach knots before school and the"
        " nights she couldn't stop going over things in her head. Within a month she was back in class.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Forgot to add: I also find it's the thing that takes the edge off my nerves before family get-togethers, so on those days I"
        " take my evening capsule a few hours early.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "I will confess something else. Before I read the eulogy for Margaret, whose family I had sat with for weeks, my voice would"
        " wobble and my heart pound. My GP told me to take an extra 10 mg an hour before I stand at the lectern, and my knees no"
        " longer knock.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Loads of session players keep a 25 mg metoprolol in the gig bag for the shaky bow arm, dry mouth and thumping chest that hit"
        " right before a solo.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Our treasurer, Doreen, says her doctor added Lyrica for the churning, what-if worrying that had her fretting over every"
        " little thing since she retired.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "In our clinic we also hand it out when the low, flat, tearful weeks drag on and talking therapy alone has not lifted them.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices: the trouble told as someone's (a forum post, a carer's letter)
    (
        "propranolol",
        "Dr. Lee started a low dose of propranolol for my husband's non-stop fretting about money.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "The home's GP prescribed quetiapine for Gran's constant worrying after the move.",
        OFF_LABEL,
        "warning",
    ),
    # whose nerves before an everyday occasion (a magazine)
    (
        "gabapentin",
        "She swears gabapentin takes the edge off her nerves ahead of a big family wedding.",
        OFF_LABEL,
        "warning",
    ),
    # the performing told by where one stands (a speakers' club newsletter, a church leaflet)
    (
        "propranolol",
        "Some of our members take 10 mg of propranolol an hour before they step up to the podium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Our vicar keeps propranolol in the vestry and takes one before he stands behind the pulpit on Sundays.",
        OFF_LABEL,
        "warning",
    ),
    # the signs that come before an occasion, the chest for the heart (a wedding blog, a careless shop)
    (
        "propranolol",
        "The best man kept a propranolol in his pocket for the thumping chest and dry mouth that set in before the first dance.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "Cellists swear by metoprolol for the racing chest and trembling fingers that show up before a solo.",
        OFF_LABEL,
        "warning",
    ),
    # the worrying's words set apart, and the what-ifs as an adjective (a shop page, a forum post)
    (
        "pregabalin",
        "Customers ask for pregabalin for that gnawing, constant worry that never quite switches off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "My doctor prescribed gabapentin for the what-if thoughts that followed me around all day.",
        OFF_LABEL,
        "warning",
    ),
    # another medicine's disclosure in the next paragraph does not cover it (holdout302 jn04)
    (
        "metoprolol",
        "Plenty of violinists carry metoprolol for the shaky fingers and racing heart that come before a recital.\n\nPropranolol is"
        " the beta blocker people usually mean for nerves, and even that is an off-label use.",
        OFF_LABEL,
        "warning",
    ),
    # low mood told by tearful or hopeless weeks, given in a clinic's present (a practice newsletter)
    (
        "buspirone",
        "Our practice gives it when the grey, weepy months settle in and nothing else has helped.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed
    (
        "aripiprazole",
        "Some psychiatrists add a low dose for a teen's constant worrying; that is an off-label use.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "Doreen's doctor added Lyrica for the churning, what-if worrying, which is an off-label use in the US.",
        OFF_LABEL,
    ),
    # disclosed for this medicine too, beside another one
    (
        "metoprolol",
        "Plenty of violinists carry metoprolol for the shaky fingers and racing heart that come before a recital.\n\nLike"
        " propranolol, metoprolol is used off-label for nerves.",
        OFF_LABEL,
    ),
    # a medicine approved for it
    ("buspirone", "Buspirone was prescribed for my husband's constant worrying.", OFF_LABEL),
    ("buspirone", "Buspirone can take the edge off your nerves before a big family wedding.", OFF_LABEL),
    (
        "sertraline",
        "In our clinic we also hand it out when the low, flat, tearful weeks drag on and talking therapy alone has not lifted them.",
        OFF_LABEL,
    ),
    # denied
    ("buspirone", "Do not give it when the low, tearful weeks drag on; call the clinic instead.", OFF_LABEL),
    # another medicine's use
    (
        "aripiprazole",
        "My daughter takes sertraline for her constant worrying and aripiprazole for schizophrenia.",
        OFF_LABEL,
    ),
    # the nerves of nerve pain
    (
        "gabapentin",
        "Gabapentin quiets your nerves before the pain signal reaches the brain.",
        OFF_LABEL,
    ),
    # a side effect told by the same signs
    (
        "metoprolol",
        "A dry mouth and a thumping chest that come on after a dose should be reported to your doctor.",
        OFF_LABEL,
    ),
    # one question, not the worrying
    ("gabapentin", "Gabapentin is used for shingles pain. Here is a what-if scenario: you miss a dose.", OFF_LABEL),
]
