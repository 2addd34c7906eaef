//! `cargo +nightly fuzz run extract`: see `tiegraph::fuzzing::extract`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::extract(data));
