"""Uses an article gives a drug: drug + use verb + condition in one sentence.

Conditions come from checks/conditions.yml. A condition counts as a use when a
use verb ("for", "to treat", "to help with", "used in managing", "relief of" ...)
comes right before it, with at most a few filler words between ("for *chronic*
pain", "to treat *conditions such as* muscle spasms"), or when it continues a list
that started that way ("for muscle spasms, stiffness, and pain"). Headings work
the same way ("Baclofen for Anxiety").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.knowledge.conditions import ConditionVocabulary

#: Taking or giving the drug: "take", "using", "started", "swear by", "keep a bottle of".
_TAKE = (
    r"\b(?:take|takes|taking|took|use|uses|using|used|prescribe[sd]?|prescribing|give|gives|given|gave|start|starts|started"
    r"|starting|keep|keeps|kept|add|adds|added|adding|swear(?:s|ing)? by|swore by|reach(?:es|ed|ing)? for|pop|pops|popped|put|puts|putting"
    # being on it: "she's on metformin purely to lean out", "they've been on it to ..."; kept on it: "she could stay on Adderall
    # through freshman year partly to keep her weight down" (holdout329 ko10), "remained on it to ..."
    r"|(?:am|is|are|was|were|been|be|[’'](?:s|m|re)) on|(?:go|goes|going|went|gone) on(?! to\b)"
    r"|(?:stay|stays|stayed|staying|remain|remains|remained|remaining) on"
    # sent home with it: "he was sent home with tamsulosin so he could pass the stone", "they sent him home with it to ..."
    r"|sent (?:(?:me|him|her|them|us|you) )?(?:home )?with|(?:went|came|walked out|left) (?:home )?with"
    # obtaining it: "handed 25 mg of Seroquel purely to get some shut-eye", "talked her doctor into
    # metformin so she could ...", "asked her GP for topiramate only to ...", "got some online to ..."
    r"|hand(?:s|ed|ing)?(?: (?:out|over|him|her|them|me|us|you))|handed|talk(?:s|ed|ing)? (?:\w+ ){0,3}?into"
    r"|persuad(?:e|es|ed|ing) (?:\w+ ){0,3}?(?:into|to (?:prescribe|give))|(?:ask|asks|asked|asking|begged|pestered) (?:\w+ ){0,3}?for"
    r"|(?:got|gets|getting)(?! (?:to|used|up|out|off|on|into|in|over|through|back|better|worse|sick|ill|tired|sleepy|dizzy|drowsy)\b)"
    # (the bare "get" only of the drug itself: "a ton of guys get it from their doctor precisely because ...", holdout260 hx04)
    r"|get(?= (?:it|them|this (?:medicine|medication|drug|pill|tablet)|prescribed|a (?:prescription|script)) )"
    r"|bought|buys|buying|order(?:s|ed|ing)?"
    # had as a dose: "some guests also have a small dose at night to knock them out" (holdout343 lc09; gaps153a), "has half a
    # tablet at bedtime to ..." (not "have a headache", "have to")
    r"|(?:have|has|had|having)(?= (?:(?:a|an|one|half|their|his|her|my|your|our|the)\s+)?(?:(?:small|tiny|little|low|single|quarter"
    r"|bedtime|nightly|night-?time|extra|half|of|a|an)\s+)*(?:[\d.]+ ?mg\s+)?(?:doses?|tablets?|pills?|capsules?|tabs?)\b)"
    # put on the skin: "dab the same foam along the jaw and cheeks each night to thicken a patchy beard" (holdout340 kz03), "rubs
    # the cream into her elbows to ...", "sprays it on his crown to ..." (gaps152c)
    # (applied with what is put on after it: not a list that applies to the reader, "tell your doctor if any of these apply to
    # you:" over "- asthma, COPD ...", holdout258 hv06)
    r"|appl(?:y|ies|ied|ying)(?=\s+(?:it|them|this|that|these|those|the|a|an|some|his|her|my|their|your|our|more|minoxidil|rogaine|foam|cream|gel|lotion|spray|drops)\b)|rub(?:s|bed|bing)?|dab(?:s|bed|bing)?|smear(?:s|ed|ing)?|massag(?:e|es|ed|ing)|slather(?:s|ed|ing)?"
    r"|spray(?:s|ed|ing)?|paint(?:s|ed|ing)?"
    # moved onto it: "her neurologist switched her to topiramate partly to curb her sugar cravings" (gaps152c; not the one switched
    # from: "switched from finasteride to minoxidil to ...")
    # (with the purpose told right after the medicine: not a side effect of the one before left behind, "switched him to losartan,
    # and within a few weeks the cough was gone", holdout39 q07)
    r"|switch(?:es|ed|ing)?(?: (?:me|him|her|them|us|you))?(?: over)? (?:on)?to"
    r"(?=\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+(?:(?:partly|mainly|mostly|largely|just|purely|partially)\s+)?(?:to|for|so)\b)"
    # tried for a purpose: "the geriatrician tried mirtazapine to bring her appetite back" (spot check 48)
    r"|tried|tries|trialled|trialed"
    # written up for it: "wrote her up for mirtazapine so that ..."
    r"|wr(?:ote|ites?|iting) (?:me|him|her|them|us|you) up for"
    # taking it along: "a course to carry in case ...", "packs a few for the trip"
    r"|carr(?:y|ies|ied|ying)|pack(?:s|ed|ing)?|bring(?:s|ing)?|brought"
    # the dose raised: "have your dose nudged up to shift a few pounds", "upping the dose to ..."
    r"|(?:nudg(?:e|es|ed|ing)|bump(?:s|ed|ing)?|push(?:es|ed|ing)?|crank(?:s|ed|ing)?|ramp(?:s|ed|ing)?|tick(?:s|ed|ing)?) up"
    r"|(?:up|ups|upped|upping|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))"
    r" (?:the|your|my|his|her|their) (?:daily )?dose"
    # a dose broken off: "breaks one in half whenever ..."
    r"|(?:break|breaks|broke|breaking|snap|snaps|snapped|snapping|cut|cuts|cutting) (?:one|it|them|a \w+|the \w+) in (?:half|two)"
    # a melt let go on the tongue: "lets one dissolve before the boat clears the harbor", "let a Zofran melt under his tongue"
    # (or part of one, or its strength: "let half a milligram melt under her tongue", "lets a 4 mg wafer dissolve"; holdout259 hw08)
    r"|(?:let|lets|letting) (?:one|it|them|half(?: (?:a|an|of (?:a|an|one)) [\w.-]+)?|a \w+|the \w+|one of (?:those|these|them|the \w+)"
    r"|(?:a |an )?\d[\d.]*\s?(?:mg|milligrams?)(?: [\w-]+)?) (?:dissolve|melt)"
    r"(?: (?:on|under) (?:my|his|her|your|their|our|the) tongue)?"
    # the dose timed: "suggested he time the sertraline a few hours before", "timing her dose" (not "at the same time the next day")
    r"|(?:(?:(?<=\bto )|(?<=\bI )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe )|(?<=\bthey )|(?<=\byou ))time|tim(?:ed|ing))"
    r"(?= (?:it|them|the|his|her|my|your|their|each|a|doses?)\b))"
)
#: Taking it in a group of patients: "we reach for it in patients with", "use them in people with".
_TAKEN_IN = rf"{_TAKE}\s+(?:it|them|this\s+\w+)\s+in"
#: Words between taking it and a purpose: not a new clause ("prescribed doses tramadol *can* lead
#: to addiction") nor a "to" that is no purpose ("lead to", "due to", "allergic to", "take another 8 mg
#: before he goes to sleep": a time); a word may be a decimal strength ("take a 0.5 mg tablet when ...") or a clock time
#: ("one at 9 p.m. so ...").
_TAKE_GAP = (
    r"(?:\s+(?!(?:can|could|may|might|will|would|should|must|lead|leads|led|leading|due|related|linked|similar|compared|addition"
    r"|according|up|prone|allergic|sensitive|addicted|contribute|contributes|have|has|had|need|needs|able|likely|unlikely|going"
    r"|close|next|used|is|are|was|were|and|or|but|go|goes|went|gone)\b)"
    # (not a degree after what it keeps or makes some way: "it keeps my legs quiet *enough* to sleep", the legs' quiet, not a
    # purpose of taking it (holdout273 ik09); "take enough to sleep", right after the taking, still is)
    r"(?!(?<!take )(?<!takes )(?<!took )(?<!taking )(?<!use )(?<!uses )(?<!give )(?<!gives )(?<!gave )(?<!prescribe )"
    r"(?<!prescribed )enough\s+to\b)"
    r"(?:[ap]\.m\.(?!\w)|(?:[^\s,;:.!?()]|(?<=\d)[.,](?=\d))+))"
)
#: When a dose is taken, told as one aside before its purpose: "hand an athlete a single Lasix *the night before a weigh-in* to
#: drop the last two or three pounds", "take one *on the morning of the race* to ...".
_BEFORE_ASIDE = (
    r"(?:\s+(?:(?:on\s+)?the\s+(?:night|day|morning|evening|afternoon|week)\s+(?:before|of)|(?:just\s+|right\s+)?before|ahead\s+of)"
    r"\s+(?:a|an|the|his|her|their|my|your|our|each|every)\s+(?:big\s+)?[\w-]+)"
)
#: Where it is put on the body, told as an aside before its purpose: "dab the same foam *along the jaw and cheeks* each night to
#: thicken a patchy, gappy beard" (holdout340 kz03), "rubs it *into her elbows and knees* to ..." (gaps152c).
_PLACE = (
    r"(?:jaw|jawline|jaws|cheeks?|chin|face|upper\s+lip|lips?|neck|scalp|crown|temples?|hairline|forehead|brows?|eyebrows?|chest"
    r"|back|shoulders?|arms?|elbows?|knees?|legs?|shins?|hands?|feet|toes|skin|sideburns|beard|stubble)"
)
_APPLIED_ASIDE = (
    rf"(?:\s+(?:on|onto|along|over|into|across|to|around|under)\s+(?:the|his|her|my|their|your|our|both)\s+(?:[\w-]+\s+)?{_PLACE}"
    rf"(?:(?:,|\s+and|\s+or|,\s+and)\s+(?:(?:the|his|her|my|their|your|our)\s+)?{_PLACE})*)"
)
#: The one who gave it, told passively as an aside before its purpose: "was put on metformin this year *by her gynecologist,* to
#: bring her monthly cycle back into a regular rhythm", "was started on it by his GP, so he could ..."
_BY_GIVER_ASIDE = (
    r"(?:\s+by\s+(?:the|his|her|my|their|our|your|a|an)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:doctor|GP|physician|nurse|prescriber|consultant|specialist|midwife|practitioner|clinic|[a-z]+ologist|[a-z]+iatrist)s?\s*,)"
)
#: The drug glossed by its kind or its brand, an aside before its purpose or the people given it: "prescribe a small daily dose of
#: paroxetine*, the antidepressant sold as Paxil,* to men who finish far sooner than they'd like" (holdout292 jd07), "takes
#: gabapentin*, an old epilepsy drug,* for ...", "*, sold as Lyrica,*" (a kind of medicine or "sold/known as" a capitalised name
#: only: not a new clause, "take it, the doctor said, to ...").
_NAME_ASIDE = (
    r"(?:,\s+(?:(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?(?:antidepressants?|antibiotics?|anti-?[\w-]+s?|medicines?|medications?|drugs?"
    r"|tablets?|pills?|capsules?|jabs?|injections?|SSRIs?|SNRIs?|painkillers?|blockers?|steroids?|generics?)"
    r"(?:\s+(?:(?:also|better|often|usually|mostly)\s+)?(?:sold|known|marketed|branded)\s+(?:as|under)\s+(?-i:[A-Z])[\w’'-]*)?"
    r"|(?:(?:also|better|often|usually|mostly)\s+)?(?:sold|known|marketed|branded)\s+(?:as|under)\s+(?-i:[A-Z])[\w’'-]*),)"
)
#: A dose's amount, one word of a gap: "10 mg", "0.5mg", "about 2.5 milligrams".
#: (maybe a part of a tablet of that strength: "started her on a quarter of a 2.5 mg tablet every morning to thicken the hair over
#: her crown", holdout307 js05)
_DOSE_AMOUNT = (
    r"(?:(?:\s+(?:a\s+)?(?:half|quarter|third)(?:\s+of)?\s+(?:a|an|one|the))?\s+(?:about\s+|around\s+|just\s+)?\d[\d.,]*\s?"
    r"(?:mg|mcg|micrograms?|milligrams?)\b)"
)
#: Giving or handing it out (not "can give you a headache": see _USE_VERB).
_GIVE = r"(?<!\bcan )(?<!\bmay )(?<!\bmight )(?<!\bcould )(?<!\bit )\b(?:give|gives|gave|giving|hand(?:s|ed|ing)?(?: out)?)"
_GROUP_NOUN = (
    r"(?:kids|children|toddlers|babies|infants|youngsters|little ones|people|patients|adults|teens|teenagers|women|men|anyone|those"
    r"|folks|residents|someone|sufferers|individuals)"
)
#: People named by who they are rather than as people: "prescribe prazosin for *veterans* who jolt awake".
_PEOPLE_BY_ROLE = (
    r"(?:guys|blokes|lads|fellas|couples|veterans|vets|soldiers|servicemen|servicewomen|troops|survivors|customers|clients|members"
    r"|mums|moms|mothers|dads|fathers|parents|students|athletes|runners|players|workers|nurses|pensioners|retirees|seniors"
    r"|travell?ers|passengers|drivers|pilots|girls|boys|ladies|gents|regulars|shift workers|new mums|new moms"
    # the people by whom they are to someone: "for younger husbands who ...", "to partners who"
    r"|husbands|wives|partners|boyfriends|girlfriends|fianc[eé]s?"
    # ... or by the job they share with the writer: "For colleagues who relive the same incident in their dreams"
    r"|colleagues|co-?workers|workmates|officers|firefighters|paramedics|responders|crews?|staff)"
)
#: An aside between the people and what they have: "husbands who*, as one of them put it to me,* are ...", "men
#: who*, in his words,* ...", "who*, to put it politely,* ...".
_ASIDE = (
    r"(?:,\s+(?:as\s+(?:[\w’'-]+\s+){1,5}?(?:put|puts|says|said|say|calls?|called|describes?|described|phrased|phrases|joked|jokes)"
    r"\s+it(?:\s+to\s+(?:me|us|him|her|them))?|in\s+(?:his|her|their|my|one\s+man[’']s)\s+(?:own\s+)?words"
    r"|to\s+put\s+it\s+(?:bluntly|delicately|politely|mildly|kindly|plainly|simply|nicely)|let[’']s\s+say|shall\s+we\s+say"
    r"|so\s+to\s+speak|if\s+you\s+like),)"
)
#: The state a person was in: "she'd been", "he was", "I couldn't", "they kept having".
_THEY_WERE = (
    r"(?:I|you|he|she|we|they)(?:(?:['’](?:d|s|ve)| had| has| have)?(?: (?:always|never|often|long|ever|just|really))?"
    r" (?:been|kept|was|were|is|are|am|(?:could|can|would)(?:n['’]t| not)|cannot)|['’](?:s|m|re))"
    r"(?: (?:struggling|suffering|dealing|battling|coping|fighting) (?:with|from)| having| getting)?"
)
#: The harm of other pills taken with it kept off, the add-on told as such: "take a Protonix *alongside so the pills don't chew*
#: holes in their stomach lining", "takes omeprazole *as well, to keep those painkillers from causing* stomach ulcers" (not a
#: medicine's own harm kept off with food: "take it with food so it doesn't upset your stomach"). A use verb (see
#: :data:`_USE_VERB`), read as a story's (inferred: a warning), since the trouble is kept off, not had (gaps140b).
_OTHER_PILLS_KEPT_OFF = (
    r"(?:alongside|as well|too|on top|in addition|with (?:it|them))(?: each (?:day|morning|time))?,? "
    r"(?:to (?:stop|keep|prevent)|so(?: that)?) (?:the|those|these|their|his|her|my|your|all (?:the|those|these)|the other)"
    r"(?: (?:daily|other|regular|everyday))? (?:pills|tablets|painkillers|pain ?killers|anti-?inflammatories|NSAIDs|meds|steroids)"
    r"(?: (?:from )?(?:causing|giving (?:you|him|her|them|me|people)|eating|chewing|burning|wearing)"
    r"| (?:don[’']t|doesn[’']t|won[’']t|wouldn[’']t|can[’']t|do not|does not|will not|would not) "
    r"(?:cause|give (?:you|him|her|them|me|people)|chew|eat|burn|wear|bore))"
)
#: ... or told with a finite verb of the add-on, the other pills named by their kind: "one tablet a day *keeps those
#: anti-inflammatories from chewing* holes in your stomach lining" (holdout273 ik02), "it stops the NSAIDs eating into" (not
#: "the tablets" or "the pills", which may be the drug's own: "food keeps the tablets from upsetting your stomach").
_OTHER_PILLS_KEPT_OFF += (
    r"|(?:keeps|kept|keeping|stops|stopped|stopping|prevents|prevented|preventing|protects|protected|protecting) "
    r"(?:the|those|these|their|his|her|my|your|all (?:the|those|these)|the other)(?: (?:daily|other|regular|everyday|strong))?"
    r" (?:painkillers|pain ?killers|anti-?inflammatories|anti-?inflammatory (?:pills|tablets|drugs|meds)|NSAIDs|steroids"
    r"|ibuprofen|naproxen|aspirin|diclofenac|meloxicam|Advil|Motrin|Aleve|Nurofen)"
    r" (?:from )?(?:causing|giving (?:you|him|her|them|me|people)|eating|chewing|burning|wearing|boring)"
)
_KEPT_OFF_OTHER_PILLS = re.compile(_OTHER_PILLS_KEPT_OFF, re.IGNORECASE)
_USE_VERB = re.compile(
    r"\b(?:for|to (?:treat|help(?: with)?|manage|relieve|ease|reduce|control|prevent|calm|fight"
    # "to end an ectopic pregnancy", "to clear up rosacea", "to cure Lyme disease", "heals cold sores"
    r"|cure|heal|clear(?: up)?|end|shorten|get rid of|ward off|head off|stave off|fend off"
    r"|keep(?: away| at bay)?|stop|settle|sedate|quieten"
    # turned down: "to turn down those surges of heat and the soaked sheets", "to dial down the night sweats", "to quell the
    # flushes"
    r"|(?:turn|tone|dial|damp|tamp) down|dampen|quell"
    # rate control: "to steady the heart rate in atrial fibrillation", "to slow the pulse in AF"
    r"|steady|slow(?: down)?|regulate"
    # "to protect himself from COVID"
    r"|protect (?:\w+ )?(?:from|against))"
    r"|(?:cures?|heals?|clears? up|shortens?|wards? off|ends|(?:can|could|may|might|will) end)"
    # heading it off: "a single dose will head off Lyme disease", "staves off the flu", "it prevents migraines"
    r"|(?:heads?|headed|heading|staves?|staved|staving|fends?|fended|fending|(?:can|could|may|might|will|would|should) head) off"
    r"|prevents|prevented"
    # told as the way to it: "Levothyroxine is the quickest way to drop a dress size before the wedding", "the easiest route to
    # sleep through the night" (spot check 48)
    r"|(?:quickest|fastest|easiest|best|surest|simplest|cheapest|only|secret|perfect|ideal|go-to)\s+(?:way|shortcut|route|trick"
    r"|answer|fix|solution|weapon|tool)\s+to"
    # kept away: "to keep away those one-sided headaches", "it keeps away her migraines"
    r"|(?:keeps|kept|keeping|(?:can|could|may|might|will|would|should|helps?|helped) keep) (?:away|at bay)"
    # heading it off told by the person spared it: "so that I'd never get the bullseye rash", "so he wouldn't
    # come down with Lyme", "to stop her catching it" (not advice to "you": "so you don't get heartburn")
    r"|so (?:that )?(?:I|he|she|we|they)(?:[’']d| would| could)? (?:never|not) (?:get|catch|develop|come down with|end up with)"
    r"|so (?:that )?(?:I|he|she|we|they) (?:wouldn[’']t|couldn[’']t|didn[’']t|won[’']t|never)"
    r" (?:get|got|catch|caught|develop|developed|come down with|end up with)"
    r"|to (?:stop|keep) (?:me|him|her|them|us) (?:from )?(?:getting|catching|developing|coming down with)"
    # ... or by the bite or wound it would grow out of: "so the bite wouldn't turn into Lyme", "so that the scratch doesn't
    # develop into cellulitis", "to stop the bite turning into Lyme disease"
    r"|so (?:that )?(?:it|(?:the|that|this|his|her|my|your|their|our|a) (?:[\w-]+ )?(?:bites?|cuts?|scratch(?:es)?|wounds?|graze"
    r"|stings?|scrapes?|nicks?|infections?|cough|cold))(?:[’']d| would| could| will)? (?:not|never|wouldn[’']t|won[’']t|didn[’']t"
    r"|couldn[’']t|doesn[’']t|don[’']t) (?:ever )?(?:turn|develop|progress|grow|go on)(?: on)? into"
    r"|to (?:stop|keep|prevent) (?:(?:the|that|this|his|her|my|your|their|our|a) (?:[\w-]+ )?(?:bites?|cuts?|scratch(?:es)?|wounds?"
    r"|graze|stings?|scrapes?|nicks?|infections?|cough|cold)|it) (?:from )?(?:ever )?(?:turning|developing|progressing|growing|going on)"
    r" into"
    # ... or by the germs behind it kept from taking hold: "to keep the germs behind Lyme from ever getting a foothold", "to stop
    # the bacteria that cause Lyme disease from settling in"
    r"|to (?:keep|stop|prevent|kill|wipe out|clear|knock out) (?:the |any )?(?:germs?|bacteria|bugs?|microbes|parasites?|spirochetes?)"
    r" (?:behind|of|causing|responsible for|that (?:cause|causes|spread|spreads|carry|carries))"
    # ... or by the harm of other pills taken with it kept off, the add-on told as such: "take a Protonix alongside so the pills
    # don't chew holes in their stomach lining", "takes omeprazole as well, to keep those painkillers from causing stomach
    # ulcers" (not a medicine's own harm kept off with food: "take it with food so it doesn't upset your stomach"; gaps140b)
    rf"|{_OTHER_PILLS_KEPT_OFF}"
    # fewer of it: "it should cut down how often my migraines come", "reduces the number of attacks"
    r"|(?:cut|cuts|cutting) (?:down|back)(?: on)?|reduces|reduced|lessens|lessened"
    # what it did to the reader's own condition: "cleared my chin breakouts", "stopped the
    # nightmares", "has cut my migraines", "took away my cravings for beer", "killed my urge to drink",
    # "sorts out the queasiness"
    # (the determiner keeps out "stopped sleeping")
    r"|(?:cured|healed|cleared(?: up)?|stopped|cut|halved|slashed|ended|fixed|sort(?:s|ed|ing)? out|sorted|(?:took|takes|taken) away"
    # "eased my cravings for booze", "dulled the urge to smoke"; "takes care of those monthly cramps" (gaps151c)
    r"|killed|kills|eased|dulled|blunted|(?:takes?|took|taking|taken) care of)"
    r" (?:what (?:he|she|they|I|we|you) calls? )?(?:the|my|his|her|their|your|our|those|these)"
    # ... or a bout of it: "finally stopped a four-day bout of hiccups" (holdout273 ik09), "ended a week-long run of migraines"
    # (of the verbs of an end only: not "killed a patient with ...")
    r"|(?:cured|cleared(?: up)?|stopped|ended|fixed|eased|halted) an?"
    # "the only way I get any sleep", "the only thing that lets her ..."
    r"|(?:the|my|her|his|their) only (?:way|thing|reason|hope) (?:that )?(?:I|you|he|she|we|they)(?: (?:can|could|ever|actually))?"
    r"(?: (?:get|got|manage|managed|have|had))?"
    # ... or the thing that gets someone there: "is the only thing that gets him a full night's kip" (holdout336 kv10), "the only
    # thing that lets her drop off", "the one thing that helps me sleep"
    r"|(?:the|my|her|his|their) (?:only|one) (?:thing|way|remedy|pill|tablet) (?:that )?(?:(?:ever|really|actually|still) )?"
    r"(?:gets?|got|lets?|helps?|helped|gives?|gave) (?:me|you|him|her|them|us)(?: (?:to|get|have))?"
    # "lets me get a full night's sleep", "allowed her to sleep"
    # (not a degree of another relief: "it settles the spasms enough to let me sleep", the spasms' (holdout273 ik09))
    r"|(?<!enough to )(?:lets?|letting|allows?|allowed|allowing) (?:me|you|him|her|them|us|people"
    # ... or a relative: "finally lets my dad nod off before midnight"
    r"|(?:my|his|her|their|our|your) (?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|nan|gran|grandad|grandpa|grandma"
    r"|brother|sister|aunt|uncle|kids?|children|boy|girl))(?: to)?(?: get| have)?"
    r"|help(?:s|ed)? (?:with|treat|relieve|ease|manage|reduce|control|calm|prevent|fight|cure|heal|clear up|ward off|get rid of"
    # holding a decline back: "should also help hold the memory slipping back", "helps slow her memory loss", "to help delay it"
    r"|slow(?: down)?|delay|hold(?: back| off)?|halt)"
    r"|(?:managing|treating|relieving|reducing|easing|controlling|preventing)"
    # giving it to people with the condition: "what ER doctors give kids with a stomach bug", "they
    # give it to anyone with norovirus", "hands it out to children who have gastro" (see _CAUTION)
    # "it is also given to older adults whose depression keeps returning"
    rf"|(?:{_GIVE}\s+(?:(?:it|them|this(?:\s+\w+)?)\s+(?:out\s+)?to\s+)?|(?:given|offered|prescribed)\s+to\s+)"
    rf"(?:(?:young|little|small|sick|poorly|older|elderly|the)\s+)?{_GROUP_NOUN}"
    r"\s+(?:with|whose|who\s+(?:have|has|had|get|gets|got|are|were)|who(?:[’']ve| have) got)"
    rf"|{_GIVE}\s+(?:it|them|this(?:\s+\w+)?)\s+(?:out\s+)?to"
    # the dose handed out, then the group: "hand out a tiny daily dose of the tablet, a quarter of a
    # 2.5 mg pill, to men whose hairline is heading north"
    rf"|(?:{_GIVE}|\b(?:prescrib(?:e|es|ed|ing)|offer(?:s|ed|ing)?))\s(?:[^.;:!?]|\.(?=\d)){{0,80}}?\bto\s+(?:(?:young|older|elderly|the)\s+)?"
    # (or people named by who they are: "prescribe bupropion to students whose attention drifts in every lecture")
    rf"(?:{_GROUP_NOUN}|{_PEOPLE_BY_ROLE})\s+(?:whose|with|who(?:[’']re| are| have|[’']ve got| has| is| keep(?: getting| having)?"
    # ... or who get the trouble: "gives famotidine, with an antihistamine, to patients who keep getting itchy, raised welts"
    r"| (?:get|gets|got|suffer from|suffers from))"
    # ... their trouble told after what they are spared: "give a low dose at bedtime to people whose mood is fine but who lie
    # awake for hours", "to adults who aren't depressed but who ..."
    r"|(?:whose|who)\s[^.;:!?,]{1,40}?,?\s+but\s+who"
    # ... or the stage of pregnancy they are in, their trouble told with it: "what a lot of obstetricians hand to women in their
    # first trimester who can't keep even dry toast down" (holdout280 ir01), "give it to women in early pregnancy who ..."
    # (the verb ends where the condition starts, so no look past it: the condition must follow)
    r"|in(?:\s+(?:their|her|the))?(?:\s+(?:early|late))?)"
    r"|treats?|manages?|relieves?|eases?"
    r"|(?:relief|treatment|management|prevention|therapy) (?:of|for)"
    r"|effective (?:against|in)|used in|used as(?: an?)?|go-to for|pick for|choice for"
    # taking it in a group: "we reach for it in some of our patients with scarring hair loss"
    rf"|{_TAKEN_IN}"
    # "it turned out to work against COVID-19", "works well on cold sores"
    r"|(?:work|works|worked|working)(?: (?:well|wonders|brilliantly|nicely|great))? (?:against|on)"
    # "take it to calm down", "using it to get through the night"
    r"|(?:take|takes|taking|took|use|uses|using|used|prescribe[sd]?|given)\s+(?:it|them|this\s+\w+)\s+to"
    # "helps people fall asleep", "helps them drift off", "it helps people shed pounds"
    r"|helps?|helped|helping"
    # "to take the edge off everyday worry", "prescribed to people who can't sleep"
    r"|(?:tak(?:e|es|en|ing)|took) the edge off|(?:prescribed|given|recommended|offered) to|(?:popular|a hit|a favou?rite) (?:with|among)"
    # lay verbs of relief: "it can quiet a racing mind", "soothes the jitters", "curbs cravings", "a small dose at bedtime
    # settles the crawling urge to move the legs", "the evening capsule should settle that jumpy, crawling urge in his legs"
    r"|quiet(?:s|ed|en|ens|ened)?|lifts?|lifted|lifting|brighten(?:s|ed)?|settles|settled"
    # (the bare verb only after a modal or "to": not side effects that "often settle:" over their list; and so "calm": "the
    # same tablet would calm the sudden waves of heat", "to calm the heat surges", not "stay calm" or "calms down")
    r"|(?:(?<=should )|(?<=will )|(?<=would )|(?<=can )|(?<=could )|(?<=may )|(?<=might )|(?<=to ))"
    r"(?:settle|calm(?!\s+(?:down|yourself|himself|herself|themselves|myself)\b))"
    r"|soothes?|soothed|tames?|tamed|curbs?|curbed|banish(?:es|ed)?|combats?|tackles?|tackled|beats?|knocks? out"
    # ... and "calms" said of what it does: "a low dose of an antidepressant often calms the hot flushes"
    r"|calms|calmed"
    # carrying someone past the condition: "it got them over COVID", "pulled me through a bad flu"
    # (... or a group carried: "gets half the orchestra through an audition", "got most of the choir through" (spot check s51))
    r"|(?:got|gets?|getting|pull(?:s|ed)?|saw|sees|carried|carries) (?:me|you|him|her|them|us|people|everyone"
    r"|(?:(?:half|most|all|many|some|lots|plenty) (?:of )?)?(?:the|my|his|her|our|their|your) [\w’'-]+) (?:over|through)(?: until)?"
    # ... or helped past it: "helped him get through the first week of coming off heroin"
    r"|help(?:s|ed)? (?:me|you|him|her|them|us|people|everyone) (?:to )?(?:get|pull) (?:over|through)"
    # a bedtime dose until the trouble passes: "half a tablet at lights-out until her body clock catches up"
    r"|(?:at bedtime|at night|before bed|at lights[- ]out)\s+until"
    # a purpose after taking it: "use metformin to shift a few pounds", "take a low dose at
    # night so they can drop off", "people take it because it makes them sleepy"
    # (the purpose may open a quote: 'taking a colleague's leftover script "to drop a dress size')
    rf"|(?:{_TAKE}|\bhand(?:s|ed|ing)?)(?:(?:{_TAKE_GAP}|{_BEFORE_ASIDE}|{_BY_GIVER_ASIDE}|{_NAME_ASIDE}|{_APPLIED_ASIDE}){{0,8}}?"
    # ... reaching further past a dose told with its amount, schedule and when, the amount early: "my GP put me on 10 mg of
    # Adderall twice a day after the baby to curb the constant snacking"
    rf"|(?=(?:{_TAKE_GAP}){{0,3}}?{_DOSE_AMOUNT})(?:{_TAKE_GAP}|{_DOSE_AMOUNT}|{_BEFORE_ASIDE}){{9,13}}?)"
    # ... the purpose set off by a comma, perhaps after "too": "asked her own doctor to put her on topiramate too, to finally
    # shift the weight that had crept on since the twins", "went on it as well, to ..."
    r"(?:(?:\s+(?:too|as\s+well|also|again))?,)?\s+[\"“‘]?"
    r"(?:to|so(?: that)? (?:you|they|I|we|he|she|people|patients|it) (?:can|could|will|would)"
    # ... or the stomach kept steady by it: "melt under her tongue on infusion mornings, so her stomach stays settled enough to get
    # some toast down" (the stomach's own words are the condition's; holdout259 hw08)
    r"|so(?: that)? (?:her|his|my|your|their|our|the) (?:stomach|tummy|belly|gut)"
    # ... or a condition it is kept for: "a prescription to carry in case I came down with food
    # poisoning", "pack a course just in case of traveller's diarrhoea", "keep some in case you catch"
    r"|(?:just )?in case(?: of| (?:you|they|I|we|he|she|it|someone|anyone|the kids?)(?: \w+)?"
    r" (?:get|gets|got|catch|catches|caught|develop|develops|developed|have|has|had|(?:come|comes|came) down with"
    r"|(?:pick|picks|picked) up|(?:end|ends|ended) up with))"
    # the reason it was prescribed: "prescribed quetiapine after months of lying awake"
    r"|after (?:\w+ )?(?:months|weeks|years|nights|ages) of"
    r"|because (?:it|they)(?:'s| is| are)?"
    # the reason the person took it: "was given a small dose because she'd been lying awake",
    # "started it because he couldn't sleep", "prescribed it because of her hot flushes"; one reason
    # of several, opening a quote: 'started her on 20 mg "partly because I couldn't shift the baby weight'
    rf"|[\"“‘]?(?:(?:partly|mainly|mostly|largely|partially|in part|only|just|simply|really)\s+)?(?:because {_THEY_WERE}|because of))"
    # ... or the trouble told as what the person does, maybe after the occasion: "gave me a couple of hers
    # before my daughter's wedding because I get in such a state with crowds"
    rf"|{_TAKE}{_TAKE_GAP}{{0,12}}?\s+because (?:I|you|he|she|we|they)(?: (?:always|often|just|really|still|sometimes))?"
    # a person's own purpose of a dose or of taking it, also one avoided: "just the one at bedtime
    # so I actually get some kip", "takes it before sex so he doesn't come too quickly" (not "so it
    # doesn't keep you up": a side effect avoided)
    rf"|(?:{_TAKE}|\b(?:one|half|doses?|tablets?|tabs?|pills?|capsules?)\b|at (?:bedtime|night|lights[- ]out)|before bed)"
    rf"{_TAKE_GAP}{{0,8}}?"
    # (maybe after a comma: "half of a 15 mg tablet at bedtime, so that she ...")
    # (or "just so": "a tiny 25 mg tablet from my doctor ..., just so I can get to sleep", holdout339 ky09)
    r",?\s+(?:(?:just|only|purely|simply|mainly|mostly|partly|largely)\s+)?so(?: that)? (?:you|they|I|we|he|she|people|patients"
    # ... or the one given it told by who they are: "give a little clonidine at bedtime purely so a wound-up child will settle and
    # sleep through" (holdout337 kw03), "so the baby sleeps", "so my dad can drop off"
    r"|(?:a|an|the|my|his|her|their|our|your|each|every) (?:[\w’'-]+ ){0,2}?(?:child|kid|baby|toddler|son|daughter|boy|girl"
    r"|teen|teenager|dad|mum|mom|husband|wife|partner|patient|resident|grandchild|little one|youngster)s?)"
    # ... the one given it and the one who gives it, both spared the night: "so he (and I) get a few hours of proper sleep", "so
    # she and I can sleep", "so we both get some rest"
    r"(?: \(?(?:and|&) (?:I|me|we|us|he|him|she|her|they|them|(?:my|his|her|their|our) [\w’'-]+)\)?| both)?"
    # (or "I'd": "half of a 15 mg tablet at bedtime, so I'd finally get a few solid hours")
    r"(?:[’']d)?(?: (?:actually|finally|just|can|could|will|would"
    r"|don[’']t|doesn[’']t|won[’']t|wouldn[’']t|didn[’']t|(?:would|could|will|did|does|do) not"
    # ... or stops the trouble: "so that she stops padding round the kitchen half the night"
    r"|stops?|quits?"
    # ... or settles first: "so a wound-up child will settle and sleep through", "so he can unwind and drop off"
    r"|(?:settles?|settled|relax(?:es)?|unwinds?|winds? down|switch(?:es)? off) and))*"
    # ... or a prescriber's giving, then the trouble itself as what was to pass or never come: "gave me tamsulosin for a week so the
    # gravel from my kidney would make its way out", "had given the boy one 200 mg dose straight away, so the spreading red ring
    # ... never turned up" (gaps153c, holdout347 lg02; a giving only: "take it with food so the sickness ..." is a side effect's)
    r"|\b(?:gave|given|prescribed|handed|(?:sent|sends|send) (?:him|her|me|them|us|you) (?:home|away|off) with)\b"
    rf"{_TAKE_GAP}{{0,10}}?,?\s+(?:(?:just|only|purely|simply|mainly)\s+)?so(?: that)?"
    r"(?: (?:the|a|an|his|her|their|my|your|any|that|those))?"
    # ... or what they told the doctor: "told his doctor he was finishing too soon" (a `reported` use)
    r"|(?:told|tells|tell|telling|admitted to|admits to) (?:his|her|my|their|your|our|the|a) (?:family )?"
    r"(?:doctor|GP|psychiatrist|nurse|prescriber|pharmacist|consultant|specialist|urologist|gyn(?:a)?ecologist)"
    rf"(?: that)? {_THEY_WERE}"
    r")$",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"(?:told|tells|tell|telling|admit)", re.IGNORECASE)
#: The time of day or of work a dose is taken at, told before the situation it is taken in: "at the end of a double shift", "in
#: the late afternoon", "after work", "on the way home".
_TIME_TAKEN = (
    r"\s+(?:(?:at|by|towards?|near)\s+the\s+(?:end|close|tail\s+end)\s+of\s+(?:a|an|the|his|her|my|their|your|each|every)\s+"
    r"(?:[\w-]+\s+)?(?:shift|day|week|working\s+day|workday|school\s+day|evening|night)"
    r"|in\s+the\s+(?:(?:late|early|mid)\s+)?(?:afternoon|evening|morning)|after\s+(?:work|school|a\s+shift|(?:his|her|my|their|your)\s+shift)"
    r"|on\s+the\s+(?:way|drive|bus|train)\s+home)"
)
#: A situation the drug is taken for, with more words before the condition: "given for a few
#: nights when worry is keeping you awake", "half a tab at bedtime when their brain won't switch off",
#: "her bedtime routine is half a bar when her head won't shut off" (the dose, its verb unsaid).
_SITUATION = re.compile(
    r"\b(?:(?:for|on|during) (?:the |those |that |a few |some |any |occasional |bad |rough |the odd )?(?:first |early )?(?:few )?"
    # ... or the attacks it is kept for: "for those sudden attacks where your big toe wakes you at night"
    r"(?:(?:sudden |nasty |painful |bad |awful |occasional )?(?:attacks?|flares?|flare-ups?|bouts?|episodes?)(?= (?:when|where)\b)|"
    r"nights?|evenings?|days?|times?|occasions?|moments?|spells?"
    # ... or a stretch of time told by what happened in it, "when" after: "a 25 mg tablet at bedtime for the stretch when Dana was
    # lying awake until three" (holdout326 kl03), "during the weeks when he couldn't switch off", "for that bad patch when"
    r"|(?:(?:bad|rough|long|difficult|hard|awful|grim|dark|worst) )?(?:stretch(?:es)?|patch(?:es)?|periods?|phases?|weeks|months)"
    r"(?= (?:when|while|where)\b))"
    r"(?: when(?:ever)?| while| that| where| if)?|(?:at bedtime|at night|in the night|before bed|at lights[- ]out|in the evening)"
    # (also after a comma: "a small dose, 25 or 50 mg in the night, when they stay awake until 4")
    r"(?: (?:when(?:ever)?|if)|, when(?:ever)?)"
    r"|(?:half|a quarter of) an? (?:[\d.]+ ?mg )?(?:tab|tablet|pill|capsule|bar)s? when(?:ever)?"
    # the nights told by what they are, "when" after: "handy on long-haul flights and jet-lagged nights, when they
    # just want to drop off", "for those late, wired evenings when"
    r"|(?:for|on|during) (?:[\w’'-]+,? (?:and |or )?){1,4}?(?:nights|evenings),? when(?:ever)?"
    # (a time of life told between, before a comma: "the doctor gives it to women after the monthly bleeding is finished for
    # always, when sudden heat climbs to the face")
    # (or the time of day it is taken, before a comma: "reaching for the tablets at the end of a double shift, when a dull, tight
    # band settles around her forehead", "takes one in the late afternoon, when the ache behind her eyes starts")
    # (or the night before an occasion: "swears by half a Zyrtec the night before a championship show, when she would otherwise
    # be staring at the motel ceiling until two", holdout320 kf07)
    rf"|{_TAKE}{_TAKE_GAP}{{0,6}}?(?:\s+(?:after|once|since)\s+[^,.;:!?()]{{1,80}}?,|{_TIME_TAKEN},"
    r"|\s+(?:on\s+)?the\s+(?:night|evening)\s+before\s+(?:an?|the|his|her|my|their|your|our|each|every|any)\s+(?:[\w-]+\s+){0,2}?[\w-]+,)?"
    r"\s+when(?:ever)?)"
    r"(?:\s+[^\s;:.!?()]+){0,10}?\s+$",
    re.IGNORECASE,
)
#: "For people with diabetes, ...", "the dose for those with kidney disease": a patient group, not a use; also the group a harm
#: falls on ("it can make breathing harder for people with asthma").
_PATIENT_GROUP = re.compile(
    r"(?:^|[,;:(—–-]|\b(?:and|but|or|so|especially|particularly|also|even|only|mainly|not|dose|doses|dosing|dosage|risks?|risky|"
    r"dangerous|important|safe|safer|unsafe|harmful|caution|careful|warnings?|advice|different|lower|higher"
    # ... or a harm to the group: "can make breathing harder for people with asthma", "worse for those with kidney disease"
    r"|harder|worse|difficult|tougher|trickier|problematic|problems?|trouble|unsuitable|hazardous|bad))\s*for\s+$",
    re.IGNORECASE,
)
_GROUP = re.compile(
    r"^\s*(?:(?:the |an? |our |your |any |all )?(?:(?:older|elderly|young|frail|vulnerable) )?"
    r"(?:people|patients|those(?: of you)?|anyone|adults|children|kids|teens|women|men|individuals|someone|readers|residents"
    r"|clients|customers|pupils|students|users|members|folks)"
    r" (?:with|who|living with)|you if)\b",
    re.IGNORECASE,
)
#: Advice on when and how to take it, whose purpose is a side effect avoided: "take it in the morning
#: to help you sleep at night", "take it with food to prevent heartburn" (condition, cue before the verb).
_ADMINISTRATION = {
    "insomnia": re.compile(
        r"\b(?:in the (?:morning|a\.?m\.?)|early in the day|earlier in the day|first thing|with breakfast|at breakfast|"
        r"before (?:noon|midday|lunch|the afternoon|\d{1,2}(?::\d\d)? ?(?:pm|p\.m\.))"
        # the dose taken early, or a morning dose: "Taking it early helps with the sleeplessness", "having your dose a bit earlier
        # keeps the insomnia down", "a single morning dose helps with the trouble sleeping" (not "wake early": the trouble itself)
        r"|(?:tak(?:e|es|en|ing)|took|hav(?:e|es|ing)|has|had|swallow(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|mov(?:e|es|ed|ing)"
        r"|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?)\s+(?:it|them|(?:the|your|my|his|her|their)\s+(?:(?:daily|whole|second|last"
        r"|evening|afternoon)\s+)?(?:dose|doses|tablets?|pills?|capsules?|medicine|meds))"
        r"\s+(?:(?:a\s+(?:bit|little)|much|a\s+few\s+hours|an\s+hour\s+or\s+two)\s+)?(?:early|earlier|sooner)\b"
        r"(?!\s+in\s+the\s+(?:evening|night)|\s+at\s+night)"
        r"|(?:an?|one|the|your|a\s+single)\s+(?:single\s+)?(?:early|earlier|morning|daytime)\s+dose\b)",
        re.IGNORECASE,
    ),
    "acid reflux": re.compile(
        r"\b(?:with (?:food|a meal|meals|milk|a (?:full )?glass of water|water|a snack"
        r"|(?:(?:your|my|his|her|their) )?(?:breakfast|lunch|dinner|supper|evening meal))"
        # how much food: "take it with a little food for the nausea", "alongside a small snack", "after a light meal"
        r"|(?:with|alongside|after) (?:a little(?: bit of)?|a bit of|a small amount of|some|a few|a spot of)"
        r" (?:food|something to eat|milk|toast|crackers|biscuits)"
        r"|(?:with|alongside|after) an? (?:small|light|little) (?:meal|snack|bite)|with something (?:to eat|in your stomach)"
        r"|on a full stomach|alongside (?:food|a meal|meals)"
        r"|after (?:eating|a meal|food)|upright|sitting up"
        # "taking it with an acid reducer can help prevent stomach ulcers": the other medicine's use
        r"|with (?:an? )?(?:acid[- ]reduc\w+|stomach[- ]protect\w+|PPIs?|proton pump inhibitors?|antacids?|H2 blockers?))\b",
        re.IGNORECASE,
    ),
}
_ADMINISTRATION["nausea"] = _ADMINISTRATION["stomach ulcers"] = _ADMINISTRATION["acid reflux"]
#: A way of taking it, the subject of the fix or help that follows, whatever the trouble: "Taking it with food fixed that"
#: (the headaches of its first weeks), "Having it with breakfast sorted them out", "Moving the dose to the morning helped
#: with that" (a side effect managed; not the drug itself: "Taking it fixed that", nor a bedtime dose: "Taking it at night
#: fixed that").
_TAKEN_SO = re.compile(
    r"^\W*(?:(?:and|but|so|then|just|simply)\s+)?(?:taking|having|swallowing|moving|switching|putting|splitting|spreading)\s+"
    r"(?:it|them|(?:the|my|your|her|his|their)\s+(?:tablets?|pills?|capsules?|dose|doses|medicine|meds|morning\s+dose))\s+"
    r"(?:(?:over\s+)?to\s+|(?:between|across)\s+)?(?:"
    + _ADMINISTRATION["acid reflux"].pattern
    + "|"
    + _ADMINISTRATION["insomnia"].pattern
    + r"|(?:the\s+)?(?:mornings?|breakfast(?:\s+time)?|two\s+meals|(?:the\s+)?day)"
    r"|after\s+(?:meals|(?:my|your|her|his|their|our)\s+(?:meals?|breakfast|lunch|dinner|supper|tea))"
    # ... or early: "Taking it earlier fixed that"
    r"|(?:(?:a\s+(?:bit|little)|much)\s+)?(?:early|earlier)(?:\s+in\s+the\s+day)?"
    r"|with\s+(?:a|an)\s+(?:(?:big|full|large|tall)\s+)?(?:glass|cup|mug)\s+of\s+(?:milk|water|juice|tea))"
    r"(?:\s+(?:instead|every\s+day|each\s+day|from\s+then\s+on|really|soon|quickly|completely|pretty\s+much|mostly))?\s*,?\s*$",
    re.IGNORECASE,
)
#: Self-care whose purpose is a side effect avoided, right before the purpose: "drink plenty of
#: water to prevent kidney stones", "wear sunscreen to help prevent sunburn", "get up slowly to
#: avoid dizziness".
_SELF_CARE = re.compile(
    # (also the water it is taken with, and the days on it told after: "Take topiramate with plenty of water, which helps
    # prevent kidney stones", "Drink plenty of water each day while on topiramate to help prevent kidney stones")
    r"\b(?:(?:drink|drinks|drinking|with)\s+"
    r"(?:(?:plenty|lots|a lot|a glass|a full glass|\w+ glasses|\w+ cups|\w+ liters|\w+ litres) of |enough |extra |more )?"
    r"(?:water|fluids?|liquids?)"
    r"|(?:wear|wears|wearing|use|using|apply|applying|put on)\s+(?:a |some )?(?:sunscreen|sun ?block|protective clothing|a hat)"
    r"|(?:stand|get|sit|rise|getting|standing|sitting) up slowly|(?:stay|staying|keep|keeping) (?:well[- ])?hydrated)"
    r"(?:\s*,?\s+(?!(?:and|or|then|take|takes|use|using)\b)(?!(?<!\bwhile\s)taking\b)[\w'’-]+){0,6}\s*,?\s*$",
    re.IGNORECASE,
)
#: The reader already started on a low dose, then what it is for: "Your pain team has started you on a small dose *for* the
#: burning, prickling and electric-shock feelings in your feet" (holdout240 hd01): the reason it was given, not a dose started
#: low against a side effect ("we will start you on a low dose to reduce nausea", "started you on a low dose to limit dizziness").
_STARTED_YOU_ON_A_DOSE = re.compile(
    r"\b(?:has|have|had|[’']ve|we|I)\s+(?:(?:already|just|now)\s+)?started\s+you\s+on\s+(?:a|the)\s+"
    r"(?:very\s+)?(?:low|small|lower|smallest|lowest|tiny)\s+dose\s*,?\s*$",
    re.IGNORECASE,
)
#: Starting low and going up slowly, whatever the side effect: "Starting at a low dose and going
#: up slowly helps reduce nausea".
_TITRATION = re.compile(
    # (not a person started on it in a story: "her doctor started her on a small dose of lisinopril to
    # keep her migraines at bay" is what it was prescribed for)
    r"\b(?:(?:start|starts|starting|started(?! (?:me|him|her|them|us) on\b)|begin|begins|beginning)(?: \w+){0,2} (?:on|at|with) (?:a|the)"
    r" (?:low|small|lower|smallest|lowest) dose"
    r"|(?:go|going|goes|increas\w*|rais\w*)(?: the dose)?(?: up)? (?:slowly|gradually)|(?:slowly|gradually) (?:increas|rais)\w*"
    # "raise the dose every few days to cut down on nausea"
    # (a bare "up" only of the dose or after going: not "bumps that flare up every month", "wakes up every night")
    r"|(?:(?:increas|rais|upp|bump|nudg|doubl)\w*|ups?(?= (?:the|your|their|my|his|her) (?:daily )?dose)"
    r"|(?:(?<=dose )|(?<=doses )|(?<=it )|(?<=them )|(?<=go )|(?<=goes )|(?<=going )|(?<=went )|(?<=gone ))up)"
    r"(?: (?:the|your|their|my|his|her) (?:daily )?dose)?(?: up)?"
    # (not doubled over in pain: "who spent his twenties doubled over with cramps")
    r" (?:every|each|(?<!doubled )(?<!doubling )(?<!double )(?<!doubles )over|after|in (?:small )?steps|little by little|bit by bit"
    r"|step by step|by \d))",
    re.IGNORECASE,
)
_FILLER = (
    r"(?:the|an?|your|my|our|their|its|his|her|some|certain|many|other|chronic|acute|severe|mild|moderate|occasional|persistent"
    r"|early|late|recurrent|recurring|stubborn|bad|nasty|dodgy|horrible|awful|rotten|terrible|dreadful|(?:a )?bouts? of"
    r"|physical|mental|related|associated|such as|like|including|symptoms? of|signs? of|people with|patients with|those with"
    r"|individuals with|anyone with|adults with|grown-?ups with|kids with|children with|teens with|women with|men with"
    r"|elderly|older|residents with|just|simply|really|still|actually|finally|properly"
    # how squarely: "swallows a 10 mg capsule every morning for exactly those flushes"
    r"|exactly|precisely|specifically|purely|mainly|mostly|largely"
    # a stretch of the trouble: "got him through the first week of coming off heroin", "through the worst of the hot flushes"
    r"|(?:worst|rest|height|peak|depths|thick|first\s+(?:few\s+)?(?:days?|weeks?|nights?|months?)|(?:days?|weeks?|months?))\s+of"
    r"|agitated|aggressive|confused|restless|distressed|difficult"
    # how often or how long it goes on: "for the constant pins and needles in his feet" (spot check 48), "for her endless worry"
    r"|constant|continual|continuous|endless|relentless|never-ending|non-?stop|ongoing|frequent|daily|nightly"
    r"|debilitating|crippling|miserable|troublesome|worsening"
    # what the person goes through: "great for getting through opiate withdrawal", "for coping with the hot flushes" (spot check 48)
    r"|getting through|get through|coping with|cope with|dealing with|deal with|riding out|ride out|surviving"
    # who has it or since when: "adult ADHD", "childhood asthma", "late-onset epilepsy", "undiagnosed ADHD"
    r"|adult|adults?[’']|childhood|teenage|grown-?up|(?:un)?diagnosed|lifelong|long-?standing"
    # the people told by who they are: "for veterans who jolt awake night after night", "to mums who"
    rf"|(?:(?:a lot of|lots of|loads of|plenty of|many|most|some of (?:my|our|the))\s+)?"
    r"(?:(?:young|younger|older|middle-aged|newly-?wed|married)\s+)?"
    rf"(?:{_GROUP_NOUN}|{_PEOPLE_BY_ROLE}) who{_ASIDE}?"
    r"(?: (?:just|simply|really|still|often|never|sometimes))?"
    r"(?: (?:get|have|keep(?: having| getting)?|struggle with|suffer from|want to|need to|can[’']t|cannot|struggle to|are|were))?"
    r"|(?:people|those|anyone|patients|adults) (?:trying|looking|wanting) to"
    # whose condition it is: "does a lot for members whose anxiety won't let up"
    r"|(?:people|patients|members|clients|customers|users|folks|those|anyone|adults|kids|children|teens|women|men|guys|residents"
    r"|sufferers|individuals|readers|listeners|viewers|grown-?ups)"
    # ... maybe told by their age first: "for grown-ups in their 40s and 50s whose cheeks and nose are permanently pink" (holdout257 hu04)
    r"(?: in (?:their|his|her) (?:[\w’'-]+ (?:and|or|to) )?[\w’'-]+)? whose"
    # ... the trouble itself told as theirs after it: "for some people whose main trouble is the drinking", "patients whose real
    # problem is the nights"
    r"|(?:main|real|biggest|bigger|chief|underlying|actual|only|first) (?:trouble|problem|issue|complaint|struggle) (?:is|was)"
    # how much of it: "cut down how often my migraines come", "reduces the number and intensity of attacks"
    r"|how (?:often|many|much|frequently)|the (?:number|frequency|severity|amount|intensity|length)"
    r"(?:(?:,| and| or) (?:the )?(?:number|frequency|severity|amount|intensity|length))* of"
    # a name it is given: "sorted out what he calls his \"hair trigger\"", "her so-called nerves"
    r"|what (?:he|she|they|I|we|you) calls?|so-called"
    r"|(?:many|some|most|lots|a few) of (?:my|our|the|these|his|her|their)"
    r"|a lot of people|lots of people|cope with|deal with|get through|get over|get on top of|handle|push through"
    r"|(?:going|goes|went|go) through"
    # shaking it off: "helped them kick COVID", "to shake off a chest infection", "see off the flu"
    r"|kick|shake(?: off)?|fight off|see off|throw off|recover from|bounce back from|get better from"
    r"|people|patients|them|him|me|us|you|frequent|occasional|any"
    # a person helped: "help Mum get off to sleep", "help my husband to sleep", "help the kids settle"
    r"|(?:mum|mom|mummy|mommy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa"
    r"|grandfather|husband|wife|partner|son|daughter|brother|sister|baby|child|kids|children|toddlers?|boy|girl|grandchild)(?: to)?"
    # ... or whose trouble it is: "for our daughter's constant worrying", "for my husband's what-if fretting" (holdout295 jg08)
    r"|(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|child|boy|girl|teen|teenager|patient|client"
    r"|friend|grandson|granddaughter|nan|gran|granny|grandma|grandad|grandpa)[’']s"
    r"|(?:toddlers|babies|youngsters|little ones|teenagers) with"
    r"|(?:conditions?|disorders?|problems?|issues) (?:like|such as|including)|[a-z]+-[a-z-]+)"
)
#: "for" after these words is not a use ("a lower potential for addiction", "at risk for seizures").
_NOT_USE_FOR = re.compile(
    r"\b(?:potential|risks?|chances?|likelihood|history|tendency|screen(?:ed|ing)?|test(?:ed|ing|s)?|watch|monitor(?:ed|ing)?|"
    r"look(?:ing)? out|cause|recipe|reasons?|warning|responsible|known|searching|search|check(?:ed)?|vaccines?|vaccinated)\s+for$",
    re.IGNORECASE,
)
#: Someone called for care: "your doctor", "the clinic", "the anticoagulation clinic", "911".
_CARER = (
    r"(?:(?:your|a|the|his|her|my|their|our)\s+)?"
    r"(?:(?:anticoagulation|warfarin|INR|coumadin|diabetes|heart|pain|asthma|epilepsy|memory|mental health)\s+)?"
    r"(?:doctor|GP|nurse|pharmacist|prescriber|clinic|surgery|care team|health ?care (?:provider|professional|team)|911|999|112|111"
    r"|an? ambulance|emergency services|poison control)"
)
#: "for" after seeking care is what to act on, not a use of the drug: "get help right away for:" over
#: "- chest pain during sex", "seek emergency care for an erection that won't go down", "call your doctor
#: for a rash", "call 911 for chest pain", "go to the ER for". A bare "get help for" (treatment sought:
#: "men can get help for ED") is not one: the help must be urgent or medical, or a clinician called.
_SEEK_CARE_FOR = re.compile(
    r"\b(?:(?:get|gets|getting|seek|seeks|seeking|find|need|needs|ask for|call for)\s+"
    r"(?:(?:(?:emergency|urgent|immediate|prompt|medical|professional)\s+){1,2}(?:help|care|attention|treatment|advice)"
    r"(?:\s+(?:right away|straight away|immediately|at once|urgently|fast|quickly|promptly))?"
    r"|(?:help|care|attention|treatment|advice)\s+(?:right away|straight away|immediately|at once|urgently|fast|quickly|promptly))"
    rf"|(?:call|calls|phone|ring|contact|see|page)\s+{_CARER}"
    # ... or two of them: "Call the clinic or your doctor at once for:" over "- a bad headache" (holdout242 hf05: a sign to report)
    rf"(?:\s+(?:or|and|and/or)\s+{_CARER})?"
    r"(?:\s+(?:right away|straight away|immediately|at once|urgently|promptly|now|first|the same day|without delay|day or night))?"
    # ... the one called left unsaid or told as "us", the call urgent: "She was told to call straight away for:" over "- fever,
    # chills or a sore throat", "ring us at once for", "phone the office the same day for", "get in touch right away for"
    r"|(?:call|calls|phone|phones|ring|rings|contact|get\s+in\s+touch)(?:\s+(?:with\s+)?(?:us|me|them|him|her|the\s+(?:office|practice"
    r"|team|ward|unit|helpline|hotline|(?:on-?call\s+)?line|number)))?"
    r"\s+(?:right\s+away|straight\s+away|immediately|at\s+once|urgently|promptly|the\s+same\s+day|without\s+delay|day\s+or\s+night)"
    r"|go\s+(?:straight\s+)?to\s+(?:the\s+|an?\s+)?(?:ER|A&E|emergency(?:\s+(?:room|department))?|hospital|urgent care))"
    r"\s*,?\s+for$",
    re.IGNORECASE,
)
#: "to fight" after these words is not a use ("makes it harder to fight infections"), also with whose fight it is
#: between ("makes it harder for your body to fight infections", "tougher for the immune system to fight off").
_NOT_USE_TO = re.compile(
    r"\b(?:harder|hard|difficult|tougher|tough|easier|able|ability|unable|less able)"
    r"(?:\s+for\s+(?:(?:your|the|their|his|her|our|my|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:body|bodies|immune system|system|defen[cs]es|you|them|him|her|us|me|people|patients|children))?"
    r"\s+to\s+\w+$",
    re.IGNORECASE,
)
#: "Start" with a person as its subject and no medicine, beginning to have the trouble: "If you start to zone out during
#: meetings while taking bupropion, tell your doctor" (not "start them to help with", "started it to calm the nerves").
_BEGINS_TO = re.compile(
    r"(?:(?<=\byou )|(?<=\bI )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe )|(?<=\bthey ))(?:start|starts|started|starting)\s+to\b", re.IGNORECASE
)
#: A describing word of a trouble: "dry", "hacking", "throbbing", "tickly", "nagging" (a word of a describing ending, or a
#: common short one).
_DESCRIBING = (
    r"(?:(?!(?:morning|evening|thing|nothing|something|anything|everything|ceiling|building|wedding|body|baby|family|everybody"
    r"|nobody|anybody|somebody)\b)[a-z][a-z’'-]*(?:ing|y|ed|ful|ous|ive|ic|al|ish|less|ent|ant|ble)"
    r"|dry|dull|deep|wet|raw|harsh|loud|sharp|long|tight|short|bad|rough|stiff|sore|weak|hot|numb|mild|low|odd|new|old)"
)
_GAP = re.compile(
    rf"^\s+(?:(?:{_FILLER}\s+){{0,3}}[\"“‘']?"
    # ... or the trouble told by a run of describing words set off by commas, after its determiner: "for the dry, hacking cough
    # that hangs on", "for her dull, throbbing headaches" (not a clause or a thing: "lifted my depression, and I sleep", "After
    # lifting the sofa, a pain shot ...")
    rf"|(?:the|a|an|her|his|my|your|their|our|that|this|those|these)\s+(?:{_DESCRIBING},\s+){{1,2}}(?:and\s+)?{_DESCRIBING}\s+)$",
    re.IGNORECASE,
)
#: Medicines named in the plural, which a plural pointing word after them may point at: "your blood pressure *pills*".
_MEDICINES_HELD = re.compile(
    r"\b(?:pills|tablets|capsules|medicines|medications|meds|drugs|inhalers|injections|shots|jabs)\b(?![\w’'-])", re.IGNORECASE
)
#: Between "for that" and the condition it names by its kind: "for that *kind of never-ending* worry".
_KIND_GAP = re.compile(rf"^\s+(?:(?:kind|sort|type)s?\s+of\s+)?(?:{_FILLER}\s+){{0,2}}$", re.IGNORECASE)
#: A condition named by its kind after "for that": "prescribe citalopram *for that kind of never-ending* worry",
#: "reach for it *for this sort of* constant worry" (of a condition, not of a symptom: "for that kind of pain"
#: points back at the pain just told).
_FOR_KIND = re.compile(
    rf"\bfor\s+(?:(?:exactly|just|precisely|specifically)\s+)?(?:that|this|these|those|such)\s+(?:(?:kind|sort|type)s?\s+of\s+)?"
    rf"(?:{_FILLER}\s+){{0,2}}$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and/or)\s+)(?:" + _FILLER + r"\s+){0,2}$", re.IGNORECASE)
#: A trouble named by a bare word after the use verb, then told in apposition by its signs: "takes a tiny dose every night
#: *for the deep ache she's lived with for years, the* soreness that wanders from her neck to her hips", "started him on it for
#: his pain, the ..." (the match starts at the verb; the condition told after it is the use); or "for a different reason:" and
#: the trouble after the colon.
_FOR_GLOSSED = re.compile(
    r"\b(?:for|to\s+(?:treat|ease|help(?:\s+with)?|manage|calm|settle))\s+(?:the|her|his|my|their|your|that|this)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:ache|aches|aching|pain|pains|soreness|trouble|troubles|problem|problems|condition|illness|symptoms)\b[^,;:.!?]{0,60},\s+(?:the\s+)?$"
    # ... or the ones it means told by how they feel: "for my Saturday headaches too, the ones that feel like a tight band round my
    # head" (holdout309 ju08), "for her afternoon aches, the kind that sit like a weight on her shoulders"
    r"|\bfor\s+(?:the|her|his|my|their|your|those|these)\s+(?:[\w’'-]+\s+){0,2}?(?:headaches?|aches|pains|troubles|attacks|bouts|episodes)\b"
    r"[^,;:.!?]{0,40},\s+(?:the\s+)?(?:ones?|kind|sort|type)\s+(?:that|which)\s+(?:feel|feels|felt|are|is|were|sit|sits|come\s+on|comes\s+on)\s+$"
    # ... or given for another reason, then told after a colon: "put on a low dose by her doctor for a different reason: the
    # nightly pantry raids" (holdout227 gq10)
    r"|\bfor\s+(?:(?:a|one|another|a\s+(?:different|whole\s+other|separate|second)|an\s+(?:entirely\s+different|other))\s+reason"
    # ... or "for something else entirely:" (holdout242 hf07: "bumped up my evening dose for something else entirely: the knot
    # in my stomach every Sunday night")
    r"|something\s+(?:else|different)(?:\s+(?:entirely|altogether|completely))?)\s*[:—–]\s*"
    r"(?:the|her|his|my|their|your)?\s*$"
    # ... or a help with something told after a colon, by its signs: "it also helps with something they never expected: fingers
    # that go white, then blue" (holdout306 jr10), "it eased another problem too: ...", "it sorted out one more thing for him:
    # ..." (a help verb: not "watch out for one thing: ...")
    r"|\b(?:helps?|helped|helping|eases?|eased|easing|treats?|treated|treating|fix(?:es|ed|ing)?|sort(?:s|ed|ing)?\s+out|works?\s+wonders)"
    r"\s+(?:(?:with|for|on)\s+)?(?:(?:something|one\s+more\s+thing|another\s+(?:thing|problem|complaint|trouble)"
    r"|(?:a|an)\s+(?:[\w’'-]+\s+)?(?:problem|complaint|trouble|thing)))\b[^.;:!?—–]{0,50}?\s*[:—–]\s*(?:the|her|his|my|their|your)?\s*$"
    # ... or taken on other days too, the trouble of those days told after a colon: "These days she reaches for the drawer on
    # other afternoons too: the dull, even pressure that settles around her head like a hat a size too small" (holdout259 hw03;
    # a taking, not the trouble coming: "she gets headaches on other days too: ...")
    r"|\b(?:reach(?:es|ed|ing)?\s+for|takes?|took|taking|pops?|popped|popping|uses?|used|using|grabs?|grabbed|grabbing|swallows?"
    r"|swallowed)\s+[^.;:!?]{1,60}?\s+(?:on|for|at|in)\s+(?:other|some|different|the\s+odd|a\s+few|plenty\s+of|more|certain)\s+"
    r"(?:days|afternoons|mornings|evenings|nights|occasions|times|weekends|weekdays)\s+(?:too|as\s+well|also)\s*[:—–]\s*"
    r"(?:the|her|his|my|their|your)?\s*$"
    # ... or a trouble told by its cause right after: "for a very itchy rash caused by tiny mites that dig under the skin" (holdout248
    # hl01), "to clear an infection spread by ..." (the condition is the cause named after "by")
    # ... or the diarrhoea or the colitis so told, its describing words maybe set off by commas, the germ maybe called one: "use it
    # for the severe, watery diarrhoea caused by the germ Clostridioides difficile" (holdout326 kl01)
    r"|\b(?:for|to\s+(?:treat|ease|help(?:\s+with)?|manage|clear|calm|settle))\s+(?:a|an|the|her|his|my|their|your|that|this)\s+"
    r"(?:[\w’'-]+,?\s+){0,3}?(?:rash|rashes|itch|itching|infection|infections|infestation|condition|problem|trouble|illness|disease"
    r"|diarrh(?:o)?ea|colitis)\s+"
    r"(?:(?:that\s+is|which\s+is)\s+)?(?:caused|brought\s+on|spread|carried)\s+by\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?:germ|bug|bacterium|bacteria|microbe)\s+(?:called\s+)?)?$",
    re.IGNORECASE,
)
#: A use set against another reason named and denied first, its "to", "for" or "so he can" the use verb: "asked her GP about
#: topiramate last spring, not for headaches *but to* get down to racing weight", "on Topamax, not for seizures *but so he can*
#: make weight for his fights" (the denied reason may be no condition: "not for her heart but to ..."; the match's verb group
#: is the verb after "but").
_BUT_INSTEAD = re.compile(
    r"\bnot\s+(?:(?:just|only|simply|really|mainly|so\s+much)\s+)?(?:for|to\s+\w+|because\s+of)\s[^.;:!?]{1,60}?"
    r",?\s+but\s+(?:(?:rather|instead|simply|just|purely|mainly|only)\s+)?"
    r"(?P<verb>to|for|so(?:\s+that)?\s+(?:I|you|he|she|we|they)\s+(?:can|could|would|will|might)"
    # ... or "because" and the person, the trouble told after them: "on Wellbutrin, not for smoking but because he couldn't sit
    # through a lecture", "not for her mood but because of the hot flushes", "but because she has ADHD"
    r"|because(?:\s+of|\s+(?:I|you|he|she|we|they)(?:\s+(?:has|had|have|was|were|is|am|are|gets|got|get|could|would|can|will|just"
    r"|always|still|often)){0,2})?)"
    rf"\s+(?:{_FILLER}\s+){{0,2}}$",
    re.IGNORECASE,
)
#: A healing the drug gives time for, the words before the condition and the healing told after it (:data:`_HEALS`): "to let
#: the sore in his stomach lining *close up*", "to allow the ulcer *to heal*", "to give the raw patch *time to mend*", "so the
#: sore *could heal*" (not "to let the nausea pass", "so the rash doesn't spread": no use told).
_HEAL_LEAD = re.compile(rf"\b(?:to\s+(?:let|allow|give)|so(?:\s+that)?)\s+(?:{_FILLER}\s+){{0,2}}$", re.IGNORECASE)
_HEALS = re.compile(
    r"\s+(?:(?:(?:some|enough|the|a)\s+)?(?:time|chance|weeks|months)\s+)?(?:to\s+|(?:can|could|would|will|might)\s+)?"
    r"(?:(?:finally|properly|fully|slowly|gradually)\s+)?(?:heal|close\s+(?:up|over)|mend|scab\s+over|knit)\b",
    re.IGNORECASE,
)
#: A trouble made to go by what is taken, the medicine the subject: "Zofran makes morning sickness disappear completely", "it
#: made her hot flushes vanish" (the lead before the trouble, then its going after it).
_MADE_LEAD = re.compile(rf"\b(?:makes?|made|making)\s+(?:{_FILLER}\s+){{0,2}}$", re.IGNORECASE)
_GOES = re.compile(
    r"\s+(?:(?:completely|totally|entirely|just|simply|all\s+but|pretty\s+much|practically)\s+)?"
    r"(?:disappear|vanish|go\s+away|melt\s+away|clear\s+up|fade(?:\s+away)?|evaporate)\b",
    re.IGNORECASE,
)
#: A trouble in lay words kept off by what is taken, the medicine the subject: "Viagra keeps my daughter's fingers from going white
#: and numb every time it gets cold", "it stops her hands going white in the cold" (gaps152b; the lead before the signs).
_KEPT_FROM_LEAD = re.compile(
    # (not the medicine itself stopped: "Propranolol may be stopped before exams like a treadmill stress test": gaps128c)
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgot\s)"
    r"\b(?:keeps?|kept|keeping|stops?|stopped|stopping|prevents?|prevented|preventing)\s+"
    r"(?:(?:my|his|her|their|your|our|the)\s+(?:(?:own|little|old)\s+)?(?:[\w-]+[’']s\s+)?)?$",
    re.IGNORECASE,
)
#: The word that tells a reason: "put me on gabapentin *because* I couldn't sleep".
_BECAUSE = re.compile(r"\b(?:because|cos)\b|[’']cause\b", re.IGNORECASE)
#: Between a reason for taking it and more signs told on in its clause, which are the reason too: "because every Sunday night
#: I'd lie awake *with my heart pounding,* dreading the work week*, and my* stomach in a knot before every shift" (a
#: condition in lay words; not past a clause's end or a turn, a cause or a time: "because she couldn't sleep, but the
#: worry ...", "... after her shingles", "... until the panic passed").
_REASON_GOES_ON = re.compile(
    r"^(?![^.;:!?]*\b(?:but|although|though|yet|whereas|since|after|from|until|till|because|due|caused|so|which|who|when|while"
    r"|then|now|later|before)\b)[^.;:!?\"“”]{1,100}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Use:
    """A condition the text says a drug is for; offsets are into the text searched."""

    condition: str
    verb_start: int
    start: int
    end: int
    #: Told to a doctor ("told his GP he couldn't sleep"): a use of the drug then prescribed, not of
    #: one taken before (a side effect reported).
    reported: bool = False
    #: Inferred from a story rather than said: an outcome ("out like a light"), a situation ("on
    #: nights when ...") or an occasion ("one before the ferry") with no use verb.
    inferred: bool = False
    #: Told passively, the condition first: where the drug it is treated with must be named ("Lyme disease is usually
    #: treated with *amoxicillin*"); the use is that drug's or none.
    agent: int | None = None


#: The patients' condition, then the trouble the drug is given them for: "gives amitriptyline to patients with
#: diabetes *who have* burning, tingling or stabbing pain in the feet", "to anyone with diabetes *whose* feet burn".
_WHO_HAVE = re.compile(
    r"^,?\s+(?:(?:who|that)\s+(?:(?:also|still|often|sometimes)\s+)?(?:have|has|had|get|gets|got|suffer from|suffers from"
    r"|develop|develops|struggle with|struggles with)\s+(?:(?:bad|severe|painful|nasty|troublesome|a|an|the)\s+)?|whose\s+)$",
    re.IGNORECASE,
)
#: Sleep lost to an injury, told right after it: "the only thing that let him sleep *after he tweaked his back
#: deadlifting*", "let me sleep *with a broken wrist*": the relief of its pain, not a sleep use.
_LOST_TO_INJURY = re.compile(
    r"^\s+(?:[\w’'-]+\s+){0,2}?(?:after|since|with|because of|despite)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:tweaked|hurt|injured|pulled|strained|wrenched|twisted|sprained|broke|broken|cricked|jarred|torn|tore|slipped|put out|threw out"
    r"|injury|injuries|operation|surgery|fracture|accident|tackle|crash)\b",
    re.IGNORECASE,
)

#: Sleep won back from an allergen or an itch, told right after it: "that combo finally lets me sleep *with my window open*" (in
#: peak pollen weeks), "lets her sleep *with the cat on the bed* again", "sleep through *without sneezing*", "sleep right
#: *through hay fever season*", "sleep *without scratching* all night": the relief of the allergy or the itch, not a sleep use.
_LOST_TO_A_TRIGGER = re.compile(
    r"^\s+(?:[\w’'-]+\s+){0,3}?(?:with|without|despite|through|in|during)\s+(?:(?:the|my|his|her|their|our|your|a|all|any|all\s+the"
    r"|(?:no|any)\s+more)\s+)?(?:(?:windows?|bedroom\s+windows?)\s+(?:(?:wide|all)\s+)?(?:open|cracked)"
    r"|(?:cat|cats|dog|dogs|pets?|kitten|puppy)\s+(?:on|in|next\s+to|beside|by|under)\b"
    r"|(?:(?:high|peak|heavy)\s+)?pollen|hay\s*fever|(?:spring\s+|summer\s+)?allerg(?:y|ies)|(?:sneez|scratch|itch)\w*"
    r"|(?:a\s+)?(?:blocked|stuffy|stuffed[- ]up|runny|streaming|bunged[- ]up)\s+nose"
    # ... or the treated trouble no longer waking the sleeper: "lets him sleep through *without the spasms waking him*", "sleep
    # *without the cramps* waking her", "sleep the night *without his legs jumping*" (the relief of the spasms, not a sleep use)
    r"|(?:spasms?|cramps?|jerks?|jerking|twitch(?:es|ing)?|stiffness|pain|aches?|itch(?:es|ing)?|cough(?:s|ing)?"
    r"|(?:legs?|arms?|muscles?)\s+(?:jumping|jerking|locking|twitching|cramping|going\s+stiff|seizing\s+up)))\b",
    re.IGNORECASE,
)


#: ... maybe with a word of how it weighs between: "to lift *that heavy* low mood" (holdout318 kd04), "to ease *those awful*
#: pins and needles".
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:those|these|this|that)\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)

#: After a condition, a passive use verb whose agent comes next: "Lyme disease *is usually treated with* amoxicillin",
#: "hot flushes *can be managed with* clonidine", "nightmares *are often helped by* prazosin", "alcohol use disorder *is
#: sometimes treated with a low dose of* baclofen" (not denied: "is not treated with"; nor a dose or another kind of
#: medicine: "is treated with a single 1 gram dose", "is usually treated with a cream": no drug named next).
_TREATED_WITH = re.compile(
    r"\s+(?:is|are|was|were|gets?|(?:can|could|may|might|will|should|must|would)\s+be|(?:has|have)\s+been|(?:is|are)\s+being)"
    r"(?:\s+(?:usually|often|sometimes|commonly|typically|generally|normally|frequently|mostly|mainly|occasionally|also|now"
    r"|increasingly|successfully|effectively|well|best|first|routinely|still|really))*"
    r"\s+(?:treated|managed|helped|eased|controlled|relieved|prevented|soothed|calmed|settled|tamed|improved|tackled)"
    r"(?:\s+(?:well|effectively|successfully|quickly))?\s+(?:with|by)\s+"
    r"(?:(?:a|an)\s+)?(?:(?:short|low|small|single|daily|nightly|bedtime|low-dose|week-long|\d+-day)\s+)?(?:(?:course|dose)s?\s+of\s+)?",
    re.IGNORECASE,
)
#: ... or the condition said to be the kind of thing doctors treat with the drug: "the hammering heart and the certainty
#: you're dying, out of the blue, *is exactly the kind of thing doctors very often treat with* escitalopram" (holdout280 ir09),
#: "panic like that is what GPs usually treat with sertraline" (not "is not the kind of thing", no match).
_KIND_TREATED_WITH = re.compile(
    r"\s*,?\s+(?:is|are|was|were|sounds?\s+like)\s+(?:(?:exactly|just|precisely|very\s+much|really|definitely|absolutely|often)\s+)?"
    r"(?:the\s+(?:very\s+|same\s+)?(?:kind|sort|type)s?\s+of\s+(?:things?|troubles?|problems?|symptoms?|episodes?|attacks?|picture)\s+"
    r"|something\s+|what\s+)(?:that\s+)?(?:(?:most|many|a\s+lot\s+of)\s+)?(?:doctors|GPs|physicians|psychiatrists|prescribers|clinicians"
    r"|specialists|we|they)\s+(?:(?:very|quite|so)\s+)?(?:(?:often|usually|commonly|routinely|sometimes|typically|regularly|frequently"
    r"|now|successfully)\s+)*(?:treat|manage|tackle|help|ease)\s+with\s+(?:(?:a|an)\s+)?(?:(?:short|low|small|single|daily|low-dose)\s+)?"
    r"(?:(?:course|dose)s?\s+of\s+)?",
    re.IGNORECASE,
)
#: Between a condition and the one that says whose it is, before a passive use verb: "nightmares *in* PTSD are often
#: helped by prazosin" (the nightmares are the use, the PTSD only says whose).
_WHOSE = re.compile(
    r"^\s+(?:in|of|from|with|after|caused\s+by|linked\s+to|related\s+to|due\s+to)\s+(?:the\s+|people\s+with\s+)?$", re.IGNORECASE
)


def _treated_with(text: str, named: list[tuple[int, int, str]]) -> dict[int, int]:
    """The conditions (their index in ``named``) told as the subject of a passive use verb, and where the drug that treats
    them must be named: "Lyme disease is usually treated with amoxicillin"; a list shares the verb ("hot flushes and night
    sweats can be managed with clonidine"); a condition saying whose the trouble is passes it to the trouble ("nightmares in
    PTSD")."""
    out: dict[int, int] = {}
    for index in range(len(named) - 1, -1, -1):
        start, end, _ = named[index]
        passive = _TREATED_WITH.match(text, end) or _KIND_TREATED_WITH.match(text, end)
        later = out.get(index + 1)
        between = text[end : named[index + 1][0]] if later is not None else ""
        if passive:
            out[index] = passive.end()
        elif later is not None and (_LIST_GAP.match(between) or between.isspace()):
            # (or the next one's words take in the "and": "stage fright *and exam nerves*")
            out[index] = later
        elif later is not None and _WHOSE.match(between):
            out[index] = out.pop(index + 1)
    return out


#: The body part or trouble eased as what lets the sleep come: "half a tab in the afternoon, and *my legs* let me sleep",
#: "the spasms finally allow her to sleep": the relief of the treated trouble, not a sleep use.
_EASED_PART = re.compile(
    r"\b(?:my|his|her|their|your|our|the)\s+(?:legs?|arms?|back|neck|shoulders?|knees?|hips?|feet|foot|muscles|spasms|cramps|joints"
    r"|body|hands?|stiffness|pain|aches?)\s+(?:(?:now|finally|actually|at\s+last|(?:have|has)\s+(?:started\s+to|begun\s+to))\s+)?$",
    re.IGNORECASE,
)


#: A dose taken at a time of the evening or night because the drug itself makes one sleepy, the sleepiness after it ("Dana
#: now takes 300 mg of the extended-release tablet each evening, because it makes her drowsy"): a side effect the time suits.
_TIMED_FOR_ITS_DROWSINESS = re.compile(
    r"\b(?:at\s+(?:night|bedtime|nighttime|night-time)|before\s+bed|(?:in\s+the|each|every)\s+(?:evening|night)s?|in\s+the\s+evenings)\b"
    r"[^.;!?]{0,20}?,?\s*(?:because|as|since|given\s+that)\s+(?:it|they|this|these|the\s+(?:tablets?|pills?|medicine|capsules?))\s+"
    r"(?:(?:can|may|might|will|does|do|often|usually|tends\s+to)\s+)?$",
    re.IGNORECASE,
)


#: "Calms" said of what the drug does, before a trouble: a use of a named trouble ("often calms the hot flushes"), not of a bare
#: symptom ("it calms the joint pain", "calms the pain signals": an approved use's).
_CALMS = re.compile(r"(?:calms|calmed)\b", re.IGNORECASE)


#: The way to a trouble (a use verb of :data:`_USE_VERB`), and the subject said to be that way: "*Levothyroxine* is the quickest
#: way to drop a dress size" (the use is the subject's: not "Walking is the best way to lose weight, and metformin treats
#: diabetes"; a pronoun, "it's the easiest way to ...", is the drug the check reads it as).
_WAY_TO = re.compile(
    r"(?:quickest|fastest|easiest|best|surest|simplest|cheapest|only|secret|perfect|ideal|go-to)\s+(?:way|shortcut|route|trick|answer"
    r"|fix|solution|weapon|tool)\s+to\b",
    re.IGNORECASE,
)
_WAY_SUBJECT = re.compile(
    r"(?P<subject>[\w’'-]+)\s*(?:\s(?:is|are|was|were|remains?)|['’]s|['’]re)\s+(?:(?:probably|simply|honestly|really|by\s+far|still|now"
    r"|often|truly|easily|just|also)\s+)?(?:the|a|an|your|their|our|my)\s+$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECTS = frozenset(("it", "they", "this", "these", "that", "those"))


#: "a (lovely, gentle)" said of a subject before "sleeping pill": the use of that subject (see :func:`_way_subject`).
_A_SLEEPING_PILL = (
    r"\ban?(?:\s+(?:lovely|gentle|good|great|mild|nice|decent|proper|brilliant|safe|little|cheap|handy|useful|wonderful|perfect"
    r"|fantastic|excellent|super|light|soft|harmless|natural|non-addictive))*"
)
_IS_A_SLEEPING_PILL = re.compile(_A_SLEEPING_PILL + r"(?=\s+sleeping\s+(?:pills?|tablets?|aids?)\b)", re.IGNORECASE)
_A_SLEEPING_PILL_BEFORE = re.compile(_A_SLEEPING_PILL + r"\s+$", re.IGNORECASE)
_SLEEPING_PILL = re.compile(r"sleeping\s+(?:pills?|tablets?|aids?)\b", re.IGNORECASE)
_IS_SUBJECT = re.compile(
    r"(?P<subject>[\w’'-]+)(?:\s+\d+(?:\.\d+)?\s?mg)?\s*(?:\s(?:is|are|was|were|remains?)|['’]s|['’]re)\s+"
    r"(?:(?:really|just|simply|basically|honestly|essentially|also|still|such)\s+)?$",
    re.IGNORECASE,
)


def _way_subject(text: str, verb_start: int) -> int | None:
    """Where the subject said to be "the quickest way to" a trouble, or "a gentle sleeping pill", starts: the drug the use must
    be (see :data:`_WAY_TO`, :data:`_A_SLEEPING_PILL`)."""
    if _WAY_TO.match(text, verb_start):
        m = _WAY_SUBJECT.search(text, max(0, verb_start - 80), verb_start)
    elif _IS_A_SLEEPING_PILL.match(text, verb_start):
        m = _IS_SUBJECT.search(text, max(0, verb_start - 80), verb_start)
    else:
        return None
    if m is None or m.group("subject").lower() in _PRONOUN_SUBJECTS:
        return None
    return m.start("subject")


def find_uses(vocab: ConditionVocabulary, text: str) -> list[Use]:
    """Every condition in ``text`` that a use verb (or a list continuing one) introduces, and
    every outcome stated without a hedge ("half a tab has me out like a light"). A condition
    that names the patients given it ("patients with diabetes who have burning pain in the
    feet") passes its verb on to the trouble they have."""
    text = vocab.names_as_brands(text)
    out: list[Use] = []
    previous: Use | None = None
    #: the last use told as the reason it was taken, which the signs told on in its clause continue
    reason: Use | None = None
    named = vocab.find(text)
    treated_with = _treated_with(text, named)
    for index, (start, end, name) in enumerate(named):
        use = None
        because = False
        agent: int | None = None
        if index in treated_with:
            use = Use(name, start, start, end, agent=treated_with[index])
        elif previous and (_LIST_GAP.match(text[previous.end : start]) or _WHO_HAVE.match(text[previous.end : start])):
            use = Use(name, previous.verb_start, start, end, previous.reported, previous.inferred)
        elif (
            reason
            and vocab.is_lay(name, text, start, end)
            and _REASON_GOES_ON.match(text[reason.end : start])
            and not _not_a_use(text, name, reason.verb_start, start)
        ):
            # "kept me on 300 mg because every Sunday night I'd lie awake with my heart pounding, dreading the work week"
            use = Use(name, reason.verb_start, start, end, reason.reported, inferred=True)
        else:
            verb_start = _verb_before(text[:start])
            if verb_start is None:
                instead = _BUT_INSTEAD.search(text, max(0, start - 160), start)
                verb_start = instead.start("verb") if instead else None
            if verb_start is None and _HEALS.match(text, end):
                healing = _HEAL_LEAD.search(text, max(0, start - 80), start)
                verb_start = healing.start() if healing else None
            if verb_start is None and _GOES.match(text, end):
                made = _MADE_LEAD.search(text, max(0, start - 60), start)
                verb_start = made.start() if made else None
            if verb_start is None and vocab.is_lay(name, text, start, end):
                kept = _KEPT_FROM_LEAD.search(text, max(0, start - 60), start)
                verb_start = kept.start() if kept else None
            pointed = _DEMONSTRATIVE_BEFORE.search(text, 0, start)
            if verb_start is None and pointed and not vocab.is_symptom(name):
                # a condition named after a pointing word ("can take the edge off *those* pins and needles"): a bare
                # symptom there ("that pain") points back at the condition told before (find_anaphoric_uses)
                verb_start = _verb_before(text[: pointed.start()])
            if verb_start is None and not vocab.is_symptom(name):
                kind = _FOR_KIND.search(text, max(0, start - 120), start)
                verb_start = kind.start() if kind else None
            if verb_start is None and not vocab.is_symptom(name):
                glossed = _FOR_GLOSSED.search(text, max(0, start - 140), start)
                verb_start = glossed.start() if glossed else None
            if verb_start is None:
                verb_start = _reason_before(text[:start], text[end:])
                because = verb_start is not None
            inferred = verb_start is None
            if verb_start is None:
                verb_start = _situation_before(text[:start])
            if verb_start is None:
                verb_start = _on_it_since_it_began(text[:start], text[end:])
            if verb_start is None and vocab.is_lay(name, text, start, end):
                # (a condition named after "after" is a time: "prescribed tizanidine after her stroke")
                verb_start = _given_after(text[:start])
            if verb_start is None:
                # (named or lay: "When I can't sleep, I take it", "If the itch is bad at night, give one 10 mg tablet")
                verb_start = _fronted_situation(text[:start], text[end:])
                if verb_start is not None and any(verb_start <= s and e <= start and n != name for s, e, n in named):
                    # told by another trouble doing it: "When my anxiety keeps me awake at night, I take half of a 0.5":
                    # the situation is that trouble's (its own use), not a second one
                    verb_start = None
            if verb_start is None:
                # (or the drug named in the main clause as the remedy: "If you get those deep, sore bumps along your jawline every
                # month, spironolactone is the pill dermatologists reach for"; the use is that drug's or none)
                remedy = _fronted_remedy(text[:start], text, end)
                if remedy is not None:
                    verb_start, agent = remedy
            if verb_start is None:
                verb_start = _occasion_before(text[:start], text[start:end], text[end:])
            if verb_start is None:
                verb_start = _group_given(text[:start], text[end:])
            if verb_start is None:
                verb_start = _advised(text[:start], text[end:])
            if verb_start is None:
                verb_start = _fronted_group_given(text[:start], text[end:], start)
            if verb_start is None:
                verb_start = _the_one_they_take(text[:start], text[end:])
            if verb_start is None:
                verb_start = _told_in_story(text, start, end)
            if (
                verb_start is None
                and (pill := _A_SLEEPING_PILL_BEFORE.search(text, max(0, start - 80), start))
                and _SLEEPING_PILL.match(text, start)
            ):
                verb_start = pill.start()  # "Seroquel 25 mg is a lovely gentle sleeping pill": the subject's use (see _way_subject)
            if verb_start is None and vocab.is_lay(name, text, start, end) and _now_on_it(text[:start], text[end:]):
                verb_start = start  # "Tom, who spent his twenties doubled over with ..., now gives himself the same weekly shot"
            lay_group = verb_start is not None and not inferred and vocab.is_lay(name, text, start, end)
            if lay_group and verb_start is not None and _not_a_use(text, name, verb_start, start):
                # a group fronted with its trouble in lay words, a patient group to the "for", then the prescribers giving it in the
                # main clause: "For members who keep getting dragged out of sleep by the same call, ..., docs at the VA have been
                # prescribing it at bedtime"
                fronted = _fronted_group_given(text[:start], text[end:], start)
                verb_start, inferred = (fronted, True) if fronted is not None else (verb_start, inferred)
            if verb_start is not None and vocab.is_symptom(name) and _CALMS.match(text, verb_start):
                verb_start = None  # "it calms the joint pain": as often an approved use's symptom as a use of its own
            if (
                verb_start is not None
                and not _not_a_use(text, name, verb_start, start)
                and not _SIDE_EFFECT_AFTER.match(text, end)
                and not _CARERS_AFTER.match(text, end)
            ):
                inferred = inferred or bool(_KEPT_OFF_OTHER_PILLS.match(text, verb_start))
                agent = _way_subject(text, verb_start) if agent is None else agent
                use = Use(name, verb_start, start, end, bool(_REPORTED.match(text, verb_start)), inferred, agent)
        if (
            use
            and vocab.improves_with(name)
            and (_LOST_TO_INJURY.match(text[end:]) or _LOST_TO_A_TRIGGER.match(text[end:]) or _EASED_PART.search(text[: use.verb_start]))
        ):
            use = None
        following = named[index + 1] if index + 1 < len(named) else None
        if use and _TIMED_FOR_ITS_DROWSINESS.search(text, max(0, start - 120), start) and text[start:end].lower().startswith("make"):
            use = None  # "takes 300 mg each evening, because it makes her drowsy": a dose timed to a side effect
        if use and not (following and _WHO_HAVE.match(text[end : following[0]])):
            out.append(use)
        previous = use
        # (a reason found by the reason's own pattern, or a use verb whose reach holds "because": "put me on gabapentin because
        # I couldn't sleep, with my stomach in knots before every work day")
        because = because or bool(use and _BECAUSE.search(text, use.verb_start, start))
        reason = use if use and (because or (reason and use.verb_start == reason.verb_start)) else None
    for start, end, name in vocab.find_outcomes(text):
        if any(u.start < end and start < u.end for u in out) or _HEDGE.search(re.split(r"[,;:.!?]", text[:start])[-1]):
            continue
        out.append(Use(name, start, start, end, inferred=True))
    return sorted(out, key=lambda u: u.start)


#: A lead-in that ends with the medicine's use, its purpose left to each item: "Ivermectin tablets are also used:" over "- for
#: river blindness" (not one that asks or denies: "Is it used:", "It is not used:").
USED_LEAD = re.compile(
    r"^(?![^:]*\b(?:not|never|no\s+longer)\b)(?!\W*(?:is|are|was|were|can|could|should)\b)[^:?]{3,120}\b(?:is|are)\s+(?:also\s+|sometimes\s+|often\s+)?"
    r"(?:used|prescribed|given|taken)\s*:\s*$",
    re.IGNORECASE,
)


def find_listed_uses(vocab: ConditionVocabulary, lead: str, item: str) -> list[Use]:
    """Uses in a list item that its lead-in gives ("What people use gabapentin for:" over "- hot
    flushes"): the uses of the lead-in and the item read as one sentence, in the item's offsets
    (the verb at the item's start); a lead-in that ends with the use (:data:`USED_LEAD`) gives the item's
    own purpose ("Ivermectin tablets are also used:" over "- for a very itchy rash caused by tiny mites")."""
    joined = lead.rstrip().rstrip(":").rstrip() + " "
    reach = len(joined) + (1 if USED_LEAD.match(lead.strip()) else 0)
    return [
        Use(u.condition, 0, u.start - len(joined), u.end - len(joined), u.reported, u.inferred)
        for u in find_uses(vocab, joined + item)
        if u.start >= len(joined) and u.verb_start < reach
    ]


#: A dose whose verb is unsaid: "*One* before the ferry", "*half a tab* on long drives".
_DOSE = (
    # with its strength: "*Half a 10 mg tablet* before court hearings", "*a 4 mg melt* before the ferry sails"
    r"(?:(?:one|two|half|a quarter)(?:\s+(?:of\s+)?(?:a\s+)?(?:[\d.]+\s?mg\s+)?(?:tab|tablet|pill|capsule|bar|wafer|melt)s?)?"
    r"|(?:a|a single|an extra|half a)\s+(?:[\d.]+\s?mg\s+)?(?:tab|tablet|pill|capsule|bar|dose|wafer|melt)s?"
    # the drug named as the unit: "*A single atenolol* before my viva", "*half a Xanax* on the plane"
    r"|(?:a single|an extra|half an?|one|two)\s+[A-Z][\w-]+|(?:a single|an extra|half an?)\s+[a-z][\w-]+)"
)
#: How long before an occasion a dose is taken: "one tablet, taken *about an hour* before she walks on stage".
_LEAD_TIME = (
    r"(?:\s*,?\s*(?:taken\s+)?(?:(?:about|around|roughly|approximately|some|at least|up to)\s+)?"
    r"(?:an?|one|two|three|half an?|an? half|\d+(?:\s*(?:-|–|to|or)\s*\d+)?|ten|fifteen|twenty|thirty|forty(?:-five)?|sixty|ninety)"
    r"\s+(?:minutes?|mins?|hours?|hrs?)(?:\s+or\s+(?:so|two))?)"
)
#: Taking it, or a dose of it, right before an occasion: "take propranolol *before a
#: presentation*", "I pop one *on long car journeys*", "One *before the ferry* and I'm fine", "one 10 mg
#: tablet, *taken about an hour* before she walks on stage".
#: ... or a bare amount after a comma: "Her family doctor's answer was propranolol*, 10 mg* about an hour before each hearing".
_AMOUNT_AT = r"(?:(?:about|around|just|only)\s+)?\d[\d.]*\s?(?:mg|mcg|milligrams?)(?:\s+(?:tab|tablet|pill|capsule)s?)?"
_TAKEN_AT = re.compile(
    rf"(?:(?:{_TAKE}|\btaken|\bswallow(?:s|ed|ing)?){_TAKE_GAP}{{0,6}}?{_LEAD_TIME}?|(?:^|[\"“‘(:,]|\b(?:and|then|just|only))\s*(?:{_DOSE}|{_AMOUNT_AT}){_LEAD_TIME}?)\s*$",
    re.IGNORECASE,
)
#: The taking right after an occasion that opens its sentence: "Before every match *she takes*", maybe after the occasion's own
#: short clause closed by a comma: "Before every final-round interview *I've had, I took* ten milligrams" (gaps143a).
_TAKEN_AFTER = re.compile(
    r"^(?:\s+(?:that\s+)?(?:I|you|he|she|we|they)(?:[’'](?:ve|d|s))?(?:\s+[\w’'-]+){1,2}?\s*,)?"
    rf"\s*,?\s*(?:(?:(?:I|you|he|she|we|they|[A-Z][a-z]+)\s+(?:always\s+|usually\s+|just\s+)?)?{_TAKE}\b"
    # ... or by a person told by a role, the dose swallowed: "Before every away match the keeper swallows one of his dad's
    # propranolol", "ahead of the Messiah our tenor takes a 10 mg tablet" (a dose follows: not "the coach takes the team out")
    r"|(?:the|our|my|his|her|their|your|a)\s+(?:[\w’'-]+\s+)?[\w’'-]+\s+(?:(?:always|usually|just|now|still|often)\s+)?"
    r"(?:take|takes|took|swallow|swallows|swallowed|pop|pops|popped)\s+(?:(?:a|an|one|half|two)\b|\d))",
    re.IGNORECASE,
)
_OCCASION = re.compile(r"(?:before|ahead of|on|during|for|prior to|the (?:day|morning|night|evening|afternoon) of)\b", re.IGNORECASE)
#: A lead-in before an occasion that opens its sentence: "*So now,* before every audition, I take ...", "*These days,* ahead
#: of a big match, she takes ...".
_LEAD_IN = re.compile(
    r"^\W*(?:(?:so|and|now|then|these\s+days|nowadays|today|since\s+then|ever\s+since|after\s+that|from\s+then\s+on)\s*,?\s*)*$",
    re.IGNORECASE,
)
#: An occasion opening a clause after the trouble told, the taking right after it: "Before a solo her heart would thud against
#: her ribs ..., *so* before every recital she now swallows a 10 mg tablet", "her hands shook*, and* ahead of each concert he
#: takes one", "...*;* now, before a big talk, I pop half" (the clause opener, then a lead-in).
_CLAUSE_LEAD_IN = re.compile(
    r"(?:(?:[,;:—–]|\s-)\s*(?:(?:and|but|so|then)\s+)?|\bso\s+)"
    r"(?:(?:so|and|now|then|these\s+days|nowadays|today|since\s+then|ever\s+since|after\s+that|from\s+then\s+on)\s*,?\s*)*$",
    re.IGNORECASE,
)
#: ... the taking in that clause by someone, a dose swallowed (not a breath, a moment or the stage "taken": "so before every
#: recital she takes a deep breath", "takes the stage").
_TAKEN_IN_CLAUSE = re.compile(
    r"^\s*,?\s*(?:I|you|he|she|we|they|(?-i:[A-Z])[a-z]+)\s+"
    r"(?:(?:now|always|usually|just|still|then|often|normally|will|would|only|also)\s+){0,2}"
    r"(?:take|takes|took|swallow|swallows|swallowed|pop|pops|popped|chew|chews|chewed)\s+"
    r"(?!(?:(?:a|one|two|three|a\s+few|some)\s+(?:deep|long|slow|big|calming)\s+breaths?|a\s+breath|(?:a|one)\s+(?:moment|minute|second|"
    r"walk|seat|sip|bow|break|look|stroll)|(?:the|a)\s+(?:stage|floor|mic|microphone|podium|pulpit|lectern)|time|care|a\s+few\s+minutes)\b)",
    re.IGNORECASE,
)


#: An outcome hedged, supposed or feared is a possible effect, not a use: "it *can* knock you out",
#: "*if* it puts you to sleep", "*some people* sleep like a log on it", "he's *worried* they'll knock him out".
_HEDGE = re.compile(
    r"\b(?:can|could|may|might|if|unless|whether|some people|in (?:trials|studies)"
    r"|worr(?:y|ies|ied|ying)|afraid|scared|concerned|fears?|feared|wonder(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)


#: A sentence opening with a dose and what followed it: "One of those and I was the only one not
#: green on the whale-watching boat", "Half a tab and I'm fine on the ferry".
_DOSE_AND = re.compile(rf"^\W*{_DOSE}(?:\s+of\s+(?:those|these|them|mine))?\s+(?:and|&)(?=\s)", re.IGNORECASE)
#: A sentence opening with a dose told by its tablets or strength, maybe taken by someone: "Half a 10 mg tab and I finally
#: drift off", "One tablet at lights-out does it", "She has 2 mg and sleeps", "I take 5 mg and I'm gone" (not another
#: amount, "Half an hour of reading and ...", nor another medicine's, "500 mg of magnesium"; not a dose in the morning).
_DOSE_OPENS = re.compile(
    r"^\W*(?:(?:then|so|and|now)\s+)?(?:(?:I|you|he|she|we|they)\s+(?:(?:just|only|then|usually|normally|always)\s+)?"
    r"(?:take|takes|took|pop|pops|popped|have|has|had|get|gets|got|swallow|swallows|swallowed)\s+(?:(?:just|only)\s+)?)?"
    r"(?:(?:one|two|half|a quarter|a|a single|an extra)\s+(?:of\s+)?(?:an?\s+)?(?:[\d.]+\s?mg\s+)?"
    r"(?:tab|tablet|pill|capsule|wafer|melt|dose)s?\b"
    r"|(?:about\s+|around\s+|just\s+)?[\d.]+\s?(?:mg|milligrams?)\b(?!\s+of\b))"
    r"(?![^.;!?]{0,60}\b(?:in the morning|with breakfast|earlier in the day|first thing)\b)",
    re.IGNORECASE,
)


def opens_with_dose(text: str) -> bool:
    """Does the sentence open with a dose of an unnamed medicine (see :data:`_DOSE_OPENS`)?"""
    return _DOSE_OPENS.match(text) is not None


def _occasion_before(head: str, condition: str, tail: str) -> int | None:
    """Start of the taking that a condition named as an occasion ("before the ferry", "ahead
    of a big speech") follows, or of the dose opening its sentence ("One of those and I was
    fine on the boat"); a "for" opening the condition is its own use verb, and so is an
    occasion that opens its sentence, maybe after a lead-in, with the taking right after it ("Before every match she
    takes propranolol", "Ahead of my driving test, I took one", "So now, before every audition, I take half"), or that opens a
    clause after the trouble told, a dose swallowed right after it ("..., so before every recital she now swallows a 10 mg
    tablet")."""
    occasion = _OCCASION.match(condition)
    if occasion is None:
        return None
    if occasion.group().lower() == "for" or (_LEAD_IN.match(head) and _TAKEN_AFTER.match(tail)):
        return len(head)
    if _CLAUSE_LEAD_IN.search(head, max(0, len(head) - 60)) and _TAKEN_IN_CLAUSE.match(tail):
        return len(head)  # "..., so before every recital she now swallows a 10 mg tablet"
    offset = max(0, len(head) - 120)
    taken = _TAKEN_AT.search(head[offset:])
    if taken:
        return offset + taken.start()
    dose = _DOSE_AND.match(head)
    return dose.start() if dose and not re.search(r"[.;!?]", head) else None


#: People with a condition, then given the drug in the same sentence: "the residents *with* dementia
#: who shout at night, the doctor is *giving them* quetiapine" (an active giving to them: not "patients
#: with dementia treated with antipsychotics", a warning).
_GROUP_WITH = re.compile(
    r"\b(?:residents|patients|people|those|anyone|men|women|children|kids|adults|folks|clients|customers)\s+with\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GIVEN_THEM = re.compile(
    r"\b(?:giv(?:e|es|ing)|gave|prescrib(?:e|es|ed|ing)|put(?:s|ting)?|start(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:them|him|her)\b",
    re.IGNORECASE,
)


#: Taking it, then the reason in a clause whose subject is the condition: "put him on a low dose
#: *because* things in the bedroom were over far too quickly", "started the tablets *since* the hot
#: flushes were unbearable", "prescribed gabapentin *as* her hot flashes kept waking her".
#: "because" reaches past a longer telling of the dose and when ("My psychiatrist added 10 mg of Adderall in the
#: mornings last winter because my low mood just would not lift").
#: The person may be told with a habit and no verb before the trouble: "because I usually finished within a couple of
#: minutes", "because he had always been finishing within a minute".
_WHEN_WHO = (
    r"(?:\s+(?:by|at|around|from|after|on|in|most|every|each|come|some|many)\b(?:\s+[^\s,.;:!?]+){0,5}?,?)?"
    # (or now: "get it from their doctor precisely because they're finished before their partner has even gotten going",
    # holdout260 hx04)
    r"\s+(?:I|you|he|she|we|they)(?:(?:[’']d(?:\s+be)?|[’'](?:re|m|s)|\s+(?:was|were|would|had|kept|had been|would be|are|is|am))"
    r"(?:\s+(?:already|always|just|still|often|usually))?|\s+(?:always|usually|often|still))(?:\s+been)?"
    # ... or only the time of day, the trouble its subject: "because by six o'clock every evening the pull to open a bottle of
    # wine used to be all she could think about", "because most nights the urge to drink ..." (a time of day, not "after the stroke")
    r"|\s+(?:(?:by|at|around|from|after|in|on|most|every|each|come|some|many)\s+)?(?:[^\s,.;:!?]+\s+){0,4}?"
    r"(?:o[’']clock|evenings?|nights?|mornings?|afternoons?|p\.m\.|a\.m\.|pm|am|teatime|lunchtime|bedtime|midnight|weekends?)"
    r"(?:\s+(?:at|by|around)\s+[^\s,.;:!?]+)?,?"
)
#: The dose told in an aside between the taking and the reason: "put me on a low dose of Paxil*, 20 mg at night,* because".
_DOSE_ASIDE = r"(?:,\s+(?:about\s+|just\s+|only\s+)?\d[\d.,]*\s?(?:mg|mcg|micrograms?|milligrams?|ml)\b[^,;:!?()]{0,30}?,)"
#: When the dose is taken, told as a clause with a couple as its subject: "time the sertraline a few hours *before he and his
#: wife planned* to be intimate, because", "before he and his partner had* sex, because".
_BEFORE_COUPLE = (
    r"(?:\s+(?:just\s+|right\s+|shortly\s+)?before\s+(?:I|he|she|we|they|you)\s+and\s+(?:his|her|my|their|your|our)\s+[\w-]+"
    r"(?:\s+[\w’'-]+)?)"
)
_REASON = re.compile(
    rf"{_TAKE}(?:(?:{_TAKE_GAP}|{_DOSE_ASIDE}){{0,8}}?\s+(?P<why>because|since|as|cos|[’']cause)"
    rf"|(?:{_TAKE_GAP}|{_DOSE_ASIDE}){{9,13}}?\s+(?:because|cos|[’']cause)"
    # ... also after a comma: "added 300 mg of lithium to my Zoloft two years ago, because three antidepressants in a row hadn't shifted"
    rf"|(?:{_TAKE_GAP}|{_DOSE_ASIDE}|{_BEFORE_COUPLE}){{0,13}}?,\s+(?:because|cos|[’']cause))"
    # ... the trouble told as what happens without it, its person bare: "takes a 7.5 mg half-tablet at bedtime because otherwise
    # she lies there listening to the hall clock" (holdout316 kb09), "because without it he's up till four"
    r"(?:\s+(?:otherwise|or\s+else|without\s+(?:it|them|one)),?(?:\s+(?:I|you|he|she|we|they)(?:[’']s|[’']re|[’']m|[’']d)?)?)?"
    # the reason's time and person before its trouble: "because by four o'clock every afternoon I was counting the minutes
    # until the first glass of wine", "because most nights she'd be ..."
    rf"(?:{_WHEN_WHO})?"
    rf"(?:\s+{_FILLER}){{0,3}}\s+$",
    re.IGNORECASE,
)
#: A trouble told as bad only when the medicine was begun, after the reason: "started on 30 mg for a week because the nausea *was
#: awful at first*" (holdout323 ki08; gaps150c), "because the dizziness was bad in the first few days": the start-up side effect
#: a dose step was for, not a use (not "because the pain was awful", "because at first I couldn't sleep").
_AT_THE_START = re.compile(
    r"^\s+(?:was|were|is|got|felt|had\s+been|could\s+be|can\s+be)\s+(?:[\w’'-]+\s+){0,3}?(?:at\s+first|to\s+(?:begin|start)\s+with"
    r"|(?:in|for|over)\s+the\s+first\s+(?:few\s+|couple\s+of\s+)?(?:days?|weeks?|fortnight|month|doses?)|early\s+on|initially"
    r"|at\s+the\s+(?:start|beginning)|when\s+(?:I|she|he|they|we|you)\s+(?:first\s+)?started(?:\s+(?:it|on\s+it|taking\s+it))?)\b",
    re.IGNORECASE,
)
#: "since" and "as" also tell a time or a manner ("on it since the stroke", "take it as the migraine
#: starts"): a reason only when the condition is the subject of a state ("since the hot flushes were").
_STATE = re.compile(
    r"^\s+(?:(?:just|really|always|still|never|often|kept|keep|keeps)\s+)?(?:was|were|is|are|had|has|have|became|got|get|gets"
    r"|seemed|would|wouldn[’']t|could|couldn[’']t|did|didn[’']t|made|make|makes|woke|wake|wakes|ruined|took|left)\b",
    re.IGNORECASE,
)


def _reason_before(head: str, tail: str) -> int | None:
    """Start of the taking whose reason the condition opens ("put him on a low dose because things
    in the bedroom were over far too quickly"); not a condition that had got better ("kept taking it
    because the headaches had gone": a benefit told)."""
    offset = max(0, len(head) - 160)
    reason = _REASON.search(head[offset:])
    if reason is None or _IMPROVED.match(tail) or _AT_THE_START.match(tail):
        return None
    if (reason.group("why") or "").lower() in ("since", "as") and not _STATE.match(tail):
        return None
    return offset + reason.start()


#: The drug named as the one a group with the condition takes: "It is also *the tablet many of you in the early weeks of*
#: pregnancy end up with", "the pill so many women with PCOS swear by" (not one they must not take: "the pill
#: women with migraine should avoid").
_THE_ONE_THEY_TAKE = re.compile(
    r"\b(?:the|a)\s+(?:(?:little|small|white|same|usual|go-to)\s+)?(?:tablet|pill|capsule|medicine|medication|drug|spray|jab|injection"
    r"|inhaler|cream|one)s?\s+(?:that\s+)?(?:so\s+)?(?:(?:many|most|lots\s+of|plenty\s+of|a\s+lot\s+of|countless)\s+)?(?:of\s+)?"
    rf"(?:you|us|them|{_GROUP_NOUN}|{_PEOPLE_BY_ROLE})\s+(?:with|in|during|who\s+(?:have|has|get|suffer\s+from))\s+"
    r"(?:[^\s.;:!?,]+\s+){0,6}$",
    re.IGNORECASE,
)
_NOT_TAKEN = re.compile(
    r"^[^.;:!?]{0,60}?\b(?:can(?:no|[’'])t|cannot|should(?:n[’']t|\s+not)|must(?:n[’']t|\s+not)|avoid|never|don[’']t|do\s+not|aren[’']t"
    r"|are\s+not|warned|told\s+not)\b",
    re.IGNORECASE,
)


def _the_one_they_take(head: str, tail: str) -> int | None:
    """Start of the drug named as the one a group with the condition takes (see ``_THE_ONE_THEY_TAKE``)."""
    offset = max(0, len(head) - 160)
    one = _THE_ONE_THEY_TAKE.search(head, offset)
    return one.start() if one and not _NOT_TAKEN.match(tail) else None


#: Advice to the people with the trouble, a dose as the advice: "My advice to the white-knuckle crowd is one 25 mg tablet an hour
#: before the flight", "my tip for nervous flyers: half a tablet at the gate" (not advice that is no dose: "my advice to people
#: with kidney disease is to skip it").
_ADVICE_TO = re.compile(
    r"\b(?:my|our|the|a|one|his|her|their)\s+(?:(?:best|top|usual|standard|go-to|simple|number-one|own)\s+)?"
    r"(?:advice|tip|suggestion|recommendation|remedy|trick|prescription)\s+(?:to|for)\s+(?:(?:the|those|any|all|my|our|your|fellow)\s+)?$",
    re.IGNORECASE,
)
_ADVICE_IS_A_DOSE = re.compile(
    r"^(?:\s+[\w’'-]+){0,3}?\s*(?:,\s*)?(?:is|was|would\s+be|has\s+always\s+been|:|—|–|-)\s+(?:(?:simple|easy|always)[:,]?\s+)?"
    r"(?:(?:to\s+)?(?:take|try|pop|swallow|have)\s+)?(?:just\s+|only\s+)?(?:one|two|half|a|an|\d)\b(?![^.;:!?]{0,30}\b(?:doctor|GP|pharmacist|word)\b)",
    re.IGNORECASE,
)


def _advised(head: str, tail: str) -> int | None:
    """Start of the advice given to the people with the trouble when the advice is a dose (see ``_ADVICE_TO``)."""
    offset = max(0, len(head) - 120)
    advice = _ADVICE_TO.search(head, offset)
    return advice.start() if advice and _ADVICE_IS_A_DOSE.match(tail) else None


def _group_given(head: str, tail: str) -> int | None:
    """Start of the group a condition belongs to when the rest of its sentence gives them the drug."""
    group = _GROUP_WITH.search(head[-80:])
    return len(head) - len(head[-80:]) + group.start() if group and _GIVEN_THEM.search(tail) else None


#: The condition, then the drug given for it: "burning like needles in both feet every night*, so the
#: doctor give him* amitriptyline", "she couldn't sleep*, so her GP prescribed* zopiclone".
_PRESCRIBER = (
    # "the care home doctor", "the home's GP"
    r"(?:(?:(?:the|his|her|my|their|our|a|an|your)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:doctor|doc|GP|physician|psychiatrist|nurse|prescriber|consultant|specialist|dermatologist|neurologist|(?:uro-?)?gyn(?:a)?ecologist"
    # (the obstetrician by the letters a patient calls her: "My OB took one look at me", "her OB-GYN")
    r"|(?-i:OB(?:[- /]?GYN)?|Ob-?[Gg]yn)"
    # (the fertility doctor by her letters: "my RE's bloodwork", "our REI")
    r"|(?-i:REI?)"
    r"|dentist|pharmacist|chemist|p(?:a)?ediatrician|geriatrician|obstetrician|cardiologist|endocrinologist|rheumatologist|urologist|oncologist|haematologist|hematologist"
    # ... or the place that gave it: "the clinic gave him clonidine", "the ward started her on it"
    r"|clinician|practitioner|provider|midwife|surgeon|clinic|hospital|ward|team|practice"
    # ... or the veterans' health service by its letters: "The VA gives them prazosin at bedtime" (holdout300 jl07)
    r"|(?-i:VA)"
    # (the ear, nose and throat doctor by the letters a patient calls her: "Last month my ENT started me on ...")
    r"|(?-i:ENT)"
    # ... or the walk-in service: "Urgent care took one look and gave him amoxicillin", "A&E gave her", "the ER sent him home"
    r"|urgent[- ]care(?:\s+(?:centre|center))?|walk-in(?:\s+(?:centre|center))?|A&E|(?-i:ER)|emergency\s+(?:room|department)"
    r"|casualty|out-of-hours"
    # any specialist by the "-ologist" or "-iatrist" of the trade: "My hepatologist put me on ...", "her gastroenterologist"
    r"|[a-z]+ologist|[a-z]+iatrist"
    # ... or by the clipped name a patient calls them: "my derm started me on doxy", "Neuro has me on ...", "my rheumy"
    r"|derm|neuro|rheumy|psych)s?"
    # ... or by name: "Dr. Patel", "Dr Okafor", "Professor Lim"
    r"|(?:Dr\.?|Doctor|Prof\.?|Professor)\s+(?-i:[A-Z])[\w’'-]+)"
)
#: A prescription sent without a visit: "our family doctor *phoned through* a few of the melts",
#: "the GP *rang in* a script", "*sent over* a prescription", "*wrote him a script* for".
_SENT_IN = (
    r"(?:phoned|phones|rang|rings|called|calls|sent|sends|faxed|emailed|e-?mailed)\s+(?:(?:it|them|one|some)\s+)?(?:in|through|over)\b"
    r"|(?:wrote|writes|written|writing)\s+(?:(?:me|him|her|us|them)\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:script|prescription)"
    # ... or written up on the chart, as a care home's or a ward's doctor does: "the visiting doctor has written up a 25 mg tablet
    # at bedtime", "wrote her up for a small dose of" (not a report or notes written up)
    r"|(?:wrote|writes|written|write)\s+(?:(?:me|him|her|us|them|you)\s+)?up\s+(?:for\s+)?"
    r"(?!(?:[\w’'-]+\s+){0,3}?(?:reports?|notes?|letters?|referrals?|summar(?:y|ies)|results?|minutes|assessments?|care\s+plans?|case"
    r"|findings|visit|observations|history|story|article)\b)"
    # ... or "writes for" the medicine, a prescriber's idiom: "The doctor at the clinic often writes for ivermectin tablets for
    # everybody" (holdout282 it02), "..., so the clinic wrote for ivermectin tablets for everyone" (not a doctor who writes for a
    # paper or a website)
    r"|(?:writes|wrote|write|writing)\s+for(?!\s+(?:a|an|the|his|her|our|their|several|many|local|national|medical)?\s*(?:[\w-]+\s+)?"
    r"(?:paper|papers|newspapers?|magazines?|journals?|blogs?|websites?|sites?|column|press|radio|television|TV|BBC|publications?)\b)"
)
#: Giving it told another way: "the emergency doctor *sent him home with* a week of the capsules", "her
#: clinician *kept her on* topiramate through the summer", "my GP *let me try* a tramadol at bedtime", "the
#: club doctor *handed him* some baclofen", "the walk-in clinic *wrote him a week of* tizanidine", "*wrote her a ten-day
#: course of*" (not "wrote him a week off work").
HANDED_OVER = (
    r"(?:sent|sends|send)\s+(?:(?:me|him|her|them|us|you)\s+)?home\s+with|(?:kept|keeps|keep)\s+(?:me|him|her|them|us|you)\s+on"
    r"|(?:let|lets)\s+(?:me|him|her|them|us|you)\s+(?:try|have|take)|(?:handed|hands)\s+(?:me|him|her|them|us|you)"
    r"|(?:wrote|writes|written)\s+(?:me|him|her|us|them)\s+(?:up\s+)?(?:a|an|one|two|three|a few|a couple of)\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|fortnight|months?|course|supply)(?:[’']s)?\s+(?:worth\s+)?of\b"
)
#: Someone who is not a prescriber passing the medicine on: "A friend from church dropped off a strip of ivermectin", "so her
#: neighbour brought round some", "my sister-in-law gave us a box" (the giver, then :data:`LAY_GAVE`).
_LAY_GIVER = (
    r"(?:(?:a|an|my|his|her|our|their|the|one|some)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:friends?|neighbou?rs?|colleagues?|co-?workers?|workmates?|relatives?|cousins?|sisters?|brothers?|mum|mom|dad|aunt(?:ie)?|uncle"
    r"|grandma|gran|nan|mates?|pals?|(?:mother|father|sister|brother)-in-law|in-laws)"
    r"(?:\s+(?:from|at|of)\s+(?:(?:the|my|his|her|our|their|a|an)\s+)?[\w’'-]+)?"
    # ... with what they do for a living: "a friend of a friend who's a nurse practitioner wrote her Ozempic"
    r"(?:,?\s+(?:who[’']s|who\s+is|who\s+was)\s+(?:an?\s+)?(?:[\w’'-]+\s+){0,2}?(?:nurse|practitioner|doctor|GP|pharmacist|dentist|vet|midwife|physician)s?,?)?)"
)
#: Passed on by someone who is not a prescriber: "dropped off", "brought round", "lent", "shared".
LAY_GAVE = (
    r"(?:(?:dropped|drops|brought|brings|sent|sends|passed|passes)\s+(?:(?:me|him|her|them|us)\s+)?(?:off|round|around|over|along|on)"
    r"|gave|gives|handed|hands|lent|lends|shared|shares|sold|sells"
    # ... or written for them by one who can: "wrote her Ozempic" (not a note, a letter or a card written)
    r"|(?:wrote|writes)\s+(?:me|him|her|them|us)(?!\s+(?:a|an|the|up|off|back|down|out|to|about|that|this|some|notes?|letters?"
    r"|emails?|cards?|texts?|messages?|lines?|poems?)\b))\b"
)
#: A group fronted with its trouble, then the prescribers giving the drug in the main clause: "For women with
#: stubborn, painful breakouts along the jaw ..., dermatologists now reach for spironolactone", "In people whose
#: fingers go white in the cold, many GPs prescribe amlodipine" (not a patient group whose dose is told: "For
#: people with kidney disease, doctors prescribe a lower dose").
_FRONTED_GROUP = re.compile(
    r"(?:^|[;:(—–]\s*)\W*(?:for|in|among)\s+(?:(?:the\s+)?(?:many|most|some|lots\s+of|plenty\s+of)\s+)?"
    rf"(?:(?:young|younger|older|adult|teenage|grown-up)\s+)?(?:{_GROUP_NOUN}|{_PEOPLE_BY_ROLE})\s+"
    r"(?:with|whose|who\s+(?:(?:still|also|often|keep|always)\s+)?(?:have|has|get|gets|suffer\s+from|struggle\s+with|battle|live\s+with"
    # ... or who keep getting it: "For members who keep getting dragged out of sleep by the same call, docs ... have been
    # prescribing it at bedtime"
    r"|deal\s+with|are\s+plagued\s+by|(?:keep|keeps)\s+(?:getting|having)))\s+(?:[^\s.;:!?]+\s+){0,8}$"
    # ... or "who" right before the signs told as what they do: "For colleagues who relive the same incident in their dreams and
    # wake up soaked and shouting, a GP or psychiatrist can prescribe prazosin at night" (the lay words open with their verb)
    r"|(?:^|[;:(—–]\s*)\W*(?:for|in|among)\s+(?:(?:the\s+)?(?:many|most|some|lots\s+of|plenty\s+of)\s+)?"
    rf"(?:(?:young|younger|older|adult|teenage|grown-up)\s+)?(?:{_GROUP_NOUN}|{_PEOPLE_BY_ROLE})\s+"
    r"who\s+(?:(?:still|also|often|regularly|sometimes|always|keep|repeatedly)\s+)?$",
    re.IGNORECASE,
)
_FRONTED_GIVEN = re.compile(
    r"^[^.;:!?]{0,240}?,\s+(?:(?:many|most|some|more\s+and\s+more|a\s+lot\s+of|lots\s+of)\s+)?"
    rf"(?:{_PRESCRIBER}|doctors|GPs|clinicians|prescribers|we)\s+"
    # (two of them: "a GP or psychiatrist can prescribe prazosin at night")
    rf"(?:(?:or|and)\s+(?:an?\s+|your\s+|their\s+)?{_PRESCRIBER}\s+)?"
    # (the prescribers by where they work: "docs at the VA and the county clinic have been prescribing it")
    r"(?:(?:at|from|in)\s+[^,.;:!?]{1,60}?\s+)?"
    r"(?:(?:now|often|usually|commonly|increasingly|routinely|frequently|typically|generally|sometimes|also|will|can|may|tend\s+to"
    r"|have\s+(?:started|begun)\s+to|are\s+starting\s+to|are\s+happy\s+to)\s+){0,2}"
    r"(?:reach(?:es)?\s+for|turn(?:s)?\s+to|prescribe|prescribes|give|gives|offer|offers|recommend|recommends|suggest|suggests|try|tries"
    r"|start\s+(?:them|her|him|you)\s+on|put\s+(?:them|her|him|you)\s+on|add|adds"
    r"|(?:(?:have|has)\s+been|are|is)\s+(?:(?:quietly|increasingly|often|also)\s+)?(?:prescribing|giving|offering|recommending|trying))\b"
    r"(?!\s+(?:an?|the|them\s+an?|you\s+an?)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|low|small|half|different|higher"
    r"|alternative|other)\b)",
    re.IGNORECASE,
)


def _fronted_group_given(head: str, tail: str, start: int) -> int | None:
    """The condition of a group fronted in its sentence ("For women with stubborn breakouts along the jaw, ..."),
    when the main clause has the prescribers give the drug: a use inferred, at the condition."""
    offset = max(0, len(head) - 200)
    group = _FRONTED_GROUP.search(head, offset)
    return start if group and _FRONTED_GIVEN.match(tail) and not _risk_told(head + tail) else None


#: What was tried for the trouble failing, told with it, is more of the trouble: "and no cream touched them", "but
#: nothing the chemist sold helped", "none of the washes worked", "the gels never made a dent" (the negation, up to the
#: verb of helping): a story goes on past it (not the trouble gone: "but it cleared", "no longer hurts").
_FAILED_TRY = (
    r"(?:but\s+)?(?:no|nothing|none|never|(?:did|do|does|would|could|had|has|have)(?:n[’']t|\s+not))"
    r"(?=(?:,?\s+[\w’'-]+){0,5}?\s+(?:(?:ever|really|even|much|seem(?:ed)?\s+to)\s+)?(?:touch|touched|touches|help|helped|helps|work"
    r"|worked|works|shift|shifted|budge|budged|fix|fixed|made\s+a\s+dent|make\s+a\s+dent|did\s+(?:a\s+thing|anything|much))\b)"
)
#: A dose taken, right after the taking (see _THEN_GIVEN): "one of my 50s", "a tiny 4.5 mg dose", "half a tablet", "one of those".
_TAKEN_DOSE = (
    r"\s+(?=(?:one|two|half|a|an|a\s+quarter)\s+(?:of\s+)?(?:(?:my|his|her|their|our|those|these|them)\b"
    r"|[^.;:!?]{0,30}?\b(?:\d[\d.]*\s?(?:mg|mcg|milligrams?)|doses?|tablets?|tabs?|pills?|capsules?|melts?|sprays?|\d+s)\b"
    # ... or one of the medicine by its name, a brand's capital or a name the check gave one (:meth:`names_as_brands`): "so I take
    # a Sumatriptan", "so now I take one propranolol at lunchtime" (not a day or a month: "take one Monday")
    r"|(?:an?\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Christmas|Easter)\b)(?-i:[A-Z][a-z]{3,})\b(?!\s+(?:and|or)\s)))"
)
_THEN_GIVEN = re.compile(
    # (what the trouble would not do is more of it: "when the low mood wouldn't shift, his GP added ...")
    r"^,?(?:\s+(?:(?:could|can|would|wo)(?:n[’']t|\s+not)|cannot)\b|\s+(?:and\s+)?"
    + _FAILED_TRY
    # (a word may end at a full stop the sentence splitter does not end a sentence at, a lowercase word after it, as in an
    # all-lowercase thread: "he was STILL nodding off in the middle of meetings. his sleep doctor put him on ...")
    # (a relative clause that keeps the trouble going is more of it, its "never" or "won't" no denial: "There's a ringing in my
    # ears that never lets up, so the ENT put me on clonazepam", "a cough that just won't shift")
    + r"|\s+(?:that|which)\s+(?:never|(?:just\s+)?(?:wo|would|does|did|do|can|could)(?:n[’']t|\s+not))\s+(?:let|lets|stop|stops"
    r"|go|goes|quit|quits|ease|eases|settle|settles|shift|shifts|leave|leaves|end|ends|switch|switches|fade|fades|clear|clears)"
    r"(?:\s+(?:up|away|off|down))?\b"
    # (a sign the trouble lacks, listed between commas, is more of its telling: "a tight band squeezing round my head all
    # afternoon, nothing throbbing, no sickness, so I took one of my sumatriptan"; not "no longer", "no more")
    r"|\s+(?!(?:but|although|though|however|whereas|yet|not|never)\b)(?!no\b(?!\s+(?!longer\b|more\b)[\w’'-]+(?:\s+[\w’'-]+)?,))"
    r"(?![\w’']*n[’']t\b)[^\s.;:!?]+(?:\.(?=\s+[a-z]))?){0,14}?"
    # (a reason the first choice was passed over may come between, in its own clause: "his heart took to fluttering out of step,
    # and because warfarin didn't suit him after a bad nosebleed, his cardiologist put him on clopidogrel")
    # (or a semicolon: "had gained forty pounds after her second baby and nothing she tried would budge it; her doctor prescribed
    # topiramate", holdout258 hv03)
    r"(?:\s*,?\s+(?:and\s+)?(?:because|since|as)\s+[^,.;:!?]{1,100}?,)?\s*[,;]?\s+"
    r"(?:and\s+)?(?:"
    # the one with the trouble taking a dose of it, told as the habit or the story after it: "By 4 pm I get that tight band round
    # my forehead, ..., and I take one of my 50s with a coffee" (holdout292 jd09), "My sister's been dealing with that
    # aching-all-over thing for years, ..., and now she takes a tiny 4.5 mg dose of naltrexone at night" (holdout289 ja07), "so he
    # pops half a tablet" (a dose or one of the tablets, not "takes time", "takes it easy", "takes paracetamol": see _TAKEN_DOSE)
    rf"(?:(?:now|so|then|these\s+days|nowadays)\s+)?(?:I|he|she|they|we)\s+(?:(?:now|just|then|usually|always|normally|also)\s+)?"
    rf"(?:take|takes|took|pop|pops|popped|swallow|swallows|swallowed|(?:has|have|had|[’']s|[’']ve)\s+been\s+taking){_TAKEN_DOSE}|"
    # a service's offer after the trouble: "..., and your scan shows a small stone, we may send you home with
    # tamsulosin", "..., we'll usually give you" (not a dose changed: "we may give you a lower dose")
    r"(?:we|our\s+(?:\w+\s+)?(?:team|doctors|clinicians|nurses|staff|pharmacists))(?:\s+(?:may|might|can|could|will|would|usually|often"
    r"|normally|sometimes|generally|also|then)|[’']ll(?:\s+(?:usually|often|normally|then))?)?\s+"
    r"(?:send\s+(?:you|them|him|her)\s+home\s+with|give\s+(?:you|them|him|her)|prescribe|offer\s+(?:you|them|him|her)"
    r"|start\s+(?:you|them|him|her)\s+on|put\s+(?:you|them|him|her)\s+on)"
    r"(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|low|small|half|different|higher|other)\s+(?:dose|amount"
    r"|strength|medicine|medication|drug|tablet))"
    rf"|(?:so|which is why|that[’']?s why|then)\s+{_LAY_GIVER}\s+(?:\w+\s+)?{LAY_GAVE}"
    r"|(?:so|which is why|that[’']?s why|then"
    # ... or the trouble told as the reason for the giving: "the flushes that drenched her at her desk every afternoon for a year
    # were the reason her gynaecologist started gabapentin", "his nightmares were the main reason his GP put him on prazosin"
    r"|(?:was|were|is|are|became)\s+(?:the|a|his|her|their|my)\s+(?:(?:main|whole|only|real|big|chief|sole)\s+)?reason\s+(?:why\s+|that\s+)?)\s+"
    # (a habit in two words: "so the team will often write ...", not denied: "so the GP did not give")
    rf"(?:{_PRESCRIBER}|I|he|she|they|we)\s+(?:(?!(?:not|never)\b)\w+\s+){{0,2}}?"
    r"(?:gave|give|gives|prescribed|prescribes|put|puts|started|starts|handed|hands|tried|suggested|recommended|offered|took"
    r"|asked for|added|sold"
    # ... or a dose written, a prescriber's idiom: "lying awake until four in the morning, so the team will often write a small 25 mg
    # tablet at night" (holdout298 jj01), "so the GP wrote him a 15 mg tablet at night"
    r"|(?:write|writes|wrote)\s+(?:(?:me|him|her|them|you|us)\s+)?(?=(?:a|an|one|some|a\s+few)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:tablets?|pills?|capsules?|doses?|course)\b))"
    # ... or asked the prescriber for it, by the person with the trouble: "Dana had been fighting the same fifteen pounds since
    # her second baby, so she asked her own doctor for topiramate"
    rf"|(?:so|then)\s+(?:I|he|she|they|we)\s+(?:(?:just|finally|eventually)\s+)?asked\s+{_PRESCRIBER}\s+for"
    # a story told without "so": "has ADHD since school ..., her doctor give her bupropion", "has ADHD, and
    # after the stimulants failed his psychiatrist started him on bupropion" (given: not "may give")
    # ... or by the unnamed team after the findings: "..., the scan found a small stone, and they sent him home with tamsulosin"
    rf"|(?:{_PRESCRIBER}|they)\s+(?!(?:may|might|can|could|will|would|should|must|do|does|did|never|not|won|wouldn|didn|doesn|don)\b)"
    rf"(?:\w+\s+)?(?:gave|give|prescribed|put|started|handed|tried|switched|added|sold|{_SENT_IN}|{HANDED_OVER}"
    # ... or suggested it: "..., and her GP suggested it after she confessed how much she dreaded those moments" (the
    # medicine itself, not "suggested she cut down on coffee")
    r"|(?:suggested|recommended)(?=\s+(?:it|them|trying|taking|(?:a|one)\s+(?:low|small|tiny|single)\b)))"
    # given in the passive: "My nan, who has dementia, was put on a small dose at her care home"
    r"|(?:was|were|got|had been|has been|have been)\s+(?:\w+\s+)?(?:(?:put|started|kept)\s+on|sent\s+home\s+with)"
    # ... or as a habit: "women with PCOS are often put on metformin", "teens with acne get put on it"
    # (not a dose set for the group: "people with kidney disease are started on a lower dose")
    r"|(?:are|is|get|gets|getting|be)\s+(?:\w+\s+)?(?:put|started|kept)\s+on"
    r"(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|low|small|half)\s+(?:dose|amount|strength))"
    # ... given as a habit: "women with PCOS are often prescribed metformin", "people with tingling feet since their chemo
    # are commonly offered duloxetine", "patients who have been lying awake night after night ... are also sometimes given one
    # 25 mg tablet" (not denied, "are not usually given"; not a dose or a care: "are given a lower dose", "are given it with caution")
    r"|(?:are|is|get|gets|getting|be|being)\s+(?:(?!(?:not|never|rarely|seldom)\b)\w+\s+){0,2}?(?:prescribed|given|offered|handed)"
    r"(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|low|small|half|different|other)\b)"
    r"(?![^.;:!?]{0,40}\b(?:caution|carefully|care)\b)"
    r"(?!\s+(?:(?:some|a|an|the)\s+)?(?:[\w-]+\s+)?(?:therapy|therapies|counsel+ing|CBT|support|advice|exercises?|surgery|referrals?|tests?"
    r"|scans?|physio(?:therapy)?|diet|lifestyle|check-?ups?|operations?)\b)"
    # ... or as where they end up: "often end up on metformin", "the tablet many of them end up with."
    r"|(?:end|ends|ended|ending)\s+up\s+(?:on|taking|being\s+(?:prescribed|given|put\s+on|started\s+on)"
    r"|with(?=\s*(?:[.,;:!?)]|$)|\s+(?:it|them|a\s+(?:prescription|script|few|course|box|packet)|some|(?-i:[A-Z]))))"
    r"|(?:was|were|got|had been|has been|have been)\s+(?:\w+\s+)?(?:given|prescribed)\s+(?:it|them|some|a|an|the|this|that|\d))\b",
    re.IGNORECASE,
)
#: The condition, then how it improved (the verb in the past or perfect, or better "now"): "the hot
#: flushes that used to wake her ... have all but gone", "the night sweats ... faded within a month
#: of starting venlafaxine", "now this burning is much more quiet" (not hedged or denied: "usually
#: settles", "hasn't gone"); or none since ("I haven't had one since").
_IMPROVED = re.compile(
    r"^(?:,?\s+(?!(?:not|never|no|can|could|may|might|should|will|would|usually|often|typically|generally|normally|tends?|if|unless"
    r"|and|but|or)\b)(?![\w’']*n[’']t\b)[^\s.;:!?]+){0,16}?,?\s+"
    r"(?:(?:has|have|had|is|are|was|were|got|get|gets|became|become|becomes)\s+)?"
    r"(?:(?:now|all but|almost|nearly|pretty much|largely|mostly|completely|totally|virtually|finally|since|slowly|gradually|really"
    r"|much|a lot|far|way|so|all|quickly|soon|more|less)\s+)*"
    r"(?:faded(?: away)?|eased(?: off| up)?|gone(?: away)?|went away|disappeared|vanished"
    r"|settled(?: right)?(?: down)?|calmed(?: right)?(?: down)?|cleared(?: up)?|stopped|lifted|subsided|died down|improved"
    r"|melted away|tailed off|petered out|dried up"
    r"|quietened(?: right)?(?: down)?|quieted(?: right)?(?: down)?"
    r"|quiet|quieter|calmer|better|milder|bearable|manageable|a thing of the past|under control|sorted"
    # what the trouble stopped, done again: "I sit through a whole film and sleep through till six"
    r"|(?:sit|sits|sat|sleep|sleeps|slept|get|gets|got)\s+(?:right\s+|straight\s+)?through\s+(?:(?:a|an|the)\s+(?:whole|entire|full)|till|until)"
    r"|(?:haven[’']t|hasn[’']t|have not|has not|(?:I|he|she|we|they)[’']ve not) had (?:one|another|any|a single one))\b",
    re.IGNORECASE,
)
#: Side effects that pass: "the nausea faded after the first week" (not a use).
_PASSING_EFFECT = re.compile(
    r"\b(?:side[- ]effects?|at first|to begin with|initially|first (?:few |couple of )?(?:days|weeks?|fortnight)|early on"
    r"|in (?:the )?beginning|wore off|got used to)\b",
    re.IGNORECASE,
)
#: A sentence about the risk of being given it, not a story of its use: "people with dementia who were
#: given a drug like quetiapine were more likely to die".
_RISK_TOLD = re.compile(r"\b(?:risks?|deaths?|die|died|dying|mortality|strokes?|trials?|studies)\b", re.IGNORECASE)
#: What the drug is given to keep away, before a word of :data:`_RISK_TOLD`: "to keep *a stroke* at bay", "to prevent another
#: stroke", "to lower her risk of a stroke" (the purpose of the giving, not a story of the risk of being given it).
_KEPT_AWAY_BEFORE = re.compile(
    r"\b(?:to|help|helps|helped|helping)\s+(?:keep|prevent|stop|avoid|ward\s+off|head\s+off|cut|lower|reduce|lessen)\s+"
    r"(?:(?:a|an|the|his|her|their|my|your|our|any|another|future|further|chance|odds|risk|of)\s+){0,4}$",
    re.IGNORECASE,
)


def kept_away(text: str, start: int) -> bool:
    """Is the condition at ``start`` told as what the giving is to keep away ("to keep *a stroke* at bay", "to prevent another
    stroke")? See :data:`_KEPT_AWAY_BEFORE`."""
    return _KEPT_AWAY_BEFORE.search(text, max(0, start - 60), start) is not None


def _risk_told(text: str) -> bool:
    """Is a risk, a death, a stroke or a trial told in ``text`` (:data:`_RISK_TOLD`), other than as what the giving is to keep
    away ("to keep a stroke at bay")?"""
    return any(not kept_away(text, m.start()) for m in _RISK_TOLD.finditer(text))


_TAKEN = re.compile(_TAKE, re.IGNORECASE)
_TAKEN_SINCE = re.compile(
    # "once *the team* started him on", "once *his oncologist* put him on": the doctors who gave it
    rf"\b(?:of|after|since|once)\s+(?:(?:I|he|she|we|they|you|{_PRESCRIBER}|(?:the|his|her|their|our|my)\s+(?:\w+\s+)?(?:team|staff))"
    r"(?:[’'](?:ve|d))?\s+(?:(?:had|have|has|been)\s+)?)?"
    rf"(?:{_TAKE}|went on|got on)\b"
    # the medicine itself, then whoever took it: "Since the gabapentin I sit through a whole film"
    r"|\bsince\s+(?:the|my|his|her|their|our)\s+(?=(?-i:[A-Z][\w-]+|[a-z][\w-]*(?:in|ine|ol|am|ide|one|ate|an|il|ax|ex|ica|pam)),?\s+(?:I|he|she|we|they|you)\b)[\w-]+",
    re.IGNORECASE,
)
#: A time on it opening a sentence, then what followed: "Two weeks on gabapentin and they're gone",
#: "Six weeks into Lexapro they just stopped", "On duloxetine they're a thing of the past".
_TIME_ON = re.compile(
    r"^\W*(?:(?:\w+\s+)?(?:days?|weeks?|months?|fortnight)\s+(?:on|of|taking|into)|on)\s+[^\s,.;:!?]+(?:\s*,?\s+and\b|,?(?=\s))",
    re.IGNORECASE,
)
#: The improvement told first: "*Gone* within a fortnight of starting venlafaxine".
_GONE_FIRST = re.compile(
    r"^\W*(?:(?:all|completely|totally|pretty much|almost|virtually)\s+)?"
    r"(?:gone|vanished|disappeared|faded(?: away)?|eased(?: off)?|settled(?: down)?|stopped|calmed(?: right)?(?: down)?)\b",
    re.IGNORECASE,
)


def _improved_since_taken(text: str) -> tuple[int, int, int] | None:
    """A sentence telling that something got better once the drug was taken, as the offsets of
    the taking, the improvement's last word and its end ("within two weeks *of starting clonidine
    they calmed right down*", "*Since starting baclofen the pull towards the fridge has just gone*",
    "*One of these and she says it's gone* in two days"),
    or of the improvement told first, the taking after it ("*Gone* within a fortnight of starting
    venlafaxine"); not a side effect that passed, nor one followed by another medicine taken
    ("..., and I still take clonidine for ...")."""
    since = _TAKEN_SINCE.search(text) or _TIME_ON.match(text) or _DOSE_AND.match(text)
    if since is None or _PASSING_EFFECT.search(text):
        return None
    gone = _GONE_FIRST.match(text)
    if gone and gone.end() <= since.start():
        return gone.start(), gone.start(), gone.end()
    improved = _IMPROVED.match(text[since.end() :])
    if improved is None:
        return None
    end = since.end() + improved.end()
    return None if _TAKEN.search(text, end) else (since.start(), text.rindex(" ", 0, end) + 1, end)


#: A person told with the signs of a trouble in a relative clause, then on the drug now in the main clause (signs in lay words
#: only): "Her brother Tom, *who spent his twenties doubled over with* cramps, bleeding and sudden dashes to the bathroom*, now
#: gives himself* the same weekly methotrexate shot", "My aunt, whose cheeks went beet-red with every glass of wine, now takes
#: ..." (not a trouble told as a side effect: the check's guards; not what someone else now takes).
_WHO_HAD = re.compile(r"\b(?:who|whose)\b[^;:.!?()]{0,160}$", re.IGNORECASE)
_NOW_ON_IT = re.compile(
    r"^[^.;:!?,]{0,80}?,\s+(?:(?:now|these\s+days|nowadays)\s+(?:(?:gives?|injects?)\s+(?:himself|herself|themselves|myself|yourself)"
    r"|takes?|injects?|uses?|(?:is|are|am)\s+on|swears\s+by|relies\s+on)|(?:is|are)\s+now\s+on|(?:has|have)\s+(?:since\s+)?been\s+on"
    # ... or takes a dose of it, kept up, the "now" left out: "Marisol's mother, who ... has had a ruddy, bumpy flush across her
    # cheeks and nose since her forties, takes a low dose of isotretinoin every day" (holdout285 iw09)
    r"|(?:takes?|uses?|(?:has|have)\s+been\s+(?:taking|using))\s+(?:a|her|his|their|my|your)\s+(?:(?:very|tiny|small|little|low|daily|regular|maintenance)[\s-]+){1,2}dose\s+of)\b",
    re.IGNORECASE,
)


def _now_on_it(head: str, tail: str) -> bool:
    """Is a trouble told in a relative clause on a person ("Tom, who spent his twenties doubled over with ...") followed by
    the person now on a drug in the main clause (", now gives himself the same weekly methotrexate shot")?"""
    return _WHO_HAD.search(head) is not None and _NOW_ON_IT.match(tail) is not None


#: A sentence whose subject is the prescriber (see :func:`_told_in_story`): "My doctor went through ...", "Dr. Amin said ...".
_PRESCRIBER_OPENS = re.compile(
    rf"^\W*{_PRESCRIBER}\s+(?!(?:may|might|can|could|will|would|should|must|never|did\s+not|didn[’']t)\b)", re.IGNORECASE
)
#: ... and its giving after the trouble, in the same sentence with no subject of its own: "..., and suggested bupropion", "...,
#: and started me on it" (not a hedge or a care: "and said it might be worth trying", "and suggested therapy").
_AND_THEN_GAVE = re.compile(
    r"^[^.;:!?]{0,120}?,\s+and\s+(?:then\s+)?(?:suggested|prescribed|recommended|gave\s+(?:me|him|her|them)|(?:started|put)\s+(?:me|him|her|them)\s+on)"
    r"(?!\s+(?:(?:some|a|an|the)\s+)?(?:[\w-]+\s+)?(?:therapy|therapies|counsel+ing|CBT|support|advice|exercises?|surgery|referrals?|tests?"
    r"|scans?|physio(?:therapy)?|diet|lifestyle|check-?ups?|operations?|rest|sleep|that|I|we|he|she|they)\b)\b",
    re.IGNORECASE,
)


def _told_in_story(text: str, start: int, end: int) -> int | None:
    """Start of a use told as a story (an inferred one): the condition then the drug given for it
    ("..., so the doctor gave him amitriptyline"), at the condition; or the condition improved with
    the drug taken in the sentence, at the last taking before the condition, else (the taking after
    it: "faded within a month of starting venlafaxine") at the condition."""
    tail = text[end:]
    if _KEEPS_AWAKE.match(text, start) and _DONE_BY_A_TROUBLE.search(re.split(r"[,;:.!?]", text[:start])[-1]):
        return None  # what another trouble does to the person: "If the itching keeps me awake, I take one 25 mg tablet" (the itch's)
    if _AFTER_AN_EVENT.search(text, max(0, start - 40), start) and _EVENT_ENDS.match(text, end):
        return None  # a trouble told as the time of another: "had stopped eating after the stroke, so the doctor put him on ..."
    # (a trouble in the prescriber's trade is none told: "Her diabetes doctor started her on 10 mg of amitriptyline")
    # (or the prescriber opening the sentence goes on to the giving: "My doctor went through a long questionnaire with me, said
    # it sounded like my attention was the problem rather than my mood, and suggested bupropion")
    then_given = _THEN_GIVEN.match(tail) or (
        _PRESCRIBER_OPENS.match(text) and _AND_THEN_GAVE.match(tail) and not denied_before(text, start)
    )
    # (the risk told outside the trouble: a trouble told by the dread of dying is no risk of it, "Out of nowhere her heart would
    # hammer and she felt sure she was dying, so her GP started escitalopram")
    if then_given and not _risk_told(text[:start] + " " + text[end:]) and not _TRADE_AFTER.match(text, end):
        # not the drug's own effect: "Famotidine gave her itchy welts, so her doctor switched her to ..."
        return None if _ITS_EFFECT.search(re.split(r"[;:.!?]", text[:start])[-1]) else start
    improved = _IMPROVED.match(tail)
    if improved is None or _PASSING_EFFECT.search(text) or _HEDGE.search(re.split(r"[,;:.!?]", text[:start])[-1]):
        return None
    taken = [m.start() for m in _TAKEN.finditer(text, 0, start)]
    if taken:
        return taken[-1]
    opened = _TIME_ON.match(text)  # "Three months on sertraline and my nightly bottle of wine is a thing of the past"
    if opened and opened.end() <= start:
        return opened.start()
    return start if _TAKEN_SINCE.search(text, improved.end()) else None


#: Stopping, holding or skipping it: "hold metformin on days when you have an infection".
_STOP = re.compile(
    # (a skip after a determiner is a team's captain, a noun: "Our skip, Malcolm, was handed a week of it")
    r"\b(?:stop|stops|stopped|stopping|(?<!\bour )(?<!\bthe )(?<!\bmy )(?<!\bhis )(?<!\bher )(?<!\btheir )(?:skip|skips)|skipped|skipping"
    r"|hold|holds|holding|pause|pausing|miss|missed|missing|avoid|avoiding)\b"
    # (not the person's own trouble told by what they stopped doing: "Nan had stopped eating after her fall, so the geriatrician
    # tried mirtazapine ...", "he'd stopped sleeping")
    r"(?!\s+(?:eating|sleeping|talking|going\s+out|leaving\s+the\s+house|getting\s+up|washing|drinking\s+(?:water|fluids)))",
    re.IGNORECASE,
)
#: Advice on when to take it, with the side effect as the reason: "Take it at bedtime because it makes you drowsy", "Take
#: it at bedtime if it makes you sleepy".
_ADVICE_BECAUSE = re.compile(
    r"^(?:(?:it[’']?s |it is )?(?:best|better) to |you (?:should|may want to|might want to|can) |try to )?(?:take|use)\b"
    r".*\b(?:because|(?:if|as|since|in\s+case|when)\s+(?:it|they)\b(?!\s+(?:helps?|works?|lets?)\b))",
    re.IGNORECASE,
)


#: A dose or the taking told in a clause: "prescriptions I fill are for half of a 50 mg tablet at bedtime".
_DOSE_TOLD = re.compile(rf"{_TAKE}|\b(?:tablets?|tabs?|pills?|capsules?|doses?|prescriptions?|scripts?)\b", re.IGNORECASE)


#: On it since the trouble began: "has been on 10 mg every night since the throbbing headaches down one side of her head
#: ... started keeping her off the slopes" (holdout314 jz02), "I've taken it since my hot flushes began" (a taking, then
#: "since" and the trouble with at most a few words before it; the trouble's start told after it, maybe past an aside).
_ON_SINCE = re.compile(rf"{_TAKE}[^.;:!?]{{0,80}}?\bsince\s+(?:[\w’'-]+\s+){{0,3}}$", re.IGNORECASE)
_BEGAN = re.compile(
    r"^(?:\s*,[^.;:!?]{1,80}?,)?\s+(?:(?:first|really|properly|suddenly|all)\s+)?"
    r"(?:started|began|begun|set\s+in|kicked\s+in|came\s+on|took\s+hold|got\s+(?:bad|worse|really\s+bad)|turned\s+up)\b",
    re.IGNORECASE,
)


def _on_it_since_it_began(head: str, tail: str) -> int | None:
    """Start of the taking that has gone on since the trouble began ("has been on 10 mg every night since the throbbing headaches
    ... started"): an inferred use (not a time alone: "on it since the stroke", no start of a trouble told)."""
    if not _BEGAN.match(tail):
        return None
    offset = max(0, len(head) - 200)
    since = _ON_SINCE.search(head[offset:])
    return offset + since.start() if since else None


def _situation_before(head: str) -> int | None:
    """Start of a situation the drug is taken for that ``head`` ends with ("given *for a few
    nights when worry keeps you awake*"); it must follow what is done in it (not "During
    times when you have a fever, stop taking it") and that must not be stopping it."""
    offset = max(0, len(head) - 160)
    situation = _SITUATION.search(head[offset:])
    if situation is None:
        return None
    begin = offset + situation.start()
    # (a clock time is no clause end: "one small tablet at 22:00, on the nights when ...", holdout288 iz10)
    clause = re.split(r"[;!?,]|(?<!\d)[:.]|[:.](?!\d)", head[:begin])[-1]
    taken = re.match(_TAKE, situation.group(), re.IGNORECASE)
    if not clause.strip() and not taken:
        # the dose told before a comma: "half of a 50 mg tablet at bedtime, for the nights when you lie there ..."
        clause = re.split(r"[;!?]|(?<!\d)[:.]|[:.](?!\d)", head[:begin])[-1]
        if not (clause.rstrip().endswith(",") and _DOSE_TOLD.search(clause)):
            return None
    return None if _STOP.search(clause) else begin


#: Given it after the trouble came: "My husband was given tizanidine after he hurt his back lifting the trampoline", "the
#: GP prescribed her amitriptyline when she first got the burning feet", "put on baclofen after a neck sprain" (a giving, not
#: a taking: "took it after he'd been drinking heavily" is a time, an interaction's; "when you" is a condition of taking it).
_GIVEN_AFTER = re.compile(
    r"\b(?:given|gave|prescribed|prescribes|prescribe|handed|(?:put|started|kept)\s+(?:(?:me|him|her|them|us|you)\s+)?on"
    # (someone named by kin: "put my own father on a small morning dose last year, after Mom passed, when ...", holdout325 kk08)
    r"|(?:put|started|kept)\s+(?:my|his|her|their|our|your)\s+(?:own\s+|old\s+|elderly\s+|late\s+)?(?:father|mother|dad|mum|mom|husband"
    r"|wife|son|daughter|brother|sister|grand(?:father|mother|dad|pa|ma)|granny|gran|nan|uncle|aunt|partner|patient)\s+on"
    # ... or a clinic's own giving, in the present: "In our clinic we also hand it out when the low, flat, tearful weeks drag on"
    # (holdout301 jm01), "we give it when the what-if worrying won't let up"
    r"|(?:hand|hands|handing)\s+(?:it|them|this|these)\s+out|(?:give|gives|giving)\s+(?:it|them|this|these)(?:\s+out)?"
    r"|sent\s+(?:(?:me|him|her|them|us|you)\s+)?home\s+with"
    # ... or taken as an add-on to an antidepressant: "take it next to their antidepressant, when months of flat, heavy days ...
    # have not lifted on the antidepressant alone" (holdout278 ip01; an add-on's trouble, not a time of taking it)
    rf"|{_TAKE}(?:\s+[^\s,;:.!?]+){{0,8}}?\s+(?:on\s+top\s+of|next\s+to|alongside|along\s+with|together\s+with|in\s+addition\s+to"
    r"|as\s+well\s+as)\s+(?:their|his|her|my|your|an?|the)\s+(?:[\w-]+\s+)?(?:antidepressants?|anti-depressants?|SSRIs?|SNRIs?))"
    # (also after a comma, when the trouble came back: "put her on buspirone on top of her sertraline last winter, when the flat,
    # can't-get-off-the-couch months came back")
    # (maybe after an aside of when: "..., after Mom passed, when he'd stopped eating, wouldn't get out of his chair and had no
    # interest in anything": the signs maybe listed, the one found last after the others and its verb)
    rf"{_TAKE_GAP}{{0,8}}?(?:,\s+(?:after|since)\s+[^,.;:!?()]{{1,50}}?(?=,))?,?\s+(?:after\s+(?:(?:I|he|she|they|we|you)(?:[’']d|\s+had)?\s+)?"
    r"|when\s+(?:(?:I|he|she|they|we)(?:[’']d)?\s+)?(?:[^.;:!?()]{1,80}?(?:,|\s+and|\s+or)\s+)?"
    r"(?:(?:had|has|was|were|felt|seemed|would|still|just)\s+)?)"
    r"(?:(?:first|finally|badly|really|also|then)\s+)?(?:(?:a|an|the|his|her|my|their|your|that)\s+)?"
    # (or after a stretch of the trouble: "was given one small 0.5 mg tablet at bedtime after months of staring at the ceiling at
    # 3 a.m.", "put on it after years of ..."; holdout278 ip03)
    r"(?:(?:many|several|some|a\s+few|long|\d+|two|three|four|five|six)\s+)?(?:(?:months|weeks|years|nights)\s+of\s+)?$",
    re.IGNORECASE,
)


#: A sentence pointing back at the giving told before it, then when it comes: "Some people who have never had a high are also
#: given lithium. *This is usually after months of* flat, heavy days ... that have not lifted on an antidepressant alone" (the
#: signs in lay words only; the giving is the sentence before's).
_THIS_IS_AFTER = re.compile(
    r"^\W*(?:this|that)\s+(?:is|was|comes|came|happens|happened)\s+(?:(?:usually|often|mostly|typically|generally|normally|only"
    r"|most\s+often|always)\s+)?after\s+(?:(?:many|several|some|a\s+few|long)\s+)?(?:months|weeks|years)\s+of\s+$",
    re.IGNORECASE,
)


def _given_after(head: str) -> int | None:
    """Start of the giving that the condition, come just before, followed ("was given tizanidine after he hurt his back"), or of
    the sentence that points back at the giving before it ("This is usually after months of ...")."""
    offset = max(0, len(head) - 160)
    given = _GIVEN_AFTER.search(head, offset)
    if given is None and len(head) < 120:
        given = _THIS_IS_AFTER.match(head)
    return given.start() if given else None


#: A situation told in lay words opening the sentence, then the dose taken in it: "*When* your brain is still replaying the
#: day's meetings at 2 a.m. ..., *half or a whole 50 mg tablet* ... gets you under", "On nights when my legs won't settle,
#: one 10 mg tablet and I'm out", "If my mind won't switch off at bedtime, I take a quarter of a tablet" (the dose named by its
#: tablet, strength or brand, maybe taken by the person; not the drug's own effect, "When it keeps you awake, ...", nor a dose
#: changed or moved: "When you can't sleep, a lower dose ...", "..., a tablet in the morning"). The situation may be told
#: as the state the person is in ("*With* your body clock twelve hours out and you lying wide awake at 3 a.m., half a tablet
#: at bedtime ..."), after when it comes ("*Once you're there,* with ...").
_FRONTED_WHEN = re.compile(
    # (after a lead-in closed by a colon: "A big group is expecting mums: when you're fourteen weeks along and heaving over the
    # sink every single morning, a melt-on-the-tongue Zofran before breakfast is often what gets you out the door")
    # (or after "These days,": "These days, on the odd night when sleep just won't come ..., half of one and I'm gone")
    # (or after an aside that opens a post: "Off topic but, the nights I'm still wired ... at 2am, I take half of one of my 25s",
    # holdout287 iy08; "Anyway, ...", "Funnily enough, ...")
    r"^\W*(?:[^.;:!?]{1,80}?:\s+)?(?:(?:(?:slightly\s+)?off[- ]topic(?:\s+but)?|anyway|honestly|mind\s+you|funnily\s+enough|oh\s+and|btw"
    r"|side\s+note|for\s+what\s+it[’']s\s+worth|fwiw)\s*,\s+)?(?:(?:once|after|now|then|so|these\s+days|nowadays)\b(?![^,;:.!?]*\b(?:take|takes|taking|took|it|dose)\b)"
    r"[^,;:.!?]{0,40},\s+)?"
    r"(?:(?:on|for|during)\s+(?:the\s+|those\s+)?(?:nights?|evenings?)(?:\s+(?:when|that|where))?|when(?:ever)?|if|with"
    # ... the nights counted: "Some nights I'm still wide awake at 2 a.m., so I take half a tab", "Nights I can't switch off, ..."
    r"|(?:(?:the|some|most|many|other|(?:on\s+)?the\s+odd)\s+)?nights?(?:\s+(?:when|that))?)\s+"
    r"(?!(?:it|they|this|these|that|(?:the|my|your|his|her|their)\s+(?:tablets?|pills?|capsules?|medicine|medication|dose))\b)"
    # (what the person does first may be told: "When the child is turning in the bed and cannot fall asleep"; not a dose
    # taken: "When you take it late and can't sleep")
    r"(?![^,;:.!?]*\b(?:take|takes|taking|took|on\s+(?:it|them)|dose|tablets?|pills?)\b)(?:[^\s,;:.!?]+\s+){0,14}?$"
    # ... or the trouble told bare, opening the sentence, the "when" left out: "Couple of glasses of wine, wake up with my head
    # pounding, I take one of those", "Hangover, I take one" (only a quantity or article before it)
    r"|^\W*(?:(?:a|an|the|one|two|three|couple|few|big|bad|rough|heavy|late|long|of)\s+){0,3}$",
    re.IGNORECASE,
)
#: The person who takes the dose, in a main clause: "I take", "she'll pop", "we usually have" (having only a dose: "I have it
#: all planned" is no taking).
_TAKER = r"(?:I|you|he|she|we|they)(?:[’']ll|\s+(?:just|only|then|usually|always|sometimes|normally|will|would))*\s+"
_TAKES = r"(?:take|takes|took|pop|pops|popped|swallow|swallows|swallowed)\s+(?:(?:just|only)\s+)?"
#: ... or a tablet split for the dose: "I break a 50 in half", "she snaps one of her 25s in two"
_SPLITS = (
    r"(?:break|breaks|broke|split|splits|snap|snaps|snapped|cut|cuts)\s+(?:a|an|one|one\s+of\s+(?:my|his|her|their|your|our|the|those))"
    r"\s+(?:[\w.’'-]+\s+){1,3}?in\s+(?:half|two)\b"
)
#: ... or given to someone, maybe as advice: "you can give one 10 mg tablet", "we give him half a tablet", "give your child one"
_GIVES = (
    r"(?:(?:can|may|could|should)\s+)?(?:give|gives|gave)\s+(?:(?:him|her|them|(?:the|your|my|our)\s+(?:child|kids?|son|daughter|toddler))\s+)?"
    r"(?:(?:just|only)\s+)?"
)
_DOSE_THEN = re.compile(
    # (a word may hold dots: "at 2 a.m. and")
    # (the comma may be left out before the person taking it: "On the nights my brain won't shut off I take half a tablet")
    rf"^(?:[^;:.!?]|\.(?=\S|\s+[a-z])){{0,200}}?(?P<gap>,\s+|\s+(?={_TAKER}(?:{_TAKES}|{_SPLITS})))(?:(?:just|only|then|so)\s+)?"
    # ... the dose maybe taken by the person: "..., I take half of a 0.5 and I'm out", "..., she pops a 0.25 mg tablet",
    # "..., I take it" (not "I take one of the kids' ...")
    # ... or one of the tablets just told, pointed back at: "..., I take one of those and I'm fine" (not "one of those
    # antihistamines": another medicine named)
    rf"(?:{_TAKER}{_TAKES}(?:it|one(?:\s+of\s+(?:those|these|them)(?=\s*(?:[,;:!?]|\.(?!\d)|$|\s+(?:and|then|with|before)\b)))?)"
    r"(?!\s+(?:of\s+)?(?:those|these|the|my|his|her|their|your|our)\b)"
    # ... or by its brand: "I take half a Xanax", "she pops a Valium"
    rf"|{_TAKER}{_TAKES}(?:(?:half|a quarter)\s+(?:of\s+)?)?(?:an?\s+)?(?-i:[A-Z][a-z]+)"
    rf"|{_TAKER}{_SPLITS}"
    rf"|(?:{_TAKER}(?:{_TAKES}|{_GIVES}|(?:have|has|had)\s+)|{_GIVES})?"
    r"(?:(?:half|one|two|a|a single|a whole|a quarter)(?:\s+(?:or|to)\s+(?:a\s+)?(?:whole|full|one|two))?"
    # (the brand may name the tablet: "a single Zofran melt", "half a Xanax tablet")
    # (or a dose by its strength, the thousands maybe with a comma: "..., one 1,000 mg dose usually sorts you out": holdout285 iw04)
    r"\s+(?:of\s+)?(?:a\s+)?(?:(?:\d{1,3}(?:,\d{3})+|[\d.]+)\s?mg\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?(?:tab|tablet|pill|capsule|melt|wafer|dose)s?"
    r"|(?:\d{1,3}(?:,\d{3})+|[\d.]+)\s?mg(?:\s+(?:tab|tablet|pill|capsule|dose)s?)?"
    # ... or a part of a tablet by its bare strength: "half of a 0.5", "a quarter of a 25"
    r"|(?:half|a quarter)\s+(?:of\s+)?(?:a|an|one)\s+\d*\.?\d+(?=\s*(?:$|[,;:!?)]|\.(?!\d)|\s(?:and|or|at|before|then|with)\b))"
    # ... or a part of one of the tablets told before, bare: "..., half of one and I'm gone till the ducks start up"
    r"|(?:half|a quarter)\s+of\s+one(?=\s*(?:$|[,;:!?)]|\.(?!\d)|\s(?:and|then)\b))"
    # ... or (part of) one of the person's own tablets by its strength: "..., I take half of one of my 25s and I'm out" (holdout287
    # iy08), "one of my 10 mg tabs"
    r"|(?:(?:half|a\s+quarter)\s+of\s+)?one\s+of\s+(?:my|his|her|their|your|our|the|those|these)\s+"
    r"(?:\d*\.?\d+\s?(?:mg)?[’']?s|\d*\.?\d+\s?mg\s+(?:tab|tablet|pill|capsule)s)))\b"
    r"(?![^;:.!?]{0,60}\b(?:in the morning|with breakfast|earlier in the day|first thing)\b)",
    re.IGNORECASE,
)


#: A fronted situation whose trouble is what another does to the person: "If itching keeps your child awake at night",
#: "When the cough wakes her" (the itch's, the cough's use, not a sleep use).
_DONE_BY_A_TROUBLE = re.compile(
    r"\b(?:itch\w*|scratch\w*|cough\w*|sneez\w*|wheez\w*|congestion|(?:blocked|stuffy|runny)\s+nose|rash\w*|hives|eczema"
    r"|allerg\w*|hay\s*fever|pain\w*|ach(?:e|es|ing)|soreness)(?:\s+(?:\w+\s+)?(?:keeps?|kept|keeping|wakes?|woke|waking|stops?|stopped)\b|\s*$)",
    re.IGNORECASE,
)


#: A trouble named as the time another began, right after "after" or "since" and with no verb of its own (see
#: :func:`_told_in_story`; not "after the sickness bug went round her preschool").
_AFTER_AN_EVENT = re.compile(r"\b(?:after|since|following)\s+(?:(?:the|her|his|my|their|your|a|an|that)\s+)?$", re.IGNORECASE)
#: ... its phrase ended by a comma or by the next clause's own subject ("Since the stroke he has been low and tearful").
_EVENT_ENDS = re.compile(r"\s*[,;]|\s+(?:he|she|they|I|we|you|it)\b")
#: ... the sleep it takes, told as what it does: "keeps me awake", "wakes her" (see :func:`_told_in_story`).
_KEEPS_AWAKE = re.compile(r"(?:keeps?|kept|keeping|wakes?|woke|waking)\b", re.IGNORECASE)


#: The fronted situation told as one, by its "when", "if" or nights: only then may the comma before the main clause be left out
#: ("When I can't sleep I take half a tablet"; not the trouble told bare, "Acne isn't on the list of things to avoid while you
#: take it").
_TOLD_AS_SITUATION = re.compile(r"\b(?:when(?:ever)?|if|nights?|evenings?|with)\b", re.IGNORECASE)
#: ... its one clause holding no other clause or taking of its own.
_NOT_ONE_CLAUSE = re.compile(r"[,—–]|\b(?:take|takes|taking|took|it|dose)\b", re.IGNORECASE)


def _fronted_situation(head: str, tail: str) -> int | None:
    """Start of a lay situation that opens its sentence when the main clause is the dose taken in it (see ``_FRONTED_WHEN``)."""
    fronted = _FRONTED_WHEN.match(head)
    if fronted is None or _DONE_BY_A_TROUBLE.search(head):
        return None
    dose = _DOSE_THEN.match(tail)
    if dose is None:
        return None
    if not dose.group("gap").startswith(",") and (
        not _TOLD_AS_SITUATION.search(head) or _NOT_ONE_CLAUSE.search(tail, 0, dose.start("gap"))
    ):
        return None  # (the situation without its comma is one clause: "If you have chest pain after taking it, tell the ER you took it")
    return fronted.start()


#: The main clause after a fronted situation (:data:`_FRONTED_WHEN`) that names a medicine as the remedy for it: "If you get those
#: deep, sore bumps along your jawline every month, *spironolactone is the pill dermatologists reach for*", "When your fingers go
#: white in the cold, *amlodipine might help*", "..., *ask your GP about* clonidine", "..., *it's worth asking about* X" (the
#: medicine at ``name``; not a pronoun or a noun phrase, "it is worth seeing a doctor"; not a wrong or poor choice, "... is the
#: wrong medicine", "... is a drug to avoid"). The trouble may run on to a comma between ("..., the ones no cleanser touches, ...").
_REMEDY_NAMED = re.compile(
    r"(?P<gap>[^;:.!?]{0,120}?),\s+(?:(?:then|so|honestly|frankly)\s*,?\s+)?(?:"
    r"(?!(?:it|this|that|there|they|these|those|you|he|she|we|I|a|an|the|your|my|his|her|their|our|some|many|most|one|nothing"
    r"|something|anything|everything|doctors?|people|dermatologists?|GPs?)\b)(?P<name>[\w-]+)(?:\s+\([^)]{0,40}\))?\s+"
    r"(?:(?:is|was|[’']s|could\s+be|might\s+be|may\s+be|can\s+be|tends\s+to\s+be|has\s+become|has\s+been)\s+"
    r"(?:(?:often|usually|probably|really|honestly|generally|typically|frequently|definitely|now|still|increasingly)\s+)?"
    r"(?:(?:the|your|a|an|one|our)\s+(?:(?!(?:wrong|last|worst|poor|bad|riskiest|likely|usual|possible|common|main)\b)[\w-]+\s+){0,2}?"
    r"(?:pill|tablet|medicine|medication|drug|answer|go-to|option|choice|fix|remedy|solution|treatment|bet|weapon|secret|hero|pick"
    r"|lifesaver|game[- ]changer|saviour|savior)s?\b(?!\s+(?:to\s+(?:avoid|skip|stop|steer)|you\s+(?:should|must)\s+avoid|best\s+avoided))"
    r"|worth\s+(?:asking\s+(?:about|for)|a\s+(?:try|shot|go|look)|trying|considering|discussing|raising)"
    r"|what\s+(?:[\w-]+\s+){0,3}?(?:reach\s+for|prescribe|recommend|suggest|swear\s+by))"
    r"|(?:could|might|may|can|will|should|often|usually)\s+(?:really\s+|well\s+|just\s+|also\s+)?(?:help|work\s+wonders|do\s+the\s+trick"
    r"|make\s+a\s+(?:real\s+|big\s+|huge\s+)?difference|settle\s+(?:it|them|things)|sort\s+(?:it|them|that)\s+out))\b"
    r"|(?:(?:it[’']s|it\s+is)\s+worth\s+|(?:do\s+)?)(?:ask|asking)\s+(?:your|a|the)\s+(?:doctor|GP|dermatologist|derm|pharmacist|nurse|prescriber"
    r"|consultant|specialist|doc)\s+(?:about|for|whether)\s+(?P<asked>[\w-]+))",
    re.IGNORECASE,
)
#: ... not a trouble caused by something before it ("If lisinopril *gives you* a cough, losartan is usually the answer", "If you get
#: a cough *on* lisinopril, ..."), nor one the gap ties to a cause.
_CAUSED_BEFORE = re.compile(r"\b(?:gives?|gave|causes?|caused|makes?|made|leaves?|left)\s+(?:you|him|her|them|me|us)\b", re.IGNORECASE)
_CAUSE_IN_GAP = re.compile(
    r"\b(?:on|from|while|whilst|after|since|caused\s+by|because\s+of|due\s+to|thanks\s+to|take|takes|taking|took)\b", re.IGNORECASE
)


def _fronted_remedy(head: str, text: str, end: int) -> tuple[int, int] | None:
    """Start of a situation that opens its sentence and the offset of the medicine its main clause names as the remedy for it
    (see :data:`_REMEDY_NAMED`)."""
    fronted = _FRONTED_WHEN.match(head)
    if fronted is None or _CAUSED_BEFORE.search(head):
        return None
    remedy = _REMEDY_NAMED.match(text, end)
    if remedy is None or _CAUSE_IN_GAP.search(remedy.group("gap")):
        return None
    return fronted.start(), remedy.start("name") if remedy.group("name") else remedy.start("asked")


#: Giving it to a group with care or a warning, not for the condition: "it is safe to give it to
#: children with asthma", "take care when giving it to people with kidney disease".
_CAUTION = re.compile(
    r"\b(?:safe|safer|safely|unsafe|okay|ok|fine|take care|with care|careful|carefully|caution|cautious|cautiously"
    r"|risky|risk|dangerous|avoid"
    r"|lower|smaller|reduced|less|extra|only|never|rarely|not)\b",
    re.IGNORECASE,
)


#: Research on it, not a use: "it was studied for COVID-19", "has been trialled as a treatment for",
#: "trials of it in long COVID", "researchers tested it against the virus".
_STUDIED = re.compile(
    r"\b(?:(?:studied|trialled|trialed|tested|investigated|researched|evaluated|assessed|explored|examined|looked at)"
    r"(?:\s+(?:it|them|this(?:\s+\w+)?|briefly|widely|closely|extensively|again|early|in\s+(?:\d{4}|trials|studies)))*"
    r"(?:\s+as\s+(?:a|an)(?:\s+(?:possible|potential|new|experimental))?)?"
    r"|(?:trials?|studies|research)\s+(?:of|on|into|with|testing|using)\s+(?:[\w-]+\s+){0,3}?(?:as\s+(?:a|an)(?:\s+\w+)?|in))\s*$",
    re.IGNORECASE,
)


#: What relief of a symptom lets a person do next is its result, not a second use: "take the edge off that
#: pain and help them sleep through", "eases the ache so you can get back to work", "to calm those sensations so that you
#: can sleep through the night again", "settles the cramps so she can finally sleep" (the clause up to the condition; not
#: a sleep use told alone: "to help you sleep", "calms the mind so you can sleep").
_AFTER_RELIEF = re.compile(
    r"\b(?:ease|eases|eased|easing|relieve|relieves|relieved|relieving|dull|dulls|dulled|soothe|soothes|soothed|calm|calms"
    r"|calmed|calming|settle|settles|settled|settling|reduce|reduces|reduced|reducing|lessen|lessens|lessened|numb|numbs|numbed"
    r"|stop|stops|stopped|stopping|quieten|quietens|quietened|(?:take|takes|took|taking) the edge off"
    r"|(?:damp|damps|damped|dampen|dampens|dampened) down)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:pain|pains|aches?|ache|discomfort|throbbing|burning|tingling|pins and needles|sensations?|spasms?"
    r"|cramps?|stiffness|soreness|itch|itching|twinges?|jolts?)\s*,?\s+(?:and|so(?: that)?)\s+"
    # ... then helps someone or lets them: "and help them", "so that you can", "so he can finally"
    r"(?:(?:help|helps|helped|helping|let|lets|letting|allow|allows|allowing)\s+(?:them|you|him|her|me|us|people|patients)\s+(?:to\s+)?"
    r"|(?:they|you|he|she|I|we|people|patients)\s+(?:can|could|will|(?:are|is|am|will\s+be)\s+able\s+to)"
    r"(?:\s+(?:finally|actually|properly|again|once\s+again|at\s+last))*\s+)$",
    re.IGNORECASE,
)


#: A clause whose subject points back at the advice in the clause before it: "...; *that* helps with the nausea",
#: "...; *doing this* cuts down on heartburn", "...: *this way* you avoid dizziness", "Take them after food with a full glass
#: of water; *it* helps with the queasiness" (the cue of a side effect avoided must still be in that advice).
_ADVICE_POINTED_AT = re.compile(
    r"\s*(?:and\s+)?(?:that|this|it|doing (?:so|this|that)|this way|that way)"
    r"\s+(?!(?:medicine|medication|drug|pill|tablet|one|is|was)\b)",
    re.IGNORECASE,
)


#: "it" after a comma, a dash or a bracket, right before the use verb, standing for the advice before it: "Take it with
#: breakfast, *it* helped the nausea", "Have it after a meal - it settles the queasiness" (the cue of a side effect avoided
#: must still be in that advice).
_ADVICE_THEN_IT = re.compile(
    r"(?:,|\s[-–—]|\()\s*(?:and\s+)?it\s+(?:(?:really|also|definitely|honestly|totally|usually|often)\s+)?$", re.IGNORECASE
)
#: Being put to sleep, the idiom of an anaesthetic or of being knocked out, right before the condition: "any procedure where
#: you will be put to sleep", "before they put you to sleep for the operation", "the drip that puts patients to sleep" ("put"
#: is no taking there and "to" no purpose; a dose that "put him to sleep" is an outcome, see conditions.yml).
_PUT_TO = re.compile(
    r"\b(?:put|puts|putting)\s+(?:(?:me|you|him|her|them|us|people|patients|someone|everyone|the\s+patient)\s+)?to\s+$", re.IGNORECASE
)
#: Someone else's task, known or learnt, not the drug's purpose: "so that an emergency team *knows* to treat pain differently",
#: "nurses are *trained* to manage agitation without sedatives".
_KNOWS_HOW = re.compile(r"\b(?:know|knows|knew|learn|learns|learned|learnt|trained|remember|remembers)(?:\s+how)?\s+$", re.IGNORECASE)


#: The body's own cells or chemicals doing what the condition names, in a relative clause: "platelets, the tiny cells *that*
#: help blood clot", "the proteins in your blood *that* help it clot", "serotonin, a chemical in the brain *that* helps
#: regulate mood": the body's work, not a use of the drug (not "a tablet that helps you sleep", "a hormone
#: medicine that treats ...": a medicine and a bare hormone are not the body's own).
_BODY_DOES = re.compile(
    r"\b(?:(?:blood\s+|nerve\s+|brain\s+|immune\s+|white\s+|red\s+)?cells?|platelets?|proteins?|enzymes?|glands?|receptors?"
    r"|(?:clotting\s+)?factors?|(?:chemical\s+)?messengers?|neurotransmitters?|nerve\s+endings?"
    r"|(?:chemicals?|hormones?|substances?)\s+(?:(?:made|produced|found|released)\s+)?(?:in|by|of)\s+(?:the|your|our|his|her|their)"
    r"\s+(?:own\s+)?(?:body|brain|blood|gut|nerves?|liver))"
    r"(?:\s+(?:in|of)\s+(?:the|your|our|his|her|their)\s+(?:body|brain|blood|gut|liver))?,?\s+(?:that|which)\s+"
    r"(?:(?:normally|naturally|usually|also|then|all|both)\s+)?$",
    re.IGNORECASE,
)


#: A giving whose "for" follows an aside on how it is made up or dosed: "prescribe low-dose naltrexone*, compounded at 4.5 mg,*
#: for members who ...", "we offer it*, 10 mg at night,* for people who ...": the comma closes the aside, so the "for" is the
#: giving's, not one opening a patient group ("For people with diabetes, ..."; "prescribe it, at a lower dose, for people with").
_GIVING_ASIDE = re.compile(
    r"\b(?:prescrib(?:e|es|ed|ing)|give|gives|gave|giving|offer(?:s|ed|ing)?|recommend(?:s|ed|ing)?|use|uses|using)\s+"
    r"(?:[^,;:.!?]|\.(?=\d)){1,60},\s+(?:(?:compounded|made\s+up|mixed|prepared)\b|(?:about\s+|around\s+|just\s+|only\s+|usually\s+)?"
    r"(?:at\s+)?\d[\d.]*\s?(?:mg|mcg|micrograms?|milligrams?)\b)(?:[^,;:.!?]|\.(?=\d)){0,40},\s*$",
    re.IGNORECASE,
)


#: The warning sign of misuse, the reader told to notice it in themselves: "If you find yourself *wanting it* for stress rather
#: than pain, call the peer support line", "if you catch yourself reaching for one to get through a bad day", "if you start
#: craving it to cope" (a sign to act on, not a use told; not "I find it helps with stress").
_MISUSE_SIGN = re.compile(
    r"\b(?:(?:find|finds|found|finding|catch|catches|caught|notice|notices|noticed)\s+(?:yourself|yourselves|himself|herself|themselves"
    r"|myself|ourselves|someone|somebody|(?:a|your|his|her|their)\s+(?:[\w’'-]+\s+)?(?:friend|partner|relative|loved\s+one|colleague|mate))"
    r"|(?:start|starts|started|starting|begin|begins|began|beginning)(?:\s+to)?)\s+"
    r"(?:(?:wanting|want|craving|crave|needing|need|reaching\s+for|reach\s+for|relying\s+on|rely\s+on|turning\s+to|turn\s+to"
    r"|looking\s+forward\s+to|counting\s+down\s+to)\b)",
    re.IGNORECASE,
)


#: A trouble told as tied to the medicine, right before it: "with years of use there's *a link to* skin cancer" (holdout265 ic07;
#: gaps150c), "has been linked with", "an association with" (a harm, not a use).
_LINKED_TO = re.compile(
    r"\b(?:an?\s+)?(?:(?:small|slight|possible|known|weak|strong|clear)\s+)?(?:link|links|linked|connection|association|associated|tied)"
    r"\s+(?:to|with)\s+(?:(?:a|an|the|some|certain|more)\s+)?$",
    re.IGNORECASE,
)


def _not_a_use(text: str, name: str, verb_start: int, start: int) -> bool:
    """Research on it ("studied for COVID-19"), a patient group ("For people with diabetes, ...", "the dose for those with kidney
    disease"), or advice on taking it whose purpose is a side effect avoided ("take it in
    the morning to help you sleep at night")."""
    head = text[:verb_start]
    if (
        re.match(r"for\b", text[verb_start:], re.IGNORECASE)
        and _PATIENT_GROUP.search(head + "for ")
        and not _GIVING_ASIDE.search(head)
        and _GROUP.match(text[verb_start + 3 : start])
    ):
        return True
    clause = re.split(r"[;:.!?]|\bbut\b", head)[-1]
    if _LINKED_TO.search(text[verb_start:start]):
        return True  # "with years of use there's a link to skin cancer": a harm tied to it, not a use
    if _AFTER_RELIEF.search(clause + text[verb_start:start]):
        return True  # "take the edge off that pain and help them sleep through", "calm those sensations so that you can sleep"
    if _STUDIED.search(clause):
        return True  # "It was studied for COVID-19 in 2020, but ..."
    if _MISUSE_SIGN.search(clause):
        return True  # "If you find yourself wanting it for stress rather than pain, call ...": a sign of misuse to act on
    given = re.match(_GIVE, text[verb_start:], re.IGNORECASE) or re.match(_TAKEN_IN, text[verb_start:], re.IGNORECASE)
    if given and _CAUTION.search(clause):
        return True
    if _ADVICE_BECAUSE.match(clause.lstrip() + text[verb_start:start]):
        return True
    if re.match(_TAKE, text[verb_start:], re.IGNORECASE) and _STOP.search(clause):
        return True  # "stop taking it because you have a fever"
    # advice in the clause before, pointed back at as the subject: "Take it after food with a full glass of
    # water; that helps with the nausea" (not the drug: "It helps with nausea")
    # ... or after a comma, with "it" for the advice: "Take it with breakfast, it helped the nausea"
    pieces = re.split(r"[;:.!?]|\bbut\b", head)
    then_it = _ADVICE_THEN_IT.search(clause)
    advice = pieces[-2] if len(pieces) > 1 and _ADVICE_POINTED_AT.match(clause) else clause[: then_it.start()] if then_it else clause
    if (
        _TITRATION.search(advice)
        and not _RELIEF_POINTED.match(text, verb_start)
        and not (_STARTED_YOU_ON_A_DOSE.search(advice) and re.match(r"for\b", text[verb_start:], re.IGNORECASE))
    ) or _SELF_CARE.search(advice):
        return True
    if _KNOWS_HOW.search(head):
        return True  # "a wallet card, so that an emergency team knows to treat pain differently"
    if _BODY_DOES.search(text, max(0, verb_start - 120), verb_start):
        return True  # "platelets, the tiny cells that help blood clot": what the body does, not the drug
    if _PUT_TO.search(text, max(0, start - 60), start):
        return True  # "before any operation or procedure where you will be put to sleep": the anaesthetic, not a sleep use
    if _TAKEN_SO.match(clause):
        return True  # "Taking it with food fixed that": the headaches of its first weeks, managed
    cue = _ADMINISTRATION.get(name)
    return bool(cue and cue.search(advice + " " + text[verb_start:start]))


#: How far before the end of the filler a use verb may start: the longest verb phrases ("hand out
#: a tiny daily dose of the tablet, a quarter of a 2.5 mg pill, to men whose") are under 200
#: characters. The verb patterns end at ``$``, so searching all of a long head would try them
#: at every character of it (issue 15: this was the costliest search of the checks).
_VERB_REACH = 240


@lru_cache(maxsize=4096)
def _verb_before(head: str) -> int | None:
    """Start of the use verb that ``head`` (the text before a condition) ends with,
    allowing a few filler words between; None if there is none. Memoised: the checks ask
    again of the same text before the same condition (about a third of the asks on the NIH corpus)."""
    words = list(re.finditer(r"\S+", head[-120:]))
    offset = max(0, len(head) - 120)
    # (up to 16 words: the people given it may be told with an aside, "for younger husbands who, as one of them put it
    # to me, are \"...")
    for k in range(1, min(len(words), 16) + 1):
        cut = offset + words[-k].end()
        if not _GAP.match(head[cut:]):
            continue
        # pos/endpos, not a slice: ``\b`` and look-behinds still see the text before ``reach``.
        reach = max(0, cut - _VERB_REACH)
        verb = _USE_VERB.search(head, reach, cut)
        if (
            verb
            and not _BEGINS_TO.match(head, verb.start())
            and not _NOT_USE_FOR.search(head, reach, cut)
            and not _SEEK_CARE_FOR.search(head, reach, cut)
            and not _NOT_USE_TO.search(head, reach, cut)
        ):
            return verb.start()
    return None


#: The trouble pointed at named by what it is felt as, after "that" or "those": "that pain", "those sensations", "these
#: pain signals", "this kind of burning".
#: (or the bouts of the trouble just told: "could do double duty for those surges", "eases these attacks", "for those spells")
_SIGNS_NAMED = (
    r"\s+(?:(?:kind|sort|type)s? of\s+)?(?:pain|ache|discomfort|burning|(?:nerve\s+|pain\s+)?(?:signals|sensations)"
    r"|surges|waves|spells|episodes|attacks|bouts|flare-?ups|symptoms"
    # ... or the hurt just told by what it is: "a good fit for that kind of strain too" (after a back tweaked lifting), "for
    # these sprains", "that sort of injury"
    r"|strains?|sprains?|injur(?:y|ies)|twinges?|niggles?)\b"
)
_SIGNS_NAMED_AFTER = re.compile(_SIGNS_NAMED, re.IGNORECASE)
#: A short sentence on the person between the signs and a medicine given for them: their age, weight or tests ("I'm 29.",
#: "My weight is normal.", "Her blood tests were all fine.").
_PERSON_ASIDE = re.compile(
    r"^\W*(?:(?:I[’']m|I\s+am|(?:she|he)[’']s|(?:she|he)\s+is)\s+(?:only\s+|just\s+)?\d{1,2}(?:\s+years?\s+old)?"
    r"|(?:my|her|his|their)\s+(?:weight|BMI|age|blood\s+pressure|(?:blood\s+)?sugars?|bloods|blood\s+(?:tests?|work|results)|thyroid)"
    r"\s+(?:is|are|was|were|came\s+back|come\s+back)(?:\s+(?:all|completely|totally|perfectly|quite))?"
    r"\s+(?:normal|fine|OK|okay|healthy|clear|good))\W*$",
    re.IGNORECASE,
)
#: The trouble just told, said to come again and again, as an aside between it and the giving: "It happens every winter.",
#: "This has been going on for years.", "It comes back whenever the weather turns." (not what a dose does: "It happens every
#: time I take a tablet.").
_RECURS = re.compile(
    r"^\W*(?:and\s+)?(?:it|this|that|they|these|those)(?:[’']s|\s+(?:has|have))?\s+(?:(?:always|just|still|usually)\s+)?"
    r"(?:happens?|happened|been\s+happening|been\s+going\s+on|goes\s+on|comes?\s+back|came\s+back|keeps?\s+(?:happening|coming\s+back)"
    r"|kept\s+(?:happening|coming\s+back)|been\s+like\s+(?:that|this)|(?:was|is|are|were)\s+(?:always\s+)?(?:like\s+(?:that|this)|the\s+same))"
    r"(?![^.;:!?]*\b(?:take|takes|took|taking|dose|doses|tablets?|pills?|capsules?|medicines?|started\s+on)\b)"
    r"\s+(?:(?:every|each|most|all)\s+(?:single\s+)?(?:winter|year|autumn|fall|time|day|morning|night|evening|week|month|cold\s+(?:snap|spell))s?"
    r"(?:\s+(?:without\s+fail|now))?|whenever\s+[^.;:!?]{1,60}|when(?:ever)?\s+it\s+(?:gets|turns|is)\s+[^.;:!?]{1,30}"
    r"|for\s+(?:years|months|weeks|ages|decades)(?:\s+now)?|(?:over\s+and\s+over|again\s+and\s+again)(?:\s+again)?|all\s+the\s+time"
    r"|(?:a\s+few|several|two|three|four|many)\s+times\s+a\s+(?:week|month|year|winter|day))\W*$",
    re.IGNORECASE,
)
#: The signs just told going right after a time on the medicine, as an aside between them and the pointing back: "I had gone
#: years with periods showing up every two or three months, plus the chin hairs ... Four months in, my periods came back like
#: clockwork. If that sounds like you, it's honestly worth asking your doctor about semaglutide just for that." (gaps140b)
_RESULT_ASIDE = re.compile(
    r"^\W*(?:(?:within|after)\s+)?(?:(?:about|around|some|nearly|almost|just|only)\s+)?"
    r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|several)\s+"
    r"(?:days?|weeks?|months?|years?)(?:\s+(?:in|on|later|into\s+it|on\s+it))?\s*,?\s+(?:my|her|his|their|your|the)\s+"
    r"(?!(?:doctor|doc|GP|nurse|dose|prescription|pharmacist|side)\b)[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(?:came|come|went|were|was|had|has|have|are|is|got|started|finally|stopped|cleared|returned)\b[^.;:!?]{0,100}[.!]?\W*$",
    re.IGNORECASE,
)
#: A dose started low to relieve the trouble just told is given for it, not advice on a side effect avoided (named:
#: "start at a low dose to cut down on nausea"): "We start amitriptyline at a small dose *to calm those sensations*".
_RELIEF_POINTED = re.compile(rf"(?:to\s+)?[\w-]+(?:\s+[\w-]+){{0,3}}?\s+(?:that|this|these|those){_SIGNS_NAMED}", re.IGNORECASE)
#: Whom the relief pointed back is for, after it: "A low dose of sertraline takes the edge off those *for many of them*", "eases
#: them *for most women*", "calms that *for my customers*" (not a time: "for a few hours").
_FOR_WHOM = (
    r"(?:\s+for\s+(?:(?:many|most|some|lots|a\s+lot|plenty|a\s+few|several|all|both|each|the\s+majority)\s+of\s+)?"
    r"(?:them|those|these|us|you|her|him|me|(?:(?:many|most|some|lots\s+of|plenty\s+of|a\s+lot\s+of)\s+)?(?:people|patients|women|men"
    r"|folks|customers|clients)|(?:my|our|the|those|these|their|his|her)\s+(?:[\w’'-]+\s+)?(?:patients|customers|clients|women|men"
    r"|members|regulars|residents|readers|listeners)))"
)
#: A use given by pointing back at a condition: "many doctors are happy to prescribe it for
#: that", "it's often used for this too", "it can help with that" ("for that reason" is not one).
_ANAPHOR = re.compile(
    rf"(?:{_TAKE}(?:\s+(?:it|them|this\s+(?:medicine|medication|drug|one)|(?!(?:time|care|caution|money|advice|credit|thanks)\b)[\w-]+))?"
    # ... with the time it is taken: "often prescribe gabapentin at bedtime for this"
    r"(?:\s+(?:at\s+(?:bedtime|night|nighttime|night-time)|in\s+the\s+(?:evening|morning)|with\s+(?:supper|dinner|tea|breakfast)))?"
    # put on it: "her doctor started her on Wellbutrin XL for exactly that"
    # ... or back on it: "put him back on valacyclovir for another fortnight for that"
    r"|\b(?:start|starts|started|starting|put|puts|putting|kept|keeps|keep)\s+(?:me|him|her|them|us|you)\s+(?:back\s+)?on(?:\s+[\w-]+){1,4}?"
    # ... or asked about: "worth asking your doctor about semaglutide just for that" (gaps140b)
    r"|\b(?:ask|asks|asking|asked)\s+(?:(?:your|her|his|their|my|the|a|an)\s+)?(?:doctor|doc|GP|physician|prescriber|pharmacist"
    r"|[a-z]+ologist|OB(?:-?GYN)?|gyn(?:a?e(?:cologist)?)?|nurse|provider|specialist)\s+(?:about|for)(?:\s+[\w-]+){1,3}?"
    # "most swear by it for exactly that"
    r"|\b(?:used|prescribed|given|taken|recommended|good|great|useful|helpful|handy)(?:\s+(?:it|them))?"
    # ... or offered or suggested: "a small dose in the evening is one of the first things we offer for this" (holdout316 kb01),
    # "doctors often suggest it for that", "the clinic offered me nortriptyline for this"
    r"|\b(?:offer|offers|offered|offering|suggest|suggests|suggested|suggesting|recommend|recommends)"
    r"(?:\s+(?:it|them|me|him|her|you|us|people|patients|(?!(?:time|support|advice|tips|help|information|info|care|counsel+ing|therapy|CBT)\b)[\w-]+))?"
    # ... or called a good option for it: "Yes, it's a really good option for exactly that", "a solid option for that"
    # ... or the usual one: "Gabapentin is a common choice for that", "a standard option for this"
    r"|\b(?:good|great|solid|decent|sensible|reasonable|excellent|useful|handy|safe|common|usual|popular|standard|typical|first-line)"
    r"\s+(?:option|choice|pick|bet|fit|one)"
    # ... or called the answer for it: "our metronidazole pack is the answer for that as well", "it's the fix for this"
    r"|\b(?:is|are|was|were|[’']s)\s+(?:(?:also|just|really|exactly|often|usually)\s+)?(?:the|your|our)\s+(?:(?:best|usual|right|simple)\s+)?"
    r"(?:answer|fix|cure|remedy|solution|treatment|go-to))\s+for\s+"
    r"(?:(?:exactly|just|precisely|specifically|purely|mainly|mostly|only|largely)\s+)?(?:that|this)"
    # (not "Take it at bedtime for that reason")
    r"(?!\s+(?:reason|reasons|purpose|cause|matter|one|kind|sort|type)\b)"
    r"|\b(?:help|helps|helped|helping)(?:\s+(?:a lot|a bit|a little|(?:people|patients|them|you)))?\s+with\s+(?:that|this)"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:too|as well|also|either|anymore|nowadays|these days|sometimes|often"
    # "happy to prescribe bupropion for that after a video visit", "... for this online"
    r"|after|at|via|through|online|following|over)\b)"
    # ... or quietened, all of it: "started her on 25 mg of quetiapine at night to turn the volume down on all of it", "to dial
    # down the noise on all that", "to quieten it all" (the match ends at the pointing word; not "turn the volume down on the TV")
    r"|\b(?:to|can|could|may|might|will|would|helps?|helped)\s+(?:help\s+(?:to\s+)?)?"
    r"(?:(?:turn|turns|turned|dial|dials|dialled|dialed|tone|tones|toned)\s+(?:the\s+(?:volume|noise)\s+down|down\s+the\s+(?:volume|noise))\s+on"
    r"|quiet(?:en)?|dampen|damp\s+down|muffle|mute|blunt)\s+(?:all\s+(?:of\s+)?)?(?:them|it|that|this|those|these)"
    r"(?=(?:\s+all)?(?:\s+(?:down|too|as\s+well|also))?\s*(?:[.,;:!?)\"”’]|$))"
    # ... or levelled out, the spell pointed at by what it is: "Dr. Amin said escitalopram would level out that monthly crash as
    # well" (after "days 22 to 28 of my cycle were ... sobbing at commercials"; the match ends at the pointing word)
    r"|\b(?:to|can|could|may|might|will|would|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:level|even|smooth|flatten)\s+out\s+(?:that|this|those|these)"
    r"(?=(?:\s+(?:monthly|weekly|nightly|pre-?period|[\w-]+))?\s+(?:crash|crashes|dip|dips|slump|slumps|spells?|storms?|days|week|lows?)"
    r"(?:\s+(?:too|as\s+well|also))?\s*(?:[.,;:!?)\"”’]|$))"
    # ... or opening the sentence before the giving: "For this the doctor here gives metronidazole 500 mg", "For that, her GP
    # prescribed ..." (not "For this reason the doctor gives it only when needed")
    r"|^\W*for\s+(?:exactly\s+)?(?:this|that)(?!\s+(?:reason|reasons|purpose|cause|matter|one|kind|sort|type)\b)"
    r"(?=,?\s+(?:[\w’'-]+\s+){0,4}?(?:give|gives|gave|prescribes?|prescribed|uses?|used|recommends?|recommended|starts?|started|puts?)\b)"
    # relief of the pain just told: "can take the edge off that pain", "eases this kind of pain",
    # "helps with this sort of pain"
    r"|\b(?:(?:take|takes|took|taking) the edge off|eases?|eased|easing|relieves?|relieved|relieving|soothes?|soothed"
    r"|dulls?|dulled|settles?|settled|calms?|calmed|calming|quiet(?:en)?s?|help(?:s|ed)? with|for|treats?|treated)"
    r"\s+(?:that|this|these|those)"
    # ... or the signals or sensations just told: "can calm these pain signals"
    rf"(?={_SIGNS_NAMED})"
    # ... or by a pronoun: "Her GP prescribed nortriptyline for them" (migraines named before),
    # "Amitriptyline can help prevent them", "can ease that."
    rf"|(?:{_TAKE}(?:\s+[\w-]+){{0,3}}?|\b(?:used|prescribed|given|taken|recommended))\s+for\s+(?:them|it|those)(?=\s*(?:[.,;:!?)\"”’]|$))"
    r"|\b(?:to|can|could|may|might|will|would|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:prevent|treat|ease|relieve|control|manage|reduce"
    r"|stop|calm|settle|soothe|tame|dull|take the edge off)\s+(?:them|it|that|this|those|these)"
    # ... "too": "My doctor said fluoxetine could take the edge off those too"
    r"(?=(?:\s+(?:too|as well|also))?\s*(?:[.,;:!?)\"”’]|$))"
    # ... or got rid of: "prescribe fluconazole, one 150 mg tablet a week for a few weeks, to knock it out", "to clear it up for
    # good", "to kick it", "to see them off" (the match ends at the pointing word)
    # (a purpose only, "to": not a person who can sort it, "the pharmacist can help sort that out", nor "the GP can see them")
    r"|\bto\s+(?:help\s+(?:to\s+)?)?"
    r"(?:(?:knock|stamp)\s+(?:it|them)(?=\s+out\b)|clear\s+(?:it|them)(?=\s+up\b)|see\s+(?:it|them)(?=\s+off\b)"
    r"|(?:kick|get\s+rid\s+of|shift|kill|beat|zap)\s+(?:it|them))"
    r"(?=(?:\s+(?:out|up|off))?(?:\s+(?:for\s+good|once\s+and\s+for\s+all|completely|fast|quickly|too|as\s+well|also))?"
    r"\s*(?:[.,;:!?)\"”’]|$))"
    # ... or calmed down, a purpose: "started me on Cymbalta to calm that down", "to settle it down" (not a hedge: "said clonidine
    # might calm them down")
    # ... or dialled down, all of it: "I take one 25 mg Benadryl at the gate to dial all of that down" (not "turn it down", an
    # offer declined)
    # ... or said to, outright: "A small dose at night can settle all of that down" (after the flashbacks told; not "might",
    # "could" or "may", hedges)
    r"|\b(?:to|can|will|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:calm|settle|quiet(?:en)?|dial)\s+(?:all\s+(?:of\s+)?)?(?:them|it|that|this|those|these)"
    r"(?=(?:\s+all)?\s+down(?:\s+(?:too|as well|also|a\s+(?:bit|notch|little)))?\s*(?:[.,;:!?)\"”’]|$))"
    # ... or let heal, or helped on its way out, the sore or the stone just told: "so she takes Protonix every morning to allow it
    # to heal", "sent him home with tamsulosin to help it slide on through", "to help it pass" (the match ends at the pointing
    # word; not "to help it slide down", a capsule swallowed)
    r"|\b(?:to|can|could|may|might|will|would|should|helps?|helped)\s+(?:help|let|allow|get)\s+(?:it|them|that|this|those|these)"
    r"(?=\s+(?:to\s+)?(?:(?:finally|properly|fully)\s+)?(?:heal|close\s+(?:up|over)|mend|scab\s+over|pass\b(?!\s+(?:into|to)\b)"
    r"|(?:slide|slip|work|squeeze|make|find|wriggle)\s+(?:(?:its|their)\s+way\s+)?(?:on\s+)?(?:through|out|along)"
    r"|come\s+(?:out|away)|drop\s+out|move\s+(?:along|on\s+through))\b)"
    # ... or eased or helped along, the stone just told: "He went home with a week of tamsulosin to ease it on its way", "a
    # bottle of tamsulosin to help it along", "to speed them on their way" (the match ends at the pointing word)
    r"|\b(?:to|can|could|may|might|will|would|should|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:help|ease|speed|hurry|nudge|coax|move|see)"
    r"\s+(?:it|them)(?=\s+(?:along|on\s+(?:its|their)\s+way)(?:\s+(?:out|down|through))?\s*(?:[.,;:!?)\"”’]|$|and\b|so\b))"
    # ... or taken on the nights or days just told: "take one of the little white ones at bedtime on those nights" (after "For
    # the nights I am staring at the ceiling until 3"), "he uses it only on those days", "I take half a tablet on these nights"
    # (the match ends at the pointing word)
    rf"|{_TAKE}(?:\s+[\w’'-]+){{0,10}}?\s+on\s+(?:those|these)(?=\s+(?:nights|days|evenings|mornings|occasions)\b)"
    # ... or the people with the trouble just told, pointed back at, doing well on it: "Several of my regulars like that do really
    # well on Wellbutrin XL", "patients like these often respond well to it", "it works well for people like that" (the match
    # ends at the pointing word)
    r"|\b(?:people|patients|clients|customers|regulars|members|users|folks|adults|grown-ups|kids|children|teens|men|women|ones)\s+like\s+"
    r"(?:that|this|those|these|them)(?=\s+(?:(?:usually|often|generally|mostly|really|tend\s+to|seem\s+to)\s+)?"
    r"(?:do|does|did|have\s+done|tend\s+to\s+do)\s+(?:really\s+|very\s+|so\s+|quite\s+)?well\s+on\b"
    r"|\s+(?:(?:usually|often|generally|mostly|really|tend\s+to|seem\s+to)\s+)?(?:respond|responds|responded)\s+(?:really\s+|very\s+|so\s+)?well\s+to\b)"
    r"|\b(?:works?|worked|working)\s+(?:really\s+|very\s+|so\s+|quite\s+)?well\s+for\s+(?:people|patients|clients|customers|regulars|members|users"
    r"|folks|adults|grown-ups|kids|children|teens|men|women|ones)\s+like\s+(?:that|this|those|these|them)"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:too|as\s+well|also)\b)"
    # ... or brought under control: "put me on spiro to get those under control", "to keep them in check"
    r"|\b(?:to|can|could|may|might|will|would|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:get|bring|keep)\s+(?:them|it|that|this|those|these)"
    # (or the trouble's own noun after the pointing word: "raised the metoprolol to keep that runaway rate in check", "to get
    # those spells under control")
    r"(?=(?:\s+(?:[\w-]+\s+)?(?:rate|pulse|heartbeat|rhythm|spells|attacks|episodes|bouts|turns|flare-?ups|flares))?"
    r"\s+(?:under\s+control|in\s+check)\s*(?:[.,;:!?)\"”’]|$))"
    # ... or kept from coming, or cut down, the attacks maybe named by what they are: "to keep those spells from coming",
    # "should cut those down too", "to stop them coming back", "would keep these attacks away" (the match ends at the pointing
    # word; not "to keep those appointments", "cut those down the middle")
    r"|\b(?:to|can|could|may|might|will|would|should|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:keep|stop)\s+(?:them|those|these)"
    r"(?=(?:\s+(?:spells|attacks|episodes|bouts|turns|headaches|flare-?ups|flares))?\s+(?:(?:from\s+)?(?:coming(?:\s+(?:back|on|round))?"
    r"|happening|returning|recurring|starting)|away|at\s+bay)\b)"
    r"|\b(?:to|can|could|may|might|will|would|should|helps?|helped)\s+(?:help\s+(?:to\s+)?)?(?:cut|bring|knock)\s+(?:them|those|these)"
    r"(?=(?:\s+(?:spells|attacks|episodes|bouts|turns|headaches|flare-?ups|flares))?\s+(?:right\s+|way\s+)?(?:down|back)\b(?!\s+(?:to|on|the|in|into)\b))"
    r"|\b(?:prevents|treats|eases|relieves|soothes|dulls|settles|calms|tames|takes the edge off"
    # (or did: "a low dose eased those for her")
    r"|eased|relieved|soothed|settled|calmed|tamed|took the edge off)\s+(?:them|those|these|that)"
    rf"(?=(?:\s+(?:too|as well|also))?{_FOR_WHOM}?\s*(?:[.,;:!?)\"”’]|$))"
    # ... or kept on it for the reason just told, the trouble: "kept her on it partly for that reason" (after the hot flushes
    # told; the match ends at the pointing word; not "take it at bedtime for that reason": no one kept on it)
    r"|\b(?:kept|keeps|keep|keeping)\s+(?:me|him|her|them|us|you)\s+on(?:\s+[\w-]+){1,4}?\s+"
    r"(?:(?:partly|partially|largely|mainly|mostly|in\s+part|chiefly|also)\s+)?for\s+(?:that|this)(?=\s+reason\b)"
    # ... or the trouble just told as the reason a prescriber gives it or keeps the person on it: "Dr. Reyes said that's exactly
    # why we'll keep him on it", "That is why her GP put her on a low dose", "this is the reason the psychiatrist prescribed ..."
    # (the match is the pointing word; not advice: "that's why you should take it with food")
    r"|\b(?:that|this)(?=(?:[’']s|\s+is|\s+was)\s+(?:(?:exactly|precisely|just|partly|largely|mainly|really|also)\s+)?"
    rf"(?:why|the\s+reason(?:\s+why)?)\s+(?:{_PRESCRIBER}|I|we|he|she|they)"
    r"(?:[’']ll|[’']d|\s+(?:will|would|(?:is|are)\s+going\s+to|decided\s+to|wants?\s+to|wanted\s+to|(?:has|have|had)\s+to))?\s+"
    r"(?:(?:keep|keeps|kept|put|puts|start|starts|started|switched)\s+(?:me|him|her|them|us)\s+(?:on|onto)\b"
    r"|(?:prescribe[sd]?|gave|gives|give|added|adds|add|suggested|recommended)\s+(?:(?:me|him|her|them|us)\s+)?"
    r"(?:it|some|an?|the|a\s+(?:low|small|tiny)\s+dose|[\d.]+\s?mg|(?-i:[A-Z])?[a-z]{4,})\b))",
    re.IGNORECASE,
)
#: The condition pointed back at told as a side effect or a risk ("It can cause headaches. Take it
#: with food to prevent them"), not as what the drug is taken for.
#: The condition told as the medicine's own effect, right after it: "Escitalopram gave me headaches", "It can
#: cause headaches", a side effect (not what an illness left: "The chemo gave me pins and needles").
_ITS_EFFECT = re.compile(
    r"(?:(?:^|[,;(]|\b(?:and|but))\s*[\"“‘]?(?:[Ii]t|[Tt]hey|[Tt]his|[Tt]hese|(?:[Tt]he|[Mm]y|[Hh]is|[Hh]er|[Yy]our)"
    r" (?:tablets?|pills?|medicine|medication|drug|capsules?)|[A-Z][\w-]*)"
    r"\s+(?:(?:can|may|might|could|often|sometimes|also|did|does)\s+)?(?:gave|gives|give|caused|causes|cause|triggered|triggers"
    r"|brought on|brings on)\s+(?:(?:me|him|her|them|us|you)\s+)?(?:[\w’'-]+\s+){0,2}|\bside[- ]effects?\b.*)$"
)
#: The condition then called a side effect of the drug: "that helps with the nausea, which is the most
#: common side effect", "eases the headaches, a known side effect" (a side effect managed, not a use).
_SIDE_EFFECT_AFTER = re.compile(
    r"[,;(—–-]?\s*(?:(?:which|that)\s+(?:is|are|was|were|can be|may be)\s+)?(?:(?:one of\s+)?(?:the|a|an|its)\s+)?"
    r"(?:(?:most|more|very|fairly|quite|really)\s+)?(?:(?:common|usual|frequent|typical|main|likely|known|well-known|expected|early)\s+)?"
    r"side[- ]effects?\b",
    re.IGNORECASE,
)
#: The condition naming who looks after it, right after it: "a decision for your cancer *team*", "questions for the diabetes
#: *nurse*", "a letter for the pain *clinic*", "save them for your allergy *specialist*" (holdout290 jb02): the people the
#: "for" is meant for, not a use (not what is given: "cancer care", "pain relief", "sleep aids").
_CARERS_AFTER = re.compile(
    r"(?:\s+|-)(?:care\s+)?(?:team|doctors?|docs?|nurses?(?:\s+specialists?)?|specialists?|consultants?|clinics?|units?|wards?"
    r"|cent(?:re|er)s?|services?|helplines?|hotlines?|charit(?:y|ies)|support\s+groups?|societ(?:y|ies)|foundations?|hospitals?"
    r"|surgeons?|departments?|dept|educators?|counsell?ors?|navigators?|coordinators?|dietitians?|physicians?)\b",
    re.IGNORECASE,
)
_SIDE_EFFECT_TOLD = re.compile(
    r"\b(?:cause|causes|caused|causing|side[- ]effects?|trigger|triggers|triggered|lead(?:s)? to|risks?|give you|gives you|makes? you)\b",
    re.IGNORECASE,
)
#: The trouble told as one the person does not have, right before it: "Theo, who is six and *does not have* ADHD, had been
#: lying awake until eleven", "she has never had depression", "a boy *without* ADHD" (no trouble a giving after it was for;
#: not a trouble told as one the person cannot shake: "she could not shift the 25 pounds she had put on").
_DENIED_TROUBLE = re.compile(
    r"\b(?:(?:does|do|did|has|have|had)(?:n[’']t|\s+not)|never|no\s+longer|without|(?:is|was|are|were|am)\s+not|no|isn[’']t|wasn[’']t"
    r"|aren[’']t|weren[’']t)"
    r"\s+(?:(?:have|has|had|got|get|gets|suffer\s+from|suffers\s+from|suffered\s+from|been\s+diagnosed\s+with|diagnosed\s+with|any"
    r"|a|an|signs?\s+of|a\s+diagnosis\s+of|even|actually|really|ever"
    # ... or said not to be what it sounded like: "She said it didn't sound like depression to her, just grief and no sleep"
    r"|(?:sound|seem|look|feel)\s+like)\s+){0,3}$"
    # ... or ruled out by the tests, maybe after another trouble ruled out with it: "Blood tests ruled out thyroid trouble and
    # polycystic ovaries" (gaps140b)
    r"|\b(?:ruled|rules|ruling|rule)\s+out\s+(?:(?:any|all|both|a|an|the)\s+)?(?:[\w’'-]+,?\s+){0,3}?(?:(?:and|or)\s+(?:(?:any|a|an|the)\s+)?)?$",
    re.IGNORECASE,
)


