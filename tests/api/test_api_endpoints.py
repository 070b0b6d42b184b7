"""The read endpoints answer from the store with the contract's records."""

from __future__ import annotations

import json

from .apifixtures import Client


def test_health_counts_the_store(client: Client) -> None:
    status, body = client.get("/api/health")
    assert status == 200
    assert body["status"] == "ok"
    assert body["documents"] == 4
    assert body["mentions"] == 5
    assert body["schema"]


def test_events_are_merged_across_languages_with_their_mentions(client: Client) -> None:
    status, body = client.get("/api/events")
    assert status == 200
    events = body["events"]
    assert body["count"] == len(events) == 4
    assert body["next_offset"] is None
    # ordered by date: the March sanction first
    first = events[0]
    assert first["event_type"] == "SANCTION" and first["sanction_action"] == "impose"
    assert first["documents"] == 2 and first["languages"] == 2
    assert sorted(m["language"] for m in first["mentions"]) == ["en", "ru"]
    assert {m["attribution"] for m in first["mentions"]} == {None, "Интерфакс"}
    for key in ("id", "actor", "recipient", "date", "factuality", "evidence", "document", "confidence"):
        assert key in first
    assert first["evidence"]["sentence"].startswith("Oslo imposed sanctions")


def test_event_filters(client: Client) -> None:
    def types(query: str) -> list[str]:
        status, body = client.get("/api/events?" + query)
        assert status == 200, body
        return [e["event_type"] + ("/" + e["sanction_action"] if e["sanction_action"] else "") for e in body["events"]]

    assert types("actor=NOR") == ["SANCTION/impose", "RETREAT/ease"]
    assert types("actor=norw") == ["SANCTION/impose", "RETREAT/ease"]          # part of a name
    assert types("recipient=PER") == ["CONSULT"]
    assert types("type=retreat") == ["RETREAT/ease", "RETREAT/lift"]
    assert types("since=2025-06") == ["RETREAT/ease", "CONSULT", "RETREAT/lift"]
    assert types("until=2025-05") == ["SANCTION/impose"]
    assert types("since=2025-06-03&until=2025-06-03") == ["CONSULT", "RETREAT/lift"]
    assert types("language=ru") == ["SANCTION/impose"]
    assert types("factuality=hypothetical") == ["RETREAT/lift"]
    assert types("actor=" + "%D0%9E%D1%81%D0%BB%D0%BE") == []                 # "Осло": names are canonical
    assert types("actor=NOR&type=SANCTION&language=en") == ["SANCTION/impose"]


def test_event_paging(client: Client) -> None:
    status, page1 = client.get("/api/events?limit=3")
    assert status == 200 and page1["count"] == 3 and page1["next_offset"] == 3
    status, page2 = client.get("/api/events?limit=3&offset=3")
    assert status == 200 and page2["count"] == 1 and page2["next_offset"] is None
    ids = [e["id"] for e in page1["events"] + page2["events"]]
    status, whole = client.get("/api/events")
    assert ids == [e["id"] for e in whole["events"]]


def test_documents_list_and_show(client: Client) -> None:
    status, body = client.get("/api/documents?limit=3")
    assert status == 200
    assert body["total"] == 4 and body["count"] == 3 and body["next_offset"] == 3
    titles = [d["title"] for d in body["documents"]]
    assert titles == ["Norway acts", "Norway acts ru", "June update"]
    assert set(body["documents"][0]) == {"id", "title", "language", "published", "url", "chars"}
    status, rest = client.get("/api/documents?offset=3")
    assert [d["title"] for d in rest["documents"]] == ["Quiet day"] and rest["next_offset"] is None

    june = body["documents"][2]
    status, doc = client.get(f"/api/documents/{june['id'][:6]}")   # a unique prefix is enough
    assert status == 200
    assert doc["id"] == june["id"]
    assert "Santiago and Lima held talks" in doc["text"]
    assert [e["event_type"] for e in doc["events"]] == ["RETREAT", "CONSULT", "RETREAT"]
    status, lean = client.get(f"/api/documents/{june['id']}?text=0")
    assert status == 200 and "text" not in lean and len(lean["events"]) == 3


def test_sanctions_lifecycle(client: Client) -> None:
    status, body = client.get("/api/sanctions")
    assert status == 200
    steps = [(s["target"]["name"], s["action"], s["status_after"]) for s in body["steps"]]
    # the hoped-for lifting by the EU is not asserted: not a step
    assert steps == [("Arctic Tankers", "impose", "active"), ("Arctic Tankers", "ease", "eased")]
    assert body["steps"][0]["sender"][0]["country"] == "NOR"
    assert len(body["steps"][0]["sources"]) == 2
    status, none = client.get("/api/sanctions?target=PER")
    assert status == 200 and none["steps"] == [] and none["target"] == "PER"
    status, some = client.get("/api/sanctions?target=arctic")
    assert some["count"] == 2


def test_event_types_lists_plover(client: Client) -> None:
    status, body = client.get("/api/event-types")
    assert status == 200
    names = {t["type"]: t["quad"] for t in body["types"]}
    assert names["SANCTION"] == 3 and names["CONSULT"] == 1


def test_answers_are_utf8_json(client: Client) -> None:
    status, raw, headers = client.request("/api/events?language=ru")
    assert status == 200
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["Cache-Control"] == "no-store"
    assert raw["events"][0]["mentions"][1]["attribution"] == "Интерфакс"


def test_head_has_no_body(server) -> None:  # noqa: ANN001
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    conn.request("HEAD", "/api/health")
    r = conn.getresponse()
    assert r.status == 200 and int(r.getheader("Content-Length")) > 0
    assert r.read() == b""
    conn.close()


def test_keep_alive_serves_several_requests_on_one_connection(server) -> None:  # noqa: ANN001
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    for _ in range(3):
        conn.request("GET", "/api/events?limit=1")
        r = conn.getresponse()
        assert r.status == 200
        assert json.loads(r.read())["count"] == 1
    conn.close()
