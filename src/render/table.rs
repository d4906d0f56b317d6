//! The tables behind every spreadsheet output: one definition of each
//! report's columns and cell types, written as CSV by [`super::csv`] and as
//! a workbook by [`super::xlsx`], so the two cannot drift apart.

use crate::commands::list::ListEntry;
use crate::history::currency::CurrencyReport;
use crate::model::PartialDate;

/// One cell of a table, typed so a workbook can show it as such.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text: always written as text, never read as a number or formula.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A date; a full date is a date cell in a workbook, a month or year
    /// (`2021-08`) stays text.
    Date(PartialDate),
    /// Yes or no (`true`/`false` in CSV).
    Bool(bool),
}

impl Value {
    /// The cell as CSV writes it.
    pub fn csv(&self) -> String {
        match self {
            Value::Empty => String::new(),
            Value::Text(s) => s.clone(),
            Value::Int(n) => n.to_string(),
            Value::Date(d) => d.to_string(),
            Value::Bool(b) => b.to_string(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map(Into::into).unwrap_or(Value::Empty)
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Int(n.into())
    }
}

impl From<usize> for Value {
    fn from(n: usize) -> Self {
        Value::Int(n as i64)
    }
}

impl From<PartialDate> for Value {
    fn from(d: PartialDate) -> Self {
        Value::Date(d)
    }
}

impl From<chrono::NaiveDate> for Value {
    fn from(d: chrono::NaiveDate) -> Self {
        Value::Date(PartialDate::from_date(d))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A header row and rows of cells; the headers are the CSV contract
/// (English, `snake_case`).
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The name of the sheet it becomes in a workbook.
    pub name: &'static str,
    /// The column headers.
    pub headers: Vec<&'static str>,
    /// The rows, each as long as `headers`.
    pub rows: Vec<Vec<Value>>,
}

/// The guideline list: `number, id, theme, theme_name, title`.
pub fn list(entries: &[ListEntry]) -> Table {
    Table {
        name: "guidelines",
        headers: vec!["number", "id", "theme", "theme_name", "title"],
        rows: entries
            .iter()
            .map(|e| {
                vec![
                    e.number.into(),
                    e.id.as_str().into(),
                    e.theme.as_str().into(),
                    e.theme_name.as_str().into(),
                    e.title.as_str().into(),
                ]
            })
            .collect(),
    }
}

/// The currency sheet, one row per guideline.
pub fn currency(r: &CurrencyReport) -> Table {
    Table {
        name: "currency",
        headers: vec![
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
            "active_deviations",
            "deviations_text_changed",
        ],
        rows: r
            .guidelines
            .iter()
            .map(|g| {
                let a = g.approved.as_ref();
                let c = g.last_check.as_ref();
                let due_state = serde_json::to_value(g.due_state)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                vec![
                    g.number.into(),
                    g.id.as_str().into(),
                    g.title.as_str().into(),
                    g.status.label().into(),
                    a.and_then(|a| a.date).into(),
                    a.and_then(|a| a.body.clone()).into(),
                    a.and_then(|a| a.decision.clone()).into(),
                    a.map(|a| a.round.clone()).into(),
                    a.map(|a| a.text_as_approved).into(),
                    c.and_then(|c| c.date).into(),
                    c.map(|c| c.verdict.clone()).into(),
                    c.map(|c| c.round.clone()).into(),
                    g.next_due.into(),
                    due_state.into(),
                    g.changes_since_approval.len().into(),
                    g.translations_behind
                        .iter()
                        .map(|t| t.language.clone())
                        .collect::<Vec<_>>()
                        .join(" ")
                        .into(),
                    g.active_deviations.into(),
                    g.deviations_text_changed
                        .iter()
                        .map(|d| d.code.clone())
                        .collect::<Vec<_>>()
                        .join(" ")
                        .into(),
                ]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_in_csv_as_before() {
        assert_eq!(Value::from(Some(3u32)).csv(), "3");
        assert_eq!(Value::from(None::<u32>).csv(), "");
        assert_eq!(Value::from(PartialDate::parse("2021-08").unwrap()).csv(), "2021-08");
        assert_eq!(Value::from(true).csv(), "true");
        assert_eq!(Value::from("=1+1").csv(), "=1+1");
    }
}
