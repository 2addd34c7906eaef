//! `tiegraph serve`: the JSON API over raw HTTP (endpoints, content types, security
//! headers, refusals), with the server running in-process on the example articles.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use tiegraph::serve::{Options, Server};

fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tiegraph-serve-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A database of the example articles plus one hostile article, ingested once.
fn db() -> &'static PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = scratch("db");
        let hostile = dir.join("hostile");
        std::fs::create_dir_all(&hostile).unwrap();
        std::fs::write(
            hostile.join("hostile.txt"),
            "<script>alert(1)</script> Report\n\nBy <b>Nobody</b>\n\n\
             The Haqqani Network funds the Taliban <img src=x onerror=alert(2)>.\n",
        )
        .unwrap();
        let db = dir.join("t.db");
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let out = Command::new(env!("CARGO_BIN_EXE_tiegraph"))
            .arg("ingest")
            .arg("--quiet")
            .arg("--db")
            .arg(&db)
            .arg(root.join("examples/articles"))
            .arg(&hostile)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        db
    })
}

fn start(opts: Options) -> SocketAddr {
    let server = Server::bind(&opts).expect("binds");
    let addr = server.local_addr();
    std::thread::spawn(move || server.run());
    addr
}

fn local() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        start(Options {
            db: db().clone(),
            addr: "127.0.0.1:0".into(),
            allow_remote: false,
            token: None,
        })
    })
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        assert!(
            self.header("content-type")
                .unwrap()
                .starts_with("application/json"),
            "not JSON"
        );
        serde_json::from_slice(&self.body).expect("valid JSON")
    }
}

fn raw(addr: SocketAddr, request: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(request).unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).unwrap();
    let split = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8(buf[..split].to_vec()).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Reply {
        status,
        headers,
        body: buf[split + 4..].to_vec(),
    }
}

fn get(addr: SocketAddr, path: &str) -> Reply {
    raw(
        addr,
        format!(
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            addr.port()
        )
        .as_bytes(),
    )
}

fn actor_id(addr: SocketAddr, name: &str) -> i64 {
    let hits = get(addr, &format!("/api/search?q={}", name.replace(' ', "+"))).json();
    hits[0]["id"]
        .as_i64()
        .unwrap_or_else(|| panic!("no actor {name}: {hits}"))
}

#[test]
fn ui_assets_with_strict_headers() {
    let a = local();
    for (path, ct) in [
        ("/", "text/html"),
        ("/app.js", "text/javascript"),
        ("/app.css", "text/css"),
    ] {
        let r = get(a, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(r.header("content-type").unwrap().starts_with(ct), "{path}");
        let csp = r.header("content-security-policy").unwrap();
        assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"));
        assert!(!csp.contains("unsafe-inline") && !csp.contains("http"));
        assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    }
    // Nothing from elsewhere and no inline script in the page.
    let html = String::from_utf8(get(a, "/").body).unwrap();
    assert!(!html.contains("http://") && !html.contains("https://") && !html.contains("//cdn"));
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("<script src=\"/app.js\" defer></script>"));
    let js = String::from_utf8(get(a, "/app.js").body).unwrap();
    assert!(
        !js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("eval(")
    );
    assert_eq!(get(a, "/nope").status, 404);
}

#[test]
fn graph_with_positions_and_periods() {
    let a = local();
    let g = get(a, "/api/graph").json();
    let nodes = g["nodes"].as_array().unwrap();
    let edges = g["edges"].as_array().unwrap();
    assert!(nodes.len() > 10 && edges.len() > 10);
    for n in nodes {
        assert!(n["x"].is_number() && n["y"].is_number() && n["kind"].is_string());
    }
    let ids: std::collections::HashSet<i64> =
        nodes.iter().map(|n| n["id"].as_i64().unwrap()).collect();
    for e in edges {
        assert!(ids.contains(&e["s"].as_i64().unwrap()) && ids.contains(&e["o"].as_i64().unwrap()));
        let c = e["conf"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c));
    }
    // The layout is deterministic: the same bytes twice.
    assert_eq!(get(a, "/api/graph").body, get(a, "/api/graph").body);
    // An as-of view has no more ties than all dates.
    let early = get(a, "/api/graph?to=2015").json();
    assert!(early["edges"].as_array().unwrap().len() < edges.len());
    assert_eq!(early["period"]["to"], "2015");
    assert_eq!(get(a, "/api/graph?to=yesterday").status, 400);
}

