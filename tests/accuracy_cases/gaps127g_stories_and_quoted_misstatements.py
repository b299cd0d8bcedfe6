"""Misstatements told, or undone, by a story (eval/holdout132-138), as classes.

1. A story of stopping that ends in a serious harm told next is a cautionary tale, not leave to stop (safe-to-stop):
   "Brian, 72, stopped his tablets for a fortnight last spring because he felt well and was fed up with the bruises. He
   had a mini-stroke." (holdout132 cz04). Still a misstatement: the stop followed by nothing bad, or by a harm told as
   long past ("She had a stroke once, years ago").
2. Omeprazole said to go together well with clopidogrel, the two pointed back at (ppi-fine): "the GP can add omeprazole.
   The two go together perfectly well" (holdout133 da10). Not pantoprazole, "don't go together well", a question.
3. A woman snagging or nabbing the man's little tabs (not-for-women): "My girlfriend started snagging one of my little
   tabs every morning for her own thin part" (holdout135 dc01). Not tablets grabbed for him, back, or by mistake.
4. The NSAID heart warning told as only for bad hearts, or no concern of the fit (no-heart-risk): "That warning is
   written for people who already have a bad heart ... If you're forty and fit and your heart is healthy, it simply
   isn't your concern." (holdout133 da02). Not "especially important for", "the risk is higher in", "don't ignore it".
5. Sildenafil said to work whether the mind is on it or not (needs-sexual-stimulation): "the hardware sorts itself out
   whether your head's in it or not" (holdout132 cz11). Not "only works if your head's in it".
6. A statin that only earns its keep at bedtime, a breakfast dose thrown away (must-take-at-night): "the tablet only
   really earns its keep if it goes down at bedtime. Swallow it with your breakfast and, honestly, you've thrown most of
   that day's dose away." (holdout132 cz02). Not "thrown nothing away", a bedtime dose for remembering.
7. Topiramate swallowed at the first twinge behind the temple (taken-for-a-migraine-attack): "The moment I feel that
   first twinge behind my left temple, I swallow one with water" (holdout135 dc09). Not a triptan taken then, the
   daily dose.
8. The writer's leftover isotretinoin given to a relative by a pronoun (share-with-others): "I still had most of a strip
   left, and my little brother's chin was getting bad, so I gave him the rest" (holdout135 dc12). Not given back to the
   pharmacy, another thing given.
9. Greens kept off the warfarin user's plate for good (avoid-all-greens): "spinach, kale, broccoli and the Brussels
   sprouts have all stayed off my plate for good" (holdout138 df08). Not one disliked vegetable, steady amounts.
10. A short-course drug refilled for "five or six years" (not-for-long-term-use): "regulars who have been refilling it
   every month for five or six years ... do just fine on it" (holdout137 de06). Not "two or three weeks".
"""

from __future__ import annotations

MISSTATEMENT = "accuracy.misstatement"

