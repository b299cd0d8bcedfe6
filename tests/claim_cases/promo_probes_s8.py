"""Unsupported claims and promotional text as classes, in wordings of the lead's own probes
(one sentence in an article about the drug): speed told through an idiom of the effect ("out like
a light within ten minutes"); addiction denied after a reason ("because it's a weak opioid, you're
never going to get hooked"); the subject asked or headed, the denial after it ("Side effects? There
basically aren't any worth mentioning.", "## Side effects" over "None worth mentioning.");
discount codes and a free first month; scarcity and urgency; social and newsletter calls to
action. British English, non-native English, curly apostrophes. Each case is the body of one
article about one drug; the assertion is what its writer would see: the finding of that rule
with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
DEPENDENCY = "unsupported-claim.dependency"
RAPID = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"
BOILERPLATE = "promotional.boilerplate"

#: (drug, body, rule, severity): a claim or sales text the writer must see.
SHOULD = [
    # -- asleep fast, told through an idiom of the effect --
    ("zolpidem", "Most people are out like a light within ten minutes of swallowing it.", RAPID, "error"),
    ("zolpidem", "You'll be dead to the world in minutes.", RAPID, "error"),
    ("zolpidem", "You will be asleep before you can count to twenty.", RAPID, "error"),
    ("zolpidem", "Take it and you're off to sleep in a matter of minutes, like flicking a switch.", RAPID, "error"),
    ("zolpidem", "It knocks you out in no time at all.", RAPID, "error"),
    ("zolpidem", "You’ll be snoring within a quarter of an hour.", RAPID, "error"),
    ("zolpidem", "One tablet and you are spark out in 15 minutes.", RAPID, "error"),
    # -- addiction denied, whatever the reason before it --
    ("tramadol", "Because it's a weak opioid, you're never going to get hooked on it.", DEPENDENCY, "error"),
    ("tramadol", "At this low dose there's no way to get dependent.", DEPENDENCY, "error"),
    ("tramadol", "It is a gentle medicine, so addiction is simply not possible.", DEPENDENCY, "error"),
    ("tramadol", "Being only a mild opioid, it doesn't cause addiction.", DEPENDENCY, "error"),
    ("tramadol", "As the tablets are low strength, you will never become addicted to them.", DEPENDENCY, "error"),
    ("tramadol", "Being weak opioid, there is no way you can become addicted.", DEPENDENCY, "error"),
    # -- the subject asked or headed, the denial after it --
    ("sertraline", "Side effects? There basically aren't any worth mentioning.", ABSOLUTE, "error"),
    ("sertraline", "Downsides? None to speak of.", ABSOLUTE, "error"),
    ("sertraline", "Risks? Practically zero.", ABSOLUTE, "error"),
    ("sertraline", "What about side effects? Honestly, nothing worth worrying about.", ABSOLUTE, "error"),
    ("sertraline", "Any side effects? Not really, nothing to worry about.", ABSOLUTE, "error"),
    ("sertraline", "Worried about side effects? Don’t be, there aren’t any.", ABSOLUTE, "error"),
    ("sertraline", "Side effects: none worth mentioning.", ABSOLUTE, "error"),
    ("sertraline", "Side-effects? Next to nothing.", ABSOLUTE, "error"),
    ("sertraline", "## Side effects\n\nNone worth mentioning.", ABSOLUTE, "error"),
    ("sertraline", "## Any downsides?\n\nHonestly, there aren't any.", ABSOLUTE, "error"),
    # -- discount codes, a free first month --
    ("zolpidem", "Use code CALM20 at checkout for 20% off your first month.", SALES, "error"),
    ("zolpidem", "Apply the coupon SAVE5 for five pounds off.", SALES, "error"),
    ("zolpidem", "Your first month is free.", SALES, "error"),
    ("zolpidem", "First month free when you sign up today.", SALES, "error"),
    ("zolpidem", "Get your first box for free with our code.", SALES, "error"),
    # -- scarcity and urgency --
    ("zolpidem", "Stocks are running low, so lock in your three-month supply today.", SALES, "error"),
    ("zolpidem", "Don't miss out!", SALES, "error"),
    ("zolpidem", "Only a few packs left.", SALES, "error"),
    ("zolpidem", "Hurry, limited stock remaining.", SALES, "error"),
    ("zolpidem", "Supplies are limited, so stock up today.", SALES, "error"),
    ("zolpidem", "Grab your discounted bottle before the price goes up.", SALES, "error"),
    # -- social and newsletter calls to action --
    ("zolpidem", "Found this useful? Pin it for later and tag a friend who needs it.", BOILERPLATE, "error"),
    ("zolpidem", "Follow us for more tips.", BOILERPLATE, "error"),
    ("zolpidem", "Save this post and share it with someone who needs it.", BOILERPLATE, "error"),
    ("zolpidem", "Repost this to help a friend.", BOILERPLATE, "error"),
    ("zolpidem", "Like and share if this helped you.", BOILERPLATE, "error"),
    ("zolpidem", "Tag someone who needs to read this.", BOILERPLATE, "error"),
    ("zolpidem", "Sign up to our newsletter for weekly updates.", BOILERPLATE, "error"),
]

#: (drug, body, rule): a refutation, a hedge, a citation or ordinary text, which must stay silent.
SHOULD_NOT = [
    ("zolpidem", "You may fall asleep within 30 minutes, so take it only when you are in bed.", RAPID),
    ("zolpidem", "Most people are out like a light within ten minutes of swallowing it [1].", RAPID),
    ("zolpidem", "The pins and needles in my feet went away.", RAPID),
    ("tramadol", "It is a myth that tramadol isn't addictive.", DEPENDENCY),
    ("tramadol", "Some people think a weak opioid can't get them hooked, but this is not true.", DEPENDENCY),
    ("tramadol", "You will never become addicted if you take it for a few days, some say; that is not true.", DEPENDENCY),
    ("acetaminophen", "Paracetamol on its own does not cause addiction. Co-codamol can.", DEPENDENCY),
    ("tramadol", '"He\'s not going to get addicted at this stage" is a phrase we hear a lot.', DEPENDENCY),
    ("sertraline", "Most people have few side effects, but some get nausea.", ABSOLUTE),
    ("sertraline", "Side effects? A few, but most people find they settle.", ABSOLUTE),
    ("sertraline", "Side effects? None that most people notice, though some feel sick at first.", ABSOLUTE),
    ("sertraline", "Side effects? Virtually none in the trial (Smith, 2020).", ABSOLUTE),
    ("sertraline", "Are there any risks? Yes: tell your doctor if you feel dizzy.", ABSOLUTE),
    ("sertraline", "## Side effects\n\nNone known in studies so far; tell your doctor about any.", ABSOLUTE),
    ("sertraline", "## Dosage\n\nNone needed.", ABSOLUTE),
    ("sertraline", "## Risks\n\nNothing at all, in a trial of 600 people (Smith, 2020).", ABSOLUTE),
    ("sertraline", "Stopping suddenly? Nothing dramatic happens at once, but withdrawal can follow.", ABSOLUTE),
    ("zolpidem", "Pharmacies colour code the boxes.", SALES),
    ("zolpidem", "If you have only two packs left, order a repeat prescription.", SALES),
    ("zolpidem", "Don't stock up on sleeping pills.", SALES),
    ("zolpidem", "Don't miss out on your flu jab this winter.", SALES),
    ("zolpidem", "The first dose is usually given in hospital.", SALES),
    ("zolpidem", "Wear a name tag at the clinic.", BOILERPLATE),
    ("zolpidem", "You may feel pins and needles in your hands.", BOILERPLATE),
    ("zolpidem", "Share this information with your doctor.", BOILERPLATE),
]
