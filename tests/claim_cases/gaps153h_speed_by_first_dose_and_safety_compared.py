"""Speed told by a clock or a first dose, and a comparative safety claim, from eval/holdout343 (lc08 semaglutide), holdout345
(le02 phentermine), holdout347 (lg05 valacyclovir) and holdout350 (lj02 aripiprazole), with two false errors, holdout344
(ld09 cetirizine) and holdout347 (lg03 lisinopril), as a class.

Class: an appetite, a hunger, an urge or a craving said to vanish or switch off within the hour or a few hours of the first
dose, or the day or morning after it ("the constant urge to snack vanishes the day after their first jab", "the hunger just
switches off within an hour of that first capsule"); the medicine said flat to start working within the hour ("valacyclovir
starts working within the hour"); and a medicine said to be gentler, kinder or easier on two things of the body than other
medicines ("much gentler on your weight and blood sugar than olanzapine or quetiapine"). The result told after the first
dose is read as the other results told so (gaps32): a warning; the speed said flat and the comparison are errors.

Silent: a side effect easing after the first dose ("the nausea vanishes the day after the first jab"), a sign to report
("call us if the hunger switches off within an hour"), the speed hedged ("usually starts working within the hour") or denied
("the hunger won't switch off the day after your first jab"), asked, or longer ("within a few weeks of the first dose"); a
lab's or a shop's hour; a food set against food. The false errors: a way of taking the medicine set against another way
("regular daily use works better than waiting until your eyes are streaming") is advice, not a comparative claim (another
medicine after "than" still is); and an interaction kept apart in time ("there must be a gap of at least 36 hours after your
last lisinopril tablet", "a 36-hour gap") is a warning of it (not "there is no need for a gap", nor a gap between meals).
"""

from __future__ import annotations

RAPID = "unsupported-claim.rapid-onset"
COMPARATIVE = "unsupported-claim.comparative"
INTERACTIONS = "interactions.missing"

