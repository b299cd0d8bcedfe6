"""Misstatements and safety warnings by wording class, from the holdout9/holdout10 misses: a
preventer given as an attack starts ("a teacher can give one if a wheezy spell starts"); a bare
mention of the rescue inhaler ("need your rescue inhaler more often") is not the not-a-rescue
warning; permission to take a drug in pregnancy with the pregnancy first, also as a bare question
and its answer ("Pregnant? It's one of the few painkillers you can still take"); the QT warning
needs the heart's rhythm, QT, an ECG or the heart tied to the dose cap (not "a fast heartbeat" of
serotonin syndrome); phentermine's heart contraindication needs heart disease or uncontrolled
blood pressure as a reason not to take it (not high blood pressure as a weight-related condition
that qualifies for it). Each case is a draft in other words than the eval sets', and asserts what
an editor sees: the finding (rule, item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"

_SEROTONIN = "Symptoms of serotonin syndrome include sweating, shivering and a fast heartbeat. "
HEART = "heart-disease-contraindication"
_BMI = "It is for adults with a BMI of 27 or more with a condition like high blood pressure or diabetes. "

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # a preventer given or taken as an attack starts
    (
        "montelukast",
        "Some families keep a chewable in the school bag, so a teacher can give one if a wheezy spell starts at recess.",
        MISSTATEMENT,
        "stops-asthma-attacks",
        "error",
    ),
    ("montelukast", "Give him a Singulair chewable when his chest gets tight.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    ("montelukast", "Hand her a montelukast tablet at the first sign of wheezing.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    ("montelukast", "The school nurse can give a dose if she starts wheezing.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    ("montelukast", "My son takes one when he's wheezy after football.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    ("montelukast", "Pop a montelukast when an asthma flare kicks off.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    ("montelukast", "Child can take the tablet when the wheezing is coming.", MISSTATEMENT, "stops-asthma-attacks", "error"),
    # the rescue inhaler only mentioned: the not-a-rescue warning is still missing
    (
        "montelukast",
        "Call the doctor if your child needs the rescue inhaler more often than usual.",
        WARNING,
        "not-for-acute-attacks",
        "warning",
    ),
    # permission in pregnancy, the pregnancy first
    (
        "ibuprofen",
        "Pregnant? It's one of the few painkillers you can still take, so no need to suffer.",
        MISSTATEMENT,
        "safe-in-pregnancy",
        "warning",
    ),
    ("ibuprofen", "Expecting a baby? You're fine to keep taking it.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    ("ibuprofen", "Pregnant or breastfeeding? You can use ibuprofen as normal.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    ("ibuprofen", "If you're pregnant, you can still take Advil for backache.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    ("ibuprofen", "During pregnancy it is OK to take ibuprofen for a headache.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    ("ibuprofen", "When pregnant, you are allowed to take ibuprofen.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    ("naproxen", "Mums-to-be: you can still take naproxen for period-like cramps.", MISSTATEMENT, "safe-in-pregnancy", "warning"),
    # QT: a fast heartbeat of serotonin syndrome and an unexplained dose cap do not give it
    (
        "citalopram",
        _SEROTONIN + "If you also take omeprazole, your doctor will keep you on 20 mg. The most is 40 mg a day.",
        WARNING,
        "qt-prolongation",
        "error",
    ),
    # the heart contraindication: high blood pressure as a qualifying condition does not give it
    (
        "phentermine",
        _BMI + "A faster, harder heartbeat is just the stimulant doing its thing.",
        WARNING,
        HEART,
        "error",
    ),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # forbidden, or given every day
    (
        "montelukast",
        "Do not give montelukast when a wheezy spell starts; use the blue inhaler.",
        MISSTATEMENT,
        "stops-asthma-attacks",
    ),
    ("montelukast", "Keep giving it every evening, even when he has no wheeze.", MISSTATEMENT, "stops-asthma-attacks"),
    ("montelukast", "Give it once a day in the evening, even on days when his chest feels fine.", MISSTATEMENT, "stops-asthma-attacks"),
    # the not-a-rescue warning in other words
    ("montelukast", "Montelukast is a preventer, not a reliever.", WARNING, "not-for-acute-attacks"),
    ("montelukast", "It won't stop an asthma attack once it has started.", WARNING, "not-for-acute-attacks"),
    ("montelukast", "Always keep the blue inhaler in his school bag for sudden attacks.", WARNING, "not-for-acute-attacks"),
    ("montelukast", "For a sudden attack, use the reliever inhaler.", WARNING, "not-for-acute-attacks"),
    ("montelukast", "It is not for treating an attack.", WARNING, "not-for-acute-attacks"),
    ("montelukast", "Montelukast doesn't work fast enough to help during a wheezing fit.", WARNING, "not-for-acute-attacks"),
    # pregnancy: asked, limited, another medicine, the doctor's call
    ("ibuprofen", "If you are pregnant, ask your pharmacist whether you can take ibuprofen.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "Pregnant? Paracetamol is usually the painkiller you can take.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "Pregnant? There are other painkillers you can take.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "If you're pregnant, you can take it only before 20 weeks.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "If you're pregnant, you can take it if your doctor says so.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "Can I take ibuprofen while pregnant? Ask your midwife first.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "Pregnant? You should not take ibuprofen after 20 weeks.", MISSTATEMENT, "safe-in-pregnancy"),
    ("ibuprofen", "There are pregnancy tests you can take at home.", MISSTATEMENT, "safe-in-pregnancy"),
    # the QT warning in lay words
    ("citalopram", _SEROTONIN + "At high doses citalopram can upset the heart's rhythm.", WARNING, "qt-prolongation"),
    ("citalopram", _SEROTONIN + "Your doctor may want an ECG before raising the dose.", WARNING, "qt-prolongation"),
    ("citalopram", _SEROTONIN + "Doses over 40 mg can affect the heart.", WARNING, "qt-prolongation"),
    ("citalopram", _SEROTONIN + "Taking more than 40 mg a day can cause problems with your heart's rhythm.", WARNING, "qt-prolongation"),
    ("citalopram", _SEROTONIN + "Too much citalopram can make the heart beat irregularly.", WARNING, "qt-prolongation"),
    ("citalopram", _SEROTONIN + "It can cause a heart problem called long QT.", WARNING, "qt-prolongation"),
    # the heart contraindication in lay words
    ("phentermine", _BMI + "Do not take phentermine if you have heart disease or have had a stroke.", WARNING, HEART),
    ("phentermine", _BMI + "Don't use it if your blood pressure is high and not under control.", WARNING, HEART),
    ("phentermine", _BMI + "Tell your doctor if you have ever had high blood pressure.", WARNING, HEART),
    ("phentermine", _BMI + "People with uncontrolled hypertension should not take it.", WARNING, HEART),
    ("phentermine", _BMI + "It is not suitable for anyone with heart problems.", WARNING, HEART),
]
