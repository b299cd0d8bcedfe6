"""The document stage: a draft read from disk (``source``), its front matter
(``frontmatter``), its prose with the one source map (``prose``), sentences and
sections over that prose, and the :class:`~pipeline.document.article.Article`
every check receives. Nothing here knows about drugs or rules."""
