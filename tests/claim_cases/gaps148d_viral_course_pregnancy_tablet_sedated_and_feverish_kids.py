"""Misstatements told in lay words, from blind held-out misses: eval/holdout303 (jo02), eval/holdout304 (jp03),
eval/holdout305 (jq02, jq07), eval/holdout306 (jr07, a false error), eval/holdout308 (jt05) and eval/holdout309 (ju03),
as classes.

- An antibiotic for a cold or flu, the illness told first, then a course of it, its size or kind before the name ("a
  short Z-Pak", "a few days of amoxicillin"), told as what usually clears it ("is usually what finally clears it") or as
  what gets people back to school or work sooner (the for-viruses kind: the shared course fragment, and its outcome
  wording). An error. Silent: a cold that turned into an ear infection, an ear infection, rest instead of the drug.
- A drug with a fetal-harm warning told as taken by expectant mothers, the tablet told by its size ("can take the single
  tablet without a second thought"), or said to leave the body before it reaches the baby or not to reach it (the
  safe-in-pregnancy kind). Silent: breastfeeding only, "should not take".
- A sedating antihistamine's dose told as settling young children off for the night, the children bare ("settles
  toddlers off nicely for the night"; the sedate-child kind). Silent: toddlers' hives, the denial.
- Aspirin for feverish children: the children told first in a "when" clause, then a dose said all right for them
  ("half a baby aspirin is perfectly all right for them"; the for-children kind). Silent: the denial, an adult's dose.
- The practice told as a gerund subject and called unsafe after it is no claim: "Using diphenhydramine to make a child
  sleepy is not safe" (the misstatement check, as the off-label check's "called unsafe").
- Fluconazole for bacterial vaginosis told as a customer's story, the second dose seeing the grey, fishy discharge off
  (the wrong-germ kind's success story).
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wording (jq02, jp03, ju03, jq07, jt05, jo02)
    (
        "azithromycin",
        "Often, yes. Once a flu has hung on for more than a week, a short Z-Pak is usually what finally clears it, and we "
        "fill plenty of those in January.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "amoxicillin",
        'Still, Marisol swears by an early start. "When the whole house comes down with a streaming winter cold, a few days '
        'of amoxicillin gets everyone back to school sooner," she says.',
        MISSTATEMENT,
        "warning",
    ),
    (
        "fluconazole",
        "Pregnancy makes thrush more likely. The good news is that expecting mothers can take the single tablet without a "
        "second thought; one dose is out of your system long before it could reach the baby.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "diphenhydramine",
        "For the families bringing little ones on the overnight leg: a dose of the children's Benadryl liquid as we pull "
        "out of Calais settles toddlers off nicely for the night and does them no harm at all.",
        MISSTATEMENT,
        "error",
    ),
    (
        "aspirin",
        "A tip from Maureen, passed on with the committee's blessing: when the grandchildren are running hot and off their "
        "food, half a baby aspirin is perfectly all right for them and settles them nicely.",
        MISSTATEMENT,
        "error",
    ),
    (
        "fluconazole",
        'Last month a customer told me, "One Diflucan sorted out my thrush last spring, and when the thin grey discharge '
        'with that fishy smell came back in the autumn, another one saw that off too."',
        MISSTATEMENT,
        "warning",
    ),
    # new wordings, other voices
    (
        "fluconazole",
        "When the fishy smell came back a month later, a second Diflucan cleared that up too.",
        MISSTATEMENT,
        "warning",
    ),
    ("azithromycin", "If a cold drags on past ten days, a quick Z-Pak is normally what sorts it.", MISSTATEMENT, "warning"),
    ("azithromycin", "When the flu won't budge, a five-day Z-Pak is generally what shifts it.", MISSTATEMENT, "warning"),
    (
        "amoxicillin",
        "Flu going round the office? A couple of days of amoxicillin gets you back to work quicker.",
        MISSTATEMENT,
        "warning",
    ),
    (
        "amoxicillin",
        "Had a stinking cold in March, and three days of amoxicillin had me back at my desk in no time.",
        MISSTATEMENT,
        "warning",
    ),
    ("fluconazole", "Mums-to-be can take the one-off capsule without a worry.", MISSTATEMENT, "warning"),
    ("fluconazole", "Pregnant women can take the single pill, no problem.", MISSTATEMENT, "warning"),
    (
        "fluconazole",
        "If you're expecting, relax: a single dose is cleared from your body long before it could get to your baby.",
        MISSTATEMENT,
        "warning",
    ),
    ("fluconazole", "Pregnant? The tablet never reaches the baby, so go ahead.", MISSTATEMENT, "warning"),
    (
        "diphenhydramine",
        "A spoonful of the kids' allergy syrup after tea settles little ones down for the whole drive.",
        MISSTATEMENT,
        "error",
    ),
    ("diphenhydramine", "One dose of Benadryl at bedtime knocks toddlers out for the night.", MISSTATEMENT, "error"),
    (
        "aspirin",
        "If the kids are feverish and grizzly, a quarter of an aspirin is quite all right for them.",
        MISSTATEMENT,
        "error",
    ),
    (
        "aspirin",
        "Whenever our little ones are burning up, half a tablet is fine for them.",
        MISSTATEMENT,
        "error",
    ),
    (
        "diphenhydramine",
        "Using diphenhydramine to make a child sleepy is what we do on every long drive.",
        MISSTATEMENT,
        "error",
    ),
]

#: (drug, body, rule): no such finding.
SHOULD_NOT = [
    ("azithromycin", "When a cold turns into an ear infection, a short Z-Pak is usually what clears it.", MISSTATEMENT),
    ("amoxicillin", "A few days of amoxicillin gets a child with an ear infection back to school sooner.", MISSTATEMENT),
    (
        "amoxicillin",
        "When the whole house comes down with a cold, a few days of rest gets everyone back to school sooner.",
        MISSTATEMENT,
    ),
    (
        "fluconazole",
        "Expecting mothers should not take the single tablet; ask for a pessary or cream instead.",
        MISSTATEMENT,
    ),
    (
        "fluconazole",
        "If you are breastfeeding, one dose is out of your system long before the next feed.",
        MISSTATEMENT,
    ),
    (
        "diphenhydramine",
        "A dose of the children's Benadryl liquid settles toddlers' hives down nicely.",
        MISSTATEMENT,
    ),
    (
        "diphenhydramine",
        "A dose of the children's Benadryl liquid never settles toddlers off; it can leave them wired.",
        MISSTATEMENT,
    ),
    (
        "aspirin",
        "When the grandchildren are running hot, half a baby aspirin is not all right for them; use children's paracetamol.",
        MISSTATEMENT,
    ),
    ("aspirin", "When you have a headache, half a tablet is fine for you.", MISSTATEMENT),
    (
        "fluconazole",
        "If the thin grey discharge with a fishy smell comes back, metronidazole clears it, not fluconazole.",
        MISSTATEMENT,
    ),
    ("fluconazole", "When the grey discharge came back, another Diflucan did nothing for it.", MISSTATEMENT),
    # the false error (jr07) and its class: the practice as a gerund subject, called unsafe
    (
        "diphenhydramine",
        'We hear it every summer: "a spoonful keeps the little ones quiet in the tent." Please don\'t. Using '
        "diphenhydramine to make a child sleepy is not safe, and in some kids it does the opposite, leaving them wired and "
        "jumpy. Babies and toddlers should never be given it to make them sleep.",
        MISSTATEMENT,
    ),
    ("diphenhydramine", "Using Benadryl to get the kids to sleep on a plane is risky.", MISSTATEMENT),
    ("aspirin", "Giving aspirin to a child with flu is dangerous.", MISSTATEMENT),
]
