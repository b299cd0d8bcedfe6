"""Unsupported claims and promotional text as classes (holdout19/holdout20), in wordings no
evaluation set had: an affiliate disclosure in a publisher's own words, in italics, brackets or
a footnote ("Ridgeline may earn a commission when you buy through links on our site"); no
dependence in lay words ("isn't the kind of pill your body starts to crave", "your body won't
miss it"); an abuse-deterrence claim ("much harder to misuse than the short-acting tablets",
"abuse-proof"); speed of effect in a day or two or in hours of the first dose ("you'll likely
see the storms settle within a day or two of the first dose"). Near misses: the publisher's own
store named without a call to buy ("If you've walked into our store lately"); a price history
("sildenafil is a cheap generic"); hearsay then rebutted in the next paragraph ("a neighbor had
told him Ritalin 'can't get kids addicted'" answered "That isn't accurate"); food cravings on an
appetite suppressant; a side effect settling in a day or two; a safety tip about keeping pills
locked up. Each case is the body of one article about one drug; the assertion is what its
writer would see: the finding of that rule with its severity, or none."""

from __future__ import annotations

AFFILIATE = "promotional.affiliate-disclosure"
SALES = "promotional.sales-language"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- an affiliate disclosure in the publisher's own words --
    ("sildenafil", "*Ridgeline may earn a commission when you buy through links on our site.*", AFFILIATE, "warning"),
    ("cetirizine", "[We may receive a small fee if you purchase something through the links below.]", AFFILIATE, "warning"),
    ("cetirizine", "The Allergy Mum Blog earns from qualifying purchases.", AFFILIATE, "warning"),
    ("melatonin", "If you buy through our links, we may get paid, at no extra cost to you.", AFFILIATE, "warning"),
    ("ibuprofen", "_This post contains affiliate links._", AFFILIATE, "warning"),
    ("ibuprofen", "Purchases made through links in this guide may earn us a commission.", AFFILIATE, "warning"),
    ("omeprazole", "(Some of the product links on this page are affiliate links.)", AFFILIATE, "warning"),
    ("loratadine", "Heads up: when you shop through retailer links on this page, we may be compensated.", AFFILIATE, "warning"),
    (
        "minoxidil",
        "Most readers stick with the foam.[^1]\n\n[^1]: HairHelp earns a small commission on anything you buy through these links.",
        AFFILIATE,
        "warning",
    ),
    # -- a call to buy at the publisher's store --
    ("semaglutide", "Our GLP-1 support gummies are in stock now at our store.", SALES, "error"),
    ("semaglutide", "Shop our online store for the full metabolic range.", SALES, "error"),
    ("semaglutide", "Pick up a bottle at our store on your way home.", SALES, "error"),
    ("melatonin", "Visit our online shop to see the whole sleep range.", SALES, "error"),
    ("melatonin", "The 3 mg gummies are available now in our online store.", SALES, "error"),
    # -- cheap generics offered, not described --
    ("sildenafil", "Get your cheap generic Viagra here, delivered in days.", SALES, "error"),
    ("tadalafil", "Order cheap generic tadalafil from us and skip the pharmacy counter.", SALES, "error"),
    ("sildenafil", "Cheap generic pills, delivered to your door.", SALES, "error"),
    # -- no dependence in lay words --
    ("phentermine", "Worried about getting dependent? Don't be. It isn't the kind of pill your body starts to crave.", DEPENDENCY, "error"),
    ("diazepam", "Relax: your body won't crave it when the course is over.", DEPENDENCY, "error"),
    ("zolpidem", "It's not a pill you'll ever find yourself craving.", DEPENDENCY, "error"),
    ("tramadol", "Once the pain settles, your body won't miss it.", DEPENDENCY, "error"),
    ("alprazolam", "At a small dose your brain doesn't get used to it the way it does with sleeping pills.", DEPENDENCY, "error"),
    ("pregabalin", "Honestly, nobody gets hooked on these.", DEPENDENCY, "error"),
    ("lorazepam", "You won’t crave them once you feel calmer.", DEPENDENCY, "error"),
    ("oxycodone", "For short-term pain after surgery, your system never comes to depend on it.", DEPENDENCY, "error"),
    ("gabapentin", "It isn't the sort of medicine people end up craving.", DEPENDENCY, "error"),
    # -- abuse deterrence, comparative or absolute --
    ("amphetamine mixed salts", "The capsules are also much harder to misuse than the short-acting tablets.", DEPENDENCY, "error"),
    ("methylphenidate", "The patch is far more difficult to abuse than the pills, so we prefer it.", DEPENDENCY, "error"),
    ("alprazolam", "Because it's long-acting, it's tougher to get hooked on than the short-acting ones.", DEPENDENCY, "error"),
    ("oxycodone", "The new tablets are abuse-proof, so there's nothing to worry about.", DEPENDENCY, "error"),
    ("methylphenidate", "These capsules are tamper-resistant and basically impossible to misuse.", DEPENDENCY, "error"),
    ("tramadol", "It's less prone to abuse than the stronger opioids.", DEPENDENCY, "error"),
    ("oxycodone", "For teens, the extended-release tablets are trickier to get high on than the old ones.", DEPENDENCY, "error"),
    # -- speed of effect in a day or two, or in hours, of the first dose --
    ("risperidone", "If your mum is like mine, you'll likely see the storms settle within a day or two of the first dose.", RAPID, "error"),
    ("quetiapine", "Most families notice things calm down within a couple of days of starting.", RAPID, "error"),
    ("sertraline", "It kicks in within a day or two, and the worry just melts off.", RAPID, "error"),
    ("propranolol", "Within hours of the first tablet you'll notice the shaking calm down.", RAPID, "error"),
    ("aripiprazole", "You should see a real difference within a day or two of starting it.", RAPID, "error"),
    ("trazodone", "Within a day or two of the first dose, most people find their nights settle.", RAPID, "error"),
    ("buspirone", "You’ll feel calmer within a couple of days of the first tablet.", RAPID, "error"),
]

