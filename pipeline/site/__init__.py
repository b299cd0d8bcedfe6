"""The publishing stage of `pipeline build`: checked articles to publish-ready
HTML and Markdown pages, review pages and the index."""
