"""App-level intents: views, dashboard widgets, roles and permissions, sign-in, theme, title and navigation.

The same contract as `intents`: each returns (operations, clause) for the app as it stands, or None when the
app has nothing it could apply to, and claims what it touches in the `Draft`.
"""

from __future__ import annotations

import random
from typing import Any

from appforge.models.inhouse.intents import Draft, Intent, T
from appforge.models.inhouse.phrasing import (
    Clause,
    a,
    entity_words,
    field_words,
    keep,
    listing,
    plain,
    plural,
    sentence,
    snake,
    theme_words,
    view_type_words,
    view_words,
)
from appforge.models.inhouse.vocabulary import (
    EMOJIS,
    ROLE_IDEAS,
    TITLE_WORDS,
)
from appforge.spec.model import Entity, Field, View, ViewType

_GROUPABLE = (T.reference, T.choice, T.user, T.text, T.boolean)
_NUMBER = (T.money, T.integer, T.decimal, T.computed)
_SORTABLE_NOT = (T.tags, T.many_to_many, T.computed)
_NOT_SUMMED = ("year", "number", "position", "rank", "code", "zip", "phone", "floor", "_no")


def _views(d: Draft, kind: ViewType | None = None) -> list[View]:
    return [v for v in d.spec.views if d.free(f"v:{v.name}") and (kind is None or v.type == kind)
            and (v.entity is None or d.free(f"e:{v.entity}"))]


def _of(d: Draft, entity: Entity, *types: T) -> list[Field]:
    return d.fields(entity, lambda f: f.type in types)


# --- views ----------------------------------------------------------------------------------------------------


def add_view(d: Draft, rng: random.Random) -> Intent | None:
    entities = d.entities()
    if not entities:
        return None
    entity = rng.choice(entities)
    kind = rng.choice(["kanban", "calendar", "cards", "table", "table", "form"])
    e = keep(entity_words(entity, rng, many=True))
    word = keep(view_type_words(kind, rng))
    view: dict[str, Any] = {"type": kind, "entity": entity.name}
    shown = [f.name for f in d.fields(entity) if f.type not in (T.long_text, T.many_to_many)][:3]
    if kind == "kanban":
        group = _of(d, entity, T.choice)
        if not group:
            return None
        g = rng.choice(group)
        view |= {"group_by": g.name, "fields": shown}
        text = rng.choice([f"add a {word} for {e} by {field_words(g, rng)}", f"show {e} as a {word} grouped by "
                           f"{field_words(g, rng)}", f"I'd like a {word} of {e} with a column per {field_words(g, rng)}"])
    elif kind == "calendar":
        dates = _of(d, entity, T.date, T.datetime)
        if not dates:
            return None
        g = rng.choice(dates)
        view |= {"date_field": g.name, "fields": shown}
        text = rng.choice([f"add a {word} of {e} by {field_words(g, rng)}", f"show {e} on a {word} by "
                           f"{field_words(g, rng)}", f"{e} {word} pls, using {field_words(g, rng)}"])
    elif kind == "cards":
        images = _of(d, entity, T.image)
        if not images:
            return None
        view |= {"image_field": images[0].name, "fields": shown}
        text = rng.choice([f"add a {word} of {e}", f"show {e} as {word} with their {field_words(images[0], rng)}",
                           f"I want a {word} for {e}"])
    elif kind == "form":
        view["fields"] = [f.name for f in d.fields(entity) if f.type not in (T.computed, T.created_at, T.updated_at,
                                                                         T.created_by)]
        text = rng.choice([f"add a {word} to add {e}", f"I need a {word} for new {e}", f"{e} {word} please"])
    else:
        cols = [f for f in d.fields(entity) if f.type not in _SORTABLE_NOT]
        if len(cols) < 2:
            return None
        chosen = rng.sample(cols, min(len(cols), rng.randint(2, 4)))
        view["fields"] = [f.name for f in chosen]
        text = rng.choice([f"a {word} of {e} showing {{cols}}", f"add a {word} of {e} with {{cols}}",
                           f"make a {word} of {e}: {{cols}}"]).format(
            cols=listing([field_words(f, rng) for f in chosen], rng))
        if rng.random() < 0.4:
            key = rng.choice(chosen)
            view["sort"] = [{"field": key.name, "desc": True}]
            text += rng.choice([f", newest {field_words(key, rng)} first", f" sorted by {field_words(key, rng)} desc"])
    name = snake(f"{plain(e)} {plain(word)}")
    if d.taken(name):
        return None
    uses = [view.get(k) for k in ("group_by", "date_field", "image_field")] + [k["field"] for k in view.get("sort", [])]
    d.claim(*[f"f:{entity.name}.{u}" for u in uses if u])
    view = {"name": name, "title": sentence(f"{plain(e)} {plain(word)}"), **view}
    d.new_names.append(name)
    d.claim(f"v:{name}", "nav")
    return [{"op": "add_view", "view": view}], Clause(text, text.split()[0] in ("add", "show", "make"))