#: (drug, body, rule): a near miss that must stay quiet.
SHOULD_NOT = [
    # -- no affiliate disclosure --
    ("ibuprofen", "Our writers are paid by the hospital and take no money from drug companies.", AFFILIATE),
    ("ibuprofen", "We don't use affiliate links and take no payment from manufacturers.", AFFILIATE),
    ("amoxicillin", "Your pharmacy may receive a dispensing fee from the NHS for each item.", AFFILIATE),
    ("sildenafil", "Never buy medicines through links in emails or on social media: they are often fake.", AFFILIATE),
    ("ibuprofen", "If you buy through the NHS app, your prescription goes to the pharmacy you choose.", AFFILIATE),
    # -- the publisher's store, no call to buy --
    ("semaglutide", "If you've walked into our store lately, you've probably heard customers swapping notes about their shots.", SALES),
    ("semaglutide", "Pro tip from our store manager, Dana: drink plenty of water in the first weeks.", SALES),
    ("semaglutide", "Our store staff can't give medical advice, so ask your pharmacist or prescriber.", SALES),
    ("semaglutide", "We don't sell prescription medicines in our store.", SALES),
    # -- a price history, not a pitch --
    ("sildenafil", "Twenty-eight years later, sildenafil is a cheap generic, and it's prescribed through telehealth apps.", SALES),
    ("tadalafil", "Tadalafil is now available as a cheap generic, so ask your doctor whether it suits you.", SALES),
    ("sildenafil", "Because it's a cheap generic, most insurers cover it.", SALES),
    # -- dependence told honestly, refuted, asked, or about food --
    ("phentermine", "You won't crave sweets and snacks as much between meals.", DEPENDENCY),
    ("phentermine", "Some people find their body starts to crave it, so tell your doctor if that happens.", DEPENDENCY),
    ("phentermine", "It's a myth that your body won't crave it: phentermine can be habit-forming.", DEPENDENCY),
    ("diazepam", "Your body can come to depend on it, so don't stop suddenly.", DEPENDENCY),
    ("naltrexone", "Naltrexone isn't the kind of medicine your body craves: it blocks opioids.", DEPENDENCY),
    ("gabapentin", "Tell your doctor if you start to crave it or need more to get the same effect.", DEPENDENCY),
    # -- hearsay answered in the next sentence or by a reply opening the next paragraph --
    (
        "methylphenidate",
        '@twinsdad_ohio said a neighbor had told him Ritalin "can\'t get kids addicted."'
        "\n\n**Kendra's note:** That isn't accurate. It can be misused.",
        DEPENDENCY,
    ),
    ("zolpidem", "My cousin swears it won't get you hooked. That's simply not true: it can be habit-forming.", DEPENDENCY),
    ("sertraline", "A friend told me it works within minutes. That's not true: it takes weeks.", RAPID),
    # -- abuse deterrence denied, cited, or a safety tip --
    ("amphetamine mixed salts", "No ADHD medicine is abuse-proof, including the capsules.", DEPENDENCY),
    ("amphetamine mixed salts", "Adderall XR is not an abuse-deterrent product, and it can be misused like the tablets.", DEPENDENCY),
    ("oxycodone", "Abuse-deterrent formulations can still be misused by swallowing too many tablets.", DEPENDENCY),
    ("methylphenidate", "A locked box makes the pills harder to misuse.", DEPENDENCY),
    ("methylphenidate", "The capsules are harder to swallow than the tablets, so ask about the liquid.", DEPENDENCY),
    ("methylphenidate", "The patch is harder to misuse than the pills (Smith, 2019).", DEPENDENCY),
    ("amphetamine mixed salts", "Some people think the capsules are harder to misuse than the tablets, but they aren't.", DEPENDENCY),
    # -- a side effect settling, a time course in weeks, another medicine --
    ("risperidone", "Any dizziness usually settles within a day or two of starting.", RAPID),
    ("sertraline", "You may notice a difference within a week or two, but the full effect takes longer.", RAPID),
    ("amoxicillin", "You should feel better within a few days of starting the antibiotic.", RAPID),
    ("risperidone", "A rash can appear within hours of the first dose; stop taking it and call your doctor.", RAPID),
    ("risperidone", "Within a day or two of the first dose, some people feel dizzy when they stand up.", RAPID),
    ("risperidone", "You'll likely see the storms settle within a day or two of the first dose [2].", RAPID),
]
