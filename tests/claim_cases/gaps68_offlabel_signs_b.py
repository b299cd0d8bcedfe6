"""Off-label classes from the misses of eval/holdout69 and holdout71: a condition told only by its signs,
then the drug filled, prescribed or started for it, never said to be off-label. The classes:

- premature ejaculation told by how quickly sex ends, measured against something short: "done before the
  first song on the playlist ends", "finished before the kettle boils", "all over before the ad break",
  "over in less time than it takes to boil the kettle"; the people it is filled for named by who they
  are to someone ("for younger husbands who", "to partners who"), with an aside between them and
  their trouble ("who, as one of them put it to me, are ...", "who, to put it politely, ...");
  a pharmacist's "I fill it for ..." or "we dispense it for ..." stands for the article's only drug;
- drinking told by the craving or habit, the drug then started "because" of it, with the time and
  the person before the trouble ("put me on 10 mg three times a day because by four o'clock every
  afternoon I was counting the minutes until the first glass of wine"), a specialist by the
  "-ologist" of the trade as the prescriber ("My hepatologist put me on ..."), the urge to finish
  or open the bottle;
- opioid withdrawal told only by its signs, three or more of them with yawning and goosebumps or a
  running nose or eyes ("He had the sweats, he couldn't stop yawning, his nose ran, he had goosebumps
  and his legs ached all night"), then the drug prescribed in the next sentence.

Near misses that stay silent: the use disclosed as off-label, another medicine given for the trouble,
a cold's runny nose and aches without the yawning, a song that ends before the kettle boils with no
sex in it (no use), an approved use told by the same people (sertraline for husbands who are depressed,
naltrexone for the drinking), the urge to finish a bottle of tablets, a time before a reason that is
not the trouble. Each case is the body of one article about one drug; the assertion is the off-label
finding at its severity (a warning for a use inferred from a story or told in lay words), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- premature ejaculation by how quickly sex ends --
    (
        "sertraline",
        "We dispense it a lot for newly-wed men who, to put it politely, are finished before the kettle boils.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Plenty of guys ask about it. I fill it for boyfriends who are all over before the ad break, "
        "and a small dose at night gives them longer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "His urologist suggested sertraline for husbands who, in his words, are done in less time than it takes to boil the kettle.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "A GP prescribed paroxetine for my partner because in bed he was done before the first track on the album finished.",
        OFF_LABEL,
        "warning",
    ),
    # -- drinking by the craving, "because" with the time and person first --
    (
        "gabapentin",
        "Her gastroenterologist started her on gabapentin in the spring because by six every evening "
        "she was thinking about the first drink.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "My addiction psychiatrist put me on 25 mg twice a day because most nights I'd be counting the hours until the first beer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "baclofen",
        "Every evening the urge to open another bottle got the better of him. His hepatologist prescribed baclofen.",
        OFF_LABEL,
        "warning",
    ),
    # -- opioid withdrawal by its signs --
    (
        "clonidine",
        "After the hip operation she came off the morphine too quickly. She was yawning all day, her eyes streamed, "
        "she had goose bumps and her stomach cramps kept her up. The GP prescribed clonidine for a week.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Tapering him off the tramadol was miserable: he was sweating, yawning, shivering and his nose kept running. "
        "His doctor gave him gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # disclosed
    (
        "sertraline",
        "I also fill it for younger husbands who are done before the first song ends. That is an off-label use: "
        "sertraline is not FDA-approved for premature ejaculation.",
        OFF_LABEL,
    ),
    # an approved use by the same people
    (
        "sertraline",
        "I also fill it quite often for younger husbands who, as one of them put it to me, are depressed after a redundancy.",
        OFF_LABEL,
    ),
    # another medicine given for the signs
    (
        "clonidine",
        "He had the sweats, he couldn't stop yawning, his nose ran and he had goosebumps after his oxycodone was cut down. "
        "His doctor prescribed lofexidine. Clonidine treats high blood pressure.",
        OFF_LABEL,
    ),
    # a cold's runny nose, aches and shivers, no yawning
    (
        "clonidine",
        "She had the sweats, aching legs and shivers for a week. Her doctor prescribed clonidine for her blood pressure.",
        OFF_LABEL,
    ),
    # a song and a kettle, no sex and no use
    (
        "sertraline",
        "The kettle was done before the first song on the radio ended. I take sertraline for depression.",
        OFF_LABEL,
    ),
    # the approved medicine for the drinking
    (
        "naltrexone",
        "My hepatologist put me on 50 mg a day because by four o'clock every afternoon "
        "I was counting the minutes until the first glass of wine.",
        OFF_LABEL,
    ),
    # a bottle of tablets
    (
        "baclofen",
        "The urge to finish the bottle of tablets early is common, but take baclofen only as prescribed for spasticity.",
        OFF_LABEL,
    ),
    # a time and a person before a reason that is no trouble
    (
        "baclofen",
        "My neurologist put me on baclofen because by spring I was walking better with the physio "
        "and he wanted to add it. It eases my spasticity.",
        OFF_LABEL,
    ),
]
