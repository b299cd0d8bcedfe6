"""Premenstrual dysphoric disorder told only by its signs, from eval/holdout132 (cz03, escitalopram), as a class.

Class: the moods (tearful, snapping, furious, hopeless, not herself) tied to the days before a period, told after the time
("in the week before her period, she became someone she did not recognise: tearful over nothing, snapping at her partner")
or before it ("a weepy, furious mess for a week before every period"), then the drug given; escitalopram and citalopram
are not approved for PMDD. Lay words: a warning. Silent: sertraline (approved for PMDD), the cramps and bloating of those
days, a mood with the drug given for depression as the week falls, a dose taken in that week, the moods as a side effect.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cz03)
    (
        "escitalopram",
        "For Marisol, 29, the trouble came on a timetable. Every month, in the week before her period, she became someone she"
        " did not recognise: tearful over nothing, snapping at her partner, sure that everyone at work despised her, and then, a"
        " day or two after bleeding started, she was herself again. Her GP started her on 10 mg of escitalopram every morning,"
        " and by the third cycle the dark week had shrunk to a grumpy afternoon.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the mood before the time, other moods, another drug
    (
        "escitalopram",
        "I'm a weepy, furious mess for a week before every period. My doctor put me on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
    (
        "citalopram",
        "For the few days before her period she was irritable and hopeless, then fine once it came. Her GP prescribed citalopram"
        " for the second half of her cycle.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "In the days leading up to my period I'd be snappy with the kids and crying in the car. My GP started me on escitalopram.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "sertraline",
        "Every month, in the week before her period, she was tearful and snapping at her partner. Her GP started her on sertraline.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "The week before her period she gets cramps and bloating. Her GP started her on escitalopram for her depression.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "She was tearful and irritable all winter. A week before her period was due, her GP started her on escitalopram for depression.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "Take one tablet daily; you can keep taking it in the week before your period. Escitalopram is approved for depression.",
        OFF_LABEL,
    ),
    (
        "escitalopram",
        "Escitalopram can make some women tearful in the week before a period; tell your doctor if this happens.",
        OFF_LABEL,
    ),
]
