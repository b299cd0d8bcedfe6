"""A dose given after a bite so that the bite will not turn into a disease, or to keep the germs behind it from taking hold,
from eval/holdout207 (fw08, doxycycline) and eval/holdout211 (ga01, doxycycline), as a class.

Class: a single dose given after a tick bite with its purpose told as the bite not turning into the disease ("gave me a
single 200 mg dose of doxy on the spot so the bite wouldn't turn into Lyme", "to stop the bite turning into Lyme disease") or
as the germs behind the disease kept from taking hold ("to keep the germs behind Lyme from ever getting a foothold", "to kill
the bacteria that cause Lyme disease"). Prevention of Lyme disease is on neither doxycycline's nor amoxicillin's label; the
disease is named with a purpose, so an error. Silent: the use disclosed, malaria (doxycycline's labeled prophylaxis) kept
from taking hold, advice with no medicine given, another medicine given for it, and the use advised against.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fw08, ga01)
    (
        "doxycycline",
        "Last June I found a deer tick latched on behind my knee after a Pennsylvania section hike, fat enough that it had clearly"
        " been there a couple of days. Urgent care pulled it off and gave me a single 200 mg dose of doxy on the spot so the bite"
        " wouldn't turn into Lyme. No bull's-eye rash, no symptoms since.",
        OFF_LABEL,
        "error",
    ),
    (
        "doxycycline",
        "Hiking in New England or the upper Midwest this summer? If you find a deer tick that has clearly been feeding on you for a"
        " day or more, our nurses can give you a single 200 mg dose of doxycycline within three days of pulling it off, to keep"
        " the germs behind Lyme from ever getting a foothold.",
        OFF_LABEL,
        "error",
    ),
    # new wordings, other voices
    (
        "doxycycline",
        "My GP prescribed two doxycycline tablets the morning after the tick bite so that it wouldn't develop into Lyme disease.",
        OFF_LABEL,
        "error",
    ),
    (
        "doxycycline",
        "The school nurse sent a note home: the clinic gave your son one dose of doxycycline to stop the bite turning into Lyme disease.",
        OFF_LABEL,
        "error",
    ),
    (
        "doxycycline",
        "After a long weekend in the Berkshires, our guide handed everyone a doxycycline tablet to kill the bacteria that cause Lyme"
        " disease before they could spread.",
        OFF_LABEL,
        "error",
    ),
    # another drug, another voice
    (
        "amoxicillin",
        "Because my daughter is only six, the pediatrician gave her a course of amoxicillin so the tick bite would not turn into Lyme.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # disclosed
    (
        "doxycycline",
        "Urgent care gave me a single 200 mg dose of doxycycline so the bite wouldn't turn into Lyme. That is an off-label use:"
        " the label does not list Lyme prevention.",
        OFF_LABEL,
    ),
    # malaria, doxycycline's labeled prophylaxis
    (
        "doxycycline",
        "My travel nurse prescribed one 100 mg doxycycline tablet a day to keep the parasites behind malaria from taking hold.",
        OFF_LABEL,
    ),
    # advice, no medicine given
    (
        "doxycycline",
        "Check your legs for ticks every evening so a bite doesn't turn into Lyme disease. Doxycycline treats Rocky Mountain spotted"
        " fever.",
        OFF_LABEL,
    ),
    # another medicine given for it
    (
        "doxycycline",
        "Doxycycline treats Rocky Mountain spotted fever. For my toddler, urgent care gave amoxicillin so the bite wouldn't turn into"
        " Lyme.",
        OFF_LABEL,
    ),
    # advised against
    (
        "doxycycline",
        "Don't take leftover doxycycline so the bite won't turn into Lyme; see a doctor about the bite instead.",
        OFF_LABEL,
    ),
]
