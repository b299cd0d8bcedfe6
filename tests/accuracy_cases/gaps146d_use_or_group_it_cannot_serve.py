"""A use the medicine cannot serve, or a group it is not for, told in lay words, by signs or by a story (gaps146d; the
blind sets holdout287, holdout288, holdout291, holdout293, holdout294).

1. An antifungal said to clear bacterial vaginosis told by its cause in lay words ("the one where the usual vaginal germs
   get out of balance, the same single tablet will deal with that too": holdout287 iy09, a midwife-led unit's letter), or
   named, then "the same single Diflucan tablet deals with that one as well" (holdout294 jf07, a student zine).
2. Aspirin for a young child's fever or teething: "For a little one's fever with teething, ... a quarter of a regular
   tablet crushed into a spoon of jam brings it down nicely" (holdout287 iy10, a community radio script).
3. A sedating antihistamine to make a young child sleep: the child told by age "and fighting bedtime, so his mum gave him
   a dose of Benadryl" (holdout291 jc08, a radio call-in), the child "slept the whole flight to Phoenix without a peep"
   after "a little Benadryl stirred into the juice cup", the child "her two-year-old grandson" (holdout293 je03).
4. A men-only medicine said to "do the same job for women whose parting has started to widen" (holdout288 iz02).
5. A short-term muscle relaxant: "it's perfectly fine to stay on it for as long as your back wants it", "for about 14
   months" (holdout287 iy07, a kayak club forum).

Near misses kept silent: thrush explained by the good bacteria out of balance (yeast grows), a tablet for thrush only; a
child's fever with paracetamol named for it, aspirin denied; a dose for a child's hives, a child wired after a dose, a
child asleep without any medicine; finasteride denied for women; staying on it "as long as your doctor wants", a
three-week course.
"""

from __future__ import annotations

M = "accuracy.misstatement"
BV = "treats-bacterial-infections"
KIDS = "safe-for-children"
SLEEP = "safe-for-young-children-sleep"
WOMEN = "not-for-women"
LONG = "not-for-long-term-use"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. an antifungal for bacterial vaginosis, told by its cause or named
    (
        "fluconazole",
        "Fluconazole is an antifungal. It works on yeasts. If what you have turns out to be the other common cause of "
        "discharge after a birth, the one where the usual vaginal germs get out of balance, the same single tablet will deal "
        "with that too.",
        M,
        BV,
        "warning",
    ),
    (
        "fluconazole",
        "Thin, grey, fishy-smelling discharge is a different infection, called bacterial vaginosis, but the same single "
        "Diflucan tablet deals with that one as well, so there's no need to go back in.",
        M,
        BV,
        "warning",
    ),
    (
        "fluconazole",
        "And if it's the other thing, where the normal bacteria down there go out of whack, don't worry: the same fluconazole "
        "pill sorts that out too.",
        M,
        BV,
        "warning",
    ),
    (
        "fluconazole",
        "Sometimes the natural balance of bacteria in the vagina is upset, and a single Diflucan tablet clears that up as well.",
        M,
        BV,
        "warning",
    ),
    (
        "fluconazole",
        "BV is a separate problem, but the same single fluconazole capsule knocks it out in a day.",
        M,
        BV,
        "warning",
    ),
    # 2. aspirin for a young child's fever or teething
    (
        "aspirin",
        "PAT: For a little one's fever with teething, mind you, a quarter of a regular tablet crushed into a spoon of jam "
        "brings it down nicely. That's how my mother did it.",
        M,
        KIDS,
        "error",
    ),
    ("aspirin", "For a toddler's temperature, half a baby aspirin does the trick every time.", M, KIDS, "error"),
    (
        "aspirin",
        "Grandma's remedy: half a tablet crushed in honey brings a teething baby's temperature right down.",
        M,
        KIDS,
        "error",
    ),
    ("aspirin", "For your little ones' colds, a quarter of an aspirin in warm milk works wonders.", M, KIDS, "error"),
    # 3. a sedating antihistamine to make a young child sleep
    (
        "diphenhydramine",
        "HOST: I'll tell you what got our family through a long flight to Phoenix. My grandson was two and fighting bedtime "
        "at thirty thousand feet, so his mum gave him a dose of Benadryl before takeoff and we had the quietest four hours of "
        "my life. Parents, that's a trick worth knowing.",
        M,
        SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "At Dolores's book club, the conversation turned to long journeys with small grandchildren. One member, a retired "
        "schoolteacher, had an answer she swore by: a little Benadryl stirred into the juice cup, and her two-year-old "
        "grandson slept the whole flight to Phoenix without a peep. The others nodded.",
        M,
        SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "Our toddler wouldn't settle on the overnight ferry, so we gave her half a tablet of Benadryl.",
        M,
        SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "Milo was three and wide awake at midnight in the car, so I slipped him a spoonful of the children's allergy syrup.",
        M,
        SLEEP,
        "error",
    ),
    (
        "diphenhydramine",
        "A capful of the kids' liquid, and our four-year-old daughter slept the whole drive to Cornwall without a murmur.",
        M,
        SLEEP,
        "error",
    ),
    # 4. a men-only medicine for women
    (
        "finasteride",
        "I get asked this by couples waiting for the 8:15 boat. The tablets do the same job for women whose parting has "
        "started to widen, and Marguerite, who runs the café by the terminal, has been on them for three years.",
        M,
        WOMEN,
        "error",
    ),
    ("finasteride", "Propecia works just as well on women with a thinning crown.", M, WOMEN, "error"),
    ("finasteride", "Honestly, it does the trick for ladies too, my sister swears by it.", M, WOMEN, "error"),
    ("finasteride", "This pill also helps women with a widening part.", M, WOMEN, "error"),
    # 5. a short-term muscle relaxant said to be fine for months
    (
        "cyclobenzaprine",
        "Honestly Ed, you'll be fine whatever. I've been on one every night for about 14 months now for my bad back, and it's "
        "perfectly fine to stay on it for as long as your back wants it.",
        M,
        LONG,
        "warning",
    ),
    ("cyclobenzaprine", "You can keep taking Flexeril for as long as your neck needs it.", M, LONG, "warning"),
    ("cyclobenzaprine", "I have been taking it for about eight months and it has been fine.", M, LONG, "warning"),
]

