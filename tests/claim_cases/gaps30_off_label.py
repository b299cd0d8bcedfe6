"""Off-label uses told in stories, reader emails and colleagues' anecdotes, the condition in lay
words, as classes: drinking cut down or stopped, credited to the drug as an outcome ("knocked my
Friday-night pints on the head", "wine o'clock is a thing of the past", "put me right off the
drink"); a weight-loss goal in lay words as purpose or result ("to drop a dress size", "to get into
her skinny jeans"); nerve pain whose cause makes it unapproved (burning, pins-and-needles feet after
chemotherapy: duloxetine and pregabalin are approved for diabetic nerve pain only, so the same
feet burning from diabetes stay quiet); a condition named as the reader's problem, then said to
stop or fade once the drug was started, in the next sentence ("Six weeks into Lexapro they just
stopped", "I haven't had one since"); restless legs in lay words ("restless, jumpy legs at night",
"twitchy legs in bed") and pointed back at ("takes an extra capsule for exactly that"). Near
misses: the approved use told as a story, a side effect told as a story (weight lost, headaches
that stopped), an interaction's advice about drink, a use disclosed, refused or hedged, another
medicine's use, and a toddler's bedtime that is not anxiety. Each case is the body of one article
about one drug; the assertion is the off-label finding at its severity (a warning: each use is the
tool's reading of a story or of lay words), or none."""

from __future__ import annotations

OFF_LABEL = "off-label.undisclosed"

