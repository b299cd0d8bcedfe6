"""Off-label uses told by their signs, as classes (the misses of eval/holdout39 and holdout40):
sleeplessness told by the night ("staring at the ceiling") in a situation the drug is taken in, the
drug named only by a part of a tablet ("half of a 0.5 mg tablet"), or by a small tablet whose result
is "finally getting a full night"; migraine told by its signs (a one-sided, pounding headache, an
aura of flashing or zigzag lights, days in a dark room, sickness or light it cannot bear), the drug
named as the person's own ("takes hers for ..."); a strain or sprain told as what happened ("pulled
a muscle in his back", "threw my back out", "rolled my ankle") and then the drug given for it, named
`musculoskeletal pain` (approved for cyclobenzaprine and the pain relievers approved for pain, not
for meloxicam, approved only for arthritis); restless legs told by a crawling or fizzy feeling in
the calves in the evening, or relief only by walking, then the drug given in the next sentence; and
acne told by the lumps that rise along the jaw, or by its result ("three months later my chin was
finally clear") after a dose someone "started on". Near misses: the approved use told the same way
(zolpidem for the ceiling at night, sumatriptan and propranolol for one-sided headaches with an
aura, cyclobenzaprine and ibuprofen for a strain, pregabalin for burning feet, isotretinoin for a
clear jaw), the signs as a side effect or a reason to call the doctor, an injury told with no use, a
disclosure, and a clear chest or a scan of a jaw that is no acne. Each case is the body of one
article about one drug; the assertion is the off-label finding at its severity (a warning for a use
told in lay words or inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- sleeplessness in a situation, the drug as a part of a tablet or a small tablet with its result --
    (
        "alprazolam",
        "My mum takes half of a 0.25 mg tablet on the nights when she ends up staring at the ceiling.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "A lot of our older customers lie there until 3am. A tiny 25 mg tablet with their cocoa and they are finally "
        "having a proper night.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "Half of a 50 mg tablet at bedtime and she's finally getting a decent night.", OFF_LABEL, "warning"),
    # -- migraine told by its signs --
    (
        "amitriptyline",
        "Her neurologist prescribed amitriptyline for the throbbing one-sided headaches that used to wreck every other weekend.",
        OFF_LABEL,
        "warning",
    ),
    ("atenolol", "My brother takes atenolol for headaches that come with shimmering zigzag lines.", OFF_LABEL, "warning"),
    ("venlafaxine", "I take mine for the blinding headaches that send me to bed in a darkened room.", OFF_LABEL, "warning"),
    (
        "metoprolol",
        "The cardiologist started him on metoprolol because of the lopsided, pounding headaches.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "She takes amitriptyline for the headaches that leave her unable to stand light.",
        OFF_LABEL,
        "warning",
    ),
    # -- a strain or sprain told as what happened, or named --
    ("meloxicam", "When I rolled my ankle, my doctor gave me meloxicam for it.", OFF_LABEL, "warning"),
    (
        "meloxicam",
        "Last winter he pulled a muscle in his back shovelling snow, and his GP gave him meloxicam for it.",
        OFF_LABEL,
        "warning",
    ),
    ("baclofen", "I wrenched my neck at the gym, so the doctor put me on baclofen.", OFF_LABEL, "warning"),
    ("tizanidine", "She takes tizanidine for a pulled hamstring.", OFF_LABEL, "warning"),
    ("meloxicam", "Meloxicam is great for sprains and strains.", OFF_LABEL, "warning"),
    # -- restless legs: the crawling or fizzy feeling, relief only by walking, then the drug --
    (
        "gabapentin",
        "Every night there's this itchy, crawling sensation inside my shins. My GP prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Most evenings the only thing that eases it is walking around the kitchen. Her doctor put her on pregabalin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "My husband gets a fizzy, buzzing feeling in his legs every night, so his GP gave him clonazepam.",
        OFF_LABEL,
        "warning",
    ),
    # -- acne: the lumps that rise along the jaw, or the result after a dose started on --
    (
        "spironolactone",
        "Every month, angry red bumps would crop up along her chin. Her dermatologist put her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "I started on 25 mg a day, and three months later my chin was finally clear.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Big painful cysts used to come up on her jawline before every period, so the endocrinologist started her on metformin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the approved use told the same way
    ("zolpidem", "She takes half of a 10 mg tablet on the nights when she's staring at the ceiling.", OFF_LABEL),
    ("sumatriptan", "Sumatriptan is for the pounding one-sided headaches that come with flashing lights.", OFF_LABEL),
    ("propranolol", "My sister takes hers for throbbing one-sided headaches with an aura.", OFF_LABEL),
    (
        "cyclobenzaprine",
        "After he tweaked his lower back moving a sofa, his doctor prescribed cyclobenzaprine for a week.",
        OFF_LABEL,
    ),
    ("ibuprofen", "I twisted my ankle on a run and took ibuprofen for it.", OFF_LABEL),
    ("naproxen", "Naproxen is good for sprains and strains.", OFF_LABEL),
    ("pregabalin", "Pregabalin is prescribed for the burning, tingling feeling in the feet that diabetes can leave.", OFF_LABEL),
    ("isotretinoin", "She started on 20 mg a day, and by the summer her jaw was clear.", OFF_LABEL),
    ("metoprolol", "A kindergarten teacher I know takes hers for high blood pressure.", OFF_LABEL),
    # the signs as a side effect, a reason to call the doctor, or an injury with no use
    ("metoprolol", "Call your doctor if you get a pounding one-sided headache with flashing lights while taking metoprolol.", OFF_LABEL),
    ("gabapentin", "Gabapentin can cause a crawling feeling in the legs in a few people; tell your doctor.", OFF_LABEL),
    ("meloxicam", "If you hurt your back while taking meloxicam, tell your doctor before you take anything else.", OFF_LABEL),
    ("metoprolol", "My aunt takes hers with breakfast every day.", OFF_LABEL),
    ("sildenafil", "Get medical help right away for a sudden severe headache with vomiting.", OFF_LABEL),
    ("sumatriptan", "Sumatriptan is used for pounding headaches with nausea.", OFF_LABEL),
    # disclosed, or advised against
    (
        "spironolactone",
        "Dermatologists use spironolactone off-label for the deep, painful lumps that rise along the jawline before a period.",
        OFF_LABEL,
    ),
    ("meloxicam", "Do not use meloxicam for a pulled muscle; it is only approved for arthritis.", OFF_LABEL),
    (
        "quetiapine",
        "Quetiapine is not approved as a sleep aid. Some of our regulars lie awake until four, and for them a small "
        "25 mg tablet means finally getting a full night, but that is an off-label use.",
        OFF_LABEL,
    ),
    # a clear chest, or a scan of the jaw, is no acne
    ("amoxicillin", "He started on 500 mg three times a day, and after a week his chest was clear.", OFF_LABEL),
    ("spironolactone", "The X-ray of her jaw was clear, so she stayed on spironolactone.", OFF_LABEL),
]
