"""Off-label uses told only by their signs, from eval/holdout89 (bi03, bi05) and eval/holdout90 (bj03), as classes.

- Rosacea told by its look: a face that flushes red at its triggers, the colour told across the cheeks and nose before
  the trigger ("a face that flushed scarlet across the cheeks and nose with every glass of wine or hot shower"), or the
  small bumps sitting on the redness ("small red bumps that sat on top of the redness"), then the drug given.
  Not the drug's own flushing or redness, not acne's nodules, not when the use is denied.
- Chemotherapy's sickness told by its signs: the vomiting tied to the chemo days or infusions ("the heaving on chemo
  days", "retching through each cycle of chemo", "throwing up for two days after every infusion") or the chemo leaving
  the person sick ("chemo left him throwing up"). Not the chemo's other troubles (tiredness, fear before the infusion),
  not the drug's own side effect ("it can make you sick on chemo days"), not a car park ("throwing up in the car park"
  is no journey), not an antiemetic approved for it (ondansetron).
- Scabies told by its signs: the night-time itch with the tracks between the fingers or the rash round the wrists
  ("a fortnight clawing at their skin every night under the covers, with little grey tracks between their fingers and
  a bumpy rash round their wrists"), then the whole household treated at once ("Everyone got ivermectin tablets",
  "the whole family took ivermectin"). Not an itch at night alone, not head lice (an approved use of the lotion), not
  a side effect told after the drug, not a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (bi03, bi05, bj03)
    (
        "isotretinoin",
        "Claire Bennett is 46 and has never had a teenage spot in her life. What she had, for most of her forties, was a"
        " face that flushed scarlet across the cheeks and nose with every glass of wine or hot shower, and small red bumps"
        " that sat on top of the redness for weeks. A dermatologist started her on isotretinoin at 10 mg a day. Six months"
        " later her cheeks are calm.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Different angle from most of you. My oncologist put me on Ativan 1 mg under the tongue the evening before and the"
        " morning of each infusion, and it's what finally stopped the heaving on chemo days. Before that I was throwing up"
        " in the car park before I'd even sat in the chair. Round four was the first one I didn't need a sick bag.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Last month a dad brought in a prescription for the whole family after his three kids had spent a fortnight"
        " clawing at their skin every night under the covers, with little grey tracks between their fingers and a bumpy"
        " rash round their wrists. Everyone got ivermectin tablets by weight that evening and a second dose a week later,"
        " and the house went quiet again at night.",
        OFF_LABEL,
        "warning",
    ),
    # rosacea in other words
    (
        "isotretinoin",
        "For years Dana's cheeks and nose would flush bright red after a single glass of wine, and little pus spots sat in"
        " the flushed patches on her cheeks. Her dermatologist put her on a low dose of isotretinoin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "His face turned scarlet every time he had a curry or a hot bath, with small bumps on top of the redness. The"
        " dermatologist started him on isotretinoin, 10 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "She was 52, had never had a pimple as a teenager, and now had red bumps over the redness across her nose. A"
        " specialist prescribed isotretinoin at a low dose.",
        OFF_LABEL,
        "warning",
    ),
    # chemotherapy's sickness in other words
    (
        "lorazepam",
        "Her oncologist added lorazepam the night before each round, and it ended the retching through each cycle of chemo.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "Chemo left him throwing up for two days after every infusion. His oncologist prescribed lorazepam under the tongue.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lorazepam",
        "A nurse told me lorazepam is what got me through the vomiting after each infusion.",
        OFF_LABEL,
        "warning",
    ),
    # scabies in other words, the household treated at once
    (
        "ivermectin",
        "For two weeks the twins scratched all night in bed, and then we saw tiny wavy tracks between their fingers."
        " Everyone got ivermectin from the clinic.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "The whole family had been itching every night for weeks, with a red rash round their wrists. The GP gave us all"
        " ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Her son had thin grey lines between his fingers and itched under the duvet every night. The whole family took"
        " ivermectin that weekend.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # rosacea: the use denied, the drug's own redness, acne's nodules (the approved use)
    ("isotretinoin", "Her cheeks flush red after wine, but isotretinoin is not a treatment for that.", OFF_LABEL),
    (
        "isotretinoin",
        "Isotretinoin can make your face go red and flushed in the sun, and some people get small bumps on the redness.",
        OFF_LABEL,
    ),
    (
        "isotretinoin",
        "Deep painful nodules covered his cheeks and back for years. His dermatologist started him on isotretinoin.",
        OFF_LABEL,
    ),
    # chemotherapy: the drug's own side effect, the chemo's other troubles, an approved antiemetic, a car park
    ("lorazepam", "Lorazepam can make you sick on chemo days; tell your nurse.", OFF_LABEL),
    (
        "lorazepam",
        "Chemo left her exhausted for days after each infusion. Her GP prescribed lorazepam for her anxiety.",
        OFF_LABEL,
    ),
    ("lorazepam", "Before each infusion she was terrified and shaking. Her oncologist prescribed lorazepam.", OFF_LABEL),
    (
        "ondansetron",
        "Chemo left him throwing up for two days after every infusion. His oncologist prescribed ondansetron.",
        OFF_LABEL,
    ),
    (
        "lorazepam",
        "I was throwing up in the car park before every appointment. My GP prescribed lorazepam for the anxiety.",
        OFF_LABEL,
    ),
    # scabies: a side effect after the drug, another (approved) use named, head lice, a disclosed use
    ("ivermectin", "Everyone got headaches after the ivermectin.", OFF_LABEL),
    ("ivermectin", "His arms itched at night in bed. The GP gave him ivermectin for threadworms.", OFF_LABEL),
    ("ivermectin", "The kids had head lice and itched all night. Everyone got ivermectin lotion.", OFF_LABEL),
    (
        "ivermectin",
        "The itch at night got worse, with a rash on the wrists, but ivermectin is not approved for scabies; we said so.",
        OFF_LABEL,
    ),
    (
        "ivermectin",
        "The kids itched every night under the covers, with little grey tracks between their fingers. Everyone got"
        " ivermectin tablets, which is an off-label use: no US ivermectin product is FDA-approved for scabies.",
        OFF_LABEL,
    ),
]
