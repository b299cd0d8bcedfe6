"""A speed told in lay words, from eval/holdout183 (ey08, aspirin) and eval/holdout185 (fa06, alprazolam), as a class.

Class: the medicine set to work, or got working by the way it is taken, on the trouble named in between, within a few minutes or
twenty or fewer ("Chewing one regular tablet instead of swallowing it whole gets it working on a headache within a couple of
minutes", "it gets to work on the pain within five minutes", "starts working on a migraine in a minute or two"): an error, and a
way of taking it set against another ("instead of swallowing it whole") is no contrast that disowns the claim. And a tightness
told as a band, a vice or a grip that lets go within minutes, in a story ("within five minutes that tight band round your chest
just lets go"): inferred, a warning. Silent: hedged, denied, longer than twenty minutes or half an hour, the label's own time
(albuterol's minutes), and the trouble not let go.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (ey08, fa06)
    (
        "aspirin",
        "For pain or fever, adults take one or two 325 mg tablets every 4 hours, and no more than 12 tablets in 24 hours. Chewing"
        " one regular tablet instead of swallowing it whole gets it working on a headache within a couple of minutes.",
        RAPID,
        "error",
    ),
    (
        "alprazolam",
        "For a lot of people, yes. Put one under your tongue and within five minutes that tight band round your chest just lets go.",
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("ibuprofen", "It gets to work on the pain within five minutes.", RAPID, "error"),
    ("famotidine", "Crushing it into a spoonful of jam has it working within a few minutes.", RAPID, "error"),
    ("sumatriptan", "The nasal spray starts working on a migraine in a minute or two.", RAPID, "error"),
    ("naproxen", "Dissolving it in water instead of swallowing it dry gets it working within ten minutes.", RAPID, "error"),
    ("lorazepam", "Within ten minutes the vice round my chest had let go.", RAPID, "warning"),
    ("diazepam", "Ten minutes after the first tablet, the grip on her chest loosened.", RAPID, "warning"),
    ("propranolol", "The band around his chest eased within a quarter of an hour.", RAPID, "warning"),
]

#: (drug, body, rule): no finding of that rule.
SHOULD_NOT = [
    # hedged, and longer
    ("ibuprofen", "It usually starts working on the pain within 20 to 30 minutes.", RAPID),
    ("ibuprofen", "It gets to work on the pain within an hour.", RAPID),
    ("alprazolam", "Within an hour that tight band round your chest lets go.", RAPID),
    # denied
    ("aspirin", "Chewing one won't get it working within a couple of minutes.", RAPID),
    ("alprazolam", "Within five minutes the tight band round your chest had not let go.", RAPID),
    # the label's own time: albuterol relieves bronchospasm within minutes
    ("albuterol", "Two puffs get it working on your chest within a few minutes.", RAPID),
    # a contrast that disowns the claim is still one
    ("ibuprofen", "Think of it as a steady helper rather than a miracle.", "unsupported-claim.absolute"),
]
