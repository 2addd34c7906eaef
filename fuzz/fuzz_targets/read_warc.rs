//! `cargo +nightly fuzz run read_warc`: see `tiegraph::fuzzing::read_warc`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| tiegraph::fuzzing::read_warc(data));
