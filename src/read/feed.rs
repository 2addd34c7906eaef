//! RSS (0.9x, 1.0, 2.0) and Atom feeds saved to disk: one document per item, its text the
//! full article where the feed carries it (`content:encoded`, Atom `content`), else the
//! item's summary (`description`, Atom `summary`), and then the record says so.

use super::records::{normalize_date, Body, Record, Records, Step};
use super::{boilerplate, plain, squash, Document, Format};
use quick_xml::events::{BytesStart, Event};
use std::io::Read;

pub struct FeedItems<R: Read> {
    input: Option<R>,
    max_bytes: u64,
    items: std::vec::IntoIter<Step>,
}

impl<R: Read> FeedItems<R> {
    pub fn new(input: R, max_bytes: u64) -> FeedItems<R> {
        FeedItems {
            input: Some(input),
            max_bytes,
            items: Vec::new().into_iter(),
        }
    }
}

impl<R: Read + Send> Iterator for FeedItems<R> {
    type Item = Step;

    /// A feed is read whole on the first call (feeds are small; the size limit holds).
    fn next(&mut self) -> Option<Step> {
        if let Some(input) = self.input.take() {
            let mut bytes = Vec::new();
            let read = input.take(self.max_bytes + 1).read_to_end(&mut bytes);
            let steps = match read {
                Err(e) => vec![problem("the feed", format!("cannot be read: {e}"))],
                Ok(_) if bytes.len() as u64 > self.max_bytes => vec![problem(
                    "the feed",
                    format!(
                        "the feed is over the limit of {} MB (raise it with --max-mb)",
                        self.max_bytes / 1_000_000
                    ),
                )],
                Ok(_) => match super::decode::decode(&bytes) {
                    Ok(text) => read_feed(&text),
                    Err(e) => vec![problem("the feed", e.to_string())],
                },
            };
            self.items = steps.into_iter();
        }
        self.items.next()
    }
}

impl<R: Read + Send> Records for FeedItems<R> {}

fn problem(locator: &str, message: String) -> Step {
    Step::Problem {
        locator: locator.to_string(),
        message,
    }
}

/// The fields of one item as the feed gives them.
#[derive(Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    guid: Option<String>,
    date: Option<String>,
    updated: Option<String>,
    author: Option<String>,
    /// Full text (HTML, or plain text when `full_is_text`).
    full: Option<String>,
    full_is_text: bool,
    summary: Option<String>,
    summary_is_text: bool,
}

/// Reads a whole feed: its items as records, or one problem saying why it is no feed.
pub fn read_feed(xml: &str) -> Vec<Step> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut stack: Vec<String> = Vec::new();
    let mut outlet: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut kind: Option<&'static str> = None;
    // The field being collected: (its name, depth of its element, whether it is text).
    let mut field: Option<(String, usize, bool)> = None;
    let mut buf = String::new();
    let mut steps = Vec::new();
    let mut n = 0usize;
    loop {
        let event = match reader.read_event() {
            Ok(e) => e,
            Err(e) => {
                let at = reader.buffer_position();
                steps.push(problem(
                    &format!("byte {at}"),
                    format!("the feed's XML is broken here ({e}); items after it are lost"),
                ));
                break;
            }
        };
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                let name = qname(&e);
                if let Some((_, depth, _)) = &field {
                    if stack.len() >= *depth {
                        // Markup inside an XHTML content element, kept as HTML.
                        buf.push_str(&format!("<{name}>"));
                    }
                } else if kind.is_none() {
                    kind = match name.as_str() {
                        "rss" | "rdf:RDF" | "channel" => Some("RSS"),
                        "feed" => Some("Atom"),
                        _ => None,
                    };
                }
                if field.is_none() {
                    if matches!(name.as_str(), "item" | "entry") {
                        item = Some(Item::default());
                    } else if item.is_some() && stack.len() >= 2 {
                        let is_text = attr(&e, "type").is_some_and(|t| t == "text");
                        if name == "link" {
                            link_href(&e, item.as_mut());
                        }
                        field = Some((name.clone(), stack.len() + 1, is_text));
                        buf.clear();
                    } else if item.is_none() && name == "title" && outlet.is_none() {
                        field = Some((name.clone(), stack.len() + 1, true));
                        buf.clear();
                    }
                }
                stack.push(name);
            }
            Event::Empty(e) => {
                let name = qname(&e);
                if field.is_some() {
                    buf.push_str(&format!("<{name}/>"));
                } else if name == "link" {
                    link_href(&e, item.as_mut());
                }
            }
            Event::Text(t) if field.is_some() => buf.push_str(&t.into_inner()),
            Event::CData(t) if field.is_some() => buf.push_str(&t.into_inner()),
            Event::GeneralRef(r) if field.is_some() => buf.push_str(&entity(&r.into_inner())),
            Event::End(_) => {
                let depth = stack.len();
                let name = stack.pop().unwrap_or_default();
                match &field {
                    Some((f, d, is_text)) if *d == depth => {
                        let value = std::mem::take(&mut buf);
                        match item.as_mut() {
                            Some(it) => set_field(it, f, value, *is_text),
                            None => outlet = Some(squash(&value)).filter(|o| !o.is_empty()),
                        }
                        field = None;
                    }
                    Some(_) => buf.push_str(&format!("</{name}>")),
                    None if matches!(name.as_str(), "item" | "entry") => {
                        if let Some(it) = item.take() {
                            n += 1;
                            steps.push(item_step(it, n, outlet.as_deref()));
                        }
                    }
                    None => {}
                }
            }
            _ => {}
        }
    }
    if kind.is_none() {
        return vec![problem("the file", "not an RSS or Atom feed".to_string())];
    }
    steps
}

