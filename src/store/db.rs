//! The two backends behind `Store`: SQLite (rusqlite, a file) and PostgreSQL (the sync
//! `postgres` client, a server named by a `postgres://` URL).
//!
//! Statements are written once, in SQLite's dialect with `?N` (or `?`) placeholders.
//! For PostgreSQL the placeholders become `$N`, `INSERT OR IGNORE` becomes `ON CONFLICT
//! DO NOTHING`, `INSERT OR REPLACE` an upsert on the first column, and the few
//! expressions that differ are asked of `Db` (`bytes`, `text_of_bytes`, `least`,
//! `greatest`). Rows are read through `Row::get`, one call for both backends; every
//! integer is 64-bit on both (PostgreSQL's schema uses BIGINT throughout).

use super::{Result, StoreError};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A value bound to a placeholder: anything both drivers can bind.
pub trait Param {
    fn sqlite(&self) -> &dyn rusqlite::ToSql;
    fn pg(&self) -> &(dyn postgres::types::ToSql + Sync);
}

impl<T: rusqlite::ToSql + postgres::types::ToSql + Sync> Param for T {
    fn sqlite(&self) -> &dyn rusqlite::ToSql {
        self
    }
    fn pg(&self) -> &(dyn postgres::types::ToSql + Sync) {
        self
    }
}

/// The parameters of a statement: `p![a, b]`.
macro_rules! p {
    ($($x:expr),* $(,)?) => {
        &[$(&$x as &dyn $crate::store::db::Param),*] as &[&dyn $crate::store::db::Param]
    };
}
pub(crate) use p;

/// A value read from a column: anything both drivers can read.
pub trait Value: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a> {}
impl<T: rusqlite::types::FromSql + for<'a> postgres::types::FromSql<'a>> Value for T {}

/// One row of a result, from either backend.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `i` (from 0).
    pub fn get<T: Value>(&self, i: usize) -> Result<T> {
        match self {
            Row::Sqlite(r) => Ok(r.get(i)?),
            Row::Pg(r) => Ok(r.try_get(i)?),
        }
    }

    /// Column `i` (from 0) as text borrowed from the row, `None` for NULL, handed to
    /// `f`: for the many short texts a large read parses (a relation, a polarity) and
    /// need not copy.
    pub fn with_str<T>(&self, i: usize, f: impl FnOnce(Option<&str>) -> T) -> Result<T> {
        match self {
            Row::Sqlite(r) => {
                let text = r.get_ref(i)?.as_str_or_null().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i,
                        rusqlite::types::Type::Text,
                        e.into(),
                    )
                })?;
                Ok(f(text))
            }
            Row::Pg(r) => Ok(f(r.try_get::<_, Option<&str>>(i)?)),
        }
    }
}

/// A PostgreSQL connection with its prepared statements.
pub struct Pg {
    client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    in_tx: Cell<bool>,
    url: String,
}

/// Prepared statements a PostgreSQL connection keeps (statements with id lists vary).
const PG_STATEMENTS: usize = 256;

/// Rows a multi-row `INSERT` writes at most on PostgreSQL (`Db::insert_rows`).
const PG_ROWS_PER_STATEMENT: usize = 64;

/// The connection of a store.
pub enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<Pg>),
}

/// Whether `db` names a PostgreSQL server rather than a SQLite file.
pub fn is_url(db: &std::path::Path) -> bool {
    let s = db.to_string_lossy();
    s.starts_with("postgres://") || s.starts_with("postgresql://")
}

/// `url` without its password, to be said in messages.
pub fn redact(url: &str) -> String {
    password_as(url, ":***")
}

/// `url` with no password in it: what names one database whatever password reaches it.
pub fn without_password(url: &str) -> String {
    password_as(url, "")
}

/// `url` with its password (if any) written as `shown` after the user name.
fn password_as(url: &str, shown: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) if user.contains(':') => {
            let user = user.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}{shown}@{host}")
        }
        _ => url.to_string(),
    }
}

