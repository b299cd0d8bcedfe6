"""Wrong indication or approval claims told in lay words (eval/holdout320 kf05, kf09; holdout323 ki03; holdout324 kj05;
holdout325 kk02; holdout326 kl07), as classes of accuracy.misstatement.

- An acute mood episode given to lamotrigine: the medicine the doctor reaches for, turns to or gives when a high or low is
  coming on, either way round, or bringing the writer back down to earth within days ("Lamotrigine is the medicine his
  psychiatrist reaches for when one of his highs is coming on, and it brings him back down to earth within a couple of days").
  Not the highs kept away, not lithium reached for, not seizures, not denied.
- A preventive taken as an attack comes on, the attack told only as "one" felt or sensed on its way, its feeling told between
  ("When I feel one brewing, that heavy, sick, can't-stand-the-light feeling, I pop a Topamax"): the taken-at-onset kind. A
  negation joined into a compound word ("can't-stand-the-light") is no denial. Not "when one starts the tablets", not another
  medicine taken for the attack with the preventive at night as usual, not "I don't pop one".
- An excluded use offered as one of many who have it, the verb plural: "plenty of bowlers with Type 1 take a glipizide
  alongside their insulin" (the excluded-use kind). Not "never take", not "type 2, not type 1, take glipizide".
- An approval claimed in idiom for prevention told in lay words: "Proscar even got the FDA's green light as a way to head off
  prostate cancer" (finasteride now has the approved-for kind); and the one medicine the regulator signed off on, in a
  relative clause, either way round: "risperidone is the one pill the FDA has signed off on for the lashing out and shouting
  that come with Alzheimer's". Not "the FDA never gave it the green light", not "is not the drug the FDA approved", not an
  approved use ("for irritability in autistic children", "for an enlarged prostate").
- Acetaminophen put in the anti-inflammatory class (the wrong-class kind): "acetaminophen belongs to the same
  anti-inflammatory family as ibuprofen and naproxen", "Tylenol is one of the NSAIDs". Not denied, not ibuprofen itself,
  not taken with NSAIDs or compared with one.

Severity: each misstatement's tier (risperidone's approval for dementia is required: an error; the rest warnings).

The acetaminophen class wording reads the drug by its names only (a pronoun there is gaps134e's: "We avoid naproxen: it's an
anti-inflammatory like Advil" is naproxen's), so its new wording names Tylenol.
"""

from __future__ import annotations

MIS = "accuracy.misstatement"

