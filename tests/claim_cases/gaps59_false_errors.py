"""False-error classes from eval/holdout59-61 (off-label and absolute claims).

- A condition the drug is said to make harder to fight is a warning, not a use: "Prednisone makes it harder for your body
  to fight infections" (holdout61 ag03, read as prednisone for infections, and as an anxiety "fight" occasion), "tougher
  for the immune system to fight off", "harder for people on it to fight infections". Still caught: the drug itself used
  "to fight" an infection, "helps your body fight".
- A use attached to another medicine in a list of interacting medicines: "ask before combining lithium with
  antidepressants, triptans for migraine or tramadol" (holdout59 ae07), "alongside triptans for migraine", "with
  painkillers, steroids for asthma or water pills". Still caught: the drug itself taken for the condition in a list.
- A claim of a cure told as a rumour that went round or as a relative's word: "ivermectin was passed around social media
  as a cure for COVID-19" (holdout59 ae03), "was hyped on TikTok as a cure", '"My uncle swore it cured him," one reader
  wrote' (ae03), "her mum insists it cured her", "my neighbour's husband swears it cured his flu". Still reported: the
  writer's own "it cured my COVID", what a GP says.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("prednisone", "Some doctors use prednisone to fight infections of the chest.", OFF_LABEL, "error"),
    ("lithium", "Some people take lithium for migraine, alongside their other tablets.", OFF_LABEL, "error"),
    ("lithium", "Lithium is now prescribed for migraine, cluster headaches and bipolar disorder.", OFF_LABEL, "error"),
    ("ivermectin", "Honestly, ivermectin cured my COVID in two days.", ABSOLUTE, "error"),
    ("ivermectin", "My GP says ivermectin is a cure for head lice.", ABSOLUTE, "error"),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # (each was reported before the change)
    ("prednisone", "Prednisone treats asthma. It makes it tougher for the immune system to fight infections like the flu.", OFF_LABEL),
    ("prednisone", "Prednisone treats severe asthma. While you take it, it is harder for your body to fight infections.", OFF_LABEL),
    ("methotrexate", "Methotrexate can make it harder for people to fight infections, so wash your hands often.", OFF_LABEL),
    (
        "lithium",
        "Lithium treats bipolar disorder. Check with us before taking lithium alongside triptans for migraine, or with tramadol.",
        OFF_LABEL,
    ),
    (
        "lithium",
        "Lithium treats bipolar disorder. Ask first before combining lithium with SSRIs, triptans for headaches or St John's wort.",
        OFF_LABEL,
    ),
    ("ivermectin", "During the pandemic, ivermectin was hyped on TikTok as a cure for the virus.", ABSOLUTE),
    ("ivermectin", "For a while it got pushed on forums as a cure for COVID-19.", ABSOLUTE),
    ("ivermectin", '"My grandad swore it cured him," a reader told us. "He was ill for two weeks like everyone else."', ABSOLUTE),
    ("hydroxychloroquine", "Her mum insists it cured her of COVID.", ABSOLUTE),
    ("ivermectin", "My neighbour's husband swears it cured his flu.", ABSOLUTE),
]
