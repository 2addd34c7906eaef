//! HTML pages: the article's main text (readability scoring via dom_smoothie) and its
//! metadata from OpenGraph, schema.org JSON-LD, `<meta>` and `<time>` tags, with
//! the plain-text conventions as a fallback.

use super::boilerplate;
use super::date::find_dates;
use super::plain::{drop_debris, header_meta, join_paragraphs};
use super::{squash, Document, Format, Meta};
use regex::Regex;
use std::sync::OnceLock;

fn config() -> dom_smoothie::Config {
    dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        max_elements_to_parse: 200_000,
        // The classes and ids are what the second pass reads furniture from.
        keep_classes: true,
        // Readability retries with looser rules when the container it picked holds fewer
        // characters than this; furniture is taken out before it scores, so short
        // articles would otherwise fall under the default 500 and lose to a comment thread.
        char_threshold: 350,
        ..Default::default()
    }
}

/// Readability alone on the untouched page, as a second source of metadata: the first
/// reading takes byline and dateline boxes out before scoring, and on some pages they
/// were the only place the author or the date was written.
fn untouched_metadata(html: &str) -> Option<Meta> {
    let a = dom_smoothie::Readability::new(html, None, Some(config()))
        .ok()?
        .parse()
        .ok()?;
    let mut m = header_meta(&drop_debris(&trimmed_lines(&a.text_content)));
    if let Some(b) = a.byline.as_deref().and_then(non_empty) {
        m.author = Some(b);
    }
    Some(m)
}

pub fn read_html(html: &str) -> Document {
    let cfg = config();
    let limited = super::nesting::limit_nesting(html);
    let html = limited.as_deref().unwrap_or(html);
    let doc = dom_query::Document::from(html);
    // Every later pass (ours, readability's, the metadata reading of the untouched page)
    // sees the page with its nesting bounded.
    let capped;
    let html = if boilerplate::cap_depth(&doc) {
        capped = doc.html().to_string();
        capped.as_str()
    } else {
        html
    };
    boilerplate::protect_quotations(&doc);
    boilerplate::strip_furniture(&doc);
    let article = dom_smoothie::Readability::with_document(doc, None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    // `header` is the container's text before furniture is taken out: its bylines and
    // datelines are metadata even though they are not article text.
    let (body, header, mut meta) = match &article {
        Some(a) => (
            boilerplate::article_text(&a.content),
            a.text_content.to_string(),
            Meta {
                title: non_empty(&a.title),
                author: a.byline.as_deref().and_then(non_empty),
                outlet: a.site_name.as_deref().and_then(non_empty),
                published: a.published_time.as_deref().and_then(iso_date),
                ..Meta::default()
            },
        ),
        None => {
            let t = fallback_text(html);
            (t.clone(), t, Meta::default())
        }
    };
    let kept = drop_debris(&trimmed_lines(&body));
    let mut text = join_paragraphs(&kept);

    // The headline is part of the text of record, so claims in it keep their evidence.
    if let Some(title) = &meta.title {
        if !text.starts_with(title.as_str()) {
            text = format!("{title}\n\n{text}");
        }
    }
    let mut from_text = header_meta(&drop_debris(&trimmed_lines(&header)));
    if meta.published.is_none() {
        meta.published = time_tag_date(html).or(from_text.published.take());
    }
    if meta.author.is_none() {
        meta.author = from_text.author.take();
    }
    if article.is_some() && (meta.author.is_none() || meta.published.is_none()) {
        if let Some(m) = untouched_metadata(html) {
            meta.author = meta.author.or(m.author);
            meta.published = meta.published.or(m.published);
            from_text.original_outlet = from_text.original_outlet.or(m.original_outlet);
            from_text.outlet = from_text.outlet.or(m.outlet);
        }
    }
    if let Some(a) = &meta.author {
        let a = a
            .trim_start_matches("By ")
            .trim_start_matches("by ")
            .to_string();
        meta.author = non_empty(&a);
    }
    meta.original_outlet = from_text.original_outlet;
    if meta.outlet.is_none() {
        meta.outlet = from_text.outlet;
    }
    Document {
        text,
        meta,
        format: Format::Html,
    }
}

fn trimmed_lines(s: &str) -> Vec<String> {
    s.lines().map(|l| l.trim().replace('\u{a0}', " ")).collect()
}

fn non_empty(s: &str) -> Option<String> {
    let s = squash(s);
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

fn iso_date(s: &str) -> Option<String> {
    find_dates(s).first().map(|d| d.date.iso())
}

fn time_tag_date(html: &str) -> Option<String> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r#"(?i)<time[^>]*\bdatetime\s*=\s*["']([^"']+)["']"#).expect("time")
    });
    re.captures(html).and_then(|c| iso_date(&c[1]))
}

