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
pub fn check_round_id(id: &str) -> Result<(), String> {
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
        Err(format!(
            "`{id}` cannot be a round id; use letters, digits, `-`, `_` and `.` (starting with a letter or digit), e.g. `2026-1`"
        ))
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
            diagnostics.push(Diagnostic {
                path: format!("{REVIEWS_DIR}/{name}"),
                line: 1,
                col: 1,
                message:
                    "reviews/ holds workflow.toml, allowed_signers and one folder per round; move this file elsewhere"
                        .into(),
            });
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
    fn at(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        let (line, col) = line_col(self.text, span.map(|s| s.start).unwrap_or(0));
        self.list.push(Diagnostic {
            path: self.path.to_string(),
            line,
            col,
            message: crate::model::text::shown(&message.into()).into_owned(),
        });
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
    context: &str,
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
                (Some(c), _) => format!("unknown key `{key}` in {context} (did you mean `{c}`?)"),
                (None, Some(langs)) => format!(
                    "unknown key `{key}` in {context}: neither a setting ({}) nor a declared language ({})",
                    fixed.join(", "),
                    langs.join(", ")
                ),
                (None, None) => format!(
                    "unknown key `{key}` in {context}: neither a setting ({}) nor a language code",
                    fixed.join(", ")
                ),
            };
            p.at(span, message);
            continue;
        }
        match item.as_str() {
            Some(s) => {
                names.insert(key.to_string(), s.to_string());
            }
            None => p.at(
                item.span().or(span),
                format!("the name `{key}` in {context} must be a text in quotes"),
            ),
        }
    }
    names
}