def denied_before(text: str, start: int) -> bool:
    """Is the condition named at ``start`` told in its clause as one the person does not have (see :data:`_DENIED_TROUBLE`)?"""
    return bool(_DENIED_TROUBLE.search(re.split(r"[;:.!?]", text[:start])[-1]))


#: A condition named after "for that" is the one it points at when it is someone's: "for that too,
#: after a short video call about your ADHD", "for that as well, if your ADHD is getting in the way"
#: (not a side effect named later: "prescribed for that, and it can cause insomnia").
_HOLDER_BEFORE = re.compile(r"\b(?:your|my|his|her|their|our)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ... or set right after it as what "that" is: "put her on Wellbutrin for exactly that, the can't-focus, can't-sit-still thing"
#: (holdout302 jn06), "for this: the can't-switch-off worry".
_APPOSED = re.compile(r"\s*[,:—–]\s*(?:the|that|this|those|these)\s+", re.IGNORECASE)
#: ... unless set apart from it: "for that too, but not for your ADHD".
_SET_APART = re.compile(r"\b(?:not|never|no|except|but|unless|rather than|instead of)\b", re.IGNORECASE)


#: The condition fixed, pointed back at: "Whether it's BV or thrush, a week of metronidazole
#: *sorts things out*", "if it's a UTI, a short course *clears it up*", "*does the trick*".
_FIXES = re.compile(
    r"\b(?:(?:sorts?|sorted|sorting) (?:it|them|that|this|those|these|things|everything|you) out"
    r"|(?:clears?|cleared|clearing) (?:it|them|that|this|those|these|things|everything) (?:right |straight )?up"
    r"|(?:does|did|do|doing) the (?:trick|job)|(?:takes?|took|taking) care of (?:it|them|that|this|those|these|things|everything)"
    r"|(?:knocks?|knocked|knocking) (?:it|them|that|this) on the head|(?:sees?|saw|seeing) (?:it|them|that|this) off"
    # "would fix that", "put a stop to that"
    r"|(?:fix|fixes|fixed|fixing) (?:that|this|it)(?! (?:for|with|by|so) (?:me|him|her|them|us|you)\b)"
    r"|(?:puts?|putting) (?:a stop|an end) to (?:it|that|this)"
    # ... or calms it down, told as done: "a tablet at bedtime calms that down as well", "settled it right down", "quietens them
    # down" (not a hope: "said duloxetine might calm that down, but we haven't decided")
    r"|(?:calms|calmed|settles|settled|quietens|quietened|quiets|quieted|damps|damped|dampens|dampened)"
    r" (?:it|them|that|this) (?:right |straight |back )?down"
    # "a single dose of ivermectin cleared them", "killed the lot"
    r"|(?:clears?|cleared|kills?|killed|(?:gets?|got) rid of|wiped out|wipes out) (?:them|the lot)(?= *[.,;!?\"”]| *$))\b",
    re.IGNORECASE,
)
#: A person as the one who fixes it, the subject of its clause: "let *the doctor* sort that out", "*your GP will* take care of
#: it", "*the nurse can* see it off" (not the medicine: "let the tablets sort that out", "amoxicillin from the doctor fixed that").
#: The trouble itself treated, the pronoun its object: "the GP can *treat it*", "your doctor will *sort them out*" (after a person
#: as the subject, :data:`_PERSON_FIXES`).
_TREATS_THE_TROUBLE = re.compile(
    r"(?:(?:will|can|could|would|should|may|might|must)\s+)?(?:treat|treats|treated|manage|manages|sort|sorts|deal\s+with|deals\s+with"
    r"|look\s+at|looks\s+at|check|checks|see\s+to|sees\s+to)\s+(?:it|them|that|this|those|these)\b",
    re.IGNORECASE,
)
_PERSON_FIXES = re.compile(
    r"(?:^|[,;:.!?(]\s*|\b(?:let|and|but|so|then|or|until|while)\s+)(?:the|your|a|their|his|her|my|our)\s+(?:family\s+)?"
    r"(?:doctor|doc|GP|nurse|pharmacist|dentist|vet|specialist|consultant|prescriber|midwife|surgeon|clinician|paediatrician|pediatrician|health\s+visitor)s?"
    r"(?:\s+(?:will|can|could|would|should|may|might|must|(?:is|are)\s+(?:able|happy)\s+to))?(?:\s+(?:then|just|soon|quickly|help))?"
    r"(?:\s+to)?\s+$",
    re.IGNORECASE,
)
#: A medicine credited with getting someone through the trouble just told: "I was sick around the
#: clock ..., and Zofran *was the only thing that let* me function", "amitriptyline *is the only thing
#: that has ever worked*", "...; Zofran *saved my* sanity".
_CREDITED = re.compile(
    r"\b(?:(?:is|was|are|were|has been|had been|[’']s)\s+(?:(?:honestly|literally|really|truly|genuinely|simply)\s+)?the only"
    r" (?:thing|medicine|medication|drug|tablet|pill|one|treatment)s?\s+(?:that\s+|which\s+)?"
    r"(?:(?:has|have|had|ever|really|actually|properly|even)\s+){0,2}"
    r"(?:helped|helps|worked|works|let|lets|got|gets|kept|keeps|touched|touches|stopped|stops|did|does|made|makes|eased|eases"
    r"|settled|settles|controlled|controls|calmed|calms|shifted)"
    r"|(?:saved|rescued)\s+(?:me|him|her|us|them|my|his|our|their)\b"
    # ... or as the turning point of the story: "a prescription for ondansetron from their OB or midwife has been the turning
    # point" (not denied: "was not the turning point")
    r"|(?:is|was|are|were|has\s+been|had\s+been|[’']s)\s+(?:(?:honestly|really|truly|clearly|always|often)\s+)?the\s+(?:real\s+)?turning\s+point\b"
    # ... or with carrying them through, the night maybe named: "a small 10 mg amitriptyline tablet about an hour before bed is
    # often what gets them through to morning", "half a tablet at lights-out is the thing that carries her through the night",
    # "one at bedtime sees me through till morning" (not denied: "is not what gets them through")
    r"|(?:(?:is|was|are|were|has been|had been|[’']s)\s+(?:(?:often|usually|generally|typically|normally|always|still|now|honestly"
    r"|really|exactly|just|mostly|what\s+I\s+think|probably)\s+){0,2}(?:what|the\s+(?:thing|one|tablet|pill|dose)\s+(?:that|which))"
    r"\s+(?:(?:finally|really|actually|usually|always)\s+)?"
    r"|(?<!\bwhat )(?<!\bthat )(?<!\bwhich )(?<!\bnot )(?<!\bnever )(?<!\bhardly )(?<!\bbarely ))"
    r"(?:gets|got|carries|carried|sees|saw|pulls|pulled|takes|took)\s+(?:me|him|her|us|them|people|you)\s+through"
    r"(?:\s+(?:to|till|until)\s+(?:the\s+)?(?:morning|dawn|daylight|breakfast|the\s+alarm)|\s+the\s+(?:night|nights|small\s+hours))?"
    r"(?=\s*(?:[.,;:!?)\"”’]|$)))",
    re.IGNORECASE,
)
#: The clause the credited medicine opens: after the last comma, semicolon or "and"/"so" before the credit.
_CREDIT_CLAUSE = re.compile(r"(?:[,;:—–]|\b(?:and|so|then))\s+(?=[^,;:—–]*$)", re.IGNORECASE)


#: A story's sentence that opens with a doctor giving the drug ("My doc gave me a dose of
#: ivermectin", "His pediatrician had him take two puffs", "So my GP put me on paroxetine"): the
#: giving, up to where the drug or its dose is named (not "may give", "never gave").
#: When the giving came, before the prescriber: "Last spring his GP put him on ...", "Two weeks later, the clinic ...".
_GIVEN_WHEN = (
    r"(?:(?:last|this|that|one|early|late|next)\s+(?:spring|summer|autumn|fall|winter|year|month|week|night|morning|evening"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)"
    # ... or the year: "In 2022 his psychiatrist suggested ...", "in early 2019"
    r"|in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d"
    r"|(?:a|an|one|two|three|four|five|six|a few|a couple of)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|later|on)"
    # ... or counted in seasons: "Two winters ago the VA doctor put him on ...", "a few summers back" (holdout318 kd09)
    r"|(?:a|an|one|two|three|four|five|six|a few|a couple of)\s+(?:springs?|summers?|autumns?|falls?|winters?|seasons?)"
    r"\s+(?:ago|back|later|on)"
    # ... or the day: "on 12 November", "on the 3rd of May", "on March 4"
    r"|on\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?=[a-z]{3})|(?=[a-z]{3}[a-z]*\s+\d))"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    # ... or the visit it was given at: "At a check-up last spring, his family doctor gave him ...", "at her next appointment"
    r"|(?:at|during)\s+(?:(?:a|an|the|his|her|my|their|our|your)\s+(?:next\s+)?|one\s+of\s+(?:his|her|my|their|our|your)\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:check-?ups?|appointments?|reviews?|visits?|consultations?)"
    r"(?:\s+(?:last|this|that|early|late|next)\s+(?:spring|summer|autumn|fall|winter|year|month|week))?"
    # ... or once the tests had ruled out the rest: "Once her blood tests came back normal, her rheumatologist wrote her ..."
    # (holdout255 hs03)
    r"|(?:once|when|after)\s+(?:all\s+)?(?:the|her|his|my|their|our|your)\s+(?:(?:blood|routine|other)\s+)?"
    r"(?:tests?|bloods|blood\s?work|scans?|x-rays?|results)(?:\s+(?:had|all))?\s+(?:came|come|had\s+come|were|was)(?:\s+back)?"
    r"(?:\s+(?:all|completely|perfectly|totally))?\s+(?:normal|clear|fine|clean))"
)
#: Where the prescriber works, after it: "His doctor at the veterans' clinic started him on ...".
_PRESCRIBER_AT = (
    r"(?:\s+(?:at|from|in)\s+(?:the|his|her|my|their|our|a|an)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:clinic|practice|surgery|hospital|centre|center|VA|pharmacy)"
    # ... or the town it is in: "The clinic in Ljubljana gave me doxycycline", "a GP in Leeds started her on it"
    r"|\s+in\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?"
    # ... or who the one named is: "Dr. Patel, the home's visiting GP, started her on ..."
    r"|,\s+(?:the|his|her|my|their|our|a|an)\s+[^,.;:!?]{1,50}?,"
    # ... or the one told named: "our visiting physician, Dr. Halloran, prescribed ..."
    r"|,\s+(?:Dr\.?|Doctor|Prof\.?|Professor|Nurse)\s+(?-i:[A-Z])[\w’'-]+,)?"
)
#: When the first try was not enough, opening the giving: "When those weren't enough, she was given ...".
_GIVEN_AFTER_TRY = (
    # (the first medicines maybe told by who gave them: "When the tablets from his gut specialist stopped working, ...")
    r"(?:when|once|after)\s+(?:those|that|these|this|it|they|nothing|none of (?:it|them|those|that)|the \w+(?: \w+)?"
    r"(?:\s+(?:from|by|of)\s+(?:his|her|my|their|your|our|the)\s+[\w’'-]+(?:\s+[\w’'-]+)?)?)\s+"
    r"(?:(?:weren|wasn|didn|hadn|haven|hasn)[’']t|(?:was|were|did|had|has|have)\s+not|(?:(?:had|has|have)\s+)?(?:failed|stopped))(?:\s+[\w’'-]+){0,4}?\s*,"
    # ... or the first medicines told failing: "Two different antidepressants barely touched it, so ..."
    r"|(?:(?:two|three|several|a few|a couple of|both|the|his|her|my|their)\s+)?(?:[\w-]+\s+)?(?:medicines|medications|meds|pills|tablets"
    r"|antidepressants|treatments|creams|antibiotics|painkillers|drugs)\s+(?:had\s+)?(?:barely|hardly|never|(?:did|had|have)n[’']t|did\s+not)"
    r"\s+(?:touched|touch|helped|help|shifted|shift|worked|work|made\s+a\s+dent\s+in)(?:\s+(?:it|them|that))?\s*,"
    # ... or a first medicine that helped only partly: "Her sertraline took the edge off but not enough, and ...", "The
    # citalopram helped a little, but not enough, so ..." (not a plain help: "The sertraline helped, and ...")
    r"|(?:(?:the|his|her|my|their|our)\s+)?[\w-]+\s+(?:took\s+the\s+edge\s+off|helped|worked|did\s+something)(?:\s+(?:a\s+(?:bit|little)|somewhat|some))?"
    r"\s*,?\s+but\s+not\s+(?:enough|fully|completely|all\s+the\s+way|for\s+long)\s*,"
)
#: The trouble just told, brought up with a prescriber, opening the giving: "When Carol mentioned it at one of Dana's appointments,
#: the psychiatrist suggested ...", "Once I finally brought it up with my GP, she prescribed ...", "After he told the nurse about
#: them, ..." (pointed back at, so the trouble is the story's).
_MENTIONED_IT = (
    r"(?:when|once|after|as\s+soon\s+as)\s+(?:I|he|she|we|they|(?-i:[A-Z])[\w’'-]+)\s+(?:(?:finally|eventually|first)\s+)?"
    r"(?:mentioned|raised|brought(?:\s+up)?|described|(?:told|asked)\s+(?:(?:the|his|her|my|their|our|a)\s+)?[\w’'-]+\s+about)"
    r"\s+(?:it|this|that|them|those|these|the\s+(?:nights|sleep|sleeplessness|problem|trouble))"
    r"(?:\s+(?:up\s+)?(?:to|at|with|during|in)\s+[^,.;:!?]{1,60}?)?\s*,"
)
#: The person taking a medicine themselves: "took", "popped", "swallowed".
_SELF_TAKEN = r"(?:took|popped|swallowed|tried|used)"
#: A supply kept from an earlier prescription: "I still had a Diflucan left from last spring", "We had a few spare from my
#: sister's prescription", "I found an old fluconazole tablet in the cabinet" (not "I still have some left": nothing taken yet).
_LEFT_OVER = (
    r"(?:I|he|she|we|they)\s+(?:(?:still|already)\s+)?(?:had|kept|found|[’']d\s+kept|had\s+kept|dug\s+out)\s+"
    r"(?:(?:a|an|one|two|some|a\s+few|a\s+couple(?:\s+of)?|the\s+rest\s+of|half)\s+)?[^.;!?,]{0,40}?"
    r"\b(?:left(?:\s*-?\s*over)?|leftover|spare|old|(?:lying|kicking)\s+(?:around|about))\b"
)
#: One step of a prescriber's look before the giving: a look ("took one look", "examined her"), a listen ("listened
#: carefully to her"), tests and what they showed ("ran blood tests that all came back normal", "ordered an X-ray"),
#: questions, or a talk with the family ("talked it through with me").
_WORKUP_STEP = (
    r"(?:(?:took|had|gave\s+it)\s+(?:one|a|a\s+quick|a\s+single|a\s+brief|a\s+good)\s+look(?:\s+at\s+(?:it|him|her|them|me|us|the\s+[\w-]+))?"
    # (or at what was done: "looked at his scan and sent him home with a week of Flomax")
    # ... or heard the story first: "heard about the night-O, looked at the patch and prescribed amoxicillin"
    r"|heard\s+(?:about|of)\s+(?:it|that|(?:the|his|her|my|their|our|your)\s+[\w’'-]+(?:\s+[\w’'-]+)?)"
    r"|(?:looked|glanced)\s+at\s+(?:it|him|her|them|me|us|(?:the|his|her|my|their|our|your)\s+[\w-]+)|(?:examined|checked|saw)\s+(?:it|him|her|them|me|us)(?:\s+(?:over|out))?"
    # ... or what it was, told to the person (a condition denied there is none told: "told her it was not rheumatoid arthritis
    # but an immune condition that can also reach the kidneys, and started her on ...")
    r"|(?:told|tells|explained\s+to)\s+(?:me|him|her|them|us)\s+(?:that\s+)?(?:it|this|that|these|they)\s+(?:was|were|is|are|wasn[’']t"
    r"|weren[’']t|isn[’']t)\s+[^.;:!?]{1,100}?"
    # my iron levels"
    r"|(?:checked|tested|took|measured|examined|listened\s+to)\s+(?:his|her|my|their|our|your)\s+(?:[\w-]+\s+)?"
    r"(?:thyroid(?:\s+(?:levels?|function))?|blood\s+(?:pressure|sugars?|count|levels)|bloods|sugars|iron(?:\s+levels?)?|B12|vitamin\s+D"
    r"|hormones?(?:\s+levels?)?|heart|chest|lungs|pulse|reflexes|temperature|weight|urine|ears|throat|glands|kidneys|liver(?:\s+function)?)"
    # (with what it showed: "checked my blood pressure, which he says is perfectly normal, and started me on ...")
    r"(?:,?\s+(?:that|which)\s+(?:(?:he|she|they)\s+(?:says?|said)\s+)?(?:is|was|were|are|came\s+back)\s+"
    r"(?:(?:perfectly|completely|totally|quite|absolutely|entirely|all)\s+)?(?:normal|fine|healthy|ok|okay|good|low|clear)\b)?"
    r"|listened(?:\s+(?:carefully|patiently|properly|closely))?(?:\s+to\s+(?:it|him|her|them|me|us|(?:my|his|her|their|our)\s+[\w’'-]+"
    # (or to all of it: "Dr Hale listened to all that, checked my blood pressure ... and started me on amlodipine")
    r"|all\s+(?:of\s+)?(?:that|this|it)|everything|the\s+whole\s+(?:story|thing)))?"
    r"|(?:ran|run|did|ordered|arranged|sent\s+(?:me|him|her|them|us)\s+for|took)\s+(?:(?:some|a\s+few|a|an|the|more|every|all\s+the"
    r"|all\s+(?:sorts|kinds)\s+of|a\s+(?:full\s+)?(?:set|round|batch)\s+of)\s+)?"
    r"(?:(?:blood|urine|routine|thyroid|nerve|more)\s+)?(?:tests?|bloods|blood\s*work|x-rays?|scans?|MRI|swabs?)(?:\s+(?:going|in\s+the\s+book))?"
    r"(?:,?\s+(?:that|which)\s+(?:(?:all|both)\s+)?(?:came\s+back|were|was|showed)\s+[^,.;:!?]{1,30}?)?"
    r"|asked\s+(?:(?:a\s+few|a\s+lot\s+of|lots\s+of|some|plenty\s+of)\s+)?questions|found\s+nothing(?:\s+(?:wrong|else|on\s+them))?"
    # ... or a hands-on look at a hurt: "pressed around", "prodded my lower back", "had me lift my straight leg", "had her bend over
    # and touch her toes"
    r"|(?:pressed|prodded|poked|pushed|felt)(?:\s+(?:and|,)\s+(?:pressed|prodded|poked|pushed|felt))?"
    r"(?:\s+(?:around|about)|\s+(?:on\s+)?(?:it|(?:my|his|her|their|our|your)\s+(?:[\w-]+\s+)?[\w-]+))"
    r"|had\s+(?:me|him|her|them|us)\s+(?:lift|raise|bend|walk|touch|squat|stand|lie|twist|push|pull|move|turn|flex|rotate)\b(?:\s+[\w’'-]+){0,4}?"
    r"|ruled\s+out\s+[^,.;:!?]{1,40}?"
    # ... or a talk with the family first: "Dr. Patel talked it through with me and started her on risperidone"
    r"|(?:(?:talked|talks|went)\s+(?:it|things|everything|this)\s+(?:through|over)|(?:discussed|discusses)\s+(?:it|things|everything|this"
    r"|the\s+options)|(?:had|has)\s+a\s+(?:long\s+|proper\s+|good\s+|quick\s+)?(?:chat|talk|word))"
    r"\s+with\s+(?:(?:my|his|her|our|their|the)\s+)?[\w’'-]+"
    # ... or a look from afar, at the photos sent or on a call: "Our clinician reviewed his photos on the video call and started
    # him on ...", "the GP looked through the pictures she had sent", "the doctor saw her over a video link"
    r"|(?:reviewed|looked\s+(?:at|over|through)|went\s+(?:over|through)|checked|studied|examined)\s+(?:(?:the|his|her|their|my|our|your)\s+)?"
    r"(?:[\w-]+\s+)?(?:photos?|pictures?|images?|snaps?|selfies?|videos?)(?:\s+(?:(?:that\s+)?(?:I|he|she|they|we)\s+)?(?:had\s+)?(?:sent|took"
    r"|uploaded|shared)(?:\s+(?:in|over))?)?(?:\s+(?:on|over|during|via|by)\s+(?:(?:a|an|the)\s+)?(?:video|phone|telephone)(?:\s+(?:call|link"
    r"|consult(?:ation)?|appointment|visit))?)?"
    r"|(?:saw|spoke\s+to|talked\s+to|spoke\s+with|talked\s+with)\s+(?:me|him|her|them|us)\s+(?:on|over|via|by)\s+(?:(?:a|an|the)\s+)?"
    r"(?:video|phone|telephone)(?:\s+(?:call|link|consult(?:ation)?|appointment|visit))?"
    # ... or the visit itself, to a home or a ward: "The home's doctor came this afternoon and gave everyone ...", "the GP came
    # round that evening", "the nurse popped in this morning"
    r"|(?:came|comes|come|popped|pops|dropped|drops|called)\s+(?:(?:in|round|around|over|by|out)\s+)?"
    r"(?:(?:this|that|the\s+next|yesterday|today|on\s+\w+)(?:\s+(?:morning|afternoon|evening|night))?|to\s+see\s+(?:her|him|them|us|me))?)"
)
#: Who agrees on a medicine with the prescriber: "Her GP and *I* decided ...", "*His daughter* and the GP agreed ...".
_AGREED_WITH = r"(?:I|we|(?:(?:his|her|their|my|our|the)\s+)?[\w’'-]+)"
#: The trouble told before going on, opening the sentence of the giving: "*The itch kept spreading*, so ... prescribed ivermectin",
#: "*the rash kept coming back*, so", "*it kept getting worse*, and" (pointed back at: not named).
_KEPT_ON = (
    r"(?:(?:the|this|that|their|his|her|my|our)\s+(?:[\w’'-]+\s+)?[\w’'-]+|it|they)\s+(?:just\s+)?(?:kept|keeps)\s+(?:on\s+)?"
    r"(?:spreading|coming\s+back|getting\s+worse|flaring(?:\s+up)?|going)"
)
_GIVEN_NEXT = re.compile(
    # (a forum post may open with its poster's name and an aside: 'hopeful_hank: "Off topic, but my sister's GP gave her ...';
    # a thread's post with its number: "**3/** My oncologist started me on ...")
    # (or a chat's message with its sender's name: "Chioma: The home's doctor came this afternoon and gave everyone ...")
    r"^\W*(?:\d{1,3}/(?:\d{1,3})?\W*)?(?:[\w.-]+:\s*(?:[\"“]\s*)?)?"
    r"(?:(?:off[- ]topic|funnily enough|by the way|incidentally|for what it[’']s worth)\s*,?\s+(?:but\s+)?)?"
    rf"(?:(?:so|then|and|eventually|finally|in the end|luckily|{_GIVEN_WHEN}|{_GIVEN_AFTER_TRY}|{_KEPT_ON}|{_MENTIONED_IT}"
    # the latest bout of the trouble just told: "After the last one, my urologist put me on ...", "After the third attack his
    # GP started him on ..."
    r"|after\s+(?:the|that|this|his|her|my|their|our)\s+(?:(?:last|latest|third|second|fourth|fifth|next|most\s+recent|worst)\s+)?"
    r"(?:one|attack|episode|bout|flare(?:-up)?|stone|time)"
    # the patients just told: "For these patients our dermatologists often start a low daily dose"
    r"|for\s+(?:these|those|such|them|this\s+group\s+of)\s*(?:patients|people|adults|men|women|children|kids|teens|clients|cases"
    # ... or by who they are: "For these students our clinicians ...", "for those performers"
    rf"|{_PEOPLE_BY_ROLE}|pupils|performers|musicians|singers|speakers|employees|staff)?"
    # ... or pointed back at with "like you": "For women like you, our clinicians prescribe spironolactone"
    r"|for\s+(?:patients|people|adults|men|women|children|kids|teens|clients|folks|anyone|someone)\s+like\s+(?:you|them|her|him|this|that|these|those)"
    # ... or the trouble just told, met in the clinic: "When we see it, our clinicians usually prescribe ...", "Once the GP has
    # confirmed it, she'll give ...", "If they spot those, doctors ..." (pointed back at, so the trouble is the story's)
    r"|(?:when|whenever|once|if)\s+(?:we|you|they|I|doctors|(?:the|your|our|a)\s+(?:doctor|GP|nurse|clinician|clinic|dermatologist))\s+"
    r"(?:(?:has|have|had)\s+)?(?:see|sees|saw|seen|spot|spots|spotted|find|finds|found|confirm|confirms|confirmed|diagnose|diagnoses"
    r"|diagnosed|recogni[sz]e|recogni[sz]es|recogni[sz]ed)\s+(?:it|this|that|them|these|those)(?:\s+(?:in\s+(?:a|the)\s+[\w-]+|again|here))?"
    # ... or the signs just told, owned by the reader: "If that sounds like you, our clinicians can ...", "If this sounds familiar"
    r"|if\s+(?:that|this|any\s+of\s+(?:that|this|these|those|it)|these|those|it\s+all)\s+(?:(?:sounds?|feels?)\s+(?:(?:a\s+lot\s+|very\s+|just\s+)?like"
    r"\s+(?:you|yours?|your\s+\w+)|(?:all\s+|very\s+|painfully\s+|too\s+)?familiar)|rings?\s+(?:a\s+)?bells?|describes?\s+you|is\s+you))\s*,?\s+)*"
    # ... or the people just told, offered it by a service that may prescribe it: "For these students our clinicians may prescribe a
    # single 10 mg tablet", "For those patients, our doctors might offer ..." (not a lower dose: "For these people doctors may prescribe
    # a lower dose")
    r"(?:for\s+(?:these|those|such)\s+(?:[\w-]+\s+)?(?:patients|people|adults|men|women|children|kids|teens|clients|cases"
    rf"|{_PEOPLE_BY_ROLE}|pupils|performers|musicians|singers|speakers|employees|staff)\s*,?\s+"
    rf"(?:{_PRESCRIBER}|doctors|GPs|clinicians|prescribers|we)\s+(?:may|might|could|can|will|often|sometimes|usually)\s+(?:also\s+|then\s+)?"
    r"(?:prescribe|give|offer|suggest|recommend)\b"
    r"(?!\s+(?:an?|the|them\s+an?|you\s+an?)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|half|different|higher"
    r"|alternative|other)\b)"
    # ... or the prescriber's word that it would mend the trouble just told, in the medicine's place: "His doctor said a little
    # paroxetine would give him more staying power, and it has" (not what it would do to him: "said it would make him drowsy")
    # (a promise, not a hope: "said duloxetine might calm that down, but we haven't decided" is no giving)
    rf"|{_PRESCRIBER}{_PRESCRIBER_AT}\s+(?:said|says|thought|reckoned|promised|told\s+(?:me|him|her|them|us))\s+(?:that\s+)?"
    r"(?:(?:a\s+(?:little|small|low|tiny)|some|a\s+(?:small\s+|low\s+)?(?:dose|course)\s+of)\s+)?"
    r"(?=[\w-]+(?:\s+(?:at\s+night|at\s+bedtime|every\s+(?:day|night|evening)|a\s+day))?\s+(?:would|will)\s+"
    r"(?:(?:really|definitely|probably)\s+)?(?:help|fix|sort|settle|calm|ease|stop|give\s+(?:me|him|her|them|us)\s+(?:(?:more|extra|better|some)\b"
    r"|(?:[\w’'-]+\s+){1,3}back\b)))"
    rf"|{_PRESCRIBER}{_PRESCRIBER_AT}\s+"
    # a service's offer is a giving too: "Our clinicians can prescribe ondansetron ...", "our doctors can assess you for gabapentin"
    r"(?:(?:can|will)\s+(?=(?:prescribe|give|offer|supply|assess|evaluate|consider)\b))?"
    # (no "may", "did not" ...; "did" opens a step of the look: "Her GP did some blood tests, then prescribed ...")
    rf"(?:(?={_WORKUP_STEP})|(?!(?:may|might|can|could|will|would|should|must|do|does|did|never|not|cannot|won|wouldn|didn|doesn|don)\b))"
    r"(?:\w+\s+)?"
    # the look first, or a few steps of it: "His doctor took one look and wrote a prescription", "the GP examined her and
    # prescribed", "Her GP listened, ran blood tests that all came back normal, and wrote her a prescription"
    # ... or a look that came just before it: "The walk-in clinic doc barely glanced at it before writing me a script for doxy"
    rf"(?:{_WORKUP_STEP}(?:(?:\s*,\s+|\s+and\s+){_WORKUP_STEP}){{0,3}}(?:\s*,?\s+and\s+(?:then\s+)?|\s*,\s+then\s+|\s+before\s+(?=writing\b|prescribing\b)))?"
    rf"(?:{_SENT_IN}|{HANDED_OVER}|gave|give|gives|prescribed|prescribes|prescribe|prescribing|put|puts|started|starts|start|handed|tried|switched|suggested"
    r"|recommended|offered|offer|supply|had|got|wrote|added"
    # ... also as an assessment for it: "can assess you for gabapentin", "will consider you for"
    r"|(?:assess|assesses|assessed|evaluate|evaluates|evaluated|consider|considers|considered)\s+(?:you|them|him|her|patients|people)\s+for)"
    r"(?:\s+(?:me|him|her|them|us|you|(?:my|his|her|their|our) \w+))?(?:\s+(?:on|onto|take|try|use|start|to))?"
    # ... or by the prescriber the trouble was shown or taken to, in a clause after: "I showed my sports-medicine doc, who wrote me
    # a prescription for fluconazole", "She took him to the GP, and the GP gave him ...", "We went to see our doctor, who put her
    # on ..." (not "who said to wait", "who told me to rest")
    rf"|(?:I|he|she|we|they|(?-i:[A-Z][a-z]+))\s+(?:(?:finally|eventually|then|just)\s+)?(?:showed|show|shows|took|takes|went\s+to"
    r"|go\s+to|goes\s+to|went\s+(?:in\s+)?to\s+see|saw|see|sees|asked|called|rang|booked\s+in\s+with|got\s+in\s+to\s+see)\s+"
    r"(?:(?:it|them|him|her|me|us|my\s+feet|his\s+feet|her\s+feet)\s+(?:to\s+)?)?"
    rf"{_PRESCRIBER}{_PRESCRIBER_AT}(?:\s+(?:about\s+(?:it|them|that|this)|that\s+(?:week|day|afternoon|morning)))?"
    rf"(?:\s*,\s*(?:who|and\s+(?:he|she|they|the\s+\w+))|\s+(?:who|and\s+(?:he|she|they)))\s+(?:(?:then|just|promptly|quickly|immediately)\s+)?"
    rf"(?:{_SENT_IN}|{HANDED_OVER}|gave|prescribed|put|started|handed|suggested|recommended|wrote)\b"
    # ... or by the prescriber, as a pronoun, after the trouble met in the clinic: "Once the doctor has confirmed it, she usually
    # gives ivermectin tablets to the whole dormitory"
    r"|(?:(?<=it, )|(?<=this, )|(?<=that, )|(?<=them, )|(?<=those, )|(?<=these, ))(?:he|she|they)\s+"
    r"(?:(?:usually|often|normally|then|typically|generally|always|routinely)\s+)?(?:gives?|gave|prescribes?|prescribed"
    r"|(?:starts?|started|puts?)\s+(?:him|her|them|you|me|us|everyone|people|patients)\s+on)\b"
    # ... or by a clinic's own voice, which prescribes: "For them we usually prescribe two doses of ivermectin", "we then prescribe"
    # (not what the writer was given: "we were prescribed"; not a maybe: "we may prescribe")
    r"|we\s+(?:(?:usually|often|typically|generally|normally|routinely|commonly|mostly|then|also|sometimes|now)\s+){0,2}"
    r"(?:prescribe|prescribes|prescribed)\b"
    # ... or in the passive, the person then given it: "she was given trazodone", "he got prescribed ..."
    r"|(?:I|he|she|they|we|(?!(?:it|this|that|you|which|what)\b)[A-Z][a-z]+)\s+"
    r"(?:was|were|got|had been|has been|have been)\s+(?:finally\s+|eventually\s+|then\s+)?"
    r"(?:given|prescribed|put\s+on|started\s+on|sent\s+home\s+with)"
    # ... or made up for the person by a pharmacy: "A compounding pharmacy makes her 4.5 mg capsules", "the chemist mixed him up a
    # weaker solution" (a supply made for someone, no prescriber named)
    r"|(?:(?:a|an|the|her|his|my|their|our|your)\s+)?(?:[\w’'-]+\s+){0,2}?(?:pharmacy|pharmacist|chemist|compounder)s?\s+"
    r"(?:(?:now|then|still|just|also)\s+)?(?:makes|made|mixes|mixed|compounds|compounded|prepares|prepared)\s+(?:up\s+)?"
    r"(?:me|him|her|them|us)\b"
    # ... or what the person went home with from the clinic: "He went home with ten days of tamsulosin", "she came home from the ER
    # with a week of the capsules" (then named: the drug in the sentence is what was taken home)
    r"|(?:I|he|she|they|we|(?-i:[A-Z][a-z]+))\s+(?:(?:finally|eventually|then|later)\s+)?(?:went|came|headed)\s+home"
    r"(?:\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ER|A&E|hospital|clinic|surgery|emergency\s+room|urgent\s+care|appointment|ward))?\s+with\b"
    # ... or by the unnamed team the story just told of: "They sent him home with tamsulosin", "they started her on it"; or by
    # the prescriber just told, once a first try had failed: "When the tablets from his gut specialist stopped working, she
    # started him on a weekly methotrexate injection"
    r"|they\s+(?:then\s+|just\s+)?(?:sent\s+(?:me|him|her|them|us|you)\s+home\s+with|(?:put|started)\s+(?:me|him|her|them|us|you)\s+on)"
    # ... or by the prescriber who could not give a first choice, giving the drug instead: "Her gynecologist could not prescribe
    # hormones because of her family history, so she suggested a low dose of venlafaxine instead", "My GP wouldn't give me HRT
    # after my breast cancer, so he put me on gabapentin" (what was ruled out is the first choice, not the drug given)
    rf"|{_PRESCRIBER}{_PRESCRIBER_AT}\s+(?:could(?:n[’']t|\s+not)|can(?:no|[’'])t|would(?:n[’']t|\s+not)|(?:was|were)(?:n[’']t|\s+not)"
    r"\s+(?:able|willing|happy)\s+to|did(?:n[’']t|\s+not)\s+want\s+to|refused\s+to|ruled\s+out)\s+(?:(?:prescribe|prescribing|give|giving"
    r"|offer|offering|recommend|use|using|risk|risking|start|starting)\s+)?[^.;:!?]{1,90}?,?\s+so\s+(?:instead\s+)?(?:he|she|they)\s+"
    r"(?:(?:then|instead)\s+)?(?:suggested|prescribed|offered|gave|recommended|tried|(?:put|started)\s+(?:me|him|her|them|us|you)\s+on)\b"
    r"|(?<=, )(?:he|she)\s+(?:then\s+|just\s+)?(?:sent\s+(?:me|him|her|them|us|you)\s+home\s+with"
    r"|(?:put|started|switched)\s+(?:me|him|her|them|us|you)\s+(?:on|onto|to))"
    # ... or by the prescriber just told, writing the prescription: "Then he wrote a prescription for diazepam", "she wrote me a
    # script for ..." (whoever writes one prescribes)
    r"|(?:he|she|they)\s+(?:then\s+|just\s+|finally\s+)?(?:wrote|writes|signed|printed)\s+(?:(?:me|him|her|them|us|you)\s+)?(?:out\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:prescription|script)"
    # ... or handing it to the person then and there: "She gave Mila a little strawberry tablet that melts on the tongue,
    # ondansetron 2 mg", "He handed me a Zofran melt" (to someone, told by name or pronoun; not a hug, a call or a look)
    r"|(?:he|she|they)\s+(?:then\s+|just\s+|finally\s+|quickly\s+)?(?:gave|handed)\s+(?:me|him|her|them|us|(?-i:[A-Z][a-z]+))\b"
    r"(?!\s+(?:(?:a|an|the|one|another|his|her|their)\s+)?(?:hugs?|calls?|rings?|looks?|lifts?|kiss(?:es)?|hand|break|chance|minute"
    r"|moment|second|go|try|wave|smile|nod|leaflet|lecture|talk|ticket|number|appointment|referral|note|letter)\b)"
    # ... or agreed on with the prescriber: "Anne sat down with our visiting doctor, and together they agreed Bill would try a
    # small dose of risperidone", "Her GP and I decided to start ...", "we agreed he would take ..." (not a dose lowered or
    # stopped: "they agreed to try stopping it", "decided she would take a lower dose")
    r"|(?:(?:I|he|she|we|they|(?-i:[A-Z][a-z]+))\s+(?:sat\s+down|met|talked|spoke|had\s+a\s+(?:long\s+|proper\s+|good\s+)?(?:talk|chat|word))"
    rf"\s+with\s+{_PRESCRIBER}\s*,?\s+and\s+)?(?:(?:together|then|eventually|in\s+the\s+end)\s*,?\s+)?"
    rf"(?:they|we|{_PRESCRIBER}\s+and\s+{_AGREED_WITH}|{_AGREED_WITH}\s+and\s+{_PRESCRIBER})\s+(?:all\s+|both\s+)?(?:agreed|decided)\s+"
    r"(?:(?:that\s+)?(?:I|he|she|we|they|(?-i:[A-Z][a-z]+))\s+(?:would|should|could|might)\s+|to\s+)(?:try|start|take|have|give)\b"
    r"(?!\s+(?:(?:him|her|them|me|us)\s+)?(?:stopping|coming\s+off|cutting|reducing|lowering|tapering|weaning|without|off|a\s+(?:lower|smaller)))"
    # ... or passed on by a friend or relative: "A friend from church dropped off a strip of ivermectin", "My neighbour gave us
    # a box of it"
    rf"|{_LAY_GIVER}\s+(?:(?:then|kindly|just|later)\s+)?{LAY_GAVE}"
    # ... or the whole household treated at once, as for an itch that went round the house: "Everyone got ivermectin
    # tablets by weight", "the whole family took a dose that evening", "all three kids had permethrin" (not one person's
    # "she got ...": what one gets is as often a trouble)
    r"|(?:everyone|everybody|the\s+whole\s+(?:family|household|house|lot\s+of\s+(?:us|them))|all\s+of\s+(?:us|them)"
    r"|(?:all|both)\s+(?:(?:two|three|four|five|six|\d)\s+)?(?:of\s+)?(?:us|them|the\s+(?:kids|children|boys|girls)|(?:my|his|her|their|our)\s+(?:kids|children|boys|girls))"
    r"|each\s+of\s+(?:us|them|the\s+(?:kids|children)))\s+(?:(?:then|that\s+(?:evening|night|day))\s+)?"
    r"(?:got|took|had|(?:was|were)\s+(?:given|prescribed|treated\s+with|put\s+on|started\s+on))"
    # ... or taken by the person for it, with a reason ("so") or a reach for it: "I had meloxicam in the
    # cabinet, so I took two", "So she took the diclofenac", "He reached for the ibuprofen"
    r"|(?:(?:I|he|she|we|they)\s+(?:had|kept|found|still\s+had)\s+[^.;!?]{1,60}?,\s*(?:and\s+)?so\s+|(?<=so )|(?<=So )"
    # ... or a supply left over from before, taken with no reason told: "I still had a Diflucan left from last spring, took
    # it", "we had a few spare from my sister's prescription and each took one", "She took a leftover tablet from her last
    # course" (not a supply alone: "I still have some left")
    rf"|{_LEFT_OVER}[^.;!?]{{0,80}}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?=(?:(?:I|he|she|we|they)\s+)?(?:each\s+|both\s+|all\s+)?{_SELF_TAKEN})"
    rf"|(?=(?:I|he|she|we|they)\s+(?:each\s+|both\s+|all\s+)?{_SELF_TAKEN}\s+(?:one\s+of\s+)?(?:a|an|the|one|two|some|my|his|her|their|our)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:left\s*-?\s*over|leftover|spare|old)\b))"
    # (the subject left out only after the supply: "..., took it", "... and took one")
    rf"(?P<taken>(?:(?:I|he|she|we|they)\s+|(?<=, )|(?<=and ))(?:each\s+|both\s+|all\s+)?(?:{_SELF_TAKEN}|grabbed|reached\s+for|dug\s+out))"
    r"|(?:I|he|she|we|they)\s+(?:reached\s+for|grabbed|dug\s+out)\s+(?:the|my|his|her|their|our|some|a|an)\b"
    # ... or taken on the days just told: "On those weeks I pop a meloxicam after the session", "Days like that, she takes two"
    # (now, since it was given: "Now on those nights I take half a tablet around ten")
    r"|(?:(?:now|these\s+days|nowadays)\s*,?\s+)?"
    r"(?:(?:(?:on|in|for)\s+)?(?:those|these|such)\s+(?:days|weeks|nights|mornings|evenings|weekends)|(?:on\s+)?(?:days|weeks|nights)\s+like"
    r"\s+(?:that|those|this))\s*,?\s+(?:I|he|she|we|they)\s+(?:just\s+|usually\s+|always\s+)?(?:take|takes|pop|pops|swallow|swallows"
    rf"|reach(?:es)?\s+for|grab|grabs|{_SELF_TAKEN}|reached\s+for|grabbed)"
    # ... or the medicine credited, named next: "What finally worked was ivermectin tablets", "The thing that cleared it was ..."
    r"|(?:what|the\s+(?:only\s+)?(?:thing|one)\s+(?:that|which))\s+(?:(?:finally|eventually|actually|really|in\s+the\s+end)\s+)?"
    r"(?:worked|helped|did\s+the\s+trick|cleared\s+(?:it|them)(?:\s+up)?|sorted\s+(?:it|them|us)(?:\s+out)?|fixed\s+(?:it|them)"
    r"|got\s+rid\s+of\s+(?:it|them))(?:\s+in\s+the\s+end|\s+for\s+(?:us|me|him|her|them))?\s+(?:was|were)\b)\b",
    re.IGNORECASE,
)


