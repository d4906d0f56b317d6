//! TOML → model, collecting every problem with its line and column.

use indexmap::IndexMap;
use toml_edit::{Document, Item, Table};

use super::Diagnostic;
use crate::i18n::Wording;
use crate::model::{Actor, Collection, Guideline, GuidelineText, Theme};

/// Positions (line, col) of the fields other files' rules point at.
#[derive(Debug, Clone, Default)]
pub struct Located {
    /// Where `number` is written.
    pub number: (usize, usize),
}

/// Collects problems of one file, turning byte offsets into line:col.
struct Reporter<'a> {
    path: &'a str,
    text: &'a str,
    problems: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    fn new(path: &'a str, text: &'a str) -> Self {
        Reporter {
            path,
            text,
            problems: Vec::new(),
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.text, offset)
    }

    fn at(&mut self, span: Option<std::ops::Range<usize>>, message: Wording) {
        let (line, col) = self.line_col(span.map(|s| s.start).unwrap_or(0));
        self.problems.push(Diagnostic::new(self.path, line, col, message));
    }

    /// Report keys of `table` that are not in `known`, suggesting a close
    /// one: settings of the collection (`lang` none), or fields of a
    /// guideline (of its `[lang]` texts when `lang` is given).
    fn unknown_keys(&mut self, table: &Table, known: &[&str], setting: bool, lang: Option<&str>) {
        for (key, _) in table.iter() {
            if known.contains(&key) {
                continue;
            }
            let span = table.key(key).and_then(|k| k.span());
            let close = crate::error::close_matches(key, known.iter().copied());
            let hint = match close.first() {
                Some(c) => Wording::new("store-hint-did-you-mean").arg("suggestion", c),
                None => Wording::new("store-hint-expected-one-of").arg("keys", known.join(", ")),
            };
            let message = match (setting, lang) {
                (true, _) => Wording::new("store-unknown-setting"),
                (false, None) => Wording::new("store-unknown-field"),
                (false, Some(lang)) => Wording::new("store-unknown-field-in").arg("lang", lang),
            };
            self.at(span, message.arg("key", key).words("hint", hint));
        }
    }

    fn string(&mut self, table: &Table, key: &str, required: bool, context: Wording) -> Option<String> {
        match table.get(key) {
            None => {
                if required {
                    self.at(
                        table.span(),
                        Wording::new("store-lacks-key")
                            .words("context", context)
                            .arg("key", key),
                    );
                }
                None
            }
            Some(item) => match item.as_str() {
                Some(s) => Some(s.to_string()),
                None => {
                    self.at(item.span(), Wording::new("store-must-be-text").arg("key", key));
                    None
                }
            },
        }
    }

    fn names(
        &mut self,
        table_like: &dyn toml_edit::TableLike,
        languages: &[String],
        skip: &[&str],
        context: &Wording,
    ) -> IndexMap<String, String> {
        let mut names = IndexMap::new();
        for (key, item) in table_like.iter() {
            if skip.contains(&key) {
                continue;
            }
            let span = table_like.key(key).and_then(|k| k.span());
            if !languages.iter().any(|l| l == key) {
                self.at(
                    span,
                    Wording::new("store-not-a-declared-language")
                        .arg("key", key)
                        .words("context", context.clone())
                        .arg("languages", languages.join(", ")),
                );
                continue;
            }
            match item.as_str() {
                Some(s) => {
                    names.insert(key.to_string(), s.to_string());
                }
                None => self.at(
                    item.span().or(span),
                    Wording::new("store-must-be-text-in")
                        .arg("key", key)
                        .words("context", context.clone()),
                ),
            }
        }
        names
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}

/// Decode a file as UTF-8 or describe where it is not.
pub(crate) fn decode<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let text = std::str::from_utf8(valid).unwrap_or_default();
        let (line, col) = line_col(text, text.len());
        Diagnostic::new(path, line, col, Wording::new("store-not-utf8"))
    })
}

