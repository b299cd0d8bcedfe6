"""An interaction warned of by the harm the other thing adds, told in lay words (warning cues of the context lexicon):
other sedatives that "all pile on the drowsiness" (eval/holdout169 ek05), a heading "Other things that add to the
sleepiness" over the list of them (eval/holdout173 eo10), and acetaminophen "hiding in" a cold syrup with what it comes
to, "he'd be getting a double helping" (eval/holdout174 ep04). Near misses, still named but not warned: the drug's own
drowsiness told beside alcohol named for another reason, a heading of another effect ("Things that add to your quality of life"),
acetaminophen in a cold syrup with nothing said of doubling, and a double helping of dessert."""

from __future__ import annotations

INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "diazepam",
        "The drowsiness from diazepam usually fades after the first week. Alcohol was the topic of last week's show.",
        INTERACTION,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "clonazepam",
        "## Things that add to your quality of life\n\n- a walk after dinner\n- alcohol, a glass or two with friends\n",
        INTERACTION,
        "alcohol-cns-depressants",
        "error",
    ),
    (
        "acetaminophen",
        "Our pharmacist showed me that acetaminophen is hiding in the cold syrup too. Dad likes the taste of it.",
        INTERACTION,
        "other-acetaminophen-products",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings
    (
        "diazepam",
        "**WALT:** And a cocktail at the Legion hall?\n\n**GLORIA:** No. Alcohol, sleeping pills and other sedatives all pile"
        " on the drowsiness. Beer, wine, a nightcap, all of it.",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "clonazepam",
        "## Other things that add to the sleepiness\n\n- alcohol, even a couple of drinks\n- sleeping pills\n"
        "- other anxiety medicines or sedating allergy tablets\n",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "acetaminophen",
        'Found two old bottles of a night-time cold and flu syrup and a box of "arthritis pain" caplets. Our pharmacist,'
        " Rosa, turned them over and showed me: acetaminophen is hiding in both. If Dad took those on top of his Tylenol,"
        " he'd be getting a double helping without anyone noticing.",
        INTERACTION,
        "other-acetaminophen-products",
    ),
    # new wordings, other voices
    ("diazepam", "A beer on top of your Valium? Booze piles on the sleepiness, so skip it.", INTERACTION, "alcohol-cns-depressants"),
    (
        "clonazepam",
        "### What piles on the drowsiness\n\n- wine or beer\n- sleeping tablets such as zolpidem\n",
        INTERACTION,
        "alcohol-cns-depressants",
    ),
    (
        "acetaminophen",
        "Paracetamol hides in lots of flu sachets. Take one of those with your usual tablets and she'd be getting a double dose.",
        INTERACTION,
        "other-acetaminophen-products",
    ),
]
