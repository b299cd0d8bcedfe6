"""A release form named without the brand selects the label entries of that form (holdout80 az06).

"For epilepsy the dose can go higher, up to 500 mg a day for the regular tablets and 600 mg a day for the XR tablets":
lamotrigine's extended-release entry is given only under its brand (``products: [Lamictal XR]``), so "the XR tablets"
(no brand) was held to the immediate-release tablets' 500 mg. As a class:

- the form is named after the amount in its clause, up to the next amount ("600 mg a day for the XR tablets",
  "600 mg XR a day", "as ER tablets") as well as before it in its section ("the slow-release tablets go up to ...");
- "ER" counts before a word for the units or version ("ER capsules", not "the ER"); "the regular tablets" is the
  immediate-release form, in the amount's own sentence only (a list's "Regular tablets: ..." item is not the next
  item's "Amrix capsules: 15 mg");
- a form the label doses only under a brand (Lamictal XR, Naprelan) is that brand's entries when the article uses the
  generic name; the immediate-release form stays the general entries.

Still firing: above the XR maximum (700 mg of the XR tablets), above the tablets' maximum when the regular tablets are
named (even after the XR ones were), no form named, the tablets counted without the XR."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("lamotrigine", "For epilepsy some people need 700 mg a day of the XR tablets.", ABOVE_MAX, "error"),
    ("lamotrigine", "For seizures, the extended-release version is pushed to 650 mg once a day in some adults.", ABOVE_MAX, "error"),
    ("lamotrigine", "For epilepsy some people take 600 mg a day of the regular tablets.", ABOVE_MAX, "error"),
    ("lamotrigine", "For epilepsy some people take 600 mg a day.", ABOVE_MAX, "error"),
    (
        "lamotrigine",
        "The XR tablets are taken once a day. For epilepsy, though, some people take 600 mg a day of the regular tablets.",
        ABOVE_MAX,
        "error",
    ),
    ("lamotrigine", "Some people with seizures take six 100 mg tablets a day.", ABOVE_MAX, "error"),
    ("metformin", "Some people take 2,500 mg a day of the ER tablets with dinner.", ABOVE_MAX, "error"),
    ("zolpidem", "Some take 12.5 mg at night of the regular tablets.", ABOVE_MAX, "error"),
    ("naproxen", "Some take 1,650 mg once a day of the controlled-release tablets.", ABOVE_MAX, "error"),
    (
        "lamotrigine",
        "Most people with epilepsy move to the XR tablets later. The regular tablets are pushed to 600 mg a day for seizures in some.",
        ABOVE_MAX,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "lamotrigine",
        "Because the speed of the start is tied to the rash risk. A typical bipolar start is 25 mg a day for two weeks, "
        "50 mg a day for two weeks, 100 mg a day in week five and 200 mg a day from week six. For epilepsy the dose can go "
        "higher, up to 500 mg a day for the regular tablets and 600 mg a day for the XR tablets in some people.",
        ABOVE_MAX,
    ),
    # new wordings
    ("lamotrigine", "With the extended-release version, some people with epilepsy end up on 600 mg once a day.", ABOVE_MAX),
    ("lamotrigine", "Some people with seizures take 600 mg once daily as ER tablets.", ABOVE_MAX),
    ("lamotrigine", "The slow-release tablets go up to 600 mg a day for seizures.", ABOVE_MAX),
    ("lamotrigine", "Some people with seizures take six 100 mg XR tablets a day.", ABOVE_MAX),
    ("lamotrigine", "Pharmacy tip: 600 mg XR a day is the top of the range for epilepsy.", ABOVE_MAX),
    # other drugs whose extended-release entries are general ones, and regular tablets within their own maximum
    ("bupropion", "Most people take 450 mg a day of the XL tablets.", ABOVE_MAX),
    ("metformin", "The ER tablets go up to 2,000 mg a day, and the regular tablets up to 2,550 mg a day.", ABOVE_MAX),
    ("venlafaxine", "Some take 300 mg a day of the regular tablets.", ABOVE_MAX),
    ("zolpidem", "Some take 12.5 mg at night of the CR tablets.", ABOVE_MAX),
    ("naproxen", "Some take 1,500 mg once a day of the controlled-release tablets.", ABOVE_MAX),
    (
        "cyclobenzaprine",
        "## Dosage\n\n- Regular tablets: 5 mg three times a day to start, up to 10 mg three times a day (30 mg a day).\n"
        "- Amrix capsules: 15 mg once a day, some people need 30 mg once a day.",
        ABOVE_MAX,
    ),
    # "ER" alone is the emergency room, not a form
    ("lamotrigine", "For epilepsy the top dose is 500 mg a day; go to the ER if a rash blisters.", ABOVE_MAX),
]
