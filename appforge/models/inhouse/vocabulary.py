"""Word lists for synthetic training data: the things people call fields, entities, roles, colours and fonts.

Kept apart from the templates in `phrasing.py` because they change for a different reason: templates are about
how people talk, these lists are about what they talk about. Every list is ordered (never a set) so that a seeded
generator gives the same examples in every process, whatever PYTHONHASHSEED is.
"""

from __future__ import annotations

# Colour words people use -> #rrggbb. About sixty, from plain ("red") to paint-chart ("terracotta").
COLOURS: dict[str, str] = {
    "red": "#dc2626", "dark red": "#991b1b", "crimson": "#be123c", "maroon": "#7f1d1d", "burgundy": "#800020",
    "wine": "#722f37", "coral": "#ff7f50", "salmon": "#fa8072", "pink": "#ec4899", "hot pink": "#ff69b4",
    "blush": "#fde2e4", "rose": "#f43f5e", "orange": "#f97316", "burnt orange": "#cc5500", "peach": "#ffdab9",
    "apricot": "#fbceb1", "terracotta": "#e2725b", "rust": "#b7410e", "amber": "#f59e0b", "gold": "#d4af37",
    "mustard": "#e1ad01", "yellow": "#facc15", "lemon": "#fff44f", "cream": "#fffdd0", "ivory": "#fffff0",
    "beige": "#f5f5dc", "sand": "#e6d3a3", "tan": "#d2b48c", "brown": "#8b4513", "chocolate": "#5c3317",
    "coffee": "#6f4e37", "olive": "#708238", "lime": "#84cc16", "green": "#16a34a", "forest green": "#228b22",
    "dark green": "#14532d", "emerald": "#10b981", "sage": "#9caf88", "mint": "#98ff98", "teal": "#0d9488",
    "turquoise": "#40e0d0", "aqua": "#00ffff", "cyan": "#06b6d4", "sky blue": "#87ceeb", "light blue": "#add8e6",
    "baby blue": "#89cff0", "blue": "#2563eb", "royal blue": "#4169e1", "cobalt": "#0047ab", "navy": "#1e3a8a",
    "navy blue": "#000080", "midnight blue": "#191970", "indigo": "#4f46e5", "purple": "#7e22ce",
    "violet": "#8b5cf6", "lavender": "#e6e6fa", "lilac": "#c8a2c8", "plum": "#8e4585", "magenta": "#d946ef",
    "black": "#000000", "charcoal": "#36454f", "slate": "#475569", "dark grey": "#374151", "grey": "#6b7280",
    "gray": "#6b7280", "light grey": "#e5e7eb", "silver": "#c0c0c0", "white": "#ffffff", "off white": "#faf9f6",
}
LIGHT_COLOURS = [c for c in COLOURS if c in (
    "blush", "peach", "apricot", "cream", "ivory", "beige", "sand", "mint", "light blue", "baby blue",
    "lavender", "light grey", "white", "off white", "lemon", "sky blue",
)]
DARK_COLOURS = [c for c in COLOURS if c not in LIGHT_COLOURS]

# What people call a font -> a CSS font list.
FONTS: dict[str, str] = {
    "serif": "Georgia, serif", "georgia": "Georgia, serif", "times": "'Times New Roman', serif",
    "sans serif": "system-ui, sans-serif", "helvetica": "Helvetica, Arial, sans-serif",
    "arial": "Arial, sans-serif", "monospace": "ui-monospace, monospace", "mono": "ui-monospace, monospace",
    "courier": "'Courier New', monospace", "inter": "Inter, system-ui, sans-serif",
    "rounded": "'Nunito', system-ui, sans-serif", "nunito": "'Nunito', system-ui, sans-serif",
    "handwritten": "'Comic Neue', cursive", "typewriter": "'Courier New', monospace",
}

EMOJIS = ["🐝", "🌱", "🎂", "☕", "🚲", "🏋️", "🎸", "📚", "🐾", "🧁", "🏠", "🚗", "⚽", "🎨", "🍷", "🧘", "🌸", "🔧"]