def _amount_words(n: Field, rng: random.Random) -> str:
    """How a person names a number to total: "revenue" for money taken in, else the field's words."""
    sales = n.type == T.money and any(w in n.name for w in ("price", "total", "amount", "fee", "paid", "sale"))
    return "revenue" if sales and rng.random() < 0.5 else field_words(n, rng)


def widget_for(d: Draft, rng: random.Random) -> tuple[dict[str, Any], str] | None:
    """A dashboard widget and the words that ask for it ("revenue per stylist")."""
    entities = d.entities()
    if not entities:
        return None
    entity = rng.choice(entities)
    e = entity_words(entity, rng, many=True)
    numbers = [f for f in _of(d, entity, *_NUMBER) if not any(w in f.name for w in _NOT_SUMMED)]
    groups = [f for f in d.fields(entity) if f.type in _GROUPABLE and d.free(f"f:{entity.name}.{f.name}")]
    dates = [f for f in _of(d, entity, T.date, T.datetime) if d.free(f"f:{entity.name}.{f.name}")]
    choices = [f for f in _of(d, entity, T.choice) if d.free(f"f:{entity.name}.{f.name}")]
    w: dict[str, Any] = {"entity": entity.name}
    roll = rng.random()
    if roll < 0.35 and numbers and groups:
        n, g = rng.choice(numbers), rng.choice(groups)
        words = f"{_amount_words(n, rng)} {rng.choice(['per', 'per', 'by', 'for each'])} {field_words(g, rng)}"
        w |= {"type": rng.choice(["bar", "bar", "pie"]), "aggregate": "sum", "field": n.name, "group_by": g.name}
        ask = rng.choice(["{w}", "a {t} chart of {w}", "chart: {w}", "total {w}", "{t} chart {w}", "{w} as a {t}"])
    elif roll < 0.55 and groups:
        g = rng.choice(choices or groups)
        words = f"{e} by {field_words(g, rng)}"
        w |= {"type": rng.choice(["pie", "bar"]), "aggregate": "count", "group_by": g.name}
        ask = rng.choice(["{w}", "a {t} chart of {w}", "breakdown of {w}", "count of {w}"])
    elif roll < 0.7 and dates:
        g = rng.choice(dates)
        period = rng.choice(["day", "week", "month"])
        if numbers and rng.random() < 0.4:
            # A total over time: "revenue per month", "kg harvested by week".
            n = rng.choice(numbers)
            words = f"{_amount_words(n, rng)} {rng.choice(['per', 'by', 'each'])} {period}"
            w |= {"type": rng.choice(["line", "line", "bar"]), "aggregate": "sum", "field": n.name, "group_by": g.name,
                  "period": period}
            ask = rng.choice(["{w}", "a {t} chart of {w}", "{w} chart", "chart of {w}"])
        else:
            words = f"{e} per {period}"
            w |= {"type": "line", "aggregate": "count", "group_by": g.name, "period": period}
            ask = rng.choice(["{w}", "a line chart of {w}", "{w} over time", "trend of {w}"])
    elif roll < 0.85 and numbers:
        n = rng.choice(numbers)
        agg = rng.choice(["sum", "avg", "max"])
        nw = field_words(n, rng)
        words = nw if nw.startswith(("total", "average")) else f"{ {'sum': 'total', 'avg': 'average', 'max': 'highest'}[agg]} {nw}"
        w |= {"type": "stat", "aggregate": agg, "field": n.name}
        ask = rng.choice(["{w}", "a tile with {w}", "show the {w}", "the {w} as a number"])
    elif choices and rng.random() < 0.5:
        g = rng.choice(choices)
        opt = rng.choice(g.options).value
        words = f"{opt.lower()} {e}"
        w |= {"type": "stat", "aggregate": "count", "filters": [{"field": g.name, "op": "eq", "value": opt}]}
        ask = rng.choice(["how many {w} there are", "count of {w}", "number of {w}"])
    else:
        words = e
        w |= {"type": "stat", "aggregate": "count"}
        ask = rng.choice(["how many {w} we have", "a count of {w}", "total number of {w}"])
    w["title"] = sentence(words.replace("_", " "))
    uses = [w.get("field"), w.get("group_by")] + [x["field"] for x in w.get("filters", [])]
    d.claim(*[f"f:{entity.name}.{u}" for u in uses if u])
    return w, ask.format(w=keep(words), t=w["type"])


