//! Workbook output (`.xlsx`) of a [`Table`], with rust_xlsxwriter: a bold
//! header row that stays in view (frozen) with a filter, columns as wide as
//! their content (long texts wrapped), dates as date cells, numbers as
//! numbers, and every text written as a text cell, never as a formula (a
//! statement starting with `=` stays a statement). The document's date is
//! the report's, so the same report gives the same bytes.

use std::io::Write;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::table::{Table, Value};
use crate::model::Precision;

/// The widest a column gets, in characters; longer texts wrap.
const MAX_WIDTH: usize = 60;

fn io(e: XlsxError) -> std::io::Error {
    std::io::Error::other(e)
}

fn excel_date(d: chrono::NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
}

/// How wide a cell's content is, in characters (its longest line).
fn width(v: &Value) -> usize {
    match v {
        Value::Date(d) if d.precision() == Precision::Day => 10,
        v => v.csv().lines().map(|l| l.chars().count()).max().unwrap_or(0),
    }
}

/// Write `table` as a one-sheet workbook titled `title`, dated `date`.
pub fn table(out: &mut dyn Write, table: &Table, title: &str, date: chrono::NaiveDate) -> std::io::Result<()> {
    let mut book = Workbook::new();
    book.set_properties(
        &DocProperties::new()
            .set_title(title)
            .set_author("riktlinjer")
            .set_creation_datetime(&excel_date(date).map_err(io)?),
    );
    let header = Format::new().set_bold();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let wrap = Format::new().set_text_wrap();
    let sheet = book.add_worksheet();
    sheet.set_name(table.name).map_err(io)?;
    let widths: Vec<usize> = (0..table.headers.len())
        .map(|c| {
            table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(width)
                .chain([table.headers[c].chars().count() + 2])
                .max()
                .unwrap_or(0)
        })
        .collect();
    for (c, h) in table.headers.iter().enumerate() {
        let col = c as u16;
        sheet.write_string_with_format(0, col, *h, &header).map_err(io)?;
        sheet
            .set_column_width(col, (widths[c].clamp(6, MAX_WIDTH) + 1) as f64)
            .map_err(io)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, v) in row.iter().enumerate() {
            let c = c as u16;
            match v {
                Value::Empty => {}
                Value::Text(s) if width(v) > MAX_WIDTH || s.contains('\n') => {
                    sheet.write_string_with_format(r, c, s, &wrap).map_err(io)?;
                }
                Value::Text(s) => {
                    sheet.write_string(r, c, s).map_err(io)?;
                }
                Value::Int(n) => {
                    sheet.write_number(r, c, *n as f64).map_err(io)?;
                }
                Value::Bool(b) => {
                    sheet.write_boolean(r, c, *b).map_err(io)?;
                }
                Value::Date(d) if d.precision() == Precision::Day => {
                    sheet
                        .write_date_with_format(r, c, excel_date(d.first_day()).map_err(io)?, &date_format)
                        .map_err(io)?;
                }
                // A month or a year is not a day: it stays as written.
                Value::Date(d) => {
                    sheet.write_string(r, c, d.to_string()).map_err(io)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(io)?;
    let last_col = table.headers.len().saturating_sub(1) as u16;
    sheet.autofilter(0, 0, table.rows.len() as u32, last_col).map_err(io)?;
    let bytes = book.save_to_buffer().map_err(io)?;
    out.write_all(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;
    use calamine::{Data, Reader};

    #[test]
    fn cells_keep_their_types_and_formulas_stay_text() {
        let t = Table {
            name: "statements",
            headers: vec!["text", "number", "received", "month", "late"],
            rows: vec![vec![
                Value::from("=HYPERLINK(\"http://x\")"),
                Value::Int(3),
                Value::from(PartialDate::parse("2026-02-20").unwrap()),
                Value::from(PartialDate::parse("2021-08").unwrap()),
                Value::from(true),
            ]],
        };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let mut a = Vec::new();
        table(&mut a, &t, "T", date).unwrap();
        let mut b = Vec::new();
        table(&mut b, &t, "T", date).unwrap();
        assert_eq!(a, b, "the same table gives the same bytes");
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(a)).unwrap();
        let range = book.worksheet_range("statements").unwrap();
        assert_eq!(
            range.get((1, 0)),
            Some(&Data::String("=HYPERLINK(\"http://x\")".into()))
        );
        assert_eq!(range.get((1, 1)), Some(&Data::Float(3.0)));
        let Some(Data::DateTime(d)) = range.get((1, 2)) else {
            panic!("{:?}", range.get((1, 2)))
        };
        assert_eq!(
            d.as_datetime().unwrap().date(),
            chrono::NaiveDate::from_ymd_opt(2026, 2, 20).unwrap()
        );
        assert_eq!(range.get((1, 3)), Some(&Data::String("2021-08".into())));
        assert_eq!(range.get((1, 4)), Some(&Data::Bool(true)));
        let formulas = book.worksheet_formula("statements").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "{formulas:?}");
    }
}
