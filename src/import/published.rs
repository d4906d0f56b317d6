//! The published text format (the clean text export of the publication):
//!
//! ```text
//! <title of the publication>
//! <introduction paragraphs …>
//! THEME HEADING                      ← table of contents
//! 1. Title / - 2: Title …
//! THEME HEADING                      ← the guidelines
//! Punkt 1: Title                     ← any word, number, colon, title
//! Riktlinje<TAB>text                 ← or the label alone, text below
//! Beskrivning<TAB>text
//! Actor 1<TAB>…<TAB>Actor 6          ← names from the collection
//! paragraph 1<TAB>…<TAB>paragraph 6  ← may continue on further rows
//! ```

use std::path::Path;

use indexmap::IndexMap;

use crate::error::Location;
use crate::i18n::Wording;
use crate::model::Collection;
use crate::{Error, Result};

/// One guideline as read from the published text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedGuideline {
    /// The published number.
    pub number: u32,
    /// Theme id (resolved through the collection).
    pub theme: String,
    /// Title.
    pub title: String,
    /// The guideline text (*Riktlinje*).
    pub statement: String,
    /// The description (*Beskrivning*).
    pub description: String,
    /// Paragraph per actor id, in collection order.
    pub actors: IndexMap<String, String>,
    /// Line of the guideline's heading.
    pub line: usize,
}

/// The whole published text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The first line: the publication's title.
    pub title: String,
    /// The introduction, paragraphs separated by blank lines.
    pub introduction: String,
    /// The guidelines in file order.
    pub guidelines: Vec<ImportedGuideline>,
}

/// The labels of the two text rows in one language.
struct Labels {
    lang: &'static str,
    statement: &'static str,
    description: &'static str,
}

/// The labels per language the tool knows.
const LABELS: &[Labels] = &[
    Labels {
        lang: "sv",
        statement: "Riktlinje",
        description: "Beskrivning",
    },
    Labels {
        lang: "fi",
        statement: "Linjaus",
        description: "Kuvaus",
    },
    Labels {
        lang: "en",
        statement: "Guideline",
        description: "Description",
    },
];

/// The labels of `lang`'s rows (the Swedish ones for a language the tool
/// does not know the words of).
fn labels(lang: &str) -> (&'static str, &'static str) {
    let l = LABELS.iter().find(|l| l.lang == lang).unwrap_or(&LABELS[0]);
    (l.statement, l.description)
}

/// The name of a language of [`LABELS`] in the reader's language.
fn language(lang: &str) -> Wording {
    Wording::new("published-language").arg("lang", lang)
}

fn bad(path: &Path, line: usize, message: Wording) -> Error {
    Error::BadInput {
        location: Location {
            path: path.display().to_string(),
            line,
            col: 1,
        },
        message,
    }
}

/// Decode the bytes of a published text, rejecting what is not one.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    let unusable = |message: Wording| Error::UnusableInput {
        path: path.to_path_buf(),
        message,
    };
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(unusable(Wording::new("published-empty")));
    }
    if bytes.contains(&0) {
        return Err(unusable(Wording::new("published-binary")));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        unusable(Wording::new("published-not-utf8").arg("line", line.to_string()))
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n")
        .replace('\r', "\n"))
}

/// `GEMENSAMMA` → the theme whose name (any language) matches.
fn theme_of<'c>(collection: &'c Collection, line: &str) -> Option<&'c str> {
    let wanted = line.trim().to_lowercase();
    collection
        .themes
        .iter()
        .find(|t| t.id == wanted || t.names.values().any(|n| n.to_lowercase() == wanted))
        .map(|t| t.id.as_str())
}

fn looks_like_heading(line: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase()) && !line.contains('\t')
}

/// `Punkt 1: Samarbete` → (1, "Samarbete").
fn guideline_heading(line: &str) -> Option<(u32, &str)> {
    let (word, rest) = line.trim().split_once(' ')?;
    if word.is_empty() || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let (number, title) = rest.split_once(':')?;
    let number = number.trim().parse().ok()?;
    let title = title.trim();
    (!title.is_empty()).then_some((number, title))
}