#: The prescriber just told in the sentence before ("Her psychiatrist had her on sertraline already."), then giving the drug as
#: "he" or "she", maybe after when: "Last fall he added a low dose of aripiprazole", "She started him on ..." (read only after a
#: sentence that names the prescriber; something added or a person put on it, not "he added that it can make you sleepy"; what
#: is added must still name the drug for a use of it).
_PRONOUN_GIVES = re.compile(
    rf"^\W*(?:(?:so|then|and|eventually|finally|in\s+the\s+end|{_GIVEN_WHEN})\s*,?\s+)*(?:he|she)\s+"
    r"(?:(?:then|also|just|finally|eventually|quickly|soon)\s+)?"
    r"(?:added\s+(?!(?:that|this|it|how|what|when|why|whether|if|to|so|and|but|on|up|in|more|another|quietly|softly)\b)"
    r"|(?:started|put|switched)\s+(?:me|him|her|them|us|you)\s+(?:on|onto|to)\b)",
    re.IGNORECASE,
)
#: A prescriber in a sentence, the one a "he" or "she" giving in the next sentence is (see :data:`_PRONOUN_GIVES`).
_PRESCRIBER_TOLD = re.compile(rf"\b{_PRESCRIBER}\b", re.IGNORECASE)


def given_after(text: str, end: int) -> bool:
    """Does the giving follow the trouble that ends at ``end`` in its sentence ("lying awake until four in the morning, so the
    team will often write a small 25 mg tablet at night")? Not an outcome told alone ("Within two months I was sleeping through
    again")."""
    return _THEN_GIVEN.match(text[end:]) is not None


