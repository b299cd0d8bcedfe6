"""Claim checks against drug facts: off-label, interactions, safety-warnings, dosage,
accuracy and metadata.drug-facts-missing, on drafts that must fail and drafts that
must pass (negations, disclosures a sentence later, brand names only, list items)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO, SEED

FAMILIES = {"off-label", "interactions", "safety-warnings", "dosage", "accuracy"}


@pytest.fixture
def project(project: Any) -> Any:
    """The shared project, with the grammar engines off: these tests are about drug facts."""
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\n')
    return project


def drug_findings(project: Any, body: str, drugs: list[str] | None = ("baclofen",), name: str = "a.md") -> list[dict[str, Any]]:  # type: ignore[assignment]
    """Findings of the drug-fact rules for ``body`` (front matter `drugs` first, 3 lines)."""
    front = f"---\ndrugs: [{', '.join(drugs)}]\n---\n" if drugs is not None else ""
    project.write(name, front + body, dedent=False)
    return [f for f in project.findings() if f["check"] in FAMILIES or f["rule"] == "metadata.drug-facts-missing"]


def rules_of(findings: list[dict[str, Any]], rule: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["rule"] == rule]


# -- off-label -----------------------------------------------------------------------------
def test_undisclosed_off_label_use_is_an_error_at_the_claim(project: Any) -> None:
    found = rules_of(drug_findings(project, "# Baclofen\n\nBaclofen is a good choice to treat anxiety.\n"), "off-label.undisclosed")
    assert len(found) == 1
    f = found[0]
    assert (f["line"], f["column"], f["severity"]) == (6, 27, "error")
    assert f["excerpt"] == "to treat anxiety"
    assert "baclofen for anxiety" in f["message"] and "FDA-approved: spasticity" in f["message"]
    assert "1 INDICATIONS AND USAGE" in f["message"]


@pytest.mark.parametrize(
    "body",
    [
        "Baclofen is sometimes used for anxiety. This use is off-label.\n",
        "Baclofen is not approved by the FDA for anxiety, but some doctors prescribe it for anxiety.\n",
        "Some doctors give baclofen for hiccups. Baclofen is not FDA-approved for this.\n",
        "Baclofen is used to treat muscle spasms and spasticity from multiple sclerosis.\n",
        "Baclofen has a lower potential for addiction than some sedatives.\n",
        "Baclofen can ease pain due to multiple sclerosis.\n",
        "## Off-Label Use\n\nUsing baclofen for alcohol use disorder is off-label.\n\n"
        "## Dosing\n\nFor alcohol use disorder, doctors may give baclofen.\n",
    ],
    ids=[
        "disclosed-next-sentence",
        "not-approved-by-fda",
        "not-fda-approved",
        "approved-use",
        "not-a-use",
        "approved-qualifier",
        "off-label-section",
    ],
)
def test_approved_and_disclosed_uses_pass(project: Any, body: str) -> None:
    assert rules_of(drug_findings(project, body), "off-label.undisclosed") == []


def test_drug_named_far_after_the_condition_is_not_its_use(project: Any) -> None:
    # From the NIH corpus: aspirin is not said to treat diabetes here.
    body = (
        "# Aspirin\n\nTreatment for type 1 diabetes includes insulin shots, healthy food, exercise, and, for some, taking aspirin daily.\n"
    )
    assert rules_of(drug_findings(project, body, drugs=["aspirin"]), "off-label.undisclosed") == []
    close = "# Aspirin\n\nFor type 1 diabetes, some people take aspirin daily.\n"
    found = rules_of(drug_findings(project, close, drugs=["aspirin"]), "off-label.undisclosed")
    assert len(found) == 1 and "aspirin for diabetes" in found[0]["message"]


def test_condition_list_does_not_borrow_approval(project: Any) -> None:
    # Spasticity from MS or spinal cord disease is the approved use: an approved condition later
    # in the list does not make "anxiety" approved (checks/drugs/baclofen.yml, label section 1).
    text = "# Baclofen\n\nBaclofen is used for anxiety and spasticity from multiple sclerosis.\n"
    found = rules_of(drug_findings(project, text), "off-label.undisclosed")
    assert [f["excerpt"] for f in found] == ["for anxiety"]


def test_condition_words_of_an_approved_use_pass(project: Any) -> None:
    body = "# Amoxicillin\n\nDoctors use amoxicillin for infections of the ear, nose and throat.\n"
    assert rules_of(drug_findings(project, body, drugs=["amoxicillin"]), "off-label.undisclosed") == []


def test_brand_name_only_article_is_about_the_generic(project: Any) -> None:
    body = "# Xanax for Sleep Problems\n\nMany people say Xanax helps with insomnia.\n"
    found = rules_of(drug_findings(project, body, drugs=None), "off-label.undisclosed")
    assert [(f["line"], f["rule"]) for f in found] == [(1, "off-label.undisclosed"), (3, "off-label.undisclosed")]
    assert all("alprazolam for insomnia" in f["message"] for f in found)


def test_list_items_and_disclosure_naming_another_condition(project: Any) -> None:
    body = (
        "## Other uses\n\n"
        "Baclofen is not FDA-approved for alcohol use disorder.\n\n"
        "- Baclofen can help with hiccups.\n"
        "- It is also used for spasticity from multiple sclerosis.\n"
    )
    found = rules_of(drug_findings(project, body), "off-label.undisclosed")
    assert [(f["line"], f["excerpt"]) for f in found] == [(8, "help with hiccups")]
    assert "baclofen for hiccups" in found[0]["message"]


def test_merely_mentioned_drug_is_not_checked_for_off_label(project: Any) -> None:
    body = "# Baclofen\n\nAlprazolam (Xanax) is used for insomnia by some people.\n"
    assert rules_of(drug_findings(project, body), "off-label.undisclosed") == []


# -- interactions -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Do not drink alcohol while taking baclofen. Tell your doctor if you take opioids.\n",
        "Avoid alcohol.\n\nAvoid sleeping pills and other medicines that make you sleepy.\n",
        "## Interactions\n\nAlcohol and sedatives add to the effects of baclofen.\n",
    ],
    ids=["negation", "avoid", "warning-heading"],
)
def test_interactions_mentioned_as_warnings_pass(project: Any, body: str) -> None:
    assert rules_of(drug_findings(project, "# Baclofen\n\n" + body), "interactions.missing") == []


def test_missing_interaction_classes_are_one_error_each_with_source_and_advice(project: Any) -> None:
    found = rules_of(drug_findings(project, "# Baclofen\n\nBaclofen relaxes tight muscles.\n"), "interactions.missing")
    assert len(found) == 2 and {f["severity"] for f in found} == {"error"}  # both are `required` in the facts
    assert {f["line"] for f in found} == {4}  # no interactions section: at the title
    messages = " ".join(f["message"] for f in found)
    assert "Baclofen: the interaction with alcohol" in messages and "is not mentioned" in messages
    assert "CNS depressants" in messages and "7.1 CNS Depressants and Alcohol" in messages
    # The suggestion is the item's own advice, naming the drug, not a generic sentence.
    assert all("baclofen" in f["suggestion"].lower() for f in found)
    assert len({f["suggestion"] for f in found}) == 2


def test_interaction_mentioned_but_not_as_a_warning_sits_on_the_mention(project: Any) -> None:
    body = "# Baclofen\n\nResearchers studied baclofen in alcohol use disorder.\n\nDo not take baclofen with opioids.\n"
    found = rules_of(drug_findings(project, body), "interactions.missing")
    assert len(found) == 1
    assert "alcohol" in found[0]["message"] and "is named here but not as a warning" in found[0]["message"]
    assert (found[0]["line"], found[0]["excerpt"]) == (6, "alcohol")


def test_a_list_inherits_the_warning_of_its_lead_in(project: Any) -> None:
    body = "# Baclofen\n\nTell your doctor if you take:\n\n- opioid pain medicines\n- alcohol\n- sleeping pills\n"
    assert rules_of(drug_findings(project, body), "interactions.missing") == []


def test_a_missing_interaction_sits_on_the_interactions_heading(project: Any) -> None:
    body = "# Baclofen\n\nIt relaxes muscles.\n\n## Other medicines\n\nTell your doctor if you take opioids.\n"
    found = rules_of(drug_findings(project, body), "interactions.missing")
    assert [(f["line"], f["excerpt"]) for f in found] == [(8, "Other medicines")]


# -- safety warnings ---------------------------------------------------------------------------
def test_missing_safety_warnings_name_the_warning_and_source(project: Any) -> None:
    found = rules_of(drug_findings(project, "# Baclofen\n\nBaclofen relaxes tight muscles.\n"), "safety-warnings.missing")
    messages = [f["message"] for f in found]
    by_severity = {f["severity"] for f in found if "drowsiness" in f["message"]}
    assert len(found) == 3
    assert any("do not stop suddenly" in m and "5.1 Adverse Reactions from Abrupt Withdrawal" in m for m in messages)
    assert any(m.startswith("Baclofen: missing boxed warning") for m in messages)
    assert by_severity == {"warning"}  # drowsiness is `recommended`: a warning, not an error


def test_safety_warnings_given_in_other_words_pass(project: Any) -> None:
    body = "# Baclofen\n\n- Baclofen can make you drowsy.\n- Do not stop taking baclofen suddenly.\n"
    assert rules_of(drug_findings(project, body), "safety-warnings.missing") == []


# -- dosage ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("Some people take baclofen 40 mg four times daily.", "160 mg of baclofen a day"),
        ("Baclofen can be taken at up to 120 mg a day.", "120 mg of baclofen a day"),
        ("Baclofen 30 mg 3 times a day works for some.", "90 mg of baclofen a day"),
        ("A dose of baclofen can be 100 mg/day.", "100 mg of baclofen a day"),
        # a ceiling above the label's maximum tells the reader that less than it is fine
        ("Never take more than 1 g of baclofen a day.", "1,000 mg of baclofen a day"),
    ],
)
def test_doses_above_label_maximum_are_errors(project: Any, sentence: str, amount: str) -> None:
    found = rules_of(drug_findings(project, f"# Baclofen\n\n{sentence}\n"), "dosage.above-max")
    assert len(found) == 1 and found[0]["line"] == 6 and found[0]["severity"] == "error"
    assert amount in found[0]["message"] and "label maximum of 80 mg a day" in found[0]["message"]
    assert "2.1 Recommended Dosage" in found[0]["message"]


@pytest.mark.parametrize(
    "body",
    [
        "Baclofen 5 mg three times a day is the usual start.\n",
        "Baclofen usually starts at 5 mg or 10 mg, taken 3 times a day.\n",
        "Intrathecal baclofen doses are small, such as 500 mcg a day.\n",
        "Alprazolam (Xanax) 2 mg three times a day is used for panic disorder.\n",
        # From the NIH corpus: the dose belongs to danazol (no facts), not to warfarin.
        "Options: anticoagulants (e.g. oral warfarin) Pentoxifylline Low-dose danazol (200 mg/day orally).\n",
        # an overdose warned against, not a dose to take
        "Never take 1 g of baclofen at once.\n",
    ],
    ids=["label", "seed-range", "mcg", "other-drug-in-label", "other-parenthetical", "dose-forbidden"],
)
def test_doses_within_label_pass(project: Any, body: str) -> None:
    found = drug_findings(project, "# Baclofen\n\n" + body)
    assert [f for f in found if f["check"] == "dosage"] == []


def test_a_dose_with_no_drug_named_belongs_to_the_articles_only_drug(project: Any) -> None:
    body = "# Baclofen\n\nBaclofen relaxes muscles.\n\nMany adults take 200 mg three times a day once it is raised.\n"
    found = rules_of(drug_findings(project, body), "dosage.above-max")
    assert len(found) == 1 and "600 mg of baclofen a day" in found[0]["message"]


def test_a_dose_with_no_drug_named_is_not_guessed_in_an_article_about_two_drugs(project: Any) -> None:
    body = "# Baclofen and alprazolam\n\nBoth can make you sleepy.\n\nTake 200 mg three times a day.\n"
    assert rules_of(drug_findings(project, body, drugs=["baclofen", "alprazolam"]), "dosage.above-max") == []


def test_a_stated_daily_total_is_not_multiplied_out(project: Any) -> None:
    body = "# Baclofen\n\nBaclofen is taken 5 to 10 mg every 4 hours, and no more than 80 mg a day.\n"
    assert rules_of(drug_findings(project, body), "dosage.above-max") == []


def test_dose_belongs_to_nearest_drug_and_mentioned_drugs_are_checked(project: Any) -> None:
    body = "# Baclofen\n\nBaclofen 10 mg is sometimes combined with Xanax 5 mg four times a day.\n"
    found = rules_of(drug_findings(project, body), "dosage.above-max")
    assert len(found) == 1
    assert "20 mg of alprazolam a day" in found[0]["message"] and "10 mg a day" in found[0]["message"]
    assert found[0]["excerpt"] == "5 mg four times a day"


def test_acetaminophen_grams_and_hours(project: Any) -> None:
    ok = "Do not take more than 4,000 mg of acetaminophen in 24 hours.\n"
    bad = "Acetaminophen 1 g every 4 hours is safe.\n"
    assert rules_of(drug_findings(project, "# Acetaminophen\n\n" + ok, drugs=["acetaminophen"]), "dosage.above-max") == []
    found = rules_of(drug_findings(project, "# Acetaminophen\n\n" + bad, drugs=["acetaminophen"]), "dosage.above-max")
    assert len(found) == 1 and "6,000 mg of acetaminophen a day" in found[0]["message"]


def test_start_dose_above_label_is_a_warning(project: Any) -> None:
    found = rules_of(
        drug_findings(project, "# Baclofen\n\nBaclofen treatment usually starts with 20 mg three times a day.\n"),
        "dosage.start-above-label",
    )
    assert len(found) == 1 and found[0]["severity"] == "warning" and found[0]["line"] == 6
    assert "60 mg of baclofen a day" in found[0]["message"] and "usual start of 15 mg a day" in found[0]["message"]


# -- accuracy ----------------------------------------------------------------------------------
def test_misstatement_quotes_correct_fact_and_source(project: Any) -> None:
    found = rules_of(drug_findings(project, "# Baclofen\n\nBaclofen is broken down mainly in the liver.\n"), "accuracy.misstatement")
    assert len(found) == 1
    f = found[0]
    assert (f["line"], f["severity"]) == (6, "warning") and "broken down mainly in the liver" in f["excerpt"]
    assert "excreted mainly unchanged by the kidneys" in f["message"] and "12.3 Pharmacokinetics" in f["message"]


def test_misstatement_of_one_drug_is_not_applied_to_another(project: Any) -> None:
    body = "# Baclofen\n\nBaclofen relaxes muscles. Alprazolam is metabolized by the liver.\n"
    assert rules_of(drug_findings(project, body), "accuracy.misstatement") == []


# -- facts missing -----------------------------------------------------------------------------
def test_front_matter_drugs_without_facts_or_unknown_warn_at_their_line(project: Any) -> None:
    project.write("a.md", "---\ndrugs:\n  - baclofen\n  - benzonatate\n  - notadrug\n---\n# Baclofen\n\nText.\n")
    found = [f for f in project.findings() if f["rule"] == "metadata.drug-facts-missing"]
    assert [(f["line"], f["severity"]) for f in found] == [(4, "warning"), (5, "warning")]
    assert "No facts file for benzonatate" in found[0]["message"] and "did not run" in found[0]["message"]
    assert "'notadrug' is not a known drug name" in found[1]["message"]


def test_primary_drug_from_title_without_facts_warns(project: Any) -> None:
    found = rules_of(drug_findings(project, "# Benzonatate for Cough\n\nIt calms a cough.\n", drugs=None), "metadata.drug-facts-missing")
    assert len(found) == 1 and found[0]["line"] == 1 and "benzonatate (title)" in found[0]["message"]


# -- the seed article ------------------------------------------------------------------------------
def test_seed_article_claims(project: Any) -> None:
    project.write("seed.md", SEED.read_text(encoding="utf-8"), dedent=False)
    found = [f for f in project.findings() if f["check"] in FAMILIES or f["rule"] == "metadata.drug-facts-missing"]
    # Its off-label use is disclosed ("... for anxiety is considered off-label").
    assert rules_of(found, "off-label.undisclosed") == []
    # Alcohol and sedatives are warned about ("Avoiding Alcohol and Sedatives").
    assert rules_of(found, "interactions.missing") == []
    # "metabolized by the liver": the label says excreted mainly unchanged by the kidneys.
    assert [(f["line"], f["rule"]) for f in rules_of(found, "accuracy.misstatement")] == [(75, "accuracy.misstatement")]
    # "starts at 5 mg or 10 mg, taken 3 times a day" is within the label.
    assert [f for f in found if f["check"] == "dosage"] == []
    # alprazolam, diazepam, sertraline, venlafaxine are mentioned, not discussed.
    assert rules_of(found, "metadata.drug-facts-missing") == []


def test_dose_above_a_usual_range_without_label_ceiling_is_a_warning_for_review(project) -> None:  # type: ignore[no-untyped-def]
    """Warfarin's label sets no hard maximum (dosing is by INR): 15 mg a day is
    flagged for a pharmacist to confirm, not reported as a label violation."""
    project.write(
        "w.md",
        """\
        ---
        drugs: [warfarin]
        ---
        # Warfarin

        Some people take 15 mg of warfarin a day.
        """,
    )
    dosage = [f for f in project.findings() if f["rule"] == "dosage.above-max"]
    assert len(dosage) == 1
    assert dosage[0]["severity"] == "warning"
    assert "no hard maximum" in dosage[0]["message"] and dosage[0]["line"] == 6


def test_dose_above_a_hard_label_maximum_is_an_error(project) -> None:  # type: ignore[no-untyped-def]
    project.write(
        "b.md",
        """\
        ---
        drugs: [baclofen]
        ---
        # Baclofen

        Some people take 40 mg of baclofen four times a day.
        """,
    )
    dosage = [f for f in project.findings() if f["rule"] == "dosage.above-max"]
    assert len(dosage) == 1 and dosage[0]["severity"] == "error"
    assert "160 mg" in dosage[0]["message"] and "80 mg" in dosage[0]["message"]


# -- context: denials, questions, history, the drug's own description ------------------------
def test_a_denied_or_questioned_warning_is_not_a_warning(project: Any) -> None:
    body = "# Cetirizine\n\nDoes cetirizine make you sleepy?\n\nCetirizine is non-drowsy, so you can drive to work.\n"
    found = rules_of(drug_findings(project, body, drugs=["cetirizine"]), "safety-warnings.missing")
    assert "drowsiness" in {f["extra"]["warning"] for f in found}
    given = "# Cetirizine\n\nCetirizine can make some people sleepy. Do not drive until you know how it affects you.\n"
    found = rules_of(drug_findings(project, given, drugs=["cetirizine"]), "safety-warnings.missing")
    assert "drowsiness" not in {f["extra"]["warning"] for f in found}


def test_an_imperative_is_a_warning_not_a_denial(project: Any) -> None:
    body = "# Baclofen\n\nDo not stop taking baclofen suddenly; your doctor will lower the dose slowly.\n"
    found = rules_of(drug_findings(project, body), "safety-warnings.missing")
    assert "abrupt-discontinuation" not in {f["extra"]["warning"] for f in found}


def test_the_readers_history_is_not_an_interaction_warning(project: Any) -> None:
    history = "# Oxycodone\n\nTell your doctor if you have ever had problems with drugs or alcohol.\n"
    found = rules_of(drug_findings(project, history, drugs=["oxycodone"]), "interactions.missing")
    assert "benzodiazepines-cns-depressants" in {f["extra"]["interaction"] for f in found}
    warned = "# Oxycodone\n\nDo not drink alcohol or take sleeping pills while you take oxycodone.\n"
    found = rules_of(drug_findings(project, warned, drugs=["oxycodone"]), "interactions.missing")
    assert "benzodiazepines-cns-depressants" not in {f["extra"]["interaction"] for f in found}


def test_the_drugs_own_description_is_not_another_medicine(project: Any) -> None:
    own = "# Warfarin\n\nWarfarin is a blood thinner that can cause serious bleeding.\n"
    found = rules_of(drug_findings(project, own, drugs=["warfarin"]), "interactions.missing")
    assert "bleeding-risk-drugs" in {f["extra"]["interaction"] for f in found}
    other = "# Aspirin\n\nTell your doctor if you take a blood thinner such as warfarin.\n"
    found = rules_of(drug_findings(project, other, drugs=["aspirin"]), "interactions.missing")
    assert not any("blood thinner" in f["message"] for f in found)


def test_a_pronoun_subject_is_the_articles_only_drug_unless_another_was_just_named(project: Any) -> None:
    body = "# Bupropion\n\n## Can it help with focus?\n\nIt's a good pick for grown-ups with ADHD.\n"
    found = rules_of(drug_findings(project, body, drugs=["bupropion"]), "off-label.undisclosed")
    assert [f["extra"]["condition"] for f in found] == ["ADHD"]
    other = "# Bupropion\n\nSome people compare it with Adderall. Adderall is a stimulant, and it is a good pick for ADHD.\n"
    assert rules_of(drug_findings(project, other, drugs=["bupropion"]), "off-label.undisclosed") == []


def test_the_title_and_summary_are_judged_with_the_whole_article(project: Any) -> None:
    front = (
        "---\ntitle: 'Pregabalin: relief for nerve pain'\n"
        "summary: How to take it, and why it won't help a cold.\ndrugs: [pregabalin]\n---\n"
    )
    body = "# Pregabalin\n\nPregabalin treats nerve pain from diabetic peripheral neuropathy.\n"
    project.write("a.md", front + body, dedent=False)
    assert [f for f in project.findings() if f["rule"] == "off-label.undisclosed"] == []
    off_label = "---\ntitle: Pregabalin for anxiety\ndrugs: [pregabalin]\n---\n" + body
    project.write("a.md", off_label, dedent=False)
    found = [f for f in project.findings() if f["rule"] == "off-label.undisclosed"]
    assert [(f["line"], f["extra"]["condition"]) for f in found] == [(2, "anxiety")]


def test_new_wordings_of_the_same_classes(project: Any) -> None:
    """Wordings written after the checks were built: a table whose header reads as a
    warning, a situational off-label use in lay words, a dose with only 'each day'."""
    table = (
        "# Ibuprofen\n\n| Medicine or drink | Why it matters |\n|---|---|\n"
        "| Warfarin or other blood thinners | more bleeding |\n| Alcohol | stomach bleeding |\n"
    )
    found = {f["extra"]["interaction"] for f in rules_of(drug_findings(project, table, drugs=["ibuprofen"]), "interactions.missing")}
    assert not any("anticoagulant" in i or "alcohol" in i for i in found), found
    lay = "# Sertraline\n\nA lot of folks also take it to calm down before a job interview.\n\nMost adults end up on 300 mg each day.\n"
    found = drug_findings(project, lay, drugs=["sertraline"])
    assert [f["extra"]["condition"] for f in rules_of(found, "off-label.undisclosed")] == ["anxiety"]
    assert ["300 mg" in f["excerpt"] for f in rules_of(found, "dosage.above-max")] == [True]
