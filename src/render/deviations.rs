//! The deviation register: terminal text (also the block `show` prints
//! after a guideline), a Markdown table, and the CSV table.

use std::io::{self, Write};

use super::markdown::{code, escape_cell};
use super::table::{Table, Value};
use super::term::{Style, Term};
use crate::commands::deviation::{DeviationRow, DeviationState};
use crate::fluent_args;
use crate::i18n::Catalogue;

fn guideline_label(cat: &Catalogue, r: &DeviationRow) -> String {
    let id = &r.record.deviation.guideline;
    match (r.number, &r.title) {
        (Some(n), Some(t)) => format!("{n}. {t} ({id})"),
        _ => cat.get("deviation-gone-guideline", Some(&fluent_args!["id" => id.as_str()])),
    }
}

fn period(cat: &Catalogue, r: &DeviationRow) -> String {
    let d = &r.record.deviation;
    let mut s = cat.get("deviation-from", Some(&fluent_args!["date" => d.date.to_string()]));
    if let Some(u) = d.until {
        s.push(' ');
        s.push_str(&cat.get("deviation-until", Some(&fluent_args!["date" => u.to_string()])));
    }
    if let Some(e) = &r.record.ended {
        s.push_str(", ");
        s.push_str(&cat.get("deviation-ended-on", Some(&fluent_args!["date" => e.date.to_string()])));
    }
    s
}

/// The state in `cat`'s words.
fn state(cat: &Catalogue, state: DeviationState) -> String {
    cat.text(&format!("deviation-state-{}", state.as_str()))
}

/// One block per deviation, worded from `cat`; `with_guideline` names the
/// guideline (off when the block follows the guideline itself, in `show`).
pub fn blocks(out: &mut Term<'_>, rows: &[DeviationRow], with_guideline: bool, cat: &Catalogue) -> io::Result<()> {
    let ids = [
        "deviation-field-guideline",
        "deviation-field-actor",
        "deviation-field-decided-by",
        "deviation-field-reason",
        "deviation-field-ended",
        "deviation-field-note",
    ];
    let labels: Vec<String> = ids.iter().map(|id| format!("{}:", cat.text(id))).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 1;
    let field = |out: &mut Term<'_>, i: usize, value: &str| writeln!(out, "    {:width$}{value}", labels[i]);
    for r in rows {
        let d = &r.record.deviation;
        let style = match r.state {
            DeviationState::Active => Style::Yellow,
            _ => Style::Dim,
        };
        out.styled(Style::Bold, &format!("  {}  ", r.code))?;
        out.styled(style, &state(cat, r.state))?;
        writeln!(out, "  {}  {}", d.project, period(cat, r))?;
        if with_guideline {
            field(out, 0, &guideline_label(cat, r))?;
        }
        if let Some(a) = &d.actor {
            field(out, 1, a)?;
        }
        if let Some(b) = &d.decided_by {
            field(out, 2, b)?;
        }
        field(out, 3, &d.reason.replace('\n', " "))?;
        if let Some(e) = &r.record.ended {
            field(out, 4, &format!("{}; {}", e.date, e.reason.replace('\n', " ")))?;
        }
        if r.text_changed && r.state == DeviationState::Active {
            field(out, 5, &cat.text("deviation-text-changed"))?;
        }
    }
    Ok(())
}

/// `deviation list` as text, worded from `cat`.
pub fn text(out: &mut Term<'_>, rows: &[DeviationRow], cat: &Catalogue) -> io::Result<()> {
    let active = rows.iter().filter(|r| r.state == DeviationState::Active).count();
    if rows.is_empty() {
        return writeln!(out, "{}", cat.text("deviation-none"));
    }
    let total = cat.get(
        "deviation-total",
        Some(&fluent_args!["count" => rows.len(), "active" => active]),
    );
    writeln!(out, "{total}")?;
    blocks(out, rows, true, cat)
}

/// `deviation list --format markdown`, worded from `cat`.
pub fn markdown(out: &mut dyn Write, rows: &[DeviationRow], cat: &Catalogue) -> io::Result<()> {
    let head: Vec<String> = [
        "deviation-col-code",
        "deviation-col-state",
        "deviation-col-project",
        "deviation-field-guideline",
        "deviation-field-actor",
        "deviation-field-decided-by",
        "deviation-col-period",
        "deviation-field-reason",
    ]
    .iter()
    .map(|id| escape_cell(&cat.text(id)))
    .collect();
    writeln!(out, "| {} |", head.join(" | "))?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for r in rows {
        let d = &r.record.deviation;
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            code(&r.code),
            escape_cell(&state(cat, r.state)),
            escape_cell(&d.project),
            escape_cell(&guideline_label(cat, r)),
            escape_cell(d.actor.as_deref().unwrap_or("")),
            escape_cell(d.decided_by.as_deref().unwrap_or("")),
            escape_cell(&period(cat, r)),
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
