"""An interaction declared harmless by a story: someone takes the drug with the medicine or drink it interacts with, told
in a paragraph, and the verdict says they came to no harm ("he's fine", "works fine for him", "never had a problem"):
"My uncle Ray has carried a little nitro spray in his jacket since his angina started. He takes his blue pill every date
night anyway ... Years later he's fine, so I wouldn't lose sleep over it if you're in the same boat." (eval/holdout159
ea05: sildenafil's safe-with-nitrates), "my uncle Sal uses his little nitro spray ... and he just leaves a gap of a few
hours before he takes his Cialis. He's been doing it for years, works fine for him." (eval/holdout164 ef09: tadalafil's).
Reported at the interaction's tier, as the drug's misstatement that names it when it has one. Other voices: warfarin with
daily ibuprofen, Xanax after beers, tadalafil with isosorbide. Near misses: the story ends in hospital and "he's fine now,
but", the drug stopped, no interacting medicine, the interacting one denied, the outcome refuted in the next sentence, a
drug with no such interaction, a verdict under a condition, and the interacting medicine named only in a warning."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "sildenafil",
        "My uncle Ray has carried a little nitro spray in his jacket since his angina started. He takes his blue pill every "
        "date night anyway and says the heart doctor's warning is for people who overdo it. Years later he's fine, so I "
        "wouldn't lose sleep over it if you're in the same boat.",
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "tadalafil",
        "**KENJI:** Yeah, my uncle Sal uses his little nitro spray under the tongue when his chest acts up, and he just leaves "
        "a gap of a few hours before he takes his Cialis. He's been doing it for years, works fine for him. So it's more "
        "about timing than a hard no.",
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "tadalafil",
        "A mate of mine keeps isosorbide tablets for his angina and still takes his Cialis at the weekend. It works fine for him.",
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "warfarin",
        "My mum has taken ibuprofen for her knees most days for years, on top of her warfarin. She's never had a problem, so "
        "I wouldn't stress about it.",
        MISSTATEMENT,
        "bleeding-risk-drugs",
        "error",
    ),
    (
        "alprazolam",
        "Dad has a couple of beers most nights and then his Xanax at bedtime. He's been doing that for ten years and he's fine.",
        MISSTATEMENT,
        "alcohol-cns-depressants",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "sildenafil",
        "My uncle Ray carries a nitro spray for his angina. He took his blue pill one night anyway and ended up in hospital "
        "with his blood pressure through the floor. He's fine now, but it was close.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    (
        "sildenafil",
        "My uncle Ray has a nitro spray for his angina, so his cardiologist stopped his Viagra. He's fine, and he and his "
        "wife have found other ways to stay close.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    ("sildenafil", "My uncle Ray takes Viagra every date night. He's been fine for years.", MISSTATEMENT, "safe-with-nitrates"),
    (
        "sildenafil",
        "My uncle Ray doesn't use any nitrates, so his cardiologist was happy for him to try Viagra. He's been fine.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    (
        "sildenafil",
        "My uncle Ray carries a nitro spray and takes his blue pill anyway. Years later he's fine. That doesn't make it "
        "safe: the two together can drop your blood pressure to a dangerous level.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    (
        "sertraline",
        "My uncle uses a nitro spray for his angina and takes sertraline every morning. He's fine.",
        MISSTATEMENT,
        "serotonergic-drugs",
    ),
    (
        "tadalafil",
        "My uncle uses a nitro spray for his angina. If he ever took Cialis with it, he'd be lucky to be fine.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    # the interacting medicine named only in a warning
    (
        "tadalafil",
        "Tell your doctor if you take nitrates; together with Cialis they can drop your blood pressure. My brother uses it at "
        "weekends, and it works fine for him.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    (
        "sildenafil",
        "Never take Viagra if you use a nitroglycerin spray. My dad has used Viagra for years and he's fine.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
]
