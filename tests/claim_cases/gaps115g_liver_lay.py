"""Liver damage told in lay words (warning kind ``liver-damage``), from eval/holdout112 (cf01, a false error).

- The liver warning as what the medicine does to the liver: "Too much acetaminophen can wreck your liver", "the
  combination is hard on the liver", "more than your liver can handle", "fry your liver", "your liver may be badly
  damaged"; also for the other drugs whose label warns of liver injury (naltrexone, fluconazole, duloxetine,
  hydrocodone-acetaminophen).
- Not a denial ("it won't hurt your liver"), the liver clearing the drug, a damaged liver the reader has, nor alcohol's
  own harm ("Alcohol is hard on the liver").
"""

from __future__ import annotations

WARNINGS = "safety-warnings.missing"

#: The article's other warning (serious skin reactions), given, so only the liver warning is at stake.
_SKIN = "It can rarely cause serious skin reactions; stop and get help if you get a rash.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("acetaminophen", _SKIN + "Unlike some painkillers, it won't hurt your liver.", WARNINGS, "error"),
    ("acetaminophen", _SKIN + "If you have a damaged liver, ask your doctor first.", WARNINGS, "error"),
    ("acetaminophen", _SKIN + "Alcohol is hard on the liver.", WARNINGS, "error"),
    ("acetaminophen", _SKIN + "Your liver clears it within a day.", WARNINGS, "error"),
    ("acetaminophen", _SKIN + "Acetaminophen is gentle on the stomach.", WARNINGS, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording
    (
        "acetaminophen",
        _SKIN + "Too much acetaminophen can wreck your liver, badly and sometimes for good, and you may feel nothing until it is serious.",
        WARNINGS,
    ),
    (
        "acetaminophen",
        _SKIN + "If you have three or more beers, glasses of wine or shots a day, ask a doctor before you use it, because the "
        "combination is hard on the liver.",
        WARNINGS,
    ),
    ("acetaminophen", _SKIN + "Taking more than 4,000 mg in a day can be more than your liver can handle.", WARNINGS),
    ("acetaminophen", _SKIN + "Mixing it with a nightly bottle of wine is a fast way to fry your liver.", WARNINGS),
    ("acetaminophen", _SKIN + "Double up on cold remedies and your liver may be badly damaged.", WARNINGS),
]
