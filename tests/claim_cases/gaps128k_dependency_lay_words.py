"""Dependence denied in lay words: the body "gets attached to" it ("it's not the kind of med your body gets attached to",
eval/holdout143 dk11), it "has never turned anybody into an addict" (eval/holdout149 dq06), and a denial the next sentence
agrees with by setting the medicine apart ("it isn't habit-forming the way the benzodiazepines are" then "It's a different
kind of medicine altogether", eval/holdout144 dl07). Near misses: attachment conceded or not to the medicine, an addict
made, a denial refuted by the next sentence, the denial disowned with a speaker's tag between ("Nobody, she adds, should
believe Valium is non-addictive", eval/holdout148 dp06), or its teller called out ("Anyone who tells you benzos aren't
habit-forming hasn't read the label", eval/holdout145 dm05)."""

from __future__ import annotations

DEPENDENCY = "unsupported-claim.dependency"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    (
        "baclofen",
        "Honestly it's not the kind of med your body gets attached to.\nI've been on it nine years and never once needed to go up.",
        DEPENDENCY,
        "error",
    ),
    ("baclofen", "It isn't a tablet your body grows attached to, so skipping a weekend is no drama.", DEPENDENCY, "error"),
    ("lorazepam", "Your brain doesn't get attached to the tablets the way it does to nicotine.", DEPENDENCY, "error"),
    (
        "diazepam",
        "And don't lose sleep over the tablets themselves: a few days of diazepam for a bad back has never turned anybody into "
        "an addict. See you next week.",
        DEPENDENCY,
        "error",
    ),
    (
        "oxycodone",
        "A short course after surgery has never left anyone addicted, in my thirty years on the ward.",
        DEPENDENCY,
        "error",
    ),
    ("tramadol", "Two weeks of tramadol after an operation never made anybody hooked.", DEPENDENCY, "error"),
    (
        "pregabalin",
        "A pain specialist we spoke to says Megan's experience is common. \"People are\nrelieved to hear it isn't habit-forming "
        'the way the benzodiazepines are," she\nsays. "It\'s a different kind of medicine altogether."',
        DEPENDENCY,
        "error",
    ),
    (
        "gabapentin",
        "You won't get hooked on it like you would on Valium. It's a completely different type of drug.",
        DEPENDENCY,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("baclofen", "Your body can get attached to it over the years, so never stop it suddenly.", DEPENDENCY),
    ("baclofen", "Don't get too attached to the brand name: the generic is the same.", DEPENDENCY),
    ("baclofen", "It's the kind of med your body gets attached to, so come off slowly.", DEPENDENCY),
    ("diazepam", "A few days of diazepam turned my brother into an addict.", DEPENDENCY),
    ("diazepam", "It has turned plenty of people into addicts.", DEPENDENCY),
    ("pregabalin", "Some say it isn't habit-forming. That isn't true: it can cause dependence.", DEPENDENCY),
    (
        "pregabalin",
        "Someone told me it isn't habit-forming. It's a different kind of medicine, but it can still cause dependence.",
        DEPENDENCY,
    ),
    (
        "diazepam",
        "Nobody, she adds, should believe Valium is non-addictive simply because a grandmother took it for years without trouble.",
        DEPENDENCY,
    ),
    ("lorazepam", "No one, the pharmacist says, should think Ativan is non-addictive.", DEPENDENCY),
    (
        "diazepam",
        "The box also warns that diazepam can be misused and can lead to addiction, and that the body becomes physically "
        "dependent on it after regular use, even at prescribed doses. Anyone who tells you benzos aren't habit-forming hasn't "
        "read the label.",
        DEPENDENCY,
    ),
    ("alprazolam", "Whoever told you Xanax isn't addictive has never looked at the leaflet.", DEPENDENCY),
]
