//! `round status` as text for the terminal and as Markdown. Both print a
//! computed [`RoundStatus`]; neither decides anything.

use std::io::Write;

use crate::model::status::{RoundState, RoundStatus, action_label};
use crate::model::{RoundKind, VerdictKind};
use crate::render::markdown::{code, escape_cell};
use crate::render::term::{Style, Term};

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

fn date_or_unknown(d: Option<crate::model::PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "no date".into())
}

fn state_line(s: &RoundStatus) -> String {
    let stage = s
        .stage
        .as_ref()
        .map(|st| {
            if st.position > 0 {
                format!("stage {} of {}, {} ({})", st.position, st.of, st.id, st.name)
            } else {
                format!("{} ({})", st.id, st.name)
            }
        })
        .unwrap_or_else(|| "no stage entered".into());
    match s.state {
        RoundState::Open => format!("open — {stage}"),
        RoundState::Approved => format!("approved — {stage}"),
        RoundState::Closed if s.approved => "closed, approved".into(),
        RoundState::Closed => "closed".into(),
        RoundState::Cancelled => "cancelled (opened by mistake; kept on record)".into(),
    }
}

fn scope(s: &RoundStatus) -> String {
    if s.guidelines.len() > 6 {
        format!("{} guidelines", s.guidelines.len())
    } else {
        s.guidelines.join(", ")
    }
}

fn verdict_counts(s: &RoundStatus) -> String {
    let count = |k: Option<VerdictKind>| s.verdicts.iter().filter(|v| v.verdict == k).count();
    format!(
        "{} current, {} revise, {} withdraw, {} pending",
        count(Some(VerdictKind::Current)),
        count(Some(VerdictKind::Revise)),
        count(Some(VerdictKind::Withdraw)),
        count(None)
    )
}

fn text_line(s: &RoundStatus) -> String {
    match (&s.text.last_event, s.text.unchanged) {
        (None, _) => "no event recorded".into(),
        (Some(e), true) => format!("unchanged since {e}"),
        (Some(e), false) => format!("changed since {e} in {}", s.text.changed.join(", ")),
    }
}

fn approval_line(s: &RoundStatus) -> Option<String> {
    if s.kind != RoundKind::Revision {
        return None;
    }
    Some(match &s.approval {
        None => "not recorded".into(),
        Some(a) => format!(
            "{} by {}, decision {}; {}",
            date_or_unknown(a.date),
            a.body.as_deref().unwrap_or("?"),
            a.decision.as_deref().unwrap_or("?"),
            if a.text_is_approved_text {
                format!("the text now is the approved text (commit {})", short(&a.commit))
            } else {
                format!(
                    "the text now DIFFERS from the approved text (commit {}) in {}",
                    short(&a.commit),
                    a.changed.join(", ")
                )
            }
        ),
    })
}

