//! The deviation register: terminal text (also the block `show` prints
//! after a guideline), a Markdown table, and the CSV table.

use std::io::{self, Write};

use super::markdown::{code, escape_cell};
use super::table::{Table, Value};
use super::term::{Style, Term};
use crate::commands::deviation::{DeviationRow, DeviationState};

fn guideline_label(r: &DeviationRow) -> String {
    let id = &r.record.deviation.guideline;
    match (r.number, &r.title) {
        (Some(n), Some(t)) => format!("{n}. {t} ({id})"),
        _ => format!("{id} (no longer in the collection)"),
    }
}

fn period(r: &DeviationRow) -> String {
    let d = &r.record.deviation;
    let mut s = format!("from {}", d.date);
    if let Some(u) = d.until {
        s.push_str(&format!(" until {u}"));
    }
    if let Some(e) = &r.record.ended {
        s.push_str(&format!(", ended {}", e.date));
    }
    s
}

/// One block per deviation; `with_guideline` names the guideline (off
/// when the block follows the guideline itself, in `show`).
pub fn blocks(out: &mut Term<'_>, rows: &[DeviationRow], with_guideline: bool) -> io::Result<()> {
    for r in rows {
        let d = &r.record.deviation;
        let style = match r.state {
            DeviationState::Active => Style::Yellow,
            _ => Style::Dim,
        };
        out.styled(Style::Bold, &format!("  {}  ", r.code))?;
        out.styled(style, r.state.as_str())?;
        writeln!(out, "  {}  {}", d.project, period(r))?;
        if with_guideline {
            writeln!(out, "    Guideline:  {}", guideline_label(r))?;
        }
        if let Some(a) = &d.actor {
            writeln!(out, "    Actor:      {a}")?;
        }
        if let Some(b) = &d.decided_by {
            writeln!(out, "    Decided by: {b}")?;
        }
        writeln!(out, "    Reason:     {}", d.reason.replace('\n', " "))?;
        if let Some(e) = &r.record.ended {
            writeln!(out, "    Ended:      {}; {}", e.date, e.reason.replace('\n', " "))?;
        }
        if r.text_changed && r.state == DeviationState::Active {
            writeln!(
                out,
                "    Note:       the guideline's text has changed since the deviation was recorded"
            )?;
        }
    }
    Ok(())
}

/// `deviation list` as text.
pub fn text(out: &mut Term<'_>, rows: &[DeviationRow]) -> io::Result<()> {
    let active = rows.iter().filter(|r| r.state == DeviationState::Active).count();
    if rows.is_empty() {
        return writeln!(out, "No deviations recorded.");
    }
    let total = match rows.len() {
        1 => "1 deviation".to_string(),
        n => format!("{n} deviations"),
    };
    writeln!(out, "{total}, {active} active")?;
    blocks(out, rows, true)
}

/// `deviation list --format markdown`.
pub fn markdown(out: &mut dyn Write, rows: &[DeviationRow]) -> io::Result<()> {
    writeln!(
        out,
        "| Deviation | State | Project | Guideline | Actor | Decided by | Period | Reason |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for r in rows {
        let d = &r.record.deviation;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            code(&r.code),
            r.state.as_str(),
            escape_cell(&d.project),
            escape_cell(&guideline_label(r)),
            escape_cell(d.actor.as_deref().unwrap_or("")),
            escape_cell(d.decided_by.as_deref().unwrap_or("")),
            escape_cell(&period(r)),
            escape_cell(&d.reason)
        )?;
    }
    Ok(())
}

/// The register as a table (CSV).
pub fn table(rows: &[DeviationRow]) -> Table {
    Table {
        name: "deviations",
        headers: vec![
            "code",
            "state",
            "project",
            "guideline",
            "number",
            "actor",
            "decided_by",
            "date",
            "until",
            "ended",
            "end_reason",
            "reason",
            "text_changed",
            "recorded_by",
        ],
        rows: rows
            .iter()
            .map(|r| {
                let d = &r.record.deviation;
                vec![
                    r.code.as_str().into(),
                    r.state.as_str().into(),
                    d.project.as_str().into(),
                    d.guideline.as_str().into(),
                    r.number.into(),
                    d.actor.as_deref().into(),
                    d.decided_by.as_deref().into(),
                    d.date.into(),
                    d.until.into(),
                    r.record.ended.as_ref().map(|e| e.date).into(),
                    r.record.ended.as_ref().map(|e| e.reason.as_str()).into(),
                    d.reason.as_str().into(),
                    Value::Bool(r.text_changed),
                    d.recorded_by.as_str().into(),
                ]
            })
            .collect(),
    }
}