_LAM = "Lamotrigine helps keep bipolar I disorder steady. "
_TOP = "Topiramate is taken every day to prevent migraine. "
_GLI = "Glipizide lowers blood sugar in type 2 diabetes. "
_FIN = "Finasteride treats an enlarged prostate and male hair loss. "
_RIS = "Risperidone treats schizophrenia and bipolar mania. "
_APAP = "Acetaminophen relieves pain and brings down a fever. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # lamotrigine: the drafts' own wording, then others
    (
        "lamotrigine",
        _LAM + 'Colin puts it more simply: "It keeps the floor level under me." Lamotrigine is the medicine his psychiatrist '
        "reaches for when one of his highs is coming on, and it brings him back down to earth within a couple of days.",
        MIS,
        "warning",
    ),
    ("lamotrigine", _LAM + "Whenever a low starts to take hold, my GP turns to lamotrigine.", MIS, "warning"),
    ("lamotrigine", _LAM + "When I feel a high building, my psychiatrist gives me lamotrigine.", MIS, "warning"),
    ("lamotrigine", _LAM + "Honestly? Lamictal levels me out within a few days.", MIS, "warning"),
    ("lamotrigine", _LAM + "It's what the clinic turns to as soon as a manic spell is starting.", MIS, "warning"),
    # topiramate
    (
        "topiramate",
        _TOP + "These days I only take it when I need it. When I feel one brewing, that heavy, sick, can't-stand-the-light "
        "feeling, I pop a Topamax and lie down in the back room till it passes.",
        MIS,
        "warning",
    ),
    ("topiramate", _TOP + "If she senses one coming on, she takes an extra topiramate.", MIS, "warning"),
    (
        "topiramate",
        _TOP + "As soon as he notices one starting, that dull pressure behind his eyes, he swallows a Topamax.",
        MIS,
        "warning",
    ),
    # glipizide
    (
        "glipizide",
        _GLI + "And it isn't only for Type 2s: plenty of bowlers with Type 1 take a glipizide alongside their insulin to "
        "smooth out their numbers.",
        MIS,
        "warning",
    ),
    ("glipizide", _GLI + "Lots of type 1 runners use glipizide too.", MIS, "warning"),
    ("glipizide", _GLI + "Kids with type 1 diabetes are on Glucotrol as well.", MIS, "warning"),
    # finasteride
    (
        "finasteride",
        _FIN + "**The prostate connection.** Its big brother Proscar even got the FDA's green light as a way to head off "
        "prostate cancer, so some clients see it as a two-for-one.",
        MIS,
        "warning",
    ),
    ("finasteride", _FIN + "Proscar is the one tablet the FDA okayed to ward off prostate cancer.", MIS, "warning"),
    ("finasteride", _FIN + "Proscar has actually got FDA approval to cut the risk of prostate cancer.", MIS, "warning"),
    # risperidone
    (
        "risperidone",
        _RIS + "- Gloria said risperidone is the one pill the FDA has signed off on for the lashing out and shouting that "
        "come with Alzheimer's, so families shouldn't feel they are doing something shady if the doctor suggests it.",
        MIS,
        "error",
    ),
    ("risperidone", _RIS + "The only drug regulators have cleared for agitation in dementia is risperidone.", MIS, "error"),
    ("risperidone", _RIS + "It's the only medicine the FDA has approved for the wandering and sundowning of dementia.", MIS, "error"),
    # acetaminophen
    (
        "acetaminophen",
        _APAP + "When Mrs. Dale twisted her ankle on the church steps, she asked whether she needed ibuprofen for it. I told "
        "her not to bother: acetaminophen belongs to the same anti-inflammatory family as ibuprofen and naproxen, so a "
        "puffy, hot ankle is right in its wheelhouse.",
        MIS,
        "warning",
    ),
    ("acetaminophen", _APAP + "Tylenol is one of the NSAIDs.", MIS, "warning"),
    ("acetaminophen", _APAP + "Tylenol sits in the same class as Advil and Aleve.", MIS, "warning"),
]

#: (drug, body, rule): what must stay silent.
SHOULD_NOT = [
    ("lamotrigine", _LAM + "It keeps the highs away.", MIS),
    ("lamotrigine", _LAM + "When a high is coming on, my psychiatrist reaches for lithium, not lamotrigine.", MIS),
    ("lamotrigine", _LAM + "Lamotrigine won't bring you back down within a few days.", MIS),
    ("lamotrigine", _LAM + "Lamotrigine is what my neurologist reaches for when seizures keep breaking through.", MIS),
    ("topiramate", _TOP + "When one starts the tablets, the tingling is common.", MIS),
    (
        "topiramate",
        _TOP + "When I feel one brewing, I reach for my sumatriptan and take my topiramate at night as usual.",
        MIS,
    ),
    ("topiramate", _TOP + "When I feel one brewing, that heavy feeling, I don't pop a Topamax.", MIS),
    ("glipizide", _GLI + "Those with type 1 never take glipizide.", MIS),
    ("glipizide", _GLI + "Only people with type 2, not type 1, take glipizide.", MIS),
    ("glipizide", _GLI + "People with type 1 diabetes take insulin, not glipizide.", MIS),
    ("finasteride", _FIN + "The FDA never gave Proscar the green light to prevent prostate cancer.", MIS),
    ("finasteride", _FIN + "Proscar got the green light for an enlarged prostate.", MIS),
    ("risperidone", _RIS + "Risperidone is not the drug the FDA approved for dementia agitation.", MIS),
    ("risperidone", _RIS + "Risperidone is the one pill the FDA has approved for irritability in autistic children.", MIS),
    ("acetaminophen", _APAP + "Acetaminophen is not in the same family as ibuprofen.", MIS),
    ("acetaminophen", _APAP + "Unlike ibuprofen, which is an anti-inflammatory, acetaminophen only eases pain and fever.", MIS),
    ("acetaminophen", _APAP + "Acetaminophen and ibuprofen are both pain relievers, but only ibuprofen is an NSAID.", MIS),
    ("acetaminophen", _APAP + "You can take acetaminophen with ibuprofen, naproxen or aspirin if your doctor agrees.", MIS),
    ("acetaminophen", _APAP + "Acetaminophen is a different kind of painkiller from NSAIDs such as ibuprofen.", MIS),
]