/// `1. Samarbete` or `- 2: Säkerställande …` in the table of contents.
fn toc_entry(line: &str) -> Option<(u32, &str)> {
    let line = line.trim().trim_start_matches("- ").trim_start();
    let end = line.find(|c: char| !c.is_ascii_digit())?;
    let number = line[..end].parse().ok()?;
    let rest = line[end..].strip_prefix(['.', ':'])?.trim();
    (!rest.is_empty()).then_some((number, rest))
}

/// Whether `cell` labels a guideline row (`true`) or a description row
/// (`false`), and in which language.
fn label_of(cell: &str) -> Option<(bool, &'static Labels)> {
    let l = cell.trim().to_lowercase();
    LABELS.iter().find_map(|entry| {
        if l == entry.statement.to_lowercase() {
            Some((true, entry))
        } else if l == entry.description.to_lowercase() {
            Some((false, entry))
        } else {
            None
        }
    })
}

/// Join a paragraph's next piece: a word broken with a hyphen at the end of
/// a row is joined without the hyphen; otherwise with one space.
fn join_piece(text: &mut String, piece: &str) {
    let piece = piece.trim();
    if piece.is_empty() {
        return;
    }
    if text.is_empty() {
        text.push_str(piece);
    } else if text.ends_with('-')
        && !text.ends_with(" -")
        && piece.chars().next().is_some_and(char::is_lowercase)
        && text[..text.len() - 1].chars().last().is_some_and(char::is_alphabetic)
        && !piece.starts_with("och ")
    {
        text.pop();
        text.push_str(piece);
    } else {
        text.push(' ');
        text.push_str(piece);
    }
}

fn is_rule(line: &str) -> bool {
    !line.trim().is_empty() && line.chars().all(|c| c == '-' || c == '\t' || c == ' ')
}

