"""Concepts found in an article's prose with the knowledge: which drugs it names
and is about, which uses it gives them, which doses it states. Checks ask these
modules instead of searching the text for their own words."""
