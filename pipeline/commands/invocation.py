"""What the global options give every command: the configuration file to use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Config, load_config


@dataclass
class Invocation:
    config_path: Path | None
    debug: bool

    def config(self, **overrides: Any) -> Config:
        """The configuration with command-line ``overrides`` (dotted keys; None means not given)."""
        return load_config(self.config_path, overrides={k: v for k, v in overrides.items() if v is not None})