/// Parse a published text against the collection's themes and actors.
pub fn parse(path: &Path, text: &str, collection: &Collection, lang: &str) -> Result<Publication> {
    let lines: Vec<&str> = text.split('\n').collect();
    let title = lines
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string();
    let first_theme = lines.iter().position(|l| theme_of(collection, l).is_some());
    let first_heading = lines.iter().position(|l| guideline_heading(l).is_some());
    let (Some(first_theme), Some(_)) = (first_theme, first_heading) else {
        let themes: Vec<&str> = collection.themes.iter().map(|t| t.name_in(lang)).collect();
        return Err(Error::UnusableInput {
            path: path.to_path_buf(),
            message: if first_theme.is_none() {
                Wording::new("published-no-headings")
            } else {
                Wording::new("published-no-guideline-heading")
            }
            .arg("themes", themes.join(", ")),
        });
    };

    // The introduction: after the title, up to the table of contents (which
    // repeats the publication's title as its heading).
    let title_line = lines.iter().position(|l| l.trim() == title).unwrap_or(0);
    let mut intro_end = first_theme;
    if let Some(repeat) = (title_line + 1..first_theme).rev().find(|&i| lines[i].trim() == title) {
        intro_end = repeat;
    }
    let introduction = lines[title_line + 1..intro_end]
        .split(|l| l.trim().is_empty())
        .filter(|p| !p.is_empty())
        .map(|p| p.iter().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n"))
        .collect::<Vec<_>>()
        .join("\n\n");

    let actor_names: Vec<(String, Vec<String>)> = collection
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.names.values().map(|n| n.to_lowercase()).collect()))
        .collect();

    let mut toc: Vec<(u32, String, usize)> = Vec::new();
    let mut guidelines: Vec<ImportedGuideline> = Vec::new();
    let mut theme: Option<String> = None;
    let mut current: Option<Builder> = None;

    for (i, raw) in lines.iter().enumerate().skip(first_theme) {
        let n = i + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        if is_rule(line) {
            continue;
        }
        if let Some(id) = theme_of(collection, line) {
            if let Some(b) = current.take() {
                guidelines.push(b.finish(path)?);
            }
            theme = Some(id.to_string());
            continue;
        }
        if let Some((number, heading_title)) = guideline_heading(line).filter(|_| !line.trim_start().starts_with('-')) {
            if let Some(b) = current.take() {
                guidelines.push(b.finish(path)?);
            }
            let Some(theme) = theme.clone() else {
                return Err(bad(path, n, Wording::new("published-heading-before-theme")));
            };
            current = Some(Builder::new(number, theme, heading_title, n, lang));
            continue;
        }
        let Some(b) = current.as_mut() else {
            if let Some((number, t)) = toc_entry(line) {
                toc.push((number, t.to_string(), n));
                continue;
            }
            if looks_like_heading(line) {
                let names: Vec<&str> = collection.themes.iter().map(|t| t.name_in(lang)).collect();
                return Err(bad(
                    path,
                    n,
                    Wording::new("published-unknown-theme")
                        .arg("heading", line.trim())
                        .arg("themes", names.join(", ")),
                ));
            }
            return Err(bad(
                path,
                n,
                Wording::new("published-unexpected-line").arg("line", shorten(line)),
            ));
        };
        b.line(path, n, line, raw, &actor_names)?;
    }
    if let Some(b) = current.take() {
        guidelines.push(b.finish(path)?);
    }

    for (number, toc_title, n) in &toc {
        match guidelines.iter().find(|g| g.number == *number) {
            None => {
                return Err(bad(
                    path,
                    *n,
                    Wording::new("published-toc-no-heading")
                        .arg("number", number.to_string())
                        .arg("title", toc_title),
                ));
            }
            Some(g) if g.title != *toc_title => {
                return Err(bad(
                    path,
                    g.line,
                    Wording::new("published-toc-title-differs")
                        .arg("heading", &g.title)
                        .arg("line", n.to_string())
                        .arg("title", toc_title)
                        .arg("number", number.to_string()),
                ));
            }
            Some(_) => {}
        }
    }
    let mut seen = std::collections::BTreeMap::new();
    for g in &guidelines {
        if let Some(first) = seen.insert(g.number, g.line) {
            return Err(bad(
                path,
                g.line,
                Wording::new("published-number-twice")
                    .arg("number", g.number.to_string())
                    .arg("line", first.to_string()),
            ));
        }
    }
    Ok(Publication {
        title,
        introduction,
        guidelines,
    })
}

fn shorten(line: &str) -> String {
    let s: String = line.chars().take(60).collect();
    if s.len() < line.len() { format!("{s}…") } else { s }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Heading,
    Statement,
    Description,
    ActorRows,
}

struct Builder {
    number: u32,
    theme: String,
    title: String,
    line: usize,
    statement: String,
    description: String,
    actor_order: Vec<String>,
    actor_texts: Vec<String>,
    part: Part,
    /// The language asked for (`--lang`).
    lang: String,
}

impl Builder {
    fn new(number: u32, theme: String, title: &str, line: usize, lang: &str) -> Self {
        Builder {
            lang: lang.to_string(),
            number,
            theme,
            title: title.to_string(),
            line,
            statement: String::new(),
            description: String::new(),
            actor_order: Vec::new(),
            actor_texts: Vec::new(),
            part: Part::Heading,
        }
    }