def add_widget(d: Draft, rng: random.Random) -> Intent | None:
    boards = _views(d, ViewType.dashboard)
    made = widget_for(d, rng)
    if made is None:
        return None
    widget, ask = made
    if not boards:
        name = rng.choice(["dashboard", "stats", "overview", "reports"])
        if d.taken(name):
            return None
        d.new_names.append(name)
        d.claim(f"v:{name}", "nav")
        text = rng.choice([f"add a {keep(name)} with {ask}", f"can u add a {keep(name)} w {ask}",
                           f"I want a {keep(name)} page showing {ask}"])
        view = {"name": name, "type": "dashboard", "title": sentence(name), "widgets": [widget]}
        return [{"op": "add_view", "view": view}], Clause(text, text.startswith(("add", "can")))
    board = rng.choice(boards)
    d.claim(f"v:{board.name}")
    where = "" if len(boards) == 1 and rng.random() < 0.6 else f" on {view_words(board, rng)}"
    text = rng.choice([f"show {ask}{where}", f"add {ask}{where}", f"I want to see {ask}{where}",
                       f"put {ask}{where}", f"can the dashboard show {ask}"])
    return [{"op": "add_widget", "view": board.name, "widget": widget}], Clause(text, not text.startswith(("I", "can")))


def change_widget(d: Draft, rng: random.Random) -> Intent | None:
    pairs = [(v, w) for v in _views(d, ViewType.dashboard) for w in v.widgets if d.free(f"e:{w.entity}")]
    if not pairs:
        return None
    view, widget = rng.choice(pairs)
    d.claim(f"v:{view.name}")
    title = widget.title.lower()
    if widget.type.value in ("bar", "pie") and rng.random() < 0.6:
        to = "pie" if widget.type.value == "bar" else "bar"
        text = rng.choice([f"make the {title} chart a {to} chart", f"{title} as a {to} chart instead",
                           f"switch {title} to {to}"])
        return [{"op": "configure_widget", "view": view.name, "widget": widget.title, "type": to}], Clause(text)
    text = rng.choice([f"remove the {title} chart", f"we don't need {title} on the dashboard",
                       f"take {title} off {view_words(view, rng)}", f"drop the {title} widget"])
    return [{"op": "remove_widget", "view": view.name, "widget": widget.title}], Clause(text, text[0] != "w")


