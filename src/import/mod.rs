//! Readers of outside formats: the published text of a guideline set, and
//! spreadsheets of statements (CSV and workbooks).

pub mod cells;
pub mod published;
pub mod statements;
pub mod workbook;
