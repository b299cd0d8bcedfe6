"""Running checks: choosing the files (``selection``), checking one article
(``checker``), many files through the result cache and worker processes
(``runner``), and suppressions applied to the findings."""
