"""Other medicines named by their use in a list of other medicines, from eval/holdout143 (dk10, cyclobenzaprine, a translated
clinic handout), as a class: not a use of the article's drug.

Class: a list of other medicines opened by "other medicines ... :" or "..., such as / like / including", whose items are
named by what they are for ("Also be careful with other medicines that give sleep: the pills for sleep, the pills for the
nerves like clonazepam or diazepam, ..."): each item's use is that medicine's, not the drug's. Still reported: the drug
itself given for it, next to other medicines ("Other medicines can cause drowsiness, but doctors also prescribe
cyclobenzaprine for sleep"; "Like other muscle relaxants, cyclobenzaprine is sometimes given for sleep").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("cyclobenzaprine", "Other medicines can cause drowsiness, but doctors also prescribe cyclobenzaprine for sleep.", OFF_LABEL, "error"),
    ("cyclobenzaprine", "Like other muscle relaxants, cyclobenzaprine is sometimes given for sleep.", OFF_LABEL, "error"),
    ("cyclobenzaprine", "Other treatments had failed: my doctor gave me cyclobenzaprine for sleep.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (dk10)
    (
        "cyclobenzaprine",
        "Do not drink alcohol (beer, wine, tequila) with this medicine. Also be careful with other medicines that give sleep: the"
        " pills for sleep, the pills for the nerves like clonazepam or diazepam, the strong medicines for the pain, and medicines"
        " for the allergy that give sleep. Together, the sleep is very strong and is dangerous.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Be careful with other medicines that make you drowsy: the pills for sleep, the pills for the nerves.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Be careful with other medicines that make you drowsy, such as the tablets for sleep and the pills for the nerves.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Some other medications make the sleepiness worse: the medicines for allergy, the pills for sleep and alcohol.",
        OFF_LABEL,
    ),
]
