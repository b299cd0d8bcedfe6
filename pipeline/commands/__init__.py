"""One module per command; :data:`COMMANDS` is what ``pipeline.cli`` registers."""
