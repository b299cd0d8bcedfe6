"""Misstatement classes from the holdout37/38 scoring, each told in other words, drugs and voices.

A wrong class told as one more of the class, or by pointing at a medicine of it: "it's just another SSRI",
"one more SSRI to try", "It's in the same family as the Prozac I was on" (the pronoun statement stays
the drug's though another drug is named after "same family as"). Near misses: the drug's own class set
against it ("an SNRI, not just another SSRI"), another drug's class, a drug that is an SSRI.

A wrong class told by what people use it for: prednisone as "the same stuff the guys at my gym inject
to bulk up", "what the lads down the gym use to get big". Near misses: the likening negated or corrected
in the same sentence ("but it is a different kind of steroid"), a comparison that refutes it.

A prevention-only medicine taken once the attack has been told in the sentence before, the second
pointing back at it as the moment to take it: "Feel that tight, whistly chest creeping in mid-match?
That's the moment to chew a montelukast", "That's your cue to pop a Singulair", "That's when we give him
a chewable". Near misses: the reliever inhaler at that moment, "That's not the moment", an evening dose
taken as usual, the dose before exercise the label allows, a belief refuted.

An anecdote offered as the answer that a fetal-harm drug is safe in pregnancy: someone took it right
through a pregnancy and the baby is fine, "so I wouldn't worry". Near misses: a harm story, a
doctor who switched her, the anecdote followed by advice to ask first. And the tooth-staining warning
is not given by a reassurance about teeth ("perfect teeth").

An instruction to crush, chew or dissolve the tablets in an article about extended-release tablets,
naming the tablets only as "them" or "the tablets": "If you find the tablets hard to swallow, you can
crush them". Near misses: "do not crush them", an article about immediate-release tablets only.

Each case asserts what an editor sees: the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
NOT_SSRI = "not-an-ssri"
ANABOLIC = "anabolic-steroid"
ATTACKS = "stops-asthma-attacks"
PREGNANCY = "safe-in-pregnancy"
DOXY_PREGNANCY = "safe-for-young-children-pregnancy"
TEETH = "tooth-development-pregnancy"
CRUSH = "crush-er-tablets"
SLOW = "You are going home with oxycodone slow-release tablets, taken every 12 hours. "

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # one more of the wrong class, or in the family of one of its medicines
    (
        "duloxetine",
        'Jo: "Honestly, it\'s just another SSRI, same family as the Zoloft my sister takes."',
        MISSTATEMENT,
        NOT_SSRI,
        "warning",
    ),
    ("duloxetine", "Cymbalta is just another SSRI, so expect the usual start-up nausea.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("duloxetine", "My GP said duloxetine is one more SSRI to try after the first two failed.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("duloxetine", "It's in the same family as the Lexapro I was on at uni.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("duloxetine", "It is an SSRI, same family as Paxil.", MISSTATEMENT, NOT_SSRI, "warning"),
    # what gym-goers use to bulk up
    ("prednisone", '"It\'s basically the same stuff the lads at my gym inject to bulk up," he laughs.', MISSTATEMENT, ANABOLIC, "warning"),
    ("prednisone", "Prednisone is the same thing bodybuilders take to get huge, only weaker.", MISSTATEMENT, ANABOLIC, "warning"),
    ("prednisone", "Pred is basically what the blokes down the gym use to pack on muscle.", MISSTATEMENT, ANABOLIC, "warning"),
    # the attack told first, then the moment to take it
    (
        "montelukast",
        "Feel that tight, rattly chest coming on in the middle of netball? That's the moment to chew a montelukast.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    (
        "montelukast",
        "Chest starting to tighten up halfway through a run? That's your cue to pop a Singulair.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    ("montelukast", "He gets wheezy in the night now and then. That's when we give him a chewable.", MISSTATEMENT, ATTACKS, "error"),
    (
        "montelukast",
        "Coughing fit in the small hours, the kind that keeps the whole house up? That is the time to give her a montelukast sachet.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    (
        "montelukast",
        "Short of breath on the stairs? This is exactly the moment to take a Singulair tablet.",
        MISSTATEMENT,
        ATTACKS,
        "error",
    ),
    # an anecdote of a pregnancy on it with a healthy child, offered as the answer
    (
        "doxycycline",
        "Everyone asks about pregnancy. My best friend stayed on doxy for her rosacea the whole time she was expecting, "
        "and her son is a healthy four-year-old with perfect teeth, so I really wouldn't stress.",
        MISSTATEMENT,
        DOXY_PREGNANCY,
        "error",
    ),
    (
        "lisinopril",
        "My sister stayed on lisinopril the entire time she was pregnant, and her son is a perfectly healthy toddler now.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    (
        "warfarin",
        "A friend of mine kept taking her warfarin all through her pregnancy and her little girl is absolutely fine.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    (
        "losartan",
        "My mum was on losartan the whole nine months and my brother turned out fine, so I wouldn't worry.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    (
        "isotretinoin",
        "One of our readers kept using Accutane for the first few months of her pregnancy and her baby boy is thriving.",
        MISSTATEMENT,
        PREGNANCY,
        "error",
    ),
    # teeth named only to reassure do not give the tooth-staining warning
    (
        "doxycycline",
        "Take doxycycline with a full glass of water. My nephew had a course for Lyme disease and still has strong, gleaming teeth.",
        WARNING,
        TEETH,
        "error",
    ),
    # an instruction to crush the slow-release tablets, named only as "them" or "the tablets"
    (
        "oxycodone",
        SLOW + "If you find the tablets hard to swallow, you can crush them and stir them into yoghurt.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        "Your OxyContin is taken every 12 hours. Can't get them down? Crush them into a little jam.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        "Dad's oxycodone is the 12-hour kind. The tablets can be crushed and mixed with food if he struggles.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
    (
        "oxycodone",
        "Mum was sent home on OxyContin twice a day. It's fine to chew the tablets if they are too big.",
        MISSTATEMENT,
        CRUSH,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("duloxetine", "Duloxetine is an SNRI, not just another SSRI.", MISSTATEMENT, NOT_SSRI),
    ("duloxetine", "If you've taken an SSRI such as Prozac before, duloxetine works a little differently.", MISSTATEMENT, NOT_SSRI),
    ("duloxetine", "Cymbalta is just another antidepressant to some people, but it works on two brain chemicals.", MISSTATEMENT, NOT_SSRI),
    ("sertraline", "Sertraline is just another SSRI, same family as Prozac.", MISSTATEMENT, NOT_SSRI),
    ("prednisone", "Prednisone is not the same stuff the guys at the gym inject to bulk up.", MISSTATEMENT, ANABOLIC),
    ("prednisone", "Prednisone copies cortisol; it won't help anyone bulk up at the gym.", MISSTATEMENT, ANABOLIC),
    # the belief corrected in the same sentence by what the drug really is
    (
        "prednisone",
        "People think prednisone is what bodybuilders take to bulk up, but it is a different kind of steroid.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    (
        "prednisone",
        "Some say pred is just what gym guys inject to get big, but it's actually another class of steroid.",
        MISSTATEMENT,
        ANABOLIC,
    ),
    (
        "montelukast",
        "Feel that tight, whistly chest creeping in halfway through practice? "
        "That's the moment to reach for the blue reliever inhaler, not montelukast.",
        MISSTATEMENT,
        ATTACKS,
    ),
    ("montelukast", "Wheezy in the night? That's not the moment to chew a montelukast; use the reliever inhaler.", MISSTATEMENT, ATTACKS),
    (
        "montelukast",
        "Your child takes montelukast every evening. That's the moment to chew a montelukast: at bedtime.",
        MISSTATEMENT,
        ATTACKS,
    ),
    (
        "montelukast",
        "If exercise sets off your child's chest, a dose taken at least two hours before sport can help prevent it.",
        MISSTATEMENT,
        ATTACKS,
    ),
    ("montelukast", "Wheezy in the night? Some parents think that's the moment to chew a montelukast. It isn't.", MISSTATEMENT, ATTACKS),
    (
        "doxycycline",
        "My cousin stayed on doxy the whole time she was expecting, and her daughter's baby teeth came through grey.",
        MISSTATEMENT,
        DOXY_PREGNANCY,
    ),
    (
        "doxycycline",
        "My cousin took doxy before she knew she was expecting; her doctor switched her straight away.",
        MISSTATEMENT,
        DOXY_PREGNANCY,
    ),
    (
        "lisinopril",
        "My sister stayed on lisinopril the whole time she was pregnant, and her son was born with kidney problems.",
        MISSTATEMENT,
        PREGNANCY,
    ),
    ("doxycycline", "In children under 8 and late in pregnancy, doxycycline can leave permanent grey marks on the teeth.", WARNING, TEETH),
    ("doxycycline", "Given to a young child, it can discolour the teeth for good.", WARNING, TEETH),
    ("oxycodone", SLOW + "Swallow them whole; do not crush, chew or dissolve them.", MISSTATEMENT, CRUSH),
    ("oxycodone", SLOW + "You can't crush them: swallow them whole.", MISSTATEMENT, CRUSH),
    ("oxycodone", SLOW + "If you find the tablets hard to swallow, ask us about a liquid; never crush them.", MISSTATEMENT, CRUSH),
    (
        "oxycodone",
        "Oxycodone immediate-release tablets are for breakthrough pain. If they are hard to swallow, you can crush them.",
        MISSTATEMENT,
        CRUSH,
    ),
    (
        "oxycodone",
        "Oxycodone is a strong opioid painkiller. If you find the tablets hard to swallow, you can crush them.",
        MISSTATEMENT,
        CRUSH,
    ),
    (
        "oxycodone",
        "You are going home with OxyContin. Your paracetamol tablets can be crushed, but swallow the OxyContin whole.",
        MISSTATEMENT,
        CRUSH,
    ),
]
