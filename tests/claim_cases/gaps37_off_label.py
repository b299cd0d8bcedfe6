"""Off-label uses told as stories or by their signs, as classes (the misses of eval/holdout37 and
holdout38): ADHD told by its signs (zoning out, tasks left half finished, keys lost, "no matter how
hard she tried to pay attention") and then the drug given "for exactly that" or "because she kept
..."; worry pointed at by its kind ("prescribe it for that kind of never-ending worry": the worry
named there is the use, not the sleeplessness told before it); performance nerves told by a dose
taken a set time before the occasion ("one 10 mg tablet, taken about an hour before she walks on
stage"); stress incontinence told by when it leaks ("leaking every time I laughed, coughed or
jumped"), or named, then the drug started by a urogynaecologist or a GP; sciatica told by where the
pain runs ("the pain that runs from your lower back into your buttock and down the back of one leg")
or by the nerve root squeezed; and fibromyalgia given as a "because" reason with a plain subject
("because he ached all over and had tender spots", "because her whole body aches and she is
exhausted all the time"). Near misses: the approved use told the same way (clonidine for a child's
ADHD signs, escitalopram for worry, pregabalin for diabetic burning feet, duloxetine for aching all
over with tender spots), the signs as a side effect or a reason to see the doctor, advice against
the use, a disclosure, and a dose timed before an occasion that is no nerves (a meal). Each case is
the body of one article about one drug; the assertion is the off-label finding at its severity (a
warning for a use told in lay words or inferred from a story, an error for a named condition with a
use verb), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- ADHD told by its signs, then the drug given for it --
    (
        "bupropion",
        "My nephew was always the kid who zoned out in class and could never sit still in lessons. His paediatrician "
        "started him on bupropion for exactly that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Her psychiatrist added venlafaxine because she kept zoning out at work and losing her keys.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "Marcus had spent twenty years leaving jobs half finished, easily distracted by every ping of his phone. "
        "So his doctor put him on Wellbutrin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "For grown-ups with a goldfish attention span who can't face stimulants, some clinics prescribe bupropion to help "
        "them pay attention.",
        OFF_LABEL,
        "warning",
    ),
    # -- worry pointed at by its kind, after a list of its signs --
    (
        "mirtazapine",
        "Churning stomach before every shift, lying there replaying the day. Plenty of GPs reach for mirtazapine for "
        "this sort of constant worry.",
        OFF_LABEL,
        "warning",
    ),
    ("trazodone", "Our doctors prescribe trazodone for exactly that type of nagging worry.", OFF_LABEL, "warning"),
    # -- performance nerves: a dose taken a set time before the occasion --
    (
        "propranolol",
        "Her GP wrote her a script for propranolol, a single 10 mg tablet taken half an hour before she stands up in front of the board.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metoprolol",
        "The consultant suggested metoprolol, half a tablet about an hour before the interview.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "He was given atenolol, to be taken about forty minutes before each recital.",
        OFF_LABEL,
        "warning",
    ),
    # -- stress incontinence: told by when it leaks, or named --
    (
        "duloxetine",
        "Since my second child I leak a little whenever I sneeze or run for the bus. My uro-gynecologist put me on "
        "duloxetine as well as physio.",
        OFF_LABEL,
        "warning",
    ),
    ("duloxetine", "Some specialists prescribe duloxetine for bladder leaks in women.", OFF_LABEL, "error"),
    (
        "amitriptyline",
        "Her GP started her on amitriptyline because she couldn't make it to the loo in time.",
        OFF_LABEL,
        "warning",
    ),
    # -- sciatica: the pain told by where it runs, or the nerve root squeezed --
    (
        "pregabalin",
        "Your consultant has prescribed pregabalin for the shooting pain that runs from your buttock down the back of your thigh.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", "Gabapentin is often given for pain that travels from the lower back into the leg.", OFF_LABEL, "warning"),
    ("amitriptyline", "My GP put me on amitriptyline for a pinched nerve in my lower back.", OFF_LABEL, "warning"),
    (
        "pregabalin",
        "She was prescribed pregabalin for the numbness and tingling down the back of her left leg.",
        OFF_LABEL,
        "warning",
    ),
    # -- fibromyalgia as a "because" reason with a plain subject --
    (
        "amitriptyline",
        "The rheumatologist started him on amitriptyline because he ached all over and had tender spots.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "My mum takes amitriptyline because her whole body aches and she is worn out every day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Her doctor prescribed gabapentin because she hurt everywhere and was exhausted all the time.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # the approved use told the same way
    (
        "clonidine",
        "My nephew was always the kid who zoned out in class and could never sit still in lessons. His paediatrician "
        "started him on clonidine for exactly that.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "And if your trouble is more that you can't switch off: a knot in your stomach before every shift. Our "
        "clinicians prescribe escitalopram for that kind of never-ending worry all the time.",
        OFF_LABEL,
    ),
    ("pregabalin", "Pregabalin is used for the burning pain in both feet that years of diabetes can leave.", OFF_LABEL),
    (
        "duloxetine",
        "The rheumatologist started him on duloxetine because he ached all over and had tender spots.",
        OFF_LABEL,
    ),
    # the signs as a side effect or a reason to see a doctor
    ("bupropion", "Bupropion can make some people restless or easily distracted in the first weeks.", OFF_LABEL),
    (
        "pregabalin",
        "Pain that runs down the back of your leg with a hot, swollen calf can be a blood clot: see a doctor.",
        OFF_LABEL,
    ),
    ("duloxetine", "Tell your doctor if you start leaking when you cough or sneeze while taking duloxetine.", OFF_LABEL),
    # advice against the use, and a disclosure
    ("gabapentin", "Do not take gabapentin for pain that travels from the lower back into the leg.", OFF_LABEL),
    (
        "duloxetine",
        "In Europe duloxetine is licensed for stress incontinence; in the US that use is off-label.",
        OFF_LABEL,
    ),
    # a dose timed before an occasion that is no nerves
    ("metformin", "Take one tablet about half an hour before breakfast.", OFF_LABEL),
    # the flu's aches, one sign alone
    ("amitriptyline", "He stopped amitriptyline because he ached all over with the flu.", OFF_LABEL),
]
