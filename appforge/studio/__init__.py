"""The studio: where a person meets appforge, on the bare host (http://127.0.0.1:8000). See docs/studio.md.

Builders sign up, describe an app in a sentence (or pick a catalogue template), and keep talking to it beside a live
preview on the app's own origin; every turn can be undone, every version viewed, compared and restored, the spec
edited by hand, the rows edited, and what the builder keeps or fixes is recorded as training data
(`appforge.studio.feedback`). It sits above `generation`, `runtime` and `models`, which never import it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.types import ASGIApp

    from appforge.runtime.auth import Realm
    from appforge.runtime.platform import Platform
    from appforge.settings import Settings


def build_studio(platform: Platform, settings: Settings, secret: str, realm: Realm) -> ASGIApp:
    """The studio's ASGI application (imported on use: `appforge.studio.feedback` alone needs no web stack)."""
    from appforge.studio.app import build_studio as build

    return build(platform, settings, secret, realm)


__all__ = ["build_studio"]