def configure_view(d: Draft, rng: random.Random) -> Intent | None:
    views = [v for v in _views(d) if v.entity is not None]
    if not views:
        return None
    view = rng.choice(views)
    entity = d.spec.entity(view.entity or "")
    if entity is None:
        return None
    if any(not d.free(f"f:{entity.name}.{n}") for n in view.fields):
        return None
    v = view_words(view, rng)
    op: dict[str, Any] = {"op": "configure_view", "view": view.name}
    roll = rng.random()
    extra = [f for f in d.fields(entity) if f.name not in view.fields and f.type != T.many_to_many]
    sortable = [f for f in d.fields(entity) if f.type not in _SORTABLE_NOT]
    choices = _of(d, entity, T.choice)
    if roll < 0.3 and view.fields and extra:
        f = rng.choice(extra)
        op["fields"] = [*view.fields, f.name]
        text = rng.choice([f"show {field_words(f, rng)} on {v} too", f"add the {field_words(f, rng)} column to {v}",
                           f"{v} should also show {field_words(f, rng)}"])
    elif roll < 0.45 and len(view.fields) > 1:
        f = rng.choice(view.fields)
        op["fields"] = [n for n in view.fields if n != f]
        words = field_words(entity.field(f), rng) if entity.field(f) else f.replace("_", " ")
        text = rng.choice([f"hide {words} on {v}", f"take {words} off {v}", f"{v} doesn't need to show {words}"])
    elif roll < 0.55 and view.type == ViewType.kanban and len(choices) > 1:
        g = rng.choice([c for c in choices if c.name != view.group_by])
        op["group_by"] = g.name
        text = rng.choice([f"group {v} by {field_words(g, rng)} instead", f"{v} columns should be {field_words(g, rng)}"])
    elif roll < 0.7 and sortable and view.type in (ViewType.table, ViewType.cards, ViewType.kanban):
        f = rng.choice(sortable)
        desc = rng.random() < 0.5
        op["sort"] = [{"field": f.name, "desc": desc}]
        order = rng.choice(["newest first", "highest first", "descending", "z-a"] if desc else
                           ["oldest first", "a-z", "ascending", "lowest first", ""])
        text = f"sort {v} by {field_words(f, rng)} {order}".strip()
    elif roll < 0.8 and choices and not view.filters and view.type in (ViewType.table, ViewType.cards, ViewType.calendar):
        g = rng.choice(choices)
        opt = rng.choice(g.options).value
        op["filters"] = [{"field": g.name, "op": "eq", "value": opt}]
        text = rng.choice([f"{v} should only show {opt.lower()} ones", f"only {opt.lower()} {entity_words(entity, rng)}"
                           f" in {v}", f"filter {v} to {field_words(g, rng)} = {opt}"])
    elif roll < 0.88 and view.type == ViewType.table:
        n = rng.choice([10, 20, 50, 100])
        op["page_size"] = n
        text = rng.choice([f"show {n} per page in {v}", f"{v}: {n} rows per page", f"{n} rows a page on {v}"])
    else:
        title = rng.choice(["All " + entity.plural_title.lower(), "Overview", "Today", "Main list", "Pipeline",
                            "This week", "Schedule", "Inbox", "Board", "Everything"])
        if title == view.title:
            return None
        op["title"] = title
        text = rng.choice([f"rename {v} to '{keep(title)}'", f"call {v} {keep(title)}", f"{v} title: {keep(title)}"])
    uses = [op.get("group_by")] + [k["field"] for k in op.get("sort", []) + op.get("filters", [])]
    d.claim(f"v:{view.name}", *[f"f:{entity.name}.{u}" for u in uses if u])
    return [op], Clause(text, text.split()[0] in ("show", "add", "hide", "take", "group", "sort", "filter",
                                                   "rename", "call"))


def remove_view(d: Draft, rng: random.Random) -> Intent | None:
    views = _views(d)
    if len(views) < 2:
        return None
    view = rng.choice(views)
    d.claim(f"v:{view.name}", "nav")
    v = view_words(view, rng)
    text = rng.choice([f"remove {v}", f"we don't need {v}", f"get rid of {v}", f"delete {v}", f"{v} can go",
                       f"drop {v}, nobody uses it"])
    return [{"op": "remove_view", "view": view.name}], Clause(text, text.split()[0] in ("remove", "get", "delete",
                                                                                          "drop"))


