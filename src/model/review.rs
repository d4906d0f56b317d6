//! The records of a review round, one fact per file under
//! `reviews/<round-id>/`, and the rules that decide what may be recorded
//! next. Pure: no I/O, no git, no file formats (the TOML shapes are the serde
//! derives below; `store::reviews` reads and writes them).

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::date::PartialDate;
use super::workflow::{Stage, StageKind, Workflow};

/// What a round is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundKind {
    /// A revision of the text through the stages of the workflow.
    Revision,
    /// The yearly check: per guideline a verdict current, revise or withdraw.
    CurrencyCheck,
}

impl RoundKind {
    /// The name written in `round.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            RoundKind::Revision => "revision",
            RoundKind::CurrencyCheck => "currency-check",
        }
    }
}

impl std::fmt::Display for RoundKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `reviews/<round-id>/round.toml`: what the round is about and where it
/// started.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    /// What the round is about, in plain words.
    pub title: String,
    /// Revision or currency check.
    pub kind: RoundKind,
    /// The ids of the guidelines in scope.
    pub guidelines: Vec<String>,
    /// When the round opened.
    pub opened: PartialDate,
    /// Who opened it, `Name <email>`.
    pub opened_by: String,
    /// The commit of the text in force when the round opened.
    pub base_commit: String,
    /// The tree id of `guidelines/` in that commit.
    pub base_tree: String,
    /// A free note (for instance where a record made afterwards comes from).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What an event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventAction {
    /// The round entered the stage (a treatment's decision, a comment round's
    /// dates, a notice).
    Enter,
    /// The deciding body approved the text (entering an approval stage).
    Approve,
    /// The round was closed.
    Close,
    /// An earlier event (named by `corrects`) is corrected: its date,
    /// decision, body or comment-round dates are replaced by the ones given
    /// here. The corrected file itself is never rewritten.
    Correct,
    /// The round was opened by mistake and is cancelled: it leaves the
    /// reports and the changelog, and stays in the audit.
    Cancel,
}

impl EventAction {
    /// The name written in event files.
    pub fn as_str(self) -> &'static str {
        match self {
            EventAction::Enter => "enter",
            EventAction::Approve => "approve",
            EventAction::Close => "close",
            EventAction::Correct => "correct",
            EventAction::Cancel => "cancel",
        }
    }

    /// Whether the action moves the round into a stage.
    pub fn enters_stage(self) -> bool {
        matches!(self, EventAction::Enter | EventAction::Approve)
    }

    /// Whether the action ends the round.
    pub fn ends_round(self) -> bool {
        matches!(self, EventAction::Close | EventAction::Cancel)
    }
}

/// The exact text an event is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// The `HEAD` commit when the fact was recorded.
    pub commit: String,
    /// The tree id of `guidelines/` in that commit.
    pub guidelines_tree: String,
    /// Guideline id → blob id of its file, for the guidelines in scope.
    #[serde(default)]
    pub blobs: IndexMap<String, String>,
}

/// Serialize times as RFC 3339 with whole seconds.
mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};

    pub fn serialize<S: serde::Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false))
    }

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        DateTime::parse_from_rfc3339(&s).map_err(|_| {
            serde::de::Error::custom(format!(
                "`{s}` is not an RFC 3339 time (write e.g. \"2026-03-02T10:00:00+02:00\")"
            ))
        })
    }
}

/// `reviews/<round-id>/events/<NN>-<stage>.toml`: one thing that happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The stage id (of the workflow, or of the currency check).
    pub stage: String,
    /// What happened.
    pub action: EventAction,
    /// When it happened, as precisely as known; absent when the source says nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The body that acted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The decision, or its reference (a diary number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// A free note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A comment round's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<PartialDate>,
    /// A comment round's last day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<PartialDate>,
    /// For a correction: the file stem of the event it corrects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<String>,
    /// For a correction or a cancellation: why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who recorded it, `Name <email>`.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
    /// The text it is bound to.
    pub content: Content,
}

