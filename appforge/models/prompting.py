"""How a general-purpose model is asked for operations, and how its answer is checked.

A general model knows nothing of appforge: it gets a system prompt that teaches the operations language (the table
of docs/operations.md, condensed) and the app as it stands as JSON, and is asked for `{"operations": [...]}`. Where
the provider supports it the answer is constrained by the JSON Schema of `answer_json_schema()` (OpenAI's
`response_format` json_schema, Anthropic's forced tool call). Structured output still does not make the answer
*right*: `check_answer` parses it and applies it to a copy of the spec with `apply_operations`, so an answer the
spec refuses is caught here, gets one repair round (the refusal is sent back), and then counts as garbage.

Provider adapters share `propose_with_repair`; they only differ in how one round trip is made.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from appforge.models import Proposal, new_app
from appforge.spec.model import AppSpec
from appforge.spec.operations import (
    Operation,
    OperationError,
    apply_operations,
    operations_json_schema,
    parse_operations,
)

OPERATIONS_LANGUAGE = """\
You change web apps for appforge. An app is a JSON spec (entities with fields, views, roles, permissions, auth,
theme). You never write code: you answer with operations that appforge applies to the spec, all or none.

Answer with one JSON object and nothing else: {"operations": [ ... ], "note": "optional short words for the person"}.
If the message asks for nothing you can build, answer {"operations": [], "note": "what to ask for instead"}.

Operations (keys with ? are optional):
- add_entity: entity, label?, plural?, icon?, display_field?, fields[] (each {name, type, ...}): a new entity (table)
- rename_entity: entity, to, label?   remove_entity: entity   restore_entity: entity
- configure_entity: entity, label?, plural?, icon?, display_field?, order_by?
- add_field: entity, field{name, type, label?, required?, unique?, default?, min?, max?, options?, currency?,
  target?, formula?}, after?
  field types: text, long_text, integer, decimal, money, boolean, date, datetime, time, email, url, phone, choice,
  tags, rating, reference (target: an entity), computed (formula), and the others the schema lists
- rename_field: entity, field, to, label?   remove_field: entity, field   restore_field: entity, field
- change_type: entity, field, type, options?, currency?, target?, formula?
- set_field: entity, field, label?, help?, required?, unique?, default?, min?, max?, pattern?, options?, currency?,
  formula? (only the keys given change; null clears)
- add_option / remove_option: entity, field, value, color?  (one option of a choice or tags field)
- add_view: view{name, type (table, cards, kanban, calendar, detail, form, dashboard), entity, ...}, in_nav?
- configure_view: view, title?, fields?, group_by?, date_field?, image_field?, filters?, sort?, page_size?
- remove_view: view
- add_widget / configure_widget / remove_widget: view, widget (title or id), ...  (dashboard tiles and charts)
- add_role / remove_role: role, label?
- set_permission: entity, action (read, create, update, delete), roles[], own?, any_row[]? (with own: roles that
  may act on every row besides)   remove_permission: entity, action
