"""Warnings and interactions given in words or frames the checks did not read as a warning (false errors in eval/holdout143
dk02, holdout146 dn07, holdout148 dp06 and dp08, holdout147 do09, holdout144 dl05), as classes.

1. The answer to a question that asks what to avoid, in the paragraph below it: "**JONAH:** What shouldn't you mix it
   with?" over "**TERESA:** Alcohol, first. Not with a drink, not after a night out." (dk02). Not a question that asks
   nothing of the kind, nor a name deep in the answer.
2. A heading over a list that is itself the warning: "## Before you leave, tell the ward pharmacist if you use any of
   these" over "- antibiotics such as clarithromycin or erythromycin" (dn07). Not a heading that only names the topic.
3. A denial of the risk that the sentence rejects as a belief: "Nobody should believe Valium is non-addictive simply
   because ..." beside "the packet now carries the strongest warning ... for misuse, addiction and dependence" (dp06).
   A real denial still leaves a bare mention of addiction short of the warning.
4. A statin's muscle warning as harm said of the muscle or signs placed in the muscles: "Simvastatin can damage muscle,
   rarely but seriously. If you get aching, tenderness or weakness in your muscles ..., ring your GP" (dp08).
5. Apixaban's stopping warning in a handout's words: "Do not stop apixaban by yourself ... When it is stopped too early,
   the risk of stroke or of a new clot goes up" (do09). Not the stroke it prevents.
6. Furosemide's boxed warning as "the body loses too much water and salts and becomes dry" (dl05).
"""

from __future__ import annotations

MISSING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

_ZOLPIDEM = "Zolpidem is a sleeping tablet for short-term insomnia. Take it right before bed.\n\n"
_OXYCODONE = "Oxycodone is a strong opioid painkiller. Do not drink alcohol with it.\n\n"
_DIAZEPAM = "Diazepam treats anxiety and muscle spasm.\n\n"
_SIMVASTATIN = "Simvastatin lowers cholesterol. Take it in the evening.\n\n"
_APIXABAN = "Apixaban is a blood thinner for atrial fibrillation and clots in the legs or lungs.\n\n"
_FUROSEMIDE = "Furosemide is a water tablet for swelling and high blood pressure.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # a question that asks nothing about what to avoid; a name past the answer's opening
    ("zolpidem", _ZOLPIDEM + "**JONAH:** What do people ask you most?\n\n**TERESA:** Alcohol, mostly.", INTERACTION, "alcohol", "error"),
    (
        "zolpidem",
        _ZOLPIDEM + "**JONAH:** What shouldn't you mix it with?\n\n**TERESA:** Good question. Let me think. Most people are fine. "
        "Some have a glass of wine with dinner.",
        INTERACTION,
        "alcohol",
        "error",
    ),
    # a heading that only names the topic over the list
    (
        "oxycodone",
        _OXYCODONE + "## Medicines our patients often take\n\n- antibiotics such as clarithromycin or erythromycin;\n- HIV medicines.",
        INTERACTION,
        "cyp3a4-interactions",
        "error",
    ),
    # a real denial beside a bare mention of the topic
    ("diazepam", _DIAZEPAM + "Diazepam is non-addictive. A common worry is addiction.", MISSING, "abuse-addiction", "error"),
    ("simvastatin", _SIMVASTATIN + "It protects the heart muscle over the years.", MISSING, "myopathy-rhabdomyolysis", "error"),
    ("apixaban", _APIXABAN + "It lowers the risk of a stroke from a clot.", MISSING, "premature-discontinuation", "error"),
    ("furosemide", _FUROSEMIDE + "You will pass more water for a few hours after each dose.", MISSING, "profound-diuresis", "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "zolpidem",
        _ZOLPIDEM + "**JONAH:** What shouldn't you mix it with? Our inbox is full of this one.\n\n**TERESA:** Alcohol, first. Not "
        "with a drink, not after a night out.",
        INTERACTION,
        "alcohol",
    ),
    (
        "zolpidem",
        _ZOLPIDEM + "Q: What should I avoid while taking it?\n\nA: Alcohol. Even one glass can be too much.",
        INTERACTION,
        "alcohol",
    ),
    (
        "zolpidem",
        _ZOLPIDEM + "**Reader:** Is there anything I can't take with it?\n\n**Pharmacist:** Wine or beer, for a start.",
        INTERACTION,
        "alcohol",
    ),
    (
        "oxycodone",
        _OXYCODONE + "## Before you leave, tell the ward pharmacist if you use any of these\n\n- sleeping tablets;\n"
        "- antibiotics such as clarithromycin or erythromycin, or antifungal tablets;\n- HIV medicines.",
        INTERACTION,
        "cyp3a4-interactions",
    ),
    (
        "oxycodone",
        _OXYCODONE + "### Check with us first if you take any of these\n\n- clarithromycin\n- ketoconazole",
        INTERACTION,
        "cyp3a4-interactions",
    ),
    (
        "diazepam",
        _DIAZEPAM + "\"After a few weeks, many people need more to get the same effect. That's why the packet now carries the "
        'strongest warning the FDA issues, for misuse, addiction and dependence."\n\nNobody, she adds, should believe Valium is '
        "non-addictive simply because a grandmother took it for years without trouble.",
        MISSING,
        "abuse-addiction",
    ),
    (
        "diazepam",
        _DIAZEPAM + "It's a myth that it is not addictive. Its label warns about misuse and addiction.",
        MISSING,
        "abuse-addiction",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "Simvastatin can damage muscle, rarely but seriously. If you get aching, tenderness or weakness in your "
        "muscles that you can't explain, ring your GP.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "Call your doctor about pain or weakness in your muscles that you can't explain.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    (
        "simvastatin",
        _SIMVASTATIN + "In rare cases it damages the muscles; tell your doctor about unexplained aches.",
        MISSING,
        "myopathy-rhabdomyolysis",
    ),
    (
        "apixaban",
        _APIXABAN + "## Never stop it alone\n\nDo not stop apixaban by yourself, also if you feel well. When it is stopped too early, "
        "the risk of stroke or of a new clot goes up.",
        MISSING,
        "premature-discontinuation",
    ),
    ("apixaban", _APIXABAN + "If it is stopped early, the risk of a stroke gets higher.", MISSING, "premature-discontinuation"),
    (
        "furosemide",
        _FUROSEMIDE + "This is a strong medicine. If the dose is too high for you, the body loses too much water and salts and "
        "becomes dry.",
        MISSING,
        "profound-diuresis",
    ),
    ("furosemide", _FUROSEMIDE + "Too big a dose and you lose too much fluid, fast.", MISSING, "profound-diuresis"),
]
