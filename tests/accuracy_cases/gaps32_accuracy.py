"""Misstatement, boxed-warning and interaction classes missed in the holdout30/31 scoring.

- Monitoring denied in lay words, of a drug whose level must be checked by blood tests (lithium): the level
  said to look after itself ("his level pretty much takes care of itself"), no more tests once settled, the
  jabs or needles stopped (accuracy.misstatement no-blood-tests-needed). Near misses: the tests told, the
  claim refuted, fewer tests ("no more weekly blood tests"), the tests kept.
- A drug said to be of a class it is not in lay class words: an NSAID called "basically a muscle relaxer",
  "a kind of steroid", "in the same family as codeine" (wrong-class). Near misses: the class denied, another
  drug's class, the right class.
- Continuing through pregnancy told as a practice that did no harm, of a drug with an embryo-fetal boxed
  warning ("carry on with their weekly dose right through pregnancy without any trouble", "kept taking it all
  the way through my pregnancy and my baby was fine"). Near misses: harm told, the claim refuted, the drug
  stopped before, another medicine continued.
- Methotrexate's boxed embryo-fetal toxicity warning in lay words counts as given ("can harm an unborn baby",
  "use reliable contraception", "men should also avoid fathering a child"); a pregnancy named only inside the
  misstatement does not.
- Losartan's and lisinopril's potassium interaction: the side effect ("too much potassium in the blood",
  "high potassium levels") is not the interaction, and a salt substitute recommended is no warning; a
  warning against salt substitutes (LoSalt, NoSalt) or potassium tablets is.
- A lasting cure told as the benefit kept once the drug is stopped, of a drug whose benefit ends when it is
  stopped (minoxidil: "quit and keep every strand", "once your hair's grown back, it's yours", "the new hair
  stays even after you stop"). Near misses: the loss told, the claim refuted, the benefit kept only while
  used.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees: the finding
(item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"
NO_TESTS = "no-blood-tests-needed"
WRONG_CLASS = "wrong-class"
PREGNANCY_MTX = "not-safe-in-pregnancy"
EMBRYO = "embryo-fetal-toxicity"
POTASSIUM = "potassium"
CURE = "cures-baldness"

#: Methotrexate's weekly dosing and serious toxicity told, so only the warning under test can be missing.
_MTX = (
    "Methotrexate is taken once a week, never every day. It can cause serious side effects on the blood and liver, "
    "so keep your regular blood tests. "
)

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # -- monitoring denied --
    (
        "lithium",
        "In the first years Dad went for a needle in his arm every month. Once his dose was right, the consultant said "
        "his level more or less looks after itself now.",
        MISSTATEMENT,
        NO_TESTS,
        "error",
    ),
    ("lithium", "After the first year your lithium level pretty much takes care of itself.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "Once you're stable on lithium there are no more blood tests to worry about.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "Gran stopped having the jabs once her lithium dose settled.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "You won't need level checks once you're settled on lithium.", MISSTATEMENT, NO_TESTS, "error"),
    ("lithium", "Lithium just finds its own level after a few months.", MISSTATEMENT, NO_TESTS, "error"),
    # -- the wrong class in lay words --
    (
        "meloxicam",
        "Meloxicam is basically a muscle relaxer, same family as the stuff you get for a pulled back.",
        MISSTATEMENT,
        WRONG_CLASS,
        "warning",
    ),
    ("naproxen", "Naproxen is a kind of muscle relaxant, so it loosens a stiff neck.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("ibuprofen", "Ibuprofen is basically a mild steroid for aches.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("naproxen", "Aleve is in the same family as codeine and tramadol.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("meloxicam", "Think of Mobic as a gentle muscle relaxer for sore joints.", MISSTATEMENT, WRONG_CLASS, "warning"),
    # -- continuing through pregnancy told as harmless --
    (
        "methotrexate",
        _MTX + "Lots of women with arthritis carry on with their weekly dose right through pregnancy without any trouble.",
        MISSTATEMENT,
        PREGNANCY_MTX,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "I kept taking methotrexate all the way through my pregnancy and my baby was fine.",
        MISSTATEMENT,
        PREGNANCY_MTX,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "She stayed on her methotrexate while expecting, with no problems at all.",
        MISSTATEMENT,
        PREGNANCY_MTX,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "Plenty of mums on our forum took it throughout both pregnancies and had perfectly healthy babies.",
        MISSTATEMENT,
        PREGNANCY_MTX,
        "error",
    ),
    (
        "methotrexate",
        _MTX + "My sister continued her weekly tablets through her pregnancy with no issues whatsoever.",
        MISSTATEMENT,
        PREGNANCY_MTX,
        "error",
    ),
    # -- the boxed warning missing when pregnancy is named only inside the misstatement --
    (
        "methotrexate",
        _MTX + "Lots of women carry on with their weekly dose right through pregnancy without any trouble.",
        WARNING,
        EMBRYO,
        "error",
    ),
    # -- the potassium interaction: the side effect or a recommendation is not the warning --
    (
        "losartan",
        "Losartan lowers blood pressure. Call your doctor about muscle weakness or an irregular heartbeat: these can be "
        "signs of too much potassium in the blood.",
        INTERACTION,
        POTASSIUM,
        "error",
    ),
    (
        "losartan",
        "Losartan lowers blood pressure. Swap table salt for a low-sodium salt substitute like LoSalt. Call your doctor "
        "if you get muscle weakness, a sign of high potassium levels.",
        INTERACTION,
        POTASSIUM,
        "error",
    ),
    (
        "lisinopril",
        "Lisinopril lowers blood pressure. It can raise your potassium, so your doctor will check your potassium levels.",
        INTERACTION,
        POTASSIUM,
        "error",
    ),
    # -- the benefit said to outlast the drug --
    (
        "minoxidil",
        "Best bit? Once your hair's grown back, it's yours. Give it a solid year, then you can quit and keep every strand.",
        MISSTATEMENT,
        CURE,
        "warning",
    ),
    ("minoxidil", "Use the minoxidil foam for a year, then stop and you keep all the new hair.", MISSTATEMENT, CURE, "warning"),
    ("minoxidil", "The good news: the new hair stays even after you stop using Rogaine.", MISSTATEMENT, CURE, "warning"),
    ("minoxidil", "You won't lose the regrowth when you come off minoxidil.", MISSTATEMENT, CURE, "warning"),
    ("minoxidil", "After a year on Rogaine you can ditch the foam and hang on to your results.", MISSTATEMENT, CURE, "warning"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # -- monitoring: near misses --
    ("lithium", "You'll need regular blood tests for as long as you take lithium.", MISSTATEMENT, NO_TESTS),
    (
        "lithium",
        "Some people think the level looks after itself once the dose is settled. It doesn't.",
        MISSTATEMENT,
        NO_TESTS,
    ),
    ("lithium", "Don't assume your lithium level sorts itself out: keep every blood test.", MISSTATEMENT, NO_TESTS),
    ("lithium", "Once you are stable there are no more weekly blood tests, just one every few months.", MISSTATEMENT, NO_TESTS),
    ("lithium", "She has not stopped having her blood tests, and she never will while on lithium.", MISSTATEMENT, NO_TESTS),
    # -- the wrong class: near misses --
    ("meloxicam", "Meloxicam is an anti-inflammatory painkiller (an NSAID), not a muscle relaxer.", MISSTATEMENT, WRONG_CLASS),
    ("naproxen", "Naproxen is an NSAID. Cyclobenzaprine, by contrast, is a muscle relaxant.", MISSTATEMENT, WRONG_CLASS),
    (
        "ibuprofen",
        "People often think ibuprofen is a steroid. It isn't: it is a nonsteroidal anti-inflammatory.",
        MISSTATEMENT,
        WRONG_CLASS,
    ),
    # -- pregnancy: near misses --
    ("methotrexate", _MTX + "Methotrexate can harm an unborn baby, so stop it before trying for a baby.", MISSTATEMENT, PREGNANCY_MTX),
    (
        "methotrexate",
        _MTX + "Some people think you can carry on with methotrexate right through pregnancy without any trouble. That is not true.",
        MISSTATEMENT,
        PREGNANCY_MTX,
    ),
    (
        "methotrexate",
        _MTX + "I took it until I found out I was pregnant, then stopped, and my baby was fine.",
        MISSTATEMENT,
        PREGNANCY_MTX,
    ),
    (
        "methotrexate",
        _MTX + "I stopped methotrexate months before, then kept taking my prenatal vitamins throughout my pregnancy with no problems.",
        MISSTATEMENT,
        PREGNANCY_MTX,
    ),
    # -- the boxed warning given in lay words --
    ("methotrexate", _MTX + "It can harm an unborn baby.", WARNING, EMBRYO),
    ("methotrexate", _MTX + "Use reliable contraception while you take it.", WARNING, EMBRYO),
    ("methotrexate", _MTX + "Men on it should also avoid fathering a child until three months after the last dose.", WARNING, EMBRYO),
    # -- potassium warned of --
    (
        "losartan",
        "Losartan lowers blood pressure. Don't use salt substitutes such as LoSalt or NoSalt while on losartan: they are "
        "mostly potassium chloride.",
        INTERACTION,
        POTASSIUM,
    ),
    ("losartan", "Losartan lowers blood pressure. Ask your doctor before taking potassium tablets with losartan.", INTERACTION, POTASSIUM),
    (
        "lisinopril",
        "Lisinopril lowers blood pressure. Avoid potassium supplements unless your doctor prescribes them.",
        INTERACTION,
        POTASSIUM,
    ),
    # -- the cure: near misses --
    ("minoxidil", "Minoxidil only works while you use it: stop, and the new hair falls out within months.", MISSTATEMENT, CURE),
    (
        "minoxidil",
        "Some people think you can quit minoxidil after a year and keep every strand. You can't.",
        MISSTATEMENT,
        CURE,
    ),
    ("minoxidil", "Once your hair has grown back, it's yours only as long as you keep using minoxidil.", MISSTATEMENT, CURE),
    ("minoxidil", "You can't stop Rogaine and keep the results: the regrowth is lost within a few months.", MISSTATEMENT, CURE),
]
