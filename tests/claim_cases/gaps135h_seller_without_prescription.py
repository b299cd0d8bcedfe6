"""A seller that supplies a prescription medicine with no prescription and no doctor, from eval/holdout199 (fo05, sildenafil)
and holdout201 (fq06, tramadol), as a class.

Class: an online seller recommended for sending a prescription medicine with no prescription or doctor, told as a list of what
it spares you ("No script, no sitting in front of a doctor"), or as no one needed to sign for it with the medicine sent to the
house ("a site ... that'll post tramadol straight to the house, no need to get the surgeon or GP to sign anything"):
promotional.sales-language, an error. Silent: a warning that quotes the pitch ("sites promising 'no script, no doctor'"), a
warning against such a site, a repeat prescription posted by the pharmacy, and a doctor who signs first.
"""

from __future__ import annotations

SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fo05, fq06)
    (
        "sildenafil",
        'Tony from the Thursday crew swears by an online outfit his cousin put him on to: "No script, no sitting in front of a'
        ' doctor. You tick a few boxes on their site and the pills are at your door by Friday."',
        SALES,
        "error",
    ),
    (
        "tramadol",
        "Cousin Rita says there's a site she uses in Spain that'll post tramadol straight to the house, no need to get the surgeon"
        " or GP to sign anything, and it turns up in two days. Might be handy when the surgery's shut over Christmas.",
        SALES,
        "error",
    ),
    # new wordings, other voices
    ("finasteride", "My mate orders from a place in Turkey. No prescription, no questions, just a parcel a week later.", SALES, "error"),
    (
        "modafinil",
        "Half my study group uses the same site: no GP, no appointment; no script, and it ships in a plain envelope.",
        SALES,
        "error",
    ),
    (
        "alprazolam",
        "There's a pharmacy abroad that will send Xanax to your door without a doctor having to sign off on it.",
        SALES,
        "error",
    ),
    (
        "oxycodone",
        "A guy on the forum swears by a website: no need for a prescription, and the tablets turn up in three days.",
        SALES,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "sildenafil",
        'Be wary of sites promising "no script, no doctor": the pills they send are often fake or the wrong strength.',
        SALES,
    ),
    ("tramadol", "Never order from a site that will post tramadol without a doctor signing anything: it is illegal and unsafe.", SALES),
    ("tramadol", "The pharmacy won't post tramadol without the GP signing the prescription first.", SALES),
    (
        "atorvastatin",
        "Once your GP has signed the repeat prescription, the pharmacy can post it to your door.",
        SALES,
    ),
    ("tramadol", "If there's no prescription, no pharmacist in the country should hand it over.", SALES),
]
