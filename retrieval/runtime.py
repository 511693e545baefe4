"""Process-wide thread settings for answering questions on a few cores."""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


@functools.cache
def limit_blas_threads() -> None:
    """Run numpy's (and FAISS's) BLAS on one thread in this process, once.

    A question's matrix products are tiny (hundreds of rows), yet OpenBLAS splits each over
    every core, and its helper threads then wait for cores that the event loop and the model
    are using: late-interaction scoring of one question measured 5.5 ms that way against
    0.14 ms on one thread. The model has its own thread pool (ONNX Runtime), so nothing that
    benefits from BLAS threads loses them.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a dependency; serve anyway, only slower
        log.warning("threadpoolctl is missing: BLAS keeps its default threads")
        return
    threadpool_limits(1, user_api="blas")
