"""Probe articles (data, run by tests/test_new_drug_facts.py) for the second set of drug
facts files added on 2026-11-30 (checks/drugs/ADDED-2026-11-30b.md): hydroxychloroquine, prazosin, ivermectin, minoxidil,
tirzepatide, sumatriptan, metronidazole, fluconazole, paroxetine and risperidone. For each
drug, clean patient-education paragraphs that must raise no claim error (approved use, the
required warnings and interactions in lay words, a dose at the label maximum, a disclaimer),
and drafts with a planted defect that must be caught with the right rule and item."""

# (id, drug, article body) — must give no claim error.
CLEAN = [
    (
        "hydroxychloroquine-lupus",
        "hydroxychloroquine",
        "# Hydroxychloroquine for lupus and rheumatoid arthritis\n\n"
        "Hydroxychloroquine (Plaquenil) is used for lupus, rheumatoid arthritis and malaria. "
        "For rheumatoid arthritis, adults usually take 200 to 400 mg a day.\n\n"
        "## Warnings\n\n"
        "Hydroxychloroquine can damage the retina, so you need an eye exam when you start and regular eye checks. "
        "It can also cause a dangerous irregular heartbeat. Hydroxychloroquine does not prevent or cure COVID-19.",
    ),
    (
        "hydroxychloroquine-malaria-weekly",
        "hydroxychloroquine",
        "# Preventing malaria\n\n"
        "To prevent malaria, adults take hydroxychloroquine 400 mg once a week, starting 2 weeks before travel. "
        "Tell your doctor about any change in your vision, and about heart rhythm problems.",
    ),
    (
        "prazosin-blood-pressure",
        "prazosin",
        "# Prazosin for high blood pressure\n\n"
        "Prazosin (Minipress) is used for high blood pressure. Adults start with 1 mg two or three times a day; "
        "the usual dose is 6 to 15 mg a day, and no more than 40 mg a day.\n\n"
        "The first dose can make you faint, so take it at bedtime and get up slowly.",
    ),
    (
        "prazosin-nightmares-disclosed",
        "prazosin",
        "# Prazosin for nightmares\n\n"
        "Prazosin is approved for high blood pressure. Doctors also prescribe it off-label for nightmares in PTSD. "
        "It can make you dizzy or faint, especially after the first dose.",
    ),
    (
        "ivermectin-strongyloidiasis",
        "ivermectin",
        "# Ivermectin for threadworm\n\n"
        "Ivermectin (Stromectol) tablets treat strongyloidiasis and river blindness. The dose depends on body weight; "
        "a 70 kg adult takes a single 15 mg dose with water.\n\n"
        "Never take ivermectin made for horses or cattle. Ivermectin does not treat COVID-19.",
    ),
    (
        "ivermectin-lotion-lice",
        "ivermectin",
        "# Sklice for head lice\n\n"
        "Sklice is an ivermectin lotion for head lice. Apply it once to dry hair and rinse it off after 10 minutes.",
    ),
    (
        "soolantra-rosacea",
        "ivermectin",
        "# Soolantra for rosacea\n\nSoolantra is an ivermectin cream for the bumps and pimples of rosacea. Apply it once a day.",
    ),
    (
        "minoxidil-topical-hair-loss",
        "minoxidil",
        "# Minoxidil for hair loss\n\n"
        "Topical minoxidil (Rogaine) is used for hereditary hair loss on the top of the scalp. "
        "Men apply 1 mL of the 5% solution twice a day.\n\n"
        "Stop using it and call your doctor if you have chest pain, a fast heartbeat, or swollen hands or feet.",
    ),
    (
        "minoxidil-tablets-hypertension",
        "minoxidil",
        "# Minoxidil tablets\n\n"
        "Minoxidil tablets are used for severe high blood pressure when other medicines have not worked. "
        "Adults start with 5 mg a day, and the most is 100 mg a day.\n\n"
        "Minoxidil can cause fluid around the heart. Call your doctor about chest pain or sudden weight gain.",
    ),
    (
        "minoxidil-oral-hair-loss-disclosed",
        "minoxidil",
        "# Low-dose oral minoxidil\n\n"
        "Some dermatologists prescribe low-dose oral minoxidil off-label for hair loss, often 2.5 mg a day. "
        "Call your doctor about a fast heartbeat, chest pain or swollen ankles.",
    ),
    (
        "tirzepatide-mounjaro",
        "tirzepatide",
        "# Mounjaro for type 2 diabetes\n\n"
        "Mounjaro (tirzepatide) is a weekly shot for type 2 diabetes. "
        "The dose starts at 2.5 mg once a week and can go up to 15 mg once a week.\n\n"
        "## Warnings\n\n"
        "In animal studies tirzepatide caused thyroid tumors. Do not use it if you or a family member had medullary thyroid cancer. "
        "Stop it and get help if you have severe stomach pain, which can be a sign of pancreatitis.",
    ),
    (
        "tirzepatide-zepbound",
        "tirzepatide",
        "# Zepbound for weight loss and sleep apnea\n\n"
        "Zepbound is tirzepatide for weight loss in adults with obesity and for obstructive sleep apnea. "
        "The weekly dose goes up every 4 weeks to at most 15 mg once a week. "
        "It caused thyroid tumors in animals and can cause an inflamed pancreas (pancreatitis).",
    ),
    (
        "sumatriptan-migraine",
        "sumatriptan",
        "# Sumatriptan for migraine\n\n"
        "Sumatriptan (Imitrex) treats a migraine attack once it starts; it does not prevent migraines. "
        "Adults take 50 or 100 mg; a second dose can be taken "
        "after 2 hours, but no more than 200 mg in 24 hours.\n\n"
        "## Warnings\n\n"
        "Do not use sumatriptan if you have heart disease or have had a stroke. Do not take it within 24 hours of another triptan "
        "or an ergot medicine, or within 2 weeks of an MAO inhibitor.",
    ),
    (
        "sumatriptan-injection-cluster",
        "sumatriptan",
        "# Sumatriptan injection for cluster headaches\n\n"
        "Sumatriptan injection is used for migraine and cluster headaches: 6 mg under the skin, at most 12 mg in 24 hours. "
        "Do not use it if you have heart disease. Do not combine it with other triptans, ergotamine or MAO inhibitors.",
    ),
    (
        "metronidazole-trich-bv",
        "metronidazole",
        "# Metronidazole (Flagyl)\n\n"
        "Metronidazole is an antibiotic for trichomoniasis, bacterial vaginosis and some serious infections. "
        "For trichomoniasis, adults take 2 g once.\n\n"
        "## Warnings\n\n"
        "Do not drink alcohol while taking metronidazole and for 3 days after; it can cause vomiting and cramps. "
        "Do not take it if you have taken disulfiram (Antabuse) in the last 2 weeks. "
        "Metronidazole caused cancer in mice and rats, so it is used only when needed.",
    ),
    (
        "fluconazole-yeast",
        "fluconazole",
        "# Fluconazole for a vaginal yeast infection\n\n"
        "Fluconazole (Diflucan) treats vaginal yeast infections and thrush. "
        "For a vaginal yeast infection, adults take one 150 mg tablet.\n\n"
        "Do not take fluconazole with pimozide, quinidine or erythromycin; together they can cause a dangerous heart rhythm.",
    ),
    (
        # 800 mg a day (IDSA candidemia dosing) is above the label's usual range: a warning for a
        # pharmacist, not an error (DIFLUCAN DOSAGE AND ADMINISTRATION gives no hard maximum).
        "fluconazole-800mg-warning",
        "fluconazole",
        "# Fluconazole for candidemia\n\n"
        "For candidemia, doctors often give fluconazole 800 mg on the first day, then 400 mg a day.\n\n"
        "Do not take fluconazole with pimozide, quinidine or erythromycin; together they can cause a dangerous heart rhythm.",
    ),
    (
        "paroxetine-depression",
        "paroxetine",
        "# Paroxetine for depression and anxiety\n\n"
        "Paroxetine (Paxil) is prescribed for depression, panic disorder, social anxiety and PTSD. "
        "Adults usually take 20 mg once a day; the most is 60 mg a day.\n\n"
        "## Warnings\n\n"
        "Like other antidepressants, it can raise the risk of suicidal thoughts in young people. "
        "Do not take it within 14 days of an MAOI, or with thioridazine or pimozide. Taking it with triptans, tramadol "
        "or other antidepressants can cause serotonin syndrome.",
    ),
    (
        "brisdelle-hot-flashes",
        "paroxetine",
        "# Brisdelle for hot flashes\n\n"
        "Brisdelle is a low-dose paroxetine capsule for hot flashes of menopause: 7.5 mg at bedtime. It can raise the risk of "
        "suicidal thoughts. Do not take it within 14 days of an MAOI, and avoid tramadol or triptans because of serotonin syndrome.",
    ),
    (
        "risperidone-schizophrenia",
        "risperidone",
        "# Risperidone for schizophrenia\n\n"
        "Risperidone (Risperdal) is used for schizophrenia, bipolar mania and irritability in children with autism. "
        "Adults with schizophrenia usually take 4 to 8 mg a day, and no more than 16 mg a day.\n\n"
        "## Warnings\n\n"
        "Risperidone is not approved for older people with dementia; it raises their risk of death.",
    ),
    (
        "minoxidil-foam-no-brand",
        "minoxidil",
        "# Minoxidil foam\n\n"
        "Minoxidil foam is used for thinning hair on the top of the head. Women apply half a capful once a day. "
        "Stop using it if you get chest pain, a racing heartbeat or sudden weight gain.",
    ),
    (
        "paxil-cr-panic",
        "paroxetine",
        "# Paxil CR\n\n"
        "Paxil CR is an extended-release paroxetine tablet for depression, panic disorder and PMDD. For panic disorder, "
        "the dose can go up to 75 mg a day. It can raise the risk of suicidal thoughts. Do not take it within 14 days of an MAOI, "
        "and avoid tramadol or triptans because of serotonin syndrome.",
    ),
    # -- next drug's clean article goes here --
]

