"""A use asked about as approved and answered in the next lines, from eval/holdout215 (ge13, clonidine), as a class.

Class: a use told, then asked whether it is approved, in its sentence or the next ("her sister takes clonidine for hot flashes
and asked whether that's approved", "Is that approved?", "wanted to know if it's licensed for that"), and the next sentence
answering no ("It isn't.", "No, it's not", "Not officially"); or, anywhere in the section, a disclosure naming no condition
after the use told in its own sentence ("Some doctors do prescribe it for hot flashes, but that's an off-label use; the FDA
approved clonidine for high blood pressure ..."). Both disclose the use. Still reported: the answer yes, a question about
something else (safety), a disclosure whose own sentence tells another use, and a use with no answer.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the answer yes: no disclosure
    (
        "clonidine",
        "My sister takes clonidine for hot flashes and asked whether that's approved. Yes, it is, her doctor said.",
        OFF_LABEL,
        "error",
    ),
    # a question about safety, not approval
    (
        "clonidine",
        "My sister takes clonidine for hot flashes. Is it safe with her other pills? Yes, her pharmacist checked.",
        OFF_LABEL,
        "error",
    ),
    # the disclosure's own sentence tells another use
    (
        "clonidine",
        "Her sister takes clonidine for hot flashes.\n\nSome doctors prescribe it for ADHD in adults, but that's an off-label use.",
        OFF_LABEL,
        "error",
    ),
    # asked, never answered
    (
        "clonidine",
        "A woman said her sister takes clonidine for hot flashes and asked whether that's approved. Clonidine lowers blood pressure.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ge13)
    (
        "clonidine",
        "*A woman near the window said her sister takes clonidine for hot flashes and asked whether that's approved.*\n\n"
        "It isn't. Some doctors do prescribe it for hot flashes, but that's an off-label use; the FDA approved clonidine for high"
        " blood pressure and, in the long-acting form, for ADHD. Your sister's doctor can explain why they chose it for her.",
        OFF_LABEL,
    ),
    # new wordings, other voices: the answer no alone
    (
        "clonidine",
        "Her sister takes clonidine for hot flashes and asked whether that's approved.\n\nIt isn't. The FDA approved clonidine for"
        " high blood pressure.",
        OFF_LABEL,
    ),
    # ... asked in the next sentence, answered after it
    (
        "clonidine",
        "My mum takes clonidine for her night sweats. Is that FDA-approved? No, it's not, but her doctor explained why she chose it.",
        OFF_LABEL,
    ),
    # ... wanted to know, answered "Not officially"
    (
        "gabapentin",
        "A caller said her husband takes gabapentin for hot flashes and wanted to know if it's licensed for that. Not officially;"
        " his doctor can explain the choice.",
        OFF_LABEL,
    ),
    # the disclosure naming no condition, after the use told in its own sentence, in the section
    (
        "clonidine",
        "Her sister takes clonidine for hot flashes.\n\nSome doctors do prescribe it for hot flashes, but that's an off-label use;"
        " the FDA approved clonidine for high blood pressure.",
        OFF_LABEL,
    ),
]