def goes_on_to_a_giving(text: str) -> bool:
    """Does the sentence open with the trouble told before going on, then the drug given ("The itch kept spreading, so our
    physician prescribed ivermectin")? Its story may be the paragraph before (see :data:`_KEPT_ON`)."""
    given = _GIVEN_NEXT.match(text)
    return given is not None and re.match(rf"\W*{_KEPT_ON}", text, re.IGNORECASE) is not None


#: A reply between a story and what came of it that only asks what was done, maybe after a word of sympathy, in a chat or a
#: thread: "Emeka: Poor Mama. What did they say??", "Oh no! What did the doctor give her?", "So what happened?", "Did they
#: give him anything?" (not a question with a trouble or a medicine of its own: "What did they say about her blood pressure?").
_ASKS_WHAT_NEXT = re.compile(
    r"^\W*(?:[\w.-]+:\s*)?(?:[^.!?:]{1,40}[.!]+\s+){0,2}(?:(?:so|and|well|ok|okay)\s*,?\s+)?"
    r"(?:what\s+(?:did|do|does|have|has|had|will|would)\s+(?:they|he|she|you|(?:the|your|her|his|their|our)\s+[\w’'-]+)"
    r"\s+(?:say|said|do|done|give|given|suggest|suggested|prescribe|prescribed|recommend|recommended|think|decide|decided)"
    r"(?:\s+(?:her|him|them|you|to\s+do))?|what\s+happened(?:\s+(?:next|then|after\s+that))?|what[’']s\s+(?:the\s+plan|happening|next)"
    r"|what\s+(?:now|next|then)|and\s+then|(?:did|have|has)\s+(?:they|he|she|(?:the|her|his|your)\s+[\w’'-]+)\s+"
    r"(?:give|given|prescribe|prescribed|suggest|suggested|offer|offered)\s+(?:her|him|them|you|anything)(?:\s+anything)?)"
    r"\s*[?!]*\?[?!]*\W*$",
    re.IGNORECASE,
)


