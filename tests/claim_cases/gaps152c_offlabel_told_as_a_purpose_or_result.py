"""Off-label uses told as a purpose or a result in lay words, from eval/holdout337 (kw06 semaglutide), holdout338 (kx07
diphenhydramine), holdout340 (kz03 minoxidil) and holdout341 (la08 baclofen), as a class.

Class: a drinking problem told as the purpose of "the jab" asked for or been on ("asked his GP for the jab to help him stop
drinking": the drug named only as the jab, in a sentence naming no drug); performance nerves told as the butterflies settled
before "every big final" and the nerves a dose "has done wonders for"; beard growth told by its purpose on the face ("dab the
same foam along the jaw and cheeks each night to thicken a patchy, gappy beard": the drug as "the same foam", the place it is
put on as an aside, put on by a verb of the skin); weight told by the sugar cravings taken the edge off and the scale got
moving; PCOS told by the periods got back on track or regulated; poor appetite told by the result, someone "eating proper meals
again"; and a poster's use of the drug for the urge to drink, left standing when the disclosure further down points back at
another use asked about ("Is it any use for hiccups? My aunt swears by it." then "That's not what it is approved for").
Told only by a purpose or a result, each is a warning.

Silent: the same disclosed or denied, an approved use in the same words (semaglutide for weight, naltrexone for drinking,
hydroxyzine for the nerves, minoxidil foam on the scalp, Topamax for migraines), a vaccine's jab, the effect told as a side
effect (a thicker beard or fewer cravings noticed on it, a bigger appetite), butterflies in a garden, and the eating told after
a use for depression.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kw06, la08, kx07, kz03)
    (
        "semaglutide",
        "Dave from the Red Lion side asked his GP for the jab to help him stop drinking, and he says the craving for his nightly"
        " six pints has simply gone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "**Reply, by slab_sam:** Same story here, cerebral palsy, tight hamstrings, and it loosened them enough to get my heel up"
        " onto a hold.\n\nI also take it to stop the urge to drink. Fourteen months sober and it's the only thing that ever shut"
        " the cravings up.\n\n**Reply, by crimp_queen:** Thanks Bex. Is it any use for hiccups? My aunt swears by it.\n\n"
        "**Reply, by belay_bex:** That's not what it is approved for, and your aunt should ask her own doctor. Baclofen's approved"
        " job is spasticity from MS and spinal cord problems.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diphenhydramine",
        "Our umpire Ray says he takes a Benadryl about an hour before every big final to settle the butterflies and stop his hands"
        " shaking when he signals a boundary, and it has done wonders for his nerves.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Most of our older clients use minoxidil foam on a thinning crown. Plenty of younger clients now dab the same foam along"
        " the jaw and cheeks each night to thicken a patchy, gappy beard before a wedding.",
        OFF_LABEL,
        "warning",
    ),
    # the brief's own wordings
    ("topiramate", "My doctor added Topamax to take the edge off my sugar cravings and get the scale moving again.", OFF_LABEL, "warning"),
    ("metformin", "Her gynaecologist put her on metformin to get her periods back on track.", OFF_LABEL, "warning"),
    ("mirtazapine", "A quarter of a Remeron at night has my grandmother eating proper meals again.", OFF_LABEL, "warning"),
    # new wordings of the class, in other voices
    # (a wife's letter: begged for the jab, "so he could")
    ("semaglutide", "My husband begged his doctor for the jab so he could finally stop drinking.", OFF_LABEL, "warning"),
    # (a profile: been on the weekly injections, the urge curbed)
    (
        "semaglutide",
        "She's been on the weekly injections since March to curb the urge to drink, and the wine bottle stays corked now.",
        OFF_LABEL,
        "warning",
    ),
    # (another drug of the kind, by brand)
    ("tirzepatide", "He asked his GP for Mounjaro to help him quit drinking.", OFF_LABEL, "warning"),
    # (a first person, the cravings for a drink)
    ("baclofen", "My consultant put me on baclofen to take the edge off the cravings for a drink.", OFF_LABEL, "warning"),
    ("gabapentin", "I take gabapentin to stop the urge to drink.", OFF_LABEL, "warning"),
    # (a parent: the butterflies before an exam; the nerves done wonders for before a recital)
    ("diphenhydramine", "She pops a Benadryl before every big exam to settle the butterflies.", OFF_LABEL, "warning"),
    (
        "diphenhydramine",
        "Before each recital my daughter takes one Benadryl, and it has done wonders for her nerves.",
        OFF_LABEL,
        "warning",
    ),
    # (a beta blocker before the cup final)
    ("propranolol", "Ray takes propranolol before every big final to settle the butterflies.", OFF_LABEL, "warning"),
    # (a barber: the same foam rubbed in, the gaps in the stubble; tablets for a fuller beard; applied to the cheeks)
    (
        "minoxidil",
        "Minoxidil foam is for thinning hair on the scalp. He rubs the same foam into his chin every night to fill in the gaps in"
        " his stubble.",
        OFF_LABEL,
        "warning",
    ),
    ("minoxidil", "My brother started taking minoxidil tablets to grow a fuller beard.", OFF_LABEL, "warning"),
    ("minoxidil", "A lot of lads now apply minoxidil to their cheeks to get a thicker beard.", OFF_LABEL, "warning"),
    # (switched to it for the cravings; asked for by brand, the scales moving)
    ("topiramate", "Her neurologist switched her to topiramate partly to curb her sugar cravings.", OFF_LABEL, "warning"),
    ("topiramate", "I asked for Topamax to get the scales moving after the baby.", OFF_LABEL, "warning"),
    # (the cycle regulated; the periods regular again; another drug for it)
    ("metformin", "My GP started me on metformin to regulate my cycle.", OFF_LABEL, "warning"),
    ("metformin", "The fertility clinic added metformin to get her periods regular again.", OFF_LABEL, "warning"),
    ("spironolactone", "Her gynaecologist put her on spironolactone to get her periods back on track.", OFF_LABEL, "warning"),
    # (the result: got Dad eating properly; it has her eating proper meals)
    ("mirtazapine", "Half a mirtazapine at bedtime has got Dad eating properly again.", OFF_LABEL, "warning"),
    (
        "mirtazapine",
        "The care home GP started Nan on a small dose of Remeron, and it has her eating proper meals again.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # an approved use in the same words
    ("semaglutide", "Dave asked his GP for the jab to help him lose weight.", OFF_LABEL),
    ("naltrexone", "He asked his GP for naltrexone to help him stop drinking.", OFF_LABEL),
    ("hydroxyzine", "Coach gives the lads half a hydroxyzine before the cup final to settle the butterflies.", OFF_LABEL),
    ("diphenhydramine", "Ray takes a Benadryl before every big final to stop his hay fever.", OFF_LABEL),
    ("minoxidil", "He rubs the foam into his crown every night to thicken his thinning hair.", OFF_LABEL),
    ("topiramate", "My doctor added Topamax to take the edge off my migraines.", OFF_LABEL),
    ("metformin", "Her gynaecologist put her on metformin for her type 2 diabetes.", OFF_LABEL),
    # a vaccine's jab, not the drug
    ("semaglutide", "Dave asked the practice nurse for the flu jab to help him through the winter.", OFF_LABEL),
    # denied, disclosed or warned against
    (
        "semaglutide",
        "Semaglutide is not approved to help people stop drinking; using it for that is off-label and still being studied.",
        OFF_LABEL,
    ),
    ("baclofen", "Doctors sometimes prescribe baclofen to stop the urge to drink. This is an off-label use.", OFF_LABEL),
    (
        "diphenhydramine",
        "Don't take Benadryl to settle the butterflies before a match: it is not approved for nerves and it will make you drowsy.",
        OFF_LABEL,
    ),
    ("minoxidil", "Using minoxidil to grow a fuller beard is off-label.", OFF_LABEL),
    (
        "metformin",
        "Her gynaecologist put her on metformin to get her periods back on track; metformin for PCOS is an off-label use.",
        OFF_LABEL,
    ),
    # a side effect, not a purpose
    (
        "semaglutide",
        "Some people on the jab say they drink less, but that is a side effect, not what it is prescribed for.",
        OFF_LABEL,
    ),
    ("minoxidil", "Some men on the tablets notice a thicker beard and more hair on their arms.", OFF_LABEL),
    ("minoxidil", "Minoxidil tablets can cause unwanted hair growth on the face.", OFF_LABEL),
    ("topiramate", "Topiramate can reduce your appetite and some people lose weight on it.", OFF_LABEL),
    ("topiramate", "Some people notice fewer sugar cravings on topiramate.", OFF_LABEL),
    ("metformin", "Metformin can sometimes make periods more regular in women with diabetes.", OFF_LABEL),
    ("mirtazapine", "Mirtazapine can make you hungrier and you may put on weight.", OFF_LABEL),
    # not the drug's: drink asked about, butterflies in a garden
    ("baclofen", "Ask your doctor whether you can drink alcohol while taking baclofen.", OFF_LABEL),
    ("diphenhydramine", "The butterflies in the garden settled on the lavender.", OFF_LABEL),
    # the eating told after an approved use
    (
        "mirtazapine",
        "Since starting mirtazapine for her depression, my grandmother is eating proper meals again.",
        OFF_LABEL,
    ),
]