fn qname(e: &BytesStart) -> String {
    e.name().as_ref().to_string()
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

/// An Atom `<link href=...>`: the item's address when it is the alternate (or only) link.
fn link_href(e: &BytesStart, item: Option<&mut Item>) {
    let Some(it) = item else { return };
    let rel = attr(e, "rel").unwrap_or_else(|| "alternate".to_string());
    if let (Some(href), "alternate") = (attr(e, "href"), rel.as_str()) {
        it.link.get_or_insert(href);
    }
}

/// The text of an XML entity reference (`amp`, `#8217`, ...).
fn entity(name: &str) -> String {
    let ch = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name.strip_prefix('#').and_then(|num| {
            let code = match num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            code.and_then(char::from_u32)
        }),
    };
    match ch {
        // Markup characters stay escaped: the value may be HTML read later.
        Some('<') => "&lt;".to_string(),
        Some('&') => "&amp;".to_string(),
        Some(c) => c.to_string(),
        None => format!("&{name};"),
    }
}

fn set_field(it: &mut Item, name: &str, value: String, is_text: bool) {
    let value_t = value.trim().to_string();
    if value_t.is_empty() {
        return;
    }
    match name {
        "title" => it.title = Some(html_to_text(&value_t, true)),
        "link" => {
            it.link.get_or_insert(value_t);
        }
        "guid" | "id" => it.guid = Some(value_t),
        "pubDate" | "published" | "dc:date" | "issued" => it.date = Some(value_t),
        "updated" | "modified" | "a10:updated" => it.updated = Some(value_t),
        "author" | "dc:creator" => {
            it.author.get_or_insert(strip_tags(&value_t));
        }
        "content:encoded" | "content" => {
            it.full = Some(value);
            it.full_is_text = is_text;
        }
        "description" | "summary" => {
            it.summary = Some(value);
            it.summary_is_text = is_text;
        }
        _ => {}
    }
}

/// Text without its markup (an Atom author's `<name>` and `<email>`: the name comes first).
fn strip_tags(s: &str) -> String {
    let s = s.split("<email>").next().unwrap_or(s);
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    squash(&out.replace("&lt;", "<").replace("&amp;", "&"))
}

/// An item's text: HTML read into paragraphs (or plain text as it is).
fn html_to_text(s: &str, is_text: bool) -> String {
    if is_text {
        return s.replace("&lt;", "<").replace("&amp;", "&");
    }
    if !s.contains('<') {
        // Escaped HTML (`&lt;p&gt;`) is HTML once unescaped.
        let unescaped = s.replace("&lt;", "<").replace("&amp;", "&");
        if unescaped.contains('<') {
            return boilerplate::article_text(&unescaped);
        }
        return unescaped;
    }
    boilerplate::article_text(s)
}