/// Every character in the strings (keys and values) of the TOML `source`
/// that a text may not hold ([`crate::model::text::forbidden_in`]), with the
/// place in the file where it is written: the raw character, or the start
/// of the escape (`\u001B`, `\e`, `\r`) that makes it. Comments and
/// everything outside strings are skipped; TOML itself already refuses raw
/// control characters there.
pub fn forbidden_in_toml(source: &str) -> Vec<(usize, char)> {
    let mut found = Vec::new();
    // Most files hold no control character and no escape that could make
    // one: two quick scans settle that without taking strings apart.
    let escapes_one = source
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'\\' && matches!(w[1], b'b' | b'f' | b'r' | b'e' | b'u' | b'U' | b'x'));
    if !escapes_one && !source.chars().any(crate::model::text::is_forbidden) {
        return found;
    }
    let mut rest = source.char_indices().peekable();
    while let Some((_, c)) = rest.next() {
        match c {
            '#' => {
                for (_, c) in rest.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => {
                let after = rest.peek().map_or(source.len(), |&(at, _)| at);
                let multi = source[after..].starts_with(if c == '"' { "\"\"" } else { "''" });
                if multi {
                    rest.next();
                    rest.next();
                }
                let chars = string_chars(source, &mut rest, c, multi);
                found.extend(crate::model::text::forbidden_in(chars.into_iter()));
            }
            _ => {}
        }
    }
    found
}

/// The characters of one string token after its opening quote(s), each with
/// the offset it is written at, up to and consuming the closing quote(s).
fn string_chars(
    source: &str,
    rest: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    quote: char,
    multi: bool,
) -> Vec<(usize, char)> {
    let basic = quote == '"';
    let mut out = Vec::new();
    while let Some((at, c)) = rest.next() {
        if c == quote {
            if !multi {
                break;
            }
            // `"""` closes; up to two more quotes before it are content.
            let run = source[at..].chars().take_while(|&q| q == quote).count();
            if run >= 3 {
                for _ in 1..run {
                    rest.next();
                }
                out.extend(std::iter::repeat_n((at, quote), run - 3));
                break;
            }
            out.push((at, c));
        } else if c == '\n' && !multi {
            break;
        } else if c == '\\' && basic {
            let Some((_, e)) = rest.next() else { break };
            let hex = |rest: &mut std::iter::Peekable<std::str::CharIndices<'_>>, n: usize| {
                let digits: String = (0..n)
                    .filter_map(|_| rest.next_if(|(_, d)| d.is_ascii_hexdigit()))
                    .map(|(_, d)| d)
                    .collect();
                u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
            };
            let decoded = match e {
                'u' => hex(rest, 4),
                'U' => hex(rest, 8),
                'x' => hex(rest, 2),
                'e' => Some('\u{1b}'),
                'b' => Some('\u{8}'),
                'f' => Some('\u{c}'),
                'r' => Some('\r'),
                'n' => Some('\n'),
                't' => Some('\t'),
                // A line-ending backslash, or an escaped quote or backslash.
                _ => None,
            };
            if let Some(d) = decoded {
                out.push((at, d));
            }
        } else {
            out.push((at, c));
        }
    }
    out
}

/// Every forbidden character in the strings of one TOML file as a located
/// problem: the one detector behind `check` of guideline, collection and
/// record files, and the recording commands' last check before writing.
pub fn forbidden_problems(path: &str, text: &str) -> Vec<Diagnostic> {
    forbidden_in_toml(text)
        .into_iter()
        .map(|(offset, c)| {
            let (line, col) = line_col(text, offset);
            Diagnostic::new(
                path,
                line,
                col,
                Wording::new("store-forbidden-character").arg("character", crate::model::text::describe(c)),
            )
        })
        .collect()
}

/// Every line of `text` that is a merge conflict marker
/// ([`crate::model::text::conflict_marker`]), as a located problem: `check`
/// of the files under guidelines/, where texts are edited and merged.
fn conflict_problems(path: &str, text: &str) -> Vec<Diagnostic> {
    text.split('\n')
        .enumerate()
        .filter_map(|(i, line)| {
            let marker = crate::model::text::conflict_marker(line)?;
            Some(Diagnostic::new(
                path,
                i + 1,
                1,
                Wording::new("store-conflict-marker").arg("marker", marker),
            ))
        })
        .collect()
}

