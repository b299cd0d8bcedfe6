"""Off-label classes from the misses of eval/holdout73 and holdout74: a condition told by its signs (or
named), then the drug given for it, never said to be off-label. The classes:

- a giving on a condition told in an "if"/"when"/"should" clause before it ("If you get throbbing headaches on
  one side of the head ..., your neurologist may prescribe lisinopril", "When the headaches come with zigzag
  lights ..., your doctor can prescribe gabapentin"); another medicine taken in the clause ("while taking
  lisinopril") is not the one given, a negated giving ("may not prescribe") is none;
- a medicine credited by "what finally worked was ...", "the thing that cleared it was ..." at the start of a
  paragraph after a story of the signs; the story may run on over sentences that point back at the
  trouble ("Within two weeks my wife and I had it too", "it kept coming back") before the signs;
- scabies told by its signs: burrows as little wavy or grey lines in the skin, an itchy rash between the
  fingers or on the wrists that is worse at night, in bed;
- hair loss told as the result wanted: "to get your thinning crown filling back in", "thicken up your thinning
  temples", of the tablets (approved only for severe high blood pressure), the dose told as "a much smaller
  dose of the tablet".

Near misses that stay silent: the approved use told the same way (sertraline for lost interest, the
foam or Rogaine on the scalp for the crown), the use disclosed, a rash between the fingers from gloves, another
drug given in the if-clause story. Each case is the body of one article about one drug; the assertion is the
off-label finding at its severity (a warning for a use told in signs or inferred), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- if-clause, then the giving --
    (
        "gabapentin",
        "When the headaches come with flashing zigzag lights and leave you lying in a dark room, "
        "your doctor can prescribe gabapentin to prevent them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Should you be getting pounding, one-sided headaches every week, a neurologist may also suggest amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "If the whole family has scabies, the GP may prescribe ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lisinopril",
        "If you get bad headaches on one side of the head, your neurologist may prescribe lisinopril.",
        OFF_LABEL,
        "warning",
    ),
    # -- scabies by its signs, the medicine given or credited --
    (
        "ivermectin",
        "Our daughter came home from camp with an itchy rash between her fingers that got much worse at night. "
        "The doctor gave her ivermectin tablets.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "First my husband, then the kids: tiny grey lines in the skin of their wrists. "
        "Then my sister had it too. The lotion did nothing and it kept coming back.\n\n"
        "The thing that cleared it in the end was ivermectin, two doses a week apart.",
        OFF_LABEL,
        "warning",
    ),
    # -- hair loss as the result wanted, of the tablets --
    (
        "minoxidil",
        "Our doctors send out low-dose minoxidil pills, 2.5 mg a day, so your sparse crown fills back in.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Our clinicians prescribe minoxidil tablets to thicken up your thinning temples.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Minoxidil tablets were made for severe high blood pressure, and that is still their approved use.\n\n"
        "We prescribe a far smaller dose of the tablet to get your balding crown filling back in.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses the writer must not see.
SHOULD_NOT = [
    # another medicine taken in the if-clause
    ("lisinopril", "If you get migraines while taking lisinopril, your doctor may prescribe sumatriptan.", OFF_LABEL),
    # a negated giving
    ("lisinopril", "If you get migraines, your doctor may not prescribe lisinopril.", OFF_LABEL),
    # the approved use told the same way
    ("lisinopril", "If your blood pressure stays high, your doctor may prescribe lisinopril.", OFF_LABEL),
    ("sertraline", "If you have lost interest in the things you used to love, your GP may prescribe sertraline.", OFF_LABEL),
    # the use disclosed
    (
        "lisinopril",
        "If you get bad headaches on one side of the head, your neurologist may prescribe lisinopril, an off-label use for migraine.",
        OFF_LABEL,
    ),
    # its own side effect in the if-clause
    ("lisinopril", "If lisinopril gives you headaches, your doctor may prescribe a different medicine.", OFF_LABEL),
    # the topical, approved for the crown
    ("minoxidil", "Rub Rogaine foam on the scalp twice a day to get your thinning crown filling back in.", OFF_LABEL),
    ("minoxidil", "Minoxidil 5% foam, rubbed on the scalp, can get your thinning crown filling back in.", OFF_LABEL),
    # disclosed for the tablets
    (
        "minoxidil",
        "Minoxidil tablets lower blood pressure. The tablets are not approved for hair loss, so this use is off-label, "
        "but our doctors prescribe 2.5 mg to get your thinning crown filling back in.",
        OFF_LABEL,
    ),
    # a rash between the fingers from gloves; another product's use
    ("ivermectin", "She had a rash between her fingers from the washing-up gloves. Ivermectin cream is for rosacea.", OFF_LABEL),
    # the story turned before the medicine
    (
        "ivermectin",
        "My son had a red rash between his fingers that itched worse at night. But it cleared up by itself.\n\n"
        "What finally worked for his threadworm was ivermectin.",
        OFF_LABEL,
    ),
]
