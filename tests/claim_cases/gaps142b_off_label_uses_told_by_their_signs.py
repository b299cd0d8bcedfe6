"""Off-label uses of the body told by their signs, not named, and an approved use in lay words read as off-label, from
eval/holdout255 (hs03 cyclobenzaprine), holdout257 (hu04 isotretinoin), holdout258 (hv03 topiramate), holdout260 (hx07
naltrexone, hx09 prednisone), holdout261 (hy08 naltrexone) and holdout262 (hz01 pregabalin), as a class.

Class: a trouble of the body never named, told by its signs (fibromyalgia: the tender spots on two or more places that hurt
when pressed or hugged, after an ache all over or one that wanders, or the pain from the skull down to the knees with waking
unrefreshed or a hug like a pressed bruise; rosacea's permanently pink cheeks and nose in "grown-ups in their 40s and 50s
whose ..."; the pounds gained, then "; her doctor prescribed topiramate"; a hacking or tickly cough after a cold), then the
medicine given or taken for it (also as "a tiny compounded dose", or after "Once her blood tests came back normal,"), never
called off-label: a warning (an error for a cough named). And the injury told to the spinal cord ("nerve pain after an injury
to the spinal cord") is pregabalin's approved neuropathic pain of spinal cord injury.

Silent: the approved use in the same words (pregabalin's spinal cord, baclofen's stiffness after an injury to the spinal
cord, topiramate's migraines before a semicolon, cyclobenzaprine for muscle spasms after the pain's span), a denial or a use
disclosed, a side effect, one sore spot alone, a cough to tell the doctor about.

Left: holdout257 hu07 (sildenafil "for his fingers", the fingers' white-then-purple told in the next sentence with "they": no
use of a bare body part is read from the sentence after), holdout262 hz06 (HCTZ for calcium stones told as "a jagged little
thing the size of a peppercorn" passed, the giving two sentences later after "sent them off to the lab, said calcium").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hs03, hy08, hx07, hu04, hv03, hx09)
    (
        "cyclobenzaprine",
        "Ruth Carver, a 58-year-old retired teacher in Ohio, came to the drug by a different road. For six years she had hurt"
        " from the base of her skull down to her knees, a hug felt like someone pressing on a bruise, and she woke every morning"
        " as worn out as when she lay down. Once her blood tests came back normal, her rheumatologist wrote her a prescription"
        " for one 10 mg Flexeril tablet at bedtime. Within a fortnight she was waking less sore and more rested, and for Ruth it"
        " has been a turning point.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone blocks opioids. After you stop naltrexone, your body is no longer used to opioids.\n\n## Lena's aunt\n\nOur"
        " day manager Lena says her aunt takes a tiny compounded dose, 4.5 mg at night, for the deep soreness that wanders all"
        " over her body and the spots on her neck, shoulders and hips that hurt if you so much as hug her. She says it's the"
        " first thing in ten years that has helped.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Gaz started naltrexone last spring.\n\nHis partner Lorraine now gets a tiny dose of naltrexone made up by a compounding"
        " pharmacy for the deep, all-over ache she's had since her forties, with sore points at the base of her skull and inside"
        " her knees that make her flinch when pressed, and she says it has given her back her allotment.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "Accutane clears acne.\n\nIt's also a go-to for alot of derms, at a tiny dose like 10 mg every other day, for grown-ups"
        " in their 40s and 50s whose cheeks and nose are permanently pink with little spidery veins and crops of red bumps but"
        " zero blackheads. My aunt Lisa started it last spring and her face has honestly never looked calmer.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "Not everyone in our inbox takes it for migraine. Kerry Dawson, 41, had gained forty pounds after her second baby and"
        " nothing she tried would budge it; her doctor prescribed topiramate last spring, and she is now two dress sizes smaller.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prednisone",
        "Urgent care started Priya at 60 mg of prednisone a day and brought the dose down over two weeks.\n\nMarty got the same"
        " kind of short course from his doctor for a hacking cough that hung on for a month after a chest cold, and it finally"
        " quieted down.",
        OFF_LABEL,
        "error",
    ),
    # new wordings in other voices: a wellness blog, a newsletter's letter, a forum post, a magazine, a pharmacy blog, a diary
    (
        "naltrexone",
        "Naltrexone is mostly used for drinking.\n\nMy mum gets low-dose naltrexone from a compounding chemist for the deep ache"
        " that moves all over her body and the tender points on her neck, shoulders and hips that hurt when anyone presses them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Naltrexone helps people cut down on alcohol.\n\nOne reader's wife takes a tiny compounded dose at night for the spots on"
        " her neck, her shoulder blades and her hips that make her wince if you so much as touch them.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "I've ached from the top of my head to my toes for years, and I wake up as tired as when I went to bed. My GP prescribed"
        " cyclobenzaprine, 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cyclobenzaprine",
        "For a decade Mrs. Obi has hurt from the nape of her neck down to her knees, and every hug feels like someone pressing on"
        " a bruise. Once her blood work came back normal, her doctor started her on cyclobenzaprine.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        "Dermatologists sometimes prescribe low-dose isotretinoin for grown-ups in their fifties whose cheeks and nose are"
        " permanently pink with little spidery veins.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "I'd put on two stone since the wedding and nothing I tried would shift it; my GP prescribed topiramate in March.",
        OFF_LABEL,
        "warning",
    ),
    ("topiramate", "Dana had gained thirty pounds over lockdown; her doctor started her on topiramate in June.", OFF_LABEL, "warning"),
    ("prednisone", "Some urgent-care doctors hand out prednisone for a dry, tickly cough that lingers after a cold.", OFF_LABEL, "error"),
    ("prednisone", "Dad's GP gave him a five-day course of prednisone for a barking cough that wouldn't quit.", OFF_LABEL, "error"),
]

#: (drug, body, rule): nothing to report.
SHOULD_NOT = [
    # the draft's own wording (hz01): the approved neuropathic pain of spinal cord injury, told as an injury to the cord
    (
        "pregabalin",
        "Your doctor may prescribe pregabalin for:\n\n- burning, tingling or shooting pain in the feet or hands caused by"
        " diabetes.\n- pain that stays in the skin after a shingles rash has healed.\n- fibromyalgia, a condition that causes"
        " pain and tenderness all over the body.\n- nerve pain after an injury to the spinal cord.\n- partial-onset seizures,"
        " taken together with your other epilepsy medicines.",
        OFF_LABEL,
    ),
    ("pregabalin", "My brother takes pregabalin for the nerve pain he has had since damage to his spinal cord in a fall.", OFF_LABEL),
    ("pregabalin", "Pregabalin eases the burning pain some people get after an injured spinal cord.", OFF_LABEL),
    ("baclofen", "Baclofen eases the muscle stiffness that follows an injury to the spinal cord.", OFF_LABEL),
    # an approved use before the semicolon; a side effect or a denial after it
    ("topiramate", "Kerry had migraines for years; her doctor prescribed topiramate last spring.", OFF_LABEL),
    ("topiramate", "Kerry had gained forty pounds after her second baby; her doctor said topiramate can cause weight loss.", OFF_LABEL),
    ("topiramate", "Kerry had gained forty pounds after her second baby; topiramate was not an option for her.", OFF_LABEL),
    # the pain's span alone, with the approved use named; the span, then another use given
    (
        "cyclobenzaprine",
        "After the crash he hurt from his neck down to his knees, and his doctor prescribed cyclobenzaprine for the muscle spasms.",
        OFF_LABEL,
    ),
    (
        "cyclobenzaprine",
        "For six years she had hurt from the base of her skull down to her knees. Her doctor prescribed cyclobenzaprine for a"
        " back spasm last week.",
        OFF_LABEL,
    ),
    # a cough to tell the doctor about, a denial
    ("prednisone", "Tell your doctor if a hacking cough does not go away while you take prednisone.", OFF_LABEL),
    ("prednisone", "Prednisone is not used for a hacking cough after a cold.", OFF_LABEL),
    ("isotretinoin", "Isotretinoin is not for grown-ups whose cheeks and nose are permanently pink with spidery veins.", OFF_LABEL),
    # a side effect at the injection spots; a use disclosed; one sore spot alone
    ("naltrexone", "Naltrexone can make the injection spots on her thighs and arms hurt when touched.", OFF_LABEL),
    (
        "naltrexone",
        "Low-dose naltrexone is sometimes used off-label for the deep soreness that wanders all over the body and the spots on"
        " the neck, shoulders and hips that hurt when pressed.",
        OFF_LABEL,
    ),
    (
        "naltrexone",
        "Naltrexone is for drinking.\n\nLena's aunt takes a tiny compounded dose for her sore spot on her hip that hurts when pressed.",
        OFF_LABEL,
    ),
]
