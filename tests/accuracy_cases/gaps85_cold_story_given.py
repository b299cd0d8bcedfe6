"""An antibacterial said to have cleared a cold, flu or a virus told in the sentence before, the next going on with the
medicine given for it, as a class (holdout86 bf07).

"Mine was a proper stinking cold that had gone on for ten days. My GP gave me amoxicillin and it knocked it on the head
in three days": the illness told, then a sentence opening with the medicine given, prescribed or asked for ("The
out-of-hours doctor put him on", "She was prescribed", "In the end I asked for") and the course clearing "it". Near
misses: a bacterial complication told between (an ear that started hurting, an ear infection the drug was given for),
the GP saying antibiotics would not help, the medicine given later for a chest infection, a reply saying it is wrong.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
VIRUSES = "antibiotics-for-viruses"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "amoxicillin",
        "> Mine was a proper stinking cold that had gone on for ten days, snotty and coughing, and I was fed up. My GP gave "
        "me amoxicillin and it knocked it on the head in three days. If yours drags on, don't suffer, just ask for it.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "My son had the flu for a week and wasn't shifting it. The out-of-hours doctor put him on amoxicillin and that sorted it.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "I'd had a streaming cold since Christmas. In the end I asked for amoxicillin and it cleared it up in a couple of days.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
    (
        "amoxicillin",
        "She caught some winter virus at work. She was prescribed amoxicillin and it saw it off by the weekend.",
        MISSTATEMENT,
        VIRUSES,
        "warning",
    ),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    (
        "amoxicillin",
        "He had a cold for a week, then his ear started hurting. The GP gave him amoxicillin and it cleared it up.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "amoxicillin",
        "I had a cold for a week. My GP gave me amoxicillin for the ear infection that followed, and it cleared it up.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "amoxicillin",
        "Mine was a stinking cold that dragged on for ten days. My GP said antibiotics would not help and it cleared up on its own.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "amoxicillin",
        "My daughter had the flu last month. The doctor gave her amoxicillin later for a chest infection and it cleared it.",
        MISSTATEMENT,
        VIRUSES,
    ),
    (
        "amoxicillin",
        "Mine was a proper stinking cold that had gone on for ten days. My GP gave me amoxicillin and it knocked it on the "
        "head in three days.\n\n**Ines:** That isn't true: antibiotics do nothing for a cold.",
        MISSTATEMENT,
        VIRUSES,
    ),
]