def nav_or_home(d: Draft, rng: random.Random) -> Intent | None:
    nav = [n for n in d.spec.nav if d.free(f"v:{n}")]
    if not d.free("nav") or len(nav) != len(d.spec.nav) or len(nav) < 2:
        return None
    d.claim("nav")
    name = rng.choice(nav[1:])
    view = d.spec.view(name)
    if view is None:
        return None
    v = view_words(view, rng)
    roll = rng.random()
    if roll < 0.4 and d.spec.home != name:
        text = rng.choice([f"make {v} the home page", f"open on {v} by default", f"start page should be {v}",
                           f"land on {v} when I open the app"])
        return [{"op": "set_home", "view": name}], Clause(text, text.startswith(("make", "open", "land")))
    if roll < 0.7:
        text = rng.choice([f"put {v} first in the menu", f"move {v} to the top of the nav", f"{v} first in the menu"])
        return [{"op": "set_nav", "views": [name, *[n for n in nav if n != name]]}], Clause(text, text[0] in "pm")
    text = rng.choice([f"hide {v} from the menu", f"take {v} out of the nav", f"{v} doesn't need to be in the menu"])
    return [{"op": "set_nav", "views": [n for n in nav if n != name]}], Clause(text, text[0] in "ht")


# --- people and access ----------------------------------------------------------------------------------------

_ACTIONS = {"delete": ["delete", "remove", "cancel"], "update": ["edit", "change", "update"],
            "create": ["add", "create"], "read": ["see", "view"]}


def add_role(d: Draft, rng: random.Random) -> Intent | None:
    fresh = [r for r in ROLE_IDEAS if not d.taken(r)]
    if not fresh:
        return None
    role = rng.choice(fresh)
    d.new_names.append(role)
    d.claim(f"r:{role}")
    r = keep(role)
    text = rng.choice([f"add {a(r)} role", f"we need {a(r)} role", f"there should be {r}s as well",
                       f"new role: {r}", f"add {r} as a role"])
    return [{"op": "add_role", "role": role}], Clause(text, text.startswith("add"))


def remove_role(d: Draft, rng: random.Random) -> Intent | None:
    named = [r for p in d.spec.permissions for r in p.roles]
    roles = [r for r in d.spec.roles if r.name not in named and d.free(f"r:{r.name}")]
    if not roles:
        return None
    role = rng.choice(roles)
    d.claim(f"r:{role.name}")
    r = (role.label or role.name.replace("_", " ")).lower()
    text = rng.choice([f"remove the {r} role", f"we don't need {plural(r)} anymore", f"get rid of the {r} role",
                       f"no more {r} role"])
    return [{"op": "remove_role", "role": role.name}], Clause(text, text[0] in "rg")


