//! Work on worker threads, results in input order: one thread draws items from a stream
//! (at most a window ahead of what was handed over, so memory does not grow with the
//! input), `jobs` threads work on them, and the calling thread hears the results in the
//! order of the items. The one worker pool of tiegraph: ingest (units of input),
//! reanalysis (stored documents) and batch assessment (ranges of actor pairs) share it.

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::sync::{Condvar, Mutex};

/// How far drawing may run ahead of hearing, in items, for a stream of documents:
/// memory holds at most this many items and results, whatever the size of the input.
pub const WINDOW: usize = 64;

/// How the drawer waits for the hearer: the number of results heard, and a signal each
/// time it grows or the run stops. The drawer sleeps until then, never polls.
struct Gate {
    heard: Mutex<usize>,
    moved: Condvar,
    stop: AtomicBool,
}

impl Gate {
    /// Waits until item `i` may be drawn (fewer than `window` items are drawn and not yet
    /// heard); false when the run stopped meanwhile.
    fn wait_for(&self, i: usize, window: usize) -> bool {
        let Ok(mut heard) = self.heard.lock() else {
            return false;
        };
        while i >= *heard + window && !self.stopped() {
            heard = match self.moved.wait(heard) {
                Ok(h) => h,
                Err(_) => return false,
            };
        }
        !self.stopped()
    }

    fn heard(&self, n: usize) {
        if let Ok(mut heard) = self.heard.lock() {
            *heard = n;
        }
        self.moved.notify_all();
    }

    fn stop(&self) {
        self.stop.store(true, SeqCst);
        // Taken after the flag is set, so that a drawer between its check and its wait
        // is woken.
        drop(self.heard.lock());
        self.moved.notify_all();
    }

    fn stopped(&self) -> bool {
        self.stop.load(SeqCst)
    }
}

/// Runs `work` over `items` on `jobs` threads, each with its own state made by `setup`
/// on that thread (a read-only store connection, say), and hands every result to `hear`
/// in item order, drawing at most `window` items ahead of it. A panic while drawing an
/// item or working on one is that item's result, `panicked()` (a panic while drawing
/// also ends the stream: its state is unknown). An error from `hear` stops everything
/// and is returned.
pub fn in_order<I, O, S, E>(
    items: impl Iterator<Item = I> + Send,
    jobs: usize,
    window: usize,
    setup: &(dyn Fn() -> S + Sync),
    work: &(dyn Fn(&S, I) -> O + Sync),
    panicked: &(dyn Fn() -> O + Sync),
    hear: &mut dyn FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    I: Send,
    O: Send,
{
    let jobs = jobs.max(1);
    let window = window.max(1);
    let mut items = items;
    let gate = Gate {
        heard: Mutex::new(0),
        moved: Condvar::new(),
        stop: AtomicBool::new(false),
    };
    let (item_tx, item_rx) = std::sync::mpsc::sync_channel::<(usize, Option<I>)>(jobs * 2);
    let item_rx = Mutex::new(item_rx);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, O)>(jobs * 8);
    std::thread::scope(|scope| {
        let (gate, item_rx) = (&gate, &item_rx);
        scope.spawn(move || {
            let mut i = 0usize;
            while gate.wait_for(i, window) {
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
                    if gate.stopped() {
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
                    gate.heard(want);
                }
            }
            Ok(())
        })();
        gate.stop();
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
            WINDOW,
            &|| 10usize,
            &|k, i| {
                assert!(i != 77, "boom");
                i * k
            },
            &|| usize::MAX,
            &mut |o| {
                got.push(o);
                Ok::<(), String>(())
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
        let r = in_order(
            0..100_000usize,
            2,
            WINDOW,
            &|| (),
            &|_, i| i,
            &|| 0,
            &mut |_| {
                n += 1;
                if n == 10 {
                    return Err("full");
                }
                Ok(())
            },
        );
        assert_eq!(r, Err("full"));
        assert_eq!(n, 10);
    }

    #[test]
    fn drawing_stays_within_the_window() {
        let drawn = std::sync::atomic::AtomicUsize::new(0);
        let items = (0..200usize).inspect(|_| {
            drawn.fetch_add(1, SeqCst);
        });
        let mut heard = 0;
        in_order(items, 2, 4, &|| (), &|_, i| i, &|| 0, &mut |i| {
            // Drawn, not yet heard: at most the window (and the item at work now).
            assert!(drawn.load(SeqCst) <= heard + 4 + 1, "drawn too far ahead");
            assert_eq!(i, heard);
            heard += 1;
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(heard, 200);
    }
}
