//! The guideline set's changelog ([`Changelog`]) as Markdown and as a
//! self-contained HTML page (`templates/changelog.html`). Both print the
//! computed changelog; neither decides anything.

use std::io::Write;

use minijinja::{Environment, context};

use crate::history::changelog::{Changelog, Changes, Entry, Unreleased, Withdrawal};
use crate::history::comments::GuidelineRef;
use crate::history::summary::GuidelineSummary;
use crate::model::RoundKind;
use crate::render::markdown::escape;
use crate::render::summary::{count, detail_lines_markdown};

const TEMPLATE: &str = include_str!("../../templates/changelog.html");

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

fn or_unknown(s: Option<&str>, what: &str) -> String {
    s.map(str::to_string).unwrap_or_else(|| format!("(no {what} recorded)"))
}

/// The heading of an entry: `Round 2026-1: approved 2026-03-02`.
fn entry_heading(e: &Entry) -> String {
    let date = e
        .decision
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    match e.kind {
        RoundKind::Revision => format!("Round {}: approved {date}", e.round),
        RoundKind::CurrencyCheck => format!("Round {}: currency check {date}", e.round),
    }
}

/// The sentence under an entry's heading.
fn entry_line(e: &Entry) -> String {
    match e.kind {
        RoundKind::Revision => {
            let compared = match (&e.previous, &e.compared_with) {
                (Some(p), _) => format!("compared with the text approved in round {p}"),
                (None, Some(c)) => format!(
                    "the first recorded approval ({}), compared with the text in force when the round opened (commit {})",
                    count(e.guidelines, "guideline"),
                    short(c)
                ),
                (None, None) => format!(
                    "the first recorded approval ({}); every guideline in it is new",
                    count(e.guidelines, "guideline")
                ),
            };
            format!(
                "{}. Approved by {}, decision {}; the text of commit {}, {compared}.",
                e.title,
                or_unknown(e.decision.body.as_deref(), "body"),
                or_unknown(e.decision.decision.as_deref(), "decision"),
                short(e.text.as_deref().unwrap_or("")),
            )
        }
        RoundKind::CurrencyCheck => format!(
            "{}. Verdicts{}: {} confirmed current, {} to be revised, {} withdrawn.",
            e.title,
            e.decision
                .body
                .as_deref()
                .map(|b| format!(" by {b}"))
                .unwrap_or_default(),
            e.confirmed.len(),
            e.to_revise.len(),
            e.changes.withdrawn.len()
        ),
    }
}

fn unreleased_line(u: &Unreleased) -> String {
    let n = count(u.commits.len(), "commit");
    match (&u.since, &u.since_text) {
        (Some(r), Some(c)) => format!(
            "{n} changed guidelines/ and no approval covers {}; below, the text now against the text approved in round {r} (commit {}).",
            if u.commits.len() == 1 { "it" } else { "them" },
            short(c)
        ),
        _ => format!("{n} changed guidelines/ and no approval is recorded, so every guideline is unreleased."),
    }
}

fn name(number: Option<u32>, title: &str) -> String {
    match number {
        Some(n) => format!("{n}. {title}"),
        None => title.to_string(),
    }
}

fn withdrawal_line(w: &Withdrawal) -> String {
    let how = match w.how {
        "verdict" => "withdrawn by the currency check's verdict",
        _ => "its file was removed",
    };
    let note = w.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
    format!("{how}{note}")
}

// ---------------------------------------------------------------- Markdown

fn summary_item(out: &mut dyn Write, g: &GuidelineSummary, details: bool) -> std::io::Result<()> {
    writeln!(out, "- **{}** (`{}`)", escape(&name(Some(g.number), &g.title)), g.id)?;
    if details {
        for d in detail_lines_markdown(g) {
            writeln!(out, "  - {d}")?;
        }
    }
    Ok(())
}

fn ref_item(out: &mut dyn Write, g: &GuidelineRef, tail: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "- **{}** (`{}`){}",
        escape(&name(g.number, &g.title)),
        g.id,
        if tail.is_empty() {
            String::new()
        } else {
            format!(": {}", escape(tail))
        }
    )
}