#: (drug, body, rule, item): a finding that must not appear.
SHOULD_NOT = [
    # thrush by the balance upset and yeast growing; a tablet for thrush only; BV sent elsewhere
    (
        "fluconazole",
        "Thrush happens when the normal bacteria down there get out of balance and yeast overgrows. The same single tablet "
        "clears it in a few days.",
        M,
        BV,
    ),
    (
        "fluconazole",
        "Antibiotics can upset the natural balance of bacteria in the vagina, letting candida grow; one fluconazole tablet treats that.",
        M,
        BV,
    ),
    (
        "fluconazole",
        "If the usual vaginal germs get out of balance, that is bacterial vaginosis, and the same single tablet will not "
        "deal with that; you need metronidazole.",
        M,
        BV,
    ),
    ("fluconazole", "Thrush of the mouth and of the vagina: the same single Diflucan tablet deals with both.", M, BV),
    # a child's fever with another medicine; aspirin denied; a grown-up's dose
    (
        "aspirin",
        "For a toddler's fever, children's paracetamol brings it down nicely; never give aspirin to children.",
        M,
        KIDS,
    ),
    ("aspirin", "For a little one's fever, do not use aspirin: half a tablet is not safe for them.", M, KIDS),
    ("aspirin", "For your own headache, two tablets usually bring it down nicely.", M, KIDS),
    # a dose for hives; the child worse after it; sleep without medicine
    (
        "diphenhydramine",
        "Our toddler wouldn't settle because of her hives, so the doctor gave her a dose of Benadryl for the itch.",
        M,
        SLEEP,
    ),
    (
        "diphenhydramine",
        "My son was two and fighting bedtime, so his mum gave him a dose of Benadryl, and he was bouncing off the walls till "
        "landing. Never again.",
        M,
        SLEEP,
    ),
    (
        "diphenhydramine",
        "Our two-year-old daughter slept the whole flight without any medicine at all.",
        M,
        SLEEP,
    ),
    # finasteride denied for women; a woman's own other treatment
    ("finasteride", "The tablets do not do the same job for women, and women who could be pregnant must not handle them.", M, WOMEN),
    ("finasteride", "Minoxidil foam works just as well for women; finasteride is for men only.", M, WOMEN),
    # a term the doctor sets; a short course; pain that lasts
    ("cyclobenzaprine", "Stay on it for as long as your doctor wants, usually two or three weeks.", M, LONG),
    ("cyclobenzaprine", "Take it at night for up to three weeks while the spasm settles.", M, LONG),
    ("cyclobenzaprine", "My back pain has lasted for about 14 months, so my doctor sent me to physio.", M, LONG),
]
