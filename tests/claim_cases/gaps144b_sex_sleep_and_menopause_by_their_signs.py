"""Off-label uses of sex, sleep at night and the menopause told only by their signs, and an approved use named after its
signs, from eval/holdout273 (ik06 sertraline), holdout274 (il03 paroxetine, il10 prazosin), holdout275 (im08 clonidine) and
holdout277 (io09 montelukast), as a class.

Class: a trouble never named, told by its signs, then the medicine given or credited, never called off-label: premature
ejaculation as a race over too soon with the partner or in bed ("crossing the finish line way too early with my wife", "jumping
the gun in bed") then a bare dose credited with sorting it out ("50 mg a day sorted that out"), or a love life "over before it
had properly started" then the prescriber's word that the medicine would mend it ("His doctor said a little paroxetine would
give him more staying power"); trauma nightmares told of a group fronted by "who" and the signs' own verb ("For colleagues who
relive the same incident in their dreams and wake up soaked and shouting, a GP or psychiatrist can prescribe prazosin at
night"), the nights won back after it being the nightmares' (no second use for sleep); hot flushes told by the heat surging up
the chest and the waking drenched, then the toll in sleep quoted ("I was coaching on four hours of sleep," she says) before the
giving, which reaches back past the toll to the signs (not a use for sleep); a child's sleep apnoea told by the snoring that
goes quiet and then a gasp, or breathing that stops in the sleep. A warning: the tool reads the signs.

Silent: the approved use named by the label's word after the signs and the clause that tells them ("the cough and tight chest
that come on during or after hard sets, which doctors call exercise-induced bronchoconstriction"; the holdout277 io09 false
error), a use disclosed as off-label, the same signs of an approved use (paroxetine's 7.5 mg capsule for the heat surging, prazosin
for blood pressure in a fronted group), a side effect (delayed ejaculation), a race finish line with no partner nor bed, a gasp
or a cough at night alone (asthma's), a prescriber's word of a side effect ("said it would make him drowsy").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (ik06, il03, il10, im08, io09)
    (
        "sertraline",
        "Been on it four years, 50 mg. Funny thing is my GP actually started me on it for something else entirely. I was crossing"
        " the finish line way too early with my wife, every single time, and 50 mg a day sorted that out within a month. The mood"
        " boost was a bonus.",
        OFF_LABEL,
        "warning",
    ),
    (
        "paroxetine",
        "Dana's husband, Marcus, takes a small dose every evening too, for a reason she is happy to share. \"Our love life was over"
        ' before it had properly started, if you know what I mean," she laughs. "His doctor said a little paroxetine would give'
        ' him more staying power, and it has."',
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "For colleagues who relive the same incident in their dreams and wake up soaked and shouting, a GP or psychiatrist can"
        " prescribe prazosin at night, and several members tell us it has given them their nights back.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Dee is 51. For two years the heat would surge up her chest and neck without warning, ten or twelve times a day, and at"
        ' night she\'d wake up drenched and kicking the sheets off. "I was coaching on four hours of sleep," she says. Her'
        " gynecologist suggested the clonidine patch because Dee didn't want to take hormones, and the surges are down to two or"
        " three a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "montelukast",
        "Coach Dana's son Milo, our 10-and-under breaststroker, used to snore like a leaf blower and then go quiet and gasp for air"
        " in the middle of the night. Their ENT started him on montelukast to shrink the swollen tissue at the back of his nose and"
        " throat, and now he wakes up rested and is dropping time every meet.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings of the class, in other voices
    # (a forum post: the race reached before the partner, a small dose credited)
    (
        "paroxetine",
        "Not proud of it, but I always reached the finish line long before my girlfriend, and a small dose at night fixed it in a"
        " few weeks.",
        OFF_LABEL,
        "warning",
    ),
    # (an advice column: jumping the gun in bed, the GP's word)
    (
        "sertraline",
        "He admits he kept jumping the gun in bed. His GP said a low dose of sertraline would help, and he swears by it now.",
        OFF_LABEL,
        "warning",
    ),
    # (a union bulletin: another trade, another dream, two prescribers)
    (
        "prazosin",
        "For firefighters who keep dreaming about the same fire and wake up screaming, the occupational health doctor or your GP may"
        " prescribe prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "For paramedics who wake up shouting, back at the same crash, a GP or a psychiatrist can prescribe prazosin.",
        OFF_LABEL,
        "warning",
    ),
    # (a blog: the heat, then the toll, then the gabapentin)
    (
        "gabapentin",
        "At 53 the heat would flood up into my face a dozen times a day and I'd wake up soaked at 3 a.m. I was teaching on three"
        " hours' sleep most days. My GP put me on gabapentin at night because HRT wasn't an option after my clot.",
        OFF_LABEL,
        "warning",
    ),
    # (a parenting forum: the snoring that stops, then the giving)
    (
        "montelukast",
        "My daughter snored every night and then stopped breathing for a few seconds before a big gulp. The ENT put her on"
        " montelukast for the swollen adenoids and she sleeps quietly now.",
        OFF_LABEL,
        "warning",
    ),
    # the holdout277 io09 use the gloss must not hide: a cough after a cold, the approved use named after it for others
    (
        "montelukast",
        "Some swimmers take it for a cough after a cold, and others for what doctors call exercise-induced bronchoconstriction.",
        OFF_LABEL,
        "error",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the approved use named by the label's word after its signs (holdout277 io09)
    (
        "montelukast",
        "Montelukast is a daily tablet that helps keep asthma under control over time. Some swimmers take it for the cough and tight"
        " chest that come on during or after hard sets, which doctors call exercise-induced bronchoconstriction. Others take it for"
        " pollen-season sneezing and a runny, stuffy nose when other allergy medicines haven't done the job. It doesn't help colds.",
        OFF_LABEL,
    ),
    (
        "montelukast",
        "Some runners take it for the coughing fits that hit after a hard session, what doctors call exercise-induced bronchoconstriction.",
        OFF_LABEL,
    ),
    ("montelukast", "It's for a nagging cough at night, which your doctor may call asthma.", OFF_LABEL),
    # disclosed
    (
        "sertraline",
        "I was crossing the finish line way too early with my wife, and my GP put me on sertraline for it. That is an off-label"
        " use: it is not approved for premature ejaculation.",
        OFF_LABEL,
    ),
    # a side effect
    ("sertraline", "Sertraline can delay ejaculation; tell your doctor if that bothers you.", OFF_LABEL),
    # a race with no partner nor bed
    (
        "sertraline",
        "I crossed the finish line way too early in my first 10k because I went out too fast. My GP started me on sertraline for"
        " depression that winter.",
        OFF_LABEL,
    ),
    # an approved use in a fronted group
    ("prazosin", "For colleagues with high blood pressure, a GP or psychiatrist can prescribe prazosin.", OFF_LABEL),
    # the same heat and toll, then the approved product (paroxetine 7.5 mg, Brisdelle, is approved for hot flashes)
    (
        "paroxetine",
        "For two years the heat would surge up her chest and neck without warning, and at night she'd wake up drenched. \"I was"
        ' coaching on four hours of sleep," she says. Her gynecologist suggested the 7.5 mg paroxetine capsule at bedtime.',
        OFF_LABEL,
    ),
    # a gasp or a cough at night alone: asthma's
    (
        "montelukast",
        "Milo used to wake up coughing and gasping for air in the middle of the night. His doctor started him on montelukast for his"
        " asthma.",
        OFF_LABEL,
    ),
    # a sign to report
    (
        "montelukast",
        "Call the doctor if your child snores and then stops breathing in their sleep, or has nightmares on montelukast.",
        OFF_LABEL,
    ),
    # the prescriber's word of a side effect
    (
        "paroxetine",
        '"Our love life was over before it had properly started," she says. "His doctor said paroxetine would make him drowsy at first."',
        OFF_LABEL,
    ),
]
