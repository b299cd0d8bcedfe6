"""Off-label uses told passively, the condition first and the drug as the agent (round 2 of eval/holdout119-122).

Class: <condition> (is|are|can be|may be|...) (usually|often|sometimes ...)? (treated|managed|helped|eased|controlled ...)
(with|by) <drug>: "Lyme disease is usually treated with amoxicillin", "Alcohol use disorder is sometimes treated with
baclofen", "Hot flushes can be managed with clonidine", "Nightmares in PTSD are often helped by prazosin" (the nightmares:
the PTSD only says whose). A list shares the verb ("Hot flushes and night sweats ..."). Quiet: the approved use in that
shape, another drug as the agent, a denial ("is not usually treated with"), a dose or a kind of medicine as the agent
("treated with a single 1 gram dose", "with a cream"), and the use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    ("amoxicillin", "Lyme disease is usually treated with amoxicillin.", OFF_LABEL, "error"),
    ("baclofen", "Alcohol use disorder is sometimes treated with baclofen.", OFF_LABEL, "error"),
    ("clonidine", "Hot flushes can be managed with clonidine.", OFF_LABEL, "error"),
    ("prazosin", "Nightmares in PTSD are often helped by prazosin.", OFF_LABEL, "error"),
    # new wordings: a pharmacy blog, a hospital leaflet, a magazine, an affiliate site
    ("trazodone", "These days, insomnia is commonly treated with trazodone at a low dose.", OFF_LABEL, "error"),
    ("quetiapine", "In older adults, agitation in dementia may be controlled by quetiapine for a few weeks.", OFF_LABEL, "error"),
    ("propranolol", "Stage fright and exam nerves can be eased with propranolol, our readers tell us.", OFF_LABEL, "error"),
    ("topiramate", "Alcohol use disorder has been treated with a low dose of topiramate in several clinics.", OFF_LABEL, "error"),
    ("gabapentin", "Hot flashes are also managed well by gabapentin.", OFF_LABEL, "error"),
]

_AMOXICILLIN = "Amoxicillin treats ear infections and strep throat. "

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the approved use in that shape
    ("sertraline", "Depression is treated with sertraline.", OFF_LABEL),
    ("sertraline", "Depression is usually treated with a low dose of sertraline at first.", OFF_LABEL),
    ("baclofen", "Spasticity can be treated with baclofen given into the spine by a pump.", OFF_LABEL),
    # another drug as the agent
    ("amoxicillin", _AMOXICILLIN + "Lyme disease is usually treated with doxycycline.", OFF_LABEL),
    ("amoxicillin", _AMOXICILLIN + "Unlike amoxicillin, Lyme disease is usually treated with doxycycline.", OFF_LABEL),
    # denied; a dose or a kind of medicine as the agent
    ("amoxicillin", _AMOXICILLIN + "Lyme disease is not usually treated with amoxicillin.", OFF_LABEL),
    ("azithromycin", "Chlamydia is treated with a single 1 gram dose.", OFF_LABEL),
    ("fluconazole", "Athlete's foot is a different story: that one is usually treated with a cream.", OFF_LABEL),
    # disclosed
    ("baclofen", "Alcohol use disorder is sometimes treated with baclofen, an off-label use.", OFF_LABEL),
    ("quetiapine", "Insomnia is sometimes treated with quetiapine, but the FDA has not approved it for sleep.", OFF_LABEL),
]