impl Event {
    /// Whether the event moves the round into a stage.
    pub fn enters_stage(&self) -> bool {
        self.action.enters_stage()
    }

    /// Whether the event ends the round.
    pub fn ends_round(&self) -> bool {
        self.action.ends_round()
    }

    /// This event as corrected by `correction` (whose `corrects` names it):
    /// every value the correction gives replaces the recorded one.
    pub fn corrected_by(&self, correction: &Event) -> Event {
        let mut e = self.clone();
        if correction.date.is_some() {
            e.date = correction.date;
        }
        if correction.decision.is_some() {
            e.decision = correction.decision.clone();
        }
        if correction.body.is_some() {
            e.body = correction.body.clone();
        }
        if correction.opens.is_some() {
            e.opens = correction.opens;
        }
        if correction.closes.is_some() {
            e.closes = correction.closes;
        }
        e
    }
}

/// `reviews/<round-id>/statements/S-<code>.toml`: one respondent's statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The organisation (or person) that sent it.
    pub from: String,
    /// When it was received.
    pub received: PartialDate,
    /// The guideline it concerns; absent when it concerns the whole set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guideline: Option<String>,
    /// The field it concerns (`sv.description`), if that narrow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// What it says.
    pub text: String,
    /// Received outside the comment round's open–close window.
    #[serde(default)]
    pub late: bool,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
    /// Only written when two statements would otherwise get the same code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salt: Option<u32>,
    /// The text it was recorded against.
    pub content: Content,
}

impl Statement {
    /// The 6 hex characters of the statement's id: a hash of its content,
    /// who recorded it and when, so that two people on two branches get
    /// different ids without talking to each other.
    pub fn code(&self, round_id: &str) -> String {
        let mut h = Sha256::new();
        let parts = [
            "riktlinjer statement 1",
            round_id,
            &self.from,
            &self.received.to_string(),
            self.guideline.as_deref().unwrap_or(""),
            self.field.as_deref().unwrap_or(""),
            &self.text,
            &self.recorded_by,
            &self.recorded_at.to_rfc3339_opts(SecondsFormat::Secs, false),
        ];
        for p in parts {
            h.update(p.as_bytes());
            h.update([0u8]);
        }
        if let Some(salt) = self.salt {
            h.update(salt.to_string().as_bytes());
        }
        let digest = h.finalize();
        digest.iter().take(3).map(|b| format!("{b:02x}")).collect()
    }
}

/// How a statement was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Disposition {
    /// The text was changed as proposed.
    Accepted,
    /// Partly taken into account.
    Partly,
    /// Not taken into account (with reasons).
    Rejected,
    /// Noted; nothing to change.
    Noted,
}

impl Disposition {
    /// The name written in answer files.
    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::Accepted => "accepted",
            Disposition::Partly => "partly",
            Disposition::Rejected => "rejected",
            Disposition::Noted => "noted",
        }
    }
}

/// `reviews/<round-id>/answers/S-<code>.toml`: the answer to one statement,
/// a separate file so that a committed statement is never modified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// How the statement was taken into account.
    pub disposition: Disposition,
    /// The reply, as in the summary of statements.
    pub reply: String,
    /// For a revised answer: the file stem of the answer it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
}

/// `reviews/<round-id>/withdrawals/S-<code>.toml`: a statement recorded
/// twice or by mistake is withdrawn; the statement file stays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// Why the statement is withdrawn.
    pub reason: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
}

/// `reviews/deviations/D-<code>.toml`: a project's deliberate, justified
/// departure from a guideline (the deviation register). It binds the
/// guideline's text as it was when recorded, so a later revision shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deviation {
    /// The project (or plan) that departs from the guideline.
    pub project: String,
    /// The guideline's id (stable across renumbering and withdrawal).
    pub guideline: String,
    /// The actor the deviation concerns (a key of `[actors]` in index.toml).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// Why the project departs from the guideline.
    pub reason: String,
    /// The body that decided the deviation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// When it was decided (or recorded, when no decision is named).
    pub date: PartialDate,
    /// The last day it applies; open-ended when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<PartialDate>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
    /// The committed text it departs from (the guideline's blob in `blobs`).
    pub content: Content,
}

