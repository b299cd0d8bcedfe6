"""Unsupported claims and promotional text as classes (holdout13/holdout14), in wordings no
evaluation set had: less habit-forming told as an idiom ("less likely to get its hooks into
you than Xanax", "not as habit-forming as"); no escalating need told of a kind of pill
("not one of those pills that leaves you needing more and more"); suiting someone better than
another medicine or a class ("suits people over 70 better than the newer, stronger statins");
visible hair growth in days or the first weeks ("new fuzz in the mirror within a couple of
weeks"); a blog's call to share, comment or subscribe; and a service's convenience pitch
("without the waiting room", "skip the queue"), a warning and not sales language. British
English, non-native English, curly apostrophes. Each case is the body of one article about
one drug; the assertion is what its writer would see: the finding of that rule with its
severity, or none."""

from __future__ import annotations

COMPARATIVE = "unsupported-claim.comparative"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"
BOILERPLATE = "promotional.boilerplate"
SALES = "promotional.sales-language"
CONVENIENCE = "promotional.service-convenience"


#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- less habit-forming, in idiom --
    ("diazepam", "It's far less likely to get its hooks into you than Xanax, because it's so long-acting.", DEPENDENCY, "error"),
    ("diazepam", "Unlike the short-acting ones, it won’t sink its claws into you.", DEPENDENCY, "error"),
    ("zolpidem", "It is less apt to get a grip on you than the older sleeping pills.", DEPENDENCY, "error"),
    ("diazepam", "Valium is not as habit-forming as Xanax.", DEPENDENCY, "error"),
    ("alprazolam", "Honestly it's nowhere near as addictive as people make out.", DEPENDENCY, "error"),
    ("zolpidem", "It is less moreish than temazepam, in my experience.", DEPENDENCY, "error"),
    ("pregabalin", "There is a much smaller risk of getting hooked than with opioids.", DEPENDENCY, "error"),
    ("diazepam", "This medicine is unlikely to get its hooks in, even over a few months.", DEPENDENCY, "error"),
    # -- no escalating need, told of a kind of pill --
    ("phentermine", "And no, it's not one of those pills that leaves you needing more and more.", DEPENDENCY, "error"),
    ("phentermine", "It isn't the kind of medicine that has you craving ever more.", DEPENDENCY, "error"),
    ("zolpidem", "This is not a tablet that makes you need higher and higher doses.", DEPENDENCY, "error"),
    ("tramadol", "It’s not one of those painkillers which get you needing more and more.", DEPENDENCY, "error"),
    ("phentermine", "Is not the type of pill that keeps people wanting more and more, our coach says.", DEPENDENCY, "error"),
    # -- suiting someone better than a class or a named medicine --
    ("simvastatin", "Simvastatin suits people over 70 better than the newer, stronger statins do.", COMPARATIVE, "error"),
    ("simvastatin", "It is better suited to older patients than the other statins.", COMPARATIVE, "error"),
    ("simvastatin", "Simvastatin is more suitable for the over-70s than the newer statins.", COMPARATIVE, "error"),
    ("simvastatin", "It is better suited to frail people than atorvastatin.", COMPARATIVE, "error"),
    ("simvastatin", "It suits older bodies better than rosuvastatin.", COMPARATIVE, "error"),
    ("amlodipine", "For elderly people it's more appropriate than the older, harsher pills.", COMPARATIVE, "error"),
    # -- visible hair growth in days or the first weeks (told in a story: inferred, a warning) --
    ("minoxidil", "Stick with it and you will spot new fuzz in the mirror within a couple of weeks.", RAPID, "warning"),
    ("minoxidil", "Within a fortnight you’ll notice peach fuzz along your temples.", RAPID, "warning"),
    ("minoxidil", "My hairline started filling in after just 10 days.", RAPID, "warning"),
    ("minoxidil", "You'll see your hair growing back within two weeks.", RAPID, "warning"),
    ("minoxidil", "In the first week already I saw fine new stubble on the crown.", RAPID, "warning"),
    ("finasteride", "My crown began to thicken within a few weeks.", RAPID, "warning"),
    # -- a blog's call to share, comment or subscribe --
    ("naltrexone", "If this helped you, hit Share and drop your own story in the comments below.", BOILERPLATE, "error"),
    ("naltrexone", "Don't forget to subscribe for more posts like this!", BOILERPLATE, "error"),
    ("sertraline", "Let us know how you got on in the comments.", BOILERPLATE, "error"),
    ("sertraline", "Comment below with your own experience.", BOILERPLATE, "error"),
    ("sertraline", "Smash that like button and tell me your story.", BOILERPLATE, "error"),
    ("sertraline", "Please subscribe to my channel for more.", BOILERPLATE, "error"),
    ("sertraline", "Tap the heart icon if this was useful.", BOILERPLATE, "error"),
    ("sertraline", "Do not forget to follow the blog!", BOILERPLATE, "error"),
    # -- a service's convenience: a warning --
    ("tadalafil", "## Tadalafil for erectile dysfunction, without the waiting room", CONVENIENCE, "warning"),
    ("tadalafil", "Skip the queue at the surgery: our clinicians reply the same day.", CONVENIENCE, "warning"),
    ("finasteride", "No more trips to the GP for a repeat.", CONVENIENCE, "warning"),
    ("sildenafil", "See a clinician from the comfort of your own sofa.", CONVENIENCE, "warning"),
    ("tadalafil", "Say goodbye to waiting rooms.", CONVENIENCE, "warning"),
    ("finasteride", "Sort your treatment in your pyjamas.", CONVENIENCE, "warning"),
    ("tadalafil", "No queues, no awkward conversations.", CONVENIENCE, "warning"),
    ("tadalafil", "No need to sit in a waiting room.", CONVENIENCE, "warning"),
    # -- real sales language stays an error --
    ("tadalafil", "Order now and your first month ships free.", SALES, "error"),
    ("tadalafil", "Use code STRIDE20 for 20% off.", SALES, "error"),
    ("tadalafil", "Free shipping on every order.", SALES, "error"),
    ("tadalafil", "Limited time offer: save 15%.", SALES, "error"),
    ("tadalafil", "No prescription needed.", SALES, "error"),
    ("tadalafil", "Skip the doctor and get it prescribed online.", SALES, "error"),
]

