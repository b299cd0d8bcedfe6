"""Absolute claims of a drug that never fails (holdout76 av11, holdout77 aw13), as classes.

1. Works for everyone, told by who takes it: "This stuff works for literally every guy who takes it", "it helped every
   single woman I know who took it", "effective for any adult who takes it as directed".
2. It does not fail, said flat of the drug: "Warfarin simply doesn't fail" (a quoted cardiologist, uncited), "this pill
   won't fail you", "Coumadin just does not fail".

Still silent: negated ("doesn't work for every man who takes it"), "works differently for every person", advice to every
user, organs that don't fail, a condition or purpose ("if it doesn't fail", "so it won't fail you"), "doesn't fail to"."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "tamsulosin",
        "Honestly? This stuff works for literally every guy who takes it. I was sleeping through the night inside a month.",
        ABSOLUTE,
        "error",
    ),
    ("sildenafil", "It works for every man who has ever tried it.", ABSOLUTE, "error"),
    ("sertraline", "Honestly, it helped every single woman I know who took it.", ABSOLUTE, "error"),
    ("metformin", "It is effective for any adult who takes it as directed.", ABSOLUTE, "error"),
    (
        "warfarin",
        '"As long as his INR sits in range, that valve will not clot. Warfarin simply doesn\'t fail," his cardiologist told us.',
        ABSOLUTE,
        "error",
    ),
    ("warfarin", "Coumadin just does not fail.", ABSOLUTE, "error"),
    ("clopidogrel", "Once you are on it, this pill won't fail you.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("tamsulosin", "It doesn't work for every man who takes it.", ABSOLUTE),
    ("tamsulosin", "It works differently for every person who takes it.", ABSOLUTE),
    ("tamsulosin", "Every man who takes it should know about dizziness when standing up.", ABSOLUTE),
    ("furosemide", "It keeps fluid off so your kidneys don't fail.", ABSOLUTE),
    ("warfarin", "If it doesn't fail, keep the same dose.", ABSOLUTE),
    ("warfarin", "Take it at the same time every day so it won't fail you.", ABSOLUTE),
    ("warfarin", "Warfarin doesn't fail to surprise people with its interactions.", ABSOLUTE),
]
