//! The rules a round's records obey — the order of its stages and the dates
//! of its facts — written once. The recording commands run them on the
//! round as it would be with the new fact (and refuse what breaks them),
//! `check` runs them on the records of the working tree, and `audit` on the
//! records as history committed them. Only the day each fact counts as
//! recorded on differs: today while recording, the record's `recorded_at`
//! in `check`, the date of the commit that added it in `audit`.

use chrono::NaiveDate;
use serde::Serialize;

use super::date::PartialDate;
use super::review::{Content, Event, EventAction, Round, RoundKind, RoundRecord, Statement, Verdict};
use super::workflow::{Stage, StageKind, Workflow};
use crate::i18n::{Catalogue, Wording};

/// A record with its file stem and the day it counts as recorded on.
#[derive(Debug, Clone, Copy)]
pub struct Dated<'a, T> {
    /// The file stem (`03-comment-round`, `S-7f3a2c`, a guideline id).
    pub stem: &'a str,
    /// The record.
    pub record: &'a T,
    /// The day it was recorded (see the module documentation).
    pub recorded_on: NaiveDate,
}

/// The records of one round that the rules read.
#[derive(Debug, Clone)]
pub struct RoundFacts<'a> {
    /// Round id.
    pub id: &'a str,
    /// `round.toml`.
    pub round: &'a Round,
    /// The events in the order of their numbers, as recorded (corrections
    /// are applied by the rules).
    pub events: Vec<Dated<'a, Event>>,
    /// The verdicts (of a currency check).
    pub verdicts: Vec<Dated<'a, Verdict>>,
    /// The statements.
    pub statements: Vec<Dated<'a, Statement>>,
}

/// Which rule a record breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// The stages are not followed in the workflow's order (a skip, a
    /// repeat, going back, a second approval, a fact after the round ended,
    /// an unknown stage, the wrong action for a stage's kind).
    StageOrder,
    /// A date is before what it must follow or after the fact was recorded.
    DateOrder,
    /// A correction names no earlier event, or another stage.
    Correction,
}

/// Which folder of a round a record lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Folder {
    /// `events/`
    Events,
    /// `verdicts/`
    Verdicts,
    /// `statements/`
    Statements,
}

impl Folder {
    /// The folder name.
    pub fn as_str(self) -> &'static str {
        match self {
            Folder::Events => "events",
            Folder::Verdicts => "verdicts",
            Folder::Statements => "statements",
        }
    }
}

/// One record that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// The rule.
    pub kind: RuleKind,
    /// The folder of the record at fault.
    pub folder: Folder,
    /// Its file stem.
    pub stem: String,
    /// The key of the record the problem is about (for `file:line`).
    pub key: &'static str,
    /// What is wrong, in plain English words (what `check` and JSON show).
    pub message: String,
    /// The same as a message of the catalogues, for the operator's language.
    #[serde(skip)]
    pub words: Wording,
}

/// The events of a round with every correction applied, in order, each with
/// its stem; the corrections themselves are kept (an event named by a
/// correction that does not exist is left as it is; [`check`] reports it).
pub fn effective_events<'a>(events: impl IntoIterator<Item = (&'a str, &'a Event)>) -> Vec<(String, Event)> {
    let mut out: Vec<(String, Event)> = Vec::new();
    for (stem, e) in events {
        if e.action == EventAction::Correct
            && let Some(target) = e.corrects.as_deref()
            && let Some((_, t)) = out
                .iter_mut()
                .find(|(s, t)| s == target && t.action != EventAction::Correct)
        {
            *t = t.corrected_by(e);
        }
        out.push((stem.to_string(), e.clone()));
    }
    out
}

