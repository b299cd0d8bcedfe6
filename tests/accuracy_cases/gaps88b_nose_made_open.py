"""Plain loratadine said to unblock a stuffy or blocked nose in plain or non-native lay words, as a class (loratadine
`not-a-decongestant`; holdout88 bh05: "It also makes the nose open again when it is blocked").

The nose made open or free by the tablet ("makes the nose open again", "helps the nose to be free when it is closed",
"gets your nose unblocked"), the stuffy nose taken away ("it takes away the stuffy nose"), congestion cleared ("It also
clears congestion"), or a closed nose opened by it or the tablet good for it ("When the nose is closed, Claritin opens
it", "good also for the nose that is closed"). Near misses: a runny nose, which it is for ("makes the nose less runny",
"keeps the nose clear of drips"), a denial, Claritin-D (with pseudoephedrine), a decongestant spray doing it.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "not-a-decongestant"
_INTRO = "Loratadine is an antihistamine for hay fever.\n\n"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "loratadine",
        _INTRO + "It also makes the nose open again when it is blocked, so you can breathe by the nose in the night and sleep better.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    ("loratadine", _INTRO + "It helps the nose to be free when it is closed in the morning.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "One tablet gets your nose unblocked by lunchtime.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "Claritin also takes away the stuffy nose of a bad pollen day.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "When the nose is closed, loratadine opens it in one hour.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "This pill keeps my sinuses open all through the blocked-up spring.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "It also clears congestion, so the head feels light.", MISSTATEMENT, ITEM, "warning"),
    ("loratadine", _INTRO + "It is good also for the nose that is closed in the night.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("loratadine", _INTRO + "It makes the nose less runny and stops the sneezing.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "It keeps the nose clear of drips all day.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "It does not make the nose open when it is blocked; for that ask about a decongestant.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "Claritin-D makes the nose open again when it is blocked, because it has pseudoephedrine.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "When the nose is blocked, a saline spray opens it; loratadine is for the sneezing.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "It is for the nose that runs like water, not for the nose that is blocked.", MISSTATEMENT, ITEM),
    ("loratadine", _INTRO + "Pseudoephedrine, not loratadine, clears congestion.", MISSTATEMENT, ITEM),
]
