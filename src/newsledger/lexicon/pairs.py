"""The statement-pair conflict model (``data/conflict_pairs.yaml``): word classes and logistic weights.

The word classes (``lists:``) are what the pair features read (denial and rebuttal words, contrast and
agreement words, hypothetical markers); ``model:`` holds the weights that ``tools/train_conflict_pairs.py``
fits on the dev gold files, one per feature name, with the probability threshold at which a pair is reported.
A file without ``model:``, with a threshold of 1 (the trainer writes it where the model does not pass its
bar) or with a feature list the code does not know gives a model that reports nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .loader import LexiconError, WordLists, read_yaml

__all__ = ["PairModel", "load_pair_model"]

VERSION = 1
FILE = "conflict_pairs.yaml"


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity: one per run
class PairModel:
    """Word classes and the fitted logistic regression of the pair detector."""

    lists: WordLists
    features: tuple[str, ...] = ()
    weights: np.ndarray | None = None
    mean: np.ndarray | None = None
    scale: np.ndarray | None = None
    bias: float = 0.0
    threshold: float = 1.0

    @property
    def fitted(self) -> bool:
        """Weights are there for the features named: the model can score pairs."""
        return self.weights is not None and len(self.features) == len(self.weights)

    @property
    def active(self) -> bool:
        """Fitted, with a threshold some pair can reach: the pipeline runs it (a threshold of 1 turns it off)."""
        return self.fitted and self.threshold < 1.0

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(conflict) of each row of ``x`` (columns in :attr:`features` order)."""
        if self.weights is None or not len(x):
            return np.zeros(len(x))
        z = x
        if self.mean is not None and self.scale is not None:
            z = (x - self.mean) / self.scale
        return np.asarray(1.0 / (1.0 + np.exp(-(z @ self.weights + self.bias))), dtype=float)


def build_pair_model(data: dict[str, object], where: str) -> PairModel:
    """The model of a parsed (and validated) ``conflict_pairs.yaml``."""
    lists = WordLists(data.get("lists") or {}, where)  # type: ignore[arg-type]
    spec = data.get("model")
    if not isinstance(spec, dict):
        return PairModel(lists)
    features = tuple(str(f) for f in spec["features"])
    weights = np.asarray(spec["weights"], dtype=float)
    if len(weights) != len(features):
        raise LexiconError(where, f"model: {len(features)} features but {len(weights)} weights")
    mean = np.asarray(spec["mean"], dtype=float) if spec.get("mean") else None
    scale = np.asarray(spec["scale"], dtype=float) if spec.get("scale") else None
    for name, arr in (("mean", mean), ("scale", scale)):
        if arr is not None and len(arr) != len(features):
            raise LexiconError(where, f"model: {len(features)} features but {len(arr)} {name} values")
    return PairModel(lists, features, weights, mean, scale, float(spec["bias"]), float(spec["threshold"]))


def load_pair_model() -> PairModel:
    """The shipped pair model (no user file: the weights belong to the features of this version)."""
    return build_pair_model(read_yaml(FILE, None, schema=FILE.removesuffix(".yaml"), version=VERSION), f"data/{FILE}")
