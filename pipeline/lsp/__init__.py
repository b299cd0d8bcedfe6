"""`pipeline lsp`: the checks as a language server (diagnostics, quick fixes, hover).

``server`` holds the server and its features, ``engine`` the warm check context per
workspace root (reloaded when the configuration or the knowledge changes),
``diagnostics`` the conversion of findings and ``positions`` the code-point to
UTF-16 (or UTF-8/UTF-32) column arithmetic.
"""
