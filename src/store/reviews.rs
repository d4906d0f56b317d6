//! `reviews/`: the workflow (`reviews/workflow.toml`) and the records of the
//! review rounds (`reviews/<round-id>/…`), read from any snapshot with every
//! problem located as `path:line:col`, and the canonical TOML the recording
//! commands write.

use std::ops::Range;

use indexmap::IndexMap;
use toml_edit::{Item, Table};

use super::Diagnostic;
use super::parse::{decode, forbidden_problems, line_col, parse_document};
use super::records::{DEVIATIONS, revision_stem, split_revision};
use crate::i18n::Wording;
use crate::model::rules::{self, Dated, Folder, RoundFacts};
use crate::model::{
    Answer, CurrencyCheck, Deviation, DeviationEnd, Event, EventRecord, FieldPath, Round, RoundKind, RoundRecord,
    Stage, StageKind, Statement, StatementRecord, Verdict, Withdrawal, Workflow,
};
use crate::snapshot::Snapshot;
use crate::{Error, Result};

/// The folder of review records.
pub const REVIEWS_DIR: &str = "reviews";
/// The workflow file.
pub const WORKFLOW_PATH: &str = "reviews/workflow.toml";

/// The folder of a round.
pub fn round_dir(round: &str) -> String {
    format!("{REVIEWS_DIR}/{round}")
}

/// The round file of a round.
pub fn round_path(round: &str) -> String {
    format!("{REVIEWS_DIR}/{round}/round.toml")
}

/// The file of event number `seq` in `stage`.
pub fn event_path(round: &str, seq: u32, stage: &str) -> String {
    format!("{REVIEWS_DIR}/{round}/events/{}.toml", event_stem(seq, stage))
}

/// The file stem of an event: `03-comment-round`.
pub fn event_stem(seq: u32, stage: &str) -> String {
    format!("{seq:02}-{stage}")
}

/// The file of a statement.
pub fn statement_path(round: &str, code: &str) -> String {
    format!("{REVIEWS_DIR}/{round}/statements/S-{code}.toml")
}

/// The file of the answer to a statement.
pub fn answer_path(round: &str, code: &str) -> String {
    format!("{REVIEWS_DIR}/{round}/answers/S-{code}.toml")
}

/// The file of a guideline's verdict.
pub fn verdict_path(round: &str, guideline: &str) -> String {
    format!("{REVIEWS_DIR}/{round}/verdicts/{guideline}.toml")
}

/// Whether `id` may name a round: it becomes a folder name, part of every
/// statement id and of commit trailers.
pub fn check_round_id(id: &str) -> Result<(), Wording> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        && !id.ends_with(".toml")
        && id != DEVIATIONS;
    if ok {
        Ok(())
    } else {
        Err(Wording::new("store-bad-round-id").arg("id", id))
    }
}

/// The workflow and every round of one snapshot, with every problem found.
#[derive(Debug, Clone)]
pub struct Reviews {
    /// The workflow (the built-in default when `reviews/workflow.toml` is
    /// missing or broken; see `diagnostics`).
    pub workflow: Workflow,
    /// Whether `workflow` was read from `reviews/workflow.toml`.
    pub workflow_from_file: bool,
    /// The rounds that could be read, by opening date then id.
    pub rounds: Vec<RoundRecord>,
    /// The deviation register, by date then code.
    pub deviations: Vec<DeviationRecord>,
    /// Every problem, in path order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Reviews {
    /// The round `id`, or an error naming the rounds there are.
    pub fn round(&self, id: &str) -> Result<&RoundRecord> {
        self.rounds
            .iter()
            .find(|r| r.id == id)
            .ok_or_else(|| Error::UnknownRound {
                wanted: id.to_string(),
                suggestions: crate::error::close_matches(id, self.rounds.iter().map(|r| r.id.as_str())),
                known: self.rounds.iter().map(|r| r.id.clone()).collect(),
            })
    }

    /// The round `id`, once the workflow and its own records read without
    /// problems: what every command that records a fact in it needs.
    pub fn valid_round(&self, id: &str) -> Result<&RoundRecord> {
        self.require_valid(Some(id))?;
        self.round(id)
    }

    /// Fail with the problems of the workflow and of round `round` (if
    /// given): a fact is never recorded on top of records that cannot be read.
    pub fn require_valid(&self, round: Option<&str>) -> Result<()> {
        let round_prefix = round.map(|r| format!("{}/", round_dir(r)));
        let problems: Vec<Diagnostic> = self
            .diagnostics
            .iter()
            .filter(|d| {
                d.path == WORKFLOW_PATH
                    || round_prefix.as_deref().is_some_and(|p| d.path.starts_with(p))
                    || round.is_some_and(|r| d.path == round_dir(r))
            })
            .cloned()
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid { problems })
        }
    }
}

