"""The rules a message states: who may see, add, change or delete which thing.

"Coordinators see all and can create shifts", "only the hall secretary can confirm bookings", "agents shouldn't
delete leases": the people a rule is about are the subjects of "can", "should", "may" and their like. A new app needs
those roles before the decoder can give them rules, so its start gets them (`roles.add_roles`). Which role a rule must leave
out is a cue the grammar reads (`cues.refused`). After the decoder, the rules read plainly from the words replace
the decoder's for the same thing and action (`stated_rules`): "members see only their own loans, staff see all" is a
rule in two parts that the decoder, taught one rule per change, does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from appforge.models.inhouse.mentions import apply_if_fits, first_named, words_for_entities
from appforge.models.inhouse.phrasing import singular, snake
from appforge.models.inhouse.roles import NOT_ROLES, ROLE_ADJECTIVES, reads_as_person, roles_named
from appforge.spec.model import BUILT_IN_AUDIENCES, RELATION_TYPES, AppSpec

# What each verb lets a person do; "manage" is everything but reading (reading is the app's default).
_VERBS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("see", "sees", "view", "views", "read", "reads", "access", "look", "looks", "browse", "browses"),
                    ("read",)),
    **dict.fromkeys(("edit", "edits", "change", "changes", "update", "updates", "modify", "approve", "approves",
                     "reassign", "assign", "assigns", "confirm", "confirms", "decide", "decides", "set",
                     "mark", "marks", "close", "closes", "grade", "grades", "reschedule", "price", "fill", "fills",
                     "deny", "denies", "reject", "rejects", "decline", "declines"), ("update",)),
    **dict.fromkeys(("write", "writes"), ("create", "update")),  # "only I can write posts"; "vets write notes" sets them
    **dict.fromkeys(("enter", "enters"), ("create",)),
    **dict.fromkeys(("create", "creates", "add", "adds", "submit", "submits", "book", "books", "log", "logs", "post",
                     "posts", "request", "requests", "file", "report", "reports", "schedule", "schedules", "record",
                     "records", "comment", "comments", "upload", "uploads", "raise", "raises"), ("create",)),
    **dict.fromkeys(("moderate", "moderates"), ("update", "delete")),
    **dict.fromkeys(("delete", "deletes", "remove", "removes", "cancel", "cancels"), ("delete",)),
    **dict.fromkeys(("manage", "manages", "run", "runs", "administer", "administers"), ("create", "update", "delete")),
}
# Verbs that add a row when their object is a thing, and change one when it is a field ("enter scores").
_ADDING_OR_SETTING = frozenset({"enter", "enters", "add", "adds", "log", "logs", "post", "posts"})
_PASSIVE = {"readable": "read", "viewable": "read", "visible": "read", "seen": "read", "viewed": "read",
            "editable": "update", "edited": "update", "changed": "update", "updated": "update",
            "deletable": "delete", "deleted": "delete", "removed": "delete", "cancelled": "delete",
            "created": "create", "added": "create", "submitted": "create"}
_MODAL_WORDS = frozenset({"can", "may", "should", "must", "will", "to", "able", "are", "is", "allowed", "be", "get",
                          "also", "too", "just", "then"})
_NEGATIONS = frozenset({"not", "never", "cannot", "cant", "shouldnt", "wont", "mustnt", "dont", "can't", "shouldn't",
                        "won't", "mustn't", "don't"})
_BOUNDARY = frozenset({"and", "but", "while", "so", "except", "if", "when", "because", "then", "or", "whereas"})
_ALL_ROWS = frozenset({"all", "any", "every", "everything", "everyone's", "everyones", "anything", "others"})
_OBJECT_FILLER = frozenset({"the", "a", "an", "their", "own", "only", "of", "them", "theirs", "to", "in", "for",
                            "on", "its", "his", "her", "assigned", "they", "made", "created", "just", "also", "too",
                            "it", "this", "that", "these", "those", "online", "there", "here", "anymore", "please",
                            "ones", "one"})


@dataclass
class StatedRule:
    """One clause's rule: who (role names), what they may do, to what (the words after the verb)."""

    roles: list[str]
    actions: tuple[str, ...]
    thing: list[str]
    own: bool = False
    every_row: bool = False
    refused: bool = False
    setting: bool = False  # the verb sets a value ("enter scores"): with a field for its object, it is a change
    verb: str = ""