def set_permission(d: Draft, rng: random.Random) -> Intent | None:
    entities = d.entities()
    if not entities:
        return None
    entity = rng.choice(entities)
    action = rng.choice(["delete", "delete", "update", "create", "read"])
    key = f"p:{entity.name}.{action}"
    if not d.free(key):
        return None
    ops: list[dict[str, Any]] = []
    roles = [r.name for r in d.spec.roles if d.free(f"r:{r.name}")]
    roll = rng.random()
    if (not roles or rng.random() < 0.25) and not 0.25 <= roll < 0.35:
        fresh = [r for r in ROLE_IDEAS if not d.taken(r)]
        role = rng.choice(fresh)
        ops.append({"op": "add_role", "role": role})
        d.new_names.append(role)
        d.claim(f"r:{role}")
        roles = [role]
    d.claim(key, *[f"r:{r}" for r in roles])
    e, verb = entity_words(entity, rng, many=True), rng.choice(_ACTIONS[action])
    if roll < 0.25 and action != "create":
        role = rng.choice(roles)
        ops.append({"op": "set_permission", "entity": entity.name, "action": action, "roles": [role], "own": True})
        rs = keep(plural(role.replace("_", " ")))
        text = rng.choice([f"{rs} can only {verb} their own {e}", f"{rs} only {verb} their own {e}",
                           f"let {rs} {verb} just the {e} they created"])
    elif 0.25 <= roll < 0.35:
        who = rng.choice(["everyone", "signed_in"])
        ops.append({"op": "set_permission", "entity": entity.name, "action": action, "roles": [who]})
        text = rng.choice([f"anyone can {verb} {e}", f"everybody should be able to {verb} {e}"] if who == "everyone"
                          else [f"any logged in user can {verb} {e}", f"all signed in users may {verb} {e}"])
    else:
        chosen = sorted(rng.sample(roles, min(len(roles), rng.choice([1, 1, 2]))), key=roles.index)
        ops.append({"op": "set_permission", "entity": entity.name, "action": action, "roles": chosen})
        who = listing([keep(plural(r.replace("_", " "))) for r in chosen], rng)
        others = [r for r in d.spec.roles if r.name not in chosen and d.free(f"r:{r.name}")]
        second = [x for x in entities if x is not entity and d.free(f"p:{x.name}.{action}")]
        if second and rng.random() < 0.2:
            # One rule said of two things: "only coaches can delete books or sessions".
            other = rng.choice(second)
            d.claim(f"p:{other.name}.{action}")
            ops.append({"op": "set_permission", "entity": other.name, "action": action, "roles": chosen})
            e = f"{e} {rng.choice(['or', 'and', '/', 'or'])} {entity_words(other, rng, many=True)}"
        if others and rng.random() < 0.5:
            # Said as who may not, then who may: "managers shouldn't remove timesheets, only volunteers".
            no = keep(plural(rng.choice(others).name.replace("_", " ")))
            text = rng.choice([f"{no} shouldn't {verb} {e}, only {who}", f"{no} can't {verb} {e} - just {who}",
                               f"don't let {no} {verb} {e}, only {who} can", f"{no} should not {verb} {e}; {who} only"])
        else:
            text = rng.choice([f"only {who} can {verb} {e}", f"just {who} should be able to {verb} {e}",
                               f"{verb.removesuffix('e')}ing {e} is for {who} only",
                               f"don't let anyone but {who} {verb} {e}", f"only {who} may {verb} {e}"])
    if ops[0]["op"] == "add_role" and rng.random() < 0.5:
        text = f"add {a(keep(ops[0]['role']))} role and " + text
    return ops, Clause(text, text.startswith(("let", "add", "don't")))


def remove_permission(d: Draft, rng: random.Random) -> Intent | None:
    perms = [p for p in d.spec.permissions if d.free(f"e:{p.entity}") and d.free(f"p:{p.entity}.{p.action}")]
    if not perms:
        return None
    p = rng.choice(perms)
    entity = d.spec.entity(p.entity)
    if entity is None:
        return None
    d.claim(f"p:{p.entity}.{p.action}")
    e, verb = entity_words(entity, rng, many=True), rng.choice(_ACTIONS[p.action])
    text = rng.choice([f"anyone can {verb} {e} again", f"remove the restriction on who can {verb} {e}",
                       f"let everyone {verb} {e}", f"drop the {p.action} rule on {e}"])
    return [{"op": "remove_permission", "entity": p.entity, "action": p.action}], Clause(text, text[0] in "rld")


