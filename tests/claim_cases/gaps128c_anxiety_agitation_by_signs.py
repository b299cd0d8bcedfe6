"""Anxiety and agitation told by their situations and body signs, from eval/holdout143 (dk13, propranolol), holdout150
(dr10, atenolol), holdout144 (dl07, pregabalin) and holdout145 (dm09, risperidone), as a class.

Class: performance anxiety told by the days a medicine is kept for, then named ("for the days that matter: the job
interview, the best-man speech", "for big occasions like a viva"); an occasion fronted after a lead-in, then the taking
("So now, before every audition, I take half of a 25 mg tablet", "Now, before every presentation, she takes ...");
everyday anxiety told by its signs, the heart in any tense before a shift ("her heart thumped before every shift"), the
thoughts racing ("her thoughts started racing from the moment she woke"), a knot "that never quite loosened", then a
doctor starting the drug; agitation of dementia told by what is done late in the day (pacing the corridor as the light
goes, calling out for a late wife, pushing carers away, trying to go home), then a medicine agreed on with the doctor
("together they agreed Bill would try ...", "His daughter and the GP agreed he would try ..."). All lay words: a warning.
Silent: "days like today" for blood pressure, an exam that is a test of the heart, the heart racing as a side effect,
an evening walk in the garden, a late wife called for in sleep then the drug stopped, a dose tapered by agreement, a
lead-in before a check-up and the approved use.
"""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (dk13, dr10, dl07, dm09)
    (
        "propranolol",
        "Many of our patients keep propranolol for the days that matter: the job interview, the best-man speech, the"
        " audition, the exam hall. Their voice goes thin, their mouth goes dry and their knees won't stay still. One 10 mg"
        " tablet taken about an hour before steadies all of that.",
        OFF_LABEL,
        "warning",
    ),
    (
        "atenolol",
        "I'd walk on stage and my right arm would start to tremble. My heart would pound so hard I could hear it.\n\nA friend"
        " in the brass section told me to ask my doctor about atenolol. So now, before every audition, I take half of a 25"
        " mg tablet about an hour before I play, and the trembling just doesn't show up.",
        OFF_LABEL,
        "warning",
    ),
    (
        "pregabalin",
        "Megan, 29, works in a busy call centre. Last year her thoughts started racing from the moment she woke, her heart"
        " thumped before every shift, and a knot sat in her stomach that never quite loosened. Her doctor started her on"
        ' pregabalin, 75 mg twice a day. "Within a month the constant dread had gone quiet," she says.',
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Bill has lived on our Orchard memory-care wing for two years. Last winter he began to change. As the light went in"
        " the late afternoon he would pace the corridor, call out for his late wife, and push away carers he had known and"
        ' liked for months. His daughter Anne says those evenings "were breaking everyone\'s heart, his most of all."\n\n'
        "Anne sat down with our visiting doctor, and together they agreed Bill would try a small evening dose of"
        " risperidone, 0.25 mg at first and later 0.5 mg.",
        OFF_LABEL,
        "warning",
    ),
    # new wordings: the days kept for, then named
    (
        "propranolol",
        "I keep a strip of propranolol for the moments that count: a wedding speech, a job interview, a court appearance.",
        OFF_LABEL,
        "warning",
    ),
    ("propranolol", "She keeps her propranolol for big occasions like a viva or a keynote talk.", OFF_LABEL, "warning"),
    # ... an occasion fronted after a lead-in
    ("propranolol", "Now, before every presentation, she takes a propranolol tablet.", OFF_LABEL, "warning"),
    ("atenolol", "These days, ahead of a big recital, I take one atenolol tablet about an hour before.", OFF_LABEL, "warning"),
    # ... the heart and the thoughts in other tenses, a knot that never loosened
    (
        "mirtazapine",
        "For months his mind would race from the moment he woke up, and his heart pounded before every shift. His GP"
        " started him on mirtazapine 15 mg.",
        OFF_LABEL,
        "warning",
    ),
    (
        "gabapentin",
        "Every morning her heart raced before work and a knot in her stomach never quite loosened. Her doctor prescribed gabapentin.",
        OFF_LABEL,
        "warning",
    ),
    # ... agitation late in the day, then a medicine agreed on or started
    (
        "quetiapine",
        "In the evenings Mum would pace the hallway and try to go home to a house she sold in 1990. The care home doctor"
        " started her on quetiapine, 25 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "risperidone",
        "Every evening at dusk he calls out for his late mother and lashes out at the carers.\n\nHis daughter and the GP"
        " agreed he would try risperidone, 0.25 mg at night.",
        OFF_LABEL,
        "warning",
    ),
    (
        "quetiapine",
        "Around teatime Grandad would start shouting out and tried to leave the ward. We sat down with his consultant, and"
        " together we decided to try a small dose of quetiapine.",
        OFF_LABEL,
        "warning",
    ),
]

#: (drug, body, rule): wording the rule must leave alone.
SHOULD_NOT = [
    # days named for the approved use; an exam that tests the heart
    (
        "propranolol",
        "Keep your propranolol somewhere safe, and take it every day for your blood pressure, even on days like today when you feel fine.",
        OFF_LABEL,
    ),
    ("propranolol", "Propranolol may be stopped before exams like a treadmill stress test, so ask your doctor.", OFF_LABEL),
    # the heart racing as a side effect; thoughts racing, then the approved use
    ("sertraline", "Sertraline can make your heart race at first. Tell your doctor if it does.", OFF_LABEL),
    ("pregabalin", "Her thoughts kept racing about the bills. She takes pregabalin for her diabetic nerve pain.", OFF_LABEL),
    # an evening walk, then the approved use; a late wife called for, then the drug stopped or tapered by agreement
    (
        "risperidone",
        "In the evenings he paces the garden with the dog. His doctor prescribed risperidone for his schizophrenia.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        "Bill used to call out for his late wife in his sleep. The doctor and Anne agreed to try stopping risperidone.",
        OFF_LABEL,
    ),
    (
        "risperidone",
        "Bill's agitation settled. The team and his son agreed to try coming off the risperidone over a month.",
        OFF_LABEL,
    ),
    # a lead-in before a check-up, the approved use
    ("atenolol", "So now, before every check-up, I take my atenolol as usual for my blood pressure.", OFF_LABEL),
]