/// `value` as a field of PostgreSQL's COPY text format (tab-separated, `\N` for NULL).
fn copy_field(out: &mut Vec<u8>, value: rusqlite::types::ValueRef) -> Result<()> {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => out.extend_from_slice(b"\\N"),
        ValueRef::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        ValueRef::Real(f) => out.extend_from_slice(f.to_string().as_bytes()),
        ValueRef::Text(t) => {
            for &b in t {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b => out.push(b),
                }
            }
        }
        ValueRef::Blob(_) => return Err(StoreError::Internal("copying a blob to PostgreSQL")),
    }
    Ok(())
}

impl Db {
    /// Copies the rows `select` answers on SQLite connection `from` into `into` (`table
    /// (column, ...)`, the columns in `select`'s order) of this PostgreSQL store, by one
    /// `COPY`, streamed: no more than a buffer of rows is held at once.
    pub fn copy_from_sqlite(
        &self,
        from: &rusqlite::Connection,
        select: &str,
        into: &str,
    ) -> Result<u64> {
        let Db::Postgres(p) = self else {
            return Err(StoreError::Internal("copying rows into PostgreSQL"));
        };
        use std::io::Write;
        let mut client = p.client.borrow_mut();
        let mut writer = client.copy_in(&format!("COPY {into} FROM STDIN"))?;
        let mut st = from.prepare(select)?;
        let width = st.column_count();
        let mut rows = st.query([])?;
        let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
        let io = |e| StoreError::io(format!("copying rows into {into}"), e);
        while let Some(r) = rows.next()? {
            for i in 0..width {
                if i > 0 {
                    buf.push(b'\t');
                }
                copy_field(&mut buf, r.get_ref(i)?)?;
            }
            buf.push(b'\n');
            if buf.len() >= 1 << 16 {
                writer.write_all(&buf).map_err(io)?;
                buf.clear();
            }
        }
        writer.write_all(&buf).map_err(io)?;
        Ok(writer.finish()?)
    }

    /// Connects to the PostgreSQL server at `url` (no TLS).
    pub fn connect(url: &str) -> Result<Db> {
        let connect = || -> std::result::Result<postgres::Client, postgres::Error> {
            let config: postgres::Config = url.parse()?;
            let mut client = config.connect(postgres::NoTls)?;
            // Messages and dates as the SQLite store gives them, whatever the server's defaults.
            client.batch_execute("SET client_min_messages = warning")?;
            Ok(client)
        };
        let client = connect().map_err(|error| StoreError::Connect {
            url: redact(url),
            error,
        })?;
        Ok(Db::Postgres(Box::new(Pg {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            in_tx: Cell::new(false),
            url: url.to_string(),
        })))
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }

    /// The SQLite connection, for what only a SQLite store is asked (a reanalysis' work
    /// store, always a file); `what` names the work if it is asked of PostgreSQL (a bug).
    pub fn sqlite(&self, what: &'static str) -> Result<&rusqlite::Connection> {
        match self {
            Db::Sqlite(c) => Ok(c),
            Db::Postgres(_) => Err(StoreError::Internal(what)),
        }
    }

    /// The server's URL, for a PostgreSQL store.
    pub fn url(&self) -> Option<&str> {
        match self {
            Db::Sqlite(_) => None,
            Db::Postgres(p) => Some(&p.url),
        }
    }

    fn pg_statement(p: &Pg, sql: &str) -> Result<postgres::Statement> {
        if let Some(st) = p.statements.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = p.client.borrow_mut().prepare(&to_postgres(sql))?;
        let mut cache = p.statements.borrow_mut();
        if cache.len() >= PG_STATEMENTS {
            cache.clear();
        }
        cache.insert(sql.to_string(), st.clone());
        Ok(st)
    }