/// Node ids and (subject, object) pairs of a map response.
fn ids_and_pairs(g: &Value) -> (Vec<i64>, Vec<(i64, i64)>) {
    let ids = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect();
    let pairs = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["s"].as_i64().unwrap(), e["o"].as_i64().unwrap()))
        .collect();
    (ids, pairs)
}

#[test]
fn overview_is_the_most_central_part_with_totals() {
    let a = local();
    let all = get(a, "/api/graph?limit=all").json();
    let total = all["total"]["actors"].as_u64().unwrap();
    assert_eq!(
        all["shown"]["actors"].as_u64().unwrap(),
        total,
        "{}",
        all["shown"]
    );
    assert_eq!(all["view"]["more"], Value::Null);
    let small = get(a, "/api/graph?limit=5").json();
    let (ids, pairs) = ids_and_pairs(&small);
    assert!(!ids.is_empty() && ids.len() <= 5, "{ids:?}");
    assert_eq!(small["total"]["actors"].as_u64().unwrap(), total);
    assert_eq!(small["shown"]["actors"].as_u64().unwrap(), ids.len() as u64);
    assert_eq!(small["shown"]["ties"].as_u64().unwrap(), pairs.len() as u64);
    assert_eq!(small["view"]["more"], 10);
    // The five are the five most central of all dates, and every tie is between two.
    for n in small["nodes"].as_array().unwrap() {
        assert!(n["rank"].as_u64().unwrap() < 5, "{n}");
        assert!(n["c"].is_u64(), "{n}");
    }
    for (s, o) in &pairs {
        assert!(ids.contains(s) && ids.contains(o));
    }
    // Each actor shown has a line: none is sent alone.
    for id in &ids {
        assert!(
            pairs.iter().any(|(s, o)| s == id || o == id),
            "{id} has no tie"
        );
    }
    assert_eq!(get(a, "/api/graph?limit=0").status, 400);
    assert_eq!(get(a, "/api/graph?limit=many").status, 400);
}

