//! JSON output: serde, never hand-built strings.

use std::io::Write;

/// Write `value` as pretty JSON followed by a newline.
pub fn write<T: serde::Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(std::io::Error::other)?;
    writeln!(out)
}
