"""A bodily trouble told only by its signs, then the medicine given for it, never called off-label, from eval/holdout226 (gp08,
baclofen; gp10, tamsulosin), holdout227 (gq03, amitriptyline; gq05, tamsulosin), holdout228 (gr02, famotidine; gr05,
amitriptyline), holdout229 (gs02, cyclobenzaprine) and holdout230 (gt01, famotidine; gt04, atenolol), as a class.

Class: the trouble told by what the body does, not by its name: hiccups by a jerk under the ribs every few seconds or the "hup"
it makes; a kidney stone by the pain in the side or low in the back with blood in the water, or the bit of gravel that came
away; nerve pain by a touch on a band of skin that feels like a match drawn across it, or feet that feel as if walked through
nettles; hives by itchy welts that settle; migraine by a pounding headache on one side with the sickness or the light it cannot
bear; fibromyalgia by the hurting all over with a tiredness sleep never fixes. Then the medicine given for it: in the same
sentence ("was handed a week of it at A&E, after ..."), in the next ("The urgent care doctor looked at his scan and sent him
home with ...", "Her diabetes doctor started her on ... for it": the trade is the prescriber's, not the trouble), or to the
patients who keep getting it. None of these is an approved use; told in lay words, a warning.

Silent: the signs as a side effect or a warning to act on, the pain alone or the blood alone, a sting that was a real sting, the
trouble denied, another medicine given for it, an approved use in lay words (famotidine for heartburn, tamsulosin for the night
trips), and a doctor's trade alone ("Her diabetes doctor started her on it").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "baclofen",
        'After his gallbladder surgery he had a jumping catch under his ribs every few seconds with a little "hup" noise,'
        " eleven straight days of it. The surgeon put him on baclofen and it quieted down in two days.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "It isn't a blood pressure tablet.\n\nOur skip, Malcolm, was handed a week of it at A&E in June, after a grinding ache"
        " in his flank that had him pacing the car park at three in the morning and a pink tinge in the toilet bowl. The bit of"
        " gravel came away on the Thursday.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "When Dave's trouble started last fall, he said it felt like being kicked by a mule low in the back, on and off for two"
        " days, and there was blood in the bowl. The urgent care doctor looked at his scan and sent him home with a week of"
        " Flomax to help the thing pass.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Marion had shingles across her right ribs two winters ago. The blisters healed in a month. What stayed was worse: for"
        " almost two years the strap of her bra against that band of skin felt like a match being drawn across it.\n\nHer"
        " family doctor started her on 10 mg of amitriptyline each night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "For most of last year, the soles of Maureen's feet felt as if she had walked through a patch of stinging nettles, and"
        " her toes went numb. Her diabetes doctor started her on 10 mg of amitriptyline at bedtime for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "Last week Dana came in with itchy, raised welts all over her forearms. Along with her cetirizine, I suggested a"
        " famotidine tablet twice a day until the welts settle.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "Our allergy clinic also gives famotidine, together with an antihistamine, to patients who keep getting itchy, raised"
        " pink welts on their skin that come and go over many weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "My sister-in-law takes it too, but not for her blood pressure. Every few weeks she'd get a pounding headache on one"
        " side, throwing up, couldn't stand any light. Since her neurologist started her on 25 mg of atenolol at night she gets"
        " maybe one a season.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "Denise has hurt all over for years: her shoulders, her hips, the backs of her knees, with a tiredness that eight hours"
        " in bed never fixes. Her rheumatologist added cyclobenzaprine 5 mg at bedtime this spring.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    # a hospital leaflet
    (
        "tamsulosin",
        "Some patients are given tamsulosin after sharp pain in the side and red urine.",
        OFF_LABEL,
        "warning",
    ),
    # a diary
    (
        "baclofen",
        "Day 4. Still the jerk under my ribs every couple of seconds, all through dinner. Dr Ames put me on baclofen.",
        OFF_LABEL,
        "warning",
    ),
    # a forum post
    (
        "atenolol",
        "I used to lose whole days to a throbbing headache down the left side, throwing up until noon. My GP gave me atenolol.",
        OFF_LABEL,
        "warning",
    ),
    # a pharmacy blog
    (
        "famotidine",
        "We often hand famotidine to customers who get itchy red welts after a new soap.",
        OFF_LABEL,
        "warning",
    ),
    # a newsletter
    (
        "gabapentin",
        "After his shingles cleared, his shirt brushing against that patch of skin felt like a lit match. His GP started him on"
        " gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the pain alone, with a medicine approved for pain: not read as a stone
    ("naproxen", "He had a grinding ache in his lower back after the move. His doctor started him on naproxen.", OFF_LABEL),
    # the signs as a warning to act on
    (
        "tamsulosin",
        "Call your doctor if you get severe pain in your side and blood in your urine while taking tamsulosin.",
        OFF_LABEL,
    ),
    # a real sting
    ("amitriptyline", "She walked through a patch of stinging nettles in the garden. She takes amitriptyline for depression.", OFF_LABEL),
    # an approved use in lay words
    ("tamsulosin", "Our skip, Malcolm, was handed a week of it for the night trips to the loo.", OFF_LABEL),
    # welts as a side effect
    ("famotidine", "Famotidine gave her itchy welts, so her doctor switched her to something else.", OFF_LABEL),
    # another medicine for them
    ("famotidine", "For the itchy welts, her doctor gave her cetirizine; famotidine is for her heartburn.", OFF_LABEL),
    # the trade alone
    ("amitriptyline", "Her diabetes doctor started her on 10 mg of amitriptyline at bedtime.", OFF_LABEL),
    # an approved use: propranolol is approved for migraine prevention
    (
        "propranolol",
        "Every few weeks she'd get a pounding headache on one side, throwing up. Her neurologist started her on propranolol.",
        OFF_LABEL,
    ),
    # a jerk under the ribs with no beat of seconds: a stitch
    ("baclofen", "He had a stitch under his ribs after the run. His doctor put him on baclofen for his MS.", OFF_LABEL),
]
