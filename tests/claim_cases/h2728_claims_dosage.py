"""Claim and dose misses of holdout27/28, as classes, in wordings no evaluation set had.

- A cure for life: "no more breakouts for life", "no more spots, ever", "sorted for good", "acne-free
  for life" (unsupported-claim.absolute: the project has no separate cure rule). Near misses: the
  same words denied or asked, "no more than one a day", "take it for life".
- The risk falls to zero: "your heart attack risk basically drops to zero", "the risk of a clot just
  drops to nil". Near misses: "never drops to zero", "No medicine makes your risk drop to zero", a cited
  relative reduction.
- A comparative with an intensifier against the old or other medicines, often in a quote: "It's miles
  better than the old tablets", "streets ahead of the other antihistamines", "a hundred times better than
  my last inhaler". Near misses: "much better than I did last week", "far better than nothing", denied.
- A long-term treatment's benefit told as coming in days (heart failure medicines help over months):
  "within three or four days on Coreg my ankles went down", "expect your breathing to improve within the
  first week": inferred, a warning. Near misses: hedged ("usually goes down"), a side effect to report.
- Someone else asleep fast in a story ("he's out like a light within twenty minutes", "She was out cold
  within ten minutes"): an effect told by a parent or partner, a warning; promised to the reader ("You'll
  be out like a light in minutes") it stays an error.
- Tablets taken together ("doubles up to two 20s", "two tablets at once", "two of the 100s in one go"):
  all of them that day; above the maximum of the use the article names (tadalafil for erectile
  dysfunction: 20 mg; 40 mg is the PAH dose, so a warning). Near misses: the PAH use, a count said not
  to be taken.
- Tablets counted over the parts of a day with "another" for the second ("one in the morning and
  another at bedtime" of 10 mg cetirizine: 20 mg). Near misses: the next day's tablet, a count denied.
Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
ABOVE_MAX = "dosage.above-max"

_ED = "Tadalafil treats erectile dysfunction: 10 mg before sex, up to 20 mg. "
_CETIRIZINE = "I use the 10 mg tablets. "

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- a cure for life --
    (
        "isotretinoin",
        "And plenty of you agreed that one course and your skin is sorted for good, with no more breakouts for life.",
        ABSOLUTE,
        "error",
    ),
    ("isotretinoin", "Finish the course and that's it: no more spots, ever.", ABSOLUTE, "error"),
    ("sumatriptan", "Get the dose right and it's no more migraines for the rest of your life.", ABSOLUTE, "error"),
    ("valacyclovir", "Take it at the first tingle and your cold sores are sorted for good.", ABSOLUTE, "error"),
    ("isotretinoin", "Six months on it and you're acne-free for life.", ABSOLUTE, "error"),
    ("isotretinoin", "One course means no more breakouts for life.", ABSOLUTE, "error"),
    # -- the risk falls to zero --
    (
        "atorvastatin",
        "My take? Once you're on it, your heart attack risk basically drops to zero, so you can stop worrying.",
        ABSOLUTE,
        "error",
    ),
    ("aspirin", "Take one a day and your risk of a stroke falls to practically nothing.", ABSOLUTE, "error"),
    ("apixaban", "On this, the clot risk goes right down to zero.", ABSOLUTE, "error"),
    ("warfarin", "Once your INR is steady the risk of a clot just drops to nil.", ABSOLUTE, "error"),
    # -- far ahead of other medicines --
    (
        "aripiprazole",
        "\"It's miles better than the old tablets our parents' generation got. None of that shuffling,\" she says.",
        COMPARATIVE,
        "error",
    ),
    ("cetirizine", "Honestly, it's streets ahead of the other antihistamines.", COMPARATIVE, "error"),
    ("sertraline", "It's way safer than the older antidepressants.", COMPARATIVE, "error"),
    ("albuterol", "This one's a hundred times better than my last inhaler.", COMPARATIVE, "error"),
    ("omeprazole", "It's loads better than the chalky tablets you buy at the chemist.", COMPARATIVE, "error"),
    # -- a long-term benefit told as coming in days (inferred) --
    (
        "carvedilol",
        'Member **PatB_59** wrote: "Honestly, within three or four days on Coreg my ankles went down." Several of us had the '
        "same experience, so expect your breathing to improve within the first week.",
        RAPID,
        "warning",
    ),
    ("carvedilol", "Expect your breathing to improve within the first week.", RAPID, "warning"),
    ("sacubitril", "Dad started on it and his swelling went down in a couple of days.", RAPID, "warning"),
    ("metoprolol", "Within a week my breathing had improved no end.", RAPID, "warning"),
    ("spironolactone", "Your ankles settle within a few days.", RAPID, "warning"),
    # -- someone else asleep fast, in a story (inferred); promised to the reader, an error --
    (
        "clonazepam",
        "We give him an extra half tablet of his clonazepam at bedtime and he's out like a light within twenty minutes.",
        RAPID,
        "warning",
    ),
    ("zolpidem", "My husband takes one and he is dead to the world in minutes.", RAPID, "warning"),
    ("melatonin", "She was out cold within ten minutes, bless her.", RAPID, "warning"),
    ("zolpidem", "You'll be out like a light in minutes.", RAPID, "error"),
    # -- tablets taken together: all that day --
    ("tadalafil", _ED + "Marco now doubles up to two 20s before a long weekend.", ABOVE_MAX, "warning"),
    ("tadalafil", _ED + "Some men take two of the 20s together before a weekend away.", ABOVE_MAX, "warning"),
    ("tadalafil", "For erectile dysfunction, take 10 mg before sex. Marco takes 40 mg before a long weekend.", ABOVE_MAX, "warning"),
    ("sildenafil", "For erectile dysfunction, I'm on the 100 mg tablets and I swallow two of them at once.", ABOVE_MAX, "error"),
    # -- tablets over the parts of a day, "another" for the second --
    ("cetirizine", _CETIRIZINE + "I take one in the morning and another at bedtime.", ABOVE_MAX, "error"),
    ("cetirizine", _CETIRIZINE + "In summer I have one in the morning and then another at night.", ABOVE_MAX, "error"),
    ("loratadine", "Claritin 10 mg tablets: on bad days I have one with breakfast and another with dinner.", ABOVE_MAX, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    ("isotretinoin", "There's no promise of no more breakouts for life: some people need a second course.", ABSOLUTE),
    ("isotretinoin", "Will it mean no more breakouts for life? Not always: acne can come back.", ABSOLUTE),
    ("isotretinoin", "Take no more than one capsule twice a day.", ABSOLUTE),
    ("levothyroxine", "Most people need to take it for life.", ABSOLUTE),
    ("atorvastatin", "Your risk never drops to zero, but it does come down.", ABSOLUTE),
    ("atorvastatin", "No medicine makes your risk drop to zero.", ABSOLUTE),
    ("atorvastatin", "In the trial, risk dropped by a quarter (Lancet 2010).", ABSOLUTE),
    ("sertraline", "I feel much better than I did last week.", COMPARATIVE),
    ("sertraline", "Taking something is far better than nothing if you're struggling.", COMPARATIVE),
    ("sertraline", "It isn't miles better than the older tablets, just different.", COMPARATIVE),
    ("carvedilol", "Ankle swelling usually goes down within a few days of stopping amlodipine.", RAPID),
    ("carvedilol", "Your breathing may get worse in the first few weeks while the dose goes up; benefits build over months.", RAPID),
    ("carvedilol", "If your ankles swell within the first week, tell your nurse.", RAPID),
    ("tadalafil", "Tadalafil treats pulmonary arterial hypertension. He takes two 20s at once each morning.", ABOVE_MAX),
    ("tadalafil", _ED + "Never double up to two 20s.", ABOVE_MAX),
    ("tadalafil", _ED + "He takes one 20 mg tablet; he never takes two at once.", ABOVE_MAX),
    ("cetirizine", _CETIRIZINE + "I take one in the morning and another at bedtime the next day.", ABOVE_MAX),
    ("cetirizine", _CETIRIZINE + "Never take one in the morning and another at bedtime.", ABOVE_MAX),
]
