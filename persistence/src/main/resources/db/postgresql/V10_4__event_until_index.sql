-- PostgreSQL only: the upcoming and past event lists compare COALESCE(ends_at, starts_at) with now; H2 has no
-- index on an expression, and there the lists are small.
CREATE INDEX IF NOT EXISTS event_until_ix ON event ((COALESCE(ends_at, starts_at)));
