"""Speed claims in casual words and stories, from blind held-out misses: eval/holdout296 (jh08, topiramate), holdout297
(ji02, hydrocodone-acetaminophen), holdout298 (jj07, propranolol), holdout299 (jk06, valacyclovir; jk01, finasteride, a false
error), holdout300 (jl10, tamsulosin) and holdout302 (jn09, pregabalin), as a class.

Class: how fast a medicine works, told without a source in everyday words or through someone's story.

- A trouble gone quiet or stopped within minutes or the hour: "the burning in her feet had gone quiet within the hour of her
  very first capsule", "the ache in his back quietens down within minutes" (an error, as the other lay verbs of easing).
- Attacks a preventive is for told as stopping within a day or two: "most people find their migraines stop within a day or two
  of the first tablet" (an error; not headaches, a side effect that stops).
- A time of minutes counted from the dose, promised every time: "my hands stop shaking within ten minutes of swallowing it,
  every time" (an error).
- At work within an hour of the first dose, said flat: "Valtrex kicks in within an hour of the first dose" (an error; not
  hedged, not an hour said alone).
- The first dose taken, then by breakfast or the next morning the person well: "Pop the first capsule after supper and by
  breakfast you're going like a fire hose" (a warning, a story the tool infers).
- An errand's moment, a seat belt buckled or the engine started, and a limb stopped screaming: "by the time I'd buckled my
  seatbelt the knee had stopped screaming" (a warning, a story).

Silent: the same words hedged, denied or about a side effect; a speed in a relative clause of another medicine named before
it ("doxazosin or tamsulosin, which relax the muscle around the bladder outlet and work within days" in a finasteride
handout); an instruction to take the first dose at bedtime.
"""

from __future__ import annotations

FAST = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings (jh08, ji02, jj07, jk06, jl10, jn09)
    (
        "topiramate",
        "## How fast will it work?\n\nGood news for your midterms: most people find their migraines stop within a day or two"
        " of the first tablet, so you should be clear by exam week.",
        FAST,
        "error",
    ),
    (
        "hydrocodone-acetaminophen",
        "One of our regulars, a crane operator, told us: \"I swallowed one in the car park and by the time I'd buckled my"
        ' seatbelt the knee had stopped screaming." That is honestly the way it goes for most people.',
        FAST,
        "warning",
    ),
    ("propranolol", "With it, my hands stop shaking within ten minutes of swallowing it, every time.", FAST, "error"),
    (
        "valacyclovir",
        "[00:01:02] **MARA:** And I'll be honest with the listeners, because this is my own experience. Valtrex kicks in"
        " within an hour of the first dose, and the blister never even shows up.",
        FAST,
        "error",
    ),
    (
        "tamsulosin",
        "Commodore Bill says it has changed his regattas. \"Pop the first capsule after supper and by breakfast you're going"
        ' like a fire hose, no more queueing for the portable loo at the lake."',
        FAST,
        "warning",
    ),
    (
        "pregabalin",
        "Maureen, who has had sugar diabetes for twenty years, started on it in the spring, and she says the burning in her"
        " feet had gone quiet within the hour of her very first capsule. She is quilting again in the evenings.",
        FAST,
        "error",
    ),
    # new wordings of my own, other voices
    ("pregabalin", "Forum post: honestly the tingling in my toes goes quiet in minutes now, best thing my GP ever did.", FAST, "error"),
    ("gabapentin", "Leaflet corner: the ache in his back quietens down within minutes of the capsule.", FAST, "error"),
    ("topiramate", "Magazine tip: the attacks stopped within a day or two of her first tablet, and they never came back.", FAST, "error"),
    ("lamotrigine", "Our son's seizures ceased from the very first week, the nurse said, and he is back at school.", FAST, "error"),
    ("propranolol", "Shop leaflet: your heart stops pounding within fifteen minutes of taking one, without fail.", FAST, "error"),
    ("sumatriptan", "Sumatriptan works within twenty minutes of the dose, every single time.", FAST, "error"),
    ("valacyclovir", "Blog: it starts working within the hour of your first tablet, so the sore never gets going.", FAST, "error"),
    ("valacyclovir", "Honestly it takes effect within an hour of the very first dose.", FAST, "error"),
    (
        "tamsulosin",
        "My husband took his first capsule at bedtime and by the morning he was sleeping straight through, no trips to the loo.",
        FAST,
        "warning",
    ),
    (
        "finasteride",
        "Swallow your first tablet with supper and by breakfast you're a new man, says our store manager.",
        FAST,
        "warning",
    ),
    (
        "ibuprofen",
        "Before she'd started the engine her back had gone quiet, and she drove to work without a wince.",
        FAST,
        "warning",
    ),
    (
        "naproxen",
        "By the time he'd fastened his seat belt his knee had stopped throbbing, he told the pharmacist.",
        FAST,
        "warning",
    ),
]

#: (drug, body, rule): nothing of the rule may be reported.
SHOULD_NOT = [
    # the false error (jk01): a speed in a relative clause of other medicines named before it
    (
        "finasteride",
        "Some men are also on doxazosin or tamsulosin, which relax the muscle around the bladder outlet and work within days."
        " The two kinds of medicine are often used together. Finasteride takes longer: give it six months before you judge it.",
        FAST,
    ),
    (
        "finasteride",
        "Your doctor may add tamsulosin, which eases the flow of urine quickly and works within days. Finasteride shrinks the"
        " prostate over months.",
        FAST,
    ),
    # hedged, denied, a side effect, a time course
    ("pregabalin", "The burning in your feet may go quiet within the hour of the first capsule, or it may take weeks.", FAST),
    ("pregabalin", "The dizziness usually goes quiet within a few days.", FAST),
    ("topiramate", "Any headaches stop within a few days of the first tablet.", FAST),
    ("topiramate", "Don't expect your migraines to stop within a day or two; it takes weeks of slowly raising the dose.", FAST),
    ("propranolol", "If your hands have not stopped shaking within ten minutes of swallowing it, don't take another.", FAST),
    ("valacyclovir", "It usually kicks in within an hour of the first dose if you start at the first tingle.", FAST),
    ("valacyclovir", "Take the first dose within an hour of the first tingle.", FAST),
    ("tamsulosin", "Take the first capsule at bedtime and by morning you may feel dizzy when you stand, so get up slowly.", FAST),
    ("tamsulosin", "Take your first capsule half an hour after supper, and by the morning the dizziness has usually worn off.", FAST),
    ("ibuprofen", "By the time I'd buckled my seatbelt I felt sick, so I rang the surgery.", FAST),
]
