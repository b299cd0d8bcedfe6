"""Off-label uses told only by their signs, from eval/holdout93 (bm06, bm13) and eval/holdout94 (bn05), as classes.

- A purpose after a dose told at length, with its amount early and its schedule and time after: the taking reaches
  further to the purpose ("my GP put me on 10 mg of Adderall twice a day after the baby to curb the constant snacking",
  "started me on 25 mg of topiramate every night for a month after Christmas to shed the extra pounds"). Not a side
  effect told after "and", not the approved use, not another drug's purpose, not a disclosed use.
- Bacterial vaginosis told by its signs: the discharge thin and grey or smelling of fish ("if the discharge is thin and
  grey with a fishy smell, especially after sex", "a watery, greyish discharge", "a fishy odour down there after sex"),
  then the drug said to clear it, maybe named as "the same single tablet". Not thrush's thick white discharge (an
  approved use), not a fishy taste from fish oil, not another medicine given for it, not metronidazole (approved).
- Signs the reader is asked to own, then a service's offer: "Your heart pounds ... before a presentation. If that
  sounds like you, our clinicians can assess you for gabapentin" ("If this sounds familiar, our doctors can prescribe
  propranolol", "If that rings a bell, ..."). Not the approved use's signs, not a side effect, not signs turned ("but
  that passed"), not another medicine offered, not an offer refused ("cannot prescribe").
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (bm06, bm13, bn05)
    (
        "amphetamine-mixed-salts",
        "**brightside_em** wrote: I don't have ADHD, but my GP put me on 10 mg of Adderall twice a day after the baby to"
        " curb the constant snacking. I'm down 18 pounds since March and back in my old jeans.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        "## What about other discharge?\n\nIf the discharge is thin and grey with a fishy smell, especially after sex, the"
        " same single tablet usually clears that up too, so there's no need for a separate trip to the doctor.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Many people come to us because of something else. Your heart pounds, your hands shake and your mind will not"
        " settle before a presentation, an exam or a flight, and the feeling builds for days before the event. If that"
        " sounds like you, our clinicians can assess you for gabapentin at your first consultation.",
        OFF_LABEL,
        "warning",
    ),
    # a purpose after a long telling of the dose, in other words
    (
        "topiramate",
        "My doctor started me on 25 mg of topiramate every night for a month after Christmas to shed the extra pounds.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amphetamine-mixed-salts",
        "The clinic put her on 20 mg of Adderall XR every single morning before work so she could stop the late-night grazing.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Her psychiatrist prescribed 25 mg of quetiapine at bedtime every night through the long winter to help her drift off.",
        OFF_LABEL,
        "warning",
    ),
    # bacterial vaginosis by its signs, in other words
    (
        "fluconazole",
        "Plenty of women with a watery, greyish discharge after their period take a Diflucan tablet, and it clears things up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "A fishy odour down there after sex is rarely serious: a short course of doxycycline sorts it out.",
        OFF_LABEL,
        "warning",
    ),
    (
        "fluconazole",
        "When the discharge smells of fish after a period, the same 150 mg tablet usually clears that up as well.",
        OFF_LABEL,
        "warning",
    ),
    # signs owned by the reader, then a service's offer, in other words
    (
        "propranolol",
        "Your voice wobbles and your palms sweat before every big meeting. If this sounds familiar, our doctors can"
        " prescribe propranolol after a short online consultation.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "Many men finish far sooner than they would like. If that rings a bell, our clinicians can assess you for"
        " sertraline at a video visit.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "You lie awake until the birds start, night after night. If any of this sounds like you, our clinicians will"
        " assess you for gabapentin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): near misses that must stay silent.
SHOULD_NOT = [
    # a long dose telling: a side effect after "and", the approved use, another drug's purpose, a disclosed use
    (
        "amphetamine-mixed-salts",
        "My psychiatrist put me on 10 mg of Adderall twice a day after my diagnosis and it happened to curb the constant snacking.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        "My psychiatrist put me on 10 mg of Adderall twice a day after years of struggling to treat my adult ADHD.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        "I take Adderall for my ADHD; my GP added 500 mg of metformin with breakfast and dinner last spring to curb the constant snacking.",
        OFF_LABEL,
    ),
    (
        "amphetamine-mixed-salts",
        "My GP put me on 10 mg of Adderall twice a day after the baby to curb the constant snacking. That is an off-label use.",
        OFF_LABEL,
    ),
    # bacterial vaginosis: thrush's signs (approved), denied, another medicine given, fish oil, metronidazole (approved)
    (
        "fluconazole",
        "If the discharge is thick and white like cottage cheese, a single fluconazole tablet usually clears that up.",
        OFF_LABEL,
    ),
    (
        "fluconazole",
        "If the discharge is thin and grey with a fishy smell, your doctor will prescribe metronidazole instead.",
        OFF_LABEL,
    ),
    ("fluconazole", "Fish oil capsules can leave a fishy aftertaste; fluconazole tablets do not.", OFF_LABEL),
    (
        "metronidazole",
        "If the discharge is thin and grey with a fishy smell, a week of metronidazole usually clears that up.",
        OFF_LABEL,
    ),
    # signs owned by the reader: the approved use's signs, a side effect, signs turned, another medicine, an offer refused
    (
        "gabapentin",
        "The burning nerve pain has stayed for months after the shingles rash healed. If that sounds like you, our"
        " clinicians can assess you for gabapentin.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Gabapentin can make you feel on edge. If that sounds like you, our clinicians can assess you for a lower dose.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Your heart used to pound before every presentation, but that passed years ago. If that sounds like you, our"
        " clinicians can assess you for gabapentin.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Your hands shake before every presentation. If that sounds like you, our clinicians can assess you for propranolol instead.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Your hands shake before every presentation. If that sounds like you, our clinicians cannot prescribe gabapentin for it.",
        OFF_LABEL,
    ),
]
