"""A medicine's class misstated by a likeness, a lay name or a chatty aside, from eval/holdout223 (gm02), holdout225 (go06),
holdout226 (gp07, gp10), holdout227 (gq01, gq05), holdout228 (gr06) and holdout229 (gs03), as a class.

Class: the drug put in a class it is not in, or given an action it does not have, told by likening it to a medicine of that
class ("does the same job in the same way as the omeprazole ...", "the two belong to the same calcium-blocking family"), by the
class's lay name or action ("basically a water pill", "a once-a-week form of insulin", "serotonin and noradrenaline both get a
lift from it", the prostate taken "down a size or two"), or with an aside between the name and the verb ("Furosemide, by the
way, is a thiazide", "Amlodipine, Ray explains, is "basically a water pill.""). Famotidine is an H2 blocker (12.1), carvedilol
a beta blocker with alpha1-blocking activity (11, 12.1), citalopram an SSRI (12.1), furosemide a loop diuretic (CLINICAL
PHARMACOLOGY), amlodipine a calcium channel blocker (12.1), semaglutide a GLP-1 receptor agonist (1, 12.1), and tamsulosin
relaxes smooth muscle without shrinking the prostate (12.1): warnings. Near misses stay silent: denied, a contrast ("but not in
the same way"), how it is taken or stored, the same job without the same way, the right class, another drug's class, hearsay
("some people say"), serotonin alone, the flow or the bladder back to normal, finasteride's shrinking.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
PPI = "not-a-ppi-or-antacid"
WRONG = "wrong-class"
SNRI = "not-an-snri"
DIURETIC = "wrong-diuretic-class"
INSULIN = "not-insulin"
SHRINKS = "shrinks-prostate"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "famotidine",
        "Famotidine is sold as Pepcid AC (10 mg) and Pepcid AC Maximum Strength (20 mg) on the pharmacy shelf, and in bigger"
        " strengths on prescription. It lowers the amount of acid your stomach makes. Famotidine does the same job in the same"
        " way as the omeprazole half the tenor section already takes, just in a smaller tablet.",
        MISSTATEMENT,
        PPI,
        "warning",
    ),
    (
        "carvedilol",
        "It slows your heart a little and relaxes your blood vessels, so your heart doesn't have to work as hard. If you've ever"
        " taken amlodipine, carvedilol will feel familiar: the two belong to the same calcium-blocking family, which is why"
        " doctors sometimes swap one for the other.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "citalopram",
        "**How it works.** Citalopram does double duty in the brain: serotonin and noradrenaline both get a lift from it, which"
        " is why guys say it helps their energy as much as their mood.",
        MISSTATEMENT,
        SNRI,
        "warning",
    ),
    (
        "furosemide",
        "Furosemide, by the way, is a thiazide, the same sort of water tablet half our Tuesday league takes for blood pressure.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "amlodipine",
        "Amlodipine, Ray explains, is \"basically a water pill. It flushes the extra salt out of you, so there's less pushing on"
        ' the pipes." He takes it with his first coffee.',
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "semaglutide",
        "Ozempic is a once-a-week form of insulin, so it comes in a pen just like the other injections you may have seen.",
        MISSTATEMENT,
        INSULIN,
        "warning",
    ),
    (
        "tamsulosin",
        "Stick with it: over a few months the gland itself slowly goes back down to a more sensible size, which is why the"
        " night trips settle.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    (
        "tamsulosin",
        "It relaxes the muscle around the prostate and the neck of the bladder so things flow more easily. Over a few months it"
        " takes the gland down a size or two, which is why the stream keeps getting stronger.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    # new wordings, other voices: a pharmacy blog, a careless affiliate site, a diary, a leaflet, a forum post
    ("famotidine", "Pepcid lowers your acid in exactly the same way as Prilosec, for a lot less.", MISSTATEMENT, PPI, "warning"),
    ("famotidine", "Honestly? It cuts stomach acid the same way Nexium does.", MISSTATEMENT, PPI, "warning"),
    (
        "carvedilol",
        "My husband takes lisinopril and carvedilol; both of them sit in the same ACE inhibitor group.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "amlodipine",
        "My wife takes metoprolol and I take amlodipine; the two belong to the same beta-blocking family.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    ("amlodipine", 'Tuesday. Norvasc, Mum says, is "just a water tablet." Fine by me.', MISSTATEMENT, WRONG, "warning"),
    ("amlodipine", "Norvasc, by the way, is a beta blocker, so go easy on the stairs.", MISSTATEMENT, WRONG, "warning"),
    ("furosemide", "Lasix, incidentally, is a thiazide diuretic.", MISSTATEMENT, DIURETIC, "warning"),
    ("citalopram", "Both serotonin and norepinephrine go up on Celexa.", MISSTATEMENT, SNRI, "warning"),
    ("sertraline", "With Zoloft, your noradrenaline gets a boost from it too, not just serotonin.", MISSTATEMENT, SNRI, "warning"),
    ("semaglutide", "Semaglutide is a newer type of insulin that you only inject once a week.", MISSTATEMENT, INSULIN, "warning"),
    ("semaglutide", "Wegovy? Think of it this way: Ozempic is a slow-release sort of insulin.", MISSTATEMENT, INSULIN, "warning"),
    ("tamsulosin", "Flomax gets the gland back to a more reasonable size.", MISSTATEMENT, SHRINKS, "warning"),
    ("tamsulosin", "Give it a season on Flomax and the prostate drops a size or two.", MISSTATEMENT, SHRINKS, "warning"),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a contrast, denied, how it is taken, the same job only
    ("famotidine", "Famotidine lowers acid but not in the same way as omeprazole.", MISSTATEMENT, PPI),
    ("famotidine", "Famotidine does not work the same way as omeprazole.", MISSTATEMENT, PPI),
    ("famotidine", "Famotidine doesn't do the job in the same way as omeprazole.", MISSTATEMENT, PPI),
    ("famotidine", "Take famotidine the same way as your omeprazole, before breakfast.", MISSTATEMENT, PPI),
    ("famotidine", "Famotidine is stored the same way as omeprazole.", MISSTATEMENT, PPI),
    ("famotidine", "Famotidine does the same job as omeprazole for most people with heartburn.", MISSTATEMENT, PPI),
    # different families, denied, the right class, another two drugs' family
    (
        "carvedilol",
        "Amlodipine and carvedilol both lower blood pressure, but the two belong to different families.",
        MISSTATEMENT,
        WRONG,
    ),
    ("carvedilol", "Carvedilol is not in the calcium-blocking family.", MISSTATEMENT, WRONG),
    ("carvedilol", "Carvedilol and metoprolol: the two belong to the same beta-blocking family.", MISSTATEMENT, WRONG),
    (
        "carvedilol",
        "Carvedilol is a beta blocker. Amlodipine and diltiazem: the two belong to the same calcium-blocking family.",
        MISSTATEMENT,
        WRONG,
    ),
    # hearsay, denied inside the quote, the right class after a chatty aside
    ("amlodipine", "Amlodipine, some people say, is a water pill.", MISSTATEMENT, WRONG),
    ("amlodipine", 'Amlodipine, my pharmacist says, is "not a water pill."', MISSTATEMENT, WRONG),
    ("amlodipine", "Amlodipine, of course, is a calcium channel blocker.", MISSTATEMENT, WRONG),
    ("furosemide", "Furosemide, of course, is a loop diuretic, not a thiazide.", MISSTATEMENT, DIURETIC),
    # serotonin alone, another drug's action, denied
    ("citalopram", "Serotonin gets a lift from citalopram.", MISSTATEMENT, SNRI),
    ("citalopram", "Noradrenaline gets a lift from bupropion, not from citalopram.", MISSTATEMENT, SNRI),
    ("citalopram", "Noradrenaline doesn't get a boost from citalopram.", MISSTATEMENT, SNRI),
    # another form of treatment, denied
    ("semaglutide", "Ozempic is a different form of treatment from insulin.", MISSTATEMENT, INSULIN),
    ("semaglutide", "Ozempic is not a form of insulin.", MISSTATEMENT, INSULIN),
    # finasteride's, denied, the flow back to normal, the true action
    ("tamsulosin", "On finasteride the prostate drops a size or two.", MISSTATEMENT, SHRINKS),
    ("tamsulosin", "It does not take the gland down a size.", MISSTATEMENT, SHRINKS),
    ("tamsulosin", "Your stream goes back to a more normal strength within a week or two.", MISSTATEMENT, SHRINKS),
    ("tamsulosin", "Tamsulosin relaxes the muscle in the prostate so the stream gets stronger.", MISSTATEMENT, SHRINKS),
]
