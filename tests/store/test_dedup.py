"""Exact duplicates, wire copies, near-duplicate stories and corroboration."""
from __future__ import annotations

import datetime as dt

import pytest

from factories import WIRE
from nukewatch.store import Store, content_hash, normalize
from nukewatch.store import dedup

OTHER = (
    "North Korea fired an intercontinental ballistic missile into the sea east of the peninsula on Thursday, "
    "South Korea's military said, days after Pyongyang warned of a fierce military response to joint drills "
    "by the United States and South Korea. Japan said the missile fell inside its exclusive economic zone."
)


def test_normalized_hash_ignores_case_width_and_whitespace():
    base = content_hash("Nuclear  threat\n\tfrom Moscow")
    assert content_hash("  nuclear threat from MOSCOW ") == base
    assert content_hash("ｎｕｃｌｅａｒ threat from Moscow") == base  # NFKC folds full-width letters
    assert content_hash("nuclear threats from Moscow") != base
    assert normalize("Straße\u00a0X") == "strasse x"
    assert len(base) == 64 and int(base, 16) >= 0


def test_same_document_twice_is_stored_once(store, mk):
    doc, an = mk()
    first = store.add_document(doc, an)
    before = store.counts()
    again = store.add_document(doc, an)
    assert (first.status, again.status) == ("new", "duplicate")
    assert again.document_id == first.document_id and not again.copy_added
    assert store.counts() == before
    # whitespace/case variants are the same content
    doc2, an2 = mk(text=WIRE.upper().replace(" ", "  "), key="d2")
    assert store.add_document(doc2, an2).status == "duplicate"
    assert store.counts() == before


def test_wire_copy_under_another_outlet_is_recorded_and_corroborates(store, mk):
    doc, an = mk(url="https://www.reuters.com/a")
    store.add_document(doc, an)
    assert store.signals()[0].corroboration == 1
    copy, an2 = mk(url="https://www.lemonde.fr/b", key="d2")
    res = store.add_document(copy, an2)
    assert res.status == "duplicate" and res.copy_added
    c = store.counts()
    assert (c["documents"], c["document_copies"], c["signals"], c["signal_evidence"]) == (1, 1, 1, 1)
    assert store.signals()[0].corroboration == 2
    # the same copy again adds nothing; a copy in an outlet already counted does not raise the count
    assert not store.add_document(copy, an2).copy_added
    third, an3 = mk(url="https://www.reuters.com/c", key="d3")
    assert store.add_document(third, an3).copy_added
    assert store.counts()["document_copies"] == 2
    assert store.signals()[0].corroboration == 2


def test_duplicate_without_url_counts_as_copy_only_for_another_outlet(store, mk):
    doc, an = mk(url=None, outlet="Reuters")
    store.add_document(doc, an)
    same, a2 = mk(url=None, outlet="Reuters", key="d2")
    assert not store.add_document(same, a2).copy_added
    other, a3 = mk(url=None, outlet="TASS", key="d3")
    assert store.add_document(other, a3).copy_added
    assert store.signals()[0].corroboration == 2


def test_irrelevant_document_keeps_hash_not_text_and_no_story(store, mk):
    doc, an = mk(text=OTHER, relevant=False)
    res = store.add_document(doc, an)
    assert res.status == "new" and not res.relevant and res.story_id is None
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT text, minhash, story_id, url, content_hash FROM documents").one()
    assert row[:3] == (None, None, None)
    assert row[3] == doc.url and row[4] == content_hash(OTHER)
    assert store.known_hash(content_hash(OTHER))
    assert store.add_document(doc, an).status == "duplicate"
    assert store.counts()["stories"] == 0


def test_duplicates_inside_one_batch(store, mk):
    a, an_a = mk(text=OTHER, relevant=False, key="a")
    b, an_b = mk(key="b")
    res = store.add_documents([(a, an_a, None), (b, an_b, None), (a, an_a, None), (b, an_b, None)])
    assert [r.status for r in res] == ["new", "new", "duplicate", "duplicate"]
    assert store.counts()["documents"] == 2
    assert store.known_hashes([content_hash(OTHER), content_hash(WIRE), "0" * 64]) == {
        content_hash(OTHER), content_hash(WIRE)}


