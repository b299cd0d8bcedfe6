"""Off-label classes from the misses of eval/holdout59-61: a condition told only by its signs, then
the drug given, suggested or seen taken for it, never said to be off-label. The classes:

- sleeplessness told by the night: lying there or awake until the small hours, the clock watched
  at 3 a.m. ("staring at the alarm clock until 4 a.m.", "clock-watching till two in the
  morning"), a mind or brain that "just won't switch off", kept for "the nights when" it happens;
- a gout attack told by its signs after the toe: "the big toe flares up overnight, throbbing, red
  and hot", "even the touch of a sock hurt", kept for "those sudden attacks where" it happens;
- the drug unnamed in its sentence but given there: "it" suggested, recommended or seen used by
  someone ("the doctor recommended it for ...", "we see it used for ..."), or a bare strength
  handed over ("The doctor prescribed me 15 mg at night", "a low 7.5 mg dose"), the story of the
  trouble told in the sentences before.

Near misses that stay silent: the use disclosed as off-label, an approved use ("for the itching
from her hives"), "suggested it was only stress", advice against the use, another medicine's
dose, a clock watched until five at work, another medicine given for the toe. Each case is the
body of one article about one drug; the assertion is the off-label finding at its severity (a
warning for a use inferred from signs or a story), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- sleeplessness by the night --
    (
        "hydroxyzine",
        "Plenty of our regulars say the doctor recommended it for those nights when they are watching the bedside clock until 4 a.m.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "Her GP suggested it at bedtime for the nights when her thoughts just won't shut off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "We see it prescribed a lot for the nights when people are clock-watching till two in the morning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "I've never been depressed. I was just lying there until four every night with my head buzzing. "
        "The doctor prescribed me 15 mg at night and now I'm asleep in minutes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Not depressed in the slightest, she says. Her trouble was staring at the ceiling every night until the birds started. "
        "Her GP handed her a low 7.5 mg dose and she finally sleeps.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "My psychiatrist gave me a small 25 mg Seroquel for nights when my mind simply won't shut off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "He was prescribed amitriptyline for the nights he spends staring at the alarm clock until 4 a.m.",
        OFF_LABEL,
        "warning",
    ),
    # -- gout by the toe --
    (
        "meloxicam",
        "We see it used for those attacks where the big toe flares up overnight, throbbing, red and hot.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "Her big toe swelled up in the night and even the touch of a sock hurt. Her doctor started her on meloxicam.",
        OFF_LABEL,
        "warning",
    ),
    (
        "meloxicam",
        "Customers often ask about it for the nasty flares when a big toe joint goes swollen, shiny and tender overnight.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    ("hydroxyzine", "Their doctor suggested it for the nights when they lie awake until 3 a.m. That is an off-label use.", OFF_LABEL),
    ("hydroxyzine", "Her doctor suggested it for the itching from her hives.", OFF_LABEL),
    ("hydroxyzine", "We see it used for hives far more than for anything else.", OFF_LABEL),
    ("hydroxyzine", "The doctor suggested it was only stress keeping me awake at night.", OFF_LABEL),
    ("hydroxyzine", "Do not take it for the nights when your mind won't switch off; ask your doctor instead.", OFF_LABEL),
    ("mirtazapine", "My GP gave me 10 mg of zolpidem for the nights when my brain won't switch off.", OFF_LABEL),
    (
        "mirtazapine",
        "I was staring at the clock until five on Friday, waiting for work to finish. My GP gave me 15 mg for my depression.",
        OFF_LABEL,
    ),
    ("quetiapine", "My psychiatrist gave me 300 mg for my bipolar depression.", OFF_LABEL),
    ("meloxicam", "When his big toe went hot, red and swollen, his doctor gave him colchicine.", OFF_LABEL),
    ("meloxicam", "Don't take it for the attacks where your big toe turns red, hot and swollen; those need a doctor.", OFF_LABEL),
    ("meloxicam", "We see it a lot for stiff, sore knees from osteoarthritis.", OFF_LABEL),
    (
        "meloxicam",
        "Some doctors suggest it for sudden gout attacks where the big toe is swollen, hot and red, though this is an off-label use.",
        OFF_LABEL,
    ),
]
