"""Acetaminophen credited with an anti-inflammatory action told as keeping the swelling in check, down or at bay, also as
what does it in a carer's story: "honestly the Tylenol is what keeps that swelling in check for her" (eval/holdout178 et02;
acetaminophen `not-anti-inflammatory`, whose pattern now also reads a swelling kept in check, down, at bay or under control,
said of the drug, "the tablets" or "it", and of the drug as "what" or "the only thing" that does it). Near misses: the pain
kept in check, the keeping denied, another thing doing it, another drug doing it."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (et02)
    (
        "acetaminophen",
        "Mum's knuckles puff up when the weather turns cold and damp, and honestly the Tylenol is what keeps that swelling in check"
        " for her. When we ran out for a day last month her fingers looked like sausages by teatime.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    # new wordings
    (
        "acetaminophen",
        "Grandad swears Tylenol keeps the swelling in his knees down better than anything the doctor has given him.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        "For my wrist, paracetamol is the only thing that holds the puffiness at bay after a long shift.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
    (
        "acetaminophen",
        "Two caplets at breakfast and the tablets keep the swelling under control until dinner, she says.",
        MISSTATEMENT,
        "not-anti-inflammatory",
        "warning",
    ),
]

#: (drug, body, rule, item): a finding that must not be reported.
SHOULD_NOT = [
    # the pain kept in check, not the swelling
    (
        "acetaminophen",
        "Tylenol keeps the pain in check, but the swelling is another matter.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    # the keeping denied
    (
        "acetaminophen",
        "Tylenol doesn't keep the swelling down, so ask your pharmacist about something that does.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    # something else does it
    (
        "acetaminophen",
        "Ice is what keeps the swelling down; the Tylenol is for the ache.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
    # another drug does it
    (
        "acetaminophen",
        "It is what keeps the swelling in check, which acetaminophen cannot do: ibuprofen is an anti-inflammatory.",
        MISSTATEMENT,
        "not-anti-inflammatory",
    ),
]
