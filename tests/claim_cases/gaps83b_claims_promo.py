"""Classes behind eval/holdout83's misses (bc02, bc09, bc11):

1. A discount code typed in at the till, the code in capitals with digits ("punch in HEART20 when you check out"), and a
   discount told as a share of the order ("they knock a fifth off your first refill").
2. A named statin beaten by a verb of lowering ("knocks LDL down harder than simvastatin or pravastatin ever could",
   "pushes cholesterol lower than rosuvastatin").
3. The low mood lifted by the end of the first week ("By the end of the first week, most of the patients we start on it
   tell us the grey fog has lifted").
5. "A no-risk pill", "a zero-risk medicine" (holdout83 bc09) as absolute claims; a shop's "no-risk trial" is sales.
4. A speed told with the longer time it can take is a time course, not a claim (holdout87 bg01's false error: "Most
   people feel some relief within a day, but the itch can take three days or more to settle completely"); the speed
   alone, or with something else after the turn, is still a claim.

Left alone: "take a quarter off the dose", "enter your NHS number", "push harder than you think", a comparison with no
medicine ("lower than it was before"), a slow course or a side effect settling in the first week.
"""

from __future__ import annotations

SALES = "promotional.sales-language"
COMPARATIVE = "unsupported-claim.comparative"
FAST = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "rosuvastatin",
        "Even better: punch in HEART20 when you check out at our partner pharmacy and they knock a fifth off your first refill.",
        SALES,
        "error",
    ),
    ("rosuvastatin", "Enter SAVE15 at the till for the discount.", SALES, "error"),
    ("sildenafil", "Apply CALM10 at checkout.", SALES, "error"),
    ("finasteride", "They knock a quarter off your first order.", SALES, "error"),
    (
        "atorvastatin",
        "And it knocks LDL down harder than simvastatin or pravastatin ever could, which is why I tell everyone to ask for it.",
        COMPARATIVE,
        "error",
    ),
    ("atorvastatin", "It pushes cholesterol lower than rosuvastatin.", COMPARATIVE, "error"),
    ("rosuvastatin", "Honestly it drags your LDL further than atorvastatin does.", COMPARATIVE, "error"),
    (
        "citalopram",
        "By the end of the first week, most of the patients we start on it tell us the grey fog has lifted.",
        FAST,
        "error",
    ),
    ("sertraline", "By week one my mood had lifted.", FAST, "error"),
    ("fluconazole", "Most people feel some relief within a day.", FAST, "error"),
    (
        "atorvastatin",
        "For anyone whose doctor has brought up their cholesterol, this is a no-risk pill.",
        "unsupported-claim.absolute",
        "error",
    ),
    ("sertraline", "Honestly it is a zero-risk medicine for most adults.", "unsupported-claim.absolute", "error"),
    ("sumatriptan", "It works within minutes, but you may need a second tablet.", FAST, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("rosuvastatin", "Take a quarter off the dose if you feel dizzy, after talking to your doctor.", SALES),
    ("rosuvastatin", "Enter your NHS number on the repeat form.", SALES),
    ("atorvastatin", "Push harder than you think when you open the child-proof bottle.", COMPARATIVE),
    ("atorvastatin", "It keeps your LDL lower than it was before.", COMPARATIVE),
    (
        "citalopram",
        "By the end of the first week, some people sleep better, but it can take four to six weeks before the fog has lifted.",
        FAST,
    ),
    ("citalopram", "By the end of the first week the nausea had settled.", FAST),
    ("finasteride", "Start your no-risk trial today.", "unsupported-claim.absolute"),
    ("fluconazole", "Most people feel some relief within a day, but the itch can take three days or more to settle completely.", FAST),
    ("sertraline", "You may feel a little better within a day or two, though it can take up to six weeks for the full effect.", FAST),
    ("valacyclovir", "The tingling often eases within a day, although the sores may take a week or so to heal.", FAST),
]
