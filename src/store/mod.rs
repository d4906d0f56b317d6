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
    toml_syntax,
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
    #[serde(serialize_with = "english_words")]
    pub message: Wording,
}

/// Serialize a message as its English words (what JSON carries), control
/// characters made visible.
pub fn english_words<S: serde::Serializer>(message: &Wording, s: S) -> std::result::Result<S::Ok, S::Error> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every problem of `problems` worded in Swedish and Finnish: not the
    /// English words, and no placeholder or message id left over.
    fn worded_in_every_language(problems: &[Diagnostic]) {
        for p in problems {
            let english = p.english();
            for lang in ["sv", "fi"] {
                let theirs = p.message_in(Catalogue::of(lang));
                assert_ne!(theirs, english, "not in {lang}: {p}");
                assert!(!theirs.contains('{') && !theirs.contains("store-"), "{lang}: {theirs}");
            }
        }
    }

    /// The messages of check's diagnostics in one catalogue's source, each
    /// id with its text (continuation lines included).
    fn diagnostic_messages(source: &str) -> std::collections::BTreeMap<&str, String> {
        let mut out = std::collections::BTreeMap::new();
        let mut current: Option<(&str, String)> = None;
        let section = source
            .split_once("## Diagnostics of check (src/store)")
            .map_or("", |(_, s)| s);
        for line in section.lines().take_while(|l| !l.starts_with("## ")) {
            if line.starts_with(' ') {
                if let Some((_, text)) = &mut current {
                    text.push_str(line);
                }
                continue;
            }
            out.extend(current.take());
            current = line.split_once(" = ").map(|(id, text)| (id, text.to_string()));
        }
        out.extend(current);
        out
    }

    #[test]
    fn every_diagnostic_has_words_of_its_own_in_swedish_and_finnish() {
        let [(_, en), others @ ..] = crate::i18n::LANGUAGES else {
            panic!("English first")
        };
        let english = diagnostic_messages(en);
        assert!(english.len() > 90, "{}", english.len());
        for (lang, source) in others {
            let theirs = diagnostic_messages(source);
            assert_eq!(
                theirs.keys().collect::<Vec<_>>(),
                english.keys().collect::<Vec<_>>(),
                "{lang}"
            );
            for (id, text) in &english {
                assert_ne!(&theirs[id], text, "{lang}: {id} is still English");
            }
        }
    }

    #[test]
    fn a_diagnostic_is_worded_for_the_terminal_and_stays_english_in_json_and_display() {
        let d = Diagnostic::new(
            "guidelines/a.toml",
            3,
            7,
            Wording::new("store-unknown-theme")
                .arg("theme", "x\u{1b}[2J")
                .words("hint", Wording::new("store-hint-the-themes-are").arg("themes", "a, b")),
        );
        let english =
            "unknown theme `x\\u{1b}[2J` (the themes are: a, b); themes are declared in guidelines/index.toml";
        assert_eq!(
            d.to_string(),
            format!("guidelines/a.toml:3:7: {english}"),
            "control characters shown"
        );
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["message"], english);
        assert_eq!(json["line"], 3);
        assert_eq!(
            d.line_in(Catalogue::of("sv")),
            "guidelines/a.toml:3:7: okänt tema `x\\u{1b}[2J` (temana är: a, b); teman deklareras i guidelines/index.toml"
        );
        let e = Error::Invalid {
            problems: vec![d.clone(), d],
        };
        assert_eq!(e.message_in(Catalogue::english()), e.to_string());
        let fi = e.message_in(Catalogue::of("fi"));
        assert_eq!(fi.lines().count(), 2);
        assert!(fi.starts_with("guidelines/a.toml:3:7: tuntematon teema"), "{fi}");
    }

    #[test]
    fn the_collection_and_guideline_problems_are_worded_in_swedish_and_finnish() {
        let index = std::str::from_utf8(crate::example::index_toml()).unwrap();
        let broken = index
            .replacen(
                "review_interval_months = 12",
                "review_interval_months = 0\ntitel = 1",
                1,
            )
            .replacen("[title]", "[title]\nde = \"x\"\nsv_2 = 3", 1);
        let problems = parse_collection(INDEX_PATH, broken.as_bytes()).unwrap_err();
        assert!(problems.len() >= 3, "{problems:?}");
        worded_in_every_language(&problems);
        for text in [
            "languages = []\n".to_string(),
            "languages = 3\ncomplete_languages = [\"de\"]\ntitle = 1\nthemes = 2\n".to_string(),
            "languages = [\"sv\", 1]\n[[themes]]\nsv = \"T\"\n[[themes]]\nid = \"a\"\n[[themes]]\nid = \"a\"\n"
                .to_string(),
            format!("{index}\n<<<<<<< HEAD\n"),
            "x = \"\\e\"".to_string(),
        ] {
            let problems = parse_collection(INDEX_PATH, text.as_bytes()).unwrap_err();
            worded_in_every_language(&problems);
        }
        worded_in_every_language(&parse_collection(INDEX_PATH, b"a = \xff").unwrap_err());

        let collection = parse_collection(INDEX_PATH, crate::example::index_toml()).unwrap();
        let (path, bytes) = crate::example::guideline_files().next().unwrap();
        let text = std::str::from_utf8(bytes).unwrap();
        let actor = &collection.actors[0].id;
        let broken = text
            .replacen("theme = \"", "nummer = 2\ntheme = \"x", 1)
            .replacen("title = \"", "titel = \"\"\ntitle = \"\\e", 1)
            .replacen(&format!("{actor} = "), "okand = \"\"\nzzz = ", 1)
            .replacen("[sv]", "fi = 3\n[sv]", 1);
        let (_, _, problems) = parse_guideline(path, "Bad_Id", broken.as_bytes(), &collection);
        assert!(problems.len() >= 7, "{problems:#?}");
        worded_in_every_language(&problems);
        let (_, _, problems) = parse_guideline(path, "x", b"number = \"1\"\ntheme = 2\n[sv]\n", &collection);
        assert!(problems.len() >= 4, "{problems:#?}");
        worded_in_every_language(&problems);
    }

    #[test]
    fn the_workflow_problems_are_worded_in_swedish_and_finnish() {
        let text = "stges = 1\n[[stages]]\nid = \"Bad Id\"\nkind = \"aproval\"\nrequires_answers = 1\nbody = 2\nxx = 3\n\
                    [[stages]]\nkind = 3\n[[stages]]\nid = \"a\"\nkind = \"approval\"\nsv = 1\n\
                    [[stages]]\nid = \"a\"\nkind = \"approval\"\nsv = \"A\"\n\
                    [currency_check]\nid = \"a\"\nnmae = \"x\"\n";
        let problems =
            reviews::parse_workflow("reviews/workflow.toml", text.as_bytes(), Some(&["sv".into()])).unwrap_err();
        assert!(problems.len() >= 9, "{problems:#?}");
        worded_in_every_language(&problems);
        for text in ["x = 1\n", "stages = 1\ncurrency_check = 2\n"] {
            let problems = reviews::parse_workflow("reviews/workflow.toml", text.as_bytes(), None).unwrap_err();
            worded_in_every_language(&problems);
        }
    }

    #[test]
    fn a_records_refusal_words_serdes_frames_and_quotes_other_reasons() {
        let strict = |text: &str| records::parse_strict::<crate::model::Withdrawal>("w.toml", text).unwrap_err();
        let unknown = strict("zzz = 1\n");
        let english = unknown.english();
        assert!(
            english.starts_with("unknown field `zzz`, expected one of `"),
            "{english}"
        );
        let sv = unknown.message_in(Catalogue::of("sv"));
        assert!(sv.starts_with("okänt fält `zzz`; tillåtna fält är `"), "{sv}");
        assert_eq!(
            english.split_once(" of ").unwrap().1,
            sv.split_once(" är ").unwrap().1,
            "the field names are serde's"
        );
        let missing = strict("");
        assert!(missing.english().starts_with("missing field `"), "{missing}");
        worded_in_every_language(&[unknown, missing]);
        let other = strict("date = [");
        assert!(
            other
                .message_in(Catalogue::of("fi"))
                .starts_with("kirjausta ei voi lukea (lukijan sanoin): "),
            "{other}"
        );
        assert!(
            !other.english().contains("lukijan"),
            "English quotes the reader alone: {other}"
        );
    }
}
