"""A bodily trouble told by its signs, then the drug started for it, from eval/holdout216 (gf11, spironolactone), holdout218
(gh05, naltrexone), holdout219 (gi08, sertraline), holdout220 (gj07, venlafaxine) and holdout221 (gk08, escitalopram), as a class.

Class: the trouble told by what the person lives with, not by its name: the flushes and the night sweats (a wave of heat up
from the chest; waking at three, the sheets soaked), sex ending long before the two want it to (maybe as the purpose of delaying
the climax), tender bumps along the chin and jaw flaring every month, pain that moves all over the body with a second sign (so
tender a hug is too much, waking as if from a marathon); then the drug started for it. The giving may come after a sentence that
rules out the usual first choice ("I'd had breast cancer ..., so hormones were off the table": what that names is the reason,
not the trouble), from a prescriber named by a trade that holds a trouble's word ("her pain doctor started her on"), from many
prescribers after an "if" clause ("a lot of dermatologists now reach for a small daily dose of spironolactone"), or in a
sentence where the drug "calms" the trouble, named ("often calms the hot flushes, and started me on Lexapro": an error). None of
these is an approved use; told in lay words, a warning. Silent: the delay as a side effect, an approved trouble told before
the ruled-out first choice, a lower dose for kidney disease, a bare symptom calmed (an approved use's), the same fibromyalgia
signs with duloxetine (approved), a pain doctor giving for an approved use, a child's wet bed.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings
    (
        "venlafaxine",
        "By the time Marguerite Olsen turned 52, she had stopped buying silk blouses. Twenty times a day a wave of heat would"
        " climb from her chest to her hairline, leave her flushed and damp, and vanish as suddenly as it came. At night it was"
        " worse: she would wake at three, the sheets soaked, and lie there until the alarm.\n\n\"I'd had breast cancer five"
        ' years earlier," she says, "so hormones were off the table." Her gynecologist suggested something else: venlafaxine,'
        " an antidepressant, starting at 37.5 mg of the extended-release capsules each morning. Within a month the waves were"
        " fewer and gentler, and she was sleeping through.",
        OFF_LABEL,
        "warning",
    ),
    (
        "escitalopram",
        "Ruth Castellano, 51, first noticed it at a staff meeting: a wave of heat climbing from her chest up her neck and into"
        ' her face, then a sheen of sweat, then a chill. "I\'d wake at three in the morning with the sheets soaked through," she'
        " says.\n\nShe had no wish for hormone pills; her mother had breast cancer. Her family doctor suggested something else."
        ' "She said a low dose of an antidepressant often calms the hot flushes, and started me on Lexapro," Ruth says. "I'
        " wasn't depressed. I was just on fire.\"",
        OFF_LABEL,
        "error",
    ),
    (
        "sertraline",
        "**DR. BANKOLE:** I can guess. Some men take a low daily dose because it delays orgasm, so sex doesn't end long before"
        " they or their partner want it to. It genuinely helps a lot of couples.",
        OFF_LABEL,
        "warning",
    ),
    (
        "spironolactone",
        "If you're in your late twenties or thirties and you get red, tender bumps along your chin and jawline that flare up"
        " every single month around your period, no matter how good your routine is, a lot of dermatologists now reach for a"
        " small daily dose of spironolactone to calm them down.",
        OFF_LABEL,
        "warning",
    ),
    (
        "naltrexone",
        "For six years she'd had pain that moved all over her body, worse in her neck, shoulders and knees, so tender she"
        " couldn't stand a hug, and she woke up every morning feeling like she'd run a marathon in her sleep. Last winter her"
        " pain doctor started her on a tiny dose of naltrexone, 4.5 mg at bedtime.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings, other voices: the first choice ruled out between the signs and the giving
    (
        "gabapentin",
        "I woke at two most nights with my pyjamas drenched.\n\nHRT wasn't an option after my clot. My GP suggested gabapentin"
        " at bedtime instead.",
        OFF_LABEL,
        "warning",
    ),
    (
        "venlafaxine",
        "Every afternoon the heat crept up from her chest into her face. Because of her breast cancer, hormone therapy was out"
        " of the question. So her oncologist started her on venlafaxine 37.5 mg.",
        OFF_LABEL,
        "warning",
    ),
    # ... "calms" said of a named trouble
    (
        "venlafaxine",
        "Dr. Lin explained that venlafaxine calms the night sweats for many women and prescribed 37.5 mg.",
        OFF_LABEL,
        "error",
    ),
    # ... sex ending too soon, as the purpose of a delay or told bare
    (
        "paroxetine",
        "He takes a small dose of paroxetine every day because it delays ejaculation, so sex doesn't end before his wife wants it to.",
        OFF_LABEL,
        "warning",
    ),
    (
        "sertraline",
        "For years sex ended long before my girlfriend wanted it to. My GP started me on sertraline, 50 mg a day.",
        OFF_LABEL,
        "warning",
    ),
    # ... many prescribers after an "if" clause
    (
        "spironolactone",
        "If you get sore, red bumps along your jawline every month, many GPs will now reach for spironolactone.",
        OFF_LABEL,
        "warning",
    ),
    # ... the pain that wanders, with a second sign, then a prescriber by a trade that holds a trouble's word
    (
        "naltrexone",
        "For years his aches moved around his body from week to week, and he got up every morning feeling like he'd been hit by a"
        " truck. His pain specialist started him on low-dose naltrexone.",
        OFF_LABEL,
        "warning",
    ),
    (
        "amitriptyline",
        "My pain wanders all over my body, and some days I'm so sore I can't bear to be hugged. The pain clinic put me on"
        " amitriptyline 10 mg at night.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # the delay as a side effect, not a purpose
    ("sertraline", "Sertraline can delay orgasm; tell your doctor if this bothers you.", OFF_LABEL),
    ("sertraline", "Some men stop taking sertraline because it delays orgasm.", OFF_LABEL),
    # an approved trouble told before the ruled-out first choice (panic disorder: venlafaxine extended-release)
    (
        "venlafaxine",
        "She had panic attacks most mornings on the way to work.\n\nHormones were off the table after her cancer. Her doctor"
        " suggested venlafaxine instead.",
        OFF_LABEL,
    ),
    # the first choice ruled out, the reason named, and no trouble told before it
    (
        "venlafaxine",
        "She had breast cancer five years ago, so hormones were off the table. Her doctor suggested venlafaxine for her low mood.",
        OFF_LABEL,
    ),
    # a lower dose for kidney disease after an "if" clause
    ("spironolactone", "If you have kidney disease, many doctors prescribe a lower dose of spironolactone.", OFF_LABEL),
    # a bare symptom calmed: the approved use's, named before
    (
        "hydroxychloroquine",
        "It is also approved for lupus and for rheumatoid arthritis. Rheumatologists call it the backbone of lupus care: for many"
        " of us it calms the joint pain, the tiredness and the rashes.",
        OFF_LABEL,
    ),
    # the same signs of fibromyalgia with duloxetine: approved
    (
        "duloxetine",
        "Her pain wandered all over her body, so tender she couldn't stand a hug. Last year her pain doctor put her on duloxetine.",
        OFF_LABEL,
    ),
    # a pain doctor giving for an approved use
    ("duloxetine", "Her pain doctor started her on duloxetine for her diabetic nerve pain.", OFF_LABEL),
    # a child's wet bed, not night sweats
    (
        "venlafaxine",
        "Most nights Dad would wake at two with the sheets soaked, another accident. His GP started him on venlafaxine.",
        OFF_LABEL,
    ),
]
