"""A belief told as what "people" think, with no quantifier ('"People think of it as a harmless over-the-counter pill," says a
sports-medicine physician. "It isn't harmless."', eval/holdout107 ca08), is quoted to be refuted, as "Some people think"
already was. Near misses: the writer's own claim ("Think of it as a harmless sleep aid"), a named group's view left standing
("Young people think it is a harmless pill, and they are right"), the belief tagged after the claim."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"

_NAPROXEN = "Naproxen is a painkiller for aches and arthritis. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    ("naproxen", _NAPROXEN + "Think of it as a harmless little pill.", ABSOLUTE, "error"),
    ("naproxen", _NAPROXEN + "It is a harmless pill, whatever people think.", ABSOLUTE, "error"),
    ("naproxen", _NAPROXEN + "Young people think it is a harmless pill, and they are right.", ABSOLUTE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "naproxen",
        _NAPROXEN + '"People think of it as a harmless over-the-counter pill," says a sports-medicine physician at a London '
        "teaching hospital. \"It isn't harmless. It's a very useful medicine with real risks.\"",
        ABSOLUTE,
    ),
    ("naproxen", _NAPROXEN + "People often assume it is completely safe because it is sold in supermarkets. It is not.", ABSOLUTE),
    ("naproxen", _NAPROXEN + "People see it as a harmless pill, but it can cause stomach bleeding.", ABSOLUTE),
]
