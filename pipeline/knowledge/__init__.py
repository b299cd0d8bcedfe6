"""The knowledge stage: data from ``checks/`` loaded and validated (rule packs,
drug facts, drug names, condition words, the spelling vocabulary) and the one
digest of those files. Content lives in YAML; this package only reads it."""