# Fields people ask for, by type. "words" become the name (snake_case) unless "words=name" gives it.
FIELD_IDEAS: dict[str, list[str]] = {
    "text": [
        "instagram handle", "nickname", "licence plate", "colour", "size", "brand", "model", "serial number",
        "reference code", "room number", "postcode", "city", "country", "job title", "company", "pronouns",
        "emergency contact", "shirt size", "allergies", "favourite drink", "locker number", "badge number",
        "table number", "seat", "gate code", "tracking number", "sku", "isbn", "batch code", "source", "referral",
        "dietary needs", "shoe size", "coach name", "venue name", "supplier", "team name", "group name",
        "wifi password", "parking spot", "flavour", "material", "genre", "vin", "twitter handle", "tiktok handle",
    ],
    "long_text": [
        "notes", "comments", "description", "special requests", "internal notes", "feedback", "directions",
        "instructions", "bio", "summary", "remarks", "medical notes", "access notes", "follow up notes",
    ],
    "integer": [
        "age", "capacity", "max players", "quantity", "floor", "year built", "duration minutes", "party size",
        "number of guests", "number of players", "number of rooms", "stock level", "reorder point", "priority",
        "mileage", "pages", "laps", "reps", "sets", "attendees", "seats", "hive count", "score", "rank",
        "number of kids", "headcount", "shelf", "copies",
    ],
    "decimal": [
        "weight kg", "height cm", "distance km", "temperature", "ph", "hours", "length m", "volume litres",
        "percentage", "latitude", "longitude", "body fat", "alcohol percent", "discount percent",
    ],
    "money": [
        "price", "cost", "deposit", "fee", "tip", "budget", "hourly rate", "total cost", "amount paid",
        "balance", "deposit amount", "late fee", "shipping cost", "commission", "membership fee", "rent",
        "day rate", "sale price", "purchase price", "refund",
    ],
    "boolean": [
        "paid", "vip", "insured", "waiver signed", "deposit received", "vegetarian", "active", "confirmed",
        "archived", "newsletter", "returning customer", "invoiced", "shipped", "verified", "urgent", "recurring",
        "first visit", "photo consent", "checked in", "needs follow up", "gift wrapped", "refundable",
    ],
    "date": [
        "due date", "start date", "end date", "birthday", "expiry date", "renewal date", "date joined",
        "last service", "next visit", "delivery date", "review date", "move in date", "purchase date",
        "date of birth", "deadline", "last contacted", "warranty until", "return date", "planted on",
    ],
    "datetime": [
        "pickup time", "arrival time", "appointment time", "check in", "check out", "starts at", "ends at",
        "drop off", "departure", "booked for", "kick off",
    ],
    "time": ["opening time", "closing time", "preferred time", "curfew", "start time of day"],
    "email": ["email", "contact email", "billing email", "work email", "parent email"],
    "phone": ["phone", "mobile", "phone number", "emergency phone", "landline", "whatsapp"],
    "url": ["website", "booking link", "portfolio", "menu link", "linkedin", "map link", "video link"],
    "image": ["photo", "picture", "logo", "headshot", "receipt photo", "cover image", "before photo", "avatar"],
    "file": ["contract", "attachment", "invoice pdf", "certificate", "signed form", "floor plan", "cv"],
    "rating": ["rating", "stars", "satisfaction", "difficulty", "condition score"],
    "choice": [
        "status: new, in progress, done", "priority: low, medium, high", "size: small, medium, large",
        "level: beginner, intermediate, advanced", "payment method: cash, card, transfer",
        "channel: phone, email, walk in", "shift: morning, afternoon, night", "tier: bronze, silver, gold",
        "condition: new, good, worn", "source: website, referral, instagram", "stage: lead, quoted, won, lost",
        "weather: sunny, cloudy, rainy", "mood: great, ok, bad", "frequency: weekly, monthly, yearly",
    ],
    "tags": [
        "tags: urgent, follow up, vip", "skills: cooking, driving, first aid", "allergens: nuts, dairy, gluten",
        "days: mon, tue, wed, thu, fri", "features: wifi, parking, garden", "topics: news, tips, events",
    ],
}

