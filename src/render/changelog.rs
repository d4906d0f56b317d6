//! The guideline set's changelog ([`Changelog`]) as Markdown and as a
//! self-contained HTML page (`templates/changelog.html`). Both print the
//! computed changelog; neither decides anything.

use std::io::Write;

use minijinja::context;

use crate::history::changelog::{Changelog, Changes, Entry, PendingRound, Range, Unreleased, Withdrawal};
use crate::history::comments::GuidelineRef;
use crate::history::summary::GuidelineSummary;
use crate::model::RoundKind;
use crate::render::Labels;
use crate::render::labels::Compared;
use crate::render::markdown::{code, escape_cell};
use crate::render::summary::detail_lines_markdown;

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

/// The heading of an entry: `Round 2026-1: approved 2026-03-02`.
fn entry_heading(e: &Entry, l: &Labels) -> String {
    l.entry_heading(&e.round, e.kind, e.decision.date.map(|d| d.to_string()).as_deref())
}

/// The sentence under an entry's heading.
fn entry_line(e: &Entry, l: &Labels) -> String {
    match e.kind {
        RoundKind::Revision => {
            let compared = match (&e.previous, &e.compared_with) {
                (Some(p), _) => Compared::Previous(p),
                (None, Some(c)) => Compared::Base {
                    guidelines: e.guidelines,
                    commit: short(c),
                },
                (None, None) => Compared::First {
                    guidelines: e.guidelines,
                },
            };
            l.revision_line(
                &e.title,
                e.decision.body.as_deref(),
                e.decision.decision.as_deref(),
                short(e.text.as_deref().unwrap_or("")),
                compared,
            )
        }
        RoundKind::CurrencyCheck => l.check_line(
            &e.title,
            e.decision.body.as_deref(),
            e.confirmed.len(),
            e.to_revise.len(),
            e.changes.withdrawn.len(),
        ),
    }
}

fn unreleased_line(u: &Unreleased, l: &Labels) -> String {
    match (&u.since, &u.since_text) {
        (Some(r), Some(c)) => l.unreleased_since(u.commits.len(), r, short(c)),
        _ => l.unreleased_all(u.commits.len()),
    }
}

fn name(number: Option<u32>, title: &str) -> String {
    match number {
        Some(n) => format!("{n}. {title}"),
        None => title.to_string(),
    }
}

fn withdrawal_line(w: &Withdrawal, l: &Labels) -> String {
    let how = match w.how {
        "verdict" => l.withdrawn_by_verdict,
        _ => l.file_removed,
    };
    let note = w.note.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
    format!("{how}{note}")
}

fn pending_state(p: &PendingRound, l: &Labels) -> String {
    l.pending_state(p.closed, p.stage_name.as_deref().or(p.stage.as_deref()))
}

fn range_line(r: &Range, l: &Labels) -> String {
    l.limited_to(
        r.from.as_deref().unwrap_or(""),
        &r.to,
        r.from_commit.as_deref().map(short).unwrap_or(""),
        short(&r.to_commit),
    )
}

// ---------------------------------------------------------------- Markdown

fn summary_item(out: &mut dyn Write, g: &GuidelineSummary, details: bool, l: &Labels) -> std::io::Result<()> {
    writeln!(
        out,
        "- **{}** ({})",
        name(Some(g.number), &escape_cell(&g.title)),
        code(&g.id)
    )?;
    if details {
        for d in detail_lines_markdown(g, l) {
            writeln!(out, "  - {d}")?;
        }
    }
    Ok(())
}

fn ref_item(out: &mut dyn Write, g: &GuidelineRef, tail: &str) -> std::io::Result<()> {
    writeln!(
        out,
        "- **{}** ({}){}",
        name(g.number, &escape_cell(&g.title)),
        code(&g.id),
        if tail.is_empty() {
            String::new()
        } else {
            format!(": {}", escape_cell(tail))
        }
    )
}

fn changes_markdown(out: &mut dyn Write, c: &Changes, l: &Labels) -> std::io::Result<()> {
    if !c.added.is_empty() {
        writeln!(out, "\n### {}\n", l.added_heading)?;
        for g in &c.added {
            summary_item(out, g, false, l)?;
        }
    }
    if !c.revised.is_empty() {
        writeln!(out, "\n### {}\n", l.revised_heading)?;
        for g in &c.revised {
            summary_item(out, g, true, l)?;
        }
    }
    if !c.withdrawn.is_empty() {
        writeln!(out, "\n### {}\n", l.withdrawn_heading)?;
        for w in &c.withdrawn {
            ref_item(out, &w.guideline, &withdrawal_line(w, l))?;
        }
    }
    if !c.unreadable.is_empty() {
        writeln!(
            out,
            "\n{}: {}",
            l.unreadable,
            c.unreadable.iter().map(|i| code(i)).collect::<Vec<_>>().join(", ")
        )?;
    }
    Ok(())
}