/// Every rule the round's records break, in record order.
pub fn check(facts: &RoundFacts<'_>, workflow: &Workflow) -> Vec<Violation> {
    let mut out = Vec::new();
    let id = facts.id;
    let mut report = |folder, stem: &str, kind, key, words: Wording| {
        out.push(Violation {
            kind,
            folder,
            stem: stem.to_string(),
            key,
            message: words.english(),
            words,
        })
    };

    // Corrections first: each must name an earlier event of the same stage.
    for (i, e) in facts.events.iter().enumerate() {
        if e.record.action != EventAction::Correct {
            continue;
        }
        match e.record.corrects.as_deref() {
            None => report(
                Folder::Events,
                e.stem,
                RuleKind::Correction,
                "action",
                Wording::new("rules-correction-unnamed"),
            ),
            Some(target) => match facts.events[..i]
                .iter()
                .find(|t| t.stem == target && t.record.action != EventAction::Correct)
            {
                None => report(
                    Folder::Events,
                    e.stem,
                    RuleKind::Correction,
                    "corrects",
                    Wording::new("rules-correction-no-target")
                        .arg("target", target)
                        .arg("round", id),
                ),
                Some(t) if t.record.stage != e.record.stage => report(
                    Folder::Events,
                    e.stem,
                    RuleKind::Correction,
                    "stage",
                    Wording::new("rules-correction-stage")
                        .arg("stage", t.record.stage.as_str())
                        .arg("got", e.record.stage.as_str()),
                ),
                Some(_) => {}
            },
        }
    }

    // The events as corrected, and the day each (or its latest correction) was recorded.
    let effective = effective_events(facts.events.iter().map(|e| (e.stem, e.record)));
    let mut recorded_on: Vec<NaiveDate> = facts.events.iter().map(|e| e.recorded_on).collect();
    for (i, e) in facts.events.iter().enumerate() {
        if let (EventAction::Correct, Some(target)) = (e.record.action, e.record.corrects.as_deref())
            && let Some(j) = facts.events[..i].iter().position(|t| t.stem == target)
        {
            recorded_on[j] = recorded_on[j].max(e.recorded_on);
        }
    }

    let opened = facts.round.opened;
    let mut current: Option<usize> = None;
    let mut ended: Option<&str> = None;
    let mut approved: Option<&str> = None;
    let mut previous: Option<(PartialDate, &str)> = None;
    let mut comment_closes: Option<(PartialDate, &str)> = None;
    let check_stage = &workflow.currency_check.id;
    for ((stem, e), &on) in effective.iter().zip(&recorded_on) {
        if e.action == EventAction::Correct {
            continue;
        }
        let stem = stem.as_str();
        if let Some(end) = ended {
            report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "action",
                Wording::new("rules-after-end").arg("round", id).arg("end", end),
            );
        }
        // Dates: not before the round opened, nor before the previous event, nor after it was recorded.
        if let Some(d) = e.date {
            if d.is_certainly_before(&opened) {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::DateOrder,
                    "date",
                    Wording::new("rules-dated-before-open")
                        .arg("date", d.to_string())
                        .arg("round", id)
                        .arg("opened", opened.to_string()),
                );
            } else if let Some((p, pstem)) = previous
                && d.is_certainly_before(&p)
            {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::DateOrder,
                    "date",
                    Wording::new("rules-dated-before-previous")
                        .arg("date", d.to_string())
                        .arg("previous", pstem)
                        .arg("previous_date", p.to_string()),
                );
            }
            if d.first_day() > on {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::DateOrder,
                    "date",
                    Wording::new("rules-dated-after-recorded")
                        .arg("date", d.to_string())
                        .arg("recorded", on.to_string()),
                );
            }
            previous = Some((d, stem));
        }
        if e.ends_round() {
            ended = Some(stem);
            continue;
        }
        if facts.round.kind == RoundKind::CurrencyCheck {
            if e.stage != *check_stage {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::StageOrder,
                    "stage",
                    Wording::new("rules-check-stage")
                        .arg("check", check_stage.as_str())
                        .arg("stage", e.stage.as_str()),
                );
            } else if e.action == EventAction::Approve {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::StageOrder,
                    "action",
                    Wording::new("rules-check-no-approval"),
                );
            } else if current.is_some() {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::StageOrder,
                    "stage",
                    Wording::new("rules-entered-twice").arg("stage", check_stage.as_str()),
                );
            }
            current = Some(0);
            continue;
        }
        let Some(pos) = workflow.position(&e.stage) else {
            report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "stage",
                Wording::new("rules-unknown-stage")
                    .arg("stage", e.stage.as_str())
                    .arg("stages", workflow.stage_ids().join(", ")),
            );
            continue;
        };
        let stage = &workflow.stages[pos];
        if (e.action == EventAction::Approve) != (stage.kind == StageKind::Approval) {
            report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "action",
                Wording::new("rules-wrong-action")
                    .arg("stage", stage.id.as_str())
                    .arg("kind", stage.kind.to_string())
                    .arg(
                        "action",
                        if stage.kind == StageKind::Approval {
                            "approve"
                        } else {
                            "enter"
                        },
                    ),
            );
        }
        if e.action == EventAction::Approve {
            if let Some(first) = approved {
                report(
                    Folder::Events,
                    stem,
                    RuleKind::StageOrder,
                    "action",
                    Wording::new("rules-second-approval")
                        .arg("round", id)
                        .arg("first", first),
                );
            }
            approved.get_or_insert(stem);
        }
        let expected_next = current.map_or(0, |c| c + 1);
        match current {
            Some(c) if pos < c => report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "stage",
                Wording::new("rules-goes-back")
                    .arg("from", workflow.stages[c].id.as_str())
                    .arg("to", e.stage.as_str()),
            ),
            Some(c) if pos == c => report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "stage",
                Wording::new("rules-entered-twice").arg("stage", e.stage.as_str()),
            ),
            _ if pos > expected_next => report(
                Folder::Events,
                stem,
                RuleKind::StageOrder,
                "stage",
                Wording::new("rules-skips")
                    .arg(
                        "skipped",
                        workflow.stages[expected_next..pos]
                            .iter()
                            .map(|s| format!("`{}`", s.id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .arg("stage", e.stage.as_str()),
            ),
            _ => {}
        }
        current = Some(current.map_or(pos, |c| c.max(pos)));
        match stage.kind {
            StageKind::CommentRound => match (e.opens, e.closes) {
                (Some(o), Some(c)) if c.is_certainly_before(&o) => report(
                    Folder::Events,
                    stem,
                    RuleKind::DateOrder,
                    "closes",
                    Wording::new("rules-closes-before-opens")
                        .arg("closes", c.to_string())
                        .arg("opens", o.to_string()),
                ),
                (Some(o), Some(c)) => {
                    if o.is_certainly_before(&opened) {
                        report(
                            Folder::Events,
                            stem,
                            RuleKind::DateOrder,
                            "opens",
                            Wording::new("rules-opens-before-round")
                                .arg("opens", o.to_string())
                                .arg("round", id)
                                .arg("opened", opened.to_string()),
                        );
                    }
                    comment_closes = Some((c, stem));
                }
                _ => report(
                    Folder::Events,
                    stem,
                    RuleKind::DateOrder,
                    "stage",
                    Wording::new("rules-comment-dates-missing"),
                ),
            },
            StageKind::Notice | StageKind::Approval => {
                // Notice and approval come after the comment round has closed:
                // on its last day it is still open.
                if let (Some(d), Some((c, cstem))) = (e.date, comment_closes)
                    && d.last_day() <= c.first_day()
                {
                    report(
                        Folder::Events,
                        stem,
                        RuleKind::DateOrder,
                        "date",
                        Wording::new(OPEN_UNTIL)
                            .arg("date", d.to_string())
                            .arg("event", cstem)
                            .arg("closes", c.to_string())
                            .arg("kind", stage.kind.to_string()),
                    );
                }
            }
            StageKind::Preparation | StageKind::Treatment => {}
        }
    }

    // Verdicts: within their check round.
    let close = effective
        .iter()
        .zip(&recorded_on)
        .find(|((_, e), _)| e.ends_round())
        .map(|((stem, e), on)| (stem.as_str(), e.date, *on));
    for v in &facts.verdicts {
        let d = v.record.date;
        if d.is_certainly_before(&opened) {
            report(
                Folder::Verdicts,
                v.stem,
                RuleKind::DateOrder,
                "date",
                Wording::new("rules-verdict-before-open")
                    .arg("date", d.to_string())
                    .arg("round", id)
                    .arg("opened", opened.to_string()),
            );
        }
        if d.first_day() > v.recorded_on {
            report(
                Folder::Verdicts,
                v.stem,
                RuleKind::DateOrder,
                "date",
                Wording::new("rules-verdict-after-recorded")
                    .arg("date", d.to_string())
                    .arg("recorded", v.recorded_on.to_string()),
            );
        }
        if let Some((cstem, cdate, con)) = close {
            if cdate.is_some_and(|c| c.is_certainly_before(&d)) {
                report(
                    Folder::Verdicts,
                    v.stem,
                    RuleKind::DateOrder,
                    "date",
                    Wording::new("rules-verdict-after-close")
                        .arg("date", d.to_string())
                        .arg("round", id)
                        .arg("event", cstem),
                );
            } else if v.recorded_on > con && v.record.supersedes.is_none() {
                report(
                    Folder::Verdicts,
                    v.stem,
                    RuleKind::StageOrder,
                    "verdict",
                    Wording::new("rules-verdict-recorded-after-close")
                        .arg("recorded", v.recorded_on.to_string())
                        .arg("round", id)
                        .arg("event", cstem)
                        .arg("closed", con.to_string()),
                );
            }
        }
    }

    // Statements: received before they were recorded; one received outside
    // the comment round is marked late.
    let window = effective
        .iter()
        .rev()
        .find(|(_, e)| {
            e.action == EventAction::Enter
                && workflow
                    .stage(&e.stage)
                    .is_some_and(|s| s.kind == StageKind::CommentRound)
        })
        .and_then(|(_, e)| Some((e.opens?, e.closes?)));
    for s in &facts.statements {
        let r = s.record.received;
        if r.first_day() > s.recorded_on {
            report(
                Folder::Statements,
                s.stem,
                RuleKind::DateOrder,
                "received",
                Wording::new("rules-received-after-recorded")
                    .arg("received", r.to_string())
                    .arg("recorded", s.recorded_on.to_string()),
            );
        }
        if let Some((o, c)) = window
            && !s.record.late
            && (r.is_certainly_before(&o) || c.is_certainly_before(&r))
        {
            report(
                Folder::Statements,
                s.stem,
                RuleKind::DateOrder,
                "late",
                Wording::new("rules-received-outside")
                    .arg("received", r.to_string())
                    .arg("opens", o.to_string())
                    .arg("closes", c.to_string()),
            );
        }
    }
    out
}