/// Every round's status for the terminal.
pub fn status_text(out: &mut Term<'_>, statuses: &[RoundStatus]) -> std::io::Result<()> {
    if statuses.is_empty() {
        writeln!(
            out,
            "No review rounds yet. Open one with `riktlinjer round open ID --title …`."
        )?;
    }
    for (i, s) in statuses.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        out.line(Style::Bold, &format!("Round {}: {} ({})", s.id, s.title, s.kind))?;
        write!(out, "  State:       ")?;
        match s.state {
            RoundState::Open => writeln!(out, "{}", state_line(s))?,
            _ => out.line(Style::Green, &state_line(s))?,
        }
        writeln!(out, "  Guidelines:  {}", scope(s))?;
        writeln!(
            out,
            "  Opened:      {}, recorded by {}; text in force then: commit {}",
            s.opened,
            s.opened_by,
            short(&s.base_commit)
        )?;
        if let Some(note) = &s.note {
            writeln!(out, "  Note:        {}", note.replace('\n', " "))?;
        }
        writeln!(out, "  Events:")?;
        let stage_width = s.events.iter().map(|e| e.stage.chars().count()).max().unwrap_or(0);
        for e in &s.events {
            let mut what = Vec::new();
            if let (Some(o), Some(c)) = (e.opens, e.closes) {
                what.push(format!("open {o} to {c}"));
            }
            if let Some(b) = &e.body {
                what.push(b.clone());
            }
            if let Some(d) = &e.decision {
                what.push(format!("decision: {d}"));
            }
            if let Some(c) = &e.corrects {
                what.insert(0, format!("corrects {c}"));
            }
            if let Some(r) = &e.reason {
                what.push(format!("reason: {}", r.replace('\n', " ")));
            }
            let line = format!(
                "    {:02}  {:<10}  {:<w$}  {:<8}  {}",
                e.seq,
                date_or_unknown(e.date),
                e.stage,
                action_label(&e.action),
                what.join("; "),
                w = stage_width
            );
            writeln!(out, "{}", line.trim_end())?;
            if let Some(n) = &e.note {
                write!(out, "        ")?;
                out.line(Style::Dim, &format!("note: {}", n.replace('\n', " ")))?;
            }
            if !e.text_changed.is_empty() {
                write!(out, "        ")?;
                out.line(
                    Style::Dim,
                    &format!("text changed since: {}", e.text_changed.join(", ")),
                )?;
            }
        }
        if let Some(c) = &s.comment_round {
            let state = match (c.state.as_str(), c.days_left) {
                ("open", Some(d)) => format!("open, {d} days left"),
                (other, _) => other.replace('-', " "),
            };
            writeln!(out, "  Comments:    {} to {}, {state}", c.opens, c.closes)?;
        }
        if s.kind == RoundKind::Revision {
            if s.statements.is_empty() {
                writeln!(out, "  Statements:  none recorded")?;
            } else {
                let summary = format!("{}, {} unanswered", s.statements.len(), s.unanswered);
                write!(out, "  Statements:  ")?;
                if s.unanswered > 0 {
                    out.line(Style::Yellow, &summary)?;
                } else {
                    writeln!(out, "{summary}")?;
                }
                let about = |st: &crate::model::status::StatementStatus| -> String {
                    let about = match (&st.guideline, &st.field) {
                        (Some(g), Some(f)) => format!("{g} {f}"),
                        (Some(g), None) => g.clone(),
                        _ => "whole set".into(),
                    };
                    if st.late { format!("{about} (late)") } else { about }
                };
                let id_w = s.statements.iter().map(|x| x.id.len()).max().unwrap_or(0);
                let from_w = s.statements.iter().map(|x| x.from.chars().count()).max().unwrap_or(0);
                let about_w = s.statements.iter().map(|x| about(x).chars().count()).max().unwrap_or(0);
                for st in &s.statements {
                    write!(
                        out,
                        "    {:<id_w$}  {:<10}  {:<from_w$}  {:<about_w$}  ",
                        st.id,
                        st.received.to_string(),
                        st.from,
                        about(st),
                    )?;
                    match (&st.answer, &st.withdrawn) {
                        (_, Some(_)) => writeln!(out, "withdrawn")?,
                        (Some(a), None) if a.supersedes > 0 => writeln!(out, "{} (revised)", a.disposition.as_str())?,
                        (Some(a), None) => writeln!(out, "{}", a.disposition.as_str())?,
                        (None, None) => out.line(Style::Yellow, "unanswered")?,
                    }
                }
            }
        } else {
            writeln!(out, "  Verdicts:    {}", verdict_counts(s))?;
            let w = s.verdicts.iter().map(|v| v.guideline.len()).max().unwrap_or(0);
            for v in &s.verdicts {
                let verdict = v.verdict.map(|k| k.as_str()).unwrap_or("pending");
                let mut rest = Vec::new();
                if let Some(d) = v.date {
                    rest.push(d.to_string());
                }
                if let Some(r) = &v.followed_by {
                    rest.push(format!("revision round {r}"));
                }
                if let Some(n) = &v.note {
                    rest.push(n.replace('\n', " "));
                }
                writeln!(out, "    {:<w$}  {:<8}  {}", v.guideline, verdict, rest.join("; "))?;
            }
        }
        writeln!(out, "  Text:        {}", text_line(s))?;
        if let Some(line) = approval_line(s) {
            write!(out, "  Approval:    ")?;
            match &s.approval {
                Some(a) if !a.text_is_approved_text => out.line(Style::Yellow, &line)?,
                _ => writeln!(out, "{line}")?,
            }
        }
        for d in &s.deadlines_passed {
            writeln!(out, "  Passed:      {d}")?;
        }
        match s.next.as_slice() {
            [] => writeln!(out, "  Next:        nothing; the round is closed")?,
            [one] => writeln!(out, "  Next:        {one}")?,
            many => {
                writeln!(out, "  Next:")?;
                for n in many {
                    writeln!(out, "    - {n}")?;
                }
            }
        }
    }
    Ok(())
}

/// A "next" line in Markdown: the commands it quotes in backticks stay code
/// spans (which show their content literally; line breaks become spaces),
/// the words between them are escaped.
fn hint(next: &str) -> String {
    next.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 && !part.is_empty() {
                format!("`{}`", crate::render::clean(part).replace(['\n', '\t'], " "))
            } else {
                escape_cell(part)
            }
        })
        .collect()
}

