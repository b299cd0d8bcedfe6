"""Something else a prescriber may suggest for a trouble, from eval/holdout167 (ei10, cyclobenzaprine), as a class.

Class: the drug told as not doing a thing, and something else (unnamed: "something", "anything", "something separate") suggested,
recommended, prescribed or added for it ("It is not a painkiller in the usual sense, so your doctor may also suggest something
for the pain itself"): that something's use, not the drug's. Was an error of pain for cyclobenzaprine (approved only for muscle
spasm). Still reported: the drug itself suggested for the pain, "it" suggested for it, a prescriber's use of the drug, and a use
of the drug told after something else was suggested.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drug itself suggested for the pain
    ("cyclobenzaprine", "Your doctor may also suggest cyclobenzaprine for the pain itself.", OFF_LABEL, "error"),
    # "it" suggested for it
    ("cyclobenzaprine", "It is not just for spasm: my doctor suggested it for the pain in my hip as well.", OFF_LABEL, "error"),
    # something else suggested first, then the drug given for another trouble
    (
        "cyclobenzaprine",
        "My physio suggested something for the pain, and my GP then prescribed cyclobenzaprine for my headaches.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the draft's own wording (ei10)
    (
        "cyclobenzaprine",
        "Cyclobenzaprine eases muscle spasm: that hard, locked-up knot that grabs your lower back or neck after a strain. It's meant"
        " to go alongside rest, gentle movement and physio, not to replace them. It is not a painkiller in the usual sense, so your"
        " doctor may also suggest something for the pain itself.",
        OFF_LABEL,
    ),
    # new wordings, other voices
    (
        "cyclobenzaprine",
        "Flexeril won't dull the ache on its own; your GP might recommend something separate for the pain.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "Cyclobenzaprine loosens the spasm, and the pharmacist suggested something over-the-counter for the headache.",
        OFF_LABEL,
    ),
    ("baclofen", "Baclofen eases spasticity, and the clinic may add in something for the nerve pain.", OFF_LABEL),
    (
        "tizanidine",
        "Tizanidine relaxes tight muscles. If the ache is bad, the doctor may prescribe something different for the pain.",
        OFF_LABEL,
    ),
]