fn changes_markdown(out: &mut dyn Write, c: &Changes) -> std::io::Result<()> {
    if !c.added.is_empty() {
        writeln!(out, "\n### Added\n")?;
        for g in &c.added {
            summary_item(out, g, false)?;
        }
    }
    if !c.revised.is_empty() {
        writeln!(out, "\n### Revised\n")?;
        for g in &c.revised {
            summary_item(out, g, true)?;
        }
    }
    if !c.withdrawn.is_empty() {
        writeln!(out, "\n### Withdrawn\n")?;
        for w in &c.withdrawn {
            ref_item(out, &w.guideline, &withdrawal_line(w))?;
        }
    }
    if !c.unreadable.is_empty() {
        writeln!(
            out,
            "\nNot readable as guidelines on one side (left out; run `riktlinjer check` at those commits): {}",
            c.unreadable
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )?;
    }
    Ok(())
}

/// The changelog as Markdown.
pub fn markdown(out: &mut dyn Write, log: &Changelog) -> std::io::Result<()> {
    writeln!(out, "# Changelog: {}", escape(&log.collection_title))?;
    if let Some(r) = &log.range {
        writeln!(
            out,
            "\nLimited to the commits {}..{} ({}..{}).",
            escape(r.from.as_deref().unwrap_or("")),
            escape(&r.to),
            r.from_commit.as_deref().map(short).unwrap_or(""),
            short(&r.to_commit)
        )?;
    }
    if let Some(u) = &log.unreleased {
        writeln!(out, "\n## Unreleased (not approved)\n")?;
        writeln!(out, "{}\n", escape(&unreleased_line(u)))?;
        for c in &u.commits {
            writeln!(
                out,
                "- `{}` {}, {}: {}",
                short(&c.commit),
                c.date.format("%Y-%m-%d"),
                escape(&c.author),
                escape(&c.message)
            )?;
        }
        if u.changes.is_empty() {
            writeln!(
                out,
                "\nThe text is the same as the approved text (the changes cancel out)."
            )?;
        }
        changes_markdown(out, &u.changes)?;
    }
    if !log.pending.is_empty() {
        writeln!(out, "\n## Rounds without a recorded approval\n")?;
        for p in &log.pending {
            writeln!(
                out,
                "- Round `{}`: {} ({})",
                escape(&p.round),
                escape(&p.title),
                match (&p.stage, p.closed) {
                    (_, true) => "closed without approval".to_string(),
                    (Some(s), false) => format!("open, in stage {s}"),
                    (None, false) => "open".to_string(),
                }
            )?;
        }
    }
    if log.entries.is_empty() && log.unreleased.is_none() && log.pending.is_empty() {
        writeln!(
            out,
            "\nNo approvals, currency checks or changes to guidelines/ in this range."
        )?;
    }
    for e in &log.entries {
        writeln!(out, "\n## {}\n", escape(&entry_heading(e)))?;
        writeln!(out, "{}", escape(&entry_line(e)))?;
        if e.kind == RoundKind::Revision && e.changes.is_empty() {
            writeln!(out, "\nNo change to the text: approved as it was.")?;
        }
        changes_markdown(out, &e.changes)?;
        if !e.to_revise.is_empty() {
            writeln!(out, "\n### To be revised\n")?;
            for g in &e.to_revise {
                ref_item(out, g, "")?;
            }
        }
        if !e.confirmed.is_empty() {
            writeln!(out, "\n### Confirmed current\n")?;
            for g in &e.confirmed {
                ref_item(out, g, "")?;
            }
        }
    }
    Ok(())
}

// -------------------------------------------------------------------- HTML

/// The changelog as a self-contained page.
pub fn html(out: &mut dyn Write, log: &Changelog) -> std::io::Result<()> {
    let mut env = Environment::new();
    env.add_template("changelog.html", TEMPLATE)
        .map_err(std::io::Error::other)?;
    env.add_filter("short", |c: String| c.chars().take(7).collect::<String>());
    let entries: Vec<(String, String, &Entry)> = log
        .entries
        .iter()
        .map(|e| (entry_heading(e), entry_line(e), e))
        .collect();
    let withdrawals = |c: &Changes| -> Vec<(String, String)> {
        c.withdrawn
            .iter()
            .map(|w| (name(w.guideline.number, &w.guideline.title), withdrawal_line(w)))
            .collect()
    };
    let entry_withdrawals: Vec<Vec<(String, String)>> = log.entries.iter().map(|e| withdrawals(&e.changes)).collect();
    let html = env
        .get_template("changelog.html")
        .and_then(|t| {
            t.render(context! {
                lang => "en",
                log => log,
                unreleased_line => log.unreleased.as_ref().map(unreleased_line),
                unreleased_withdrawals => log.unreleased.as_ref().map(|u| withdrawals(&u.changes)),
                entries => entries,
                entry_withdrawals => entry_withdrawals,
                style => super::html::STYLE,
            })
        })
        .map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}
