"""Sleep won back from spasms, the approved use's benefit, not an off-label use for insomnia (a baclofen draft's "Baclofen lets
me sleep" after the spasticity of MS, noticed at the forty-third stop): multiple sclerosis, a spinal cord injury and restless
legs are troubles sleep improves with, as pain and the menopause were, and "my MS" or "people with MS" names multiple
sclerosis (not MS Contin). Sleep told with no trouble before it, or as a use of its own ("also helps me sleep"), is still
insomnia; so is half a muscle relaxant at night after its approved use is named ("Tizanidine treats muscle spasticity. Half a
tab at night lets me sleep like a baby", gaps68)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("baclofen", "Baclofen lets me sleep. I take 10 mg at bedtime.", OFF_LABEL, "error"),
    ("baclofen", "My MS makes my legs stiff at night, and baclofen also helps me sleep for insomnia.", OFF_LABEL, "error"),
    # another giving after the approved use, the medicine named again: the buddy's drinking, not Ray's MS (holdout33 z08)
    (
        "baclofen",
        "My uncle Ray, who has been on it for his MS legs for years, says his old drinking buddy asked his GP for a baclofen script"
        ' a while back and hasn\'t touched a beer since: "the cravings just went quiet."',
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    (
        "baclofen",
        "My MS makes my legs stiff and jumpy at night. Baclofen 10 mg three times a day loosens them, and baclofen lets me sleep.",
        OFF_LABEL,
    ),
    ("baclofen", "Since his spinal cord injury the spasms wake him. Baclofen lets him sleep through the night now.", OFF_LABEL),
    ("baclofen", "Baclofen is used for spasticity in people with MS.", OFF_LABEL),
    ("morphine", "My dad was switched to MS Contin for his cancer pain.", OFF_LABEL),
    ("baclofen", "I started baclofen for my MS spasms and I'm finally sleeping again.", OFF_LABEL),
]