fn item_step(it: Item, n: usize, outlet: Option<&str>) -> Step {
    let (body, summary_only) = match (&it.full, &it.summary) {
        (Some(f), _) => (html_to_text(f, it.full_is_text), false),
        (None, Some(s)) => (html_to_text(s, it.summary_is_text), true),
        (None, None) => (String::new(), true),
    };
    let locator = if summary_only {
        format!("item {n}, summary only")
    } else {
        format!("item {n}")
    };
    let title = it.title.as_deref().map(squash).filter(|t| !t.is_empty());
    if body.trim().is_empty() && title.is_none() {
        return problem(&locator, "the item has neither text nor title".to_string());
    }
    let raw = match &title {
        Some(t) if !body.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{body}"),
        _ => body,
    };
    let mut doc: Document = plain::read_plain(&raw, false);
    doc.format = Format::Feed;
    if title.is_some() {
        doc.meta.title = title;
    }
    if let Some(a) = it.author.as_deref().map(squash).filter(|a| !a.is_empty()) {
        doc.meta.author = Some(a);
    }
    if let Some(o) = outlet {
        doc.meta.outlet = Some(o.to_string());
    }
    if let Some(d) = it.date.or(it.updated).as_deref().and_then(normalize_date) {
        doc.meta.published = Some(d);
    }
    doc.meta.url = it.link.clone();
    let id = it.guid.or(it.link);
    // What the item is made of, as the identity check sees it.
    let raw_bytes = format!(
        "{}\u{0}{}\u{0}{:?}\u{0}{:?}\u{0}{:?}",
        doc.text, locator, doc.meta.title, doc.meta.author, doc.meta.published
    )
    .into_bytes();
    Step::Record(Record {
        locator,
        id,
        raw: raw_bytes,
        body: Body::Read(Box::new(doc)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(xml: &str) -> Vec<(String, Document)> {
        read_feed(xml)
            .into_iter()
            .map(|s| match s {
                Step::Record(r) => {
                    let loc = r.locator.clone();
                    (loc, r.document(1_000_000).unwrap())
                }
                Step::Problem { locator, message } => panic!("{locator}: {message}"),
            })
            .collect()
    }

    #[test]
    fn rss_with_full_text_and_summary() {
        let xml = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Sahel Monitor</title><link>https://sahel.example/</link>
<item><title>JNIM raids Boni</title><link>https://sahel.example/boni</link>
<guid>boni-1</guid><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate><dc:creator>Aminata Keita</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Fighters of JNIM stormed an army post near Boni.</p><p>The group is al-Qaeda&#8217;s branch.</p>]]></content:encoded></item>
<item><title>Teaser only &amp; more</title><link>https://sahel.example/t</link>
<description>&lt;p&gt;Only a summary here.&lt;/p&gt;</description></item>
</channel></rss>"#;
        let d = docs(xml);
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].0, "item 1");
        let doc = &d[0].1;
        assert_eq!(doc.text, "JNIM raids Boni\n\nFighters of JNIM stormed an army post near Boni.\n\nThe group is al-Qaeda’s branch.");
        assert_eq!(doc.meta.outlet.as_deref(), Some("Sahel Monitor"));
        assert_eq!(doc.meta.author.as_deref(), Some("Aminata Keita"));
        assert_eq!(doc.meta.published.as_deref(), Some("2024-03-04"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://sahel.example/boni"));
        assert_eq!(d[1].0, "item 2, summary only");
        assert_eq!(d[1].1.meta.title.as_deref(), Some("Teaser only & more"));
        assert!(
            d[1].1.text.ends_with("Only a summary here."),
            "{}",
            d[1].1.text
        );
    }

    #[test]
    fn atom_entries() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Horn Desk</title>
<entry><title type="text">Shabaab attack</title><link rel="alternate" href="https://horn.example/a"/>
<id>tag:horn.example,2024:a</id><published>2024-05-02T08:00:00Z</published><updated>2024-05-03T08:00:00Z</updated>
<author><name>Abdi Noor</name></author>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Al-Shabaab fighters attacked a base.</p></div></content></entry>
</feed>"#;
        let d = docs(xml);
        assert_eq!(d.len(), 1);
        let doc = &d[0].1;
        assert_eq!(
            doc.text,
            "Shabaab attack\n\nAl-Shabaab fighters attacked a base."
        );
        assert_eq!(doc.meta.published.as_deref(), Some("2024-05-02"));
        assert_eq!(doc.meta.author.as_deref(), Some("Abdi Noor"));
        assert_eq!(doc.meta.outlet.as_deref(), Some("Horn Desk"));
        assert_eq!(doc.meta.url.as_deref(), Some("https://horn.example/a"));
    }

    #[test]
    fn not_a_feed_and_broken_xml() {
        let steps = read_feed("<html><body>hi</body></html>");
        assert!(
            matches!(&steps[..], [Step::Problem { message, .. }] if message.contains("not an RSS"))
        );
        let steps = read_feed("<rss><channel><item><title>A</title><description>x</description></item><item><title>B</bad></item></channel></rss>");
        assert!(matches!(&steps[0], Step::Record(_)));
        assert!(matches!(&steps[1], Step::Problem { message, .. } if message.contains("broken")));
    }
}
