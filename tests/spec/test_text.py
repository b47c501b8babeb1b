"""The text form: it reads back to the same spec, hand-written text means what it says, and a mistake names its line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from appforge.spec.model import AppSpec, FieldType
from appforge.spec.text import TextFormError, from_text, to_text
from tests.strategies import specs

DOCS = Path(__file__).parents[2] / "docs" / "spec.md"
EXAMPLES = sorted((Path(__file__).parents[2] / "examples").glob("*.json"))
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

SALON = """\
app salon "Salon Bookings"
  description "Appointments for a small salon"
  access signin
  theme primary=#2f6f4f background=#fffff0 icon="✂️"
role manager "Manager"
role stylist
default_role stylist

entity client "Client"
  display name
  order -created_at
  name: text required
  email: email unique
  vip: boolean default=false
entity appointment "Appointment"
  client: reference(client) required
  starts_at: datetime required
  status: choice(booked:#3b82f6, done:#22c55e, cancelled) default=booked
  price: money(EUR) min=0
  tip: money(EUR) #tip_2
  total: computed = price + tip
view board kanban appointment "Board" group_by=status fields=client,starts_at
dashboard overview "Overview"
  stat "Appointments" count appointment
  bar "Revenue per client" sum appointment.price by client
  line "Bookings" count appointment by starts_at per week where status=booked
permission appointment delete manager
permission appointment update manager,stylist own
nav overview, board
home overview
seed client
  {"name": "Anna", "vip": true}
"""

SALON_JSON = {
    "name": "salon",
    "title": "Salon Bookings",
    "description": "Appointments for a small salon",
    "theme": {"primary": "#2f6f4f", "background": "#fffff0", "icon": "✂️"},
    "roles": [{"name": "manager", "label": "Manager"}, {"name": "stylist"}],
    "auth": {"access": "signin", "default_role": "stylist"},
    "entities": [
        {
            "name": "client",
            "label": "Client",
            "display_field": "name",
            "order_by": [{"field": "created_at", "desc": True}],
            "fields": [
                {"name": "name", "type": "text", "required": True},
                {"name": "email", "type": "email", "unique": True},
                {"name": "vip", "type": "boolean", "default": False},
            ],
        },
        {
            "name": "appointment",
            "label": "Appointment",
            "fields": [
                {"name": "client", "type": "reference", "target": "client", "required": True},
                {"name": "starts_at", "type": "datetime", "required": True},
                {
                    "name": "status",
                    "type": "choice",
                    "options": [
                        {"value": "booked", "color": "#3b82f6"},
                        {"value": "done", "color": "#22c55e"},
                        {"value": "cancelled"},
                    ],
                    "default": "booked",
                },
                {"name": "price", "type": "money", "currency": "EUR", "min": 0},
                {"name": "tip", "type": "money", "currency": "EUR", "id": "tip_2"},
                {"name": "total", "type": "computed", "formula": "price + tip"},
            ],
        },
    ],
    "views": [
        {"name": "board", "type": "kanban", "entity": "appointment", "title": "Board", "group_by": "status",
         "fields": ["client", "starts_at"]},
        {
            "name": "overview",
            "type": "dashboard",
            "title": "Overview",
            "widgets": [
                {"type": "stat", "title": "Appointments", "aggregate": "count", "entity": "appointment"},
                {"type": "bar", "title": "Revenue per client", "aggregate": "sum", "entity": "appointment",
                 "field": "price", "group_by": "client"},
                {"type": "line", "title": "Bookings", "aggregate": "count", "entity": "appointment",
                 "group_by": "starts_at", "period": "week", "filters": [{"field": "status", "op": "eq", "value": "booked"}]},
            ],
        },
    ],
    "permissions": [
        {"entity": "appointment", "action": "delete", "roles": ["manager"]},
        {"entity": "appointment", "action": "update", "roles": ["manager", "stylist"], "own": True},
    ],
    "nav": ["overview", "board"],
    "home": "overview",
    "seed": {"client": [{"name": "Anna", "vip": True}]},
}


# --- round trips ----------------------------------------------------------------------------------------------------


@PROPERTY
@given(specs())
def test_text_form_reads_back_to_the_same_spec(spec: AppSpec) -> None:
    assert from_text(to_text(spec)) == spec


@PROPERTY
@given(specs())
def test_writing_the_text_form_again_gives_the_same_text(spec: AppSpec) -> None:
    text = to_text(spec)
    assert to_text(from_text(text)) == text


@PROPERTY
@given(specs())
def test_json_form_reads_back_to_the_same_spec(spec: AppSpec) -> None:
    dumped = json.loads(json.dumps(spec.model_dump(mode="json")))
    assert AppSpec.model_validate(dumped) == spec
    short = json.loads(json.dumps(spec.model_dump(mode="json", exclude_defaults=True)))
    assert AppSpec.model_validate(short) == spec


@PROPERTY
@given(specs())
def test_text_and_json_forms_say_the_same(spec: AppSpec) -> None:
    via_text = from_text(to_text(spec)).model_dump(mode="json")
    assert via_text == spec.model_dump(mode="json")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_apps_round_trip_through_the_text_form(path: Path) -> None:
    spec = AppSpec.model_validate(json.loads(path.read_text()))
    assert from_text(to_text(spec)) == spec


# --- what hand-written text means -----------------------------------------------------------------------------------


def test_hand_written_salon_means_the_same_as_its_json() -> None:
    assert from_text(SALON) == AppSpec.model_validate(SALON_JSON)


def test_example_in_the_docs_is_the_text_form_of_its_json() -> None:
    example = DOCS.read_text(encoding="utf-8").split("### Example", 1)[1]
    blocks = re.findall(r"```(\w*)\n(.*?)```", example, flags=re.S)
    (_, text), (_, as_json) = blocks[:2]
    spec = AppSpec.model_validate(json.loads(as_json))
    assert from_text(text) == spec
    assert to_text(spec) == text


def test_salon_written_back_is_the_hand_written_text_tidied() -> None:
    text = to_text(from_text(SALON))
    assert "  tip: money(EUR) #tip_2" in text
    assert "  status: choice(booked:#3b82f6, done:#22c55e, cancelled) default=booked" in text
    assert '  line "Bookings" count appointment by starts_at per week where status=booked' in text


def test_ids_are_written_only_where_the_name_would_not_give_them_back() -> None:
    spec = from_text(SALON)
    text = to_text(spec)
    assert text.count("#tip_2") == 1
    marks = [word for line in text.splitlines() for word in line.split() if word.startswith("#") and "=" not in word]
    assert marks == ["#tip_2"]
    assert spec.entity("appointment").field("tip").id == "tip_2"


def test_renamed_field_keeps_its_id_and_new_field_of_the_old_name_gets_another() -> None:
    spec = from_text("app a\nentity thing\n  price: integer #cost\n  cost: integer\n")
    assert [f.id for f in spec.entity("thing").fields] == ["cost", "cost_2"]
    assert from_text(to_text(spec)) == spec


def test_comments_blank_lines_and_any_indentation_are_allowed() -> None:
    text = "# the shop\napp shop\n\n// products\nentity product\n\t\tname: text   required\n        price: money\n"
    spec = from_text(text)
    assert [f.name for f in spec.entity("product").fields] == ["name", "price"]
    assert spec.entity("product").field("name").required


def test_quoted_text_keeps_spaces_quotes_unicode_and_line_breaks() -> None:
    label = 'Größe "XL"\nzweite Zeile'
    title = json.dumps('Ça "va"', ensure_ascii=False)
    spec = from_text(f'app a {title}\nentity thing "Ding ✂️"\n  size: text label={json.dumps(label)}\n')
    assert spec.title == 'Ça "va"'
    assert spec.entity("thing").label == "Ding ✂️"
    assert spec.entity("thing").field("size").label == label


def test_options_with_commas_colons_and_spaces() -> None:
    spec = from_text('app a\nentity t\n  s: choice(In progress, "a, b":red, "x:y", Done:#00ff00) default="a, b"\n')
    options = spec.entity("t").field("s").options
    assert [(o.value, o.color) for o in options] == [("In progress", None), ("a, b", "red"), ("x:y", None),
                                                    ("Done", "#00ff00")]
    assert spec.entity("t").field("s").default == "a, b"


def test_values_that_look_like_numbers_stay_text_when_quoted() -> None:
    spec = from_text('app a\nentity t\n  code: text default="007"\n  n: integer default=7\n  on: boolean default=true\n')
    fields = spec.entity("t")
    assert fields.field("code").default == "007"
    assert fields.field("n").default == 7
    assert fields.field("on").default is True


def test_every_filter_operator_reads_as_written() -> None:
    text = (
        "app a\nentity t\n  n: integer\n  s: text\n  tags: tags(a, b c)\n"
        'view v table t where n=1 and n!=2 and n<3 and n<=4 and n>5 and n>=6 and s~"x y" and tags:in=["a","b c"]'
        " and s:empty and s:not_empty and s=today\n"
    )
    view = from_text(text).view("v")
    assert [(f.op, f.value) for f in view.filters] == [
        ("eq", 1), ("ne", 2), ("lt", 3), ("le", 4), ("gt", 5), ("ge", 6), ("contains", "x y"), ("in", ["a", "b c"]),
        ("empty", None), ("not_empty", None), ("eq", "today"),
    ]


def test_views_of_every_type_read_as_written() -> None:
    text = """\
app a
entity t
  name: text
  status: choice(a, b)
  due: date
  photo: image
view all table t "Everything" fields=name,due sort=-due,name page_size=50
view gallery cards t image_field=photo
view board kanban t group_by=status
view agenda calendar t date_field=due
view one detail t
view add form t fields=name
dashboard home_page
"""
    spec = from_text(text)
    assert [v.type.value for v in spec.views] == ["table", "cards", "kanban", "calendar", "detail", "form", "dashboard"]
    table = spec.view("all")
    assert (table.title, table.fields, table.page_size) == ("Everything", ["name", "due"], 50)
    assert [(k.field, k.desc) for k in table.sort] == [("due", True), ("name", False)]
    assert spec.view("agenda").date_field == "due"
    assert spec.view("gallery").image_field == "photo"


def test_archive_entries_read_as_written() -> None:
    text = """\
app a
entity t
  price: decimal #price_2
archived field t replaced_by=price_2
  price: text #price
archived entity old
  entity old "Old thing" #old
    name: text required #name
"""
    spec = from_text(text)
    field_entry, entity_entry = spec.archive
    assert (field_entry.kind, field_entry.entity, field_entry.replaced_by) == ("field", "t", "price_2")
    assert (field_entry.field.name, field_entry.field.type, field_entry.field.id) == ("price", FieldType.text, "price")
    assert entity_entry.definition.id == "old" and entity_entry.definition.fields[0].id == "name"
    assert from_text(to_text(spec)) == spec


def test_a_new_field_never_takes_an_archived_id() -> None:
    spec = from_text("app a\nentity t\n  note: text\narchived field t\n  note: long_text #note\n")
    assert spec.entity("t").field("note").id == "note_2"
    assert "#note_2" not in to_text(spec)  # the archive decides it, so it need not be written


def test_auth_settings_and_theme_read_as_written() -> None:
    spec = from_text(
        'app a\n  access public\n  signup off\n  format 2\n  theme name=forest dark=true radius=4 font="Georgia, serif"\n'
        "role boss\nowner_role boss\n"
    )
    assert (spec.auth.access, spec.auth.signup, spec.auth.owner_role, spec.format) == ("public", False, "boss", 2)
    assert (spec.theme.name, spec.theme.dark, spec.theme.radius, spec.theme.font) == ("forest", True, 4, "Georgia, serif")


def test_formula_that_cannot_end_a_line_is_written_quoted() -> None:
    spec = from_text('app a\nentity t\n  n: integer\n  m: computed formula="(n +\\n 1)"\n')
    assert spec.entity("t").field("m").formula == "(n +\n 1)"
    assert 'formula="(n +\\n 1)"' in to_text(spec)


# --- mistakes name their line ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("entity t\n", 1, "starts with `app <name>`"),
        ("  app a\n", 1, "indented line without a statement"),
        ("app a\napp b\n", 2, "a second `app` line"),
        ("app a\nentiti t\n", 2, "unknown statement 'entiti' (expected one of app, role"),
        ("app a\nentity t\n  price: monee\n", 3, "unknown field type 'monee' (expected one of text, long_text,"),
        ("app a\nentity t\n  price:\n", 3, "expected a type after ':'"),
        ("app a\nentity t\n  price: money colour=red\n", 3, "unknown setting 'colour=red'"),
        ("app a\nentity t\n  price: integer(5)\n", 3, "takes nothing in brackets"),
        ("app a\nentity t\n  name: text label=\"open\n", 3, "a quoted text is not closed"),
        ("app a\nentity t\n  s: choice(a, b\n", 3, "missing ')'"),
        ("app a\nentity t\n  bogus\n", 3, "expected a field (`name: type ...`)"),
        ("app a\nentity t\nview v grid t\n", 3, "unknown view type 'grid' (expected one of table, cards"),
        ("app a\nentity t\nview v\n", 3, "expected `view <name> <type> <entity>"),
        ("app a\nentity t\nview v table t where n\n", 3, "expected an operator"),
        ("app a\nentity t\nview v table t where n=1 or n=2\n", 3, "expected `and` between conditions"),
        ("app a\nentity t\nview v table t where n:near=1\n", 3, "unknown filter operator 'near'"),
        ("app a\nentity t\ndashboard d\n  donut \"X\" count t\n", 4, "unknown widget type 'donut'"),
        ("app a\nentity t\ndashboard d\n  bar \"X\" total t\n", 4, "unknown aggregate 'total'"),
        ("app a\nentity t\ndashboard d\n  bar \"X\" count t by x per year\n", 4, "unknown period 'year'"),
        ("app a\nentity t\ndashboard d\n  bar \"X\"\n", 4, "expected `<stat|bar|line|pie>"),
        ("app a\nentity t\npermission t erase signed_in\n", 3, "unknown action 'erase' (expected one of read"),
        ("app a\nentity t\npermission t read\n", 3, "expected `permission <entity> <action>"),
        ("app a\n  access private\n", 2, "unknown access mode 'private'"),
        ("app a\n  theme colour=#ffffff\n", 2, "theme setting 'colour=#ffffff'"),
        ("app a\nrole boss\n  label x\n", 3, "'role' takes no indented lines"),
        ("app a\nentity t\n  n: text\nseed t\n  {\"n\": \"x\"\n", 5, "seed row: "),
        ("app a\nentity t\n  n: text\nseed t\n  [1, 2]\n", 5, "a seed row is a JSON object"),
        ("app a\narchived column t\n", 2, "unknown kind of archived thing 'column'"),
        ("app a\nblock\n", 2, "expected `block <name> [\"Title\"] [view=<view>] [height=N]`"),
        ("app a\nblock b colour=red\n", 2, "block 'b': unexpected 'colour=red'"),
        ("app a\nblock b\n  html <p>Hi</p>\n", 3, "the html is written as one quoted text"),
        ("app a\nblock b\n  script \"x\"\n", 3, "expected `html \"...\"` or `css \"...\"`, got 'script'"),
        ("app a\nblock b\n  html \"x\"\n  html \"y\"\n", 4, "a second `html` line"),
        ("app a\nblock b\n  css \"x\n", 3, "a quoted text is not closed"),
        ("app a\nblock b\n  html \"x\" \"y\"\n", 3, "block 'b': unexpected '\"y\"' after the quoted html"),
    ],
)
def test_a_mistake_in_the_text_names_its_line_and_what_was_expected(text: str, line: int, expected: str) -> None:
    with pytest.raises(TextFormError) as caught:
        from_text(text)
    assert caught.value.line == line
    assert expected in caught.value.message
    assert str(caught.value).startswith(f"line {line}: ")


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("app a\nentity t\n  n: text\nview v kanban t group_by=n\n", 4,
         "view 'v': a kanban board groups by a choice field of 't'"),
        ("app a\nentity t\n  owner: reference(person)\n", 3, "entity 't', field 'owner': target 'person' is not an entity"),
        ("app a\nentity t\npermission t delete boss\n", 3, "permission delete on 't': there is no role 'boss'"),
        ("app a\nentity t\n  n: text\n  n: integer\n", 4, "entity 't', field 'n': the entity already has a field"),
        ("app a\nentity t\n  s: choice(a, b) default=c\n", 3, "default 'c': must be one of a, b"),
        ("app a\nentity t\n  n: integer\n  m: computed = n.real\n", 4, "Attribute is not allowed"),
        ("app a\nentity users\n", 2, "entity 'users': 'users' is reserved"),
        ("app a\nentity t\n  n: text\nseed t\n  {\"x\": 1}\n", 5, "seed 't' row 1: there is no writable field 'x'"),
        ("app a\ndefault_role boss\n", 2, "auth.default_role: there is no role 'boss'"),
        ("app a\nentity t\nnav nowhere\n", 3, "nav: there is no view 'nowhere'"),
        ("app a\n  theme primary=blue\n", 2, "theme.primary: 'blue' is not a colour"),
        ("app a\nentity t\nview v table t page_size=0\n", 3, "page_size: Input should be greater than or equal to 1"),
        ("app a\nblock b view=nowhere\n  html \"x\"\n", 2, "block 'b': there is no view 'nowhere' to show it on"),
        ("app a\nblock b\n", 2, "html: Field required"),
        ("app a\nblock b height=1\n  html \"x\"\n", 2, "height: Input should be greater than or equal to 40"),
        ('app a\nblock b\n  html "x"\nblock b\n  html "y"\n', 4, "block 'b': there is already a block"),
    ],
)
def test_an_invalid_spec_in_text_form_names_the_line_of_the_problem(text: str, line: int, expected: str) -> None:
    with pytest.raises(TextFormError) as caught:
        from_text(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.line == line
    assert expected in caught.value.message


def test_every_problem_of_an_invalid_spec_is_listed_with_its_line() -> None:
    text = "app a\nentity t\n  owner: reference(person)\npermission t delete boss\n"
    with pytest.raises(TextFormError) as caught:
        from_text(text)
    assert [line for line, _ in caught.value.problems] == [3, 4]
    assert str(caught.value).splitlines()[1].startswith("line 4: permission delete on 't'")


def test_blocks_read_as_written_and_their_markup_stays_exactly_as_it_was() -> None:
    html = "<section id=promo>\n# not a comment\n\n<script>parent.document.body.innerHTML='pwned'</script>\n</section>"
    css = "#promo { color: red }\n// nor this"
    text = (
        "app a\nentity t\n  n: text\nview board table t\n"
        f'block promo "Spring offer" view=board height=320\n  html {json.dumps(html)}\n  css {json.dumps(css)}\n'
        'block welcome\n  html ""\n'
    )
    spec = from_text(text)
    promo, welcome = spec.blocks
    assert (promo.name, promo.title, promo.view, promo.height, promo.html, promo.css) == (
        "promo", "Spring offer", "board", 320, html, css)
    assert (welcome.view, welcome.html, welcome.css, welcome.height) == (None, "", None, 240)
    written = to_text(spec)
    assert f'block promo "Spring offer" view=board height=320\n  html {json.dumps(html)}\n  css {json.dumps(css)}\n' in written
    assert written.endswith('\nblock welcome\n  html ""\n')
    assert from_text(to_text(spec)) == spec


def test_names_that_are_words_of_the_text_form_still_read_back() -> None:
    text = (
        "app a\nentity where\n  and: integer\n  by: date\n  entity: text\nview v table entity=where where and=1 and by<today\n"
        'dashboard d\n  line "x" count where.and by by per day where and:empty\n'
    )
    spec = from_text(text)
    assert [f.name for f in spec.entity("where").fields] == ["and", "by", "entity"]
    assert spec.view("v").entity == "where"
    assert from_text(to_text(spec)) == spec
