"""``claimqa bench --quick --json`` runs and reports every figure; its speed is not tested here."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from config import PROJECT_ROOT

FIGURES = [
    "index_build_s",
    "index_build_10k_s",
    "cold_start_s",
    "ask_p50_ms",
    "ask_p95_ms",
    "e2e_p50_ms",
    "e2e_p95_ms",
    "throughput_qps",
    "throughput_p95_ms",
    "search_1m_p50_ms",
    "search_1m_recall_at_10",
    "peak_rss_mb",
    "cpu_reference_ms_start",
    "cpu_reference_ms_end",
]


@pytest.mark.slow
def test_quick_bench_prints_every_figure_as_one_json_object() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from claimqa.cli import main; main()",
            "bench",
            "--quick",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1, done.stdout
    figures = json.loads(lines[0])
    for key in FIGURES:
        value = figures[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value > 0, key
    assert 0 < figures["search_1m_recall_at_10"] <= 1
    assert figures["quick"] is True


def test_the_table_marks_missed_targets() -> None:
    from claimqa.bench import table

    text = table({"ask_p50_ms": 3.0, "throughput_qps": 10.0, "embedder": "OnnxEmbedder"})
    lines = {line.split()[0]: line for line in text.splitlines()[1:]}
    assert lines["ask_p50_ms"].endswith("ok")
    assert lines["throughput_qps"].endswith("MISSED")
    assert "OnnxEmbedder" in lines["embedder"]