impl Deviation {
    /// Whether it applies on `day`: decided by then, not past `until`, and
    /// not ended by an end dated on or before `day`.
    pub fn is_active(&self, ended: Option<&DeviationEnd>, day: NaiveDate) -> bool {
        self.date.first_day() <= day
            && self.until.is_none_or(|u| u.last_day() >= day)
            && ended.is_none_or(|e| e.date.first_day() > day)
    }

    /// The blob of the guideline's file it was recorded against.
    pub fn guideline_blob(&self) -> Option<&str> {
        self.content.blobs.get(&self.guideline).map(String::as_str)
    }
}

/// `reviews/deviations/ends/D-<code>.toml`: a deviation ends (the project
/// now follows the guideline, or the plan is over); the deviation file stays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviationEnd {
    /// From when it no longer applies.
    pub date: PartialDate,
    /// Why it ends.
    pub reason: String,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
}

/// The outcome of the currency check for one guideline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerdictKind {
    /// Confirmed current as it is.
    Current,
    /// A revision round must follow.
    Revise,
    /// To be withdrawn.
    Withdraw,
}

impl VerdictKind {
    /// The name written in verdict files.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictKind::Current => "current",
            VerdictKind::Revise => "revise",
            VerdictKind::Withdraw => "withdraw",
        }
    }
}

/// `reviews/<round-id>/verdicts/<guideline-id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The verdict.
    pub verdict: VerdictKind,
    /// Why, or what to revise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the verdict was given.
    pub date: PartialDate,
    /// For a corrected verdict: the file stem of the verdict it replaces.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supersedes: Option<String>,
    /// Who recorded it.
    pub recorded_by: String,
    /// When it was recorded.
    #[serde(with = "rfc3339")]
    pub recorded_at: DateTime<FixedOffset>,
    /// The text it confirms (or finds wanting).
    pub content: Content,
}

/// An event with its place in the round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRecord {
    /// The `NN` of the file name.
    pub seq: u32,
    /// The file stem, `03-comment-round`.
    pub stem: String,
    /// The event.
    #[serde(flatten)]
    pub event: Event,
}

/// A statement with its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementRecord {
    /// The 6 hex characters after `S-`.
    pub code: String,
    /// The statement.
    #[serde(flatten)]
    pub statement: Statement,
}

impl StatementRecord {
    /// The file stem, `S-7f3a2c`.
    pub fn stem(&self) -> String {
        format!("S-{}", self.code)
    }
}

/// Everything recorded about one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundRecord {
    /// The folder name under `reviews/`.
    pub id: String,
    /// The round file.
    pub round: Round,
    /// Events in order of their number.
    pub events: Vec<EventRecord>,
    /// Statements in order of receipt, then code.
    pub statements: Vec<StatementRecord>,
    /// Statement code → its answer (the latest, where answers were revised).
    pub answers: IndexMap<String, Answer>,
    /// Guideline id → its verdict (currency-check rounds; the latest, where
    /// a verdict was corrected).
    pub verdicts: IndexMap<String, Verdict>,
    /// Statement code → its withdrawal.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub withdrawn: IndexMap<String, Withdrawal>,
    /// The file stems (`answers/S-7f3a2c`, `verdicts/samarbete`) of records
    /// that later records supersede, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub superseded: Vec<String>,
}

