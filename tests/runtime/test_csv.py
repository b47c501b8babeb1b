"""CSV over real HTTP, on SQLite and PostgreSQL: export -> import gives the same rows back, an import with any
bad row stores nothing and names each row and field, and formula-looking cells are defused on export."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import httpx
import pytest

from appforge.runtime.csvio import defuse, undefuse
from tests.runtime.servers import BACKENDS, SHOP, LiveServer, bearer_client, database_url, serve_specs, sign_up

ROWS = [
    {"name": "Lamp", "price": 19.5, "stock": 4, "status": "live", "labels": ["new", "sale"], "released": "2024-05-31",
     "active": True, "notes": "line one\nline two, with a comma and \"quotes\""},
    {"name": "=HYPERLINK(\"http://evil.example\")", "price": 0, "stock": -3, "active": False, "notes": "@SUM(A1)"},
    {"name": "-2+3", "notes": "+cmd", "labels": []},
]
COMPARED = ("name", "price", "stock", "status", "labels", "released", "active", "notes")


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = database_url(request.param)
    with serve_specs([SHOP], data_dir=tmp_path_factory.mktemp("data"), database_url=url) as live:
        yield live


@pytest.fixture(scope="module")
def api(server: LiveServer) -> Iterator[httpx.Client]:
    with bearer_client(server, "shop", "csv@example.com") as client:
        yield client


def upload(api: httpx.Client, text: str, entity: str = "product") -> httpx.Response:
    return api.post(f"/api/{entity}/import", files={"file": ("data.csv", text.encode(), "text/csv")})


def total(api: httpx.Client, entity: str = "product") -> int:
    return api.get(f"/api/{entity}").json()["total"]


def norm(row: dict) -> dict:
    return {k: (row.get(k) if row.get(k) != [] else None) for k in COMPARED}


def test_export_then_import_gives_the_same_rows(api: httpx.Client) -> None:
    for row in ROWS:
        assert api.post("/api/product", json=row).status_code == 201
    exported = api.get("/api/product.csv")
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert 'filename="product.csv"' in exported.headers["content-disposition"]
    assert api.get("/api/product/export.csv").text == exported.text
    header = next(csv.reader(io.StringIO(exported.text)))
    assert header[0] == "id" and "name" in header and "price" in header

    before = {r["id"] for r in api.get("/api/product", params={"page_size": 500}).json()["rows"]}
    imported = upload(api, exported.text)
    assert imported.status_code == 201, imported.text
    assert imported.json()["created"] == len(ROWS)
    new_rows = [api.get(f"/api/product/{i}").json() for i in imported.json()["ids"]]
    originals = [r for r in api.get("/api/product", params={"page_size": 500, "sort": "id"}).json()["rows"]
                 if r["id"] in before]
    assert sorted(map(repr, map(norm, new_rows))) == sorted(map(repr, map(norm, originals)))


def test_export_defuses_formula_cells(api: httpx.Client) -> None:
    api.post("/api/product", json={"name": "=1+1", "notes": "@evil"})
    text = api.get("/api/product.csv", params={"q": "evil"}).text
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert "'=1+1" in cells and "'@evil" in cells
    assert not any(c[:1] in ("=", "+", "@") for c in cells)


def test_an_import_with_a_bad_row_stores_nothing_and_names_rows_and_fields(api: httpx.Client) -> None:
    before = total(api)
    text = "name,price,stock,status\nGood,1,1,live\nBad price,cheap,2,live\n,3,3,draft\nBad status,4,4,sold\n"
    response = upload(api, text)
    assert response.status_code == 422, response.text
    messages = [e["msg"] for e in response.json()["detail"]]
    assert any(m.startswith("row 3, field 'price':") for m in messages), messages
    assert any(m.startswith("row 4, field 'name':") for m in messages), messages
    assert any(m.startswith("row 5, field 'status':") for m in messages), messages
    assert not any(m.startswith("row 2") for m in messages)
    assert total(api) == before


@pytest.mark.parametrize("text, message", [
    ("name,colour\nLamp,red\n", "no field 'colour'"),
    ("", "empty"),
    ("name,name\nA,B\n", "twice"),
    ("name\nA,B,C\n", "cells"),
])
def test_a_malformed_file_is_refused(api: httpx.Client, text: str, message: str) -> None:
    before = total(api)
    response = upload(api, text)
    assert response.status_code == 422
    assert message in response.json()["detail"][0]["msg"]
    assert total(api) == before


def test_a_file_that_is_not_utf8_is_refused(api: httpx.Client) -> None:
    response = api.post("/api/product/import", files={"file": ("x.csv", "name\nCafé\n".encode("utf-16"), "text/csv")})
    assert response.status_code == 422 and "UTF-8" in response.json()["detail"][0]["msg"]


def test_import_from_a_browser_needs_the_csrf_token(server: LiveServer) -> None:
    with server.client("shop") as browser:
        sign_up(browser, "csv-browser@example.com")
        refused = browser.post("/api/category/import", files={"file": ("c.csv", b"name\nFromBrowser\n", "text/csv")})
        assert refused.status_code == 403
        token = browser.get("/auth/signin").text.split('name="csrf_token" value="')[1].split('"')[0]
        ok = browser.post("/api/category/import", data={"csrf_token": token},
                          files={"file": ("c.csv", b"name\nFromBrowser\n", "text/csv")})
        assert ok.status_code == 201, ok.text


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "'=x", "''@y", "'tis", "plain", "\tTab"])
def test_defused_cells_read_back_the_same(value: str) -> None:
    assert undefuse(defuse(value)) == value
    assert defuse(value)[:1] not in ("=", "+", "-", "@", "\t")