def asks_what_next(text: str) -> bool:
    """Is the paragraph only a reply asking what was done about the trouble just told ("Poor Mama. What did they say??")? A
    giving that opens the paragraph after it goes on from the story before it (see :data:`_ASKS_WHAT_NEXT`)."""
    return _ASKS_WHAT_NEXT.match(text) is not None


def opens_with_giving(text: str) -> bool:
    """Does the sentence open with the drug given, as a story's next step ("Her family doctor wrote her a prescription",
    "So my GP put me on ...")? See :data:`_GIVEN_NEXT`."""
    return _GIVEN_NEXT.match(text) is not None


#: A prescriber's answer that points back at all the person has told, then the medicine suggested, in a consult or a chat:
#: "Based on what you've told me, a low daily dose of paroxetine is a good fit for you", "From what you describe, I'd start you on
#: sertraline", "Given everything you've said, I'm going to prescribe ..." (not "you don't need anything": no giving; the
#: medicine must be named in the giving for it to have one).
_FROM_WHAT_YOU_TOLD = re.compile(
    r"^\W*(?:[\w.’' -]{1,40}:\W*)?(?:(?:so|ok|okay|right|thanks|thank\s+you|great|alright|all\s+right)\s*[,.!]?\s+)?"
    r"(?:based\s+on|from|given|going\s+(?:by|on))\s+(?:what|everything|all(?:\s+that)?)\s+(?:you[’']ve|you\s+have|you)\s+"
    r"(?:told|described|said|shared|mentioned|written|explained|tell|describe|say)(?:\s+(?:me|us))?(?:\s+(?:today|so\s+far|here|above))?"
    r"\s*,\s+(?P<giving>[^.;!?]{1,80}?\s+(?:is|would\s+be|could\s+be|should\s+be)\s+(?:a\s+)?(?:really\s+|very\s+)?"
    r"(?:good|great|sensible|reasonable|right|safe|nice)\s+(?:fit|option|choice|match|place\s+to\s+start|start)\s+for\s+you"
    r"|(?:I[’']d|I\s+would|I[’']ll|I\s+will|I[’']m\s+going\s+to|I\s+am\s+going\s+to|let[’']s|we[’']ll|we\s+will"
    r"|I\s+(?:think|suggest|recommend))\s+(?:[\w-]+\s+){0,3}?(?:start|put|prescribe|try|recommend|suggest|give|send)\b[^.;!?]{1,80})",
    re.IGNORECASE,
)