pub(crate) fn parse_document<'a>(path: &str, text: &'a str) -> Result<Document<&'a str>, Diagnostic> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    Document::parse(body).map_err(|e| invalid_toml(path, text, &e))
}

/// The located problem of a file that is not TOML: where the parser
/// stopped, or, when the file holds a merge conflict marker (which breaks
/// the TOML outside a string), that marker. `text` is the whole file, a
/// byte order mark included.
pub fn invalid_toml(path: &str, text: &str, e: &toml_edit::TomlError) -> Diagnostic {
    if let Some(marker) = conflict_problems(path, text).into_iter().next() {
        return marker;
    }
    // The parser's offsets count from after the byte order mark, which no
    // editor shows as a column.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (line, col) = line_col(body, e.span().map(|s| s.start).unwrap_or(0));
    Diagnostic::new(path, line, col, toml_syntax(e.message()))
}

/// "invalid TOML: …" around the first line of the TOML parser's own words
/// (which stay the library's).
pub fn toml_syntax(reason: &str) -> Wording {
    let first_line = reason.lines().next().unwrap_or("").trim();
    Wording::new("store-invalid-toml").arg("reason", first_line)
}

const COLLECTION_KEYS: &[&str] = &[
    "title",
    "owner",
    "languages",
    "complete_languages",
    "review_interval_months",
    "themes",
    "actors",
    "introduction",
];

/// Parse `guidelines/index.toml`; every problem is reported.
pub fn parse_collection(path: &str, bytes: &[u8]) -> Result<Collection, Vec<Diagnostic>> {
    let text = decode(path, bytes).map_err(|d| vec![d])?;
    let doc = parse_document(path, text).map_err(|d| vec![d])?;
    let mut r = Reporter::new(path, text);
    let root = doc.as_table();
    r.unknown_keys(root, COLLECTION_KEYS, true, None);

    let languages = string_list(&mut r, root, "languages", true);
    if languages.as_ref().is_some_and(Vec::is_empty) {
        r.at(
            root.get("languages").and_then(Item::span),
            Wording::new("store-languages-empty"),
        );
    }
    let languages = languages.unwrap_or_default();
    let complete_languages = string_list(&mut r, root, "complete_languages", false)
        .unwrap_or_else(|| languages.first().cloned().into_iter().collect());
    for lang in &complete_languages {
        if !languages.contains(lang) {
            r.at(
                root.get("complete_languages").and_then(Item::span),
                Wording::new("store-complete-language-unknown").arg("lang", lang),
            );
        }
    }
    let lang_table = |r: &mut Reporter, key: &str, required: bool| -> IndexMap<String, String> {
        match root.get(key) {
            Some(item) => match item.as_table_like() {
                Some(t) => r.names(t, &languages, &[], &Wording::plain(format!("`{key}`"))),
                None => {
                    r.at(
                        item.span(),
                        Wording::new("store-must-be-language-table").arg("key", key),
                    );
                    IndexMap::new()
                }
            },
            None => {
                if required {
                    r.at(Some(0..0), Wording::new("store-collection-lacks-table").arg("key", key));
                }
                IndexMap::new()
            }
        }
    };
    let title = lang_table(&mut r, "title", true);
    let owner = lang_table(&mut r, "owner", false);
    let introduction = lang_table(&mut r, "introduction", false);

    let review_interval_months = match root.get("review_interval_months") {
        None => 12,
        Some(item) => match item.as_integer() {
            Some(n) if (1..=120).contains(&n) => n as u32,
            _ => {
                r.at(item.span(), Wording::new("store-review-interval"));
                12
            }
        },
    };
    let themes = named_list(&mut r, root, "themes", &languages)
        .into_iter()
        .map(|(id, names)| Theme { id, names })
        .collect();
    let actors = named_list(&mut r, root, "actors", &languages)
        .into_iter()
        .map(|(id, names)| Actor { id, names })
        .collect();
    r.problems.extend(forbidden_problems(path, text));
    r.problems.extend(conflict_problems(path, text));
    if r.problems.is_empty() {
        Ok(Collection {
            title,
            owner,
            languages,
            complete_languages,
            themes,
            actors,
            review_interval_months,
            introduction,
        })
    } else {
        Err(r.problems)
    }
}

