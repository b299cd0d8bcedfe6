"""A PDE5 inhibitor said to bring on desire itself, from eval/holdout191 (fg01, sildenafil), as a class.

Class: the pill said to put the man in the mood or make him want sex ("It also gets you in the mood", "Viagra puts you in the
mood", "Cialis makes you want your wife again"), desire said to arrive by itself after a dose ("the wanting shows up all by
itself", "the desire just comes on its own"), or no need even to think of the partner ("you don't even have to be thinking
about your partner"). The labels: no effect without sexual stimulation, and desire is not increased (the `needs-stimulation`
kind, new wordings). Near misses: denied, desire told as the man's own, thinking of sex not needed only at the time of taking
it, and the pill said not to create desire.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fg01)
    (
        "sildenafil",
        "It also gets you in the mood: swallow one after dinner and the wanting shows up all by itself, you "
        "don't even have to be thinking about your partner yet.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # an affiliate's aside
    (
        "sildenafil",
        "Honestly the best part is that Viagra puts you in the mood too, not just the hardware.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # a wife's story
    (
        "sildenafil",
        "My husband takes one on Saturday and the desire just comes on its own about an hour later.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # another PDE5 inhibitor
    (
        "tadalafil",
        "Cialis makes you want your wife again, that's what nobody tells you.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # no thought of sex needed
    (
        "sildenafil",
        "he doesn't need to be thinking about sex at all, the tablet does everything.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # denied
    (
        "sildenafil",
        "It won't put you in the mood; desire has to come from you.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # desire the man's own
    (
        "sildenafil",
        "Desire has to come on its own; sildenafil only helps the blood flow once you are aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # only at the time of taking it
    (
        "sildenafil",
        "You don't have to be thinking about sex when you take it; it waits until you are aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # the label's point
    (
        "sildenafil",
        "Sildenafil does not get you in the mood and it does not increase desire.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # the mood back from less worry, not the pill
    (
        "sildenafil",
        "Some men find that the mood comes back once the worry about performance is gone, but the pill itself does not create desire.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
]
