"""The one frozen settings object, built from defaults, ``config/claimqa.toml`` and env.

Precedence, highest first: explicit overrides, environment variables, the TOML file, defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TOML = Path(__file__).resolve().parent / "claimqa.toml"


class Settings(BaseSettings):
    """Everything the corpus, retrieval and bot layers need, passed down explicitly."""

    model_config = SettingsConfigDict(
        env_prefix="CLAIMQA_",
        frozen=True,
        extra="ignore",
        populate_by_name=True,
    )

    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN", "telegram_bot_token")
    )
    telegram_api_base_url: str = Field(
        default="https://api.telegram.org/bot",
        validation_alias=AliasChoices("TELEGRAM_API_BASE_URL", "telegram_api_base_url"),
    )
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    corpus_dir: Path = PROJECT_ROOT / "corpus" / "documents"
    index_dir: Path = PROJECT_ROOT / "var" / "index"
    model_name: str = "sentence-transformers/all-MiniLM-L6-v2"
    top_k: int = Field(default=3, ge=1, le=20)
    max_question_chars: int = Field(default=1000, ge=16)
    rate_limit_per_minute: int = Field(default=20, ge=0)
    """Questions one user may ask a minute; the excess gets a friendly note. 0 disables."""
    send_retries: int = Field(default=3, ge=0, le=10)
    """Retries of a Bot API call after a 5xx, a network error or a 429 (then it gives up)."""
    send_backoff_seconds: float = Field(default=0.5, gt=0, le=60)
    """First wait before retrying after a 5xx or network error; doubles per retry."""
    max_flood_wait_seconds: float = Field(default=60, ge=0)
    """The longest 429 ``retry_after`` honoured; a longer one gives up at once (logged)."""
    telegram_requests_per_second: float = Field(default=30, ge=0)
    """Throttle on Bot API calls, Telegram's broadcast limit by default. 0 disables."""
    telegram_timeout_seconds: float = Field(default=10, gt=0, le=300)
    """Connect/read/write timeout of a Bot API call, so a hung call cannot hold a chat."""
    typing_delay_seconds: float = Field(default=0.15, ge=0, le=5)
    """Work on a question longer than this shows "typing"; a quicker answer goes out alone."""
    log_level: str = "INFO"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_admin_ids(cls, value: Any) -> Any:
        """Accept ``"1, 2,3"`` from the environment as well as lists from TOML."""
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError as exc:
                raise ValueError(
                    "CLAIMQA_ADMIN_IDS must be comma-separated numeric Telegram user ids"
                ) from exc
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("corpus_dir", "index_dir", mode="after")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Insert the TOML file below the environment."""
        toml_path = Path(os.environ.get("CLAIMQA_CONFIG", DEFAULT_TOML))
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)

    @property
    def bot_pid_file(self) -> Path:
        """Where a serving bot writes its pid, so ``claimqa reload`` can signal it."""
        return self.index_dir / "bot.pid"

    def token(self) -> str:
        """Return the bot token, or raise if it is not configured.

        Raises:
            ValueError: when ``TELEGRAM_BOT_TOKEN`` is unset.
        """
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        return self.telegram_bot_token.get_secret_value()


def load_settings(**overrides: Any) -> Settings:
    """Build the settings; ``overrides`` (e.g. from CLI flags) win over env and TOML.

    Args:
        **overrides: field values that take precedence; ``None`` values are ignored.

    Returns:
        The frozen settings.
    """
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