fn string_list(r: &mut Reporter, table: &Table, key: &str, required: bool) -> Option<Vec<String>> {
    let Some(item) = table.get(key) else {
        if required {
            r.at(Some(0..0), Wording::new("store-collection-lacks-list").arg("key", key));
        }
        return None;
    };
    let Some(array) = item.as_array() else {
        r.at(item.span(), Wording::new("store-must-be-list").arg("key", key));
        return None;
    };
    let mut out = Vec::new();
    for v in array.iter() {
        match v.as_str() {
            Some(s) => out.push(s.to_string()),
            None => r.at(v.span(), Wording::new("store-list-only-texts").arg("key", key)),
        }
    }
    Some(out)
}

/// `[[themes]]`/`[[actors]]`: each an `id` and a name per language.
fn named_list(
    r: &mut Reporter,
    root: &Table,
    key: &str,
    languages: &[String],
) -> Vec<(String, IndexMap<String, String>)> {
    let Some(item) = root.get(key) else {
        r.at(
            Some(0..0),
            Wording::new("store-collection-lacks-entries").arg("key", key),
        );
        return Vec::new();
    };
    let Some(array) = item.as_array_of_tables() else {
        r.at(item.span(), Wording::new("store-must-be-entries").arg("key", key));
        return Vec::new();
    };
    let mut out: Vec<(String, IndexMap<String, String>)> = Vec::new();
    for table in array.iter() {
        let Some(id) = r.string(table, "id", true, Wording::new("store-context-entry").arg("key", key)) else {
            continue;
        };
        if out.iter().any(|(other, _)| *other == id) {
            r.at(
                table.get("id").and_then(Item::span),
                Wording::new("store-declared-twice").arg("id", &id).arg("key", key),
            );
            continue;
        }
        let context = Wording::new("store-context-named-entry").arg("key", key).arg("id", &id);
        let names = r.names(table, languages, &["id"], &context);
        out.push((id, names));
    }
    out
}

const TEXT_KEYS: &[&str] = &["title", "statement", "description", "actors"];