#: (drug, body, rule, severity): a use the writer must see.
SHOULD = [
    # -- drinking cut down or stopped, credited to the drug --
    ("varenicline", "Bonus: it knocked my Friday-night pints on the head as well.", OFF_LABEL, "warning"),
    ("topiramate", "Since starting topiramate, wine o'clock has become a thing of the past.", OFF_LABEL, "warning"),
    ("gabapentin", "My husband swears gabapentin has halved his drinking.", OFF_LABEL, "warning"),
    ("baclofen", "Honestly, baclofen put me right off the drink.", OFF_LABEL, "warning"),
    ("sertraline", "Three months on sertraline and my nightly bottle of wine is a thing of the past.", OFF_LABEL, "warning"),
    ("varenicline", "Champix even stopped my drinking, so I've kept taking it for that.", OFF_LABEL, "warning"),
    (
        "varenicline",
        "\"Bonus: it knocked my Friday-night pints on the head as well. I used to sink eight, now I can't be bothered "
        "past two, so I've kept taking it for that.\"",
        OFF_LABEL,
        "warning",
    ),
    # -- a weight-loss goal in lay words, as purpose or result --
    (
        "amphetamine-mixed-salts",
        'She took a colleague\'s leftover script "to drop a dress size before the Christmas party, and it worked in a month."',
        OFF_LABEL,
        "warning",
    ),
    ("lisdexamfetamine", "My sister takes her Vyvanse to get into her skinny jeans by summer.", OFF_LABEL, "warning"),
    ("metformin", "I begged my GP for metformin to slim down for the wedding.", OFF_LABEL, "warning"),
    ("topiramate", "Half the mums at the school gate are on topiramate to shift the baby weight.", OFF_LABEL, "warning"),
    ("methylphenidate", "Ritalin helped me lose a stone in six weeks, and that was the whole point.", OFF_LABEL, "warning"),
    ("bupropion", "A friend takes bupropion purely to fit back into her wedding dress.", OFF_LABEL, "warning"),
    # -- nerve pain whose cause makes it unapproved --
    (
        "duloxetine",
        "We had a listener email from Geoff, who finished chemotherapy last year. He says the burning and "
        'pins-and-needles in his feet afterwards "finally quietened down" once his oncologist put him on duloxetine.',
        OFF_LABEL,
        "warning",
    ),
    (
        "duloxetine",
        "After my chemo, my toes tingled and burned for months. Since starting Cymbalta they have settled.",
        OFF_LABEL,
        "warning",
    ),
    ("pregabalin", "Ever since the chemo my feet burn at night. Two weeks on pregabalin and the burning has eased.", OFF_LABEL, "warning"),
    ("duloxetine", "An old back injury left him with pins and needles in his feet, and duloxetine sorted it out.", OFF_LABEL, "warning"),
    (
        "duloxetine",
        "The shingles left her with a burning stripe of nerve pain, so her GP prescribed duloxetine for it.",
        OFF_LABEL,
        "warning",
    ),
    # -- a condition named, then gone once the drug was started --
    (
        "escitalopram",
        "\"I'd been getting these full-body panic attacks on the Tube: chest pounding, certain I was about to collapse. "
        'Six weeks into Lexapro they just stopped."',
        OFF_LABEL,
        "warning",
    ),
    ("escitalopram", "My panic attacks were ruining my commute. A month after starting escitalopram, they vanished.", OFF_LABEL, "warning"),
    (
        "duloxetine",
        "She used to have panic attacks in the supermarket queue. On duloxetine they're a thing of the past.",
        OFF_LABEL,
        "warning",
    ),
    ("bupropion", "My panic attacks on the motorway melted away after starting bupropion.", OFF_LABEL, "warning"),
    ("escitalopram", "The panic attacks used to hit me in the car. Since I started Lexapro I haven't had one.", OFF_LABEL, "warning"),
    ("citalopram", "Migraines wrecked every other weekend. Two months into citalopram, they have all but gone.", OFF_LABEL, "warning"),
    # -- restless legs in lay words, and pointed back at --
    (
        "gabapentin",
        "Three members have told me their restless, jumpy legs at night have calmed right down since starting it, "
        "and Barbara now takes an extra capsule at bedtime for exactly that.",
        OFF_LABEL,
        "warning",
    ),
    ("gabapentin", "Mum's twitchy legs in bed used to keep her up; since she started gabapentin they've settled.", OFF_LABEL, "warning"),
    ("pregabalin", "I get jumpy, fidgety legs every evening. My GP gave me pregabalin for it.", OFF_LABEL, "warning"),
    ("gabapentin", "Barbara takes an extra gabapentin at bedtime for her creepy-crawly legs.", OFF_LABEL, "warning"),
    ("gabapentin", "I couldn't keep my legs still in bed. Two weeks on gabapentin and that's gone.", OFF_LABEL, "warning"),
    # -- more voices of the same classes --
    ("baclofen", "Since starting baclofen, I've stopped reaching for the wine at six o'clock.", OFF_LABEL, "warning"),
    ("topiramate", "Topiramate got my husband off the booze after twenty years.", OFF_LABEL, "warning"),
    ("gabapentin", "A member says gabapentin has slashed her drinking.", OFF_LABEL, "warning"),
    ("varenicline", "Funnily enough, it also curbed my drinking.", OFF_LABEL, "warning"),
    ("semaglutide", "Ozempic knocked my evening drinking on the head too.", OFF_LABEL, "warning"),
    ("metformin", "My cousin takes metformin to get into her bridesmaid dress.", OFF_LABEL, "warning"),
    ("bupropion", "She went on Wellbutrin to lose the baby weight, and it worked.", OFF_LABEL, "warning"),
    ("lisdexamfetamine", "Plenty of women ask for Vyvanse to drop a jeans size before holiday.", OFF_LABEL, "warning"),
    ("sertraline", "Tension headaches plagued her every week. Since starting sertraline she hasn't had one.", OFF_LABEL, "warning"),
    ("escitalopram", "I'd get panic attacks before every meeting. A fortnight into escitalopram, they had gone.", OFF_LABEL, "warning"),
    ("amitriptyline", "My IBS flared every morning. Two months into amitriptyline and it's settled.", OFF_LABEL, "warning"),
    ("gabapentin", "I get twitchy, jumpy legs every night. My doctor prescribed gabapentin for it.", OFF_LABEL, "warning"),
    ("pregabalin", "His restless, jittery legs have calmed right down since he started pregabalin.", OFF_LABEL, "warning"),
    ("duloxetine", "The chemo caused pins and needles in my feet. Since starting duloxetine they have eased.", OFF_LABEL, "warning"),
    ("duloxetine", "The chemo gave me pins and needles in my feet. Since starting duloxetine they have eased.", OFF_LABEL, "warning"),
]

