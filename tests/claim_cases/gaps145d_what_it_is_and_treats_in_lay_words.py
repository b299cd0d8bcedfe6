"""Misstatements of what a medicine is or treats, told in lay words and stories, from eval/holdout279 (iq06, iq09),
eval/holdout280 (ir02, ir03), eval/holdout282 (it03, it06) and eval/holdout283 (iu10), as classes (missed there):

- A wrong class told as "from" its family, or as "the family of antidepressants called SSRIs" (the group's own words
  between "of" and "called"): "Albuterol is from the steroid family" (it06), "venlafaxine belongs to the family of
  antidepressants called SSRIs" (it03). Silent: "different from the steroid family", "not from", the right class.
- A use the label rules out (glipizide, type 1 diabetes) offered for any kind of diabetes ("a good option whichever type
  of diabetes you have") or carried by people of that kind ("several of our type 1 refs carry it in their kit bags",
  iu10). Silent: glucose tablets or insulin carried, "should not take it", "not an option".
- Tamsulosin said to reverse the enlargement, or the gland back to the size it was (ir03). Silent: denied; the flow back
  to what it was.
- Fluconazole said to do double duty for, or to cover, bacterial vaginosis told by its signs before "discharge": "the thin,
  grey, fishy-smelling kind of discharge" (ir02). Silent: thrush in two places, denied.
- Montelukast allowed or told to be taken when a child starts getting tight or wheezy (iq09): an error. Silent: "not
  allowed to", the blue inhaler, the usual bedtime dose.
- An antibacterial asked for when a cold, told by coughing and sneezing, goes round, and the reader then told they will
  be back at work (iq06): an error. Silent: "don't ask for", a bladder infection told between.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, severity): a finding the writer must see.
SHOULD = [
    # wrong class, "from" its family / "the family of ... called ..."
    (
        "albuterol",
        "**2. What it is.** Albuterol is from the steroid family, so it brings down the swelling in the kid's airways.",
        MISSTATEMENT,
        "warning",
    ),
    ("albuterol", "Ventolin comes from the steroid group, which is why it calms the chest.", MISSTATEMENT, "warning"),
    (
        "venlafaxine",
        "Like Prozac and Zoloft, venlafaxine belongs to the family of antidepressants called SSRIs, and it is taken once a day with food.",
        MISSTATEMENT,
        "warning",
    ),
    ("venlafaxine", "Effexor is one of the group of mood medicines known as SSRIs.", MISSTATEMENT, "warning"),
    # excluded use, any type / a person of that type carrying it
    (
        "glipizide",
        "It's a good option whichever type of diabetes you have, and several of our type 1 refs carry it in their kit bags too.",
        MISSTATEMENT,
        "warning",
    ),
    ("glipizide", "Glipizide is a handy choice no matter which kind you've got.", MISSTATEMENT, "warning"),
    ("glipizide", "My type 1 teammates keep some glipizide in their gym bags.", MISSTATEMENT, "warning"),
    # tamsulosin, the enlargement reversed
    (
        "tamsulosin",
        "Tamsulosin also reverses the enlargement over time, so that after a year or so the gland is close to the size it"
        " was when he was forty.",
        MISSTATEMENT,
        "warning",
    ),
    ("tamsulosin", "Flomax slowly undoes the swelling of the prostate.", MISSTATEMENT, "warning"),
    ("tamsulosin", "After two years on it, his prostate is almost the size it was in his thirties.", MISSTATEMENT, "warning"),
    # fluconazole, BV by its signs
    (
        "fluconazole",
        "Here's a time-saver: the same pill does double duty for the thin, grey, fishy-smelling kind of discharge too, so you"
        " won't need a second prescription.",
        MISSTATEMENT,
        "warning",
    ),
    ("fluconazole", "One Diflucan covers BV as well.", MISSTATEMENT, "warning"),
    (
        "fluconazole",
        "That single tablet doubles as a treatment for the watery, greyish discharge some women get.",
        MISSTATEMENT,
        "warning",
    ),
    # montelukast, allowed at the start of an attack
    (
        "montelukast",
        "If Mia or Theo start getting tight and wheezy mid-number, they're allowed to chew one of their Singulair tablets"
        " from the pouch in the first-aid box. That's what they're for.",
        MISSTATEMENT,
        "error",
    ),
    ("montelukast", "When my son begins to feel wheezy in PE, he's allowed to chew a montelukast.", MISSTATEMENT, "error"),
    ("montelukast", "When she gets wheezy at practice, she's supposed to take her montelukast.", MISSTATEMENT, "error"),
    ("montelukast", "If he starts wheezing during the match, he knows to chew one of his Singulair.", MISSTATEMENT, "error"),
    # an antibacterial for a cold told by its signs, and back at work
    (
        "ciprofloxacin",
        "Crew welfare reminds everyone that the cold going round the crew mess this month is a nasty one. If you've been"
        " coughing and sneezing for a few days, ask the medical centre for a Cipro course and you'll be back on shift by"
        " the weekend.",
        MISSTATEMENT,
        "error",
    ),
    (
        "ciprofloxacin",
        "Sneezing and sniffling for a week? Ask your GP for a course of cipro and you'll be back at work on Monday.",
        MISSTATEMENT,
        "error",
    ),
    ("ciprofloxacin", "Got a cold? Ask the doctor for a Cipro course and you'll be fine.", MISSTATEMENT, "error"),
]

#: (drug, body, rule): a near miss that must stay silent.
SHOULD_NOT = [
    ("albuterol", "Albuterol is different from the steroid family.", MISSTATEMENT),
    ("albuterol", "Albuterol is not from the steroid family.", MISSTATEMENT),
    ("venlafaxine", "Venlafaxine is different from the family of antidepressants called SSRIs.", MISSTATEMENT),
    ("venlafaxine", "Venlafaxine belongs to the family of antidepressants called SNRIs.", MISSTATEMENT),
    ("glipizide", "Glipizide is not an option whichever type of diabetes you have.", MISSTATEMENT),
    ("glipizide", "Our type 1 refs carry glucose tablets in their kit bags.", MISSTATEMENT),
    ("glipizide", "Glipizide is fine for type 2 diabetes; our type 1 refs carry insulin in their kit bags.", MISSTATEMENT),
    ("glipizide", "Glipizide is for type 2 diabetes. Our type 1 refs should not take it.", MISSTATEMENT),
    ("glipizide", "Whichever type of diabetes you have, keep a snack handy.", MISSTATEMENT),
    ("tamsulosin", "Tamsulosin does not reverse the enlargement; it relaxes the muscle.", MISSTATEMENT),
    ("tamsulosin", "The flow is back to what it was when he was forty.", MISSTATEMENT),
    ("tamsulosin", "Tamsulosin won't undo the enlargement, so the gland stays the size it is.", MISSTATEMENT),
    ("fluconazole", "The same pill does double duty for thrush in the mouth and in the vagina.", MISSTATEMENT),
    ("fluconazole", "Fluconazole doesn't cover the fishy kind of discharge.", MISSTATEMENT),
    (
        "fluconazole",
        "A thin, grey, fishy-smelling discharge is bacterial vaginosis, which fluconazole does not treat.",
        MISSTATEMENT,
    ),
    (
        "montelukast",
        "If Mia starts getting wheezy mid-number, she's not allowed to chew her Singulair; she uses her blue inhaler.",
        MISSTATEMENT,
    ),
    ("montelukast", "When she gets wheezy at practice, she's told to use her blue inhaler.", MISSTATEMENT),
    ("montelukast", "If he gets wheezy, he's allowed to sit out; he takes his Singulair at bedtime as usual.", MISSTATEMENT),
    ("montelukast", "Montelukast helps stop your chest from starting to get tight during exercise.", MISSTATEMENT),
    (
        "ciprofloxacin",
        "If you've been coughing and sneezing, don't ask for a Cipro course; you'll be fine in a week.",
        MISSTATEMENT,
    ),
    (
        "ciprofloxacin",
        "Coughing and sneezing for days, then burning when you pee? That's a bladder infection: ask for a Cipro course and you'll be fine.",
        MISSTATEMENT,
    ),
    ("ciprofloxacin", "A cold is going round. Don't ask for a Cipro course: you'll be fine without it.", MISSTATEMENT),
]