- set_auth: access (public or signin)?, signup?, default_role?, owner_role?
- set_theme: name?, primary?, background?, text?, accent?, dark?, font?, radius?, icon?  (colours as #rrggbb)
- set_app: title?, description?   set_nav: views[]   set_home: view
- seed_rows: entity, rows[]  (sample rows)
- add_block: block{name, title?, view? (leave out for the home page), html, css?, height? (px)}
  configure_block: block, title?, view?, html?, css?, height?   remove_block: block
  Only for what no other operation can say (a bespoke page section, custom CSS). The html and css (at most 20 KB
  each) are shown in a sandboxed iframe with no network, no cookies and no access to the app's data or page.

Names are lower_snake_case. Refer only to entities, fields, views and roles that exist in the app or that an
earlier operation of your answer adds. Example:
{"operations": [{"op": "add_field", "entity": "appointment", "field": {"name": "tip", "type": "money",
"currency": "EUR"}}, {"op": "set_permission", "entity": "appointment", "action": "delete", "roles": ["manager"]}]}
"""

NEW_APP = "There is no app yet: build a new one from the message (start with add_entity operations)."


def system_prompt() -> str:
    """The instructions; the app as it stands goes in a message of its own (`spec_message`)."""
    return OPERATIONS_LANGUAGE


def spec_message(base: AppSpec | None) -> str | None:
    """The app as it stands, as spec JSON alone (an OpenAI-compatible server that reads a system message starting
    with '{' as the app, like appforge's own /v1 endpoint, understands it too); None for a new app."""
    if base is None:
        return None
    return json.dumps(base.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False)


def app_context(base: AppSpec | None) -> str:
    """The app as it stands, introduced in words (for providers with a single system text)."""
    spec = spec_message(base)
    return NEW_APP if spec is None else "The app as it stands (spec JSON):\n" + spec


def answer_json_schema() -> dict[str, Any]:
    """The JSON Schema of a whole answer, {"operations": [operation...], "note": ...}, with the operation schema's
    $defs moved to the top so that its references still resolve."""
    operation = operations_json_schema()
    defs = operation.pop("$defs", {})
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "operations": {"type": "array", "items": operation},
            "note": {"type": ["string", "null"]},
        },
        "required": ["operations"],
    }
    if defs:
        schema["$defs"] = defs
    return schema


def repair_request(message: str, problem: str) -> str:
    """The one repair round: the refusal in words, and the original request again (a server that reads only the
    last user message, like appforge's own, still sees what was asked)."""
    return (f"Your answer could not be used: {problem}\n"
            "Answer again with the whole corrected JSON object {\"operations\": [...]}, nothing else.\n"
            f"The request was: {message}")


class AnswerError(ValueError):
    """An answer that is not usable: not JSON, not the answer's shape, or operations the spec refuses."""


@dataclass
class Checked:
    operations: list[Operation]
    note: str | None


def _json_of(answer: str | dict[str, Any] | None) -> Any:
    if answer is None:
        raise AnswerError("the answer was empty")
    if isinstance(answer, dict):
        return answer
    text = answer.strip()
    if text.startswith("```"):  # a fenced block despite the instructions: read what is inside
        text = text.strip("`")
        text = text[text.find("\n") + 1:] if "\n" in text else text
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerError(f"the answer is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def check_answer(answer: str | dict[str, Any] | None, base: AppSpec | None) -> Checked:
    """The operations of an answer, parsed and proven to apply to `base` (a copy: `base` never changes)."""
    data = _json_of(answer)
    if not isinstance(data, dict) or not isinstance(data.get("operations"), list):
        raise AnswerError('the answer must be a JSON object {"operations": [...]} with a list of operations')
    note = data.get("note")
    try:
        operations = parse_operations(data["operations"])
        apply_operations(base if base is not None else new_app(), operations)
    except OperationError as exc:
        raise AnswerError(f"the operations were refused: {exc}") from None
    return Checked(operations, note if isinstance(note, str) and note.strip() else None)


# One round trip: the conversation so far (role, text) -> the answer (text, or a parsed tool input).
RoundTrip = Callable[[list[tuple[str, str]]], "str | dict[str, Any] | None"]


def propose_with_repair(name: str, message: str, base: AppSpec | None, round_trip: RoundTrip) -> Proposal:
    """Ask, check, and on an unusable answer ask once more with the problem; raise AnswerError if that fails too.

    Transport errors (timeouts, 5xx) are not caught here: the router retries those, and repairing cannot help.
    """
    conversation: list[tuple[str, str]] = [("user", message)]
    answer = round_trip(conversation)
    try:
        checked = check_answer(answer, base)
    except AnswerError as first:
        previous = answer if isinstance(answer, str) else json.dumps(answer)
        conversation += [("assistant", previous or ""), ("user", repair_request(message, str(first)))]
        answer = round_trip(conversation)
        try:
            checked = check_answer(answer, base)
        except AnswerError as second:
            first_too = f"; first: {first}" if str(first) != str(second) else ""
            raise AnswerError(f"{second} (also after one repair round{first_too})") from None
        return Proposal(checked.operations, name, _join("repaired after: " + str(first), checked.note))
    return Proposal(checked.operations, name, checked.note)


def _join(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "; ".join(kept) if kept else None
