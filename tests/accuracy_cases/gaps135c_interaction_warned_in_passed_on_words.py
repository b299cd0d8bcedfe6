"""An interaction warned of in the words of advice passed on, read as named but not warned (eval/holdout201 fq06,
eval/holdout206 fv08: false errors), as a class.

Class: the interacting medicine is warned of when the sentence says the two react with each other ("His antidepressant,
the sertraline, can react with it and cause serotonin syndrome", "reacts badly with"), or that the other one changes how
the body or the liver breaks the drug down or clears it ("Some other medicines change how his body breaks tramadol down");
when the advice is told to any doctor or dentist seen ("tell any doctor or dentist he sees"); when a bare prohibition opens
a series of them ("No alcohol, and no sleeping pills ...") or keeps the prescriber in the know ("unless the doctor knows");
and when the list sits under a lead-in of advice stressed or marked ("Things the pharmacist made a point of:", "What the
nurse stressed:", "Things I underlined:"). Still named but not warned: "how your body reacts to it", the GP who knows
without "unless", "No alcohol-free beer", a lead-in of what stressed someone, and a bare "breaks down slowly".
"""

from __future__ import annotations

MISSING = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the GP knows, no prohibition
    ("tramadol", "His antidepressant, the sertraline, helps his mood. The GP knows about it.", MISSING, "serotonergic-drugs", "error"),
    # how the body reacts to the drug, not the two reacting
    (
        "tramadol",
        "How your body reacts to tramadol varies from person to person. Dad also takes sertraline every morning.",
        MISSING,
        "serotonergic-drugs",
        "error",
    ),
    # breaking down told of the drug alone
    (
        "tramadol",
        "Tramadol breaks down in the body over a few hours. He had antibiotics for a chest infection in March.",
        MISSING,
        "cyp2d6-cyp3a4-interactions",
        "error",
    ),
    # a lead-in of what stressed someone, not advice stressed
    (
        "clonazepam",
        "Things that stressed him out that week:\n\n- the move\n- a glass of wine at dinner that he couldn't finish",
        MISSING,
        "alcohol-cns-depressants",
        "error",
    ),
    # "No alcohol-free beer", no prohibition
    (
        "clonazepam",
        "No alcohol-free beer tastes right to him, so he still has a beer most nights.",
        MISSING,
        "alcohol-cns-depressants",
        "error",
    ),
]

#: The draft's own wording (fq06), a list under "Things the pharmacist made a point of": two interactions warned in it.
_FQ06 = (
    "**Things the pharmacist made a point of.** I wrote these down on the back of the discharge letter:\n\n"
    "1. It can cause fits, even at normal doses.\n"
    "2. His antidepressant, the sertraline, can react with it and cause serotonin syndrome: sweating, shaking, racing heart,"
    " confusion. The GP knows and is keeping an eye.\n"
    "3. Some other medicines change how his body breaks tramadol down, such as certain antibiotics, antifungals and seizure"
    " medicines, so he needs to tell any doctor or dentist he sees that he's on it."
)

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (fq06)
    (
        "tramadol",
        _FQ06,
        MISSING,
        "serotonergic-drugs",
    ),
    (
        "tramadol",
        _FQ06,
        MISSING,
        "cyp2d6-cyp3a4-interactions",
    ),
    # the draft's own wording (fv08)
    (
        "clonazepam",
        "Read the Medication Guide at the kitchen table. Things I underlined:\n\n- It can be habit-forming.\n"
        "- No alcohol, and no sleeping pills or other sedating medicines unless the doctor knows.",
        MISSING,
        "alcohol-cns-depressants",
    ),
    # new wordings, other voices: the sentence alone
    (
        "tramadol",
        "Mum's antidepressant reacts badly with tramadol, so the ward swapped her painkiller.",
        MISSING,
        "serotonergic-drugs",
    ),
    (
        "tramadol",
        "A few antifungals can slow down how fast your liver clears tramadol. Keep a list of everything you take.",
        MISSING,
        "cyp2d6-cyp3a4-interactions",
    ),
    (
        "tramadol",
        "Tell any pharmacist or doctor who treats him that he has just started an antibiotic.",
        MISSING,
        "cyp2d6-cyp3a4-interactions",
    ),
    ("clonazepam", "No beer, no wine, nothing stronger, for as long as she is on clonazepam.", MISSING, "alcohol-cns-depressants"),
    ("clonazepam", "Sleeping tablets are out unless your psychiatrist knows about them.", MISSING, "alcohol-cns-depressants"),
    # ... a list under a lead-in of advice stressed
    (
        "clonazepam",
        "What the nurse stressed:\n\n- sleeping pills, even the ones from the supermarket\n- wine, beer or spirits",
        MISSING,
        "alcohol-cns-depressants",
    ),
    (
        "tramadol",
        "The points the GP hammered home to us:\n\n- antidepressants like sertraline or fluoxetine\n- St John's wort",
        MISSING,
        "serotonergic-drugs",
    ),
]
