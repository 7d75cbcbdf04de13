"""Properties of the assessment, checked against the SQL on generated stores."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nukewatch.assess.engine import assess
from nukewatch.assess.model import SCORED_TRACKS, load
from nukewatch.model import TRACKS

MODEL = load()
AS_OF = dt.date(2022, 11, 3)
ACTORS = ["RUS", "RUS.HOS", "RUS.MIL", "USA.GOV", "UKR", "CHN.MED", "WST", "BLR.LEG"]
SCORED_TYPES = [t for t in TRACKS if TRACKS[t] != "context"]
ESCALATORY = [t for t in SCORED_TYPES if MODEL.weights[t] > 0 and t != "ARMS_CONTROL"]
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

signal_st = st.fixed_dictionaries({
    "type_": st.sampled_from(SCORED_TYPES),
    "actor": st.sampled_from(ACTORS),
    "target": st.none() | st.sampled_from(["RUS", "UKR", "USA", "WST"]),
    "modality": st.sampled_from(["asserted", "negated", "hypothetical"]),
    "hedged": st.booleans(),
    "corroboration": st.integers(1, 20),
    "age": st.integers(0, 59),  # inside the current or the previous window
    "outlet": st.sampled_from(["reuters.com", "rt.com", "example.org"]),
})


def add(b, sig: dict) -> int:
    s = dict(sig)
    age = s.pop("age")
    day = (AS_OF - dt.timedelta(days=age)).isoformat()
    return b.signal(**s, published=day)


def scores(b, as_of: dt.date = AS_OF) -> dict[tuple, float]:
    return {(r["actor"], r["target"], r["track"]): r["score"]
            for r in assess(b.engine, as_of, 30, model=MODEL) if r["track"] != "context"}


def row(b, actor: str, track: str, target: str | None = None, **kw) -> dict:
    for r in assess(b.engine, kw.pop("as_of", AS_OF), kw.pop("window", 30), model=MODEL, **kw):
        if (r["actor"], r["target"], r["track"]) == (actor, target, track):
            return r
    return {"score": 0.0, "level": "quiet", "signals": []}


@SETTINGS
@given(background=st.lists(signal_st, max_size=8), new=signal_st.filter(lambda s: s["type_"] in ESCALATORY))
def test_an_asserted_escalatory_signal_never_lowers_its_track(make_store, background, new):
    b = make_store()
    for s in background:
        add(b, s)
    before = scores(b)
    new = dict(new, modality="asserted")
    add(b, new)
    after = scores(b)
    country, track = new["actor"].split(".")[0], TRACKS[new["type_"]]
    key = (country, None, track)
    assert after.get(key, 0.0) >= before.get(key, 0.0)
    if new["age"] < 30:  # inside the window: it strictly raises the track
        assert after[key] > before.get(key, 0.0)
    # and the other tracks do not move
    for t in SCORED_TRACKS:
        if t != track:
            assert after.get((country, None, t), 0.0) == before.get((country, None, t), 0.0)


@SETTINGS
@given(background=st.lists(signal_st, max_size=8), new=signal_st,
       modality=st.sampled_from(["negated", "hypothetical"]))
def test_a_negated_or_hypothetical_signal_never_raises_any_track(make_store, background, new, modality):
    b = make_store()
    for s in background:
        add(b, s)
    before = scores(b)
    add(b, dict(new, modality=modality))
    after = scores(b)
    for key, v in after.items():
        assert v <= before.get(key, 0.0) + 1e-9, key


@SETTINGS
@given(type_=st.sampled_from(ESCALATORY), n=st.integers(2, 40), age=st.integers(0, 29))
def test_one_story_from_n_outlets_counts_once_plus_a_bonus(make_store, type_, n, age):
    track = TRACKS[type_]
    one, corroborated, separate = make_store(), make_store(), make_store()
    sig = {"type_": type_, "actor": "RUS", "target": None, "modality": "asserted", "hedged": False,
           "age": age, "outlet": "example.org"}
    add(one, dict(sig, corroboration=1))
    add(corroborated, dict(sig, corroboration=n))
    for _ in range(n):
        add(separate, dict(sig, corroboration=1))
    s1, sn, ss = (row(x, "RUS", track)["score"] for x in (one, corroborated, separate))
    assert s1 < sn < ss
    assert sn == round(s1 * MODEL.corroboration_factor(n), 3) or abs(sn - s1 * MODEL.corroboration_factor(n)) < 2e-3


@SETTINGS
@given(type_=st.sampled_from(ESCALATORY + ["DENIAL", "DE_ESCALATION"]), age=st.integers(0, 29))
def test_scores_decay_exactly_by_the_half_life_of_the_data_file(make_store, type_, age):
    import yaml

    from nukewatch.assess.model import MODEL_PATH

    half_life = yaml.safe_load(MODEL_PATH.read_text(encoding="utf-8"))["half_life_days"]
    track = TRACKS[type_]
    fresh, old = make_store(), make_store()
    sig = {"type_": type_, "actor": "RUS.HOS", "target": None, "modality": "asserted", "hedged": False,
           "corroboration": 1, "outlet": "reuters.com"}
    add(fresh, dict(sig, age=0))
    add(old, dict(sig, age=age))
    s0 = row(fresh, "RUS", track)["score"]
    sa = row(old, "RUS", track)["score"]
    expected = s0 * 0.5 ** (age / half_life[track])
    assert abs(sa - expected) < 1e-3 + 1e-6 * abs(s0)
    # without rounding, from the unrounded contribution of the signal itself
    c0 = row(fresh, "RUS", track)["signals"][0]["contribution"]
    ca = row(old, "RUS", track)["signals"][0]["contribution"]
    assert abs(ca - c0 * 0.5 ** (age / half_life[track])) < 1e-3


@SETTINGS
@given(background=st.lists(signal_st, max_size=8), doc_signals=st.lists(signal_st, min_size=1, max_size=4))
def test_a_document_moves_only_the_actors_it_names(make_store, background, doc_signals):
    b = make_store()
    for s in background:
        add(b, s)
    before = scores(b)
    doc = b.document(AS_OF.isoformat(), outlet="example.org")
    named = set()
    for s in doc_signals:
        s = {k: v for k, v in s.items() if k not in ("age", "outlet")}
        b.signal(**s, doc=doc)
        named.add(s["actor"].split(".")[0])
        if s["target"]:
            named.add(s["target"])
    after = scores(b)
    for key in set(before) | set(after):
        if key[0] not in named:
            assert after.get(key, 0.0) == before.get(key, 0.0), key


@SETTINGS
@given(background=st.lists(signal_st, min_size=1, max_size=10))
def test_every_level_is_the_threshold_level_of_its_score(make_store, background):
    b = make_store()
    for s in background:
        add(b, s)
    rows = [r for r in assess(b.engine, AS_OF, 30, model=MODEL) if r["track"] != "context"]
    assert rows
    for r in rows:
        assert r["level"] == MODEL.level(r["score"])
        assert r["trend"] == MODEL.trend(r["score"] - r["previous_score"]) or abs(
            abs(r["delta"]) - MODEL.trend_steady_below) < 1e-3
