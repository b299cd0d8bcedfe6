"""A trouble told by its signs, then the drug prescribed "to knock it out", from eval/holdout209 (fy10, fluconazole), as a
class.

Class: athlete's foot told by its signs (itchy, peeling, cracked or soggy skin between the toes), maybe as a question, then
the drug given in the next sentence to get rid of it, pointed back at: "to knock it out", "to clear it up for good", "to
kick it", "to see it off" (the match ends at the pointing word). Fluconazole is approved for yeast infections and
cryptococcal meningitis, not for athlete's foot; told in lay words and pointed back at, a warning. Silent: a yeast infection
told by its signs (approved), the use disclosed, a cream of another medicine to knock it out, and a tablet that knocks the
person out.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fy10)
    (
        "fluconazole",
        "Itchy, peeling, cracked skin between your toes after a semester of shared dorm showers? If the drugstore creams haven't"
        " cleared it, our clinicians sometimes prescribe fluconazole, one 150 mg tablet a week for a few weeks, to knock it out.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "fluconazole",
        "All summer the skin between his toes was soggy, white and itching like mad. Our GP prescribed fluconazole tablets to"
        " clear it up for good.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        "My son came back from football camp with cracked, peeling skin between his toes. The doctor gave him fluconazole to kick it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        "Flaky, itchy skin between your toes that the sprays won't shift? Some doctors will prescribe a weekly fluconazole tablet"
        " to see it off.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # a yeast infection told by its signs: approved
    (
        "fluconazole",
        "Thick, white, cottage-cheese discharge and itching down there? Our clinicians prescribe a single 150 mg fluconazole tablet"
        " to clear it up.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "fluconazole",
        "Itchy, peeling, cracked skin between your toes? Our clinicians sometimes prescribe fluconazole, one 150 mg tablet a week,"
        " to knock it out. That is an off-label use of fluconazole.",
        OFF_LABEL,
    ),
    # another medicine's cream
    (
        "fluconazole",
        "Fluconazole treats vaginal yeast infections. Itchy, peeling skin between your toes? Our clinicians usually suggest"
        " terbinafine cream to knock it out.",
        OFF_LABEL,
    ),
    # the person knocked out, not a trouble
    (
        "fluconazole",
        "Fluconazole treats vaginal yeast infections. It doesn't make you drowsy, so it won't knock you out.",
        OFF_LABEL,
    ),
]
