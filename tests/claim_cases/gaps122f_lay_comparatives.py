"""Comparisons told in lay words (eval/holdout121 co01): a kinder kind of medicine than the others, the noun between ("a much
kinder medicine to live with than the old blood thinners"), less likely to land the reader in hospital ("it is simply less likely
to land you in hospital with a bleed"), ranked ahead of everything else ("I'd put it ahead of anything else in its class").
Near misses: an instruction ("take it ahead of anything else"), the reader's own doing ("you are less likely to forget a dose"),
a comparison cited in its paragraph, a negated one, the form ("an easier pill to swallow than the capsules")."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"

_APIXABAN = "Apixaban is a blood thinner that lowers the risk of stroke. "
_SERTRALINE = "Sertraline treats depression. "

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "apixaban",
        '"Patients find it a much kinder medicine to live with than the old blood\nthinners, and it is simply less likely to land'
        ' you in hospital with a bleed,"\none consultant haematologist told us. "I\'d put it ahead of anything else in its\nclass."',
        COMPARATIVE,
        "error",
    ),
    ("apixaban", _APIXABAN + "It is a far gentler pill to be on than warfarin.", COMPARATIVE, "error"),
    ("sertraline", _SERTRALINE + "Honestly it's an easier drug to live with than the older antidepressants.", COMPARATIVE, "error"),
    (
        "apixaban",
        _APIXABAN + "Compared with the old blood thinners, it's far less likely to send you to A&E with a bleed.",
        COMPARATIVE,
        "error",
    ),
    ("apixaban", _APIXABAN + "It is much less likely to put you in hospital than warfarin.", COMPARATIVE, "error"),
    ("atorvastatin", "Atorvastatin lowers cholesterol. Most cardiologists rank it above every other statin.", COMPARATIVE, "error"),
    ("apixaban", _APIXABAN + "I'd put it ahead of anything else in its class.", COMPARATIVE, "error"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("apixaban", _APIXABAN + "Take it ahead of anything else you have in the morning.", COMPARATIVE),
    ("apixaban", _APIXABAN + "You are less likely to forget a dose if you take it at the same time each day.", COMPARATIVE),
    ("apixaban", _APIXABAN + "It is not a kinder medicine to live with than warfarin for everyone.", COMPARATIVE),
    (
        "apixaban",
        _APIXABAN + "In the ARISTOTLE trial it was far less likely to cause a serious bleed than warfarin.[^1]\n\n"
        "[^1]: Granger CB, et al. N Engl J Med. 2011;365:981-92.",
        COMPARATIVE,
    ),
    ("sertraline", _SERTRALINE + "The liquid is an easier medicine to swallow than the tablets.", COMPARATIVE),
    ("apixaban", _APIXABAN + "It is less likely to cause a bleed if you take it exactly as prescribed.", COMPARATIVE),
]
