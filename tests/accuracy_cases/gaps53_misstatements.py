"""Misstatement classes from the holdout53-55 scoring, each told in other words and voices.

A migraine preventer (topiramate, propranolol) taken as an attack comes on, the moment told first: by the aura
alone ("as soon as the zig-zags appear, I swallow an extra Topamax", "once the flashing lights begin"), by a
headache told by its force, plural too ("one of those hammering migraines coming on"), after a lead-in ending in
a colon ("Pro tip: when a banging headache builds, take one extra propranolol"), the dose by its strength ("a
second 40 mg tablet"). Near misses: a triptan taken instead, the preventer taken every day, a denial, the
headaches stopping.

A PPI credited with relief within minutes, told as minutes to wait and the symptom gone: "give the capsule a few
minutes and your heartburn will be gone", "fifteen minutes after swallowing one, the burning had eased", "a few
minutes later my reflux was gone". Near misses: "give it a few days", the burning still there ten minutes later,
a denial, minutes before a meal.

An SSRI given the other class by what it does ("Zoloft raises both serotonin and norepinephrine", "one of the
dual-action antidepressants") or by the drugs it is kin to ("a sister drug to Cymbalta", a pronoun for the drug
before it: "Paroxetine works well, so it's a close cousin of venlafaxine"). Near misses: the SNRI that does it
("unlike venlafaxine, which boosts both"), the belief refuted, "not a close cousin", a pronoun for another drug.

A brand's approval said to cover a use only a sibling brand has: "Ozempic's licence now covers weight management
as well", "its approval has been expanded to include weight loss", "Rybelsus's label also takes in obesity".
Near misses: the sibling brand's approval (Wegovy's), "does not cover", weight loss as a side effect.

A stimulant sold as a means of slimming with who found it between: "the quickest way she knows to shed a few
pounds", "these capsules are the best trick I've come across for getting bikini-ready". Near misses: its
approved use ("the most effective way we have found to treat binge-eating disorder"), "a dangerous way to lose
weight", a denial, diet and exercise as the way.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "topiramate",
        '"As soon as the zig-zags appear in my vision, I swallow an extra Topamax," says Marie.',
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "topiramate",
        "Once the flashing lights begin, she takes another 25 mg tablet and lies down.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "propranolol",
        "Here's my trick: the minute I sense one of those hammering migraines coming on, I take a second 40 mg tablet.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "propranolol",
        "Pro tip: when a banging headache builds, take one extra propranolol.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    ("omeprazole", "Give the capsule a few minutes and your heartburn will be gone.", MISSTATEMENT, "immediate-relief", "warning"),
    ("omeprazole", "Fifteen minutes after swallowing one, the burning had completely eased.", MISSTATEMENT, "immediate-relief", "warning"),
    ("omeprazole", "I took one after dinner, and a few minutes later my reflux was gone.", MISSTATEMENT, "immediate-relief", "warning"),
    ("omeprazole", "Give it a couple of minutes, then the acid will have calmed down.", MISSTATEMENT, "immediate-relief", "warning"),
    ("sertraline", "Zoloft raises both serotonin and norepinephrine in the brain.", MISSTATEMENT, "not-an-snri", "warning"),
    ("escitalopram", "Lexapro is one of the dual-action antidepressants.", MISSTATEMENT, "not-an-snri", "warning"),
    ("fluoxetine", "Prozac is a sister drug to Cymbalta, which is why the side effects overlap.", MISSTATEMENT, "not-an-snri", "warning"),
    ("paroxetine", "Paroxetine works well, so it's a close cousin of venlafaxine.", MISSTATEMENT, "not-an-snri", "warning"),
    (
        "paroxetine",
        "Paxil sits in the class that boosts both serotonin and noradrenaline, my pharmacist friend says.",
        MISSTATEMENT,
        "not-an-snri",
        "warning",
    ),
    (
        "semaglutide",
        "Ozempic's licence now covers weight management as well.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
        "warning",
    ),
    (
        "semaglutide",
        "Ozempic started life as a diabetes jab, but its approval has been expanded to include weight loss.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
        "warning",
    ),
    ("semaglutide", "Rybelsus's label also takes in obesity these days.", MISSTATEMENT, "ozempic-not-approved-for-weight-loss", "warning"),
    (
        "lisdexamfetamine",
        "My aunt swears Vyvanse is the quickest way she knows to shed a few pounds before a wedding.",
        MISSTATEMENT,
        "weight-loss-pill",
        "error",
    ),
    (
        "lisdexamfetamine",
        '"These capsules are the best trick I\'ve come across for getting bikini-ready," her flatmate laughed.',
        MISSTATEMENT,
        "weight-loss-pill",
        "error",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "topiramate",
        "When the zigzags start, take your usual triptan, not an extra topiramate tablet.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "If you get zigzags or flashing lights, see your doctor; topiramate is taken every day to prevent attacks.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "The moment the zigzags start, I take my sumatriptan; the topiramate I take every evening.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    ("propranolol", "My advice: when a pounding headache starts, take paracetamol and rest.", MISSTATEMENT, "taken-for-a-migraine-attack"),
    ("propranolol", "Remember: when the headaches stop, keep taking your tablets every day.", MISSTATEMENT, "taken-for-a-migraine-attack"),
    (
        "propranolol",
        "A tip: when one of those thumping headaches builds, do not take an extra tablet.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    ("omeprazole", "Give it a few days and your heartburn will have eased.", MISSTATEMENT, "immediate-relief"),
    (
        "omeprazole",
        "Ten minutes later the burning was still there, which is normal: omeprazole takes 1 to 4 days.",
        MISSTATEMENT,
        "immediate-relief",
    ),
    ("omeprazole", "Take one capsule 30 minutes before breakfast; give it 30 minutes and then eat.", MISSTATEMENT, "immediate-relief"),
    (
        "paroxetine",
        "Unlike venlafaxine, which boosts both serotonin and noradrenaline, paroxetine acts on serotonin alone.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    ("paroxetine", "Paroxetine does not boost both serotonin and noradrenaline; it is an SSRI.", MISSTATEMENT, "not-an-snri"),
    ("sertraline", "Venlafaxine and duloxetine are dual-action antidepressants; sertraline is an SSRI.", MISSTATEMENT, "not-an-snri"),
    (
        "escitalopram",
        "Some people think escitalopram works on both serotonin and noradrenaline, but it is an SSRI.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    ("paroxetine", "Paroxetine is an SSRI, not a close cousin of venlafaxine.", MISSTATEMENT, "not-an-snri"),
    ("paroxetine", "Venlafaxine is different. It's a close cousin of duloxetine.", MISSTATEMENT, "not-an-snri"),
    (
        "fluoxetine",
        "Duloxetine is a dual-action antidepressant. It works on both serotonin and norepinephrine.",
        MISSTATEMENT,
        "not-an-snri",
    ),
    (
        "semaglutide",
        "Ozempic's approval covers type 2 diabetes, and weight loss is a common side effect.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
    (
        "semaglutide",
        "Wegovy's approval covers weight management; Ozempic's covers type 2 diabetes.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
    (
        "semaglutide",
        "Ozempic's approval does not cover weight loss; that is Wegovy's label.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
    (
        "semaglutide",
        "Ozempic is for diabetes, while Wegovy is the same drug and its approval covers weight management.",
        MISSTATEMENT,
        "ozempic-not-approved-for-weight-loss",
    ),
    (
        "lisdexamfetamine",
        "Elvanse is the most effective way we have found to treat binge-eating disorder in adults.",
        MISSTATEMENT,
        "weight-loss-pill",
    ),
    (
        "lisdexamfetamine",
        "It's a dangerous way to lose weight, and doctors will not prescribe it for that.",
        MISSTATEMENT,
        "weight-loss-pill",
    ),
    (
        "lisdexamfetamine",
        "It is not the easiest way I know to drop a dress size; it is an ADHD medicine.",
        MISSTATEMENT,
        "weight-loss-pill",
    ),
    (
        "lisdexamfetamine",
        "Eating less and walking more is the easiest way I've found to drop a dress size.",
        MISSTATEMENT,
        "weight-loss-pill",
    ),
]