/// What a recording command refuses: the violations that adding the
/// record `stem` of `folder` (the last of its kind in `facts`) brings,
/// about itself or about a record before it (a correction can make an
/// earlier event break a rule).
pub fn check_new(facts: &RoundFacts<'_>, workflow: &Workflow, folder: Folder, stem: &str) -> Vec<Violation> {
    let mut without = facts.clone();
    match folder {
        Folder::Events => without.events.retain(|e| e.stem != stem),
        Folder::Verdicts => without.verdicts.retain(|v| v.stem != stem),
        Folder::Statements => without.statements.retain(|s| s.stem != stem),
    }
    let before = check(&without, workflow);
    check(facts, workflow)
        .into_iter()
        .filter(|v| !before.contains(v))
        .collect()
}

/// The message id of a notice or approval dated while the comment round
/// is still open (a recording command hints how to close it early).
pub const OPEN_UNTIL: &str = "rules-open-until";

/// One sentence for several violations, in English.
pub fn describe(violations: &[Violation]) -> String {
    describe_in(violations, Catalogue::english())
}

/// One sentence for several violations, in `cat`'s language.
pub fn describe_in(violations: &[Violation], cat: &Catalogue) -> String {
    let text = violations
        .iter()
        .map(|v| v.words.in_catalogue(cat))
        .collect::<Vec<_>>()
        .join("; ");
    if violations.len() > 1 {
        return Wording::new("rules-problems")
            .count("count", violations.len())
            .arg("list", text)
            .in_catalogue(cat);
    }
    text
}

