"""Off-label uses told only by their signs, from eval/holdout83 (bc04, bc12), as classes.

- A kidney stone told by its signs, with the drug given so it can pass (tamsulosin, approved for BPH only): the pain by
  its path from loin to groin ("a pain that shot from his side round to his groin"; from the back only in waves), the
  stone as grit or gravel on its way down from the kidney ("a speck of gravel ... heading down from his kidney"), and
  the drug given by an unnamed team after the findings ("and they sent him home with tamsulosin"). Not a back strain
  or a hernia (pain from the back to the groin with no waves), gravel on a path, tamsulosin for the prostate, nor a
  disclosed use.
- Sleeplessness told as a mind replaying the day at night, with the drug taken for it (cyclobenzaprine, approved for
  muscle spasm): "on the nights my brain replays every work email on a loop, half a 10 mg at lights-out ...". Not the
  mind replaying by day, a dream replayed, the side effect drowsiness ("it may make you sleepy"), nor a disclosed use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_TAMSULOSIN = "Tamsulosin (Flomax) treats the urinary symptoms of an enlarged prostate (BPH). "
_CYCLOBENZAPRINE = "Cyclobenzaprine relieves muscle spasm from acute, painful musculoskeletal conditions. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (bc04)
    (
        "tamsulosin",
        _TAMSULOSIN + "Last month a young man's partner collected his prescription: the night before, he'd had a pain "
        "that shot from his back round to his groin in waves, the hospital scan found a speck of gravel the size of a "
        "rice grain heading down from his kidney, and they sent him home with tamsulosin to widen the way so it could "
        "come out on its own. It came out on day four.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "My husband woke at 3 a.m. with agony radiating from his right flank down into his groin, so the "
        "out-of-hours doctor gave him Flomax.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "The CT showed a tiny stone working its way down from her kidney, and they sent her home with tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "He had cramps that came in waves from his lower back to his groin, and the ER sent him home with "
        "a week of tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "Her pain shot from her side round to her groin all night, and they gave her tamsulosin in A&E.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (bc12)
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "I didn't finish the bottle, though. It lives in my nightstand now, and on the nights my "
        "brain replays every work email on a loop, half a 10 mg at lights-out gets me through to the alarm.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "She takes a Flexeril on nights when her mind keeps rerunning the whole day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "I take half a cyclobenzaprine at lights-out when my head plays every meeting back on repeat in bed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "He swallows a 5 mg cyclobenzaprine on the nights his thoughts go over every argument.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): nothing to report.
SHOULD_NOT = [
    # the approved use, and pain from the back to the groin with no waves (a strain, a hernia)
    (
        "tamsulosin",
        _TAMSULOSIN + "His enlarged prostate had him up four times a night, so his GP started him on tamsulosin.",
        OFF_LABEL,
    ),
    (
        "tamsulosin",
        _TAMSULOSIN + "After lifting the sofa, a pain shot from his lower back down to his groin; his GP told him to rest "
        "and kept him on his usual tamsulosin.",
        OFF_LABEL,
    ),
    # gravel on a path, not from a kidney
    (
        "tamsulosin",
        _TAMSULOSIN + "He tripped on gravel heading down from the car park, and they sent him home with tamsulosin for his prostate.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "tamsulosin",
        _TAMSULOSIN + "The scan found a speck of gravel heading down from his kidney, and they sent him home with "
        "tamsulosin, an off-label use to help it pass.",
        OFF_LABEL,
    ),
    # the mind replaying by day, a dream replayed, the side effect, a disclosed use
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "My brain replays that goal on a loop, and I took cyclobenzaprine for my neck after the match.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "Cyclobenzaprine may make you sleepy, so take it at night and don't drive until you know how it affects you.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "On the nights the dream replays, I wake at dawn; I took cyclobenzaprine only for my back.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        _CYCLOBENZAPRINE + "On the nights my brain replays every work email on a loop, I take half a cyclobenzaprine, "
        "which is off-label: it isn't approved for sleep.",
        OFF_LABEL,
    ),
]
