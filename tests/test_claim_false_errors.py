"""False errors of the claim checks, by class (eval drafts 28, 47, 48, 49), each with
wordings of the same class written after the fix, and the danger still caught."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO

FAMILIES = {"off-label", "interactions", "safety-warnings", "dosage", "accuracy", "unsupported-claim"}


@pytest.fixture
def project(project: Any) -> Any:
    project.config(f'checks_dir = "{(REPO / "checks").as_posix()}"\n[severity]\ngrammar = "off"\nreadability = "off"\n')
    return project


def findings(project: Any, body: str, drugs: list[str], rule: str) -> list[dict[str, Any]]:
    project.write("a.md", f"---\ndrugs: [{', '.join(drugs)}]\n---\n{body}", dedent=False)
    return [f for f in project.findings() if f["rule"] == rule]


# -- a dose belongs to the drug it is written with, not to one taken alongside -------------
@pytest.mark.parametrize(
    "sentence",
    [
        "If you take verapamil, your simvastatin dose should not go above 10 mg. "
        "With amiodarone, amlodipine or ranolazine, not above 20 mg.",
        "Take no more than 20 mg of simvastatin if you also take amlodipine.",
        "If you take amlodipine, keep simvastatin at 20 mg or less.",
        "Amlodipine users should not exceed 20 mg simvastatin a day.",
        "People taking amlodipine should stay at or below 20 mg a day.",
        "When it is taken with amlodipine, the limit is 20 mg a day.",
    ],
)
def test_a_dose_is_not_given_to_a_drug_taken_alongside(project: Any, sentence: str) -> None:
    body = f"# Simvastatin\n\nSimvastatin lowers cholesterol.\n\n{sentence}\n"
    assert findings(project, body, ["simvastatin"], "dosage.above-max") == []


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("If you also take simvastatin, amlodipine 20 mg a day is fine.", "20 mg of amlodipine"),
        ("With simvastatin, take 20 mg of amlodipine a day.", "20 mg of amlodipine"),
        ("Start with amlodipine 15 mg once a day.", "15 mg of amlodipine"),
    ],
)
def test_a_dose_written_with_its_drug_is_still_checked(project: Any, sentence: str, amount: str) -> None:
    found = findings(project, f"# Amlodipine\n\n{sentence}\n", ["amlodipine"], "dosage.above-max")
    assert len(found) == 1 and amount in found[0]["message"], found


def test_a_dose_of_the_only_drug_with_a_drug_taken_alongside_is_checked(project: Any) -> None:
    body = "# Simvastatin\n\nSimvastatin lowers cholesterol.\n\nWith amlodipine, some people take 120 mg a day.\n"
    found = findings(project, body, ["simvastatin"], "dosage.above-max")
    assert len(found) == 1 and "120 mg of simvastatin" in found[0]["message"]


# -- "another product with the same medicine" in other words ----------------------------------
@pytest.mark.parametrize(
    "warning",
    [
        "Don't use it with any other product that has diphenhydramine, even creams you put on your skin.",
        "Never combine it with anything else that lists diphenhydramine, including anti-itch gels.",
        "Avoid diphenhydramine-containing products while you use this one, even sprays you use on the skin.",
    ],
)
def test_another_product_with_the_same_medicine_in_other_words_is_a_warning(project: Any, warning: str) -> None:
    body = f"# Diphenhydramine\n\nSleep aid products with diphenhydramine are for occasional sleeplessness.\n\n{warning}\n"
    found = findings(project, body, ["diphenhydramine"], "interactions.missing")
    assert "other-diphenhydramine-products" not in {f["extra"]["interaction"] for f in found}


def test_another_product_with_the_same_medicine_named_without_a_warning_is_still_an_error(project: Any) -> None:
    body = "# Diphenhydramine\n\nSleep aid products with diphenhydramine are for occasional sleeplessness.\n"
    found = findings(project, body, ["diphenhydramine"], "interactions.missing")
    assert [f["severity"] for f in found if f["extra"]["interaction"] == "other-diphenhydramine-products"] == ["error"]


@pytest.mark.parametrize(
    "warning", ["Do not take it with any cold medicine that has acetaminophen.", "Skip anything else containing APAP or acetaminophen."]
)
def test_another_acetaminophen_product_in_other_words_is_a_warning(project: Any, warning: str) -> None:
    found = findings(project, f"# Acetaminophen\n\n{warning}\n", ["acetaminophen"], "interactions.missing")
    assert "other-acetaminophen-products" not in {f["extra"]["interaction"] for f in found}


# -- what the other medicine does to the drug's measured effect is a warning --------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Courses of antibiotics and antifungals, such as metronidazole and fluconazole, often push the INR up.",
        "A course of fluconazole can send your INR soaring.",
        "Ciprofloxacin and other antibiotics can make the INR jump.",
        "Antibiotics like metronidazole change how warfarin works.",
        "Steer clear of starting antibiotics such as ciprofloxacin without telling the clinic.",
    ],
)
def test_an_effect_on_the_inr_is_a_warning(project: Any, sentence: str) -> None:
    body = f"# Warfarin\n\n## Antibiotics and herbs\n\n{sentence}\n"
    found = findings(project, body, ["warfarin"], "interactions.missing")
    assert "antibiotics-antifungals" not in {f["extra"]["interaction"] for f in found}, found


def test_an_antibiotic_named_without_a_warning_is_still_an_error(project: Any) -> None:
    body = "# Warfarin\n\n## Infections\n\nMany people take antibiotics like ciprofloxacin for infections.\n"
    found = findings(project, body, ["warfarin"], "interactions.missing")
    assert [f["severity"] for f in found if f["extra"]["interaction"] == "antibiotics-antifungals"] == ["error"]


# -- a fast-action claim the drug's own label supports is not unsupported ------------------------
@pytest.mark.parametrize(
    "body",
    [
        "---\ntitle: 'Furosemide: the water pill that works fast'\ndrugs: [furosemide]\n---\n"
        "# Furosemide: the water pill that works fast\n",
        "---\ndrugs: [furosemide]\n---\n# Water pills\n\nLasix works quickly, so take it in the morning.\n",
        "---\ndrugs: [furosemide]\n---\n# Furosemide\n\nFurosemide is a strong water pill.\n\nIt works fast.\n",
        "---\ndrugs: [furosemide]\n---\n# Furosemide\n\nRapid onset is why furosemide is taken in the morning.\n",
    ],
)
def test_a_fast_action_claim_the_label_supports_passes(project: Any, body: str) -> None:
    project.write("a.md", body, dedent=False)
    assert [f["excerpt"] for f in project.findings() if f["rule"] == "unsupported-claim.rapid-onset"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Furosemide works instantly.",  # stronger than "within 1 hour"
        "Furosemide works faster than other water pills.",  # a comparison the label does not make
        "Sertraline works fast for low mood.",  # another drug: its label says no such thing
    ],
)
def test_a_fast_action_claim_beyond_the_label_is_still_an_error(project: Any, sentence: str) -> None:
    project.write("a.md", f"---\ndrugs: [furosemide]\n---\n# Furosemide\n\n{sentence}\n", dedent=False)
    found = [f for f in project.findings() if f["rule"] == "unsupported-claim.rapid-onset"]
    assert [f["severity"] for f in found] == ["error"]


# -- the probes that were known gaps --------------------------------------------------------------
def test_an_aside_restating_a_dose_belongs_to_the_drug_before_it(project: Any) -> None:
    body = "# Naproxen\n\nSome people take naproxen 550 mg three times a day (1,650 mg a day) of plain naproxen tablets.\n"
    found = findings(project, body, ["naproxen"], "dosage.above-max")
    assert ["1,650 mg of naproxen a day" in f["message"] for f in found] == [True]


@pytest.mark.parametrize(
    "sentence, amount",
    [
        ("You can take 1,300 mg of regular Tylenol Extra Strength every 4 hours.", "7,800 mg"),
        ("Take 1,300 mg of Tylenol Extra Strength at a time.", "single dose of 1,000 mg"),
        ("Adults take 1,000 mg of Tylenol Extra Strength every 3 hours.", "8,000 mg"),
    ],
)
def test_tylenol_extra_strength_is_an_immediate_release_product(project: Any, sentence: str, amount: str) -> None:
    found = findings(project, f"# Tylenol Extra Strength\n\n{sentence}\n", ["acetaminophen"], "dosage.above-max")
    assert len(found) == 1 and amount in found[0]["message"] and "Extra Strength" in found[0]["message"], found


def test_tylenol_extra_strength_label_directions_pass(project: Any) -> None:
    body = (
        "# Tylenol Extra Strength\n\n"
        "Take 2 caplets (1,000 mg) of Tylenol Extra Strength every 6 hours. Do not take more than 6 caplets in 24 hours.\n"
    )
    assert findings(project, body, ["acetaminophen"], "dosage.above-max") == []


def test_naproxen_sodium_up_to_1650_mg_a_day_passes(project: Any) -> None:
    # "naproxen sodium" is a product with its own entries (OTC 220 mg, ANAPROX DS 1,650 mg a day)
    body = "# Naproxen\n\nFor a limited time, naproxen sodium 550 mg three times a day may be used.\n"
    assert findings(project, body, ["naproxen"], "dosage.above-max") == []


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("Some people take naproxen sodium 550 mg four times a day.", True),  # 2,200 mg > 1,650
        ("Take Aleve 440 mg three times a day.", True),  # 1,320 mg > the OTC 660 mg
        ("Aleve: one 220 mg tablet every 8 to 12 hours, no more than 660 mg in 24 hours.", False),
        ("Naproxen 500 mg three times a day is the most for a limited period.", False),  # plain naproxen: 1,500 mg
        ("Naproxen sodium 275 mg every 6 hours is a usual prescription dose.", False),
    ],
)
def test_naproxen_sodium_and_aleve_get_their_own_entries(project: Any, sentence: str, flagged: bool) -> None:
    found = findings(project, f"# Naproxen\n\n{sentence}\n", ["naproxen"], "dosage.above-max")
    assert bool(found) == flagged, found


# -- a brand gets its own label's dose entries (checks/drugs/CHANGES.md) ----------------------------
@pytest.mark.parametrize(
    "drug, sentence, severity",
    [
        ("metoprolol", "Some people take Toprol-XL 450 mg a day.", "error"),  # succinate ER max 400, not tartrate's 450
        ("glipizide", "Glucotrol XL can be taken at 40 mg a day.", "error"),  # XL max 20, not IR's 40
        ("venlafaxine", "Effexor XR 300 mg a day is common.", "warning"),  # XR usual top 225, not IR's 375
        ("amphetamine-mixed-salts", "Adults often take Adderall XR 40 mg a day.", "warning"),  # adult XR dose 20 mg
    ],
)
def test_a_brand_is_held_to_its_own_labels_doses(project: Any, drug: str, sentence: str, severity: str) -> None:
    found = findings(project, f"# Dosing\n\n{sentence}\n", [drug], "dosage.above-max")
    assert [f["severity"] for f in found] == [severity], found


@pytest.mark.parametrize(
    "drug, sentence",
    [("metoprolol", "Metoprolol tartrate can be taken at 450 mg a day."), ("glipizide", "Glipizide tablets can go up to 40 mg a day.")],
)
def test_the_generic_keeps_every_forms_entries(project: Any, drug: str, sentence: str) -> None:
    assert findings(project, f"# Dosing\n\n{sentence}\n", [drug], "dosage.above-max") == []


# -- a disclaimer in a contraction, or in two sentences (holdout h02, h08, h09, h12) -----------------
@pytest.mark.parametrize(
    "disclaimer",
    [
        "*Everything here is general, and it isn’t a replacement for your own pharmacist’s advice.*",
        "*These pages aren't a substitute for a visit to your GP.*",
        "This sheet gives general information. Please follow the advice of your own nurse or doctor.",
        "The information here is general. It doesn't replace advice from your healthcare professional.",
    ],
)
def test_a_disclaimer_with_a_contraction_or_in_two_sentences_is_not_missing(project: Any, disclaimer: str) -> None:
    body = f"# Pantoprazole\n\nPantoprazole lowers stomach acid.\n\n{disclaimer}\n"
    assert findings(project, body, ["pantoprazole"], "disclaimer.missing") == []


def test_a_symptom_instruction_alone_is_still_a_missing_disclaimer(project: Any) -> None:
    body = "# Pantoprazole\n\nPantoprazole lowers stomach acid. Talk to your doctor if you feel dizzy.\n"
    assert [f["severity"] for f in findings(project, body, ["pantoprazole"], "disclaimer.missing")] == ["error"]
