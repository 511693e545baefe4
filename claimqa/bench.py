"""``claimqa bench``: build, start, answer, serve under load and search at scale, on this machine.

Everything runs here and now: the shipped corpus's index build, a cold start in a fresh process,
warm questions through the answer service (embedding, hybrid search, claim status, rendering),
the real bot against the fake Bot API (one asker, then 32 at once), a synthetic 10,000-document
build and a search over a million synthetic vectors. The heavy synthetic workloads run in child
processes, so ``peak_rss_mb`` is that of the process serving the shipped corpus.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import typer

from config import PROJECT_ROOT, Settings
from corpus.errors import ClaimQAError

FULL = {"documents": 10_000, "vectors": 1_000_000, "ask_rounds": 5, "e2e": 100, "load_s": 10.0}
QUICK = {"documents": 100, "vectors": 30_000, "ask_rounds": 1, "e2e": 20, "load_s": 2.0}
ASKERS = 32
COLD_RUNS = 3
CPU_REFERENCE_LOOP = 1_000_000
TARGETS: dict[str, tuple[str, float]] = {
    "ask_p50_ms": ("<=", 5),
    "e2e_p50_ms": ("<=", 25),
    "throughput_qps": (">=", 300),
    "throughput_p95_ms": ("<=", 200),
    "search_1m_p50_ms": ("<=", 2),
    "search_1m_recall_at_10": (">=", 0.95),
    "cold_start_s": ("<=", 6),
    "peak_rss_mb": ("<=", 1500),
}
FALLBACK_QUESTIONS = (
    "Who vets the people who want to join?",
    "What is the legion's slogan?",
    "Can prisoners of war join the legion?",
    "Why do Russian soldiers switch sides?",
    "What did the Ukrainian Defense Ministry claim?",
    "How many soldiers wanted to join?",
    "What is the population of Canada?",
    "Who won the football match yesterday?",
)
COLD_START = """
import sys
from bot.render import render_answer
from config import load_settings
from retrieval.service import Answerer
settings = load_settings(corpus_dir=sys.argv[1], index_dir=sys.argv[2])
render_answer(Answerer.open(settings).ask(sys.argv[3]))
print("answered", flush=True)
"""


def questions() -> list[str]:
    """The seed eval questions (in scope and off topic), or a few built-in ones."""
    path = PROJECT_ROOT / "eval" / "seed-questions.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = [q["q"] for q in data["in_scope"]] + list(data["off_topic"])
    except (OSError, ValueError, KeyError, TypeError):
        return list(FALLBACK_QUESTIONS)
    return found or list(FALLBACK_QUESTIONS)


def percentile_ms(seconds: Sequence[float], q: float) -> float:
    """The ``q``-th percentile of durations in seconds, in milliseconds."""
    return float(np.percentile(np.asarray(seconds), q) * 1000) if seconds else 0.0


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def child_json(args: list[str], *, timeout: float = 3600) -> dict[str, Any]:
    """Run ``python -m claimqa.bench_synthetic ARGS`` and parse its last line of output."""
    done = subprocess.run(
        [sys.executable, "-m", "claimqa.bench_synthetic", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise ClaimQAError(f"bench child {args} failed: {done.stderr.strip()[-800:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cold_start(corpus_dir: Path, index_dir: Path, question: str) -> float:
    """Seconds from starting a fresh Python process to its first rendered answer."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", COLD_START, str(corpus_dir), str(index_dir), question],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=PROJECT_ROOT,
    ) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.wait(timeout=120)
    if line.strip() != "answered":
        raise ClaimQAError("the cold-start process did not answer")
    return elapsed


