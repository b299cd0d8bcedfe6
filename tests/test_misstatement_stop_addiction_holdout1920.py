"""Stopping and addiction misstated, by wording class (holdout19/20): a taper said not to be needed
("no need to come down slowly"), quitting whenever ("the day you decide you're done with it"), a
pause told as a plan (a drug holiday, weekends off, skipping it for days), stopping without telling
the prescriber, dependence waved away ("Worried about getting dependent? Don't be.", "not the kind
of pill your body starts to crave"); and what stays quiet: the same negated, put as a question and
answered no, hearsay refuted in the next paragraph, a warning about another medicine."""

from __future__ import annotations

import pytest
from rule_runner import findings, run_rule

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

#: (drug, body, misstatement id): a reader is told stopping or dependence is nothing to worry about.
CAUGHT = [
    # no taper needed
    ("paroxetine", "You don't need to come down slowly off this one, whatever the pharmacist tells you.", "safe-to-stop"),
    ("sertraline", "There's no need to wean yourself off it gradually.", "safe-to-stop"),
    ("venlafaxine", "You needn't taper: it leaves your system fast.", "safe-to-stop"),
    ("propranolol", "Another plus: there's no wind-down.", "safe-to-stop"),
    ("gabapentin", "With gabapentin there is no weaning period.", "safe-to-stop"),
    # quit whenever / cold turkey
    ("propranolol", "Whether you've been on it a week or a year, you can quit the day you decide you're done with it.", "safe-to-stop"),
    ("clonidine", "You can stop it whenever you decide to.", "safe-to-stop"),
    ("metoprolol", "You can come off it when you've had enough of it.", "safe-to-stop"),
    ("lorazepam", "Cold turkey is fine with this one.", "safe-to-stop"),
    # a pause told as a plan or practice
    ("metoprolol", "Deload weeks = metoprolol holiday. I just skip it for those five to seven days. No drama.", "safe-to-stop"),
    ("atenolol", "Skip it on weekends.", "safe-to-stop"),
    ("metoprolol", "I usually skip my metoprolol at weekends.", "safe-to-stop"),
    ("sertraline", "Take a sertraline holiday every few months to reset.", "safe-to-stop"),
    ("propranolol", "Give yourself weekends off it.", "safe-to-stop"),
    ("escitalopram", "We drop it over the holidays and pick it up again in January.", "safe-to-stop"),
    # stopped without telling the prescriber
    ("clopidogrel", "Stop it a week before your dental work without telling your cardiologist.", "safe-to-stop"),
    ("apixaban", "I came off it for a fortnight without asking anyone.", "safe-to-stop"),
    # dependence waved away
    (
        "phentermine",
        "Worried about getting dependent? Don't be. Phentermine isn't the kind of pill your body starts to crave.",
        "not-addictive",
    ),
    ("phentermine", "Scared of getting hooked? No need.", "not-addictive"),
    ("alprazolam", "You're not going to get addicted if you take it for a few weeks.", "not-addictive"),
    ("lorazepam", "Ativan is not the kind you get hooked on.", "not-addictive"),
    ("clonazepam", "Klonopin is not something you'll get hooked on.", "not-addictive"),
    ("tramadol", "Your body won't miss it when the course ends.", "not-addictive"),
    ("diazepam", "Your body isn't going to start needing it.", "not-addictive"),
    ("zolpidem", "It's not a pill your body will ever crave.", "not-addictive"),
]

