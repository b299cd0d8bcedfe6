"""How to take a medicine safely, misstated through a story or a rule passed on and left standing, from eval/holdout263
(ia07 warfarin), holdout265 (ic08 metronidazole), holdout266 (id01 metformin, id07 zolpidem), holdout267 (ie08 lithium),
holdout268 (if06 alprazolam), holdout269 (ig09 metoprolol) and holdout270 (ih10 spironolactone), as a class.

Class: a missed dose made up by a double the next day, told as a household's system ("Wednesday becomes a two-tablet
night so the week comes out even"); alcohol on an antibacterial told harmless by a story's outcome ("still sampled my own
oatmeal stout on day three. Not so much as a flush."); a hypo said to come on metformin alone ("even when metformin is the
only diabetes medicine you take"); one zolpidem dose for any adult ("the same for any adult, man or woman"); level checks
told as over by the writer's own gap ("nobody has drawn my blood for a level in ages"); a season's benzodiazepine put away
with the taper waved off ("you can put it away the week the rush ends, no stepping down"); the immediate-release tablet
taken once a day in place of the extended-release one ("Same metoprolol inside, so I just took one of those each morning
like normal"); an approval that does not exist, passed on ("got the FDA's official blessing as an acne treatment").
Severity follows the facts' tiers (warfarin's double dose, metronidazole's alcohol, lithium's levels and a benzodiazepine's
taper are required: errors; the rest warnings).

Silent: the near misses a real article has: the day after a miss kept to one tablet, a story with no drink in it or with
harm after the drink, ginger ale, hypos told as unlikely on metformin alone or as coming with insulin, 5 mg the same for
men and women, a dose told different for women, a 10 mg ceiling for everyone, a level check overdue or after the drug was
stopped, a stop with the taper kept or refused, the same metoprolol taken twice a day as told, the XL's slow release
explained, an approval for an approved use or denied.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # --- a missed dose made up with a double the next day, told as a household's rule (ia07)
    (
        "warfarin",
        "**Missed tablets.** Dad's system for a forgotten tablet: if Tuesday's slot in the pill box is still full on Wednesday"
        " morning, Wednesday becomes a two-tablet night so the week comes out even. He says the clinic okayed it years ago and"
        " it's written on the fridge, so I've left it be.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "My trick, for what it's worth: if Thursday's compartment is still full on Friday morning, Friday is a two-tablet night.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        "Missed one? If you forget Sunday's, Monday becomes a double-dose evening and your week stays on track.",
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    (
        "warfarin",
        '"If I skip a day, the following day turns into a two-tablet day," she says, and her nurse has never queried it.',
        MISSTATEMENT,
        "double-missed-dose",
        "error",
    ),
    # --- alcohol on metronidazole told harmless by a story's outcome (ic08)
    (
        "metronidazole",
        "It's an antibacterial, so it does nothing to yeast.\n\nCounterpoint: I was on it for a tooth abscess two summers ago"
        " and still sampled my own oatmeal stout on day three. Not so much as a flush. I reckon the reaction is one of those"
        " warnings they print to cover themselves.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "metronidazole",
        "My brother was on it for a gum infection and had a couple of IPAs at a wedding on day two. Not even a hint of a reaction.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "metronidazole",
        "I was on it last spring and had a pint of stout with the lads midway through. Never so much as a headache.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    (
        "metronidazole",
        "She was on it for a dental infection and still had her usual glass of wine at book club. Not so much as a flush, she told us.",
        MISSTATEMENT,
        "fine-with-alcohol",
        "error",
    ),
    # --- a hypo said to come on metformin alone (id01)
    (
        "metformin",
        '- Low blood sugar (a "hypo") can happen even when metformin is the only diabetes medicine you take. Keep glucose'
        " tablets with you and eat regular meals.",
        MISSTATEMENT,
        "hypoglycemia-alone",
        "warning",
    ),
    (
        "metformin",
        "Hypos can strike even if you're on metformin alone, so I always carry jelly babies.",
        MISSTATEMENT,
        "hypoglycemia-alone",
        "warning",
    ),
    (
        "metformin",
        "Even when metformin is your only diabetes medicine, hypos can happen, so keep sweets handy.",
        MISSTATEMENT,
        "hypoglycemia-alone",
        "warning",
    ),
    (
        "metformin",
        "Your blood sugar can drop too low even if you take metformin and nothing else, so stock up on our glucose gels today.",
        MISSTATEMENT,
        "hypoglycemia-alone",
        "warning",
    ),
    # --- one zolpidem dose for any adult, man or woman (id07)
    (
        "zolpidem",
        "The usual dose is a single 10 mg tablet at bedtime, and that's the same for any adult, man or woman. Older adults get"
        " a lower dose, 5 mg.",
        MISSTATEMENT,
        "same-dose-men-women",
        "warning",
    ),
    (
        "zolpidem",
        "Take 10 mg whether you're a man or a woman; it's one size fits all.",
        MISSTATEMENT,
        "same-dose-men-women",
        "warning",
    ),
    (
        "zolpidem",
        "Women take the same dose as men, so my wife and I share a bottle.",
        MISSTATEMENT,
        "same-dose-men-women",
        "warning",
    ),
    (
        "zolpidem",
        "One 10 mg Ambien works for everyone, regardless of gender.",
        MISSTATEMENT,
        "same-dose-men-women",
        "warning",
    ),
    (
        "zolpidem",
        "There's no lower dose for women; everyone starts on the 10 mg tablet.",
        MISSTATEMENT,
        "same-dose-men-women",
        "warning",
    ),
    # --- level checks told as over by the writer's own long gap (ie08)
    (
        "lithium",
        "It's a nuisance, I know, all those needles. But it doesn't last forever. Once your dose is settled that side of"
        " things falls away; nobody has drawn my blood for a level in ages, and I'm fit as a fiddle.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    (
        "lithium",
        "No one's checked her lithium level in years, and she's doing brilliantly.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    (
        "lithium",
        "Honestly, I haven't had my level checked in ages and I feel great.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    (
        "warfarin",
        "Not a soul has taken my INR since 2022, and I'm still here.",
        MISSTATEMENT,
        "no-inr-tests-needed",
        "error",
    ),
    # --- a season's benzodiazepine put away with the taper waved off (if06)
    (
        "alprazolam",
        "\"Now, three months a year isn't a long stretch. I take it most days from March to June, and once the market cools I"
        " just quit. So if you're a spring-only person like me, you can put it away the week the rush ends, no stepping down.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "clonazepam",
        "You can quit when the exam season's over, no tapering.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "lorazepam",
        "You can just stop once the tour wraps up in the autumn, without cutting down first.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "metoprolol",
        "Once wedding season is done you can ditch it for the winter, no need for a step-down.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    # --- the immediate-release tablet taken once a day in place of the extended-release one (ig09)
    (
        "metoprolol",
        "**SANDRA:** Something else: my pharmacy ran out of my Toprol-XL in March and gave me the plain Lopressor tablets"
        " instead. Same metoprolol inside, so I just took one of those each morning like normal until my order came in.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        "The pharmacy swapped my Toprol-XL for plain Lopressor last month. Same metoprolol inside, so I kept taking one each"
        " morning as usual.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        "If the chemist hands you tartrate instead of succinate, don't panic. It's the same drug in there, so you keep taking it"
        " once a day.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    (
        "metoprolol",
        "They gave Dad tartrate instead of his succinate; same beta-blocker under the hood, so he carried on with one a day like"
        " he always did.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
        "warning",
    ),
    # --- an approval that does not exist, passed on (ih10)
    (
        "spironolactone",
        "Dolores in Lot 14 asked me to pass along that spironolactone got the FDA's official blessing as an acne treatment for"
        " grown women back in 2019.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
        "warning",
    ),
    (
        "spironolactone",
        "Good news for anyone with adult acne: spironolactone now carries the FDA's stamp of approval as an acne treatment.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
        "warning",
    ),
    (
        "spironolactone",
        "Aldactone has had the FDA's approval for hair loss since 2020, so ask your dermatologist about it.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
        "warning",
    ),
    (
        "amitriptyline",
        "My neighbour asked me to pass along that amitriptyline got the FDA's official blessing as a migraine treatment years ago.",
        MISSTATEMENT,
        "off-label-as-approved",
        "warning",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # the day after a miss kept to one tablet, or a double refused
    (
        "warfarin",
        "If you miss Monday's tablet, Tuesday is a one-tablet night as usual, and you tell the clinic at your next INR check.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    (
        "warfarin",
        "If you forget Tuesday's tablet, Wednesday is never a two-tablet night: take the missed one that day if you remember,"
        " otherwise leave it.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    (
        "warfarin",
        "Fridays are a two-tablet night for Dad because the clinic has him on 7.5 mg then.",
        MISSTATEMENT,
        "double-missed-dose",
    ),
    # a story with no drink in it, or ginger ale
    (
        "metronidazole",
        "I was on it for ten days for BV. Not so much as a headache.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    (
        "metronidazole",
        "Ginger ale is fine on metronidazole if your stomach is upset.",
        MISSTATEMENT,
        "fine-with-alcohol",
    ),
    # hypos told as unlikely on metformin alone, or as coming with insulin
    (
        "metformin",
        "Low blood sugar is unlikely when metformin is the only diabetes medicine you take.",
        MISSTATEMENT,
        "hypoglycemia-alone",
    ),
    (
        "metformin",
        "Hypos can happen when metformin is taken with insulin or a sulfonylurea such as gliclazide.",
        MISSTATEMENT,
        "hypoglycemia-alone",
    ),
    (
        "metformin",
        "Hypos rarely happen when metformin is the only medicine you take.",
        MISSTATEMENT,
        "hypoglycemia-alone",
    ),
    (
        "metformin",
        "Even when metformin is your only diabetes medicine, hypos are rare.",
        MISSTATEMENT,
        "hypoglycemia-alone",
    ),
    # 5 mg for both, a different dose for women, a ceiling for everyone
    (
        "zolpidem",
        "The usual starting dose is 5 mg, the same for men and women.",
        MISSTATEMENT,
        "same-dose-men-women",
    ),
    (
        "zolpidem",
        "The dose is not the same for men and women: women start on 5 mg, men on 5 or 10 mg.",
        MISSTATEMENT,
        "same-dose-men-women",
    ),
    (
        "zolpidem",
        "Never take more than 10 mg a night, whatever your gender.",
        MISSTATEMENT,
        "same-dose-men-women",
    ),
    # a level check overdue, or after the drug was stopped
    (
        "lithium",
        "Nobody has drawn my blood for a level in ages, which is dangerous, so I've booked a test for Monday.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    (
        "lithium",
        "I haven't had my level checked in years because I stopped lithium in 2019.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    (
        "lithium",
        "Nobody has drawn my blood since Monday, and the next level is due on Friday.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # a stop with the taper kept or refused
    (
        "alprazolam",
        "You can stop when the season ends, but only by stepping down over two weeks as your doctor plans.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "alprazolam",
        "You can't just put it away the week the rush ends with no stepping down: that risks seizures.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # the same metoprolol taken as told, or the difference explained
    (
        "metoprolol",
        "Same metoprolol inside, so I took one morning and evening as the pharmacist said.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    (
        "metoprolol",
        "Toprol-XL and the plain tablets have the same metoprolol inside, but the XL lets it out slowly.",
        MISSTATEMENT,
        "tartrate-succinate-interchangeable",
    ),
    # an approval for an approved use, or denied
    (
        "spironolactone",
        "Spironolactone got the FDA's blessing for high blood pressure back in 1960.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
    ),
    (
        "spironolactone",
        "Spironolactone has never had the FDA's blessing as an acne treatment; dermatologists prescribe it off-label.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
    ),
    (
        "spironolactone",
        "Spironolactone has FDA approval for heart failure and high blood pressure; dermatologists prescribe it off-label for acne.",
        MISSTATEMENT,
        "not-approved-for-acne-hair-loss",
    ),
]
