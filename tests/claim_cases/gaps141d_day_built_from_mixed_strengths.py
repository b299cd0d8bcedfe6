"""A day's dose built from tablets of mixed strengths at different parts of the day, from eval/holdout248 (hl02,
aripiprazole; hl08, atorvastatin), holdout251 (ho04, carvedilol) and holdout254 (hr08, clonidine), as a class.

Class: a dose at one part of the day and, later in its sentence, tablets called by their strength at another part of it,
added ("a 30 mg tablet each morning plus one of the 10s at bedtime": 40 mg; "two of the 40 mg tablets with breakfast, and
after my last check they added one of the 20s with supper": 100 mg); the amounts of the parts of a day told as subjects,
in one sentence or the next ("Mum's morning tablet is 20 mg. Since March the bedtime one has been 10 mg": a warning, read
across sentences); and a dose in a list item whose lead names the use ("- **Blood pressure:** ... The usual top dose is
25mg, taken with breakfast, lunch and dinner": the hypertension maximum, 50 mg). A strength the article never names in mg
and the drug lists none of (aripiprazole's "10s") is a warning. Silent: alternatives ("or", "not both"), a past regimen
("used to be", "now"), a dose forbidden or asked about, a condition ("if she can't sleep ... instead"), the day within the
maximum, the same part of the day.

Left: the clonidine draft itself (hr08): its doses are read as the immediate-release tablets' (2.4 mg a day), the child
and Kapvay named in the paragraph before; the diphenhydramine count in the next sentence (hm02) and ciprofloxacin's "a pair
of them, 7 a.m. and 7 p.m." (hq06) are other mechanisms.
"""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"

_CARVEDILOL = (
    "Your doc sets your dose, not some guy on the internet. But here's roughly how it goes:\n\n"
    "- **Heart failure:** starts tiny, 3.125mg twice a day, and gets doubled every 2 weeks if you handle it ok. Max is 25mg"
    " twice a day, or 50mg twice a day if you weigh over 85 kg (187 lbs).\n"
    "- **Blood pressure:** starts at 6.25mg twice a day. The usual top dose is 25mg, taken with breakfast, lunch and dinner.\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (hl02, hl08, ho04)
    (
        "aripiprazole",
        "For schizophrenia, most people start on 10 or 15 mg and stay around there.\n\nFor a manic episode the dose gets pushed"
        " harder and faster. It's common to take a 30 mg tablet each morning plus one of the 10s at bedtime until things settle.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "atorvastatin",
        "The clinic started me on atorvastatin, the generic of Lipitor, at 20 mg a day. These days they have me on two of the 40"
        " mg tablets with breakfast, and after my last check they added one of the 20s with supper.",
        ABOVE_MAX,
        "error",
    ),
    ("carvedilol", _CARVEDILOL, ABOVE_MAX, "warning"),
    # new wordings, other voices
    (
        "atorvastatin",
        "Dad's cholesterol pills: one 80 mg tablet at breakfast plus one of the 20s with his evening meal.",
        ABOVE_MAX,
        "warning",
    ),
    ("sertraline", "I take 150 mg with breakfast, and my GP has added two of the 50s at bedtime.", ABOVE_MAX, "warning"),
    (
        "escitalopram",
        "Ward round note: a 20 mg tablet with breakfast, and the registrar has added one of the 10s at bedtime.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "aripiprazole",
        "For bipolar mania, the psychiatrist has Dana on a 20 mg tablet in the morning, and the ward added two of the 10s at night.",
        ABOVE_MAX,
        "warning",
    ),
    (
        "escitalopram",
        "Mum's morning tablet is 20 mg. Since March the bedtime one has been 10 mg, and she sleeps better.",
        ABOVE_MAX,
        "warning",
    ),
    ("escitalopram", "His morning dose is 15 mg and his evening one is 10 mg.", ABOVE_MAX, "warning"),
    ("carvedilol", "- **Blood pressure:** 25 mg with breakfast, 25 mg with lunch and 25 mg with dinner.", ABOVE_MAX, "warning"),
]

SHOULD_NOT = [
    # alternatives, a past regimen, a condition
    ("atorvastatin", "He takes one 80 mg tablet at breakfast or one of the 40s with supper, never both.", ABOVE_MAX),
    ("escitalopram", "A 20 mg tablet with breakfast or one of the 10s at bedtime, not both.", ABOVE_MAX),
    ("atorvastatin", "She used to take a 40 mg tablet in the morning; now it's one of the 20s with supper.", ABOVE_MAX),
    ("escitalopram", "Mum's morning tablet used to be 20 mg. Now the bedtime one is 10 mg.", ABOVE_MAX),
    ("escitalopram", "Her morning tablet is 20 mg. If she can't sleep, the bedtime one is 10 mg instead.", ABOVE_MAX),
    # forbidden, asked about, said to be too much
    ("atorvastatin", "Never take an 80 mg tablet at breakfast plus one of the 20s at night.", ABOVE_MAX),
    ("atorvastatin", "Ask the pharmacist before you take a 40 mg tablet in the morning plus one of the 20s with supper.", ABOVE_MAX),
    (
        "escitalopram",
        "Some people ask whether they can take a 20 mg tablet with breakfast plus one of the 10s at night. Don't.",
        ABOVE_MAX,
    ),
    ("aripiprazole", "A 30 mg tablet each morning plus one of the 10s at bedtime would be too much.", ABOVE_MAX),
    # within the maximum
    ("atorvastatin", "A 40 mg tablet each morning plus one of the 20s with supper makes 60 mg, well within the label.", ABOVE_MAX),
    ("aripiprazole", "For schizophrenia, a 15 mg tablet each morning plus one of the 10s at bedtime is a common schedule.", ABOVE_MAX),
    ("escitalopram", "Her morning tablet is 10 mg. The bedtime one is 5 mg.", ABOVE_MAX),
    ("sertraline", "The hospital leaflet: 100 mg each morning, plus one of the 50s in the evening if your doctor agrees.", ABOVE_MAX),
    # a use named in lay words, the dose within it; low blood pressure as a side effect is no use
    ("carvedilol", "- **Blood pressure:** starts at 6.25mg twice a day, and the usual top dose is 25mg twice a day.", ABOVE_MAX),
    (
        "carvedilol",
        "- **Heart failure:** 25 mg with breakfast and 25 mg with dinner.\n- **Low blood pressure:** dizziness when you stand up;"
        " sit down and tell your doctor.",
        ABOVE_MAX,
    ),
]
