"""Safety warnings from the holdout53-55 scoring, as classes.

Priapism told in lay words, its lasting or its pain a predicate of the erection a few words on in the
clause: "an erection that is painful or won't go down" (holdout54 a11), "an erection which is sore and
doesn't subside", "erections that keep going for hours", "an erection that persists". Reported still: an
erection named only as a problem that does not go away ("erection problems that don't go away"), which is
erectile dysfunction, not priapism.

Lowered resistance to infection (prednisone) read strictly: the immune system the drug calms ("It calms
inflammation and an overactive immune system", holdout55 aa04) and a disease named by a vaccine or by
"fever" ("Live vaccines, such as yellow fever", "hay fever", "live vaccines like measles") do not give the
warning (reported). Near misses that give it in lay words: "weakens your immune system", "your defences are
lowered", "harder to fight off germs", "stay away from anyone with chickenpox", "call us if you get a fever".

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

WARNING = "safety-warnings.missing"
PRIAPISM = "priapism"
INFECTIONS = "infections"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "trazodone",
        "Trazodone helps with depression. Tell your doctor about erection problems that don't go away.",
        WARNING,
        PRIAPISM,
        "error",
    ),
    ("prednisone", "Prednisone calms inflammation and an overactive immune system. Take it with breakfast.", WARNING, INFECTIONS, "error"),
    (
        "prednisone",
        "Prednisone eases hay fever and asthma. Live vaccines, such as yellow fever, may not be safe.",
        WARNING,
        INFECTIONS,
        "error",
    ),
    ("prednisone", "Prednisone treats lupus. Ask before live vaccines like measles or chickenpox.", WARNING, INFECTIONS, "error"),
    ("prednisone", "Prednisone treats rheumatic fever flares. Have your chickenpox jab before you start.", WARNING, INFECTIONS, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "trazodone",
        "Trazodone helps with depression. Rarely it causes an erection which is sore and doesn't subside: get help.",
        WARNING,
        PRIAPISM,
    ),
    ("trazodone", "Trazodone helps with depression. Men should get help for erections that keep going for hours.", WARNING, PRIAPISM),
    ("trazodone", "Trazodone helps with depression. An erection that persists needs emergency care.", WARNING, PRIAPISM),
    ("trazodone", "Trazodone helps with depression. It can cause an erection that just won't ease off; go to the ER.", WARNING, PRIAPISM),
    ("prednisone", "Prednisone weakens your immune system, so wash your hands often.", WARNING, INFECTIONS),
    ("prednisone", "While you take prednisone your defences are lowered and you can catch bugs more easily.", WARNING, INFECTIONS),
    ("prednisone", "Prednisone makes it harder for your body to fight off germs.", WARNING, INFECTIONS),
    ("prednisone", "On prednisone, stay away from anyone with chickenpox and tell us if you are exposed.", WARNING, INFECTIONS),
    ("prednisone", "Prednisone treats lupus. Call the unit if you get a fever or feel shivery.", WARNING, INFECTIONS),
]
