"""Sildenafil said to work whatever the mood, without arousal or desire, as a class (holdout86 bf02; the label: no effect
without sexual stimulation).

"It does the job for you, mood or no mood": working told with the mood set aside ("turned on or not", "whether you're in
the mood or not", "even if you're not in the mood", "regardless of whether you feel like it"), or the mood said not to be
needed ("you don't need to be aroused at all"). Near misses: stimulation said to be needed, the mood not needed only when
taking it, a denial, "mood or no mood" about something else.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
STIMULATION = "needs-sexual-stimulation"

#: (drug, body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    (
        "sildenafil",
        "Honestly the best part is you don't have to be feeling it: once it kicks in, it does the job for you, mood or no "
        "mood, so you're good to go whenever.",
        MISSTATEMENT,
        STIMULATION,
        "warning",
    ),
    ("sildenafil", "Viagra works whether you're in the mood or not.", MISSTATEMENT, STIMULATION, "warning"),
    ("sildenafil", "Once it kicks in you're ready, turned on or not.", MISSTATEMENT, STIMULATION, "warning"),
    ("sildenafil", "The blue pill takes care of everything, even if you're not in the mood.", MISSTATEMENT, STIMULATION, "warning"),
    ("sildenafil", "With sildenafil you don't need to be aroused at all; it does the work.", MISSTATEMENT, STIMULATION, "warning"),
    ("sildenafil", "It gets you hard regardless of whether you feel like it.", MISSTATEMENT, STIMULATION, "warning"),
]

#: (drug, body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    ("sildenafil", "Sildenafil only works if you are sexually aroused; without stimulation nothing happens.", MISSTATEMENT, STIMULATION),
    ("sildenafil", "You still need to be in the mood: it won't work without sexual stimulation.", MISSTATEMENT, STIMULATION),
    ("sildenafil", "It won't give you an erection if you're not in the mood.", MISSTATEMENT, STIMULATION),
    ("sildenafil", "Mood or no mood, stress can make erections harder, so talk to your doctor.", MISSTATEMENT, STIMULATION),
    (
        "sildenafil",
        "You don't have to be in the mood when you take it, but you will need stimulation for it to work.",
        MISSTATEMENT,
        STIMULATION,
    ),
]