/// Parse one of `names` (the serde names of an enum), suggesting a close one.
fn parse_named<T: Copy>(s: &str, what: &str, all: &[(T, &'static str)]) -> Result<T, String> {
    let t = s.trim().to_lowercase();
    if let Some((v, _)) = all.iter().find(|(_, n)| *n == t) {
        return Ok(*v);
    }
    let names: Vec<&str> = all.iter().map(|(_, n)| *n).collect();
    let close = crate::error::close_matches(&t, names.iter().copied());
    let hint = match close.first() {
        Some(c) => format!(" (did you mean `{c}`?)"),
        None => String::new(),
    };
    Err(format!(
        "`{s}` is not a {what}{hint}; write one of: {}",
        names.join(", ")
    ))
}

impl std::str::FromStr for RoundKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_named(
            s,
            "round kind",
            &[
                (RoundKind::Revision, "revision"),
                (RoundKind::CurrencyCheck, "currency-check"),
            ],
        )
    }
}

/// The names of one value in the collections' languages: English (the
/// canonical name, as stored), then Swedish and Finnish ones.
pub type Names<T> = (T, &'static str, &'static [&'static str], &'static [&'static str]);

/// Parse a name in any of the languages. Case and inner white space do not
/// matter.
fn parse_translated<T: Copy>(s: &str, what: &str, all: &[Names<T>]) -> Result<T, String> {
    let t = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let names = |(_, en, sv, fi): &Names<T>| std::iter::once(*en).chain(sv.iter().copied()).chain(fi.iter().copied());
    if let Some((v, ..)) = all.iter().find(|n| names(n).any(|x| x == t)) {
        return Ok(*v);
    }
    let close = crate::error::close_matches(&t, all.iter().flat_map(names));
    let hint = match close.first() {
        Some(c) => format!(" (did you mean `{c}`?)"),
        None => String::new(),
    };
    let list = |pick: fn(&Names<T>) -> Vec<&'static str>| all.iter().flat_map(pick).collect::<Vec<_>>().join(", ");
    Err(format!(
        "`{s}` is not a {what}{hint}; write one of: {} (in Swedish: {}; in Finnish: {})",
        list(|n| vec![n.1]),
        list(|n| n.2.to_vec()),
        list(|n| n.3.to_vec()),
    ))
}

/// The names `comment answer` takes for each disposition.
pub const DISPOSITION_NAMES: &[Names<Disposition>] = &[
    (
        Disposition::Accepted,
        "accepted",
        &["accepterad", "beaktad"],
        &["hyväksytty", "huomioitu"],
    ),
    (
        Disposition::Partly,
        "partly",
        &["delvis", "delvis accepterad", "delvis beaktad"],
        &["osittain", "osittain hyväksytty", "osittain huomioitu"],
    ),
    (
        Disposition::Rejected,
        "rejected",
        &["avslagen", "avvisad"],
        &["hylätty"],
    ),
    (
        Disposition::Noted,
        "noted",
        &["antecknad", "noterad"],
        &["merkitty tiedoksi", "tiedoksi"],
    ),
];

/// The names `round verdict` takes for each verdict.
pub const VERDICT_NAMES: &[Names<VerdictKind>] = &[
    (VerdictKind::Current, "current", &["aktuell"], &["ajantasainen"]),
    (
        VerdictKind::Revise,
        "revise",
        &["revidera", "revideras"],
        &["päivitettävä", "päivitä"],
    ),
    (
        VerdictKind::Withdraw,
        "withdraw",
        &["upphäv", "upphävs"],
        &["kumottava", "kumoa"],
    ),
];

impl std::str::FromStr for Disposition {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_translated(s, "disposition", DISPOSITION_NAMES)
    }
}

impl std::str::FromStr for VerdictKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        parse_translated(s, "verdict", VERDICT_NAMES)
    }
}

#[cfg(test)]
mod translated_names {
    use super::*;