    /// Runs a statement; returns how many rows it changed.
    pub fn exec(&self, sql: &str, params: &[&dyn Param]) -> Result<usize> {
        match self {
            Db::Sqlite(c) => {
                let ps: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p.sqlite()).collect();
                Ok(c.prepare_cached(sql)?.execute(&*ps)?)
            }
            Db::Postgres(p) => {
                let st = Self::pg_statement(p, sql)?;
                let ps: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    params.iter().map(|p| p.pg()).collect();
                Ok(p.client.borrow_mut().execute(&st, &ps)? as usize)
            }
        }
    }

    /// Inserts rows of `width` values each (`values`, row after row) by `head` (`INSERT
    /// [OR IGNORE] INTO t (a, b, ...)`), in order. SQLite takes them a row a statement
    /// (no round trips to save, and one prepared statement); PostgreSQL up to
    /// `PG_ROWS_PER_STATEMENT` rows a statement, one round trip each.
    pub fn insert_rows(&self, head: &str, width: usize, values: &[&dyn Param]) -> Result<()> {
        let row = format!("({})", vec!["?"; width].join(","));
        let per = match self {
            Db::Sqlite(_) => 1,
            Db::Postgres(_) => PG_ROWS_PER_STATEMENT,
        };
        let statement =
            |rows: usize| format!("{head} VALUES {}", vec![row.as_str(); rows].join(","));
        let full = statement(per);
        for chunk in values.chunks(per * width) {
            if chunk.len() == per * width {
                self.exec(&full, chunk)?;
            } else {
                self.exec(&statement(chunk.len() / width), chunk)?;
            }
        }
        Ok(())
    }

    /// The rows of `select` (`SELECT ... WHERE column`) whose column is one of the
    /// distinct `values`: on SQLite by `IN` lists of `per` values (a short last list
    /// repeats its last value, so that one statement serves), on PostgreSQL by one
    /// `= ANY` of an array.
    pub fn rows_where_in<T>(
        &self,
        select: &str,
        values: &[i64],
        per: usize,
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        match self {
            Db::Sqlite(_) => {
                let sql = format!("{select} IN ({})", vec!["?"; per].join(","));
                for chunk in values.chunks(per) {
                    let args: Vec<i64> = (0..per).map(|i| chunk[i.min(chunk.len() - 1)]).collect();
                    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
                    self.each(&sql, &params, |r| {
                        out.push(f(r)?);
                        Ok(())
                    })?;
                }
            }
            Db::Postgres(p) => {
                if values.is_empty() {
                    return Ok(out);
                }
                let st = Self::pg_statement(p, &format!("{select} = ANY(?1)"))?;
                let rows = p.client.borrow_mut().query(&st, &[&values])?;
                for r in &rows {
                    out.push(f(&Row::Pg(r))?);
                }
            }
        }
        Ok(out)
    }

    /// Inserts the rows (`first`, `second`) for every one of `firsts` into `table`
    /// (`name (column, column)`), ignoring those already there: on SQLite `per` rows a
    /// statement (a short last one repeats its last row), on PostgreSQL one statement.
    pub fn insert_pairs_ignore(
        &self,
        table: &str,
        firsts: &[i64],
        second: i64,
        per: usize,
    ) -> Result<()> {
        match self {
            Db::Sqlite(_) => {
                let sql = format!(
                    "INSERT OR IGNORE INTO {table} VALUES {}",
                    vec!["(?,?)"; per].join(",")
                );
                for chunk in firsts.chunks(per) {
                    let args: Vec<i64> = (0..per)
                        .flat_map(|i| [chunk[i.min(chunk.len() - 1)], second])
                        .collect();
                    let params: Vec<&dyn Param> = args.iter().map(|a| a as &dyn Param).collect();
                    self.exec(&sql, &params)?;
                }
            }
            Db::Postgres(p) => {
                if firsts.is_empty() {
                    return Ok(());
                }
                let sql = format!(
                    "INSERT INTO {table} SELECT unnest(CAST(?1 AS BIGINT[])), ?2 ON CONFLICT DO NOTHING"
                );
                let st = Self::pg_statement(p, &sql)?;
                p.client.borrow_mut().execute(&st, &[&firsts, &second])?;
            }
        }
        Ok(())
    }

    /// Runs an `INSERT` into a table with an `id` key; returns the new row's id.
    pub fn insert(&self, sql: &str, params: &[&dyn Param]) -> Result<i64> {
        match self {
            Db::Sqlite(c) => {
                self.exec(sql, params)?;
                Ok(c.last_insert_rowid())
            }
            Db::Postgres(_) => {
                let sql = format!("{sql} RETURNING id");
                self.row(&sql, params, |r| r.get(0))?
                    .ok_or(StoreError::Internal("reading the id of a new row"))
            }
        }
    }

    /// Every row of a query, each read by `f`.
    pub fn rows<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        self.each(sql, params, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Hands every row of a query to `f` in turn. On PostgreSQL the rows are all read
    /// first, so `f` may run statements of its own.
    pub fn each(
        &self,
        sql: &str,
        params: &[&dyn Param],
        mut f: impl FnMut(&Row) -> Result<()>,
    ) -> Result<()> {
        match self {
            Db::Sqlite(c) => {
                let ps: Vec<&dyn rusqlite::ToSql> = params.iter().map(|p| p.sqlite()).collect();
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(&*ps)?;
                while let Some(r) = rows.next()? {
                    f(&Row::Sqlite(r))?;
                }
                Ok(())
            }
            Db::Postgres(p) => {
                let st = Self::pg_statement(p, sql)?;
                let ps: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    params.iter().map(|p| p.pg()).collect();
                let rows = p.client.borrow_mut().query(&st, &ps)?;
                for r in &rows {
                    f(&Row::Pg(r))?;
                }
                Ok(())
            }
        }
    }

    /// The first row of a query, read by `f`, if there is one.
    pub fn row<T>(
        &self,
        sql: &str,
        params: &[&dyn Param],
        f: impl FnOnce(&Row) -> Result<T>,
    ) -> Result<Option<T>> {
        let mut f = Some(f);
        let mut out = None;
        self.each(sql, params, |r| {
            if let Some(f) = f.take() {
                out = Some(f(r)?);
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Runs statements separated by semicolons, without parameters.
    pub fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(p) => Ok(p.client.borrow_mut().batch_execute(sql)?),
        }
    }

    /// Whether a transaction is open.
    pub fn in_transaction(&self) -> bool {
        match self {
            Db::Sqlite(c) => !c.is_autocommit(),
            Db::Postgres(p) => p.in_tx.get(),
        }
    }

    /// Opens a write transaction. On SQLite it takes the write lock at once; on
    /// PostgreSQL it takes the store's writer lock (an advisory lock held until the
    /// transaction ends), so that writers of one store write one after another, each
    /// seeing what the others committed (their analyses still run side by side).
    pub fn begin(&self) -> Result<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch("BEGIN IMMEDIATE")?),
            Db::Postgres(p) => {
                p.client
                    .borrow_mut()
                    .batch_execute("BEGIN; SELECT pg_advisory_xact_lock(7415001)")?;
                p.in_tx.set(true);
                Ok(())
            }
        }
    }

    /// Commits the open transaction.
    pub fn commit(&self) -> Result<()> {
        self.end("COMMIT")
    }

    /// Rolls the open transaction back.
    pub fn rollback(&self) -> Result<()> {
        self.end("ROLLBACK")
    }

    fn end(&self, how: &str) -> Result<()> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(how)?),
            Db::Postgres(p) => {
                // Whatever the outcome, no transaction is open after it.
                p.in_tx.set(false);
                Ok(p.client.borrow_mut().batch_execute(how)?)
            }
        }
    }

    /// The bytes `start..end` of text column `text`, as a blob.
    pub fn bytes(&self, text: &str, start: &str, end: &str) -> String {
        match self {
            Db::Sqlite(_) => format!("substr(CAST({text} AS BLOB), {start} + 1, {end} - {start})"),
            Db::Postgres(_) => format!(
                "substring(convert_to({text}, 'UTF8') from CAST({start} + 1 AS INTEGER) \
                 for CAST(greatest({end} - {start}, 0) AS INTEGER))"
            ),
        }
    }

    /// The bytes `start..end` of text column `text`, as text.
    pub fn text_of_bytes(&self, text: &str, start: &str, end: &str) -> String {
        let bytes = self.bytes(text, start, end);
        match self {
            Db::Sqlite(_) => format!("CAST({bytes} AS TEXT)"),
            Db::Postgres(_) => format!("convert_from({bytes}, 'UTF8')"),
        }
    }

    /// The smaller of two values.
    pub fn least(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "min",
            Db::Postgres(_) => "least",
        }
    }

    /// The larger of two values.
    pub fn greatest(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "max",
            Db::Postgres(_) => "greatest",
        }
    }
}