# (id, drug, article body, rule, item) — the planted defect must be reported as an error
# (accuracy.misstatement: a warning or an error) with this item (None: any).
DEFECTS = [
    (
        "hydroxychloroquine-no-retina-warning",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nHydroxychloroquine treats lupus. It can cause a dangerous irregular heartbeat.",
        "safety-warnings.missing",
        "retinal-toxicity",
    ),
    (
        "hydroxychloroquine-no-heart-warning",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nHydroxychloroquine treats lupus. You need regular eye exams because it can damage the retina.",
        "safety-warnings.missing",
        "cardiac-effects",
    ),
    (
        "hydroxychloroquine-covid-undisclosed",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nSome people take hydroxychloroquine for COVID-19. You need regular eye exams, "
        "and it can cause a dangerous irregular heartbeat.",
        "off-label.undisclosed",
        "COVID-19",
    ),
    (
        "hydroxychloroquine-cures-covid",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nHydroxychloroquine cures COVID-19.",
        "accuracy.misstatement",
        None,
    ),
    (
        "hydroxychloroquine-osteoarthritis-undisclosed",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nSome people take hydroxychloroquine for osteoarthritis. You need regular eye exams, "
        "and it can cause a dangerous irregular heartbeat.",
        "off-label.undisclosed",
        "arthritis",
    ),
    (
        "hydroxychloroquine-1600mg",
        "hydroxychloroquine",
        "# Hydroxychloroquine\n\nFor lupus, adults take hydroxychloroquine 1,600 mg a day. You need regular eye exams, "
        "and it can cause a dangerous irregular heartbeat.",
        "dosage.above-max",
        None,
    ),
    (
        "prazosin-nightmares-undisclosed",
        "prazosin",
        "# Prazosin\n\nMany veterans take prazosin for nightmares. It can make you faint after the first dose.",
        "off-label.undisclosed",
        "nightmares",
    ),
    (
        "prazosin-no-syncope-warning",
        "prazosin",
        "# Prazosin\n\nPrazosin is used for high blood pressure. Take it two or three times a day.",
        "safety-warnings.missing",
        "first-dose-syncope",
    ),
    (
        "prazosin-60mg",
        "prazosin",
        "# Prazosin\n\nFor high blood pressure, adults can take prazosin 60 mg a day. It can make you faint.",
        "dosage.above-max",
        None,
    ),
    (
        "ivermectin-covid-undisclosed",
        "ivermectin",
        "# Ivermectin\n\nSome people take ivermectin for COVID-19.",
        "off-label.undisclosed",
        "COVID-19",
    ),
    (
        "ivermectin-treats-covid",
        "ivermectin",
        "# Ivermectin\n\nIvermectin treats COVID-19 and prevents infection.",
        "accuracy.misstatement",
        None,
    ),
    (
        "ivermectin-scabies-undisclosed",
        "ivermectin",
        "# Ivermectin\n\nDoctors often prescribe ivermectin tablets for scabies.",
        "off-label.undisclosed",
        "scabies",
    ),
    (
        "stromectol-rosacea-undisclosed",
        "ivermectin",
        "# Stromectol\n\nSome people take Stromectol for rosacea.",
        "off-label.undisclosed",
        "rosacea",
    ),
    (
        "minoxidil-oral-hair-loss-undisclosed",
        "minoxidil",
        "# Oral minoxidil\n\nMany people now take oral minoxidil for hair loss. Call your doctor about chest pain, "
        "a fast heartbeat or swollen feet.",
        "off-label.undisclosed",
        "hair loss",
    ),
    (
        "minoxidil-no-heart-warning",
        "minoxidil",
        "# Minoxidil\n\nMinoxidil tablets are used for severe high blood pressure. Take them with a water pill.",
        "safety-warnings.missing",
        "heart-fluid-effects",
    ),
    (
        "oral-minoxidil-approved-misstatement",
        "minoxidil",
        "# Oral minoxidil\n\nLow-dose oral minoxidil is FDA-approved for hair loss.",
        "accuracy.misstatement",
        None,
    ),
    (
        "minoxidil-150mg",
        "minoxidil",
        "# Minoxidil\n\nFor severe high blood pressure, minoxidil tablets can be taken at 150 mg a day. "
        "Call your doctor about chest pain or swollen feet.",
        "dosage.above-max",
        None,
    ),
    (
        "mounjaro-weight-loss-undisclosed",
        "tirzepatide",
        "# Mounjaro\n\nMany people use Mounjaro for weight loss. It caused thyroid tumors in animals, and it can cause pancreatitis.",
        "off-label.undisclosed",
        "weight loss",
    ),
    (
        "zepbound-diabetes-undisclosed",
        "tirzepatide",
        "# Zepbound\n\nSome doctors prescribe Zepbound for type 2 diabetes. "
        "It caused thyroid tumors in animals, and it can cause pancreatitis.",
        "off-label.undisclosed",
        "diabetes",
    ),
    (
        "tirzepatide-no-thyroid-warning",
        "tirzepatide",
        "# Tirzepatide\n\nTirzepatide is a weekly shot for type 2 diabetes. It can cause pancreatitis.",
        "safety-warnings.missing",
        "thyroid-c-cell-tumors",
    ),
    (
        "mounjaro-20mg-weekly",
        "tirzepatide",
        "# Mounjaro\n\nFor type 2 diabetes, Mounjaro can be raised to 20 mg once a week. It caused thyroid tumors in animals, "
        "and it can cause pancreatitis.",
        "dosage.above-max",
        None,
    ),
    (
        "mounjaro-approved-weight-loss",
        "tirzepatide",
        "# Mounjaro\n\nMounjaro is approved for weight loss.",
        "accuracy.misstatement",
        None,
    ),
    (
        "sumatriptan-no-triptan-ergot-warning",
        "sumatriptan",
        "# Sumatriptan\n\nSumatriptan treats migraine. Do not use it if you have heart disease. "
        "Do not take it within 2 weeks of an MAO inhibitor.",
        "interactions.missing",
        "ergots-other-triptans",
    ),
    (
        "sumatriptan-no-heart-warning",
        "sumatriptan",
        "# Sumatriptan\n\nSumatriptan treats migraine. Do not take it within 24 hours of another triptan or ergotamine, "
        "or within 2 weeks of an MAO inhibitor.",
        "safety-warnings.missing",
        "cardiovascular-contraindications",
    ),
    (
        "sumatriptan-tension-headache-undisclosed",
        "sumatriptan",
        "# Sumatriptan\n\nSome people take sumatriptan for tension headaches. Do not use it if you have heart disease. "
        "Do not take it within 24 hours of another triptan or ergotamine, or with an MAO inhibitor.",
        "off-label.undisclosed",
        "headache",
    ),
    (
        "sumatriptan-300mg",
        "sumatriptan",
        "# Sumatriptan\n\nFor migraine, adults may take up to 300 mg of sumatriptan tablets a day. "
        "Do not use it if you have heart disease. "
        "Do not take it within 24 hours of another triptan or ergotamine, or with an MAO inhibitor.",
        "dosage.above-max",
        None,
    ),
    (
        "sumatriptan-prevents-migraines",
        "sumatriptan",
        "# Sumatriptan\n\nTaken every day, sumatriptan prevents migraines.",
        "accuracy.misstatement",
        None,
    ),
    (
        "metronidazole-no-alcohol-warning",
        "metronidazole",
        "# Metronidazole\n\nMetronidazole treats trichomoniasis. Do not take it if you took disulfiram in the last 2 weeks. "
        "It caused cancer in mice and rats.",
        "interactions.missing",
        "alcohol-propylene-glycol",
    ),
    (
        "metronidazole-fine-with-alcohol",
        "metronidazole",
        "# Metronidazole\n\nMetronidazole treats bacterial vaginosis. It is fine to drink a glass of wine while taking metronidazole.",
        "accuracy.misstatement",
        None,
    ),
    (
        "metronidazole-yeast-undisclosed",
        "metronidazole",
        "# Metronidazole\n\nSome people take metronidazole for a yeast infection. Do not drink alcohol with it or for 3 days after. "
        "Do not take it after disulfiram. It caused cancer in mice and rats.",
        "off-label.undisclosed",
        "yeast infections",
    ),
    (
        "metronidazole-cdiff-undisclosed",
        "metronidazole",
        "# Metronidazole\n\nMetronidazole is often used for C. diff infection. Do not drink alcohol with it or for 3 days after. "
        "Do not take it after disulfiram. It caused cancer in mice and rats.",
        "off-label.undisclosed",
        "C. diff infection",
    ),
    (
        "metronidazole-no-cancer-warning",
        "metronidazole",
        "# Metronidazole\n\nMetronidazole treats trichomoniasis. Do not drink alcohol with it or for 3 days after. "
        "Do not take it after disulfiram.",
        "safety-warnings.missing",
        "carcinogenicity",
    ),
    (
        "fluconazole-bv-undisclosed",
        "fluconazole",
        "# Fluconazole\n\nSome people take fluconazole for bacterial vaginosis. Do not take it with pimozide, quinidine or erythromycin.",
        "off-label.undisclosed",
        "bacterial vaginosis",
    ),
    (
        "fluconazole-no-contraindicated-drugs",
        "fluconazole",
        "# Fluconazole\n\nFluconazole treats vaginal yeast infections with one 150 mg tablet.",
        "interactions.missing",
        "contraindicated-qt-drugs",
    ),
    # fluconazole-800mg removed (review 2026-11-30, session 4): the DIFLUCAN label states no
    # maximum ("doses of up to 400 mg daily have been used"), so 400 mg is a usual-range top and
    # 800 mg a day is a warning, not an error; see the clean probe "fluconazole-800mg-warning".
    (
        "fluconazole-treats-bv",
        "fluconazole",
        "# Fluconazole\n\nFluconazole treats bacterial vaginosis in one dose.",
        "accuracy.misstatement",
        None,
    ),
    (
        "paroxetine-no-boxed-warning",
        "paroxetine",
        "# Paroxetine\n\nParoxetine treats depression. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "safety-warnings.missing",
        "suicidality",
    ),
    (
        "paroxetine-no-maoi",
        "paroxetine",
        "# Paroxetine\n\nParoxetine treats depression. It can raise the risk of suicidal thoughts. "
        "Avoid tramadol because of serotonin syndrome.",
        "interactions.missing",
        "maois",
    ),
    (
        "paroxetine-premature-ejaculation-undisclosed",
        "paroxetine",
        "# Paroxetine\n\nDoctors sometimes prescribe paroxetine for premature ejaculation. It can raise the risk of suicidal thoughts. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "off-label.undisclosed",
        "premature ejaculation",
    ),
    (
        "brisdelle-depression-undisclosed",
        "paroxetine",
        "# Brisdelle\n\nSome doctors prescribe Brisdelle for depression. It can raise the risk of suicidal thoughts. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "off-label.undisclosed",
        "depression",
    ),
    (
        "paxil-80mg",
        "paroxetine",
        "# Paxil\n\nFor depression, adults may take Paxil 80 mg a day. It can raise the risk of suicidal thoughts. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "dosage.above-max",
        None,
    ),
    (
        "risperidone-no-dementia-warning",
        "risperidone",
        "# Risperidone\n\nRisperidone is used for schizophrenia. It can cause weight gain.",
        "safety-warnings.missing",
        "dementia-mortality",
    ),
    (
        "risperidone-insomnia-undisclosed",
        "risperidone",
        "# Risperidone\n\nSome people take a low dose of risperidone for sleep. It raises the risk of death in older people with dementia.",
        "off-label.undisclosed",
        "insomnia",
    ),
    (
        "risperidone-20mg",
        "risperidone",
        "# Risperidone\n\nFor schizophrenia, adults can take risperidone 20 mg a day. "
        "It raises the risk of death in older people with dementia.",
        "dosage.above-max",
        None,
    ),
    (
        "risperidone-approved-dementia",
        "risperidone",
        "# Risperdal\n\nRisperdal is approved for agitation in dementia.",
        "accuracy.misstatement",
        None,
    ),
    (
        "minoxidil-tablets-hair-loss-undisclosed",
        "minoxidil",
        "# Minoxidil\n\nA dermatologist may prescribe minoxidil tablets for thinning hair. Call your doctor about chest pain "
        "or swollen ankles.",
        "off-label.undisclosed",
        "hair loss",
    ),
    (
        "paxil-cr-ocd-undisclosed",
        "paroxetine",
        "# Paxil CR\n\nSome doctors prescribe Paxil CR for OCD. It can raise the risk of suicidal thoughts. "
        "Do not take it within 14 days of an MAOI, and avoid tramadol because of serotonin syndrome.",
        "off-label.undisclosed",
        "OCD",
    ),
    (
        "mounjaro-daily",
        "tirzepatide",
        "# Mounjaro\n\nFor type 2 diabetes, take Mounjaro 2.5 mg every day. It caused thyroid tumors in animals, "
        "and it can cause pancreatitis.",
        "dosage.weekly-taken-daily",
        None,
    ),
    # -- next drug's defects go here --
]
