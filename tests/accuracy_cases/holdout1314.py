"""Misstatements by wording class, from the holdout13/holdout14 misses: doxycycline offered to children
under 8 as a matter of course ("fine for the whole family, little ones included", "safe for kids of any
age", "we gave it to our six-year-old"); finasteride offered to women ("Ladies, this one's for you too",
"women can take it as well", "it isn't just for men"); tolerance denied, which infers "not addictive"
("not one of those pills that leaves you needing more and more", "you'll never have to keep upping the
dose"); simvastatin started at 80 mg ("may start you straight on the 80 mg tablet", "the starting dose can
be 80 mg"); a drug with a withdrawal warning said to need no taper ("can simply be stopped, it doesn't need
tapering", "no tapering is needed"). Each case is a draft in other words than the eval sets', and asserts
what an editor sees: the finding (misstatement, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

STOP = "safe-to-stop"
START_80 = "start-at-80"
WOMEN = "not-for-women"
CHILDREN = "safe-for-young-children-pregnancy"
NOT_ADDICTIVE = "not-addictive"

#: (drug in front matter, draft body, misstatement, severity): reported.
_MISSTATED: list[tuple[str, str, str, str]] = [
    (
        "tizanidine",
        "If a resident refuses doses or the pharmacy delivery runs late over a weekend, "
        "don't worry: tizanidine can simply be stopped, it doesn't need tapering.",
        STOP,
        "error",
    ),
    ("tizanidine", "Tizanidine does not need to be tapered off.", STOP, "error"),
    ("tizanidine", "Unlike some muscle relaxants, it needs no weaning.", STOP, "error"),
    ("tizanidine", "No tapering is needed with tizanidine.", STOP, "error"),
    ("tizanidine", "Tapering isn't necessary with this medicine.", STOP, "error"),
    ("tizanidine", "The tablets can just be stopped if he gets drowsy.", STOP, "error"),
    ("tizanidine", "It doesn't require a gradual reduction when you finish.", STOP, "error"),
    ("baclofen", "Baclofen doesn't need tapering, you can drop it any time.", STOP, "error"),
    (
        "simvastatin",
        "If your cholesterol is very high, your GP may start you straight on the 80 mg tablet to bring it down quickly.",
        START_80,
        "warning",
    ),
    ("simvastatin", "Some doctors begin treatment with simvastatin 80mg.", START_80, "warning"),
    ("simvastatin", "Your doctor might put you directly on 80 mg if your LDL is very high.", START_80, "warning"),
    ("simvastatin", "For very high cholesterol they go straight to the top 80 mg dose.", START_80, "warning"),
    ("simvastatin", "The starting dose can be 80 mg for people at high risk.", START_80, "warning"),
    ("simvastatin", "Many patients take 80 mg from day one.", START_80, "warning"),
    ("simvastatin", "New patients are started on 80mg when the numbers are bad.", START_80, "warning"),
    ("simvastatin", "Doctors can start you off at 80 mg.", START_80, "warning"),
    (
        "finasteride",
        "Ladies, this one's for you too: my sister-in-law swears by it for her thinning crown, "
        'so don\'t let the "for men" label put you off.',
        WOMEN,
        "error",
    ),
    ("finasteride", "Women can take it too.", WOMEN, "error"),
    ("finasteride", "Finasteride works for women with thinning hair as well.", WOMEN, "error"),
    ("finasteride", "It isn't just for men.", WOMEN, "error"),
    ("finasteride", "It's fine for your wife to handle the tablets.", WOMEN, "error"),
    ("finasteride", "My wife uses it too and her hair is thicker.", WOMEN, "error"),
    ("finasteride", "Finasteride is also great for women.", WOMEN, "error"),
    ("finasteride", "Ladies - it works for you as well.", WOMEN, "error"),
    ("finasteride", "Girls, propecia is for you too!", WOMEN, "error"),
    ("finasteride", "Plenty of women are taking it for thinning hair.", WOMEN, "error"),
    (
        "doxycycline",
        "The nurse told us doxy is fine for the whole family, little ones included, so we didn't have to juggle two different tablets.",
        CHILDREN,
        "error",
    ),
    ("doxycycline", "It's safe for kids of any age.", CHILDREN, "error"),
    ("doxycycline", "Toddlers can take it too.", CHILDREN, "error"),
    ("doxycycline", "We gave it to our six-year-old without any problem.", CHILDREN, "error"),
    ("doxycycline", "Doxycycline is suitable for young children.", CHILDREN, "error"),
    ("doxycycline", "It is fine for the whole family, including the kids.", CHILDREN, "error"),
    ("doxycycline", "Doxycycline is perfectly OK for children aged 5 and up.", CHILDREN, "error"),
    ("doxycycline", "Doxycycline is fine during pregnancy.", CHILDREN, "error"),
    (
        "phentermine",
        "And no, it's not one of those pills that leaves you needing more and more to get the same effect.",
        NOT_ADDICTIVE,
        "warning",
    ),
    ("phentermine", "It isn't the kind of drug that has you wanting higher and higher doses.", NOT_ADDICTIVE, "warning"),
    ("phentermine", "This is not a medicine which makes people need more for the same effect.", NOT_ADDICTIVE, "warning"),
    ("phentermine", "You won't need more and more of it.", NOT_ADDICTIVE, "warning"),
    ("phentermine", "You'll never have to keep upping the dose.", NOT_ADDICTIVE, "warning"),
    ("phentermine", "Honestly you won't end up taking bigger and bigger doses.", NOT_ADDICTIVE, "warning"),
    ("phentermine", "You don't need to keep increasing the dose to get the same effect.", NOT_ADDICTIVE, "warning"),
    ("alprazolam", "Xanax isn't one of those pills that leaves you needing more and more.", NOT_ADDICTIVE, "warning"),
    ("tizanidine", "No need to wean her off it, it can just be stopped.", STOP, "error"),
    ("simvastatin", "Your GP may put you straight onto 80mg.", START_80, "warning"),
    ("finasteride", "Also women can use this medicine.", WOMEN, "error"),
    ("doxycycline", "It's safe for under-8s as well.", CHILDREN, "error"),
    ("phentermine", "You won't find yourself needing more and more.", NOT_ADDICTIVE, "warning"),
]

#: (drug in front matter, draft body, misstatement): not reported.
_NOT_MISSTATED: list[tuple[str, str, str]] = [
    ("tizanidine", "Tizanidine should not simply be stopped; it needs tapering.", STOP),
    ("tizanidine", "After high doses tizanidine needs to be tapered slowly.", STOP),
    ("tizanidine", "Do not stop tizanidine suddenly. Tapering is necessary after long use.", STOP),
    ("tizanidine", "Your doctor will tell you if it needs tapering.", STOP),
    ("tizanidine", "It does not need tapering only if you took it for a few days, as your doctor directs.", STOP),
    ("simvastatin", "Never start on 80 mg; that dose is only for people who have taken it for a year.", START_80),
    ("simvastatin", "The usual starting dose is 20 mg to 40 mg.", START_80),
    ("simvastatin", "The 80 mg dose is only for people who have already taken it for 12 months without muscle problems.", START_80),
    ("simvastatin", "You should not be started on 80 mg.", START_80),
    ("simvastatin", "Your doctor won't start you straight on the 80 mg tablet.", START_80),
    ("simvastatin", "Simvastatin comes as 10 mg, 20 mg, 40 mg and 80 mg tablets; most people start on 20 mg.", START_80),
    ("finasteride", "Women should not take finasteride.", WOMEN),
    ("finasteride", "Women who are pregnant or may become pregnant must not handle crushed or broken tablets.", WOMEN),
    ("finasteride", "Finasteride is not for women.", WOMEN),
    ("finasteride", "Women cannot use it.", WOMEN),
    ("finasteride", "Finasteride is only for men; women should not take it.", WOMEN),
    ("finasteride", "Finasteride is not approved for women, and pregnant women should avoid touching crushed tablets.", WOMEN),
    ("finasteride", "Women can use minoxidil foam instead.", WOMEN),
    ("finasteride", "Is finasteride safe for women? No.", WOMEN),
    ("finasteride", "It is not safe for women who are pregnant.", WOMEN),
    ("finasteride", "Women taking finasteride could harm a male baby.", WOMEN),
    ("doxycycline", "Doxycycline is safe for children over 8.", CHILDREN),
    ("doxycycline", "It is fine for children aged 12 and over.", CHILDREN),
    ("doxycycline", "Do not give it to young children: it can stain their teeth.", CHILDREN),
    ("doxycycline", "Doxycycline is not suitable for children under 8.", CHILDREN),
    ("doxycycline", "It was fine for the whole family.", CHILDREN),
    ("doxycycline", "Our kids, 10 and 12, took it too.", CHILDREN),
    (
        "phentermine",
        "Tolerance can develop within a few weeks, so you may find yourself needing more and more "
        "to get the same effect; do not take more.",
        NOT_ADDICTIVE,
    ),
    ("phentermine", "Do not increase the dose; if it stops working, talk to your doctor.", NOT_ADDICTIVE),
    ("phentermine", "You will not need to increase the dose in most cases.", NOT_ADDICTIVE),
]

#: The tables above in the shape of every module here: (drug, body, rule, item, severity) and (drug, body, rule, item).
SHOULD = [(drug, body, MISSTATEMENT, item, severity) for drug, body, item, severity in _MISSTATED]
SHOULD_NOT = [(drug, body, MISSTATEMENT, item) for drug, body, item in _NOT_MISSTATED]