#: the other lisinopril interactions, each warned of, so that only the one a case is about can be reported
_LISINOPRIL = (
    "Lisinopril lowers blood pressure. Do not take potassium supplements or salt substitutes with it unless your doctor says so."
    " Tell your doctor if you take lithium, because lisinopril can push lithium to toxic levels. Anti-inflammatory painkillers"
    " such as ibuprofen can harm the kidneys when taken with it. Tell your doctor if you take aliskiren or an ARB such as"
    " losartan.\n\n"
)

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (lc08, le02, lg05, lj02)
    (
        "semaglutide",
        "Clients tell us the constant urge to snack vanishes the day after their first jab.",
        RAPID,
        "warning",
    ),
    (
        "phentermine",
        "Most of the people we fill it for tell us the hunger just switches off within an hour of that first capsule, and it stays"
        " off all day.",
        RAPID,
        "warning",
    ),
    (
        "valacyclovir",
        "Taken at the first tingle, valacyclovir starts working within the hour, long before a blister has a chance to form.",
        RAPID,
        "error",
    ),
    (
        "aripiprazole",
        "Lots of people ask this. Aripiprazole is much gentler on your weight and blood sugar than olanzapine or quetiapine, so"
        " it's the one to pick if you're worried about the scales.",
        COMPARATIVE,
        "error",
    ),
    # other voices, shapes and drugs of the class
    ("tirzepatide", "Most of our members find their appetite has disappeared the morning after the first injection.", RAPID, "warning"),
    ("semaglutide", "The cravings for sugar are gone the very day after your first shot.", RAPID, "warning"),
    ("phentermine", "honestly my appetite shut off within two hours of the first tablet, it was wild", RAPID, "warning"),
    ("liraglutide", "Within an hour of her first pen injection, the urge to graze had vanished.", RAPID, "warning"),
    ("naltrexone", "The pull towards a drink switches off the night after the very first tablet.", RAPID, "warning"),
    ("famciclovir", "Famvir gets to work within the hour, so the cold sore never really gets going.", RAPID, "error"),
    ("sumatriptan", "Take it at the first sign of a migraine: it kicks in within the hour.", RAPID, "error"),
    (
        "lurasidone",
        "Latuda is a lot kinder on your waistline and your cholesterol than the older antipsychotics.",
        COMPARATIVE,
        "error",
    ),
    (
        "sertraline",
        "In my experience sertraline is far easier on your sleep and your sex life than paroxetine.",
        COMPARATIVE,
        "error",
    ),
    ("loratadine", "Claritin is gentler on your concentration or your driving than Benadryl.", COMPARATIVE, "error"),
    # the rule's real catches, kept: another medicine after "than"
    ("cetirizine", "Regular daily use of cetirizine works better than loratadine.", COMPARATIVE, "error"),
    ("cetirizine", "During the season, regular daily use works better than any other antihistamine.", COMPARATIVE, "error"),
    ("cetirizine", "It works better than waiting it out with plain painkillers.", COMPARATIVE, "error"),
    # an interaction named without a warning, still reported
    (
        "lisinopril",
        _LISINOPRIL + "If a cardiologist moves you onto Entresto for heart failure, there is no need for a gap after lisinopril.",
        INTERACTIONS,
        "error",
    ),
    (
        "lisinopril",
        _LISINOPRIL + "Entresto, a heart failure medicine, is often started by a cardiologist after a gap of a few weeks on lisinopril.",
        INTERACTIONS,
        "error",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the side effect eases, a sign to report, hedged, denied, asked, longer, no medicine's hour
    ("semaglutide", "The nausea vanishes the day after the first jab for most people.", RAPID),
    ("phentermine", "Call us if your mouth goes dry within an hour of that first capsule.", RAPID),
    ("semaglutide", "The urge to snack usually eases over the first few weeks, as the dose goes up.", RAPID),
    ("semaglutide", "Don't expect the urge to snack to vanish the day after your first jab: the dose goes up slowly.", RAPID),
    ("phentermine", "Does the hunger really switch off within an hour of that first capsule?", RAPID),
    ("phentermine", "The hunger eased within a few weeks of the first capsule.", RAPID),
    ("valacyclovir", "For cold sores, it usually starts working within the hour if taken at the first tingle.", RAPID),
    ("valacyclovir", "The pharmacy can have your prescription ready within the hour.", RAPID),
    ("valacyclovir", "It does not start working within the hour, so take it at the very first tingle.", RAPID),
    ("tirzepatide", "If a rash appears within an hour of the first injection, get help straight away.", RAPID),
    # a comparative of no medicine, hedged, or two ways of taking it
    ("aripiprazole", "Porridge is gentler on your weight and blood sugar than a fry-up.", COMPARATIVE),
    ("aripiprazole", "Ask whether it is gentler on your weight and blood sugar than olanzapine?", COMPARATIVE),
    ("metoprolol", "Metoprolol is easier on the lungs and airways than some beta blockers, but it still needs care.", COMPARATIVE),
    (
        "cetirizine",
        "- Take it at the same time each day; during the pollen season, regular daily use works better than waiting until your eyes"
        " are streaming.",
        COMPARATIVE,
    ),
    ("cetirizine", "Daily use works better than the odd dose when the sneezing starts.", COMPARATIVE),
    ("fluticasone", "Regular everyday use is more effective than using the spray only when your nose is blocked.", COMPARATIVE),
    ("loratadine", "In hay fever season, a tablet every morning works better than waiting until you're miserable.", COMPARATIVE),
    ("cetirizine", "Steady daily dosing works far better than occasional use.", COMPARATIVE),
    # the interaction kept apart in time: a warning
    (
        "lisinopril",
        _LISINOPRIL + "And if a cardiologist ever wants to move you onto sacubitril with valsartan (Entresto) for heart failure,"
        " there must be a gap of at least 36 hours after your last lisinopril tablet.",
        INTERACTIONS,
    ),
    (
        "lisinopril",
        _LISINOPRIL + "Switching to Entresto needs a 36-hour gap after the last lisinopril dose.",
        INTERACTIONS,
    ),
    (
        "lisinopril",
        _LISINOPRIL + "Entresto can only be started at least 36 hours after your final lisinopril tablet.",
        INTERACTIONS,
    ),
    (
        "lisinopril",
        _LISINOPRIL + "Moving to Entresto? There should be a clear gap of 36 hours between the last lisinopril and the first Entresto.",
        INTERACTIONS,
    ),
]
