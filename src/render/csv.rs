//! CSV output (UTF-8, comma-separated, header row).

use std::io::Write;

use crate::commands::list::ListEntry;

/// The guideline list as CSV.
pub fn list(out: &mut dyn Write, entries: &[ListEntry]) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(["number", "id", "theme", "theme_name", "title"])?;
    for e in entries {
        w.write_record([e.number.to_string().as_str(), &e.id, &e.theme, &e.theme_name, &e.title])?;
    }
    w.flush()
}
