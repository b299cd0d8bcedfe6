"""Misstatements, safety warnings and interactions by wording class (holdout5/holdout6 misses):
a drug named in front matter by its facts file's stem; alcohol in everyday words; a
misstatement hedged or contracted ("is basically a steroid", "isn't addictive"); a heading
that only names a warning's topic; needing the reliever more often and its opposite; safe in
pregnancy, a statin's muscle warning, the dementia warning, "not addictive" and COVID-19 or
yeast cures in other words. Each class with wordings of its own, the ones that must be
reported and the ones that must not."""

from __future__ import annotations

from typing import Any

import pytest
from claim_projects import claims_project, found  # noqa: F401 - claims_project is the `project` fixture here


# -- a drug named in front matter by its facts file's stem ---------------------------------------------
@pytest.mark.parametrize("drug", ["amphetamine-mixed-salts", "amphetamine mixed salts", "Amphetamine-Mixed-Salts"])
def test_front_matter_names_a_drug_by_its_file_stem(project: Any, drug: str) -> None:
    text = "Adderall helps many adults with ADHD focus at work."
    assert found(project, drug, text, "safety-warnings.missing"), drug
    assert not found(project, drug, text, "metadata.drug-facts-missing"), drug


# -- alcohol in everyday words: a warning about "booze" or "a few pints" gives the interaction -----------
def alcohol(project: Any, drug: str, text: str) -> list[dict[str, Any]]:
    return [f for f in found(project, drug, text, "interactions.missing") if f["extra"].get("interaction") == "alcohol"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Skip the booze while you're taking it.",
        "Don't go out for a few pints while you're on this medicine.",
        "Avoid cocktails and other alcoholic drinks during treatment.",
        "Never mix it with a nightcap: the drowsiness adds up.",
        "Do not take it if you plan to get drunk, as it can slow your breathing.",
        "Stay away from lager, cider and spirits while you take it.",
    ],
)
def test_a_warning_about_alcohol_in_everyday_words_gives_the_interaction(project: Any, sentence: str) -> None:
    assert not alcohol(project, "baclofen", f"Baclofen relaxes tight muscles. {sentence}"), sentence


@pytest.mark.parametrize("sentence", ["Add a spoon of apple cider vinegar to salad.", "Drink plenty of water."])
def test_other_drinks_are_not_alcohol(project: Any, sentence: str) -> None:
    missing = alcohol(project, "baclofen", f"Baclofen relaxes tight muscles. {sentence}")
    assert [f["message"] for f in missing if "is not mentioned" in f["message"]] == [f["message"] for f in missing], sentence
    assert missing, sentence


# -- a misstatement hedged or contracted: "is basically a steroid", "isn't really addictive" -----------
def misstated(project: Any, drug: str, text: str) -> list[str]:
    return [f["extra"]["misstatement"] for f in found(project, drug, text, "accuracy.misstatement")]


@pytest.mark.parametrize(
    "drug, sentence, item",
    [
        ("albuterol", "Ventolin is essentially a gentle steroid for your lungs.", "not-a-steroid"),
        ("albuterol", "Put simply, albuterol is really just a steroid spray.", "not-a-steroid"),
        ("albuterol", "Ventolin acts as a steroid in the airways.", "not-a-steroid"),
        ("albuterol", "ProAir is pretty much a corticosteroid.", "not-a-steroid"),
        ("amphetamine-mixed-salts", "Taken as prescribed, Adderall isn't addictive.", "not-addictive"),
        ("amphetamine-mixed-salts", "Stimulants aren't really habit-forming at these doses.", "not-addictive"),
        ("methylphenidate", "Ritalin is not at all addictive for children.", "not-addictive"),
        ("lorazepam", "Honestly, Ativan isn't addictive if you stick to the dose.", "not-addictive"),
    ],
)
def test_a_hedged_or_contracted_misstatement_is_reported(project: Any, drug: str, sentence: str, item: str) -> None:
    assert item in misstated(project, drug, sentence), sentence


@pytest.mark.parametrize(
    "drug, sentence",
    [
        ("albuterol", "Albuterol isn't a steroid: it relaxes the muscles around your airways."),
        ("albuterol", "Albuterol is basically a bronchodilator, not a steroid."),
        ("amphetamine-mixed-salts", "Adderall isn't harmless: it can be addictive, even at prescribed doses."),
        ("methylphenidate", "Ritalin is really a stimulant and can be habit-forming."),
        ("lorazepam", "It's a myth that Ativan isn't addictive."),
    ],
)
def test_a_correct_or_refuted_statement_is_not_a_misstatement(project: Any, drug: str, sentence: str) -> None:
    assert not misstated(project, drug, sentence), sentence


# -- a warning is given by a statement, not by a heading that only names its topic ------------------------
def warning_missing(project: Any, drug: str, text: str, item: str) -> bool:
    return any(f["extra"].get("warning") == item for f in found(project, drug, text, "safety-warnings.missing"))


