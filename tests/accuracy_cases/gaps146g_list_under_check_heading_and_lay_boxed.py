"""A required interaction and a boxed warning given in their own words that read as missing at the blind scoring of
holdout290 (jb09) and holdout294 (jf10), as classes.

- An interaction named as an item of a list under a heading that asks the reader to check before taking it ("## Please check
  before taking" over "- potassium supplements or salt substitutes that contain potassium"; "## Before using it"): the
  heading warns, as "Before you take" does. Still reported under a heading that warns of nothing ("## Our favourite
  post-run snacks").
- The antipsychotics' boxed warning (increased deaths in older people with dementia-related psychosis) told in lay words as
  the drug not being for that group ("it is not for older people with dementia who have psychosis", "not meant for elderly
  patients living with dementia") or the group told not to be given it ("older people with dementia shouldn't be given it").
  Still reported for the use alone ("give it to older residents with dementia to keep them calm") and for "not for dementia"
  alone.
"""

from __future__ import annotations

INTERACTION = "interactions.missing"
WARNING = "safety-warnings.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "lisinopril",
        "## Our favourite post-run snacks\n\n- bananas, and potassium supplements or salt substitutes that contain potassium",
        INTERACTION,
        "potassium",
        "error",
    ),
    (
        "aripiprazole",
        "Some care homes give it to older residents with dementia to keep them calm.",
        WARNING,
        "dementia-mortality",
        "error",
    ),
    ("aripiprazole", "It is not for dementia.", WARNING, "dementia-mortality", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "lisinopril",
        "## Please check before taking\n\n- potassium supplements or salt substitutes that contain potassium\n"
        "- water pills that keep potassium in, such as spironolactone",
        INTERACTION,
        "potassium",
    ),
    (
        "aripiprazole",
        "**DANA:** But here are the serious warnings, straight from the label. One: it is not for older people with dementia who"
        " have psychosis. In that group, these medicines raise the risk of dying, and they are not approved for it.",
        WARNING,
        "dementia-mortality",
    ),
    # new wordings
    ("lisinopril", "## Before using it\n\n- potassium tablets or a low-sodium salt that uses potassium", INTERACTION, "potassium"),
    ("aripiprazole", "Abilify is not meant for elderly patients living with dementia.", WARNING, "dementia-mortality"),
    (
        "aripiprazole",
        "Grandad's care home was told that older people with dementia shouldn't be given it.",
        WARNING,
        "dementia-mortality",
    ),
    ("quetiapine", "Seroquel is not for older people with dementia who have psychosis.", WARNING, "dementia-mortality"),
    ("risperidone", "Risperdal is not suitable for older adults with dementia.", WARNING, "dementia-mortality"),
]
