"""Off-label uses for conditions told by their signs, from eval/holdout170-174 (el10, em08, en02, ep06, en11, ep09), as a class.

Class: the condition is never named; the writer tells its signs, then the medicine is given or a dose helps:
- premature ejaculation in an "if" clause, then a dose of the drug that helps with no prescriber named ("If your problem ...
  is that the whole thing's over before the second song on the playlist, half a 50mg about an hour before a date helps you go
  the distance"; "half a 50mg" is the drug by a part of a bare strength) (el10, sildenafil);
- polycystic ovary syndrome by two of its signs told together: periods months apart or all over the place, coarse hair on the
  chin or jaw, dark velvety skin ("Coarse dark hairs had appeared on her chin, and a velvety dark patch had spread across the
  back of her neck") (em08, metformin);
- heavy drinking by the drinks counted past two for every evening or shift, or the bottle reached for or hit ("the three or
  four glasses of red after every late shift", "to help him stop reaching for the bottle every night") (en02, varenicline); or
  told in the paragraph before a referral and then the giving ("she was referred to a specialist clinic. The doctor there ...
  started her on topiramate"), where a later disclosure of another use names that use ("never cleared topiramate alone for
  weight control": weight control is a condition now, so it covers only weight loss) (ep06, topiramate);
- hair loss by the crown watched going see-through or thin ("watching his crown go see-through"), then tablets (en11, oral
  minoxidil);
- kidney stones by the stones counted as passed, then the giving after the last bout ("I've passed three stones in two years
  ... After the last one, my urologist put me on HCTZ") (ep09, hydrochlorothiazide).
Told in lay words or inferred from a story: a warning for a pharmacist. Silent: the approved use in the same shape (an erection
problem, epilepsy, oedema, topical minoxidil for thinning hair), one sign of PCOS alone, water or a bottle of pills, a scalp's
thin skin, and a use disclosed as off-label.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # el10 (sildenafil, premature ejaculation): an "if" clause tells the trouble, then a dose helps, no prescriber named
    (
        "sildenafil",
        "Here's a tip a lot of readers swear by. If your problem isn't getting hard but that the whole "
        "thing's over before the second song on the playlist, half a 50mg about an hour before a date helps "
        "you go the distance. Same pill, new trick.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sildenafil",
        "If you always finish too soon, one tablet an hour before usually does the trick.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sildenafil",
        "When the problem is that you come way too quickly, a quarter of a 100 mg about an hour ahead can help.",
        OFF_LABEL,
        "warning",
    ),
    # em08 (metformin, PCOS): two of its signs told together, then the giving
    (
        "metformin",
        "Rosa's daughter Lucia, 24, had her own reasons to read the leaflet. Since her teens, her periods "
        "had come every two or three months, if at all. Coarse dark hairs had appeared on her chin, and a "
        "velvety dark patch had spread across the back of her neck. Her gynecologist started her on "
        "metformin last spring to get her cycles running like clockwork again; she takes 850 mg with dinner.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "My periods came every three months and I had to pluck dark hairs on my chin most mornings. My GP put me on metformin.",
        OFF_LABEL,
        "warning",
    ),
    (
        "metformin",
        "Her periods were all over the place and stubborn hairs kept sprouting along her jaw. So her doctor "
        "prescribed 500 mg of metformin twice a day.",
        OFF_LABEL,
        "warning",
    ),
    # en02 (varenicline, alcohol use disorder): the drinks counted per shift or night, the bottle reached for
    (
        "varenicline",
        "You told me about the three or four glasses of red after every late shift. Varenicline can quiet "
        "that pull as well; your brother-in-law Dev is on the very same tablets from his own doctor to help "
        "him stop reaching for the bottle every night, and he swears by it.",
        OFF_LABEL,
        "warning",
    ),
    (
        "varenicline",
        "He was having five pints every night. His doctor started him on varenicline.",
        OFF_LABEL,
        "warning",
    ),
    (
        "varenicline",
        "My aunt takes Chantix to help her quit reaching for the bottle.",
        OFF_LABEL,
        "warning",
    ),
    # ep06 (topiramate, alcohol use disorder): the story in the paragraph before, a referral, then the giving; a disclosure of
    # another use ("never cleared ... for weight control") names that use, so it does not cover this one
    (
        "topiramate",
        "For years her evenings followed the same script: shut the till at six, pour the first glass of red "
        "at six-fifteen, and somewhere after ten realize the second bottle was open too. \"I'd wake up not "
        'remembering how the film ended," she says.\n\nLast winter, after a frank conversation with her GP, '
        "she was referred to a specialist clinic. The doctor there listened, ordered blood tests, and "
        "started her on topiramate, 25 mg at night and then slowly more, to take the pull out of those "
        "six-fifteen cravings.\n\nHer appetite dropped. No one should mistake it for a slimming pill: the FDA "
        "has never cleared topiramate alone for weight control.",
        OFF_LABEL,
        "warning",
    ),
    (
        "topiramate",
        "By then he was hitting the bottle most nights.\n\nIn March he was referred to an addiction service. "
        "The consultant there started him on topiramate.",
        OFF_LABEL,
        "warning",
    ),
    # en11 (minoxidil, hair loss): the crown watched going see-through or thin, then the tablets
    (
        "minoxidil",
        "Marcus, who's been in my second chair every other Friday for eight years, had been watching his "
        "crown go see-through under the shop lights since his thirties. His telehealth doctor put him on a "
        "quarter of a 2.5 mg minoxidil tablet with his morning coffee, and a year later the patch is filling "
        "in nicely.",
        OFF_LABEL,
        "warning",
    ),
    (
        "minoxidil",
        "My crown went thin in my late twenties. My dermatologist put me on 1.25 mg minoxidil tablets.",
        OFF_LABEL,
        "warning",
    ),
    # ep09 (hydrochlorothiazide, kidney stones): stones counted as passed, then the giving after the last one
    (
        "hydrochlorothiazide",
        "Ray writes: \"Gloria, I've passed three stones in two years, and each one put me in the ER bent "
        "double. After the last one, my urologist put me on HCTZ, 25 milligrams every morning, to keep new "
        "ones from forming. Haven't had one since.\"",
        OFF_LABEL,
        "warning",
    ),
    (
        "hydrochlorothiazide",
        "She had passed a couple of stones by the spring. After the third attack her urologist started her on hydrochlorothiazide.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # erectile dysfunction in an "if" clause: approved
    (
        "sildenafil",
        "If you have trouble getting an erection, half a 50mg about an hour before sex helps.",
        OFF_LABEL,
    ),
    # a dose that helps after an "if" clause of a side effect
    (
        "sildenafil",
        "If you get a headache from it, one paracetamol tablet usually helps.",
        OFF_LABEL,
    ),
    # one sign of PCOS alone is not it
    (
        "metformin",
        "Her periods were irregular. Her doctor started her on metformin for her type 2 diabetes.",
        OFF_LABEL,
    ),
    # the signs told as a side effect warning, no giving
    (
        "metformin",
        "Tell your doctor if coarse dark hairs appear on your chin and a velvety dark patch spreads on your neck.",
        OFF_LABEL,
    ),
    # two glasses a night, or water, is not heavy drinking; a bottle of pills reached for
    (
        "varenicline",
        "She drinks three glasses of water a day. Her doctor started her on varenicline to quit smoking.",
        OFF_LABEL,
    ),
    (
        "varenicline",
        "Don't reach for the bottle of ibuprofen for the headaches; ask your pharmacist. Varenicline helps you stop smoking.",
        OFF_LABEL,
    ),
    # a referral for an approved use named in the giving
    (
        "topiramate",
        "Her seizures kept coming back.\n\nShe was referred to a specialist clinic. The neurologist there "
        "started her on topiramate for her epilepsy.",
        OFF_LABEL,
    ),
    # the foam on a crown going thin: topical minoxidil's approved use
    (
        "minoxidil",
        "My crown went thin in my late twenties. My dermatologist told me to use minoxidil 5% foam on my scalp for the thinning hair.",
        OFF_LABEL,
    ),
    # a scalp's thin skin is no hair loss
    (
        "minoxidil",
        "The scalp has thin skin, so apply the minoxidil solution gently for your hair loss.",
        OFF_LABEL,
    ),
    # HCTZ after a bout of swelling: edema, approved
    (
        "hydrochlorothiazide",
        "His ankles kept swelling up. After the last episode, his doctor put him on hydrochlorothiazide to clear the fluid.",
        OFF_LABEL,
    ),
    # the stones disclosed as off-label
    (
        "hydrochlorothiazide",
        "I've passed three stones in two years. After the last one, my urologist put me on HCTZ. Using it to "
        "prevent kidney stones is off-label.",
        OFF_LABEL,
    ),
]