fn optional_string(p: &mut Problems<'_>, table: &Table, key: &str, context: &str) -> Option<String> {
    let item = table.get(key)?;
    match item.as_str() {
        Some(s) => Some(s.to_string()),
        None => {
            p.at(item.span(), format!("`{key}` in {context} must be a text in quotes"));
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
                Some(c) => format!("did you mean `{c}`?"),
                None => "the workflow has `[[stages]]` and `[currency_check]`".into(),
            };
            p.at(
                root.key(key).and_then(|k| k.span()),
                format!("unknown setting `{key}` ({hint})"),
            );
        }
    }
    let kinds: Vec<&str> = StageKind::ALL.iter().map(|k| k.as_str()).collect();
    let mut stages: Vec<Stage> = Vec::new();
    match root.get("stages") {
        None => p.at(
            Some(0..0),
            "the workflow defines no stages; add `[[stages]]` tables (each with `id`, `kind` and a name per language), in order",
        ),
        Some(item) => match item.as_array_of_tables() {
            None => p.at(
                item.span(),
                "`stages` must be written as `[[stages]]` tables, one per stage, in order",
            ),
            Some(array) => {
                for table in array.iter() {
                    let context = "this stage";
                    let id = match table.get("id") {
                        None => {
                            p.at(table.span(), "this `[[stages]]` entry lacks `id`; add e.g. `id = \"ka-treatment\"`");
                            None
                        }
                        Some(item) => match item.as_str() {
                            Some(s) if is_slug(s) => Some(s.to_string()),
                            Some(s) => {
                                p.at(
                                    item.span(),
                                    format!("the stage id `{s}` must be lowercase letters, digits and hyphens, e.g. `ka-treatment`"),
                                );
                                None
                            }
                            None => {
                                p.at(item.span(), "`id` must be a text in quotes");
                                None
                            }
                        },
                    };
                    let kind = match table.get("kind") {
                        None => {
                            p.at(
                                table.span(),
                                format!("this stage lacks `kind`; write one of: {}", kinds.join(", ")),
                            );
                            None
                        }
                        Some(item) => match item.as_str() {
                            Some(s) => match StageKind::parse(s) {
                                Some(k) => Some(k),
                                None => {
                                    let close = crate::error::close_matches(s, kinds.iter().copied());
                                    let hint = match close.first() {
                                        Some(c) => format!(" (did you mean `{c}`?)"),
                                        None => String::new(),
                                    };
                                    p.at(
                                        item.span(),
                                        format!(
                                            "unknown stage kind `{s}`{hint}; the kinds are: {}",
                                            kinds.join(", ")
                                        ),
                                    );
                                    None
                                }
                            },
                            None => {
                                p.at(item.span(), "`kind` must be a text in quotes");
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
                                p.at(item.span(), "`requires_answers` must be `true` or `false`");
                                false
                            }
                        },
                    };
                    let require_signatures = match table.get("require_signatures") {
                        None => false,
                        Some(item) => match item.as_bool() {
                            Some(b) => b,
                            None => {
                                p.at(item.span(), "`require_signatures` must be `true` or `false`");
                                false
                            }
                        },
                    };
                    let principal = optional_string(&mut p, table, "principal", context);
                    let names = names_and_keys(
                        &mut p,
                        table,
                        &["id", "kind", "body", "requires_answers", "require_signatures", "principal"],
                        languages,
                        context,
                    );
                    if names.is_empty() {
                        p.at(table.span(), "this stage has no name; add one per language, e.g. `sv = \"Utlåtanderunda\"`");
                    }
                    if let (Some(id), Some(kind)) = (id, kind) {
                        if stages.iter().any(|s| s.id == id) {
                            p.at(
                                table.get("id").and_then(Item::span),
                                format!("the stage id `{id}` is used twice; give each stage its own id"),
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
            None => p.at(item.span(), "`currency_check` must be a table: `[currency_check]`"),
            Some(table) => {
                let context = "[currency_check]";
                if let Some(id) = optional_string(&mut p, table, "id", context) {
                    if !is_slug(&id) {
                        p.at(
                            table.get("id").and_then(Item::span),
                            format!("the id `{id}` must be lowercase letters, digits and hyphens"),
                        );
                    } else if stages.iter().any(|s| s.id == id) {
                        p.at(
                            table.get("id").and_then(Item::span),
                            format!("`{id}` is already the id of a stage; give the currency check its own id"),
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

fn diag_at(path: &str, text: &str, keys: &[&str], message: impl Into<String>) -> Diagnostic {
    let (line, col) = line_col(text, value_span(text, keys).map(|s| s.start).unwrap_or(0));
    Diagnostic {
        path: path.to_string(),
        line,
        col,
        message: crate::model::text::shown(&message.into()).into_owned(),
    }
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
            None => diagnostics.push(Diagnostic {
                path,
                line: 1,
                col: 1,
                message: format!(
                    "this ends deviation {code}, which is not recorded (no {})",
                    deviation_path(&code)
                ),
            }),
        }
    }
    for dir in snapshot.list_dirs(&dir)? {
        if dir != "ends" {
            diagnostics.push(Diagnostic {
                path: format!("{REVIEWS_DIR}/{DEVIATIONS}/{dir}"),
                line: 1,
                col: 1,
                message: "reviews/deviations/ holds one file per deviation and ends/; move this folder elsewhere"
                    .into(),
            });
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
            None => diagnostics.push(Diagnostic {
                path: format!("{dir}/{name}"),
                line: 1,
                col: 1,
                message: "review records are `.toml` files; move this file out of reviews/".into(),
            }),
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
                format!("`{key}` is `{id}`, not an object id (40 hexadecimal digits): the record is bound to no text; a record is not repaired in place, so record the fact again with riktlinjer"),
            ));
        }
    }
}

/// Whether a record of revision `revision` (1 for the first) may stand:
/// a revision names the record it supersedes, and only a revision does.
fn check_supersedes(revision: u32, base: &str, supersedes: Option<&str>, has_earlier: bool) -> Result<(), String> {
    let expected = revision_stem(base, revision.saturating_sub(1));
    match (revision, supersedes) {
        (1, None) => Ok(()),
        (1, Some(s)) => Err(format!(
            "a first record supersedes nothing, but this one names `{s}`; a revision is a file named `{base}.r2.toml`"
        )),
        (_, Some(s)) if s == expected && has_earlier => Ok(()),
        (_, _) => Err(format!(
            "revision {revision} of `{base}` must supersede `{expected}` (write `supersedes = \"{expected}\"`), and that record must exist"
        )),
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
        diagnostics.push(Diagnostic {
            path: dir.clone(),
            line: 1,
            col: 1,
            message,
        });
        return Ok(None);
    }
    let Some((round, round_text)) = read_record::<Round>(snapshot, &path, diagnostics)? else {
        if snapshot.read(&path)?.is_none() {
            diagnostics.push(Diagnostic {
                path: dir,
                line: 1,
                col: 1,
                message:
                    "this folder has no round.toml, so it is not a review round; `riktlinjer round open` creates rounds"
                        .into(),
            });
        }
        return Ok(None);
    };
    if round.guidelines.is_empty() {
        diagnostics.push(diag_at(
            &path,
            &round_text,
            &["guidelines"],
            "the round names no guidelines",
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
            diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: "an event file is named `NN-<stage>.toml` (e.g. `03-comment-round.toml`)".into(),
            });
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
                format!(
                    "the file is named for stage `{stage_in_name}` but records stage `{}`",
                    event.stage
                ),
            ));
        }
        if let Some(other) = events.iter().find(|e| e.seq == seq) {
            diagnostics.push(Diagnostic {
                path: file.clone(),
                line: 1,
                col: 1,
                message: format!(
                    "two events are numbered {seq:02} ({} and {stem}); two branches each recorded a step. Keep the one that happened first and record the other again",
                    other.stem
                ),
            });
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
            diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: "a statement file is named `S-<code>.toml` with 6 lowercase hex digits (e.g. `S-7f3a2c.toml`); statement files are written by `riktlinjer comment add`".into(),
            });
            continue;
        };
        let Some((statement, text)) = read_record::<Statement>(snapshot, &file, diagnostics)? else {
            continue;
        };
        let expected = statement.code(id);
        if expected != code {
            diagnostics.push(Diagnostic {
                path: file.clone(),
                line: 1,
                col: 1,
                message: format!(
                    "the id {id}/S-{code} does not match the statement's content (which gives S-{expected}): a recorded statement must not be edited or renamed, since commits cite it by id. Restore it with `git checkout -- {file}`"
                ),
            });
        }
        if let Some(g) = &statement.guideline
            && !round.guidelines.contains(g)
        {
            diagnostics.push(diag_at(
                &file,
                &text,
                &["guideline"],
                format!(
                    "guideline `{g}` is not in the scope of round {id} ({})",
                    round.guidelines.join(", ")
                ),
            ));
        }
        if let Some(field) = &statement.field {
            match field.parse::<FieldPath>() {
                Err(e) => diagnostics.push(diag_at(&file, &text, &["field"], e)),
                Ok(fp) => {
                    if let Some(langs) = languages
                        && !langs.contains(&fp.lang)
                    {
                        diagnostics.push(diag_at(
                            &file,
                            &text,
                            &["field"],
                            format!(
                                "`{}` is not a language of the collection ({})",
                                fp.lang,
                                langs.join(", ")
                            ),
                        ));
                    }
                    if statement.guideline.is_none() {
                        diagnostics.push(diag_at(
                            &file,
                            &text,
                            &["field"],
                            "a statement about a field must name its guideline",
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
            diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: format!(
                    "this answers `{id}/{base}`, but round {id} has no such statement (statements/{base}.toml is missing)"
                ),
            });
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
            None => diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: format!(
                    "this withdraws `{id}/{stem}`, but round {id} has no such statement (statements/{stem}.toml is missing)"
                ),
            }),
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
            diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: format!(
                    "round {id} is a {} round; verdicts belong to currency-check rounds",
                    round.kind
                ),
            });
            continue;
        }
        if !round.guidelines.contains(&base) {
            diagnostics.push(Diagnostic {
                path: file,
                line: 1,
                col: 1,
                message: format!(
                    "a verdict file is named for a guideline in the round's scope; `{base}` is not one of: {}",
                    round.guidelines.join(", ")
                ),
            });
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
        diagnostics.push(diag_at(&file, text.unwrap_or(""), &[v.key], v.message));
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
