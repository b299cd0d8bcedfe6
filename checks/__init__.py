"""The built-in knowledge of `pipeline`: rule packs, drug facts, conditions and word
lists. Installed as the package ``pipeline_knowledge`` (see pyproject.toml); this
folder stays the source of truth. `pipeline.knowledge.sources.builtin_dir()` finds it."""
