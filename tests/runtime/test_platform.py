"""The app registry on real SQLite and PostgreSQL: creation with seed rows, versions, rollback, isolation."""

from __future__ import annotations

from typing import Any

import pytest

from appforge.runtime.platform import AppExists, AppNotFound
from appforge.spec.model import AppSpec, SortKey

LIVE_PARTS = ("entities", "views", "nav", "home", "roles", "auth", "permissions", "title", "theme")

CLUB: dict[str, Any] = {
    "name": "club", "title": "Club",
    "entities": [
        {"name": "team", "fields": [{"name": "name", "required": True}]},
        {"name": "player", "fields": [{"name": "name", "required": True}, {"name": "goals", "type": "integer"},
                                      {"name": "team", "type": "reference", "target": "team"}]},
    ],
    "seed": {"player": [{"name": "Ann", "goals": 3, "team": "Reds"}, {"name": "Bob", "team": "Blues"}],
             "team": [{"name": "Reds"}, {"name": "Blues"}]},
}


def rows(platform, name, entity):
    return platform.records(name).list(entity, page_size=500, sort=[SortKey(field="id")]).rows


def test_create_app_inserts_seed_rows_resolving_references_by_label(backend):
    name = backend.new_app(CLUB)
    teams = {r["name"]: r["id"] for r in rows(backend, name, "team")}
    players = {r["name"]: (r["goals"], r["team"]) for r in rows(backend, name, "player")}
    assert players == {"Ann": (3, teams["Reds"]), "Bob": (None, teams["Blues"])}
    assert [v.number for v in backend.versions(name)] == [1]
    assert backend.current(name).message == "created"


def test_versions_are_numbered_with_messages_and_rollback_restores_any_of_them(backend):
    name = backend.new_app(CLUB)
    backend.apply(name, [{"op": "add_field", "entity": "player", "field": {"name": "age", "type": "integer"}}],
                  message="ages")
    backend.records(name).update("player", rows(backend, name, "player")[0]["id"], {"age": 30})
    backend.apply(name, [{"op": "rename_field", "entity": "player", "field": "goals", "to": "score"}])
    backend.apply(name, [{"op": "remove_field", "entity": "player", "field": "age"},
                         {"op": "add_entity", "entity": "match", "fields": [{"name": "when", "type": "date"}]}])
    versions = backend.versions(name)
    assert [v.number for v in versions] == [1, 2, 3, 4]
    assert versions[1].message == "ages"
    assert "renamed field player.goals to score" in versions[2].message
    for target in (2, 1, 3, 4):
        result = backend.rollback(name, target)
        assert result.message == f"rolled back to version {target}"
        live = backend.current(name).spec
        wanted = backend.version(name, target).spec
        for part in LIVE_PARTS:
            assert getattr(live, part) == getattr(wanted, part), part
        players = rows(backend, name, "player")
        expected = {f.name for f in wanted.entity("player").fields}
        assert expected <= set(players[0])
        if "age" in expected:
            assert players[0]["age"] == 30
        goals = "score" if "score" in expected else "goals"
        assert [p[goals] for p in players] == [3, None]
        assert (backend.records(name).spec.entity("match") is not None) == (wanted.entity("match") is not None)
    assert [v.number for v in backend.versions(name)] == list(range(1, 9))


def test_two_apps_are_isolated_even_with_the_same_entity_names(backend):
    one, two = backend.new_app({**CLUB, "name": "one", "seed": {}}), backend.new_app({**CLUB, "name": "two",
                                                                                          "seed": {}})
    backend.records(one).create("team", {"name": "Only in one"})
    assert rows(backend, two, "team") == []
    backend.records(two).create("team", {"name": "Only in two"})
    assert [r["name"] for r in rows(backend, one, "team")] == ["Only in one"]
    assert [r["name"] for r in rows(backend, two, "team")] == ["Only in two"]
    if backend.kind == "sqlite":
        assert backend.storage.app_path(one) != backend.storage.app_path(two)
        assert backend.storage.app_path(one).exists() and backend.storage.app_path(two).exists()
    else:
        assert backend.storage.app_schema(one) != backend.storage.app_schema(two)
    backend.delete_app(one)
    assert [r["name"] for r in rows(backend, two, "team")] == ["Only in two"]


def test_unknown_apps_raise_app_not_found(backend):
    missing = backend.unique("nobody")
    for call in (lambda: backend.current(missing), lambda: backend.versions(missing),
                 lambda: backend.version(missing, 1), lambda: backend.records(missing),
                 lambda: backend.delete_app(missing), lambda: backend.apply(missing, [])):
        with pytest.raises(AppNotFound):
            call()


def test_creating_an_app_twice_raises_app_exists_and_keeps_the_first(backend):
    name = backend.new_app(CLUB)
    with pytest.raises(AppExists):
        backend.create_app(AppSpec.model_validate({**CLUB, "name": name, "seed": {}}))
    assert len(rows(backend, name, "player")) == 2
    assert [v.number for v in backend.versions(name)] == [1]


def test_a_bad_seed_row_leaves_no_app_behind(backend):
    from appforge.runtime.records import RecordInvalid

    bad = {**CLUB, "name": "bad", "seed": {"player": [{"name": "Ann", "goals": "many"}]}}
    with pytest.raises((RecordInvalid, ValueError)):
        backend.new_app(bad)
    assert not backend.has_app(backend.unique("bad"))