/// The workflow shipped with riktlinjer (the ministry's process of 2021).
pub fn default_workflow() -> Workflow {
    parse_workflow(WORKFLOW_PATH, crate::example::workflow_toml(), None)
        .expect("the shipped reviews/workflow.toml is valid (tested)")
}

/// Read every review record of a snapshot. `languages` (the collection's,
/// when known) are the keys allowed for stage names.
pub fn load_reviews(snapshot: &Snapshot<'_>, languages: Option<&[String]>) -> Result<Reviews> {
    let mut diagnostics = Vec::new();
    let (workflow, workflow_from_file) = match snapshot.read(WORKFLOW_PATH)? {
        None => (default_workflow(), false),
        Some(bytes) => match parse_workflow(WORKFLOW_PATH, &bytes, languages) {
            Ok(w) => (w, true),
            Err(problems) => {
                diagnostics.extend(problems);
                (default_workflow(), false)
            }
        },
    };
    let mut rounds = Vec::new();
    for name in snapshot.list_files(REVIEWS_DIR)? {
        if name != "workflow.toml" && name != "allowed_signers" {
            diagnostics.push(Diagnostic::file(
                format!("{REVIEWS_DIR}/{name}"),
                Wording::new("store-stray-review-file"),
            ));
        }
    }
    let deviations = load_deviations(snapshot, &mut diagnostics)?;
    for id in snapshot.list_dirs(REVIEWS_DIR)? {
        if id == DEVIATIONS {
            continue;
        }
        if let Some(r) = load_round(snapshot, &workflow, languages, &id, &mut diagnostics)? {
            rounds.push(r);
        }
    }
    rounds.sort_by(|a, b| (a.round.opened, &a.id).cmp(&(b.round.opened, &b.id)));
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    Ok(Reviews {
        workflow,
        workflow_from_file,
        rounds,
        deviations,
        diagnostics,
    })
}

/// Render a record as canonical TOML (long texts one sentence per line), the
/// form `riktlinjer fmt` keeps.
pub fn record_toml<T: serde::Serialize>(value: &T) -> String {
    super::canonical::record_document(value).expect("records serialize to TOML")
}

/// [`record_toml`] of each of `values`, in order, on every core (an import
/// renders a record per row, and rendering is most of its work).
pub fn record_tomls<T: serde::Serialize + Sync>(values: &[T]) -> Vec<String> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if threads < 2 || values.len() < 512 {
        return values.iter().map(record_toml).collect();
    }
    let chunk = values.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = values
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(record_toml).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

// ---------------------------------------------------------------- workflow

struct Problems<'a> {
    path: &'a str,
    text: &'a str,
    list: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn at(&mut self, span: Option<Range<usize>>, message: Wording) {
        let (line, col) = line_col(self.text, span.map(|s| s.start).unwrap_or(0));
        self.list.push(Diagnostic::new(self.path, line, col, message));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn looks_like_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase())
}

/// Names per language and the fixed keys of a `[[stages]]` or
/// `[currency_check]` table.
fn names_and_keys(
    p: &mut Problems<'_>,
    table: &Table,
    fixed: &[&str],
    languages: Option<&[String]>,
    context: &Wording,
) -> IndexMap<String, String> {
    let mut names = IndexMap::new();
    for (key, item) in table.iter() {
        if fixed.contains(&key) {
            continue;
        }
        let span = table.key(key).and_then(|k| k.span());
        let is_language = match languages {
            Some(langs) => langs.iter().any(|l| l == key),
            None => looks_like_language(key),
        };
        if !is_language {
            let close = crate::error::close_matches(key, fixed.iter().copied());
            let message = match (close.first(), languages) {
                (Some(c), _) => Wording::new("store-workflow-unknown-key-close").arg("suggestion", c),
                (None, Some(langs)) => Wording::new("store-workflow-unknown-key-languages")
                    .arg("settings", fixed.join(", "))
                    .arg("languages", langs.join(", ")),
                (None, None) => Wording::new("store-workflow-unknown-key").arg("settings", fixed.join(", ")),
            };
            p.at(span, message.arg("key", key).words("context", context.clone()));
            continue;
        }
        match item.as_str() {
            Some(s) => {
                names.insert(key.to_string(), s.to_string());
            }
            None => p.at(
                item.span().or(span),
                Wording::new("store-workflow-name-not-text")
                    .arg("key", key)
                    .words("context", context.clone()),
            ),
        }
    }
    names
}

fn optional_string(p: &mut Problems<'_>, table: &Table, key: &str, context: &Wording) -> Option<String> {
    let item = table.get(key)?;
    match item.as_str() {
        Some(s) => Some(s.to_string()),
        None => {
            p.at(
                item.span(),
                Wording::new("store-must-be-text-in")
                    .arg("key", key)
                    .words("context", context.clone()),
            );
            None
        }
    }
}

