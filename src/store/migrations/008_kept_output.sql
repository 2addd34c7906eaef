-- The outputs of `map` by command and options, kept until the store or the code that
-- makes them changes: an unchanged store answers at once, whatever its size. `state`
-- names the store and code they were made from (see store/cache.rs).
CREATE TABLE kept_output (
    key    TEXT PRIMARY KEY,
    state  TEXT NOT NULL,
    output BLOB NOT NULL
);
