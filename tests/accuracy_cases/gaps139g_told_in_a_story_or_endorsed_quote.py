"""Misstatements told as a story, a quote the writer lets stand or endorses, or a confident aside, from eval/holdout231 (gu05),
holdout232 (gv09, gv10), holdout233 (gw05, gw07), holdout235 (gy03), holdout236 (gz05, gz10) and holdout237 (ha04, ha07,
ha10), as a class.

Class: a known misstatement of the drug in a lay wording the facts did not read, told in someone's story or words and left
standing: fluconazole's single tablet clearing "the other kind, the one with the fishy smell"; metronidazole's tablets knocking
out "the one you'd normally treat with a Monistat cream" (the cream's brand is not the statement's subject); a broad antibiotic
that "covers the viral bugs going around as well as the bacterial ones"; the nitro spray and tadalafil that "get along fine as
long as he leaves a few hours between them"; lithium's lab "pretty much" forgotten once settled; "I know what that pill does to
the kidneys" of metformin; isotretinoin strips "from her own course" handed over and taken; Plaquenil that is "why it never
touched me" when the virus came; simvastatin's grapefruit warning "aimed at folks on the top doses" or "about the old heart
pills" (grapefruit in the sentence before); a third reliever "since Easter" put down to the birch trees.
Silent: the wording denied or refuted ("won't clear", "does not cover", "can't forget about the lab", "That isn't true"),
another medicine doing it, the true statement (a yeast infection cleared, the bacterial ones covered, 48 hours before a nitrate,
the level checked less often, not more), the lab's old results, strips returned to the pharmacy, the medicine only beside the
virus or the vaccine credited, a true use (malaria), another warning ("That warning about muscle pain"), a preventer inhaler,
inhalers counted as a sign to see the nurse.
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # the drafts' own wordings, then new wordings in other voices
    (
        "fluconazole",
        (
            "Tori writes: my last one smelled fishy, not yeasty. Same pill?\n\nHonestly, that single tablet also clears the"
            " other kind, the one with the fishy smell, so you're covered either way."
        ),
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "fluconazole",
        "Good news from the counter: one Diflucan sorts out the kind with the grey discharge as well.",
        MISSTATEMENT,
        "treats-bacterial-infections",
        "warning",
    ),
    (
        "metronidazole",
        (
            "And here's a bonus. If the itchy, burning kind of infection ever shows up too, the one you'd normally treat"
            " with a Monistat cream from the drugstore, these same tablets will knock that out as well, so there's no need"
            " to buy anything extra."
        ),
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "Got the kind you'd usually treat with a three-day cream from the pharmacy? The same tablets clear that too.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "amoxicillin",
        (
            "Amoxicillin is an antibiotic from the penicillin family. Doctors use it for ear infections, strep throat,"
            " sinus infections, chest infections like pneumonia, and bladder infections. Amoxicillin is a broad"
            " antibiotic, so it covers the viral bugs going around as well as the bacterial ones."
        ),
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "amoxicillin",
        "The pink stuff is a broad-spectrum antibiotic, so it covers viral infections as well as bacterial ones.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
        "warning",
    ),
    (
        "tadalafil",
        (
            "Walt, who carries a nitro spray in his bag for his angina, tells me his cardiologist said the spray and the"
            " weekend pill get along fine as long as he leaves a few hours between them. Good news for the angina crowd!"
        ),
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "tadalafil",
        "My GP says nitroglycerin is okay with Cialis provided you wait six hours after the tablet.",
        MISSTATEMENT,
        "safe-with-nitrates",
        "error",
    ),
    (
        "lithium",
        (
            "After the first couple of months ur doc has found ur number, and from then on u can pretty much forget about"
            " the lab unless u feel off. That was a relief for me tbh, I hate needles."
        ),
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    (
        "lithium",
        "Once your level settles, you can basically forget about the lab for good.",
        MISSTATEMENT,
        "no-blood-tests-needed",
        "error",
    ),
    (
        "metformin",
        (
            '**About your kidneys.** When we talked about this last week, Mr. Alvarez said, "Everybody in my family who'
            " was on metformin ended up on dialysis, so I know what that pill does to the kidneys.\" He's right to take it"
            " seriously, so drink plenty of water and keep up with your blood tests. Your doctor checks your kidneys"
            " before you start and at least once a year."
        ),
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "metformin",
        ("My aunt's on dialysis after twenty years of Glucophage. Believe me, I've seen what those tablets do to your kidneys."),
        MISSTATEMENT,
        "kidney-damage",
        "warning",
    ),
    (
        "isotretinoin",
        (
            "**Apr 2.** The refill drama. My test result posted late, the pharmacy's iPLEDGE window closed, and they"
            " couldn't fill my prescription for four days. My housemate Priya still had a couple of blister strips from"
            " her own course last year sitting in her desk drawer, so she handed them over and I took those until my new"
            " box came. Crisis averted, honestly."
        ),
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "When my refill was held up, my cousin dug out a box from his old prescription, and we used those for the week.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "hydroxychloroquine",
        (
            "I did. When that virus came in 2020 I'd been on my Plaquenil twenty years, and that's why it never touched"
            " me. My grandson got it bad and he was in bed two weeks. Me, nothing. Those pills kept it off me."
        ),
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        ("When covid swept through the care home, Mum was already on her hydroxychloroquine, which is why she never caught it."),
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "simvastatin",
        (
            "Our own Walt Kowalski has started every morning for nine years with half a pink grapefruit, and he's been on"
            " simvastatin the whole time. The way Walt tells it, the warning on the bottle is aimed at folks on the top"
            " doses, so at his 20 milligrams the breakfast grapefruit is nothing to fret about. Good news for the citrus"
            " lovers on lane 6."
        ),
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
    (
        "simvastatin",
        (
            'Every morning he still eats half a grapefruit with his toast. "That warning is about the old heart pills," he'
            ' says with a shrug. "Mine\'s a different animal." A year in, his LDL is where his doctor wants it, and'
            " breakfast hasn't changed."
        ),
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
    (
        "simvastatin",
        "Don't panic about the juice: grapefruit only matters at the high doses, and 20 mg isn't one of them.",
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
    (
        "simvastatin",
        "My pharmacist says the grapefruit rule is really for the older statins, so I still have my juice.",
        MISSTATEMENT,
        "grapefruit-safe",
        "error",
    ),
    (
        "albuterol",
        (
            "Gordon from the basses, who has sung with us since 1987, puts it his way: \"Come May, I'm on my third blue"
            " inhaler since Easter, and that's just the birch trees, nothing a doctor needs to hear about.\" Spoken like a"
            " true bass."
        ),
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "Jade is onto her fourth reliever this term, which is just what the pollen does to her chest.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "albuterol",
        "We're on our third puffer in six weeks, but that's hay fever season for you.",
        MISSTATEMENT,
        "more-use-is-normal",
        "warning",
    ),
    (
        "metronidazole",
        (
            "If the itchy, burning kind of infection ever shows up too, the one you'd normally treat with a Monistat cream"
            " from the drugstore, these same tablets will knock that out as well."
        ),
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        (
            "If the itchy, burning kind of infection ever shows up too, the one you'd normally treat with a cream from the"
            " drugstore, these same tablets will knock that out as well, so there's no need to buy anything extra."
        ),
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
]

#: (drug, body, rule, item): no such finding.
SHOULD_NOT = [
    # negated
    (
        "fluconazole",
        "That single tablet won't clear the one with the fishy smell; that needs an antibiotic.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    # told as the other kind needing something else
    (
        "fluconazole",
        "The one with the fishy smell is a different infection, and a single tablet of fluconazole will not touch it.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    # true statement
    (
        "fluconazole",
        "That single tablet clears most yeast infections within a few days.",
        MISSTATEMENT,
        "treats-bacterial-infections",
    ),
    # denied
    (
        "metronidazole",
        "If it's the kind you'd normally treat with a Monistat cream, these tablets won't help; use the cream.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    # other medicine
    (
        "metronidazole",
        ("The itchy kind, the one you'd normally treat with a Monistat cream, is cleared by fluconazole, not by these tablets."),
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    # negated
    (
        "amoxicillin",
        ("Amoxicillin covers a lot of the bacterial bugs going around, but it does not cover the viral ones, like colds and flu."),
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # true
    (
        "amoxicillin",
        "It covers the bacterial ones; the viral bugs going around need rest and fluids, not antibiotics.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # denied
    (
        "amoxicillin",
        "It doesn't cover the viral bugs going around, only the bacterial ones.",
        MISSTATEMENT,
        "antibiotics-for-viruses",
    ),
    # negated
    (
        "tadalafil",
        "Nitro spray and Cialis are never fine together, not even if you leave a few hours between them.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    # the label
    (
        "tadalafil",
        ("If you need nitroglycerin in an emergency, it can only be given if at least 48 hours have passed since your last tadalafil."),
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    # alpha blockers with hours (true-ish for doxazosin)
    (
        "tadalafil",
        "Tamsulosin and tadalafil are usually fine together as long as your doctor starts you on a low dose.",
        MISSTATEMENT,
        "safe-with-nitrates",
    ),
    # negated
    (
        "lithium",
        (
            "Even once your level settles, you can't forget about the lab: lithium levels need checking every few months"
            " for as long as you take it."
        ),
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # fewer
    (
        "lithium",
        "Once your level settles, you can forget about the lab every week; every three months is usually enough.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # the lab results
    (
        "lithium",
        "You can pretty much forget about the lab results from before you started; what matters is the level now.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # advice to keep
    (
        "lithium",
        "Don't ever think you can forget about the lab once you feel well.",
        MISSTATEMENT,
        "no-blood-tests-needed",
    ),
    # refuted by the writer
    (
        "metformin",
        ('Mr. Alvarez said, "I know what that pill does to the kidneys." That isn\'t true. Metformin does not damage the kidneys.'),
        MISSTATEMENT,
        "kidney-damage",
    ),
    # negated
    (
        "metformin",
        "I honestly don't know what that pill does to the kidneys, so I asked my pharmacist.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    # true
    (
        "metformin",
        "Your doctor knows what your kidneys do to metformin: they clear it, so the dose depends on how well they work.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    # hearsay called a myth
    (
        "metformin",
        "Some people say they know what metformin does to the kidneys. That's a myth: it does not harm them.",
        MISSTATEMENT,
        "kidney-damage",
    ),
    # returned
    (
        "isotretinoin",
        "My housemate still had a couple of strips from her own course, so I took them back to the pharmacy for her.",
        MISSTATEMENT,
        "share-with-others",
    ),
    # negated
    (
        "isotretinoin",
        "My housemate offered the strips from her own course, but I never took them; I waited four days for my box.",
        MISSTATEMENT,
        "share-with-others",
    ),
    # own course
    (
        "isotretinoin",
        ("My housemate reminded me that the strips from my own course go back to the pharmacy, and I took those in on Friday."),
        MISSTATEMENT,
        "share-with-others",
    ),
    # beside it only
    (
        "hydroxychloroquine",
        "When that virus came in 2020 I'd been on my Plaquenil twenty years, and I never caught it.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # vaccine credited
    (
        "hydroxychloroquine",
        "When COVID came I was on my Plaquenil, but the vaccine is why it never touched me.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # malaria true use
    (
        "hydroxychloroquine",
        "When malaria was going round the camp, I was on my hydroxychloroquine, and that's why it never touched me.",
        MISSTATEMENT,
        "covid-cure",
    ),
    # true
    (
        "simvastatin",
        ("The interaction is strongest at high doses, but grapefruit is not safe at any dose of simvastatin, so avoid grapefruit juice."),
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    # refuted
    (
        "simvastatin",
        (
            'Every morning he still eats half a grapefruit with his toast. "That warning is about the old heart pills," he'
            " says. He's wrong: it applies to simvastatin too."
        ),
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    # other warning
    (
        "simvastatin",
        ("He takes his simvastatin at night. That warning about muscle pain is for everyone, so call your doctor if your muscles ache."),
        MISSTATEMENT,
        "grapefruit-safe",
    ),
    # not normal
    (
        "albuterol",
        "I'm on my third blue inhaler since Easter, and that's not normal: I've booked an asthma review.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    # preventer
    (
        "albuterol",
        "I'm on my third preventer inhaler since Christmas, which is just how the prescription works.",
        MISSTATEMENT,
        "more-use-is-normal",
    ),
    # a sign
    (
        "albuterol",
        ("Dev is on his third reliever this month, which is a sign his asthma is out of control, so he is seeing the nurse tomorrow."),
        MISSTATEMENT,
        "more-use-is-normal",
    ),
]
