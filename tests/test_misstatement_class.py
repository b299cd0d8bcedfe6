"""Misstatements by kind (accuracy.misstatement): the shared wording classes of
checks/lexicons/misstatement-kinds.yml that every drug with the same kind of fact gets
(no dependence for a drug with an abuse/dependence warning, safe to stop suddenly for one
with a taper warning, safe in pregnancy for one with a fetal-harm warning, cures for a
drug that only controls, instant relief for a slow one, long-term use of a short-term
one, a wrong class, an approval it does not have), in wordings no eval set had, and
their near misses: refutations, the correct statement, questions, another drug's
property. All drafts are checked in one run; each case asserts what an editor sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Project

#: (drug in front matter, draft body, the misstatement id reported, its severity).
SHOULD: list[tuple[str, str, str, str]] = [
    # no dependence: a drug with an abuse/addiction or dependence warning
    ("methylphenidate", "Ritalin won't get your kid hooked, full stop.", "not-addictive", "error"),
    ("alprazolam", "Honestly, you can't get addicted to Xanax if you only take it when you need it.", "not-addictive", "error"),
    ("oxycodone", "A short course of oxycodone after surgery can't get you hooked.", "not-addictive", "error"),
    ("lorazepam", "Lorazepam isn’t habit forming at the dose I was given.", "not-addictive", "error"),
    ("amphetamine-mixed-salts", "There's no chance of becoming dependent on Adderall when it's prescribed.", "not-addictive", "error"),
    ("diazepam", "Diazepam won't make you dependent if you stick to the dose your GP gives you.", "not-addictive", "error"),
    ("clonazepam", "Clonazepam is not giving addiction, it is only calming medicine.", "not-addictive", "error"),
    ("tramadol", "Tramadol is not addictive like the stronger painkillers.", "not-addictive", "error"),
    ("hydrocodone-acetaminophen", "Norco is totally non-addictive when you follow the label.", "not-addictive-short-term", "error"),
    ("methylphenidate", "With Concerta you won't end up needing more and more of it to get the same effect.", "not-addictive", "warning"),
    ("alprazolam", "Xanax is not\naddictive at all, whatever the tabloids say.", "not-addictive", "error"),
    ("oxycodone", "Your body won’t get used to oxycodone, so there’s nothing to worry about.", "not-addictive", "warning"),
    ("zolpidem", "Ambien isn't something you can get hooked on.", "not-addictive", "warning"),  # section 9, not boxed
    # tolerance denied: the reader infers "not addictive" (a warning, also for a boxed warning)
    # safe to stop suddenly: a drug with a taper or abrupt-stop warning
    ("metoprolol", "If your blood pressure is fine, you can just stop the metoprolol.", "safe-to-stop", "error"),
    ("clonazepam", "You can ditch the clonazepam whenever you feel ready.", "safe-to-stop", "error"),
    ("propranolol", "It's fine to come off propranolol straight away once the exams are over.", "safe-to-stop", "error"),
    ("atenolol", "There's no need to taper atenolol; you can simply stop taking it.", "safe-to-stop", "error"),
    ("baclofen", "Once the spasms settle, stop baclofen cold turkey, no problem.", "safe-to-stop", "error"),
    ("gabapentin", "You can stop gabapentin whenever you like.", "safe-to-stop", "error"),
    ("prednisone", "When you feel better, just stop the prednisone.", "safe-to-stop", "error"),
    ("clonidine", "Clonidine can be stopped at any time without any problem.", "safe-to-stop", "error"),
    ("lorazepam", "Just quit the Ativan when you feel better.", "safe-to-stop", "error"),
    ("apixaban", "Once you feel fine you can simply stop Eliquis.", "safe-to-stop", "error"),
    ("sertraline", "You can stop sertraline as soon as your mood lifts, no need to cut down.", "safe-to-stop", "warning"),
    # safe in pregnancy: a drug with a fetal-harm warning
    ("losartan", "Losartan is perfectly fine while you're pregnant.", "safe-in-pregnancy", "error"),
    ("warfarin", "Warfarin won't hurt the baby.", "safe-in-pregnancy", "error"),
    ("lisinopril", "Lisinopril is not dangerous for baby when you are pregnant.", "safe-in-pregnancy", "error"),
    ("methotrexate", "Methotrexate is harmless for the baby.", "not-safe-in-pregnancy", "error"),
    ("lisinopril", "You can keep taking lisinopril when you're expecting.", "safe-in-pregnancy", "error"),
    ("losartan", "Cozaar is safe to carry on with in pregnancy.", "safe-in-pregnancy", "error"),
    ("topiramate", "Topiramate is safe to take while pregnant.", "safe-in-pregnancy", "warning"),
    # cures what it only controls
    ("valacyclovir", "Valtrex gets rid of herpes for good.", "not-a-cure", "warning"),
    ("valacyclovir", "After a course of valacyclovir the virus is gone forever.", "not-a-cure", "warning"),
    ("minoxidil", "Minoxidil cures baldness permanently.", "cures-baldness", "warning"),
    ("valacyclovir", "It cures cold sores once and for all.", "not-a-cure", "warning"),
    # instant relief from a slow drug
    ("omeprazole", "Omeprazole gives you relief within minutes.", "immediate-relief", "warning"),
    ("omeprazole", "Pop a Prilosec whenever the heartburn flares up.", "immediate-relief", "warning"),
    ("omeprazole", "Omeprazole kicks in straight away, so the burning stops fast.", "immediate-relief", "warning"),
    # a maintenance drug used as a rescue
    ("montelukast", "Take a Singulair the moment you feel an asthma attack coming on.", "stops-asthma-attacks", "error"),
    ("propranolol", "Take a propranolol at the first twinge of a migraine.", "taken-for-a-migraine-attack", "warning"),
    # long-term use of a short-term drug
    ("phentermine", "Plenty of people stay on phentermine for years.", "not-for-long-term-use", "warning"),
    ("phentermine", "You can take Adipex long term without problems.", "not-for-long-term-use", "warning"),
    ("cyclobenzaprine", "Cyclobenzaprine is fine to take every day for months.", "not-for-long-term-use", "warning"),
    # wrong class
    ("albuterol", "Ventolin is a type of steroid inhaler.", "not-a-steroid", "warning"),
    ("gabapentin", "Gabapentin is basically a narcotic.", "is-an-opioid", "warning"),
    ("amlodipine", "Amlodipine is one of the beta blockers.", "wrong-class", "warning"),
    # approved for what it is not
    ("semaglutide", "Ozempic is licensed for weight loss.", "ozempic-not-approved-for-weight-loss", "warning"),
    ("trazodone", "Trazodone has FDA approval as a sleeping pill.", "insomnia-approved", "warning"),
    ("hydroxychloroquine", "Hydroxychloroquine cured COVID in most patients.", "covid-cure", "error"),
    ("metronidazole", "Metronidazole clears up thrush too.", "treats-yeast-infections", "warning"),
    # a second batch, written after the kinds (their first measurement is in the report)
    ("diazepam", "Diazepam isn't habit-forming if you only use it for a week or two.", "not-addictive", "error"),
    ("clonazepam", "## Why I switched\n\n- Works in 20 minutes\n- Not addictive at the doses used for panic", "not-addictive", "warning"),
    ("phentermine", "✅ Non-habit forming\n\n✅ Ships in 24 hours", "not-addictive", "warning"),
    ("methylphenidate", "Our paediatrician promised us it wouldn't turn her into an addict.", "not-addictive", "error"),
    ("amphetamine-mixed-salts", "Adderall doesn't create dependency when it's used properly.", "not-addictive", "error"),
    ("hydrocodone-acetaminophen", "Vicodin for a few days? Zero chance you'll get hooked.", "not-addictive-short-term", "error"),
    ("metoprolol", "If the side effects bother you, you can simply come off metoprolol.", "safe-to-stop", "error"),
    ("clonidine", "Feel free to stop the clonidine patch whenever your pressure's normal.", "safe-to-stop", "error"),
    ("prednisone", "Once the rash has cleared, there's no need to wean off the prednisone.", "safe-to-stop", "error"),
    ("sertraline", "It's perfectly OK to stop your sertraline in one go once you feel better.", "safe-to-stop", "warning"),
    ("venlafaxine", "You can come off Effexor overnight without any issues.", "safe-to-stop", "warning"),
    ("gabapentin", "Stopping gabapentin suddenly is perfectly safe.", "safe-to-stop", "error"),
    ("warfarin", "Warfarin is safe to carry on with through your pregnancy.", "safe-in-pregnancy", "error"),
    ("losartan", "Losartan has no danger for the baby in the belly.", "safe-in-pregnancy", "error"),
    ("methotrexate", "Methotrexate won't affect your unborn baby at this low dose.", "not-safe-in-pregnancy", "error"),
    ("valacyclovir", "One course of Valtrex and the herpes is gone for good.", "not-a-cure", "warning"),
    ("valacyclovir", "Valacyclovir will wipe out the virus completely.", "not-a-cure", "warning"),
    ("omeprazole", "Prilosec starts working in about 15 minutes.", "immediate-relief", "warning"),
    ("omeprazole", "It's an instant fix for heartburn, honestly.", "immediate-relief", "warning"),
    ("phentermine", "Phentermine can be used long-term as long as your blood pressure is OK.", "not-for-long-term-use", "warning"),
    ("cyclobenzaprine", "Most people keep taking Flexeril for months with no problems.", "not-for-long-term-use", "warning"),
    ("albuterol", "Your Ventolin is a kind of steroid that calms the airways.", "not-a-steroid", "warning"),
    ("gabapentin", "Gabapentin belongs to the opioid family.", "is-an-opioid", "warning"),
    ("semaglutide", "The FDA approved Ozempic for weight loss in 2021.", "ozempic-not-approved-for-weight-loss", "warning"),
    ("trazodone", "Trazodone is officially approved to treat insomnia.", "insomnia-approved", "warning"),
    ("hydroxychloroquine", "Plaquenil knocks out COVID in a few days.", "covid-cure", "error"),
    # a third batch, written after the second batch's fixes (first measured 8 of 16)
    ("alprazolam", "My psychiatrist said I'd never get addicted as long as I stuck to 0.5 mg.", "not-addictive", "error"),
    ("oxycodone", "Addiction only happens to people who abuse it, not to patients in real pain.", "not-addictive", "error"),
    ("lorazepam", "Lorazepam is one of those meds you can't really get dependent on.", "not-addictive", "error"),
    ("methylphenidate", "Rest assured: Ritalin is not a drug that children become addicted to.", "not-addictive", "error"),
    ("clonazepam", "Klonopin?? not addictive at all, been on it 6 years lol", "not-addictive", "error"),
    ("propranolol", "You don't have to wean off propranolol – just stop when the exam season is over.", "safe-to-stop", "error"),
    ("baclofen", "It's no problem to quit baclofen abruptly.", "safe-to-stop", "error"),
    ("paroxetine", "Paxil can be stopped whenever you want without side effects.", "safe-to-stop", "warning"),
    ("warfarin", "Expecting? Warfarin poses no risk to your little one.", "safe-in-pregnancy", "error"),
    ("lisinopril", "Lisinopril is completely safe for mum and baby.", "safe-in-pregnancy", "error"),
    ("losartan", "Pregnant women can safely keep using losartan.", "safe-in-pregnancy", "error"),
    ("valacyclovir", "Valtrex will cure your herpes.", "not-a-cure", "warning"),
    ("omeprazole", "Prilosec gives immediate heartburn relief.", "immediate-relief", "warning"),
    ("phentermine", "There's no limit on how long you can take phentermine.", "not-for-long-term-use", "warning"),
    ("gabapentin", "Neurontin is an opiate painkiller.", "is-an-opioid", "warning"),
    ("trazodone", "Trazodone is licensed as a sleeping tablet in the US.", "insomnia-approved", "warning"),
]

#: (drug in front matter, draft body): no accuracy.misstatement at all.
SHOULD_NOT: list[tuple[str, str]] = [
    ("alprazolam", "## Is Xanax addictive?\n\nYes, it can be, even at prescribed doses."),
    ("amphetamine-mixed-salts", "It's a myth that Adderall isn't addictive."),
    ("oxycodone", "People used to think oxycodone wasn't addictive, but we now know better."),
    ("metoprolol", "Some sites claim you can just stop metoprolol, which is wrong."),
    ("clonazepam", "Don't stop taking clonazepam suddenly."),
    ("albuterol", "Albuterol is not a steroid; it opens the airways."),
    ("valacyclovir", "Valacyclovir doesn't cure herpes, but it shortens outbreaks."),
    ("omeprazole", "Omeprazole won't give you instant relief; it can take 1 to 4 days."),
    ("montelukast", "Montelukast will not stop an asthma attack that has already started; use your blue inhaler."),
    ("hydroxychloroquine", "Some people believed hydroxychloroquine cured COVID. Trials showed it did not."),
    ("buspirone", "Buspirone is not addictive, which is one reason doctors like it."),
    ("buspirone", "Unlike lorazepam, buspirone is not habit-forming."),
    ("lisinopril", "Lisinopril is not safe in pregnancy; stop it if you become pregnant."),
    ("losartan", "## Is it safe to take losartan while pregnant?\n\nNo. It can harm the baby."),
    ("sertraline", "If you want to stop sertraline, talk to your doctor about lowering the dose slowly."),
    ("cetirizine", "You can stop cetirizine at any time."),
    ("phentermine", "Phentermine is only for short-term use, usually a few weeks."),
    ("semaglutide", "Ozempic is approved for type 2 diabetes; Wegovy is the version approved for weight loss."),
    ("ibuprofen", "Ibuprofen works within an hour for most headaches."),
    ("albuterol", "Albuterol works within minutes; use it as soon as the wheezing starts."),
    ("montelukast", "Keep taking montelukast every evening, even when you feel well."),
    ("oxycodone", "Oxycodone can be habit-forming, even at prescribed doses."),
    ("methotrexate", "Methotrexate can harm an unborn baby."),
    ("valacyclovir", "The herpes virus stays in your body for life; valacyclovir keeps outbreaks down."),
    ("diazepam", "Tapering slowly, rather than stopping suddenly, avoids withdrawal from diazepam."),
    ("warfarin", "Warfarin is not safe for the baby, so tell your doctor if you’re pregnant."),
    ("prednisone", "Prednisone isn't the kind of steroid bodybuilders use, and you must not stop it suddenly."),
    ("gabapentin", "Gabapentin is not an opioid, but it can still cause dependence."),
    ("methylphenidate", "Many parents worry that Ritalin will get their child hooked. Ask your doctor about the risk."),
    ("lorazepam", "You may have read that lorazepam can't get you hooked. That isn't true."),
    ("propranolol", "Propranolol is taken every day to prevent migraines; it will not stop one that has started."),
    ("phentermine", "Do not stay on phentermine for months: it is meant for a few weeks."),
    # the second batch's near misses
    ("alprazolam", "## Xanax or buspirone?\n\nBuspirone advantages:\n\n- Not addictive\n- No withdrawal"),
    ("lorazepam", "Ativan works fast. Buspirone, by contrast, isn't habit-forming, but it takes weeks to work."),
    ("metoprolol", "If you get a rash or swelling of the face, stop taking metoprolol and get help straight away."),
    ("sertraline", "Stopping sertraline suddenly can cause dizziness and 'brain zaps'."),
    ("prednisone", "After a short 5-day course, you can usually stop prednisone without tapering, as your doctor directs."),
    ("losartan", "Losartan can harm your baby. If you become pregnant, stop taking it and call your doctor."),
    ("valacyclovir", "Cold sores usually clear up within a week or two, with or without treatment."),
    ("omeprazole", "Antacids work within minutes; omeprazole takes a few days to reach full effect."),
    ("phentermine", "Some people regain weight after stopping phentermine, so long-term habits matter."),
    ("albuterol", "Albuterol is often prescribed alongside a steroid inhaler."),
    ("semaglutide", "Wegovy, the same medicine as Ozempic, is FDA-approved for weight management."),
    ("oxycodone", "Is oxycodone addictive? It can be, even when you take it exactly as prescribed."),
    ("clonazepam", "Some people believed clonazepam wasn't habit-forming at low doses. That was wrong."),
    # the third batch's near misses (first measured 7 of 8)
    ("alprazolam", "Taking Xanax exactly as prescribed lowers, but does not remove, the risk of addiction."),
    ("propranolol", "Never just stop propranolol; your doctor will reduce the dose over 1 to 2 weeks."),
    ("warfarin", "Warfarin is not safe in pregnancy, except in some women with mechanical heart valves."),
    ("valacyclovir", "There is no cure for herpes, but valacyclovir keeps outbreaks shorter."),
    ("omeprazole", "If you need immediate relief, an antacid works faster than omeprazole."),
    ("phentermine", "Phentermine is approved only for a few weeks of use."),
    ("gabapentin", "Gabapentin is often used alongside opioids, which raises the risk of slowed breathing."),
    ("lisinopril", "Is lisinopril safe during pregnancy? No — stop it and call your doctor."),
]

#: One misstatement made twice: (drug, body, how many findings an editor gets). Once on one line, even over two
#: sentences; once on each line that makes it.
REPEATED: list[tuple[str, str, int]] = [
    (
        "metoprolol",
        "The pharmacy switched me from Lopressor to Toprol-XL last month. Is that a problem?\n\nHonestly, there's no real"
        " difference between the two. Lopressor, Toprol, whatever's on the label, it's one medicine, so carry on exactly the"
        " way you were taking the other one.",
        1,
    ),
    ("tramadol", "Tramadol is not addictive like the stronger painkillers.\n\nAgain: tramadol is not addictive.", 2),
    # a wrapped paragraph: each line that makes it needs rewriting
    ("tramadol", "Tramadol is not addictive like the stronger painkillers.\nAgain: tramadol is not addictive.", 2),
]

CASES: list[tuple[str, str]] = [(d, t) for d, t, _, _ in SHOULD] + SHOULD_NOT + [(d, t) for d, t, _ in REPEATED]


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[tuple[str, str], list[tuple[str, str]]]]:
    """Every case checked in one run: (drug, body) -> its misstatements as (id, severity)."""
    root = tmp_path_factory.mktemp("misstatement-kinds")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PIPELINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        mp.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        project = Project(root)
        off = "".join(
            f'"{f}" = "off"\n' for f in ("grammar", "readability", "off-label", "interactions", "safety-warnings", "dosage", "metadata")
        )
        project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\n{off}')
        for index, (drug, body) in enumerate(CASES):
            project.write(f"c{index:03}.md", f"---\ntitle: Case\ndrugs: [{drug}]\n---\n# About the medicine\n\n{body}\n", dedent=False)
        _, report = project.check_json()
    by_name: dict[str, list[dict[str, Any]]] = {Path(f["path"]).name: f["findings"] for f in report["files"]}
    yield {
        case: [(f["extra"]["misstatement"], f["severity"]) for f in by_name[f"c{index:03}.md"] if f["rule"] == "accuracy.misstatement"]
        for index, case in enumerate(CASES)
    }


@pytest.mark.parametrize(("drug", "body", "item", "severity"), SHOULD)
def test_misstatement_reported(
    reported: dict[tuple[str, str], list[tuple[str, str]]], drug: str, body: str, item: str, severity: str
) -> None:
    assert (item, severity) in reported[(drug, body)]


@pytest.mark.parametrize(("drug", "body"), SHOULD_NOT)
def test_near_miss_not_reported(reported: dict[tuple[str, str], list[tuple[str, str]]], drug: str, body: str) -> None:
    assert reported[(drug, body)] == []


@pytest.mark.parametrize(("drug", "body", "count"), REPEATED)
def test_one_finding_per_paragraph(reported: dict[tuple[str, str], list[tuple[str, str]]], drug: str, body: str, count: int) -> None:
    assert len(reported[(drug, body)]) == count


def test_every_kind_wording_compiles() -> None:
    """The kinds' wordings are compiled when a drug is first checked: each drug's compiles."""
    from pipeline.knowledge.facts import load_facts

    facts = load_facts([REPO / "checks" / "drugs"])
    kinds = [m for drug in facts.drugs.values() for m in drug.misstatements if m.kind]
    assert len(kinds) > 60
    assert all(m.wordings() for m in kinds)