    #[test]
    fn dispositions_and_verdicts_are_read_in_every_language() {
        for (word, want) in [
            ("accepted", Disposition::Accepted),
            ("Accepterad", Disposition::Accepted),
            ("hyväksytty", Disposition::Accepted),
            ("delvis", Disposition::Partly),
            ("Osittain  hyväksytty", Disposition::Partly),
            ("avslagen", Disposition::Rejected),
            ("hylätty", Disposition::Rejected),
            ("antecknad", Disposition::Noted),
            ("merkitty tiedoksi", Disposition::Noted),
        ] {
            assert_eq!(word.parse::<Disposition>(), Ok(want), "{word}");
        }
        for (word, want) in [
            ("aktuell", VerdictKind::Current),
            ("ajantasainen", VerdictKind::Current),
            ("revidera", VerdictKind::Revise),
            ("päivitettävä", VerdictKind::Revise),
            ("upphäv", VerdictKind::Withdraw),
            ("kumottava", VerdictKind::Withdraw),
            ("withdraw", VerdictKind::Withdraw),
        ] {
            assert_eq!(word.parse::<VerdictKind>(), Ok(want), "{word}");
        }
        // Every name is one value's only.
        let mut all: Vec<&str> = DISPOSITION_NAMES
            .iter()
            .flat_map(|(_, en, sv, fi)| std::iter::once(*en).chain(sv.iter().copied()).chain(fi.iter().copied()))
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
        let e = "hyväksyty".parse::<Disposition>().unwrap_err();
        assert_eq!(
            e,
            "`hyväksyty` is not a disposition (did you mean `hyväksytty`?); write one of: accepted, partly, rejected, noted (in Swedish: accepterad, beaktad, delvis, delvis accepterad, delvis beaktad, avslagen, avvisad, antecknad, noterad; in Finnish: hyväksytty, huomioitu, osittain, osittain hyväksytty, osittain huomioitu, hylätty, merkitty tiedoksi, tiedoksi)"
        );
    }
}

/// The id of a statement as cited: `<round-id>/S-<code>`.
pub fn statement_id(round_id: &str, code: &str) -> String {
    format!("{round_id}/S-{code}")
}

impl RoundRecord {
    /// The id of a statement of this round, as cited.
    pub fn statement_id(&self, code: &str) -> String {
        statement_id(&self.id, code)
    }

    /// The number the next event file gets.
    pub fn next_seq(&self) -> u32 {
        self.events.iter().map(|e| e.seq).max().unwrap_or(0) + 1
    }

    /// The last event that moved the round into a stage (enter or approve).
    pub fn current_event(&self) -> Option<&EventRecord> {
        self.events.iter().rev().find(|e| e.event.enters_stage())
    }

    /// The id of the stage the round is in.
    pub fn current_stage(&self) -> Option<&str> {
        self.current_event().map(|e| e.event.stage.as_str())
    }

    /// The event that ended the round (closed or cancelled it), if any.
    pub fn closed(&self) -> Option<&EventRecord> {
        self.events.iter().find(|e| e.event.ends_round())
    }

    /// The cancellation, if the round was cancelled.
    pub fn cancelled(&self) -> Option<&EventRecord> {
        self.events.iter().find(|e| e.event.action == EventAction::Cancel)
    }

    /// The event with this file stem.
    pub fn event(&self, stem: &str) -> Option<&EventRecord> {
        self.events.iter().find(|e| e.stem == stem)
    }

    /// The approval event, if the text was approved.
    pub fn approval(&self) -> Option<&EventRecord> {
        self.events
            .iter()
            .rev()
            .find(|e| e.event.action == EventAction::Approve)
    }

