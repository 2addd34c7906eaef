//! `tiegraph serve`: a read-only JSON API over the store and the map UI, both embedded
//! in the binary, on a small std::net HTTP server.
//!
//! Security model: the server binds a loopback address unless told otherwise with
//! `allow_remote` and a token; on loopback it answers only requests whose `Host` is a
//! loopback name (no DNS rebinding); with a token, every request must carry it (bearer
//! header, cookie, or `?token=` once, which sets the cookie). Only GET and HEAD, no
//! request bodies, bounded request heads read against a deadline, a bounded number of
//! connections (overload answered 503 after reading the request) and of requests at work
//! (host and token checked before a request waits for one). Every
//! response carries a strict Content-Security-Policy; the UI renders all stored text
//! through `textContent`.
//!
//! Endpoints (all JSON):
//! - `/api/graph[?limit=&from=&to=]` the overview: the most central actors (with
//!   layout positions), the strongest ties of a period among them, and the totals
//! - `/api/neighbourhood?actor=[&depth=&limit=&from=&to=]` an actor's neighbours at one
//!   or two steps, on rings around it, and their ties
//! - `/api/actors`, `/api/actors/{id}` actors with aliases, merge reasons and ties
//! - `/api/search?q=` actors by name or alias
//! - `/api/ties?a=&b=[&from=&to=]` the dossier of two actors, with evidence
//! - `/api/claims[?actor=&relation=&limit=&offset=]` claims with evidence
//! - `/api/documents`, `/api/documents/{id}[?claim=]` documents, with text

pub mod api;
pub mod cluster;
pub mod http;
pub mod layout;
pub mod view;

use crate::store::Store;
use http::{read_request, write_response, ReadError, Request, Response};
use std::net::{SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How much the server takes on at once, and how long it waits for a client.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Connections open at once (each on its own thread, reading its request or being
    /// answered); past this, a connection is answered 503 by the overflow thread.
    pub connections: usize,
    /// Requests being answered at once (the work that needs the store); a request whose
    /// head has been read waits up to `queue_wait` for one of these, then gets 503.
    pub busy: usize,
    /// Time a client has to send its whole request head, from its connection.
    pub head_deadline: Duration,
    /// Time a request waits for a free slot before it is answered 503.
    pub queue_wait: Duration,
    /// Time allowed for each write of the response.
    pub write_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connections: 512,
            busy: 16,
            head_deadline: Duration::from_secs(5),
            queue_wait: Duration::from_secs(5),
            write_timeout: Duration::from_secs(10),
        }
    }
}

/// Connections turned away at once, each read for a moment so the 503 is not lost to a
/// reset; past this many waiting, a connection is closed unanswered.
const OVERFLOW_QUEUE: usize = 256;

const INDEX_HTML: &str = include_str!("ui/index.html");
const APP_JS: &str = include_str!("ui/app.js");
const APP_CSS: &str = include_str!("ui/app.css");
const FAVICON: &str = include_str!("ui/favicon.svg");

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub db: PathBuf,
    /// `host:port`; port 0 picks a free port.
    pub addr: String,
    /// Allow a non-loopback address (requires a token).
    pub allow_remote: bool,
    pub token: Option<String>,
}

/// A bound server, not yet answering.
pub struct Server {
    listener: TcpListener,
    app: Arc<App>,
}

/// Counts slots taken of a fixed number; waits for one with a deadline.
struct Slots {
    taken: Mutex<usize>,
    freed: std::sync::Condvar,
    max: usize,
}

impl Slots {
    fn new(max: usize) -> Slots {
        Slots {
            taken: Mutex::new(0),
            freed: std::sync::Condvar::new(),
            max,
        }
    }

    /// Takes a slot, waiting at most `wait`; `None` when none came free.
    fn take(&self, wait: Duration) -> Option<SlotGuard<'_>> {
        let until = Instant::now() + wait;
        let mut taken = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        while *taken >= self.max {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            taken = self
                .freed
                .wait_timeout(taken, left)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        *taken += 1;
        Some(SlotGuard(self))
    }
}

