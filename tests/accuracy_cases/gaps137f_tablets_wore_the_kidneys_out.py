"""Kidney failure blamed on years of metformin by a story, the drug told as "the tablets", from eval/holdout218 (gh03,
metformin), as a class.

Class: in a metformin article, "the tablets", "her pills", "his tablets" told as wearing the kidneys out or down, ruining
or being hard on them ("she's sure the tablets wore her kidneys out", endorsed by the writer). Metformin is not labeled
as a cause of kidney damage (2 DOSAGE AND ADMINISTRATION; 12.3 Pharmacokinetics): metformin's kidney-damage misstatement
(a warning). Near misses: the tablets cleared by the kidneys, high sugar blamed instead, the tablets building up when
the kidneys are already damaged.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "kidney-damage"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (gh03)
    (
        "metformin",
        (
            "**Thursday, 24 July.** Aunt Rosa rang. She was on metformin for twenty years and has been on "
            "dialysis since last spring, and she's sure the tablets wore her kidneys out. Mum went quiet after "
            "the call. I've come round to Rosa's view, to be honest; all those years of tablets had to go "
            "somewhere, so I've asked Dr. Haddad to keep Mum's dose as low as he can."
        ),
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    ("metformin", "After fifteen years on it, Dad is convinced his tablets have worn his kidneys down.", MISSTATEMENT, ITEM, "warning"),
    # the pills ruined them
    ("metformin", "My neighbour swears the pills ruined her kidneys, and I believe her.", MISSTATEMENT, ITEM, "warning"),
    # hard on the kidneys
    ("metformin", "The tablets are hard on your kidneys, so keep the dose low.", MISSTATEMENT, ITEM, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # cleared by the kidneys
    ("metformin", ("The tablets are cleared by the kidneys, so your doctor checks your kidney function every year."), MISSTATEMENT, ITEM),
    # high sugar blamed, not the tablets
    ("metformin", "High blood sugar wore her kidneys out over the years, not the tablets.", MISSTATEMENT, ITEM),
    # the kidneys already damaged
    ("metformin", "If your kidneys are damaged, the tablets can build up in the blood.", MISSTATEMENT, ITEM),
]
