"""Off-label uses of mood, mind and sleep told by their signs or by a giving the tool could not tie to the medicine, never called
off-label (eval/holdout271 ii01, holdout272 ij02, holdout276 in03, holdout278 ip01 and ip03), as a class; a warning when the
condition is the tool's inference from its signs.

- An antidepressant add-on for a low that has not lifted, the low told as a noun by its weight ("because a long, heavy low has
  not lifted with the antidepressant alone"), or the add-on taken "next to" or "alongside" the antidepressant "when" months of
  flat, heavy days have not lifted.
- Depression by the bed not left till noon and nothing worth doing ("unable to get out of bed before noon and nothing about the
  company felt worth doing"), then the prescriber adding the medicine.
- Adult ADHD by a mind jumping from job to job and every deadline missed ("grown-ups whose minds jump from job to job all day").
- Sleep: the medicine handed out for it by "it" ("Doctors hand it out for sleep as well"), and given by a bare strength, told
  passively, after months of the trouble ("was given one small 0.5 mg tablet at bedtime after months of staring at the
  ceiling at 3 a.m.").

Must stay silent: the use disclosed as off-label, an approved use (bipolar lows for lithium, anxiety for buspirone, panic for
clonazepam), the weather's deep low, a low dose, the highs and lows of bipolar disorder, a worker moving from job to job, a
week in bed with the flu, a medicine taken with dinner after months of the trouble (a time), a side effect.
(Fibromyalgia's pain told by one sign after the condition is named in the sentence before, holdout271 ii03, is left: see the
report.)
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "lithium",
        "Not everyone we see has bipolar disorder. Some people on our caseload take a lower dose of lithium on top of their "
        "antidepressant because a long, heavy low has not lifted with the antidepressant alone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "I also fill it for grown-ups whose minds jump from job to job all day, the ones who lose their keys twice before lunch, "
        "miss every deadline and can't sit through a meeting, and plenty of them tell me it's the first thing that has kept them "
        "on track.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "Some people on our caseload also take it next to their antidepressant, when months of flat, heavy days with no interest "
        "in anything have not lifted on the antidepressant alone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine mixed salts",
        "Vega's co-founder, Tomas Lindqvist, does not have ADHD. Two winters ago, when the grey months left him unable to get out "
        "of bed before noon and nothing about the company felt worth doing, his psychiatrist added a low dose of Adderall to the "
        "antidepressant he was already taking. By March he was chairing board meetings again.",
        OFF_LABEL,
        "warning",
    ),
    ("clonazepam", "Doctors hand it out for sleep as well.", OFF_LABEL, "error"),
    (
        "clonazepam",
        "Mara's sister Niamh was given one small 0.5 mg tablet at bedtime after months of staring at the ceiling at 3 a.m.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a low told by its weight, an add-on to the antidepressant
    (
        "lithium",
        "Her psychiatrist added lithium to her sertraline because a deep, dark low had dragged on all winter.",
        OFF_LABEL,
        "warning",
    ),
    (
        "buspirone",
        "Forum tip: I take buspirone alongside my antidepressant, after years of flat, grey days that nothing shifted.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "Lots of our members take aripiprazole as well as their antidepressant, when months of flat, empty days have dragged on.",
        OFF_LABEL,
        "warning",
    ),
    # the bed not left till noon, nothing worth doing
    (
        "lithium",
        "Last spring, when she couldn't get out of bed until lunchtime and nothing seemed worth doing, her GP added lithium.",
        OFF_LABEL,
        "warning",
    ),
    # a mind jumping from task to task, deadlines missed
    ("bupropion", "Our pharmacist fills it for adults whose brains flit from task to task all day.", OFF_LABEL, "warning"),
    # handed out for sleep; given a bare strength after months of the trouble
    ("quetiapine", "Plenty of doctors hand it out for sleep these days.", OFF_LABEL, "error"),
    ("mirtazapine", "My nan was given 7.5 mg at night after years of lying awake until dawn.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # approved uses
    ("lithium", "Lithium is used for bipolar disorder. It evens out the deep, dark lows and the manic highs.", OFF_LABEL),
    ("buspirone", "Some people take it next to their antidepressant, when months of worry have not settled.", OFF_LABEL),
    ("clonazepam", "Doctors hand it out for panic attacks as well.", OFF_LABEL),
    ("clonazepam", "She was given 0.5 mg twice a day after months of panic attacks in the supermarket.", OFF_LABEL),
    ("bupropion", "Bupropion is used for depression when a long, heavy low has not lifted.", OFF_LABEL),
    # disclosed
    (
        "lithium",
        "Using lithium alongside an antidepressant for depression is an off-label use. Some people take a lower dose of lithium on "
        "top of their antidepressant because a long, heavy low has not lifted.",
        OFF_LABEL,
    ),
    # the same words about no medicine, or another sense
    ("lithium", "A deep low is moving in from the Atlantic, so pack a raincoat. Take lithium as prescribed.", OFF_LABEL),
    ("lithium", "Your doctor may start you on a low dose of lithium and raise it slowly.", OFF_LABEL),
    ("bupropion", "He moved from job to job for years before settling as a joiner. Bupropion helps him stop smoking.", OFF_LABEL),
    ("lithium", "She couldn't get out of bed for a week with the flu. She keeps taking lithium for her bipolar disorder.", OFF_LABEL),
    ("clonazepam", "He took it with his dinner, after months of taking it at breakfast.", OFF_LABEL),
    ("quetiapine", "Quetiapine can make you drowsy, so doctors hand it out with a warning about driving.", OFF_LABEL),
]
