"""Another use of the medicine told only by its signs, its purpose or its result, never named, as a class: an undisclosed
off-label use in lay words, a warning. From the forty-seventh stop's blind sets: holdout306 jr10 (sildenafil "also helps with
something they never expected: fingers that go white, then blue and numb": Raynaud's after a help with "something" and a
colon), holdout307 js05 (minoxidil "started her on a quarter of a 2.5 mg tablet every morning to thicken the hair over her
crown": hair loss told by its purpose, after a part of a tablet of a strength), holdout308 jt02 (prednisone "a short course
too, for a back that has locked up after a day hauling pots": a strain told by the back locking up after heavy work),
holdout308 jt04 (tadalafil "a favourite with guys who are always done way too soon": premature ejaculation told by being
done too soon). Silent: the same words disclosed, denied, about another medicine, a side effect (thicker hair on the face),
something done too soon that is not the person ("done too early with the pack"), a back that locks up after a day on deck
(a spasm's, approved for a muscle relaxant), and a reader's quoted words on a letters page answered by the reply ("**"My
sister says it helped her slim down."**", the letter, then "Ruth replies: Please don't.": holdout308 jt13, a false error as
both an off-label use and the boxed-warning misstatement)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"
MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction.\n\nSeveral members tell us it also helps with something they never expected:"
        " fingers that go white, then blue and numb, every time the weather turns cold on the ride to work.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Our client Bernadette, 52, had tried the foam for a year. Her dermatologist then started her on a quarter of a 2.5 mg"
        " tablet every morning to thicken the hair over her crown, and by her autumn fitting we were trimming the wig cap.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Longer courses are used for rheumatoid arthritis.\n\nPlenty of our fishermen get a short course too, for a back that has"
        " locked up after a day hauling pots, and most swear it has them back on the boat by the weekend.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction.\n\nIt's also a favourite with guys who are always done way too soon. A tablet"
        " before date night and they go the distance.",
        OFF_LABEL,
        "warning",
    ),
    # ... not covered by "That is off-label" a paragraph after it, said of another use asked about just before it
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction.\n\nSeveral members tell us it also helps with something they never expected:"
        " fingers that go white, then blue and numb, every time the weather turns cold on the ride to work.\n\nSome climbers"
        " ask about taking it for altitude. That is off-label, and it is not something our clinicians prescribe.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "amlodipine",
        "Amlodipine lowers blood pressure.\n\nA forum member says it eased another problem too: her fingers turn white as"
        " chalk whenever she reaches into the freezer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "My GP put me on half a 2.5 mg tablet at night to bulk up my thin hair, and six months on my parting has filled in.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "Ask about the little tablets: lots of our customers take a quarter of one daily for fuller, thicker hair.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Dad's doctor gave him a five-day course for a neck that seized up after a morning lugging bags of feed round the yard.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Dad got a dose pack from urgent care for a lower back that went out while he was shovelling snow, and it worked a treat.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tadalafil",
        "Honestly my boyfriend swears by half a tab on Saturdays because he'd always be done way too fast before.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # disclosed
    (
        "sildenafil",
        "Several members tell us it also helps with something they never expected: fingers that go white, then blue and numb in"
        " the cold. That is an off-label use.",
        OFF_LABEL,
    ),
    (
        "minoxidil",
        "Her dermatologist started her on a quarter of a 2.5 mg tablet every morning to thicken the hair over her crown, an"
        " off-label use of the tablets.",
        OFF_LABEL,
    ),
    (
        "tadalafil",
        "Some guys who are always done way too soon ask about it, but it is not approved for that and we don't prescribe it for it.",
        OFF_LABEL,
    ),
    # disclosed a paragraph after it, the disclosure's sentence pointing back at this use
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction.\n\nSeveral members tell us it also helps with fingers that go white, then blue"
        " and numb, every time the weather turns cold.\n\nThat is an off-label use, and our clinicians do not prescribe it for"
        " that.",
        OFF_LABEL,
    ),
    # a side effect, not a purpose
    (
        "minoxidil",
        "Minoxidil tablets treat severe high blood pressure. They can cause thicker hair on the face and arms.",
        OFF_LABEL,
    ),
    # something done too soon that is not the person
    (
        "tadalafil",
        "Tadalafil treats erectile dysfunction. If you're done too early with the pack, order your refill online.",
        OFF_LABEL,
    ),
    # a warning, not a help
    (
        "sildenafil",
        "Sildenafil treats erectile dysfunction. Watch out for one thing: fingers that go white and numb in the cold.",
        OFF_LABEL,
    ),
    # a reader's quoted words answered no on a letters page
    (
        "levothyroxine",
        'Levothyroxine treats hypothyroidism.\n\n**"My sister says it helped her slim down."**\n\n*My sister tells me her thyroid'
        " pills made the pounds fall off, and she suggested I ask my doctor for some, though my thyroid tests are normal. I've"
        " been trying to lose twenty pounds for years. — Name withheld, Eastfield*\n\nRuth replies: Please don't. Levothyroxine"
        " is not a weight-loss medicine and must never be used for that, which is why the label carries a boxed warning.",
        OFF_LABEL,
    ),
    (
        "levothyroxine",
        'Levothyroxine treats hypothyroidism.\n\n**"My sister says it helped her slim down."**\n\n*My sister tells me her thyroid'
        " pills made the pounds fall off. I've been trying to lose twenty pounds for years. — Name withheld*\n\nRuth replies:"
        " Please don't. Levothyroxine is not a weight-loss medicine.",
        MISSTATEMENT,
    ),
    (
        "levothyroxine",
        'Levothyroxine treats hypothyroidism.\n\n"A friend swears the thyroid pill helped her lose weight."\n\nI was wondering'
        " whether to ask for it too. — J.K.\n\nDr Amir answers: That isn't true. In someone whose thyroid works normally it"
        " does not help with weight and can harm the heart.",
        OFF_LABEL,
    ),
]