    /// The event that opened the latest comment round, with its window.
    pub fn comment_round(&self, workflow: &Workflow) -> Option<CommentWindow<'_>> {
        self.events.iter().rev().find_map(|e| {
            let stage = workflow.stage(&e.event.stage)?;
            if stage.kind != StageKind::CommentRound || e.event.action != EventAction::Enter {
                return None;
            }
            Some(CommentWindow {
                event: e,
                opens: e.event.opens?,
                closes: e.event.closes?,
            })
        })
    }

    /// The statements without an answer (withdrawn ones need none).
    pub fn unanswered(&self) -> Vec<&StatementRecord> {
        self.statements
            .iter()
            .filter(|s| !self.answers.contains_key(&s.code) && !self.withdrawn.contains_key(&s.code))
            .collect()
    }

    /// Find a statement by `S-7f3a2c`, `7f3a2c` or `<round-id>/S-7f3a2c`.
    pub fn find_statement(&self, wanted: &str) -> Option<&StatementRecord> {
        let w = wanted.trim();
        let w = w.strip_prefix(&format!("{}/", self.id)).unwrap_or(w);
        let w = w.strip_prefix("S-").or_else(|| w.strip_prefix("s-")).unwrap_or(w);
        let w = w.to_ascii_lowercase();
        self.statements.iter().find(|s| s.code == w)
    }

    /// The stage after the current one (the first stage if none was entered).
    pub fn next_stage<'w>(&self, workflow: &'w Workflow) -> Option<&'w Stage> {
        match self.current_stage().and_then(|s| workflow.position(s)) {
            Some(i) => workflow.stages.get(i + 1),
            None => workflow.stages.first(),
        }
    }

    /// Whether this is a revision round that is not closed.
    pub fn check_open_revision(&self) -> Result<(), String> {
        let id = &self.id;
        if let Some(close) = self.closed() {
            return Err(format!(
                "round {id} is closed (event {}); nothing more can be recorded in it. Open a new round with `riktlinjer round open`",
                close.stem
            ));
        }
        if self.round.kind == RoundKind::CurrencyCheck {
            return Err(format!(
                "round {id} is a currency-check round, which has no stages; record a verdict per guideline with `riktlinjer round verdict {id} GUIDELINE current|revise|withdraw`"
            ));
        }
        Ok(())
    }
}

/// A decision on guidelines, in the order decisions were taken: what
/// [`standings`] reads.
#[derive(Debug, Clone, Copy)]
pub enum Decision<'a> {
    /// A revision round's approval: it covers the guidelines of the round's
    /// `scope`; those its bound text has are approved as that text, those
    /// it lacks are withdrawn by it.
    Approval {
        /// The round.
        round: &'a str,
        /// The round's scope.
        scope: &'a [String],
        /// The approved text.
        content: &'a Content,
        /// When.
        date: Option<PartialDate>,
    },
    /// A currency check's final verdict on one guideline (the latest
    /// revision of it, in the place of the first).
    Verdict {
        /// The round.
        round: &'a str,
        /// The guideline.
        guideline: &'a str,
        /// The verdict.
        verdict: VerdictKind,
        /// When.
        date: PartialDate,
    },
}

/// Where a guideline stands after the last decision on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing<'a> {
    /// Approved as this blob by round `round`; `decision` is the index of
    /// the decision in the list given to [`standings`].
    Approved {
        /// The round.
        round: &'a str,
        /// The approved blob.
        blob: &'a str,
        /// Index of the decision.
        decision: usize,
    },
    /// Withdrawn by round `round` (a `withdraw` verdict, or an approval of
    /// a text without it).
    Withdrawn {
        /// The round.
        round: &'a str,
        /// When, if known.
        date: Option<PartialDate>,
        /// Index of the decision.
        decision: usize,
    },
}

/// The one rule of what decisions mean for each guideline: the last
/// decision counts; an approval approves (or withdraws) its scope, a
/// `withdraw` verdict withdraws, `current` and `revise` change nothing.
pub fn standings<'a>(decisions: &[Decision<'a>]) -> std::collections::BTreeMap<&'a str, Standing<'a>> {
    let mut out = std::collections::BTreeMap::new();
    for (i, d) in decisions.iter().enumerate() {
        match *d {
            Decision::Approval {
                round,
                scope,
                content,
                date,
            } => {
                for id in scope {
                    let standing = match content.blobs.get(id) {
                        Some(blob) => Standing::Approved {
                            round,
                            blob,
                            decision: i,
                        },
                        None => Standing::Withdrawn {
                            round,
                            date,
                            decision: i,
                        },
                    };
                    out.insert(id.as_str(), standing);
                }
            }
            Decision::Verdict {
                round,
                guideline,
                verdict: VerdictKind::Withdraw,
                date,
            } => {
                out.insert(
                    guideline,
                    Standing::Withdrawn {
                        round,
                        date: Some(date),
                        decision: i,
                    },
                );
            }
            Decision::Verdict { .. } => {}
        }
    }
    out
}

