//! File formats: TOML files of the repository → model values with
//! diagnostics (`path:line:col: message`), the canonical writer, and the
//! atomic file writer.

mod atomic;
mod canonical;
mod parse;
mod quick;
pub mod records;
pub mod reviews;

pub use atomic::{
    Holder, Lock, LockEvent, check_output_path, process_alive, temp_file_owner, write_atomic, write_new_atomic,
    write_output, write_replaceable,
};
pub use canonical::{StringStyle, canonical_string_repr, format_document, guideline_document};
pub use parse::{
    Located, forbidden_in_toml, forbidden_problems, invalid_toml, line_col, parse_collection, parse_guideline, toml_syntax,
};
pub use quick::{quick as quick_guideline, read_guideline};
pub use reviews::{Reviews, load_reviews};

use crate::i18n::{Catalogue, Wording};
use crate::model::{Collection, Guideline};
use crate::snapshot::Snapshot;
use crate::{Error, Result};

/// Where the collection file lives, relative to the repository root.
pub const INDEX_PATH: &str = "guidelines/index.toml";
/// The folder of guideline files.
pub const GUIDELINES_DIR: &str = "guidelines";
/// The file name of the collection inside [`GUIDELINES_DIR`].
pub const INDEX_FILE: &str = "index.toml";

/// One problem in one file, printed the way compilers do. The message is
/// data ([`Wording`]): `check` words it in the operator's language, JSON and
/// [`Display`](std::fmt::Display) (a library error's words) in English.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Path relative to the repository root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong and, where it helps, what to write instead.
    #[serde(serialize_with = "english_message")]
    pub message: Wording,
}

fn english_message<S: serde::Serializer>(message: &Wording, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&shown_in(message, Catalogue::english()))
}

/// The words of `message` in `cat`'s language, with every control character
/// a quoted file text may hold made visible.
fn shown_in(message: &Wording, cat: &Catalogue) -> String {
    crate::model::text::shown(&message.in_catalogue(cat)).into_owned()
}

impl Diagnostic {
    /// A problem at `line`:`col` of `path`.
    pub fn new(path: impl Into<String>, line: usize, col: usize, message: Wording) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            col,
            message,
        }
    }

    /// A problem with the file as a whole (placed at 1:1).
    pub fn file(path: impl Into<String>, message: Wording) -> Self {
        Diagnostic::new(path, 1, 1, message)
    }

    /// The message in `cat`'s language.
    pub fn message_in(&self, cat: &Catalogue) -> String {
        shown_in(&self.message, cat)
    }

    /// The message in English (what JSON carries).
    pub fn english(&self) -> String {
        self.message_in(Catalogue::english())
    }

    /// `path:line:col: message` in `cat`'s language (what `check` prints).
    pub fn line_in(&self, cat: &Catalogue) -> String {
        format!("{}:{}:{}: {}", self.path, self.line, self.col, self.message_in(cat))
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line_in(Catalogue::english()))
    }
}

/// The guidelines of one snapshot, with every problem found while reading.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The collection, if `index.toml` could be read.
    pub collection: Collection,
    /// The guidelines that could be read, sorted by theme order then number.
    pub guidelines: Vec<Guideline>,
    /// Every problem, in path order.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of guideline files seen (including unreadable ones).
    pub files_seen: usize,
}

impl Loaded {
    /// Fail with every problem unless the snapshot is clean.
    pub fn require_valid(self) -> Result<Self> {
        if self.diagnostics.is_empty() {
            Ok(self)
        } else {
            Err(Error::Invalid {
                problems: self.diagnostics,
            })
        }
    }

    /// Find a guideline by id or number; suggest close ids when there is none.
    pub fn find(&self, wanted: &str) -> Result<&Guideline> {
        let by_number = wanted.parse::<u32>().ok();
        let unreadable = format!("{GUIDELINES_DIR}/{wanted}.toml");
        let problems: Vec<Diagnostic> = self
            .diagnostics
            .iter()
            .filter(|d| d.path == unreadable)
            .cloned()
            .collect();
        self.guidelines
            .iter()
            .find(|g| g.id == wanted || Some(g.number) == by_number)
            .ok_or_else(|| {
                if problems.is_empty() {
                    Error::UnknownGuideline {
                        wanted: wanted.to_string(),
                        suggestions: crate::error::close_matches(wanted, self.guidelines.iter().map(|g| g.id.as_str())),
                    }
                } else {
                    // The file is there but cannot be read: say why, not "no guideline".
                    Error::Invalid { problems }
                }
            })
    }
}

