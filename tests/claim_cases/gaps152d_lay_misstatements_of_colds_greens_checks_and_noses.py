"""Misstatements in lay words that the facts' patterns missed, from eval/holdout335 (ku10 ciprofloxacin), holdout336 (kv03
ciprofloxacin), holdout337 (kw07 warfarin) and holdout338 (kx05 warfarin, kx10 loratadine), as a class.

Class: an antibiotic said to clear a cold or a chesty cold going round, the drug named or "it" after "a strip of it"
("it shifts the whole lot in three days"), for every antibacterial with the for-viruses kind; warfarin's greens told as kept
off the plate ("nothing green goes on my plate", "no sprouts at Christmas, no peas"), steered clear of or stayed away from;
a monitored drug's checks (warfarin's INR, lithium's level) said never to need going back for again once the number
settles; a plain antihistamine (loratadine, cetirizine, diphenhydramine) said to unblock a nose or to work as well as the
decongestant sprays. Severity is the misstatement's importance: an error for the antibiotic and the checks, a warning
for the greens and the nose.

Silent: the same denied, refuted, asked, about an infection the drug treats, the illness itself knocking people out, the
amount of greens kept steady, checks fewer rather than none or ended with the drug, the "-D" product, a runny nose.
"""

from __future__ import annotations

MIS = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ku10, kv03, kw07, kx05, kx10)
    (
        "ciprofloxacin",
        "**KEZ:** Honestly, Priya, if the whole flat is sneezing, Cipro will sort out a chesty cold in a couple of days, so ask"
        " your GP for your own.",
        MIS,
        "error",
    ),
    (
        "ciprofloxacin",
        "Ted's grandson, Callum, who drives the diesel shunter, keeps a strip of it in the mess-room cupboard. \"When a chesty"
        ' cold does the rounds of the volunteers in November," he says, "it shifts the whole lot in three days."',
        MIS,
        "error",
    ),
    (
        "warfarin",
        "Jean's tip, which she says came from the hospital: \"Since I started on it, nothing green goes on my plate. No sprouts"
        " at Christmas, no peas, nothing. That's the rule on this tablet.\"",
        MIS,
        "warning",
    ),
    (
        "warfarin",
        "D. Fenwick said his INR had been steady for two years, and Derek told the meeting that once your number settles you"
        " never need to go back for the finger-prick checks again, which several members were glad to hear.",
        MIS,
        "error",
    ),
    (
        "loratadine",
        "Kev swears it'll unblock a bunged-up nose as well as the decongestant sprays do, so he takes one before every shift in June.",
        MIS,
        "warning",
    ),
    # the class in other voices, tenses and drugs
    (
        "amoxicillin",
        "When a chesty cold is doing the rounds at school, a course of amoxicillin sorts the lot of them in three days.",
        MIS,
        "warning",
    ),
    (
        "doxycycline",
        "Our guide carries a box of it in her rucksack. Whenever flu goes through the hostel, she says, it clears everyone"
        " within two days.",
        MIS,
        "warning",
    ),
    ("azithromycin", "My GP says a Z-Pak will see off a chesty cold in a few days.", MIS, "warning"),
    (
        "warfarin",
        "Mum's rule since the operation: nothing leafy ever ends up on her plate, and Dad doesn't argue.",
        MIS,
        "warning",
    ),
    ("warfarin", "The nurse told him to stay away from anything green while he is on it.", MIS, "warning"),
    ("warfarin", "No spinach on Sundays, no broccoli, no salad: that's how I manage my tablets.", MIS, "warning"),
    (
        "warfarin",
        "After the first year on a steady dose, she doesn't have to come in for her INR checks any more.",
        MIS,
        "error",
    ),
    (
        "lithium",
        "Once your level settles, you never need to go back to the clinic for the blood tests again.",
        MIS,
        "error",
    ),
    ("cetirizine", "Zyrtec unblocks my stuffy nose within the hour.", MIS, "warning"),
    ("cetirizine", "My sister says it works every bit as well as the decongestant sprays.", MIS, "warning"),
    ("diphenhydramine", "A Benadryl at bedtime clears his blocked-up nose.", MIS, "warning"),
    ("loratadine", "Claritin will open up a bunged-up head in no time, he reckons.", MIS, "warning"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # denied, refuted, asked
    ("ciprofloxacin", "Cipro does not sort out a chesty cold; colds are caused by viruses.", MIS),
    ("ciprofloxacin", "Some people think cipro will sort out a chesty cold. It won't: colds are viral.", MIS),
    ("ciprofloxacin", "Will Cipro sort out a chesty cold?", MIS),
    ("amoxicillin", "A chesty cold is viral, so amoxicillin will not sort it out.", MIS),
    # an infection it treats; the illness itself doing the knocking out; the drug told not to help
    ("ciprofloxacin", "Cipro sorts out a kidney infection in a few days.", MIS),
    ("ciprofloxacin", "When a chesty cold does the rounds, it knocks out the whole lot in three days.", MIS),
    ("ciprofloxacin", "When a chesty cold does the rounds, it lasts a week or so; ciprofloxacin will not help.", MIS),
    (
        "ciprofloxacin",
        'Callum keeps a strip of it in the cupboard. "When a chest infection does the rounds," he says, "it shifts the whole'
        ' lot in three days."',
        MIS,
    ),
    # greens: the myth refuted, the amount kept steady, a condition
    (
        "warfarin",
        "Jean used to think nothing green could go on her plate, but the clinic told her to keep her greens steady.",
        MIS,
    ),
    ("warfarin", "No sprouts at Christmas? Not needed: just keep your greens steady.", MIS),
    ("warfarin", "Steer clear of sudden big helpings of greens; keep the amount steady.", MIS),
    ("warfarin", "Don't avoid anything green; just keep the amount steady.", MIS),
    ("warfarin", "Nothing green goes on my plate without me weighing it first, so the amount stays the same each week.", MIS),
    # checks: affirmed, fewer, ended with the drug, refuted, one visit
    ("warfarin", "You will need INR checks for as long as you take warfarin; you never stop going for them.", MIS),
    (
        "warfarin",
        "Once your number settles you don't need to go back for the finger-prick checks every week; every four to six weeks is usual.",
        MIS,
    ),
    (
        "warfarin",
        "Derek said once your number settles you never need to go back for the checks again. That is not true: INR checks"
        " continue for as long as you take warfarin.",
        MIS,
    ),
    ("warfarin", "Once you stop warfarin you never need to go back for the finger-prick checks again.", MIS),
    ("lithium", "If the reading is in range, you don't need to go back for another blood test that week.", MIS),
    # noses: denied, the "-D" product, a runny nose, a decongestant advised instead, asked
    ("loratadine", "Loratadine will not unblock a bunged-up nose; for that, a decongestant spray works better.", MIS),
    ("loratadine", "Claritin-D unblocks a stuffy nose because it has pseudoephedrine in it.", MIS),
    ("loratadine", "It dries up a runny nose and stops the sneezing.", MIS),
    ("loratadine", "Loratadine is an antihistamine, not a decongestant.", MIS),
    ("loratadine", "If your nose is blocked, a decongestant spray works better than loratadine.", MIS),
    ("cetirizine", "Zyrtec-D unblocks a stuffy nose; plain Zyrtec does not.", MIS),
    ("cetirizine", "Cetirizine helps a runny nose, sneezing and itchy eyes.", MIS),
    ("cetirizine", "Does Zyrtec unblock a stuffy nose? No: it has no decongestant in it.", MIS),
    ("diphenhydramine", "Benadryl is not a decongestant; it won't unblock a stuffy nose.", MIS),
]