/// Parse `reviews/workflow.toml`; every problem is reported.
pub fn parse_workflow(path: &str, bytes: &[u8], languages: Option<&[String]>) -> Result<Workflow, Vec<Diagnostic>> {
    let text = decode(path, bytes).map_err(|d| vec![d])?;
    let doc = parse_document(path, text).map_err(|d| vec![d])?;
    let mut p = Problems {
        path,
        text,
        list: forbidden_problems(path, text),
    };
    let root = doc.as_table();
    for (key, _) in root.iter() {
        if !["stages", "currency_check"].contains(&key) {
            let close = crate::error::close_matches(key, ["stages", "currency_check"]);
            let hint = match close.first() {
                Some(c) => Wording::new("store-hint-did-you-mean-bare").arg("suggestion", c),
                None => Wording::new("store-workflow-has"),
            };
            p.at(
                root.key(key).and_then(|k| k.span()),
                Wording::new("store-workflow-unknown-setting")
                    .arg("key", key)
                    .words("hint", hint),
            );
        }
    }
    let kinds: Vec<&str> = StageKind::ALL.iter().map(|k| k.as_str()).collect();
    let mut stages: Vec<Stage> = Vec::new();
    match root.get("stages") {
        None => p.at(Some(0..0), Wording::new("store-workflow-no-stages")),
        Some(item) => match item.as_array_of_tables() {
            None => p.at(item.span(), Wording::new("store-workflow-stages-not-tables")),
            Some(array) => {
                for table in array.iter() {
                    let context = &Wording::new("store-context-stage");
                    let id = match table.get("id") {
                        None => {
                            p.at(table.span(), Wording::new("store-stage-lacks-id"));
                            None
                        }
                        Some(item) => match item.as_str() {
                            Some(s) if is_slug(s) => Some(s.to_string()),
                            Some(s) => {
                                p.at(item.span(), Wording::new("store-stage-id-not-slug").arg("id", s));
                                None
                            }
                            None => {
                                p.at(item.span(), Wording::new("store-must-be-text").arg("key", "id"));
                                None
                            }
                        },
                    };
                    let kind = match table.get("kind") {
                        None => {
                            p.at(
                                table.span(),
                                Wording::new("store-stage-lacks-kind").arg("kinds", kinds.join(", ")),
                            );
                            None
                        }
                        Some(item) => match item.as_str() {
                            Some(s) => match StageKind::parse(s) {
                                Some(k) => Some(k),
                                None => {
                                    let close = crate::error::close_matches(s, kinds.iter().copied());
                                    let hint = match close.first() {
                                        Some(c) => Wording::new("store-hint-did-you-mean").arg("suggestion", c),
                                        None => Wording::plain(""),
                                    };
                                    p.at(
                                        item.span(),
                                        Wording::new("store-unknown-stage-kind")
                                            .arg("kind", s)
                                            .words("hint", hint)
                                            .arg("kinds", kinds.join(", ")),
                                    );
                                    None
                                }
                            },
                            None => {
                                p.at(item.span(), Wording::new("store-must-be-text").arg("key", "kind"));
                                None
                            }
                        },
                    };
                    let body = optional_string(&mut p, table, "body", context);
                    let requires_answers = match table.get("requires_answers") {
                        None => false,
                        Some(item) => match item.as_bool() {
                            Some(b) => b,
                            None => {
                                p.at(
                                    item.span(),
                                    Wording::new("store-must-be-bool").arg("key", "requires_answers"),
                                );
                                false
                            }
                        },
                    };
                    let require_signatures = match table.get("require_signatures") {
                        None => false,
                        Some(item) => match item.as_bool() {
                            Some(b) => b,
                            None => {
                                p.at(
                                    item.span(),
                                    Wording::new("store-must-be-bool").arg("key", "require_signatures"),
                                );
                                false
                            }
                        },
                    };
                    let principal = optional_string(&mut p, table, "principal", context);
                    let names = names_and_keys(
                        &mut p,
                        table,
                        &[
                            "id",
                            "kind",
                            "body",
                            "requires_answers",
                            "require_signatures",
                            "principal",
                        ],
                        languages,
                        context,
                    );
                    if names.is_empty() {
                        p.at(table.span(), Wording::new("store-stage-no-name"));
                    }
                    if let (Some(id), Some(kind)) = (id, kind) {
                        if stages.iter().any(|s| s.id == id) {
                            p.at(
                                table.get("id").and_then(Item::span),
                                Wording::new("store-stage-id-twice").arg("id", &id),
                            );
                            continue;
                        }
                        stages.push(Stage {
                            id,
                            kind,
                            names,
                            body,
                            requires_answers,
                            require_signatures,
                            principal,
                        });
                    }
                }
            }
        },
    }
    let mut currency_check = CurrencyCheck::default();
    if let Some(item) = root.get("currency_check") {
        match item.as_table() {
            None => p.at(item.span(), Wording::new("store-currency-check-not-table")),
            Some(table) => {
                let context = &Wording::plain("[currency_check]");
                if let Some(id) = optional_string(&mut p, table, "id", context) {
                    if !is_slug(&id) {
                        p.at(
                            table.get("id").and_then(Item::span),
                            Wording::new("store-check-id-not-slug").arg("id", &id),
                        );
                    } else if stages.iter().any(|s| s.id == id) {
                        p.at(
                            table.get("id").and_then(Item::span),
                            Wording::new("store-check-id-is-stage").arg("id", &id),
                        );
                    } else {
                        currency_check.id = id;
                    }
                }
                currency_check.body = optional_string(&mut p, table, "body", context);
                let names = names_and_keys(&mut p, table, &["id", "body"], languages, context);
                if !names.is_empty() {
                    currency_check.names = names;
                }
            }
        }
    }
    if p.list.is_empty() {
        Ok(Workflow { stages, currency_check })
    } else {
        Err(p.list)
    }
}