impl RoundRecord {
    /// Whether the round may move into `target` now; the error says why not
    /// and what comes next.
    pub fn check_advance(&self, workflow: &Workflow, target: &Stage) -> Result<(), crate::i18n::Wording> {
        use crate::i18n::Wording;
        let id = &self.id;
        self.check_open_revision().map_err(Wording::plain)?;
        // The rules decide; the words below say where the round is and what comes next.
        let candidate = Event {
            stage: target.id.clone(),
            action: if target.kind == StageKind::Approval {
                EventAction::Approve
            } else {
                EventAction::Enter
            },
            date: None,
            body: None,
            decision: None,
            note: None,
            opens: target.kind.eq(&StageKind::CommentRound).then_some(self.round.opened),
            closes: target.kind.eq(&StageKind::CommentRound).then_some(self.round.opened),
            corrects: None,
            reason: None,
            recorded_by: String::new(),
            recorded_at: self
                .events
                .last()
                .map_or(self.round_recorded_at(), |e| e.event.recorded_at),
            content: Content {
                commit: String::new(),
                guidelines_tree: String::new(),
                blobs: Default::default(),
            },
        };
        let stem = format!("{:02}-{}", self.next_seq(), target.id);
        let mut facts = RoundFacts {
            id,
            round: &self.round,
            events: self
                .events
                .iter()
                .map(|e| Dated {
                    stem: &e.stem,
                    record: &e.event,
                    recorded_on: e.event.recorded_at.date_naive(),
                })
                .collect(),
            verdicts: Vec::new(),
            statements: Vec::new(),
        };
        facts.events.push(Dated {
            stem: &stem,
            record: &candidate,
            recorded_on: candidate.recorded_at.date_naive(),
        });
        let broken: Vec<Violation> = check_new(&facts, workflow, Folder::Events, &stem)
            .into_iter()
            .filter(|v| v.kind == RuleKind::StageOrder)
            .collect();
        let current = self.current_stage().and_then(|s| workflow.position(s));
        let wanted = workflow
            .position(&target.id)
            .expect("target is a stage of the workflow");
        let next = self.next_stage(workflow);
        // The next stage, which each refusal names (`none` when there is none).
        let with_next = |w: Wording| {
            w.arg("round", id.as_str())
                .arg("target", target.id.as_str())
                .arg("next", next.map_or("none", |n| n.id.as_str()))
                .arg("kind", next.map_or("", |n| n.kind.as_str()))
        };
        if let Some(cur) = current.filter(|_| !broken.is_empty()) {
            let cur_id = workflow.stages[cur].id.as_str();
            if wanted == cur {
                return Err(with_next(Wording::new("rules-already-in-stage").arg("stage", cur_id)));
            }
            if wanted < cur {
                return Err(with_next(Wording::new("rules-cannot-go-back").arg("stage", cur_id)));
            }
        }
        if !broken.is_empty() {
            return Err(match current {
                Some(cur) => {
                    with_next(Wording::new("rules-cannot-skip").arg("stage", workflow.stages[cur].id.as_str()))
                }
                None => with_next(Wording::new("rules-cannot-skip-no-stage")),
            });
        }
        if let Some(cur) = current {
            let stage = &workflow.stages[cur];
            let unanswered = self.unanswered();
            if stage.requires_answers && !unanswered.is_empty() {
                let ids: Vec<String> = unanswered.iter().map(|s| self.statement_id(&s.code)).collect();
                return Err(Wording::new("rules-unanswered")
                    .arg("round", id.as_str())
                    .arg("stage", stage.id.as_str())
                    .count("count", ids.len())
                    .arg("statements", ids.join(", ")));
            }
        }
        Ok(())
    }

