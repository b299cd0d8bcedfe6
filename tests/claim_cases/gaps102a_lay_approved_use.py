"""Approved uses told in lay words, not read as unapproved (eval/holdout99 bs02, eval/holdout102 bv03).

- Postherpetic neuralgia named as shingles' nerve pain: "For shingles nerve pain, the label starts at 300 mg" (gabapentin),
  "post-shingles pain", "shingles-related nerve pain" (pregabalin). Shingles itself is not it: gabapentin "for shingles" or
  "for the shingles rash" is still reported, and shingles stays valacyclovir's approved use; another drug's "shingles nerve
  pain" (meloxicam) is still reported.
- Lorazepam's insomnia due to anxiety told as sleep troubled by it or insomnia named by it: "For sleep troubled by anxiety, it
  is 2 to 4 mg at bedtime", "anxiety-related insomnia", "nights broken by worry", "stress-induced sleeplessness". Still
  reported: sleep troubled by something else (jet lag, shift work), bare sleep, and the same words for a drug not approved
  for it (trazodone).
- The sickness of chemotherapy told by its signs is ondansetron's approved use ("so she would not spend the drive home
  retching", "for the retching after every infusion").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_GABAPENTIN = "Gabapentin treats seizures. "
_LORAZEPAM = "Lorazepam treats anxiety. "
_ONDANSETRON = "Ondansetron prevents nausea and vomiting from chemotherapy. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", _GABAPENTIN + "Some people take gabapentin for shingles.", OFF_LABEL, "error"),
    ("gabapentin", _GABAPENTIN + "Gabapentin is sometimes given for the shingles rash itself.", OFF_LABEL, "error"),
    ("meloxicam", "Meloxicam treats osteoarthritis. Some people take meloxicam for shingles nerve pain.", OFF_LABEL, "error"),
    ("lorazepam", _LORAZEPAM + "For sleep troubled by jet lag, it is 2 mg at bedtime.", OFF_LABEL, "error"),
    ("lorazepam", _LORAZEPAM + "Lorazepam is also given for sleep problems caused by shift work.", OFF_LABEL, "error"),
    ("lorazepam", _LORAZEPAM + "Many people take lorazepam for sleep.", OFF_LABEL, "error"),
    (
        "trazodone",
        "Trazodone treats depression. For sleep troubled by anxiety, many doctors prescribe trazodone at bedtime.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wording
    (
        "gabapentin",
        _GABAPENTIN + "For shingles nerve pain, the label starts at 300 mg on day one, then 300 mg twice on day two, then three "
        "times on day three, and it can go up to 1,800 mg a day split into three doses.",
        OFF_LABEL,
    ),
    (
        "lorazepam",
        _LORAZEPAM + "Doctors usually start adults on 2 to 3 mg a day. For sleep troubled by anxiety, it is 2 to 4 mg at bedtime.",
        OFF_LABEL,
    ),
    # other wordings, drugs and voices
    ("gabapentin", _GABAPENTIN + "Doctors prescribe Neurontin for post-shingles pain that lingers after the rash heals.", OFF_LABEL),
    ("gabapentin", _GABAPENTIN + "Many doctors prescribe it for shingles-related nerve pain.", OFF_LABEL),
    ("pregabalin", "Pregabalin treats fibromyalgia. Lyrica is also used for shingles-related nerve pain.", OFF_LABEL),
    ("pregabalin", "Pregabalin treats fibromyalgia. For shingles nerve pain, the dose starts at 150 mg a day.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats cold sores. For shingles, the dose is 1 g three times a day for seven days.", OFF_LABEL),
    (
        "lorazepam",
        _LORAZEPAM + "Your doctor may prescribe a bedtime dose of lorazepam for anxiety-related insomnia.",
        OFF_LABEL,
    ),
    ("lorazepam", _LORAZEPAM + "A single 2 mg dose at night can help with nights broken by worry.", OFF_LABEL),
    ("lorazepam", _LORAZEPAM + "For stress-induced sleeplessness, the usual dose is 2 to 4 mg at bedtime.", OFF_LABEL),
    (
        "ondansetron",
        _ONDANSETRON + "Her oncologist gave her ondansetron so she would not spend the drive home retching.",
        OFF_LABEL,
    ),
    ("ondansetron", _ONDANSETRON + "Her oncologist gave her ondansetron for the retching after every infusion.", OFF_LABEL),
]
