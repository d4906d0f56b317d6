//! The one integration-test binary: drives the real `riktlinjer` binary in
//! throwaway repositories, one module per command.

mod common;

mod answers;
mod audit;
mod bad_inputs;
mod changelog;
mod check;
mod cli;
mod comment;
mod corrections;
mod deviation;
mod diff;
mod docx_language;
mod fmt;
mod forge;
mod history_records;
mod hostile;
mod import;
mod init;
mod languages;
mod log;
mod options;
mod publish;
mod recording;
mod report;
mod report_comments;
mod round;
mod shipped;
mod show_list;
mod signing;
mod synth;
mod trail;
mod workbooks;
mod workbooks_out;
mod workflow;
