"""An antibacterial credited with clearing a cold told by its signs or by its dragging on (holdout116 cj05), as a class.

"It also helps when a bad cold has been dragging on for more than a week: by day five or six of a Z-Pak most of our
patients say the stuffy head and the cough have finally cleared": the drug said to help or work when a cold or flu
lingers, or the cold's signs (a stuffy head, a runny nose) gone a few days into the course, is an antibacterial given
for a virus. "A cold is a virus; antibiotics will not help", an approved bacterial infection (sinusitis, pneumonia)
cleared, and a cold that turns into a chest infection stay silent.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "antibiotics-for-viruses"
_AZITHROMYCIN = "Azithromycin is an antibiotic for bacterial infections such as pneumonia and strep throat. "

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "azithromycin",
        _AZITHROMYCIN + "It also helps when a bad cold has been dragging on for more than a week: by day five or six of a "
        "Z-Pak most of our patients say the stuffy head and the cough have finally cleared, so we are happy to send it if you "
        "have been unwell for a while.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "Three days into the Z-Pak, his runny nose had completely dried up.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "After two doses of azithromycin my blocked nose and sneezing were gone.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "By day five or six of a Z-Pak most of our patients say the stuffy head has finally cleared.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("azithromycin", _AZITHROMYCIN + "A Z-Pak works wonders if the flu hangs on past the weekend.", MISSTATEMENT, ITEM, "warning"),
    (
        "azithromycin",
        _AZITHROMYCIN + "By day four on the antibiotics the stuffy head was finally gone.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    ("azithromycin", _AZITHROMYCIN + "A cold is a virus; antibiotics will not help, however long it drags on.", MISSTATEMENT, ITEM),
    (
        "azithromycin",
        _AZITHROMYCIN + "By day five of a Z-Pak the sinus infection and the stuffy head had cleared.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "It helps when a cold turns into a chest infection that your doctor confirms is bacterial.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "After three days of azithromycin the pneumonia had cleared, though the cough lasted longer.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "By day five of a Z-Pak the stuffy head had not cleared, because it was a cold all along.",
        MISSTATEMENT,
        ITEM,
    ),
    (
        "azithromycin",
        _AZITHROMYCIN + "It helps to rest and drink plenty of fluids when you have a cold; azithromycin is not for colds.",
        MISSTATEMENT,
        ITEM,
    ),
]
