"""What a medicine is or does misstated in lay words or an aside, from eval/holdout231 (gu08, gu10), holdout232 (gv02),
holdout233 (gw01), holdout234 (gx02, gx03, gx08), holdout235 (gy06), holdout236 (gz08) and holdout238 (hb06), as a class.

Class: the drug given a class, an action, a sameness or an approval it does not have, told in everyday words or with an aside
for the reader: prednisone "a steroid from the same family the bodybuilders inject", lisinopril ", for anyone who hasn't met
it," one of the water tablets, furosemide letting you "hang onto yours" (potassium), Lopressor and Toprol-XL "one active
ingredient" under two names so "your heart won't notice the swap", tamsulosin working "on the swelling itself" so the gland
"gets a little smaller" or "calms down and gets less bulky", tadalafil bringing back "the wanting itself", the FDA having
"signed off on both" Ozempic and Wegovy for weight loss, risperidone "prescribed as a licensed short course" for people with
Alzheimer's disease (an error: the boxed warning), glipizide helping "people with both kinds of diabetes". Prednisone is a
glucocorticoid (DESCRIPTION), lisinopril an ACE inhibitor (12.1), furosemide a loop diuretic that increases potassium loss
(CLINICAL PHARMACOLOGY), the tartrate and succinate different products (1, 2), tamsulosin relaxes smooth muscle (12.1),
tadalafil needs stimulation and does not raise desire (12.1), Ozempic is approved for type 2 diabetes (1), risperidone is not
approved for dementia-related psychosis (BOXED WARNING), glipizide is not for type 1 diabetes (1, Limitations of Use). Near
misses stay silent: denied, contrasted ("not the swelling itself", "unlike spironolactone, which lets you keep yours"), hedged
by a condition ("won't notice the swap if you take the XL once a day"), another medicine's sameness or approval, the true
statement (a glucocorticoid, the muscle relaxed, Wegovy approved, type 2 only).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ANABOLIC = "anabolic-steroid"
WRONG = "wrong-class"
DIURETIC = "wrong-diuretic-class"
SALTS = "tartrate-succinate-interchangeable"
SHRINKS = "shrinks-prostate"
DESIRE = "needs-sexual-stimulation"
OZEMPIC = "ozempic-not-approved-for-weight-loss"
DEMENTIA = "approved-for-dementia"
TYPE1 = "type-1-diabetes"
#: the two metoprolol products named before the wording (the salts' misstatement points back at them)
NAMED = 'A reader wrote in: "My Lopressor refill came back as Toprol-XL. I take them morning and night like always."\n\n'

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "prednisone",
        "And yes, to the parent who asked after class: prednisone is a steroid from the same family the bodybuilders inject"
        " before a competition, which probably explains why Marco came back hitting the heavy bag harder than ever.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "lisinopril",
        "Lisinopril, for anyone who hasn't met it, is basically one of the water tablets: it gets the kidneys to flush out extra"
        " salt and water, which is why Ron now knows every gents' between here and Ashby.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "furosemide",
        "Not quite, and this is where people get mixed up. Unlike hydrochlorothiazide, which can drain your potassium,"
        " furosemide lets you hang onto yours, so most people on it never need a potassium supplement.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "metoprolol",
        "Reader Dolores wrote in: \"After my insurance changed, my Lopressor refill came back as Toprol-XL. I've been taking them"
        " morning and night like always.\"\n\nGood news, Dolores: underneath the two names it's one active ingredient, so your"
        " heart won't notice the swap. Just keep taking them the way you always have.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "tamsulosin",
        '"The way I understand it, the capsule works on the swelling itself, so year by year the thing gets a little smaller,"'
        " Walt says. Three months in, he is up once a night, and some nights not at all.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    (
        "tamsulosin",
        "It relaxes the muscle where the prostate squeezes the outlet of the bladder, so things flow better. And stick with it"
        " for a few months and the swollen gland itself calms down and gets less bulky, so the blockage eases as time goes on.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    (
        "tadalafil",
        "Here is what I tell couples about tadalafil: it does more than help the plumbing. In my experience it brings back the"
        " wanting itself. Men who had stopped reaching for their partners start reaching again, whether or not anything"
        " romantic is in the air.",
        MISSTATEMENT,
        DESIRE,
        "warning",
    ),
    (
        "semaglutide",
        "Since you keep asking: Ozempic and Wegovy are the same drug, and the FDA has signed off on both of them for weight loss"
        " now, so it really doesn't matter which pen your doctor writes.",
        MISSTATEMENT,
        OZEMPIC,
        "warning",
    ),
    (
        "risperidone",
        "Risperidone can also be prescribed as a licensed short course, of up to 6 weeks, for people with Alzheimer's disease"
        " who keep lashing out at the people who care for them.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    (
        "glipizide",
        "Sofia has had diabetes since she was 8 years old. Her body does not make insulin, so she uses insulin shots every day."
        " Maria asked the pharmacist if glipizide could help Sofia too. The pharmacist said yes. Glipizide can help people with"
        " both kinds of diabetes.",
        MISSTATEMENT,
        TYPE1,
        "warning",
    ),
    # new wordings, other voices: a gym forum, a parish newsletter, a pharmacy counter, a diary, a careless affiliate site,
    # a care-home leaflet, a magazine
    (
        "prednisone",
        "Pred's a steroid from the same family that weightlifters use, so expect to bulk up a bit.",
        MISSTATEMENT,
        ANABOLIC,
        "warning",
    ),
    (
        "lisinopril",
        "Lisinopril, for those who don't know it, is a diuretic, so keep a loo in mind on the morning walk.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "lisinopril",
        "Zestril, for the uninitiated, is a water pill.",
        MISSTATEMENT,
        WRONG,
        "warning",
    ),
    (
        "furosemide",
        "Lasix helps you hold on to your potassium, so there's no need for bananas.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "furosemide",
        "**Tues.** Nurse says the old thiazide was draining my potassium. Furosemide just lets me keep my potassium. Relief.",
        MISSTATEMENT,
        DIURETIC,
        "warning",
    ),
    (
        "metoprolol",
        NAMED + "Don't worry: behind the different labels they're the same medicine, so carry on.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "metoprolol",
        NAMED + "Relax. Your body won't notice the switch at all.",
        MISSTATEMENT,
        SALTS,
        "warning",
    ),
    (
        "tamsulosin",
        "Flomax goes after the enlargement itself, and over a season the gland gets a bit smaller.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    (
        "tamsulosin",
        "Give it time: the prostate settles down and becomes much less swollen on these capsules.",
        MISSTATEMENT,
        SHRINKS,
        "warning",
    ),
    ("tadalafil", "Honestly, Cialis rekindled the wanting in our marriage.", MISSTATEMENT, DESIRE, "warning"),
    (
        "semaglutide",
        "Ozempic, Wegovy, whatever you call it: regulators have cleared the two of them for obesity.",
        MISSTATEMENT,
        OZEMPIC,
        "warning",
    ),
    (
        "risperidone",
        "In the care home, risperidone may be given as an approved treatment for residents with dementia who become aggressive.",
        MISSTATEMENT,
        DEMENTIA,
        "error",
    ),
    (
        "glipizide",
        "Good news for the whole family: Glucotrol works for both type 1 and type 2 diabetics.",
        MISSTATEMENT,
        TYPE1,
        "warning",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # the true statements
    (
        "prednisone",
        "Prednisone is a steroid from the same family as the hormone your adrenal glands make, not the kind bodybuilders inject.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    (
        "lisinopril",
        "Lisinopril, for anyone who hasn't met it, is an ACE inhibitor; it is not a water tablet.",
        MISSTATEMENT,
        WRONG,
    ),
    (
        "furosemide",
        "Unlike spironolactone, which lets you hang onto your potassium, furosemide makes you lose yours.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "furosemide",
        "Furosemide doesn't let you hang onto yours the way spironolactone does, so watch your potassium.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "furosemide",
        "A potassium tablet with your furosemide helps you keep your potassium up.",
        MISSTATEMENT,
        DIURETIC,
    ),
    (
        "metoprolol",
        NAMED + "Underneath the two names it's one active ingredient, but the XL releases it slowly, so call us about the dose.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        NAMED + "Your heart won't notice the swap if your doctor changes you to one Toprol-XL a day.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "metoprolol",
        "Your heart won't notice the switch from one maker's Toprol-XL to another's.",
        MISSTATEMENT,
        SALTS,
    ),
    (
        "tamsulosin",
        "The capsule works on the muscle, not the swelling itself, so the gland does not get any smaller.",
        MISSTATEMENT,
        SHRINKS,
    ),
    (
        "tamsulosin",
        "Your flow calms down and gets less urgent within a few weeks.",
        MISSTATEMENT,
        SHRINKS,
    ),
    (
        "tamsulosin",
        "The gland gets a little smaller with finasteride, which his urologist may add later.",
        MISSTATEMENT,
        SHRINKS,
    ),
    ("tadalafil", "Cialis doesn't bring back the wanting itself; desire has to be there.", MISSTATEMENT, DESIRE),
    (
        "semaglutide",
        "Ozempic and Wegovy are the same drug, but the FDA has only signed off on Wegovy for weight loss.",
        MISSTATEMENT,
        OZEMPIC,
    ),
    (
        "semaglutide",
        "Ozempic and Wegovy are the same drug, and the FDA has not signed off on both of them for weight loss.",
        MISSTATEMENT,
        OZEMPIC,
    ),
    (
        "risperidone",
        "Risperidone can be prescribed as a licensed treatment for schizophrenia, but not for people with dementia.",
        MISSTATEMENT,
        DEMENTIA,
    ),
    (
        "risperidone",
        "Risperidone is not prescribed as a licensed treatment for people with Alzheimer's disease in the US.",
        MISSTATEMENT,
        DEMENTIA,
    ),
    (
        "glipizide",
        "There are two main kinds of diabetes, and glipizide only helps people with type 2.",
        MISSTATEMENT,
        TYPE1,
    ),
    (
        "glipizide",
        "Glipizide does not help people with both kinds of diabetes; it is for type 2 only.",
        MISSTATEMENT,
        TYPE1,
    ),
]
