"""What a request inside one app knows: which app, which version of its spec, and who is signed in.

The server resolves these once per request (from the Host header and the session) and puts them on
`request.state`; routes read them through `app_context` and `current_user` rather than looking them up again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.requests import Request

from appforge.spec.model import AppSpec

if TYPE_CHECKING:
    from appforge.runtime.platform import Platform
    from appforge.runtime.records import Records


@dataclass(frozen=True)
class AppUser:
    id: int
    email: str
    name: str
    role: str | None


@dataclass(frozen=True)
class AppContext:
    name: str
    version: int
    spec: AppSpec
    records: Records
    platform: Platform


def app_context(request: Request) -> AppContext:
    return request.state.app


def current_user(request: Request) -> AppUser | None:
    return getattr(request.state, "user", None)