/// Parse one guideline file against the collection. Returns the guideline
/// when it could be built (possibly with problems), the positions other
/// rules need, and every problem found.
pub fn parse_guideline(
    path: &str,
    id: &str,
    bytes: &[u8],
    collection: &Collection,
) -> (Option<Guideline>, Located, Vec<Diagnostic>) {
    let text = match decode(path, bytes) {
        Ok(t) => t,
        Err(d) => return (None, Located::default(), vec![d]),
    };
    let doc = match parse_document(path, text) {
        Ok(d) => d,
        Err(d) => return (None, Located::default(), vec![d]),
    };
    let mut r = Reporter::new(path, text);
    r.problems.extend(forbidden_problems(path, text));
    r.problems.extend(conflict_problems(path, text));
    let root = doc.as_table();
    let mut located = Located::default();
    if crate::model::slugify(id) != id {
        r.at(
            Some(0..0),
            Wording::new("store-file-name-not-an-id")
                .arg("id", id)
                .arg("slug", crate::model::slugify(id)),
        );
    }

    let mut known: Vec<&str> = vec!["number", "theme"];
    known.extend(collection.languages.iter().map(String::as_str));
    r.unknown_keys(root, &known, false, None);

    let number = match root.get("number") {
        None => {
            r.at(Some(0..0), Wording::new("store-lacks-number"));
            None
        }
        Some(item) => {
            located.number = r.line_col(item.span().map(|s| s.start).unwrap_or(0));
            match item.as_integer() {
                Some(n) if n >= 1 && n <= u32::MAX as i64 => Some(n as u32),
                _ => {
                    r.at(item.span(), Wording::new("store-number-not-whole"));
                    None
                }
            }
        }
    };
    let theme = r.string(root, "theme", true, Wording::new("store-context-guideline"));
    if let Some(theme) = &theme
        && collection.theme(theme).is_none()
    {
        let close = crate::error::close_matches(theme, collection.themes.iter().map(|t| t.id.as_str()));
        let ids: Vec<&str> = collection.themes.iter().map(|t| t.id.as_str()).collect();
        let hint = match close.first() {
            Some(c) => Wording::new("store-hint-did-you-mean-bare").arg("suggestion", c),
            None => Wording::new("store-hint-the-themes-are").arg("themes", ids.join(", ")),
        };
        r.at(
            root.get("theme").and_then(Item::span),
            Wording::new("store-unknown-theme")
                .arg("theme", theme)
                .words("hint", hint),
        );
    }

    let actor_ids: Vec<&str> = collection.actors.iter().map(|a| a.id.as_str()).collect();
    let mut texts = IndexMap::new();
    for lang in &collection.languages {
        let Some(item) = root.get(lang) else {
            if collection.complete_languages.contains(lang) {
                r.at(Some(0..0), Wording::new("store-lacks-language").arg("lang", lang));
            }
            continue;
        };
        let Some(table) = item.as_table() else {
            r.at(item.span(), Wording::new("store-language-not-table").arg("lang", lang));
            continue;
        };
        r.unknown_keys(table, TEXT_KEYS, false, Some(lang));
        let complete = collection.complete_languages.contains(lang);
        let mut t = GuidelineText {
            title: r
                .string(table, "title", complete, Wording::plain(format!("[{lang}]")))
                .unwrap_or_default(),
            statement: r
                .string(table, "statement", complete, Wording::plain(format!("[{lang}]")))
                .unwrap_or_default(),
            description: r
                .string(table, "description", complete, Wording::plain(format!("[{lang}]")))
                .unwrap_or_default(),
            actors: IndexMap::new(),
        };
        for (key, value) in [
            ("title", &t.title),
            ("statement", &t.statement),
            ("description", &t.description),
        ] {
            if complete && table.contains_key(key) && value.trim().is_empty() {
                r.at(
                    table.get(key).and_then(Item::span),
                    Wording::new("store-text-empty").arg("lang", lang).arg("key", key),
                );
            }
        }
        match table.get("actors") {
            None => {
                if complete {
                    r.at(table.span(), Wording::new("store-lacks-actors").arg("lang", lang));
                }
            }
            Some(actors_item) => match actors_item.as_table_like() {
                None => r.at(
                    actors_item.span(),
                    Wording::new("store-actors-not-table").arg("lang", lang),
                ),
                Some(actors) => {
                    for (key, value) in actors.iter() {
                        let key_span = actors.key(key).and_then(|k| k.span());
                        if !actor_ids.contains(&key) {
                            let close = crate::error::close_matches(key, actor_ids.iter().copied());
                            let hint = match close.first() {
                                Some(c) => Wording::new("store-hint-did-you-mean-bare").arg("suggestion", c),
                                None => Wording::new("store-hint-the-actors-are").arg("actors", actor_ids.join(", ")),
                            };
                            r.at(
                                key_span,
                                Wording::new("store-unknown-actor")
                                    .arg("key", key)
                                    .arg("lang", lang)
                                    .words("hint", hint),
                            );
                            continue;
                        }
                        match value.as_str() {
                            Some(s) if complete && s.trim().is_empty() => r.at(
                                value.span().or(key_span),
                                Wording::new("store-actor-empty").arg("key", key).arg("lang", lang),
                            ),
                            Some(s) => {
                                t.actors.insert(key.to_string(), s.to_string());
                            }
                            None => r.at(
                                value.span().or(key_span),
                                Wording::new("store-actor-not-text").arg("key", key).arg("lang", lang),
                            ),
                        }
                    }
                    if complete {
                        for a in &actor_ids {
                            if !actors.contains_key(a) {
                                r.at(
                                    actors_item.span(),
                                    Wording::new("store-lacks-actor").arg("actor", *a).arg("lang", lang),
                                );
                            }
                        }
                    }
                    // Keep the collection's order.
                    t.actors
                        .sort_by_cached_key(|k, _| actor_ids.iter().position(|a| a == k).unwrap_or(usize::MAX));
                }
            },
        }
        texts.insert(lang.clone(), t);
    }
    let guideline = match (number, theme) {
        (Some(number), Some(theme)) => Some(Guideline {
            id: id.to_string(),
            number,
            theme,
            texts,
        }),
        _ => None,
    };
    (guideline, located, r.problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The offsets of `needle`'s occurrences in `source`, for expected places.
    fn at(source: &str, needle: &str) -> Vec<usize> {
        source.match_indices(needle).map(|(i, _)| i).collect()
    }

    #[test]
    fn a_toml_error_after_a_byte_order_mark_is_placed_not_a_crash() {
        // Found by the fuzz harness: the parser's offset (after the BOM) was
        // used in the text with the BOM, three bytes off, inside `å`.
        let err = parse_document("g.toml", "\u{feff}x = 'å' y").unwrap_err();
        assert_eq!((err.line, err.col), (1, 9), "{err}");
        assert_eq!(line_col("å", 1), (1, 1));
    }

    #[test]
    fn finds_escaped_and_raw_controls_where_they_are_written() {
        let source = r#"a = "x\u001b[2K"
b = "\e\U0000009B\x7f"
c = "\\u001b \" \t ok"
"#;
        let esc = at(source, r"\u001b");
        assert_eq!(
            forbidden_in_toml(source),
            vec![
                (esc[0], '\u{1b}'),
                (at(source, r"\e")[0], '\u{1b}'),
                (at(source, r"\U")[0], '\u{9b}'),
                (at(source, r"\x7f")[0], '\u{7f}'),
            ],
            "an escaped backslash starts no escape"
        );
        let source = r#"d = "\r\n \r""#;
        assert_eq!(
            forbidden_in_toml(source),
            vec![(at(source, r"\r")[1], '\r')],
            "an escaped CRLF is a line ending"
        );
        let source = "e = \"\u{85}\u{ffff}\"\n";
        assert_eq!(
            forbidden_in_toml(source),
            vec![(5, '\u{85}'), (7, '\u{ffff}')],
            "raw C1 and noncharacters"
        );
    }

    #[test]
    fn multi_line_strings_literal_strings_keys_and_comments() {
        let source = "t = \"\"\"\r\nline\\\r\n  two\\u0007\r\n\"\"\"\"\"\n";
        assert_eq!(
            forbidden_in_toml(source),
            vec![(at(source, r"\u0007")[0], '\u{7}')],
            "CRLF line endings are layout: {source:?}"
        );
        assert_eq!(
            forbidden_in_toml("l = '\\u001b'\nm = '''\n\\e'''\n"),
            vec![],
            "no escapes in literal strings"
        );
        let source = "\"k\\u001b\" = 1 # \\u001b \"\\u001b\n";
        assert_eq!(
            forbidden_in_toml(source),
            vec![(2, '\u{1b}')],
            "keys count, comments do not"
        );
        let source = "q = \"\"\"a\"\"b\"\"\" # \"\\e\nr = \"\\e\"\n";
        assert_eq!(
            forbidden_in_toml(source),
            vec![(at(source, r"\e")[1], '\u{1b}')],
            "quotes inside a multi-line string"
        );
    }

    #[test]
    fn a_guideline_with_an_escape_character_is_located() {
        let c = parse_collection("guidelines/index.toml", crate::example::index_toml()).unwrap();
        let (path, bytes) = crate::example::guideline_files().next().unwrap();
        let id = path.trim_start_matches("guidelines/").trim_end_matches(".toml");
        let text = std::str::from_utf8(bytes)
            .unwrap()
            .replacen("title = \"", "title = \"\\e[2J", 1);
        let (g, _, problems) = parse_guideline(path, id, text.as_bytes(), &c);
        assert!(g.is_some(), "the guideline is still read");
        let line = text.lines().position(|l| l.contains("\\e[2J")).unwrap() + 1;
        let col = text.lines().nth(line - 1).unwrap().find("\\e").unwrap() + 1;
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].col), (line, col));
        assert!(
            problems[0].english().starts_with("U+001B (escape) stands in a text;"),
            "{}",
            problems[0]
        );
        let clean = std::str::from_utf8(bytes).unwrap();
        assert!(parse_guideline(path, id, clean.as_bytes(), &c).2.is_empty());
        assert!(
            forbidden_in_toml(&clean.replace('\n', "\r\n")).is_empty(),
            "a file saved with CRLF"
        );
    }
}
