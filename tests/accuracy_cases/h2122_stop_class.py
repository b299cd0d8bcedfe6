"""Misstatements and a safety warning by wording class (blind misses of holdout21/22).

- "Stop whenever": a drug that must be tapered said to be fine to leave off, pause or skip
  days at will or while one feels well ("you can leave it off whenever it suits you", "it's
  fine to skip days if you feel good", "take a break from it whenever you fancy"), also as a
  group's consensus told without a rebuttal. Near misses: denied ("you can't just leave it
  off whenever"), quoted then refuted, a single missed dose handled as the label says, a
  pause before surgery on the doctor's word, another medicine's pause.
- Wrong class by likening or by group: a GLP-1 medicine likened to insulin ("think of it as
  a once-a-week insulin", "basically a weekly insulin"), a medicine put in the group of
  another class ("the rest of its group, the SSRIs such as Prozac", "like the other SSRIs").
  Near misses: "it is not insulin", "unlike insulin", "people already on insulin", "helps your
  pancreas release insulin", "unlike the SSRIs", "often combined with an SSRI", another
  medicine said to be one of the class.
- A required warning given in lay words or as a labelled list item ("- **Pancreas:** severe
  pain in your belly that won't go away ... Stop the injections"): the pancreatitis warning
  of the GLP-1 medicines given by its symptoms (persistent severe belly pain, sometimes
  through to the back). Near misses, where it is still missing: stomach upset or mild tummy
  pain told as a common side effect.

Each case is a draft in other words than the held-out sets', and asserts what an editor sees:
the finding (item, severity) or its absence."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"
WARNING = "safety-warnings.missing"
STOP = "safe-to-stop"
PANCREATITIS = "pancreatitis"

#: (drug in front matter, draft body, rule, item, severity): reported.
SHOULD: list[tuple[str, str, str, str, str]] = [
    # stop whenever
    ("tizanidine", "On the forum most people agreed you can leave it off whenever it suits you.", MISSTATEMENT, STOP, "error"),
    (
        "carvedilol",
        "Honestly, you can leave the tablets off whenever you fancy a break, as long as you feel fine.",
        MISSTATEMENT,
        STOP,
        "error",
    ),
    ("metoprolol", "It's fine to skip days when you're feeling good.", MISSTATEMENT, STOP, "error"),
    ("baclofen", "Feel free to take a break from baclofen whenever you need one.", MISSTATEMENT, STOP, "error"),
    ("propranolol", "The group's verdict: you can go without your propranolol whenever you like.", MISSTATEMENT, STOP, "error"),
    (
        "clonidine",
        "The consensus was that it's perfectly OK to skip a few days here and there if you're feeling well.",
        MISSTATEMENT,
        STOP,
        "error",
    ),
    ("gabapentin", "You can leave off the gabapentin whenever it suits you.", MISSTATEMENT, STOP, "error"),
    ("venlafaxine", "You can drop your Effexor on days you feel fine.", MISSTATEMENT, STOP, "warning"),
    ("atenolol", "If you're feeling good, it's fine to give it a miss for a few days.", MISSTATEMENT, STOP, "error"),
    ("metoprolol", "Nothing wrong with leaving it off whenever you fancy.", MISSTATEMENT, STOP, "error"),
    ("pregabalin", "If you feel fine, you can go without it for a while.", MISSTATEMENT, STOP, "warning"),
    ("clonazepam", "Members reckon you can leave it off on good days.", MISSTATEMENT, STOP, "error"),
    ("carvedilol", "If you leave it off for a week, you'll be fine.", MISSTATEMENT, STOP, "error"),
    ("propranolol", "Going without it for a weekend won't hurt.", MISSTATEMENT, STOP, "error"),
    # wrong class by likening
    ("tirzepatide", "Mounjaro is the new once-weekly insulin everyone is talking about.", MISSTATEMENT, "not-insulin", "warning"),
    ("tirzepatide", "Mounjaro: a once-a-week insulin for type 2 diabetes.", MISSTATEMENT, "not-insulin", "warning"),
    ("gabapentin", "Gabapentin is basically a gentle narcotic for nerve pain.", MISSTATEMENT, "is-an-opioid", "warning"),
    ("tirzepatide", "Think of Mounjaro as a once-a-week insulin that you inject on Sundays.", MISSTATEMENT, "not-insulin", "warning"),
    ("semaglutide", "Ozempic is basically a weekly insulin for people who hate daily needles.", MISSTATEMENT, "not-insulin", "warning"),
    ("semaglutide", "Wegovy? It's an insulin you only take once a week.", MISSTATEMENT, "not-insulin", "warning"),
    ("tirzepatide", "Mounjaro is like a long-acting insulin, just with one jab a week.", MISSTATEMENT, "not-insulin", "warning"),
    ("tirzepatide", "You can see it as a kind of slow-release insulin pen.", MISSTATEMENT, "not-insulin", "warning"),
    ("bupropion", "Think of bupropion as an SSRI with a bit more kick.", MISSTATEMENT, "not-an-ssri", "warning"),
    # wrong class by group
    ("bupropion", "Zyban acts on the same brain messenger as the rest of its family, the SSRIs.", MISSTATEMENT, "not-an-ssri", "warning"),
    (
        "bupropion",
        "It boosts the same brain chemical as the others in its group, the SSRIs like Prozac.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    ("bupropion", "It's an SSRI like Zoloft, so expect similar side effects at first.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Like the other SSRIs, Wellbutrin can take a few weeks to work.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Bupropion sits in the same family as sertraline and citalopram.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "Wellbutrin? It's in the SSRI group.", MISSTATEMENT, "not-an-ssri", "warning"),
    ("bupropion", "It's in the SSRI group, alongside sertraline.", MISSTATEMENT, "not-an-ssri", "warning"),
    (
        "bupropion",
        "Zyban acts on the same brain messenger as the rest of its family, the SSRIs such as Prozac.",
        MISSTATEMENT,
        "not-an-ssri",
        "warning",
    ),
    ("venlafaxine", "Effexor shares the usual side effects of its fellow SSRIs.", MISSTATEMENT, "not-an-ssri", "warning"),
    (
        "buspirone",
        "Buspirone is gentler than the other benzos, so it rarely makes you drowsy.",
        MISSTATEMENT,
        "not-a-benzodiazepine",
        "warning",
    ),
    # the pancreatitis warning still missing
    ("tirzepatide", "Stomach upset, nausea and some tummy pain are common in the first weeks.", WARNING, PANCREATITIS, "error"),
    ("semaglutide", "Mild belly aches are normal when you step up the dose and settle within days.", WARNING, PANCREATITIS, "error"),
    ("semaglutide", "Your stomach may ache a bit for the first few weeks.", WARNING, PANCREATITIS, "error"),
    ("tirzepatide", "- **Tummy:** feeling sick, a bit of belly pain or constipation at first.", WARNING, PANCREATITIS, "error"),
]

#: (drug in front matter, draft body, rule, item): not reported.
SHOULD_NOT: list[tuple[str, str, str, str]] = [
    # stop whenever
    (
        "tizanidine",
        "Some members thought you could leave it off whenever it suits you. That isn't true: it has to be tapered.",
        MISSTATEMENT,
        STOP,
    ),
    (
        "carvedilol",
        "You can't just leave it off whenever you fancy a break; stopping suddenly can bring on chest pain.",
        MISSTATEMENT,
        STOP,
    ),
    ("metoprolol", "Don't skip days, even when you feel good.", MISSTATEMENT, STOP),
    ("baclofen", "Never take a break from baclofen on your own; your doctor will bring the dose down slowly.", MISSTATEMENT, STOP),
    ("propranolol", "If you forget a dose, you can skip it and take the next one at the usual time.", MISSTATEMENT, STOP),
    ("clonidine", "You can leave the tablets off for a few days before surgery, as your doctor directs.", MISSTATEMENT, STOP),
    ("metoprolol", "When you feel better, you can stop it, as your doctor directs.", MISSTATEMENT, STOP),
    ("metoprolol", "If you feel better, you can't just stop it.", MISSTATEMENT, STOP),
    ("metoprolol", "Your doctor may ask you to stop it for a while before surgery.", MISSTATEMENT, STOP),
    ("carvedilol", "If you leave it off for a week, you'll feel dizzy and your heart may race.", MISSTATEMENT, STOP),
    ("carvedilol", "Missing a dose is no big deal: take the next one at the usual time.", MISSTATEMENT, STOP),
    ("carvedilol", "You can leave the ibuprofen off whenever you like; carvedilol has to be tapered.", MISSTATEMENT, STOP),
    # wrong class
    ("tirzepatide", "Mounjaro is not insulin, and it does not replace insulin in type 1 diabetes.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "Unlike insulin, Mounjaro is a once-a-week shot.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "People already on insulin may need a lower insulin dose when they start Mounjaro.", MISSTATEMENT, "not-insulin"),
    ("semaglutide", "Think of it as a helper that nudges your own insulin at mealtimes.", MISSTATEMENT, "not-insulin"),
    ("semaglutide", "It's a weekly injection that helps your pancreas release insulin.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "Like insulin, Mounjaro is injected under the skin.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "Mounjaro is a weekly injection rather than a daily insulin.", MISSTATEMENT, "not-insulin"),
    ("tirzepatide", "It's the long-acting insulin that causes the lows, not Mounjaro.", MISSTATEMENT, "not-insulin"),
    ("semaglutide", "It's insulin resistance, not a lack of insulin, that Ozempic helps with.", MISSTATEMENT, "not-insulin"),
    ("bupropion", "Think of it as an alternative to the SSRIs.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "Unlike the SSRIs, bupropion rarely causes sexual side effects.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "It is often combined with an SSRI such as sertraline.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "Sertraline, one of the SSRIs, is sometimes taken with bupropion.", MISSTATEMENT, "not-an-ssri"),
    ("venlafaxine", "At low doses Effexor works much like an SSRI; higher doses also raise noradrenaline.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "It's often taken alongside an SSRI like sertraline.", MISSTATEMENT, "not-an-ssri"),
    ("bupropion", "It's often taken along with an SSRI such as sertraline.", MISSTATEMENT, "not-an-ssri"),
    ("lisinopril", "Tell your doctor if you take spironolactone or the other diuretics.", MISSTATEMENT, "wrong-class"),
    (
        "buspirone",
        "Buspirone is a different kind of medicine from the other anxiety drugs, the benzodiazepines.",
        MISSTATEMENT,
        "not-a-benzodiazepine",
    ),
    # the pancreatitis warning given
    (
        "tirzepatide",
        "- **Pancreas:** severe pain in your belly that won't go away, sometimes going through to your back. "
        "Stop the injections and get seen the same day.",
        WARNING,
        PANCREATITIS,
    ),
    ("semaglutide", "Get urgent help for severe stomach pain that doesn't go away, with or without being sick.", WARNING, PANCREATITIS),
    (
        "semaglutide",
        "If you get a bad tummy ache that spreads to your back and won't settle, stop Ozempic and call 111.",
        WARNING,
        PANCREATITIS,
    ),
    (
        "tirzepatide",
        "Stop Mounjaro and ring your doctor if you have intense, constant pain in the upper belly that can spread through to the back.",
        WARNING,
        PANCREATITIS,
    ),
    ("semaglutide", "Seek help straight away for severe abdominal pain that may reach round to your back.", WARNING, PANCREATITIS),
    ("semaglutide", "* Pancreas — agonising belly pain that will not ease: stop your injections and go to A&E.", WARNING, PANCREATITIS),
]
