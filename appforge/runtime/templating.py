"""Jinja2 for every page of every app: autoescaped, and given the app, the user and the CSRF token each time.

The filters here turn the JSON-compatible values of a row (see docs/architecture.md) into text a person reads:
money with its currency, dates spelled out, markdown rendered with any HTML in it escaped. None of them marks
user data safe except `markdown`, whose renderer escapes raw HTML and refuses unsafe link schemes.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from appforge.spec.model import Theme, luminance

TEMPLATES_DIR = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))

CURRENCY_SYMBOLS = {
    "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "KRW": "₩", "BRL": "R$",
    "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "CHF": "CHF ", "SEK": "kr ", "NOK": "kr ", "DKK": "kr ",
    "PLN": "zł ", "RUB": "₽", "TRY": "₺", "ILS": "₪", "MXN": "MX$", "ZAR": "R ", "NGN": "₦",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SAFE_FONT = re.compile(r"[^A-Za-z0-9 ,\"'_-]")


def format_number(value: Any, places: int | None = None) -> str:
    """12345.5 -> '12,345.5'; whole floats lose their '.0'; None -> ''."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if places is not None:
        return f"{number:,.{places}f}"
    if number.is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".") if abs(number) >= 1 else f"{number:.4g}"


def format_money(value: Any, currency: str | None = None) -> str:
    """12.5, 'EUR' -> '€12.50'; an unknown code is written out: 'XAF 12.50'."""
    if value is None or value == "":
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    code = (currency or "USD").upper()
    places = 0 if code in ("JPY", "KRW") else 2
    amount = f"{abs(number):,.{places}f}"
    symbol = CURRENCY_SYMBOLS.get(code, code + " ")
    return f"{'-' if number < 0 else ''}{symbol}{amount}"


def _parse_date(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def format_date(value: Any) -> str:
    """'2024-05-31' -> '31 May 2024'; text that is not a date comes back as it was."""
    parsed = _parse_date(value)
    if parsed is None:
        return "" if value is None else str(value)
    return f"{parsed.day} {MONTHS[parsed.month - 1]} {parsed.year}"


def format_datetime(value: Any) -> str:
    """'2024-05-31T14:30:00' -> '31 May 2024, 14:30'."""
    parsed = _parse_date(value)
    if parsed is None:
        return "" if value is None else str(value)
    if not isinstance(parsed, dt.datetime):
        return format_date(parsed)
    return f"{format_date(parsed)}, {parsed:%H:%M}"


def format_time(value: Any) -> str:
    """'14:30:00' -> '14:30'."""
    if value is None:
        return ""
    text = str(value)
    return text[:5] if re.match(r"^\d\d:\d\d", text) else text


@lru_cache(maxsize=1)
def _markdown_renderer() -> Any:
    from markdown_it import MarkdownIt

    # html=False: any HTML in the text is shown as text, never interpreted. linkify off, so no surprise links;
    # markdown-it's validateLink already refuses javascript:, vbscript:, file: and most data: links.
    return MarkdownIt("commonmark", {"html": False, "breaks": True}).enable(["table", "strikethrough"])


def markdown(text: Any) -> Markup:
    """Markdown to HTML with raw HTML escaped, safe to put in a page."""
    if text is None or text == "":
        return Markup("")
    return Markup(_markdown_renderer().render(str(text)))


def safe_link(value: Any) -> str | None:
    """The address itself when it is http(s), else None, so a stored `javascript:` never becomes a link."""
    text = str(value or "").strip()
    return text if re.match(r"^https?://", text, re.IGNORECASE) else None


def theme_css(theme: Theme | None) -> str:
    """The CSS custom properties of a theme, for a <style> block; every value is checked or cleaned first."""
    theme = theme or Theme()
    background, text = theme.background, theme.text
    if theme.dark and luminance(background) > 0.5:
        # A dark theme that kept the light default colours: use a dark pair instead of white on white.
        background, text = "#0f172a", "#e5e7eb"
    font = SAFE_FONT.sub("", theme.font) or "system-ui"
    if font in ("system-ui", "sans-serif", "default"):
        font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif'
    else:
        font = f"{font}, system-ui, sans-serif"
    values = {
        "--primary": theme.primary,
        "--accent": theme.accent,
        "--bg": background,
        "--text": text,
        "--radius": f"{int(theme.radius)}px",
        "--font": font,
        "--on-primary": "#111827" if luminance(theme.primary) > 0.6 else "#ffffff",
        "color-scheme": "dark" if luminance(background) < 0.5 else "light",
    }
    return ":root{" + ";".join(f"{k}:{v}" for k, v in values.items()) + "}"


env = templates.env
env.filters.update(
    number=format_number,
    money=format_money,
    date=format_date,
    datetime=format_datetime,
    time=format_time,
    markdown=markdown,
    safe_link=safe_link,
)
env.globals.update(theme_css=theme_css)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    from appforge.runtime.auth import csrf_token
    from appforge.runtime.context import current_user

    app = getattr(request.state, "app", None)
    base = {
        "app": app,
        "spec": app.spec if app else None,
        "user": current_user(request),
        "csrf_token": csrf_token(request),
    }
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
