"""Performance nerves told by the performing itself or by what the nerves did to the voice and body, the drug taken for
it, from eval/holdout158 (dz11, propranolol), as a class: an off-label use for anxiety (a warning: the tool's inference).

Class: a dose taken "an hour before she sings", "before he has to preach", "before I perform" (the performer's own verb
after "before", as "before a recital" already was), and the signs told with the nerves that bring them on: "her voice
went thin with nerves", "his hands went stiff with fear" (as "shaking with nerves" already was), then the prescriber's
giving. Still silent: singing along in the car, advice not to stop the tablet before a performance, a voice thin with
age, shaky hands of the approved tremor, a performance asked about and answered no, a singer taking it for migraines.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the draft's own wording (dz11)
    (
        "propranolol",
        "Some of you have wondered how Loretta Hayes manages those Easter solos so beautifully. She told us herself, and gave us"
        " permission to share it. For years, the moment she stepped up to the lectern her heart would pound, her mouth went dry"
        " and her voice went thin with nerves. Her doctor started her on a small dose of propranolol to take about an hour"
        ' before she sings, and now she can get through "O Holy Night" without feeling like she\'s going to faint.',
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "Our vicar keeps a propranolol tablet in his cassock pocket and takes it half an hour before he has to preach.",
        OFF_LABEL,
        "warning",
    ),
    (
        "propranolol",
        "I take 10 mg of propranolol before I perform, and my bow arm doesn't shake any more.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "Every time he got up at the mic his hands went stiff with fear. His GP prescribed atenolol, and the open-mic nights are"
        " fun again.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    ("propranolol", "Take propranolol with food. You can sing along in the car as much as you like.", OFF_LABEL),
    (
        "propranolol",
        "Propranolol lowers blood pressure. Don't stop it the week before you sing at the festival without asking your doctor.",
        OFF_LABEL,
    ),
    ("propranolol", "His voice has gone thin with age, and his GP gave him propranolol for his blood pressure.", OFF_LABEL),
    (
        "propranolol",
        "Her hands are a bit shaky with the tremor she's had for years, so her doctor gave her propranolol for it.",
        OFF_LABEL,
    ),
    (
        "propranolol",
        "My doctor started me on propranolol before I perform in a tiny café? No: she started me on it for my tremor, and I play"
        " every Friday.",
        OFF_LABEL,
    ),
    ("propranolol", "Brother James takes propranolol for his migraines, and he sings in the choir every Sunday.", OFF_LABEL),
]