# Generic things people add to an app, with their fields written as field ideas ("words:type").
ENTITY_IDEAS: list[tuple[str, list[str]]] = [
    ("supplier", ["name:text", "email:email", "phone:phone", "website:url"]),
    ("payment", ["amount:money", "paid on:date", "method:choice=cash,card,transfer", "reference:text"]),
    ("expense", ["description:text", "amount:money", "spent on:date", "receipt:image"]),
    ("note", ["title:text", "body:long_text", "pinned:boolean"]),
    ("task", ["title:text", "due date:date", "done:boolean", "assignee:user"]),
    ("location", ["name:text", "address:text", "capacity:integer"]),
    ("review", ["rating:rating", "comment:long_text", "reviewed on:date"]),
    ("invoice", ["number:text", "issued on:date", "total:money", "paid:boolean"]),
    ("feedback", ["comment:long_text", "score:rating", "anonymous:boolean"]),
    ("document", ["title:text", "file:file", "expires on:date"]),
    ("equipment", ["name:text", "serial number:text", "last serviced:date", "working:boolean"]),
    ("vehicle", ["registration:text", "make:text", "mileage:integer", "mot due:date"]),
    ("donation", ["donor name:text", "amount:money", "received on:date", "gift aid:boolean"]),
    ("incident", ["what happened:long_text", "happened at:datetime", "severity:choice=low,medium,high"]),
    ("contact", ["name:text", "email:email", "phone:phone", "notes:long_text"]),
    ("shift", ["starts at:datetime", "ends at:datetime", "role:text"]),
    ("reminder", ["message:text", "remind on:date", "sent:boolean"]),
    ("complaint", ["summary:text", "details:long_text", "resolved:boolean", "received on:date"]),
    ("delivery", ["delivered on:date", "tracking number:text", "signed for:boolean"]),
    ("photo", ["caption:text", "image:image", "taken on:date"]),
    ("goal", ["title:text", "target:integer", "deadline:date", "achieved:boolean"]),
    ("waitlist entry", ["name:text", "phone:phone", "added on:date", "party size:integer"]),
    ("promotion", ["code:text", "discount percent:decimal", "valid until:date", "active:boolean"]),
    ("staff member", ["name:text", "email:email", "role:text", "hourly rate:money"]),
    ("referral", ["referred by:text", "reward:money", "converted:boolean"]),
    ("checklist item", ["item:text", "done:boolean", "due:date"]),
    ("sponsor", ["name:text", "amount:money", "logo:image", "website:url"]),
    ("training", ["course:text", "completed on:date", "certificate:file", "expires on:date"]),
]

# Other names people use for common entity and field names (and new names for renames).
SYNONYMS: dict[str, list[str]] = {
    "client": ["customer", "patron", "account", "guest", "regular"], "customer": ["client", "patron", "buyer"],
    "member": ["player", "athlete", "subscriber", "participant"], "student": ["pupil", "learner", "kid"],
    "booking": ["reservation", "appointment", "slot"], "appointment": ["booking", "visit", "session"],
    "session": ["class", "meeting", "lesson"], "project": ["job", "engagement", "initiative"],
    "task": ["todo", "job", "chore", "action"], "product": ["item", "article", "line"],
    "order": ["sale", "purchase", "request"], "event": ["gig", "meetup", "show"], "venue": ["place", "location"],
    "patient": ["client", "resident"], "job": ["work order", "ticket", "assignment"], "ticket": ["issue", "case"],
    "visit": ["trip", "call out"], "vehicle": ["car", "van", "truck"], "team": ["squad", "crew", "group"],
    "player": ["member", "athlete"], "room": ["space", "suite"], "site": ["location", "property"],
    "staff": ["employee", "worker"], "volunteer": ["helper"], "item": ["piece", "thing"], "pet": ["animal"],
    "recipe": ["dish"], "supplier": ["vendor"], "vendor": ["supplier"], "child": ["kid"], "owner": ["keeper"],
    "name": ["full name", "title"], "title": ["name", "headline"], "phone": ["mobile", "phone number", "cell"],
    "email": ["email address", "e mail"], "notes": ["comments", "remarks", "details"], "price": ["cost", "rate"],
    "cost": ["price", "amount"], "status": ["stage", "state"], "stage": ["status", "phase"], "photo": ["picture"],
    "address": ["street address", "location"], "quantity": ["qty", "amount"], "category": ["type", "kind"],
    "kind": ["type", "category"], "type": ["category", "kind"], "description": ["details", "summary"],
    "rating": ["score", "stars"], "fee": ["charge", "price"], "total": ["amount"], "website": ["site", "url"],
    "location": ["place", "spot"], "starts_at": ["start time", "begins at"], "due_on": ["due date", "deadline"],
    "duration_min": ["length minutes", "minutes"],
}

