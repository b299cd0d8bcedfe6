"""Off-label uses told by their signs or a story, never named, then the medicine; and sleep won back once another trouble is
treated, from blind held-out misses and false errors: eval/holdout303 (jo04), eval/holdout304 (jp01, jp05), eval/holdout309
(ju04, ju08) and eval/holdout310 (jv04), as classes.

- Performance anxiety told by its signs before an occasion in one sentence ("your hands shake ..., your voice wobbles, right
  before the best man speech"), then a taking timed before that occasion pointed back at in the next ("take one about an
  hour before the big moment"). A warning (inferred). Silent: no occasion told before, the taking before an occasion with
  no trouble told, a disclosed use.
- Sleeplessness told as the rest a tablet helps someone get ("helps them get a proper night's rest when their mind races at
  3 a.m."). A warning (lay words). Silent: a disclosed use.
- Anxiety told by its signs and a story, then the doctor's giving: the mind going through every what-if, the dread as a
  constant low hum ("her mind spinning through every what-if, and her doctor started her on 75 mg twice a day"), the signs
  told after "couldn't ... without" (a denial undone, not a denial). A warning. Silent: "a what-if scenario", a hum of the fridge.
- A tension-type headache named by a bare word with a modifier, then told by how it feels ("for my Saturday headaches too,
  the ones that feel like a tight band round my head"). A warning. Silent: the migraine's headache, the ones that come with
  the zigzag lights (approved).
- Silent: sleep an attack off ("two more of them before bed so I can sleep it off", jp05: the migraine's, no sleeplessness);
  sleep won back once the trouble it was lost to is treated, credited in the same sentence ("for the burning,
  pins-and-needles feet that keep them pacing the landing at 2 am, and they say it's the only thing that lets them sleep
  through", jv04: the feet's use, reported; no second use for sleep).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (jo04, jp01, ju04, ju08, jv04)
    (
        "atenolol",
        "This is the section everyone scrolls to. Your hands shake so hard the notes rattle, your heart is going like a drum "
        "and your voice wobbles, right before the best man speech or the big job interview. A lot of folks just keep a few "
        "25 mg atenolol in their wallet and take one about an hour before the big moment, and swear they sail through it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydroxyzine",
        "Hydroxyzine is used for itching caused by allergies. Many of our patients also tell us the tablet helps them get a "
        "proper night's rest when their mind races at 3 a.m. and they can't switch off.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "It is not approved for sciatica or ordinary back pain, though some doctors try it off-label.\n\nMy sister-in-law "
        "Rena is on it too. Since her divorce she couldn't sit through a work meeting without her mind spinning through every "
        "what-if, and her doctor started her on 75 mg twice a day; she says it keeps that constant low hum of dread down to a "
        "whisper.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "**Jade (Tue 4:30 pm):** honestly I take one of the 50s for my Saturday headaches too, the ones that feel like a tight "
        "band round my head from standing all day. no lights, no sick, just tight",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "Its FDA-approved use is relieving the symptoms of depression. They take a small amitriptyline tablet at night for the "
        "burning, pins-and-needles feet that keep them pacing the landing at 2 am, and they say it's the only thing that lets "
        "them sleep through.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices
    (
        "propranolol",
        "Her knees knock and her mouth goes dry ahead of every board presentation. Now she pops a 10 mg propranolol half an "
        "hour before the big day and walks in steady.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "Forum regulars describe shaky hands before a speech at a wedding. Several of them take half an atenolol tablet an hour "
        "before the big moment.",
        OFF_LABEL,
        "warning",
    ),
    (
        "cetirizine",
        "Cetirizine relieves sneezing and a runny nose from hay fever. Shoppers write in that one tablet helps them get a "
        "decent night's sleep when the week has them wound up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Gabapentin is approved for nerve pain after shingles. My neighbour had a rough year after the redundancy: her head "
        "ran through each possible what-if all day, and her GP started her on 300 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Pregabalin is approved for fibromyalgia. A reader wrote in about the background hum of worry that followed her "
        "everywhere since the house move, and her doctor started her on pregabalin for it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sumatriptan",
        "She keeps a box at the till and takes one for her Monday headaches, the ones that feel like a tight band round her "
        "forehead after a weekend of shifts.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): must stay silent.
SHOULD_NOT = [
    # the drafts' own wording (jp05, jv04): sleep an attack off; sleep won back once the burning feet are treated
    (
        "sumatriptan",
        "**mothwing:** Same here but I'm on the 100s. On a bad day I take one at lunch, one mid-afternoon, then two more of "
        "them before bed so I can sleep it off. Works for me.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "I take one as soon as the migraine starts, then lie down in the dark and sleep off the headache.",
        OFF_LABEL,
    ),
    (
        "gabapentin",
        "Gabapentin is approved for the nerve pain after shingles. I take it for the shingles pain that kept me up pacing "
        "the hall at 3 am, and it's the only thing that lets me sleep through.",
        OFF_LABEL,
    ),
    # the occasion pointed back at with no trouble told before, or a disclosed use
    (
        "sildenafil",
        "We booked the hotel months ahead for the anniversary. He takes one about an hour before the big moment.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "Your hands may shake before a speech. Propranolol is sometimes prescribed off-label for this; some people take one "
        "about an hour before the big moment.",
        OFF_LABEL,
    ),
    # a what-if or a hum that is no worry; a headache of the migraine (approved)
    (
        "pregabalin",
        "Pregabalin is approved for fibromyalgia. We ran a what-if scenario on prices, and the hum of the fridge kept us "
        "company while her doctor started her on 75 mg twice a day for the fibromyalgia.",
        OFF_LABEL,
    ),
    (
        "sumatriptan",
        "I take one of my 50s for my migraines, the ones that come with zigzag lights and being sick.",
        OFF_LABEL,
    ),
    # the rest told as a use, disclosed
    (
        "hydroxyzine",
        "Some patients also tell us the tablet helps them get a proper night's rest; that is an off-label use, not what it is "
        "approved for.",
        OFF_LABEL,
    ),
]