// ------------------------------------------------------------------ rounds

/// The span of the value at `keys` (a path of table keys), for diagnostics
/// about fields that serde already accepted.
fn value_span(text: &str, keys: &[&str]) -> Option<Range<usize>> {
    let doc = toml_edit::Document::parse(text.strip_prefix('\u{feff}').unwrap_or(text)).ok()?;
    let mut item = doc.as_item();
    for k in keys {
        item = item.get(k)?;
    }
    item.span()
}

fn diag_at(path: &str, text: &str, keys: &[&str], message: Wording) -> Diagnostic {
    let (line, col) = line_col(text, value_span(text, keys).map(|s| s.start).unwrap_or(0));
    Diagnostic::new(path, line, col, message)
}

/// One deviation of the register, with its end when one is recorded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DeviationRecord {
    /// `D-7f3a2c`.
    pub code: String,
    /// The deviation.
    #[serde(flatten)]
    pub deviation: Deviation,
    /// Its end.
    pub ended: Option<DeviationEnd>,
}

/// `reviews/deviations/D-<code>.toml` for a deviation.
pub fn deviation_path(code: &str) -> String {
    format!("{REVIEWS_DIR}/{DEVIATIONS}/{code}.toml")
}

/// `reviews/deviations/ends/D-<code>.toml` for its end.
pub fn deviation_end_path(code: &str) -> String {
    format!("{REVIEWS_DIR}/{DEVIATIONS}/ends/{code}.toml")
}

fn load_deviations(snapshot: &Snapshot<'_>, diagnostics: &mut Vec<Diagnostic>) -> Result<Vec<DeviationRecord>> {
    let dir = format!("{REVIEWS_DIR}/{DEVIATIONS}");
    let mut out = Vec::new();
    for code in toml_stems(snapshot, &dir, diagnostics)? {
        let path = deviation_path(&code);
        if let Some((deviation, text)) = read_record::<Deviation>(snapshot, &path, diagnostics)? {
            check_content(&path, &text, &deviation.content, diagnostics);
            out.push(DeviationRecord {
                code,
                deviation,
                ended: None,
            });
        }
    }
    let ends = format!("{dir}/ends");
    for code in toml_stems(snapshot, &ends, diagnostics)? {
        let path = deviation_end_path(&code);
        let Some((end, _)) = read_record::<DeviationEnd>(snapshot, &path, diagnostics)? else {
            continue;
        };
        match out.iter_mut().find(|d| d.code == code) {
            Some(d) => d.ended = Some(end),
            None => diagnostics.push(Diagnostic::file(
                path,
                Wording::new("store-deviation-end-orphan")
                    .arg("code", &code)
                    .arg("path", deviation_path(&code)),
            )),
        }
    }
    for dir in snapshot.list_dirs(&dir)? {
        if dir != "ends" {
            diagnostics.push(Diagnostic::file(
                format!("{REVIEWS_DIR}/{DEVIATIONS}/{dir}"),
                Wording::new("store-stray-deviation-folder"),
            ));
        }
    }
    out.sort_by(|a, b| (a.deviation.date, &a.code).cmp(&(b.deviation.date, &b.code)));
    Ok(out)
}

