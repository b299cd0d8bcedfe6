"""Omeprazole or esomeprazole and clopidogrel declared fine together in the sentence after the one naming them (eval/holdout108
cb10: "Lots of members take omeprazole every morning for reflux, and there is no need to change it because of clopidogrel.
It's one of the most common combinations we see, and it's perfectly fine together"), as clopidogrel's ppi-fine.

1. The pair pointed back at ("it's", "they're", "the two", "combining them", "the combination") and called fine, safe,
   no problem or happy together or side by side.
2. A negation in the sentence before ("there is no need to change it") is that sentence's, not the reassurance's.
Not pantoprazole or famotidine named as the one that is fine, not "not fine together", not a question, not a sentence that
advises avoiding omeprazole.
"""

from __future__ import annotations

RULE = "accuracy.misstatement"
ITEM = "ppi-fine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "clopidogrel",
        "Yes. Lots of members take omeprazole every morning for reflux, and there is no need to change it because of "
        "clopidogrel. It's one of the most common combinations we see, and it's perfectly fine together.",
        RULE,
        ITEM,
        "warning",
    ),
    ("clopidogrel", "Many of our patients take Nexium for heartburn. They're perfectly happy side by side.", RULE, ITEM, "warning"),
    ("clopidogrel", "Lots of people on Plavix also take Prilosec. The two are safe to take together.", RULE, ITEM, "warning"),
    ("clopidogrel", "Esomeprazole is a common add-on for stent patients. There's no problem combining them.", RULE, ITEM, "warning"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "clopidogrel",
        "Omeprazole can make clopidogrel work less well. Pantoprazole is different: it's fine together with clopidogrel.",
        RULE,
        ITEM,
    ),
    ("clopidogrel", "Omeprazole weakens clopidogrel, so the two are not fine together.", RULE, ITEM),
    ("clopidogrel", "You take omeprazole for reflux. Is it fine together with clopidogrel?", RULE, ITEM),
    ("clopidogrel", "Avoid omeprazole with clopidogrel. Famotidine and clopidogrel are fine together.", RULE, ITEM),
    ("clopidogrel", "Omeprazole makes clopidogrel less effective, so ask for pantoprazole instead; the two are fine together.", RULE, ITEM),
]
