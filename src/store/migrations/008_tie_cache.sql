-- Tie summaries of a period (no evidence), kept until the store or the assessment
-- changes: `map` reads them instead of assessing every claim again. `state` names the
-- store and assessment they were made from (see store/cache.rs).
CREATE TABLE tie_cache (
    period TEXT PRIMARY KEY,
    state  TEXT NOT NULL,
    ties   BLOB NOT NULL
);