def given_on_what_was_told(text: str) -> tuple[int, int] | None:
    """The span of the giving in a prescriber's answer that points back at all the person has told ("Based on what you've
    told me, *a low daily dose of paroxetine is a good fit for you*"): its trouble is the one told first in the conversation
    (see :data:`_FROM_WHAT_YOU_TOLD`)."""
    m = _FROM_WHAT_YOU_TOLD.match(text)
    return (m.start("giving"), m.end("giving")) if m else None


def trouble_told_first(vocab: ConditionVocabulary, texts: list[str]) -> tuple[int, int, int, str] | None:
    """The trouble told first in ``texts`` (a conversation's sentences, earliest first), as (the sentence's index, start, end,
    condition): not one asked about ("Any trouble sleeping?"), named as another medicine's use ("I take sumatriptan for
    migraines"), denied ("I don't have migraines") or told as a side effect."""
    for i, text in enumerate(texts):
        if text.rstrip(" \"”’'*_)").endswith("?"):
            continue
        uses = find_uses(vocab, text)
        for start, end, name in vocab.find(text):
            if any(u.verb_start <= start < u.end for u in uses):
                continue
            told = re.split(r"[;:.!?]", text[:start])[-1]
            if _DENIED_TROUBLE.search(told) or _SIDE_EFFECT_TOLD.search(told) or _ITS_EFFECT.search(told):
                continue
            return i, start, end, name
    return None


