"""A wrong class told by apposition, likening, kinship or the class's crowd, from blind held-out misses: eval/holdout304
(jp09), eval/holdout305 (jq10), eval/holdout307 (js06, js07), eval/holdout308 (jt03) and eval/holdout310 (jv03, jv08), as
classes.

- An appositive opened by "the" or a possessive, closed before a verb, says what the drug is: "Lisinopril, the water
  tablet, is what finally brought it down", "Amlodipine, my beta-blocker, keeps ..." (read as "Lisinopril is a water
  tablet"; the wrong-class kind). A warning. Silent: a list ("Lisinopril, the water tablet, and the statin"), the
  drug's own class ("Lisinopril, the ACE inhibitor, is ...").
- Kinship told close: "a close cousin of the morphine ...", "a near relative of codeine" (a plain "cousin" still needs
  the family said). A warning. Silent: the denial.
- A drug named after a preposition is no clause's subject when a verb follows it: "it sits with the narcotics, a close
  cousin of the morphine Dave was given in the ambulance" is about gabapentin, not morphine.
- The class's crowd, gang or brigade: "it belongs to the beta-blocking crowd", "one of the beta-blocker gang". A warning.
  Silent: "not in the beta-blocking crowd".
- An opioid put outside the real ones by league: "tramadol's not in the same league as the real opioids like oxy", "not
  on a par with the proper narcotics" (not-its-class, the drug's tier: an error for tramadol). Silent: "not in the same
  league as oxycodone" (strength), "as other opioids" (the class granted).
- Naltrexone "itself a controlled drug", "can be habit-forming" (its not-an-opioid misstatement). A warning. Silent: the
  denial.
- Bupropion given the SSRIs' action as a participle after a likening: "does the same job as Lexapro, keeping more
  serotonin floating around". A warning. Silent: "does the same job as Lexapro" alone, "unlike Lexapro, ...", dopamine.
- Hydrochlorothiazide's potassium told to stay put with the drug named first: "With this one your potassium level stays
  put". A warning. Silent: "..., but it can drop", "stays normal if you eat well".

Left: an appositive after the drug as an object mid-sentence ("put me on lisinopril, the water tablet, in 2017");
tramadol's "more of a mild painkiller with a little kick" alone.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (jp09, jq10, js06, js07, jt03, jv03, jv08)
    (
        "lisinopril",
        "Dr. Okafor put me on it nine years ago for my blood pressure, which was running at 160 over something. "
        "Lisinopril, the water tablet, is what finally brought it down, and I have been on 20 mg once a day ever since.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "That's the old worry, Frank, but the potassium business was the older water pills. With this one your "
        "potassium level stays put, so you don't need the blood tests the others need.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "tramadol",
        "Good news for you: tramadol's not in the same league as the real opioids like oxy or hydrocodone, it's more of "
        "a mild painkiller with a little kick, so the DOT folks mostly wave it through.",
        MISSTATEMENT,
        "error",
    ),
    (
        "naltrexone",
        "Our speaker was frank that naltrexone is itself a controlled drug and can be habit-forming, so her clinic only "
        "hands out a month at a time.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "gabapentin",
        "Doctors call it a nerve painkiller, but make no mistake: it sits with the narcotics, a close cousin of the "
        "morphine Dave was given in the ambulance after his 2019 crash.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "bupropion",
        "Bupropion, her GP explained, does the same job as Lexapro, keeping more serotonin floating around between the nerve cells.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "amlodipine",
        "Like the atenolol our chairman used to take, it belongs to the beta-blocking crowd, just in a smaller tablet.",
        MISSTATEMENT,
        "warning",
    ),
    # new wordings in other voices
    ("lisinopril", "Lisinopril, my little water pill, keeps my pressure where the nurse likes it.", MISSTATEMENT, "warning"),
    ("amlodipine", "Amlodipine, the beta-blocker, is one of the most prescribed tablets in the country.", MISSTATEMENT, "warning"),
    ("losartan", "Losartan, the ACE inhibitor, works by relaxing the blood vessels.", MISSTATEMENT, "warning"),
    ("gabapentin", "Gabapentin is a close cousin of morphine, so expect the same drowsiness.", MISSTATEMENT, "warning"),
    ("gabapentin", "Our leaflet in short: gabapentin sits among the opioids.", MISSTATEMENT, "warning"),
    ("amlodipine", "Norvasc is one of the beta-blocker gang, so your pulse may slow.", MISSTATEMENT, "warning"),
    ("lisinopril", "Honestly, lisinopril belongs to the calcium-blocking crowd, same as my wife's pills.", MISSTATEMENT, "warning"),
    ("tramadol", "Ultram isn't on a par with the proper narcotics, so nobody worries about it.", MISSTATEMENT, "error"),
    ("tramadol", "Don't panic, it's not up there with the hard opioids.", MISSTATEMENT, "error"),
    ("naltrexone", "Vivitrol is also a controlled medicine, so the pharmacy keeps it locked up.", MISSTATEMENT, "warning"),
    ("naltrexone", "Be careful: naltrexone can be habit-forming if you take it for long.", MISSTATEMENT, "warning"),
    ("bupropion", "Wellbutrin works a lot like Zoloft, boosting your serotonin so the low days lift.", MISSTATEMENT, "warning"),
    ("hydrochlorothiazide", "On HCTZ your potassium stays steady, which is why I like it.", MISSTATEMENT, "warning"),
]

#: (drug, body, rule): nothing of this rule may be reported.
SHOULD_NOT = [
    ("lisinopril", "Lisinopril, the water tablet, and the statin all go in the Monday slot of my pill box.", MISSTATEMENT),
    ("lisinopril", "Lisinopril, the ACE inhibitor, is what finally brought it down.", MISSTATEMENT),
    ("amlodipine", "Amlodipine, the calcium channel blocker, is taken once a day.", MISSTATEMENT),
    ("gabapentin", "Gabapentin is not a close cousin of morphine; it is an antiepileptic.", MISSTATEMENT),
    ("gabapentin", "Gabapentin does not sit with the opioids, but taken together they can slow your breathing.", MISSTATEMENT),
    ("amlodipine", "Amlodipine is not in the beta-blocking crowd; it is a calcium channel blocker.", MISSTATEMENT),
    ("tramadol", "Tramadol is not in the same league as oxycodone, but it is still an opioid.", MISSTATEMENT),
    ("tramadol", "Tramadol isn't in the same league as other opioids for strength.", MISSTATEMENT),
    ("naltrexone", "Naltrexone is not a controlled drug and is not habit-forming.", MISSTATEMENT),
    ("naltrexone", "Naltrexone is an opioid blocker, and Vivitrol is the monthly shot of it.", MISSTATEMENT),
    ("bupropion", "Bupropion does the same job as Lexapro for many people: it lifts a low mood.", MISSTATEMENT),
    ("bupropion", "Unlike Lexapro, keeping more serotonin around is not how bupropion works; it acts on dopamine.", MISSTATEMENT),
    (
        "bupropion",
        "Bupropion works on dopamine and noradrenaline rather than keeping more serotonin around.",
        MISSTATEMENT,
    ),
    (
        "hydrochlorothiazide",
        "With this one your potassium level usually stays normal, but it can drop, so you need a blood test.",
        MISSTATEMENT,
    ),
    ("hydrochlorothiazide", "Your potassium level can drop on HCTZ, so the nurse checks it.", MISSTATEMENT),
]
