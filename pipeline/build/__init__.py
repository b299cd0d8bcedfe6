"""`pipeline build`: checked articles to publish-ready HTML and Markdown."""
