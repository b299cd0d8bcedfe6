"""Metoprolol tartrate and succinate (the IR and XL forms) said to be the same, swappable or no different, as a class
(metoprolol `tartrate-succinate-interchangeable`; holdout87 bg07).

"If the pharmacy gives you the other kind one month, keep taking it at your usual number of milligrams a day. It makes
no difference which of the two you are on": no difference made ("It doesn't make any difference which one you're
given", "makes no difference whether you're on the succinate"), the IR and XL forms waved together ("IR or XL, it's all
the same drug"), a swap mg for mg, the pharmacy's swap told as nothing to act on ("If the chemist hands you the other
form, just carry on as before"). Near misses: the two said not to be interchangeable, a swap to be checked first, the
other form taken once a day instead, a difference about something else (time of day, the pharmacy), a swap forbidden.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
SALTS = "tartrate-succinate-interchangeable"
FORMS = (
    "- **Metoprolol tartrate (Lopressor):** usually taken twice a day, with food.\n"
    "- **Metoprolol succinate (Toprol-XL):** a slow-release tablet taken once a day.\n\n"
)

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "metoprolol",
        FORMS + "If the pharmacy gives you the other kind one month, keep taking it at your usual number of milligrams a day. "
        "It makes no difference which of the two you are on.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "metoprolol",
        FORMS + "It makes no difference which of the two you are on.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "metoprolol",
        "Metoprolol comes as tartrate (Lopressor) and succinate (Toprol-XL). It doesn't make any difference which one you're given.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    ("metoprolol", "Metoprolol IR or XL, it's all the same drug.", MISSTATEMENT, SALTS, "warning"),
    ("metoprolol", "Tartrate, succinate: your pharmacist can swap between them milligram for milligram.", MISSTATEMENT, SALTS, "warning"),
    (
        "metoprolol",
        "You may get metoprolol tartrate or metoprolol succinate. If the chemist hands you the other form this time, "
        "just carry on as before.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "metoprolol",
        "Lopressor and Toprol-XL are both metoprolol, and it makes no real difference whether you're on the succinate or the tartrate.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "metoprolol",
        "Metoprolol tartrate and metoprolol succinate are not interchangeable; they are dosed differently.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        FORMS + "If the pharmacy gives you the other kind, check with the pharmacist before you keep taking it.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        FORMS + "If the pharmacy gives you the other kind, keep the same total dose but just take it once a day instead of twice.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        FORMS + "It makes no difference which time of day you take metoprolol succinate, as long as it's the same each day.",
        MISSTATEMENT,
        SALTS,
    ),
    ("metoprolol", FORMS + "It makes no difference to your dose which pharmacy you use.", MISSTATEMENT, SALTS),
    ("metoprolol", FORMS + "Never swap between them milligram for milligram without asking your doctor.", MISSTATEMENT, SALTS),
    (
        "metoprolol",
        "The IR and XL versions of metoprolol release the drug at different speeds, so they are not the same.",
        MISSTATEMENT,
        SALTS,
    ),
]
