"""Claim misses and false errors of holdout25/26 as classes: a speed claim in slang, the symptom
gone or the reader "good to go" within a number of minutes ("the sick feeling is gone in minutes",
"good to go in ten minutes", "Migraine gone in minutes"; "kicks in before you've finished your coffee" is
inferred, a warning); no dependence in slang ("there's no getting hooked", "take it for
years and never need more"); a comparative without "better" ("nothing sorts a bad back like this",
"beats every other muscle relaxer going", "beats the lot",
"leaves every other muscle relaxer standing", "nothing else even touches it"). Near misses: the same words negated, conditional,
cited, asked, or said of another medicine; a claim asked as a question and answered no ("does it
fix diabetes forever" then "No! It's not a cure"); and a hedged onset with a specific time frame
("It acts quickly, usually within 30 minutes"), which is a time course, not a selling point.
Each case is the body of one article about one drug; the assertion is what its writer would see:
the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- speed in slang: the symptom gone, or the reader ready, within minutes --
    ("ondansetron", "Pop one and the sick feeling is gone in minutes, every single time.", RAPID, "error"),
    ("sildenafil", "Honestly? Pop one and you're good to go in ten minutes, every time.", RAPID, "error"),
    ("sildenafil", "Most lads are ready for action within fifteen minutes.", RAPID, "error"),
    ("sumatriptan", "One spray and the migraine's gone in five minutes flat.", RAPID, "error"),
    ("loratadine", "The itching's gone within minutes of the first tablet.", RAPID, "error"),
    ("ondansetron", "Put a wafer under your tongue and the queasy feeling is gone in a few minutes.", RAPID, "error"),
    ("paracetamol", "Two of these and your headache is history in minutes.", RAPID, "error"),
    ("ibuprofen", "The pain is gone in twenty minutes flat.", RAPID, "error"),
    ("sumatriptan", "Migraine gone in minutes, every single time.", RAPID, "error"),
    ("ondansetron", "Sickness gone in a flash.", RAPID, "error"),
    ("ondansetron", "The nausea's gone before you know it.", RAPID, "error"),
    # (onset timed by a brew is inferred: a warning, as in holdout1516)
    ("ibuprofen", "It kicks in before you've finished your coffee.", RAPID, "warning"),
    # -- speed without a hedged time course (kept) --
    ("zolpidem", "It acts quickly, so there's no need to plan ahead.", RAPID, "error"),
    ("cetirizine", "It works quickly, usually within minutes.", RAPID, "error"),
    ("zolpidem", "It acts fast, usually within 5 minutes.", RAPID, "error"),
    # -- no dependence in slang --
    ("zolpidem", "There's no getting hooked on it, whatever the papers say.", DEPENDENCY, "error"),
    ("pregabalin", "With this one there's zero chance of getting hooked.", DEPENDENCY, "error"),
    ("tramadol", "At that dose there's no risk of becoming addicted.", DEPENDENCY, "error"),
    ("diazepam", "You can take it for years and never need more.", DEPENDENCY, "error"),
    ("zolpidem", "Plenty of our readers have used it every night for years without ever needing a higher dose.", DEPENDENCY, "error"),
    ("quetiapine", "The best thing about it is that there's no getting hooked.", DEPENDENCY, "warning"),
    # -- comparatives without "better" --
    ("tizanidine", '"Nothing sorts a locked-up back like this — it beats every other muscle relaxer going."', COMPARATIVE, "error"),
    ("ibuprofen", "Nothing shifts a hangover headache like ibuprofen.", COMPARATIVE, "error"),
    ("omeprazole", "Honestly, nothing touches heartburn like this stuff.", COMPARATIVE, "error"),
    ("naproxen", "For period pain it beats every other painkiller going.", COMPARATIVE, "error"),
    ("cetirizine", "This beats anything else on the shelf for hay fever.", COMPARATIVE, "error"),
    ("metformin", "No other diabetes pill can touch it.", COMPARATIVE, "error"),
    ("diclofenac", "There's nothing like it for a bad back.", COMPARATIVE, "error"),
    ("cetirizine", "It knocks spots off every other hay fever tablet.", COMPARATIVE, "error"),
    ("tizanidine", "It leaves every other muscle relaxer standing.", COMPARATIVE, "error"),
    ("tizanidine", "Nothing else even touches it.", COMPARATIVE, "error"),
    ("tizanidine", "For a bad back it beats the lot.", COMPARATIVE, "error"),
    ("tizanidine", "Nothing on the market sorts a bad back like tizanidine does.", COMPARATIVE, "error"),
]

#: (drug, body, rule): near misses that must stay quiet.
SHOULD_NOT = [
    # -- speed: a side effect settling, a condition, a negation, a citation, another medicine, hours --
    ("ondansetron", "If the sick feeling is not gone within an hour, call your doctor.", RAPID),
    ("ondansetron", "Don't expect the sick feeling to be gone in minutes.", RAPID),
    ("sildenafil", "Most men are good to go in about an hour; it can work for up to 4 hours.", RAPID),
    ("sumatriptan", "In trials the migraine was gone within two hours for many people [1].", RAPID),
    ("omeprazole", "An antacid like Gaviscon has heartburn gone in minutes; omeprazole is for preventing it.", RAPID),
    ("ondansetron", "Nausea from the chemo usually settles within the first few days.", RAPID),
    ("ibuprofen", "If the pain isn't gone in an hour or so, you can take another dose after 4 hours.", RAPID),
    ("ibuprofen", "Don't expect the pain gone in minutes: it can take an hour.", RAPID),
    # -- a hedged onset with a specific time frame: a time course --
    ("zolpidem", "It acts quickly, usually within 30 minutes.", RAPID),
    ("zolpidem", "It works quickly, typically within 15 to 30 minutes.", RAPID),
    ("cetirizine", "It works fast, usually within an hour.", RAPID),
    ("ibuprofen", "It acts quickly (often within 20 to 30 minutes), so take it when the pain starts.", RAPID),
    ("melatonin", "It usually starts to work within an hour.", RAPID),
    # -- dependence: the risk stated, conditional, asked, refuted --
    ("zolpidem", "There's a real chance of getting hooked if you take it every night.", DEPENDENCY),
    ("zolpidem", "It's not true that there's no getting hooked: dependence can happen within weeks.", DEPENDENCY),
    ("zolpidem", "Is there really no getting hooked on it?", DEPENDENCY),
    ("diazepam", "Some people find they need more to get the same effect after a few weeks.", DEPENDENCY),
    ("metformin", "You may never need more than one tablet a day.", DEPENDENCY),
    ("zolpidem", "If you find you need more after taking it for months, talk to your doctor.", DEPENDENCY),
    # -- comparatives: not the drug, asked, cited, hearsay, unlike --
    ("diclofenac", "Nothing sorts a bad back like rest and gentle movement, physios say.", COMPARATIVE),
    ("tizanidine", "Is it true that nothing sorts a bad back like this?", COMPARATIVE),
    ("tizanidine", "In a small trial it beat every other muscle relaxant tested [1].", COMPARATIVE),
    ("diclofenac", "It's nothing like the old tablets to swallow.", COMPARATIVE),
    ("omeprazole", "There's nothing like a good night's sleep for your mood.", COMPARATIVE),
    ("amlodipine", "Your heart beats every second of every day.", COMPARATIVE),
    ("tizanidine", "Nothing else you take should touch it: keep it away from ciprofloxacin.", COMPARATIVE),
    ("tizanidine", "In one small study it beat the lot [2].", COMPARATIVE),
    # -- a claim asked as a question and answered no --
    ("tirzepatide", "**Chat (lunaris):** does it fix diabetes forever\n\n**PixelPanda:** No! It's not a cure.", ABSOLUTE),
    ("isotretinoin", "Will it cure my acne for good\n\nNope. It controls it while you take it.", ABSOLUTE),
    ("omeprazole", "Q: so it cures reflux permanently\n\nA: No. It heals the lining while you take it.", ABSOLUTE),
    ("semaglutide", "someone asked: is it completely safe\n\nAbsolutely not. Nothing is.", ABSOLUTE),
]
