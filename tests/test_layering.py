"""The import direction config ← corpus ← retrieval ← bot: nothing below bot/ knows Telegram."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
BELOW_BOT = ["config", "corpus", "retrieval"]
PURE_BOT_MODULES = ["bot/render.py", "bot/htmltext.py"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def telegram_imports(path: Path) -> set[str]:
    return {m for m in imported_modules(path) if m.split(".")[0] == "telegram"}


@pytest.mark.parametrize("package", BELOW_BOT)
def test_packages_below_bot_never_import_telegram(package: str) -> None:
    files = sorted((PROJECT / package).rglob("*.py"))
    assert files, f"no modules found in {package}/"
    offenders = {str(f.relative_to(PROJECT)): telegram_imports(f) for f in files}
    assert {f: m for f, m in offenders.items() if m} == {}


@pytest.mark.parametrize("package", BELOW_BOT)
def test_packages_below_bot_never_import_bot_or_cli(package: str) -> None:
    for path in sorted((PROJECT / package).rglob("*.py")):
        upward = {m for m in imported_modules(path) if m.split(".")[0] in {"bot", "claimqa"}}
        assert not upward, f"{path.relative_to(PROJECT)} imports {upward}"


@pytest.mark.parametrize("module", PURE_BOT_MODULES)
def test_rendering_is_pure(module: str) -> None:
    assert telegram_imports(PROJECT / module) == set()


def test_importing_the_service_loads_no_telegram() -> None:
    code = (
        "import sys, retrieval.service, retrieval.records, corpus.records, config\n"
        "loaded = sorted(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
