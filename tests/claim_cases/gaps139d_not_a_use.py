"""False off-label errors where the draft tells no new use of the drug: an approved use in its own words, a symptom of the
approved condition, a use refused, another medicine's or another product's use. From eval/holdout231 (gu01, gu02, gu12),
eval/holdout232 (gv10), eval/holdout234 (gx04), eval/holdout235 (gy02) and eval/holdout237 (ha05).

- An approved use in lay words: sildenafil's pulmonary arterial hypertension as "high blood pressure in the blood vessels
  of the lungs" (gu01); tramadol's pain as "the ache that wakes me" (gu12).
- A plural pointing word after medicines named in its sentence points at those medicines, not at a condition told
  before: "Mention your blood pressure pills too, because methylphenidate can blunt them" after "the Parkinson's
  medicine selegiline" (gu02).
- A use called false or harmful in the main clause after it: "The idea that levothyroxine helps you lose weight is a
  myth", "taking extra to drop pounds can push your heart into a dangerous rhythm" (gx04).
- A symptom in lay words told as what comes with an attack of the approved condition named earlier in the paragraph:
  "settles the queasy feeling and the sensitivity to light and noise that come with an attack" (gy02).
- "It" after a supplement named in the paragraph is the supplement: "Started the folic acid ... It's meant to cut down
  the queasiness" (ha05).
- The generic's use told with a brand in the writer's words in brackets: "metronidazole (you might see Flagyl on the
  box) is one of the standard treatments for BV" (gv10).

Still reported: high blood pressure of the body, a pointing word after pills named for a condition, a headache or sleep
on tramadol, a use with a harmless or helpful clause after it, a symptom that comes with another trouble, "it" in a
paragraph naming no supplement, a use said of the brand by its name alone.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("sildenafil", "Some men take sildenafil for high blood pressure in the body.", OFF_LABEL, "error"),
    (
        "methylphenidate",
        "She had terrible migraines. Ask about those pills for the migraines, because methylphenidate can blunt them.",
        OFF_LABEL,
        "error",
    ),
    ("tramadol", "She takes tramadol for her headaches.", OFF_LABEL, "error"),
    ("tramadol", "I take tramadol to help me sleep.", OFF_LABEL, "error"),
    ("levothyroxine", "Levothyroxine helps you lose weight, and that is a fact.", OFF_LABEL, "error"),
    ("levothyroxine", "Taking levothyroxine to drop pounds can help you feel lighter.", OFF_LABEL, "error"),
    (
        "sumatriptan",
        "Sumatriptan treats migraine attacks. It also settles the queasy feeling that comes with chemotherapy.",
        OFF_LABEL,
        "error",
    ),
    ("sumatriptan", "Sumatriptan treats migraine attacks. Many people also take it to settle a queasy stomach.", OFF_LABEL, "error"),
    ("methotrexate", "Methotrexate makes some people queasy. It's meant to help with acne too.", OFF_LABEL, "error"),
    ("methotrexate", "I take a vitamin D tablet with breakfast. Methotrexate is meant to cut down the queasiness.", OFF_LABEL, "error"),
    ("metronidazole", "Flagyl is one of the standard treatments for BV.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "sildenafil",
        "A different form of sildenafil, sold as Revatio, is used at a lower dose for high blood pressure in the blood vessels"
        " of the lungs. This leaflet is only about the tablets for erections.",
        OFF_LABEL,
    ),
    (
        "methylphenidate",
        "## What shouldn't I take with it?\n\nNever combine it with an MAOI (older antidepressants such as phenelzine or"
        " tranylcypromine, the Parkinson's medicine selegiline, or the antibiotic linezolid), or within 14 days of stopping one:"
        " your blood pressure can shoot dangerously high. Mention your blood pressure pills too, because methylphenidate can"
        " blunt them.",
        OFF_LABEL,
    ),
    (
        "tramadol",
        "The surgeon sent me home with tramadol for the pain after surgery.\n\nWeek two, and I'm down to one tablet at bedtime,"
        " for the ache that wakes me when I roll onto my right side.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        "Real talk. Levothyroxine is not a diet pill, and taking extra to drop pounds can push your heart into a dangerous"
        " rhythm. The idea that levothyroxine helps you lose weight is a myth: if your levels are already normal, extra hormone"
        " just gives you the side effects of too much.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "Sumatriptan (brand name Imitrex) treats migraine attacks, with or without aura, in adults. It narrows swollen blood"
        " vessels around the brain and calms pain signals, and it often settles the queasy feeling and the sensitivity to"
        " light and noise that come with an attack.",
        OFF_LABEL,
    ),
    (
        "methotrexate",
        "**Friday 10 April.** Started the folic acid, 1 mg, every day except Tuesday, as the rheumatologist said. It's meant to"
        " cut down the queasiness and the mouth sores.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        "The nurse practitioner said bacterial vaginosis, or BV. What she gave you, metronidazole (you might see Flagyl on the"
        " box), is one of the standard treatments for BV.",
        OFF_LABEL,
    ),
    # new wordings in other voices
    ("sildenafil", "Grandpa's Revatio is sildenafil at a small dose, for high blood pressure in the lungs' blood vessels.", OFF_LABEL),
    (
        "methylphenidate",
        "Bring every box to the appointment. Keep your allergy pills on the list, because methylphenidate can blunt them.",
        OFF_LABEL,
    ),
    ("tramadol", "Since the hip operation, Grandad takes one tramadol at night for the aching in his new hip.", OFF_LABEL),
    ("levothyroxine", "The rumour that levothyroxine melts belly fat is simply not true.", OFF_LABEL),
    ("levothyroxine", "Q: Doubling my dose to slim down? A: Doubling your levothyroxine to slim down can damage your heart.", OFF_LABEL),
    (
        "sumatriptan",
        "My migraines start behind one eye. One sumatriptan tablet eases the sick feeling that comes with each attack.",
        OFF_LABEL,
    ),
    (
        "methotrexate",
        "Mum has her methotrexate on Mondays. She takes folate on the other six days. It's supposed to ease the queasiness.",
        OFF_LABEL,
    ),
    (
        "metronidazole",
        "Your clinic gave you metronidazole (you may spot Flagyl on the label), and it treats BV in about a week.",
        OFF_LABEL,
    ),
]