#[test]
fn neighbourhood_of_one_and_two_steps() {
    let a = local();
    let taliban = actor_id(a, "Taliban");
    let one = get(a, &format!("/api/neighbourhood?actor={taliban}")).json();
    assert_eq!(one["view"]["mode"], "focus");
    let (ids, pairs) = ids_and_pairs(&one);
    assert_eq!(ids[0], taliban);
    let nodes = one["nodes"].as_array().unwrap();
    assert_eq!(
        (nodes[0]["x"].as_f64(), nodes[0]["hop"].as_u64()),
        (Some(0.0), Some(0))
    );
    assert!(nodes.len() > 3, "{}", one["shown"]);
    // Every other actor is one step away: tied to the focus by a tie sent.
    for n in &nodes[1..] {
        let id = n["id"].as_i64().unwrap();
        assert_eq!(n["hop"], 1);
        assert!(
            pairs.contains(&(id, taliban)) || pairs.contains(&(taliban, id)),
            "{n}"
        );
    }
    let two = get(a, &format!("/api/neighbourhood?actor={taliban}&depth=2")).json();
    let (ids2, _) = ids_and_pairs(&two);
    assert!(two["total"]["actors"].as_u64() > one["total"]["actors"].as_u64());
    let far: Vec<&Value> = two["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["hop"] == 2)
        .collect();
    assert!(!far.is_empty());
    // A second-step actor is not a neighbour of the focus.
    for n in &far {
        assert!(!ids.contains(&n["id"].as_i64().unwrap()), "{n}");
    }
    assert!(ids2.len() > ids.len());
    // A limit keeps the strongest and says there is more.
    let capped = get(a, &format!("/api/neighbourhood?actor={taliban}&limit=2")).json();
    assert_eq!(capped["nodes"].as_array().unwrap().len(), 3);
    assert!(!capped["view"]["more"].is_null());
    assert_eq!(get(a, "/api/neighbourhood?actor=999999").status, 404);
    assert_eq!(get(a, "/api/neighbourhood").status, 400);
    assert_eq!(
        get(a, &format!("/api/neighbourhood?actor={taliban}&depth=3")).status,
        400
    );
    // As of an early date, the same actors at most, and fewer ties.
    let early = get(a, &format!("/api/neighbourhood?actor={taliban}&to=2015")).json();
    let (ids_early, pairs_early) = ids_and_pairs(&early);
    assert!(ids_early.iter().all(|id| ids.contains(id)));
    assert!(pairs_early.len() < pairs.len());
}

#[test]
fn graph_and_dossier_take_the_time_basis() {
    let a = local();
    let g = get(a, "/api/graph").json();
    assert_eq!(g["period"]["time"], "event", "event time is the default");
    let r = get(a, "/api/graph?time=report").json();
    assert_eq!(r["period"]["time"], "report");
    // The slider's range is days on the chosen basis.
    for v in [&g, &r] {
        let first = v["timeline"]["first"].as_str().unwrap();
        let last = v["timeline"]["last"].as_str().unwrap();
        assert!(
            first.len() == 10 && last.len() == 10 && first <= last,
            "{v}"
        );
    }
    let early = get(a, "/api/graph?to=2015&time=report").json();
    assert_eq!(early["period"]["time"], "report");
    assert_eq!(early["period"]["to"], "2015");
    assert_eq!(get(a, "/api/graph?time=both").status, 400);
    let d = get(a, "/api/ties?a=Taliban&b=TTP&time=report").json();
    assert_eq!(d["period"]["time"], "report");
    let e = &d["relations"][0]["evidence"][0];
    assert!(
        e.get("event_time").is_some() && e["report_time"].is_string(),
        "{e}"
    );
    assert_eq!(e["date"], e["report_time"]);
}

#[test]
fn actors_search_and_merge_reasons() {
    let a = local();
    let hits = get(a, "/api/search?q=ttp").json();
    assert_eq!(hits[0]["name"], "Tehreek-e-Taliban Pakistan", "{hits}");
    assert_eq!(hits[0]["matched"], "TTP");
    // A misspelling finds close names.
    let close = get(a, "/api/search?q=Al+Shabab").json();
    assert!(
        close
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["name"] == "al-Shabaab"),
        "{close}"
    );
    let id = hits[0]["id"].as_i64().unwrap();
    let actor = get(a, &format!("/api/actors/{id}")).json();
    let aliases = actor["aliases"].as_array().unwrap();
    assert!(aliases
        .iter()
        .any(|x| x["name"] == "TTP" && x["reason"].is_string()));
    assert!(!actor["ties"].as_array().unwrap().is_empty());
    assert_eq!(get(a, "/api/actors/999999").status, 404);
    assert_eq!(get(a, "/api/actors/x").status, 400);
    let all = get(a, "/api/actors").json();
    assert!(all.as_array().unwrap().len() >= hits.as_array().unwrap().len());
}