def set_auth(d: Draft, rng: random.Random) -> Intent | None:
    if not d.free("auth"):
        return None
    d.claim("auth")
    auth = d.spec.auth
    roll = rng.random()
    if roll < 0.45:
        if auth.access == "signin":
            text = rng.choice(["make the app public", "no login needed", "anyone should be able to use it without "
                               "signing in", "open it up to the public", "drop the sign in"])
            return [{"op": "set_auth", "access": "public"}], Clause(text, text[0] in "mod")
        text = rng.choice(["people should have to log in", "make it private", "require sign in", "lock it behind a "
                           "login"])
        return [{"op": "set_auth", "access": "signin"}], Clause(text, text[0] in "mrl")
    if roll < 0.75 or not d.spec.roles:
        if auth.signup:
            text = rng.choice(["turn off sign ups", "invite only please", "no new accounts", "stop people signing up"])
            return [{"op": "set_auth", "signup": False}], Clause(text, text[0] in "ts")
        text = rng.choice(["let people sign up", "allow new accounts", "open sign ups"])
        return [{"op": "set_auth", "signup": True}], Clause(text)
    role = rng.choice(d.spec.roles).name
    text = rng.choice([f"new users should be {plural(role.replace('_', ' '))} by default",
                       f"make {role.replace('_', ' ')} the default role"])
    return [{"op": "set_auth", "default_role": role}], Clause(text, text[0] == "m")


# --- look and name --------------------------------------------------------------------------------------------


def set_theme(d: Draft, rng: random.Random) -> Intent | None:
    if not d.free("theme"):
        return None
    d.claim("theme")
    if d.spec.theme.dark and rng.random() < 0.3:
        # A dark app is mostly asked to be light again, in few words.
        text = rng.choice(["light mode instead", "light mode pls", "back to light mode", "turn off dark mode",
                           "no more dark mode", "make it light again", "switch to the light theme"])
        return [{"op": "set_theme", "dark": False}], Clause(text, text.startswith(("turn", "make", "switch")))
    theme, words = theme_words(rng, d.spec.theme.dark)
    text = listing(words, rng)
    if rng.random() < 0.3:
        text = rng.choice(["change the look: ", "theme: ", "can it have ", "styling - "]) + text
    return [{"op": "set_theme", **theme}], Clause(text, False)


def set_app(d: Draft, rng: random.Random) -> Intent | None:
    if not d.free("app"):
        return None
    d.claim("app")
    if rng.random() < 0.8:
        title = rng.choice(TITLE_WORDS)
        if title == d.spec.title:
            return None
        t = keep(title)
        text = rng.choice([f"call the app {t}", f"rename the app to {t}", f"the app's name should be {t}",
                           f"title: {t}", f"change the title to '{t}'"])
        return [{"op": "set_app", "title": title}], Clause(text, text[0] in "rc")
    desc = rng.choice(["Run by volunteers", "Internal use only", "Our team's shared tracker", "Everything in one place"])
    text = rng.choice([f"set the description to '{keep(desc)}'", f"description: {keep(desc)}"])
    return [{"op": "set_app", "description": desc}], Clause(text, text[0] == "s")


def configure_entity(d: Draft, rng: random.Random) -> Intent | None:
    entities = d.entities()
    if not entities:
        return None
    entity = rng.choice(entities)
    d.claim(f"e:{entity.name}")
    e = entity_words(entity, rng, many=True)
    sortable = [f for f in d.fields(entity) if f.type not in _SORTABLE_NOT]
    texts = [f for f in d.fields(entity) if f.type in (T.text, T.email) and f.name != entity.display_field]
    roll = rng.random()
    if roll < 0.4 and sortable:
        f = rng.choice(sortable)
        desc = rng.random() < 0.4
        text = f"sort {e} by {field_words(f, rng)}{' newest first' if desc else ''} by default"
        d.claim(f"f:{entity.name}.{f.name}")
        return [{"op": "configure_entity", "entity": entity.name, "order_by": [{"field": f.name, "desc": desc}]}], \
            Clause(text)
    if roll < 0.7 and texts:
        f = rng.choice(texts)
        d.claim(f"f:{entity.name}.{f.name}")
        text = rng.choice([f"show {e} by their {field_words(f, rng)}", f"name {e} by {field_words(f, rng)} in "
                           "dropdowns"])
        return [{"op": "configure_entity", "entity": entity.name, "display_field": f.name}], Clause(text)
    emoji = rng.choice(EMOJIS)
    text = rng.choice([f"use {keep(emoji)} as the icon for {e}", f"give {e} the {keep(emoji)} icon"])
    return [{"op": "configure_entity", "entity": entity.name, "icon": emoji}], Clause(text)