    /// Read the row `line` (`raw` untrimmed: a row of actor paragraphs
    /// whose last paragraphs have ended ends in empty cells, tabs that
    /// trimming would lose).
    fn line(&mut self, path: &Path, n: usize, line: &str, raw: &str, actors: &[(String, Vec<String>)]) -> Result<()> {
        let cells: Vec<&str> = line.split('\t').collect();
        if let Some((is_statement, entry)) = label_of(cells[0]) {
            let known = LABELS.iter().any(|l| l.lang == self.lang);
            if known && entry.lang != self.lang {
                let ours = labels(&self.lang);
                return Err(bad(
                    path,
                    n,
                    Wording::new("published-label-of-other-language")
                        .arg("label", cells[0].trim())
                        .arg("label_lang", entry.lang)
                        .words("label_language", language(entry.lang))
                        .arg("lang", self.lang.as_str())
                        .words("language", language(&self.lang))
                        .arg("statement", ours.0)
                        .arg("description", ours.1),
                ));
            }
            let rest = cells[1..].join(" ");
            self.part = if is_statement {
                Part::Statement
            } else {
                Part::Description
            };
            let target = if is_statement {
                &mut self.statement
            } else {
                &mut self.description
            };
            join_piece(target, &rest);
            return Ok(());
        }
        let header: Option<Vec<String>> = cells
            .iter()
            .map(|c| {
                let c = c.trim().to_lowercase();
                actors
                    .iter()
                    .find(|(_, names)| names.contains(&c))
                    .map(|(id, _)| id.clone())
            })
            .collect();
        if let Some(order) = header.filter(|_| cells.len() > 1) {
            if self.statement.is_empty() || self.description.is_empty() {
                return Err(bad(
                    path,
                    n,
                    Wording::new("published-actors-too-early")
                        .arg("number", self.number.to_string())
                        .arg("statement", labels(&self.lang).0)
                        .arg("description", labels(&self.lang).1),
                ));
            }
            if order.len() != actors.len() {
                return Err(bad(
                    path,
                    n,
                    Wording::new("published-actor-count")
                        .count("named", order.len())
                        .count("declared", actors.len()),
                ));
            }
            self.actor_texts = vec![String::new(); order.len()];
            self.actor_order = order;
            self.part = Part::ActorRows;
            return Ok(());
        }
        match self.part {
            Part::Heading => Err(bad(
                path,
                n,
                Wording::new("published-expected-statement-row")
                    .arg("label", labels(&self.lang).0)
                    .arg("number", self.number.to_string())
                    .arg("line", shorten(line)),
            )),
            Part::Statement if cells.len() == 1 => {
                join_piece(&mut self.statement, line);
                Ok(())
            }
            Part::Description if cells.len() == 1 => {
                join_piece(&mut self.description, line);
                Ok(())
            }
            Part::Statement | Part::Description => Err(bad(
                path,
                n,
                Wording::new("published-expected-actor-header")
                    .arg("number", self.number.to_string())
                    .count("actors", actors.len())
                    .count("cells", cells.len()),
            )),
            Part::ActorRows => {
                let cells: Vec<&str> = raw.trim_end_matches([' ', '\r']).split('\t').collect();
                if cells.len() != self.actor_order.len() {
                    return Err(bad(
                        path,
                        n,
                        Wording::new("published-actor-row-cells")
                            .arg("number", self.number.to_string())
                            .count("cells", cells.len())
                            .count("actors", self.actor_order.len()),
                    ));
                }
                for (text, cell) in self.actor_texts.iter_mut().zip(&cells) {
                    join_piece(text, cell);
                }
                Ok(())
            }
        }
    }