#: (drug, body): negated, refuted, put as a question and answered no, at the doctor's direction.
QUIET = [
    ("propranolol", "Never skip it on weekends."),
    ("metoprolol", "If you skip it for a few days, your chest pain can come back."),
    ("metoprolol", "When I skip it for a few days my heart races."),
    ("metoprolol", "Do not take a drug holiday from metoprolol."),
    ("clopidogrel", "Stop it five days before surgery only if your doctor tells you."),
    ("clopidogrel", "Never stop it before dental work without telling your cardiologist."),
    ("paroxetine", "You do need to come down slowly off this one."),
    ("alprazolam", "Alprazolam can be habit-forming, even at the dose you are prescribed."),
    ("phentermine", "Worried about getting dependent? Talk to your doctor: phentermine can be habit-forming."),
    # quoted and tagged as what others say
    ("oxycodone", '"He\'s not going to get addicted at this stage" is a phrase we hear a lot. Oxycodone carries a risk of addiction.'),
    ("lorazepam", '"You can stop it whenever you like," patients often tell us.'),
    # a statement put as a question, answered below
    (
        "lorazepam",
        '## "My friend says it\'s fine to just quit once I feel better. True?"\n\n'
        "No. After more than a few weeks of regular use, stopping suddenly can cause withdrawal.",
    ),
    ("sertraline", "My cousin says you can stop it whenever you like. Is that right? Absolutely not."),
    # hearsay refuted in the next paragraph, a reply with its speaker's label
    (
        "methylphenidate",
        '**@twinsdad_ohio** said a neighbor had told him Ritalin "can\'t get kids addicted."\n\n'
        "**Kendra's note:** That isn't accurate. Methylphenidate is a Schedule II controlled substance.",
    ),
    (
        "lorazepam",
        "A neighbour told me you can just quit the Ativan cold turkey.\n\nThat is not true. Stopping suddenly can cause seizures.",
    ),
    ("propranolol", "Someone on the forum said there's no wind-down with propranolol.\n\nModerator: Please don't do this."),
]

#: (drug, body, misstatement id): hearsay left standing, or a question answered yes, is still the article's.
STANDING = [
    ("methylphenidate", "Our pediatrician said Ritalin can't get kids addicted.\n\n## Dosing\n\nThat isn't accurate.", "not-addictive"),
    (
        "methylphenidate",
        "**@dad** said a neighbor had told him Ritalin \"can't get kids addicted.\"\n\n**Kendra's note:** Good point.",
        "not-addictive",
    ),
    ("lorazepam", "A neighbour told me you can just quit the Ativan cold turkey.\n\nI did, and I felt fine.", "safe-to-stop"),
    ("lorazepam", "My friend says it's fine to just quit once I feel better. True?\n\nYes, you can.", "safe-to-stop"),
]


@pytest.mark.parametrize(("drug", "body", "item"), CAUGHT + STANDING)
def test_stopping_or_dependence_misstated_is_reported(drug: str, body: str, item: str) -> None:
    assert item in {f.extra["misstatement"] for f in run_rule(drug, body, MISSTATEMENT)}


@pytest.mark.parametrize(("drug", "body"), QUIET)
def test_negated_refuted_or_answered_stays_quiet(drug: str, body: str) -> None:
    assert findings(drug, body, MISSTATEMENT) == []


@pytest.mark.parametrize(
    ("drug", "item"), [("propranolol", "safe-to-stop"), ("lorazepam", "safe-to-stop"), ("methylphenidate", "not-addictive")]
)
def test_boxed_stop_and_addiction_misstatements_are_errors(drug: str, item: str) -> None:
    body = {"safe-to-stop": "You can quit the day you decide you're done with it.", "not-addictive": "Your body won't miss it."}[item]
    assert [f.severity.value for f in run_rule(drug, body, MISSTATEMENT) if f.extra["misstatement"] == item] == ["error"]


#: (drug, body, warning given): a "don't stop it suddenly" about another medicine the sentence names gives
#: that medicine's warning, not the article's drug's.
WARNED = [
    (
        "propranolol",
        "Tell your doctor if you take verapamil. If you take clonidine, don't stop it suddenly while you're on propranolol.",
        False,
    ),
    ("metoprolol", "If you also take clonidine, never stop the clonidine abruptly.", False),
    ("propranolol", "Do not stop propranolol suddenly if you also take clonidine.", True),
    ("metoprolol", "Never stop taking it suddenly: your chest pain can get worse.", True),
]


@pytest.mark.parametrize(("drug", "body", "given"), WARNED)
def test_abrupt_cessation_warning_about_another_medicine_does_not_count(drug: str, body: str, given: bool) -> None:
    missing = {f.extra["warning"] for f in run_rule(drug, body, WARNING)}
    assert ("abrupt-cessation" not in missing) is given
