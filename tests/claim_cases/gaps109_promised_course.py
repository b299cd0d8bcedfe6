"""Remission promised for good, and relief within the hour promised every time (eval/holdout109 cc13, holdout108 cb07),
as classes.

- `unsupported-claim.absolute`: remission promised for good, uncited: "will put your diabetes into remission for good",
  "keeps it in remission forever", "in remission for life". Not remission as a possibility ("some people reach
  remission with weight loss"), nor its length told as a fact of some people ("remission can last for years").
- `unsupported-claim.rapid-onset`: a time within the hour promised without fail: "settles your nerves within half an
  hour, every single time", "calm in a quarter of an hour, guaranteed", "within the hour, every time". Not a hedged time
  course ("some people notice a change within an hour of a dose"), nor timing advice ("within an hour of a meal, every
  time").
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
ONSET = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "metformin",
        "Stick with it and metformin will put your diabetes into remission for good; members who have been on it since "
        "diagnosis simply never go on to need insulin.",
        ABSOLUTE,
        "error",
    ),
    ("metformin", "It keeps type 2 diabetes in remission forever, our members say.", ABSOLUTE, "error"),
    ("metformin", "Start early and you stay in remission for life.", ABSOLUTE, "error"),
    (
        "buspirone",
        "Once you've swallowed it, it settles your nerves within half an hour, every single time.",
        ONSET,
        "error",
    ),
    ("buspirone", "It calms you down in a quarter of an hour, guaranteed.", ONSET, "error"),
    ("buspirone", "My panic is gone within the hour, every time.", ONSET, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("metformin", "Some people reach remission with weight loss and exercise.", ABSOLUTE),
    ("metformin", "Remission can last for years in some people, but blood sugar often rises again.", ABSOLUTE),
    ("metformin", "No medicine can promise to keep diabetes in remission.", ABSOLUTE),
    (
        "buspirone",
        "It usually takes two to four weeks to work; some people notice a change within an hour of a dose.",
        ONSET,
    ),
    ("buspirone", "Take it at the same time every day, within an hour of a meal, every time.", ONSET),
    ("buspirone", "Buspirone does not work within half an hour; it takes weeks.", ONSET),
]