/// Read and validate the collection and every guideline of a snapshot.
pub fn load(snapshot: &Snapshot<'_>) -> Result<Loaded> {
    let index_bytes = snapshot.read(INDEX_PATH)?.ok_or_else(|| Error::NoCollection {
        path: snapshot.describe_root(),
    })?;
    let mut diagnostics = Vec::new();
    let collection = match parse_collection(INDEX_PATH, &index_bytes) {
        Ok(c) => c,
        Err(problems) => return Err(Error::Invalid { problems }),
    };
    let mut guidelines = Vec::new();
    let mut files_seen = 0;
    let mut spans: Vec<(String, Located)> = Vec::new();
    for (name, bytes) in snapshot.read_files(GUIDELINES_DIR)? {
        if name == INDEX_FILE {
            continue;
        }
        let path = format!("{GUIDELINES_DIR}/{name}");
        let Some(id) = name.strip_suffix(".toml") else {
            diagnostics.push(Diagnostic::file(path, Wording::new("store-not-a-guideline-file")));
            continue;
        };
        files_seen += 1;
        match parse_guideline(&path, id, &bytes, &collection) {
            (Some(g), located, problems) => {
                diagnostics.extend(problems);
                spans.push((path, located));
                guidelines.push(g);
            }
            (None, _, problems) => diagnostics.extend(problems),
        }
    }
    for (name, what) in snapshot.passed_over(GUIDELINES_DIR)? {
        let message = match what {
            crate::snapshot::PassedOver::Link => Wording::new("store-guideline-is-link"),
            crate::snapshot::PassedOver::Folder => Wording::new("store-guideline-is-folder"),
        };
        diagnostics.push(Diagnostic::file(format!("{GUIDELINES_DIR}/{name}"), message));
    }
    diagnostics.extend(cross_file_rules(&collection, &guidelines, &spans, files_seen));
    guidelines.sort_by_key(|g| (collection.theme_position(&g.theme), g.number, g.id.clone()));
    diagnostics.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    Ok(Loaded {
        collection,
        guidelines,
        diagnostics,
        files_seen,
    })
}

/// Rules that need every guideline at once: unique numbers, numbering 1..N.
fn cross_file_rules(
    _collection: &Collection,
    guidelines: &[Guideline],
    spans: &[(String, Located)],
    files_seen: usize,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut by_number: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
    for (i, g) in guidelines.iter().enumerate() {
        by_number.entry(g.number).or_default().push(i);
    }
    let free: Vec<String> = (1..=files_seen as u32)
        .filter(|k| !by_number.contains_key(k))
        .map(|k| k.to_string())
        .collect();
    let free_note = match free.len() {
        0 => Wording::plain(""),
        n => Wording::new("store-numbers-free")
            .count("count", n)
            .arg("numbers", free.join(", ")),
    };
    for (number, holders) in &by_number {
        if holders.len() > 1 {
            let names: Vec<&str> = holders.iter().map(|&i| guidelines[i].id.as_str()).collect();
            for &i in holders {
                let (path, loc) = &spans[i];
                out.push(Diagnostic::new(
                    path.clone(),
                    loc.number.0,
                    loc.number.1,
                    Wording::new("store-number-twice")
                        .arg("number", number.to_string())
                        .arg("guidelines", names.join(", "))
                        .words("free", free_note.clone()),
                ));
            }
        }
    }
    // Numbers must run 1..N; only meaningful when every file could be read.
    if guidelines.len() == files_seen && !guidelines.is_empty() {
        let n = files_seen as u32;
        let missing: Vec<String> = (1..=n)
            .filter(|k| !by_number.contains_key(k))
            .map(|k| k.to_string())
            .collect();
        for (i, g) in guidelines.iter().enumerate() {
            if g.number == 0 || g.number > n {
                let (path, loc) = &spans[i];
                let missing = if missing.is_empty() {
                    Wording::plain("")
                } else {
                    Wording::new("store-numbers-missing").arg("numbers", missing.join(", "))
                };
                out.push(Diagnostic::new(
                    path.clone(),
                    loc.number.0,
                    loc.number.1,
                    Wording::new("store-number-outside")
                        .arg("number", g.number.to_string())
                        .count("count", n as usize)
                        .words("missing", missing),
                ));
            }
        }
    }
    out
}
