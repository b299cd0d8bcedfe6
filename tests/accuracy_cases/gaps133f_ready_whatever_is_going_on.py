"""An erection drug told as working whatever is going on or however little the man wants sex: readiness or an erection
"whether anything's happening or not", "even when nothing's going on", "no matter how tired or uninterested" he was
(eval/holdout188 fd10: tadalafil, eval/holdout189 fe10: sildenafil; both `needs-sexual-stimulation`, of the
needs-stimulation kind, which now also reads these two wordings: the labels say it has no effect without sexual
stimulation and does not raise desire). Near misses: denied, tiredness alone with the mood kept, a side effect that
lasts whatever happens, "hard to tell whether anything is happening", "hard work ... no matter how uninterested"."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (fd10, fe10)
    (
        "tadalafil",
        "It relaxes blood vessels so more blood gets where it's needed. And here's the best part, guys: pop one with lunch and"
        " you'll be standing to attention all\nafternoon whether anything's happening or not. That's why they call it \"the"
        ' weekend pill".',
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "It relaxes the blood vessels in the penis so more blood can flow in when you're aroused. One tablet and you'll be raring"
        " to go, no matter how tired or uninterested you were an hour earlier. It wears off after about 4 to 5 hours.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # new wordings
    (
        "tadalafil",
        "My husband says the daily Cialis keeps him hard even when nothing's going on in the bedroom.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "Take one before the date and you're ready for action even if you're completely uninterested in her.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "tadalafil",
        "Honestly lads, a Cialis and you're up for it even though you've got zero interest, trust me.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "tadalafil",
        "With the 20 mg tablet he was stiff for hours no matter what was going on around him.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "tadalafil",
        "It won't keep you standing to attention whether anything's happening or not: it only works when you're aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Sildenafil will not make you raring to go no matter how uninterested you are; it does not create desire.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # tiredness alone, the mood kept
    (
        "sildenafil",
        "One tablet and you'll be raring to go, no matter how tired you were an hour earlier, as long as you're in the mood.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # no erection without desire, told right
    (
        "sildenafil",
        "It does nothing if you're uninterested: no desire, no erection.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # a side effect that lasts whatever happens; "hard to tell", "hard work"
    (
        "tadalafil",
        "The headache can last all afternoon whether anything's happening or not.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "tadalafil",
        "In the first week it's hard to tell whether anything is happening or not, so give it a few tries.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "It's hard work to get going no matter how uninterested you are, and the tablet does not change that.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
]