#[test]
fn dossier_evidence_and_document_highlight() {
    let a = local();
    let (t, q) = (actor_id(a, "Taliban"), actor_id(a, "al-Qaeda"));
    let d = get(a, &format!("/api/ties?a={t}&b={q}")).json();
    assert_eq!(d["a"], "Taliban");
    let rels = d["relations"].as_array().unwrap();
    assert!(!rels.is_empty());
    let ev = &rels[0]["evidence"][0];
    let sentence = ev["sentence"].as_str().unwrap();
    let (doc, claim) = (
        ev["doc_id"].as_i64().unwrap(),
        ev["claim_id"].as_i64().unwrap(),
    );
    let doc = get(a, &format!("/api/documents/{doc}?claim={claim}")).json();
    let text: Vec<u16> = doc["text"].as_str().unwrap().encode_utf16().collect();
    let h = &doc["highlight"];
    let (s, e) = (
        h["start"].as_u64().unwrap() as usize,
        h["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(String::from_utf16(&text[s..e]).unwrap(), sentence);
    // By name too, as `tiegraph ties` takes them.
    assert_eq!(
        get(a, "/api/ties?a=Taliban&b=al+Qaida").json()["a"],
        "Taliban"
    );
    assert_eq!(get(a, "/api/ties?a=Taliban").status, 400);
    assert_eq!(get(a, "/api/ties?a=Taliban&b=Nobody+Here").status, 404);
    // A claim of another document is refused.
    let other = get(a, "/api/documents").json();
    let other_id = other
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_i64().unwrap())
        .find(|&i| i != doc["id"].as_i64().unwrap())
        .unwrap();
    assert_eq!(
        get(a, &format!("/api/documents/{other_id}?claim={claim}")).status,
        404
    );
}

#[test]
fn claims_paged_and_hostile_text_stays_data() {
    let a = local();
    let c = get(a, "/api/claims?limit=5").json();
    assert_eq!(c["claims"].as_array().unwrap().len(), 5);
    assert!(c["total"].as_u64().unwrap() > 5);
    let hits = get(
        a,
        "/api/claims?actor=Haqqani+Network&relation=funds&limit=1000",
    )
    .json();
    let hostile = hits["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["evidence"].as_str().unwrap().contains("onerror"))
        .expect("the hostile article's claim");
    // Served as JSON text, byte for byte: the UI is what keeps it inert.
    assert!(hostile["evidence"]
        .as_str()
        .unwrap()
        .contains("<img src=x onerror=alert(2)>"));
    assert_eq!(get(a, "/api/claims?limit=x").status, 400);
}

#[test]
fn refusals() {
    let a = local();
    let port = a.port();
    // Only GET and HEAD; no bodies.
    let r = raw(
        a,
        format!("POST /api/graph HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), Some("GET, HEAD"));
    let r = raw(
        a,
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 5\r\n\r\nhello")
            .as_bytes(),
    );
    assert_eq!(r.status, 413);
    // HEAD: headers only.
    let r = raw(
        a,
        format!("HEAD / HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").as_bytes(),
    );
    assert_eq!(r.status, 200);
    assert!(r.body.is_empty());
    // A request head over the limit.
    let long = "a".repeat(tiegraph::serve::http::MAX_HEAD + 10);
    let r = raw(
        a,
        format!("GET /{long} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes(),
    );
    assert_eq!(r.status, 431);
    // DNS rebinding: a foreign Host name is refused on loopback.
    let r = raw(
        a,
        b"GET /api/actors HTTP/1.1\r\nHost: evil.example:80\r\n\r\n",
    );
    assert_eq!(r.status, 421);
    let r = raw(a, b"GET /api/actors HTTP/1.1\r\n\r\n");
    assert_eq!(r.status, 421);
    // Garbage.
    assert_eq!(raw(a, b"HELLO\r\n\r\n").status, 400);
}

#[test]
fn remote_needs_allow_remote_and_a_token() {
    let opts = |addr: &str, allow: bool, token: Option<&str>| Options {
        db: db().clone(),
        addr: addr.into(),
        allow_remote: allow,
        token: token.map(String::from),
    };
    let err = |o: Options| Server::bind(&o).err().expect("refused");
    assert!(err(opts("0.0.0.0:0", false, None)).contains("--allow-remote"));
    assert!(err(opts("0.0.0.0:0", true, None)).contains("--token"));
    assert!(
        err(opts("0.0.0.0:0", false, Some("abcdefghijklmnopqrstuvwxyz")))
            .contains("--allow-remote")
    );
    assert!(err(opts("0.0.0.0:0", true, Some("short"))).contains("token"));
    let missing = Options {
        db: std::env::temp_dir().join("tiegraph-serve-no-such.db"),
        ..opts("127.0.0.1:0", false, None)
    };
    assert!(err(missing).contains("no database"));
    // With a token: every request carries it, by header, cookie or query (which sets
    // the cookie). Bound to loopback here; the checks are the same.
    let token = "s3cret-token-0123456789";
    let a = start(opts("127.0.0.1:0", true, Some(token)));
    assert_eq!(get(a, "/api/actors").status, 401);
    assert_eq!(
        get(a, "/api/actors?token=wrong-token-0123456789").status,
        401
    );
    // A token in a page's address sets the cookie and is taken out of the address.
    let r = get(a, &format!("/?token={token}&from=2020"));
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/?from=2020"));
    assert!(r.header("set-cookie").unwrap().contains("HttpOnly"));
    assert_eq!(get(a, &format!("/api/actors?token={token}")).status, 200);
    let with = |h: &str| {
        raw(
            a,
            format!("GET /api/actors HTTP/1.1\r\nHost: 10.0.0.1\r\n{h}\r\n\r\n").as_bytes(),
        )
        .status
    };
    assert_eq!(with(&format!("Authorization: Bearer {token}")), 200);
    assert_eq!(with(&format!("Cookie: a=b; tiegraph_token={token}")), 200);
    assert_eq!(with("Authorization: Bearer nope"), 401);
    // The scheme's name is case-insensitive.
    assert_eq!(with(&format!("Authorization: bearer {token}")), 200);
    assert_eq!(with(&format!("Authorization: BEARER {token}")), 200);
}

/// Slowloris: 200 connections that send part of a request head and then nothing held
/// every slot, and normal requests got 503 for as long as they lasted. Now each slow
/// client holds only its own thread until its head deadline; a normal request is
/// answered at once.
#[test]
fn slow_clients_do_not_starve_a_normal_request() {
    let a = local();
    let _ = get(a, "/api/actors"); // the snapshot is built before the clock starts
    let slow: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = TcpStream::connect(a).unwrap();
            s.write_all(b"GET /api/actors HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .unwrap();
            s
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(200));
    for path in ["/api/actors", "/api/claims?limit=5", "/"] {
        let start = std::time::Instant::now();
        let r = get(a, path);
        let took = start.elapsed();
        assert_eq!(r.status, 200, "{path}");
        assert!(
            took < std::time::Duration::from_secs(1),
            "{path} took {took:?}"
        );
    }
    drop(slow);
}

/// 500 concurrent GETs of `/api/claims`: each gets a whole response (there were 247
/// resets), and every one is answered (there were 114 × 503): they wait their turn.
#[test]
fn many_concurrent_requests_are_all_answered() {
    let a = local();
    let _ = get(a, "/api/claims?limit=5");
    let clients: Vec<_> = (0..500)
        .map(|_| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(a).ok()?;
                let req = format!(
                    "GET /api/claims?limit=5 HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
                    a.port()
                );
                s.write_all(req.as_bytes()).ok()?;
                let mut buf = Vec::new();
                s.read_to_end(&mut buf).ok()?;
                let head = String::from_utf8_lossy(&buf[..buf.len().min(12)]).into_owned();
                Some(head)
            })
        })
        .collect();
    let mut statuses = std::collections::BTreeMap::new();
    for c in clients {
        let status = match c.join().unwrap() {
            Some(h) => h,
            None => "reset".into(),
        };
        *statuses.entry(status).or_insert(0) += 1;
    }
    assert_eq!(statuses.get("HTTP/1.1 200"), Some(&500), "{statuses:?}");
}

/// Past its limit of connections, the server answers 503 as a proper response, read
/// after the request, not a reset; a client that never finishes its head is cut off at
/// the head deadline; in remote mode a request without the token is refused before it
/// would wait for a slot.
#[test]
fn overload_is_answered_with_503_and_slow_heads_time_out() {
    use tiegraph::serve::Limits;
    let token = "s3cret-token-0123456789";
    let server = Server::bind(&Options {
        db: db().clone(),
        addr: "127.0.0.1:0".into(),
        allow_remote: true,
        token: Some(token.into()),
    })
    .unwrap()
    .with_limits(Limits {
        connections: 4,
        busy: 1,
        head_deadline: std::time::Duration::from_millis(1500),
        ..Limits::default()
    });
    let a = server.local_addr();
    std::thread::spawn(move || server.run());
    let mut slow: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut s = TcpStream::connect(a).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\n").unwrap();
            s
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(200));
    let r = raw(
        a,
        format!("GET /api/actors HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(r.status, 503);
    assert!(r.json()["error"].as_str().is_some());
    // The slow clients are cut off at their deadline and the server answers again.
    let start = std::time::Instant::now();
    let mut buf = Vec::new();
    slow[0].read_to_end(&mut buf).unwrap();
    assert!(start.elapsed() < std::time::Duration::from_secs(3));
    slow.clear();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let with = |h: &str| {
        raw(
            a,
            format!("GET /api/actors HTTP/1.1\r\nHost: x\r\n{h}\r\n\r\n").as_bytes(),
        )
        .status
    };
    assert_eq!(with(""), 401);
    assert_eq!(with(&format!("Authorization: Bearer {token}")), 200);
}