#: (drug, body, rule, item, severity): a finding the writer must see.
SHOULD = [
    # 1. near misses: a stop with no harm after it, or a harm long past
    (
        "apixaban",
        "Brian, 72, stopped his tablets for a fortnight last spring because he felt well. He had a lovely summer.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "apixaban",
        "Jean, 68, dropped her tablets for a fortnight while she visited family. She had a stroke once, years ago, and is fine.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "apixaban",
        "Last summer, I skipped my apixaban for a week on holiday. I was fine.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    (
        "apixaban",
        "You can skip the tablets for a few days whenever you like. He had a stroke once, but that was years ago.",
        MISSTATEMENT,
        "safe-to-stop",
        "error",
    ),
    # 2. the draft's wording, then other voices
    (
        "clopidogrel",
        "Several residents have had indigestion on clopidogrel. Our pharmacist's answer: \"If it upsets the "
        "stomach, the GP can add omeprazole. The two go together perfectly well, and it protects the stomach "
        'lining." Speak to the GP if a resident has ongoing heartburn.',
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "clopidogrel",
        "The GP added Nexium last month, and honestly they go together just fine.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "clopidogrel",
        "Omeprazole and clopidogrel get on together perfectly well.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    (
        "clopidogrel",
        "If your stomach is sore, take omeprazole with it: the two work together fine.",
        MISSTATEMENT,
        "ppi-fine",
        "warning",
    ),
    # 3. the draft's wording, then other voices
    (
        "finasteride",
        "Month 24: holding steady. My girlfriend started snagging one of my little tabs every morning for her "
        "own thin part, and three months later her ponytail is honestly thicker than mine lol.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "My wife keeps nabbing a few of my tiny pills for her widening parting.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "Ever since spring my sister has been sneaking one of Dave's little tablets with her breakfast.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    (
        "finasteride",
        "Her mum, 58, grabbed some of his spare finasteride and now takes one a day for her crown.",
        MISSTATEMENT,
        "not-for-women",
        "error",
    ),
    # 4. the draft's wording, then other voices
    (
        "naproxen",
        "The packet carries a warning that drugs of this kind can raise the chance of a heart attack or "
        'stroke. One sports physician we spoke to shrugged it off. "That warning is written for people who '
        'already have a bad heart," he said. "If you\'re forty and fit and your heart is healthy, it simply '
        "isn't your concern.\"",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "naproxen",
        "Honestly, the heart risk only applies to folks with heart disease.",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "naproxen",
        "As long as your ticker's in good shape, that warning doesn't apply to you.",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "naproxen",
        "Marathon runners can safely ignore the heart warning on the box.",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    (
        "naproxen",
        "The stroke warning is really meant for people with dodgy tickers, not for you.",
        MISSTATEMENT,
        "no-heart-risk",
        "error",
    ),
    # 5. the draft's wording, then other voices
    (
        "sildenafil",
        "**MIKE:** Honestly, that's the whole point, right? You take it and the hardware sorts itself out "
        "whether your head's in it or not.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "Pop the blue pill and everything springs into action whether or not you're thinking about sex.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "Half an hour after Viagra, it does its thing whether his mind is on the job or not.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    (
        "sildenafil",
        "My husband says the pill takes over no matter whether he's interested.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
        "warning",
    ),
    # 6. the draft's wording, then other voices
    (
        "rosuvastatin",
        "Your liver does most of its cholesterol making while you sleep, so the tablet only really earns its "
        "keep if it goes down at bedtime.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Swallow it with your breakfast and, honestly, you've thrown most of that day's dose away.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Crestor only pulls its weight when it's swallowed before bed.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Take your Crestor first thing and, frankly, you've chucked half the tablet down the drain.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    (
        "rosuvastatin",
        "Rosuvastatin just pays its way if you take it at night, my uncle reckons.",
        MISSTATEMENT,
        "must-take-at-night",
        "warning",
    ),
    # 7. the draft's wording, then other voices
    (
        "topiramate",
        'Carole, a teacher from Bristol, has found her own routine: "I keep a couple of my topiramate tablets '
        "in my purse. The moment I feel that first twinge behind my left temple, I swallow one with water, "
        'and nine times out of ten the headache never gets going."',
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "topiramate",
        "When the throbbing over my right eye begins, I take a topiramate straight away.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "topiramate",
        "As soon as the first throb hits, she pops one of her topiramate tablets.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    (
        "topiramate",
        "The minute I feel pressure behind my eyes, I swallow one right away.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
        "warning",
    ),
    # 8. the draft's wording, then other voices
    (
        "isotretinoin",
        "**11/** When I finished I still had most of a strip left, and my little brother's chin was getting "
        "bad, so I gave him the rest to get a head start before his appointment. Saved him weeks of waiting "
        "honestly.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "My best friend's spots flared up again right before prom, so I handed her the rest of my Accutane.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "I had a whole pack spare after my dose was cut, and my cousin was desperate, so we let him have the lot.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    (
        "isotretinoin",
        "There were ten capsules left over at the end, and my flatmate's acne was awful, so I slipped her a few of them.",
        MISSTATEMENT,
        "share-with-others",
        "error",
    ),
    # 9. the draft's wording, then other voices
    (
        "warfarin",
        '**Reader tip of the month**, from Marjorie in Oak Park: "Since I went on warfarin, spinach, kale, '
        "broccoli and the Brussels sprouts have all stayed off my plate for good, Christmas dinner included. "
        'My numbers have never been steadier!" Thanks, Marjorie — a lovely habit for all of us to borrow this '
        "season.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "warfarin",
        "My husband cut out all the leafy greens for good the week he started warfarin, and his INR has been rock steady.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "warfarin",
        "Grandad hasn't touched a leaf of spinach or kale since he went on warfarin, and he's proud of it.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    (
        "warfarin",
        "Broccoli, cabbage and salad have been banned off our menu ever since Mum started warfarin.",
        MISSTATEMENT,
        "avoid-all-greens",
        "warning",
    ),
    # 10. the draft's wording, then other voices
    (
        "cyclobenzaprine",
        "Honestly, longer than you'd think. I have regulars who have been refilling it every month for five "
        "or six years for their bad backs, and they do just fine on it.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "cyclobenzaprine",
        "Plenty of our customers reorder their Flexeril for four or five years without a hitch.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "cyclobenzaprine",
        "My uncle has been taking cyclobenzaprine for seven years and swears by it.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
    (
        "cyclobenzaprine",
        "Customers of mine refill it every month for two or three years.",
        MISSTATEMENT,
        "not-for-long-term-use",
        "warning",
    ),
]

#: (drug, body, rule, item): a finding the writer must not see.
SHOULD_NOT = [
    # 1. the draft's story, then other voices
    (
        "apixaban",
        "Brian, 72, stopped his tablets for a fortnight last spring because he felt well and was fed up with the bruises. "
        "He had a mini-stroke. Stopping apixaban early, without a plan from your doctor, makes a clot and a stroke more likely.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "apixaban",
        "Last summer, I skipped my apixaban for a week on holiday. Within a week I was rushed to A&E with a clot in my lung.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "apixaban",
        "Jean, 68, dropped her tablets for a fortnight while she visited family; she ended up in hospital with a DVT.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    (
        "apixaban",
        "Last Easter, I stopped my tablets for a few days. I had a stroke two days later.",
        MISSTATEMENT,
        "safe-to-stop",
    ),
    # 2. near misses
    (
        "clopidogrel",
        "If it upsets the stomach, the GP can add pantoprazole. The two go together perfectly well.",
        MISSTATEMENT,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "The GP may suggest omeprazole, but the two don't go together well: ask for pantoprazole instead.",
        MISSTATEMENT,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "Omeprazole and clopidogrel do not work together safely, so your GP will pick another stomach medicine.",
        MISSTATEMENT,
        "ppi-fine",
    ),
    (
        "clopidogrel",
        "Does omeprazole go together well with clopidogrel?",
        MISSTATEMENT,
        "ppi-fine",
    ),
    # 3. near misses
    (
        "finasteride",
        "My girlfriend grabbed my little tabs off the shelf and handed them to me every morning.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        "My wife snagged my tablets back from the dog before he could chew them.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        "My girlfriend is grabbing my prescription from the pharmacy for me on Friday.",
        MISSTATEMENT,
        "not-for-women",
    ),
    (
        "finasteride",
        "My wife nabbed one of my tiny tabs by mistake once and we called 111.",
        MISSTATEMENT,
        "not-for-women",
    ),
    # 4. near misses
    (
        "naproxen",
        "The heart warning is especially important for people who already have heart disease.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "naproxen",
        "The risk is higher in people who already have heart disease, but it is there for everyone.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "naproxen",
        "If you have heart disease and your heart is weak, it isn't for you.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "naproxen",
        "Don't ignore the heart warning, even if you are fit.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    (
        "naproxen",
        "If you're fit and your stomach is healthy, the stomach warning still applies.",
        MISSTATEMENT,
        "no-heart-risk",
    ),
    # 5. near misses
    (
        "sildenafil",
        "It only works if your head's in it: you still need to feel aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Whether your head's in it or not matters: sildenafil needs sexual stimulation to work.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "Ask yourself whether your head's in it before blaming the pill.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    (
        "sildenafil",
        "It works well, whether you take it with food or not, as long as you are aroused.",
        MISSTATEMENT,
        "needs-sexual-stimulation",
    ),
    # 6. near misses
    (
        "rosuvastatin",
        "The tablet earns its keep whenever you take it, morning or night.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "rosuvastatin",
        "Swallow it with your breakfast and, honestly, you've got it out of the way for the day.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "rosuvastatin",
        "Many people find the tablet easiest to remember if it goes down at bedtime.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    (
        "rosuvastatin",
        "Take it with breakfast and you've thrown nothing away: it works at any time of day.",
        MISSTATEMENT,
        "must-take-at-night",
    ),
    # 7. near misses
    (
        "topiramate",
        "Since starting topiramate, I rarely feel even the first twinge behind my temple.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "When I feel a twinge behind my eye, I reach for my triptan, not my topiramate.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "The moment I feel that first twinge behind my left temple, I take a sumatriptan, because my topiramate is only for prevention.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    (
        "topiramate",
        "I take one with water every evening, whether or not there is a twinge behind my temple.",
        MISSTATEMENT,
        "taken-for-a-migraine-attack",
    ),
    # 8. near misses
    (
        "isotretinoin",
        "I had two capsules left over, and my brother drove me to the pharmacy, so I gave them back.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        "I still had half a strip left, and my brother was going past the chemist, so I gave him the rest to take back to the pharmacy.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        "My sister's skin flared up, so I gave her the rest of my face cream.",
        MISSTATEMENT,
        "share-with-others",
    ),
    (
        "isotretinoin",
        "My brother was jealous of my clear skin, so I gave him the number of my dermatologist.",
        MISSTATEMENT,
        "share-with-others",
    ),
    # 9. near misses
    (
        "warfarin",
        "I cut out the sprouts for good when I realised I just hate them.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "warfarin",
        "Keep spinach, kale and broccoli on your plate: just eat roughly the same amount each week.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "warfarin",
        "Don't let spinach and kale stay off your plate for good: steady amounts are what matter.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    (
        "warfarin",
        "Spinach and kale went off in the fridge before I could cook them.",
        MISSTATEMENT,
        "avoid-all-greens",
    ),
    # 10. near misses
    (
        "cyclobenzaprine",
        "Most people take it for two or three weeks, and then stop.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "cyclobenzaprine",
        "I have regulars who have had bad backs for five or six years, and they only take it for a week at a time when the spasm flares.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "cyclobenzaprine",
        "If you have been taking it for four or five months, talk to your doctor: it is meant for two or three weeks.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
    (
        "cyclobenzaprine",
        "She refilled it once, for five days, and then stopped.",
        MISSTATEMENT,
        "not-for-long-term-use",
    ),
]
