//! CSV output (UTF-8, comma-separated, header row), safe to open in a
//! spreadsheet. Every CSV the tool writes goes through [`Sheet`], which
//! follows the OWASP guidance on CSV injection
//! (<https://owasp.org/www-community/attacks/CSV_Injection>):
//!
//! - a cell that starts with `=`, `+`, `-`, `@`, tab or CR gets a single
//!   quote in front, so Excel and LibreOffice read it as text, never as a
//!   formula (`=HYPERLINK(…)`, `=cmd|…`). A plain negative number (`-5`,
//!   `-3.5`) stays as it is: it is a number, not an expression, and no
//!   spreadsheet evaluates anything in it;
//! - every cell is in double quotes, so a spreadsheet that splits on `;`
//!   (the default in Swedish and Finnish Excel) cannot start a new cell
//!   inside one, where `=` would be at a cell's start again;
//! - control characters are replaced ([`crate::render::clean`]).

use std::borrow::Cow;
use std::io::Write;

use crate::commands::list::ListEntry;

/// A CSV sheet being written: the only way the tool writes CSV, so every
/// cell is neutralised by construction.
pub struct Sheet<'a> {
    w: ::csv::Writer<&'a mut dyn Write>,
}

impl<'a> Sheet<'a> {
    /// A sheet written to `out`.
    pub fn new(out: &'a mut dyn Write) -> Self {
        Sheet {
            w: ::csv::WriterBuilder::new()
                .quote_style(::csv::QuoteStyle::Always)
                .from_writer(out),
        }
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

/// The guideline list as CSV.
pub fn list(out: &mut dyn Write, entries: &[ListEntry]) -> std::io::Result<()> {
    let mut w = Sheet::new(out);
    w.row(["number", "id", "theme", "theme_name", "title"])?;
    for e in entries {
        w.row([e.number.to_string().as_str(), &e.id, &e.theme, &e.theme_name, &e.title])?;
    }
    w.finish()
}

/// The currency sheet, one row per guideline.
pub fn currency(out: &mut dyn Write, r: &crate::history::currency::CurrencyReport) -> std::io::Result<()> {
    let mut w = Sheet::new(out);
    w.row([
        "number",
        "id",
        "title",
        "status",
        "approved_date",
        "approved_body",
        "approved_decision",
        "approved_round",
        "text_as_approved",
        "last_check_date",
        "last_check_verdict",
        "last_check_round",
        "next_due",
        "due_state",
        "changes_since_approval",
        "translations_behind",
    ])?;
    for g in &r.guidelines {
        let a = g.approved.as_ref();
        let c = g.last_check.as_ref();
        let due_state = serde_json::to_value(g.due_state)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        w.row([
            g.number.map(|n| n.to_string()).unwrap_or_default(),
            g.id.clone(),
            g.title.clone(),
            g.status.label().to_string(),
            a.and_then(|a| a.date).map(|d| d.to_string()).unwrap_or_default(),
            a.and_then(|a| a.body.clone()).unwrap_or_default(),
            a.and_then(|a| a.decision.clone()).unwrap_or_default(),
            a.map(|a| a.round.clone()).unwrap_or_default(),
            a.map(|a| a.text_as_approved.to_string()).unwrap_or_default(),
            c.and_then(|c| c.date).map(|d| d.to_string()).unwrap_or_default(),
            c.map(|c| c.verdict.clone()).unwrap_or_default(),
            c.map(|c| c.round.clone()).unwrap_or_default(),
            g.next_due.map(|d| d.to_string()).unwrap_or_default(),
            due_state,
            g.changes_since_approval.len().to_string(),
            g.translations_behind
                .iter()
                .map(|t| t.language.clone())
                .collect::<Vec<_>>()
                .join(" "),
        ])?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: &[&[&str]]) -> String {
        let mut out = Vec::new();
        let mut w = Sheet::new(&mut out);
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
