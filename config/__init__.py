"""Configuration: one frozen :class:`Settings`, read from env and ``config/*.toml``."""

from __future__ import annotations

from config.settings import PROJECT_ROOT, Settings, load_settings

__all__ = ["PROJECT_ROOT", "Settings", "load_settings"]