def test_near_duplicate_joins_story_and_merges_signals(store, mk, sig):
    a, an_a = mk(url="https://www.reuters.com/a", published=dt.date(2022, 11, 3))
    edited = WIRE.replace("on Tuesday", "on Tuesday evening") + " Kyiv dismissed the threat."
    assert dedup.jaccard(dedup.signature(WIRE), dedup.signature(edited)) >= dedup.THRESHOLD
    b, an_b = mk(text=edited, url="https://apnews.com/b", key="b", published=dt.date(2022, 11, 2),
                 events=[sig(text="Putin threatened, AP said.", start=5, confidence=0.95, hedged=True),
                         sig("WARNING", "USA", "RUS", text="The United States warned.")])
    ra, rb = store.add_document(a, an_a), store.add_document(b, an_b)
    assert rb.status == "new" and rb.joined_story and rb.story_id == ra.story_id
    assert (rb.new_signals, rb.merged_signals) == (1, 1)
    c = store.counts()
    assert (c["documents"], c["stories"], c["signals"], c["signal_evidence"]) == (2, 1, 2, 3)
    threat = store.signals(type="THREAT")[0]
    assert threat.corroboration == 2
    assert threat.document_id == ra.document_id  # first carrier
    assert threat.confidence == 0.95 and threat.hedged is False  # max confidence, hedged only if all hedged
    assert sorted(e.outlet for e in threat.evidence) == ["apnews.com", "reuters.com"]
    assert store.signals(type="WARNING")[0].corroboration == 1
    assert threat.story_first_published == dt.date(2022, 11, 2)  # the earliest publication of the story
    # an unrelated document starts its own story
    o, an_o = mk(text=OTHER, key="o", events=[sig("WEAPON_TEST", "PRK", None)])
    ro = store.add_document(o, an_o)
    assert ro.story_id != ra.story_id and not ro.joined_story
    assert store.counts()["stories"] == 2


def test_corroboration_counts_distinct_outlets(store, mk):
    texts = [WIRE + f" Update {i}: more to follow." for i in range(3)]
    urls = ["https://www.reuters.com/1", "https://reuters.com/2", "https://www.bbc.co.uk/3"]
    for i, (t, u) in enumerate(zip(texts, urls)):
        store.add_document(*mk(text=t, url=u, key=str(i)))
    [s] = store.signals()
    assert s.corroboration == 2  # reuters.com twice (with and without www.), bbc.co.uk
    assert len(s.evidence) == 3
    assert store.counts()["stories"] == 1


def test_documents_without_outlet_do_not_corroborate(store, mk):
    store.add_document(*mk(url=None, key="a"))
    store.add_document(*mk(text=WIRE + " More soon.", url=None, key="b"))
    [s] = store.signals()
    assert s.corroboration == 1 and len(s.evidence) == 2


def test_near_duplicate_index_survives_reopen(db_url, mk):
    with Store.open(db_url) as s1:
        ra = s1.add_document(*mk())
    with Store.open(db_url) as s2:
        rb = s2.add_document(*mk(text=WIRE + " Developing story.", url="https://apnews.com/b", key="b"))
    assert rb.joined_story and rb.story_id == ra.story_id


def test_best_matching_story_wins(store, mk):
    a = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa " * 3
    b = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " * 3
    ra = store.add_document(*mk(text=a + "nuclear", key="a"))
    rb = store.add_document(*mk(text=b + "nuclear", key="b"))
    assert ra.story_id != rb.story_id
    rc = store.add_document(*mk(text=b + "nuclear weapons", key="c"))
    assert rc.story_id == rb.story_id


def test_failed_batch_leaves_nothing(store, mk, sig):
    good, an_good = mk(url="https://newoutlet.example/1", key="good")
    bad, an_bad = mk(text=WIRE + " Other.", url="https://other.example/2", key="bad",
                     events=[sig("NOT_A_TYPE")])
    before = store.counts()
    with pytest.raises(KeyError):
        store.add_documents([(good, an_good, None), (bad, an_bad, None)])
    assert store.counts() == before
    assert not store.known_hash(content_hash(WIRE))
    # the outlet created by the rolled-back batch was not cached: storing again works
    assert store.add_document(good, an_good).status == "new"
    assert store.signals()[0].outlet == "newoutlet.example"


def test_shingles_and_signature_edge_cases():
    assert dedup.signature("") is None and dedup.signature("  ,;  ") is None
    assert dedup.shingles("a b c") == [b"a b c"]
    assert len(dedup.shingles("a b c d e f")) == 2
    sig = dedup.signature(WIRE)
    assert sig.shape == (128,) and dedup.jaccard(sig, dedup.from_bytes(dedup.to_bytes(sig))) == 1.0
    assert len(dedup.band_keys(sig)) == dedup.lsh_params()[0]
    assert dedup.jaccard(sig, dedup.signature(OTHER)) < 0.2