# Subjects that are no role and end the one said before: "family members add ideas and others mark them bought".
_ANYONE = frozenset({"others", "everyone", "everybody", "anyone", "anybody", "people", "someone", "somebody"})
# People named in the singular who still do things as a group: "staff see all", "reception books".
_COLLECTIVE = frozenset({"staff", "everyone", "everybody", "anyone", "anybody", "team", "crew", "reception", "management",
                         "admin", "security", "i", "we", "you", "they", "people", "faculty", "family", "police"})


def stated_rules(text: str) -> list[StatedRule]:
    """The rules a message states, clause by clause: "curators edit, volunteers view" is two rules.

    A clause whose verb has no subject takes the one before it in the sentence ("coordinators see all and can create
    shifts"); a rule is only read where its subject reads as people, so "add a tip field" states no rule.
    """
    rules: list[StatedRule] = []
    for sentence in re.split(r"[.;!?\n]+|\.\.\.", text.lower().replace("’", "'")):
        # "let borrowers sign in and see their loans only": the rule is what they see once in
        sentence = re.sub(r"\b(?:sign|log)s? ?in (?:and|&|,)\s*", "", sentence)
        sentence = re.sub(r"\bonly me\b(?:\s*\([^)]*\))?", "only i", sentence)  # "only me (the owner) can delete"
        # "clients get read only access": they see all, and no "read" role does anything
        sentence = re.sub(r"\b(?:get|have|has|with|given)\s+(?:read|view)[- ]?only\s+access(?:\s+to)?\b", "can see all",
                          sentence)
        words = re.findall(r"[a-z]+(?:'[a-z]+)?|[,:()/&+]", sentence.replace("n't", "nt").replace("can not", "cannot"))
        subject: list[str] = []
        i = 0
        while i < len(words):
            if (words[i] == "only" and words[i + 1 : i + 2] in (["their"], ["own"]) and rules and i > 0
                    and words[i - 1] not in _VERBS and words[i - 1] not in _MODAL_WORDS
                    and (i + 2 >= len(words) or words[i + 2] not in _VERBS)):
                # "staff can see everything, members only their own check-ins": the verb said once for both
                who = _subject(words, i)[0]
                if who:
                    rules.append(StatedRule(roles=who, actions=rules[-1].actions, thing=_object(words, i + 1),
                                            own=True, verb=rules[-1].verb))
            if words[i] not in _VERBS and words[i] not in _PASSIVE:
                i += 1
                continue
            if words[i] in _PASSIVE:
                rule, i = _passive(words, i)
                if rule is not None:
                    rules.append(rule)
                continue
            start, end = i, i + 1
            while end + 1 < len(words) and words[end] in ("and", ",", "/", "or", "&") and words[end + 1] in _VERBS:
                end += 2
            verbs = [w for w in words[start:end] if w in _VERBS]
            who, only, refused, modal = _subject(words, start)
            before = words[start - 1] if start else ""
            if (who and not (modal or only or refused) and not words[start].endswith("s") and before.isalpha()
                    and before == singular(before) and before not in _COLLECTIVE
                    and not before.endswith(("people", "folk", "folks", "staff", "men", "children"))):
                i = end  # "add fertilizer schedule": a thing's name, not a fertilizer who schedules
                continue
            after = words[end] if end < len(words) else ","
            opener = words[start - 2] if start >= 2 else ""
            if (who and not (modal or only or refused) and words[start] in _NOUNS_TOO and len(who) == 1
                    and after in (",", "(", ":", "and", "&", "+", "/") and opener not in _DETERMINERS):
                i = end  # "church prayer requests, ...", "time off requests (...)": a thing's name, no one who requests
                continue
            j = start - 1
            while j > 0 and (words[j] in _MODAL_WORDS or words[j] in _NEGATIONS or words[j] == "only"):
                j -= 1
            if not who and j >= 0 and words[j] in _ANYONE:
                i = end  # "... and others can mark them as bought": everyone's, not the members' before
                continue
            if who:
                subject = who
            elif not (subject and (modal or only or refused or (start > 0 and words[start - 1] in ("and", ",")))):
                i = end
                continue
            thing = _object(words, end)
            said = _span(words, end)
            own = "own" in said or "theirs" in said or ("their" in said and (only or "only" in said)) or \
                re.search(r"\b(?:assigned to them|they (?:made|created|booked|logged|added|submitted))\b",
                          " ".join(said)) is not None
            actions = tuple(dict.fromkeys(a for v in verbs for a in _VERBS[v]))
            rules.append(StatedRule(
                roles=list(subject), actions=actions, thing=thing, own=own,
                every_row=bool(_ALL_ROWS & set(said[:3])), refused=refused,
                setting=all(v in _ADDING_OR_SETTING for v in verbs), verb=verbs[0]))
            i = end
    return rules


