"""Absolutes, comparisons, sales copy and disclaimers told in everyday words, from eval/holdout296 (jh05, gabapentin; jh06,
warfarin), holdout297 (ji10, doxycycline), holdout299 (jk01, finasteride; jk13, propranolol), holdout301 (jm10, lorazepam) and
holdout302 (jn07, atorvastatin), as a class.

Reported:
- an absolute: what it will do, sealed shut with "full stop", "period" or "end of story" ("it will stop another stroke, full
  stop"); no harm put as a scrap, an ounce or the slightest of it ("it won't do you a scrap of harm");
- sales language: the gatekeepers spared in a list, the doctor and the clinic or appointment, then the medicine handed over or
  "just" asked for ("no clinic, no doctor, just tell the night staff and they'll hand you a month's worth");
- no disclaimer: a sheet kept with "your clinic letter" and brought "to your next visit" is no deferral to a professional (the
  clinic's letter, desk or number is not the clinic).

Silent:
- comparisons between people or places of people ("you lot are kinder than the epilepsy boards", "the night nurses were gentler
  than the day staff"), and counts of people who write, ask or phone about the medicine ("more members have written to us about
  propranolol than any other medicine");
- the reader's own promise ("you will stop drinking, full stop"), a hedged or denied effect, the idiom of advice;
- a warning that quotes the seller's list, a list with nothing handed over;
- a letter's disclaimer in its own words: the writer not "playing doctor", the text "just what I was told".
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
SALES = "promotional.sales-language"
DISCLAIMER = "disclaimer.missing"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "warfarin",
        'Sergeant Major (ret.) Bill Haney, 78, has been on it since his second clot in 2011. "Once the VA got my dose dialled in,'
        " it will stop another stroke, full stop. I don't give it a second thought anymore.\"",
        ABSOLUTE,
        "error",
    ),
    (
        "atorvastatin",
        "For the great majority of us it is well tolerated, and frankly you can take it for thirty years and it won't do you a scrap"
        " of harm. The label still lists a few things to watch for.",
        ABSOLUTE,
        "error",
    ),
    (
        "doxycycline",
        "Forgot to get it before you left home? No problem at all. We keep strips behind the desk: no clinic, no doctor, just tell"
        " the night staff and they'll hand you a month's worth with your room key.",
        SALES,
        "error",
    ),
    (
        "finasteride",
        "Take one tablet a day.\n\nPlease keep this sheet with your clinic letter. Bring it to your next visit if you have"
        " questions.\n\nCall the clinic desk on the number printed on your letter, Monday to Friday, 8:30 to 4:30.",
        DISCLAIMER,
        "error",
    ),
    # new wordings: a promise sealed shut, in other voices
    ("apixaban", "My cardiologist says it'll stop the clots coming back, period.", ABSOLUTE, "error"),
    ("clopidogrel", "Take it every morning and it will prevent a second heart attack, end of story.", ABSOLUTE, "error"),
    ("naproxen", "At this dose it will not do your kidneys the slightest harm.", ABSOLUTE, "error"),
    ("cetirizine", "Mums, relax: these tablets can't do her an ounce of harm.", ABSOLUTE, "error"),
    ("prednisone", "Five days of it? It won't do you a bit of harm.", ABSOLUTE, "error"),
    # ... the gatekeepers spared, then the medicine handed over
    ("sildenafil", "No GP, no appointment: we post it the same day in a plain envelope.", SALES, "error"),
    (
        "ondansetron",
        "Feeling queasy on the crossing? No appointment and no doctor, just show your boarding pass and the purser gives you a"
        " blister pack.",
        SALES,
        "error",
    ),
    ("naltrexone", "No doctor, no clinic visit, just message us and we ship it tomorrow.", SALES, "error"),
    # ... the clinic's things are not the clinic
    (
        "finasteride",
        "Take one tablet a day.\n\nKeep this leaflet with your clinic card and ring the clinic number if anything worries you.",
        DISCLAIMER,
        "error",
    ),
    # comparisons that stay claims
    ("atorvastatin", "More of my patients stay on it than on any other statin.", COMPARATIVE, "error"),
    ("naproxen", "It is gentler than ibuprofen on most people's stomachs.", COMPARATIVE, "error"),
]

_DISCLAIMED = "\n\nThis sheet is general information, not a substitute for advice from your doctor or pharmacist."

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "gabapentin",
        "I take it for epilepsy, not pain, but I lurk here because you lot are kinder than the epilepsy boards. I'm on 1,200 mg"
        " three times a day, which my neurologist says is as high as it goes.",
        COMPARATIVE,
    ),
    (
        "propranolol",
        "Over the past year more members have written to us about propranolol than any other medicine. Long days, time zones and"
        " dry cabin air can set off migraines. Here are your questions.",
        COMPARATIVE,
    ),
    (
        "lorazepam",
        "Give Mum one tablet at bedtime.\n\nNone of this is me playing doctor, Claire. It's just what I was told, written down so we"
        " both have it. If anything doesn't make sense, ring the surgery or ask the pharmacist; they know Mum's notes and I don't.",
        DISCLAIMER,
    ),
    # new wordings: people compared with people
    ("oxycodone", "The night nurses were gentler than the day staff, and they never made me wait for a dose.", COMPARATIVE),
    ("sertraline", "Honestly, this group is kinder than my own friends about the bad days.", COMPARATIVE),
    # ... people counted by what they ask or write
    ("omeprazole", "More customers ask us about it than any other product on our shelves.", COMPARATIVE),
    ("warfarin", "More of our patients have phoned the helpline about it than any other drug.", COMPARATIVE),
    ("apixaban", "More people have got in touch about it this year than any other medicine.", COMPARATIVE),
    # absolutes: the reader's own promise, hedged, denied, advice
    ("naltrexone", "You will stop drinking, full stop, or the tablets are wasted.", ABSOLUTE),
    ("warfarin", "It will usually stop a clot from growing, full stop.", ABSOLUTE),
    ("warfarin", "It will not stop every stroke, full stop; it lowers the risk.", ABSOLUTE),
    ("cetirizine", "It won't do any harm to ask your pharmacist first.", ABSOLUTE),
    ("atorvastatin", "It won't do you a scrap of good to double the dose.", ABSOLUTE),
    # sales: a warning that quotes it, a list with nothing handed over
    ("doxycycline", "Sites promising 'no doctor, no clinic, just click' are illegal and the pills are often fake.", SALES),
    ("doxycycline", "No doctor, no appointment needed for the travel talk on Saturday; the nurse will see you after.", SALES),
    ("sildenafil", "You can't get it with no doctor and no prescription in this country.", SALES),
    # disclaimers in a letter's or a carer's words
    (
        "lorazepam",
        "Give Mum one tablet at bedtime.\n\nI'm not trying to play doctor here: this is only what the nurse told us.",
        DISCLAIMER,
    ),
    (
        "quetiapine",
        "Give Dad one tablet at bedtime.\n\nNone of this is me playing nurse. It's simply what I've picked up in ten years of caring"
        " for him.",
        DISCLAIMER,
    ),
    ("finasteride", "Take one tablet a day.\n\nTalk to your clinic team about what is right for you." + _DISCLAIMED, DISCLAIMER),
]
