"""Three false errors of off-label.undisclosed from the eighth blind round, as classes.

1. Bare "cramps" on a painkiller whose label lists menstrual cramps (ibuprofen, naproxen, acetaminophen, aspirin) is that
   use: "It works for me most of the time for cramps" (eval/holdout133 da04, ibuprofen). Still reported: cramps set in a
   muscle or a limb, at night, or after a workout.
2. A grown prostate told with its symptoms (twice a night to pee, a weak stream further on in the sentence) is the approved
   BPH use: "for older men whose prostate has grown and who get up twice a night to pee or stand there waiting for a weak
   stream to start" (eval/holdout135 dc01, finasteride). Still reported: a weak stream with no prostate, or with the
   prostate in another clause or sentence.
3. A use the reader is told to stop is no use: "pls stop asking ur GP for cipro for a cold" (eval/holdout136 dd13,
   ciprofloxacin). Still reported: someone who stopped taking it for a cold (she was taking it for one), and "stop"
   that does not stop the taking.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # 1. cramps of a muscle, at night or from a workout
    ("ibuprofen", "Ibuprofen is a painkiller. I take it for cramps in my calves after a run.", OFF_LABEL, "error"),
    ("naproxen", "Naproxen is a painkiller. She swears by it for cramps after the gym.", OFF_LABEL, "error"),
    ("ibuprofen", "Ibuprofen is a painkiller. I take it for cramps at night.", OFF_LABEL, "error"),
    ("naproxen", "Naproxen is a painkiller. It is great for cramps during a long ride.", OFF_LABEL, "error"),
    # 2. a weak stream with no prostate, or the prostate in another sentence or clause
    ("finasteride", "Doctors prescribe it for a weak stream.", OFF_LABEL, "error"),
    ("finasteride", "Proscar shrinks an enlarged prostate. Some doctors also give it to women for a weak stream.", OFF_LABEL, "error"),
    ("tamsulosin", "It does nothing for the prostate; people take it for a weak stream anyway.", OFF_LABEL, "error"),
    # 3. taking it for a cold that was stopped: she was taking it for one
    (
        "ciprofloxacin",
        "Ciprofloxacin is an antibiotic. She stopped taking it for her cold when the tendon pain began.",
        OFF_LABEL,
        "warning",
    ),
    ("ciprofloxacin", "Ciprofloxacin is an antibiotic. Stop worrying: people take it for a cold all the time.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # 1. the draft's own sentence (da04), then other voices
    (
        "ibuprofen",
        "Ibuprofen fights inflammation, acetaminophen (Tylenol) doesn't really.\n\n## My Take\n\n"
        "It works for me most of the time for cramps. I keep a bottle in my bag.",
        OFF_LABEL,
    ),
    ("ibuprofen", "Ibuprofen is a painkiller. I take two for my cramps every month.", OFF_LABEL),
    ("naproxen", "Naproxen is a painkiller. Honestly nothing beats it for bad cramps.", OFF_LABEL),
    ("naproxen", "Naproxen is a painkiller. My daughter takes it for cramps, two tablets on day one.", OFF_LABEL),
    ("acetaminophen", "Acetaminophen is a painkiller. It's what I keep in my desk for cramps.", OFF_LABEL),
    # 2. the draft's own sentence (dc01), then other voices and drugs
    (
        "finasteride",
        "The 1 mg version (brand name Propecia) is for guys with a receding hairline or a thinning patch on top. The 5 mg version"
        " (Proscar) is a different product for older men whose prostate has grown and who get up twice a night to pee or stand"
        " there waiting for a weak stream to start.",
        OFF_LABEL,
    ),
    (
        "finasteride",
        "Grandad's prostate has grown and he gets up twice a night to pee, so his GP started him on finasteride for the weak stream.",
        OFF_LABEL,
    ),
    (
        "tamsulosin",
        "Tamsulosin is for older men whose prostate has grown, the ones who get up twice a night to pee and then stand waiting"
        " for a weak stream.",
        OFF_LABEL,
    ),
    (
        "finasteride",
        "Ask about Proscar if your prostate has got bigger over the years and you find yourself up once or twice a night to pee,"
        " waiting on a weak stream.",
        OFF_LABEL,
    ),
    # 3. the draft's own sentences (dd13), then other voices
    (
        "ciprofloxacin",
        "**4/** it does NOT do anything for a cold or flu. viruses don't care about antibiotics. pls stop asking ur GP for cipro"
        " for a cold 🙏",
        OFF_LABEL,
    ),
    ("ciprofloxacin", "Ciprofloxacin is an antibiotic. Please, stop asking your doctor for cipro for the flu.", OFF_LABEL),
    ("ciprofloxacin", "Ciprofloxacin is an antibiotic. Quit begging your GP for it for a cough.", OFF_LABEL),
    ("ciprofloxacin", "Ciprofloxacin is an antibiotic. Viruses shrug it off, so stop taking cipro for a cold.", OFF_LABEL),
]
