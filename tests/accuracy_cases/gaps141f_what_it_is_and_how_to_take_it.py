"""What a medicine is and how to take it misstated in lay words, a quote the writer lets stand or a confident aside, from
eval/holdout247 (hk03, hk05), holdout248 (hl03, hl06), holdout249 (hm04, hm08), holdout250 (hn01), holdout252 (hp02) and
holdout253 (hq01, hq05, hq07), as a class.

Class: the drug given a class, an action or a way of taking it that the label contradicts, told in everyday words:
lisinopril "a pee pill", furosemide "the potassium-saving type of water tablet", hydrochlorothiazide chosen because "my
potassium won't budge on this one", the albuterol reliever "basically a fast-acting steroid", famotidine that "soaks up the
acid that is already sitting in your stomach", addiction "what happens to people who misuse it" and not to those who take
it as written, duloxetine with "no need to come down in steps", simvastatin's grapefruit warning filed "under
overcautious", zolpidem's "Men and women both start on the 10 mg tablet", a missed warfarin tablet made up by adding "an
extra tablet ... the following evening", "Omeprazole + Plavix = zero drama". Near misses stay silent: denied, asked or
corrected, another medicine's class, the true statement (a loop diuretic that is not potassium-saving, an H2 blocker
that makes less acid, a taper told as advice, 5 mg for women, never an extra tablet), the risk told as real even when
taken as prescribed, a potassium only reported so far ("hasn't budged so far"), a check that it does not drop.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WRONG = "wrong-class"
DIURETIC = "wrong-diuretic-class"
STEROID = "not-a-steroid"
ANTACID = "not-a-ppi-or-antacid"
ADDICTIVE = "not-addictive"
STOP = "safe-to-stop"
GRAPEFRUIT = "grapefruit-safe"
SEXES = "same-dose-men-women"
DOUBLE = "double-missed-dose"
PPI = "ppi-fine"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "lisinopril",
        'Ray has his own way of describing the tablet. "As far as I\'m concerned it\'s a pee pill," he laughs. "It gets the'
        " extra water out of you, so your heart isn't pushing so hard.\" It is a picture his doctor was happy to leave alone.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "furosemide",
        "Furosemide is the potassium-saving type of water tablet, so you will not usually need potassium supplements or extra"
        " blood tests while you take it.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "She learned to take her tablet in the morning. \"My potassium won't budge on this one. That's why they picked it for"
        ' me," she says.',
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "albuterol",
        "Albuterol relaxes the tight muscles around the airways. The blue reliever is basically a fast-acting steroid, so"
        " don't treat it like candy.",
        MISSTATEMENT,
        STEROID,
        "warning",
    ),
    (
        "famotidine",
        "Famotidine works like the chalky indigestion tablets you chew: it soaks up the acid that is already sitting in your stomach.",
        MISSTATEMENT,
        ANTACID,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "Adderall is a Schedule II controlled substance, and the label has a boxed warning about misuse, abuse and addiction."
        " Here's how I explain it to clients, though: addiction is what happens to people who misuse it, and when you take it"
        " exactly as it's written for you, that simply isn't a road you end up going down.",
        MISSTATEMENT,
        ADDICTIVE,
        "error",
    ),
    (
        "duloxetine",
        "**Can I stop once my pain is under control?** Yes. When your pain has been steady for a few months, you can simply"
        " leave the capsule out from the next morning. There's no need to come down in steps.",
        MISSTATEMENT,
        STOP,
        "warning",
    ),
    (
        "simvastatin",
        "The label says skip grapefruit juice. Real talk tho, I still have half a pink grapefruit with breakfast most mornings"
        " on my 20 mg, three lipid panels later I feel great, so personally I file that one under overcautious.",
        MISSTATEMENT,
        GRAPEFRUIT,
        "error",
    ),
    (
        "zolpidem",
        "Men and women both start on the 10 mg tablet; the lower 5 mg strength is mainly for people over 65 or with liver trouble.",
        MISSTATEMENT,
        SEXES,
        "warning",
    ),
    (
        "warfarin",
        "**Missed doses.** Ask Geoff and he'll tell you his system: \"If I forget one, I add an extra tablet at supper the"
        ' following evening and the week comes out even." Good to have a plan before the long passages.',
        MISSTATEMENT,
        DOUBLE,
        "error",
    ),
    (
        "clopidogrel",
        "**Slide 7/10: Heartburn.** Omeprazole + Plavix = zero drama in my house. I've taken my omeprazole every morning"
        " since the hospital.",
        MISSTATEMENT,
        PPI,
        "warning",
    ),
    # new wordings in other voices
    ("lisinopril", "Lisinopril is basically a wee pill for your blood pressure, my nan says.", MISSTATEMENT, WRONG, "warning"),
    (
        "furosemide",
        "Ward diary, day three: on Lasix, my potassium never drops, which is why the team chose it for me.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "HCTZ is one of the potassium-keeping water tablets, according to my neighbour.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "albuterol",
        "Coach's note: your reliever is really a quick steroid, so log every puff.",
        MISSTATEMENT,
        STEROID,
        "warning",
    ),
    (
        "albuterol",
        "My rescue puffer's just a short-acting steroid, so I keep it away from the kids.",
        MISSTATEMENT,
        STEROID,
        "warning",
    ),
    (
        "famotidine",
        "Famotidine is the stuff in Pepcid. Think of it as a fancier Tums: it mops up the acid that's already sloshing around in there.",
        MISSTATEMENT,
        ANTACID,
        "warning",
    ),
    (
        "famotidine",
        "Pepcid just mops up the acid in your stomach, so take it when the burn starts.",
        MISSTATEMENT,
        ANTACID,
        "warning",
    ),
    (
        "famotidine",
        "Don't worry, it neutralises the acid already in there within minutes.",
        MISSTATEMENT,
        ANTACID,
        "warning",
    ),
    (
        "methylphenidate",
        "Honestly, dependence is something that happens to people who abuse it; taken as directed, it won't happen to you.",
        MISSTATEMENT,
        ADDICTIVE,
        "error",
    ),
    (
        "duloxetine",
        "Quick answer from our pharmacist: you don't need to step down in stages, just stop.",
        MISSTATEMENT,
        STOP,
        "warning",
    ),
    (
        "simvastatin",
        "My father kept his grapefruit every morning for years, and the warning on the bottle was overkill, he always said.",
        MISSTATEMENT,
        GRAPEFRUIT,
        "error",
    ),
    (
        "simvastatin",
        "Grapefruit with Zocor is off limits, says the leaflet, but I chalk that up to lawyers.",
        MISSTATEMENT,
        GRAPEFRUIT,
        "error",
    ),
    ("zolpidem", "Honestly both sexes begin at 10 mg, whatever the leaflet says.", MISSTATEMENT, SEXES, "warning"),
    (
        "zolpidem",
        "My sister asked the pharmacist and she said women also start on 10 mg, same as their husbands.",
        MISSTATEMENT,
        SEXES,
        "warning",
    ),
    (
        "warfarin",
        "When Dad forgets a tablet he tacks on an extra one the next day and says the numbers sort themselves out.",
        MISSTATEMENT,
        DOUBLE,
        "error",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # denied, corrected or asked
    ("lisinopril", "Lisinopril isn't a pee pill: the pee pill is the HCTZ he takes with it.", MISSTATEMENT, WRONG),
    (
        "furosemide",
        "Furosemide is not the potassium-saving type of water tablet, so you may need potassium supplements.",
        MISSTATEMENT,
        DIURETIC,
    ),
    ("albuterol", "The blue reliever is not a steroid; it opens the airways within minutes.", MISSTATEMENT, STEROID),
    ("albuterol", "Is the blue reliever a steroid? No.", MISSTATEMENT, STEROID),
    ("famotidine", "Famotidine does not neutralise acid; it tells the stomach to make less.", MISSTATEMENT, ANTACID),
    ("zolpidem", "Do women start on 10 mg? No: women start on 5 mg.", MISSTATEMENT, SEXES),
    (
        "warfarin",
        "If you forget one, never add an extra tablet the next day: take the usual dose and tell the clinic.",
        MISSTATEMENT,
        DOUBLE,
    ),
    (
        "simvastatin",
        "I used to have grapefruit daily, and I wouldn't file that one under overcautious: the label says avoid it.",
        MISSTATEMENT,
        GRAPEFRUIT,
    ),
    (
        "simvastatin",
        "Skip the grapefruit juice on simvastatin. The warning is not overkill: it raises the risk of muscle damage.",
        MISSTATEMENT,
        GRAPEFRUIT,
    ),
    (
        "clopidogrel",
        "Omeprazole + Plavix = drama, so ask to switch to another heartburn tablet.",
        MISSTATEMENT,
        PPI,
    ),
    # another medicine's class, or the true statement
    (
        "lisinopril",
        "Lisinopril is an ACE inhibitor; the water pill in his combination tablet is the hydrochlorothiazide.",
        MISSTATEMENT,
        WRONG,
    ),
    (
        "albuterol",
        "The blue reliever is basically a fast-acting airway opener; the brown preventer is the steroid.",
        MISSTATEMENT,
        STEROID,
    ),
    (
        "famotidine",
        "Unlike antacids, which soak up acid already in the stomach, famotidine lowers how much acid your stomach makes.",
        MISSTATEMENT,
        ANTACID,
    ),
    ("famotidine", "Famotidine works more slowly than Tums but lasts much longer.", MISSTATEMENT, ANTACID),
    (
        "hydrochlorothiazide",
        "My potassium won't budge on spironolactone, so the doctor added HCTZ, which can lower it.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "zolpidem",
        "Men usually start on 10 mg; women start on 5 mg because they clear it more slowly.",
        MISSTATEMENT,
        SEXES,
    ),
    (
        "zolpidem",
        "Men and women both start on 5 mg of the regular tablet, and men may go to 10 mg.",
        MISSTATEMENT,
        SEXES,
    ),
    (
        "duloxetine",
        "Do not stop suddenly: your doctor will help you come down in steps over a few weeks.",
        MISSTATEMENT,
        STOP,
    ),
    ("warfarin", "If I forget one, I add it to my diary and ring the clinic the next day.", MISSTATEMENT, DOUBLE),
    # a check that it does not drop, a report so far, the risk told as real
    (
        "furosemide",
        "Make sure your potassium doesn't drop on furosemide: you will have blood tests.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "hydrochlorothiazide",
        "We check whether your potassium doesn't drop on HCTZ every few months.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "hydrochlorothiazide",
        "My potassium hasn't budged on it so far, but we keep checking.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "amphetamine-mixed-salts",
        "Addiction is what can happen to people who misuse it, so keep it locked up.",
        MISSTATEMENT,
        ADDICTIVE,
    ),
    (
        "amphetamine-mixed-salts",
        "Addiction is what happens to people who misuse it, but even taken as prescribed it is not risk-free.",
        MISSTATEMENT,
        ADDICTIVE,
    ),
    (
        "amphetamine-mixed-salts",
        "Addiction is what happens to people who misuse it, and it can happen even when you take it as prescribed, so watch for the signs.",
        MISSTATEMENT,
        ADDICTIVE,
    ),
]
