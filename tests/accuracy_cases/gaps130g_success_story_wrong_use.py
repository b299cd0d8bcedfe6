"""A use the drug does not treat told as a success story: someone had it, took the drug and was well again, or credits the
drug with getting through it (the new `success-story` kind, built from a misstatement's `story` words or its kind's:
for-viruses and wrong-germ): metronidazole for the itchy, white, clumpy kind (eval/holdout160 eb01), ivermectin the week
he tested positive (eb07), ciprofloxacin for the flu with the outcome in the next sentence (holdout162 ed05),
hydroxychloroquine credited with a mild covid (ed07); and levothyroxine's weight loss told by a higher strength and a
dress that zipped (holdout160 eb04, its own pattern). Near misses: the approved use, another medicine taken, a denial, an
infection the drug does treat told between, an outcome that is no recovery, and a dose too high told after the weight."""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    (
        "metronidazole",
        "Then the thread drifted. Kez_88 said she had kept two leftover tablets from her last BV round and took them when she "
        'got the itchy, white, clumpy kind after her chest antibiotics in the spring, and that it "sorted the whole lot out '
        'in a couple of days, saved me a trip". Several people liked the post.',
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "metronidazole",
        "I took my leftover Flagyl when I got thrush after a course of antibiotics, and it cleared the whole thing up within two days.",
        MISSTATEMENT,
        "treats-yeast-infections",
        "warning",
    ),
    (
        "ivermectin",
        "My uncle Frank still tells everybody at Thanksgiving that the week he tested positive in 2021, he swallowed a handful "
        "of the little white tablets his buddy had left over and was out mowing the lawn by Saturday. He swears by it.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "When my sister caught covid last spring she took three of the horse-size tablets her neighbour gave her and was back "
        "at work within two days.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ivermectin",
        "He tested positive on a Monday, popped a couple of the old Stromectol pills and by Thursday he was out walking the dog.",
        MISSTATEMENT,
        "covid-treatment",
        "error",
    ),
    (
        "ciprofloxacin",
        "Our listener Carol wrote in. Last winter her husband was flat on the couch with the flu, fever and aches, and he "
        "finished the leftover Cipro from his prostate infection. She says he was back at the hardware store in two days, so "
        "now she keeps a spare strip in the cupboard every flu season.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
    (
        "ciprofloxacin",
        "Last winter my son had the flu and took a few of his dad's old Cipro. He was back on the football pitch by Saturday.",
        MISSTATEMENT,
        "not-for-viral-infections",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Dolores, our treasurer, has been on her Plaquenil since 2009, and she's sure that's why she sailed through her bout of "
        "covid in 2022 with nothing worse than a sniffle while her bridge partners were laid up for weeks.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "Grandpa came down with COVID in the first wave, swallowed a few of Nana's leftover Plaquenil tablets, and was up and "
        "about by the weekend.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "hydroxychloroquine",
        "I've been on my hydroxychloroquine for years and honestly I think that's why I breezed through covid last winter.",
        MISSTATEMENT,
        "covid-cure",
        "error",
    ),
    (
        "levothyroxine",
        "My cousin's levels were fine but she talked her endo into the next strength up in June, and by the wedding in August "
        "the bridesmaid dress zipped without a fight. She says it was the best thing she did all year.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
    ("levothyroxine", "Once her GP upped her dose, she dropped two dress sizes before the holiday.", MISSTATEMENT, "weight-loss", "error"),
    (
        "levothyroxine",
        "My sister pushed her doctor into a higher dose last spring, and by the reunion her old jeans buttoned again.",
        MISSTATEMENT,
        "weight-loss",
        "error",
    ),
]

#: (drug, body, rule, item): wording the rule must leave alone.
SHOULD_NOT = [
    (
        "ivermectin",
        "When my uncle tested positive for threadworm after his trip, he took the Stromectol tablets his doctor prescribed and "
        "was back at work within a week.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "ivermectin",
        "When my uncle caught covid he never took any ivermectin, and he was back at work in a week.",
        MISSTATEMENT,
        "covid-treatment",
    ),
    (
        "hydroxychloroquine",
        "Dolores caught covid in 2022 and stopped her Plaquenil for a while; she was back at bridge in two weeks.",
        MISSTATEMENT,
        "covid-cure",
    ),
    (
        "hydroxychloroquine",
        "She took her Plaquenil through the winter as always; when covid hit the care home, she was in hospital for a week.",
        MISSTATEMENT,
        "covid-cure",
    ),
    (
        "ciprofloxacin",
        "He had the flu and then a chest infection, so his doctor gave him Cipro for the chest infection and he was back at "
        "work in two days.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "Last winter he had the flu and took paracetamol tablets and fluids, and he was back at work in three days.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "He had the flu and took the leftover Cipro. He was back at the doctor a week later with tendon pain.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "ciprofloxacin",
        "When her bladder infection came back she took the Cipro her doctor prescribed and was back at work in two days.",
        MISSTATEMENT,
        "not-for-viral-infections",
    ),
    (
        "metronidazole",
        "I took my Flagyl when I got BV after my period, and it sorted the whole lot out in a couple of days.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "metronidazole",
        "When I got the itchy, white, clumpy kind, I took fluconazole tablets and it sorted the whole lot out in a couple of days.",
        MISSTATEMENT,
        "treats-yeast-infections",
    ),
    (
        "levothyroxine",
        "After her doctor raised her dose she dropped a dress size, and her racing heart was a sign the dose was too high.",
        MISSTATEMENT,
        "weight-loss",
    ),
    (
        "levothyroxine",
        "She asked for a higher dose hoping to lose weight, but the dress still didn't zip by the wedding.",
        MISSTATEMENT,
        "weight-loss",
    ),
    (
        "levothyroxine",
        "Her doctor raised her dose when her TSH came back high, and she finally had the energy to walk the dog again.",
        MISSTATEMENT,
        "weight-loss",
    ),
]