/// Read one record file strictly; problems become located diagnostics.
fn read_record<T: serde::de::DeserializeOwned>(
    snapshot: &Snapshot<'_>,
    path: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<(T, String)>> {
    let Some(bytes) = snapshot.read(path)? else {
        return Ok(None);
    };
    let parsed = super::records::record_text(path, &bytes).and_then(|text| {
        diagnostics.extend(forbidden_problems(path, text));
        super::records::parse_strict::<T>(path, text).map(|v| (v, text.to_string()))
    });
    match parsed {
        Ok(v) => Ok(Some(v)),
        Err(d) => {
            diagnostics.push(d);
            Ok(None)
        }
    }
}

fn toml_stems(snapshot: &Snapshot<'_>, dir: &str, diagnostics: &mut Vec<Diagnostic>) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let names = snapshot.list_files(dir)?;
    for name in &names {
        // A signature stands beside the record it signs (see `signing`).
        if let Some(signed) = name.strip_suffix(".sig")
            && signed.ends_with(".toml")
            && names.iter().any(|n| n == signed)
        {
            continue;
        }
        match name.strip_suffix(".toml") {
            Some(stem) => out.push(stem.to_string()),
            None => diagnostics.push(Diagnostic::file(
                format!("{dir}/{name}"),
                Wording::new("store-record-not-toml"),
            )),
        }
    }
    Ok(out)
}

/// A content binding is made of full object ids; anything else binds the
/// record to no text at all.
fn check_content(file: &str, text: &str, content: &crate::model::Content, diagnostics: &mut Vec<Diagnostic>) {
    let is_id = |id: &str| id.len() == 40 && id.bytes().all(|b| b.is_ascii_hexdigit());
    let keys = [
        (vec!["content", "commit"], content.commit.as_str()),
        (vec!["content", "guidelines_tree"], content.guidelines_tree.as_str()),
    ];
    let blobs = content
        .blobs
        .iter()
        .map(|(k, v)| (vec!["content", "blobs", k.as_str()], v.as_str()));
    for (path, id) in keys.into_iter().chain(blobs) {
        let key = path[path.len() - 1];
        if !is_id(id) {
            diagnostics.push(diag_at(
                file,
                text,
                &path,
                Wording::new("store-not-an-object-id").arg("key", key).arg("id", id),
            ));
        }
    }
}

/// Whether a record of revision `revision` (1 for the first) may stand:
/// a revision names the record it supersedes, and only a revision does.
fn check_supersedes(revision: u32, base: &str, supersedes: Option<&str>, has_earlier: bool) -> Result<(), Wording> {
    let expected = revision_stem(base, revision.saturating_sub(1));
    match (revision, supersedes) {
        (1, None) => Ok(()),
        (1, Some(s)) => Err(Wording::new("store-first-supersedes")
            .arg("supersedes", s)
            .arg("base", base)),
        (_, Some(s)) if s == expected && has_earlier => Ok(()),
        (_, _) => Err(Wording::new("store-revision-supersedes")
            .arg("revision", revision.to_string())
            .arg("base", base)
            .arg("expected", expected)),
    }
}

fn is_statement_stem(stem: &str) -> Option<&str> {
    let code = stem.strip_prefix("S-")?;
    (code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))).then_some(code)
}