/// The decisions recorded in `rounds` (as one snapshot holds them), in
/// the order they were taken: by date, then by when they were recorded.
/// Cancelled rounds decide nothing.
pub fn decisions(rounds: &[RoundRecord]) -> Vec<Decision<'_>> {
    let mut keyed: Vec<((NaiveDate, DateTime<FixedOffset>), Decision<'_>)> = Vec::new();
    for r in rounds.iter().filter(|r| r.cancelled().is_none()) {
        if let Some(a) = r.approval() {
            let e = &a.event;
            keyed.push((
                (
                    e.date.map_or(e.recorded_at.date_naive(), |d| d.first_day()),
                    e.recorded_at,
                ),
                Decision::Approval {
                    round: &r.id,
                    scope: &r.round.guidelines,
                    content: &e.content,
                    date: e.date,
                },
            ));
        }
        for (g, v) in &r.verdicts {
            keyed.push((
                (v.date.first_day(), v.recorded_at),
                Decision::Verdict {
                    round: &r.id,
                    guideline: g,
                    verdict: v.verdict,
                    date: v.date,
                },
            ));
        }
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, d)| d).collect()
}

/// An opened comment round.
#[derive(Debug, Clone, Copy)]
pub struct CommentWindow<'a> {
    /// The event that opened it.
    pub event: &'a EventRecord,
    /// First day.
    pub opens: PartialDate,
    /// Last day.
    pub closes: PartialDate,
}

