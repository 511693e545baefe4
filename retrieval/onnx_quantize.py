"""8-bit weights for the question encoder: the exported model with its MatMuls quantised in blocks.

Every MatMul by a weight matrix becomes ONNX Runtime's ``MatMulNBits`` with 8-bit weights in
blocks of :data:`BLOCK` along the inner dimension, each block with its own scale (symmetric, no
zero point), and ``accuracy_level`` 4: the activations are quantised to int8 per row and block
too, and the products run on integer instructions. Unlike ``quantize_dynamic`` (one scale for a
whole activation tensor), no row's scale depends on the other rows, so a question's embedding
does not depend on which questions share its batch; and unlike it, the retrieval figures of
``claimqa eval`` stayed identical (docs/performance.md). Blocks of 64 or more were faster still
but moved a seed question's rank.

Only questions go through this model; documents keep the float32 model, so an index is the same
whichever encoder questions use. Needs the ``onnx`` package (a dependency); nothing else.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from numpy.typing import NDArray

BLOCK = 32
"""Weights per quantisation block along the inner dimension."""
ACCURACY_LEVEL = 4
"""``MatMulNBits`` computes with int8 activations (per row and block)."""
MS_DOMAIN = "com.microsoft"


def quantize_blocks(weight: NDArray[np.float32]) -> tuple[NDArray[np.uint8], NDArray[np.float32]]:
    """Quantise a ``(K, N)`` weight matrix as ``MatMulNBits`` stores it.

    Args:
        weight: the MatMul's right-hand matrix; ``K`` must be a multiple of :data:`BLOCK`.

    Returns:
        The codes, shaped ``(N, K / BLOCK, BLOCK)``, as unsigned bytes around 128, and one scale
        per column and block, flattened.
    """
    k, n = weight.shape
    blocks = weight.T.reshape(n, k // BLOCK, BLOCK).astype(np.float32)
    scales = np.abs(blocks).max(axis=-1) / 127.0
    scales[scales == 0] = 1.0
    codes = np.clip(np.round(blocks / scales[..., None]), -127, 127) + 128
    return codes.astype(np.uint8), scales.astype(np.float32).reshape(-1)


def quantize_model(source: Path, target: Path) -> int:
    """Write ``source`` to ``target`` with its weight MatMuls in 8-bit blocks.

    Args:
        source: the exported float32 ``model.onnx``.
        target: where to write the quantised model.

    Returns:
        How many MatMuls were quantised.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    weights = {i.name: i for i in graph.initializer}
    nodes = []
    count = 0
    for node in graph.node:
        weight = weights.get(node.input[1]) if node.op_type == "MatMul" else None
        array = numpy_helper.to_array(weight) if weight is not None else None
        if array is None or array.ndim != 2 or array.shape[0] % BLOCK:
            nodes.append(node)
            continue
        codes, scales = quantize_blocks(array)
        name = node.input[1]
        graph.initializer.append(numpy_helper.from_array(codes, f"{name}_q8"))
        graph.initializer.append(numpy_helper.from_array(scales, f"{name}_s"))
        nodes.append(
            helper.make_node(
                "MatMulNBits",
                [node.input[0], f"{name}_q8", f"{name}_s"],
                list(node.output),
                name=f"{node.name}_q8",
                domain=MS_DOMAIN,
                K=array.shape[0],
                N=array.shape[1],
                bits=8,
                block_size=BLOCK,
                accuracy_level=ACCURACY_LEVEL,
            )
        )
        count += 1
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    if not any(o.domain == MS_DOMAIN for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid(MS_DOMAIN, 1))
    onnx.save(model, str(target))
    return count
