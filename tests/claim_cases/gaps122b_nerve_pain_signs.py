"""Diabetic nerve pain told by its signs, and the sleep its relief gives back, from eval/holdout122 (cp01), as classes.

- What relief of a symptom lets the person do next is its result, not a second use: "We start amitriptyline at a small
  dose to calm those sensations so that you can sleep through the night again" ("settles the cramps so she can
  finally sleep", "eases the ache and helps them sleep"). Not a sleep use told alone ("to help them sleep"), nor a
  mind calmed so the person can sleep (a sleep use), nor a bedtime dose because the drug makes you drowsy (a timing).
- Nerve pain told by its signs: burning, tingling or pins and needles in the feet of people with diabetes, pointed back
  at as "those sensations" or "that burning" by the giving, also past an aside on how it feels between them ("Some say
  it feels like walking on gravel"), and also when the dose is started low to calm them (a giving for them, not advice
  on a side effect avoided). Not pregabalin or duloxetine (approved for diabetic nerve pain), not a trouble set as a
  side effect, not the aches of the approved depression.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

_CP01 = (
    "Your clinic doctor has suggested amitriptyline. Many people who come to this clinic have diabetes and feel burning,"
    ' tingling or "pins and needles" in their feet, often worse at night. Some say it feels like walking on gravel. We start'
    " amitriptyline at a small dose to calm those sensations so that you can sleep through the night again."
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (cp01): the nerve pain, not the sleep
    ("amitriptyline", _CP01, OFF_LABEL, "warning"),
    # nerve pain told by its signs, in new wordings
    (
        "amitriptyline",
        "My dad has had type 2 diabetes for years, and his feet burn and tingle every night. It's like standing on hot sand,"
        " he says. His GP prescribed amitriptyline to settle that burning.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Patients with diabetes often describe numb, prickling toes and an electric buzzing in the soles. A small dose of"
        " amitriptyline at night can quieten those sensations.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Since her diabetes was diagnosed, Rosa has felt pins and needles in both feet. The clinic started her on amitriptyline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Many of our patients with diabetes have burning feet at night. For some it is like treading on hot coals. We begin"
        " amitriptyline at a low dose to ease that burning so they can sleep again.",
        OFF_LABEL,
        "warning",
    ),
    # a sleep use told alone still counts
    ("amitriptyline", "Some people take amitriptyline at night to help them sleep.", OFF_LABEL, "error"),
    ("amitriptyline", "A small dose of amitriptyline calms the mind so you can sleep.", OFF_LABEL, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    # a timing, the drowsiness a side effect
    ("amitriptyline", "Take amitriptyline at bedtime because it makes you drowsy.", OFF_LABEL),
    # approved for diabetic nerve pain, the sleep its result
    (
        "pregabalin",
        "Many people with diabetes feel burning, tingling or pins and needles in their feet. It can feel like walking on gravel."
        " We start pregabalin at a small dose to calm those sensations so that you can sleep through the night again.",
        OFF_LABEL,
    ),
    (
        "duloxetine",
        "Many people with diabetes feel burning, tingling or pins and needles in their feet. Some say it feels like walking on"
        " gravel. Duloxetine can calm those sensations so that you can sleep again.",
        OFF_LABEL,
    ),
    # the sleep the relief gives back, after the approved use
    (
        "amitriptyline",
        "Amitriptyline lifts low mood and eases the aches of depression so that you can sleep better.",
        OFF_LABEL,
    ),
    (
        "tizanidine",
        "He has multiple sclerosis and his legs stiffen. Tizanidine settles the spasms so he can sleep.",
        OFF_LABEL,
    ),
    # a side effect's burning, pointed back at
    (
        "amitriptyline",
        "Amitriptyline can cause a burning feeling in the mouth. Some say it feels like scalding. Sip water to ease that burning.",
        OFF_LABEL,
    ),
]
