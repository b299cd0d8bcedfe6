"""Required warnings and an interaction given in lay words, read as missing at the blind scoring of holdout279-286 (false
errors), as classes (gaps145h2). The disclaimer of this stop (a meeting's own words, "nothing said at book club is medical
advice", holdout279 iq07) is in the examples of `disclaimer.missing` (checks/rules/disclaimer.yml).

- Zolpidem's complex sleep behaviours with the one not awake as the subject of the clause, or the doing told as "doing
  things", and waking up with no idea of it ("people who get up and do things while they're not properly awake", "woken up
  with no idea": holdout281 is03, an inflight magazine's quoted physician). Not "only drive when you're fully awake" (the
  next morning), nor "no idea" of anything else.
- An antipsychotic's dementia boxed warning told as not approved for a list of dementia's troubles, the group named after
  the list ("not approved for treating confusion, agitation or psychosis in older people with dementia": holdout284 iv01,
  a clinic leaflet). Not past a contrast or a use ("not approved for sleep, but it is widely given in older people with
  dementia").
- Naltrexone's precipitated withdrawal told with a verb of bringing it on ("Starting too soon throws you into sudden,
  severe withdrawal") where the article also says, truly, that stopping naltrexone causes no withdrawal (holdout285 iw08,
  recovery meeting minutes). Not when the bringing on is itself denied.
- Acetaminophen in other products, with the doubled dose told as done already ("Take one of those on top of your Tylenol
  and you've doubled up without knowing it": holdout280 ir05, an orchard volunteers' newsletter). Not "doubled up" on
  something else, nor a doctor who doubled the dose.
"""

from __future__ import annotations

WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the next morning's alertness, and "no idea" of something else: not the complex sleep behaviours
    ("zolpidem", "Only drive when you're fully awake. Take it at bedtime.", WARNING, "complex-sleep-behaviors", "error"),
    (
        "zolpidem",
        "She had no idea the little white tablet was zolpidem until she read the box.",
        WARNING,
        "complex-sleep-behaviors",
        "error",
    ),
    ("zolpidem", "Don't drive until you are properly awake, and keep it for short stretches.", WARNING, "complex-sleep-behaviors", "error"),
    # the dementia group named past a contrast, or as where it is used
    (
        "quetiapine",
        "It is not approved for sleep, but it is widely given in older people with dementia.",
        WARNING,
        "dementia-mortality",
        "error",
    ),
    (
        "quetiapine",
        "It is not approved for insomnia, and care homes use it in residents with dementia.",
        WARNING,
        "dementia-mortality",
        "error",
    ),
    # the bringing on denied as well as the stopping
    (
        "naltrexone",
        "It isn't habit-forming, and stopping it does not cause withdrawal. Starting it doesn't throw you into withdrawal either.",
        WARNING,
        "precipitated-withdrawal",
        "error",
    ),
    # doubled up on something else, or a dose the doctor doubled: the other products named, no warning
    (
        "acetaminophen",
        "Acetaminophen hides in cold and flu powders and NyQuil. We've doubled up on jumpers for pruning week.",
        INTERACTION,
        "other-acetaminophen-products",
        "error",
    ),
    (
        "acetaminophen",
        "Acetaminophen hides in cold and flu powders and NyQuil. My doctor doubled my dose last winter.",
        INTERACTION,
        "other-acetaminophen-products",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the drafts' own wordings (is03, iv01, iw08, ir05)
    (
        "zolpidem",
        '"The most important warning on the box is about people who get up and do things while they\'re not properly awake," she'
        " said. \"They've walked out of hotel rooms, cooked, made calls, even driven, and woken up with no idea. Some have been"
        ' badly hurt. If anything like that happens even once, stop taking it and call your doctor."',
        WARNING,
        "complex-sleep-behaviors",
    ),
    (
        "quetiapine",
        "**Older people with dementia.** Quetiapine is not approved for treating confusion, agitation or psychosis in older"
        " people with dementia. In that group, medicines like this raise the risk of death, mostly from heart problems or"
        " infections such as pneumonia.",
        WARNING,
        "dementia-mortality",
    ),
    (
        "naltrexone",
        "It is approved for alcohol dependence and, after detox, to help people stay off opioids. It isn't habit-forming, and"
        " stopping it does not cause withdrawal.\n\n**Before starting.** Andre stressed that you have to be completely off all"
        " opioids, including methadone and buprenorphine, before the first dose: usually 7 to 10 days, longer after methadone."
        " Starting too soon throws you into sudden, severe withdrawal.",
        WARNING,
        "precipitated-withdrawal",
    ),
    (
        "acetaminophen",
        "The trouble is that acetaminophen hides in plenty of other things in your cupboard: cold and flu powders, NyQuil, some"
        " sleep aids, and prescription pain pills like Percocet or Norco. Take one of those on top of your Tylenol and you've"
        " doubled up without knowing it. Read the ingredients.",
        INTERACTION,
        "other-acetaminophen-products",
    ),
    # new voices: a forum post, a review, a care-home bulletin, a pharmacy blog, a UK shop's shelf card
    (
        "zolpidem",
        "My husband once drove to the petrol station when he wasn't really awake and couldn't tell me a thing about it. He"
        " stopped the tablets that week.",
        WARNING,
        "complex-sleep-behaviors",
    ),
    (
        "zolpidem",
        "A few readers describe waking up with no memory of having cooked a full meal in the night. If that happens, stop it.",
        WARNING,
        "complex-sleep-behaviors",
    ),
    (
        "zolpidem",
        "Some people do things while they are still half asleep, like texting or raiding the fridge, and can get hurt.",
        WARNING,
        "complex-sleep-behaviors",
    ),
    (
        "risperidone",
        "Risperidone isn't approved for treating aggression or restlessness in older adults with dementia; in that group, drugs"
        " like it raise the chance of dying.",
        WARNING,
        "dementia-mortality",
    ),
    (
        "aripiprazole",
        "Aripiprazole is not approved for calming agitation or hallucinations in elderly patients with dementia.",
        WARNING,
        "dementia-mortality",
    ),
    (
        "naltrexone",
        "It's not addictive, and you won't get withdrawal when you stop it. But take it while opioids are still in your system"
        " and it sends you into withdrawal within the hour.",
        WARNING,
        "precipitated-withdrawal",
    ),
    (
        "naltrexone",
        "Nobody gets hooked on it, and coming off it brings no withdrawal. The first tablet taken too early after heroin"
        " triggers withdrawal that can land you in hospital.",
        WARNING,
        "precipitated-withdrawal",
    ),
    (
        "acetaminophen",
        "Paracetamol hides in Lemsip and Night Nurse. Take a sachet on top of your tablets and you've double-dosed without realising.",
        INTERACTION,
        "other-acetaminophen-products",
    ),
    (
        "acetaminophen",
        "APAP turns up in plenty of other products: cold capsules, sinus tablets, PM pain relievers. Add one to your usual"
        " caplets and you have doubled up on acetaminophen.",
        INTERACTION,
        "other-acetaminophen-products",
    ),
]