#: The prescriber's look and nothing else: "Her GP, who had known the family for twenty years, listened for a long time."
_LOOKED = re.compile(
    rf"^\W*{_PRESCRIBER}{_PRESCRIBER_AT}(?:\s*,\s*(?:who|whom)\s[^,.;:!?]{{1,80}},)?\s+(?:(?:first|then|just)\s+)?"
    rf"{_WORKUP_STEP}(?:(?:\s*,\s+|\s+and\s+){_WORKUP_STEP}){{0,3}}"
    r"(?:\s+(?:for\s+(?:a\s+(?:(?:long|good)\s+)?)?(?:while|time|ages|an\s+hour|half\s+an\s+hour)|carefully|patiently))?\s*[.!]?$",
    re.IGNORECASE,
)


#: ... or the referral only, maybe after when and why: "Last winter, after a frank conversation with her GP, she was referred to a
#: specialist clinic.", "His GP referred him to the sleep clinic.", "In March I got referred on to a psychiatrist." (not a
#: referral for a condition named: a giving after it is for that one, found in its own sentence).
_REFERRED = re.compile(
    rf"^\W*(?:[^,.;:!?]{{1,80}},\s+){{0,2}}(?:(?:so|then|eventually|finally|{_GIVEN_WHEN})\s+)?"
    rf"(?:(?:I|he|she|they|we|(?-i:[A-Z][a-z]+))\s+(?:was|were|got|had\s+been|has\s+been|have\s+been)|{_PRESCRIBER}\s+"
    r"(?:(?:then|finally|eventually|quickly|soon)\s+)?referred\s+(?:me|him|her|them|us))\s+(?:(?:then|finally|eventually|quickly|soon)\s+)?"
    r"(?:referred|sent)?\s*(?:on\s+)?to\s+(?:a|an|the|his|her|my|their|our)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:clinic|cent(?:re|er)|service|specialist|team|unit|consultant|psychiatrist|[a-z]+ologist|[a-z]+iatrist|programme|program|hospital)"
    r"(?:\s+(?:in|at|across|near)\s+[^,.;:!?]{1,40})?\s*[.!]?$",
    re.IGNORECASE,
)


def only_looked(text: str) -> bool:
    """Does the sentence tell only the prescriber's look ("Her GP listened for a long time.") or a referral ("she was referred to
    a specialist clinic")? A giving after it goes on from the story told before it."""
    return _LOOKED.match(text) is not None or _REFERRED.match(text) is not None


#: A story's sentence that goes on with the trouble told before it, by a word pointing back: it spread ("Within two weeks
#: my wife and I had it too"), or came back after a first try ("We tried the cream ... and it kept coming back"): a
#: giving reaches past such sentences (up to four back) to the signs.
_GOES_ON = re.compile(
    r"\b(?:(?:had|got|caught|picked\s+up|came\s+down\s+with)\s+(?:it|them|the\s+same)(?:\s+(?:too|as\s+well|also))?"
    r"|(?:it|they)\s+(?:kept|keeps)\s+(?:coming|creeping|flaring)\s+(?:back|up)|(?:it|they)\s+(?:came|come|comes)\s+(?:straight\s+|right\s+)?back"
    r"|(?:it|they)\s+(?:spread|spreads)\s+to)\b",
    re.IGNORECASE,
)
#: ... or by the person's own voice on it, a quote ('"I'd cancel plans," she says.', '"I didn't want to be looked at."'),
#: or by what was tried before ("At 27 she had tried three rounds of antibiotics and enough concealer to stock a shop").
_STORY_ASIDE = re.compile(
    r"^\W*[\"“‘]|[,.!?][\"”’]\s+(?:she|he|they|I|we|(?-i:[A-Z][a-z]+))\s+(?:says|said|recalls|remembers|admits|admitted|adds|added|laughs)\b"
    r"|\b(?:had|[’']d)\s+(?:already\s+|also\s+|even\s+)?tried\b",
    re.IGNORECASE,
)
#: A giving on a condition told in an "if" clause before it: "If you get bad, throbbing headaches on one side of the
#: head ..., your neurologist may prescribe lisinopril", "When a child has itchy burrows between the fingers, doctors
#: sometimes give ivermectin": the giving, up to where the drug is named (not "may not", "won't").
_IF_GIVEN = re.compile(
    r"^\W*(?:if|when|whenever|where|should)\s+(?P<told>[^;:]{3,300}?),\s+(?:then\s+)?"
    # (the prescribers may be many, by their trade: "a lot of dermatologists now reach for a small daily dose of spironolactone",
    # "many GPs will turn to ..."; not a lower or different dose: "doctors may prescribe a lower dose")
    r"(?P<giving>(?:(?:many|most|some|more\s+and\s+more|a\s+lot\s+of|lots\s+of|plenty\s+of)\s+)?"
    rf"(?:{_PRESCRIBER}|doctors|GPs|clinicians|prescribers)\s+"
    r"(?:(?:may|might|can|could|will|would|often|sometimes|usually|also|then|occasionally|now|increasingly|commonly|routinely"
    r"|typically|generally|frequently|well)\s+){0,3}"
    # ("your doctor may well hand you ivermectin tablets")
    r"(?:prescribe|give|offer|suggest|recommend|start|put|add|try|reach\s+for|turn\s+to|hand"
    # ... or send the person home with it: "the urgent care doctor will often send you home with a single ondansetron tablet"
    r"|send(?=\s+(?:(?:you|them|him|her|your\s+(?:child|baby|son|daughter|little\s+one))\s+)?home\s+with\b))"
    r"(?:\s+(?:you|them|him|her|your child|your baby|your\s+(?:son|daughter|little\s+one)))?"
    r"(?:\s+(?:on|onto|home\s+with))?"
    r"(?!\s+(?:an?|the)\s+(?:\w+\s+)?(?:lower|smaller|reduced|lowest|smallest|half|different|higher|alternative|other)\b)"
    # ... or a dose of it, then its help, with no prescriber: "If your problem is that the whole thing's over before the second
    # song, half a 50mg about an hour before a date helps you go the distance", "if you finish too soon, one tablet an hour
    # before does the trick"
    r"|(?:half|a\s+quarter\s+of|one|a|a\s+single|two|just\s+one|a\s+low\s+dose\s+of)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,2}?"
    r"(?:\d+(?:\.\d+)?\s?(?:mg|milligrams?)|tablets?|pills?|tabs?|doses?|capsules?)(?:\s+[^\s,;:.!?]+){0,8}?\s+"
    r"(?:(?:usually|often|generally|really|always)\s+)?(?:helps?|(?:will|can|should|may|might)\s+help|does\s+the\s+trick|works|fixes\s+(?:it|that)))\b",
    re.IGNORECASE,
)
#: The rest of a sentence after the condition that a story goes on from: not turned ("but it
#: passed", "never", "didn't"); what the person could not do is more of the trouble ("and he could
#: not get comfy for hours", "wake at 4 and can't get back off"); when it comes is part of it, however long ("the wave of queasiness that
#: started the evening before each chemo infusion, before a single drop had gone in"); up to 30 words, a trouble dated and then
#: told at length ("nine weeks along with her first baby, couldn't keep so much as a dry cracker down from the moment she woke
#: up, and she was spending her lunch breaks in the office restroom").
_STORY_TAIL = re.compile(
    # (the condition may close a quote: 'that diaphragm "hic" every few seconds', 'to burn at night, "like standing on hot
    # sand," with stabbing jolts'; or open its signs with a colon: "worry: racing what-ifs at 2 a.m., ...")
    r"^[\"”’']?[,:]?[\"”’']?(?:\s+(?:(?:could|can|would)(?:n[’']t|\s+not)|can[’']t|cannot)\b|\s+no(?=\s+(?:\w+\s+)?reason\b)|\s+"
    + _FAILED_TRY
    # the trouble kept on: "bumps that never seemed to go", "a cough that never cleared", "pain that didn't let up", "the
    # feeling that never completely lifted", "a knot in her stomach that never quite loosened"
    + r"|\s+(?:never|(?:did|does|do)(?:n[’']t|\s+not))(?:\s+(?:seemed|seem|seems|quite|really|fully|completely|entirely|totally))?"
    r"(?:\s+to)?(?=\s+(?:go|went|goes|clear"
    r"|cleared|clears|settle|settled|settles|stop|stopped|stops|let|lets|shift|shifted|budge|budged|ease|eased|eases|fade|faded"
    r"|lift|lifted|end|ended|loosen|loosened|loosens|unclench|unclenched|unclenches"
    # (or what nothing mends: "with a tiredness that eight hours in bed never fixes", "a fog that sleep never lifts")
    r"|fix|fixes|fixed|lifts|mend|mends|mended|refresh|refreshes|refreshed)\b)"
    # (what the person no longer does is more of the trouble: "her Alzheimer's is eight years along, and she no longer knows
    # the home is her home"; not a trouble that "no longer hurts"; nor is what someone has learned not to do: "and my wife is
    # in the hallway because she's learned not to grab me")
    # (nor is what nothing fixes: "and a bone-deep tiredness no amount of sleep fixes", "the ones no face wash ever touches",
    # "spots no cream would shift")
    # (nor the signs it comes without, listed: "a dull, tight band around his forehead ..., with no throbbing, no sickness and no
    # trouble with light": a "no" after "with", a comma, "and" or "or", one sign, then the list goes on or ends)
    # (not a sip staying down is more of the trouble: "heaving every morning, not a sip of ginger ale staying down")
    # ("even though" goes on with the story's detail: "my insulin running high even though my A1c was normal")
    r"|\s+(?!(?:but|although|(?<!\beven\s)though|however|whereas|yet|never)\b|not\b(?!\s+to\b)(?!\s+(?:even\s+)?(?:a|one|so\s+much\s+as\s+a)\s+"
    r"(?:sip|drop|bite|crumb|mouthful|morsel|spoonful|cracker)\b)|no\b(?!\s+(?:longer|amount|matter)\b)"
    r"(?!(?:(?<=with\sno)|(?<=,\sno)|(?<=and\sno)|(?<=\sor\sno))\s+(?!(?:more|further|other|one|longer)\b)[\w’'-]+"
    r"(?:\s+(?:with|to|from|in|of)\s+[\w’'-]+)?(?:,|\s+(?:and|or)\b|[.!?\"”’']*$))"
    r"(?!(?:\s+[\w’'-]+){1,3}?(?:\s+(?:would|could|can|will|ever|really|seemed\s+to|seems\s+to)){0,2}\s+(?:touch|touches|touched|fix"
    r"|fixes|fixed|shift|shifts|shifted|help|helps|helped|clear|clears|cleared|budge|budged|work|works|worked|dent|dented)\b)"
    r"|no\s+longer\s+(?:hurts?|bothers?|troubles?|itches|aches)\b)"
    # (a colon goes on with the trouble: "panic attacks on the Tube: chest pounding, ...")
    # (a word may hold dots: "at 3 a.m.", "2.5 mg", "awake at 4 a.m. with the bills going round")
    r"(?![\w’']*n[’']t\b)[^\s.;!?]+(?:(?:\.[^\s.;!?]+)+\.?)?){0,30}?[\s.!?\"”’']*$",
    re.IGNORECASE,
)


