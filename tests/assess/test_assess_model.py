"""The model file: complete, consistent with the spec and with the product's rules."""
from __future__ import annotations

import math

import pytest
import yaml

from nukewatch.assess.model import LEVELS, MODEL_PATH, ModelError, load
from nukewatch.model import TRACKS


@pytest.fixture(scope="module")
def model():
    return load()


def test_every_spec_type_has_a_weight_and_context_is_not_scored(model):
    assert set(model.weights) == set(TRACKS)
    assert model.weights["CAPABILITY"] == 0


def test_rhetoric_weighs_less_than_any_physical_move(model):
    declaratory = [w for t, w in model.weights.items() if TRACKS[t] == "declaratory" and w > 0]
    posture = [w for t, w in model.weights.items() if TRACKS[t] == "posture"]
    assert max(declaratory) < min(posture)


def test_de_escalatory_types_pull_down(model):
    assert model.weights["DENIAL"] < 0
    assert model.weights["DE_ESCALATION"] < 0


def test_role_order_head_of_state_first_pundit_last(model):
    r = model.roles
    assert r["HOS"] > r["MIL"] and r["HOS"] > r["GOV"]
    assert min(r["MIL"], r["GOV"]) > r["LEG"] > r["MED"]


def test_modality_and_hedging(model):
    assert model.modality_factor(5.0, "asserted") == 1.0
    assert model.modality_factor(5.0, "negated") < 0  # "no sign of preparation" counts against
    assert model.modality_factor(-3.0, "negated") == 0  # "no talks" is not scored
    assert model.modality_factor(5.0, "hypothetical") == 0
    assert 0 < model.hedged < 1


def test_corroboration_bonus_is_log_scaled_and_capped(model):
    assert model.corroboration_factor(1) == 1.0
    for n in (2, 3, 10, 100, 10_000):
        f = model.corroboration_factor(n)
        assert 1 < f < n
        assert f <= 1 + model.corroboration_cap
    assert model.corroboration_factor(10) == pytest.approx(1 + min(model.corroboration_cap,
                                                                    model.corroboration_per_ln * math.log(10)))


def test_levels_follow_thresholds(model):
    b = model.levels
    assert model.level(-5) == "quiet"
    assert model.level(b["elevated"] - 1e-9) == "quiet"
    assert model.level(b["elevated"]) == "elevated"
    assert model.level(b["high"] - 1e-9) == "elevated"
    assert model.level(b["high"]) == "high"
    assert model.level(b["severe"]) == "severe"
    assert model.level(1e9) == LEVELS[-1]


def test_credibility_override_and_www(model):
    assert model.outlet_credibility("www.reuters.com") == model.credibility["reuters.com"]
    assert model.outlet_credibility("unknown.example") == model.credibility_default
    assert model.outlet_credibility("reuters.com", override=0.1) == 0.1


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["modality"].__setitem__("hypothetical", 0.2), "must not raise"),
    (lambda d: d["weights"].pop("THREAT"), "missing"),
    (lambda d: d["levels"].__setitem__("high", 1.0), "increasing"),
    (lambda d: d["half_life_days"].__setitem__("posture", 0), "positive"),
])
def test_inconsistent_model_files_are_refused(tmp_path, edit, message):
    data = yaml.safe_load(MODEL_PATH.read_text(encoding="utf-8"))
    edit(data)
    p = tmp_path / "model.yaml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ModelError, match=message):
        load(p)
