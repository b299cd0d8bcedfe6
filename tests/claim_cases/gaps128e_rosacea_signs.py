"""Rosacea told only by its signs, from eval/holdout146 (dn08, isotretinoin) and eval/holdout148 (dp05, doxycycline), as a class.

Class: the cheeks and nose red or pink for good ("permanently pink", "constantly flushed"), or red with bumps that flare
at the triggers (summer, the sun, heat, spicy food, curry, hot coffee, wine), then the drug given, also in a caption
thread written in lower case ("... after anything spicy. no blackheads at all. her dermatologist started her on ...") and
past a slide's number between the story and the giving ("**slide 3/10**"), the prescriber by the name patients call
them ("my derm"). Isotretinoin is approved for severe nodular acne only; only doxycycline 40 mg (Oracea) is approved for
rosacea, not 100 mg. All lay words: a warning. Silent: acne along the jaw (isotretinoin's approved use), the face going red
in the sun as doxycycline's side effect, cheeks "always red" with nothing more, red cheeks from the cold.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (dn08, dp05)
    (
        "isotretinoin",
        "**11/** bonus story because people keep asking: my mum is 52 and never had a single spot as a teen, but for years her"
        " cheeks and nose had been permanently pink with little bumps that flared up every summer and after anything spicy. no"
        " blackheads at all. her dermatologist started her on a tiny dose of isotretinoin, 10 mg every other day, and six months"
        " later her face is calm and even for the first time in a decade.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "**slide 2/10**\n\nbackground: i'm 41, never had a single spot as a teenager. then about two years ago my cheeks and nose"
        " started going bright red and burning, with little yellow-headed bumps along the red bits, and it flared every single"
        ' time i had hot coffee, a curry or a glass of wine. my "tomato face" era\n\n**slide 3/10**\n\nmy derm took one look and'
        " started me on doxy 100 mg, one capsule every morning. by week six the burning had stopped.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: red for good, then given in the same sentence or the next
    (
        "doxycycline",
        "For years Dad's cheeks and nose were permanently red, and his GP eventually prescribed doxycycline 100 mg twice a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "My cheeks and nose are constantly flushed. My dermatologist started me on isotretinoin at a tiny dose.",
        OFF_LABEL,
        "warning",
    ),
    # ... red with bumps flaring at the triggers
    (
        "doxycycline",
        "Her nose and cheeks went red, with small pus-filled bumps that flared whenever she drank wine or sat in the sun. Her"
        " doctor put her on doxycycline 100 mg.",
        OFF_LABEL,
        "warning",
    ),
    # ... in a lower-case caption, the derm giving it
    (
        "doxycycline",
        "ok story time. my cheeks have been permanently pink for years. my derm put me on doxycycline 100 mg and it's way calmer.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # acne, isotretinoin's approved use
    (
        "isotretinoin",
        "From 15 to 19 I had deep, painful lumps along my jaw and chin. My dermatologist started me on isotretinoin.",
        OFF_LABEL,
    ),
    # the face going red in the sun: doxycycline's side effect
    (
        "doxycycline",
        "Doxycycline makes your skin burn faster in the sun. If your cheeks and nose go red, stop and call your doctor.",
        OFF_LABEL,
    ),
    # cheeks always red and nothing more, then another use
    (
        "doxycycline",
        "My cheeks have always been red. My GP prescribed doxycycline for a chest infection last winter.",
        OFF_LABEL,
    ),
    # red cheeks from the cold
    (
        "doxycycline",
        "Her cheeks and nose were red from the cold walk to the pharmacy, where she picked up doxycycline for her chest infection.",
        OFF_LABEL,
    ),
]
