"""A warning carried on to another medicine with an aside or a degree (eval/holdout117 ck04, a false error: "You can
become very sleepy and your breathing can slow. The same goes, even more, for opioid painkillers such as oxycodone"),
as a class of the same-as-before pointer.

- "The same goes, even more, for", "Even more so with", "the same is true, only more so, of", "That goes double for",
  and a sentence opening "So do ..." after the warning ("Alcohol adds to gabapentin's drowsiness. So do opioid
  painkillers").
- Not when it is denied ("Not so with opioid painkillers"), a comparison in a story ("even more so than the oxycodone
  I was on"), pointing at no warning ("Gabapentin is a good first try for nerve pain.") or across a heading.
"""

from __future__ import annotations

RULE = "interactions.missing"
ITEM = "opioids"
_GABAPENTIN = "Gabapentin treats seizures. Tell your doctor if you take an antacid.\n\n"
_SLEEPY = _GABAPENTIN + "Mixing gabapentin with sleeping pills can leave you dangerously drowsy.\n\n"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", _SLEEPY + "Not so with opioid painkillers like oxycodone, my friend says.", RULE, ITEM, "error"),
    ("gabapentin", _GABAPENTIN + "Gabapentin helped my sleep, even more so than the oxycodone I was on before.", RULE, ITEM, "error"),
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin is a good first try for nerve pain.\n\nThe same goes, even more, for opioids such as oxycodone.",
        RULE,
        ITEM,
        "error",
    ),
    ("gabapentin", _SLEEPY + "## Other pain relief\n\nThe same goes, even more, for oxycodone?", RULE, ITEM, "error"),
]

#: (drug, body, rule, item): near misses that must stay silent.
SHOULD_NOT = [
    (
        "gabapentin",
        _GABAPENTIN + "Please read this one twice. Gabapentin with alcohol, or with other medicines that make you drowsy (sleeping "
        "tablets, anxiety medicines like diazepam, allergy tablets that cause drowsiness), adds up. You can become very sleepy "
        "and your breathing can slow. The same goes, even more, for opioid painkillers such as oxycodone, hydrocodone, morphine "
        "or tramadol. Some members take both under their doctor's care.",
        RULE,
        ITEM,
    ),
    ("gabapentin", _SLEEPY + "Even more so with opioid painkillers like oxycodone.", RULE, ITEM),
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin plus sleeping pills can slow your breathing.\n\nThe same is true, only more so, of morphine.",
        RULE,
        ITEM,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "- **Sleeping pills.** With gabapentin they can slow your breathing.\n- **Opioids.** That goes double for "
        "oxycodone and morphine.",
        RULE,
        ITEM,
    ),
    (
        "gabapentin",
        _GABAPENTIN + "Gabapentin with sleeping tablets can make you very sleepy.\n\nThe same goes, even more, for opioid painkillers.",
        RULE,
        ITEM,
    ),
    ("gabapentin", _GABAPENTIN + "Alcohol adds to gabapentin's drowsiness. So do opioid painkillers such as tramadol.", RULE, ITEM),
]