# Verbs that are also the plural of a thing: "prayer requests", "purchase orders", "incident reports".
_NOUNS_TOO = frozenset({"requests", "orders", "reports", "books", "logs", "posts", "notes", "reviews", "changes",
                        "updates", "edits", "marks", "grades", "sets", "checks", "claims", "returns", "bookings"})
_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "each", "every", "any", "their", "his", "her", "your"})


_EVERYTHING = re.compile(r"\b(?:can|may|should|could|get to) (?:do|manage|edit|change|access) (?:everything|anything|"
                         r"it all|all of it|all)\b|\b(?:have|has|get|gets) (?:full|all) (?:access|rights|permissions)\b")


def _can_do_everything(text: str) -> list[str]:
    """Roles said to do everything: "managers can do everything", "admin has full access" (read as "can do
    everything", so the people are found as `roles_named` finds them)."""
    names: list[str] = []
    for clause in re.split(r"\s*(?:[.;:!?,(]|\band\b|\bbut\b|\bwhile\b)\s*", text.lower()):
        m = _EVERYTHING.search(clause)
        if m is not None:
            names += [n for n in roles_named(clause[: m.start()] + " can do everything") if n not in names]
    return names


def _subject(words: list[str], verb_at: int) -> tuple[list[str], bool, bool, bool]:
    """(role names, "only" said, refused, a modal said) from the words before a verb."""
    j = verb_at - 1
    only = refused = modal = False
    while j >= 0 and (words[j] in _MODAL_WORDS or words[j] in _NEGATIONS or words[j] == "only"):
        only |= words[j] == "only"
        refused |= words[j] in _NEGATIONS
        modal |= words[j] in _MODAL_WORDS or words[j] in _NEGATIONS
        j -= 1
    if j >= 0 and words[j] in ("i", "me") and (only or (j >= 1 and words[j - 1] == "only")):
        return ["owner"], True, refused, modal  # "only I can write posts": the person who made the app
    groups: list[list[str]] = [[]]
    while j >= 0:
        w = words[j]
        if w in ("and", "&", "+", ",", "/") and groups[-1]:
            groups.append([])
        elif reads_as_person(w) and w not in NOT_ROLES and len(groups[-1]) < 1 or (groups[-1] and w in ROLE_ADJECTIVES):
            w = w[: -len("people")] + "person" if w.endswith("people") else w
            groups[-1].insert(0, w)
        else:
            break
        j -= 1
    if j >= 0 and words[j] == "only":
        only = True
    joined = words[j + 1 : verb_at]
    if "," in joined and not {"and", "&", "+"} & set(joined):
        # "own appointments, managers can edit": a comma alone ends the clause before; "a, b and c" is a list.
        groups = groups[: next(k for k, g in enumerate(groups) if g) + 1]
    names = [snake(" ".join(g[:-1] + [singular(g[-1])])) for g in reversed(groups) if g]
    return names, only, refused, modal


def _span(words: list[str], after: int) -> list[str]:
    """The words of a verb's object, up to the end of its clause."""
    span: list[str] = []
    for w in words[after:]:
        if not re.match(r"[a-z]", w) or w in _BOUNDARY or w in _VERBS and span:
            break
        span.append(w)
    return span


