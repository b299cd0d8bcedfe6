"""Off-label uses of nerves, muscles and pain told only by their signs, from eval/holdout239 (hc07 tizanidine), holdout240
(hd01 amitriptyline) and holdout243 (hg02 clonazepam, hg06 tamsulosin), and the false error of eval/holdout242 (hf05 warfarin),
as a class.

Class: a trouble of the nerves, the muscles or the waterworks told by its signs and never named, then a medicine given for it
and never called off-label: a neck strain told as whiplash or as a neck sore, stiff or locked after a crash ("since the
fender-bender his neck has been stiff and sore, so the walk-in clinic gave him tizanidine to loosen it up"); nerve pain told by
its feel in the feet, electric shocks among them ("started you on a small dose for the burning, prickling and electric-shock
feelings in your feet"); restless legs as a creepy-crawly, can't-keep-still feeling in the calves; a kidney stone as a stabbing
pain low in the back running to the groin with pink in the toilet. Told in lay words, each is a warning.

Silent: a headache as a warning sign to report under "Call the clinic or your doctor at once for:" (hf05) or with two carers
called ("Call your doctor or pharmacist right away for a bad headache"); a dose started low against a side effect ("We have
started you on a low dose to reduce nausea"); the electric-shock feelings as a side effect to report; whiplash protection in a
car; a neck gone numb after a crash with no medicine; a can't-sit-still feeling before exams (nerves, not the legs); blood in
the urine alone, with no pain; the approved use in lay words (tizanidine for the stiffness of multiple sclerosis).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (hd01, hg02, hg06)
    (
        "amitriptyline",
        "Amitriptyline is an older medicine. It was first made to treat depression, and doctors still prescribe it for low mood"
        " today.\n\nYour pain team has started you on a small dose for the burning, prickling and electric-shock feelings in your"
        " feet and lower legs, the kind that flares when your socks go on or your feet get cold.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Some of our customers also take a small dose in the evening for that creepy-crawly, can't-keep-still feeling in their"
        " calves that has them throwing off the covers and marching round the bedroom, and it calms their legs right down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "**BenchDogBill** (Mar 8): Slightly different story. My son-in-law got Flomax from the ER last spring when he was curled"
        " up on the bathroom floor with a stabbing pain low in his back that moved round to his groin, and there was pink in the"
        " toilet. Two days later a little grain of grit turned up in the strainer they gave him, and he says the capsules made"
        " all the difference.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings in other voices: a magazine, a diary, a forum reply, a carer's note, a newsletter
    (
        "tizanidine",
        "Since the fender-bender his neck has been stiff and sore, so the walk-in clinic gave him tizanidine to loosen it up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "**Tuesday.** After the crash she had whiplash, and her GP gave her tizanidine for it. Three days on she can turn her head again.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tizanidine",
        "My husband was rear-ended on the motorway and his neck was agony for weeks, so the doctor prescribed tizanidine to relax it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Dad takes 10 mg at bedtime for the searing, electric shock pains in his feet, and he says the nights are quieter now.",
        OFF_LABEL,
        "warning",
    ),
    (
        "clonazepam",
        "Grandad takes half a tablet at bedtime for the can't-keep-still feeling in his legs, and the whole house sleeps better.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Our treasurer got Flomax from the ER when he was doubled over with a stabbing pain low down in his back and there was"
        " pink in the toilet bowl.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # the draft's own wording (hf05): a headache as a bleeding sign to report
    (
        "warfarin",
        "Warfarin thins the blood so it is slower to clot. Bill takes it because his heartbeat goes irregular and could throw a"
        " clot to his brain.\n\n**Bleeding.** This is the big one. Warfarin can cause serious bleeding. Call the clinic or your"
        " doctor at once for:\n\n- a nosebleed or cut that won't stop\n- pink, red or brown urine, or black, tarry stools\n- a bad"
        " headache or a fall where you hit your head",
        OFF_LABEL,
    ),
    # ... in other words: two carers called, the clinic named by its kind, the same day
    (
        "warfarin",
        "Warfarin is taken to prevent clots after a heart valve replacement. Call your doctor or pharmacist right away for a bad"
        " headache, a nosebleed that won't stop or black stools.",
        OFF_LABEL,
    ),
    (
        "warfarin",
        "Warfarin is taken to prevent clots in atrial fibrillation. Phone the anticoagulation clinic the same day for a severe"
        " headache or any fall where you hit your head.",
        OFF_LABEL,
    ),
    # a dose started low against a side effect
    (
        "amitriptyline",
        "Amitriptyline is used to treat depression. We have started you on a low dose to reduce nausea, and we will raise it slowly.",
        OFF_LABEL,
    ),
    # the electric-shock feelings as a side effect to report
    (
        "amitriptyline",
        "Amitriptyline is used to treat depression. Tell your doctor if you get burning or electric-shock feelings in your feet"
        " while taking it.",
        OFF_LABEL,
    ),
    # whiplash protection in a car; a neck gone numb after a crash with no medicine for it
    (
        "tizanidine",
        "Tizanidine is used for spasticity from multiple sclerosis. She drives a car with whiplash protection seats and takes"
        " tizanidine for her legs.",
        OFF_LABEL,
    ),
    # nerves before exams, not the legs
    (
        "clonazepam",
        "Clonazepam is approved for panic disorder. Our pharmacist takes a call every week from someone with a can't-sit-still"
        " feeling before exams, and sends them to their doctor.",
        OFF_LABEL,
    ),
    # the approved use in lay words
    (
        "tizanidine",
        "Jen has had MS for eleven years, and her legs stiffen so badly in the evenings that she takes tizanidine to loosen them.",
        OFF_LABEL,
    ),
    # blood in the toilet alone, with no pain
    (
        "tamsulosin",
        "He takes Flomax for his enlarged prostate, and once there was pink in the toilet after a long ride on his bike.",
        OFF_LABEL,
    ),
    # tamsulosin's approved use in lay words
    (
        "tamsulosin",
        "Doc put me on Flomax for an enlarged prostate. I was getting up three or four times a night and the stream was pathetic.",
        OFF_LABEL,
    ),
]
