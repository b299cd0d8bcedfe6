"""False errors from eval/holdout63-64: whose use, and whose purchase, it is.

- The other medicine's uses in brackets after it in an interaction: "Taking alprazolam with opioid
  medicines (for pain or for a cough, such as oxycodone ...)" (holdout63 ai05, read as alprazolam for
  pain and for cough), "with opioids (whether for pain or a cough)". The drug itself with a use in
  brackets is still its use: "Some people take alprazolam (for sleep, mostly)".
- A trouble said to come with the approved one: "It eases the spasm, which often eases the pain and
  stiffness that come with it" (holdout64 aj12, read as cyclobenzaprine for pain). Pain that comes
  with another condition is still a use ("eases the pain that comes with arthritis flares").
- The writer's own buying habit is not a call to buy: "it's the only one I'll buy now" (holdout64
  aj06). "Buy now and save", "Click here to buy now" still are.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("alprazolam", "Some people take alprazolam (for sleep, mostly) when they travel.", OFF_LABEL, "error"),
    ("diazepam", "I keep a few diazepam tablets in my bag (for sleep on long flights).", OFF_LABEL, "error"),
    ("cyclobenzaprine", "Cyclobenzaprine eases the pain that comes with arthritis flares.", OFF_LABEL, "error"),
    ("cetirizine", "Allergy season is here. Buy now and save on every pack.", SALES, "error"),
    ("cetirizine", "Stock up before the pollen hits: click here to buy now!", SALES, "error"),
]

#: (drug, body, rule): wording that must stay silent.
SHOULD_NOT = [
    (
        "alprazolam",
        "**Risks with opioids.** Taking alprazolam with opioid medicines (for pain or for a cough, such as oxycodone or codeine syrup) "
        "can cause deep sleepiness and slowed breathing.",
        OFF_LABEL,
    ),
    ("diazepam", "Do not combine diazepam with opioids (whether for pain or a cough): breathing can slow dangerously.", OFF_LABEL),
    ("clonazepam", "Tell your doctor before taking clonazepam with other medicines (for sleep, pain or allergies).", OFF_LABEL),
    (
        "cyclobenzaprine",
        "Cyclobenzaprine is approved for a short course to relieve muscle spasm from a sudden strain. It eases the spasm, which "
        "often eases the pain and stiffness that come with it.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Your back has gone into spasm after lifting. Cyclobenzaprine relaxes the spasm, and with it the ache that goes along with "
        "the spasm usually fades too.",
        OFF_LABEL,
    ),
    ("cetirizine", "Honestly, it works better than the others ever did for me, and it's the only one I'll buy now.", SALES),
    ("cetirizine", "We buy online these days because the pharmacy is a long drive away.", SALES),
]
