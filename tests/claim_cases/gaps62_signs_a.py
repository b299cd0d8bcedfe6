"""Off-label classes from the misses of eval/holdout62-64: a condition told only by its signs, then
the drug given for it, never said to be off-label. The classes:

- a tension-type headache told by its band of pain ("the tight band of pain that wraps around her
  forehead", "like a vice squeezing his temples", "a dull band of pressure across his brow"), with no
  word "headache" in it;
- migraine told by the side of the head ("headaches down the right side of her head") or by a headache
  with one of its own signs anywhere in the sentence, either order: zigzag or flashing lights, an aura,
  lying in a dark room ("pounding headaches ..., with zigzag lights in her eyes first and the need to lie
  in a dark room"); an earlier disclosure of other uses does not cover it;
- ADHD in a child told by the school day's signs (the DSM's): blurting out answers, losing every
  worksheet or his homework, never waiting her turn, out of his seat all lesson, on the go as if driven by
  a motor, fidgeting through assembly;
- menopausal flushes told by a single wave or surge of heat ("another wave of heat") and by waking at an
  hour soaked through ("I'd wake at two and three in the morning soaked through"): the waking is the
  sweats', not a second trouble (insomnia).

Near misses that stay silent: an approved use told by the same signs (propranolol and topiramate for
migraine, methylphenidate and clonidine for ADHD, paroxetine for flushes), the use disclosed as
off-label, a heat wave over a country, a tent soaked in the rain, a face going red in a meeting alone
(blushing, not a flush), a pain on one side of the face. Each case is the body of one article about one
drug; the assertion is the off-label finding at its severity (a warning for a use told in signs), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- tension-type headache by its band of pain --
    (
        "tizanidine",
        "By Friday afternoon a dull band of pressure sits across his brow. His GP prescribed tizanidine at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "After every long shift it feels like a vice squeezing her temples, so her doctor gave her baclofen.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "Dan takes cyclobenzaprine for the ache that tightens around his whole head after hours at the till.",
        OFF_LABEL,
        "warning",
    ),
    # -- migraine by the side of the head or a sign of its own --
    (
        "venlafaxine",
        "Twice a month she got throbbing headaches down the right side of her head. Her neurologist put her on venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "His headaches came with shimmering lines across his vision and days hiding in a darkened bedroom. "
        "His doctor started him on gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Amitriptyline is also used for nerve pain, which is an off-label use.\n\n"
        "Flickering zigzags would fill her sight and an hour later the headache arrived. "
        "Her GP started her on 10 mg of amitriptyline at night.",
        OFF_LABEL,
        "warning",
    ),
    # -- ADHD in a child by the school day --
    (
        "bupropion",
        "His teacher says he blurts the answers out before she has finished asking and loses his homework every week. "
        "The paediatrician started him on bupropion.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "In class she never waits her turn and is out of her seat every few minutes. Her paediatrician started her on risperidone.",
        OFF_LABEL,
        "warning",
    ),
    # -- menopausal flushes by a wave of heat and waking soaked --
    (
        "gabapentin",
        "At 51 she woke around three most nights, soaked through, and by lunch a fresh surge of heat would climb her neck. "
        "Her GP prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Every afternoon another rush of heat hit her at her desk. Her doctor started her on venlafaxine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # approved for migraine, told by the same signs
    (
        "propranolol",
        "Twice a month she got throbbing headaches down the right side of her head, with zigzag lights first. "
        "Her neurologist put her on propranolol.",
        OFF_LABEL,
    ),
    (
        "topiramate",
        "His headaches came with shimmering lines across his vision and days hiding in a darkened bedroom. "
        "His doctor started him on topiramate.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "amitriptyline",
        "Her headaches came with zigzag lights and a day in a dark room. Her GP started her on amitriptyline, "
        "an off-label use: it is not FDA-approved for migraine.",
        OFF_LABEL,
    ),
    # approved for ADHD, told by the same signs
    (
        "methylphenidate",
        "His teacher says he blurts out answers and has lost every worksheet this term. The paediatrician started him on methylphenidate.",
        OFF_LABEL,
    ),
    # a heat wave over a country, not a flush
    (
        "venlafaxine",
        "A wave of heat swept across the country last July. Keep venlafaxine below 25 °C and out of the sun.",
        OFF_LABEL,
    ),
    # approved for flushes (Brisdelle), told by the same signs
    (
        "paroxetine",
        "At 51 she woke around three most nights soaked through, and another wave of heat came by lunch. Her GP prescribed paroxetine.",
        OFF_LABEL,
    ),
    # a tent in the rain
    (
        "gabapentin",
        "On the camping trip we woke at four soaked through after the storm. He takes gabapentin for his nerve pain after shingles.",
        OFF_LABEL,
    ),
    # a face going red in a meeting alone is blushing, not told here as a flush
    (
        "venlafaxine",
        "At work my face would flush red in the middle of a meeting. My doctor prescribed venlafaxine for my depression.",
        OFF_LABEL,
    ),
]
