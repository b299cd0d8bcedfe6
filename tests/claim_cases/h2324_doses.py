"""Doses above the label maximum and one lay off-label use, as classes (holdout23/holdout24), in
wordings no evaluation set had.

- Tablets times strength with a softgel product word for the unit ("two of the 50 mg SleepGels
  before bed", "three of the 500 mg gelcaps every four hours"): the dose is the count times the
  strength. Near misses: one such softgel at the use's maximum, the allergy dose within its maximum.
- Spelled-out counts of a weekly drug in an article naming only its non-cancer uses ("fourteen
  2.5 mg tablets on their methotrexate day" in an arthritis and psoriasis leaflet): compared with
  the maximum of the uses the article names, not with the cancer regimen's; a warning (the label's
  weekly figure is a usual ceiling). Near misses: twelve tablets (at the 30 mg maximum), a dose
  given for mycosis fungoides.
- Weight loss as the reason a doctor started the drug, in lay words, also one reason of several and
  the drug named only by its dose ('her GP started her on 20 mg "partly because I couldn't shift the
  baby weight'): a warning. Near misses: an approved use as the reason, the weight named as a
  side effect to watch, a reason disclosed as off-label.

Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABOVE_MAX = "dosage.above-max"
OFF_LABEL = "off-label.undisclosed"

#: An arthritis and psoriasis leaflet's opening, naming methotrexate's non-cancer uses.
_ARTHRITIS = "It is used for rheumatoid arthritis and severe psoriasis. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # -- a softgel product word for the unit --
    ("diphenhydramine", "For sleep, take two of the 50 mg SleepGels before bed.", ABOVE_MAX, "error"),
    ("diphenhydramine", "As a sleep aid, my aunt swears by two of the 50 mg LiquiGels at bedtime.", ABOVE_MAX, "error"),
    (
        "diphenhydramine",
        "For sleep, things got more creative. Jess said the only thing that gets her through is two of the 50 mg SleepGels before bed.",
        ABOVE_MAX,
        "warning",
    ),
    ("ibuprofen", "Some people take four of the 200 mg Liqui-Gels every four hours.", ABOVE_MAX, "error"),
    ("acetaminophen", "He took three of the 500 mg gelcaps every four hours.", ABOVE_MAX, "error"),
    # -- spelled-out counts of a weekly drug, the uses the article names selecting the maximum --
    (
        "methotrexate",
        _ARTHRITIS + "Some patients on the higher end take fourteen 2.5 mg tablets on their methotrexate day.",
        ABOVE_MAX,
        "warning",
    ),
    ("methotrexate", "For rheumatoid arthritis, take fourteen 2.5 mg tablets once a week.", ABOVE_MAX, "warning"),
    ("methotrexate", "My psoriasis only settled when the dermatologist had me on sixteen 2.5 mg tablets a week.", ABOVE_MAX, "warning"),
    ("methotrexate", "It treats arthritis and psoriasis. A few people need fourteen 2.5 mg tablets once a week.", ABOVE_MAX, "warning"),
    # -- weight loss as the reason it was started, in lay words --
    (
        "fluoxetine",
        "Our listener told us her GP started her on 20 mg after her second baby \"partly because I couldn't shift the baby"
        ' weight, and within three months the pounds were just melting off."',
        OFF_LABEL,
        "warning",
    ),
    ("fluoxetine", "Her GP started her on 20 mg partly because she couldn't shift the baby weight.", OFF_LABEL, "warning"),
    ("fluoxetine", "My doctor put me on it to help shift the weight I gained after the kids.", OFF_LABEL, "warning"),
    ("sertraline", "I asked for it because I could not shift the last stone.", OFF_LABEL, "warning"),
    ("fluoxetine", "Some women take it to shift stubborn pounds.", OFF_LABEL, "warning"),
    ("fluoxetine", "Her GP started her on it mainly because she couldn't shift the holiday weight.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("diphenhydramine", "For sleep, take one of the 50 mg SleepGels before bed.", ABOVE_MAX),
    ("diphenhydramine", "For allergies, two of the 25 mg softgels every six hours is the usual dose.", ABOVE_MAX),
    ("methotrexate", _ARTHRITIS + "A few people need twelve 2.5 mg tablets once a week.", ABOVE_MAX),
    ("methotrexate", "For mycosis fungoides, the weekly dose can be twenty 2.5 mg tablets.", ABOVE_MAX),
    ("fluoxetine", "Her GP started her on 20 mg because she couldn't shake the low mood after the baby.", OFF_LABEL),
    ("fluoxetine", "Her GP started her on 20 mg for depression. Weight can change on it, so weigh yourself now and then.", OFF_LABEL),
    (
        "fluoxetine",
        "Her GP started her on 20 mg partly because she couldn't shift the baby weight, which is an off-label use: fluoxetine"
        " is not approved for weight loss.",
        OFF_LABEL,
    ),
]
