"""Misstatements and safety warnings by wording class, from the holdout15/holdout16 misses and false
errors: ivermectin for COVID told as readers' testimony ("a short course helped them kick COVID");
more use of a reliever called normal, also in a next sentence that comments on it ("That's just spring
doing its thing"), which then does not give the worsening-asthma warning, nor does a generic "get
emergency help" after another side effect; lamotrigine raised to end a manic episode under way; OxyContin crushed,
chewed or dissolved; a missed warfarin dose made up by doubling or an extra tablet next time;
finasteride offered for women's hair loss; "It is not safe to stop carvedilol suddenly" read as the
warning (a permission denied forbids); the furosemide boxed warning in lay words ("Too much can drain
the body of water and salts"), also after "is not a potassium-sparing diuretic". Each case is a draft
in other words than the held-out sets', and asserts what an editor sees: the finding (item, severity)
or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

COVID = "covid-treatment"
MORE_USE = "more-use-is-normal"
ACUTE = "acute-bipolar-episodes"
CRUSH = "crush-er-tablets"
DOUBLE = "double-missed-dose"
WOMEN = "not-for-women"
WORSENING = "worsening-asthma"
STOP = "cessation-of-therapy"
DIURESIS = "profound-diuresis"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "ivermectin",
        "Ivermectin became famous during the pandemic, and plenty of our subscribers tell us a short course "
        "helped them shake off COVID when nothing else worked. Ask your GP!",
        MISSTATEMENT,
        COVID,
        "error",
    ),
    ("ivermectin", "My neighbour swears a course of ivermectin knocked out her COVID in two days.", MISSTATEMENT, COVID, "error"),
    ("ivermectin", "Ivermectin is cheap. Readers say it helped them get over Covid fast.", MISSTATEMENT, COVID, "error"),
    ("ivermectin", "Ivermectin is cheap. Many of you wrote in to say a short course cleared your COVID.", MISSTATEMENT, COVID, "error"),
    ("ivermectin", "A course of ivermectin helped my dad recover from coronavirus when nothing else worked.", MISSTATEMENT, COVID, "error"),
    (
        "albuterol",
        "In hay fever season lots of people find they reach for the blue inhaler a few extra times a day. "
        "That's just the pollen, so keep it close and don't let it worry you.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
    ("albuterol", "Using your Ventolin a lot more in winter is nothing to worry about.", MISSTATEMENT, MORE_USE, "warning"),
    ("albuterol", "Needing extra puffs of albuterol during hay fever season is perfectly normal.", MISSTATEMENT, MORE_USE, "warning"),
    ("albuterol", "You might end up using salbutamol more often in cold weather, no need to worry.", MISSTATEMENT, MORE_USE, "warning"),
    (
        "albuterol",
        "Plenty of people use the reliever several times a day in summer. This is to be expected.",
        MISSTATEMENT,
        MORE_USE,
        "warning",
    ),
    (
        "albuterol",
        "Albuterol opens the airways. Rarely it can make breathing worse right after a puff; "
        "if that happens, stop using it and get emergency help.",
        WARNING,
        WORSENING,
        "error",
    ),
    ("albuterol", "If you need your inhaler more often in spring, that's completely normal.", WARNING, WORSENING, "error"),
    (
        "albuterol",
        "Lots of people find they're needing the reliever more often in pollen season. That's just spring doing its thing.",
        WARNING,
        WORSENING,
        "error",
    ),
    (
        "lamotrigine",
        "Lamotrigine keeps my episodes from coming back. When I'm tipping into a manic phase, "
        "my psychiatrist bumps it up to bring me back down fast.",
        MISSTATEMENT,
        ACUTE,
        "warning",
    ),
    (
        "lamotrigine",
        "If you're in the middle of a manic episode, your doctor can raise the lamotrigine dose to calm it quickly.",
        MISSTATEMENT,
        ACUTE,
        "warning",
    ),
    ("lamotrigine", "Lamotrigine is great for stopping a manic episode in its tracks.", MISSTATEMENT, ACUTE, "warning"),
    (
        "lamotrigine",
        "During an acute bout of mania, a higher dose of lamotrigine brings you down within days.",
        MISSTATEMENT,
        ACUTE,
        "warning",
    ),
    (
        "lamotrigine",
        "When I go hypomanic my consultant ups my lamotrigine and it settles me down in a few days.",
        MISSTATEMENT,
        ACUTE,
        "warning",
    ),
    (
        "oxycodone",
        "For residents on OxyContin who find swallowing hard, the tablets can be crushed and stirred into jam.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    ("oxycodone", "If swallowing is hard, crush the OxyContin tablet and put it down the PEG tube.", MISSTATEMENT, CRUSH, "error"),
    ("oxycodone", "It's fine to chew the extended-release tablets if they're too big to swallow.", MISSTATEMENT, CRUSH, "error"),
    ("oxycodone", "OxyContin tablets may be dissolved in water and given through a feeding tube.", MISSTATEMENT, CRUSH, "error"),
    ("oxycodone", "For patients with a feeding tube, dissolve the OxyContin in a little water first.", MISSTATEMENT, CRUSH, "error"),
    (
        "warfarin",
        "If you forget a dose, no stress. Just double up the next morning so your levels stay steady.",
        MISSTATEMENT,
        DOUBLE,
        "error",
    ),
    ("warfarin", "Missed one? Take an extra tablet tomorrow to catch up.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If you miss a day, take two tablets the next evening.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "Forgot your warfarin? Make up for it by taking a double amount the next day.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If you forget, take yesterday's dose with tonight's.", MISSTATEMENT, DOUBLE, "error"),
    ("warfarin", "If you forget a dose, just double it the next day.", MISSTATEMENT, DOUBLE, "error"),
    ("finasteride", "Great news, ladies: finasteride works on female thinning as well.", MISSTATEMENT, WOMEN, "error"),
    ("finasteride", "Finasteride also helps with women's hair loss.", MISSTATEMENT, WOMEN, "error"),
    ("finasteride", "Propecia is effective for female pattern baldness as well.", MISSTATEMENT, WOMEN, "error"),
    ("finasteride", "It treats female-pattern hair loss too.", MISSTATEMENT, WOMEN, "error"),
    ("finasteride", "Finasteride can help thinning hair in women.", MISSTATEMENT, WOMEN, "error"),
    ("carvedilol", "You can stop carvedilol suddenly whenever you like.", WARNING, STOP, "error"),
    ("carvedilol", "It is safe to stop carvedilol suddenly.", WARNING, STOP, "error"),
    ("furosemide", "Furosemide is a water tablet that works well for swollen ankles.", WARNING, DIURESIS, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "ivermectin",
        "Ivermectin was studied for COVID-19 in large trials, and it did not help people get over it faster.",
        MISSTATEMENT,
        COVID,
    ),
    ("ivermectin", "Ivermectin clears threadworm from the gut. It does not clear COVID.", MISSTATEMENT, COVID),
    ("ivermectin", "A single dose of ivermectin clears the worms; COVID vaccines are a different story.", MISSTATEMENT, COVID),
    (
        "albuterol",
        "If you need your albuterol more often than usual, your asthma is getting worse: see your doctor.",
        MISSTATEMENT,
        MORE_USE,
    ),
    ("albuterol", "Albuterol works in minutes. That's why it is called a reliever.", MISSTATEMENT, MORE_USE),
    ("albuterol", "Needing your inhaler more often is not normal. It means your asthma needs a review.", MISSTATEMENT, MORE_USE),
    (
        "albuterol",
        "If your asthma gets worse or you need your reliever more often than usual, get medical help the same day.",
        WARNING,
        WORSENING,
    ),
    (
        "lamotrigine",
        "Lamotrigine helps keep mood episodes from coming back, and it is not used to treat a manic episode that has already started.",
        MISSTATEMENT,
        ACUTE,
    ),
    ("lamotrigine", "Lamotrigine is used to stop mood episodes coming back in bipolar I.", MISSTATEMENT, ACUTE),
    ("lamotrigine", "If you have a manic episode, tell your doctor; lamotrigine does not treat acute mania.", MISSTATEMENT, ACUTE),
    ("oxycodone", "OxyContin must be swallowed whole: never crush, chew or dissolve it.", MISSTATEMENT, CRUSH),
    ("oxycodone", "Do not crush the OxyContin tablets; if swallowing is hard, ask about a liquid form.", MISSTATEMENT, CRUSH),
    ("oxycodone", "OxyContin tablets should never be crushed or chewed.", MISSTATEMENT, CRUSH),
    (
        "warfarin",
        "If you forget a dose, take it the same day if you remember; never double up the next day.",
        MISSTATEMENT,
        DOUBLE,
    ),
    ("warfarin", "Do not take two doses the next day to make up for a missed one.", MISSTATEMENT, DOUBLE),
    ("warfarin", "Your dose of 5 mg is two 2.5 mg tablets taken together each evening.", MISSTATEMENT, DOUBLE),
    (
        "finasteride",
        "Finasteride does not work on female hair loss and must not be used by women who are or may be pregnant.",
        MISSTATEMENT,
        WOMEN,
    ),
    ("finasteride", "Minoxidil works for female hair loss; finasteride is for men only.", MISSTATEMENT, WOMEN),
    (
        "carvedilol",
        "Can he just stop if it doesn't suit him? No. It is not safe to stop carvedilol suddenly; "
        "his doctor will reduce it gradually over one to two weeks.",
        WARNING,
        STOP,
    ),
    ("carvedilol", "It isn't safe to stop carvedilol all at once.", WARNING, STOP),
    ("carvedilol", "It's never a good idea to quit carvedilol suddenly.", WARNING, STOP),
    ("carvedilol", "It would be dangerous to stop carvedilol abruptly.", WARNING, STOP),
    ("carvedilol", "It is not OK to just stop carvedilol suddenly; your doctor will lower the dose slowly.", WARNING, STOP),
    (
        "furosemide",
        "Furosemide is not a potassium-sparing diuretic. Furosemide is a powerful diuretic. "
        "Too much can drain the body of water and salts (sodium, potassium, magnesium).",
        WARNING,
        DIURESIS,
    ),
    (
        "furosemide",
        "Furosemide is a strong water pill. Taking too much of it can strip your body of fluid and minerals.",
        WARNING,
        DIURESIS,
    ),
    ("furosemide", "Furosemide is a potent water tablet; an overdose can deplete the body of salts.", WARNING, DIURESIS),
    ("furosemide", "Furosemide is a strong water tablet. Large doses can wash out water and electrolytes very fast.", WARNING, DIURESIS),
]