def measure(settings: Settings, *, quick: bool) -> dict[str, Any]:
    """Run every measurement and return the figures (see the module docstring)."""
    from bot.render import render_answer
    from corpus.loader import load_corpus
    from retrieval.builder import build_index
    from retrieval.embedder import load_embedder
    from retrieval.service import Answerer

    sizes = QUICK if quick else FULL
    asked = questions()
    out: dict[str, Any] = {"quick": quick, "load_average_start": round(os.getloadavg()[0], 2)}
    out["cpu_reference_ms_start"] = cpu_reference_ms()
    embedder = load_embedder()
    out["embedder"] = type(embedder).__name__
    out["question_model"] = getattr(embedder, "question_precision", "float32")
    with tempfile.TemporaryDirectory(prefix="claimqa-bench-") as tmp:
        index_dir = Path(tmp) / "index"
        corpus = load_corpus(settings.corpus_dir)
        builds = [_timed(lambda: build_index(corpus, embedder, index_dir)) for _ in range(2)]
        out["index_build_s"] = min(builds)  # the first also warms the model up
        served = settings.model_copy(update={"index_dir": index_dir})
        runs = 1 if quick else COLD_RUNS
        out["cold_start_s"] = float(
            np.median([cold_start(settings.corpus_dir, index_dir, asked[0]) for _ in range(runs)])
        )
        answerer = Answerer.open(served, embedder=embedder, cache_size=0)
        for q in asked[:10]:
            render_answer(answerer.ask(q))
        times = []
        for _ in range(int(sizes["ask_rounds"])):
            for q in asked:
                started = time.perf_counter()
                render_answer(answerer.ask(q))
                times.append(time.perf_counter() - started)
        out["ask_p50_ms"], out["ask_p95_ms"] = percentile_ms(times, 50), percentile_ms(times, 95)
        cached = Answerer.open(served, embedder=embedder)
        cached.ask(asked[0])
        out["ask_cached_p50_ms"] = percentile_ms(
            [_timed(lambda: render_answer(cached.ask(asked[0]))) for _ in range(50)], 50
        )
        out.update(asyncio.run(_bot_figures(served, answerer, sizes)))
        # The same load with the answer cache on, as the bot serves: askers repeat questions.
        with_cache = asyncio.run(_bot_figures(served, cached, {**sizes, "e2e": 1}))
        out["throughput_cached_qps"] = with_cache["throughput_qps"]
        answerer.close()
        cached.close()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    built = child_json(["build", str(sizes["documents"])])
    out["index_build_10k_s"] = built["seconds"]
    out["index_build_10k_documents"] = built["documents"]
    searched = child_json(["search", str(sizes["vectors"])])
    out["search_1m_p50_ms"] = searched["p50_ms"]
    out["search_1m_recall_at_10"] = searched["recall_at_10"]
    out["search_1m_vectors"] = searched["vectors"]
    out["search_1m_index"] = searched["kind"]
    out["search_1m_build_s"] = searched["build_s"]
    out["load_average_end"] = round(os.getloadavg()[0], 2)
    out["cpu_reference_ms_end"] = cpu_reference_ms()
    return out


def cpu_reference_ms() -> float:
    """How fast this machine runs Python right now: a fixed loop, best of three, in ms.

    Shared cores change speed from one minute to the next, and every figure moves with them;
    two runs compare fairly only when their references are close.
    """

    def once() -> float:
        started = time.perf_counter()
        total = 0
        for i in range(CPU_REFERENCE_LOOP):
            total += i * i
        return time.perf_counter() - started

    return round(min(once() for _ in range(3)) * 1000, 1)


async def _bot_figures(
    settings: Settings, answerer: Any, sizes: dict[str, float]
) -> dict[str, float]:
    from claimqa.bench_bot import serve_and_measure

    got = await serve_and_measure(
        settings, answerer, e2e=int(sizes["e2e"]), askers=ASKERS, seconds=sizes["load_s"]
    )
    return {
        "e2e_p50_ms": percentile_ms(got["e2e"], 50),
        "e2e_p95_ms": percentile_ms(got["e2e"], 95),
        "throughput_qps": got["done"] / got["window"] if got["window"] > 0 else 0.0,
        "throughput_p95_ms": percentile_ms(got["latencies"], 95),
        "throughput_mean_batch": answerer.batcher.items / max(answerer.batcher.batches, 1),
    }


def table(figures: dict[str, Any]) -> str:
    """The figures as an aligned text table, with the targets they are held to."""
    lines = [f"{'figure':<26} {'value':>12}  target"]
    for key, value in figures.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        target = ""
        if key in TARGETS:
            op, bound = TARGETS[key]
            met = value <= bound if op == "<=" else value >= bound
            target = f"{op} {bound:g}  {'ok' if met else 'MISSED'}"
        lines.append(f"{key:<26} {shown:>12}  {target}")
    return "\n".join(lines)


def bench(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    quick: Annotated[
        bool, typer.Option("--quick", help="Smaller sizes, under a minute (a smoke test).")
    ] = False,
) -> None:
    """Measure build, start-up, latency, throughput and search at scale on this machine."""
    from claimqa.cli import settings_for

    settings = settings_for(None, None)
    try:
        figures = measure(settings, quick=quick)
    except ClaimQAError as exc:
        typer.echo(f"claimqa: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(json.dumps(figures) if as_json else table(figures))


def register(app: typer.Typer) -> None:
    """Add ``bench`` to the ``claimqa`` app."""
    app.command("bench")(bench)
