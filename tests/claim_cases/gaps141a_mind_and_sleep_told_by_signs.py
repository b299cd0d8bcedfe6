"""Off-label uses of mind, mood and sleep told only by their signs, then the medicine given, taken or credited for them, from
eval/holdout247 (hk08 diazepam), holdout249 (hm05 bupropion, hm10 mirtazapine), holdout251 (ho05 escitalopram), holdout252
(hp01 quetiapine) and holdout253 (hq08 pregabalin), as a class.

Class: a trouble of the mind, the mood or sleep never named, told by its signs (a night awake told as a scene, "half of one"
taken on it; hours of sleep got "so I'd finally get a few solid hours", after a doctor said it "didn't sound like depression";
patients "lying awake night after night" who are "also sometimes given" a tablet; attention told as the trouble "rather than my
mood", with drafts half-written, and the doctor going on to suggest the drug; days 22 to 28 of the cycle spent sobbing, then the
drug to "level out that monthly crash"; the dread that eats the week before a flight), never called off-label: a warning.

Silent: an approved use in the same lay words (hydroxyzine for the dread before a flight, sertraline for the days of the cycle,
mirtazapine's sleep after depression told), a use disclosed, a hedge or denial ("are not usually given", "didn't sound like my
attention was the problem"), another medicine taken on the night, a side effect of tears, "half of one percent", hours of work
got, drafts half-written with no drug, and a sports replay.

Left: holdout247 hk09 (fluoxetine "to get those replays and the jumpiness under control": "to get ... under control" is no use
verb the check reads, and "to get" alone would read side effects and hopes as uses), holdout248 hl02 (aripiprazole added to
fluvoxamine "gives them their mornings back", the signs told in the sentence before with "I also fill it a lot for a different
crowd: people whose ...": the signs are now read, the giving is not).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hk08, hm10, hp01, hm05, ho05, hq08)
    (
        "diazepam",
        "The GP gave me diazepam, the little 5 mg tablets, one three times a day for the back spasm.\n\nI won't lie, I've held on"
        " to a few. These days, on the odd night when sleep just won't come and I'm still watching the stove glow at two in the"
        " morning, half of one and I'm gone till the ducks start up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "When Marian died, the days were bad, but I could fill them. The nights were what got me. I'd go up at ten and be wide"
        " awake again by one, and then I'd be down in the kitchen making tea, walking the dog round the block in the dark, or"
        " watching the shopping channel till the birds started.\n\nDr. Anand asked a lot of questions about my mood, my appetite"
        " and whether I still enjoyed things. She said it didn't sound like depression to her, just grief and no sleep. Then she"
        " gave me mirtazapine, half of a 15 mg tablet at bedtime, so I'd finally get a few solid hours. By the third week I was"
        " sleeping through to six, most nights.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "- For schizophrenia, most people take 25 mg twice on the first day and reach 300 to 400 mg a day by day 4.\n- Seroquel XR"
        " is taken once a day, usually in the evening.\n\nOn the ward, patients who have been lying awake night after night and"
        " are worn out by it are also sometimes given one 25 mg tablet late in the evening.",
        OFF_LABEL,
        "warning",
    ),
    (
        "bupropion",
        "**How it started.** Last winter I had nine browser tabs open at all times, three drafts half-written, and I'd lose whole"
        " afternoons to rearranging my to-do list instead of doing anything on it. I missed two deadlines in a month, which I had"
        " never done in eleven years. My doctor went through a long questionnaire with me, said it sounded like my attention was"
        " the problem rather than my mood, and suggested bupropion, since the stimulant I'd tried in my twenties made my heart"
        " race. Six months on, I finish what I start, and my clients have noticed.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "My period tracker lives on the same spread, and that's where the surprise was. For years, days 22 to 28 of my cycle were"
        " a solid block of charcoal: sobbing at commercials, picking fights with Tom, wanting to cancel my entire life, then"
        " feeling fine the day my period started. Dr. Amin said escitalopram would level out that monthly crash as well, and it"
        " has. Those days are a pale gray now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "My sister Jo's doctor started her on pregabalin last spring for the dread that eats her whole week before a flight:"
        " stomach in knots, shaky hands, running through every way the trip could go wrong. She flew to Lisbon in October.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices
    # a diary: the nights counted "nowadays", a part of one taken
    (
        "lorazepam",
        "Nowadays, on the odd night when I can't drop off, I take half of one and I'm out.",
        OFF_LABEL,
        "warning",
    ),
    # a pharmacy blog: "so she'd finally get a few solid hours"
    (
        "trazodone",
        "Her GP listened, then gave her trazodone, half of a 50 mg tablet at bedtime, so she'd finally get a few solid hours.",
        OFF_LABEL,
        "warning",
    ),
    # a hospital leaflet: the patients given it as a habit, two words between
    (
        "quetiapine",
        "Older patients on the unit who lie awake for hours are now often given a 25 mg tablet at night.",
        OFF_LABEL,
        "warning",
    ),
    # a newsletter: the prescriber's sentence going on to the giving
    (
        "bupropion",
        "Her psychiatrist heard the whole story, said her focus was the real problem rather than her mood, and prescribed bupropion.",
        OFF_LABEL,
        "warning",
    ),
    # a magazine: the days of the cycle, another drug to level out that slump
    (
        "citalopram",
        "Every month, days 21 to 28 of her cycle were tearful and furious. Her GP said citalopram would even out that slump too.",
        OFF_LABEL,
        "warning",
    ),
    # a forum post: the panic before a long-haul flight
    (
        "gabapentin",
        "My doctor gave me gabapentin for the panic that builds for days ahead of every long-haul flight.",
        OFF_LABEL,
        "warning",
    ),
    # an advice column: the washing, then the drug given to those people
    (
        "risperidone",
        "I prescribe risperidone to people whose hands are raw from scrubbing them again and again.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): the near miss stays silent.
SHOULD_NOT = [
    # an approved use in the same lay words: hydroxyzine's anxiety, sertraline's PMDD, mirtazapine's sleep after depression
    (
        "hydroxyzine",
        "My doctor gave me hydroxyzine for the dread that eats my whole week before a flight.",
        OFF_LABEL,
    ),
    (
        "sertraline",
        "For years, days 22 to 28 of my cycle were sobbing and picking fights. Dr. Amin said sertraline would level out that"
        " monthly crash as well.",
        OFF_LABEL,
    ),
    (
        "mirtazapine",
        "She said it sounded like depression to her. Then she gave me mirtazapine, half of a 15 mg tablet at bedtime, so I'd"
        " finally get a few solid hours.",
        OFF_LABEL,
    ),
    # disclosed
    (
        "mirtazapine",
        "Mirtazapine is approved only for depression. Some doctors give half of a 15 mg tablet at bedtime, off-label, so"
        " people get a few solid hours.",
        OFF_LABEL,
    ),
    # a denial and a hedge
    (
        "quetiapine",
        "Patients who have been lying awake night after night are not usually given quetiapine.",
        OFF_LABEL,
    ),
    (
        "bupropion",
        "My doctor said it didn't sound like my attention was the problem, and suggested bupropion for my low mood.",
        OFF_LABEL,
    ),
    # another medicine taken on the night
    (
        "diazepam",
        "These days, on the odd night when sleep just won't come, I take a melatonin gummy and I'm gone.",
        OFF_LABEL,
    ),
    # a side effect of tears, not the days of a cycle
    (
        "escitalopram",
        "Escitalopram can make some people tearful or irritable for the first week or two.",
        OFF_LABEL,
    ),
    # hours of work, not of sleep
    (
        "mirtazapine",
        "I take mirtazapine at bedtime, so I'd get a few solid hours at the desk in the morning.",
        OFF_LABEL,
    ),
    # drafts half-written, no drug given; a share of one, not a tablet
    (
        "bupropion",
        "I still have three drafts half-written, and I take bupropion for my depression.",
        OFF_LABEL,
    ),
    (
        "diazepam",
        "On the odd night when sleep just won't come, the risk goes up by half of one percent.",
        OFF_LABEL,
    ),
    # a sports replay
    (
        "fluoxetine",
        "She takes fluoxetine for her depression, and on Sundays she watches the replays of the match.",
        OFF_LABEL,
    ),
]
