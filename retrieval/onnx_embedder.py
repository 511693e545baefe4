"""all-MiniLM-L6-v2 on ONNX Runtime: the same embeddings as sentence-transformers, without torch.

Importing torch and sentence-transformers takes most of a cold start, and a one-question
``SentenceTransformer.encode`` spends more time in Python and torch dispatch than in arithmetic.
This embedder runs the model exported by :mod:`retrieval.onnx_export` (BERT + mean pooling +
normalisation in one graph, which also returns the word pieces' vectors) with the Rust
``tokenizers`` of the same ``tokenizer.json``. :mod:`retrieval.onnx_model` exports, caches and
verifies the model; :func:`retrieval.embedder.load_embedder` is the way in.

Questions may run on a second model, the same one with 8-bit weights
(:mod:`retrieval.onnx_quantize`): about a fifth faster, with the same retrieval figures.
Documents, and so every index, always use the float32 model.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from retrieval.late_interaction import TokenVectors, content_mask, stack_tokens, whole_word_ids

BATCH_SIZE = 32
RUN_OVERHEAD_TOKENS = 8
"""What one ``session.run`` costs beyond its tokens, in tokens (measured: a 14-token question
takes about as long as 22 tokens of a large batch)."""


class OnnxEmbedder:
    """all-MiniLM-L6-v2 through ONNX Runtime on the CPU; thread-safe."""

    def __init__(
        self,
        model_file: Path,
        tokenizer_dir: str,
        *,
        threads: int,
        batch_size: int = BATCH_SIZE,
        question_model: Path | None = None,
    ) -> None:
        """Open the exported model and the packaged tokenizer.

        Args:
            model_file: the exported ``model.onnx``.
            tokenizer_dir: the packaged model folder (``tokenizer.json`` and configs).
            threads: ONNX Runtime intra-op threads.
            batch_size: texts per ``session.run`` when embedding many.
            question_model: a model for questions only (the 8-bit one); None: ``model_file``.
        """
        import onnxruntime
        from tokenizers import Tokenizer

        folder = Path(tokenizer_dir)
        max_tokens = int(json.loads((folder / "sentence_bert_config.json").read_text())[
            "max_seq_length"
        ])  # fmt: skip
        self._dims = int(json.loads((folder / "config.json").read_text())["hidden_size"])
        # The file pads and truncates to 128; sentence-transformers truncates at 256 and pads
        # to the longest text of a batch, which padding by hand below reproduces.
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._counter = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._counter.no_padding()
        self._counter.no_truncation()
        self._vocab = self._counter.get_vocab()  # a fresh dict each call: keep one
        self._content = content_mask(self._vocab)
        self._session = _session(onnxruntime, model_file, threads)
        # Every thread for questions too, alone or in a micro-batch: once the bot's event loop
        # got cheap (bot/transport.py), two threads beat one under load (docs/performance.md).
        self._question_session = (
            _session(onnxruntime, question_model, threads) if question_model else self._session
        )
        self.question_precision = "int8" if question_model else "float32"
        """What the question encoder computes in: ``int8`` (8-bit weights) or ``float32``."""
        self._batch_size = batch_size
        self.threads = threads

    @property
    def name(self) -> str:
        """The model's name (the same as sentence-transformers', so indexes are shared)."""
        from retrieval.embedder import MODEL_NAME

        return MODEL_NAME

    @property
    def dims(self) -> int:
        """The embedding dimension (384)."""
        return self._dims

    @property
    def vocab_size(self) -> int:
        """The number of word pieces the tokenizer knows."""
        return len(self._content)

    def piece_ids(self, words: Iterable[str]) -> frozenset[int]:
        """The ids of those ``words`` that are one word piece each (see :func:`whole_word_ids`)."""
        return whole_word_ids(self._vocab, words)

    def encode(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Embed texts as unit-length rows, in batches of similar length.

        Args:
            texts: the texts; longer ones are truncated to the model's 256 word pieces.

        Returns:
            A ``float32`` array of shape ``(len(texts), dims)``.
        """
        return self.encode_parts(texts, with_tokens=False)[0]

    def encode_with_tokens(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """Embed texts, and return their content word pieces' unit vectors from the same pass.

        Args:
            texts: the texts.

        Returns:
            The unit-length text vectors and the stacked content tokens.
        """
        vectors, parts = self.encode_parts(texts, with_tokens=True)
        return vectors, stack_tokens(parts, self._dims)

    def encode_questions(self, texts: Sequence[str]) -> tuple[NDArray[np.float32], TokenVectors]:
        """Embed questions with their content tokens, on the question model.

        Args:
            texts: the questions (a micro-batch, or one).

        Returns:
            The unit-length question vectors and the stacked content tokens.
        """
        vectors, parts = self.encode_parts(texts, with_tokens=True, questions=True)
        return vectors, stack_tokens(parts, self._dims)

    def encode_parts(
        self, texts: Sequence[str], *, with_tokens: bool = True, questions: bool = False
    ) -> tuple[NDArray[np.float32], list[tuple[NDArray[np.int32], NDArray[np.float32]]]]:
        """Text vectors and, when asked, each text's content tokens (ids, unit float32 rows).

        Args:
            texts: the texts.
            with_tokens: also return the content tokens (else the list is empty).
            questions: run the question model (see :meth:`encode_questions`).

        Returns:
            The unit-length text vectors, and per text its content word-piece ids and their
            unit vectors in float32.
        """
        out = np.zeros((len(texts), self._dims), dtype=np.float32)
        parts: list[tuple[NDArray[np.int32], NDArray[np.float32]]] = []
        if not texts:
            return out, parts
        if questions:
            # One by one: a batch call lets go of the GIL, and under load taking it back waits
            # for the event loop (measured 8 ms per micro-batch, against 0.5 ms this way).
            encodings = [self._tokenizer.encode(text) for text in texts]
            session = self._question_session
        else:
            encodings = self._tokenizer.encode_batch(list(texts))
            session = self._session
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(texts))
        # Sorting by length keeps padding (wasted arithmetic) small, as sentence-transformers does.
        order = np.argsort(lengths, kind="stable")
        by_row: dict[int, tuple[NDArray[np.int32], NDArray[np.float32]]] = {}
        wanted = ["embedding", "token_embeddings"] if with_tokens else ["embedding"]
        for rows in _buckets(order, lengths, self._batch_size):
            ids = np.zeros((len(rows), int(lengths[rows].max())), dtype=np.int64)
            for i, row in enumerate(rows):
                ids[i, : lengths[row]] = encodings[row].ids
            mask = (np.arange(ids.shape[1]) < lengths[rows][:, None]).astype(np.int64)
            results = session.run(wanted, {"input_ids": ids, "attention_mask": mask})
            out[rows] = results[0]
            if with_tokens:
                for i, row in enumerate(rows):
                    piece_ids = ids[i, : lengths[row]]
                    keep = self._content[piece_ids]
                    tokens = results[1][i, : lengths[row]][keep]
                    norms = np.linalg.norm(tokens, axis=1, keepdims=True)
                    by_row[int(row)] = (
                        piece_ids[keep].astype(np.int32),
                        (tokens / np.maximum(norms, 1e-12)).astype(np.float32),
                    )
        if with_tokens:
            parts = [by_row[row] for row in range(len(texts))]
        return out, parts

    def count_tokens(self, text: str) -> int:
        """Count word pieces in ``text``, without [CLS] and [SEP].

        Args:
            text: any text.

        Returns:
            The number of word pieces.
        """
        return len(self._counter.encode(text, add_special_tokens=False).ids)


def _session(runtime: Any, model_file: Path, threads: int) -> Any:
    """An ONNX Runtime CPU session with ``threads`` intra-op threads that never spin."""
    options = runtime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Spinning workers burn the core the event loop needs, and stall when the machine is busy:
    # measured 12 ms instead of 5 ms per question on a loaded machine.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return runtime.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])


def _buckets(
    order: NDArray[np.int64], lengths: NDArray[np.int64], batch_size: int
) -> list[NDArray[np.int64]]:
    """Split rows sorted by length into runs, each padded to its longest row.

    A run starts afresh when padding the rows so far to the next row's length would cost more
    than another run does (:data:`RUN_OVERHEAD_TOKENS`): one long question must not make
    thirty short ones pay for its length.
    """
    runs: list[NDArray[np.int64]] = []
    start = 0
    for i in range(1, len(order) + 1):
        if i == len(order):
            runs.append(order[start:i])
            break
        count = i - start
        grows = (int(lengths[order[i]]) - int(lengths[order[i - 1]])) * count
        if count == batch_size or grows > RUN_OVERHEAD_TOKENS:
            runs.append(order[start:i])
            start = i
    return runs
