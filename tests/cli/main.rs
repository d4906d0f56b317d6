//! The one integration-test binary: drives the real `riktlinjer` binary in
//! throwaway repositories, one module per command.

mod common;

mod audit;
mod check;
mod cli;
mod fmt;
mod history_records;
mod import;
mod init;
mod log;
mod report;
mod show_list;
