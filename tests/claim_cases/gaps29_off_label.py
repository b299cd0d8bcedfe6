"""Off-label uses from earlier blind scoring, as classes: sleep getting better told after a use
whose treatment brings it back ("can lift low mood and help people sleep better", "By easing the
pain, it helps you sleep better": sleep is a symptom of depression and is lost to pain, so it is
that use's benefit, not a sleep use; a low dose for sleep on its own is still one); a condition
named in the sentence before and pointed back at by a pronoun or "this kind of pain" ("Her GP
prescribed amitriptyline for them" after migraines, "Amitriptyline can help prevent them", "eases
this kind of pain" after burning, tingling toes); a craving eased or stopped, told by what is
craved ("took the edge off my cravings for pills", "stopped my cravings for cigarettes": baclofen
for alcohol dependence is off-label in the US, naltrexone is approved for alcohol and opioid
dependence but not for smoking); levothyroxine raised or taken for weight loss ("have your dose
nudged up to shift a few pounds"): its boxed warning says it is not for obesity or weight loss, so
the use is an error even in lay words. Near misses: the approved use in lay words, a use
disclosed, refuted or denied, a side effect pointed back at ("It can cause headaches. ... help
prevent them"), another medicine's use, and sleep set apart as a use of its own ("and, at a low
dose, helps you sleep better too" stays reported). Each case is the body of one article about one
drug; the assertion is the off-label finding at its severity (a warning when the use is the tool's
reading of lay words or of one of several conditions pointed back at; an error when the condition
is named or its use is one the label warns against), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- sleep on its own is still a sleep use --
    ("amitriptyline", "Amitriptyline 10 mg at night for insomnia.", OFF_LABEL, "error"),
    ("amitriptyline", "Many GPs prescribe a low dose to help you sleep.", OFF_LABEL, "error"),
    ("amitriptyline", "Amitriptyline treats depression and, at a low dose, helps you sleep better too.", OFF_LABEL, "error"),
    ("amitriptyline", "Amitriptyline lifts low mood. A small dose at bedtime also helps you sleep better.", OFF_LABEL, "error"),
    ("trazodone", "Trazodone is mostly prescribed to help people sleep.", OFF_LABEL, "error"),
    # ... and the pain whose relief brings sleep back is reported itself
    ("amitriptyline", "By easing the pain, amitriptyline helps you sleep better.", OFF_LABEL, "error"),
    # -- a condition named before, pointed back at --
    ("amitriptyline", "She has suffered from migraines for years. Her GP prescribed amitriptyline for them.", OFF_LABEL, "error"),
    ("amitriptyline", "My migraines were getting worse. The neurologist put me on amitriptyline for them.", OFF_LABEL, "error"),
    (
        "amitriptyline",
        "Tension headaches plagued him for years, and his doctor gave him amitriptyline to prevent them.",
        OFF_LABEL,
        "error",
    ),
    ("amitriptyline", "Lots of our readers get cluster headaches. Amitriptyline can help prevent them.", OFF_LABEL, "error"),
    (
        "amitriptyline",
        "Many people with diabetes get numb, tingling toes that burn at night. Amitriptyline eases this kind of pain.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "My feet burn and tingle every night. My GP says amitriptyline helps with this sort of pain.",
        OFF_LABEL,
        "warning",
    ),
    ("amitriptyline", "People with fibromyalgia ache all over. Amitriptyline can ease that.", OFF_LABEL, "warning"),
    # -- a craving eased or stopped, told by what is craved --
    ("baclofen", "Baclofen took the edge off my cravings for alcohol.", OFF_LABEL, "warning"),
    ("baclofen", "Honestly? Baclofen eased my cravings for booze within a fortnight.", OFF_LABEL, "warning"),
    ("baclofen", "Baclofen for alcohol cravings works wonders, say the forum regulars.", OFF_LABEL, "error"),
    ("naltrexone", "Naltrexone stopped my cravings for cigarettes.", OFF_LABEL, "warning"),
    ("gabapentin", "Gabapentin took the edge off my cravings for pills after detox.", OFF_LABEL, "warning"),
    ("topiramate", "A reader tells us topiramate eased her cravings for a drink.", OFF_LABEL, "warning"),
    # -- levothyroxine raised or taken for weight loss (boxed warning: not for obesity or weight loss) --
    ("levothyroxine", "Ask to have your dose nudged up to shift a few pounds.", OFF_LABEL, "error"),
    ("levothyroxine", "Bumping up your levothyroxine can help you drop a dress size.", OFF_LABEL, "error"),
    ("levothyroxine", "Some women quietly increase their dose to lose the baby weight.", OFF_LABEL, "error"),
    ("levothyroxine", "My endo refused, but I upped my dose to shed a few pounds before the wedding.", OFF_LABEL, "error"),
    ("levothyroxine", "Some people take Synthroid to keep their weight down.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # -- sleep getting better with the use it belongs to --
    ("amitriptyline", "Amitriptyline can lift low mood and help people sleep better.", OFF_LABEL),
    ("amitriptyline", "Amitriptyline can lift low mood and help you sleep better at night.", OFF_LABEL),
    ("sertraline", "Sertraline lifts your mood and eases anxiety.", OFF_LABEL),
    ("amitriptyline", "As it eases depression, amitriptyline often helps you sleep more soundly.", OFF_LABEL),
    ("amitriptyline", "It treats depression, which helps many people sleep through the night.", OFF_LABEL),
    ("trazodone", "Trazodone eases depression and helps people sleep better.", OFF_LABEL),
    ("amitriptyline", "Amitriptyline makes you drowsy, so take it at bedtime.", OFF_LABEL),
    # -- pointed back at: a side effect, another medicine, a denial, a disclosure, the approved use --
    ("amitriptyline", "Amitriptyline can cause headaches. Drinking plenty of water may help prevent them.", OFF_LABEL),
    ("ibuprofen", "Ibuprofen can cause stomach ulcers. Take it with food to prevent them.", OFF_LABEL),
    ("amitriptyline", "She gets migraines. Her GP prescribed propranolol for them.", OFF_LABEL),
    ("amitriptyline", "Migraines are common. Amitriptyline is not approved for them.", OFF_LABEL),
    (
        "amitriptyline",
        "Many people with diabetes get numb, tingling toes. Amitriptyline is sometimes used off-label for this kind of pain.",
        OFF_LABEL,
    ),
    ("amitriptyline", "Low mood can linger for months. Amitriptyline is prescribed for it.", OFF_LABEL),
    ("sertraline", "Panic attacks ruined my twenties. Sertraline helps prevent them.", OFF_LABEL),
    ("amitriptyline", "My migraines were getting worse. Amitriptyline made me drowsy, so I stopped it.", OFF_LABEL),
    # -- cravings: the approved use, another medicine's --
    ("naltrexone", "Naltrexone eased my cravings for alcohol within a week.", OFF_LABEL),
    ("naltrexone", "Naltrexone took the edge off my cravings for wine.", OFF_LABEL),
    ("naltrexone", "Naltrexone helps with the cravings for pills after detox.", OFF_LABEL),
    ("bupropion", "Zyban took the edge off my cravings for cigarettes.", OFF_LABEL),
    ("varenicline", "Varenicline eased my urge to smoke.", OFF_LABEL),
    ("baclofen", "Baclofen is not approved for alcohol cravings; ask about naltrexone instead.", OFF_LABEL),
    # -- levothyroxine: weight told as a side effect or warned against --
    ("levothyroxine", "Levothyroxine is not for weight loss, and raising your dose to shift pounds is dangerous.", OFF_LABEL),
    ("levothyroxine", "Never ask to have your dose nudged up to shift a few pounds.", OFF_LABEL),
    ("levothyroxine", "Losing weight without trying can be a sign your dose is too high.", OFF_LABEL),
    ("levothyroxine", "Your doctor may increase your dose to bring your TSH back into range.", OFF_LABEL),
    (
        "levothyroxine",
        "We're sometimes asked, usually before beach holidays, whether a slightly higher dose would help shed a few pounds.",
        OFF_LABEL,
    ),
    ("tramadol", "Many doctors start low and raise the dose every few days to cut down on nausea and dizziness.", OFF_LABEL),
]
