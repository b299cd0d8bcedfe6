"""Unsupported claims as classes (holdout11/holdout12), in wordings no evaluation set had: a
comparison with a named medicine after the thing it is better at ("shifts a headache better
than paracetamol ever did", "does a better job on cramps than ibuprofen", "better for cramps
than ibuprofen"); speed told by a symptom of the gullet easing fast ("feel the burning ease up
within a few minutes"); and, not reported, a speed claim whose subject is another medicine
named just before it ("an antacid such as Tums works within minutes" in an omeprazole
article). British English, non-native English, curly apostrophes. Each case is the body of
one article about one drug; the assertion is what its writer would see: the finding of that
rule with its severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"


#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- better at something than a named medicine --
    ("aspirin", "Many of our customers find it shifts a tension headache better than paracetamol ever did.", COMPARATIVE, "error"),
    ("aspirin", "It clears my headaches better than ibuprofen.", COMPARATIVE, "error"),
    ("naproxen", "Honestly, it simply does a better job on cramps than ibuprofen.", COMPARATIVE, "error"),
    ("naproxen", "It does a much better job with period pain than Advil.", COMPARATIVE, "error"),
    ("naproxen", "Naproxen is better for cramps than ibuprofen, in my experience.", COMPARATIVE, "error"),
    ("naproxen", "It’s more effective at easing period pain than paracetamol.", COMPARATIVE, "error"),
    ("aspirin", "For me it sorts out a migraine better than paracetamol does.", COMPARATIVE, "error"),
    ("aspirin", "It is more better than paracetamol for the headache, our customers say.", COMPARATIVE, "error"),
    ("naproxen", "She says it's stronger on her back pain than plain ibuprofen.", COMPARATIVE, "error"),
    # -- a symptom of the gullet easing fast --
    ("famotidine", "Most people feel the burning ease up within a few minutes of swallowing the tablet.", RAPID, "error"),
    ("famotidine", "The burn settles within minutes.", RAPID, "error"),
    ("famotidine", "The acid feeling goes in minutes, so take it at the first twinge.", RAPID, "error"),
    ("famotidine", "The discomfort disappears within a few minutes.", RAPID, "error"),
    ("famotidine", "The burning calms down in just minutes after you take it.", RAPID, "error"),
    ("famotidine", "The burning is gone within a few minutes of the tablet, like magic.", RAPID, "error"),
    # -- the article's own drug, after a contrast or as "it" --
    ("omeprazole", "Unlike antacids, it works within minutes.", RAPID, "error"),
    ("omeprazole", "Omeprazole works within minutes, unlike Gaviscon.", RAPID, "error"),
    ("pantoprazole", "Compared with an alginate, pantoprazole works within minutes.", RAPID, "error"),
    ("famotidine", "Forget antacids: famotidine works within minutes.", RAPID, "error"),
    # -- another name for the article's drug, or a drug named alone --
    ("furosemide", "Lasix tablets work instantly.", RAPID, "error"),
    ("sertraline", "Zoloft works within minutes for low mood.", RAPID, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- a speed claim about another medicine named just before it --
    ("omeprazole", "For heartburn right now, an antacid such as Tums works within minutes; omeprazole is for preventing it.", RAPID),
    ("pantoprazole", "For quick relief while you wait, an alginate such as Gaviscon works within minutes.", RAPID),
    ("omeprazole", "Antacids work within minutes, but omeprazole takes a day or more.", RAPID),
    ("lansoprazole", "For quick relief, a liquid like Gaviscon or Maalox works within minutes; lansoprazole is slower.", RAPID),
    ("omeprazole", "Omeprazole takes days to work fully, whereas antacids (Tums, Rolaids) work within minutes.", RAPID),
    ("esomeprazole", "An antacid, which works within minutes, can be used for breakthrough heartburn.", RAPID),
    ("montelukast", "It is not a rescue medicine: your reliever inhaler works within minutes, montelukast does not.", RAPID),
    ("amlodipine", "For an angina attack, your GTN spray works within minutes; amlodipine prevents attacks.", RAPID),
    ("omeprazole", "Rennies normally works within minutes for a quick fix, omeprazole is slower but lasts longer.", RAPID),
    ("famotidine", "Some people find the old remedy, a spoonful of antacid, works within minutes too.", RAPID),
    # -- comparisons that are not claims --
    ("naproxen", "Some people feel better than before once the dose is right.", COMPARATIVE),
    ("aspirin", "It is no better than paracetamol for a headache.", COMPARATIVE),
    ("naproxen", "If ibuprofen suits you better than naproxen does, ask your pharmacist.", COMPARATIVE),
    ("naproxen", "Is it better for cramps than ibuprofen?", COMPARATIVE),
    # -- side-effect wording that is not a speed claim --
    ("famotidine", "The burning usually eases within the first few days.", RAPID),
    ("famotidine", "If the burning doesn't ease within a few days, see your GP.", RAPID),
]