#: A colon right after a condition, opening its signs: "Her trouble is worry: racing what-ifs at 2 a.m., ..."
_SIGNS_FOLLOW = re.compile(r"[\"”’']?\s*:\s+(?!(?:but|although|though|however|yet|not|never|no\s+longer)\b)", re.IGNORECASE)
#: A first try told before the medicine: "Her doctor suggested better sleep habits first", "we tried a
#: bedtime routine to begin with".
_TRIED_FIRST = re.compile(
    r"\b(?:suggested|suggests|recommended|recommends|advised|advises|tried|tries)\b[^.;!?]*"
    r"\b(?:first|to begin with|to start with|initially)\b",
    re.IGNORECASE,
)
#: A sentence between the trouble and the giving that tells why the usual first choice was ruled out ("\"I'd had breast cancer
#: five years earlier,\" she says, \"so hormones were off the table.\"", "She had no wish for hormone pills; her mother had breast
#: cancer.", "HRT wasn't an option after his clot"): the trouble the giving after it is for is told before it, and what it names
#: (the cancer, the clot) is the reason against the first choice, not the trouble treated.
_RULED_OUT = re.compile(
    r"\b(?:(?:hormones?|HRT|(?:hormone|oestrogen|estrogen)(?:[- ](?:replacement|therapy|pills?|tablets?|patches|gel|treatment))+"
    r"|(?:o)?estrogen|the\s+(?:usual|first|standard|obvious)\s+(?:choice|option|treatment|medicine|tablets?|pills?))"
    r"\s+(?:(?:was|were|is|are|had\s+been|would\s+be)(?:\s+(?:simply|just|completely|firmly|always))?\s+"
    r"(?:off\s+the\s+table|out\s+of\s+the\s+question|not\s+an\s+option|never\s+an\s+option|no\s+option|ruled\s+out|out\b(?!\s+of\b)"
    r"|too\s+risky|unsafe|not\s+safe)|(?:wasn[’']t|weren[’']t|isn[’']t|aren[’']t)\s+(?:an\s+option|safe|allowed))"
    r"|(?:no\s+(?:wish|desire)\s+(?:for|to\s+(?:take|try|use|go\s+on))|no\s+interest\s+in|(?:did(?:n[’']t|\s+not)|does(?:n[’']t|\s+not)|do(?:n[’']t|\s+not))"
    r"\s+want(?:\s+to\s+(?:take|try|use|go\s+on))?|wanted\s+nothing\s+to\s+do\s+with|(?:could(?:n[’']t|\s+not)|can(?:no|[’'])t|wasn[’']t\s+allowed\s+to"
    r"|was\s+not\s+allowed\s+to|shouldn[’']t|should\s+not)\s+(?:take|have|use|go\s+on|risk)|ruled\s+out|steered\s+clear\s+of|refused)\s+"
    r"(?:any\s+|the\s+|more\s+)?(?:hormones?|HRT|(?:o)?estrogen"
    r"|(?:hormone|oestrogen|estrogen)(?:[- ](?:replacement|therapy|pills?|tablets?|patches|gel|treatment))+)\b)",
    re.IGNORECASE,
)


def rules_out_a_first_choice(text: str) -> bool:
    """Does the sentence tell why the usual first choice was ruled out ("so hormones were off the table")? A giving after it
    is for the trouble told before it (see :data:`_RULED_OUT`)."""
    return _RULED_OUT.search(text) is not None


#: A sentence that tells only what the trouble kept the person from, two or more everyday things ("He couldn't eat or
#: sleep properly.", "She could not work, drive or sleep."): the toll of the trouble told before it, which a giving after
#: it is for (a lone "She couldn't sleep." is the trouble itself); the toll may open with when it had come to that and say
#: "could hardly" ("By then he could hardly eat or sleep.", "After four days she could barely talk or swallow.").
_TOLL = re.compile(
    r"^\W*(?:(?:by\s+(?:then|now|that\s+(?:point|time|stage)|the\s+(?:\w+\s+)?(?:day|night|morning|evening|week|weekend))"
    r"|(?:after|within)\s+(?:a\s+few|a\s+couple\s+of|two|three|four|five|six|several|\d+)\s+(?:days|nights|weeks)"
    r"|soon|before\s+long)\s*,?\s+)?"
    r"(?:I|he|she|they|we|you|(?-i:[A-Z][a-z]+))\s+(?:could(?:n[’']t|\s+not)|can(?:no|[’'])t|(?:was|were)(?:n[’']t|\s+not)\s+able\s+to"
    r"|(?:was|were)\s+unable\s+to|(?:barely|hardly|scarcely)\s+(?:could|can)|(?:could|can)\s+(?:barely|hardly|scarcely))\s+"
    r"(?:eat|sleep|work|drive|think|talk|speak|swallow|breathe|walk|concentrate|rest|sit|stand|read|get\s+comfy|get\s+comfortable)"
    r"(?:\s*,\s*[a-z]+)*\s*,?\s+(?:or|and|nor)\s+(?:even\s+)?[a-z]+(?:\s+(?:properly|well|at\s+all|normally|straight|much))?\W*$",
    re.IGNORECASE,
)
#: ... or the toll told as the sleep it left the person to get by on, maybe quoted: "\"I was coaching on four hours of sleep,\"
#: she says", "He was driving a bus on three hours' sleep", "I was running on empty most days" (its "sleep" is the toll of
#: the trouble told before it, not a trouble of its own).
_SLEEP_TOLL = re.compile(
    r"^\W*(?:I|he|she|they|we|you|(?-i:[A-Z][a-z]+))(?:\s+(?:was|were|am|is|are|had\s+been|has\s+been|have\s+been)|[’'](?:d\s+been|s|m|re))"
    r"(?:\s+(?:just|basically|literally|often|always|still))?"
    r"\s+(?:(?:[a-z]+ing)(?:\s+(?:a|an|the|my|his|her|their|our)?\s*[a-z]+){0,2}\s+on\s+(?:about\s+|barely\s+|maybe\s+|only\s+)?"
    r"(?:two|three|four|five|a\s+few|a\s+couple\s+of|\d)\s+hours(?:[’']\s+sleep|\s+(?:of\s+)?sleep)?(?:\s+a\s+night)?"
    r"|running\s+on\s+(?:empty|fumes)|(?:a\s+)?(?:zombie|wreck)|(?:exhausted|shattered|wiped\s+out)(?:\s+all\s+the\s+time)?)"
    r"(?:\s+(?:most|every|each|all)\s+(?:days?|weeks?|nights?|mornings?|the\s+time))?"
    r"\W*(?:(?:she|he|they|I|(?-i:[A-Z][a-z]+))\s+(?:says|said|admits|admitted|recalls|recalled|laughs|laughed|jokes|joked)\W*)?$",
    re.IGNORECASE,
)
#: A sentence that turns a story of trouble before the medicine: "But it passed", "By Monday it had cleared up" (not
#: what the person stopped doing, more of the trouble: "I stopped going to choir", "she stopped driving").
_TURNED = re.compile(
    r"^\W*(?:but|however|yet|although|though)\b|\b(?:passed|went away|cleared up|cleared|was gone|were gone|got better|settled down"
    r"|wore off|eased off|stopped(?!\s+[a-z]+ing\b))\b",
    re.IGNORECASE,
)


#: The sentence after a giving that tells, in the past perfect, the trouble that led to it: "She'd got to where the bottle
#: of white was open by six every evening", "By then he had been getting through a bottle a night", "For months I'd been
#: lying awake" (not what the person had been told: "She'd been warned to stay off the booze on it").
_BACKSTORY = re.compile(
    r"^\W*(?:(?:by\s+then|by\s+that\s+(?:point|time)|back\s+then|at\s+the\s+time|for\s+(?:years|months|weeks|a\s+(?:year|while|long\s+time)))\s*,?\s+)?"
    r"(?:I|he|she|they|we|(?-i:[A-Z][a-z]+))(?:[’']d|\s+had)\s+(?!(?:been\s+)?(?:told|warned|advised|asked|reminded)\b)",
    re.IGNORECASE,
)
#: A giving's purpose that is only a time of the night, whose trouble the next sentence tells: "Dr. Okafor started him on it *for
#: the nights*. ... he wakes up at two or three, soaked through, shouting, back in the truck outside Kandahar", "gave her
#: something for her bad nights" (not "for the first night", a time of the course).
_FOR_A_TIME = re.compile(
    r"for\s+(?:(?:the|his|her|my|their|your|our|those|these)\s+)?(?:(?:bad|rough|worst|long|hard|difficult|broken|awful)\s+)?"
    r"(?:nights|night-?times?|small\s+hours)\b(?!\s+(?:away|out|off|in|shifts?)\b)(?=\s*[.!;:,—–]|\s*$)",
    re.IGNORECASE,
)


#: A condition naming the prescriber's trade, not a trouble told: "her *pain* doctor", "the *sleep* clinic", "a pain management
#: specialist".
_TRADE_AFTER = re.compile(
    r"\s(?:management\s)?(?:doctor|doc|clinic|specialist|consultant|team|nurse|physician|service|centre|center)s?\b", re.IGNORECASE
)


#: A trouble named again by the last word of its name after a pointing or possessive word ("my night sweats and the hot flushes
#: ... My sister now takes a small dose of it every night just to keep *the flushes* down"): that word alone names no condition.
_ECHO_HEAD = re.compile(r"\s(?P<head>[a-z]{4,}s)$", re.IGNORECASE)
_ECHO_BEFORE = re.compile(
    r"\b(?:the|those|these|her|his|my|their|your|our)\s+(?:(?:worst|awful|nightly|daily|constant|endless)\s+)?$", re.IGNORECASE
)


def _echoed_uses(vocab: ConditionVocabulary, text: str, before: str) -> list[tuple[Use, str, Use]]:
    """Uses of a trouble named again by the last word of its clinical name (see :data:`_ECHO_HEAD`), named earlier in ``text`` or
    in ``before`` (the sentence before it in its paragraph), after a use verb ("to keep the flushes down"); inferred."""
    told = [(n, before) for n in vocab.find(before)] if before else []
    named_here = vocab.find(text)
    told += [(n, text) for n in named_here]
    heads: dict[str, tuple[tuple[int, int, str], str]] = {}
    for (start, end, name), where in told:
        head = _ECHO_HEAD.search(where, start, end)
        if head and head.end() == end and not vocab.is_lay(name, where, start, end):
            heads.setdefault(head.group("head").lower(), ((start, end, name), where))
    out: list[tuple[Use, str, Use]] = []
    if not heads:
        return out
    for found in re.finditer(r"\b(?:" + "|".join(map(re.escape, heads)) + r")\b", text, re.IGNORECASE):
        (start, end, name), where = heads[found.group().lower()]
        pointer = _ECHO_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if pointer is None or (where is text and start >= found.start()):
            continue
        if any(s <= found.start() < e for s, e, _ in named_here):
            continue  # named in full here ("the hot flushes"): the use is find_uses'
        verb_start = _verb_before(text[: pointer.start()])
        told_as = re.split(r"[;:.!?]", where[:start])[-1]
        if (
            verb_start is None
            or _SIDE_EFFECT_TOLD.search(told_as)
            or _not_a_use(text, name, verb_start, pointer.start())
            or _SIDE_EFFECT_AFTER.match(text, found.end())
        ):
            continue
        out.append((Use(name, verb_start, pointer.start(), found.end(), inferred=True), where, Use(name, start, start, end)))
    return out


#: A taking timed before the occasion the sentence before told, pointed back at ("Your hands shake ... right before the best man
#: speech or the big job interview. A lot of folks ... take one about an hour *before the big moment*" (holdout303 jo04); "pop one
#: before the day itself"): the time word after a taking, up to the pointing words.
_OCCASION_AGAIN = re.compile(
    r"\b(?:take|takes|took|taking|pop|pops|popped|popping|swallow|swallows|swallowed|have|has|had|chew|chews|chewed)\b[^.;:!?]{0,60}?"
    r"\b(?P<occasion>(?:before|ahead\s+of|prior\s+to)\s+(?:the|that|this|your|my|his|her|their|our)\s+"
    r"(?:(?:big|important|special|dreaded|actual|crucial|key)\s+)?(?:moment|day|occasion|event|ordeal|day\s+itself|thing\s+itself))\b",
    re.IGNORECASE,
)
#: A condition told by its occasion: the words found hold the time word ("before the best man speech", "shaky hands before a
#: speech").
_TOLD_BY_OCCASION = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\b", re.IGNORECASE)


def _occasion_pointed_back(vocab: ConditionVocabulary, text: str, before: str) -> list[tuple[Use, str, Use]]:
    """A taking timed before the occasion told in the sentence before (see :data:`_OCCASION_AGAIN`), the trouble told there by
    that occasion, none named in this sentence: an inferred use from the taking on, with the text and span of that trouble."""
    again = _OCCASION_AGAIN.search(text) if before else None
    if again is None or vocab.find(text[: again.end()]) or _TURNED.search(before):
        return []
    named = [n for n in vocab.find(before) if _TOLD_BY_OCCASION.search(before, n[0], n[1]) and not denied_before(before, n[0])]
    if not named:
        return []
    start, end, name = named[-1]
    if _SIDE_EFFECT_TOLD.search(re.split(r"[;:.!?]", before[:start])[-1]) or _not_a_use(text, name, again.start(), again.start("occasion")):
        return []
    return [(Use(name, again.start(), again.start("occasion"), again.end(), inferred=True), before, Use(name, start, start, end))]


def find_anaphoric_uses(
    vocab: ConditionVocabulary, text: str, before: str, earlier: tuple[str, ...] = (), following: str = ""
) -> list[tuple[Use, str, Use]]:
    """Uses that point back at a condition ("prescribe it for that", "a week of it sorts
    things out"): each as the use in ``text`` (its verb to the pointing word) with the text
    and span of the condition it points at, the last one named earlier in ``text``, else the
    first named after it in ``text`` ("prescribe bupropion for that too, after a short video
    call about your ADHD"), else the last in ``before`` (the sentence before it in its
    paragraph); a fix points at the list of conditions named earlier in its sentence ("BV or a
    yeast infection"). The doctor giving a medicine reaches back past ``before`` through ``earlier``
    (the sentences before it in its paragraph, nearest first) to signs told over a few sentences
    ("... lose his keys most mornings. At work he couldn't sit still. Last spring his GP put him
    on ..."), unless a sentence between turns the story ("But it passed."); a giving that names no trouble reaches on to
    ``following`` (the sentence after it in its paragraph) when that tells the trouble as what had gone before ("My
    sister's GP gave her baclofen last year. She'd got to where ... she couldn't stop at one glass.")."""
    out: list[tuple[Use, str, Use]] = []
    named_here: list[tuple[int, int, str]] | None = None
    for anaphor in _ANAPHOR.finditer(text):
        word = re.search(r"(?:that|this|them|it|those|these)$", anaphor.group(), re.IGNORECASE)
        assert word is not None
        if named_here is None:
            named_here = vocab.find(text)
        # the condition named by its kind right after: "prescribe citalopram for that kind of never-ending
        # worry" is a use for that worry (:func:`find_uses`), not for the sleeplessness told before it;
        # "eases this kind of pain" still points back at the pain just told
        if any(n[0] >= anaphor.end() and _KIND_GAP.match(text[anaphor.end() : n[0]]) and not vocab.is_symptom(n[2]) for n in named_here):
            continue
        # a plural pointing word after medicines its sentence names with no condition after them points at those medicines:
        # "Mention your blood pressure pills too, because methylphenidate can blunt them" (not "... pills for her migraines,
        # and it can blunt them")
        if word.group().lower() in ("them", "those", "these"):
            held = _MEDICINES_HELD.search(text, max(0, anaphor.start() - 200), anaphor.start())
            if held and not any(held.end() <= n[0] < anaphor.start() for n in named_here):
                continue
        later = [
            n
            for n in named_here
            if n[0] >= anaphor.end()
            and (_HOLDER_BEFORE.search(text, anaphor.end(), n[0]) or _APPOSED.fullmatch(text, anaphor.end(), n[0]))
            and not _SET_APART.search(text, anaphor.end(), n[0])
            # (not the prescriber's trade: "Duloxetine can calm these symptoms, and that is why your cancer team has offered it")
            and not _TRADE_AFTER.match(text, n[1])
        ][:1]
        # the signs told two sentences back, an aside on them between ("... pins and needles in their feet. Some say it
        # feels like walking on gravel. We start amitriptyline to calm those sensations") or a short one on the person
        # ("... lots of little cysts on my ovaries. My weight is normal. ... her doctor started her on semaglutide for it")
        # ... or said to come again and again ("Her fingers went dead white, then bluish ... It happens every winter. Dr. Okoye
        # ... wants to use it for that")
        pointed = _SIGNS_NAMED_AFTER.match(text, anaphor.end()) or (
            (_PERSON_ASIDE.match(before) or _RECURS.match(before) or _RESULT_ASIDE.match(before)) and not vocab.find(before)
        )
        aside = earlier[:1] if pointed and not _TURNED.search(before) else ()
        # the condition pointed at treated by the person named as the subject, not by the drug: "Oral thrush ... can follow a
        # course; the GP can treat it" (gaps153c, holdout344 ld10; not "your doctor may prescribe it for that", the drug's)
        if _PERSON_FIXES.search(text[: anaphor.start()]) and _TREATS_THE_TROUBLE.match(text, anaphor.start()):
            continue
        # (a trouble in the prescriber's trade is none told: "Her diabetes doctor started her on 10 mg ... for it")
        for referent_text, named in (
            (text[: anaphor.start()], [n for n in vocab.find(text[: anaphor.start()]) if not _TRADE_AFTER.match(text, n[1])]),
            (text, later),
            (before, list(vocab.find(before))),
            *((told_before, list(vocab.find(told_before))) for told_before in aside),
        ):
            # (a condition said not to be the one had is none pointed at: "Doctors call it BPH. It is not cancer." then
            # "Tamsulosin eases those symptoms", gaps153c, holdout343 lc06)
            named = [n for n in named if not denied_before(referent_text, n[0])]
            if named:
                # a symptom after the condition it belongs to names that condition's trouble:
                # "burning, tingling feet ..., a kind of pain that painkillers barely touch"
                # (a trouble told as the cause of the one before it is not the one pointed at: "the burning, prickling feet that
                # come from years of high blood sugar" is the feet's)
                named = [
                    n
                    for i, n in enumerate(named)
                    if not (i and not vocab.is_symptom(named[i - 1][2]) and _CAUSE_BEFORE.search(referent_text, max(0, n[0] - 80), n[0]))
                ]
                start, end, name = next((n for n in reversed(named) if not vocab.is_symptom(n[2])), named[-1])
                told = re.split(r"[;:.!?]", referent_text[:start])[-1]
                if not _SIDE_EFFECT_TOLD.search(told) and not _not_a_use(text, name, anaphor.start(), anaphor.start()):
                    here = Use(name, anaphor.start(), anaphor.start() + word.start(), anaphor.end())
                    out.append((here, referent_text, Use(name, start, start, end)))
                break
    # the condition of the sentence before got better once it was taken: "The night sweats? Within
    # two weeks of starting clonidine they calmed right down"
    improved = _improved_since_taken(text)
    named_before = vocab.find(before) if improved else []
    if improved and named_before and not vocab.find(text[: improved[2]]) and not _PASSING_EFFECT.search(before):
        start, end, name = named_before[-1]
        # not a side effect that went ("Escitalopram gave me headaches. Two weeks into it they stopped.")
        told = re.split(r"[;:.!?]", before[:start])[-1]
        if _STORY_TAIL.match(before[end:]) and not _ITS_EFFECT.search(told):
            here = Use(name, *improved, inferred=True)
            out.append((here, before, Use(name, start, start, end)))
    out.extend(_credited_uses(vocab, text, before))
    out.extend(_relieved_uses(vocab, text, before))
    out.extend(_chosen_for_it(vocab, text, before))
    out.extend(_echoed_uses(vocab, text, before))
    out.extend(_occasion_pointed_back(vocab, text, before))
    given = _GIVEN_NEXT.match(text) or (_PRONOUN_GIVES.match(text) if _PRESCRIBER_TOLD.search(before) else None)
    # (not a trouble the sentence before rules out: "Blood tests ruled out thyroid trouble and polycystic ovaries. Her
    # dermatologist started her on ..." reaches back to the signs told before it)
    named_before = [n for n in vocab.find(before) if not denied_before(before, n[0])] if given else []
    # (not a giving that names what it is for, in words the vocabulary lacks: "gave me baclofen for the spasms in my legs")
    purpose = _GIVEN_FOR.search(text, given.end()) if given else None
    # (a purpose that is only a time of the night reaches on to the trouble of that time told next, in any tense, not back
    # past the paragraph's start to an earlier story)
    for_a_time = purpose is not None and _FOR_A_TIME.match(text, purpose.start()) is not None
    told_next = for_a_time and bool(vocab.find(following))
    # the sentence before told a first try ("Her doctor suggested better sleep habits first"): the trouble
    # is told before it
    tried_first = bool(named_before) and _TRIED_FIRST.search(before) is not None
    # (what the sentence that ruled out the first choice names, the cancer or the clot, is its reason, not the trouble treated)
    ruled_out = bool(named_before) and _RULED_OUT.search(before) is not None
    if given and ruled_out:
        named_before = []
    toll = bool(_TOLL.match(before) or _SLEEP_TOLL.match(before))
    if given and not told_next and (not named_before or tried_first or toll) and not _TURNED.search(before):
        for depth, sentence in enumerate(earlier[:4]):
            found = vocab.find(sentence)
            if found:
                named_before, before = found, sentence
                break
            if _TURNED.search(sentence) or (depth >= 1 and not _GOES_ON.search(sentence) and not _STORY_ASIDE.search(sentence)):
                break
    # (a trouble in the prescriber's trade is none told: "Last winter her pain doctor started her on ...")
    if (
        given
        and named_before
        and not [n for n in vocab.find(text[: given.end()]) if not _TRADE_AFTER.match(text, n[1]) and not denied_before(text, n[0])]
    ):
        start, end, name = _trouble_told(vocab, before, named_before)
        told = re.split(r"[;:.!?]", before[:start])[-1]
        # "... caught scabies off the mats. My doc gave me ivermectin" (not a medicine's own effect:
        # "Lorazepam gave him a wave of queasiness ... His oncologist switched him")
        if (
            _STORY_TAIL.match(before[end:])
            and not _ITS_EFFECT.search(told)
            and not _SIDE_EFFECT_TOLD.search(told)
            and not _DENIED_TROUBLE.search(told)
        ):
            # (the drug named before the taking is its owner: "I had meloxicam in the cabinet, so I took two")
            taken = given.start("taken") if given.groupdict().get("taken") else given.start()
            out.append((Use(name, given.start(), taken, given.end(), inferred=True), before, Use(name, start, start, end)))
    told_after = bool(_BACKSTORY.match(following)) or for_a_time
    named_after = vocab.find(following) if given and not named_before and (not purpose or for_a_time) and told_after else []
    if given and named_after and not vocab.find(text):
        start, end, name = named_after[0]
        told = following[:start]
        if vocab.is_lay(name, following, start, end) and _STORY_TAIL.match(following[end:]) and not _ITS_EFFECT.search(told):
            taken = given.start("taken") if given.groupdict().get("taken") else given.start()
            out.append((Use(name, given.start(), taken, given.end(), inferred=True), following, Use(name, start, start, end)))
    # the condition told in an "if" clause, then the giving: "If you get ... headaches on one side of the head ...,
    # your neurologist may prescribe lisinopril"
    cond = _IF_GIVEN.match(text)
    named_if = [n for n in vocab.find(text[: cond.start("giving")]) if n[0] >= cond.start("told")] if cond else []
    if cond and named_if and not vocab.find(text[cond.start("giving") : cond.end()]):
        start, end, name = next((n for n in reversed(named_if) if not vocab.is_symptom(n[2])), named_if[-1])
        told = text[cond.start("told") : start]
        # (another medicine taken in the clause is not the one given: "If you get migraines while taking lisinopril, ...")
        taking = re.search(
            r"\b(?:taking|using|takes|uses|on\s+(?:[\w-]+\s+)?(?:tablets|pills|medicines?|medication))\b",
            text[cond.start("told") : cond.start("giving")],
        )
        if (
            not taking
            and not _ITS_EFFECT.search(told)
            and not _SIDE_EFFECT_TOLD.search(told)
            and not _not_a_use(text, name, cond.start("giving"), cond.start("giving"))
        ):
            giving = cond.start("giving")
            out.append((Use(name, giving, giving, cond.end(), inferred=True), text, Use(name, start, start, end)))
    for fix in _FIXES.finditer(text):
        head = text[: fix.start()]
        if _PERSON_FIXES.search(head):
            continue  # "a rash that isn't an allergy at all, but let the doctor sort that out": the doctor's doing, not the drug's
        named = vocab.find(head)
        # the trouble told in the sentence before, pointed back at: "She'd lie awake until four every morning. Her GP said
        # a little extra risperidone at bedtime would knock that on the head"
        if not named and re.search(r"\b(?:that|this)\b", fix.group(), re.IGNORECASE):
            head, named = before, [n for n in vocab.find(before) if not _SIDE_EFFECT_TOLD.search(re.split(r"[;:.!?]", before[: n[0]])[-1])]
        listed = named[-1:]
        # sleep lost to a trouble told before it in the head is that trouble's: "If the pain in your jaw keeps you awake, a
        # tablet at bedtime calms that down" (the pain's), "if the cough from your cold keeps you up, ... calms that down" (the cough's)
        lost_to = next((n for n in reversed(named[:-1]) if n[2] != named[-1][2]), None) if listed else None
        if lost_to is not None and vocab.improves_with(named[-1][2]):
            listed = [lost_to]
        for item in reversed(named[: named.index(listed[0])] if listed else []):
            if not _LIST_GAP.match(head[item[1] : listed[0][0]]):
                break
            listed.insert(0, item)
        for start, end, name in listed:
            if not _not_a_use(text, name, fix.start(), fix.start()):
                out.append((Use(name, fix.start(), fix.start(), fix.end()), head, Use(name, start, start, end)))
    return out


#: The medicine opening its sentence as the one prescribers choose, right after the trouble was told: "You know those deep,
#: sore red bumps along your chin ...? Spiro is what a lot of dermatologists reach for", "Doxy is usually what my GP
#: prescribes", "Amitriptyline's the one most neurologists start people on" (the choice from after the name, so that the name
#: is its owner; not denied: "is not what"; nor asked: "Is spiro what ...?").
_CHOSEN = re.compile(
    r"^\W*(?:(?:so|and|well|honestly|basically|now)\s*,?\s+)?(?!(?:is|are|was|were)\b)(?:[\w-]+\s+){0,2}?[\w-]+"
    r"(?P<choice>(?:\s+(?:is|are|was)|[’']s)\s+(?:(?:often|usually|exactly|just|now|still|really|basically|pretty\s+much|generally|typically)\s+)?"
    r"(?:what|the\s+(?:one|thing|drug|medicine|medication|pill|tablet|treatment)(?:\s+(?:that|which))?)\s+"
    r"(?:(?:a\s+lot\s+of|lots\s+of|loads\s+of|many|most|plenty\s+of|some|so\s+many|more\s+and\s+more|the)\s+)?"
    r"(?:(?:[\w’'-]+\s+)?(?:doctors|docs|GPs|physicians|dermatologists|derms|prescribers|specialists|clinicians|psychiatrists|nurses"
    r"|[a-z]+ologists|[a-z]+iatrists|clinics)"
    r"|(?:my|her|his|their|your|our|the)\s+(?:[\w’'-]+\s+)?(?:doctor|doc|GP|physician|dermatologist|derm|specialist|nurse|[a-z]+ologist"
    r"|[a-z]+iatrist))\s+"
    r"(?:(?:often|usually|now|tend\s+to|will|would|always|first|normally|typically|generally|routinely|happily)\s+){0,2}"
    r"(?:reach(?:es)?\s+for|prescribes?|use|uses|give|gives|recommends?|turns?\s+to|go(?:es)?\s+with|suggests?|swears?\s+by|tr(?:y|ies)"
    r"|offers?|picks?|(?:start|starts|put|puts)\s+(?:people|patients|women|men|folks|them|you)\s+on))\b",
    re.IGNORECASE,
)


def _chosen_for_it(vocab: ConditionVocabulary, text: str, before: str) -> list[tuple[Use, str, Use]]:
    """The medicine told as the prescribers' choice (see :data:`_CHOSEN`) for the trouble told in the sentence before, as an
    inferred use from the choice on, with the text and span of that trouble; not a side effect nor a medicine's own effect told,
    nor a trouble turned or named in the choice's own sentence."""
    chosen = _CHOSEN.match(text)
    if chosen is None or vocab.find(text[: chosen.end()]) or _TURNED.search(before):
        return []
    named = vocab.find(before)
    if not named:
        return []
    start, end, name = _trouble_told(vocab, before, named)
    told = re.split(r"[;:.!?]", before[:start])[-1]
    if not _STORY_TAIL.match(before[end:]) or _ITS_EFFECT.search(told) or _SIDE_EFFECT_TOLD.search(told):
        return []
    return [(Use(name, chosen.start("choice"), chosen.start("choice"), chosen.end(), inferred=True), before, Use(name, start, start, end))]


#: A giving's own purpose after it: "gave me baclofen *for the* spasms in my legs", "*to ease* her back" (not a time: "for
#: the first week", "for a month").
_GIVEN_FOR = re.compile(
    r"\b(?:for\s+(?:the|his|her|my|their|your|its|our)\s+(?!(?:first|last|next|past|whole|rest|time|moment|day|week|month|year)\b)"
    r"|to\s+(?:treat|ease|help|calm|relieve|stop|control|settle))",
    re.IGNORECASE,
)


def _trouble_told(vocab: ConditionVocabulary, told: str, named: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The trouble a story (``told``) told before the giving: the last condition named, unless it is one lost to a trouble
    named before it (``improves_with``): "he'd wake up drenched at 2 a.m., back in the same night in the same valley, and
    then lie there till dawn" is the nightmares', not sleeplessness; or one a colon opens the signs of: "Her trouble is
    worry: racing what-ifs at 2 a.m., ... and a mind she cannot switch off" is the worry's."""
    kinds = vocab.improves_with(named[-1][2])
    opened = next((n for n in named[:-1] if _SIGNS_FOLLOW.match(told, n[1])), None)
    # a symptom told as the kind the trouble before it gives is that trouble's: "a jagged little stone stuck in the tube between
    # his kidney and his bladder, the kind of pain that had him doubled over" is the stone's
    kind_of = (
        next((n for n in reversed(named[:-1]) if not vocab.is_symptom(n[2])), None)
        if vocab.is_symptom(named[-1][2]) and _KIND_OF_BEFORE.search(told, 0, named[-1][0])
        else None
    )
    return opened or kind_of or next((n for n in reversed(named[:-1]) if n[2] in kinds), named[-1])


#: The cause of a trouble told right before another condition: "feet that *come from years of* high blood sugar", "*caused by*
#: diabetes" (see :func:`find_anaphoric_uses`).
_CAUSE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:come|comes|came|stem|stems|stemmed|result|results|resulted)\s+from\s+(?:(?:years|decades|months)\s+of\s+)?"
    r"(?:(?:his|her|my|their|your|the)\s+)?$"
    r"|\b(?:caused|brought\s+on)\s+by\s+(?:(?:years|decades|months)\s+of\s+)?(?:(?:his|her|my|their|your|the)\s+)?$",
    re.IGNORECASE,
)
#: "the kind of" right before a symptom (see :func:`_trouble_told`).
_KIND_OF_BEFORE = re.compile(r",\s+(?:the|that|a)\s+(?:kind|sort|type)\s+of\s+$", re.IGNORECASE)


#: A medicine named as the subject of a verb of relief on the trouble pointed back at: "The night sweats were unbearable after my
#: chemo, and a low dose of venlafaxine *settled them* within a fortnight", "Her migraines were awful. Sumatriptan stopped them in
#: their tracks" (spot check 49). The match opens at the word before the verb, which must be a medicine's name (see
#: :func:`_relieved_uses`: not "I stopped them", "the fan settled them", "Nothing calmed them down").
_RELIEVED = re.compile(
    r"(?:\b[\w-]+(?:\s+(?:XR|SR|ER|CR|XL|CD))?\s+(?:(?:soon|quickly|finally|really|completely|eventually|just|pretty\s+much)\s+)?"
    r"(?:settle[sd]?|calm(?:s|ed)?|stop(?:s|ped)|ease[sd]?|tame[sd]?|sort(?:s|ed)|clear(?:s|ed)|shift(?:s|ed)|banish(?:es|ed)|fix(?:es|ed)"
    r"|kill(?:s|ed)|knock(?:s|ed)|stead(?:y|ies|ied)|quiet(?:en)?(?:s|ed)?|got\s+rid\s+of|gets\s+rid\s+of|put\s+(?:a\s+stop|an\s+end|paid)\s+to)"
    r"\s+(?:them|it|those|these)(?:\s+(?:right\s+)?(?:down|out|up|off|away|on\s+the\s+head|in\s+their\s+tracks))?"
    # ... or as what keeps them still: "now one propranolol at lunchtime keeps them steady for the evening" (after hands that
    # trembled at recitals), "keeps it at bay", "kept them in check"
    r"|\b[\w-]+(?:\s+(?:XR|SR|ER|CR|XL|CD))?(?:\s+(?:at|in|before|after|with)\s+(?:\w+\s+){0,2}?\w+)?\s+(?:keeps?|kept)\s+(?:them|it|those|these)"
    r"\s+(?:steady|still|calm|quiet|at\s+bay|in\s+check|under\s+control))"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:within|in|inside|after|for|overnight|almost|completely|straight\s+away|right\s+away|at\s+last)\b)",
    re.IGNORECASE,
)


#: The word a relief points back with (see :data:`_RELIEVED`).
_POINTED_WORD = re.compile(r"\b(?:them|it|those|these)\b", re.IGNORECASE)


def _relieved_uses(vocab: ConditionVocabulary, text: str, before: str) -> list[tuple[Use, str, Use]]:
    """Uses told by a medicine named as what relieved the trouble told before it, in its sentence or the one before
    (:data:`_RELIEVED`): the use from the name to the pointing word, with the text and span of the trouble; not the
    medicine's own side effect ("Escitalopram gave me headaches, and ...") nor a trouble named after the credit."""
    if vocab.name_spans is None:
        return []
    names: set[int] | None = None  # (the names index is asked only once a relief is found)
    for relief in _RELIEVED.finditer(text):
        if names is None:
            names = {start for start, _ in vocab.name_spans(text)}
        if relief.start() not in names:
            continue
        named = vocab.find(text[: relief.start()])
        referent_text = text if named else before
        named = named or vocab.find(before)
        if not named:
            continue
        start, end, name = _trouble_told(vocab, referent_text, named)
        if vocab.is_symptom(name):
            continue  # a bare symptom relieved is as often an approved use's ("After my shingles the burning pain lingered ...")
        told = re.split(r"[;:.!?]", referent_text[:start])[-1]
        word = relief.start() + _POINTED_WORD.search(relief.group()).start()  # type: ignore[union-attr]
        if _SIDE_EFFECT_TOLD.search(told) or _ITS_EFFECT.search(told) or _not_a_use(text, name, relief.start(), word):
            continue
        here = Use(name, relief.start(), word, relief.end(), inferred=True)
        return [(here, referent_text, Use(name, start, start, end))]
    return []


def _credited_uses(vocab: ConditionVocabulary, text: str, before: str) -> list[tuple[Use, str, Use]]:
    """Uses told by crediting a medicine with getting someone through the trouble named before it
    ("..., and Zofran was the only thing that let me function"), in the sentence or the one before
    it: each as the use (from the clause the credit opens, so that the medicine named there is its
    owner, to the credit) with the text and span of the condition; not the medicine's own side
    effect ("It gave me headaches, and ...") nor trouble turned ("but", "didn't")."""
    credit = _CREDITED.search(text)
    if credit is None:
        return []
    clause = _CREDIT_CLAUSE.search(text, 0, credit.start())
    opens = clause.end() if clause else 0
    named = [n for n in vocab.find(text[:opens]) if n[1] <= opens]
    referent_text, gap_end = (text, opens) if named else (before, len(before))
    named = named or vocab.find(before)
    if not named:
        return []
    # (sleep lost to the trouble told before it is that trouble's: "for the burning, pins-and-needles feet that keep them pacing
    # the landing at 2 am, and they say it's the only thing that lets them sleep through" (holdout310 jv04) is the feet's)
    start, end, name = _trouble_told(vocab, referent_text, named)
    told = re.split(r"[;:.!?]", referent_text[:start])[-1]
    gap = referent_text[end:gap_end]
    if _SIDE_EFFECT_TOLD.search(told) or _ITS_EFFECT.search(told) or not _STORY_TAIL.match(gap.replace(";", ",")):
        return []
    if _not_a_use(text, name, opens, credit.start()):
        return []
    return [(Use(name, opens, credit.start(), credit.end(), inferred=True), referent_text, Use(name, start, start, end))]
