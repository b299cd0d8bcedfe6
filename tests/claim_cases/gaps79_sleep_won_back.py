"""Sleep won back after a trouble that took it, told in the sentences before (eval/holdout79 ay13), as a class.

- Sleep is lost to pain and depression (``improves_with`` in checks/conditions.yml): sleep let come by the drug after
  the story told the pain in the sentences before ("my feet started burning at night ... Pins and needles ... Lyrica
  (pregabalin) is what finally let me sleep through") is that pain's relief, not a sleep use.
- Still reported: sleep trouble told on its own before ("I'd had insomnia for years"), sleep named as a use of its own
  ("I also take it for insomnia", "helps me sleep too"), sleep let come with no trouble told before.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("pregabalin", "I'd had awful insomnia for years. Pregabalin is what finally let me sleep through.", OFF_LABEL, "error"),
    ("pregabalin", "My feet burned every night from my diabetes. I also take pregabalin for insomnia.", OFF_LABEL, "error"),
    ("pregabalin", "My feet burned every night from my diabetes. Pregabalin helps me sleep too.", OFF_LABEL, "error"),
    ("pregabalin", "Lyrica (pregabalin) is what finally let me sleep through.", OFF_LABEL, "error"),
    ("gabapentin", "I had trouble sleeping for months after the move. Gabapentin finally let me sleep.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    (
        "pregabalin",
        "Real talk: my feet started burning at night about six years after my type 2\ndiabetes diagnosis. Pins and needles, "
        "then a feeling like walking on hot gravel.\nLyrica (pregabalin) is what finally let me sleep through.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "Ever since my diabetes got worse, both feet have tingled and stung like pins and needles. Pregabalin is the only "
        "thing that lets me sleep.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "For two years I ached all over with fibromyalgia. Duloxetine finally let me sleep again.",
        OFF_LABEL,
    ),
    (
        "pregabalin",
        "The burning in his feet from diabetic nerve damage was relentless. Pins and needles every evening. Pregabalin helped him sleep.",
        OFF_LABEL,
    ),
]
