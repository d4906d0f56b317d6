//! `round status` as text for the terminal and as Markdown. Both print a
//! computed [`RoundStatus`]; neither decides anything.

use std::io::Write;

use crate::fluent_args;
use crate::i18n::Catalogue;
use crate::model::status::{RoundState, RoundStatus, action_label};
use crate::model::{RoundKind, VerdictKind};
use crate::render::Labels;
use crate::render::markdown::{code, escape_cell};
use crate::render::term::{Style, Term};

fn short(commit: &str) -> &str {
    &commit[..commit.len().min(7)]
}

fn date_or_unknown(d: Option<crate::model::PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "no date".into())
}

/// The terminal's wording of `round status` in one language.
struct Words<'c> {
    cat: &'c Catalogue,
    labels: &'static Labels,
    /// The width of the line labels (`State:`), at least that of the
    /// English ones.
    width: usize,
}

/// The labels at the start of a status line, in the order they show.
const LINE_LABELS: &[&str] = &[
    "status-state",
    "status-guidelines",
    "status-opened",
    "status-note",
    "status-comments",
    "status-statements",
    "status-verdicts",
    "status-text",
    "status-approval",
    "status-passed",
    "status-next",
];

impl<'c> Words<'c> {
    fn new(cat: &'c Catalogue) -> Self {
        let width = LINE_LABELS
            .iter()
            .map(|id| cat.text(id).chars().count() + 2)
            .max()
            .unwrap_or(0)
            .max(13);
        Words {
            cat,
            labels: Labels::of(cat.lang()),
            width,
        }
    }

    fn t(&self, id: &str) -> String {
        self.cat.text(id)
    }

    fn get(&self, id: &str, args: &crate::i18n::Args<'_>) -> String {
        self.cat.get(id, Some(args))
    }

    /// `  State:       ` (the label padded to the width).
    fn label(&self, id: &str) -> String {
        format!("  {:<w$}", self.t(id), w = self.width)
    }

    /// A disposition as the terminal shows it (`partly`, `delvis`).
    fn disposition(&self, d: crate::model::Disposition) -> String {
        self.t(&format!("status-disposition-{}", d.as_str()))
    }

    fn date(&self, d: Option<crate::model::PartialDate>) -> String {
        d.map(|d| d.to_string()).unwrap_or_else(|| self.t("status-no-date"))
    }
}

fn state_line(w: &Words<'_>, s: &RoundStatus) -> String {
    let stage = s
        .stage
        .as_ref()
        .map(|st| {
            if st.position > 0 {
                w.get(
                    "status-stage-of",
                    &fluent_args!["position" => st.position, "of" => st.of, "id" => &st.id, "name" => &st.name],
                )
            } else {
                format!("{} ({})", st.id, st.name)
            }
        })
        .unwrap_or_else(|| w.t("status-no-stage"));
    match s.state {
        RoundState::Open => w.get("status-state-open", &fluent_args!["stage" => stage]),
        RoundState::Approved => w.get("status-state-approved", &fluent_args!["stage" => stage]),
        RoundState::Closed if s.approved => w.t("status-state-closed-approved"),
        RoundState::Closed => w.t("status-state-closed"),
        RoundState::Cancelled => w.t("status-state-cancelled"),
    }
}

fn scope(w: &Words<'_>, s: &RoundStatus) -> String {
    if s.guidelines.len() > 6 {
        w.labels.guidelines(s.guidelines.len())
    } else {
        s.guidelines.join(", ")
    }
}

fn verdict_counts(w: &Words<'_>, s: &RoundStatus) -> String {
    let count = |k: Option<VerdictKind>| s.verdicts.iter().filter(|v| v.verdict == k).count();
    w.get(
        "status-verdict-counts",
        &fluent_args![
            "current" => count(Some(VerdictKind::Current)),
            "revise" => count(Some(VerdictKind::Revise)),
            "withdraw" => count(Some(VerdictKind::Withdraw)),
            "pending" => count(None),
        ],
    )
}

fn text_line(w: &Words<'_>, s: &RoundStatus) -> String {
    match (&s.text.last_event, s.text.unchanged) {
        (None, _) => w.t("status-text-no-event"),
        (Some(e), true) => w.get("status-text-unchanged", &fluent_args!["event" => e]),
        (Some(e), false) => w.get(
            "status-text-changed",
            &fluent_args!["event" => e, "fields" => s.text.changed.join(", ")],
        ),
    }
}

