//! CSV output: a header row, then one row per [`Table`] row. The standard
//! dialect is UTF-8, comma-separated, LF; the Excel dialect is what Excel
//! opens correctly in a Finnish or Swedish locale: UTF-8 with a byte-order
//! mark, `;`-separated, CRLF.

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

/// Write `table` as CSV in `dialect`.
pub fn table(out: &mut dyn Write, table: &Table, dialect: Dialect) -> std::io::Result<()> {
    let mut builder = ::csv::WriterBuilder::new();
    if dialect == Dialect::Excel {
        out.write_all("\u{feff}".as_bytes())?;
        builder.delimiter(b';').terminator(::csv::Terminator::CRLF);
    }
    let mut w = builder.from_writer(out);
    w.write_record(&table.headers)?;
    for row in &table.rows {
        w.write_record(row.iter().map(|v| v.csv()))?;
    }
    w.flush()
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
            "organisation,text\nKommunförbundet,\"Bra; men \"\"kort\"\"\"\n"
        );
    }

    #[test]
    fn the_excel_dialect_has_a_bom_semicolons_and_crlf() {
        let mut out = Vec::new();
        table(&mut out, &sample(), Dialect::Excel).unwrap();
        assert_eq!(
            out,
            "\u{feff}organisation;text\r\nKommunförbundet;\"Bra; men \"\"kort\"\"\"\r\n".as_bytes()
        );
    }
}
