"""Misstatements by wording class (blind misses of holdout27/28).

- Sharing a supply: leftovers passed on by a pronoun ("pass them to a mate", "slip a few to your
  cousin"). Near misses: forbidden, handed back to the pharmacist.
- Stopping at will: "no need to wean down" as a clause of its own, the drug "isn't one of those
  tablets you have to wean yourself off", "you can finish whenever it suits you", the drug by name
  "left out for a few days". Near misses: the same words forbidden or refuted, a doctor-led
  taper, a capsule left out of the fridge, a pause before an operation.
- An antibacterial said to keep a cold or flu from getting worse ("a short course can stop a
  heavy cold from turning into something nastier"). Near misses: denied, an ear infection kept
  from spreading.
- Non-drowsy: "the non-drowsy one", "it won't make you sleepy". Near misses: "less drowsy than the
  older antihistamines" with a caution, the claim refuted.
- Long-term use of a short-term drug: a routine kept going "right through training season", "from
  January to the autumn race", "no real reason to rush off it". Near misses: coming off it after a
  couple of weeks, the claim denied.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
SHARE = "share-with-others"
STOP = "safe-to-stop"
VIRUSES = "antibiotics-for-viruses"
NON_DROWSY = "non-drowsy"
LONG_TERM = "not-for-long-term-use"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # sharing a supply
    ("isotretinoin", "Finished early with a few spare? Pass them to a friend who still has spots.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "My brother had some left, so he handed them over to his girlfriend.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "Top tip: slip the rest to a classmate who can't get a derm appointment.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "If you stop early, give them to your sister rather than binning them.", MISSTATEMENT, SHARE, "error"),
    ("isotretinoin", "I passed some along to a mate and his skin cleared up too.", MISSTATEMENT, SHARE, "error"),
    # stopping at will
    ("alprazolam", "When the panic settled I stopped, and honestly, no need to taper at all.", MISSTATEMENT, STOP, "error"),
    ("clonazepam", "Take it for as long as you need it; no need to wean off it afterwards.", MISSTATEMENT, STOP, "error"),
    ("baclofen", "Baclofen isn't one of those medicines you have to wean yourself off.", MISSTATEMENT, STOP, "error"),
    ("propranolol", "It's not the kind of drug that you need to taper, whatever the leaflet says.", MISSTATEMENT, STOP, "error"),
    ("baclofen", "Once your back feels better you can finish whenever you like.", MISSTATEMENT, STOP, "error"),
    ("carvedilol", "You can leave the carvedilol out for a couple of days if the dizziness gets bad.", MISSTATEMENT, STOP, "error"),
    ("metoprolol", "On holiday we may leave the metoprolol off for a few days and pick it up again after.", MISSTATEMENT, STOP, "error"),
    # antibiotics to keep a virus from getting worse
    (
        "amoxicillin",
        "For older patients, a short course early on can stop a bad cold from turning into something worse.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    ("amoxicillin", "Starting amoxicillin early keeps the flu from going to your chest.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "A round of these antibiotics prevents a winter bug developing into bronchitis.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "Take it at the first sniffle and it'll stop the cold getting worse.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "Our GP says the antibiotics stop a cold or the flu turning nasty.", MISSTATEMENT, VIRUSES, "warning"),
    # non-drowsy
    ("cetirizine", "Zyrtec is the non-drowsy option, so pop one before the commute.", MISSTATEMENT, NON_DROWSY, "warning"),
    ("cetirizine", "Good news for drivers: it's completely non-drowsy.", MISSTATEMENT, NON_DROWSY, "warning"),
    ("cetirizine", "Unlike the old antihistamines, it won't make you sleepy at all.", MISSTATEMENT, NON_DROWSY, "warning"),
    ("cetirizine", "Cetirizine never makes anyone drowsy, in my experience.", MISSTATEMENT, NON_DROWSY, "warning"),
    ("cetirizine", "My son takes it daily and it doesn't make him sleepy at school.", MISSTATEMENT, NON_DROWSY, "warning"),
    # long-term use of a short-term drug
    (
        "cyclobenzaprine",
        "Plenty of climbers keep a cyclobenzaprine habit going right through the winter season.",
        MISSTATEMENT,
        LONG_TERM,
        "warning",
    ),
    ("cyclobenzaprine", "Stay on cyclobenzaprine from March to September if it keeps you loose.", MISSTATEMENT, LONG_TERM, "warning"),
    ("cyclobenzaprine", "If it's helping, there's no reason to rush off cyclobenzaprine.", MISSTATEMENT, LONG_TERM, "warning"),
    ("cyclobenzaprine", "Stay on Flexeril throughout the football season and you'll stay loose.", MISSTATEMENT, LONG_TERM, "warning"),
    (
        "phentermine",
        "Many of our clients keep their phentermine routine up from January to the summer.",
        MISSTATEMENT,
        LONG_TERM,
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("isotretinoin", "Never pass them to a friend, however bad their spots are.", MISSTATEMENT, SHARE),
    ("isotretinoin", "Leftover capsules? Hand them back to your pharmacist.", MISSTATEMENT, SHARE),
    ("isotretinoin", "Don't give them to anyone else: they were prescribed for you.", MISSTATEMENT, SHARE),
    ("alprazolam", "Some say there's no need to taper. That is wrong: stopping suddenly can cause seizures.", MISSTATEMENT, STOP),
    ("baclofen", "Baclofen is one of those tablets you have to wean yourself off.", MISSTATEMENT, STOP),
    ("baclofen", "It isn't one of those tablets you can just stop; your doctor will lower the dose slowly.", MISSTATEMENT, STOP),
    ("carvedilol", "Never leave the carvedilol out for a few days: stopping suddenly can bring on chest pain.", MISSTATEMENT, STOP),
    ("carvedilol", "Your doctor will reduce the carvedilol over one to two weeks; do not finish on your own.", MISSTATEMENT, STOP),
    ("carvedilol", "You can leave the tablets out of the fridge for a few days.", MISSTATEMENT, STOP),
    ("amoxicillin", "A short course cannot stop a cold from turning into something nastier.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin can stop an ear infection from spreading to the bone.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "If a cold turns into a chest infection, a course of amoxicillin clears it.", MISSTATEMENT, VIRUSES),
    (
        "cetirizine",
        "Cetirizine is less drowsy than the older antihistamines, but it can still make you sleepy, so be careful driving.",
        MISSTATEMENT,
        NON_DROWSY,
    ),
    ("cetirizine", "Is it non-drowsy? Not quite: drowsiness may occur.", MISSTATEMENT, NON_DROWSY),
    ("cyclobenzaprine", "Most people come off cyclobenzaprine after two or three weeks.", MISSTATEMENT, LONG_TERM),
    (
        "cyclobenzaprine",
        "Don't keep a cyclobenzaprine routine going right through training season; it is for a few weeks at most.",
        MISSTATEMENT,
        LONG_TERM,
    ),
]
