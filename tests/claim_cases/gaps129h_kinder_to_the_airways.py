"""False-error class (twenty-eighth stop, helper h): a beta1-selective beta blocker said to be gentler on the lungs or
airways than the older, non-selective ones ("Atenolol is gentler on the lungs than older beta blockers, but it is not
risk-free", holdout151 ds06). The labels of atenolol (TENORMIN, WARNINGS: Bronchospastic Diseases) and metoprolol
(TOPROL-XL, 5.3 Bronchospastic Disease) give it: because of its relative beta1-selectivity it may be used with caution
in bronchospastic disease, where beta blockers are in general to be avoided. A support scoped to the airways: the same
drugs' other comparisons, and a non-selective drug's, are still claims."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # another comparison of the same drug, not about the airways
    ("atenolol", "Atenolol works better than amlodipine for most people's blood pressure.", COMPARATIVE, "error"),
    ("atenolol", "Atenolol is kinder to your heart than the older beta blockers.", COMPARATIVE, "error"),
    ("metoprolol", "Metoprolol is gentler on the stomach than atenolol.", COMPARATIVE, "error"),
    # the airways' illness named, but the claim is about treating it
    ("atenolol", "Atenolol works better than an inhaler for asthma, one reader told us.", COMPARATIVE, "error"),
    # more than the label's relative selectivity: better than every beta blocker
    ("metoprolol", "Metoprolol is gentler on the lungs than all other beta blockers.", COMPARATIVE, "error"),
    ("atenolol", "Atenolol is kinder to your breathing than any beta blocker.", COMPARATIVE, "error"),
    # a non-selective beta blocker said to spare the lungs: no label gives it
    ("propranolol", "Propranolol is gentler on the lungs than other beta blockers.", COMPARATIVE, "error"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the draft's own wording
    (
        "atenolol",
        "People with asthma can find their airways tighten on a beta blocker, so tell your doctor if you wheeze. Atenolol is "
        "gentler on the lungs than older beta blockers, but it is not risk-free.",
        COMPARATIVE,
    ),
    # other voices: the airways, the breathing, a wheeze, metoprolol's label too
    ("metoprolol", "Metoprolol is easier on the airways than propranolol, though it can still tighten them.", COMPARATIVE),
    ("atenolol", "If you wheeze, Tenormin is kinder to your breathing than the old-style beta blockers.", COMPARATIVE),
    ("metoprolol", "For people with mild asthma, Toprol-XL is gentler on the lungs than propranolol.", COMPARATIVE),
]
