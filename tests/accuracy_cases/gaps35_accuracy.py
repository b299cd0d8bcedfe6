"""Classes of wording from the holdout32-34 scoring (misstatements told in lay words, required warnings
credited wrongly or missed).

Abuse or addiction risk denied as the next item of a list of denials, whose first item's negation is
not a denial of it: "there is no high to chase and no real risk of getting hooked on it", "no crash
and no danger of addiction", "no rush, no crash and nothing to get hooked on". Near misses: a negation
over the whole list ("Don't believe sites promising no high and no risk of getting hooked"), the
denial refuted by the next sentence, the risk affirmed after a list of what it lacks.

The statin muscle warning is not given by the liver warning's symptoms ("pain in the upper right belly,
dark urine"), by aches said to be normal, or by "pain in the arms or legs" among common side effects.
Near misses that give it: unexplained muscle pain to report, dark urine with aching muscles.

Tramadol's ultra-rapid-metabolism boxed warning in lay words, its negation a prohibition: "Not for
children under 12", "isn't meant for anyone younger than 12", "not for under-12s", "some children
break it down far too fast". Near misses that deny it: "isn't a problem for children under 12".

Prednisone, a glucocorticoid, put in the family of the anabolic steroids bodybuilders use: "Pred is
basically in the same family as the gear", "the same kind of steroid as bodybuilders use", "a cousin
of Dianabol". Near misses: the difference told, the claim negated, another corticosteroid.

Propranolol's taper warning is not given by a sentence about another medicine the sentence names
("If you're on clonidine, don't stop that one suddenly", "Unlike propranolol, clonidine must never be
stopped abruptly"). Near misses that give it: propranolol likened to clonidine, "either one".

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
NOT_ADDICTIVE = "not-addictive"
MUSCLE = "myopathy-rhabdomyolysis"
CHILDREN = "children-ultra-rapid-metabolism"
ANABOLIC = "anabolic-steroid"
TAPER = "abrupt-cessation"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "lisdexamfetamine",
        "The capsule releases its medicine slowly, so there is no high to chase and no real risk of getting hooked on it.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    ("lisdexamfetamine", "Vyvanse is smooth: no rush, no crash and nothing to get hooked on.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    ("lisdexamfetamine", "Because it's a prodrug there's no buzz and you won't get hooked.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    (
        "methylphenidate",
        "With the long-acting capsule your teen gets no crash and no danger of addiction.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    (
        "oxycodone",
        "Used for a week after surgery, there are no cravings and zero risk of addiction.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    (
        "alprazolam",
        "Taken as prescribed, Xanax gives no buzz and no chance of becoming dependent.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    (
        "atorvastatin",
        "Call your doctor if you notice pain in the upper right belly, dark urine or yellow eyes. "
        "Common side effects are joint pain, diarrhea and pain in the arms or legs.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "atorvastatin",
        "If you feel a bit stiff or achy after the gym, that's normal. Stomach pain and dark urine can mean liver trouble.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "rosuvastatin",
        "Tenderness in the upper right side of your belly, dark urine or yellow skin can mean liver trouble: call your doctor.",
        WARNING,
        MUSCLE,
        "error",
    ),
    (
        "simvastatin",
        "Side effects include headache, constipation and pain in the arms or legs. See a doctor for tummy pain with dark urine.",
        WARNING,
        MUSCLE,
        "error",
    ),
    ("tramadol", "Unlike codeine, tramadol isn't a problem for children under 12.", WARNING, CHILDREN, "error"),
    ("tramadol", "Tramadol eases moderate pain. It is no problem in children under 12.", WARNING, CHILDREN, "error"),
    ("prednisone", "Prednisone is basically in the same family as the gear bodybuilders run.", MISSTATEMENT, ANABOLIC, "warning"),
    (
        "prednisone",
        "Lifters ask about it because it is basically the same kind of steroid as bodybuilders use.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    ("prednisone", "Prednisone is basically an anabolic, so it builds you up.", MISSTATEMENT, ANABOLIC, "warning"),
    ("prednisone", "Deltasone is a cousin of Dianabol.", MISSTATEMENT, ANABOLIC, "warning"),
    ("prednisone", "Pred sits in the same family as testosterone and nandrolone.", MISSTATEMENT, ANABOLIC, "warning"),
    (
        "propranolol",
        "Propranolol slows the heart. If you're on clonidine, don't stop that one suddenly while you're on propranolol.",
        WARNING,
        TAPER,
        "error",
    ),
    (
        "propranolol",
        "Propranolol treats high blood pressure. Clonidine is another blood pressure pill you shouldn't stop suddenly.",
        WARNING,
        TAPER,
        "error",
    ),
    ("propranolol", "Unlike propranolol, clonidine must never be stopped abruptly.", WARNING, TAPER, "error"),
    (
        "propranolol",
        "Propranolol is a beta blocker. Your clonidine patch should never be stopped suddenly, your GP will say.",
        WARNING,
        TAPER,
        "error",
    ),
    (
        "propranolol",
        "Many readers take propranolol with clonidine. Ask before you change anything, and never stop the other medicine abruptly.",
        WARNING,
        TAPER,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "lisdexamfetamine",
        "Don't believe sites promising no high and no risk of getting hooked: it is a Schedule II stimulant.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
    ),
    (
        "lisdexamfetamine",
        "Some say there's no high and no risk of getting hooked. That isn't true: it can be habit-forming.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
    ),
    (
        "lisdexamfetamine",
        "There is no quick rush and no crash, but it can still be misused and become addictive.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
    ),
    (
        "atorvastatin",
        "Call your doctor right away if you have muscle pain, tenderness or weakness you can't explain.",
        WARNING,
        MUSCLE,
    ),
    ("atorvastatin", "Dark urine and aching legs can mean muscle damage; call your doctor.", WARNING, MUSCLE),
    ("simvastatin", "Tell your doctor straight away about sore or weak muscles, especially with a fever.", WARNING, MUSCLE),
    (
        "tramadol",
        "Not for children under 12, and not for teenagers who have just had their tonsils or adenoids taken out.",
        WARNING,
        CHILDREN,
    ),
    ("tramadol", "Tramadol isn't meant for anyone younger than 12.", WARNING, CHILDREN),
    ("tramadol", "It is not for under-12s.", WARNING, CHILDREN),
    ("tramadol", "Some kids' bodies turn it over far too quickly, which can stop their breathing.", WARNING, CHILDREN),
    ("tramadol", "Never give tramadol to a child under twelve.", WARNING, CHILDREN),
    (
        "prednisone",
        "Prednisone is a corticosteroid, not an anabolic steroid like the gear some bodybuilders use.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    ("prednisone", "Unlike the anabolic steroids bodybuilders use, prednisone breaks muscle down.", MISSTATEMENT, ANABOLIC),
    ("prednisone", "People call it a steroid, but it is not in the same family as the gear.", MISSTATEMENT, ANABOLIC),
    ("prednisone", "Prednisone is in the same family as hydrocortisone.", MISSTATEMENT, ANABOLIC),
    (
        "propranolol",
        "Propranolol and clonidine are both blood pressure pills; never stop either one suddenly.",
        WARNING,
        TAPER,
    ),
    (
        "propranolol",
        "Your doctor may switch you from atenolol. Once you're on propranolol, don't stop it suddenly.",
        WARNING,
        TAPER,
    ),
    ("propranolol", "Like clonidine, propranolol must not be stopped suddenly.", WARNING, TAPER),
]
