"""Misstatements, interactions and warnings missed in earlier blind scoring, as classes:

- A drug class misattributed by likening: the article's drug likened to another drug in a class
  statement true only of the first ("Lisinopril, like losartan, is an ACE inhibitor": losartan is
  an ARB; "Like venlafaxine, sertraline is an SSRI": venlafaxine is an SNRI), said of the likened
  drug. Near misses: the class true of both, "unlike", another predicate, the likened drug given its
  own class. The beta blockers' facts now name their class as misattributable too ("Amlodipine, like
  metoprolol, is a calcium channel blocker"; "Atenolol is a water pill").
- Stopping at will as advice heard ("My doctor said I could just stop whenever I felt better", "the
  pharmacist told me it was okay to go cold turkey", "My doc said stop when you feel better").
  Near misses: the hearsay corrected in its own sentence or the next ("..., but that is wrong:
  taper", "..., which turned out to be bad advice"), a taper told with it, the advice never to stop.
- Drinks named as pints, glasses or bottles of red, a night on the lager, vodka: alcohol for the
  interaction warnings. Near misses: a pint of water, non-alcoholic or alcohol-free beer.
- Metronidazole's alcohol interaction waved away ("Feel free to enjoy a few glasses of red", "no
  reason to skip the Friday pints", "you don't have to give up wine while on it"): the misstatement
  (error), and the missing disulfiram-like warning still reported. Near misses: drinking after the
  course and three days, alcohol-free beer, the claim refuted in its sentence.
- Furosemide's boxed warning (profound diuresis with water and electrolyte depletion) in lay words
  ("it can pull too much water and salt out of your body", "your potassium drops", "dries you out");
  not given by a bare word for salt, potassium or dizziness (blood tests for salts, cutting down on
  salt, the salt and water it clears).

Each case is a draft in other words than any held-out set's, and asserts what an editor sees: the
finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
INTERACTION = "interactions.missing"
WRONG_CLASS = "wrong-class"
NOT_SSRI = "not-an-ssri"
WRONG_DIURETIC = "wrong-diuretic-class"
STOP = "safe-to-stop"
ALCOHOL_BENZO = "alcohol-cns-depressants"
ALCOHOL_ZOLPIDEM = "alcohol"
ALCOHOL_METRONIDAZOLE = "alcohol-propylene-glycol"
FINE_WITH_ALCOHOL = "fine-with-alcohol"
DIURESIS = "profound-diuresis"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # a class misattributed by likening
    ("lisinopril", "Lisinopril, like losartan, is an ACE inhibitor.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("sertraline", "Sertraline, like venlafaxine, is an SSRI.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("lisinopril", "Like losartan, lisinopril is an ACE inhibitor that lowers blood pressure.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("sertraline", "Zoloft is an SSRI, just like Effexor.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("furosemide", "Furosemide, much like hydrochlorothiazide, is a loop diuretic.", MISSTATEMENT, WRONG_DIURETIC, "warning"),
    ("lisinopril", "Lisinopril, like ramipril and amlodipine, is an ACE inhibitor.", MISSTATEMENT, WRONG_CLASS, "warning"),
    (
        "escitalopram",
        "Escitalopram, like duloxetine, is a selective serotonin reuptake inhibitor.",
        MISSTATEMENT,
        NOT_SSRI,
        "warning",
    ),
    ("sertraline", "Zoloft - like Effexor - is an SSRI.", MISSTATEMENT, NOT_SSRI, "warning"),
    ("amlodipine", "Amlodipine, like metoprolol, is a calcium channel blocker.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("lisinopril", "Lisinopril, like Tenormin, is an ACE inhibitor.", MISSTATEMENT, WRONG_CLASS, "warning"),
    ("atenolol", "Atenolol is a water pill.", MISSTATEMENT, WRONG_CLASS, "warning"),
    # stopping at will, as advice heard
    ("sertraline", "My doctor said I could just stop whenever I felt better.", MISSTATEMENT, STOP, "warning"),
    ("alprazolam", "My pharmacist said it was okay to go cold turkey.", MISSTATEMENT, STOP, "error"),
    ("propranolol", "My cardiologist said stopping was no big deal.", MISSTATEMENT, STOP, "error"),
    ("clonazepam", "Our doctor says she can stop when she's ready.", MISSTATEMENT, STOP, "error"),
    ("clonazepam", "The doctor said I'd be fine stopping it whenever.", MISSTATEMENT, STOP, "error"),
    ("gabapentin", "The GP told her she could stop taking gabapentin as soon as the pain went.", MISSTATEMENT, STOP, "error"),
    ("paroxetine", "My doc said stop when you feel better and that was that.", MISSTATEMENT, STOP, "warning"),
    ("sertraline", "My doctor said I could come off it when I felt better.", MISSTATEMENT, STOP, "warning"),
    # drinks as alcohol: named in a warning, the interaction is given; named only, it is not
    ("alprazolam", "Alprazolam helps with panic. Drink a pint of water with each dose.", INTERACTION, ALCOHOL_BENZO, "error"),
    ("alprazolam", "Alprazolam helps with panic. Non-alcoholic beer is fine.", INTERACTION, ALCOHOL_BENZO, "error"),
    # metronidazole's alcohol interaction waved away
    (
        "metronidazole",
        "Metronidazole clears BV. Feel free to enjoy a few glasses of red at the weekend.",
        MISSTATEMENT,
        FINE_WITH_ALCOHOL,
        "error",
    ),
    (
        "metronidazole",
        "Metronidazole clears BV. Feel free to enjoy a few glasses of red at the weekend.",
        INTERACTION,
        ALCOHOL_METRONIDAZOLE,
        "error",
    ),
    ("metronidazole", "Metronidazole clears BV. There's no reason to skip the Friday pints.", MISSTATEMENT, FINE_WITH_ALCOHOL, "error"),
    ("metronidazole", "Metronidazole clears BV. There's no reason to skip the Friday pints.", INTERACTION, ALCOHOL_METRONIDAZOLE, "error"),
    (
        "metronidazole",
        "Metronidazole treats trich, and you don't have to give up wine while on it.",
        MISSTATEMENT,
        FINE_WITH_ALCOHOL,
        "error",
    ),
    ("metronidazole", "A glass of wine with dinner is fine while on metronidazole.", MISSTATEMENT, FINE_WITH_ALCOHOL, "error"),
    ("metronidazole", "A glass of wine with dinner is fine while on metronidazole.", INTERACTION, ALCOHOL_METRONIDAZOLE, "error"),
    ("metronidazole", "Our pharmacist says a couple of beers with it are no problem.", MISSTATEMENT, FINE_WITH_ALCOHOL, "error"),
    # furosemide's boxed warning: not given by a bare word for salt, potassium or dizziness
    ("furosemide", "Furosemide clears fluid from the ankles.", WARNING, DIURESIS, "error"),
    (
        "furosemide",
        "Furosemide helps your body get rid of extra salt and water. You will have blood tests to check your salts such as potassium.",
        WARNING,
        DIURESIS,
        "error",
    ),
    ("furosemide", "Furosemide treats swelling. Cut down on salt and eat bananas for potassium.", WARNING, DIURESIS, "error"),
    ("furosemide", "Furosemide treats swelling. You may feel dizzy when you stand up.", WARNING, DIURESIS, "error"),
    ("furosemide", "Furosemide treats swelling. Ask about potassium levels at your check-up.", WARNING, DIURESIS, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # the class true of both, "unlike", another predicate, each drug given its own class
    ("lisinopril", "Lisinopril, like ramipril, is an ACE inhibitor.", MISSTATEMENT, WRONG_CLASS),
    ("sertraline", "Sertraline, like fluoxetine, is an SSRI.", MISSTATEMENT, NOT_SSRI),
    ("sertraline", "Sertraline, unlike venlafaxine, is an SSRI.", MISSTATEMENT, NOT_SSRI),
    ("sertraline", "Sertraline, like venlafaxine, is an antidepressant.", MISSTATEMENT, NOT_SSRI),
    ("lisinopril", "Lisinopril, like losartan, lowers blood pressure.", MISSTATEMENT, WRONG_CLASS),
    ("lisinopril", "Lisinopril is an ACE inhibitor, like losartan is an ARB.", MISSTATEMENT, WRONG_CLASS),
    ("sertraline", "Sertraline is an SSRI like fluoxetine, while venlafaxine is an SNRI.", MISSTATEMENT, NOT_SSRI),
    ("hydrochlorothiazide", "Hydrochlorothiazide, like furosemide, is a diuretic.", MISSTATEMENT, WRONG_DIURETIC),
    ("amlodipine", "Amlodipine, unlike metoprolol, is a calcium channel blocker.", MISSTATEMENT, WRONG_CLASS),
    ("metoprolol", "Metoprolol, like atenolol, is a beta blocker.", MISSTATEMENT, WRONG_CLASS),
    ("metoprolol", "Metoprolol is a beta blocker, often taken with a water pill.", MISSTATEMENT, WRONG_CLASS),
    ("propranolol", "Propranolol is a beta blocker, not a calcium channel blocker like amlodipine.", MISSTATEMENT, WRONG_CLASS),
    ("carvedilol", "Carvedilol is taken with an ACE inhibitor such as lisinopril in heart failure.", MISSTATEMENT, WRONG_CLASS),
    # hearsay corrected, a taper told with it, the advice never to stop
    (
        "sertraline",
        "My doctor said I could just stop whenever I felt better, but that is wrong: you need to taper.",
        MISSTATEMENT,
        STOP,
    ),
    ("sertraline", "My doctor said I could just stop whenever I felt better. That is wrong: you need to taper.", MISSTATEMENT, STOP),
    (
        "alprazolam",
        "The pharmacist told me it's fine to quit cold turkey, which turned out to be bad advice: stopping suddenly can cause seizures.",
        MISSTATEMENT,
        STOP,
    ),
    ("propranolol", "My GP said I should never stop it suddenly.", MISSTATEMENT, STOP),
    ("propranolol", "My GP said I could stop it once we had tapered the dose over two weeks.", MISSTATEMENT, STOP),
    (
        "sertraline",
        "My doctor said I could stop when I felt better, as long as we reduced the dose slowly together.",
        MISSTATEMENT,
        STOP,
    ),
    # drinks named in a warning give the interaction
    ("alprazolam", "Alprazolam helps with panic. Avoid pints while on it.", INTERACTION, ALCOHOL_BENZO),
    ("alprazolam", "Alprazolam helps with panic. Skip the few glasses of red while you take it.", INTERACTION, ALCOHOL_BENZO),
    ("zolpidem", "Zolpidem helps you sleep. A night on the lager plus zolpidem is dangerous.", INTERACTION, ALCOHOL_ZOLPIDEM),
    ("trazodone", "Trazodone helps sleep. Don't have a bottle of red with it.", INTERACTION, ALCOHOL_BENZO),
    ("cyclobenzaprine", "Cyclobenzaprine relaxes muscles. Steer clear of vodka while taking it.", INTERACTION, ALCOHOL_BENZO),
    # alcohol-free drinks, drinking after the course, the claim refuted, the warning itself
    ("alprazolam", "Alprazolam helps with panic. Non-alcoholic beer is fine while you're on it.", MISSTATEMENT, ALCOHOL_BENZO),
    (
        "metronidazole",
        "Alcohol-free beer is fine while on metronidazole. Do not drink alcohol during treatment and for 3 days after.",
        MISSTATEMENT,
        ALCOHOL_METRONIDAZOLE,
    ),
    (
        "metronidazole",
        "Alcohol-free beer is fine while on metronidazole. Do not drink alcohol during treatment and for 3 days after.",
        MISSTATEMENT,
        FINE_WITH_ALCOHOL,
    ),
    (
        "metronidazole",
        "Metronidazole clears BV. Drinking is fine once you have finished the course and waited three days.",
        MISSTATEMENT,
        FINE_WITH_ALCOHOL,
    ),
    (
        "metronidazole",
        "Some say a glass of wine is fine with metronidazole, but that is wrong: wait 3 days after the last dose.",
        MISSTATEMENT,
        FINE_WITH_ALCOHOL,
    ),
    (
        "metronidazole",
        "Metronidazole clears BV. Do not drink alcohol while taking it or for 3 days after, because it can make you very sick.",
        INTERACTION,
        ALCOHOL_METRONIDAZOLE,
    ),
    # furosemide's boxed warning in lay words
    (
        "furosemide",
        "Furosemide clears fluid. It can pull too much water and salt out of your body, so you get dehydrated or your potassium drops.",
        WARNING,
        DIURESIS,
    ),
    ("furosemide", "Furosemide clears fluid. It can pull too much water and salt out of your body.", WARNING, DIURESIS),
    ("furosemide", "Lasix is strong stuff: take too much and it dries you out and your salts go all over the place.", WARNING, DIURESIS),
    ("furosemide", "Furosemide works fast. Your sodium and potassium levels can fall too low if the dose is too high.", WARNING, DIURESIS),
    ("furosemide", "On a big dose you may lose far too much fluid, so weigh yourself daily.", WARNING, DIURESIS),
    ("furosemide", "Too much furosemide flushes the water and minerals out of your system.", WARNING, DIURESIS),
    ("furosemide", "Furosemide is a strong water pill and can leave you short of salts and fluid.", WARNING, DIURESIS),
]
