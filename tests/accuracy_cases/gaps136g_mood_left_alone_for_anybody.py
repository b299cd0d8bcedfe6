"""A drug's mood risk waved away in a quoted colleague's words, "those pills" left alone of "anybody's head", from
eval/holdout209 (fy06, varenicline), as a class.

Class: the neuropsychiatric warning denied for everyone at once ("The black box came off years ago, and those pills
don't mess with anybody's head now"), the drug told as "those pills" and the head as anybody's, everyone's, people's.
Varenicline's label still warns of neuropsychiatric events (W&P 5.1; the boxed warning was removed in 2016):
`no-mood-side-effects` (a warning); montelukast's boxed warning likewise (required: an error). Near misses: a warning set after it in the
sentence ("but"), most people's head only ("rarely"), another drug's pills told apart, denied as a rumour.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
ITEM = "no-mood-side-effects"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (fy06)
    (
        "varenicline",
        "Priya in Accounts, who quit in March, put it this way: \"Don't let the horror stories put you off. The black box"
        " came off years ago, and those pills don't mess with anybody's head now.\"",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    # new wordings, other voices
    (
        "varenicline",
        "My sponsor swears Chantix won't touch anyone's mood, and she's helped twenty people quit.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "varenicline",
        "Champix got a bad name years ago, but those tablets do not affect people's mental health at all.",
        MISSTATEMENT,
        ITEM,
        "warning",
    ),
    (
        "montelukast",
        "our pediatrician laughed and said Singulair doesn't mess with anybody's head, that's an internet thing",
        MISSTATEMENT,
        ITEM,
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    # a warning set after it
    (
        "varenicline",
        "Those pills don't mess with anybody's head for most people, but a few have mood changes, so tell your doctor.",
        MISSTATEMENT,
        ITEM,
    ),
    # the warning kept: it can
    (
        "varenicline",
        "The boxed warning came off in 2016, but those pills can still affect anybody's mood, so watch for changes.",
        MISSTATEMENT,
        ITEM,
    ),
    # about another thing than the head
    (
        "varenicline",
        "Those pills don't mess with anybody's blood pressure, but watch for mood changes.",
        MISSTATEMENT,
        ITEM,
    ),
    # told as a rumour that is untrue
    (
        "varenicline",
        "It is a myth that Chantix doesn't affect anyone's mood; the label still warns about it.",
        MISSTATEMENT,
        ITEM,
    ),
]