fn load_round(
    snapshot: &Snapshot<'_>,
    workflow: &Workflow,
    languages: Option<&[String]>,
    id: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Option<RoundRecord>> {
    let dir = round_dir(id);
    let path = round_path(id);
    if let Err(message) = check_round_id(id) {
        diagnostics.push(Diagnostic::file(dir.clone(), message));
        return Ok(None);
    }
    let Some((round, round_text)) = read_record::<Round>(snapshot, &path, diagnostics)? else {
        if snapshot.read(&path)?.is_none() {
            diagnostics.push(Diagnostic::file(dir, Wording::new("store-round-no-round-toml")));
        }
        return Ok(None);
    };
    if round.guidelines.is_empty() {
        diagnostics.push(diag_at(
            &path,
            &round_text,
            &["guidelines"],
            Wording::new("store-round-no-guidelines"),
        ));
    }

    // Events.
    let events_dir = format!("{dir}/events");
    let mut events: Vec<EventRecord> = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for stem in toml_stems(snapshot, &events_dir, diagnostics)? {
        let file = format!("{events_dir}/{stem}.toml");
        let parsed = stem
            .split_once('-')
            .and_then(|(n, s)| (n.len() >= 2 && n.bytes().all(|b| b.is_ascii_digit())).then_some((n, s)))
            .and_then(|(n, s)| n.parse::<u32>().ok().map(|n| (n, s.to_string())));
        let Some((seq, stage_in_name)) = parsed else {
            diagnostics.push(Diagnostic::file(file, Wording::new("store-event-file-name")));
            continue;
        };
        let Some((event, text)) = read_record::<Event>(snapshot, &file, diagnostics)? else {
            continue;
        };
        if event.stage != stage_in_name {
            diagnostics.push(diag_at(
                &file,
                &text,
                &["stage"],
                Wording::new("store-event-stage-mismatch")
                    .arg("named", &stage_in_name)
                    .arg("stage", &event.stage),
            ));
        }
        if let Some(other) = events.iter().find(|e| e.seq == seq) {
            diagnostics.push(Diagnostic::file(
                file.clone(),
                Wording::new("store-event-number-twice")
                    .arg("seq", format!("{seq:02}"))
                    .arg("first", &other.stem)
                    .arg("second", &stem),
            ));
        }
        check_content(&file, &text, &event.content, diagnostics);
        texts.push((stem.clone(), text));
        events.push(EventRecord { seq, stem, event });
    }
    events.sort_by(|a, b| (a.seq, &a.stem).cmp(&(b.seq, &b.stem)));

    // Statements.
    let statements_dir = format!("{dir}/statements");
    let mut statements: Vec<StatementRecord> = Vec::new();
    for stem in toml_stems(snapshot, &statements_dir, diagnostics)? {
        let file = format!("{statements_dir}/{stem}.toml");
        let Some(code) = is_statement_stem(&stem).map(str::to_string) else {
            diagnostics.push(Diagnostic::file(file, Wording::new("store-statement-file-name")));
            continue;
        };
        let Some((statement, text)) = read_record::<Statement>(snapshot, &file, diagnostics)? else {
            continue;
        };
        let expected = statement.code(id);
        if expected != code {
            diagnostics.push(Diagnostic::file(
                file.clone(),
                Wording::new("store-statement-code-mismatch")
                    .arg("round", id)
                    .arg("code", &code)
                    .arg("expected", &expected)
                    .arg("file", &file),
            ));
        }
        if let Some(g) = &statement.guideline
            && !round.guidelines.contains(g)
        {
            diagnostics.push(diag_at(
                &file,
                &text,
                &["guideline"],
                Wording::new("store-statement-out-of-scope")
                    .arg("guideline", g)
                    .arg("round", id)
                    .arg("guidelines", round.guidelines.join(", ")),
            ));
        }
        if let Some(field) = &statement.field {
            match field.parse::<FieldPath>() {
                Err(_) => {
                    // The same two refusals as `FieldPath`'s, in the catalogue's words.
                    let words = if field.starts_with('.') && format!("x{field}").parse::<FieldPath>().is_ok() {
                        Wording::new("store-field-lacks-language")
                    } else {
                        Wording::new("store-field-not-a-path")
                    };
                    diagnostics.push(diag_at(&file, &text, &["field"], words.arg("field", field)))
                }
                Ok(fp) => {
                    if let Some(langs) = languages
                        && !langs.contains(&fp.lang)
                    {
                        diagnostics.push(diag_at(
                            &file,
                            &text,
                            &["field"],
                            Wording::new("store-field-language-unknown")
                                .arg("lang", &fp.lang)
                                .arg("languages", langs.join(", ")),
                        ));
                    }
                    if statement.guideline.is_none() {
                        diagnostics.push(diag_at(
                            &file,
                            &text,
                            &["field"],
                            Wording::new("store-field-without-guideline"),
                        ));
                    }
                }
            }
        }
        check_content(&file, &text, &statement.content, diagnostics);
        statements.push(StatementRecord { code, statement });
    }
    statements.sort_by(|a, b| {
        (a.statement.received, a.statement.recorded_at, &a.code).cmp(&(
            b.statement.received,
            b.statement.recorded_at,
            &b.code,
        ))
    });

    // Answers: the latest revision of each counts.
    let answers_dir = format!("{dir}/answers");
    let mut answers: IndexMap<String, Answer> = IndexMap::new();
    let mut superseded = Vec::new();
    let mut answer_files: Vec<(u32, String, String)> = Vec::new();
    for stem in toml_stems(snapshot, &answers_dir, diagnostics)? {
        let (base, revision) = split_revision(&stem);
        answer_files.push((revision, base.to_string(), stem));
    }
    answer_files.sort();
    for (revision, base, stem) in answer_files {
        let file = format!("{answers_dir}/{stem}.toml");
        let Some((answer, text)) = read_record::<Answer>(snapshot, &file, diagnostics)? else {
            continue;
        };
        let Some(code) = is_statement_stem(&base).filter(|c| statements.iter().any(|s| &s.code == c)) else {
            diagnostics.push(Diagnostic::file(
                file,
                Wording::new("store-answer-orphan")
                    .arg("round", id)
                    .arg("statement", &base),
            ));
            continue;
        };
        if let Err(message) = check_supersedes(
            revision,
            &base,
            answer.supersedes.as_deref(),
            answers.contains_key(code),
        ) {
            diagnostics.push(diag_at(&file, &text, &["supersedes"], message));
            continue;
        }
        if answers.insert(code.to_string(), answer).is_some() {
            superseded.push(format!("answers/{}", revision_stem(&base, revision - 1)));
        }
    }

    // Withdrawals of statements.
    let withdrawals_dir = format!("{dir}/withdrawals");
    let mut withdrawn = IndexMap::new();
    for stem in toml_stems(snapshot, &withdrawals_dir, diagnostics)? {
        let file = format!("{withdrawals_dir}/{stem}.toml");
        let Some((withdrawal, _)) = read_record::<Withdrawal>(snapshot, &file, diagnostics)? else {
            continue;
        };
        match is_statement_stem(&stem).filter(|c| statements.iter().any(|s| &s.code == c)) {
            Some(code) => {
                withdrawn.insert(code.to_string(), withdrawal);
            }
            None => diagnostics.push(Diagnostic::file(
                file,
                Wording::new("store-withdrawal-orphan")
                    .arg("round", id)
                    .arg("statement", &stem),
            )),
        }
    }

    // Verdicts: the latest revision of each counts.
    let verdicts_dir = format!("{dir}/verdicts");
    let mut verdicts: IndexMap<String, Verdict> = IndexMap::new();
    let mut verdict_texts: Vec<(String, String, Verdict)> = Vec::new();
    let mut verdict_files: Vec<(u32, String, String)> = Vec::new();
    for stem in toml_stems(snapshot, &verdicts_dir, diagnostics)? {
        let (base, revision) = split_revision(&stem);
        verdict_files.push((revision, base.to_string(), stem));
    }
    verdict_files.sort();
    for (revision, base, stem) in verdict_files {
        let file = format!("{verdicts_dir}/{stem}.toml");
        let Some((verdict, text)) = read_record::<Verdict>(snapshot, &file, diagnostics)? else {
            continue;
        };
        if round.kind != RoundKind::CurrencyCheck {
            diagnostics.push(Diagnostic::file(
                file,
                Wording::new("store-verdict-wrong-round")
                    .arg("round", id)
                    .arg("kind", round.kind.as_str()),
            ));
            continue;
        }
        if !round.guidelines.contains(&base) {
            diagnostics.push(Diagnostic::file(
                file,
                Wording::new("store-verdict-out-of-scope")
                    .arg("guideline", &base)
                    .arg("guidelines", round.guidelines.join(", ")),
            ));
            continue;
        }
        if let Err(message) = check_supersedes(
            revision,
            &base,
            verdict.supersedes.as_deref(),
            verdicts.contains_key(&base),
        ) {
            diagnostics.push(diag_at(&file, &text, &["supersedes"], message));
            continue;
        }
        check_content(&file, &text, &verdict.content, diagnostics);
        verdict_texts.push((stem.clone(), text, verdict.clone()));
        if verdicts.insert(base.clone(), verdict).is_some() {
            superseded.push(format!("verdicts/{}", revision_stem(&base, revision - 1)));
        }
    }
    // Keep the round's order of guidelines.
    verdicts.sort_by_cached_key(|g, _| round.guidelines.iter().position(|x| x == g));

    // The rules of the model: stage order and dates.
    let day = |t: &chrono::DateTime<chrono::FixedOffset>| t.date_naive();
    let facts = RoundFacts {
        id,
        round: &round,
        events: events
            .iter()
            .map(|e| Dated {
                stem: &e.stem,
                record: &e.event,
                recorded_on: day(&e.event.recorded_at),
            })
            .collect(),
        verdicts: verdict_texts
            .iter()
            .filter(|(stem, _, v)| verdicts.get(split_revision(stem).0) == Some(v))
            .map(|(stem, _, v)| Dated {
                stem,
                record: v,
                recorded_on: day(&v.recorded_at),
            })
            .collect(),
        statements: statements
            .iter()
            .filter(|s| !withdrawn.contains_key(&s.code))
            .map(|s| Dated {
                stem: s.code.as_str(),
                record: &s.statement,
                recorded_on: day(&s.statement.recorded_at),
            })
            .collect(),
    };
    for v in rules::check(&facts, workflow) {
        let (file, text) = match v.folder {
            Folder::Events => (
                format!("{events_dir}/{}.toml", v.stem),
                texts.iter().find(|(s, _)| *s == v.stem).map(|(_, t)| t.as_str()),
            ),
            Folder::Verdicts => (
                format!("{verdicts_dir}/{}.toml", v.stem),
                verdict_texts
                    .iter()
                    .find(|(s, _, _)| *s == v.stem)
                    .map(|(_, t, _)| t.as_str()),
            ),
            Folder::Statements => (format!("{statements_dir}/S-{}.toml", v.stem), None),
        };
        diagnostics.push(diag_at(&file, text.unwrap_or(""), &[v.key], v.words));
    }
    // What the reports read: each event as corrected.
    let effective = rules::effective_events(events.iter().map(|e| (e.stem.as_str(), &e.event)));
    for (e, (_, corrected)) in events.iter_mut().zip(effective) {
        e.event = corrected;
    }

    Ok(Some(RoundRecord {
        id: id.to_string(),
        round,
        events,
        statements,
        answers,
        verdicts,
        withdrawn,
        superseded,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_workflow_is_the_ministrys_process() {
        let w = default_workflow();
        let kinds: Vec<StageKind> = w.stages.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                StageKind::Preparation,
                StageKind::Treatment,
                StageKind::CommentRound,
                StageKind::Notice,
                StageKind::Approval
            ]
        );
        assert_eq!(
            w.stage_ids(),
            ["preparation", "ka-treatment", "comment-round", "notice", "approval"]
        );
        assert!(w.stage("comment-round").unwrap().requires_answers);
        assert_eq!(w.currency_check.id, "currency-check");
        for s in &w.stages {
            for lang in ["sv", "fi", "en"] {
                assert!(s.names.contains_key(lang), "{} lacks a name in {lang}", s.id);
            }
        }
    }

    #[test]
    fn an_unknown_kind_is_located_and_named() {
        let text = "[[stages]]\nid = \"prep\"\nkind = \"preparation\"\nsv = \"Beredning\"\n\n[[stages]]\nid = \"ok\"\nkind = \"aproval\"\nsv = \"Godkännande\"\n";
        let problems = parse_workflow(WORKFLOW_PATH, text.as_bytes(), None).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "reviews/workflow.toml:8:8: unknown stage kind `aproval` (did you mean `approval`?); the kinds are: preparation, treatment, comment-round, notice, approval"
        );
    }

    #[test]
    fn workflow_problems_are_all_reported() {
        let text = "[[stages]]\nid = \"Prep\"\nkind = \"preparation\"\nsv = \"B\"\nde = \"X\"\n\n[[stages]]\nkind = \"notice\"\nsv = \"N\"\n\n[[stages]]\nid = \"n\"\nkind = \"notice\"\nrequires_answers = \"yes\"\nsv = \"N\"\n";
        let problems = parse_workflow(WORKFLOW_PATH, text.as_bytes(), Some(&["sv".to_string()])).unwrap_err();
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(text.iter().any(|p| p.contains(":2:6: the stage id `Prep`")), "{text:?}");
        assert!(text.iter().any(|p| p.contains(":5:1: unknown key `de`")), "{text:?}");
        assert!(text.iter().any(|p| p.contains("lacks `id`")), "{text:?}");
        assert!(
            text.iter().any(|p| p.contains(":14:20: `requires_answers` must be")),
            "{text:?}"
        );
        assert!(parse_workflow(WORKFLOW_PATH, b"# nothing yet\n", None).is_err());
    }

    proptest::proptest! {
        /// A statement written and read back is the same statement, so its id
        /// (a hash of its content) still matches: `check` never flags a
        /// statement the tool itself wrote.
        #[test]
        fn statements_survive_the_canonical_writer(
            from in "\\PC{1,40}",
            text in "(\\PC|\n|\r|\t|\"|\\\\){1,200}",
            note in proptest::option::of("[a-z. ]{0,20}"),
        ) {
            let statement = Statement {
                from,
                received: crate::model::PartialDate::parse("2026-02").unwrap(),
                guideline: Some("samarbete".into()),
                field: note.map(|_| "sv.actors.klient".to_string()),
                text,
                late: true,
                recorded_by: "A <a@example.org>".into(),
                recorded_at: chrono::DateTime::parse_from_rfc3339("2026-03-02T10:00:00+02:00").unwrap(),
                salt: Some(2),
                content: crate::model::Content {
                    commit: "c".repeat(40),
                    guidelines_tree: "t".repeat(40),
                    blobs: IndexMap::from([("samarbete".to_string(), "b".repeat(40))]),
                },
            };
            let written = record_toml(&statement);
            let back: Statement = toml::from_str(&written).unwrap();
            proptest::prop_assert_eq!(back.code("r"), statement.code("r"));
            proptest::prop_assert_eq!(&back, &statement);
            proptest::prop_assert_eq!(crate::store::format_document(&written, &[]).unwrap(), written);
        }
    }

    #[test]
    fn round_ids_are_folder_and_trailer_safe() {
        assert!(check_round_id("2026-1").is_ok());
        assert!(check_round_id("arsgranskning.2026").is_ok());
        for bad in ["", "../x", "a/b", "-x", "a b", "x.toml", "å"] {
            assert!(check_round_id(bad).is_err(), "{bad}");
        }
    }
}