/// Every round's status as Markdown; every value from the records through
/// [`escape_cell`] (one line per cell or item) or [`code`].
pub fn status_markdown(out: &mut dyn Write, statuses: &[RoundStatus]) -> std::io::Result<()> {
    if statuses.is_empty() {
        writeln!(out, "No review rounds yet.")?;
    }
    for (i, s) in statuses.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "## Round {}: {}\n", escape_cell(&s.id), escape_cell(&s.title))?;
        writeln!(out, "- **Kind:** {}", s.kind)?;
        writeln!(out, "- **State:** {}", escape_cell(&state_line(s)))?;
        writeln!(out, "- **Guidelines:** {}", escape_cell(&scope(s)))?;
        writeln!(
            out,
            "- **Opened:** {}, recorded by {}; text in force then: commit {}",
            s.opened,
            escape_cell(&s.opened_by),
            code(short(&s.base_commit))
        )?;
        if let Some(note) = &s.note {
            writeln!(out, "- **Note:** {}", escape_cell(note))?;
        }
        writeln!(out, "- **Text:** {}", escape_cell(&text_line(s)))?;
        if let Some(line) = approval_line(s) {
            writeln!(out, "- **Approval:** {}", escape_cell(&line))?;
        }
        for d in &s.deadlines_passed {
            writeln!(out, "- **Passed:** {}", escape_cell(d))?;
        }
        writeln!(out, "\n### Events\n")?;
        writeln!(
            out,
            "| # | Date | Stage | Action | Body | Decision | Note | Bound to commit | Text changed since |"
        )?;
        writeln!(out, "|---|---|---|---|---|---|---|---|---|")?;
        for e in &s.events {
            writeln!(
                out,
                "| {:02} | {} | {} | {} | {} | {} | {} | {} | {} |",
                e.seq,
                date_or_unknown(e.date),
                escape_cell(&e.stage_name),
                escape_cell(action_label(&e.action)),
                escape_cell(e.body.as_deref().unwrap_or("")),
                escape_cell(e.decision.as_deref().unwrap_or("")),
                escape_cell(&match (e.opens, e.closes, &e.note) {
                    (Some(o), Some(c), n) => format!(
                        "open {o} to {c}{}",
                        n.as_deref().map(|n| format!("; {n}")).unwrap_or_default()
                    ),
                    (_, _, Some(n)) => n.clone(),
                    _ => String::new(),
                }),
                code(short(&e.commit)),
                escape_cell(&e.text_changed.join(", "))
            )?;
        }
        if s.kind == RoundKind::Revision {
            writeln!(out, "\n### Statements\n")?;
            if s.statements.is_empty() {
                writeln!(out, "None recorded.")?;
            } else {
                writeln!(out, "| Id | Received | From | Concerns | Statement | Answer | Reply |")?;
                writeln!(out, "|---|---|---|---|---|---|---|")?;
                for st in &s.statements {
                    let about = match (&st.guideline, &st.field) {
                        (Some(g), Some(f)) => format!("{g} ({f})"),
                        (Some(g), None) => g.clone(),
                        _ => "whole set".into(),
                    };
                    writeln!(
                        out,
                        "| {} | {}{} | {} | {} | {} | {} | {} |",
                        code(&st.id),
                        st.received,
                        if st.late { " (late)" } else { "" },
                        escape_cell(&st.from),
                        escape_cell(&about),
                        escape_cell(&st.text),
                        st.answer
                            .as_ref()
                            .map(|a| escape_cell(a.disposition.as_str()))
                            .unwrap_or_else(|| "**unanswered**".into()),
                        escape_cell(st.answer.as_ref().map(|a| a.reply.as_str()).unwrap_or("")),
                    )?;
                }
            }
        } else {
            writeln!(out, "\n### Verdicts ({})\n", verdict_counts(s))?;
            writeln!(out, "| Guideline | Verdict | Date | Note |")?;
            writeln!(out, "|---|---|---|---|")?;
            for v in &s.verdicts {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    escape_cell(&v.guideline),
                    v.verdict.map(|k| k.as_str()).unwrap_or("pending"),
                    v.date.map(|d| d.to_string()).unwrap_or_default(),
                    escape_cell(&match (&v.note, &v.followed_by) {
                        (Some(n), Some(r)) => format!("{n} (revision round {r})"),
                        (Some(n), None) => n.clone(),
                        (None, Some(r)) => format!("revision round {r}"),
                        _ => String::new(),
                    })
                )?;
            }
        }
        if !s.next.is_empty() {
            writeln!(out, "\n### Next\n")?;
            for n in &s.next {
                writeln!(out, "- {}", hint(n))?;
            }
        }
    }
    Ok(())
}
