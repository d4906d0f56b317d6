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

/// The currency sheet, one row per guideline.
pub fn currency(out: &mut dyn Write, r: &crate::history::currency::CurrencyReport) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record([
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
        w.write_record([
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
    w.flush()
}