/// A statement in SQLite's dialect, in PostgreSQL's (see the module's comment).
pub fn to_postgres(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 32);
    let mut next = 1;
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                if digits.is_empty() {
                    digits = next.to_string();
                    next += 1;
                }
                out.push('$');
                out.push_str(&digits);
            }
            _ => out.push(c),
        }
    }
    let trimmed = out.trim_start();
    if let Some(rest) = trimmed.strip_prefix("INSERT OR IGNORE INTO") {
        return format!("INSERT INTO{rest} ON CONFLICT DO NOTHING");
    }
    if let Some(rest) = trimmed.strip_prefix("INSERT OR REPLACE INTO") {
        // The first column named is the key.
        let columns: Vec<&str> = rest
            .split_once('(')
            .and_then(|(_, r)| r.split_once(')'))
            .map(|(cols, _)| cols.split(',').map(str::trim).collect())
            .unwrap_or_default();
        if let Some((key, others)) = columns.split_first() {
            let set: Vec<String> = others
                .iter()
                .map(|c| format!("{c} = EXCLUDED.{c}"))
                .collect();
            return format!(
                "INSERT INTO{rest} ON CONFLICT ({key}) DO UPDATE SET {}",
                set.join(", ")
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_rewritten_for_postgres() {
        assert_eq!(
            to_postgres("SELECT a FROM t WHERE x = ?1 AND y IN (?, ?) AND z = '?'"),
            "SELECT a FROM t WHERE x = $1 AND y IN ($1, $2) AND z = '?'"
        );
        assert_eq!(
            to_postgres("INSERT OR IGNORE INTO t (a, b) VALUES (?1, ?2)"),
            "INSERT INTO t (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        );
        assert_eq!(
            to_postgres("INSERT OR REPLACE INTO m (key, value) VALUES (?1, ?2)"),
            "INSERT INTO m (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        );
        assert_eq!(
            redact("postgres://me:secret@db.example/x"),
            "postgres://me:***@db.example/x"
        );
        assert_eq!(redact("postgres://me@db/x"), "postgres://me@db/x");
        assert_eq!(
            without_password("postgres://me:secret@db.example/x"),
            "postgres://me@db.example/x"
        );
    }

    #[test]
    fn copied_values_are_escaped_for_copy_text_format() {
        use rusqlite::types::ValueRef;
        let mut out = Vec::new();
        for v in [
            ValueRef::Integer(-42),
            ValueRef::Null,
            ValueRef::Text(b"a\tb\\c\nd\re"),
        ] {
            copy_field(&mut out, v).unwrap();
            out.push(b'|');
        }
        assert_eq!(out, b"-42|\\N|a\\tb\\\\c\\nd\\re|".to_vec());
        assert!(copy_field(&mut out, ValueRef::Blob(b"x")).is_err());
    }
}
