"""Off-label uses told as stories or by their signs, as classes (the misses of eval/holdout35 and
holdout36): opioid withdrawal told by its signs as the opioid is cut back or by coming off it ("to ease
the sweating, yawning, runny nose, goosebumps ... some patients get when their strong pain medicine is
cut back"); sleep told as a story and pointed back at ("most swear by it for exactly that"); a stomach
bug going round, then a dose form given ("the urgent care doctor gave her a little dissolving tablet"),
not disclosed by a "not approved for that" answering another question in the section; fibromyalgia
told by its signs ("aching all over, tender spots across her shoulders and hips, and a bone-deep
tiredness no scan ever explained"), its pain then the fibromyalgia's; premature ejaculation by
comparison ("men who finish far sooner than they or their partner would like"); nightmares and PTSD
told by the waking and the reliving ("veterans who jolt awake night after night"), the people named
by who they are ("for veterans who", "to survivors who keep ..."); and the class beyond: restless
legs, hot flushes, jet lag and bed-wetting told in lay words to people prescribed for. Near misses:
the approved use told the same way (zolpidem for sleep, duloxetine and pregabalin for fibromyalgia,
prazosin for blood pressure), the signs as a side effect or a withdrawal warning, the signs as a
reason to see the doctor, and the use refused or disclosed. Each case is the body of one article
about one drug; the assertion is the off-label finding at its severity (a warning for a use told
in lay words or inferred from a story, an error for a named condition with a use verb), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- opioid withdrawal told by its signs, or by coming off the opioid --
    (
        "clonidine",
        "Clonidine was also used on our units to ease the sweating, yawning, runny nose, goosebumps and restlessness some "
        "patients get when their strong pain medicine is cut back after surgery.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonidine",
        "Clonidine is often given to ease the sweats, cramps and yawning people get when they come off heroin.",
        OFF_LABEL,
        "warning",
    ),
    ("clonidine", "Her GP gave her clonidine for the yawning, goosebumps and shakes when she stopped her oxycodone.", OFF_LABEL, "warning"),
    ("gabapentin", "Gabapentin helped me get through coming off methadone.", OFF_LABEL, "warning"),
    ("clonidine", "Many detox units use clonidine for patients coming off opioids.", OFF_LABEL, "warning"),
    (
        "tizanidine",
        "On the ward we sometimes give tizanidine to ease the aching, sweating and restlessness patients get as their morphine is tapered.",
        OFF_LABEL,
        "warning",
    ),
    ("diazepam", "The ward gave him diazepam for the withdrawal from heroin.", OFF_LABEL, "error"),
    ("clonidine", "Clonidine is sometimes given to people going through withdrawal from opioids.", OFF_LABEL, "error"),
    ("clonidine", "When my brother came off heroin, the clinic gave him clonidine to get through the worst of it.", OFF_LABEL, "warning"),
    (
        "gabapentin",
        "Gabapentin took the edge off the aching, yawning and goosebumps when Dad's morphine was tapered.",
        OFF_LABEL,
        "warning",
    ),
    # -- sleep told as a story, pointed back at --
    (
        "quetiapine",
        "Years ago they told somebody they were lying awake until four with their mind going round, and that tiny dose "
        "knocked them out. Most of them swear by it for exactly that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "trazodone",
        "She told her GP she was lying awake till three every night, and he put her on 50 mg of trazodone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Plenty of my customers are on a tiny 25 mg of quetiapine at night because they were staring at the ceiling until 3am.",
        OFF_LABEL,
        "warning",
    ),
    (
        "mirtazapine",
        "Half my regulars were lying awake until four before their GP put them on mirtazapine. They swear by it for just that.",
        OFF_LABEL,
        "warning",
    ),
    # -- a stomach bug going round, then a dose form given --
    (
        "ondansetron",
        "Last winter, when my youngest couldn't keep down even sips of water after the sickness bug went round her preschool, "
        "the urgent care doctor gave her a little dissolving tablet and within an hour she was drinking again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "When norovirus went through the nursery, the GP gave our son a little melt-in-the-mouth tablet.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ondansetron",
        "After the tummy bug did the rounds at school, the urgent care doctor gave him a dissolving tablet and he kept his water down.",
        OFF_LABEL,
        "warning",
    ),
    ("ondansetron", "The doctor gave her ondansetron when the sickness bug went round her class.", OFF_LABEL, "warning"),
    ("ondansetron", "The paediatrician gave him an ondansetron melt when gastro swept through his daycare.", OFF_LABEL, "warning"),
    (
        "ondansetron",
        "When the norovirus hit our house, the GP phoned through some dissolving tablets for the kids.",
        OFF_LABEL,
        "warning",
    ),
    # ... a "not approved for that" answering another question does not disclose it
    (
        "ondansetron",
        "Does it help with motion sickness?\n\nNo, it isn't approved for that.\n\n"
        "When the tummy bug went round her class, the doctor gave her a dissolving tablet.",
        OFF_LABEL,
        "warning",
    ),
    # -- fibromyalgia told by its signs --
    (
        "naltrexone",
        "One of my regulars spent years with aching all over, tender spots across her shoulders and hips, and a bone-deep "
        "tiredness no scan ever explained. Her GP started her on 4.5 mg capsules at night, and after a couple of months she "
        "told me the pain had finally stopped running her life.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "For years Carol had aching all over, tender spots on her neck and shoulders and a bone-deep tiredness. Her GP started "
        "her on amitriptyline 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Gabapentin is what my rheumatologist gave me for the widespread pain and crushing exhaustion no test could explain.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "Low-dose naltrexone is what her doctor prescribed for the tender points across her shoulders and hips.",
        OFF_LABEL,
        "warning",
    ),
    ("tramadol", "My sister has ached all over for years, so her GP put her on tramadol.", OFF_LABEL, "warning"),
    (
        "naltrexone",
        "Low-dose naltrexone has helped a lot of people who ache all over and feel exhausted all the time.",
        OFF_LABEL,
        "warning",
    ),
    ("amitriptyline", "Our GP prescribes amitriptyline for mums who hurt all over, day after day.", OFF_LABEL, "warning"),
    # -- premature ejaculation told by comparison --
    (
        "paroxetine",
        "A growing number of GPs now prescribe a low daily dose of paroxetine to men who finish far sooner than they or their "
        "partner would like.",
        OFF_LABEL,
        "warning",
    ),
    ("sertraline", "Some GPs give sertraline to men who come sooner than they'd like.", OFF_LABEL, "warning"),
    (
        "fluoxetine",
        "My doctor put me on a low dose of fluoxetine because I was finishing much earlier than my wife wanted.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "More doctors now prescribe a small daily dose of escitalopram to guys who climax far quicker than their partners would like.",
        OFF_LABEL,
        "warning",
    ),
    ("paroxetine", "Urologists prescribe paroxetine for men who ejaculate sooner than they want.", OFF_LABEL, "warning"),
    (
        "paroxetine",
        "He told his GP he was finishing sooner than his girlfriend wanted, and was prescribed paroxetine.",
        OFF_LABEL,
        "warning",
    ),
    # -- nightmares and PTSD told by the waking and the reliving --
    (
        "prazosin",
        "A lot of doctors now prescribe prazosin at bedtime for veterans who jolt awake night after night, soaked in sweat and "
        "reliving what happened to them over there.",
        OFF_LABEL,
        "warning",
    ),
    ("clonidine", "Her psychiatrist prescribes clonidine for veterans who wake up screaming.", OFF_LABEL, "warning"),
    ("prazosin", "Prazosin at bedtime has helped soldiers who jolt awake night after night.", OFF_LABEL, "warning"),
    ("prazosin", "My husband kept reliving the crash every night, so his GP started him on prazosin.", OFF_LABEL, "warning"),
    ("quetiapine", "A lot of doctors give quetiapine to survivors who keep dreaming about the attack.", OFF_LABEL, "warning"),
    ("prazosin", "Prazosin helps vets who keep having nightmares about the war.", OFF_LABEL, "error"),
    ("propranolol", "After the crash she kept having flashbacks, so her doctor gave her propranolol.", OFF_LABEL, "warning"),
    ("propranolol", "Some trauma clinics give propranolol to people who relive what happened to them over and over.", OFF_LABEL, "warning"),
    # -- the class beyond: restless legs, hot flushes, jet lag, bed-wetting --
    ("clonazepam", "Her doctor prescribes clonazepam for pensioners who can't keep their legs still at night.", OFF_LABEL, "warning"),
    ("quetiapine", "We hand out a lot of quetiapine at night for customers who can't switch off.", OFF_LABEL, "warning"),
    ("amitriptyline", "Doctors often prescribe amitriptyline to people who wake at 3am and can't get back to sleep.", OFF_LABEL, "warning"),
    ("gabapentin", "Some GPs prescribe gabapentin at bedtime for women who wake up drenched in sweat.", OFF_LABEL, "warning"),
    ("venlafaxine", "My GP put me on venlafaxine because the heat kept rushing up my neck ten times a day.", OFF_LABEL, "warning"),
    ("diazepam", "A lot of doctors give diazepam to travellers who lie awake until four after a long-haul flight.", OFF_LABEL, "warning"),
    ("amitriptyline", "Our son still wasn't dry at night at eight, so the GP started him on amitriptyline.", OFF_LABEL, "warning"),
    ("amitriptyline", "Some doctors give amitriptyline to children who still wet the bed.", OFF_LABEL, "error"),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # -- the signs as a side effect, a withdrawal warning or a reason to see the doctor --
    (
        "tramadol",
        "If you stop tramadol suddenly you may get sweating, yawning, a runny nose and goosebumps. Your doctor will lower the dose slowly.",
        OFF_LABEL,
    ),
    ("clonidine", "Stopping clonidine suddenly can cause sweating, restlessness and a fast heartbeat.", OFF_LABEL),
    ("oxycodone", "Tell your doctor if you are coming off opioids or other strong painkillers.", OFF_LABEL),
    (
        "oxycodone",
        "Oxycodone can cause sweating, yawning and restlessness when the dose is cut back too fast, so your doctor will lower it slowly.",
        OFF_LABEL,
    ),
    ("quetiapine", "Quetiapine can make you very drowsy, so take it at night.", OFF_LABEL),
    ("trazodone", "Lying awake until four can be a sign of depression, so tell your doctor.", OFF_LABEL),
    ("ondansetron", "If your child has a stomach bug, give plenty of fluids and call the doctor if they can't keep water down.", OFF_LABEL),
    ("naltrexone", "Naltrexone can cause muscle aches, joint pain and tiredness.", OFF_LABEL),
    ("naltrexone", "Tell your doctor if you feel exhausted all the time.", OFF_LABEL),
    # -- a gastro team or doctor is a gastroenterologist, not a stomach bug --
    ("ondansetron", "Your gastro team may give you ondansetron before an endoscopy.", OFF_LABEL),
    ("ondansetron", "Ask your gastro doctor whether ondansetron suits you.", OFF_LABEL),
    ("naltrexone", "Tell your doctor if you get aching all over, tender spots and tiredness while taking it.", OFF_LABEL),
    ("acetaminophen", "Flu can leave you aching all over; acetaminophen helps with the aches and the fever.", OFF_LABEL),
    ("paroxetine", "SSRIs like paroxetine can make it harder to finish, and some men find it takes longer to climax.", OFF_LABEL),
    ("sildenafil", "Sildenafil helps with erection problems. If you finish sooner than you'd like, talk to your GP.", OFF_LABEL),
    ("prazosin", "Tell your doctor if you wake up screaming or have vivid dreams while taking it.", OFF_LABEL),
    ("montelukast", "Montelukast can cause nightmares, and some children wake up screaming.", OFF_LABEL),
    ("venlafaxine", "Venlafaxine can cause sweating, and some people wake up drenched in sweat.", OFF_LABEL),
    ("amitriptyline", "Amitriptyline can sometimes cause bed-wetting in children.", OFF_LABEL),
    ("amitriptyline", "Tell your doctor if your child still wets the bed before starting amitriptyline.", OFF_LABEL),
    (
        "prazosin",
        "Veterans who jolt awake night after night may be offered talking therapy; prazosin is for blood pressure.",
        OFF_LABEL,
    ),
    # -- the approved use told the same way --
    ("zolpidem", "Her GP put her on zolpidem because she was lying awake until four.", OFF_LABEL),
    ("zolpidem", "Zolpidem is prescribed for travellers who lie awake until four after a long-haul flight.", OFF_LABEL),
    ("duloxetine", "Her GP started her on duloxetine for the aching all over and tender spots across her shoulders.", OFF_LABEL),
    ("pregabalin", "Pregabalin is prescribed for the widespread pain and tender points of fibromyalgia.", OFF_LABEL),
    ("naltrexone", "Naltrexone helps people stay off heroin once they have come off opioids completely.", OFF_LABEL),
    ("prazosin", "Prazosin is prescribed for people whose blood pressure is high.", OFF_LABEL),
    (
        "ondansetron",
        "Ondansetron is approved to prevent sickness after surgery; the doctor gave her a dissolving tablet before the operation.",
        OFF_LABEL,
    ),
    # -- refused, negated or disclosed --
    ("clonidine", "Don't give clonidine to people going through withdrawal from opioids without a doctor's advice.", OFF_LABEL),
    ("clonidine", "The clinic said clonidine wouldn't help when he came off heroin.", OFF_LABEL),
    ("quetiapine", "We never hand out quetiapine at night for customers who can't switch off.", OFF_LABEL),
    (
        "clonidine",
        "Clonidine is not approved for the sweating, yawning and cramps people get when they come off heroin; lofexidine is the "
        "approved medicine.",
        OFF_LABEL,
    ),
    (
        "quetiapine",
        "Some people swear by it for exactly that, but quetiapine isn't approved for sleep and we don't recommend it.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "When the sickness bug went round her class, the doctor said a dissolving tablet wouldn't help and fluids were enough.",
        OFF_LABEL,
    ),
    (
        "ondansetron",
        "When the tummy bug went round her class, the doctor gave her a dissolving tablet.\n\nThat isn't an approved use of ondansetron.",
        OFF_LABEL,
    ),
    (
        "paroxetine",
        "Paroxetine is not approved for men who finish sooner than they'd like, though some doctors prescribe it off-label.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin is not approved for veterans who jolt awake night after night, although some doctors prescribe it off-label.",
        OFF_LABEL,
    ),
    (
        "tramadol",
        "Some doctors prescribe tramadol for people who can't keep their legs still at night, but it isn't approved for that.",
        OFF_LABEL,
    ),
]
