app birthdays-contacts "Birthday & Anniversary Reminders"
  description "Remember the birthdays and anniversaries of friends and family, with contact details, ages and whether a card was sent. Also: birthday calendar, contact reminders, special dates book."
  access signin
  theme primary=#e11d48 background=#fff8f9 accent=#f59e0b icon="🎂"

entity contact
  icon "👤"
  display name
  order name
  name: text required
  relationship: choice(Family:#ec4899, Friend:#3b82f6, Colleague:#64748b, Neighbour:#22c55e)
  birthday: date
  birth_year_known: boolean default=true
  age: computed = year(today()) - year(birthday)
  anniversary: date
  email: email
  phone: phone
  address: long_text
  photo: image
  card_sent_this_year: boolean default=false
  gift_ideas: text

entity greeting
  icon "💌"
  order -sent_on
  contact: reference(contact) required
  occasion: choice(Birthday:#e11d48, Anniversary:#a855f7, Christmas:#16a34a, Other)
  sent_on: date required
  how: choice(Card, Gift, Call, Message, Visit)
  cost: money(USD) min=0

view birthdays calendar contact "Birthdays" fields=name,age date_field=birthday
view anniversaries calendar contact "Anniversaries" fields=name date_field=anniversary
view contacts table contact fields=name,relationship,birthday,age,email,phone,card_sent_this_year sort=name
view faces cards contact "Faces" fields=relationship,birthday image_field=photo
view greetings table greeting "Sent" fields=sent_on,contact,occasion,how,cost sort=-sent_on
view add form contact "Add a contact" fields=name,relationship,birthday,anniversary,email,phone,address,photo
dashboard circle "Circle"
  stat "Contacts" count contact
  stat "Cards still to send" count contact where card_sent_this_year=false
  pie "By relationship" count contact by relationship

nav birthdays, contacts, faces, add, anniversaries, greetings, circle
home birthdays
