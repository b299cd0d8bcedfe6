"""Probe articles (data, run by tests/test_new_drug_facts.py) for the third set of drug facts
files added on 2026-12-01 (checks/drugs/ADDED-2026-12-01.md): isotretinoin, lisdexamfetamine and
varenicline. For each drug, clean patient-education paragraphs that must raise no claim error
(approved use, the required warnings in lay words, a dose at the label maximum, a disclaimer),
and drafts with a planted defect that must be caught with the right rule and item: an off-label
use in lay words, a missing required warning, a dose above the maximum and a paraphrased
misstatement."""

# (id, drug, article body) — must give no claim error.
CLEAN = [
    (
        "isotretinoin-leaflet",
        "isotretinoin",
        "# Isotretinoin for severe acne\n\n"
        "Isotretinoin (Absorica, Claravis) is a capsule for severe nodular acne that has not cleared with antibiotics. "
        "The dose depends on your weight; many adults take 40 mg twice a day with food for about 20 weeks.\n\n"
        "## Pregnancy\n\n"
        "Isotretinoin causes severe birth defects. You must not get pregnant while taking it or for one month after. "
        "Anyone who could get pregnant must use two forms of birth control and have monthly pregnancy tests through the iPLEDGE program. "
        "Never share your capsules with anyone, and do not give blood during treatment.",
    ),
    (
        "isotretinoin-blog-myth-busted",
        "isotretinoin",
        "# Accutane: what I wish I'd known\n\n"
        "I took Accutane for cystic acne on my jaw. Some forums claim it's fine to get pregnant on it. That is false: "
        "it can seriously harm an unborn baby, which is why my dermatologist made me use two methods of contraception. "
        "It can also affect your mood, so tell your doctor if you feel low.",
    ),
    (
        "lisdexamfetamine-adhd-leaflet",
        "lisdexamfetamine",
        "# Vyvanse for ADHD\n\n"
        "Vyvanse (lisdexamfetamine) is a once-daily capsule for ADHD in adults and children aged 6 and older. "
        "Most people start with 30 mg in the morning; the dose can go up weekly to a maximum of 70 mg a day.\n\n"
        "## Safety\n\n"
        "Vyvanse is a controlled substance: it can be misused and can lead to addiction. Keep it locked away and never share it. "
        "Do not take it within 14 days of an MAOI antidepressant.",
    ),
    (
        "lisdexamfetamine-bed-blog",
        "lisdexamfetamine",
        "# Vyvanse and binge eating disorder\n\n"
        "Vyvanse is the first medicine approved for moderate to severe binge eating disorder in adults. "
        "My doctor raised my dose to 70 mg once a day. It is not a weight-loss pill and it is not approved for weight loss. "
        "Because it is a stimulant, people can get hooked on it, so take it exactly as prescribed. "
        "It should not be combined with MAO inhibitors.",
    ),
    (
        "varenicline-chantix-leaflet",
        "varenicline",
        "# Chantix to help you quit smoking\n\n"
        "Chantix (varenicline) is a tablet that helps adults stop smoking. It contains no nicotine. "
        "You take 0.5 mg once a day for 3 days, then 0.5 mg twice a day, and from day 8 the full dose of 1 mg twice a day for 12 weeks.\n\n"
        "## Side effects\n\n"
        "Nausea and strange dreams are common. Stop taking it and call your doctor if you notice changes in mood or behaviour, "
        "agitation, depression or suicidal thoughts. Drink less alcohol until you know how it affects you.",
    ),
    (
        "varenicline-generic-forum",
        "varenicline",
        "# Quitting with varenicline: your questions\n\n"
        "Is varenicline nicotine in a pill? No, it works on the nicotine receptors in the brain and makes cigarettes less satisfying. "
        "Most people end up on 1 mg twice a day. Some users report low mood, so tell your GP about any mood changes.",
    ),
    (
        "varenicline-tyrvaya-dry-eye",
        "varenicline",
        "# Tyrvaya nasal spray\n\nTyrvaya is a varenicline nasal spray for dry eye disease. Use one spray in each nostril twice a day.",
    ),
]