# Made-up or unusual names, so that a model learns to copy a name from the message instead of recalling one.
NOVEL_WORDS = [
    "quorbit", "zenlo", "brindle", "snorkel", "wobble", "kestrel", "tinder box", "drumlin", "fizzpop", "marlow",
    "gizmo", "nimble", "plover", "quokka", "zephyr", "bramble", "sprocket", "thimble", "yonder", "crumpet",
    "pebble", "dingle", "flotsam", "muffin", "tarn", "grommet", "widget", "doodad", "whatsit", "bungalow",
    "lantern", "mizzen", "sparrow", "tundra", "vortex", "jigsaw", "kumquat", "larder", "mosaic", "ripple",
]

ROLE_IDEAS = [
    "manager", "admin", "staff", "volunteer", "coach", "teacher", "owner", "viewer", "editor", "accountant",
    "receptionist", "driver", "nurse", "supervisor", "technician", "trainer", "parent", "guest", "intern",
    "organiser", "treasurer", "secretary", "chef", "cleaner", "dispatcher", "inspector", "mentor", "lead",
]

# Words that make a field's name more precise when it is renamed ("notes" -> "internal notes").
MODIFIERS = ["security", "internal", "main", "total", "final", "late", "home", "work", "monthly", "public", "private",
             "expected", "actual", "first", "last", "contact", "billing", "shipping", "start", "end", "team", "club"]

OPTION_IDEAS = [
    "late", "on hold", "waitlisted", "pending", "archived", "urgent", "no show", "rescheduled", "in review",
    "blocked", "cancelled", "paid", "refunded", "draft", "approved", "rejected", "overdue", "other", "vip",
    "sold out", "returned", "lost", "damaged", "needs parts", "scheduled", "postponed", "trial",
]

TITLE_WORDS = [
    "Hive Mind", "Tidy Desk", "Little Ledger", "The Book", "Crumbs", "Pit Stop", "Ground Control", "Base Camp",
    "Dog House", "Loop", "Kettle", "Sprout", "Tally", "Lighthouse", "Hub", "Paddock", "Nest", "Rota",
    "Field Notes", "Toolbox", "Backstage", "Clubhouse", "Greenroom", "Harbour", "Switchboard", "Atlas",
]

# Messages that ask for nothing that can be built.
CHATTER = [
    "hello", "hi", "hey there", "thanks!", "thank you", "thx", "cheers", "ok", "ok cool", "nice", "great job",
    "what can you do?", "how does this work", "who are you", "is this thing on", "test", "testing 123", "lol",
    "hmm", "?", "...", "asdfgh", "qwerty", "good morning", "what is this", "can you help me", "help",
    "i'm not sure what i want yet", "let me think about it", "never mind", "that looks good", "perfect, thanks",
    "how much does this cost?", "are you an ai?", "what's the weather like", "tell me a joke", "brb",
    "looks fine to me", "no changes for now", "sounds good", "👍", "🙏", "wow", "can i export this later?",
    "where is my data stored?", "who can see this?", "just browsing", "sorry wrong window", "k",
]

# Openers that put a message in context; {thing} is what the app is about.
CONTEXTS = [
    "I run a small {thing} and", "we're a {thing} and", "I'm setting up a {thing},", "my partner and I run a {thing},",
    "for my {thing}:", "at our {thing}", "I help out at a {thing} and", "we just opened a {thing} and",
    "I manage a {thing} and", "so I have a {thing} and", "running a {thing} here,",
]
BUSINESS_ENDINGS = (
    "shop", "firm", "bakery", "studio", "club", "service", "gallery", "garage", "agency", "bar", "cafe", "school",
    "centre", "center", "clinic", "league", "society", "company", "team", "restaurant", "salon", "practice",
    "store", "network", "association", "brewery", "farm", "hotel", "roastery", "workshop", "charity", "gym",
    "choir", "band", "library", "dealer", "hospital", "kitchen", "nursery", "shelter", "church", "office",
)
