"""A safety warning given as signs to report, in an article that tells the risk as absent elsewhere (holdout111 ce01).

A sign the reader is told to report says the risk is real: in a list under an instruction to report ("Call your doctor
the same day if you have:" over "- muscle pain, tenderness or weakness that you cannot explain") or in its own sentence
("If your muscles ache for no reason, let your doctor know"), though another sentence tells the problem as absent ("A few
people have taken 80 mg a day for more than a year with no muscle problems", "Most people have no muscle problems").
The three statins alike.

Still reported: the warning absent, with only the denial ("Most people on simvastatin have no muscle problems"), the
report instruction denied ("there's no need to call your doctor"), a report instruction for another sign, and a question."""

from __future__ import annotations

MISSING = "safety-warnings.missing"
MUSCLE = "myopathy-rhabdomyolysis"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("simvastatin", "Most people on simvastatin have no muscle problems. Take it in the evening.", MISSING, MUSCLE, "error"),
    (
        "rosuvastatin",
        "Rosuvastatin doesn't cause muscle pain. If your muscles ache after the gym, there's no need to call your doctor.",
        MISSING,
        MUSCLE,
        "error",
    ),
    (
        "atorvastatin",
        "Atorvastatin is free of muscle problems for nearly everyone. Call your doctor if you get a rash or yellow skin.",
        MISSING,
        MUSCLE,
        "error",
    ),
    (
        "simvastatin",
        "Simvastatin won't give you muscle problems. Should you call your doctor about muscle pain?",
        MISSING,
        MUSCLE,
        "error",
    ),
]

#: (drug, body, rule, item): no finding of that item.
SHOULD_NOT = [
    # the draft's own wording
    (
        "simvastatin",
        "- A few people have taken 80 mg a day for more than a year with no muscle problems. They may stay on 80 mg.\n\n"
        "## Muscle problems: tell us straight away\n\nRarely, simvastatin harms the muscles.\n\n"
        "Call your doctor the same day if you have:\n\n- muscle pain, tenderness or weakness that you cannot explain\n"
        "- dark, cola-coloured urine",
        MISSING,
        MUSCLE,
    ),
    (
        "atorvastatin",
        "People who have taken atorvastatin for years with no muscle problems can keep taking it. "
        "Tell your doctor straight away if you get muscle pain or weakness you cannot explain.",
        MISSING,
        MUSCLE,
    ),
    (
        "rosuvastatin",
        "Most people have no muscle problems on rosuvastatin.\n\nContact your GP the same day if you notice:\n\n"
        "- muscle weakness\n- brown urine",
        MISSING,
        MUSCLE,
    ),
    (
        "simvastatin",
        "Simvastatin doesn't cause muscle damage in most people. If your muscles ache for no reason, let your doctor know.",
        MISSING,
        MUSCLE,
    ),
    (
        "atorvastatin",
        "Nine in ten people never get muscle problems on atorvastatin. Get medical help right away for muscle pain with a fever.",
        MISSING,
        MUSCLE,
    ),
]
