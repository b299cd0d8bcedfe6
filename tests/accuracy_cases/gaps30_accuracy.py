"""Misstatements and missing warnings missed in the holdout29 blind scoring, as classes:

- Abuse potential denied through a story of how the drug works: a prodrug, slow release, "has to
  be switched on by your body" ("so there is nothing there for anyone to get hooked on", "so it
  can't be abused", "impossible to misuse"): the boxed warning on abuse, misuse and addiction
  (error); a high or rush denied ("it won't get you high", "can't give a rush") lets a reader infer
  it (warning). Near misses: the risk affirmed after the mechanism, the claim refuted, "no rush" as
  no hurry, high blood pressure. The boxed warning is not given by a travel tip ("a controlled
  substance in many countries").
- An antidepressant put in the wrong class by name or by "the same family as" a drug of another
  class: duloxetine called an SSRI ("It's an SSRI, the same family as Prozac"), and the reverse, an
  SSRI called an SNRI ("Sertraline is an SNRI", "Lexapro sits in the same family as Effexor").
  Near misses: the right class named, a contrast ("an SSRI, not an SNRI like venlafaxine"), a switch
  to another class, another predicate ("an antidepressant, like Prozac").
- A men-only drug, contraindicated in pregnancy, said to suit women: "plenty of our female readers
  use it", "just as gentle for women as it is for men", "suitable for men and women alike" (error).
  Near misses: "not for women", "women should not handle broken tablets", the claim refuted.
- An anti-infective claimed for an infection of another kind of germ given by its lay signs: an
  antifungal for bacterial vaginosis ("that fishy smell and thin grey discharge? Same pill sorts
  it"), metronidazole for thrush ("thick, cottage-cheese discharge"), an antibiotic for a cold's
  runny or blocked nose ("will see off that runny nose", "the same antibiotic sorted it"). Near
  misses: the signs told as another illness needing another medicine, the drug said not to treat
  it, its own infection, a cold that turned bacterial.
- A correction not framed as one, right after the claim ("Some say you can stop whenever; in fact,
  stopping suddenly can cause seizures", "Actually, ...", "The truth is, ...", "Not so: ..."):
  quiet. Near misses, still reported: the claim followed by an unrelated sentence, or by "In fact"
  that only strengthens it.

Each case is a draft in other words than any held-out set's, and asserts what an editor sees: the
finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
NOT_ADDICTIVE = "not-addictive"
ABUSE = "abuse-misuse-addiction"
NOT_SSRI = "not-an-ssri"
NOT_SNRI = "not-an-snri"
FOR_WOMEN = "not-for-women"
BACTERIAL = "treats-bacterial-infections"
YEAST = "treats-yeast-infections"
VIRUSES = "antibiotics-for-viruses"
STOP = "safe-to-stop"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # abuse potential denied through how it works
    (
        "lisdexamfetamine",
        "Vyvanse is a prodrug: it only switches on once the body breaks it down, so there is nothing there for anyone to get hooked on.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    ("lisdexamfetamine", "Vyvanse has to be switched on by your body first, so it can't be abused.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    ("lisdexamfetamine", "Because Elvanse is a prodrug, it's impossible to misuse.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    (
        "methylphenidate",
        "Concerta releases slowly over the day, so there's nothing in it to get addicted to.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
        "error",
    ),
    ("oxycodone", "The slow-release tablet means there's nothing there for you to get hooked on.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    ("amphetamine-mixed-salts", "Adderall XR is slow release, so it won't get you high.", MISSTATEMENT, NOT_ADDICTIVE, "warning"),
    ("lisdexamfetamine", "It's a prodrug, so it can't give a rush.", MISSTATEMENT, NOT_ADDICTIVE, "warning"),
    ("alprazolam", "Taken as prescribed, Xanax gives no high at all.", MISSTATEMENT, NOT_ADDICTIVE, "warning"),
    # ... and the boxed warning, not given by the denial nor by a travel tip
    ("lisdexamfetamine", "Vyvanse has to be switched on by your body first, so it can't be abused.", WARNING, ABUSE, "error"),
    (
        "lisdexamfetamine",
        "Vyvanse treats ADHD. Pack a copy of the prescription when you travel, as it is a controlled substance in many countries.",
        WARNING,
        ABUSE,
        "error",
    ),
    (
        "methylphenidate",
        "Ritalin treats ADHD. Ritalin is a controlled substance in Japan, so check before you fly abroad.",
        WARNING,
        ABUSE,
        "error",
    ),
    # an antidepressant in the wrong class
    ("duloxetine", "It's an SSRI, the same family as Prozac.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("duloxetine", "Duloxetine belongs to the same family as Zoloft and Lexapro.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("duloxetine", "Our pain nurse explained that duloxetine is one of the SSRIs.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("sertraline", "Sertraline is an SNRI.", MISSTATEMENT, NOT_SNRI, "warning"),
    ("escitalopram", "Lexapro is a serotonin-norepinephrine reuptake inhibitor.", MISSTATEMENT, NOT_SNRI, "warning"),
    ("escitalopram", "Lexapro sits in the same family as Effexor and Cymbalta.", MISSTATEMENT, NOT_SNRI, "warning"),
    ("citalopram", "Citalopram is in the same class as duloxetine.", MISSTATEMENT, NOT_SNRI, "warning"),
    ("fluoxetine", "Prozac, like Cymbalta, is an SNRI.", MISSTATEMENT, NOT_SNRI, "warning"),
    ("paroxetine", "Paxil is a tricyclic antidepressant.", MISSTATEMENT, NOT_SNRI, "warning"),
    # a men-only drug said to suit women
    (
        "finasteride",
        "Good news, ladies: lots of our female readers use it for thinning partings, and it's just as gentle for women as for men.",
        MISSTATEMENT,
        FOR_WOMEN,
        "error",
    ),
    ("finasteride", "Propecia is perfectly safe for ladies with thinning hair.", MISSTATEMENT, FOR_WOMEN, "error"),
    ("finasteride", "My wife swears by finasteride for her receding temples.", MISSTATEMENT, FOR_WOMEN, "error"),
    ("finasteride", "It works just as well for women as it does for men.", MISSTATEMENT, FOR_WOMEN, "error"),
    ("finasteride", "Finasteride is suitable for men and women alike.", MISSTATEMENT, FOR_WOMEN, "error"),
    ("finasteride", "Lots of women take finasteride for thinning hair after menopause.", MISSTATEMENT, FOR_WOMEN, "error"),
    ("finasteride", "Finasteride is a unisex hair-loss pill.", MISSTATEMENT, FOR_WOMEN, "error"),
    # an infection of another kind of germ, by its lay signs
    (
        "fluconazole",
        "Pro tip: that fishy smell and thin grey discharge after your period? Same pill sorts it.",
        MISSTATEMENT,
        BACTERIAL,
        "warning",
    ),
    ("fluconazole", "Diflucan is also good for that fishy smell down there.", MISSTATEMENT, BACTERIAL, "warning"),
    ("fluconazole", "If you notice a fishy odour after sex, one fluconazole clears that too.", MISSTATEMENT, BACTERIAL, "warning"),
    ("fluconazole", "A single Diflucan clears up thin grey discharge as well.", MISSTATEMENT, BACTERIAL, "warning"),
    ("fluconazole", "Got a thin, watery grey discharge? The same tablet sorts that out too.", MISSTATEMENT, BACTERIAL, "warning"),
    ("metronidazole", "That thick, cottage-cheese discharge and itching? Same pill sorts it.", MISSTATEMENT, YEAST, "warning"),
    ("metronidazole", "Flagyl is also great for thick white discharge.", MISSTATEMENT, YEAST, "warning"),
    ("amoxicillin", "Amoxicillin will see off that runny nose in a couple of days.", MISSTATEMENT, VIRUSES, "warning"),
    ("amoxicillin", "A streaming nose and a temperature? Same pill sorts it.", MISSTATEMENT, VIRUSES, "warning"),
    ("azithromycin", "Had a stuffy nose and aches last week, and the same antibiotic sorted it.", MISSTATEMENT, VIRUSES, "warning"),
    ("doxycycline", "Doxy took care of my blocked nose in two days.", MISSTATEMENT, VIRUSES, "warning"),
    # the claim followed by an unrelated sentence, or by "in fact" that strengthens it
    ("clonazepam", "You can stop whenever you want. It comes as a tablet.", MISSTATEMENT, STOP, "error"),
    ("clonazepam", "You can stop whenever you want; it comes in 0.5 mg tablets.", MISSTATEMENT, STOP, "error"),
    ("lorazepam", "Lorazepam is not addictive. In fact, it is not even habit-forming.", MISSTATEMENT, NOT_ADDICTIVE, "error"),
    ("propranolol", "You can stop it whenever you like. In fact, most people do.", MISSTATEMENT, STOP, "error"),
    ("alprazolam", "You can stop Xanax cold turkey. Actually, I did it last year.", MISSTATEMENT, STOP, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # the risk affirmed or the claim refuted; "no rush" as no hurry; high blood pressure
    ("lisdexamfetamine", "Lisdexamfetamine is a prodrug, but it can still be misused and lead to addiction.", MISSTATEMENT, NOT_ADDICTIVE),
    (
        "lisdexamfetamine",
        "Some parents believe a prodrug can't be abused. That is not true: it can still be misused.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
    ),
    ("lisdexamfetamine", "There's no rush to raise the dose; the doctor will go slowly.", MISSTATEMENT, NOT_ADDICTIVE),
    ("lisdexamfetamine", "It does not cause high blood pressure in most children.", MISSTATEMENT, NOT_ADDICTIVE),
    (
        "lisdexamfetamine",
        "Being a prodrug makes it harder to misuse by snorting, but it can still be abused and is addictive.",
        MISSTATEMENT,
        NOT_ADDICTIVE,
    ),
    # the warning given
    ("lisdexamfetamine", "Vyvanse treats ADHD. It is a Schedule II controlled substance.", WARNING, ABUSE),
    ("methylphenidate", "Ritalin treats ADHD. Ritalin is a controlled substance because people misuse it.", WARNING, ABUSE),
    ("lisdexamfetamine", "Vyvanse treats ADHD. It can be habit-forming, so keep it locked away and never share it.", WARNING, ABUSE),
    # the right class, a contrast, a switch, another predicate
    ("duloxetine", "It's an SNRI, the same family as Effexor.", MISSTATEMENT, NOT_SSRI),
    ("duloxetine", "Duloxetine is an SNRI, not an SSRI like Prozac.", MISSTATEMENT, NOT_SSRI),
    ("duloxetine", "Duloxetine is an antidepressant, like Prozac.", MISSTATEMENT, NOT_SSRI),
    ("sertraline", "Sertraline is an SSRI, not an SNRI like venlafaxine.", MISSTATEMENT, NOT_SNRI),
    ("sertraline", "Sertraline must never be taken with MAOIs such as phenelzine.", MISSTATEMENT, NOT_SNRI),
    ("escitalopram", "Lexapro is an SSRI; Effexor and Cymbalta are SNRIs.", MISSTATEMENT, NOT_SNRI),
    ("sertraline", "Unlike duloxetine, sertraline is an SSRI.", MISSTATEMENT, NOT_SNRI),
    ("sertraline", "If sertraline does not help, your doctor may switch you to an SNRI such as venlafaxine.", MISSTATEMENT, NOT_SNRI),
    # not for women, said plainly or as a prohibition; the claim refuted
    ("finasteride", "Finasteride is not for women.", MISSTATEMENT, FOR_WOMEN),
    ("finasteride", "Women should not handle broken tablets.", MISSTATEMENT, FOR_WOMEN),
    ("finasteride", "Women who are pregnant must never take it or even touch a crushed tablet.", MISSTATEMENT, FOR_WOMEN),
    ("finasteride", "Finasteride is not safe for women, especially in pregnancy.", MISSTATEMENT, FOR_WOMEN),
    ("finasteride", "Minoxidil works for women too; finasteride does not.", MISSTATEMENT, FOR_WOMEN),
    (
        "finasteride",
        "Some sites say finasteride is fine for women. It isn't: it is not approved for women and can harm a male baby.",
        MISSTATEMENT,
        FOR_WOMEN,
    ),
    ("finasteride", "It is just as effective for older men as for younger men.", MISSTATEMENT, FOR_WOMEN),
    # the signs told as another illness, the drug said not to treat it, its own infection
    (
        "fluconazole",
        "Fluconazole treats thrush. A fishy smell with thin grey discharge is usually bacterial vaginosis, which needs another medicine.",
        MISSTATEMENT,
        BACTERIAL,
    ),
    (
        "fluconazole",
        "Fluconazole does not treat that fishy smell or grey discharge; that is BV and needs an antibiotic.",
        MISSTATEMENT,
        BACTERIAL,
    ),
    ("fluconazole", "Fluconazole is for thick, white, cottage-cheese discharge and itching, not a fishy smell.", MISSTATEMENT, BACTERIAL),
    ("fluconazole", "Thrush is itchy with a thick white discharge. Same pill, one dose, clears it.", MISSTATEMENT, BACTERIAL),
    ("metronidazole", "Metronidazole treats BV; for thrush you need an antifungal such as fluconazole.", MISSTATEMENT, YEAST),
    ("metronidazole", "BV gives a thin grey discharge and a fishy smell; metronidazole clears it.", MISSTATEMENT, YEAST),
    (
        "amoxicillin",
        "Amoxicillin treats ear infections; a runny nose and sneezing from a cold will not get better with it.",
        MISSTATEMENT,
        VIRUSES,
    ),
    ("amoxicillin", "A runny nose that turns into a sinus infection may need amoxicillin.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin does not help a runny nose.", MISSTATEMENT, VIRUSES),
    ("amoxicillin", "Amoxicillin clears the ear infection that a cold sometimes leaves behind.", MISSTATEMENT, VIRUSES),
    # a correction right after the claim, not framed as one
    ("alprazolam", "Some say you can stop whenever; in fact, stopping suddenly can cause seizures.", MISSTATEMENT, STOP),
    ("alprazolam", "Some say you can stop whenever. In fact, stopping suddenly can cause seizures.", MISSTATEMENT, STOP),
    ("sertraline", "You can stop it whenever you like. Actually, stopping suddenly brings on withdrawal.", MISSTATEMENT, STOP),
    (
        "clonazepam",
        "People say it's fine to quit cold turkey, but the truth is that sudden stopping can trigger seizures.",
        MISSTATEMENT,
        STOP,
    ),
    ("clonazepam", "You can stop whenever you want. Not so: stopping suddenly can be dangerous.", MISSTATEMENT, STOP),
    (
        "sertraline",
        "Some people say you can come off it whenever you like. The truth is, you need to taper it slowly.",
        MISSTATEMENT,
        STOP,
    ),
]
