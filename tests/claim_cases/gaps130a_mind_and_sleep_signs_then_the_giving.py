"""Psychiatric and sleep troubles told by their signs, then the medicine given for them, from eval/holdout159 (ea01,
pregabalin), eval/holdout161 (ec05, trazodone), eval/holdout163 (ee01, lithium; ee07, aripiprazole) and eval/holdout166
(eh01, hydroxyzine), as a class.

Class: the trouble is never named, only told by what the person does or feels, in the sentences before the giving or in its
own sentence; then a prescriber gives the drug, maybe after a look or a check of the body, maybe past a first medicine told
failing. Generalized anxiety: the worrying that will not stop ("couldn't stop worrying about everything"), the heart pounding
or the stomach in knots before every meeting. Unipolar depression: not able to face getting dressed or washed, a named
antidepressant barely touching it, then the drug added ("with his sertraline barely touching it, his psychiatrist put him on a
small dose of lithium as well": lithium's, not the sertraline's). OCD: the door or the oven checked a count of times or over
and over, going back to check once more, the hands washed forty times a day. Insomnia: lying awake, then the prescriber who
"listened, checked her thyroid, and then wrote a prescription that has become surprisingly familiar: half of a 100 mg
trazodone tablet"; or the care home's doctor who "has written up a 25 mg tablet at bedtime". None of these is on the drug's
label; told in lay words they are a warning. A source quoted who "was not authorised to speak for the hospital" discloses
nothing. Silent: an approved use in lay words (hydroxyzine for worry, aripiprazole for tics, zolpidem for sleep, lithium for
manic episodes), the worry about one thing, the failing medicine being the article's own drug, the giving denied, disclosed,
notes written up, and a medicine taken off-label once disclosed as not authorised for it.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (ea01)
    (
        "pregabalin",
        "Our listener Carla wrote in about her sister. Quote: \"For two years my sister couldn't stop worrying about everything,"
        " the bills, the kids, her job. Her stomach was in knots every morning and her heart pounded before every meeting. Her"
        ' doctor started her on pregabalin and within a few weeks she said the noise in her head had finally gone quiet." End'
        " quote.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: generalized anxiety by its signs
    (
        "pregabalin",
        "My brother worries about everything, money, the kids, the car. His GP put him on pregabalin last spring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "i just could not stop fretting, day and night, for months. my doctor started me on gabapentin and it helps.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Her heart would race before every team meeting, and the psychiatrist prescribed a small dose of quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (ee01)
    (
        "lithium",
        "**Dave, 58:** Dave has never had a high in his life. After two years of grey mornings when he could not face getting"
        " dressed, with his sertraline barely touching it, his psychiatrist put him on a small dose of lithium as well, and by"
        " spring he was back at the allotment three days a week.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: unipolar depression by its signs, a first antidepressant failing, then lithium
    (
        "lithium",
        "For most of last year Mum couldn't face getting washed, with her citalopram doing nothing, so the psychiatrist added lithium.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "He could not face getting up for months, and with his fluoxetine hardly making a dent, his doctor started him on lithium too.",
        OFF_LABEL,
        "warning",
    ),
    (
        "lithium",
        "most days last year i couldn't face getting dressed, with my escitalopram hardly helping, so my psychiatrist put me on"
        " lithium as well.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (ee07)
    (
        "aripiprazole",
        "Then there are the stories that don't fit the list. For Priya, 34, it was the locks: checking the front door eleven"
        " times before work, walking back from the bus stop to check again, hands raw from washing. Two years on fluvoxamine had"
        " dulled it but never silenced it. Last winter her psychiatrist put a 5 mg tablet of aripiprazole alongside it.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: OCD by its signs
    (
        "aripiprazole",
        "Every night he checks that the oven is off again and again before bed. His psychiatrist added aripiprazole to his fluoxetine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "She washes her hands forty times a day and still feels dirty. Her doctor started her on risperidone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "aripiprazole",
        "I'd get as far as the bus stop and then walk all the way back to check the door one more time. My psychiatrist put me on"
        " a low dose of aripiprazole.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (ec05), with the quoted source who "was not authorised to speak"
    (
        "trazodone",
        'Renata Alves is 58, and for most of last winter she was awake at four in the morning. "I would get into bed exhausted'
        ' and then lie there going over every order, every invoice, every conversation," she says. "By the time the alarm went'
        ' off I had slept maybe two hours."\n\nHer family doctor listened, checked her thyroid, and then wrote a prescription'
        " that has become surprisingly familiar: half of a 100 mg trazodone tablet, taken at bedtime, so that she could finally"
        " get through the night.\n\n\"People hear 'old' and think 'gentle',\" says a pharmacist, who asked not to be named"
        " because she was not authorised to speak for the hospital.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: a look or a check of the body before the prescription
    (
        "mirtazapine",
        "He'd lie awake until three most nights. The doctor listened to his chest, took his blood pressure and then wrote a"
        " prescription: 15 mg of mirtazapine at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "For months I was lying awake till dawn. My GP checked my iron levels and wrote me a prescription for quetiapine at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # the draft's own wording (eh01)
    (
        "hydroxyzine",
        "A few families have noticed hydroxyzine on the evening round. Some of our residents lie awake for hours after"
        " lights-out, then spend the next day dozing in the lounge chair. For them the visiting doctor has written up a 25 mg"
        " tablet at bedtime, and the night staff tell us those residents now get a proper night's rest.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: written up on the chart
    (
        "hydroxyzine",
        "Mrs. Hale lay awake until dawn most nights. The ward doctor wrote her up for 25 mg of hydroxyzine at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Grandad lay awake until dawn most nights. So the GP wrote him up for a small dose of quetiapine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Several of our residents lie awake half the night. The home's doctor has written them up for half a mirtazapine"
        " tablet at bedtime.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an approved use in lay words: hydroxyzine for worry
    (
        "hydroxyzine",
        "For two years she couldn't stop worrying about everything. Her doctor started her on hydroxyzine.",
        OFF_LABEL,
    ),
    # the worry about one thing, not everything
    (
        "pregabalin",
        "She couldn't stop worrying about the side effects. Her doctor started her on pregabalin anyway, for the nerve pain in her feet.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "pregabalin",
        "My sister couldn't stop worrying about everything. Her doctor started her on pregabalin, which is an off-label use for"
        " anxiety in the US.",
        OFF_LABEL,
    ),
    # an approved use in lay words: lithium for manic episodes
    (
        "lithium",
        "After his manic episodes, and with his sertraline barely touching the lows, his psychiatrist put him on lithium.",
        OFF_LABEL,
    ),
    # the failing medicine is the article's own drug; the one given is another
    (
        "lithium",
        "He could not face getting dressed, with his lithium barely touching it, so his psychiatrist added sertraline.",
        OFF_LABEL,
    ),
    # the giving denied
    (
        "lithium",
        "She couldn't face getting dressed, with her sertraline barely touching it, but her psychiatrist would not add lithium.",
        OFF_LABEL,
    ),
    # an approved use in lay words: aripiprazole for tics
    (
        "aripiprazole",
        "My son has had tics since he was seven, blinking and throat-clearing. His psychiatrist put him on aripiprazole.",
        OFF_LABEL,
    ),
    # checking a dose, not a door
    (
        "aripiprazole",
        "Check the dose on the label twice before you take it. Her psychiatrist put her on aripiprazole for schizophrenia.",
        OFF_LABEL,
    ),
    # going back for a missed dose, not to check again
    (
        "aripiprazole",
        "If you are not sure whether you took your tablet, do not take another one.",
        OFF_LABEL,
    ),
    # an approved use in lay words: zolpidem for sleep
    (
        "zolpidem",
        "She was lying awake until four every night. Her GP checked her thyroid and then wrote a prescription for zolpidem.",
        OFF_LABEL,
    ),
    # the prescription for another medicine after the check
    (
        "trazodone",
        "She takes trazodone for depression. She was tired all the time, so her GP checked her thyroid and wrote a prescription"
        " for levothyroxine.",
        OFF_LABEL,
    ),
    # notes written up, not a medicine
    (
        "hydroxyzine",
        "Some residents lie awake for hours. The visiting doctor wrote up her notes and reviewed everyone's medicines.",
        OFF_LABEL,
    ),
    # an approved use: hydroxyzine written up for the itch
    (
        "hydroxyzine",
        "Her eczema itched all night. The visiting doctor has written up a 25 mg hydroxyzine tablet at bedtime for the itching.",
        OFF_LABEL,
    ),
    # a real disclosure still discloses
    (
        "trazodone",
        "For months I was lying awake till dawn. My GP wrote a prescription for trazodone at bedtime. Trazodone is not licensed"
        " for sleep; this is an off-label use.",
        OFF_LABEL,
    ),
]
