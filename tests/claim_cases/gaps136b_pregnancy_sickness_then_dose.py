"""The sickness of pregnancy told by its signs, then the dose of a named medicine in the same sentence or a giving by the
obstetrician after it, from eval/holdout207 (fw02, ondansetron) and eval/holdout210 (fz02, ondansetron), as a class.

Class: a situation of pregnancy sickness told first (weeks along and heaving every morning, pregnant and unable to keep
water down), maybe after a lead-in closed by a colon ("A big group is expecting mums: when you're fourteen weeks along ...,
a melt-on-the-tongue Zofran before breakfast is often what gets you out the door"), the main clause a dose of the drug named
there ("a 4 mg Zofran melt", "8 mg of ondansetron"); or the signs told over a few sentences, an aside in brackets among them
("I'm pregnant again (surprise!) and by week eight I couldn't keep down water"), then the obstetrician, called by the letters
a patient uses ("My OB", "her OB-GYN"), giving the tablets. Ondansetron is approved only for the sickness of chemotherapy,
radiotherapy and surgery; told in lay words, a warning. Silent: the same wording for chemotherapy (approved), the use
disclosed, a non-drug remedy in the dose's place, and the OB giving advice but no medicine.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fw02, fz02)
    (
        "ondansetron",
        "More people than you'd think. A big group is expecting mums: when you're fourteen weeks along and heaving over the sink"
        " every single morning, a melt-on-the-tongue Zofran before breakfast is often what gets you out the door and to work.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "Fast forward to June. I'm pregnant again (surprise!) and by week eight I couldn't keep down water, let alone toast. I was"
        " sick from the minute I opened my eyes until lunch, and the smell of the dishwasher set me off. My OB took one look at me"
        " and gave me the same little dissolving tablets Theo had.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "ondansetron",
        "Our tip for new mums-to-be: if you're ten weeks pregnant and can't keep anything down, 4 mg of ondansetron before you get"
        " up makes mornings bearable.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "From the clinic desk: when you're nine weeks pregnant and throwing up before you've even brushed your teeth, a single"
        " Zofran melt is what most of our patients swear by.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "I was pregnant with twins (yes, twins!) and couldn't keep anything down for a month. My OB-GYN prescribed ondansetron"
        " at the next visit.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the sickness of chemotherapy: approved
    (
        "ondansetron",
        "A big group is chemo patients: when you're mid-cycle and heaving over the sink every single morning, a melt-on-the-tongue"
        " Zofran before breakfast is often what gets you out the door.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "ondansetron",
        "A big group is expecting mums: when you're fourteen weeks along and heaving over the sink every single morning, a"
        " melt-on-the-tongue Zofran before breakfast is often what gets you out the door. That is an off-label use: ondansetron"
        " is not approved for morning sickness.",
        OFF_LABEL,
    ),
    # a remedy, not the drug, in the dose's place
    (
        "ondansetron",
        "Ondansetron prevents the sickness of chemotherapy. For expecting mums: when you're fourteen weeks along and heaving every"
        " morning, a plain ginger biscuit before breakfast is what our midwives suggest.",
        OFF_LABEL,
    ),
    # the OB gives advice, no medicine
    (
        "ondansetron",
        "Ondansetron prevents the sickness of chemotherapy. I'm pregnant again (surprise!) and by week eight I couldn't keep down"
        " water. My OB took one look at me and told me to sip flat ginger ale.",
        OFF_LABEL,
    ),
]
