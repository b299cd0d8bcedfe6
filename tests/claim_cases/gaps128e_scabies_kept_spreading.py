"""Scabies told by its signs, the drug given once the itch kept spreading, from eval/holdout149 (dq12, ivermectin), as a class.

Class: the burrows ("tiny grey tracks in the skin") or the rash between the fingers and on the wrists worse at night, told in
one paragraph; the next opens with a first try ("a cream from the neck down, a week apart") and then the trouble going on
and the giving ("The itch kept spreading, so on 12 November our visiting physician, Dr. Halloran, prescribed ivermectin"):
the day of the giving and the prescriber's name between are part of the giving. Oral ivermectin is approved for
strongyloidiasis and onchocerciasis only: scabies in lay words is a warning. Silent: an itch alone that kept spreading,
worms (an approved use), the day and name with the approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dq12)
    (
        "ivermectin",
        "In late October, three residents on Rowan Wing began scratching through the night. The nurses found a fine, bumpy rash"
        " in the webs between their fingers, around their wrists and along the waistband line, with tiny grey tracks in the skin."
        " Within two weeks, two more residents and one of our aides had the same fierce night-time itch.\n\nEveryone affected"
        " first had two applications of a cream from the neck down, a week apart. The itch kept spreading, so on 12 November our"
        " visiting physician, Dr. Halloran, prescribed ivermectin tablets for every resident and staff member on the wing, with a"
        " second dose a week later.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings
    (
        "ivermectin",
        "Our twins had tiny grey lines in the skin between their fingers. We tried the cream twice. The itch kept coming back, so"
        " our GP prescribed ivermectin tablets for the whole family.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Mum had little wavy tracks between her fingers and an itchy rash on her wrists that was worse at night.\n\nThe"
        " chemist's lotion did nothing. The rash kept spreading, so Dr. Okafor prescribed ivermectin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "ivermectin",
        "Two of the lads in the barracks had tiny grey tracks in the skin of their wrists. On 3 March the camp doctor, Dr."
        " Reyes, gave everyone in the block ivermectin.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # an itch alone, kept spreading
    (
        "ivermectin",
        "Several residents were scratching at night.\n\nWe washed all the bedding. The itch kept spreading, so the doctor"
        " prescribed ivermectin.",
        OFF_LABEL,
    ),
    # worms, an approved use
    (
        "ivermectin",
        "After his trip he had threadworms in his gut.\n\nThe first tablets did nothing. It kept coming back, so his doctor"
        " prescribed ivermectin.",
        OFF_LABEL,
    ),
    # the day and the name, with the approved use
    (
        "ivermectin",
        "On 12 November our visiting physician, Dr. Halloran, prescribed ivermectin for the worm infection found in two residents.",
        OFF_LABEL,
    ),
]
