//! Work on worker threads, results in input order: one thread draws items from a stream
//! (at most a window ahead of what was handed over, so memory does not grow with the
//! input), `jobs` threads work on them, and the calling thread hears the results in the
//! order of the items. Ingest (units of input) and reanalysis (stored documents) share it.

use crate::store::StoreError;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};

/// How far drawing may run ahead of hearing, in items: memory holds at most this many
/// items and results, whatever the size of the input.
pub const WINDOW: usize = 64;

/// Runs `work` over `items` on `jobs` threads, each with its own state made by `setup`
/// on that thread (a read-only store connection, say), and hands every result to `hear`
/// in item order. A panic while drawing an item or working on one is that item's result,
/// `panicked()` (a panic while drawing also ends the stream: its state is unknown).
/// An error from `hear` stops everything and is returned.
pub fn in_order<I, O, S>(
    items: impl Iterator<Item = I> + Send,
    jobs: usize,
    setup: &(dyn Fn() -> S + Sync),
    work: &(dyn Fn(&S, I) -> O + Sync),
    panicked: &(dyn Fn() -> O + Sync),
    hear: &mut dyn FnMut(O) -> Result<(), StoreError>,
) -> Result<(), StoreError>
where
    I: Send,
    O: Send,
{
    let mut items = items;
    let heard = AtomicUsize::new(0);
    // Set when hearing stops, so that neither the drawer nor a worker waits for it.
    let stop = AtomicBool::new(false);
    let (item_tx, item_rx) = std::sync::mpsc::sync_channel::<(usize, Option<I>)>(jobs * 2);
    let item_rx = std::sync::Mutex::new(item_rx);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, O)>(jobs * 8);
    std::thread::scope(|scope| {
        let (heard, stop, item_rx) = (&heard, &stop, &item_rx);
        scope.spawn(move || {
            let mut i = 0usize;
            while !stop.load(SeqCst) {
                while i >= heard.load(SeqCst) + WINDOW && !stop.load(SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                let next = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| items.next()));
                let (item, last) = match next {
                    Ok(Some(item)) => (Some(item), false),
                    Ok(None) => break,
                    // `None`: the worker reports the panic in this item's place.
                    Err(_) => (None, true),
                };
                if item_tx.send((i, item)).is_err() || last {
                    break;
                }
                i += 1;
            }
        });
        for _ in 0..jobs {
            let tx = tx.clone();
            scope.spawn(move || {
                let state = setup();
                loop {
                    let next = match item_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((i, item)) = next else { break };
                    if stop.load(SeqCst) {
                        break;
                    }
                    // Every index must reach the hearer, which takes them in order.
                    let out = match item {
                        Some(item) => {
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                work(&state, item)
                            }))
                            .unwrap_or_else(|_| panicked())
                        }
                        None => panicked(),
                    };
                    if tx.send((i, out)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending: std::collections::BTreeMap<usize, O> = Default::default();
        let mut want = 0;
        let result = (|| {
            for (i, out) in rx.iter() {
                pending.insert(i, out);
                while let Some(out) = pending.remove(&want) {
                    hear(out)?;
                    want += 1;
                    heard.store(want, SeqCst);
                }
            }
            Ok::<(), StoreError>(())
        })();
        stop.store(true, SeqCst);
        // Let a drawer blocked on a full channel go.
        drop(rx);
        if let Ok(rx) = item_rx.lock() {
            while rx.try_recv().is_ok() {}
        }
        result
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_order_and_panics_take_their_place() {
        let mut got = Vec::new();
        in_order(
            0..500usize,
            3,
            &|| 10usize,
            &|k, i| {
                assert!(i != 77, "boom");
                i * k
            },
            &|| usize::MAX,
            &mut |o| {
                got.push(o);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(got.len(), 500);
        assert_eq!(got[76], 760);
        assert_eq!(got[77], usize::MAX);
        assert_eq!(got[499], 4990);
    }

    #[test]
    fn an_error_while_hearing_stops_the_run() {
        let mut n = 0;
        let r = in_order(0..100_000usize, 2, &|| (), &|_, i| i, &|| 0, &mut |_| {
            n += 1;
            if n == 10 {
                return Err(StoreError::Interrupted("full".into()));
            }
            Ok(())
        });
        assert!(r.is_err());
        assert_eq!(n, 10);
    }
}
