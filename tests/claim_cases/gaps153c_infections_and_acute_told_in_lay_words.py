"""Off-label uses for infections and acute conditions told in lay words, and conditions read from words that are not a use of
the drug, from eval/holdout343 (lc06 tamsulosin), holdout344 (ld09 cetirizine, ld10 amoxicillin), holdout345 (le01
doxycycline), holdout346 (lf06 tamsulosin, lf07 clonidine) and holdout347 (lg02 doxycycline), as a class.

Class: a kidney stone told as grit or gravel from a kidney making its way out, or as a stone stuck on its way down with the
ache in the flank; Lyme disease prevented after a tick bite, told by its purpose ("to head off the illness that can follow a
deer tick bite") or by its signs kept away (the spreading red ring and the achy joints that can follow the bite); a head cold
told as a head streaming when colds go round, dried up by an antihistamine. A use told in signs or a story is a warning.
Not yet read (left): the stone told before the giving, the use pointed back at ("... from a stone stuck on its way down, and the
registrar sent him home with two weeks of tamsulosin to ease it through", holdout346 lf06).

Silent: the same words where nothing is claimed (a pebble in a boot, a stone stuck on its way down a drainpipe), denied or
disclosed as off-label, an approved use (the tick fevers doxycycline is approved for, hay fever's streaming eyes), another
medicine's, a side effect (thrush after a course of antibiotics, which "the GP can treat"), a question; and the opposite
false errors: a condition named only to say what the approved one is not ("It is not cancer." before "Tamsulosin eases those
symptoms"), and a brand named in a sentence whose use belongs to the generic's approved product or to a clinic ("Kapvay, is
approved for children ... with ADHD, but PressureWell treats adults with high blood pressure only").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (lc06, lf06, le01, lg02, ld09)
    (
        "tamsulosin",
        "Tamsulosin eases those symptoms. Our keeper Dev was given a fortnight of it in A&E last spring to help a bit of gravel"
        " from his kidney make its way out, and he was back in goal a week later.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "Hikers and campers who come in after pulling a tick off their leg often leave with doxycycline too: a single dose of two"
        " capsules, taken that day, to head off the illness that can follow a deer tick bite, the kind with a widening red ring,"
        " aching joints and a drooping face weeks later.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "Last June a regular of ours came in after she pulled a tick off her son's leg on a camping trip. The walk-in clinic had"
        " given the boy one 200 mg dose of doxycycline straight away, so the spreading red ring and the achy joints that can"
        " follow a bite like that never turned up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cetirizine",
        "When one of those winter colds goes round the shop and your head is streaming, one Zyrtec dries you up enough to get"
        " through a shift.",
        OFF_LABEL,
        "warning",
    ),
    # other voices, persons, tenses, brands and drugs of the class
    (
        "tamsulosin",
        "My husband was sent home from the emergency department with Flomax to help a bit of grit from his kidney pass.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The urologist gave me tamsulosin for a week so the gravel from my kidney would make its way out.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "With a stone lodged on its way down and an ache in her side that took her breath away, she was handed tamsulosin to help"
        " it along.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "After a hike in the woods, one dose of doxycycline can head off the illness a deer tick bite can bring.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "Our practice nurse gave him a single 200 mg dose of doxycycline after the tick bite, so the spreading red ring never appeared.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "If you pull off a deer tick, ask us about a single dose of doxycycline to stop the bullseye rash and aching joints that"
        " can follow a tick bite.",
        OFF_LABEL,
        "warning",
    ),
    (
        "loratadine",
        "When the office cold does the rounds and your nose is streaming, a Claritin dries you up for the day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The GP prescribed tamsulosin, so that the little stone in her kidney would pass more easily.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cetirizine",
        "Whenever one of those stinking colds does the rounds at work, a Zyrtec dries me up.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wordings that must stay silent.
SHOULD_NOT = [
    # the drafts' own false errors, with variants (lc06, ld10, lf07)
    (
        "tamsulosin",
        "Doctors call it benign prostatic hyperplasia, or BPH. It is not cancer.\n\nTamsulosin eases those symptoms. It relaxes the"
        " muscle in the prostate and the neck of the bladder so that water flows more easily.",
        OFF_LABEL,
    ),
    (
        "tamsulosin",
        "This swelling is called BPH, and it isn't cancer.\n\nFlomax eases these symptoms by relaxing the muscle of the prostate.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        "Oral thrush (white patches in the mouth) can follow a course; the GP can treat it.",
        OFF_LABEL,
    ),
    (
        "amoxicillin",
        "A yeast infection can follow a course of amoxicillin; your doctor can treat it.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        "Clonidine (brand name Catapres) lowers blood pressure. A long-acting tablet, Kapvay, is approved for children aged 6 to 17"
        " with ADHD, but PressureWell treats adults with high blood pressure only.",
        OFF_LABEL,
    ),
    (
        "clonidine",
        "Kapvay is the long-acting tablet for ADHD in children, but our clinic treats only adults with high blood pressure.",
        OFF_LABEL,
    ),
    # approved uses told in the same words
    (
        "doxycycline",
        "At this clinic we most often prescribe doxycycline for spotted fever and other illnesses carried by ticks, lice and fleas.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Doxycycline treats the fever and spotty rash picked up from a tick, such as Rocky Mountain spotted fever.",
        OFF_LABEL,
    ),
    (
        "cetirizine",
        "When the pollen count is high and your eyes are streaming, one Zyrtec dries you up enough to get through a shift.",
        OFF_LABEL,
    ),
    # the same words where nothing is claimed, or another medicine's
    (
        "tamsulosin",
        "Tamsulosin relaxes the prostate. He spent the afternoon shaking a bit of gravel from his boot after the walk.",
        OFF_LABEL,
    ),
    (
        "tamsulosin",
        "Tamsulosin eases the flow. A stone stuck on its way down the drainpipe flooded the shed last spring.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Check your legs for ticks after a walk in the woods, and see a doctor if a spreading red ring appears around a tick bite.",
        OFF_LABEL,
    ),
    (
        "cetirizine",
        "Cetirizine will not help when a winter cold goes round the office and your head is streaming; rest and fluids will.",
        OFF_LABEL,
    ),
    # disclosed as off-label
    (
        "tamsulosin",
        "Dev was given tamsulosin in A&E to help a bit of gravel from his kidney make its way out. That is an off-label use,"
        " not approved by the FDA.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "A single dose of doxycycline after a deer tick bite, to head off the illness that can follow it, is an off-label use.",
        OFF_LABEL,
    ),
    # a question
    (
        "doxycycline",
        "Should I take doxycycline after a deer tick bite to head off the illness that can follow it? Ask your doctor.",
        OFF_LABEL,
    ),
]
