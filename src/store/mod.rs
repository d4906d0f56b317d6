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
    Located, forbidden_in_toml, forbidden_problems, invalid_toml, line_col, parse_collection, parse_guideline,
};
pub use quick::{quick as quick_guideline, read_guideline};
pub use reviews::{Reviews, load_reviews};

use crate::model::{Collection, Guideline};
use crate::snapshot::Snapshot;
use crate::{Error, Result};

/// Where the collection file lives, relative to the repository root.
pub const INDEX_PATH: &str = "guidelines/index.toml";
/// The folder of guideline files.
pub const GUIDELINES_DIR: &str = "guidelines";
/// The file name of the collection inside [`GUIDELINES_DIR`].
pub const INDEX_FILE: &str = "index.toml";

/// One problem in one file, printed the way compilers do.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Path relative to the repository root.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What is wrong and, where it helps, what to write instead.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.path, self.line, self.col, self.message)
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
            diagnostics.push(Diagnostic {
                path,
                line: 1,
                col: 1,
                message: "this file is not a guideline (guideline files end in `.toml`); move it out of guidelines/"
                    .into(),
            });
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
            crate::snapshot::PassedOver::Link => {
                "this is a symbolic link, and riktlinjer reads only regular files (git would store the link, not the text): replace it by the file it points to (`cp --remove-destination \"$(readlink -f FILE)\" FILE`) or remove it"
            }
            crate::snapshot::PassedOver::Folder => {
                "this is a folder named like a guideline file; guidelines are files directly in guidelines/: rename or move the folder out of guidelines/"
            }
        };
        diagnostics.push(Diagnostic {
            path: format!("{GUIDELINES_DIR}/{name}"),
            line: 1,
            col: 1,
            message: message.into(),
        });
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
        0 => String::new(),
        1 => format!(" (number {} is free)", free[0]),
        _ => format!(" (numbers {} are free)", free.join(", ")),
    };
    for (number, holders) in &by_number {
        if holders.len() > 1 {
            let names: Vec<&str> = holders.iter().map(|&i| guidelines[i].id.as_str()).collect();
            for &i in holders {
                let (path, loc) = &spans[i];
                out.push(Diagnostic {
                    path: path.clone(),
                    line: loc.number.0,
                    col: loc.number.1,
                    message: format!(
                        "number {number} is used by more than one guideline ({}); give each guideline its own number{free_note}",
                        names.join(", ")
                    ),
                });
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
                out.push(Diagnostic {
                    path: path.clone(),
                    line: loc.number.0,
                    col: loc.number.1,
                    message: format!(
                        "number {} is outside 1..{n} (there are {n} guidelines); the numbers must run 1..{n} without gaps{}",
                        g.number,
                        if missing.is_empty() {
                            String::new()
                        } else {
                            format!(" (missing: {})", missing.join(", "))
                        }
                    ),
                });
            }
        }
    }
    out
}
