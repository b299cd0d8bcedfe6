"""False errors of the drug checks on lines a pharmacist would publish, from eval/holdout328 (kn10 doxycycline), holdout329
(ko12 doxycycline), holdout331 (kq01 hydroxychloroquine) and holdout333 (ks12 gabapentin), as a class.

Class: the approved use told in words the label does not use, or a warning carried from the sentence before. A rickettsial
infection's fever told by what carries it ("doxycycline for tick-borne fevers", "the fevers ticks can spread", "a fever and
rash after a tick bite", "typhus fever", "rickettsial fevers"); an approved infection pointed back at by its kind's word ("**Malaria:**
it treats the infection", "malaria, the infection mosquitoes spread", "Valtrex treats shingles. It shortens the infection"); a
young child given doxycycline for the label's own exception ("For a few serious infections, like Rocky Mountain spotted fever,
doctors still give it to young children because the illness is far more dangerous"); and an interaction named after a warning
as under "the same care" ("The same care applies to alcohol, sleeping pills and anxiety medicines like lorazepam"), and
that warning's breathing harm told with both verbs ("can slow or stop your breathing") or by how the breathing goes ("breathing
slowly or shallowly").

Still reported: a fever with no carrier or from another cause, infections in general or placed in another organ, one after an
approved use that is no infection (lupus), another infection named in apposition ("the infection COVID-19"), young children
given doxycycline with no exception told, or called safe for them even beside one, and an interaction named with no care
before it to carry.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
MISSTATEMENT = "accuracy.misstatement"
INTERACTIONS = "interactions.missing"
WARNINGS = "safety-warnings.missing"

#: Gabapentin's other warnings, given, so a case shows only what its breathing words do.
_GABAPENTIN_WARNED = (
    "Do not stop taking gabapentin suddenly; your doctor will lower the dose slowly. Call your doctor about new or worse"
    " depression or thoughts of suicide. "
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # a fever with no carrier, or another trouble's
    ("doxycycline", "Doxycycline is used for fever.", OFF_LABEL, "error"),
    ("doxycycline", "Campers sometimes ask for doxycycline for a fever after a cut on the hand.", OFF_LABEL, "error"),
    ("doxycycline", "Some people take doxycycline for the fever that comes with a flu.", OFF_LABEL, "error"),
    # infections in general, another one, or one placed elsewhere
    ("hydroxychloroquine", "Hydroxychloroquine treats malaria. It is also used for other infections.", OFF_LABEL, "error"),
    ("hydroxychloroquine", "Hydroxychloroquine treats malaria, and it also treats the infection in your chest.", OFF_LABEL, "error"),
    ("hydroxychloroquine", "Hydroxychloroquine treats lupus, and it treats the infection too.", OFF_LABEL, "error"),
    ("hydroxychloroquine", "Hydroxychloroquine treats malaria. Doctors also use it for the infection COVID-19.", OFF_LABEL, "error"),
    # young children given it with no exception, or called safe beside one
    ("doxycycline", "Doctors give doxycycline to young children all the time.", MISSTATEMENT, "error"),
    ("doxycycline", "We gave it to our six-year-old for his acne.", MISSTATEMENT, "error"),
    ("doxycycline", "Doxycycline is safe for young children, even with serious infections.", MISSTATEMENT, "error"),
    ("doxycycline", "Doxycycline is fine for the whole family, little ones included.", MISSTATEMENT, "error"),
    # the breathing harm not told
    ("gabapentin", _GABAPENTIN_WARNED + "Gabapentin can make you sleepy.", WARNINGS, "warning"),
    # an interaction named with no warning before it to carry on
    (
        "gabapentin",
        "Gabapentin helps nerve pain after shingles. You can take it with food or without. The same applies to alcohol.",
        INTERACTIONS,
        "error",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # the drafts' own wordings (kn10, kq01, ko12, ks12)
    (
        "doxycycline",
        "Our wardens answer campers' questions about doxycycline for tick-borne fevers and malaria prevention, checked by a pharmacist.",
        OFF_LABEL,
    ),
    (
        "hydroxychloroquine",
        "- **Malaria:** it treats the infection, and travellers can take it to avoid catching malaria in places where the parasite"
        " still responds to it.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Tell your doctor if you are pregnant or breastfeeding. Doxycycline can permanently stain a child's growing teeth and slow"
        " bone growth if taken in the second half of pregnancy, in infancy or in children under 8. For a few serious infections,"
        " like Rocky Mountain spotted fever, doctors still give it to young children because the illness is far more dangerous.",
        MISSTATEMENT,
    ),
    (
        "gabapentin",
        "**Other medicines.** This is the part I most want you to read. You mentioned your husband's leftover oxycodone in the"
        " bathroom cabinet. Please don't take it with gabapentin: together, opioids and gabapentin can slow or stop your"
        " breathing. Get help at once if you are very sleepy, confused or breathing slowly or shallowly. The same care applies"
        " to alcohol, sleeping pills and anxiety medicines like lorazepam. Antacids such as Maalox should be taken at least 2"
        " hours before gabapentin.",
        INTERACTIONS,
    ),
    # (ks12's breathing warning, told with both verbs and by how the breathing goes)
    (
        "gabapentin",
        _GABAPENTIN_WARNED + "Please don't take it with oxycodone: together, opioids and gabapentin can slow or stop your breathing."
        " Get help at once if you are very sleepy, confused or breathing slowly or shallowly.",
        WARNINGS,
    ),
    ("gabapentin", _GABAPENTIN_WARNED + "Taken with opioids, gabapentin can slow and even stop a person's breathing.", WARNINGS),
    ("gabapentin", _GABAPENTIN_WARNED + "Call 911 if he is breathing very slowly after a dose.", WARNINGS),
    # a rickettsial fever told by what carries it, in other voices
    ("doxycycline", "Rangers carry doxycycline for the fevers ticks can spread.", OFF_LABEL),
    ("doxycycline", "Doxycycline is used for fevers spread by ticks, such as Rocky Mountain spotted fever.", OFF_LABEL),
    ("doxycycline", "My GP gave me Vibramycin for a fever and rash after a tick bite on a walking trip.", OFF_LABEL),
    ("doxycycline", "Doxycycline treats tickborne fever and typhus fever.", OFF_LABEL),
    ("doxycycline", "Doryx was prescribed for the rickettsial fevers we see after the summer.", OFF_LABEL),
    ("doxycycline", "Soldiers were given doxycycline for fevers carried by lice in the trenches.", OFF_LABEL),
    # an approved infection pointed back at by its kind's word
    ("hydroxychloroquine", "Hydroxychloroquine treats malaria. It clears the infection in a few days.", OFF_LABEL),
    ("hydroxychloroquine", "Hydroxychloroquine is used for malaria, the infection spread by mosquitoes.", OFF_LABEL),
    ("hydroxychloroquine", "If you catch malaria abroad, Plaquenil treats the infection.", OFF_LABEL),
    ("hydroxychloroquine", "If you pick up malaria on holiday, Plaquenil will clear this parasite infection.", OFF_LABEL),
    ("hydroxychloroquine", "For malaria, it treats the infection and helps travellers avoid it.", OFF_LABEL),
    ("valacyclovir", "Valacyclovir treats shingles. It shortens the infection.", OFF_LABEL),
    # young children given it for the label's exception, in other voices
    ("doxycycline", "For Rocky Mountain spotted fever, doctors give doxycycline to toddlers too.", MISSTATEMENT),
    (
        "doxycycline",
        "When a child has a life-threatening tick-borne illness, the doctor may give doxycycline to little ones anyway.",
        MISSTATEMENT,
    ),
    (
        "doxycycline",
        "Paediatricians will give it to toddlers for anthrax, since the benefit outweighs the risk to their teeth.",
        MISSTATEMENT,
    ),
    # an interaction named after a warning, as under the same care, in other voices
    (
        "gabapentin",
        "Never take gabapentin with opioid painkillers: together they can stop your breathing. The same precautions apply to"
        " beer and wine.",
        INTERACTIONS,
    ),
    (
        "gabapentin",
        "Opioids and gabapentin together can slow your breathing, so don't mix them. The same caution holds for sleeping pills"
        " and a nightcap.",
        INTERACTIONS,
    ),
]
