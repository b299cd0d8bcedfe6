"""Relief timed by a moment in progress, a song on the radio or a runner's laces, from eval/holdout193 (fi07, ibuprofen) and
eval/holdout196 (fl01, albuterol), as a class.

Class: the time a medicine takes told by an everyday moment the teller names as under way, "this" or "that" song, ad break or
kettle ("by the time this next song's over, that headache is gone", "before this ad break ends your pain will have eased"), or
a runner's laces, shoes, boots or warm-up, with the result breathing like a normal person again ("two puffs and I'm breathing
like a normal person again before I've even finished retying my laces"). Told through a moment, the tool infers the speed: a
warning. Silent: "before that" as an earlier time, a moment that times the dose rather than the relief, a denied speed, and the
medicine's own time course given plainly.
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (fi07, fl01)
    (
        "ibuprofen",
        "**JANELLE:** And I'll tell you what I love about it. You take two of those with a glass of water, and by the time this"
        " next song's over, that headache is gone.",
        RAPID,
        "warning",
    ),
    (
        "albuterol",
        '"My routine is two puffs about fifteen minutes before the warm-up," Dev says. "On a frosty morning I might need another'
        " two at the halfway point. Honestly, two puffs and I'm breathing like a normal person again before I've even finished"
        ' retying my laces."',
        RAPID,
        "warning",
    ),
    # new wordings, other voices
    ("naproxen", "Swallow one now, and before this ad break ends your back pain will have eased right off.", RAPID, "warning"),
    ("acetaminophen", "By the time that kettle boils, the throbbing in your head has already gone.", RAPID, "warning"),
    ("albuterol", "Two puffs and my son is breathing freely again before he's finished lacing up his boots.", RAPID, "warning"),
    (
        "albuterol",
        "She takes her blue inhaler at the start line and is breathing like a normal kid before she's done her stretches.",
        RAPID,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # "before that": an earlier time, not a moment under way
    ("ibuprofen", "The headache had gone before that, so I never took the second tablet.", RAPID),
    # the moment times the dose, not the relief
    ("albuterol", "Take two puffs before you've finished tying your laces and warming up, about fifteen minutes before you run.", RAPID),
    # denied
    ("ibuprofen", "Don't expect the headache to be gone by the time this song is over; give it half an hour or so.", RAPID),
    # the label's time course, plainly
    ("ibuprofen", "Ibuprofen tablets should start to work within 20 to 30 minutes.", RAPID),
    # breathing like a normal person, timed by nothing
    ("albuterol", "With her preventer taken every day she now breathes like a normal person on most runs.", RAPID),
]
