"""Hormonal acne told by its signs, the spots coming every month along the jaw and chin, then the drug given or told as the
one prescribers choose, from eval/holdout162 (ed12, spironolactone) and eval/holdout164 (ef04, spironolactone), as a class.

Class: the spots, bumps or cysts told as coming, returning or cropping up every month or cycle along the jaw or chin ("deep,
painful spots that come every month along the jaw and chin", "angry cysts that return every cycle on the chin"), maybe told on
with what no wash or cream touches ("the ones no face wash ever touches"; what nothing fixes is more of the trouble, not a turn);
then, in the next sentence, the drug given ("For these patients our doctors prescribe spironolactone") or the drug opening its
sentence as what the prescribers choose ("Spiro is what a lot of dermatologists reach for", "Spironolactone is usually what my
derm prescribes", "... is the one most dermatologists start women on"; also for another trouble: "Trazodone is what a lot of
GPs reach for" after sleepless nights). Spironolactone is not approved for acne: told in lay words, a warning. Silent: the
choice denied, another drug chosen, the use disclosed, an approved use (fluid from heart failure), a side effect and
something else chosen for it, and the choice asked.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_SIGNS = (
    "You know those deep, sore red bumps that crop up along your chin and jawline the week before your period, the ones no face"
    " wash ever touches?"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ed12)
    (
        "spironolactone",
        "Many of the young women who come to our clinic have the same story: deep, painful spots that come every month along the"
        " jaw and chin, a week before the period, and leave dark marks for months. Creams and antibiotics did not stop them. For"
        " these patients our doctors prescribe spironolactone, 50 to 100 mg each day, and after three to six months most have a"
        " much clearer jaw.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (ef04)
    (
        "spironolactone",
        f"OK this is the section most of you scrolled down for. {_SIGNS} Spiro is what a lot of dermatologists reach for, and"
        " honestly it's been a game changer for so many women in my comments. Most people give it about three months to see the"
        " full effect.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "spironolactone",
        "Those sore red bumps that keep coming every month along your jawline, the ones no cream ever shifts? Spironolactone is"
        " usually what my derm prescribes.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "Painful lumps would rise along her jawline before each period, spots no face wash could clear. Spironolactone is the one"
        " most dermatologists start women on.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "My clients describe angry cysts that return every cycle on the chin. For these patients our dermatologists prescribe"
        " spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    # the prescribers' choice, another trouble and drug
    (
        "trazodone",
        "You know those nights you lie awake replaying every conversation of the day? Trazodone is what a lot of GPs reach for.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "For years he'd wake at 3 a.m. and lie there replaying the day. Amitriptyline's the one most GPs start people on.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the choice denied
    ("spironolactone", f"{_SIGNS} Spiro is not what dermatologists reach for, though.", OFF_LABEL),
    # another drug chosen
    ("spironolactone", f"{_SIGNS} Doxycycline is what a lot of dermatologists reach for.", OFF_LABEL),
    # disclosed
    ("spironolactone", f"{_SIGNS} Spiro, an off-label use, is what a lot of dermatologists reach for.", OFF_LABEL),
    # an approved use
    (
        "spironolactone",
        "Her ankles kept swelling with fluid from her heart failure. Spironolactone is what her cardiologist prescribes.",
        OFF_LABEL,
    ),
    # a side effect, and something else chosen for it
    (
        "spironolactone",
        "Spironolactone gave her tender, sore breasts. Ice packs are what her doctor recommends.",
        OFF_LABEL,
    ),
    # the choice asked
    (
        "spironolactone",
        "Sore red bumps along her jawline every month? Is spiro what dermatologists reach for? Ask yours.",
        OFF_LABEL,
    ),
]
