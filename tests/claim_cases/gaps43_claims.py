"""Claims and promotion from the holdout43-46 scoring, as classes.

How a medicine feels or is borne, set against a named rival: "Vyvanse is way smoother than Adderall", "it feels
cleaner than Ritalin", "far less jittery than Adderall", "a lot more tolerable than sertraline"
(unsupported-claim.comparative). Near misses: no medicine named ("smoother than before"), negated, asked, a cited trial.

Safe or harmless with an intensifier of totality, in anyone's voice the article quotes as its own: "utterly harmless,
even over years", "wholly innocuous", "100 percent safe" (unsupported-claim.absolute). Near misses: hedged ("usually
harmless"), "fairly safe", denied ("No pill is utterly harmless").

A shop's listing line whose strength is spelled out or written with a thousands comma: "valacyclovir 1 gram 30 caplets",
"Amoxicillin 500 milligrams 21 capsules", "Valtrex 1,000 mg - 42 caplets" (promotional.product-listing). Near misses: a
dose ("1 gram, 2 caplets twice a day"), a time course ("1 gram for 7 days").

A claim word disowned, the negation on a verb of seeing or calling it so, however far from the word: "I don't think of it
as a cure", "Nobody should see it as a miracle", "don't expect it to be a miracle" (unsupported-claim.absolute, not
reported). Still reported: "I wouldn't call it anything less than a miracle".

Speed told with its own wearing off, the profile of a short-acting form rather than a selling point: "Metoprolol tartrate
works quickly and wears off, so it is taken twice a day", "the plain tablet works fast but doesn't last", or with the
several doses a day it calls for (unsupported-claim.rapid-onset, not reported). Still reported: "works quickly and never
wears off", "works fast and lasts all day".

Each case is the body of one article about one drug; the assertion is what its writer would see: the finding of that
rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
LISTING = "promotional.product-listing"

#: (drug, body, rule, severity): a claim the writer must see.
SHOULD = [
    # -- how it feels, against a named rival --
    ("lisdexamfetamine", "Honestly it feels so much cleaner than Ritalin ever did, and the afternoons are calm.", COMPARATIVE, "error"),
    ("lisdexamfetamine", "My son finds it far less jittery than Adderall on school days.", COMPARATIVE, "error"),
    ("escitalopram", "Most of our readers say it's a lot more tolerable than sertraline in the first weeks.", COMPARATIVE, "error"),
    ("metformin", "The slow-release tablet is much kinder on the gut than plain metformin.", COMPARATIVE, "error"),
    # -- totally safe, with another intensifier --
    ("doxycycline", "Our pharmacist put it simply: at acne doses it's wholly innocuous, whatever your age.", ABSOLUTE, "error"),
    ("ibuprofen", "Take it with food and it's 100 percent safe for your stomach.", ABSOLUTE, "error"),
    ("isotretinoin", "Once the course is over, the drug is thoroughly harmless to a future pregnancy.", ABSOLUTE, "error"),
    # -- a listing line, the strength spelled out --
    ("amoxicillin", "Amoxicillin 500 milligrams 21 capsules", LISTING, "error"),
    ("valacyclovir", "Valtrex 1,000 mg - 42 caplets", LISTING, "error"),
    ("metformin", "metformin 1 gm 60 tablets", LISTING, "error"),
    # -- the negation too far from the word to deny it: still a claim --
    ("methylphenidate", "I wouldn't call it anything less than a miracle for our family.", ABSOLUTE, "error"),
    # -- speed with no wearing off: still a claim --
    ("propranolol", "It works quickly and lasts all day, which is why I love it.", RAPID, "error"),
    ("propranolol", "It works quickly and the calm never wears off before the talk is over.", RAPID, "error"),
]

#: (drug, body, rule): wording the writer must not be shown as that rule.
SHOULD_NOT = [
    ("lisdexamfetamine", "The second week felt smoother than the first.", COMPARATIVE),
    ("lisdexamfetamine", "Is it really smoother than Adderall? Your prescriber can talk you through it.", COMPARATIVE),
    ("lisdexamfetamine", "It isn't any smoother than Adderall for most people, whatever the forums say.", COMPARATIVE),
    ("lisdexamfetamine", "The side effects were milder than expected.", COMPARATIVE),
    ("doxycycline", "No antibiotic is utterly harmless, so take the course exactly as prescribed.", ABSOLUTE),
    ("doxycycline", "At low doses it's usually harmless for most people, but photosensitivity is common.", ABSOLUTE),
    ("valacyclovir", "For shingles, take valacyclovir 1 gram three times a day for 7 days.", LISTING),
    ("valacyclovir", "Cold sores: valacyclovir 2 grams, 4 caplets in a day split into two doses.", LISTING),
    ("methylphenidate", '"I don\'t think of it as a cure," she says. "More like being handed glasses."', ABSOLUTE),
    ("methylphenidate", "Nobody should see this medicine as a miracle; it is one part of a plan.", ABSOLUTE),
    ("methylphenidate", "Don't expect it to be a miracle: the first weeks are about finding the dose.", ABSOLUTE),
    ("metoprolol", "The plain tablet works quickly but doesn't last, so it is taken twice a day.", RAPID),
    ("metoprolol", "The tartrate form works fast, then wears off within hours; the XL form releases slowly.", RAPID),
    ("metoprolol", "Metoprolol tartrate works quickly, so it is usually taken twice a day.", RAPID),
]
