"""Misstatements and required safety warnings by wording class, from the holdout7/holdout8
misses: permission to carry on in pregnancy ("one you can carry on with if you fall pregnant",
"no need to stop it if you get pregnant"); doses missed for days said to be harmless ("if she
misses a day or two it's no big deal"); a drug's class denied ("isn't a real opioid", "more of
a mild painkiller than an opioid"); a claim of others refuted by the next sentence ("That is not
what the label says"); a reader's own heart condition ("especially if you have heart problems")
is not the warning of the heart effects to stop for; and a reassurance that mentions pregnancy
does not give the pregnancy warning. Each case is a draft in other words than the eval sets',
and asserts what an editor sees: the finding (rule, item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # safe in pregnancy as permission to continue
    (
        "doxycycline",
        "It's one of the few acne tablets you can carry on with if you fall pregnant.",
        MISSTATEMENT,
        "safe-for-young-children-pregnancy",
        "error",
    ),
    ("losartan", "There's no need to stop losartan if you get pregnant.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("lisinopril", "You don't have to come off lisinopril when you're expecting.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("warfarin", "Keep taking your warfarin if you find out you're pregnant.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("doxycycline", "You can continue to take it while trying for a baby.", MISSTATEMENT, "safe-for-young-children-pregnancy", "error"),
    ("losartan", "Falling pregnant doesn't mean you have to stop Cozaar.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("methotrexate", "Pregnancy is no reason to stop methotrexate.", MISSTATEMENT, "not-safe-in-pregnancy", "error"),
    ("lisinopril", "She can stay on the tablets when she gets pregnant, the doctor say.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("warfarin", "Should you fall pregnant, there's no need to stop the warfarin.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    ("losartan", "If you become pregnant, you can keep taking it.", MISSTATEMENT, "safe-in-pregnancy", "error"),
    # doses missed for days said to be harmless, for a drug that must not be stopped suddenly
    ("clonidine", "Honestly, if he misses a day or two it's no big deal.", MISSTATEMENT, "safe-to-stop", "error"),
    ("metoprolol", "Skipping a few doses won't hurt.", MISSTATEMENT, "safe-to-stop", "error"),
    ("clonidine", "It's not the end of the world if you forget your tablets for a couple of days.", MISSTATEMENT, "safe-to-stop", "error"),
    ("apixaban", "No harm in missing the odd day of Eliquis.", MISSTATEMENT, "safe-to-stop", "error"),
    ("propranolol", "Missing a couple of days is fine, your heart will cope.", MISSTATEMENT, "safe-to-stop", "error"),
    ("clonidine", "Don't worry if she forgets the patch for a few days.", MISSTATEMENT, "safe-to-stop", "error"),
    ("baclofen", "If you forget it some days, it is not problem.", MISSTATEMENT, "safe-to-stop", "error"),
    ("sertraline", "Skipping your sertraline for a couple of days doesn't matter.", MISSTATEMENT, "safe-to-stop", "warning"),
    # its class denied
    ("tramadol", "Tramadol isn't a real opioid like morphine.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Tramadol is more of a mild painkiller than an opioid.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Ultram is not really a narcotic.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Technically it's a painkiller, not an opioid.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Tramadol doesn't count as an opioid.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Unlike opioids, tramadol works mainly on serotonin.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "It isn't classed as a proper opiate.", MISSTATEMENT, "not-an-opioid", "error"),
    ("tramadol", "Tramadol is not considered a narcotic by most doctors.", MISSTATEMENT, "not-an-opioid", "error"),
    # a drug in a comparison that is the sentence's subject keeps the statement
    ("buspirone", "Benzodiazepines such as Valium are totally non-addictive.", MISSTATEMENT, "not-addictive", "error"),
    ("baclofen", "Medicines like Xanax aren't habit forming, whatever the papers say.", MISSTATEMENT, "not-addictive", "error"),
    ("buspirone", "Xanax works within the hour. Unlike buspirone, it isn't habit forming.", MISSTATEMENT, "not-addictive", "error"),
    # a reader's own heart condition is not the warning of the heart effects
    ("minoxidil", "Talk to a doctor before starting, especially if you have heart problems.", WARNING, "heart-fluid-effects", "error"),
    ("minoxidil", "Anyone with a heart condition should check with their GP first.", WARNING, "heart-fluid-effects", "error"),
    ("minoxidil", "If you have heart disease, ask your doctor before use.", WARNING, "heart-fluid-effects", "error"),
    # a reassurance that mentions pregnancy does not give the pregnancy warning
    ("doxycycline", "It's one you can carry on with if you fall pregnant.", WARNING, "tooth-development-pregnancy", "error"),
    ("doxycycline", "There's no need to stop it if you get pregnant.", WARNING, "tooth-development-pregnancy", "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # a claim of others refuted by the next sentence
    (
        "finasteride",
        "It's sometimes claimed online that finasteride is fine for women after menopause. That is not what the label says.",
        MISSTATEMENT,
        "not-for-women",
    ),
    ("finasteride", "Some forums say Propecia is safe for women. The label says otherwise.", MISSTATEMENT, "not-for-women"),
    ("finasteride", "You'll read that finasteride is fine for women. Not according to the FDA.", MISSTATEMENT, "not-for-women"),
    ("lorazepam", "One blog insists lorazepam isn't habit forming. Don't believe it.", MISSTATEMENT, "not-addictive"),
    (
        "clonidine",
        "Some sites say you can stop clonidine whenever you like. That isn't what the leaflet says.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    ("losartan", "A friend told me losartan is fine in pregnancy. The evidence says the opposite.", MISSTATEMENT, "safe-in-pregnancy"),
    ("tramadol", "Some websites claim tramadol is not an opioid. That's not what the label says: it is.", MISSTATEMENT, "not-an-opioid"),
    # the correct statement, a prohibition, the label's advice for one dose
    (
        "doxycycline",
        "Stop taking doxycycline if you fall pregnant and tell your doctor.",
        MISSTATEMENT,
        "safe-for-young-children-pregnancy",
    ),
    ("doxycycline", "You should not carry on with it if you fall pregnant.", MISSTATEMENT, "safe-for-young-children-pregnancy"),
    ("losartan", "If you become pregnant, you can not keep taking losartan.", MISSTATEMENT, "safe-in-pregnancy"),
    ("clonidine", "If you miss a dose, take it as soon as you remember; don't worry about the next one.", MISSTATEMENT, "safe-to-stop"),
    ("clonidine", "Missing a day or two can send her blood pressure soaring, so we use an alarm.", MISSTATEMENT, "safe-to-stop"),
    ("metoprolol", "It's not fine to skip a few doses: your heart rate can jump.", MISSTATEMENT, "safe-to-stop"),
    ("tramadol", "Tramadol is not a typical opioid: it also acts on serotonin, but it is still an opioid.", MISSTATEMENT, "not-an-opioid"),
    ("tramadol", "Tramadol is a weaker opioid than morphine.", MISSTATEMENT, "not-an-opioid"),
    ("tramadol", "Unlike other opioids, tramadol also affects serotonin.", MISSTATEMENT, "not-an-opioid"),
    ("tramadol", "Tramadol is an opioid painkiller, not an anti-inflammatory.", MISSTATEMENT, "not-an-opioid"),
    # stopping or switching in pregnancy, something else not stopped, help sought for missed doses
    ("losartan", "It is safe to stop losartan if you become pregnant, and your doctor will switch you.", MISSTATEMENT, "safe-in-pregnancy"),
    ("doxycycline", "It's fine to switch to another antibiotic if you fall pregnant.", MISSTATEMENT, "safe-for-young-children-pregnancy"),
    ("losartan", "There's no need to stop breastfeeding while you're pregnant.", MISSTATEMENT, "safe-in-pregnancy"),
    ("lisinopril", "You don't need to stop exercising if you get pregnant.", MISSTATEMENT, "safe-in-pregnancy"),
    ("clonidine", "If you keep missing doses, it's fine to ask your pharmacist for a pill organiser.", MISSTATEMENT, "safe-to-stop"),
    # a statement about the article's drug, not the one it is compared with
    (
        "baclofen",
        "The nice thing about baclofen compared with something like Xanax or Valium is that it won't leave you needing more and more.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("buspirone", "Unlike Xanax, it won't get you hooked.", MISSTATEMENT, "not-addictive"),
    ("buspirone", "Compared with Valium, it isn't habit-forming at all.", MISSTATEMENT, "not-addictive"),
    ("buspirone", "What I like about buspirone over lorazepam is that you can stop it whenever you want.", MISSTATEMENT, "safe-to-stop"),
    ("cetirizine", "Zyrtec is less sedating than Benadryl, and you can't get hooked on it.", MISSTATEMENT, "not-addictive"),
    (
        "pregabalin",
        "Pregabalin calms nerve signals in a different way from drugs like oxycodone. It won't leave her needing more and more.",
        MISSTATEMENT,
        "not-addictive",
    ),
    # the heart warning given
    ("minoxidil", "Minoxidil can cause heart problems such as fluid around the heart.", WARNING, "heart-fluid-effects"),
    ("minoxidil", "Stop and ask a doctor if you get chest pain, a racing heartbeat or swollen ankles.", WARNING, "heart-fluid-effects"),
    ("doxycycline", "Doxycycline can stain a baby's teeth, so don't take it if you're pregnant.", WARNING, "tooth-development-pregnancy"),
]
