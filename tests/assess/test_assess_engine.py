"""Specific rules of the engine: denial and contacts, arms control direction, as-of knowledge, CLI, timeline."""
from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from click.testing import CliRunner

from nukewatch.assess.db import _ensure_math
from nukewatch.assess.engine import assess, parse_window
from nukewatch.assess.model import load
from nukewatch.assess.timeline import series
from nukewatch.cli import cli

MODEL = load()
AS_OF = dt.date(2022, 11, 3)


def rows_of(b, **kw):
    return {(r["actor"], r["target"], r["track"]): r
            for r in assess(b.engine, kw.pop("as_of", AS_OF), kw.pop("window", 30), model=MODEL, **kw)}


def test_denial_lowers_declaratory_and_is_listed_in_the_diplomatic_view(store):
    store.signal("THREAT", "RUS.HOS", published="2022-11-03")
    before = rows_of(store)[("RUS", None, "declaratory")]["score"]
    store.signal("DENIAL", "RUS.HOS", published="2022-11-03", quote="We see no need for it.")
    r = rows_of(store)
    assert r[("RUS", None, "declaratory")]["score"] < before
    diplo = r[("RUS", None, "diplomatic")]
    assert diplo["score"] == 0.0  # shown there, counted only on the declaratory track
    assert [s["type"] for s in diplo["signals"]] == ["DENIAL"]
    assert diplo["signals"][0]["shown_in"] == "diplomatic"


def test_contacts_count_for_both_parties_other_types_only_for_their_actor(store):
    store.signal("DE_ESCALATION", "USA.GOV", target="RUS", published="2022-11-01")
    store.signal("THREAT", "RUS.HOS", target="UKR", published="2022-11-01")
    r = rows_of(store)
    assert r[("USA", None, "diplomatic")]["score"] < 0
    assert r[("RUS", None, "diplomatic")]["score"] == r[("USA", None, "diplomatic")]["score"]
    assert ("RUS", "USA", "diplomatic") in r and ("USA", "RUS", "diplomatic") in r
    assert ("UKR", None, "declaratory") not in r  # a threat's target is not moved by it


def test_arms_control_direction_from_the_evidence(store):
    store.signal("ARMS_CONTROL", "RUS.HOS", published="2022-11-01",
                 quote="Russia suspends its participation in New START.")
    store.signal("ARMS_CONTROL", "USA.HOS", published="2022-11-01",
                 quote="The two sides agreed to extend the treaty and resume inspections.")
    store.signal("ARMS_CONTROL", "FRA.GOV", published="2022-11-01", quote="Paris will de-ratify the treaty.")
    r = rows_of(store)
    assert r[("RUS", None, "diplomatic")]["score"] > 0
    assert r[("USA", None, "diplomatic")]["score"] < 0
    assert r[("FRA", None, "diplomatic")]["score"] > 0  # "de-ratify" is not "ratify"


def test_as_of_sees_only_what_was_published_by_then(store):
    # an event of 2022-10-20 first reported on 2022-11-02
    doc = store.document("2022-11-02")
    store.signal("DEPLOYMENT", "RUS.MIL", doc=doc, date="2022-10-20")
    assert ("RUS", None, "posture") not in rows_of(store, as_of=dt.date(2022, 10, 25))
    assert rows_of(store, as_of=dt.date(2022, 11, 2))[("RUS", None, "posture")]["score"] > 0


def test_trend_against_the_previous_window(store):
    store.signal("THREAT", "RUS.HOS", published="2022-09-20")  # previous window
    r = rows_of(store)[("RUS", None, "declaratory")]
    assert r["score"] == 0.0 and r["previous_score"] > 0 and r["trend"] == "down"
    assert r["delta"] == pytest.approx(-r["previous_score"], abs=1e-3)


def test_month_coded_dates_count_to_the_end_of_their_month(store):
    doc = store.document("2022-11-03")
    store.signal("DE_ESCALATION", "WST", target="RUS", doc=doc, date="2022-10")
    r = rows_of(store)[("RUS", None, "diplomatic")]
    age = 3  # 2022-10-31 to 2022-11-03
    c0 = MODEL.weights["DE_ESCALATION"] * MODEL.roles["none"] * MODEL.credibility_default
    assert r["score"] == pytest.approx(c0 * MODEL.decay("diplomatic", age), abs=1e-3)


def test_outlet_credibility_override_in_the_store(store):
    store.outlet("override.example", credibility=0.2)
    store.signal("THREAT", "RUS.HOS", published="2022-11-03", outlet="override.example")
    store.signal("THREAT", "CHN.HOS", published="2022-11-03", outlet="reuters.com")
    r = rows_of(store)
    assert r[("RUS", None, "declaratory")]["score"] == pytest.approx(4.0 * 1.5 * 0.2, abs=1e-3)
    assert r[("CHN", None, "declaratory")]["score"] == pytest.approx(4.0 * 1.5 * 1.0, abs=1e-3)


def test_actor_filter_and_json_cli(store):
    store.signal("THREAT", "RUS.HOS", published="2022-11-03")
    store.signal("THREAT", "PRK.HOS", published="2022-11-03")
    res = CliRunner().invoke(cli, ["assess", "--db", store.url, "--as-of", "2022-11-03", "--actor", "PRK.HOS",
                                   "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert {r["actor"] for r in rows} == {"PRK"}
    assert {r["track"] for r in rows} == {"declaratory", "posture", "diplomatic"}
    table = CliRunner().invoke(cli, ["assess", "--db", store.url, "--as-of", "2022-11-03"])
    assert table.exit_code == 0 and "ELEVATED" in table.output and "North Korea" in table.output


def test_missing_store_is_an_error_not_a_new_file(tmp_path):
    res = CliRunner().invoke(cli, ["assess", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0 and "no store" in res.output
    assert not (tmp_path / "none.db").exists()


def test_timeline_matches_assess_and_writes_a_png(store, tmp_path):
    store.signal("THREAT", "RUS.HOS", published="2022-10-20")
    store.signal("PREPARATION", "RUS", modality="negated", attributed="USA.GOV", published="2022-10-28")
    s = series(store.engine, MODEL, dt.date(2022, 10, 1), AS_OF, actor="RUS")
    r = rows_of(store)
    for track in ("declaratory", "posture"):
        assert s.scores[track][-1] == pytest.approx(r[("RUS", None, track)]["score"], abs=1e-3)
    assert s.scores["declaratory"][s.days.index(dt.date(2022, 10, 19))] == 0.0
    assert {k["type"] for k in s.key_signals} == {"THREAT", "PREPARATION"}
    out = tmp_path / "t.png"
    res = CliRunner().invoke(cli, ["timeline", "--db", store.url, "--actor", "RUS", "--since", "2022-10-01",
                                   "--until", "2022-11-03", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "declaratory" in res.output and "THREAT" in res.output


def test_window_parsing():
    assert parse_window("30d") == 30 and parse_window("4w") == 28 and parse_window("7") == 7
    with pytest.raises(ValueError):
        parse_window("0d")


def test_math_fallback_registers_exp_and_ln_when_sqlite_lacks_them():
    class NoMath:
        def __init__(self):
            self.funcs = {}

        def execute(self, sql):
            raise RuntimeError("no such function: exp")

        def create_function(self, name, n, fn, deterministic=False):
            assert deterministic
            self.funcs[name] = fn

    c = NoMath()
    _ensure_math(c)
    assert c.funcs["exp"](1.0) == math.e and c.funcs["ln"](math.e) == 1.0