    /// When the round was recorded as opened, for a candidate event of a
    /// round without events (which `round open` never leaves).
    fn round_recorded_at(&self) -> chrono::DateTime<chrono::FixedOffset> {
        let day = self.round.opened.first_day();
        chrono::DateTime::from_naive_utc_and_offset(
            day.and_hms_opt(12, 0, 0).unwrap_or_default(),
            chrono::FixedOffset::east_opt(0).expect("UTC"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Content, Stage};
    use chrono::DateTime;
    use indexmap::IndexMap;

    fn wf() -> Workflow {
        let stage = |id: &str, kind| Stage {
            id: id.into(),
            kind,
            names: IndexMap::new(),
            body: None,
            requires_answers: false,
            require_signatures: false,
            principal: None,
        };
        Workflow {
            stages: vec![
                stage("prep", StageKind::Preparation),
                stage("ka", StageKind::Treatment),
                stage("comments", StageKind::CommentRound),
                stage("notice", StageKind::Notice),
                stage("approval", StageKind::Approval),
            ],
            currency_check: Default::default(),
        }
    }

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    fn event(stage: &str, action: EventAction, d: Option<&str>) -> Event {
        Event {
            stage: stage.into(),
            action,
            date: d.map(date),
            body: None,
            decision: None,
            note: None,
            opens: (stage == "comments").then(|| date("2026-02-01")),
            closes: (stage == "comments").then(|| date("2026-02-28")),
            corrects: None,
            reason: None,
            recorded_by: "A <a@b>".into(),
            recorded_at: DateTime::parse_from_rfc3339("2026-06-01T10:00:00+02:00").unwrap(),
            content: Content {
                commit: "c".into(),
                guidelines_tree: "t".into(),
                blobs: IndexMap::new(),
            },
        }
    }

    fn round() -> Round {
        Round {
            title: "t".into(),
            kind: RoundKind::Revision,
            guidelines: vec!["g".into()],
            opened: date("2026-01-05"),
            opened_by: "A <a@b>".into(),
            base_commit: "c".into(),
            base_tree: "t".into(),
            note: None,
        }
    }

    fn run(events: &[(&str, Event)]) -> Vec<Violation> {
        let r = round();
        let on = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        let facts = RoundFacts {
            id: "r",
            round: &r,
            events: events
                .iter()
                .map(|(stem, e)| Dated {
                    stem,
                    record: e,
                    recorded_on: on,
                })
                .collect(),
            verdicts: vec![],
            statements: vec![],
        };
        check(&facts, &wf())
    }

    fn walk() -> Vec<(&'static str, Event)> {
        vec![
            ("01-prep", event("prep", EventAction::Enter, Some("2026-01-05"))),
            ("02-ka", event("ka", EventAction::Enter, Some("2026-01-20"))),
            ("03-comments", event("comments", EventAction::Enter, Some("2026-02-01"))),
            ("04-notice", event("notice", EventAction::Enter, Some("2026-03-10"))),
            (
                "05-approval",
                event("approval", EventAction::Approve, Some("2026-04-15")),
            ),
        ]
    }

    #[test]
    fn a_regular_round_breaks_no_rule() {
        assert_eq!(run(&walk()), []);
    }

    #[test]
    fn a_violation_is_worded_in_each_language_and_its_message_is_the_english() {
        let mut w = walk();
        w[1].1.date = Some(date("2025-12-01"));
        w[4].1.date = Some(date("2026-07-01"));
        let v = run(&w);
        assert_eq!(v.len(), 2, "{v:?}");
        for one in &v {
            assert_eq!(one.message, one.words.english());
        }
        let en = describe(&v);
        assert!(
            en.starts_with("2 problems: dated 2025-12-01, before round r opened"),
            "{en}"
        );
        let sv = describe_in(&v, Catalogue::of("sv"));
        assert!(
            sv.starts_with("2 problem: daterad 2025-12-01, före att omgång r öppnades"),
            "{sv}"
        );
        let fi = describe_in(&v[..1], Catalogue::of("fi"));
        assert!(
            fi.starts_with("päivätty 2025-12-01, ennen kuin kierros r avattiin"),
            "{fi}"
        );
    }

    #[test]
    fn dates_must_follow_the_round() {
        let mut w = walk();
        w[1].1.date = Some(date("2025-12-01"));
        let v = run(&w);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].message.contains("before round r opened"), "{v:?}");
        let mut w = walk();
        w[4].1.date = Some(date("2026-03-01"));
        let v = run(&w);
        assert!(
            v.iter()
                .any(|v| v.stem == "05-approval" && v.message.contains("before the event it follows")),
            "{v:?}"
        );
        let mut w = walk();
        w[3].1.date = Some(date("2026-02-28"));
        let v = run(&w);
        assert!(
            v.iter()
                .any(|v| v.stem == "04-notice" && v.message.contains("open until 2026-02-28")),
            "{v:?}"
        );
        let mut w = walk();
        w[4].1.date = Some(date("2026-07-01"));
        let v = run(&w);
        assert!(v.iter().any(|v| v.message.contains("after it was recorded")), "{v:?}");
    }

