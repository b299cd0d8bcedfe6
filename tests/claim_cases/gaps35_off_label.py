"""Off-label uses told as stories and lay descriptions, as classes: a kidney stone passed, told in
lay words as what the drug did ("when their son-in-law was passing a stone, the emergency doctor sent
him home with the capsules", "the stone came out two days later"); drinking stopped as the outcome of a
prescription ("asked his GP for a baclofen script and hasn't touched a beer since"); weight lost as
the goal of being kept on the drug ("trying to shift the last fifteen pounds, and her clinician kept
her on topiramate to get there"); restless legs told by their feel at night ("a creeping, fizzing
feeling in her calves ... My GP let me try a tramadol at bedtime"); diabetic nerve pain in lay words,
diabetes being the patients given it, not the use ("gives amitriptyline to patients with diabetes who
have burning, tingling or stabbing pain in the feet"); an acute back spasm ("his lower back seized up
after a tackle ... until the knot let go"), sleep after an injury being its relief, not insomnia ("the
only thing that let him sleep after he tweaked his back"); anxiety and acne in lay words in stories
("because I get in such a state with crowds", "angry spots all along her jaw"); the pain eased after
a painful condition is named as an approved use is its pain ("a treatment for rheumatoid arthritis.
... it can ease pain, swelling and morning stiffness"), not after another ("used for seizures. It
can also ease pain"). Near misses: the
approved use told the same way (pregabalin and duloxetine for diabetic nerve pain, phentermine for
weight, naltrexone for drinking, cyclobenzaprine for a back spasm, escitalopram for anxiety, tizanidine
for spasticity in MS, tamsulosin for the prostate), the use refused or disclosed, a side effect, and
another medicine's use. Each case is the body of one article about one drug; the assertion is the
off-label finding at the severity the rule gives the reading (a warning for a use inferred from a
story or told in lay words, an error for a named condition with a use verb), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- a kidney stone passed, told in lay words --
    (
        "tamsulosin",
        "When my brother was passing a stone last summer, the hospital doctor sent him home with a week of tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "My husband had a kidney stone over Christmas and the urologist put him on Flomax for a week.",
        OFF_LABEL,
        "warning",
    ),
    ("tamsulosin", "Two days on tamsulosin and the stone came out on its own, says Bob from the allotments.", OFF_LABEL, "warning"),
    ("tamsulosin", "His stone finally passed a few days after the GP gave him a week of Flomax.", OFF_LABEL, "warning"),
    ("tamsulosin", "I was passing a kidney stone, so the out-of-hours doctor prescribed tamsulosin.", OFF_LABEL, "warning"),
    ("tamsulosin", "Tamsulosin is also used to help pass kidney stones.", OFF_LABEL, "error"),
    # -- drinking stopped as the outcome of a prescription --
    (
        "baclofen",
        "My uncle's old drinking buddy asked his GP for a baclofen script last year and hasn't touched a beer since.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Since her doctor started her on topiramate, Sue hasn't had a drink in eight months.", OFF_LABEL, "warning"),
    ("gabapentin", "Gabapentin did it for Pete: he hasn't wanted a pint since the spring.", OFF_LABEL, "warning"),
    ("baclofen", "Dave says he's not touched a drop since his GP put him on baclofen.", OFF_LABEL, "warning"),
    ("quetiapine", "A forum member says quetiapine got him off the booze completely.", OFF_LABEL, "warning"),
    # -- weight lost as the goal of being kept on it --
    (
        "topiramate",
        "For Dana the big prize was her jeans: she'd been trying to lose the last ten pounds for ages, and her prescriber "
        "kept her on topiramate all winter to get there.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Marco had been struggling to shift the lockdown weight for a year, so his GP put him on metformin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluoxetine",
        "She wanted to drop two dress sizes before the wedding, and her clinician kept her on fluoxetine over the summer.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Her doctor kept her on topiramate to lose weight.", OFF_LABEL, "error"),
    # -- restless legs told by their feel at night --
    (
        "tramadol",
        "Jean wrote that for years she paced the hall at night because of a crawling, tingling sensation in her shins. "
        '"My doctor let me try tramadol at bedtime and the kicking stopped."',
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Every evening as soon as he sat down, Bill got that creepy-crawly feeling in his legs, so his GP gave him clonazepam.",
        OFF_LABEL,
        "warning",
    ),
    ("diazepam", "Her legs wouldn't stay still in bed, and the doctor let her try a low dose of diazepam.", OFF_LABEL, "warning"),
    ("tramadol", "For the twitchy legs in bed that kept him up, his doctor gave him tramadol.", OFF_LABEL, "warning"),
    ("quetiapine", "I couldn't keep my legs still at night, so my GP put me on quetiapine.", OFF_LABEL, "warning"),
    ("tramadol", "Some doctors prescribe tramadol for restless legs syndrome.", OFF_LABEL, "error"),
    # -- diabetic nerve pain in lay words (diabetes names the patients) --
    (
        "amitriptyline",
        "At our surgery the GP also gives amitriptyline to people with diabetes who have burning or tingling pain in their feet at night.",
        OFF_LABEL,
        "warning",
    ),
    ("venlafaxine", "She gives venlafaxine to patients with type 2 diabetes who get shooting pains in their legs.", OFF_LABEL, "warning"),
    ("amitriptyline", "My mum's diabetes left her with burning feet, so her doctor prescribed amitriptyline.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        "Gabapentin is what my GP gave me for the burning, stabbing pain in my feet from diabetes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "The diabetes clinic offers amitriptyline to anyone with diabetes whose feet burn and tingle at night.",
        OFF_LABEL,
        "warning",
    ),
    ("amitriptyline", "Amitriptyline is also used for diabetic neuropathy.", OFF_LABEL, "error"),
    # -- an acute back spasm --
    (
        "tizanidine",
        "One of our front-row lads had his back seize up after a scrum and got through the week with a tizanidine each night "
        "until the knot let go.",
        OFF_LABEL,
        "warning",
    ),
    ("tizanidine", "Her neck seized up after a long drive, so the GP gave her tizanidine for a few nights.", OFF_LABEL, "warning"),
    (
        "baclofen",
        "When Tom's lower back went into spasm after the tackle, the club doctor handed him some baclofen.",
        OFF_LABEL,
        "warning",
    ),
    ("tizanidine", "A crick in her neck from sleeping badly, and her GP prescribed tizanidine.", OFF_LABEL, "warning"),
    ("baclofen", "Baclofen got me through the week until the spasm in my back finally let go.", OFF_LABEL, "warning"),
    # -- anxiety and acne in lay words in stories --
    (
        "pregabalin",
        "My cousin gave me two of her capsules before my son's graduation because I get in such a state with crowds.",
        OFF_LABEL,
        "warning",
    ),
    ("pregabalin", "I took one of my sister's before the wedding and I was calm as anything.", OFF_LABEL, "warning"),
    ("propranolol", "Before the wedding speech I was a bag of nerves, so my GP gave me propranolol.", OFF_LABEL, "warning"),
    ("gabapentin", "She always works herself into a state before flights, so her doctor prescribed gabapentin.", OFF_LABEL, "warning"),
    ("pregabalin", "I get so worked up before big meetings, and my GP let me try pregabalin.", OFF_LABEL, "warning"),
    # -- pain eased, after a use for another condition than a painful one --
    ("gabapentin", "Gabapentin is used for seizures. It can also ease pain.", OFF_LABEL, "error"),
    ("methotrexate", "Methotrexate treats rheumatoid arthritis. It is also used to ease back pain.", OFF_LABEL, "error"),
    (
        "spironolactone",
        "Three months after the baby, Leah had angry spots all along her jawline that nothing from the chemist would shift. "
        "Her GP started her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Priya's sore red spots on her chin flared every month, so her doctor put her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # -- the approved use told the same way --
    ("tamsulosin", "My urologist put me on tamsulosin for my prostate, and the night-time trips to the loo have eased.", OFF_LABEL),
    ("naltrexone", "My brother hasn't touched a drop since his GP prescribed naltrexone.", OFF_LABEL),
    (
        "phentermine",
        "She'd been trying to shift the last fifteen pounds for years, and her clinician kept her on phentermine for twelve weeks.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "The doctor gives pregabalin to patients with diabetes who have burning, tingling pain in their feet.",
        OFF_LABEL,
    ),
    ("duloxetine", "She gives duloxetine to patients with diabetes who get shooting pains in their legs.", OFF_LABEL),
    (
        "cyclobenzaprine",
        "His lower back seized up after a heavy tackle, and he got through the week with cyclobenzaprine each night until the knot let go.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "Her multiple sclerosis left her legs stiff at night, so her neurologist put her on tizanidine.",
        OFF_LABEL,
    ),
    ("escitalopram", "I get in such a state before flights, so my GP prescribed escitalopram.", OFF_LABEL),
    # -- sleep after an injury: its relief, not a sleep use --
    ("tizanidine", "Tizanidine was the only thing that let him sleep after he tweaked his back deadlifting.", OFF_LABEL),
    ("ibuprofen", "Ibuprofen was the only thing that let me sleep after I hurt my shoulder.", OFF_LABEL),
    # -- the pain of a painful condition named as an approved use before it --
    (
        "methotrexate",
        "Methotrexate is a treatment for rheumatoid arthritis. Over some weeks it can ease pain, swelling and morning stiffness.",
        OFF_LABEL,
    ),
    ("pregabalin", "Pregabalin is used for diabetic nerve pain. Many people find it eases the pain within a week.", OFF_LABEL),
    # -- refused, negated or disclosed --
    (
        "tamsulosin",
        "Tamsulosin is not approved for kidney stones, although some emergency doctors prescribe it off-label to help a stone pass.",
        OFF_LABEL,
    ),
    (
        "baclofen",
        "Baclofen is not approved for alcohol use disorder; some doctors prescribe it off-label, and Ray says he hasn't touched a "
        "beer since.",
        OFF_LABEL,
    ),
    ("topiramate", "Topiramate is not a weight-loss drug, and your doctor won't keep you on it to shed pounds.", OFF_LABEL),
    (
        "tramadol",
        "Tramadol is not approved for restless legs, though some doctors use it off-label when other treatments fail.",
        OFF_LABEL,
    ),
    ("tizanidine", "Tizanidine won't help a back that has seized up after a tackle; rest and gentle movement will.", OFF_LABEL),
    ("pregabalin", "Please don't take anyone else's pregabalin because you get in a state before a wedding.", OFF_LABEL),
    # -- a side effect, a risk or a patient group --
    ("tamsulosin", "Tell your doctor if you have ever had kidney stones.", OFF_LABEL),
    ("baclofen", "Don't drink alcohol while you take baclofen: it makes the drowsiness worse.", OFF_LABEL),
    ("topiramate", "Topiramate can dull your appetite, and some people lose a few pounds without trying.", OFF_LABEL),
    (
        "tramadol",
        "Tell your doctor if you get a crawling feeling in your legs after stopping tramadol: it can be a withdrawal symptom.",
        OFF_LABEL,
    ),
    ("amitriptyline", "Amitriptyline can sometimes cause tingling feelings in the hands and feet.", OFF_LABEL),
    ("amitriptyline", "Tell your doctor if you have diabetes or burning pain in your feet before starting amitriptyline.", OFF_LABEL),
    # -- another medicine's use --
    (
        "tamsulosin",
        "When Dad was passing a stone, the doctor gave him ibuprofen for the pain; he takes tamsulosin for his prostate.",
        OFF_LABEL,
    ),
    ("tramadol", "Her restless legs settled on ropinirole, and she takes tramadol only for her hip pain.", OFF_LABEL),
    (
        "spironolactone",
        "Her angry spots along her jaw cleared up with a cream from the chemist, and she takes spironolactone for her heart.",
        OFF_LABEL,
    ),
]
