//! Issue 17: hostile or broken input. Each test reproduces one case the probe broke.

use tiegraph::read::{read, DEFAULT_MAX_BYTES};

/// Runs `f` on a thread with a small stack (the size of an ingest worker's), so that
/// recursion over the input's depth shows up as an overflow here rather than passing on
/// the test harness's larger main stack.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no panic, no overflow")
}

fn nested_page(depth: usize) -> String {
    let mut html = String::from("<html><head><title>Deep</title></head><body><p>");
    html.push_str("The Popular Front attacked an army base near the border. ");
    html.push_str("</p>");
    html.push_str(&"<div><span>".repeat(depth));
    html.push_str("Officials said the attack was repelled.");
    html.push_str(&"</span></div>".repeat(depth));
    html.push_str("</body></html>");
    html
}

#[test]
fn deeply_nested_page_is_read_without_overflow() {
    let doc = on_small_stack(|| {
        read(
            "deep.html",
            nested_page(100_000).as_bytes(),
            DEFAULT_MAX_BYTES,
        )
    });
    let doc = doc.expect("readable");
    assert!(doc.text.contains("Popular Front attacked"), "{}", doc.text);
    assert!(doc.text.contains("attack was repelled"), "{}", doc.text);
}
