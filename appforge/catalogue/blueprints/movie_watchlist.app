app movie-watchlist "Movie Night Watchlist"
  description "Films to watch and films watched, with where to stream them, who recommended them and your rating. Also: film diary, watchlist, Letterboxd-style movie log."
  access signin
  theme primary=#b91c1c background=#111827 text=#f9fafb accent=#facc15 dark=true icon="🎬"

entity film
  icon "🎞️"
  display title
  order title
  title: text required
  year: integer min=1888 max=2100
  director: text
  poster: image
  genres: tags(Drama:#3b82f6, Comedy:#facc15, Thriller:#ef4444, Horror:#7f1d1d, Sci-fi:#06b6d4, Animation:#f97316, Documentary:#22c55e, Romance:#ec4899, Action:#f59e0b)
  runtime_min: integer label="Runtime (min)" min=1 max=600
  streaming_on: choice(Netflix:#e50914, Prime Video:#00a8e1, Disney+:#113ccf, Apple TV+:#6b7280, Max:#7c3aed, Cinema:#f59e0b, Owned, Other)
  status: choice(Want to watch:#94a3b8, Watched:#22c55e, Gave up:#ef4444) default="Want to watch"
  recommended_by: text
  trailer: url

entity viewing
  icon "🍿"
  order -watched_on
  film: reference(film) required
  watched_on: date required
  with_whom: text
  rating: rating
  rewatch: boolean default=false
  review: long_text

view watchlist cards film "Watchlist" fields=year,streaming_on,runtime_min image_field=poster where status="Want to watch"
view films table film "All films" fields=title,year,director,genres,streaming_on,status sort=title
view diary table viewing "Film diary" fields=watched_on,film,with_whom,rating,rewatch sort=-watched_on
view log form viewing "Log a viewing" fields=film,watched_on,with_whom,rating,rewatch,review
view movie_nights calendar viewing "Movie nights" fields=film,rating date_field=watched_on
dashboard stats "Stats"
  stat "Films watched" count viewing
  stat "Average rating" avg viewing.rating
  line "Films per month" count viewing by watched_on per month
  pie "Where we stream" count film by streaming_on

nav watchlist, films, diary, log, movie_nights, stats
home watchlist
