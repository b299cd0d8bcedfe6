"""A condition told by one of its plain words is the approved use whose name says it in the singular, from
eval/holdout153 (du03, diazepam; a false error), as a class.

Class: "cramps", "muscle tightness" or "muscle stiffness" are the condition muscle spasms in their plain words; an
approved use named "relief of skeletal muscle spasm" (diazepam, cyclobenzaprine) names that condition in the singular,
and the use is approved ("These days her GP says it is mostly for the cramps in her calves from her old back injury").
Still reported: another condition told by cramps ("menstrual cramps", period pain), a drug whose approved use does not
name muscle spasm (baclofen: spasticity of multiple sclerosis and spinal cord disease), a use not approved at all.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("diazepam", "Her doctor gave her diazepam for menstrual cramps.", OFF_LABEL, "error"),
    ("diazepam", "Her doctor gave her diazepam for period cramps every month.", OFF_LABEL, "error"),
    ("baclofen", "Her doctor gave her baclofen for cramps in her legs.", OFF_LABEL, "error"),
    ("diazepam", "Her doctor gave her diazepam for tension headaches.", OFF_LABEL, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (du03)
    (
        "diazepam",
        "Mum has taken diazepam, the little yellow Valium, on and off since 1994. These days her GP says it is mostly for the"
        " cramps in her calves from her old back injury, which lock her legs up so badly she can't get out of the chair.",
        OFF_LABEL,
    ),
    # new wordings
    ("diazepam", "Her doctor gave her diazepam for muscle tightness after the fall.", OFF_LABEL),
    ("diazepam", "He takes Valium for muscle stiffness from his stroke.", OFF_LABEL),
    ("diazepam", "I keep a few diazepam for my cramps when my back flares.", OFF_LABEL),
    ("cyclobenzaprine", "His doctor gave him cyclobenzaprine for the cramps in his back after he fell.", OFF_LABEL),
]
