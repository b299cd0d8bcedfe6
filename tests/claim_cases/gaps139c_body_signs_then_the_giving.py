"""Off-label uses of the body told only by their signs (gut, skin, heart rhythm, hormones, pregnancy), then the medicine
given for them, as a class (eval/holdout233 gw03, gw08; holdout234 gx07; holdout235 gy05; holdout236 gz10; holdout237 ha09):
Crohn's by its cramps, bleeding and sudden dashes to the bathroom told of a person who "now gives himself" the drug; rosacea by
the cheeks and a nose going beet-red with wine or heat; lupus by a red rash across the nose and cheeks that flares in the sun;
atrial fibrillation by a heart fluttering out of step, then the drug given because the first choice did not suit ("to keep a
stroke at bay" is what the giving is for, not an approved use that covers the rhythm); PCOS by periods three or four times a
year and dark hairs plucked off the chin; morning sickness dated by the week alone ("around week eight: heaving every
morning") and a prescription credited as "the turning point". Warnings: the condition is read from its signs.

Silent: a rash on the cheeks with no second sign, the dashes alone (a stomach bug's), a week of chemotherapy or of a diet, a
heart racing before a speech, one sign of PCOS alone, a dose doubled over weeks, a flush of the drug itself, an approved use in
lay words (clopidogrel after a heart attack, methotrexate for swollen knuckles)."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_MTX = "Methotrexate is approved for rheumatoid arthritis, psoriasis and some cancers.\n\n"
_ISO = "Isotretinoin is approved for severe nodular acne.\n\n"
_CLOP = "Clopidogrel is approved after a heart attack, a stroke or for narrowed leg arteries.\n\n"
_MET = "Metformin is approved for type 2 diabetes.\n\n"
_ONDA = "Ondansetron is approved to prevent the sickness of chemotherapy, radiotherapy and surgery.\n\n"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "methotrexate",
        _MTX + "Lena is not the only Marsh on methotrexate. Her brother Tom, who spent his twenties doubled over with cramps,"
        " bleeding and sudden dashes to the bathroom, now gives himself the same weekly methotrexate shot, and his gut has been"
        " quiet for three years.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISO + "One of my regulars, Dana, had cheeks and a nose that went beet-red whenever she had a glass of wine or stood over"
        " a hot stove, with tiny pus bumps and skin that stung in the wind. Her dermatologist put her on a low dose of"
        " isotretinoin, 10 mg a day, and by spring her face was calm.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        _MTX + "Loretta's story is different. For years she had a red rash across her nose and cheeks that flared every time she"
        " gardened in the sun, mouth sores that came and went, puffy, aching wrists, and a tiredness no nap could fix. Her"
        " specialist told her it was not rheumatoid arthritis but an immune condition that can also reach the kidneys, and"
        " started her on weekly methotrexate three years ago.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clopidogrel",
        _CLOP + "Ron Tate is a slightly different story. Last winter his heart took to fluttering and racing out of step, sometimes"
        " for hours at a time, and because warfarin didn't suit him after a bad nosebleed, his cardiologist put him on"
        " clopidogrel on its own to keep a stroke at bay.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        _MET + "Tanya, our youngest cook at 27, comes to class with her dad. She's on metformin too. Her periods were showing up"
        " three or four times a year, she'd been plucking dark hairs off her chin since college, and her gynecologist started"
        " her on it in spring to get her cycle back on track.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDA + "Every autumn a few of my clients hit a wall somewhere around week eight: heaving every morning and half the night,"
        " not a sip of ginger ale staying down, too weak to get to work. For most of them, a prescription for ondansetron from"
        " their OB or midwife has been the turning point.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices: a hospital leaflet's patient story, a diary, a pharmacy blog, a forum post
    (
        "methotrexate",
        _MTX + "My cousin, who had years of urgent trips to the loo, stomach cramps and blood, now injects methotrexate every Friday.",
        OFF_LABEL,
        "warning",
    ),
    (
        "isotretinoin",
        _ISO + "Her cheeks would flush scarlet after a single glass of wine. Her dermatologist started her on isotretinoin at 10 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "methotrexate",
        _MTX + "Diary, 3 May. The butterfly rash across my cheeks is back after one afternoon in the garden. Dr Osei started me"
        " on methotrexate today.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clopidogrel",
        _CLOP + "His pulse would flutter out of rhythm for hours, and because the blood thinner he tried first gave him"
        " nosebleeds, his GP put him on clopidogrel instead.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        _MET + "My periods came twice a year and I had coarse hairs on my chin, so my gynaecologist put me on metformin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        _ONDA + "By week six she was throwing up from the moment she woke. Her midwife's prescription for ondansetron was the"
        " turning point.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    # a rash on the cheeks with no second sign: a sunburn, an allergy
    (
        "methotrexate",
        _MTX + "She had a red rash across her nose and cheeks after the new face cream. Her rheumatologist kept her on"
        " methotrexate for her swollen knuckles.",
        OFF_LABEL,
    ),
    # the dashes alone: a stomach bug's, or the drug's own effect
    (
        "methotrexate",
        _MTX + "My uncle, who had a week of sudden dashes to the bathroom after a dodgy curry, now takes methotrexate for his"
        " rheumatoid arthritis.",
        OFF_LABEL,
    ),
    # a dose doubled over weeks, an approved use
    (
        "methotrexate",
        _MTX + "Her rheumatologist doubled the dose over six weeks for her swollen, aching knuckles.",
        OFF_LABEL,
    ),
    # a week of chemotherapy
    (
        "ondansetron",
        _ONDA + "Around week eight of chemo he was heaving every morning. His oncologist's prescription for ondansetron was the"
        " turning point.",
        OFF_LABEL,
    ),
    # a heart racing before a speech is nerves, not a rhythm disorder, and clopidogrel after a heart attack is approved
    (
        "clopidogrel",
        _CLOP + "After his heart attack, and because aspirin alone didn't suit him, his cardiologist put him on clopidogrel to"
        " keep another one at bay.",
        OFF_LABEL,
    ),
    # one sign of PCOS alone
    (
        "metformin",
        _MET + "Her periods were showing up three or four times a year, and her doctor checked her blood sugar: it was high, and"
        " she started metformin for her type 2 diabetes.",
        OFF_LABEL,
    ),
    # the flush as the drug's side effect
    (
        "isotretinoin",
        _ISO + "Within a month of starting isotretinoin for her acne, her face went bright red in the sun. Her dermatologist"
        " lowered the dose.",
        OFF_LABEL,
    ),
    # the flush denied, the drug given for acne
    (
        "isotretinoin",
        _ISO + "Her cheeks never went red with wine, and her dermatologist put her on isotretinoin for the deep cysts on her back.",
        OFF_LABEL,
    ),
    # a week of a diet, not of a pregnancy
    (
        "ondansetron",
        _ONDA + "By week six of the diet she was queasy every morning. After her operation the ward gave her ondansetron.",
        OFF_LABEL,
    ),
    # the signs as the drug's side effects, a warning
    (
        "methotrexate",
        _MTX + "Methotrexate can cause mouth sores, a rash across the nose and cheeks in the sun, and bleeding with sudden dashes"
        " to the bathroom. Call your doctor.",
        OFF_LABEL,
    ),
    # a hedge and a refusal: no use told
    (
        "clopidogrel",
        _CLOP + "If your heart flutters out of step, your doctor may put you on a blood thinner, but not clopidogrel.",
        OFF_LABEL,
    ),
    # the person on the drug for something else, the signs someone else's
    (
        "methotrexate",
        _MTX + "Her brother has rheumatoid arthritis and now takes methotrexate every Monday.",
        OFF_LABEL,
    ),
]