def _object(words: list[str], after: int) -> list[str]:
    thing: list[str] = []
    for w in words[after:]:
        if not re.match(r"[a-z]", w) or w in _BOUNDARY:
            break
        if w in _OBJECT_FILLER or w in _ALL_ROWS or w == "only":
            continue
        if (w in _VERBS and (thing or not w.endswith("s") or w.endswith("ss"))) or w in _NEGATIONS or w in _MODAL_WORDS:
            break  # ("tenants submit requests": right after a verb, a word like "requests" is its object)
        thing.append(w)
        if len(thing) == 3:
            break
    return thing


def _passive(words: list[str], at: int) -> tuple[StatedRule | None, int]:
    """"patient records readable only by admin and practitioners", "prices can only be changed by admins"."""
    k = at + 1
    while k < len(words) and words[k] in ("only", "just", "by"):
        k += 1
    if words[k - 1 : k] != ["by"]:
        return None, at + 1
    groups: list[list[str]] = [[]]
    while k < len(words):
        w = words[k]
        if w in ("and", "&", ",", "/", "or") and groups[-1]:
            groups.append([])
        elif w in ("the", "our"):
            pass
        elif reads_as_person(w) or w in ROLE_ADJECTIVES:
            groups[-1].append(w)
        else:
            break
        k += 1
    names = [snake(" ".join(g[:-1] + [singular(g[-1])])) for g in groups if g]
    j = at - 1
    while j >= 0 and words[j] in _MODAL_WORDS | {"only", "be", "are", "is", "make", "made"}:
        j -= 1
    thing: list[str] = []
    while j >= 0 and re.match(r"[a-z]", words[j]) and words[j] not in _BOUNDARY and len(thing) < 3:
        if words[j] not in _OBJECT_FILLER and words[j] not in ("make", "just", "actually"):
            thing.insert(0, words[j])
        j -= 1
    if not names or not thing:
        return None, k
    return StatedRule(roles=names, actions=(_PASSIVE[words[at]],), thing=thing, verb=words[at]), k


