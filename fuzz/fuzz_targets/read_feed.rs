//! `cargo +nightly fuzz run read_feed`: see `tiegraph::fuzzing::read_feed`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::read_feed(data));
