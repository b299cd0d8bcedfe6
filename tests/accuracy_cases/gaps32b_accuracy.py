"""Classes of wording missed in the holdout32 blind scoring (warnings and interactions credited
wrongly, misstatements told in lay words).

A serotonergic interaction credited to the drug's own class: "antidepressants can raise the risk
of suicidal thoughts", "Like other antidepressants, paroxetine ...", "Why take an antidepressant
for flushes?" name no medicine taken with paroxetine. Near misses that give it: "other
antidepressants or migraine triptans ... serotonin syndrome", "don't take St John's wort with it",
"another antidepressant", a list item "other antidepressants" under "Tell your doctor if you take:".

Risperidone said to be approved for dementia's behaviours in lay words: "approved for the
agitation and aggression that can come with Alzheimer's", "FDA-approved for sundowning", "licensed
for the wandering and shouting seen in dementia", "the approved treatment for agitation in
Alzheimer's". Near misses: the boxed warning ("not approved for people with dementia"), the claim
refuted, autism's irritability and aggression (an approved use), another drug approved for dementia.

Extended-release oxycodone crushed, chewed or dissolved on advice given of "it" or "them" after the
product is named: "If your OxyContin sticks in your throat, a neat trick is to crush it between two
spoons", "The slow-release one is easier if you chew it first". Near misses: the prohibition, the
harm told, the immediate-release tablet, another medicine's tablets.

Propranolol's taper warning as a prohibition in the passive, its negation part of the wording,
not a denial: "must not be stopped suddenly", "should never be stopped abruptly", "mustn't be
stopped overnight".

Each case is a draft in other words than the held-out set's, and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
INTERACTION = "interactions.missing"
SEROTONERGIC = "serotonergic-drugs"
DEMENTIA = "approved-for-dementia"
CRUSH = "crush-er-tablets"
WARNING = "safety-warnings.missing"
TAPER = "abrupt-cessation"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "paroxetine",
        "Paroxetine carries a boxed warning: antidepressants can raise the risk of suicidal thoughts in young people. "
        "Do not take it within 14 days of an MAOI.",
        INTERACTION,
        SEROTONERGIC,
        "error",
    ),
    (
        "paroxetine",
        "Like other antidepressants, paroxetine can bring on suicidal thoughts in under-25s, so watch for mood changes. "
        "Never combine it with linezolid.",
        INTERACTION,
        SEROTONERGIC,
        "error",
    ),
    (
        "paroxetine",
        "Why would I take an antidepressant for hot flushes? Paroxetine at a low dose calms them. "
        "Tell your doctor if you take thioridazine or pimozide.",
        INTERACTION,
        SEROTONERGIC,
        "error",
    ),
    (
        "paroxetine",
        "Paroxetine and other antidepressants may raise the risk of suicidal thinking; call your doctor if your mood drops. "
        "Tamoxifen may not work as well with it, so tell your oncologist.",
        INTERACTION,
        SEROTONERGIC,
        "error",
    ),
    (
        "paroxetine",
        "Mine's paroxetine, my first antidepressant ever. As with other SSRIs, my pharmacist warned me that aspirin "
        "makes bleeding more likely and that MAOIs are off limits.",
        INTERACTION,
        SEROTONERGIC,
        "error",
    ),
    (
        "risperidone",
        "Risperidone is also approved for the agitation and aggression that can come with Alzheimer's.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    ("risperidone", "Good news for families: Risperdal is FDA-approved for sundowning.", MISSTATEMENT, DEMENTIA, "error"),
    (
        "risperidone",
        "It's licensed for the wandering and shouting seen in dementia, so the home can give it at teatime.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    (
        "risperidone",
        "Risperidone has been approved to calm aggressive behaviour in older people with dementia.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    (
        "risperidone",
        "For our residents, risperidone is the approved treatment for distress in Alzheimer's disease.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    (
        "oxycodone",
        "If your OxyContin sticks in your throat, a neat trick is to crush it between two spoons.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    ("oxycodone", "The slow-release one is easier to manage if you chew it first.", MISSTATEMENT, CRUSH, "error"),
    (
        "oxycodone",
        "Dad's OxyContin was too big for him, so the nurse showed us how to dissolve the tablets in warm water.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        "Long-acting oxycodone tablets are big, so many of our readers break them in half before swallowing.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    ("oxycodone", "With OxyContin, lots of our members simply mash them into soup.", MISSTATEMENT, CRUSH, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "paroxetine",
        "Other antidepressants or migraine triptans taken with paroxetine can cause a dangerous reaction called serotonin syndrome.",
        INTERACTION,
        SEROTONERGIC,
    ),
    ("paroxetine", "Paroxetine eases hot flushes. Don't take St John's wort with it.", INTERACTION, SEROTONERGIC),
    (
        "paroxetine",
        "Never take paroxetine with another antidepressant unless your psychiatrist has planned the switch.",
        INTERACTION,
        SEROTONERGIC,
    ),
    (
        "paroxetine",
        "Tell your doctor if you take:\n\n- other antidepressants\n- blood thinners such as warfarin",
        INTERACTION,
        SEROTONERGIC,
    ),
    (
        "paroxetine",
        "Paroxetine can be risky if you are already on antidepressants, so check with your pharmacist first.",
        INTERACTION,
        SEROTONERGIC,
    ),
    (
        "risperidone",
        "Risperidone is not approved for people with dementia: in older people with dementia it raises the risk of death.",
        MISSTATEMENT,
        DEMENTIA,
    ),
    (
        "risperidone",
        "Some relatives believe risperidone is approved for the agitation of Alzheimer's. It is not.",
        MISSTATEMENT,
        DEMENTIA,
    ),
    ("risperidone", "Risperidone is approved for irritability and aggression in children with autism.", MISSTATEMENT, DEMENTIA),
    ("risperidone", "Risperidone is approved for schizophrenia and bipolar mania, not for dementia.", MISSTATEMENT, DEMENTIA),
    (
        "risperidone",
        "Donepezil is approved for Alzheimer's dementia, while risperidone treats schizophrenia.",
        MISSTATEMENT,
        DEMENTIA,
    ),
    ("oxycodone", "Never crush, chew or break OxyContin; swallow it whole.", MISSTATEMENT, CRUSH),
    ("oxycodone", "If OxyContin is hard to swallow, don't crush it: ask about a different form.", MISSTATEMENT, CRUSH),
    ("oxycodone", "With OxyContin, people who crush them can take a fatal dose all at once.", MISSTATEMENT, CRUSH),
    (
        "oxycodone",
        "OxyContin has to be swallowed whole, but your paracetamol tablets can be crushed.",
        MISSTATEMENT,
        CRUSH,
    ),
    (
        "oxycodone",
        "Roxicodone, the immediate-release tablet, can be split if your prescriber says so.",
        MISSTATEMENT,
        CRUSH,
    ),
    ("propranolol", "Propranolol must not be stopped suddenly, or chest pain can flare up.", WARNING, TAPER),
    ("propranolol", "Your propranolol should never be stopped abruptly.", WARNING, TAPER),
    ("propranolol", "Beta blockers like propranolol mustn't be stopped overnight.", WARNING, TAPER),
    ("propranolol", "Like clonidine, propranolol must not be stopped suddenly.", WARNING, TAPER),
    ("propranolol", "Propranolol helps prevent migraines. Don't stop it suddenly.", WARNING, TAPER),
    ("propranolol", "Never stop these suddenly: propranolol, clonidine.", WARNING, TAPER),
]
