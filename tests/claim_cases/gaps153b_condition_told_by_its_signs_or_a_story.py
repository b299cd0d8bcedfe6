"""Off-label use told only by the signs of the condition or a story of it, from eval/holdout343 (lc05 prazosin), holdout345
(le10 montelukast), holdout346 (lf02 propranolol), holdout348 (lh01 clonazepam, lh04 amitriptyline) and holdout349 (li02
naltrexone), as a class read through the shared condition vocabulary, not per drug.

Class: trauma nightmares told as a waking back at the scene of what happened ("woken at three in the morning soaked in sweat,
back at the scene of the motorway pile-up"); restless legs told as legs that will not keep still once the person lies down;
migraine told as throbbing one-sided attacks, with the sickness or the light; fibromyalgia told as all-over muscle soreness and a
bone-tired exhaustion that no scan or test has explained; hives told as itchy raised welts, given a medicine not approved for
them even where it is approved for hay fever (not yet: see LEFT); stage fright told by its occasion ("the morning of a
wedding speech"). A use told in signs or a story is a warning.

Silent: the same signs as a side effect or a warning to stop ("if you come out in itchy, raised welts, stop it"), the same
wording for a medicine approved for it (propranolol or topiramate for the one-sided attacks, duloxetine or pregabalin for the
all-over soreness, cetirizine for the welts), the use disclosed as off-label beside it, denied or refused, a question, waking in
a sweat with no scene (night sweats), and an approved use told in the same shape.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (lc05, lh01, lh04, li02, le10, lf02)
    (
        "prazosin",
        "Its licensed job is lowering high blood pressure. Our former detective sergeant, Terry Boyd, was put on it two years"
        " ago by the veterans' mental health clinic. For years he had woken at three in the morning soaked in sweat, back at the"
        " scene of the motorway pile-up he attended in 1994, heart hammering. Since he started on a capsule at bedtime, he says"
        " those nights have all but stopped, and his wife sleeps better too.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "It is also approved for some kinds of seizures. Some of our patients are also given a small dose at bedtime for legs"
        " that will not keep still once they lie down, with an urge to get up and pace that starts as soon as the lights go off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Loads of our readers also take a small nightly dose to cut down the throbbing one-sided attacks that come with a queasy"
        " stomach and make every light feel too bright.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone blocks the pleasant effects of alcohol. A growing number of our regulars also ask for a tiny nightly dose,"
        " about 4.5 mg, for the deep, all-over muscle soreness and bone-tired exhaustion that no scan or blood test has ever"
        " explained.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Plenty of our customers also keep a few of the 10 mg tablets in a drawer for the morning of a wedding speech or a job"
        " interview, so their voice stays level and their mind doesn't go blank in front of a room full of people.",
        OFF_LABEL,
        "warning",
    ),
    # other voices, shapes and drugs of the class
    (
        "prazosin",
        "The clinic started him on prazosin because he kept waking at 4 a.m. drenched, back at the scene of the crash he had"
        " been first to reach.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Every few nights the former paramedic would jolt awake back at the scene of the fire. A low dose of prazosin at night"
        " has put an end to that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "My neurologist gave me clonazepam for legs that won't stay still once I get into bed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "diazepam",
        "Dad takes half a diazepam at night for legs that just will not keep still as soon as he lies down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Her GP suggested venlafaxine to cut down the pounding one-sided headaches that leave her sick and hiding from the light.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "I take 10 mg of amitriptyline every night and it has cut down those throbbing one-sided attacks from weekly to monthly.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Some people take a low dose of amitriptyline for widespread aches all over the body and a bone-deep tiredness that no"
        " test has been able to explain.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Low-dose naltrexone has become popular for the all-over aches and exhaustion that doctors couldn't find a cause for.",
        OFF_LABEL,
        "warning",
    ),
    (
        "famotidine",
        "Her dermatologist added famotidine twice a day for the itchy, raised welts that kept flaring on her legs.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "Some orchestral players keep a couple of atenolol tablets for the afternoon of a big audition so their hands stay steady.",
        OFF_LABEL,
        "warning",
    ),
]

#: Not yet read (left for a later fix): hives told as welts is read as "allergies", and montelukast's approved allergic
#: rhinitis takes the family name; the story told before "Her doctor started her on montelukast" is not joined to it (le10).
LEFT = [
    (
        "montelukast",
        "Coach Marta's daughter Leni kept coming out in itchy, raised pink welts across her arms and tummy, every few weeks, for"
        " no reason anyone could find; they appeared within minutes and vanished by teatime. Her doctor started her on"
        " montelukast every evening, and now she runs the 800 metres without scratching.",
        OFF_LABEL,
        "warning",
    ),
    (
        "montelukast",
        "Ask your doctor whether montelukast could help with the itchy raised welts that keep coming up on your arms.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # night sweats with no scene, or a side effect
    ("prazosin", "Prazosin can make you dizzy if you get up quickly in the night, so take the first dose at bedtime.", OFF_LABEL),
    (
        "prazosin",
        "For years he had woken at three in the morning soaked in sweat; his blood pressure is now controlled with prazosin.",
        OFF_LABEL,
    ),
    # approved use in the same shape
    ("prazosin", "Since he started on a capsule of prazosin at bedtime, his blood pressure readings have all but settled.", OFF_LABEL),
    (
        "propranolol",
        "It is also taken every day to cut down the throbbing one-sided attacks that come with a queasy stomach.",
        OFF_LABEL,
    ),
    (
        "topiramate",
        "A nightly dose of topiramate can cut down the throbbing one-sided attacks that make every light too bright.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "Duloxetine is taken for the deep, all-over muscle soreness and bone-tired exhaustion that no scan or blood test has explained.",
        OFF_LABEL,
    ),
    ("cetirizine", "Cetirizine once a day calms the itchy, raised pink welts that come up on her arms.", OFF_LABEL),
    (
        "montelukast",
        "Her doctor started her on montelukast every evening for her hay fever, and now she can run without sneezing.",
        OFF_LABEL,
    ),
    ("clonazepam", "Some patients are given a small dose at bedtime for panic attacks that wake them once they lie down.", OFF_LABEL),
    # a side effect, a warning to stop
    ("montelukast", "Stop montelukast and call your doctor if you come out in itchy, raised welts or swelling of the face.", OFF_LABEL),
    ("naltrexone", "Naltrexone can cause muscle aches and tiredness in the first weeks.", OFF_LABEL),
    ("amitriptyline", "Amitriptyline can cause a headache and a queasy stomach in the first few weeks.", OFF_LABEL),
    # disclosed beside it
    (
        "clonazepam",
        "Some patients are given a small dose at bedtime for legs that will not keep still once they lie down. This is an"
        " off-label use, so your doctor will talk it through with you.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        "Low-dose naltrexone for all-over muscle soreness and bone-tired exhaustion is an off-label use that is not approved by the FDA.",
        OFF_LABEL,
    ),
    # denied or refused, a question
    (
        "amitriptyline",
        "Amitriptyline should not be used to cut down throbbing one-sided attacks; ask about a migraine medicine.",
        OFF_LABEL,
    ),
    ("propranolol", "Do not keep spare propranolol tablets in a drawer for the morning of a wedding speech.", OFF_LABEL),
    ("propranolol", "Can I take propranolol on the morning of a wedding speech?", OFF_LABEL),
    # the same words where no medicine is given
    (
        "clonazepam",
        "Clonazepam is taken for panic disorder. Her legs will not keep still once she lies down, so she walks before bed.",
        OFF_LABEL,
    ),
]
