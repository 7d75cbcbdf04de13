"""The assessment model, loaded from model.yaml and checked against the spec."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nukewatch.model import ROLES, TRACKS

MODEL_PATH = Path(__file__).with_name("model.yaml")
SCORED_TRACKS: tuple[str, ...] = ("declaratory", "posture", "diplomatic")
LEVELS: tuple[str, ...] = ("quiet", "elevated", "high", "severe")


class ModelError(ValueError):
    """model.yaml is missing something or says something inconsistent."""


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    modality: dict[str, float]
    hedged: float
    roles: dict[str, float]
    credibility_default: float
    credibility: dict[str, float]
    corroboration_per_ln: float
    corroboration_cap: float
    half_life: dict[str, float]
    levels: dict[str, float]
    trend_steady_below: float
    two_sided: tuple[str, ...] = ()
    also_listed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    arms_escalatory: tuple[str, ...] = ()
    arms_restorative: tuple[str, ...] = ()

    # --- the same arithmetic as the SQL, for tests and for explaining one signal ---

    def modality_factor(self, weight: float, modality: str) -> float:
        if modality == "negated" and weight <= 0:
            return self.modality["negated_deescalatory"]
        return self.modality[modality]

    def role_factor(self, role: str | None, attributed_code: str | None = None) -> float:
        if role is None and attributed_code and "." in attributed_code:
            role = attributed_code.split(".", 1)[1]
        return self.roles.get(role or "none", self.roles["none"])

    def outlet_credibility(self, name: str | None, override: float | None = None) -> float:
        if override is not None:
            return override
        key = (name or "").lower().removeprefix("www.")
        return self.credibility.get(key, self.credibility_default)

    def corroboration_factor(self, n: int) -> float:
        return 1.0 + min(self.corroboration_cap, self.corroboration_per_ln * math.log(max(n, 1)))

    def decay(self, track: str, age_days: float) -> float:
        return 0.5 ** (max(age_days, 0.0) / self.half_life[track])

    def level(self, score: float) -> str:
        name = "quiet"
        for lvl in LEVELS[1:]:
            if score >= self.levels[lvl]:
                name = lvl
        return name

    def trend(self, delta: float) -> str:
        if abs(delta) < self.trend_steady_below:
            return "steady"
        return "up" if delta > 0 else "down"


def load(path: str | Path | None = None) -> Model:
    """Read and validate the model file (default: the packaged model.yaml)."""
    with open(path or MODEL_PATH, encoding="utf-8") as f:
        raw: dict[str, Any] = yaml.safe_load(f)
    try:
        weights = {k: float(v) for k, v in raw["weights"].items()}
        missing = set(TRACKS) - set(weights)
        unknown = set(weights) - set(TRACKS)
        if missing or unknown:
            raise ModelError(f"weights: missing {sorted(missing)}, unknown {sorted(unknown)}")
        modality = {k: float(v) for k, v in raw["modality"].items()}
        for k in ("asserted", "negated", "negated_deescalatory", "hypothetical"):
            if k not in modality:
                raise ModelError(f"modality: missing {k}")
        if modality["hypothetical"] > 0 or modality["negated"] > 0 or modality["negated_deescalatory"] != 0:
            raise ModelError("modality: negated/hypothetical must not raise a track")
        roles = {k: float(v) for k, v in raw["roles"].items()}
        if set(roles) != set(ROLES) | {"none"}:
            raise ModelError(f"roles: need exactly {sorted(set(ROLES) | {'none'})}")
        half_life = {k: float(v) for k, v in raw["half_life_days"].items()}
        if set(half_life) != set(SCORED_TRACKS) or min(half_life.values()) <= 0:
            raise ModelError("half_life_days: a positive value per scored track")
        levels = {k: float(v) for k, v in raw["levels"].items()}
        if list(levels) != list(LEVELS[1:]) or sorted(levels.values()) != list(levels.values()):
            raise ModelError(f"levels: increasing bounds for {LEVELS[1:]}")
        cred = raw["credibility"]
        corr = raw["corroboration"]
        if float(corr["cap"]) < 0 or float(corr["per_ln"]) <= 0:
            raise ModelError("corroboration: per_ln > 0 and cap >= 0")
        arms = raw.get("arms_control") or {}
        return Model(
            weights=weights,
            modality=modality,
            hedged=float(raw["hedged"]),
            roles=roles,
            credibility_default=float(cred["default"]),
            credibility={k.lower().removeprefix("www."): float(v) for k, v in (cred.get("outlets") or {}).items()},
            corroboration_per_ln=float(corr["per_ln"]),
            corroboration_cap=float(corr["cap"]),
            half_life=half_life,
            levels=levels,
            trend_steady_below=float(raw["trend_steady_below"]),
            two_sided=tuple(raw.get("two_sided") or ()),
            also_listed={k: tuple(v) for k, v in (raw.get("also_listed") or {}).items()},
            arms_escalatory=tuple(s.lower() for s in arms.get("escalatory") or ()),
            arms_restorative=tuple(s.lower() for s in arms.get("restorative") or ()),
        )
    except (KeyError, TypeError) as e:
        raise ModelError(f"{path or MODEL_PATH}: {e!r}") from e
