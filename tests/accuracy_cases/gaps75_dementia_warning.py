"""The antipsychotics' boxed dementia warning told in lay words (eval/holdout78 ax02, ax08: false errors).

Class: older people with dementia-related psychosis are at a higher risk of death on the drug and it is
not approved for them (aripiprazole, quetiapine, risperidone: the shared warning kind `dementia-mortality`).
Dementia may be told as people "with memory loss"; death as "the chance of dying"; a short lead naming
the group ("**Older people with dementia.**") may be followed by the risk in the next sentence. Not the
warning: a use in dementia ("given to residents with dementia to calm agitation"), memory problems as a
side effect, a lead over a use that names no risk.
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
ITEM = "dementia-mortality"

#: (drug, body, rule, item, severity): the warning is not given.
SHOULD = [
    # a use in dementia, not the warning
    ("quetiapine", "Quetiapine is sometimes given to care home residents with dementia to calm agitation.", MISSING, ITEM, "error"),
    (
        "aripiprazole",
        "Some doctors prescribe aripiprazole to residents with dementia who shout at night. It helps them settle.",
        MISSING,
        ITEM,
        "error",
    ),
    # memory problems as a side effect, a fatal reaction of another kind
    ("quetiapine", "Quetiapine can cause drowsiness and memory problems. Rarely it causes a fatal reaction.", MISSING, ITEM, "error"),
    # a lead naming dementia over a use, with no risk
    ("risperidone", "**Dementia care.** Risperidone can calm agitation at night in people with memory loss.", MISSING, ITEM, "error"),
]

#: (drug, body, rule, item): the warning is given.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "aripiprazole",
        "The first is about older people with dementia. In people with memory loss who also see or hear things that are not "
        "there, medicines like aripiprazole raise the chance of dying, often from heart problems or infections. It is not "
        "approved for them.",
        MISSING,
        ITEM,
    ),
    (
        "quetiapine",
        "- **Older people with dementia.** In older adults with memory loss who also have psychosis, medicines like quetiapine "
        "raise the risk of death. Quetiapine is not approved for them.",
        MISSING,
        ITEM,
    ),
    # new wordings
    ("risperidone", "- **Dementia.** Risperidone raises the risk of death and stroke in this group.", MISSING, ITEM),
    (
        "aripiprazole",
        "In older people whose memory is failing and who see things, aripiprazole makes them more likely to die.",
        MISSING,
        ITEM,
    ),
    ("risperidone", "Risperidone should not be given to older adults living with memory loss and psychosis.", MISSING, ITEM),
    ("quetiapine", "Elderly relatives with Alzheimer's who take quetiapine for hallucinations die sooner, on average.", MISSING, ITEM),
    ("quetiapine", "Older adults with dementia. It is not approved for this group.", MISSING, ITEM),
]