fn approval_line(w: &Words<'_>, s: &RoundStatus) -> Option<String> {
    if s.kind != RoundKind::Revision {
        return None;
    }
    Some(match &s.approval {
        None => w.t("status-approval-none"),
        Some(a) => {
            let text = if a.text_is_approved_text {
                w.get("status-approval-same", &fluent_args!["commit" => short(&a.commit)])
            } else {
                w.get(
                    "status-approval-differs",
                    &fluent_args!["commit" => short(&a.commit), "fields" => a.changed.join(", ")],
                )
            };
            w.get(
                "status-approval-line",
                &fluent_args![
                    "date" => w.date(a.date),
                    "body" => a.body.as_deref().unwrap_or("?"),
                    "decision" => a.decision.as_deref().unwrap_or("?"),
                    "text" => text,
                ],
            )
        }
    })
}

/// Every round's status for the terminal, in the catalogue's language
/// (stage names and titles are the records', in the language asked for).
pub fn status_text(out: &mut Term<'_>, statuses: &[RoundStatus], cat: &Catalogue) -> std::io::Result<()> {
    let w = Words::new(cat);
    if statuses.is_empty() {
        writeln!(out, "{}", w.t("status-no-rounds"))?;
    }
    for (i, s) in statuses.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let heading = w.get(
            "status-heading",
            &fluent_args!["id" => &s.id, "title" => &s.title, "kind" => w.t(&format!("status-kind-{}", s.kind))],
        );
        out.line(Style::Bold, &heading)?;
        write!(out, "{}", w.label("status-state"))?;
        match s.state {
            RoundState::Open => writeln!(out, "{}", state_line(&w, s))?,
            _ => out.line(Style::Green, &state_line(&w, s))?,
        }
        writeln!(out, "{}{}", w.label("status-guidelines"), scope(&w, s))?;
        let opened = w.get(
            "status-opened-line",
            &fluent_args!["opened" => s.opened.to_string(), "by" => &s.opened_by, "commit" => short(&s.base_commit)],
        );
        writeln!(out, "{}{opened}", w.label("status-opened"))?;
        if let Some(note) = &s.note {
            writeln!(out, "{}{}", w.label("status-note"), note.replace('\n', " "))?;
        }
        writeln!(out, "  {}", w.t("status-events"))?;
        let stage_width = s.events.iter().map(|e| e.stage.chars().count()).max().unwrap_or(0);
        for e in &s.events {
            let mut what = Vec::new();
            if let (Some(o), Some(c)) = (e.opens, e.closes) {
                what.push(w.get(
                    "status-event-open",
                    &fluent_args!["opens" => o.to_string(), "closes" => c.to_string()],
                ));
            }
            if let Some(b) = &e.body {
                what.push(b.clone());
            }
            if let Some(d) = &e.decision {
                what.push(w.get("status-event-decision", &fluent_args!["decision" => d]));
            }
            if let Some(c) = &e.corrects {
                what.insert(0, w.get("status-event-corrects", &fluent_args!["event" => c]));
            }
            if let Some(r) = &e.reason {
                what.push(w.get("status-event-reason", &fluent_args!["reason" => r.replace('\n', " ")]));
            }
            let action = match action_label(&e.action) {
                "approved" => w.labels.action_approve,
                "closed" => w.labels.action_close,
                "corrected" => w.labels.action_correct,
                "cancelled" => w.labels.action_cancel,
                _ => w.labels.action_enter,
            };
            let line = format!(
                "    {:02}  {:<10}  {:<sw$}  {:<8}  {}",
                e.seq,
                w.date(e.date),
                e.stage,
                action,
                what.join("; "),
                sw = stage_width
            );
            writeln!(out, "{}", line.trim_end())?;
            if let Some(n) = &e.note {
                write!(out, "        ")?;
                out.line(
                    Style::Dim,
                    &w.get("status-event-note", &fluent_args!["note" => n.replace('\n', " ")]),
                )?;
            }
            if !e.text_changed.is_empty() {
                write!(out, "        ")?;
                out.line(
                    Style::Dim,
                    &w.get(
                        "status-event-text-changed",
                        &fluent_args!["fields" => e.text_changed.join(", ")],
                    ),
                )?;
            }
        }
        if let Some(c) = &s.comment_round {
            let state = match (c.state.as_str(), c.days_left) {
                ("open", Some(d)) => w.get("status-comments-open", &fluent_args!["days" => d]),
                ("not-yet-open", _) => w.t("status-comments-not-yet-open"),
                ("closed", _) => w.t("status-comments-closed"),
                (other, _) => other.replace('-', " "),
            };
            let line = w.get(
                "status-comments-line",
                &fluent_args!["opens" => c.opens.to_string(), "closes" => c.closes.to_string(), "state" => state],
            );
            writeln!(out, "{}{line}", w.label("status-comments"))?;
        }
        if s.kind == RoundKind::Revision {
            if s.statements.is_empty() {
                writeln!(out, "{}{}", w.label("status-statements"), w.t("status-statements-none"))?;
            } else {
                let summary = w.get(
                    "status-statements-summary",
                    &fluent_args!["count" => s.statements.len(), "unanswered" => s.unanswered],
                );
                write!(out, "{}", w.label("status-statements"))?;
                if s.unanswered > 0 {
                    out.line(Style::Yellow, &summary)?;
                } else {
                    writeln!(out, "{summary}")?;
                }
                let about = |st: &crate::model::status::StatementStatus| -> String {
                    let about = match (&st.guideline, &st.field) {
                        (Some(g), Some(f)) => format!("{g} {f}"),
                        (Some(g), None) => g.clone(),
                        _ => w.t("status-whole-set"),
                    };
                    if st.late {
                        w.get("status-late", &fluent_args!["about" => about])
                    } else {
                        about
                    }
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
                        (_, Some(_)) => writeln!(out, "{}", w.t("status-withdrawn"))?,
                        (Some(a), None) if a.supersedes > 0 => writeln!(
                            out,
                            "{}",
                            w.get(
                                "status-revised",
                                &fluent_args!["disposition" => w.disposition(a.disposition)]
                            )
                        )?,
                        (Some(a), None) => writeln!(out, "{}", w.disposition(a.disposition))?,
                        (None, None) => out.line(Style::Yellow, &w.t("status-unanswered"))?,
                    }
                }
            }
        } else {
            writeln!(out, "{}{}", w.label("status-verdicts"), verdict_counts(&w, s))?;
            let gw = s.verdicts.iter().map(|v| v.guideline.len()).max().unwrap_or(0);
            let pending = w.t("status-pending");
            for v in &s.verdicts {
                let verdict = v.verdict.map(|k| w.labels.verdict(k.as_str())).unwrap_or(&pending);
                let mut rest = Vec::new();
                if let Some(d) = v.date {
                    rest.push(d.to_string());
                }
                if let Some(r) = &v.followed_by {
                    rest.push(w.get("status-followed-by", &fluent_args!["round" => r]));
                }
                if let Some(n) = &v.note {
                    rest.push(n.replace('\n', " "));
                }
                writeln!(out, "    {:<gw$}  {:<8}  {}", v.guideline, verdict, rest.join("; "))?;
            }
        }
        writeln!(out, "{}{}", w.label("status-text"), text_line(&w, s))?;
        if let Some(line) = approval_line(&w, s) {
            write!(out, "{}", w.label("status-approval"))?;
            match &s.approval {
                Some(a) if !a.text_is_approved_text => out.line(Style::Yellow, &line)?,
                _ => writeln!(out, "{line}")?,
            }
        }
        for d in &s.deadlines_words {
            writeln!(out, "{}{}", w.label("status-passed"), d.in_catalogue(w.cat))?;
        }
        match s.next_words.as_slice() {
            [] => writeln!(out, "{}{}", w.label("status-next"), w.t("status-next-nothing"))?,
            [one] => writeln!(out, "{}{}", w.label("status-next"), one.in_catalogue(w.cat))?,
            many => {
                writeln!(out, "  {}", w.t("status-next"))?;
                for n in many {
                    writeln!(out, "    - {}", n.in_catalogue(w.cat))?;
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
/// [`escape_cell`] (one line per cell or item) or [`code`]; the document's
/// wording from `cat`.
pub fn status_markdown(out: &mut dyn Write, statuses: &[RoundStatus], cat: &Catalogue) -> std::io::Result<()> {
    let w = Words::new(cat);
    let followed = |r: &str| cat.get("status-followed-by", Some(&fluent_args!["round" => r]));
    let label = |id: &str| format!("**{}**", cat.text(id));
    let columns = |id: &str| {
        let names: Vec<String> = cat.text(id).split('|').map(|c| c.trim().to_string()).collect();
        let rule = vec!["---"; names.len()].join("|");
        format!("| {} |\n|{rule}|", names.join(" | "))
    };
    if statuses.is_empty() {
        writeln!(out, "{}", cat.text("status-md-no-rounds"))?;
    }
    for (i, s) in statuses.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let heading = cat.get(
            "status-md-heading",
            Some(&fluent_args!["id" => escape_cell(&s.id), "title" => escape_cell(&s.title)]),
        );
        writeln!(out, "## {heading}\n")?;
        writeln!(out, "- {} {}", label("status-md-kind"), s.kind)?;
        writeln!(out, "- {} {}", label("status-state"), escape_cell(&state_line(&w, s)))?;
        writeln!(out, "- {} {}", label("status-guidelines"), escape_cell(&scope(&w, s)))?;
        let opened = cat.get(
            "status-opened-line",
            Some(&fluent_args![
                "opened" => s.opened.to_string(),
                "by" => escape_cell(&s.opened_by),
                "commit" => code(short(&s.base_commit)),
            ]),
        );
        writeln!(out, "- {} {opened}", label("status-opened"))?;
        if let Some(note) = &s.note {
            writeln!(out, "- {} {}", label("status-note"), escape_cell(note))?;
        }
        writeln!(out, "- {} {}", label("status-text"), escape_cell(&text_line(&w, s)))?;
        if let Some(line) = approval_line(&w, s) {
            writeln!(out, "- {} {}", label("status-approval"), escape_cell(&line))?;
        }
        for d in &s.deadlines_passed {
            writeln!(out, "- {} {}", label("status-passed"), escape_cell(d))?;
        }
        writeln!(out, "\n### {}\n", cat.text("status-md-events"))?;
        writeln!(out, "{}", columns("status-md-events-columns"))?;
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
                        "{}{}",
                        cat.get(
                            "status-event-open",
                            Some(&fluent_args!["opens" => o.to_string(), "closes" => c.to_string()])
                        ),
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
            writeln!(out, "\n### {}\n", cat.text("status-md-statements"))?;
            if s.statements.is_empty() {
                writeln!(out, "{}", cat.text("status-md-none"))?;
            } else {
                writeln!(out, "{}", columns("status-md-statements-columns"))?;
                for st in &s.statements {
                    let about = match (&st.guideline, &st.field) {
                        (Some(g), Some(f)) => format!("{g} ({f})"),
                        (Some(g), None) => g.clone(),
                        _ => cat.text("status-whole-set"),
                    };
                    writeln!(
                        out,
                        "| {} | {} | {} | {} | {} | {} | {} |",
                        code(&st.id),
                        if st.late {
                            cat.get("status-late", Some(&fluent_args!["about" => st.received.to_string()]))
                        } else {
                            st.received.to_string()
                        },
                        escape_cell(&st.from),
                        escape_cell(&about),
                        escape_cell(&st.text),
                        st.answer
                            .as_ref()
                            .map(|a| escape_cell(&cat.text(&format!("status-disposition-{}", a.disposition.as_str()))))
                            .unwrap_or_else(|| format!("**{}**", cat.text("status-unanswered"))),
                        escape_cell(st.answer.as_ref().map(|a| a.reply.as_str()).unwrap_or("")),
                    )?;
                }
            }
        } else {
            let heading = cat.get(
                "status-md-verdicts",
                Some(&fluent_args!["counts" => verdict_counts(&w, s)]),
            );
            writeln!(out, "\n### {heading}\n")?;
            writeln!(out, "{}", columns("status-md-verdicts-columns"))?;
            for v in &s.verdicts {
                writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    escape_cell(&v.guideline),
                    v.verdict
                        .map(|k| k.as_str().to_string())
                        .unwrap_or_else(|| cat.text("status-pending")),
                    v.date.map(|d| d.to_string()).unwrap_or_default(),
                    escape_cell(&match (&v.note, &v.followed_by) {
                        (Some(n), Some(r)) => format!("{n} ({})", followed(r)),
                        (Some(n), None) => n.clone(),
                        (None, Some(r)) => followed(r),
                        _ => String::new(),
                    })
                )?;
            }
        }
        if !s.next.is_empty() {
            writeln!(out, "\n### {}\n", cat.text("status-md-next"))?;
            for n in &s.next {
                writeln!(out, "- {}", hint(n))?;
            }
        }
    }
    Ok(())
}
