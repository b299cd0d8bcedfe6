"""Claims from the holdout41/42 scoring, as classes.

A comparison with a named rival told as doing the job more than it does, or outright as the better
medicine: "it protects your heart more than aspirin does", "steadies your mood more than valproate",
"Plavix is the better pill", "it's simply the superior drug" (unsupported-claim.comparative). Near misses:
asked or left to the doctor ("which is the better pill for you"), advice tied to the reader ("the better
pill for people who can't swallow capsules"), a cited trial.

Every other medicine set below a named one, the subject "nothing else" or "no other ...": "nothing else
we stock keeps bipolar highs and lows in check as well as lithium does", "no other mood stabiliser steadies
people the way lithium does", "no other pill we've tried works like Plavix" (unsupported-claim.comparative,
the article's own drug named: the subject is every other medicine, not its own brand). Near misses: "as well
as" meaning "and" ("no other medicine should be taken as well as lithium"), a citation.

A speed claim whose subject is another product of a kind that is not the article's drug, an antacid by
brand though a drug by name: "Tums work faster for a sudden flare", "Rolaids act quicker", "Alka-Seltzer works
fast" in a famotidine article (unsupported-claim.rapid-onset, not reported). The drug's own speed claim is
still reported.

Each case is the body of one article about one drug; the assertion is what its writer would see: the
finding of that rule with its severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- more than a named rival does, or the better medicine outright --
    ("clopidogrel", "Switch if you can: it guards your arteries more than aspirin ever does.", COMPARATIVE, "error"),
    ("lithium", "In our experience it steadies your mood more than valproate does.", COMPARATIVE, "error"),
    ("sertraline", "Between the two, Zoloft is simply the better medicine.", COMPARATIVE, "error"),
    ("atorvastatin", "Forget the rest. Lipitor's clearly the superior statin.", COMPARATIVE, "error"),
    # -- nothing else, no other medicine, as well as the named one --
    ("lithium", "Trust me, no other mood stabiliser steadies people the way lithium does.", COMPARATIVE, "error"),
    ("clopidogrel", "Frankly, no other pill we've tried works like Plavix.", COMPARATIVE, "error"),
    ("famotidine", "In my house nothing on the shelf settles a sour stomach as reliably as famotidine does.", COMPARATIVE, "error"),
    # -- the drug's own speed is still a claim --
    ("famotidine", "Antacids are fine, but Pepcid works fast every single time.", RAPID, "error"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    ("clopidogrel", "Your cardiologist will decide which is the better pill for you.", COMPARATIVE),
    ("clopidogrel", "Plavix is the better pill for people who are allergic to aspirin, so tell your doctor.", COMPARATIVE),
    (
        "clopidogrel",
        "In one large trial it protected the heart slightly more than aspirin did.[^1]\n\n[^1]: CAPRIE, Lancet 1996.",
        COMPARATIVE,
    ),
    ("lithium", "No other medicine should be taken as well as lithium without checking with your pharmacist.", COMPARATIVE),
    ("lithium", "It isn't true that nothing else works as well as lithium does; ask about the alternatives.", COMPARATIVE),
    # -- another product's speed --
    ("famotidine", "It takes about an hour for me. Rolaids act quicker because they neutralize acid on contact.", RAPID),
    ("famotidine", "For a sudden flare, Alka-Seltzer works fast; famotidine is better for preventing heartburn.", RAPID),
]
