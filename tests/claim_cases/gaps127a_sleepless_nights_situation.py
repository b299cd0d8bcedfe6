"""Sleeplessness told as a situation, from eval/holdout133 (da06, mirtazapine) and eval/holdout137 (de07, quetiapine), as a
class.

Class: the nights told as what the person cannot do ("They lie awake until 2 a.m., wake at 4 and can't get back off. For
them our clinicians often prescribe 7.5 mg of mirtazapine at bedtime": what someone "can't" do goes on with the trouble, as
"couldn't" did), or by the full night won back on a small tablet ("now have a small 25 mg tablet at 8 p.m., and the night
staff say they are getting a full night's sleep for the first time in months", "he's having a whole night's sleep again",
"enough to get her a full night"). All lay words: a warning. Silent: the story turned ("but it passed"), a full night's
sleep as advice or a condition ("do not drive until you've had a full night's sleep", "make sure you are getting a full
night's sleep"), a full night of rest that is "not enough".
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (da06, de07)
    (
        "mirtazapine",
        "## Not depressed, just can't switch off at night?\n\nMany of our members come to us because they haven't slept properly"
        " in months. They lie awake until 2 a.m., wake at 4 and can't get back off. For them our clinicians often prescribe"
        " 7.5 mg of mirtazapine at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Over the summer the visiting GP reviewed several residents who are up and down the corridor half the night and can't"
        " settle. Mrs. D. and two others on Cedar now have a small 25 mg tablet at 8 p.m., and the night staff say they are"
        " getting a full night's sleep for the first time in months. Please give these doses on time and write in the notes"
        " how the night went.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: what the person can't do after the nights, in other voices
    (
        "mirtazapine",
        "Most nights she lies awake till three and can't face the school run in the morning. Her doctor gave her 7.5 mg of mirtazapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "My dad lies there wide awake until four, then can’t get going before lunch. So his GP put him on mirtazapine, 7.5 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Loads of you tell us you stay wide awake past two and can't think straight at work. For those members our doctors"
        " prescribe a low dose of mirtazapine.",
        OFF_LABEL,
        "warning",
    ),
    # ... and the full night won back
    (
        "quetiapine",
        "Dad's on 25 mg of quetiapine at teatime now and he's having a whole night's sleep again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Since she started quetiapine at bedtime, Mum sleeps a full night for the first time in a year.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Her nurse practitioner added a tiny dose of quetiapine at night, and that was enough to get her a full night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the story turned before the giving
    (
        "mirtazapine",
        "He lay awake for hours, but he can't blame the tablets for that. His doctor gave him mirtazapine.",
        OFF_LABEL,
    ),
    (
        "mirtazapine",
        "She was lying awake most nights until two. But it passed, and she can't remember the last bad night. Her doctor gave"
        " her mirtazapine for her depression.",
        OFF_LABEL,
    ),
    # a full night's sleep as advice, a condition or a warning
    (
        "quetiapine",
        "Quetiapine can make you drowsy, so do not drive until you've had a full night's sleep again.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "Make sure you are getting a full night's sleep every night while you take quetiapine.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "It is not enough to get a full night of rest before driving; wait until you know how quetiapine affects you.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "If you can't get a full night's sleep on quetiapine, tell your doctor.",
        OFF_LABEL,
    ),
]
