"""Off-label use for sleep told as a purpose, a result or a story without the word "insomnia", the drug sometimes named only
by a dose, from eval/holdout343 (lc09 quetiapine), holdout344 (ld04 alprazolam), holdout345 (le03 trazodone) and holdout350
(lj02 aripiprazole); and its opposite, sleeplessness told as a sign of the approved condition (holdout347 lg12 lithium), as a
class.

Class: a dose someone "has" at night "to knock them out"; a bare strength kept to hand ("keep a 0.25 on the nightstand", "pop a
0.5 at bedtime") or "one of the 50 mg tablets" taken "on the nights she's still staring at the ceiling"; the giving told with
its reason ("put him on a tiny 2 mg dose because he was lying awake until four most nights") after a paragraph naming the
approved uses, depression among them. Told in signs or a story, a warning.

Silent: "little need for sleep", "a reduced need for sleep" or "barely sleeping" glossing mania, the approved condition; the
same words for zolpidem (approved for insomnia); the use disclosed or refused; knocked out as a side effect; sleep won back
because the approved condition eased; a bare number that is no dose ("a 2 a.m. alarm"); a question.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_APPROVED_BEFORE = (
    "Aripiprazole is an antipsychotic. Doctors prescribe it for schizophrenia, for the manic highs of bipolar I disorder (racing"
    " thoughts, barely sleeping, spending sprees), and as an add-on when an antidepressant alone hasn't lifted depression"
    " enough.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (lc09, ld04, le03, lj02)
    (
        "quetiapine",
        "Some guests also have a small dose at night to knock them out when their head won't switch off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "alprazolam",
        "Lots of our readers also keep a 0.25 on the nightstand for the nights they're still staring at the ceiling at 2 a.m., and"
        " swear it's the only way they get any sleep.",
        OFF_LABEL,
        "error",
    ),
    (
        "trazodone",
        "Her doctor also had her take one of the 50 mg tablets on the nights she came home from a shoot wired at 4 a.m., so she"
        " could stop staring at the ceiling and get some rest before the school run.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        _APPROVED_BEFORE + "One regular told us his doctor put him on a tiny 2 mg dose of aripiprazole because he was lying awake"
        " until four most nights, and now he sleeps right through.",
        OFF_LABEL,
        "warning",
    ),
    # other voices, persons, tenses and drugs of the class
    ("quetiapine", "A few residents have a tiny dose at bedtime to knock them out after a loud night on the ward.", OFF_LABEL, "warning"),
    ("risperidone", "My brother has half a tablet at night just to knock him out.", OFF_LABEL, "warning"),
    ("alprazolam", "I keep a 0.5 by the bed for the nights I'm still staring at the ceiling at three.", OFF_LABEL, "warning"),
    ("clonazepam", "Honestly, I pop a 0.5 at bedtime on the nights I'm lying awake until 3 a.m.", OFF_LABEL, "warning"),
    (
        "lorazepam",
        "Plenty of nurses on our forum keep a 0.5 in the bedside drawer for the nights they're tossing and turning until four.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "His GP had him take one of the 50 mg tablets on the nights he was still lying awake at 3 a.m.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "She swallows one of the 25 mg tablets on nights when she's still staring at the ceiling at 2 a.m.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "It is approved for schizophrenia, and as an add-on for depression.\n\nMy neighbour's psychiatrist started her on a tiny"
        " 2 mg dose because she was lying awake until five every night, and now she sleeps right through.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Quetiapine is approved for schizophrenia, bipolar disorder and, as an add-on, depression.\n\nOne of our volunteers said her"
        " GP put her on a small 25 mg dose because she was lying awake till dawn.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # sleeplessness glossing mania, the approved condition (lg12 and variants)
    (
        "lithium",
        "Lithium is a mood stabiliser. It is approved for bipolar I disorder: to calm an episode of mania (the racing thoughts, little"
        " need for sleep and risky spending some of you will recognise) and, taken long term, to keep new highs and lows from"
        " coming back. It is not a sedative and it is not for everyday stress or a bad week.",
        OFF_LABEL,
    ),
    ("lithium", "It treats mania: racing thoughts, a reduced need for sleep and reckless spending.", OFF_LABEL),
    ("lithium", "Lithium is used for bipolar disorder, including the highs with their decreased need for sleep.", OFF_LABEL),
    (
        "aripiprazole",
        "Doctors prescribe it for the manic highs of bipolar I disorder (racing thoughts, barely sleeping, spending sprees).",
        OFF_LABEL,
    ),
    ("quetiapine", "It treats the high phases of bipolar disorder (racing thoughts, little need for sleep, reckless spending).", OFF_LABEL),
    # a medicine approved for sleep
    ("zolpidem", "I keep a 5 by the bed for the nights I'm still staring at the ceiling at 2 a.m.", OFF_LABEL),
    ("zolpidem", "Some guests also have a small dose at night to knock them out when their head won't switch off.", OFF_LABEL),
    # disclosed, refused
    (
        "quetiapine",
        "Some guests also have a small dose at night to knock them out. Using quetiapine for sleep is off-label, so the doctor"
        " must agree to it.",
        OFF_LABEL,
    ),
    ("alprazolam", "Never keep a 0.25 on the nightstand for the nights you can't sleep.", OFF_LABEL),
    # knocked out as a side effect; a dose timed against it
    ("quetiapine", "It can knock you out, so have your dose at night.", OFF_LABEL),
    ("trazodone", "One of the 50 mg tablets at night can leave you groggy the next morning.", OFF_LABEL),
    # sleep back because the approved condition eased
    (
        "aripiprazole",
        _APPROVED_BEFORE + "One regular told us his doctor put him on a tiny 2 mg dose because his schizophrenia had flared up,"
        " and now he sleeps right through.",
        OFF_LABEL,
    ),
    (
        "aripiprazole",
        _APPROVED_BEFORE + "One regular told us his doctor added a tiny 2 mg dose to his sertraline because he was still low, and"
        " now he sleeps right through.",
        OFF_LABEL,
    ),
    # had or kept for the approved use, or had with no purpose
    ("quetiapine", "Some guests also have a small dose at night to keep the voices quiet.", OFF_LABEL),
    ("alprazolam", "She has half a tablet before a flight to stop the panic attacks.", OFF_LABEL),
    ("lorazepam", "I have a headache most nights and keep a 0.5 by the bed for my anxiety.", OFF_LABEL),
    # a bare number that is no dose; the approved use told with a dose
    ("alprazolam", "I keep a 2 a.m. alarm for the baby's feed and a 0.25 for my panic attacks.", OFF_LABEL),
    ("alprazolam", "I keep a 0.25 in my bag for the panic attacks that hit on the train.", OFF_LABEL),
    # a question
    ("alprazolam", "Is it safe to keep a 0.25 on the nightstand for the nights I can't sleep?", OFF_LABEL),
]
