"""Misstatement classes from the holdout62-64 scoring, each told in other words and voices.

A missed warfarin dose made up by taking the missed one with the next ("take yesterday's and today's together this
evening", "have the missed one with tonight's at the same time"), or two taken so a total comes out right ("so that my
weekly total stays the same"). Near miss: the same told as a prohibition.

Isotretinoin taken from someone else's supply, told as a story ("I borrowed my flatmate's leftover capsules", "we used
up my brother's old Accutane", "so I took hers until my refill came through"). Near misses: denied ("I never took my
sister's capsules"), someone taking their own ("my sister took hers at night"), another thing taken ("my sister's advice").

A DOAC said to need warfarin's clotting checks in lay words, with warfarin set after the statement by a comma ("the
finger-prick test to see how thin your blood is, just like with the warfarin", "a finger-prick check every month, the
same as with your old warfarin"): the statement is about the drug named before, else the article's. Near misses:
"unlike warfarin, no finger-prick tests", warfarin's users said to need them and apixaban none.

A taper-warned drug stopped as a trial, to see what happens ("no harm in simply leaving the tablets off and seeing how
you go", "nothing wrong with just stopping the tablets and seeing what happens", "you can simply stop and see how you get
on"). Near misses: a taper under the doctor told after it, "Don't just leave the tablets off and see how you go".

An antibacterial asked for or taken when a cold or flu drags on, and the illness then gone ("I ask for a Z-Pak, and by
day three it's gone", "I get my GP to prescribe a Z-Pak and within two days I'm fine", "we asked the doctor for
amoxicillin, and by the weekend she was better"). Near misses: an infection told between (a cold that turned into an
ear infection), "it was never gone any sooner".

A drug said to be a medicine of the wrong class under another name ("basically Prozac with a different name", "just
Lexapro under another name", "really Zoloft in disguise"), and a statement pressed by a tag ("..., isn't it?",
"..., right?") read as stated unless the next sentence answers no. Near misses: a real question, a tagged statement
answered "No: ...", "no different from Prozac in how well it lifts mood", a denial.

A denial of dependence by a universal subject ("nobody gets hooked on a dose that tiny", "no one ever becomes addicted
to it", "none of my patients end up dependent"). Near misses: "nobody gets addicted on purpose", the claim called a myth.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "warfarin",
        "If you forgot last night's tablet, just have the missed one with tonight's at the same time.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "If I skip a day, I take two the next morning so that my weekly total stays the same.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    ("warfarin", "Take yesterday's and today's tablets together.", MISSTATEMENT, "double-missed-dose", "error"),
    (
        "isotretinoin",
        "When my prescription lapsed I borrowed my flatmate's leftover capsules for a fortnight.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    ("isotretinoin", "We used up my brother's old Accutane before the new script arrived.", MISSTATEMENT, "share-with-others", "error"),
    (
        "isotretinoin",
        '"She said there was no point wasting it, so I took hers until my refill came through."',
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "apixaban",
        "You'll be back at the anticoagulant clinic for a finger-prick check every month, the same as with your old warfarin.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "apixaban",
        "You will still need INR tests every few weeks, just like with warfarin.",
        MISSTATEMENT,
        "inr-monitoring",
        "warning",
    ),
    (
        "metoprolol",
        "Once your blood pressure is steady, there's nothing wrong with just stopping the tablets and seeing what happens.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    ("atenolol", "You can simply stop and see how you get on.", MISSTATEMENT, "safe-to-stop", "error"),
    (
        "azithromycin",
        "If the flu hangs on, I get my GP to prescribe a Z-Pak and within two days I'm fine.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "amoxicillin",
        "When my daughter's cold dragged on we asked the doctor for amoxicillin, and by the weekend she was better.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    ("bupropion", "Honestly, bupropion is just Lexapro under another name.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "It's really Zoloft in disguise, right?", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Wellbutrin is just an SSRI, right?", MISSTATEMENT, "not-an-ssri", "warning"),
    ("clonazepam", "On half a tablet a night, no one ever becomes addicted to it.", MISSTATEMENT, "not-addictive", "error"),
    ("lorazepam", "None of my patients end up dependent on a dose this small.", MISSTATEMENT, "not-addictive", "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("warfarin", "Do not take yesterday's and today's tablets together.", MISSTATEMENT, "double-missed-dose"),
    ("isotretinoin", "I never took my sister's capsules, even when I ran out.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "My sister took hers at night.", MISSTATEMENT, "share-with-others"),
    ("isotretinoin", "I took my sister's advice and saw a dermatologist.", MISSTATEMENT, "share-with-others"),
    ("apixaban", "Unlike warfarin, there are no finger-prick tests to see how thin your blood is.", MISSTATEMENT, "inr-monitoring"),
    ("apixaban", "Warfarin users need the finger-prick test every few weeks; apixaban needs none.", MISSTATEMENT, "inr-monitoring"),
    (
        "atenolol",
        "There's no harm in stopping and seeing how you go, as long as your doctor brings the dose down slowly first.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    ("atenolol", "Don't just leave the tablets off and see how you go.", MISSTATEMENT, "safe-to-stop"),
    (
        "azithromycin",
        "When a cold turned into an ear infection, I asked for a Z-Pak and by day three it was gone.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    (
        "azithromycin",
        "Whenever a cold dragged on I used to ask for a Z-Pak, and it was never gone any sooner.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    ("bupropion", "Is it basically Prozac with a different name?", MISSTATEMENT, "not-an-ssri"),
    (
        "bupropion",
        "It's basically Prozac with a different name, isn't it? No: bupropion works on dopamine and noradrenaline.",
        MISSTATEMENT,
        "not-an-ssri",
    ),
    ("bupropion", "It is no different from Prozac in how well it lifts mood.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "Bupropion isn't Zoloft with a different name: it works on dopamine.", MISSTATEMENT, "not-an-ssri"),
    ("clonazepam", "Nobody gets addicted on purpose; dependence creeps up over weeks.", MISSTATEMENT, "not-addictive"),
    ("clonazepam", "It is a myth that nobody gets hooked on a small dose.", MISSTATEMENT, "not-addictive"),
]
