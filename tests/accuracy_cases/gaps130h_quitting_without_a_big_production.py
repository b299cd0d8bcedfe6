"""Stopping a drug that must be tapered said to need no fuss, told as advice: the safe-to-stop kind ("So if you're worried
about quitting, you really don't need to make a big production of it", eval/holdout159 ea11; alprazolam `safe-to-stop`,
the kind's new wordings; the leaflet's taper warning earlier in the post is not the writer's advice). Near misses: no fuss
about taking it, a taper told after it, stopping told as a big production with a taper, and a worry sent to the doctor."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "alprazolam",
        "**Coming off it, my experience.** Last summer I decided I'd had enough. We flew to my sister's for two weeks and I "
        "simply left the bottle at home. Honestly, nothing happened, I slept fine and felt fine. So if you're worried about "
        "quitting, you really don't need to make a big production of it.",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
    ("alprazolam", "Coming off Xanax doesn't have to be a whole song and dance.", MISSTATEMENT, ITEM, "error"),
    ("alprazolam", "There's no need to make a big fuss about stopping it.", MISSTATEMENT, ITEM, "error"),
    ("alprazolam", "If you want to quit the pills, don't make a huge drama of it.", MISSTATEMENT, ITEM, "error"),
    ("lorazepam", "When you're ready to stop, you don't need to make a great palaver of it.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("alprazolam", "You don't need to make a big production of taking it.", MISSTATEMENT, ITEM),
    (
        "alprazolam",
        "If you're worried about quitting, you don't need to make a big production of it, as long as your doctor tapers the dose slowly.",
        MISSTATEMENT,
        ITEM,
    ),
    ("alprazolam", "Stopping it is a big production: the dose comes down slowly over weeks.", MISSTATEMENT, ITEM),
    ("alprazolam", "If you are worried about quitting, talk to your doctor.", MISSTATEMENT, ITEM),
    ("alprazolam", "Coming off it has to be a whole project, planned with your doctor.", MISSTATEMENT, ITEM),
]
