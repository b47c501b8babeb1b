"""The app the page and browser tests serve: a small task tracker touching every view type."""

from __future__ import annotations

from typing import Any

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