/// The changelog as Markdown, its fixed wording in the changelog's language.
pub fn markdown(out: &mut dyn Write, log: &Changelog) -> std::io::Result<()> {
    let l = Labels::of(&log.lang);
    writeln!(out, "# {}: {}", l.changelog, escape_cell(&log.collection_title))?;
    if let Some(r) = &log.range {
        writeln!(out, "\n{}", escape_cell(&range_line(r, l)))?;
    }
    if let Some(u) = &log.unreleased {
        writeln!(out, "\n## {}\n", l.unreleased)?;
        writeln!(out, "{}\n", escape_cell(&unreleased_line(u, l)))?;
        for c in &u.commits {
            writeln!(
                out,
                "- {} {}, {}: {}",
                code(short(&c.commit)),
                c.date.format("%Y-%m-%d"),
                escape_cell(&c.author),
                escape_cell(&c.message)
            )?;
        }
        if u.changes.is_empty() {
            writeln!(out, "\n{}", l.cancel_out)?;
        }
        changes_markdown(out, &u.changes, l)?;
    }
    if !log.pending.is_empty() {
        writeln!(out, "\n## {}\n", l.pending_heading)?;
        for p in &log.pending {
            writeln!(
                out,
                "- {} {}: {} ({})",
                l.round_cap,
                code(&p.round),
                escape_cell(&p.title),
                escape_cell(&pending_state(p, l))
            )?;
        }
    }
    if log.entries.is_empty() && log.unreleased.is_none() && log.pending.is_empty() {
        writeln!(out, "\n{}", escape_cell(l.nothing_in_range))?;
    }
    for e in &log.entries {
        writeln!(out, "\n## {}\n", escape_cell(&entry_heading(e, l)))?;
        writeln!(out, "{}", escape_cell(&entry_line(e, l)))?;
        if e.kind == RoundKind::Revision && e.changes.is_empty() {
            writeln!(out, "\n{}", l.approved_as_is)?;
        }
        changes_markdown(out, &e.changes, l)?;
        if !e.to_revise.is_empty() {
            writeln!(out, "\n### {}\n", l.to_revise_heading)?;
            for g in &e.to_revise {
                ref_item(out, g, "")?;
            }
        }
        if !e.confirmed.is_empty() {
            writeln!(out, "\n### {}\n", l.confirmed_heading)?;
            for g in &e.confirmed {
                ref_item(out, g, "")?;
            }
        }
    }
    Ok(())
}

// -------------------------------------------------------------------- HTML

/// The changelog as a self-contained page, its fixed wording in the
/// changelog's language.
pub fn html(out: &mut dyn Write, log: &Changelog) -> std::io::Result<()> {
    let l = Labels::of(&log.lang);
    let mut env = super::html::environment();
    env.add_filter("short", |c: String| c.chars().take(7).collect::<String>());
    let entries: Vec<(String, String, &Entry)> = log
        .entries
        .iter()
        .map(|e| (entry_heading(e, l), entry_line(e, l), e))
        .collect();
    let withdrawals = |c: &Changes| -> Vec<(String, String)> {
        c.withdrawn
            .iter()
            .map(|w| (name(w.guideline.number, &w.guideline.title), withdrawal_line(w, l)))
            .collect()
    };
    let entry_withdrawals: Vec<Vec<(String, String)>> = log.entries.iter().map(|e| withdrawals(&e.changes)).collect();
    let pending: Vec<(&PendingRound, String)> = log.pending.iter().map(|p| (p, pending_state(p, l))).collect();
    let html = env
        .get_template("changelog.html")
        .and_then(|t| {
            t.render(context! {
                lang => log.lang,
                l => minijinja::Value::from_serialize(l),
                log => log,
                range_line => log.range.as_ref().map(|r| range_line(r, l)),
                unreleased_line => log.unreleased.as_ref().map(|u| unreleased_line(u, l)),
                unreleased_withdrawals => log.unreleased.as_ref().map(|u| withdrawals(&u.changes)),
                pending => pending,
                entries => entries,
                entry_withdrawals => entry_withdrawals,
                style => super::html::STYLE,
            })
        })
        .map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}