    #[test]
    fn one_approval_and_nothing_after_the_end() {
        let mut w = walk();
        w.push((
            "06-approval",
            event("approval", EventAction::Approve, Some("2026-04-16")),
        ));
        let v = run(&w);
        assert!(v.iter().any(|v| v.message.contains("already approved")), "{v:?}");
        let mut w = walk();
        w.push(("06-approval", event("approval", EventAction::Close, Some("2026-04-16"))));
        w.push(("07-approval", event("approval", EventAction::Close, Some("2026-04-17"))));
        let v = run(&w);
        assert!(
            v.iter().any(|v| v.stem == "07-approval" && v.message.contains("ended")),
            "{v:?}"
        );
    }

    #[test]
    fn a_correction_moves_the_closing_date() {
        let mut w = walk();
        w[3].1.date = Some(date("2026-02-20"));
        assert_eq!(run(&w).len(), 1);
        let mut fix = event("comments", EventAction::Correct, None);
        fix.opens = None;
        fix.closes = Some(date("2026-02-15"));
        fix.corrects = Some("03-comments".into());
        w.insert(3, ("04-comments", fix));
        assert_eq!(run(&w), []);
        let mut bad = event("ka", EventAction::Correct, None);
        bad.corrects = Some("09-nothing".into());
        w.push(("06-ka", bad));
        let v = run(&w);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].kind, RuleKind::Correction);
    }

    #[test]
    fn skips_repeats_and_going_back() {
        let w = walk();
        let v = run(&[w[0].clone(), w[2].clone()]);
        assert!(v.iter().any(|v| v.message.contains("skips `ka`")), "{v:?}");
        let v = run(&[w[0].clone(), w[1].clone(), ("03-ka", w[1].1.clone())]);
        assert!(v.iter().any(|v| v.message.contains("entered twice")), "{v:?}");
        let v = run(&[w[0].clone(), w[1].clone(), ("03-prep", w[0].1.clone())]);
        assert!(v.iter().any(|v| v.message.contains("goes back")), "{v:?}");
    }
}
