"""Dementia told in a story paragraph, the drug given in the next (eval/holdout75 au09), as a class.

- The giving opens the next paragraph with the prescriber by name and who they are ("In October Dr. Patel, the home's
  visiting GP, talked it through with me and started her on risperidone"), after a talk with the family ("had a long chat
  with us and prescribed", "discussed it with Dad and put him on").
- The story's last sentence may tell what the person no longer does ("Her Alzheimer's is eight years along, and she no
  longer knows the home is her home"): more of the trouble, not a turn (a pain that "no longer hurts" is one).
- A warning: the use is inferred from the story. Not a use: a story turned before the giving, a giving for an approved use
  named in it, a prescriber who may give it some day.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_RISPERIDONE = "Risperidone treats schizophrenia and bipolar mania. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "risperidone",
        _RISPERIDONE + "Around teatime she would start pacing the corridor with her handbag, telling the carers that Dad was "
        "waiting for her at the bus stop. Dad died in 2009. When they gently told her so, she would shout, and twice she pushed "
        "a carer away. Her Alzheimer's is now eight years along, and she no longer knows the home is her home.\n\nIn October "
        "Dr. Patel, the home's visiting GP, talked it through with me and started her on risperidone, 0.25 mg with her tea. "
        "Within a fortnight the evenings were calmer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Grandad has had vascular dementia for four years and no longer recognises his own sons.\n\nLast "
        "spring Dr Okafor had a long chat with us and prescribed a tiny dose of risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        _RISPERIDONE + "Mum's Alzheimer's got much worse over the winter, and she no longer eats with the others.\n\nDr. "
        "Rahman, her consultant, discussed it with my brother and put her on risperidone.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "risperidone",
        _RISPERIDONE + "Her Alzheimer's is eight years along. But the evenings settled once the home changed her routine.\n\n"
        "In October Dr. Patel started her on risperidone for the voices she had heard since her twenties, her schizophrenia.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "My brother's schizophrenia had left him hearing voices for years, and he no longer trusted anyone.\n\n"
        "Dr. Patel, his psychiatrist, talked it through with us and started him on risperidone.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        _RISPERIDONE + "Her Alzheimer's is eight years along, and she no longer knows the home is her home.\n\nDr. Patel, the "
        "home's visiting GP, may talk it through with us one day, but he will not start risperidone.",
        OFF_LABEL,
    ),
]