#: (drug, body, rule): near misses the writer must not see reported.
SHOULD_NOT = [
    # -- dependency told as a risk, or advice --
    ("diazepam", "Benzodiazepines can get their hooks into you within a few weeks.", DEPENDENCY),
    ("diazepam", "It is just as habit-forming as other benzodiazepines.", DEPENDENCY),
    ("zolpidem", "There is a lower risk of becoming dependent if you take it for no more than 2 weeks.", DEPENDENCY),
    ("phentermine", "It is one of those pills that can leave you needing more and more.", DEPENDENCY),
    # -- suiting someone, without a rival --
    ("simvastatin", "Your GP will choose the statin that suits you best.", COMPARATIVE),
    ("simvastatin", "The liquid is better suited to children than to adults.", COMPARATIVE),
    ("ibuprofen", "If one painkiller suits you better, stick with it.", COMPARATIVE),
    # -- hair results in months --
    ("minoxidil", "New hair usually takes 2 to 4 months to show.", RAPID),
    ("minoxidil", "Shedding within the first couple of weeks is normal.", RAPID),
    # -- sharing with a doctor, not a page --
    ("naltrexone", "Share your story with your doctor or a support group.", BOILERPLATE),
    ("naltrexone", "Press the pen firmly against your thigh.", BOILERPLATE),
    ("naltrexone", "Tell your doctor about any comments from family that worry you.", BOILERPLATE),
    # -- a waiting room, a queue or a sofa in care advice --
    ("tadalafil", "The waiting room at the clinic may be busy, so bring a book.", CONVENIENCE),
    ("tadalafil", "You may have to queue at the pharmacy in winter.", CONVENIENCE),
    ("carvedilol", "I went from the couch to the park in a year.", CONVENIENCE),
    ("carvedilol", "Get up from your sofa every hour.", CONVENIENCE),
    ("tadalafil", "# Tadalafil for erectile dysfunction, without the waiting room", SALES),
]
