"""Misses of off-label.undisclosed from the ninth blind round, as classes.

1. Nightmares told by waking with the scenes replaying (plural, or "those scenes"): "he would wake three or four times a week
   soaked in sweat, heart hammering, fists clenched, the same scenes replaying in his head" then prazosin started at night
   (eval/holdout142 dj10). Still silent: scenes of a film, a holiday or a wedding played again with no waking in fear.
2. A kidney stone told by its pain or its place, then the medicine given by the unnamed team ("They sent him home with
   tamsulosin") or in the passive ("She was sent home with tamsulosin") (eval/holdout140 dh06). Still silent: a grown
   prostate given it the same way, or "they" sending someone home with something else.
3. Lyme disease told by its rash, then the medicine given by a prescriber named with the town it is in ("The clinic in
   Ljubljana gave me doxycycline, 100 mg twice a day for three weeks") (eval/holdout142 dj03). Still silent: an approved
   use given the same way (acne, chlamydia, Rocky Mountain spotted fever after a tick bite).
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # 1. the draft's own sentences (dj10), then other voices
    (
        "prazosin",
        "Mike, 38, served two tours as an army medic. For years after he came home, he says, sleep was a battlefield of its"
        " own: he would wake three or four times a week soaked in sweat, heart hammering, fists clenched, the same scenes"
        " replaying in his head. His wife moved to the spare room after he hit the headboard.\n\nHis psychiatrist at the"
        " veterans' clinic started him on prazosin, 1 mg at night, and raised it slowly to 6 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "She kept waking at 3 a.m., the same scenes from the crash replaying in her head. Her GP put her on prazosin at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Most nights I woke up gasping, those scenes from the checkpoint playing over and over. The VA doc started me on"
        " prazosin, 1 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "The scenes from the ambush would keep replaying in his head until he woke screaming. His psychiatrist started him on"
        " prazosin, 1 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "prazosin",
        "Veterans can jolt awake with the old scenes running on a loop behind their eyes; some psychiatrists prescribe prazosin for that.",
        OFF_LABEL,
        "warning",
    ),
]

SHOULD += [
    # 2. the draft's own sentences (dh06), then other voices
    (
        "tamsulosin",
        "My buddy Dave had a different story. He woke up at 3 a.m. with a stabbing pain in his side that wrapped round to his"
        " groin, ended up in the ER, and the scan showed a tiny stone stuck on its way down. They sent him home with tamsulosin,"
        ' one capsule a day, "to open the pipe," and he passed it four days later.',
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "The scan showed a 4 mm stone stuck in the tube from her kidney. She was sent home with tamsulosin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "Sharp pain in my left side that ran all the way down to my groin, the works. They sent me home with Flomax, one a day.",
        OFF_LABEL,
        "warning",
    ),
    (
        "tamsulosin",
        "She had a tiny stone lodged in the tube from her kidney. They put her on tamsulosin for a week and it came out.",
        OFF_LABEL,
        "warning",
    ),
]

SHOULD += [
    # 3. the draft's own sentences (dj03), then other voices
    (
        "doxycycline",
        "**wanderwren:** Hiking near Bled, found a tick on my calf and pulled it out. About a week later a red ring started"
        " spreading round the bite, pale in the middle like a target, and I felt achy and feverish. The clinic in Ljubljana gave"
        " me doxycycline, 100 mg twice a day for three weeks, and the ring faded in a few days.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "Two weeks after the camping trip my son had a big pink circle on his back, like a dartboard. A GP in Aberdeen put him on"
        " doxycycline for three weeks.",
        OFF_LABEL,
        "warning",
    ),
    (
        "doxycycline",
        "She noticed a tick bite that turned into a spreading red rash. The urgent care in Portland Maine prescribed doxycycline.",
        OFF_LABEL,
        "warning",
    ),
    ("doxycycline", "I had a bullseye rash after hiking. The walk-in centre in Cork gave me doxycycline.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # 1. scenes played again with no waking in fear
    (
        "prazosin",
        "Prazosin lowers blood pressure. He rewatches the same scenes of his favourite film again and again. His doctor started"
        " him on prazosin for his blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin lowers blood pressure. He wakes early and paints the same scenes of the harbour each morning. His doctor started"
        " him on prazosin, 1 mg at night, for his blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin lowers blood pressure. On waking she lies still, the scenes of the holiday replaying in her head. Her doctor"
        " raised her prazosin to 2 mg for her blood pressure.",
        OFF_LABEL,
    ),
    (
        "prazosin",
        "Prazosin lowers blood pressure. The scenes of the wedding kept playing in his head until he woke smiling. His doctor"
        " started him on prazosin for high blood pressure.",
        OFF_LABEL,
    ),
    # 2. a grown prostate given it the same way, or someone sent home with something else
    (
        "tamsulosin",
        "Tamsulosin relaxes the prostate. My dad gets up three times a night to pee because his prostate has grown. They"
        " started him on tamsulosin last spring.",
        OFF_LABEL,
    ),
    ("tamsulosin", "Tamsulosin relaxes the prostate. He had an enlarged prostate. He was sent home with tamsulosin.", OFF_LABEL),
    (
        "tamsulosin",
        "Tamsulosin relaxes the prostate. He broke his wrist playing football. They sent him home with a sling. His tamsulosin"
        " for his enlarged prostate carried on as before.",
        OFF_LABEL,
    ),
    # 3. an approved use given by a prescriber named with its town
    (
        "doxycycline",
        "Doxycycline treats acne. My spots were getting worse. A dermatologist in Leeds put me on doxycycline for my acne.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Doxycycline treats chlamydia. The sexual health clinic in Brighton gave me doxycycline for chlamydia.",
        OFF_LABEL,
    ),
    (
        "doxycycline",
        "Doxycycline treats Rocky Mountain spotted fever. After a tick bite he had a high fever and spots on his wrists; the"
        " hospital in Tulsa diagnosed Rocky Mountain spotted fever and gave him doxycycline.",
        OFF_LABEL,
    ),
]
