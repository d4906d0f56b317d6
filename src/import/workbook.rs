//! Statement sheets in workbooks: `.xlsx`, `.xlsm`, `.xls` and `.ods`, read
//! with calamine into the cells of [`super::cells`].

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use super::cells::{Cell, Grid, GridRow, Origin};
use crate::i18n::Wording;
use crate::{Error, Result};

/// Whether the file is a workbook rather than CSV: by its first bytes (a
/// zip package or an OLE compound file), or else by its extension.
pub fn is_workbook(path: &Path, bytes: &[u8]) -> bool {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(OLE)
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["xlsx", "xlsm", "xls", "xlsb", "ods"].contains(&e.to_ascii_lowercase().as_str()))
}

fn unusable(path: &Path, message: Wording) -> Error {
    Error::UnusableInput {
        path: path.to_path_buf(),
        message,
    }
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text(s),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => Cell::Date(t.date()),
            Some(t) => Cell::DateTime(t),
            None => Cell::Number(d.as_f64()),
        },
        Data::DateTimeIso(s) => {
            if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
                Cell::DateTime(t)
            } else if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Cell::Date(d)
            } else {
                Cell::text(s)
            }
        }
        Data::DurationIso(s) => Cell::text(s),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// `f`, or `None` when it panics (without the panic's message on the
/// terminal).
fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    result.ok()
}

/// The sheet names of the workbook in `bytes`, the name of sheet `sheet`
/// (default: the first) and its cells.
fn open_sheet(path: &Path, bytes: &[u8], sheet: Option<&str>) -> Result<(Vec<String>, String, calamine::Range<Data>)> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| unusable(path, Wording::new("workbook-unreadable").arg("reason", e.to_string())))?;
    let names = workbook.sheet_names();
    let list = || names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    let name = match sheet {
        None => names
            .first()
            .cloned()
            .ok_or_else(|| unusable(path, Wording::new("workbook-no-sheets")))?,
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.to_lowercase() == wanted.trim().to_lowercase()))
            .cloned()
            .ok_or_else(|| {
                Error::worded(
                    Wording::new("workbook-no-such-sheet")
                        .arg("sheet", wanted)
                        .arg("path", path.display().to_string())
                        .arg("sheets", list()),
                    vec![Wording::new("workbook-no-such-sheet-hint")],
                )
            })?,
    };
    let range = workbook.worksheet_range(&name).map_err(|e| {
        unusable(
            path,
            Wording::new("workbook-sheet-unreadable")
                .arg("sheet", &name)
                .arg("reason", e.to_string()),
        )
    })?;
    Ok((names, name, range))
}

/// Read sheet `sheet` (default: the first) of the workbook in `bytes`: its
/// first non-empty row is the header.
pub fn read(path: &Path, bytes: &[u8], sheet: Option<&str>) -> Result<Grid> {
    // The workbook reader is another crate's; a file that makes it panic
    // (an overflowing cell reference, found by fuzzing) is an unreadable
    // file, not a crash.
    let (names, name, range) = match quietly(|| open_sheet(path, bytes, sheet)) {
        Some(opened) => opened?,
        None => {
            return Err(unusable(
                path,
                Wording::new("workbook-unreadable").words("reason", Wording::new("workbook-damaged")),
            ));
        }
    };
    let list = || names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    let Some((first_row, first_col)) = range.start() else {
        let others = if names.len() > 1 {
            Wording::new("workbook-other-sheets").arg("sheets", list())
        } else {
            Wording::plain("")
        };
        return Err(unusable(
            path,
            Wording::new("workbook-sheet-empty")
                .arg("sheet", &name)
                .words("others", others),
        ));
    };
    let mut rows = range.rows().enumerate().map(|(i, cells)| {
        let number = first_row as usize + i + 1;
        GridRow {
            number,
            line: number,
            cells: cells.iter().map(cell).collect(),
            shape: None,
        }
    });
    let header = rows.next().expect("a sheet with a start has a first row");
    let rows = rows.filter(|r| !r.cells.iter().all(Cell::is_empty)).collect();
    Ok(Grid {
        origin: Origin::Workbook {
            path: path.display().to_string(),
            sheet: name,
            first_col: first_col as usize,
        },
        header,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_not_a_workbook() {
        let e = read(Path::new("x.xlsx"), b"PK\x03\x04 not really", None)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x.xlsx: cannot be read as a workbook"), "{e}");
        assert!(is_workbook(Path::new("a.ODS"), b"x"));
        assert!(!is_workbook(Path::new("a.csv"), b"from;text"));
    }

    /// A sheet whose dimension names a column past any number (found by
    /// fuzzing): built with overflow checks (as `cargo test` builds) the
    /// reader panics on it, and that is an unreadable workbook; without
    /// them (a release build) it reads the cells. Never a crash.
    #[test]
    fn a_workbook_that_breaks_the_reader_is_unreadable_or_read() {
        use std::io::{Read, Write};
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "from").unwrap();
        sheet.write_string(1, 0, "Kela").unwrap();
        let good = book.save_to_buffer().unwrap();
        assert!(read(Path::new("x.xlsx"), &good, None).is_ok());
        let mut archive = zip::ZipArchive::new(Cursor::new(&good)).unwrap();
        let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let mut broke = false;
        for i in 0..archive.len() {
            let mut file = archive.by_index(i).unwrap();
            let mut text = Vec::new();
            file.read_to_end(&mut text).unwrap();
            let name = file.name().to_string();
            if name.starts_with("xl/worksheets/") {
                let xml = String::from_utf8(text).unwrap();
                let fixed = with_overflowing_dimension(&xml);
                broke = fixed != xml;
                text = fixed.into_bytes();
            }
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(&text).unwrap();
        }
        assert!(broke, "the sheet has a dimension to break");
        let bad = out.finish().unwrap().into_inner();
        match read(Path::new("x.xlsx"), &bad, None) {
            Err(e) if cfg!(debug_assertions) => {
                let e = e.to_string();
                assert!(
                    e.starts_with("x.xlsx: cannot be read as a workbook (its contents are damaged)"),
                    "{e}"
                );
            }
            Ok(grid) if !cfg!(debug_assertions) => {
                assert_eq!(grid.rows.len(), 1);
                assert_eq!(grid.rows[0].cells, [Cell::Text("Kela".into())]);
            }
            other => panic!("debug assertions {}: {other:?}", cfg!(debug_assertions)),
        }
    }

    fn with_overflowing_dimension(xml: &str) -> String {
        let Some(start) = xml.find("<dimension ref=\"") else {
            return xml.to_string();
        };
        let from = start + "<dimension ref=\"".len();
        let end = from + xml[from..].find('"').unwrap();
        format!("{}{}{}", &xml[..from], "AAAAAAAAAAAAAAAAAAAA1:B2", &xml[end..])
    }

    #[test]
    fn date_cells_become_dates() {
        assert_eq!(
            cell(&Data::DateTimeIso("2026-02-20T14:35:00".into())),
            Cell::DateTime(
                chrono::NaiveDate::from_ymd_opt(2026, 2, 20)
                    .unwrap()
                    .and_hms_opt(14, 35, 0)
                    .unwrap()
            )
        );
        assert_eq!(
            cell(&Data::DateTimeIso("2026-02-21".into())),
            Cell::Date(chrono::NaiveDate::from_ymd_opt(2026, 2, 21).unwrap())
        );
        assert_eq!(cell(&Data::Float(3.0)), Cell::Number(3.0));
        assert_eq!(cell(&Data::String(" Kela ".into())), Cell::Text("Kela".into()));
    }
}