/// A slot of `Slots`, given back when dropped.
struct SlotGuard<'a>(&'a Slots);

impl Drop for SlotGuard<'_> {
    fn drop(&mut self) {
        let mut taken = self.0.taken.lock().unwrap_or_else(|e| e.into_inner());
        *taken -= 1;
        self.0.freed.notify_one();
    }
}

/// What every connection shares.
pub struct App {
    store: Mutex<Store>,
    snapshot: Mutex<Option<Arc<api::Snapshot>>>,
    token: Option<String>,
    loopback_only: bool,
    active: AtomicUsize,
    busy: Slots,
    limits: Limits,
}

fn valid_token(t: &str) -> bool {
    t.len() >= 16
        && t.len() <= 256
        && t.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

impl Server {
    /// Checks the options, opens the store and binds the address.
    pub fn bind(opts: &Options) -> Result<Server, String> {
        let addrs: Vec<SocketAddr> = opts
            .addr
            .to_socket_addrs()
            .map_err(|e| format!("cannot resolve {:?}: {e}", opts.addr))?
            .collect();
        let Some(&addr) = addrs.first() else {
            return Err(format!("{:?} resolves to no address", opts.addr));
        };
        let loopback = addrs.iter().all(|a| a.ip().is_loopback());
        if let Some(t) = &opts.token {
            if !valid_token(t) {
                return Err(
                    "the token must be 16 to 256 characters of letters, digits, '-', '.', '_' or '~'"
                        .into(),
                );
            }
        }
        if !(loopback || opts.allow_remote && opts.token.is_some()) {
            return Err(format!(
                "refusing to listen on {addr}: it is not a loopback address; to serve other \
                 machines pass --allow-remote and --token T (every request must then carry T)"
            ));
        }
        if !opts.db.exists() && !crate::store::is_url(&opts.db) {
            return Err(format!(
                "no database at {} (run `tiegraph ingest --db {} PATH...` first)",
                opts.db.display(),
                opts.db.display()
            ));
        }
        let store = Store::open_existing(&opts.db).map_err(|e| e.to_string())?;
        let listener =
            TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        Ok(Server {
            listener,
            app: Arc::new(App {
                store: Mutex::new(store),
                snapshot: Mutex::new(None),
                token: opts.token.clone(),
                loopback_only: loopback && !opts.allow_remote,
                active: AtomicUsize::new(0),
                busy: Slots::new(Limits::default().busy),
                limits: Limits::default(),
            }),
        })
    }

    /// The same server with other limits (tests use small ones).
    pub fn with_limits(mut self, limits: Limits) -> Server {
        if let Some(app) = Arc::get_mut(&mut self.app) {
            app.busy = Slots::new(limits.busy.max(1));
            app.limits = limits;
        }
        self
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// The URL to open.
    pub fn url(&self) -> String {
        format!("http://{}/", self.local_addr())
    }

    /// Builds the snapshot (assessments and layout) before the first request.
    pub fn warm(&self) -> Result<(), String> {
        self.app.snapshot().map(|_| ())
    }

    /// Answers connections until the process ends, a thread per connection. A slow or
    /// idle client holds only its own thread, and only until its head deadline; the work
    /// that needs the store is done a bounded number of requests at a time.
    pub fn run(self) {
        let (overflow, turned_away) = std::sync::mpsc::sync_channel::<TcpStream>(OVERFLOW_QUEUE);
        let _ = std::thread::Builder::new()
            .name("tiegraph-http-overflow".into())
            .spawn(move || {
                for mut stream in turned_away {
                    refuse(&mut stream, &Response::error(503, "too many connections"));
                }
            });
        for stream in self.listener.incoming() {
            let Ok(stream) = stream else { continue };
            let accepted = Instant::now();
            let app = Arc::clone(&self.app);
            if app.active.fetch_add(1, Ordering::SeqCst) >= app.limits.connections {
                app.active.fetch_sub(1, Ordering::SeqCst);
                // When even the overflow queue is full, the connection is dropped.
                let _ = overflow.try_send(stream);
                continue;
            }
            let spawned = std::thread::Builder::new()
                .name("tiegraph-http".into())
                .spawn({
                    let app = Arc::clone(&app);
                    move || {
                        app.connection(stream, accepted);
                        app.active.fetch_sub(1, Ordering::SeqCst);
                    }
                });
            if spawned.is_err() {
                app.active.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// Answers `resp` to a connection whose request is not served: what the client sent is
/// read first (briefly), so it gets the response rather than a reset.
fn refuse(stream: &mut TcpStream, resp: &Response) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    http::drain(stream, Duration::from_millis(100));
    let _ = write_response(stream, resp, false);
    let _ = stream.shutdown(std::net::Shutdown::Write);
    http::drain(stream, Duration::from_millis(50));
}

impl App {
    fn connection(&self, mut stream: TcpStream, accepted: Instant) {
        let _ = stream.set_write_timeout(Some(self.limits.write_timeout));
        let until = accepted + self.limits.head_deadline;
        let (resp, head_only) = match read_request(&stream, until) {
            Ok(req) => (self.answer(&req), req.method == "HEAD"),
            Err(ReadError::Gone) => return,
            Err(ReadError::Bad(status, msg)) => (Response::error(status, msg), false),
        };
        let _ = write_response(&mut stream, &resp, head_only);
        let _ = stream.shutdown(std::net::Shutdown::Write);
        // Whatever else the client sent (a body it should not have) is read, briefly, so
        // the close does not reset the connection before the response arrives.
        http::drain(&stream, Duration::from_millis(100));
    }

    /// Answers a request whose head was read: refusals (method, host, token) at once,
    /// the rest when a slot is free, or 503 when none comes free in time.
    fn answer(&self, req: &Request) -> Response {
        if let Err(refusal) = self.check(req) {
            return refusal;
        }
        match self.busy.take(self.limits.queue_wait) {
            Some(_slot) => self.handle(req),
            None => {
                let mut r = Response::error(503, "busy: try again shortly");
                r.headers.push(("Retry-After", "1".into()));
                r
            }
        }
    }

    /// The checks `handle` makes before any work: method, host, token.
    fn check(&self, req: &Request) -> Result<(), Response> {
        if req.method != "GET" && req.method != "HEAD" {
            let mut r =
                Response::error(405, "only GET and HEAD are accepted: the API is read-only");
            r.headers.push(("Allow", "GET, HEAD".into()));
            return Err(r);
        }
        self.admit(req).map(|_| ())
    }

    /// The current snapshot, rebuilt when another process has written to the store.
    fn snapshot(&self) -> Result<Arc<api::Snapshot>, String> {
        let store = self.store.lock().map_err(|_| "store lock poisoned")?;
        let version = store.data_version().map_err(|e| e.to_string())?;
        let mut slot = self.snapshot.lock().map_err(|_| "snapshot lock poisoned")?;
        if let Some(s) = slot.as_ref().filter(|s| s.version == version) {
            return Ok(Arc::clone(s));
        }
        let snap = Arc::new(api::Snapshot::build(&store, version)?);
        *slot = Some(Arc::clone(&snap));
        Ok(snap)
    }

    /// Host and token checks; `Err` is the refusal. `Ok(true)`: the token came in the
    /// query and should be set as a cookie.
    fn admit(&self, req: &Request) -> Result<bool, Response> {
        if self.loopback_only {
            let host = req.header("host").unwrap_or("");
            let name = match host.strip_prefix('[') {
                Some(rest) => rest.split(']').next().unwrap_or(""),
                None => host.split(':').next().unwrap_or(""),
            };
            let ok = name.eq_ignore_ascii_case("localhost")
                || name
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            if !ok {
                return Err(Response::error(
                    421,
                    "this server answers only requests addressed to a loopback host",
                ));
            }
        }
        let Some(token) = &self.token else {
            return Ok(false);
        };
        // The scheme's name is case-insensitive (RFC 9110): "bearer" is as good.
        let bearer = req.header("authorization").and_then(|h| {
            let (scheme, value) = h.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| value.trim())
        });
        let cookie = req.header("cookie").and_then(|c| {
            c.split(';')
                .filter_map(|kv| kv.trim().strip_prefix("tiegraph_token="))
                .next()
        });
        let query = req.query.get("token").map(String::as_str);
        let eq =
            |x: Option<&str>| x.is_some_and(|x| constant_time_eq(x.as_bytes(), token.as_bytes()));
        if eq(bearer) || eq(cookie) {
            return Ok(false);
        }
        if eq(query) {
            return Ok(true);
        }
        Err(Response::error(401, "a token is required"))
    }

    /// Answers one request.
    pub fn handle(&self, req: &Request) -> Response {
        if let Err(refusal) = self.check(req) {
            return refusal;
        }
        let set_cookie = self.admit(req).unwrap_or(false);
        // The token given in a page's address is set as a cookie and taken out of the
        // address (it would stay in the address bar, the history and bookmarks).
        let mut resp = if set_cookie && !req.path.starts_with("/api/") {
            let mut r = Response::new(303, "text/plain; charset=utf-8", Vec::new());
            r.headers.push(("Location", without_token(req)));
            r
        } else {
            self.route(req)
        };
        if set_cookie {
            if let Some(t) = &self.token {
                resp.headers.push((
                    "Set-Cookie",
                    format!("tiegraph_token={t}; HttpOnly; SameSite=Strict; Path=/"),
                ));
            }
        }
        resp
    }

    fn route(&self, req: &Request) -> Response {
        let asset = |ct: &'static str, body: &str| {
            let mut r = Response::new(200, ct, body.as_bytes().to_vec());
            r.cacheable = true;
            r
        };
        let path = req.path.as_str();
        match path {
            "/" | "/index.html" => return asset("text/html; charset=utf-8", INDEX_HTML),
            "/app.js" => return asset("text/javascript; charset=utf-8", APP_JS),
            "/app.css" => return asset("text/css; charset=utf-8", APP_CSS),
            "/favicon.svg" | "/favicon.ico" => return asset("image/svg+xml", FAVICON),
            _ => {}
        }
        let Some(api_path) = path.strip_prefix("/api/") else {
            return Response::error(404, "not found");
        };
        let snap = match self.snapshot() {
            Ok(s) => s,
            Err(e) => return Response::error(500, &e),
        };
        let segs: Vec<&str> = api_path.split('/').collect();
        let id = |s: &str| s.parse::<i64>().ok();
        match segs.as_slice() {
            ["graph"] => api::graph(&snap, req),
            ["actors"] => api::actors(&snap),
            ["actors", x] => match id(x) {
                Some(i) => api::actor(&snap, i),
                None => Response::error(400, "actor ids are numbers"),
            },
            ["neighbourhood"] => api::neighbourhood(&snap, req),
            ["search"] => api::search(&snap, req),
            ["ties"] | ["claims"] | ["documents"] | ["documents", _] => {
                let Ok(store) = self.store.lock() else {
                    return Response::error(500, "store lock poisoned");
                };
                match segs.as_slice() {
                    ["ties"] => api::ties(&snap, &store, req),
                    ["claims"] => api::claims(&store, req),
                    ["documents"] => api::documents(&store),
                    [_, x] => match id(x) {
                        Some(i) => api::document(&store, i, req),
                        None => Response::error(400, "document ids are numbers"),
                    },
                    _ => Response::error(404, "not found"),
                }
            }
            _ => Response::error(404, "no such endpoint"),
        }
    }
}

/// The request's path and query without the `token` parameter, percent-encoded.
fn without_token(req: &Request) -> String {
    let enc = |s: &str| {
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    let mut url = enc(&req.path);
    let rest: Vec<String> = req
        .query
        .iter()
        .filter(|(k, _)| k.as_str() != "token")
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect();
    if !rest.is_empty() {
        url.push('?');
        url.push_str(&rest.join("&"));
    }
    // "//host" would leave the site.
    if url.starts_with("//") {
        url = format!("/{}", url.trim_start_matches('/'));
    }
    url
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
