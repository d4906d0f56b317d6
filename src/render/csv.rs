//! CSV output: a header row, then one row per [`Table`] row, safe to open
//! in a spreadsheet. The standard dialect is UTF-8, comma-separated, LF;
//! the Excel dialect is what Excel opens correctly in a Finnish or Swedish
//! locale: UTF-8 with a byte-order mark, `;`-separated, CRLF. Every CSV the
//! tool writes goes through [`Sheet`], which follows the OWASP guidance on
//! CSV injection (<https://owasp.org/www-community/attacks/CSV_Injection>):
//!
//! - a cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a single
//!   quote in front, so Excel and LibreOffice read it as text, never as a
//!   formula (`=HYPERLINK(…)`, `=cmd|…`). A plain negative number (`-5`,
//!   `-3.5`) stays as it is: it is a number, not an expression;
//! - every cell is in double quotes, so a spreadsheet that splits on `;`
//!   (the default in Swedish and Finnish Excel) cannot start a new cell
//!   inside one, where `=` would be at a cell's start again;
//! - control characters are replaced ([`crate::render::clean`]).

use std::borrow::Cow;
use std::io::Write;

use super::table::Table;

/// How the CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// UTF-8 without BOM, `,`, LF: for programs.
    #[default]
    Standard,
    /// UTF-8 with BOM, `;`, CRLF: for Excel in a Nordic (or any
    /// comma-decimal) locale.
    Excel,
}

/// A CSV sheet being written: the only way the tool writes CSV, so every
/// cell is neutralised by construction.
pub struct Sheet<'a> {
    w: ::csv::Writer<&'a mut dyn Write>,
}

impl<'a> Sheet<'a> {
    /// A sheet in `dialect` written to `out` (the Excel dialect's BOM first).
    pub fn new(out: &'a mut dyn Write, dialect: Dialect) -> std::io::Result<Self> {
        let mut builder = ::csv::WriterBuilder::new();
        builder.quote_style(::csv::QuoteStyle::Always);
        if dialect == Dialect::Excel {
            out.write_all("\u{feff}".as_bytes())?;
            builder.delimiter(b';').terminator(::csv::Terminator::CRLF);
        }
        Ok(Sheet {
            w: builder.from_writer(out),
        })
    }

    /// One row; each cell through [`cell`].
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> std::io::Result<()> {
        let cells: Vec<S> = cells.into_iter().collect();
        self.w
            .write_record(cells.iter().map(|c| cell(c.as_ref()).into_owned()))?;
        Ok(())
    }

    /// Write out what is buffered.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.w.flush()
    }
}

/// A cell as a spreadsheet may safely read it: a leading `'` when it would
/// start a formula, control characters replaced.
pub fn cell(value: &str) -> Cow<'_, str> {
    let starts_formula = match value.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => !is_negative_number(value),
        _ => false,
    };
    let clean = super::clean(value);
    if starts_formula {
        Cow::Owned(format!("'{clean}"))
    } else {
        clean
    }
}

/// `-5`, `-3.5`, `-3,5`: a minus and digits, with at most one decimal
/// separator between digits — a number, never an expression.
fn is_negative_number(value: &str) -> bool {
    let Some(digits) = value.strip_prefix('-') else {
        return false;
    };
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

/// Write `table` as CSV in `dialect`.
pub fn table(out: &mut dyn Write, table: &Table, dialect: Dialect) -> std::io::Result<()> {
    let mut w = Sheet::new(out, dialect)?;
    w.row(&table.headers)?;
    for row in &table.rows {
        w.row(row.iter().map(|v| v.csv()))?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::table::Value;

    fn sample() -> Table {
        Table {
            name: "t",
            headers: vec!["organisation", "text"],
            rows: vec![vec![Value::from("Kommunförbundet"), Value::from("Bra; men \"kort\"")]],
        }
    }

    #[test]
    fn the_standard_dialect_is_plain_csv() {
        let mut out = Vec::new();
        table(&mut out, &sample(), Dialect::Standard).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"organisation\",\"text\"\n\"Kommunförbundet\",\"Bra; men \"\"kort\"\"\"\n"
        );
    }

    #[test]
    fn the_excel_dialect_has_a_bom_semicolons_and_crlf() {
        let mut out = Vec::new();
        table(&mut out, &sample(), Dialect::Excel).unwrap();
        assert_eq!(
            out,
            "\u{feff}\"organisation\";\"text\"\r\n\"Kommunförbundet\";\"Bra; men \"\"kort\"\"\"\r\n".as_bytes()
        );
    }
    fn sheet(rows: &[&[&str]]) -> String {
        let mut out = Vec::new();
        let mut w = Sheet::new(&mut out, Dialect::Standard).unwrap();
        for r in rows {
            w.row(r.iter().copied()).unwrap();
        }
        w.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn cells_that_would_start_a_formula_get_a_quote() {
        for (value, shown) in [
            (
                "=HYPERLINK(\"http://example.invalid\",\"Klicka här\")",
                "'=HYPERLINK(\"http://example.invalid\",\"Klicka här\")",
            ),
            ("+1+1", "'+1+1"),
            ("-1+1", "'-1+1"),
            ("-A1", "'-A1"),
            ("--5", "'--5"),
            ("-", "'-"),
            ("-5.", "'-5."),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\u{fffd}=1"),
            ("a=1", "a=1"),
            (" =1", " =1"),
            ("", ""),
            ("Säkerställande", "Säkerställande"),
            ("-5", "-5"),
            ("-3.5", "-3.5"),
            ("-3,5", "-3,5"),
            ("2026-03-02", "2026-03-02"),
        ] {
            assert_eq!(cell(value), shown, "{value:?}");
        }
    }

    #[test]
    fn every_cell_is_quoted_and_control_characters_replaced() {
        assert_eq!(
            sheet(&[&["id", "text"], &["S-1", "a;=1+1"], &["S-2", "x\u{1b}[2K \"q\"\nrad 2"]]),
            "\"id\",\"text\"\n\"S-1\",\"a;=1+1\"\n\"S-2\",\"x\u{fffd}[2K \"\"q\"\"\nrad 2\"\n"
        );
    }
}
