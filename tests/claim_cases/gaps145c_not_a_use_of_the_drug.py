"""Uses wrongly read as the drug's undisclosed off-label use, from eval/holdout279 (iq03, iq09), eval/holdout281 (is06)
and eval/holdout283 (iu04), as classes (false errors there):

- A disclosure told as "not something it is approved for": "My neighbor swears it helps her hot flashes, but her
  doctor told her that isn't something it's approved for" (is06), "aren't anything gabapentin is licensed for". Still
  reported: the use told without it, or with the approval claimed ("something it's approved for").
- An approval claim told as the drug being officially on the list for it: "And it's officially on the list for COVID
  now too" (iq03) is accuracy.misstatement (approved-for), not an off-label use. Not "isn't officially on the list",
  not a waiting list.
- A cough glossing an approved asthma use in apposition: "exercise-induced asthma, the cough and tight chest some kids
  get when they run" (iq09) is that use. Still reported: montelukast "for a cough after a cold".
- A home remedy's use: "Ginger tea for nausea (not a medicine, but it helps some people)" (iu04) in a list of hangover
  helpers is the tea's, not "it"'s drug. Still reported: "It helps nausea too" of the only drug.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("gabapentin", "Gabapentin is great for hot flashes; my doctor says it's something it's approved for.", OFF_LABEL, "error"),
    # a cough of its own
    ("montelukast", "Some parents give montelukast for a cough after a cold.", OFF_LABEL, "error"),
    # the drug's own use beside a remedy
    ("acetaminophen", "Acetaminophen also helps with nausea, my pharmacist says.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "hydroxychloroquine",
        "Gwen is matter-of-fact about the rest. \"During the pandemic everybody wanted my pills. And it's officially on the"
        " list for COVID now too, so I suppose I'm covered twice over.\"",
        OFF_LABEL,
    ),
    ("hydroxychloroquine", "Plaquenil is officially on the list for lupus and for malaria.", OFF_LABEL),
    ("hydroxychloroquine", "Hydroxychloroquine is officially on the approved list for lupus.", OFF_LABEL),
    (
        "montelukast",
        "It's also used to stop exercise-induced asthma, the cough and tight chest some kids get when they run, if taken two"
        " hours before, and for hay fever.",
        OFF_LABEL,
    ),
    ("montelukast", "Montelukast is taken for asthma, the wheeze and cough that wake her at night.", OFF_LABEL),
    (
        "acetaminophen",
        "## Other Hangover Helpers That Actually Help\n\n- Water and an electrolyte drink\n- Toast or crackers for a queasy"
        " stomach\n- Ginger tea for nausea (not a medicine, but it helps some people)\n- Sleep. Seriously.",
        OFF_LABEL,
    ),
    ("ibuprofen", "Peppermint tea for an upset stomach: it isn't a drug, but it works for plenty of people.", OFF_LABEL),
    ("acetaminophen", "Honey and lemon for a sore throat; it soothes while the acetaminophen does the rest.", OFF_LABEL),
]
