"""Off-label uses read where the draft tells none (eval/holdout176 er01, eval/holdout180 ev06, ev07, ev12: false errors), as a class.

- The cravings of quitting, told without naming nicotine, of a drug approved as an aid to smoking cessation: "it works on
  the cravings and the mood at the same time" (bupropion, as varenicline's facts read them). Still reported: cravings for
  alcohol, addiction named.
- A use told, then asked whether it is all right, and answered no: "My sister takes it to slim down. Is that all right?"
  then "No, and I'm glad you asked. ... levothyroxine must not be used for losing weight" (also "Is that safe?", "Should
  she?"). Still reported: the same answered yes, or not answered.
- Other choices or options for a condition, not the drug: "there are other choices for heartburn", "better choices for
  heartburn than clopidogrel", "safer alternatives for heartburn". Still reported: the drug called one of the options, the
  better or a good choice.
- A side effect fixed by the way it is taken, pointed back at: "The first weeks I had ... a couple of headaches. Taking it
  with food fixed that." (also in the morning, with breakfast, after meals, with a glass of milk). Still reported: taking
  it, or the drug itself with food, fixing years of headaches; a bedtime dose fixing migraines.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_LEVO = "Levothyroxine replaces thyroid hormone in people with an underactive thyroid.\n\n"
_HCQ = "Hydroxychloroquine treats lupus and rheumatoid arthritis.\n\n"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("bupropion", "Doctors prescribe bupropion for alcohol cravings.", OFF_LABEL, "error"),
    ("bupropion", "Bupropion is prescribed for addiction.", OFF_LABEL, "error"),
    ("bupropion", "Bupropion is used to curb cravings for alcohol.", OFF_LABEL, "warning"),
    ("levothyroxine", _LEVO + "My sister takes it to slim down. Is that all right?\n\nYes, plenty of people do.", OFF_LABEL, "error"),
    ("levothyroxine", _LEVO + "My sister takes it to slim down. Is that all right? Ask her doctor.", OFF_LABEL, "error"),
    ("levothyroxine", _LEVO + "My sister takes it to slim down.", OFF_LABEL, "error"),
    ("clopidogrel", "Clopidogrel is one of the safer options for heartburn.", OFF_LABEL, "error"),
    ("clopidogrel", "Clopidogrel is the better choice for heartburn.", OFF_LABEL, "error"),
    ("clopidogrel", "Clopidogrel is a good choice for heartburn.", OFF_LABEL, "error"),
    ("hydroxychloroquine", _HCQ + "I had headaches for years. Taking it fixed that.", OFF_LABEL, "error"),
    ("hydroxychloroquine", _HCQ + "I had headaches for years. Hydroxychloroquine with food fixed that.", OFF_LABEL, "error"),
    ("hydroxychloroquine", _HCQ + "I had migraines for years. Taking it at bedtime fixed that.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (er01)
    (
        "bupropion",
        "For quitting smoking, the Zyban schedule is 150 mg once a day for three days, then 150 mg twice a day.\n\nFor students"
        " who are also feeling low, it does a better job than the patch ever could, because it works on the cravings and the"
        " mood at the same time.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("bupropion", "Bupropion takes the edge off the cravings in the first weeks.", OFF_LABEL),
    ("bupropion", "We prescribe bupropion for the cravings.", OFF_LABEL),
    ("bupropion", "Zyban helps with the cravings when you quit.", OFF_LABEL),
    # the draft's own wording (ev06)
    (
        "levothyroxine",
        _LEVO + "**My sister takes it to slim down. Is that all right?**\n\nNo, and I'm glad you asked. The box carries a strong"
        " warning: levothyroxine must not be used for losing weight.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    (
        "levothyroxine",
        _LEVO + "My husband takes it to lose weight. Is that OK?\n\nNo. It must never be used for weight loss.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        _LEVO + "A friend at the gym uses Synthroid to shed pounds. Is that safe?\n\nNo, it isn't, and it can hurt her heart.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        _LEVO + "Q: My daughter takes levothyroxine to slim down before her wedding. Should she?\n\nA: No. It is not a weight-loss"
        " medicine.",
        OFF_LABEL,
    ),
    # the draft's own wording (ev07)
    (
        "clopidogrel",
        "Be especially careful with:\n\n- warfarin or any other blood thinner\n- the heartburn capsules omeprazole (Prilosec) and"
        " esomeprazole (Nexium), which weaken the effect of clopidogrel; there are other choices for heartburn",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("clopidogrel", "There are better choices for heartburn than clopidogrel.", OFF_LABEL),
    ("clopidogrel", "Omeprazole weakens clopidogrel, so ask your pharmacist about other options for heartburn.", OFF_LABEL),
    ("clopidogrel", "Clopidogrel doesn't mix with omeprazole; there are safer alternatives for heartburn.", OFF_LABEL),
    # the draft's own wording (ev12)
    (
        "hydroxychloroquine",
        "## Hydroxychloroquine Side Effects\n\nThe first weeks I had an upset stomach and a couple of headaches. Taking it with"
        " food fixed that. Other stuff to know:",
        OFF_LABEL,
    ),
    # new wordings, other voices
    ("hydroxychloroquine", _HCQ + "I had a couple of headaches. Taking it in the morning fixed that.", OFF_LABEL),
    ("hydroxychloroquine", _HCQ + "She had headaches the first fortnight. Taking it with her breakfast fixed that.", OFF_LABEL),
    ("hydroxychloroquine", _HCQ + "We had headaches on it at first. Taking it after meals put a stop to that.", OFF_LABEL),
    ("hydroxychloroquine", _HCQ + "I had headaches. Taking it with a glass of milk fixed this.", OFF_LABEL),
]
