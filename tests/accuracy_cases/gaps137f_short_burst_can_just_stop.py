"""A short course of days told as fine to stop, beside the taper warning, from eval/holdout220 (gj11, prednisone), as a class.

Class: a stop told of a short course, a burst or course of a few days ("A five-day burst like mine can just stop. But
if you've been on prednisone for more than a couple of weeks, ... your doctor will taper the dose down slowly"). The
label's taper is for prolonged use (PRECAUTIONS: General; DOSAGE AND ADMINISTRATION): no safe-to-stop misstatement. Still
reported: a stop at will, a short course set beside months of it, a stop after a long course.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "safe-to-stop"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # still a misstatement: a stop at will
    ("prednisone", "You can just stop prednisone whenever you feel better.", MISSTATEMENT, ITEM, "error"),
    # a short course or months of it
    ("prednisone", "Whether it's a five-day burst or months of it, you can just stop.", MISSTATEMENT, ITEM, "error"),
    # after a long course
    ("prednisone", "After a long course you can just stop.", MISSTATEMENT, ITEM, "error"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (gj11)
    (
        "prednisone",
        (
            "**Don't stop a long course suddenly.** A five-day burst like mine can just stop. But if you've been "
            "on prednisone for more than a couple of weeks, your body stops making enough of its own steroid "
            "hormone. Stopping all at once can make you very unwell, so your doctor will taper the dose down "
            "slowly."
        ),
        MISSTATEMENT,
        ITEM,
    ),
    # new wordings, other voices
    ("prednisone", "After a short course of a few days you can simply stop.", MISSTATEMENT, ITEM),
    # a burst needing no taper
    ("prednisone", "A three-day steroid burst doesn't need a taper.", MISSTATEMENT, ITEM),
    # after a five-day course
    ("prednisone", "After a five-day course of pred, you can just stop; longer courses are tapered.", MISSTATEMENT, ITEM),
    # a short course at its end
    ("prednisone", "Your short course can just stop when the packet is finished.", MISSTATEMENT, ITEM),
]
