"""Changes to an existing app: the `keyword-rules` baseline's answer when a base spec is given.

`_edit` splits the message into clauses and reads each as one change (rename, remove, retype, a constraint, a new
entity, new options, new fields, a board, calendar or chart, a permission rule), resolving the words against the
spec as the earlier clauses left it. It exists apart from the create rules because an edit is mostly about finding
what is already there (`_find_entity`, `_find_field`) and touching only that.
"""

from __future__ import annotations

import re
from typing import Any

from appforge.evaluation.checklist import norm
from appforge.models.baselines.reading import (
    ACTIONS,
    STATUS_DEFAULT,
    STOP,
    _entity_name,
    _ident,
    _normalise,
    _options,
    _roles_and_rules,
    _split_items,
    _widgets,
    look_and_access,
    parse_field,
    singular,
)
from appforge.spec.model import AppSpec, Entity, Field
from appforge.spec.operations import apply_operations


def _words(phrase: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", phrase.lower()) if w not in STOP]


def _main_entity(spec: AppSpec) -> Entity | None:
    """The entity a message that names none most likely means: the one with the most fields."""
    return max(spec.entities, key=lambda e: len(e.fields), default=None)


def _find_entity(phrase: str, spec: AppSpec) -> Entity | None:
    words = [norm(w) for w in _words(phrase)]
    joined = norm("".join(_words(phrase)))
    for e in spec.entities:
        keys = {norm(e.name), norm(e.label or ""), norm(e.plural or "")} - {""}
        if joined in keys:
            return e
    for e in spec.entities:
        keys = {norm(e.name), norm(e.label or ""), norm(e.name.split("_")[-1])} - {""}
        if any(w in keys for w in words):
            return e
    return None


def _find_field(phrase: str, spec: AppSpec, prefer: Entity | None = None) -> tuple[Entity, Field] | None:
    words = _words(phrase)
    if not words:
        return None
    candidates = [norm("_".join(words[i:j])) for i in range(len(words)) for j in range(len(words), i, -1)]
    entities = ([prefer] if prefer else []) + [e for e in spec.entities if e is not prefer]
    for key in candidates:
        for e in entities:
            for f in e.fields:
                if key in (norm(f.name), norm(f.label or "")):
                    return e, f
    for key in candidates:
        for e in entities:
            for f in e.fields:
                if key and key in norm(f.name).split() + [norm(p) for p in f.name.split("_")]:
                    return e, f
    return None


def _edit(message: str, base: AppSpec) -> list[dict[str, Any]]:
    from appforge.models.baselines import validated  # here, not at the top: the package imports this module

    text = _normalise(message)
    ops: list[dict[str, Any]] = []
    spec = base
    clauses = [c.strip() for c in re.split(r"[.!;\n]|,\s*and\b|\band also\b|,\s*(?=then\b)|\band (?=an? )", text)]
    verb = ""
    aliases: dict[str, str] = {}
    for clause in clauses:
        if not clause:
            continue
        clause = " ".join(aliases.get(norm(w), w) for w in clause.split())
        first = clause.split()[0]
        if first in ("add", "remove", "rename", "delete", "drop"):
            verb = first
        elif first in ("a", "an") and verb:
            last = next((o.get("entity") for o in reversed(ops) if isinstance(o.get("entity"), str)), None)
            if last and _find_entity(clause, spec) is None:
                clause += f" to {last}"  # "add X to the appointment status and a tip field": the tip goes there too
            clause = f"{verb} {clause}"
        found = _edit_clause(clause, spec, [e.name for e in spec.entities])
        # Later clauses read the app as the earlier ones left it ("rename service to treatment, and ... services").
        proposal = validated(found, spec, "keyword-rules")
        if proposal.operations:
            spec = apply_operations(spec, proposal.operations)
            ops += [op.model_dump(mode="json", exclude_unset=True) | {"op": op.op} for op in proposal.operations]
            aliases |= {norm(op.entity): op.to for op in proposal.operations if op.op == "rename_entity"}
    return ops + look_and_access(text)


def _edit_clause(clause: str, base: AppSpec, names: list[str]) -> list[dict[str, Any]]:
    if re.search(r"\b(only|can'?t|cannot|shouldn'?t|should not|can only|readable|see only)\b", clause) and re.search(
            r"\b(delete|edit|change|read|see|view|create|add|cancel|remove)", clause):
        rules = _rules_edit(clause, base)
        if rules:
            return rules
    m = re.search(r"rename (?:the )?(.+?) (?:to|as|into) (.+)", clause) or re.search(
        r"(.+?) should be called (.+)", clause) or re.search(r"call (?:the )?(.+?) (.+?) instead", clause)
    if m:
        return _rename(m.group(1), m.group(2), base)
    if re.search(r"chart|graph|dashboard|\bpie\b|stat\b", clause):
        widgets = _widgets(clause, base)
        if widgets:
            dash = next((v for v in base.views if v.type.value == "dashboard"), None)
            ops: list[dict[str, Any]] = []
            if dash is None:
                ops.append({"op": "add_view", "view": {"name": "dashboard", "type": "dashboard"}})
            return ops + [{"op": "add_widget", "view": dash.name if dash else "dashboard", "widget": w}
                          for w in widgets]
    if re.search(r"calendar", clause):
        entity = _find_entity(clause, base) or next((e for e in base.entities if any(
            f.type.value in ("date", "datetime") for f in e.fields)), None)
        date = next((f for f in entity.fields if f.type.value in ("date", "datetime")), None) if entity else None
        if entity and date:
            return [{"op": "add_view", "view": {"name": f"{entity.name}_calendar", "type": "calendar",
                                                "entity": entity.name, "date_field": date.name}}]
    if re.search(r"\bboard\b|kanban", clause):
        return _board(clause, base)
    m = re.search(r"(?:remove|delete|drop|get rid of|ditch|lose)\s+(?:the\s+)?(.+)", clause) or re.search(
        r"(?:don'?t|do not|dont) need (?:the )?(.+?)(?: any ?more)?$", clause)
    if m:
        target = m.group(1)
        if target.strip() in ("it", "that", "them", "this"):
            target = clause[: m.start()]
        return _remove(target, base)
    m = re.search(r"(.+?) should be (?:a |an )?(free text|text|a number|number|date|dropdown|choice|money|yes/no)", clause)
    if m:
        return _retype(m.group(1), m.group(2), base)
    constraint = _constraint(clause, base)
    if constraint:
        return constraint
    new = _new_entity_edit(clause, base)
    if new:
        return new
    quoted = re.findall(r"['\"]([^'\"]+)['\"]", clause)
    option = _options_edit(clause, quoted, base)
    if option is not None:
        return option
    return _add_fields(clause, quoted, base)


def _new_entity_edit(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    """'feedings: hive, date, syrup litres' or 'add a treatment notes entity linked to appointments'."""
    m = re.match(r"^(?:add )?(?:an? )?([a-z ]+?)\s*:\s*(.+)$", clause)
    fields: list[dict[str, Any]] = []
    if m and _find_entity(m.group(1), base) is None and _find_field(m.group(1), base) is None and len(
            m.group(1).split()) <= 3 and m.group(1).split()[-1].endswith("s"):
        name, items = _entity_name(m.group(1)), _split_items(m.group(2))
    else:
        m = re.search(r"(?:add |new )(?:an? )?(?:new )?([a-z ]+?) (?:entity|table|list)(?: (?:linked|related|connected) "
                      r"to ([a-z ]+))?", clause)
        if not m:
            return []
        name, items = _entity_name(m.group(1)), [m.group(2)] if m.group(2) else []
    if name is None or base.entity(name) is not None:
        return []
    for item in items:
        target = _find_entity(item, base)
        field = {"name": target.name, "type": "reference", "target": target.name} if target else parse_field(item)
        if field and field["name"] not in {f["name"] for f in fields}:
            fields.append(field)
    if not any(f["type"] == "text" for f in fields):
        fields.insert(0, {"name": "name" if not items else "title", "type": "text"})
    return [{"op": "add_entity", "entity": name, "fields": fields},
            {"op": "add_view", "view": {"name": f"{name}_list", "type": "table", "entity": name}}]


def _rename(old: str, new: str, base: AppSpec) -> list[dict[str, Any]]:
    new_name = _ident(" ".join(_words(new)) or new)
    entity = _find_entity(old, base)
    hit = _find_field(old, base, entity)
    if entity is not None and (hit is None or norm("".join(_words(old))) in {norm(entity.name), norm(entity.label or "")}):
        return [{"op": "rename_entity", "entity": entity.name, "to": singular(new_name), "label": None}]
    if hit:
        return [{"op": "rename_field", "entity": hit[0].name, "field": hit[1].name, "to": new_name}]
    return []


def _remove(target: str, base: AppSpec) -> list[dict[str, Any]]:
    target = re.sub(r"\b(thing|field|column|its pointless|it'?s pointless|anymore|any more|pls|please)\b", "", target)
    hit = _find_field(target, base)
    if hit:
        return [{"op": "remove_field", "entity": hit[0].name, "field": hit[1].name}]
    entity = _find_entity(target, base)
    return [{"op": "remove_entity", "entity": entity.name}] if entity else []


def _retype(phrase: str, kind: str, base: AppSpec) -> list[dict[str, Any]]:
    hit = _find_field(phrase, base)
    types = {"free text": "text", "text": "text", "a number": "decimal", "number": "decimal", "date": "date",
             "money": "money", "yes/no": "boolean"}
    if hit and kind in types:
        return [{"op": "change_type", "entity": hit[0].name, "field": hit[1].name, "type": types[kind]}]
    return []


def _constraint(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    settings: dict[str, Any] = {}
    if re.search(r"\brequired\b|\bmandatory\b", clause):
        settings["required"] = True
    if re.search(r"\bunique\b", clause):
        settings["unique"] = True
    m = re.search(r"(?:at least|min(?:imum)?)\s+(\d+)", clause)
    if m:
        settings["min"] = int(m.group(1))
    m = re.search(r"(?:at most|max(?:imum)?|no more than|up to)\s+(\d+)", clause)
    if m:
        settings["max"] = int(m.group(1))
    if not settings:
        return []
    hit = _find_field(re.sub(r"\d+", "", clause), base)
    return [{"op": "set_field", "entity": hit[0].name, "field": hit[1].name, **settings}] if hit else []


def _options_edit(clause: str, quoted: list[str], base: AppSpec) -> list[dict[str, Any]] | None:
    choice_fields = [(e, f) for e in base.entities for f in e.fields if f.type.value in ("choice", "tags")]
    if not choice_fields:
        return None
    prefer = _find_entity(clause, base)
    words = {norm(w) for w in re.findall(r"[a-z]+", clause)}
    named = [(e, f) for e, f in choice_fields if norm(f.name) in words or norm(f.name.split("_")[-1]) in words
             or norm(f.label or "-") in words]
    if prefer:
        named.sort(key=lambda ef: ef[0] is not prefer)
    values = quoted
    if not values:
        m = re.search(r"(?:add|with)\s+(?:an?\s+)?(?:option\s+)?([a-z][a-z \-]*)$", clause)
        if named and m and not re.search(r"\bto\b|\bfield\b", m.group(1)):
            rest = [w for w in m.group(1).split() if norm(w) not in {norm(named[0][1].name)} and w not in ("option",)]
            values = [" ".join(rest)] if rest else []
    if not named or not values:
        return None
    rest_of_clause = clause
    for v in values:
        rest_of_clause = rest_of_clause.replace(v.lower(), "")
    if re.search(r"\bfield\b", rest_of_clause) and quoted:
        return None
    entity, field = named[0]
    return [{"op": "add_option", "entity": entity.name, "field": field.name, "value": v[:1].upper() + v[1:]}
            for v in values]


def _add_fields(clause: str, quoted: list[str], base: AppSpec) -> list[dict[str, Any]]:
    m = (re.search(r"add (?:an? |the )?(.+?) (?:to|for|on) (?:the |all |each )?([a-z _]+)$", clause)
         or re.search(r"([a-z _]+?) (?:need|needs|should have|should also have|have|has|want|get) (?:an? |the |some )?(.+)$",
                      clause)
         or re.search(r"(?:add|want|need|include) (?:an? |the |some )?(.+)$", clause))
    if m is None:
        m2 = re.match(r"([a-z _]+?) for ([a-z _]+?)\s*:\s*(.+)$", clause)
        if not m2:
            return []
        what, where = m2.group(1) + ": " + m2.group(3), m2.group(2)
    elif m.re.pattern.startswith("add (?:an? |the )?(.+?) (?:to"):
        what, where = m.group(1), m.group(2)
    elif "need" in m.re.pattern and m.lastindex == 2:
        what, where = m.group(2), m.group(1)
    else:
        what, where = m.group(1), ""
    entity = _find_entity(where, base) if where else None
    if entity is None:
        entity = _find_entity(clause, base)
    if entity is None and re.match(r"^(?:add|i want|we need|need)\b", clause):
        entity = _main_entity(base)
    if entity is None:
        return []
    what = re.sub(rf"\s+(?:of|for|on) (?:the |a |an |each |every )?{re.escape(entity.name.split('_')[-1])}s?\b", "", what)
    what = re.sub(r"\b(too|also|field|column|as well)\b", "", what).strip()
    if ":" in what:
        name, _, opts = what.partition(":")
        name = quoted[0] if quoted else name
        options = _options(opts)
        kind = "tags" if norm(name.strip().split()[-1] if name.strip() else "") == "tag" else "choice"
        field_name = _ident(" ".join(w for w in _words(name) if norm(w) not in (norm(entity.name), norm(entity.label or "-"))) or "category")
        return [{"op": "add_field", "entity": entity.name,
                 "field": {"name": field_name, "type": kind, "options": [{"value": o} for o in options]}}]
    ops = []
    hint = re.search(r"\((money|date|number|text|yes/no|integer|decimal|email|phone|url|image)\)", what)
    for item in _split_items(re.sub(r"\([^)]*\)", "", what)):
        item = re.sub(r"^(?:an?|the|some)\s+", "", item)
        field = parse_field(item)
        if field is None or entity.field(field["name"]) is not None:
            continue
        if field["type"] == "choice" and not re.search(r"status|stage", field["name"]):
            field = {"name": field["name"], "type": "text"}
        if hint and len(_split_items(what)) >= 1 and item == _split_items(re.sub(r"\([^)]*\)", "", what))[-1]:
            field["type"] = {"number": "decimal", "yes/no": "boolean"}.get(hint.group(1), hint.group(1))
            field.pop("options", None)
        target = next((e.name for e in base.entities if e is not entity and norm(e.name) == norm(field["name"])), None)
        if target:
            field = {"name": field["name"], "type": "reference", "target": target}
        ops.append({"op": "add_field", "entity": entity.name, "field": field})
    if re.search(r"\bentity\b|\blinked to\b", clause) and ops:
        return []
    return ops


def _board(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    entity = _find_entity(clause, base) or base.entities[0] if base.entities else None
    if entity is None:
        return []
    group = next((f for f in entity.fields if f.type.value == "choice"), None)
    ops: list[dict[str, Any]] = []
    m = re.search(r"\(([^)]*)\)", clause)
    if group is None:
        group_name = "status"
        options = _options(m.group(1)) if m else STATUS_DEFAULT
        ops.append({"op": "add_field", "entity": entity.name,
                    "field": {"name": group_name, "type": "choice", "options": [{"value": o} for o in options]}})
    else:
        group_name = group.name
    ops.append({"op": "add_view", "view": {"name": f"{entity.name}_board", "type": "kanban", "entity": entity.name,
                                           "group_by": group_name}})
    return ops


def _rules_edit(clause: str, base: AppSpec) -> list[dict[str, Any]]:
    names = [e.name for e in base.entities]
    have = [r.name for r in base.roles]
    ops = _roles_and_rules(clause, names, have)
    m = re.search(r"([a-z]+?)s? (?:can'?t|cannot|shouldn'?t|should not|can not) ([a-z ]+?) ([a-z ]+?)(?:,? only (?:the )?"
                  r"([a-z]+))?$", clause)
    if m and not any(o["op"] == "set_permission" for o in ops):
        banned = singular(m.group(1))
        entity = _find_entity(m.group(3), base)
        action = next((ACTIONS[w] for w in m.group(2).split() if w in ACTIONS), None)
        if entity and action:
            allowed = [m.group(4)] if m.group(4) else [r for r in have if norm(r) != norm(banned)]
            allowed = [next((r for r in have if norm(r) == norm(singular(a))), _ident(singular(a))) for a in allowed]
            ops += [{"op": "add_role", "role": a} for a in allowed if a not in have]
            if allowed:
                ops.append({"op": "set_permission", "entity": entity.name, "action": action, "roles": allowed})
    m = re.search(r"(?:make )?(?:the )?([a-z ]+?) (readable|editable|deletable) only by ([a-z ,]+)", clause)
    if m:
        entity = _find_entity(m.group(1), base)
        action = {"readable": "read", "editable": "update", "deletable": "delete"}[m.group(2)]
        roles = [next((r for r in have if norm(r) == norm(w)), None) for w in re.split(r",|\band\b", m.group(3))]
        roles = [r for r in roles if r]
        if entity and roles:
            ops = [{"op": "set_permission", "entity": entity.name, "action": action, "roles": roles}]
    # An edit never re-designates the owner role: that would touch what was not asked.
    return [o for o in ops if not (o["op"] == "set_auth" and "owner_role" in o)]
