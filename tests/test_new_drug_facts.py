"""Probes for the drug facts files added on 2026-11-30 (checks/drugs/ADDED-2026-11-30.md,
and the second set in ADDED-2026-11-30b.md, whose probes are in tests/new_drug_probes_2.py):
for each new drug, one clean patient-education paragraph that must raise no claim
error (approved use, the required warnings in lay words, a dose at the label
maximum, a disclaimer), and one draft with a planted defect that must be caught."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import REPO, Project
from new_drug_probes_2 import CLEAN as CLEAN_2
from new_drug_probes_2 import DEFECTS as DEFECTS_2
from new_drug_probes_3 import CLEAN as CLEAN_3
from new_drug_probes_3 import DEFECTS as DEFECTS_3

CLAIM_FAMILIES = ("off-label", "interactions", "safety-warnings", "dosage", "accuracy")
DISCLAIMER = "This article is for general information only and is not a substitute for advice from your doctor or pharmacist."


def _findings(project: Project, drug: str, body: str) -> list[dict[str, Any]]:
    project.config(f'knowledge = ["{(REPO / "checks").as_posix()}"]\nbuiltin = false\n[severity]\nreadability = "off"\ngrammar = "off"\n')
    project.write("probe.md", f"---\ntitle: Probe\ndrugs: [{drug}]\n---\n{body}\n\n{DISCLAIMER}\n", dedent=False)
    return project.findings()


def _claim_errors(findings: list[dict[str, Any]]) -> list[str]:
    return [f"{f['rule']}: {f['message']}" for f in findings if f["severity"] == "error" and f["rule"].split(".")[0] in CLAIM_FAMILIES]


def _item(finding: dict[str, Any]) -> str | None:
    extra = finding.get("extra", {})
    return extra.get("warning") or extra.get("interaction") or extra.get("condition")


# (id, drug, article body) — must give no claim error.
CLEAN = [
    (
        "hydroxyzine",
        "hydroxyzine",
        "# Hydroxyzine for anxiety and itching\n\n"
        "Hydroxyzine is an antihistamine. Doctors prescribe hydroxyzine for anxiety and for itching from hives. "
        "For anxiety, adults may take 100 mg four times a day at most.\n\n"
        "## Warnings\n\n"
        "Hydroxyzine can cause a dangerous irregular heartbeat called QT prolongation. "
        "Tell your doctor if you have a heart rhythm problem.",
    ),
    (
        "semaglutide-ozempic",
        "semaglutide",
        "# Ozempic for type 2 diabetes\n\n"
        "Ozempic (semaglutide) is a weekly shot. Doctors prescribe Ozempic for type 2 diabetes to lower blood sugar. "
        "The dose goes up slowly to at most 2 mg once a week.\n\n"
        "## Warnings\n\n"
        "In animal studies semaglutide caused thyroid tumors. Do not use it if you or a family member had medullary thyroid cancer. "
        "Stop it and get help if you have severe stomach pain, which can be a sign of pancreatitis.",
    ),
    (
        "semaglutide-wegovy",
        "semaglutide",
        "# Wegovy for weight loss\n\n"
        "Wegovy is semaglutide for weight loss in adults with obesity. The weekly dose is raised every 4 weeks up to 2.4 mg once a week. "
        "It can cause thyroid tumors in animals and an inflamed pancreas (pancreatitis).",
    ),
    (
        # OZEMPIC is also the brand of once-daily oral semaglutide tablets (1.5, 4, 9 mg; openFDA ndc
        # 0169-1709, marketed 2026-04-27; listed in the RYBELSUS label record): a daily tablet dose
        # named as "Ozempic tablets" is not the weekly pen taken daily (review 2026-11-30, session 4).
        "semaglutide-ozempic-tablets",
        "semaglutide",
        "# Ozempic tablets for type 2 diabetes\n\n"
        "Ozempic tablets are semaglutide taken by mouth for type 2 diabetes. "
        "You start with 1.5 mg of Ozempic tablets once daily for 30 days, then 4 mg once daily; "
        "the most is one 9 mg Ozempic tablet once daily.\n\n"
        "## Warnings\n\n"
        "In animal studies semaglutide caused thyroid tumors. Do not use it if you or a family member had medullary thyroid cancer. "
        "Stop it and get help if you have severe stomach pain, which can be a sign of pancreatitis.",
    ),
    (
        "sildenafil-viagra",
        "sildenafil",
        "# Viagra for erectile dysfunction\n\n"
        "Doctors prescribe Viagra for erectile dysfunction. Take 50 mg about an hour before sex; the most is 100 mg once a day.\n\n"
        "## Warnings\n\n"
        "Never take Viagra if you use a nitrate medicine for chest pain, such as nitroglycerin. "
        "Your blood pressure can drop to a dangerous level.",
    ),
    (
        "sildenafil-generic-pah",
        "sildenafil",
        "# Sildenafil for pulmonary arterial hypertension\n\n"
        "Sildenafil 20 mg tablets are used for pulmonary arterial hypertension, taken 20 mg three times a day. "
        "Do not take sildenafil with nitrates such as nitroglycerin, because blood pressure can fall too low.",
    ),
    (
        "tadalafil-cialis",
        "tadalafil",
        "# Cialis\n\n"
        "Cialis is prescribed for erectile dysfunction and for urinary symptoms of an enlarged prostate. "
        "For ED, the usual dose is 10 mg before sex, up to 20 mg once a day.\n\n"
        "Do not take Cialis if you take nitrates such as nitroglycerin; your blood pressure could drop dangerously.",
    ),
    (
        "mirtazapine",
        "mirtazapine",
        "# Mirtazapine for depression\n\n"
        "Mirtazapine (Remeron) is prescribed for depression. Adults start with 15 mg at bedtime; the most is 45 mg a day.\n\n"
        "## Warnings\n\n"
        "Like other antidepressants, it can raise the risk of suicidal thoughts in young people. "
        "Do not take it within 14 days of an MAOI. Taking it with other antidepressants, "
        "triptans or tramadol can cause serotonin syndrome.",
    ),
    (
        "tizanidine",
        "tizanidine",
        "# Tizanidine for spasticity\n\n"
        "Tizanidine (Zanaflex) is used for spasticity, such as muscle stiffness from multiple sclerosis or a spinal cord injury. "
        "Adults start with 2 mg, and the total should not go above 36 mg a day.\n\n"
        "## Safety\n\n"
        "Never take tizanidine with fluvoxamine or the antibiotic ciprofloxacin. "
        "Tizanidine can lower your blood pressure, so get up slowly.",
    ),
    (
        "spironolactone",
        "spironolactone",
        "# Spironolactone\n\n"
        "Spironolactone (Aldactone) is a water pill used for heart failure and high blood pressure. "
        "For high blood pressure the dose is 25 to 100 mg a day.\n\n"
        "It can raise your potassium to a dangerous level, so your doctor will check your blood. "
        "Do not use potassium supplements or salt substitutes unless your doctor says so.",
    ),
    (
        "clonidine-catapres",
        "clonidine",
        "# Clonidine for high blood pressure\n\n"
        "Clonidine (Catapres) tablets are used for high blood pressure. Adults usually take 0.2 to 0.6 mg a day, split into two doses.\n\n"
        "Do not stop taking clonidine suddenly: your blood pressure can rise quickly. Your doctor will lower the dose slowly.",
    ),
    (
        "clonidine-kapvay",
        "clonidine",
        "# Kapvay for ADHD\n\n"
        "Kapvay is an extended-release form of clonidine for ADHD in children 6 to 17. The dose goes up weekly to at most 0.4 mg a day. "
        "Do not stop Kapvay suddenly; the dose is lowered slowly.",
    ),
    (
        "ciprofloxacin",
        "ciprofloxacin",
        "# Ciprofloxacin (Cipro)\n\n"
        "Cipro is an antibiotic for bacterial infections such as kidney infections. Adults take 250 to 750 mg every 12 hours.\n\n"
        "## Serious warnings\n\n"
        "Cipro can cause tendon rupture, nerve damage (neuropathy) and mental health effects such as confusion or seizures. "
        "It can make myasthenia gravis worse. Never take it with tizanidine.",
    ),
    (
        "finasteride-propecia",
        "finasteride",
        "# Propecia for hair loss\n\n"
        "Propecia (finasteride 1 mg) is used for male pattern hair loss in men. The dose is 1 mg once a day.\n\n"
        "Women who are pregnant should not touch crushed or broken tablets. Finasteride also lowers PSA test results.",
    ),
    # -- methotrexate, lithium, ondansetron, doxycycline ... (second helper, 2026-11-30) --
    (
        "methotrexate-ra",
        "methotrexate",
        "# Methotrexate for rheumatoid arthritis\n\n"
        "Methotrexate is used for rheumatoid arthritis and severe psoriasis. Adults usually start with 7.5 mg once a week, "
        "taken on the same day each week, not every day. Your doctor may also prescribe folic acid 1 mg a day.\n\n"
        "## Warnings\n\n"
        "Methotrexate can cause birth defects, so do not take it if you are pregnant. "
        "It can cause serious side effects on the liver, lungs and bone marrow, so you will need regular blood tests.",
    ),
    (
        "lithium-bipolar",
        "lithium",
        "# Lithium for bipolar disorder\n\n"
        "Lithium is used for bipolar disorder to treat and prevent mania. Adults often take 300 mg three times a day, "
        "and the dose is adjusted to blood levels.\n\n"
        "## Warnings\n\n"
        "Too much lithium can be toxic, so you will need regular blood tests to check your lithium level.",
    ),
    (
        "ondansetron-chemo",
        "ondansetron",
        "# Ondansetron for nausea\n\n"
        "Ondansetron (Zofran) is used to prevent nausea and vomiting from chemotherapy, radiation and surgery. "
        "Adults may take 8 mg twice a day, and no more than 24 mg a day.\n\n"
        "## Warnings\n\n"
        "Do not take ondansetron if you use apomorphine. It can cause a dangerous irregular heartbeat.",
    ),
    (
        "doxycycline-acne-infections",
        "doxycycline",
        "# Doxycycline for acne\n\n"
        "Doxycycline is an antibiotic used for acne, Rocky Mountain spotted fever, chlamydia and pneumonia. "
        "Adults usually take 100 mg twice a day.\n\n"
        "## Warnings\n\n"
        "Doxycycline is not usually given to children under 8 or in pregnancy because it can stain teeth. It can make you sunburn easily.",
    ),
    (
        "oracea-rosacea",
        "doxycycline",
        "# Oracea for rosacea\n\n"
        "Oracea is a low-dose doxycycline capsule for the bumps and pimples of rosacea. Adults take 40 mg once a day. "
        "It is not given to children under 8 or in pregnancy.",
    ),
    (
        "valacyclovir-herpes",
        "valacyclovir",
        "# Valacyclovir for cold sores and herpes\n\n"
        "Valacyclovir (Valtrex) treats cold sores, genital herpes and shingles. For cold "
        "sores, adults take 2 g every 12 hours for one day. "
        "Tell your doctor if you have kidney problems. It can rarely cause confusion.",
    ),
    (
        "famotidine-heartburn",
        "famotidine",
        "# Famotidine for heartburn\n\n"
        "Famotidine (Pepcid) treats heartburn, GERD and stomach ulcers. For GERD, adults take 20 mg twice a day. "
        "See a doctor if heartburn lasts more than 14 days. Tell your doctor if you have kidney problems.",
    ),
    (
        "naltrexone-alcohol-opioids",
        "naltrexone",
        "# Naltrexone for alcohol and opioid addiction\n\n"
        "Naltrexone helps people with alcohol use disorder and opioid addiction. The usual dose is 50 mg once a day, "
        "and Vivitrol is a 380 mg shot once a month.\n\n"
        "## Warnings\n\n"
        "You must be opioid-free for 7 to 10 days before starting, or you can have sudden withdrawal. "
        "Do not take opioid pain medicines while on naltrexone. Using large amounts of opioids "
        "to overcome the block can cause a fatal overdose.",
    ),
    (
        "phentermine-short-term",
        "phentermine",
        "# Phentermine for weight loss\n\n"
        "Phentermine (Adipex-P) is used for a few weeks, with diet and exercise, to help people with obesity lose weight. "
        "The usual dose is 37.5 mg once a day.\n\n"
        "## Warnings\n\n"
        "Do not take phentermine if you have heart disease or uncontrolled high blood pressure, or if you took an MAO inhibitor "
        "in the last 14 days. It can be habit-forming.",
    ),
]

# (id, drug, article body, rule, item or None) — the planted defect must be reported as an error.
DEFECTS = [
    (
        "hydroxyzine-sleep-undisclosed",
        "hydroxyzine",
        "# Hydroxyzine\n\nMany people take hydroxyzine for sleep. Hydroxyzine can cause a dangerous irregular heartbeat (QT prolongation).",
        "off-label.undisclosed",
        "insomnia",
    ),
    (
        "hydroxyzine-no-qt-warning",
        "hydroxyzine",
        "# Hydroxyzine\n\nHydroxyzine is used for anxiety. It can make you drowsy, so do not drive until you know how it affects you.",
        "safety-warnings.missing",
        "qt-prolongation",
    ),
    (
        "hydroxyzine-500mg",
        "hydroxyzine",
        "# Hydroxyzine\n\nFor anxiety, adults take 125 mg four times a day. Hydroxyzine can cause a dangerous irregular heartbeat.",
        "dosage.above-max",
        None,
    ),
    (
        "semaglutide-no-thyroid-warning",
        "semaglutide",
        "# Ozempic\n\nOzempic is used for type 2 diabetes. Stop it if you get pancreatitis.",
        "safety-warnings.missing",
        "thyroid-c-cell-tumors",
    ),
    (
        "ozempic-weight-loss-undisclosed",
        "semaglutide",
        "# Ozempic\n\nMany people now take Ozempic for weight loss. It carries a warning about thyroid tumors and pancreatitis.",
        "off-label.undisclosed",
        "weight loss",
    ),
    (
        "ozempic-2-4mg",
        "semaglutide",
        "# Ozempic\n\nFor type 2 diabetes, Ozempic can be raised to 2.4 mg once a week. It "
        "carries a warning about thyroid tumors and pancreatitis.",
        "dosage.above-max",
        None,
    ),
    (
        "ozempic-approved-for-weight-loss",
        "semaglutide",
        "# Ozempic\n\nOzempic is FDA-approved for weight loss. It carries a warning about thyroid tumors and pancreatitis.",
        "accuracy.misstatement",
        None,
    ),
    (
        "sildenafil-no-nitrates-warning",
        "sildenafil",
        "# Viagra\n\nViagra is used for erectile dysfunction. Take 50 mg an hour before sex.",
        "interactions.missing",
        "nitrates-riociguat",
    ),
    (
        "viagra-for-pah-undisclosed",
        "sildenafil",
        "# Viagra\n\nSome people take Viagra for pulmonary hypertension. Never combine it with "
        "nitroglycerin or other nitrates; blood pressure can drop.",
        "off-label.undisclosed",
        "pulmonary hypertension",
    ),
    (
        "sildenafil-fine-with-nitroglycerin",
        "sildenafil",
        "# Viagra\n\nViagra is used for erectile dysfunction. It is fine to take Viagra with your nitroglycerin.",
        "accuracy.misstatement",
        None,
    ),
    (
        "revatio-90mg-a-day",
        "sildenafil",
        "# Revatio\n\nFor pulmonary arterial hypertension, Revatio is taken 30 mg three times a "
        "day. Never use it with nitrates such as nitroglycerin.",
        "dosage.above-max",
        None,
    ),
    (
        "tadalafil-no-nitrates-warning",
        "tadalafil",
        "# Cialis\n\nCialis is used for erectile dysfunction. Take 10 mg before sex.",
        "interactions.missing",
        "nitrates-riociguat",
    ),
    (
        "adcirca-for-ed-undisclosed",
        "tadalafil",
        "# Adcirca\n\nSome men take Adcirca for erectile dysfunction. Never combine it with nitroglycerin or other nitrates.",
        "off-label.undisclosed",
        "erectile dysfunction",
    ),
    (
        "cialis-40mg",
        "tadalafil",
        "# Cialis\n\nFor erectile dysfunction, Cialis can be taken at 40 mg once a day. Never combine it with nitrates.",
        "dosage.above-max",
        None,
    ),
    (
        "mirtazapine-sleep-undisclosed",
        "mirtazapine",
        "# Mirtazapine\n\nA low dose of mirtazapine is often taken for sleep. It can raise the risk of suicidal thoughts in young people. "
        "Do not take it within 14 days of an MAOI, and avoid other antidepressants or tramadol because of serotonin syndrome.",
        "off-label.undisclosed",
        "insomnia",
    ),
    (
        "mirtazapine-no-boxed-warning",
        "mirtazapine",
        "# Mirtazapine\n\nMirtazapine treats depression. Do not take it within 14 days of an "
        "MAOI, and avoid tramadol because of serotonin syndrome.",
        "safety-warnings.missing",
        "suicidality",
    ),
    (
        "mirtazapine-60mg",
        "mirtazapine",
        "# Mirtazapine\n\nFor depression, adults may take mirtazapine 60 mg a day. It can raise the risk of suicidal thoughts. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "dosage.above-max",
        None,
    ),
    (
        "tizanidine-40mg",
        "tizanidine",
        "# Tizanidine\n\nFor spasticity, tizanidine can be taken at 40 mg a day. Never take it with "
        "ciprofloxacin or fluvoxamine. It can cause low blood pressure.",
        "dosage.above-max",
        None,
    ),
    (
        "tizanidine-no-cipro-warning",
        "tizanidine",
        "# Tizanidine\n\nTizanidine is used for spasticity. It can cause low blood pressure, so stand up slowly.",
        "interactions.missing",
        "fluvoxamine-ciprofloxacin",
    ),
    (
        "tizanidine-back-spasms-undisclosed",
        "tizanidine",
        "# Tizanidine\n\nMany people take tizanidine for muscle spasms after a back strain. "
        "Never take it with ciprofloxacin or fluvoxamine. "
        "It can cause low blood pressure.",
        "off-label.undisclosed",
        "muscle spasms",
    ),
    (
        "spironolactone-acne-undisclosed",
        "spironolactone",
        "# Spironolactone\n\nDermatologists prescribe spironolactone for acne in women. It can raise potassium levels.",
        "off-label.undisclosed",
        "acne",
    ),
    (
        "spironolactone-no-potassium-warning",
        "spironolactone",
        "# Spironolactone\n\nSpironolactone is used for heart failure. It can make you dizzy.",
        "safety-warnings.missing",
        "hyperkalemia",
    ),
    (
        "spironolactone-500mg",
        "spironolactone",
        "# Spironolactone\n\nFor primary hyperaldosteronism, spironolactone may be given at 500 mg a day. It can raise potassium levels.",
        "dosage.above-max",
        None,
    ),
    (
        "clonidine-no-withdrawal-warning",
        "clonidine",
        "# Clonidine\n\nClonidine is used for high blood pressure. It can make you sleepy.",
        "safety-warnings.missing",
        "abrupt-withdrawal",
    ),
    (
        "clonidine-sleep-undisclosed",
        "clonidine",
        "# Clonidine\n\nSome parents give clonidine for sleep. Do not stop clonidine suddenly.",
        "off-label.undisclosed",
        "insomnia",
    ),
    (
        "catapres-adhd-undisclosed",
        "clonidine",
        "# Catapres\n\nDoctors sometimes prescribe Catapres for ADHD. Do not stop it suddenly.",
        "off-label.undisclosed",
        "ADHD",
    ),
    (
        "kapvay-0-6mg",
        "clonidine",
        "# Kapvay\n\nFor ADHD, Kapvay can be raised to 0.6 mg a day. Do not stop it suddenly.",
        "dosage.above-max",
        None,
    ),
    (
        "ciprofloxacin-no-tendon-warning",
        "ciprofloxacin",
        "# Cipro\n\nCipro treats urinary tract infections. It can cause nerve damage and seizures, and it can worsen myasthenia gravis. "
        "Never take it with tizanidine.",
        "safety-warnings.missing",
        "tendon-rupture",
    ),
    (
        "ciprofloxacin-no-tizanidine-warning",
        "ciprofloxacin",
        "# Cipro\n\nCipro treats urinary tract infections. It can cause tendon rupture, nerve "
        "damage and seizures, and it can worsen myasthenia gravis.",
        "interactions.missing",
        "tizanidine",
    ),
    (
        "ciprofloxacin-flu-undisclosed",
        "ciprofloxacin",
        "# Cipro\n\nSome people ask for Cipro for the flu. It can cause tendon rupture, nerve damage and seizures, and it can worsen "
        "myasthenia gravis. Never take it with tizanidine.",
        # the wrong use is a known misstatement (for-viruses, required): the accuracy check's error, the
        # off-label finding on it a warning
        "accuracy.misstatement",
        None,
    ),
    (
        "ciprofloxacin-1000mg-twice",
        "ciprofloxacin",
        "# Cipro\n\nFor a bone infection, adults take Cipro 1,000 mg every 12 hours. It can "
        "cause tendon rupture, nerve damage and seizures, "
        "and it can worsen myasthenia gravis. Never take it with tizanidine.",
        "dosage.above-max",
        None,
    ),
    (
        "propecia-5mg",
        "finasteride",
        "# Propecia\n\nFor faster results, some men take Propecia 5 mg a day for hair loss.",
        "dosage.above-max",
        None,
    ),
    (
        "finasteride-women-hair-loss-undisclosed",
        "finasteride",
        "# Finasteride\n\nSome doctors prescribe finasteride for hair loss in women.",
        "off-label.undisclosed",
        "hair loss",
    ),
    (
        "proscar-hair-loss-undisclosed",
        "finasteride",
        "# Proscar\n\nSome men cut Proscar tablets and take Proscar for hair loss.",
        "off-label.undisclosed",
        "hair loss",
    ),
    (
        "finasteride-approved-prostate-cancer",
        "finasteride",
        "# Finasteride\n\nFinasteride is FDA-approved to prevent prostate cancer.",
        "accuracy.misstatement",
        None,
    ),
    # -- methotrexate, lithium, ondansetron, doxycycline ... (second helper, 2026-11-30) --
    (
        "methotrexate-daily-misstatement",
        "methotrexate",
        "# Methotrexate\n\nFor rheumatoid arthritis, take 7.5 mg of methotrexate every day. "
        "Do not take it if you are pregnant. You will need regular blood tests.",
        "dosage.weekly-taken-daily",  # a daily schedule with an amount: the dosage check (the misstatement covers "take it every day")
        None,
    ),
    (
        "methotrexate-daily-no-weekly-warning",
        "methotrexate",
        "# Methotrexate\n\nFor rheumatoid arthritis, take 7.5 mg of methotrexate every day. "
        "Do not take it if you are pregnant. You will need regular blood tests.",
        "safety-warnings.missing",
        "weekly-dosing-errors",
    ),
    (
        "methotrexate-no-pregnancy-warning",
        "methotrexate",
        "# Methotrexate\n\nMethotrexate treats psoriasis. Take it once a week. It can harm the liver, so you need regular blood tests.",
        "safety-warnings.missing",
        "embryo-fetal-toxicity",
    ),
    (
        "methotrexate-100mg-weekly",
        "methotrexate",
        "# Methotrexate\n\nFor psoriasis, adults take 100 mg once a week. Do not use it if you are pregnant. "
        "You will need regular blood tests for liver damage.",
        "dosage.above-max",
        None,
    ),
    (
        "methotrexate-ms-undisclosed",
        "methotrexate",
        "# Methotrexate\n\nSome people take methotrexate for multiple sclerosis. Take it once a week. Do not use it if you are pregnant. "
        "You will need regular blood tests.",
        "off-label.undisclosed",
        "multiple sclerosis",
    ),
    (
        "lithium-no-toxicity-warning",
        "lithium",
        "# Lithium\n\nLithium is used for bipolar disorder. It can make you thirsty.",
        "safety-warnings.missing",
        "lithium-toxicity",
    ),
    (
        "lithium-depression-undisclosed",
        "lithium",
        "# Lithium\n\nSome doctors add lithium for depression. You will need regular blood tests to check your lithium level.",
        "off-label.undisclosed",
        "depression",
    ),
    (
        "ondansetron-no-apomorphine",
        "ondansetron",
        "# Ondansetron\n\nOndansetron prevents nausea from chemotherapy. It can cause a dangerous irregular heartbeat.",
        "interactions.missing",
        "apomorphine",
    ),
    (
        "ondansetron-no-qt-warning",
        "ondansetron",
        "# Ondansetron\n\nOndansetron prevents nausea from chemotherapy. Do not take it if you use apomorphine.",
        "safety-warnings.missing",
        "qt-prolongation",
    ),
    (
        "zofran-morning-sickness-undisclosed",
        "ondansetron",
        "# Zofran\n\nSome doctors prescribe Zofran for morning sickness. Do not take it if you use apomorphine. "
        "It can cause a dangerous irregular heartbeat.",
        "off-label.undisclosed",
        "morning sickness",
    ),
    (
        "ondansetron-32mg",
        "ondansetron",
        "# Ondansetron\n\nFor chemotherapy, adults take 32 mg a day. Do not take it if you use apomorphine. "
        "It can cause a dangerous irregular heartbeat.",
        "dosage.above-max",
        None,
    ),
    (
        "doxycycline-no-children-pregnancy-warning",
        "doxycycline",
        "# Doxycycline\n\nDoxycycline treats chlamydia and pneumonia. Take it with a full glass of water.",
        "safety-warnings.missing",
        "tooth-development-pregnancy",
    ),
    (
        "doxycycline-ear-infection-undisclosed",
        "doxycycline",
        "# Doxycycline\n\nSome parents ask for doxycycline for ear infections. It is not given to children under 8.",
        "off-label.undisclosed",
        "infections",
    ),
    (
        "oracea-acne-undisclosed",
        "doxycycline",
        "# Oracea\n\nSome dermatologists prescribe Oracea for acne. It is not given to children under 8 or in pregnancy.",
        "off-label.undisclosed",
        "acne",
    ),
    (
        "oracea-100mg",
        "doxycycline",
        "# Oracea\n\nFor rosacea, take Oracea 100 mg twice a day. It is not given to children under 8 or in pregnancy.",
        "dosage.above-max",
        None,
    ),
    (
        "valtrex-cold-undisclosed",
        "valacyclovir",
        "# Valtrex\n\nSome people take Valtrex for a cold. Tell your doctor if you have kidney problems.",
        "off-label.undisclosed",
        "cough and cold",
    ),
    (
        "valacyclovir-cures-herpes",
        "valacyclovir",
        "# Valacyclovir\n\nValacyclovir cures herpes in a week.",
        "accuracy.misstatement",
        None,
    ),
    (
        "valacyclovir-3g-every-12-hours",
        "valacyclovir",
        "# Valacyclovir\n\nFor cold sores, take 3 g every 12 hours. Tell your doctor if you have kidney problems.",
        "dosage.above-max",
        None,
    ),
    (
        "pepcid-ac-hives-undisclosed",
        "famotidine",
        "# Pepcid AC\n\nSome people take Pepcid AC for hives.",
        "off-label.undisclosed",
        "allergies",
    ),
    (
        "pepcid-ac-60mg",
        "famotidine",
        "# Pepcid AC\n\nFor heartburn, take Pepcid AC 20 mg three times a day.",
        "dosage.above-max",
        None,
    ),
    (
        "naltrexone-weight-loss-undisclosed",
        "naltrexone",
        "# Naltrexone\n\nSome people take naltrexone for weight loss. Do not take opioid pain medicines while on naltrexone. "
        "You must be opioid-free for 7 to 10 days first, and using opioids on it can cause an overdose.",
        "off-label.undisclosed",
        "weight loss",
    ),
    (
        "naltrexone-no-overdose-warning",
        "naltrexone",
        "# Naltrexone\n\nNaltrexone treats alcohol use disorder. Do not take opioid pain medicines while on naltrexone. "
        "You must be opioid-free for 7 to 10 days first.",
        "safety-warnings.missing",
        "opioid-overdose",
    ),
    (
        "naltrexone-no-opioid-interaction",
        "naltrexone",
        "# Naltrexone\n\nNaltrexone treats alcohol use disorder. It can cause withdrawal and overdose.",
        "interactions.missing",
        "opioids",
    ),
    (
        "phentermine-no-maoi",
        "phentermine",
        "# Phentermine\n\nPhentermine helps people with obesity lose weight for a few weeks. Do not take it if you have heart disease.",
        "interactions.missing",
        "maois",
    ),
    (
        "phentermine-no-heart-warning",
        "phentermine",
        "# Phentermine\n\nPhentermine helps people with obesity lose weight for a few weeks. Do not take it with an MAO inhibitor.",
        "safety-warnings.missing",
        "heart-disease-contraindication",
    ),
    (
        "phentermine-75mg",
        "phentermine",
        "# Phentermine\n\nFor obesity, adults take phentermine 75 mg a day. Do not take it "
        "with an MAO inhibitor or if you have heart disease.",
        "dosage.above-max",
        None,
    ),
    (
        "adipex-long-term-misstatement",
        "phentermine",
        "# Adipex\n\nAdipex is approved for long-term weight loss.",
        "accuracy.misstatement",
        None,
    ),
    (
        "doxycycline-strep-throat-undisclosed",
        "doxycycline",
        "# Doxycycline\n\nSome people take doxycycline for strep throat. It is not given to children under 8 because it can stain teeth.",
        "off-label.undisclosed",
        "infections",
    ),
    (
        "methotrexate-osteoarthritis-undisclosed",
        "methotrexate",
        "# Methotrexate\n\nSome people take methotrexate for osteoarthritis. Take it once a week. Do not use it if you are pregnant. "
        "You will need regular blood tests.",
        "off-label.undisclosed",
        "arthritis",
    ),
    # -- next drug's defects go here --
]


ALL_CLEAN = CLEAN + CLEAN_2 + CLEAN_3
ALL_DEFECTS = DEFECTS + DEFECTS_2 + DEFECTS_3


@pytest.mark.parametrize(("probe_id", "drug", "body"), ALL_CLEAN, ids=[c[0] for c in ALL_CLEAN])
def test_clean_article_has_no_claim_error(project: Project, probe_id: str, drug: str, body: str) -> None:
    findings = _findings(project, drug, body)
    assert not [f for f in findings if f["rule"] == "metadata.drug-facts-missing"], "the facts file did not load"
    assert _claim_errors(findings) == []


@pytest.mark.parametrize(("probe_id", "drug", "body", "rule", "item"), ALL_DEFECTS, ids=[d[0] for d in ALL_DEFECTS])
def test_planted_defect_is_an_error(project: Project, probe_id: str, drug: str, body: str, rule: str, item: str | None) -> None:
    findings = _findings(project, drug, body)
    # accuracy.misstatement is a warning by the rule pack's design; the other claim rules report errors.
    severities = ("error", "warning") if rule.startswith("accuracy.") else ("error",)
    hits = [f for f in findings if f["rule"] == rule and f["severity"] in severities and (item is None or _item(f) == item)]
    assert hits, f"not caught: {[(f['rule'], f['severity'], _item(f)) for f in findings]}"
