"""Onset told in lay time, from eval/holdout208 (fx10, propranolol), holdout210 (fz02, ondansetron), holdout211 (ga08,
naproxen), holdout212 (gb10, prazosin), holdout213 (gc12, metoprolol), holdout214 (gd12, amphetamine mixed salts) and a
false error of holdout209 (fy12, rosuvastatin), as a class.

Class: how fast a medicine works told by an everyday moment or a short time counted from the dose, not by a label's time
course: the kettle not yet boiled (in the past too, "before the kettle had even boiled"), or the microwave not yet pinged; anyone's
first cup not yet finished ("before he's finished his first cup of coffee"); an effect seen or felt in the body half an hour or
less after the dose or the meal it is taken with, told either way round ("Within half an hour of his cereal you can see the
switch flip", "twenty minutes after the tablet, your pulse has already come right down", "feel their heart rate settle ...
within about twenty minutes of swallowing the tablet"); the trouble gone after the first night on it ("The first night on it,
the dreams were gone"). A story or a report is a warning; the kettle is the writer's own measure, an error. Silent: the dose's
own timing ("He takes it before he's finished his breakfast"), a side effect or a fall too far after the dose, hedged or
longer times, a denial, and overnight as the hours a statin works in ("does its real work overnight while the liver is busy
making cholesterol": when, not how fast).
"""

from __future__ import annotations

ONSET = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording
    (
        "ondansetron",
        "I put one on my tongue while I was curled up on the bathroom floor, and before the kettle had even boiled I could sit up"
        " and talk to the kids again.",
        ONSET,
        "error",
    ),
    (
        "naproxen",
        "I'll add that Gerald from Millbrook called in last week to say it's quick, too: he takes two first thing and his knees"
        " have stopped grumbling before he's finished his first cup of coffee. That's what most folks tell me.",
        ONSET,
        "warning",
    ),
    (
        "propranolol",
        "Pretty fast. Most students feel their heart rate settle and their hands steady within about twenty minutes of swallowing"
        " the tablet.",
        ONSET,
        "warning",
    ),
    ("prazosin", '"The first night on it, the dreams were gone. Not fewer. Gone. I slept like a stone."', ONSET, "warning"),
    (
        "metoprolol",
        "That's the nice thing. It gets going fast: twenty minutes after the tablet, your pulse has already come right down.",
        ONSET,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "Eli takes a 10 mg tablet with breakfast and a 5 mg tablet at lunch from the school nurse. Within half an hour of his"
        " cereal you can see the switch flip: he sits down, he finishes his spelling, he hears me the first time.",
        ONSET,
        "warning",
    ),
    # new wordings, other voices
    (
        "ondansetron",
        "I let one melt on my tongue and before the kettle came to the boil the queasiness had lifted.",
        ONSET,
        "error",
    ),
    ("sumatriptan", "Honestly, my migraine has gone before the microwave has even pinged.", ONSET, "error"),
    ("ibuprofen", "She swallowed two and her back had eased off before she'd finished her tea.", ONSET, "warning"),
    ("metoprolol", "Fifteen minutes after taking it her hands have stopped shaking.", ONSET, "warning"),
    (
        "methylphenidate",
        "Within twenty minutes of his morning tablet you can see the change: he sits still and listens.",
        ONSET,
        "warning",
    ),
    (
        "propranolol",
        "Our members notice their pulse slow right down within about fifteen minutes of the tablet.",
        ONSET,
        "warning",
    ),
    ("hydroxyzine", "My first night on the tablets the nightmares had stopped.", ONSET, "warning"),
    ("sertraline", "After one night on it, the dark thoughts were all gone.", ONSET, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the dose's own timing, a kettle as an instruction
    ("ondansetron", "Put the kettle on before you take the tablet, and sip slowly.", ONSET),
    ("ibuprofen", "He takes it before he's finished his breakfast, with a glass of milk.", ONSET),
    # a side effect, or a fall too far
    ("metoprolol", "Twenty minutes after the tablet you may feel dizzy, so sit down.", ONSET),
    ("metoprolol", "Twenty minutes after the tablet, his pulse had dropped too low and he felt faint.", ONSET),
    # hedged, or longer
    ("propranolol", "You may notice your heart rate settle within an hour of the tablet.", ONSET),
    ("methylphenidate", "Within an hour of his breakfast you can see the change.", ONSET),
    # denied
    (
        "prazosin",
        "The first night on it, the dreams were not gone, but they were softer by the end of the month.",
        ONSET,
    ),
    # overnight as when it works, not how fast (fy12)
    (
        "rosuvastatin",
        "It can be taken with or without food. One thing I didn't know: rosuvastatin does its real work overnight while the liver"
        " is busy making cholesterol, so it belongs on your nightstand, not next to the breakfast pills.",
        ONSET,
    ),
    ("rosuvastatin", "It works overnight while you sleep, when the liver makes most of its cholesterol.", ONSET),
    (
        "simvastatin",
        "Simvastatin does most of its work overnight, when the body makes cholesterol, so take it in the evening.",
        ONSET,
    ),
]
