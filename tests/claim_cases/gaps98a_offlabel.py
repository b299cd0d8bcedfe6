"""Off-label uses told only by their signs, from eval/holdout95 (bo10), eval/holdout96 (bp01) and eval/holdout97
(bq01), as classes.

- Period pain, named or told by its time and signs: the cramps before or during a period, the first days of the cycle
  with the insides wrung out, or a medicine kept "for that time of the month" ("Meloxicam For That Time Of The Month",
  "the cramps that floor me the day before my period"). Not a drug approved for it (ibuprofen, naproxen), not a side
  effect, not another drug's use, not a disclosed use, not the moods of the month (PMDD), not a start day of a cycle.
- Hormonal acne told by its signs, the spots creeping, clustering or popping up along the chin and jaw ("deep sore
  spots crept along her chin and jaw"); such spots are not fibromyalgia's sore spots. Not the approved use, not an
  approved drug for acne (isotretinoin), not a disclosed use, not fibromyalgia's tender spots across the shoulders.
- Premature ejaculation told by the person finishing within a minute or so ("because he had always been finishing
  within a minute or so"), also when the dose is timed before the couple's sex ("suggested he time the sertraline a few
  hours before he and his wife planned to be intimate, because ..."). Not sertraline's own delayed ejaculation, not a
  course finished within two weeks, not another drug's approved use (sildenafil for erections), not a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (bo10, bp01, bq01)
    (
        "meloxicam",
        "## Meloxicam For That Time Of The Month\n\nReal talk, my favorite thing about having meloxicam in the cabinet: the"
        " first two days of my cycle, when it feels like somebody is wringing out my insides and I can't stand up straight at"
        " work, one meloxicam with breakfast and I'm a functioning human again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Frank's granddaughter Nadia, 29, takes the same tablet for a very different reason. For years, every month in the week"
        " before her period, deep sore spots crept along her chin and jaw and stayed for weeks. \"I'd tried every face wash and"
        ' two rounds of antibiotics," she says. Last spring her dermatologist started her on spironolactone 50 mg a day, and by'
        " the summer her skin had settled down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "For Tom, a 41-year-old carpenter, the tablet came with a second job. After years of panic attacks he started on 25 mg,"
        " then 50. His urologist later suggested he time the sertraline a few hours before he and his wife planned to be"
        " intimate, because he had always been finishing within a minute or so, and it worked.",
        OFF_LABEL,
        "warning",
    ),
    # period pain in new words
    ("meloxicam", "I keep a strip of meloxicam in my handbag for that time of the month.", OFF_LABEL, "warning"),
    ("meloxicam", "My gynaecologist suggested meloxicam for the cramps that floor me the day before my period.", OFF_LABEL, "error"),
    ("meloxicam", "Honestly, I take meloxicam for my menstrual cramps and nothing else.", OFF_LABEL, "error"),
    # acne told by its signs, in new words
    (
        "spironolactone",
        "For years, angry spots clustered along her jaw every month, and her dermatologist started her on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Deep, sore lumps crept along my chin before each period until my GP put me on spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Her dermatologist prescribed spironolactone because painful bumps kept popping up along her jawline.",
        OFF_LABEL,
        "warning",
    ),
    # premature ejaculation told by finishing within a minute, in new words
    ("paroxetine", "My GP started me on paroxetine because I usually finished within a couple of minutes.", OFF_LABEL, "warning"),
    ("sertraline", "He takes sertraline a few hours before sex because he would climax within thirty seconds.", OFF_LABEL, "warning"),
    (
        "sertraline",
        "His urologist suggested he time the sertraline before he and his partner had sex, because he kept finishing within a minute.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # period pain: an approved drug, a side effect, another drug's use, a disclosed use, the month's moods, a start day
    ("ibuprofen", "I keep ibuprofen in my handbag for that time of the month.", OFF_LABEL),
    ("naproxen", "Naproxen eases the cramps that come with your period.", OFF_LABEL),
    ("meloxicam", "Meloxicam can cause stomach cramps; call your doctor if they happen during your period.", OFF_LABEL),
    ("meloxicam", "My doctor put me on meloxicam for osteoarthritis in my knees. I take ibuprofen for period pain.", OFF_LABEL),
    ("meloxicam", "Some doctors use meloxicam off-label for period pain; it is not FDA-approved for this.", OFF_LABEL),
    ("sertraline", "I take sertraline for the moods that come with that time of the month.", OFF_LABEL),
    ("meloxicam", "Start meloxicam on the first day of your cycle with food.", OFF_LABEL),
    # acne: the approved use, an approved drug, fibromyalgia's sore spots on its approved drug
    ("spironolactone", "Spironolactone is prescribed for heart failure and for swelling from fluid.", OFF_LABEL),
    ("isotretinoin", "Deep sore spots crept along her chin for years until her dermatologist started isotretinoin.", OFF_LABEL),
    (
        "pregabalin",
        "She has fibromyalgia, with sore spots across her shoulders and terrible sleep, and her doctor put her on pregabalin.",
        OFF_LABEL,
    ),
    # premature ejaculation: the drug's own side effect, a course finished, another drug's use, a disclosed use
    ("sertraline", "Sertraline can delay ejaculation; some men find it takes much longer to finish.", OFF_LABEL),
    ("sertraline", "Sertraline can cause delayed ejaculation, so he finished after a long time.", OFF_LABEL),
    ("sertraline", "You should finish the course within two weeks and take sertraline as prescribed.", OFF_LABEL),
    ("sertraline", "Take sertraline at the same time each day. The tablets usually start working within two weeks.", OFF_LABEL),
    (
        "sildenafil",
        "He takes sildenafil an hour before he and his wife plan to be intimate, because he could not keep an erection.",
        OFF_LABEL,
    ),
    (
        "sertraline",
        "Doctors sometimes use sertraline off-label for premature ejaculation, when men finish within a minute; it is not"
        " FDA-approved for this.",
        OFF_LABEL,
    ),
]
