"""Miss class (twenty-eighth stop, helper c): female-pattern hair loss told by its signs and its regrowth, not named. The
part getting wider, more scalp showing, the ponytail half its old thickness, the shedding a dose is to slow ("to slow the
shedding down"), and the new growth seen after it ("her hairdresser had spotted new growth along her hairline", "my
ponytail is thick again") are hair loss in lay words: a use of spironolactone, whose label has no hair-loss use, is an
off-label use to disclose (a warning: the condition is the tool's reading) (holdout154 dv06).

Silent: the same signs for an approved product (minoxidil foam, Propecia), a virus's shedding, and a thin ponytail told
beside a use of the drug for another, approved condition."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (holdout154 dv06)
    (
        "spironolactone",
        "Over a couple of years she'd noticed her part getting wider, more scalp showing under the bathroom light, and her "
        "ponytail shrinking to half its old thickness. Her dermatologist started her on spironolactone, 100 mg every morning, to "
        "slow the shedding down, and at her last refill she told me her hairdresser had spotted new growth along her hairline.",
        OFF_LABEL,
        "warning",
    ),
    # other voices: the writer's own part and scalp, a ponytail and the shedding, a clinic's group and the regrowth
    (
        "spironolactone",
        "My part had been getting wider for two years, with more scalp showing every time I tied my hair back. My dermatologist "
        "put me on spironolactone 100 mg a day to stop it getting worse.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Her ponytail was half what it used to be, so her doctor added spironolactone to slow the shedding.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "We often see women in their thirties whose parting is getting wider. A dermatologist may start spironolactone, and "
        "within six months there is new growth along the hairline.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the approved products for hair loss, in the same words
    (
        "minoxidil",
        "Her part had been getting wider for years, so she started the 5% minoxidil foam once a day, and six months later there "
        "is new growth along her part.",
        OFF_LABEL,
    ),
    ("minoxidil", "I use Rogaine foam every night to slow the shedding.", OFF_LABEL),
    ("finasteride", "His hairline had been creeping back, so his doctor put him on Propecia 1 mg to slow the shedding.", OFF_LABEL),
    # a virus's shedding, the shedding of an earlier treatment, a thin ponytail beside an approved use
    (
        "valacyclovir",
        "Valacyclovir taken every day cuts the shedding of the virus, so you are less likely to pass herpes to a partner.",
        OFF_LABEL,
    ),
    ("spironolactone", "Spironolactone can also lower your potassium; tell your doctor about the shedding you had on chemo.", OFF_LABEL),
    (
        "spironolactone",
        "Spironolactone, 25 mg a day, was started for her heart failure; her ponytail has been thin since the chemo.",
        OFF_LABEL,
    ),
]