impl CommentWindow<'_> {
    /// Whether a statement received on `received` is late (outside the window).
    pub fn is_late(&self, received: &PartialDate) -> bool {
        received.is_certainly_before(&self.opens) || self.closes.is_certainly_before(received)
    }

    /// Whether the window has ended by `today`.
    pub fn has_closed(&self, today: NaiveDate) -> bool {
        self.closes.last_day() < today
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wf() -> Workflow {
        let stage = |id: &str, kind, requires_answers| Stage {
            id: id.into(),
            kind,
            names: IndexMap::new(),
            body: None,
            requires_answers,
            require_signatures: false,
            principal: None,
        };
        Workflow {
            stages: vec![
                stage("prep", StageKind::Preparation, false),
                stage("ka", StageKind::Treatment, false),
                stage("comments", StageKind::CommentRound, true),
                stage("notice", StageKind::Notice, false),
                stage("approval", StageKind::Approval, false),
            ],
            currency_check: Default::default(),
        }
    }

    fn content() -> Content {
        Content {
            commit: "c".into(),
            guidelines_tree: "t".into(),
            blobs: IndexMap::new(),
        }
    }

    fn event(seq: u32, stage: &str, action: EventAction) -> EventRecord {
        EventRecord {
            seq,
            stem: format!("{seq:02}-{stage}"),
            event: Event {
                stage: stage.into(),
                action,
                date: None,
                body: None,
                decision: None,
                note: None,
                opens: PartialDate::parse("2026-02-01").ok(),
                closes: PartialDate::parse("2026-02-28").ok(),
                corrects: None,
                reason: None,
                recorded_by: "A <a@b>".into(),
                recorded_at: DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap(),
                content: content(),
            },
        }
    }

    fn round(events: Vec<EventRecord>) -> RoundRecord {
        RoundRecord {
            id: "r".into(),
            round: Round {
                title: "t".into(),
                kind: RoundKind::Revision,
                guidelines: vec![],
                opened: PartialDate::parse("2026").unwrap(),
                opened_by: "A <a@b>".into(),
                base_commit: "c".into(),
                base_tree: "t".into(),
                note: None,
            },
            events,
            statements: vec![],
            answers: IndexMap::new(),
            verdicts: IndexMap::new(),
            withdrawn: IndexMap::new(),
            superseded: Vec::new(),
        }
    }

    fn statement(text: &str) -> Statement {
        Statement {
            from: "Org".into(),
            received: PartialDate::parse("2026-02-10").unwrap(),
            guideline: None,
            field: None,
            text: text.into(),
            late: false,
            recorded_by: "A <a@b>".into(),
            recorded_at: DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap(),
            salt: None,
            content: content(),
        }
    }

    #[test]
    fn advancing_refuses_skips_repeats_and_going_back() {
        let w = wf();
        let r = round(vec![
            event(1, "prep", EventAction::Enter),
            event(2, "ka", EventAction::Enter),
        ]);
        assert!(r.check_advance(&w, w.stage("comments").unwrap()).is_ok());
        let e = r.check_advance(&w, w.stage("notice").unwrap()).unwrap_err().english();
        assert!(
            e.contains("cannot skip") && e.contains("next stage is `comments`"),
            "{e}"
        );
        let e = r.check_advance(&w, w.stage("ka").unwrap()).unwrap_err().english();
        assert!(e.contains("already in stage `ka`"), "{e}");
        let e = r.check_advance(&w, w.stage("prep").unwrap()).unwrap_err().english();
        assert!(e.contains("cannot go back"), "{e}");
    }

    #[test]
    fn unanswered_statements_hold_the_round_in_the_comment_round() {
        let w = wf();
        let mut r = round(vec![
            event(1, "prep", EventAction::Enter),
            event(2, "ka", EventAction::Enter),
            event(3, "comments", EventAction::Enter),
        ]);
        let s = statement("Bra.");
        let code = s.code("r");
        r.statements.push(StatementRecord {
            code: code.clone(),
            statement: s,
        });
        let e = r.check_advance(&w, w.stage("notice").unwrap()).unwrap_err().english();
        assert!(e.contains(&format!("r/S-{code}")), "{e}");
        r.answers.insert(
            code,
            Answer {
                disposition: Disposition::Noted,
                reply: "Tack.".into(),
                supersedes: None,
                recorded_by: "A <a@b>".into(),
                recorded_at: DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap(),
            },
        );
        assert!(r.check_advance(&w, w.stage("notice").unwrap()).is_ok());
        assert!(r.find_statement(&format!("r/S-{}", r.statements[0].code)).is_some());
        assert!(r.find_statement(&r.statements[0].code.to_uppercase()).is_some());
    }

    #[test]
    fn closed_rounds_take_nothing() {
        let w = wf();
        let r = round(vec![
            event(1, "prep", EventAction::Enter),
            event(2, "prep", EventAction::Close),
        ]);
        let e = r.check_advance(&w, w.stage("ka").unwrap()).unwrap_err().english();
        assert!(e.contains("is closed"), "{e}");
    }

    #[test]
    fn statement_codes_depend_on_content_time_and_salt() {
        let a = statement("Bra.");
        let mut b = statement("Bra!");
        assert_ne!(a.code("r"), b.code("r"));
        b.text = "Bra.".into();
        assert_eq!(a.code("r"), b.code("r"));
        b.salt = Some(1);
        assert_ne!(a.code("r"), b.code("r"));
        assert_eq!(a.code("r").len(), 6);
        assert!(
            a.code("r")
                .bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }

    #[test]
    fn lateness_uses_the_window() {
        let r = round(vec![event(1, "comments", EventAction::Enter)]);
        let w = r.comment_round(&wf()).unwrap();
        assert!(!w.is_late(&PartialDate::parse("2026-02-28").unwrap()));
        assert!(!w.is_late(&PartialDate::parse("2026-02").unwrap()));
        assert!(w.is_late(&PartialDate::parse("2026-03-01").unwrap()));
        assert!(w.is_late(&PartialDate::parse("2026-01-31").unwrap()));
    }
}
