"""Packaging beyond what pyproject.toml can say: the built-in knowledge, this
repository's top-level checks/ folder (its one source of truth), is installed as the
package ``pipeline_knowledge`` (its sub-folders as its sub-packages) next to every
package found under pipeline/."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["pipeline", "pipeline.*"], exclude=["*__pycache__*"]),
        "pipeline_knowledge",
        *(f"pipeline_knowledge.{name}" for name in find_namespace_packages(where="checks", exclude=["*__pycache__*"])),
    ],
    package_dir={"pipeline_knowledge": "checks"},
)