def rule_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """The `set_permission`s (and the roles they need) for the rules `text` states, each applied once.

    Each entity and action a statement settles gets one rule: roles limited to their own rows, with the roles said to
    see or do it all (and the app's owner, so the person who made the app is never locked out) on any row; else the
    roles named; else, for "hosts can't delete reservations", the rule as it was less the roles refused.
    """
    ops: list[dict[str, Any]] = []
    settled: dict[tuple[str, str], dict[str, set[str]]] = {}
    last_entity: str | None = None
    lowered = text.lower()
    rules = stated_rules(text)
    things = words_for_entities(spec)  # adding roles below changes no entity
    for rule in rules:
        found = _thing_of(spec, rule)
        if found is None and rule.every_row and any(r.own for r in rules):
            # "staff can see everything, members only their own check-ins": everything of what the others have
            # only their own of.
            for other in rules:
                theirs = _thing_of(spec, other) if other.own else None
                if theirs is not None and not theirs[1]:
                    rules.append(StatedRule(rule.roles, rule.actions, [theirs[0]], every_row=True, verb=rule.verb))
            continue
        if found is None and rule.actions == ("create",) and _a_thing_not_kept(spec, rule.thing):
            continue  # "members book classes" where the app keeps no classes: no rule on adding members
        if found is None:
            found = last_entity or (rule.verb in _BOOKING_VERBS and first_named(spec, lowered, timed=True)) \
                or first_named(spec, lowered)
            if found is None:
                continue
            found = (found, False)
        entity, is_field = found
        if rule.verb in ("book", "books") and not is_field:
            # "members book classes": what they add is a booking of a class, not a class
            entity = next((e.name for e in spec.entities if e.name.split("_")[-1] in _BOOKINGS and any(
                f.type in RELATION_TYPES and f.target == entity for f in e.fields)), entity)
        last_entity = entity
        roles: list[str] = []
        for name in rule.roles:
            role = _role_for(spec, name)
            if role is None and name in things and not _people(spec, things[name]) and not (
                    name in _PEOPLE_WORDS or name.endswith(("er", "or", "ist", "ian"))):
                continue  # "appointments" ends like "agents" but is a thing of the app; "members" are people
            if role is None:
                spec = apply_if_fits(spec, {"op": "add_role", "role": name}, ops)
                role = name if spec.role(name) is not None else None
                if role == "owner" and spec.auth.owner_role is None:
                    spec = apply_if_fits(spec, {"op": "set_auth", "owner_role": "owner"}, ops)
            if role is not None:
                roles.append(role)
        if not roles:
            continue
        actions = ("update",) if is_field and rule.setting else rule.actions
        for action in actions:
            part = settled.setdefault((entity, action), {"own": set(), "all": set(), "every": set(), "refused": set()})
            key = ("refused" if rule.refused else "own" if rule.own and action != "create"
                   else "every" if rule.every_row and action == "read" else "all")
            part[key] |= set(roles)
    # "managers can do everything": in every rule, stated here or already in the app, and never refused by another.
    superusers = set()
    for name in _can_do_everything(text):
        role = _role_for(spec, name)
        if role is None:
            spec = apply_if_fits(spec, {"op": "add_role", "role": name}, ops)
            role = name if spec.role(name) is not None else None
        if role is not None:
            superusers.add(role)
    for p in spec.permissions:
        if superusers - set(p.roles) and (p.entity, p.action) not in settled and not p.own:
            settled[(p.entity, p.action)] = {"own": set(), "all": set(p.roles), "every": set(), "refused": set()}
    for (entity, action), part in settled.items():
        current = [p for p in spec.permissions if p.entity == entity and p.action == action]
        if part["own"] or part["all"]:
            part["all"] |= part["every"] | superusers
        part["refused"] -= superusers
        # else "staff can see everything" alone takes nothing from anyone: it sets no rule.
        if part["own"]:
            owner = spec.auth.owner_role or (spec.roles[0].name if spec.roles else None)
            every = (part["all"] | ({owner} if owner else set())) - part["own"] - part["refused"]
            op = {"op": "set_permission", "entity": entity, "action": action, "roles": sorted(part["own"]),
                  "own": True, **({"any_row": sorted(every)} if every else {})}
        elif part["all"]:
            op = {"op": "set_permission", "entity": entity, "action": action,
                  "roles": sorted(part["all"] - part["refused"])}
        else:
            was = ({r for p in current if not p.own for r in p.roles} or {r.name for r in spec.roles}) | superusers
            left = was - part["refused"] - BUILT_IN_AUDIENCES
            if not left or left == was:
                continue
            op = {"op": "set_permission", "entity": entity, "action": action, "roles": sorted(left)}
        if op["roles"] and _differs(current, op):
            spec = apply_if_fits(spec, op, ops)
    return ops, spec


_PUBLIC = re.compile(r"\b(?:public(?! holiday)|publicly|open to (?:the )?(?:public|everyone|anyone)|no (?:login|sign ?in|account|"
                     r"password)s?|without (?:needing |having )?(?:to )?(?:a |an )?(?:login|log ?in|logging in|account|signing in|sign ?in|"
                     r"signing up|password)|(?:don t|dont|do not|"
                     r"doesn t|doesnt|won t|wont|shouldn t|shouldnt) (?:need|have) (?:to )?(?:an? )?(?:account|login|"
                     r"log in|sign in|sign up)|anyone can (?:see|view|read|book|submit|sign|browse))\b")
_SIGNED_IN = re.compile(r"\b(?:private|staff only|members only|only (?:me|us|staff|members|logged in)|just (?:me|us)|"
                        r"log ?in|login|logged in|sign ?in|password|account required|invite only)\b")


def access_operations(spec: AppSpec, text: str) -> tuple[list[dict[str, Any]], AppSpec]:
    """Whether anyone may open the app or only people who sign in, when the words say one and not the other:
    "public so parents don't need an account", "staff only"."""
    low = " ".join(re.findall(r"[a-z]+", text.lower().replace("n't", "nt")))
    public = _PUBLIC.search(low) is not None
    signed_in = _SIGNED_IN.search(_PUBLIC.sub(" ", low)) is not None
    if public == signed_in:
        return [], spec
    access = "public" if public else "signin"
    if spec.auth.access == access:
        return [], spec
    ops: list[dict[str, Any]] = []
    spec = apply_if_fits(spec, {"op": "set_auth", "access": access}, ops)
    return ops, spec