/// For pages readability cannot score: visible text of block elements, scripts dropped.
fn fallback_text(html: &str) -> String {
    static SCRIPT: OnceLock<Regex> = OnceLock::new();
    static TAG: OnceLock<Regex> = OnceLock::new();
    let script = SCRIPT.get_or_init(|| {
        Regex::new(r"(?is)<(script|style|noscript|template|svg|nav|header|footer|aside|form)\b.*?</(script|style|noscript|template|svg|nav|header|footer|aside|form)\s*>")
            .expect("script")
    });
    let tag = TAG.get_or_init(|| Regex::new(r"(?s)<[^>]*>").expect("tag"));
    let no_script = script.replace_all(html, "\n");
    let blocks = Regex::new(r"(?i)</?(p|div|h[1-6]|li|br|tr|blockquote|section|article)\b[^>]*>")
        .expect("blocks")
        .replace_all(&no_script, "\n");
    let text = tag.replace_all(&blocks, " ");
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ");
    text.lines()
        .map(squash)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PARA: &str = "The coalition said the militia had received weapons and training from its foreign backers over the past year, a charge the militia denied in a statement.";

    fn page(head: &str, body: &str) -> String {
        format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>")
    }

    #[test]
    fn opengraph_and_article_meta() {
        let html = page(
            r#"<title>Militia denies backing | Coast Daily</title>
            <meta property="og:title" content="Militia denies foreign backing">
            <meta property="og:site_name" content="Coast Daily">
            <meta name="author" content="Rana Haddad">
            <meta property="article:published_time" content="2023-07-14T08:00:00Z">"#,
            &format!("<nav><a href='/'>Home</a><a>World</a></nav><article><h1>Militia denies foreign backing</h1><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></article><footer>Back to top</footer>"),
        );
        let d = read_html(&html);
        assert_eq!(
            d.meta.title.as_deref(),
            Some("Militia denies foreign backing")
        );
        assert_eq!(d.meta.outlet.as_deref(), Some("Coast Daily"));
        assert_eq!(d.meta.author.as_deref(), Some("Rana Haddad"));
        assert_eq!(d.meta.published.as_deref(), Some("2023-07-14"));
        assert!(d.text.contains(PARA));
        assert!(!d.text.contains("Back to top"));
        assert!(!d.text.contains("Home"));
    }

    #[test]
    fn json_ld_and_time_tag() {
        let html = page(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks resume in the capital","datePublished":"2022-02-03","author":{"@type":"Person","name":"Omar Sy"},"publisher":{"@type":"Organization","name":"Highland Wire"}}</script>"#,
            &format!("<article><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></article>"),
        );
        let d = read_html(&html);
        assert_eq!(d.meta.title.as_deref(), Some("Talks resume in the capital"));
        assert_eq!(d.meta.published.as_deref(), Some("2022-02-03"));
        assert_eq!(d.meta.author.as_deref(), Some("Omar Sy"));
        let only_time = page("", &format!("<article><time datetime=\"2021-05-06T10:00\">May 6</time><p>{PARA}</p><p>{PARA}</p></article>"));
        assert_eq!(
            read_html(&only_time).meta.published.as_deref(),
            Some("2021-05-06")
        );
    }

    #[test]
    fn broken_html_still_reads() {
        let d = read_html(&format!(
            "<html><body><div><p>{PARA}<p>{PARA}</div></span></body"
        ));
        assert!(d.text.contains("foreign backers"));
    }
}
