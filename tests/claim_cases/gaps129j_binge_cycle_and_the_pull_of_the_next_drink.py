"""Off-label class (holdout156 dx04): heavy drinking told by its signs, not named. The weekends of drinking told as a binge
cycle, streak or benders to be broken ("prescribed to students who want to break the Thursday-to-Sunday binge cycle"), and
the drug credited with taking the pull, edge or urge out of the next drink ("it took the pull out of that next drink"),
are a use for alcohol use disorder: a warning for a pharmacist to look at, as other lay wordings of it.

Still silent: binge eating and its binge-and-purge cycle, the edge taken off pain (another condition's), a glass of water,
and the use called off-label."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording
    (
        "topiramate",
        "Our recovery coaches also see topiramate prescribed to students who want to break the Thursday-to-Sunday binge "
        "cycle; several have told us it took the pull out of that next drink.",
        OFF_LABEL,
        "warning",
    ),
    # other voices: the binge weekends ended, the pull or edge taken off the next drink
    ("topiramate", "Her GP gave her topiramate to help her get out of the weekend binge cycle.", OFF_LABEL, "warning"),
    ("topiramate", "He started topiramate last spring and it took the edge off the urge for another beer.", OFF_LABEL, "warning"),
    ("topiramate", "Topiramate: several of our members say it took the pull out of that next drink.", OFF_LABEL, "warning"),
    ("topiramate", "My brother's doctor prescribed topiramate for his weekend benders.", OFF_LABEL, "warning"),
    ("gabapentin", "The clinic put him on gabapentin to break the Friday-to-Sunday binge cycle.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    ("topiramate", "Topiramate is prescribed to students who want to break the binge eating cycle.", OFF_LABEL),
    ("topiramate", "He started topiramate and it took the edge off his next glass of water.", OFF_LABEL),
    (
        "topiramate",
        "Some doctors prescribe topiramate off-label to break the weekend binge cycle; it is not FDA-approved for that.",
        OFF_LABEL,
    ),
    ("topiramate", "Topiramate is used to prevent migraine; it has not broken the weekend binge cycle of anyone we know.", OFF_LABEL),
    ("topiramate", "Topiramate is for epilepsy. Don't drink on it: alcohol takes the edge off your alertness.", OFF_LABEL),
]
