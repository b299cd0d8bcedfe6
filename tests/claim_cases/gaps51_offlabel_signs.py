"""Off-label classes from the misses of eval/holdout51-52: a condition told only by its signs (or
its scan), then the drug given or taken for it, never said to be off-label. The classes:

- trigeminal neuralgia told by its attacks: electric or stabbing jolts through one side of the face
  or jaw, set off by a light touch (brushing teeth, a cold wind, a kiss);
- a gout attack told by the big toe red, hot and swollen, or by the bedsheet on it being too much;
- PCOS told by its scan: small cysts (follicles) on the ovaries;
- the drug taken by the person after the signs, with a reason ("..., so I took two") or a reach for
  it ("she reached for the meloxicam"), the drug named before the taking owning it;
- relief pointed back at the signs by a pronoun, "too" after it ("could take the edge off those too");
- hair loss told by its outcome ("my crown has filled in"), the tablets in the sentence making it
  the tablets' (off-label) use, not the foam's.

Near misses that stay silent: approved uses told by the same signs (colchicine for a gout attack,
carbamazepine for the face jolts), the use disclosed as off-label, the foam credited with the
filled-in crown, a routine dose taken after unrelated trouble, the story turned ("But it passed"),
relief of a side effect. Each case is the body of one article about one drug; the assertion is the
off-label finding at its severity (a warning for a use inferred from a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- trigeminal neuralgia by its attacks --
    (
        "gabapentin",
        "For a year a gust of cold air or shaving could set off stabbing jolts of pain along the left side of his jaw. "
        "His neurologist started him on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lamotrigine",
        "Chewing a sandwich sent electric shocks shooting across one side of her face. So her doctor prescribed lamotrigine.",
        OFF_LABEL,
        "warning",
    ),
    # -- gout by the toe --
    (
        "meloxicam",
        "At the wedding his great toe swelled up hot and red overnight. He had meloxicam in his wash bag, so he took two.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "By midnight the weight of the duvet on my toe was agony. I reached for the meloxicam and took two.",
        OFF_LABEL,
        "warning",
    ),
    # -- PCOS by the scan --
    (
        "spironolactone",
        "Her scan showed a ring of tiny follicles around both ovaries. Her GP put her on spironolactone for the chin hair.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "At 24 her ovaries were dotted with small cysts. Her endocrinologist started her on metformin.",
        OFF_LABEL,
        "warning",
    ),
    # -- relief pointed back at signs, "too" --
    (
        "gabapentin",
        "Every night she woke drenched, with hot flushes rolling up her neck. Her GP thought gabapentin could tame those too.",
        OFF_LABEL,
        "error",
    ),
    # -- hair loss told by its outcome, on the tablets --
    (
        "minoxidil",
        "I now swallow a 1.25 mg minoxidil pill at breakfast, and my temples have filled back in.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss the writer must not be bothered with.
SHOULD_NOT = [
    # approved uses told by the same signs
    (
        "carbamazepine",
        "Brushing her teeth could set off electric jolts through the right side of her face. Her neurologist started her on carbamazepine.",
        OFF_LABEL,
    ),
    (
        "colchicine",
        "My big toe was red, hot and swollen by morning. I had colchicine in the drawer, so I took two tablets.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "metformin",
        "Her ultrasound showed lots of small cysts on her ovaries. Her doctor started her on metformin, an off-label use for PCOS.",
        OFF_LABEL,
    ),
    # the foam credited, an approved use
    (
        "minoxidil",
        "After four months of the 5% foam twice a day, my crown has filled in.",
        OFF_LABEL,
    ),
    # a routine dose after unrelated trouble
    (
        "meloxicam",
        "My knees ached on the stairs. I took my usual meloxicam with breakfast.",
        OFF_LABEL,
    ),
    # the story turned
    (
        "meloxicam",
        "Last spring my big toe went red, hot and swollen. But it passed in a day. The next week I took my meloxicam as usual.",
        OFF_LABEL,
    ),
    # a side effect's relief
    (
        "fluoxetine",
        "Fluoxetine gave her headaches at first. Her GP said paracetamol could take the edge off those too.",
        OFF_LABEL,
    ),
]
