"""Warnings and refutations a pharmacist would pass that read as missing or as the misstatement, from eval/holdout263 (ia07
warfarin), holdout265 (ic12 ibuprofen, a clean draft), holdout269 (ig12 hydroxychloroquine, a clean draft) and holdout270 (ih11
venlafaxine, a clean draft), as a class.

Class: the interaction is warned in the writer's words. The harm comes after what the two do together ("can pile up serotonin
and cause serotonin syndrome"), or the other medicines make a harm more likely ("They all make bleeding more likely on top of
warfarin"), or a series of nos forbids them ("No aspirin, no ibuprofen (Advil), no naproxen."), or the list sits under a
heading that asks a clinician first or ends on what the reader takes ("Ask a pharmacist before you reach for the bottle if you
take:"). A misstatement reported as old talk is refuted when the next sentence denies the approval and gives the trials'
verdict ("It was never approved for that, the trials found it didn't help").

Still reported: a series of nos that forbids nothing ("No problem, no fuss"), a heading that asks about something else ("Ask a
pharmacist about the price of:"), an approval denied with the claim kept ("It was never approved for that, but it works").
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "warfarin",
        "No problem, no fuss: the ibuprofen and the aspirin are in the cupboard by the kettle.",
        INTERACTION,
        "bleeding-risk-drugs",
        "error",
    ),
    (
        "ibuprofen",
        "## Ask a pharmacist about the price of:\n\n- a blood thinner such as warfarin or apixaban (Eliquis)",
        INTERACTION,
        "anticoagulants-steroids",
        "error",
    ),
    (
        "hydroxychloroquine",
        "You may remember the talk back then that Plaquenil worked against COVID. It was never approved for that, but it works.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (ih11, ia07, ic12, ig12)
    (
        "venlafaxine",
        "My pharmacist sat me down and I'm passing his list on.\n\n- **Tell every prescriber.** Triptans for migraine, tramadol,"
        " lithium, St. John's wort and other antidepressants can pile up serotonin and cause serotonin syndrome: agitation,"
        " sweating, shivering, fever, a racing heart.",
        INTERACTION,
        "serotonergic-drugs",
    ),
    (
        "warfarin",
        "**Painkillers.** No aspirin, no ibuprofen (Advil), no naproxen. They all make bleeding more likely on top of warfarin.",
        INTERACTION,
        "bleeding-risk-drugs",
    ),
    (
        "ibuprofen",
        "## Ask a pharmacist before you reach for the bottle if you take:\n\n- a blood thinner such as warfarin, apixaban (Eliquis)"
        " or clopidogrel (Plavix), or steroid tablets such as prednisone",
        INTERACTION,
        "anticoagulants-steroids",
    ),
    (
        "hydroxychloroquine",
        '"**About 2020.** You may remember the talk back then that Plaquenil worked against COVID. It was never approved for that,'
        " the trials found it didn't help, and the FDA withdrew its emergency authorization.\"",
        MISSTATEMENT,
        "covid-cure",
    ),
    # the same class in other words and voices
    (
        "sertraline",
        "Tramadol and the triptans may build up alongside sertraline and lead to serotonin syndrome, so mention them.",
        INTERACTION,
        "serotonergic-drugs",
    ),
    (
        "apixaban",
        "Ibuprofen, naproxen and aspirin all make a bleed far more likely with Eliquis.",
        INTERACTION,
        "bleeding-risk-drugs",
    ),
    (
        "warfarin",
        "Grandad's rules for the medicine drawer. No ibuprofen, no aspirin and no naproxen, ever.",
        INTERACTION,
        "bleeding-risk-drugs",
    ),
    (
        "ibuprofen",
        "### Ask a doctor or pharmacist first if you are taking:\n\n- warfarin, apixaban or another blood thinner\n- prednisone or"
        " another steroid",
        INTERACTION,
        "anticoagulants-steroids",
    ),
]
