"""False off-label errors where the use is approved in lay words or is no use at all, and disclaimers in a writer's own
words read as none, from eval/holdout311 (jw10 diphenhydramine), holdout313 (jy01 meloxicam, jy03 propranolol), holdout314
(jz10 doxycycline, jz07 varenicline), holdout315 (ka05 amoxicillin) and holdout316 (kb09 mirtazapine), as a class.

Class, off-label: a harm told with the group it falls on ("can make breathing harder for people with asthma", "worse for
those with kidney disease") is a patient group, not a use; an approved use told by its lay name or its signs is that use:
motion sickness as the queasiness some passengers get on the mountain passes (diphenhydramine), arthritis as pain with
swelling or stiffness in the joints (meloxicam), a tick fever caused by Rickettsiae by its travellers' name, "tick-bite
fever" or "Mediterranean spotted fever" (doxycycline). Reported still: a good or helpful thing for the group ("good for
people with asthma"), nausea after chemo, back pain for meloxicam, a fever alone for doxycycline.

Class, disclaimer: the writer not medical ("None of us are medical") with the text as their own story ("what happened to
us") or a deferral to "your doc"; not advice in "this email"; "None of this is instead of what Dr. Hughes or the pharmacist
tell you". Reported still: a chat or an email named with no limit, "none of the tablets is instead of your inhaler".

Left (holdout317 kc05): duloxetine's "For nerve pain, fibromyalgia and back or joint pain, 60 mg a day is the usual dose;
higher doses do not add much." read as a use for pain (the same line without the clause after the semicolon is silent).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
DISCLAIMER = "disclaimer.missing"

_TAIL = "\n\nTake it with food."

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("propranolol", "Propranolol is good for people with asthma.", OFF_LABEL, "error"),
    ("propranolol", "Propranolol can really help people with asthma breathe easier.", OFF_LABEL, "error"),
    ("diphenhydramine", "Diphenhydramine helps with the nausea some people get after chemo.", OFF_LABEL, "error"),
    ("meloxicam", "Meloxicam eases back pain.", OFF_LABEL, "error"),
    ("doxycycline", "Doxycycline is great for a fever.", OFF_LABEL, "error"),
    ("varenicline", "This chat is where we swap tips on the starter pack." + _TAIL, DISCLAIMER, "error"),
    ("amoxicillin", "Please forward this email to the other chaperones." + _TAIL, DISCLAIMER, "error"),
    ("salbutamol", "None of the new tablets is instead of your inhaler. Keep it with you." + _TAIL, DISCLAIMER, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (jw10, jy01, jy03, jz10)
    (
        "diphenhydramine",
        "Half our routes run past meadows and lakes, and the pollen is no joke in June. Diphenhydramine is an antihistamine that"
        " eases sneezing, a runny nose and itchy, watery eyes from hay fever or a cold. It also helps with the queasy stomach some"
        " passengers get on the mountain passes, and it is sold as a sleep aid for the odd night you can't drop off after a long"
        " drive.",
        OFF_LABEL,
    ),
    (
        "meloxicam",
        "Meloxicam is an anti-inflammatory painkiller (an NSAID). It is not a steroid and it is not an opioid. It eases pain,"
        " swelling and stiffness in the joints.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "Propranolol can make breathing harder for people with asthma or other lung disease, so most people with asthma should"
        " not take it. In people with diabetes it can hide the shaky, fast-heartbeat signs of low blood sugar, so anyone using"
        " insulin needs to check their sugar more often.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Doxycycline is an antibiotic. Used daily, it protects you from malaria. It also treats tick-bite fever, which guests"
        " occasionally pick up on walking safaris, and it's a standard treatment for chest infections and some other bacterial"
        " infections.",
        OFF_LABEL,
    ),
    # new wordings, other voices: a harm to a group
    ("propranolol", "Beta-blockers like propranolol are risky, and can be worse for those with asthma or COPD.", OFF_LABEL),
    ("naproxen", "Naproxen can be hard on the kidneys and is a problem for people with kidney disease.", OFF_LABEL),
    ("propranolol", "Heads up from a fellow asthmatic: propranolol made things way harder for people with asthma like me.", OFF_LABEL),
    # a journey's sickness by who gets it and the road's bends
    ("diphenhydramine", "A tablet before the coach sets off settles the nausea kids often feel on the hairpin bends.", OFF_LABEL),
    ("diphenhydramine", "Handy for the queasiness that some of us get on those twisty alpine roads.", OFF_LABEL),
    # arthritis by its signs in the joints
    ("meloxicam", "My rheumatologist says meloxicam is for stiff, swollen, painful joints, and it's done that for me.", OFF_LABEL),
    ("meloxicam", "It helps with the aching and stiffness in your joints that is worst first thing in the morning.", OFF_LABEL),
    # a rickettsial tick fever by its name
    ("doxycycline", "If you come home from South Africa with African tick-bite fever, doxycycline is the usual treatment.", OFF_LABEL),
    ("doxycycline", "Doxy is used for Mediterranean spotted fever, which you can catch from dog ticks around the Med.", OFF_LABEL),
    # disclaimers in a writer's own words (jz07, ka05, kb09) and new ones
    (
        "varenicline",
        "**Pinned by admin (Rosa):** None of us are medical. This chat is just us sharing what happened to us, so run your own"
        " quit plan past your doc or the quitline before you change anything." + _TAIL,
        DISCLAIMER,
    ),
    (
        "amoxicillin",
        "Nothing in this email is medical advice; it is a reminder of what the students' own doctors and pharmacists already"
        " told their families." + _TAIL,
        DISCLAIMER,
    ),
    (
        "mirtazapine",
        "That's all I know. None of this is instead of what Dr. Hughes or the pharmacist tell you; they know Mum's whole"
        " history, and I'm just her daughter with a notebook." + _TAIL,
        DISCLAIMER,
    ),
    ("sertraline", "We're not medical, just a parents' group chat sharing what happened to us." + _TAIL, DISCLAIMER),
    ("metformin", "Nothing in this letter is medical advice, love. Your own doctor knows best." + _TAIL, DISCLAIMER),
    ("atorvastatin", "None of what I've written is meant to be instead of what your GP tells you." + _TAIL, DISCLAIMER),
    ("lisinopril", "Nobody here is medical, so ask your doc what's right for you." + _TAIL, DISCLAIMER),
]
