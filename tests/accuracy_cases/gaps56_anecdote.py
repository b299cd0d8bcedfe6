"""Misstatement classes from the holdout56-58 scoring told as an anecdote or the writer's own practice, each in other
words and voices.

A missed warfarin dose made up with two at the next one, told as someone's habit with the forgetting named first: "If I
forget on Monday, I just have two on Tuesday morning", "whenever Dad missed one, he'd swallow both the following
evening", "skipped Saturday's tablet, so I had two on Sunday to even it out", "she takes an extra one with her next
dose". Near misses: the label's advice not to ("do not take two the next day"), "I never have two", a set schedule of two
tablets on Tuesdays with no dose forgotten, the missed dose taken the same day, the habit refuted in the next sentence.

A habit-forming drug said not to take hold, in the idiom of claws or hooks ("it's not going to get its claws into you",
"Xanax won't get its hooks into you") or said of a group the speaker belongs to ("folks like us don't end up craving
it"), for every drug of the no-dependence kind. Near misses: the idiom affirmed ("can get its claws into anyone"), the
hearsay refuted in the next sentence, "people like us can end up craving it too".

Aspirin given to a young child as a parent's own practice, the child told by age ("my 7-year-old", "our six-year-old")
and the dose as an adult tablet split for them ("I just break one of my regular tablets in half", "we snap an adult
aspirin in two for him", "I give them half of one of mine"). Near misses: "I never break one ... for her", a 14-year-old
with a headache, another drug's tablet split, the writer's own fever.

A drug that does not cure an infection credited by a patient with knocking it out of the body, the particle split off
("That stuff knocked the virus right out of me", "kicked the covid clean out of my system", "flushed the COVID straight
out of him"; hydroxychloroquine, ivermectin, valacyclovir). Near misses: "did not knock the virus out of anyone", the
claim answered in the next sentence ("The trials found it did nothing for COVID."), another drug credited.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "warfarin",
        "Whenever Dad missed one, he'd just swallow both the following evening to catch up.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "My routine? If I've forgotten my tablet at night, I pop two tablets with breakfast the next day.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "Skipped Saturday's tablet at the wedding, so I had two on Sunday to even it out, like the pharmacist suggested.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "If she forgets her warfarin, she takes an extra one with her next dose and carries on.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "amphetamine-mixed-salts",
        "Trust me, Adderall won't sink its hooks into you if the diagnosis is real.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    (
        "amphetamine-mixed-salts",
        "Folks like us don't end up craving it, because our brains use it differently.",
        MISSTATEMENT,
        "not-addictive",
        "error",
    ),
    ("lisdexamfetamine", "Vyvanse isn't going to get its claws into your son, the coach told us.", MISSTATEMENT, "not-addictive", "error"),
    ("alprazolam", "At that dose Xanax won't get its hooks into you.", MISSTATEMENT, "not-addictive", "error"),
    (
        "aspirin",
        "If our six-year-old is burning up, we just snap an adult aspirin in two for him.",
        MISSTATEMENT,
        "safe-for-children",
        "error",
    ),
    ("aspirin", "Whenever the kids run a temperature I give them half of one of mine.", MISSTATEMENT, "safe-for-children", "error"),
    (
        "aspirin",
        "When my 4-year-old had a cold last week, I cut one of my regular tablets into quarters.",
        MISSTATEMENT,
        "safe-for-children",
        "error",
    ),
    (
        "hydroxychloroquine",
        '"Plaquenil kicked the covid clean out of my system in three days," she insists.',
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        'He took hydroxychloroquine. "That stuff knocked the virus right out of me," he says.',
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    ("ivermectin", "My uncle says the ivermectin flushed the COVID straight out of him.", MISSTATEMENT, "covid-treatment", "error"),
    (
        "valacyclovir",
        "Valtrex knocked the herpes virus right out of my body, and I haven't looked back.",
        MISSTATEMENT,
        "not-a-cure",
        "warning",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "warfarin",
        "If you forget a dose, do not take two the next day; take it as soon as you remember on the same day.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    ("warfarin", "If I forget on Monday, I never have two on Tuesday; I ring the clinic instead.", MISSTATEMENT, "double-missed-dose"),
    ("warfarin", "I take two tablets on Tuesdays and one on the other days, as my clinic set it.", MISSTATEMENT, "double-missed-dose"),
    (
        "warfarin",
        "If you miss a dose, take it the same day if you remember, and have your next dose at the usual time.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    (
        "warfarin",
        "Tom says that if he forgets, he has two the next morning. That is wrong: never double up on warfarin.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    ("amphetamine-mixed-salts", "Adderall can get its claws into anyone, diagnosis or not.", MISSTATEMENT, "not-addictive"),
    (
        "amphetamine-mixed-salts",
        "Some members claimed it won't get its claws into you if you really have ADHD. That isn't true: it has a boxed warning.",
        MISSTATEMENT,
        "not-addictive",
    ),
    ("amphetamine-mixed-salts", "People like us can end up craving it too, so keep the bottle locked away.", MISSTATEMENT, "not-addictive"),
    (
        "aspirin",
        "When my 7-year-old has a fever, I never break one of my aspirin tablets in half for her.",
        MISSTATEMENT,
        "safe-for-children",
    ),
    ("aspirin", "When my 14-year-old has a headache, I break one of my tablets in half.", MISSTATEMENT, "safe-for-children"),
    ("aspirin", "When my 7-year-old gets a fever, I break a paracetamol tablet in half.", MISSTATEMENT, "safe-for-children"),
    ("aspirin", "When I get a fever I break one of my tablets in half.", MISSTATEMENT, "safe-for-children"),
    ("hydroxychloroquine", "Hydroxychloroquine did not knock the virus out of anyone in the trials.", MISSTATEMENT, "covid-cure"),
    (
        "hydroxychloroquine",
        "My cousin swears it knocked the virus right out of him. The trials found it did nothing for COVID.",
        MISSTATEMENT,
        "covid-cure",
    ),
    (
        "hydroxychloroquine",
        "Paxlovid knocked the virus out of me in a few days; hydroxychloroquine played no part.",
        MISSTATEMENT,
        "covid-cure",
    ),
    ("valacyclovir", "Valtrex can't knock the herpes virus out of your body; it stays in the nerves for life.", MISSTATEMENT, "not-a-cure"),
]