# Names of things that are people whatever fields the app gives them ("coaches record match results").
_PEOPLE_WORDS = frozenset({"coach", "staff", "admin", "parent", "owner", "nurse", "host", "guide", "judge", "referee",
                           "agent", "tenant", "student", "member", "volunteer", "client", "patient", "guest", "player"})


def _people(spec: AppSpec, entity_name: str) -> bool:
    """Whether a thing of the app stands for people: it has an email, a phone or a sign-in account."""
    entity = spec.entity(entity_name)
    return entity is not None and any(f.type.value in ("email", "phone", "user") for f in entity.fields)


def _differs(current: list[Any], op: dict[str, Any]) -> bool:
    want = {(tuple(op["roles"]), op.get("own", False))}
    if op.get("any_row"):
        want.add((tuple(op["any_row"]), False))
    return {(tuple(sorted(p.roles)), p.own) for p in current} != want


def _thing_of(spec: AppSpec, rule: StatedRule) -> tuple[str, bool] | None:
    """(entity, whether a field of it was named) for the words a rule is about: "tickets", "prices", "scores"."""
    words_for = words_for_entities(spec)
    thing = rule.thing
    for i in range(len(thing)):
        for key in ("_".join(thing[i : i + 2]) if i + 1 < len(thing) else None,
                    f"{thing[i]}_{singular(thing[i + 1])}" if i + 1 < len(thing) else None,
                    thing[i], singular(thing[i])):
            if key and key in words_for:
                return words_for[key], False
    for w in thing:
        one = singular(w)
        for exact in (True, False):
            for entity in spec.entities:
                for f in entity.fields:
                    if (f.name in (w, one)) if exact else ({w, one} & set(f.name.split("_"))):
                        return entity.name, True
    for made in (rule.verb + "ing", rule.verb.rstrip("s") + "ing", rule.verb):
        if made in words_for:
            return words_for[made], False
    if not thing and rule.verb.rstrip("s") in _FIELD_VERBS:
        # "board members decide": the thing with a decision; "residents submit": the one with a submitted date.
        stem = rule.verb.removeprefix("re")[:4]
        for entity in spec.entities:
            if any(part.startswith(stem) for f in entity.fields for part in f.name.split("_")):
                return entity.name, False
    return None


_FIELD_VERBS = frozenset({"decide", "approve", "assign", "reassign", "confirm", "submit", "grade", "review"})


# Words after a verb that point back at what was said or at everything, never at a thing of their own.
_NOT_THINGS = frozenset({"them", "theirs", "things", "others", "details", "records", "entries", "rows", "items",
                         "stuff", "changes", "edits", "ones", "yours", "mine", "ours", "everything"})

# What a booking of something is called.
_BOOKINGS = frozenset({"booking", "reservation", "appointment", "session", "rental", "hire", "enrolment", "enrollment",
                       "signup", "lesson"})

# Verbs said of a booking: with no object, they are about the first thing the message names that has a time.
_BOOKING_VERBS = frozenset({"cancel", "cancels", "book", "books", "reschedule"})


def _a_thing_not_kept(spec: AppSpec, words: list[str]) -> bool:
    """The words after a verb name things of their own, which the app keeps neither as things nor as fields
    ("members book classes"; "admin can change prices" is about the prices the app keeps)."""
    plain = [w for w in words if w.isalpha() and w not in ("the", "a", "an", "all", "any", "their", "its", "our", "my")]
    last = plain[-1] if plain else ""
    if len(last) < 4 or singular(last) == last or last in _NOT_THINGS:
        return False
    return not any(singular(last) in f.name.split("_") or last in f.name.split("_") for e in spec.entities for f in e.fields)


def _role_for(spec: AppSpec, name: str) -> str | None:
    for role in spec.roles:
        if name == role.name or (role.label and snake(role.label) == name):
            return role.name
    for role in spec.roles:
        if role.name.endswith("_" + name) or name.endswith("_" + role.name):
            return role.name
    return None


# Verbs the rules of an app are said with ("the board approves or denies"): no things to keep.
RULE_VERBS = frozenset(_VERBS)


__all__ = ["RULE_VERBS", "StatedRule", "access_operations", "rule_operations", "stated_rules"]