@pytest.mark.parametrize(
    "text",
    [
        "## Pregnancy\n\nMany people keep taking it while expecting.",
        "## Pregnancy and breastfeeding\n\nAsk your midwife about anything else you take.",
        "## If you are pregnant\n\nLisinopril lowers blood pressure.",
    ],
)
def test_a_heading_naming_the_topic_does_not_give_the_warning(project: Any, text: str) -> None:
    assert warning_missing(project, "lisinopril", text, "fetal-toxicity"), text


@pytest.mark.parametrize(
    "drug, text, item",
    [
        ("lisinopril", "## Do not take it if you are pregnant\n\nLisinopril lowers blood pressure.", "fetal-toxicity"),
        ("diazepam", "## It can become habit-forming\n\nDiazepam eases anxiety.", "abuse-addiction"),
        ("diazepam", "## Safety\n\nDiazepam can be misused, and some people become addicted.", "abuse-addiction"),
        ("amphetamine-mixed-salts", "## Safety\n\nAdderall is abused by some students; people get addicted.", "abuse-misuse-addiction"),
    ],
)
def test_a_heading_or_sentence_that_states_the_risk_gives_the_warning(project: Any, drug: str, text: str, item: str) -> None:
    assert not warning_missing(project, drug, text, item), text


# -- albuterol: needing the reliever more often, and the opposite said of it ----------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "See your doctor if you are reaching for your reliever more than usual: your asthma may be getting out of control.",
        "Going through your inhaler quicker than normal means your asthma needs a review.",
        "If you use your blue inhaler three or more times a week, book an asthma review.",
        "Needing more puffs than usual is a warning sign; get medical advice.",
    ],
)
def test_needing_the_reliever_more_often_gives_the_warning(project: Any, sentence: str) -> None:
    assert not warning_missing(project, "albuterol", f"Albuterol opens the airways. {sentence}", "worsening-asthma"), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Call 999 if your breathing gets worse right after a puff.",
        "If you're going through your inhaler faster than usual, that's exactly what it's there for.",
        "Using it more often than usual in pollen season is completely normal.",
    ],
)
def test_a_reaction_after_a_puff_or_the_opposite_does_not_give_it(project: Any, sentence: str) -> None:
    assert warning_missing(project, "albuterol", f"Albuterol opens the airways. {sentence}", "worsening-asthma"), sentence


def test_saying_more_use_is_normal_is_a_misstatement(project: Any) -> None:
    text = "Albuterol opens the airways. Needing it more often in winter is nothing to worry about."
    assert "more-use-is-normal" in misstated(project, "albuterol", text)


# -- safe in pregnancy, said in other words (lisinopril's boxed fetal-toxicity warning) ------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Lisinopril won't harm the baby, so carry on as normal.",
        "Zestril is not making harm to the baby.",
        "Don't worry: lisinopril doesn't cause any problems for your unborn child.",
        "Lisinopril is perfectly safe for the baby.",
        "It's fine to keep taking lisinopril. It is totally okay when you're expecting.",
        "ACE inhibitors like lisinopril will not damage the developing baby.",
    ],
)
def test_safe_in_pregnancy_in_other_words_is_a_misstatement(project: Any, sentence: str) -> None:
    assert "safe-in-pregnancy" in misstated(project, "lisinopril", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisinopril can harm an unborn baby, so it is not safe during pregnancy.",
        "It is not true that lisinopril won't harm the baby.",
        "Stop lisinopril as soon as you know you are pregnant; it can cause harm to the baby.",
        "Lisinopril does not harm the kidneys in most people.",
    ],
)
def test_the_pregnancy_warning_itself_is_not_a_misstatement(project: Any, sentence: str) -> None:
    assert "safe-in-pregnancy" not in misstated(project, "lisinopril", sentence), sentence


# -- statin muscle warning: dark urine alone is the liver warning; muscles in lay words -------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Tell your doctor about unexplained sore or weak muscles.",
        "If your muscles ache for no reason, call your doctor.",
        "Dark urine together with aching legs needs a doctor the same day.",
        "Report muscle pain or weakness you can't explain.",
    ],
)
def test_the_statin_muscle_warning_in_lay_words(project: Any, sentence: str) -> None:
    assert not warning_missing(project, "atorvastatin", f"Atorvastatin lowers cholesterol. {sentence}", "myopathy-rhabdomyolysis")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tell them if you get unusual tiredness, dark urine, or yellowing of your skin or eyes.",
        "Some soreness after a hard workout is just training.",
    ],
)
def test_liver_signs_or_training_soreness_do_not_give_the_muscle_warning(project: Any, sentence: str) -> None:
    assert warning_missing(project, "atorvastatin", f"Atorvastatin lowers cholesterol. {sentence}", "myopathy-rhabdomyolysis")


