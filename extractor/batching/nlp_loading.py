"""Building the pipeline inside a worker, with the chosen matrix backend.

``ops="numpy"`` makes thinc multiply with numpy instead of BLIS (measured ≈ 1.5× faster on
CPUs where BLIS is slow, identical annotations; see ``benchmarks/throughput.py``). The choice
must be made before the model is loaded, so it is part of the factory, not a later switch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language

from extractor.pipeline import DEFAULT_MODEL, get_nlp

OPS_CHOICES = ("default", "numpy")


def use_ops(ops: str) -> None:
    """Make ``ops`` the current thinc backend of this process (before loading models)."""
    if ops == "default":
        return
    if ops != "numpy":
        raise ValueError(f"unknown ops {ops!r}: one of {', '.join(OPS_CHOICES)}")
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


@dataclass(frozen=True)
class PipelineFactory:
    """A picklable recipe for ``nlp``: sent to worker processes and Dask workers."""

    model: str = DEFAULT_MODEL
    #: numpy by default for batch runs: same envelopes as BLIS on 200 corpus articles (the
    #: ``identity`` mode of benchmarks/throughput.py), and faster on these CPUs.
    ops: str = "numpy"

    def __call__(self) -> Language:
        use_ops(self.ops)
        return get_nlp(self.model)


NlpFactory = Callable[[], Language]
