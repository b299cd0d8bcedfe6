"""Claim and promotional misses of holdout23/24 as classes: total protection or the one medicine
that works, said flatly ("complete protection, full stop", "the one antimalarial that gives you
total protection"); a benefit said to beat every other medicine of a kind ("protects kidneys
better than any other blood pressure medicine"); a guaranteed, permanent result ("will regrow a
full head of hair for good", "clears it up permanently"); a call to buy the drug now ("Buy
metronidazole online now", "Order your sildenafil online today"); and a mood or symptom lifted
within days or hours of starting an antidepressant, told as a quote ("By day three the fog had
just lifted"). Each case is the body of one article about one drug; the assertion is what its
writer would see: the finding of that rule with its severity, or none."""

from __future__ import annotations

ABSOLUTE = "unsupported-claim.absolute"
COMPARATIVE = "unsupported-claim.comparative"
RAPID = "unsupported-claim.rapid-onset"
SALES = "promotional.sales-language"

#: (drug, body, rule, severity): a claim or sales text the writer must see.
SHOULD = [
    # -- total protection, the one medicine that works, full stop --
    ("doxycycline", "It's the one antimalarial that gives you complete protection, full stop.", ABSOLUTE, "error"),
    ("doxycycline", "Take it daily and you have total protection against malaria.", ABSOLUTE, "error"),
    ("doxycycline", "These tablets offer 100% protection on any trip.", ABSOLUTE, "error"),
    ("atorvastatin", "Atorvastatin gives your heart complete protection from attacks.", ABSOLUTE, "error"),
    ("doxycycline", "It gives full protection against malaria, end of story.", ABSOLUTE, "error"),
    ("doxycycline", "You are fully protected, full stop.", ABSOLUTE, "error"),
    ("amoxicillin", "It is the one antibiotic that always works, period.", ABSOLUTE, "error"),
    # -- better than any other medicine of a kind --
    ("losartan", "Losartan protects kidneys better than any other blood pressure medicine.", COMPARATIVE, "error"),
    ("atorvastatin", "It lowers cholesterol better than any other pill you can buy.", COMPARATIVE, "error"),
    ("sertraline", "Sertraline treats anxiety better than any other antidepressant out there.", COMPARATIVE, "error"),
    ("omeprazole", "Omeprazole heals ulcers faster than any other acid medicine.", COMPARATIVE, "error"),
    ("ibuprofen", "Ibuprofen eases period pain better than all the other painkillers.", COMPARATIVE, "error"),
    ("metformin", "Nothing controls blood sugar better than metformin.", COMPARATIVE, "error"),
    # -- a guaranteed, permanent result --
    ("minoxidil", "Stick with it and it will regrow a full head of hair for good.", ABSOLUTE, "error"),
    ("minoxidil", "You'll get a full head of hair back.", ABSOLUTE, "error"),
    ("fluconazole", "One capsule clears thrush for good.", ABSOLUTE, "error"),
    ("terbinafine", "It gets rid of the fungus permanently.", ABSOLUTE, "error"),
    ("finasteride", "It halts hair loss forever.", ABSOLUTE, "error"),
    ("omeprazole", "A course of this and your heartburn is gone for good.", ABSOLUTE, "error"),
    # -- buy it now --
    ("metronidazole", "Buy metronidazole online now from our partner pharmacy.", SALES, "error"),
    ("sildenafil", "Order your sildenafil online today and save.", SALES, "error"),
    ("finasteride", "Get your finasteride delivered now, no appointment needed.", SALES, "error"),
    ("doxycycline", "Order doxycycline today for next-day delivery.", SALES, "error"),
    ("amoxicillin", "Buy amoxicillin now, no prescription needed.", SALES, "error"),
    ("minoxidil", "Grab your minoxidil online today.", SALES, "error"),
    # -- the mood lifted within days of starting, told as a quote --
    ("fluoxetine", '"Honestly, the first week on it I felt like a different woman. By day three the fog had just lifted."', RAPID, "error"),
    ("sertraline", "By day two, the cloud had lifted.", RAPID, "error"),
    ("escitalopram", '"Within three days my mood had lifted," she told us.', RAPID, "error"),
    ("citalopram", "By the second day the gloom was gone.", RAPID, "error"),
    ("fluoxetine", "Within 48 hours the darkness had cleared.", RAPID, "error"),
    ("sertraline", "By day 4 my depression had completely lifted.", RAPID, "error"),
]

#: (drug, body, rule): near misses that must stay quiet.
SHOULD_NOT = [
    ("doxycycline", "No antimalarial gives you complete protection, so use a net and repellent too.", ABSOLUTE),
    ("doxycycline", "Some websites say it gives complete protection; that is not true.", ABSOLUTE),
    ("doxycycline", "Wear sun protection, full stop.", ABSOLUTE),
    ("doxycycline", "It gives good protection when taken every day [1].", ABSOLUTE),
    ("losartan", "Losartan is not better than any other blood pressure medicine for everyone.", COMPARATIVE),
    ("losartan", "Ask whether losartan protects kidneys better than other medicines; your doctor knows your case.", COMPARATIVE),
    ("losartan", "Losartan protects kidneys better than any other blood pressure medicine in people with diabetes [1].", COMPARATIVE),
    ("minoxidil", "If you stop using it, the new hair falls out; it does not work for good.", ABSOLUTE),
    ("minoxidil", "It will not regrow a full head of hair.", ABSOLUTE),
    ("minoxidil", "Nothing regrows hair for good, so be wary of claims that it will.", ABSOLUTE),
    ("terbinafine", "Stop taking it permanently if your liver tests are abnormal.", ABSOLUTE),
    ("metronidazole", "Don't buy metronidazole online from unregulated sites.", SALES),
    ("metronidazole", "Never buy metronidazole online without a prescription.", SALES),
    ("metronidazole", "Is it safe to buy metronidazole online? Only from a registered pharmacy.", SALES),
    ("metronidazole", "Avoid websites that tell you to buy metronidazole online now.", SALES),
    ("fluoxetine", "It can take four to six weeks before you feel the benefit.", RAPID),
    ("fluoxetine", "By week six the fog had lifted.", RAPID),
    ("fluoxetine", "By day three the nausea had settled, but my mood took six weeks to lift.", RAPID),
    ("fluoxetine", '"By day three the fog had lifted." That is not true for most people: it usually takes weeks.', RAPID),
]