# -- antipsychotics in dementia: the warning states the risk; naming dementia as the use does not give it ---------
@pytest.mark.parametrize(
    "sentence",
    [
        "In older people with dementia, medicines like this raise the risk of stroke and death.",
        "Risperidone should not be used for agitation in older adults with dementia.",
        "Elderly patients with dementia who take it are more likely to die.",
    ],
)
def test_the_dementia_warning_states_the_risk(project: Any, sentence: str) -> None:
    assert not warning_missing(project, "risperidone", f"Risperidone treats schizophrenia. {sentence}", "dementia-mortality")


@pytest.mark.parametrize("drug", ["risperidone", "quetiapine", "aripiprazole"])
def test_giving_it_to_people_with_dementia_is_not_the_warning(project: Any, drug: str) -> None:
    text = f"The nurses give {drug} to residents with dementia who get agitated in the evening."
    assert warning_missing(project, drug, text, "dementia-mortality")


# -- "not addictive" in other words, for the Schedule II stimulants ---------------------------------------------
@pytest.mark.parametrize(
    "drug, sentence",
    [
        ("methylphenidate", "Ritalin won't get him hooked at these doses."),
        ("methylphenidate", "Concerta isn't going to turn your son into an addict."),
        ("methylphenidate", "Kids can't get addicted to Ritalin when it's prescribed."),
        ("methylphenidate", "Taken properly, it won't leave your child craving more and more."),
        ("amphetamine-mixed-salts", "Adderall is not going to make you dependent if you follow the label."),
        ("amphetamine-mixed-salts", "With Adderall at a prescribed dose there's no risk of addiction."),
        ("amphetamine-mixed-salts", "You won't become addicted to Adderall if a doctor prescribes it."),
    ],
)
def test_not_addictive_in_other_words_is_a_misstatement(project: Any, drug: str, sentence: str) -> None:
    assert "not-addictive" in misstated(project, drug, sentence), sentence


@pytest.mark.parametrize(
    "drug, sentence",
    [
        ("methylphenidate", "Ritalin can be habit-forming, so keep it locked away."),
        ("methylphenidate", "Some teens who misuse Concerta do get hooked on it."),
        ("amphetamine-mixed-salts", "It is a myth that you can't get addicted to Adderall."),
        ("amphetamine-mixed-salts", "Adderall won't make you smarter, and it can be addictive."),
    ],
)
def test_the_addiction_warning_is_not_a_misstatement(project: Any, drug: str, sentence: str) -> None:
    assert "not-addictive" not in misstated(project, drug, sentence), sentence


# -- COVID-19 cures said with a pronoun or another verb form ------------------------------------------------------
@pytest.mark.parametrize(
    "drug, text",
    [
        ("hydroxychloroquine", "Plaquenil treats lupus. It turned out to work against COVID-19 as well."),
        ("hydroxychloroquine", "Hydroxychloroquine famously helped with coronavirus in 2020."),
        ("hydroxychloroquine", "Many doctors say this drug cured their COVID patients."),
        ("ivermectin", "Ivermectin kills parasites. It was the answer to COVID for many families."),
        ("ivermectin", "Stromectol worked against COVID-19 in my village."),
    ],
)
def test_a_covid_cure_in_other_words_is_a_misstatement(project: Any, drug: str, text: str) -> None:
    assert set(misstated(project, drug, text)) & {"covid-cure", "covid-treatment"}, text


@pytest.mark.parametrize(
    "drug, text",
    [
        ("hydroxychloroquine", "Plaquenil treats lupus. It did not work against COVID-19 in large trials."),
        ("hydroxychloroquine", "Plaquenil treats lupus. It never helped with coronavirus, and the FDA revoked its authorization."),
        ("ivermectin", "Ivermectin kills parasites. Some people believe it cures COVID, but trials showed no benefit."),
    ],
)
def test_a_denied_or_refuted_covid_cure_is_not_a_misstatement(project: Any, drug: str, text: str) -> None:
    assert not set(misstated(project, drug, text)) & {"covid-cure", "covid-treatment"}, text


# -- metronidazole said to treat yeast infections or thrush ---------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "If it turns out to be thrush, metronidazole usually clears it up.",
        "Whatever the cause, a yeast infection or something else, Flagyl sorts it out.",
        "Metronidazole gets rid of thrush in a few days.",
        "Most GPs treat a yeast infection with metronidazole.",
        "MetroGel is great for yeast infections.",
    ],
)
def test_metronidazole_for_yeast_is_a_misstatement(project: Any, sentence: str) -> None:
    assert "treats-yeast-infections" in misstated(project, "metronidazole", sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Metronidazole treats BV; a yeast infection needs an antifungal instead.",
        "Thrush needs an antifungal, but if it's BV, metronidazole clears it up.",
        "Metronidazole doesn't work on thrush.",
        "Yeast infections are not treated with metronidazole.",
    ],
)
def test_metronidazole_for_bv_is_not_the_yeast_misstatement(project: Any, sentence: str) -> None:
    assert "treats-yeast-infections" not in misstated(project, "metronidazole", sentence), sentence
