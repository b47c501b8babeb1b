"""Custom blocks: bespoke HTML and CSS that an external model wrote, shown in a sandbox and never run here.

A block's html and css are data. The server never evaluates, templates or rewrites them: `block_document` puts them
as they are into a document of their own, which `GET /blocks/{name}` serves on the app's origin under
`BLOCK_POLICY`, and the app's pages show that address in `<iframe sandbox="allow-scripts">`, without
allow-same-origin. Both the attribute and the policy's `sandbox` directive make the document's origin opaque, so
it is sandboxed whether it is framed or opened directly.

Scripts are allowed because a bespoke section (tabs, a carousel, a small calculator) often needs a little, and the
sandbox leaves a script nothing to harm: with an opaque origin it has no cookies or storage and cannot reach the
page that shows it (`parent.document` throws); `default-src 'none'` leaves it no network (no fetch, no external
script, image, font, frame or form post); without allow-popups, allow-top-navigation or allow-forms it cannot open
windows, move the page or submit anything. The document carries no record data, no session and no CSRF token:
only the block and the theme's colours. See docs/blocks.md.
"""

from __future__ import annotations

import html

from starlette.requests import Request
from starlette.responses import Response

from appforge.runtime.pages.common import Ctx, PageError
from appforge.runtime.templating import theme_css
from appforge.spec.model import AppSpec, Block, Theme

# The policy of a block's document. The server adds the app's `frame-ancestors` ('self' and the studio), so that
# framing rules stay in one place; base-uri and form-action are named because they do not fall back to default-src.
BLOCK_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; sandbox allow-scripts"
)
# What the iframe allows: scripts only, in an opaque origin (no allow-same-origin, ever).
IFRAME_SANDBOX = "allow-scripts"
_BASE_STYLE = "html,body{margin:0}body{font-family:var(--font);color:var(--text);background:var(--bg)}"


def home_view_name(spec: AppSpec) -> str | None:
    """The view shown at `/`: the spec's home, else the first of the navigation, else none (the overview)."""
    name = spec.home or (spec.nav[0] if spec.nav else None)
    return name if name is not None and spec.view(name) is not None else None


def blocks_on(spec: AppSpec, request: Request) -> list[Block]:
    """The blocks a full page shows: at `/` the home page's blocks and those of the view shown there, at
    `/v/{view}` that view's. Other pages (a row, an entity's own list or form, errors) show none."""
    if request.method != "GET" or not spec.blocks:
        return []
    path = request.url.path
    if path == "/":
        shown = home_view_name(spec)
        return [b for b in spec.blocks if b.view is None or (shown is not None and b.view == shown)]
    if path.startswith("/v/") and "/" not in path[3:]:
        return [b for b in spec.blocks if b.view == path[3:]]
    return []


def block_document(block: Block, theme: Theme) -> str:
    """The whole document of a block: its html and css as written, with the theme's colours as CSS variables."""
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(block.heading)}</title>"
        f"<style>{theme_css(theme)}{_BASE_STYLE}</style>"
        + (f"<style>{block.css}</style>" if block.css else "")
        + f"</head><body>{block.html}</body></html>"
    )


def serve_block(ctx: Ctx, name: str) -> Response:
    """A block's document, for the iframe of the page it belongs to; whoever may see that page may load it."""
    block = ctx.spec.block(name)
    if block is None:
        raise PageError(404, "Not found", f"This app has no block {name!r}.")
    view = ctx.spec.view(block.view) if block.view is not None else None
    if view is not None and view.entity is not None:
        ctx.require(view.entity, "read")
    headers = {
        "Content-Security-Policy": BLOCK_POLICY,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-store",
    }
    return Response(block_document(block, ctx.spec.theme), media_type="text/html; charset=utf-8", headers=headers)