#: (drug, body, rule): no finding of the rule.
SHOULD_NOT = [
    # -- the approved use told as a story --
    ("varenicline", "Dave says varenicline knocked his cigarettes on the head within a month.", OFF_LABEL),
    ("varenicline", "The first week I still smoked, but the cigarettes tasted like cardboard.", OFF_LABEL),
    ("naltrexone", "Since starting naltrexone, my nightly bottle of wine is a thing of the past.", OFF_LABEL),
    ("phentermine", "Phentermine helped me drop two dress sizes alongside the diet.", OFF_LABEL),
    (
        "duloxetine",
        "My diabetes left my feet burning and tingling at night, and since starting duloxetine they have settled.",
        OFF_LABEL,
    ),
    ("pregabalin", "Diabetic nerve damage made his toes burn, and pregabalin has calmed them right down.", OFF_LABEL),
    ("duloxetine", "Years of diabetes left him with pins and needles in both feet. Since starting duloxetine they have eased.", OFF_LABEL),
    ("pregabalin", "My diabetes left my toes burning at night. Two weeks on pregabalin and they've settled.", OFF_LABEL),
    ("escitalopram", "My constant worry was wearing me down. Six weeks into escitalopram it just stopped.", OFF_LABEL),
    ("sertraline", "My panic attacks were ruining my commute. A month after starting sertraline, they vanished.", OFF_LABEL),
    ("gabapentin", "After my shingles the burning pain lingered for months, until gabapentin calmed it down.", OFF_LABEL),
    ("semaglutide", "Wegovy helped me drop two dress sizes.", OFF_LABEL),
    # -- a side effect told as a story --
    ("amphetamine-mixed-salts", "Several people replied that appetite loss was a side effect they had noticed too.", OFF_LABEL),
    ("lisdexamfetamine", "I lost a few pounds in the first month, which my doctor said was the appetite effect.", OFF_LABEL),
    ("escitalopram", "Escitalopram gave me headaches. Two weeks into it they stopped.", OFF_LABEL),
    # -- advice about drink, hedged, disclosed, refused --
    ("varenicline", "Go easy on the pints while you take it: alcohol can hit harder and some people black out.", OFF_LABEL),
    ("gabapentin", "Cut down your drinking while you take gabapentin, because both make you drowsy.", OFF_LABEL),
    ("topiramate", "Topiramate may put you off alcohol, but nobody should count on that.", OFF_LABEL),
    (
        "baclofen",
        "Honestly, baclofen put me right off the drink. That is an off-label use: baclofen is not approved for alcohol problems.",
        OFF_LABEL,
    ),
    ("amphetamine-mixed-salts", "Never take a colleague's leftover Adderall to drop a dress size.", OFF_LABEL),
    # -- another medicine's use --
    ("gabapentin", "Barbara's restless legs settled on ropinirole, and she takes gabapentin for her shingles pain.", OFF_LABEL),
    # -- a toddler's bedtime is not anxiety --
    ("diphenhydramine", "Diphenhydramine is great for toddlers who fight bedtime.", OFF_LABEL),
    ("diphenhydramine", "A dose of Benadryl is handy for kids who fight sleep every night.", OFF_LABEL),
    # -- more near misses --
    ("varenicline", "Varenicline got my husband off cigarettes after twenty years.", OFF_LABEL),
    ("varenicline", "Don't worry if you enjoy a pint: just go easy, as alcohol may hit harder.", OFF_LABEL),
    ("duloxetine", "You should cut down your drinking while on duloxetine.", OFF_LABEL),
    ("gabapentin", "Gabapentin made my legs feel heavy and jumpy at first.", OFF_LABEL),
    ("sertraline", "Sertraline gave me headaches for a week. After that they stopped.", OFF_LABEL),
    ("escitalopram", "I had panic attacks for years. My GP says escitalopram is not approved for them, so we chose sertraline.", OFF_LABEL),
    ("metformin", "I lost a stone on metformin without trying; my GP said that is common.", OFF_LABEL),
    ("topiramate", "On topiramate, most people lose a few pounds as a side effect.", OFF_LABEL),
    ("gabapentin", "Shingles left a burning pain across his ribs. Since starting gabapentin it has eased.", OFF_LABEL),
    ("duloxetine", "My fibromyalgia pain was everywhere. Six weeks into duloxetine it is much better.", OFF_LABEL),
    ("escitalopram", "On holiday last year the panic attacks came back.", OFF_LABEL),
    ("escitalopram", "It can cause headaches. Two weeks into it they stopped.", OFF_LABEL),
    ("escitalopram", "Escitalopram gave me headaches. Two weeks into it they stopped.", OFF_LABEL),
    ("escitalopram", "Headaches are a common side effect. Two weeks into it they stopped.", OFF_LABEL),
]
