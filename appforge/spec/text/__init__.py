"""The compact text form of an app spec: what a person reads, diffs and edits by hand.

It says the same as the JSON form, line by line and indented like an outline, so that `from_text(to_text(s)) == s`
for every valid spec: stable ids, archive, seed rows, permissions, theme, views, widgets and filters included.
Only what differs from the defaults is written; an id is written (`#tip_2`) only where the name would not give it
back. See docs/spec.md for the grammar with examples.

    app salon "Salon Bookings"
      access signin
    role manager "Manager"
    entity client "Client"
      name: text required
      vip: boolean default=false
    view clients table client
"""

from __future__ import annotations

from appforge.spec.text.grammar import TextFormError
from appforge.spec.text.read import from_text
from appforge.spec.text.write import to_text

__all__ = ["TextFormError", "from_text", "to_text"]