# (id, drug, article body, rule, item) — the planted defect must be caught.
DEFECTS = [
    (
        "isotretinoin-no-pregnancy-warning",
        "isotretinoin",
        "# Isotretinoin\n\nIsotretinoin treats severe acne. Take it with food twice a day. Your lips may get dry.",
        "safety-warnings.missing",
        "embryo-fetal-toxicity",
    ),
    (
        "isotretinoin-rosacea-undisclosed",
        "isotretinoin",
        "# Isotretinoin\n\nSome people take isotretinoin for rosacea. It can cause birth defects, so avoid pregnancy.",
        "off-label.undisclosed",
        "rosacea",
    ),
    (
        "isotretinoin-fine-to-get-pregnant",
        "isotretinoin",
        "# Accutane diaries\n\nHonestly, it is totally fine to get pregnant on Accutane, my cousin did. It cleared my acne.",
        "accuracy.misstatement",
        None,
    ),
    (
        "isotretinoin-keep-taking-when-expecting",
        "isotretinoin",
        "# Isotretinoin\n\nIsotretinoin clears acne. If you fall pregnant there is no need to stop taking it.",
        "accuracy.misstatement",
        None,
    ),
    (
        "isotretinoin-share-with-friend",
        "isotretinoin",
        "# Got leftover capsules?\n\nIsotretinoin clears acne and can cause birth defects. "
        "If you have capsules left over, pass them on to a friend with spots.",
        "accuracy.misstatement",
        None,
    ),
    (
        "lisdexamfetamine-no-abuse-warning",
        "lisdexamfetamine",
        "# Vyvanse\n\nVyvanse treats ADHD. Take one capsule in the morning. Do not take it with an MAOI.",
        "safety-warnings.missing",
        "abuse-misuse-addiction",
    ),
    (
        "lisdexamfetamine-weight-loss-undisclosed",
        "lisdexamfetamine",
        "# Vyvanse\n\nA lot of people take Vyvanse for weight loss. It can be addictive. Never combine it with MAOIs.",
        "off-label.undisclosed",
        "weight loss",
    ),
    (
        "lisdexamfetamine-100mg",
        "lisdexamfetamine",
        "# Vyvanse dosing\n\nVyvanse treats ADHD. Adults can take up to 100 mg a day. It can be misused and lead to addiction. "
        "Do not take it with an MAOI.",
        "dosage.above-max",
        None,
    ),
    (
        "lisdexamfetamine-not-addictive",
        "lisdexamfetamine",
        "# Is Vyvanse safe?\n\nVyvanse treats ADHD. Because it's a prodrug, it can't be abused, and you won't get hooked on it. "
        "Do not take it with an MAOI.",
        "accuracy.misstatement",
        None,
    ),
    (
        "lisdexamfetamine-diet-pill",
        "lisdexamfetamine",
        "# Vyvanse\n\nVyvanse treats ADHD and doubles as a great diet pill. It can be misused and lead to addiction. "
        "Do not take it with an MAOI.",
        "accuracy.misstatement",
        None,
    ),
    (
        "lisdexamfetamine-slimming-aid-apposition",
        "lisdexamfetamine",
        "# Vyvanse\n\nLisdexamfetamine, the ADHD capsule, is also a handy slimming aid. It can be misused and lead to addiction. "
        "Do not take it with an MAOI.",
        "accuracy.misstatement",
        None,
    ),
    (
        "varenicline-alcohol-use-disorder-undisclosed",
        "varenicline",
        "# Chantix\n\nSome people take Chantix for alcohol use disorder. Stop it if you notice mood changes or suicidal thoughts.",
        "off-label.undisclosed",
        "alcohol use disorder",
    ),
    (
        "varenicline-3mg",
        "varenicline",
        "# Chantix\n\nChantix helps you quit smoking. If cravings are bad, take 1.5 mg twice a day, 3 mg a day in total. "
        "Call your doctor about mood changes.",
        "dosage.above-max",
        None,
    ),
    (
        "varenicline-no-mood-effects",
        "varenicline",
        "# Chantix\n\nChantix helps you quit smoking, and it has no mental health side effects at all.",
        "accuracy.misstatement",
        None,
    ),
    (
        "varenicline-drink-as-normal",
        "varenicline",
        "# Chantix\n\nChantix helps you stop smoking. You can drink as normal while on it. Call your doctor about mood changes.",
        "accuracy.misstatement",
        None,
    ),
]