    fn finish(self, path: &Path) -> Result<ImportedGuideline> {
        let (statement_label, description_label) = labels(&self.lang);
        let missing = if self.statement.is_empty() {
            Some(Wording::new("published-lacks-row").arg("label", statement_label))
        } else if self.description.is_empty() {
            Some(Wording::new("published-lacks-row").arg("label", description_label))
        } else if self.actor_order.is_empty() {
            Some(Wording::new("published-lacks-actor-header"))
        } else if self.actor_texts.iter().all(String::is_empty) {
            Some(Wording::new("published-lacks-actor-paragraphs"))
        } else {
            None
        };
        if let Some(what) = missing {
            return Err(bad(
                path,
                self.line,
                Wording::new("published-lacks")
                    .arg("number", self.number.to_string())
                    .arg("title", &self.title)
                    .words("what", what),
            ));
        }
        let actors: IndexMap<String, String> = self.actor_order.into_iter().zip(self.actor_texts).collect();
        Ok(ImportedGuideline {
            number: self.number,
            theme: self.theme,
            title: self.title,
            statement: self.statement,
            description: self.description,
            actors,
            line: self.line,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_row_breaks_are_joined() {
        let mut s = String::from("på så sätt att an-");
        join_piece(&mut s, "vändbarheten bl.a.");
        assert_eq!(s, "på så sätt att användbarheten bl.a.");
        let mut s = String::from("social-");
        join_piece(&mut s, "och hälsovården");
        assert_eq!(s, "social- och hälsovården");
        let mut s = String::from("en");
        join_piece(&mut s, "del av");
        assert_eq!(s, "en del av");
    }

    #[test]
    fn a_row_of_actor_paragraphs_may_end_in_empty_cells() {
        // Found by the round-trip property: the last actor's paragraph ended
        // a row before the others, so the row ends in a tab, which trimming
        // the row lost ("has 2 cells; expected 3").
        let c = collection();
        let names: Vec<&str> = c.actors.iter().map(|a| a.name_in("sv")).collect();
        let n = names.len();
        let mut row = vec!["x"; n];
        row[n - 1] = "";
        let text = format!(
            "T\n\nGemensamma\nPunkt 1: A\nRiktlinje\ts\nBeskrivning\td\n{}\n{}\n{}\t\n",
            names.join("\t"),
            vec!["a"; n].join("\t"),
            row.join("\t").trim_end()
        );
        let p = parse(Path::new("p.txt"), &text, &c, "sv").unwrap();
        let actors: Vec<&str> = p.guidelines[0].actors.values().map(String::as_str).collect();
        assert_eq!(actors[0], "a x");
        assert_eq!(actors[n - 1], "a");
    }

    #[test]
    fn headings_and_toc_entries() {
        assert_eq!(guideline_heading("Punkt 1: Samarbete"), Some((1, "Samarbete")));
        assert_eq!(
            guideline_heading("Objekt 12: Minskning av dubbla integrationer"),
            Some((12, "Minskning av dubbla integrationer"))
        );
        assert_eq!(guideline_heading("Mål: Styrande riktlinjer"), None);
        assert_eq!(toc_entry("1. Samarbete"), Some((1, "Samarbete")));
        assert_eq!(
            toc_entry("- 2: Säkerställande av interoperabiliteten"),
            Some((2, "Säkerställande av interoperabiliteten"))
        );
        assert_eq!(toc_entry("- 1) ombesörja"), None);
    }

    fn collection() -> Collection {
        crate::store::parse_collection(crate::store::INDEX_PATH, crate::example::index_toml()).unwrap()
    }

    /// Words no row can be mistaken for: not a label, a theme or an actor
    /// name, no tab, colon or hyphen (a hyphen at a row's end joins words).
    fn word() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let c = collection();
        let mut taken: Vec<String> = LABELS
            .iter()
            .flat_map(|l| [l.statement.to_lowercase(), l.description.to_lowercase()])
            .collect();
        taken.extend(c.actors.iter().flat_map(|a| a.names.values().map(|n| n.to_lowercase())));
        taken.extend(c.themes.iter().flat_map(|t| t.names.values().map(|n| n.to_lowercase())));
        prop_oneof![
            4 => "[a-zåäö]{1,9}",
            1 => "[a-zåäö]{1,6}[.,;!?§%]",
            1 => "[0-9]{1,4}",
            1 => "\\(?[a-zåäöé«»\"']{1,6}\\)?",
        ]
        .prop_filter("a word a row could be taken for", move |w| !taken.contains(w))
    }

    fn words(max: usize) -> impl proptest::strategy::Strategy<Value = Vec<String>> {
        proptest::collection::vec(word(), 1..max)
    }

    /// One guideline of the collection: theme, title and the texts, each as
    /// its words.
    type Drawn = (usize, Vec<String>, Vec<String>, Vec<String>, Vec<Vec<String>>, usize);

    fn drawn() -> impl proptest::strategy::Strategy<Value = Drawn> {
        let actors = collection().actors.len();
        (
            0..collection().themes.len(),
            words(6),
            words(30),
            words(40),
            proptest::collection::vec(words(25), actors..=actors),
            1usize..8,
        )
    }

    /// The publication's text layout, as the published export has it:
    /// texts broken into rows of `per_row` words, the table of contents
    /// before the guidelines. Returns the text and what it says.
    fn render(c: &Collection, intro: &[Vec<String>], drawn: &[Drawn]) -> (String, Publication) {
        let title = "Riktlinjer för prov";
        let mut lines: Vec<String> = vec![String::new(), title.to_string(), String::new()];
        for paragraph in intro {
            // A paragraph over several lines, kept as lines.
            for chunk in paragraph.chunks(7) {
                lines.push(chunk.join(" "));
            }
            lines.push(String::new());
        }
        let introduction = intro
            .iter()
            .map(|p| p.chunks(7).map(|c| c.join(" ")).collect::<Vec<_>>().join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n");
        lines.push(title.to_string());
        // Guidelines are numbered in theme order, as published.
        let mut order: Vec<usize> = (0..drawn.len()).collect();
        order.sort_by_key(|&i| drawn[i].0);
        let number = |k: usize| k as u32 + 1;
        let mut theme = None;
        for (k, &i) in order.iter().enumerate() {
            if theme != Some(drawn[i].0) {
                theme = Some(drawn[i].0);
                lines.push(c.themes[drawn[i].0].name_in("sv").to_uppercase());
            }
            lines.push(format!("{}. {}", number(k), drawn[i].1.join(" ")));
        }
        let mut guidelines = Vec::new();
        let mut theme = None;
        for (k, &i) in order.iter().enumerate() {
            let (t, title, statement, description, actors, per_row) = &drawn[i];
            if theme != Some(*t) {
                theme = Some(*t);
                lines.push(String::new());
                lines.push(c.themes[*t].name_in("sv").to_string());
                lines.push("-----".to_string());
            }
            lines.push(String::new());
            lines.push(format!("Punkt {}: {}", number(k), title.join(" ")));
            let line = lines.len();
            for (label, text) in [("Riktlinje", statement), ("Beskrivning", description)] {
                let mut rows = text.chunks(*per_row);
                lines.push(format!("{label}\t{}", rows.next().unwrap().join(" ")));
                lines.extend(rows.map(|r| r.join(" ")));
            }
            lines.push(c.actors.iter().map(|a| a.name_in("sv")).collect::<Vec<_>>().join("\t"));
            let rows: Vec<Vec<&[String]>> = actors.iter().map(|a| a.chunks(*per_row).collect()).collect();
            for r in 0..rows.iter().map(Vec::len).max().unwrap() {
                lines.push(
                    rows.iter()
                        .map(|chunks| chunks.get(r).map(|w| w.join(" ")).unwrap_or_default())
                        .collect::<Vec<_>>()
                        .join("\t"),
                );
            }
            guidelines.push(ImportedGuideline {
                number: number(k),
                theme: c.themes[*t].id.clone(),
                title: title.join(" "),
                statement: statement.join(" "),
                description: description.join(" "),
                actors: c
                    .actors
                    .iter()
                    .map(|a| a.id.clone())
                    .zip(actors.iter().map(|a| a.join(" ")))
                    .collect(),
                line,
            });
        }
        lines.push(String::new());
        (
            lines.join("\n"),
            Publication {
                title: title.to_string(),
                introduction,
                guidelines,
            },
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 64, ..Default::default() })]

        /// Importing a rendered collection gives back the collection: every
        /// guideline with its theme, number, title and texts, and the
        /// introduction — whatever the words and however the rows break.
        #[test]
        fn importing_a_rendered_collection_gives_it_back(
            intro in proptest::collection::vec(words(20), 1..4),
            drawn in proptest::collection::vec(drawn(), 1..8),
            crlf in proptest::bool::ANY,
        ) {
            let c = collection();
            let (text, expected) = render(&c, &intro, &drawn);
            let bytes = if crlf { text.replace('\n', "\r\n") } else { text.clone() };
            let decoded = decode(Path::new("p.txt"), bytes.as_bytes()).unwrap();
            let got = parse(Path::new("p.txt"), &decoded, &c, "sv");
            proptest::prop_assert_eq!(got.as_ref().ok(), Some(&expected), "{:?}\n{}", got.as_ref().err().map(ToString::to_string), text);
        }
    }
}
