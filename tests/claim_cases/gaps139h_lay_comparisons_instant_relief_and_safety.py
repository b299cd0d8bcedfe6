"""Unsupported claims in lay words, from eval/holdout232 (gv05, alprazolam; gv09, albuterol), holdout233 (gw03, methotrexate),
holdout234 (gx01, aripiprazole; gx06, amphetamine mixed salts), holdout235 (gy03, simvastatin) and holdout237 (ha01, amphetamine
mixed salts), with the false errors of holdout234 (gx07, methotrexate) and holdout236 (gz10, metformin), as a class.

Class: an uncited claim that the medicine beats other medicines, acts at once, helps within days when its label says weeks, or
is totally safe, told without the keywords the older patterns knew: a better medicine of a kind named by its use ("a better
anxiety medicine than either of them"), a side effect less of a problem with it than with most others of its kind, as good as
"the newer, glossier statins", working "for more adults ... than any non-stimulant tablet", the trouble gone "the second it
reaches your lungs", relief "most people ... can expect within days" of a slow medicine (a warning: inferred from its label),
and "totally safe" after a condition no comma closes ("if it's your own script at your own dose it's totally safe").
Silent: a denial, a question, a hedge ("may be less of a problem"), the other way round ("more of a problem with"), a caution
with its limits ("less likely than older antihistamines to add to the effects of alcohol"), a rival that is no medicine ("than
you might think", "than the placebo did", food against food), an instruction ("take two puffs the moment the tightness
starts"), a side effect, a word passed on or asked ("if your doctor says it's completely safe", "ask your pharmacist if ...
it's completely safe"), and blood work "every one to three months".
"""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "alprazolam",
        "I've been on sertraline and on buspirone, and I'll say it plainly: alprazolam is simply a better anxiety medicine than"
        " either of them. When the school called about my daughter's broken arm, half a tablet and I could get through the phone"
        " call with the surgeon.",
        COMPARATIVE,
        "error",
    ),
    (
        "aripiprazole",
        "Weight gain is much less of a problem with aripiprazole than with most other antipsychotic medicines, so people usually"
        " find it easier to stay on. Your team will still check your weight, blood sugar and cholesterol, because these can go up.",
        COMPARATIVE,
        "error",
    ),
    (
        "simvastatin",
        "Simvastatin, sold for years as Zocor, slows the liver's own production of cholesterol. It is one of the oldest statins on"
        " the pharmacy shelf, and decades on it still does the job every bit as well as the newer, glossier statins that followed it.",
        COMPARATIVE,
        "error",
    ),
    (
        "amphetamine-mixed-salts",
        "For ADHD, the medicine can help you focus, finish tasks and act less on impulse. Stimulants work for more adults with ADHD"
        " than any non-stimulant tablet, which is why our clinic nearly always starts with one.",
        COMPARATIVE,
        "error",
    ),
    ("albuterol", "And the best part: the second it reaches your lungs, the tightness lets go, every single time.", RAPID, "error"),
    (
        "methotrexate",
        "It did not take long. By her third Saturday dose the swelling in her knuckles had gone down enough that she could center"
        " clay on the wheel again, and relief that quick is what most people on methotrexate can expect within days of starting.",
        RAPID,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "**[8:20 PM] lex_luthor_esq:** nine years on 20 mg of the XR every morning. if it's your own script at your own dose it's"
        " totally safe, full stop.",
        ABSOLUTE,
        "error",
    ),
    # new wordings, other voices
    ("sumatriptan", "Honestly, it's a far better migraine tablet than anything I'd tried before.", COMPARATIVE, "error"),
    ("quetiapine", "Weight gain is less of a worry with this one than with most of the other antipsychotics.", COMPARATIVE, "error"),
    ("azithromycin", "Nausea is far less common with it than with the other antibiotics.", COMPARATIVE, "error"),
    ("atorvastatin", "The generic tablets still do the job every bit as well as the pricier, newer statins.", COMPARATIVE, "error"),
    ("methylphenidate", "In our experience it helps more children than any of the non-stimulant medicines.", COMPARATIVE, "error"),
    ("sumatriptan", "Triptans work for more people with migraine than any other tablet you can buy.", COMPARATIVE, "error"),
    ("ondansetron", "The moment it melts on your tongue, the sickness just goes.", RAPID, "error"),
    ("albuterol", "Your chest loosens the second the puff hits your lungs.", RAPID, "error"),
    ("sumatriptan", "As soon as the tablet hits your stomach, the migraine eases.", RAPID, "error"),
    ("methotrexate", "Most of my patients can expect real relief within a few days of the first weekly dose.", RAPID, "warning"),
    ("levothyroxine", "Relief from the tiredness is something most people can expect within days.", RAPID, "warning"),
    ("alprazolam", "If you stick to the dose on the label it's completely safe.", ABSOLUTE, "error"),
    ("zolpidem", "If you only take them at bedtime they're perfectly safe.", ABSOLUTE, "error"),
    ("methotrexate", "It has worked for every one of the quilters who tried it.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' false errors (gx07, gz10)
    (
        "methotrexate",
        "Methotrexate can harm the liver, kidneys, lungs and blood cells, and these side effects can be life-threatening. We all"
        " have blood work every one to three months.",
        ABSOLUTE,
    ),
    (
        "metformin",
        "**Chef's tip:** tonight's beans and sweet potato are full of fiber, which goes easier on your stomach than a white-flour"
        " dinner. See you Thursday, and bring a container for leftovers!",
        COMPARATIVE,
    ),
    ("methotrexate", "Lab work every one or two weeks is a must at first.", ABSOLUTE),
    ("metformin", "A bowl of porridge is gentler on the gut than a greasy fry-up.", COMPARATIVE),
    ("metformin", "Taken with dinner it's much easier on your stomach than on an empty stomach.", COMPARATIVE),
    # denied, asked, hedged, the other way round, a caution with its limits
    ("alprazolam", "Alprazolam isn't a better anxiety medicine than sertraline; it works differently.", COMPARATIVE),
    ("alprazolam", "Is alprazolam a better anxiety medicine than sertraline?", COMPARATIVE),
    ("ibuprofen", "It's a better tablet to swallow than the capsule.", COMPARATIVE),
    (
        "aripiprazole",
        "Weight gain may be less of a problem with aripiprazole than with most other antipsychotics, but your team will still check"
        " your weight.",
        COMPARATIVE,
    ),
    ("aripiprazole", "Weight gain is no less of a problem with aripiprazole than with other antipsychotics.", COMPARATIVE),
    (
        "quetiapine",
        "Weight gain is more of a problem with quetiapine than with most other antipsychotics, so your team will weigh you.",
        COMPARATIVE,
    ),
    ("aripiprazole", "Restlessness is less of a problem at the lower dose than at the start.", COMPARATIVE),
    (
        "loratadine",
        "Loratadine is much less likely than older antihistamines to add to the effects of alcohol, but it is still sensible to see"
        " how you feel.",
        COMPARATIVE,
    ),
    # a rival that is no medicine, or its own brand
    ("amphetamine-mixed-salts", "Stimulants work for more adults than you might think.", COMPARATIVE),
    ("methylphenidate", "In the trials it helped more children than the placebo did.", COMPARATIVE),
    ("amphetamine-mixed-salts", "More adults take a stimulant than any other ADHD medicine.", COMPARATIVE),
    ("simvastatin", "Generic simvastatin does the job every bit as well as the brand-name Zocor.", COMPARATIVE),
    ("simvastatin", "Take it as well as your other, older medicines.", COMPARATIVE),
    # an instruction, a hedge, a side effect, a longer time, a denial
    ("albuterol", "Take two puffs the moment the tightness starts.", RAPID),
    ("albuterol", "As soon as you feel the tightness, take two puffs.", RAPID),
    ("albuterol", "As soon as it reaches your lungs, the tightness should start to ease.", RAPID),
    ("albuterol", "The moment it hits your lungs, your heart may race for a while.", RAPID),
    ("albuterol", "The moment it reaches your lungs, the tightness eases over the next few minutes.", RAPID),
    ("albuterol", "Don't expect the tightness to let go the second it reaches your lungs.", RAPID),
    ("methotrexate", "Don't expect relief within days: methotrexate usually takes three to six weeks.", RAPID),
    ("methotrexate", "Most people can expect some nausea within days of starting.", RAPID),
    ("methotrexate", "Mouth sores usually clear within days of stopping.", RAPID),
    ("methotrexate", "There is no relief you can expect within days; it takes weeks.", RAPID),
    # a condition that holds the claim, a word passed on or asked
    ("amphetamine-mixed-salts", "If your doctor says it's completely safe for you, you can take it before the exam.", ABSOLUTE),
    ("amphetamine-mixed-salts", "Ask your pharmacist if at your age it's completely safe with your other medicines.", ABSOLUTE),
    ("amphetamine-mixed-salts", "If you have no side effects keep taking it as prescribed.", ABSOLUTE),
    ("amphetamine-mixed-salts", "Nobody can promise you whether it's totally safe in the long run.", ABSOLUTE),
    ("amphetamine-mixed-salts", "If it is completely safe for you the doctor will say so.", ABSOLUTE),
    (
        "amphetamine-mixed-salts",
        "I asked my pharmacist if it is completely safe to take with coffee and she said to keep it to one cup.",
        ABSOLUTE,
    ),
]
