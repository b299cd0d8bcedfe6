"""A wrong class or a class's action told in lay words, dependence denied in an onlooker's anecdote, and a denial refuted by
its own words said back, from eval/holdout316 (kb02 citalopram, kb04 semaglutide, kb08 meloxicam), holdout313 (jy08
furosemide), holdout312 (jx10 methylphenidate) and holdout314 (jz08 tramadol), as a class.

Class (accuracy.misstatement, each a warning: a class in lay words is inferred):
- an SSRI told as one of the "double" (dual, two-way, dual-acting) antidepressants, the SNRIs' lay name (citalopram,
  escitalopram, sertraline, fluoxetine, paroxetine share the class's words);
- a GLP-1 medicine likened to a basal insulin by that insulin's name, the device named after the drug and the likening told as
  "the way to think of X is as ..." ("the Ozempic pen is as a once-a-week Lantus"; semaglutide, tirzepatide);
- an NSAID called by the steroid's lay name, cortisone ("basically a cortisone tablet"; meloxicam, ibuprofen, naproxen);
- a loop or thiazide diuretic called kind to potassium in a word of the writer's ("one of the potassium-friendly diuretics";
  furosemide, hydrochlorothiazide);
- dependence denied by an onlooker's experience: never seen, met or had anyone get hooked, dependent or addicted on it
  (methylphenidate, tramadol; the no-dependence kind's inferred wordings, a warning).

Silent: the same words negated; "a double dose of antidepressants"; cortisone-free, a cortisone injection offered instead;
potassium-friendly foods; "a Lantus replacement", "an alternative to Lantus"; never seen a student so calm on it; seen kids get
hooked on it. And hearsay of a denial answered by the denied words said back ("People say it's not addictive ... It is
addictive.", "You absolutely can get hooked."): refuted, not the article's statement (jz08's false error).
"""

from __future__ import annotations

MIS = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (kb02, kb04, kb08, jy08, jx10)
    (
        "citalopram",
        'Your brain passes messages along using chemicals such as serotonin. Citalopram is one of the newer "double"'
        " antidepressants: alongside serotonin, noradrenaline is held in the gaps between nerve cells for longer too, which is"
        " why it can lift your energy as well as your mood.",
        MIS,
        "warning",
    ),
    (
        "semaglutide",
        "Semaglutide is a GLP-1 medicine: it copies a gut hormone that tells your pancreas to release the right amount of"
        " insulin after meals and tells your brain you are full. Honestly the easiest way to think of the Ozempic pen is as a"
        " once-a-week Lantus, the same blood sugar job the old daily basal shots did, just with fewer needles.",
        MIS,
        "warning",
    ),
    (
        "meloxicam",
        "Ray's view, which half the section seems to share: \"Meloxicam is basically a cortisone tablet, the same stuff as the"
        ' injection in your knee, just swallowed." He swears by it.',
        MIS,
        "warning",
    ),
    (
        "furosemide",
        '**The potassium question.** Our trainer, Bev, put it simply at the last team meeting: "Furosemide is one of the'
        " potassium-friendly diuretics, so the old banana advice doesn't apply.\"",
        MIS,
        "warning",
    ),
    (
        "methylphenidate",
        "In all my years of tutoring I have never seen a student get dependent on Concerta; at the doses doctors use, that"
        " simply doesn't happen.",
        MIS,
        "warning",
    ),
    # new wordings in other voices
    ("citalopram", "Celexa is a dual-acting antidepressant, so expect more get-up-and-go.", MIS, "warning"),
    ("sertraline", "Zoloft is one of the two-way antidepressants, so it helps with energy too.", MIS, "warning"),
    ("escitalopram", "Lexapro is one of the so-called 'double' antidepressants that work on two brain chemicals.", MIS, "warning"),
    ("semaglutide", "Think of your Wegovy jab as a weekly Tresiba and you won't go far wrong.", MIS, "warning"),
    ("semaglutide", "Think of Ozempic as a weekly insulin.", MIS, "warning"),
    ("tirzepatide", "The simplest way to picture the Mounjaro pen is as a weekly Lantus.", MIS, "warning"),
    ("meloxicam", "Mobic is a kind of cortisone pill for your joints.", MIS, "warning"),
    ("ibuprofen", "Advil is basically a cortisone tablet you can buy at the petrol station.", MIS, "warning"),
    ("naproxen", "Aleve is really just a milder cortisone pill, so it calms the swelling.", MIS, "warning"),
    ("furosemide", "Lasix is a potassium-safe water pill, so you can skip the bananas.", MIS, "warning"),
    ("hydrochlorothiazide", "HCTZ is one of the potassium-friendly water pills, so no need for bananas.", MIS, "warning"),
    ("methylphenidate", "Not once in twenty years have I seen a kid get hooked on Ritalin.", MIS, "warning"),
    ("methylphenidate", "We've never had anyone become dependent on it at this clinic.", MIS, "warning"),
    ("tramadol", "I've yet to meet a patient who got addicted to tramadol.", MIS, "warning"),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the false error (jz08): hearsay of a denial, then the denied words said back
    (
        "tramadol",
        "Tramadol is an opioid, full stop. People say it's not addictive because it's a \"weak\" one. It is addictive. It"
        " doesn't carry a lower risk of addiction just because the dose looks small, and the label carries a boxed warning about"
        " addiction, misuse and overdose.",
        MIS,
    ),
    ("tramadol", "People say you can't get hooked on it. You absolutely can get hooked.", MIS),
    ("lorazepam", "My sister says lorazepam isn't habit-forming. It is habit-forming, sadly.", MIS),
    # negated, another sense, an approved or true statement
    ("citalopram", "Never take a double dose of citalopram or other antidepressants.", MIS),
    ("citalopram", "Citalopram is not one of the 'double' antidepressants: it works on serotonin only.", MIS),
    ("citalopram", "Unlike the double antidepressants such as Effexor, citalopram works on serotonin only.", MIS),
    ("semaglutide", "Think of Ozempic as a Lantus replacement for some people, but ask first.", MIS),
    ("semaglutide", "Think of the Ozempic pen as an alternative to Lantus, not the same thing.", MIS),
    ("semaglutide", "It is easiest to think of Ozempic as a once-a-week medicine.", MIS),
    ("meloxicam", "Meloxicam is a cortisone-free anti-inflammatory.", MIS),
    ("meloxicam", "Meloxicam is not a cortisone tablet: it is an NSAID.", MIS),
    ("meloxicam", "If meloxicam doesn't help, your doctor may offer a cortisone injection.", MIS),
    ("furosemide", "Eat potassium-friendly foods like bananas while on furosemide.", MIS),
    ("furosemide", "Furosemide is not one of the potassium-friendly diuretics, so keep up the bananas.", MIS),
    ("methylphenidate", "I have never seen a student so calm on Concerta.", MIS),
    ("methylphenidate", "I have seen kids get hooked on Ritalin, so we keep the pills locked away.", MIS),
]
