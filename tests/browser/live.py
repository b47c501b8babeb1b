"""Serve an app spec over real HTTP on loopback for page and browser tests.

Uses the real server fixture module `tests/runtime/servers.py` when it exists; until then the stand-in of
`standin.py` (the real pages router and static files, in-memory rows, one signed-in user).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

SPEC: dict[str, Any] = {
    "name": "tasks", "title": "Team Tasks", "theme": {"icon": "✅", "primary": "#2563eb", "accent": "#f59e0b"},
    "auth": {"access": "signin", "signup": True},
    "entities": [
        {"name": "project", "fields": [{"name": "name", "required": True},
                                       {"name": "budget", "type": "money", "currency": "EUR"}]},
        {"name": "task", "fields": [
            {"name": "title", "required": True, "max": 80},
            {"name": "status", "type": "choice", "options": [
                {"value": "Todo", "color": "#64748b"}, {"value": "Doing", "color": "#f59e0b"},
                {"value": "Done", "color": "#10b981"}]},
            {"name": "due", "type": "date"},
            {"name": "estimate", "type": "decimal", "min": 0},
            {"name": "cost", "type": "money", "currency": "USD"},
            {"name": "urgent", "type": "boolean"},
            {"name": "labels", "type": "tags", "options": [{"value": "bug"}, {"value": "feature"}]},
            {"name": "notes", "type": "long_text"},
            {"name": "link", "type": "url"},
            {"name": "priority", "type": "rating"},
            {"name": "project", "type": "reference", "target": "project"},
            {"name": "shot", "type": "image"},
        ]},
    ],
    "views": [
        {"name": "tasks", "type": "table", "entity": "task",
         "fields": ["title", "status", "due", "cost", "priority", "project"]},
        {"name": "board", "type": "kanban", "entity": "task", "group_by": "status",
         "fields": ["due", "priority", "project"]},
        {"name": "gallery", "type": "cards", "entity": "task", "image_field": "shot", "fields": ["status", "due"]},
        {"name": "calendar", "type": "calendar", "entity": "task", "date_field": "due"},
        {"name": "task_page", "type": "detail", "entity": "task"},
        {"name": "quick_add", "type": "form", "entity": "task", "fields": ["title", "status", "due", "cost"]},
        {"name": "overview", "type": "dashboard", "widgets": [
            {"title": "Tasks", "entity": "task"},
            {"title": "Open", "entity": "task", "filters": [{"field": "status", "op": "ne", "value": "Done"}]},
            {"title": "Total cost", "entity": "task", "aggregate": "sum", "field": "cost"},
            {"title": "By status", "type": "bar", "entity": "task", "group_by": "status"},
            {"title": "Share by status", "type": "pie", "entity": "task", "group_by": "status"},
            {"title": "Due per day", "type": "line", "entity": "task", "group_by": "due", "period": "day"},
        ]},
    ],
    "nav": ["overview", "board", "tasks", "gallery", "calendar", "quick_add"],
    "home": "overview",
}


def real_server_available() -> bool:
    try:
        import appforge.runtime.records  # noqa: F401
        import appforge.runtime.server  # noqa: F401
        from tests.runtime import servers  # noqa: F401
    except ImportError:
        return False
    return True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(app: Any) -> Iterator[int]:
    """Run an ASGI app with uvicorn on a free loopback port in a thread; yield the port."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not server.started:
        if time.time() > deadline:
            raise RuntimeError("the test server did not start within 10 s")
        time.sleep(0.02)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(5)
