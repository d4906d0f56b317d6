//! The canonical form of the repository's TOML files.
//!
//! Long texts are TOML multi-line strings with one sentence per line, joined
//! by line-ending backslashes, so that a `git diff` of one changed word shows
//! one changed line rather than a rewrapped paragraph. Everything else of a
//! file (comments, key order, other tables) is kept as written.

use toml_edit::{DocumentMut, Item, Table, Value};

use crate::model::Guideline;

/// How a text value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringStyle {
    /// A one-line `"…"` string (titles, ids, names), unless the text has a
    /// line break.
    Short,
    /// A `"""` string with one sentence per line.
    Paragraph,
}

/// Keys whose values are paragraphs wherever they stand.
const PARAGRAPH_KEYS: &[&str] = &["statement", "description", "text", "note", "reply"];

/// The canonical TOML representation of a text value.
pub fn canonical_string_repr(text: &str, style: StringStyle) -> String {
    if style == StringStyle::Short && !text.contains('\n') {
        return Value::from(text).to_string().trim().to_string();
    }
    let mut out = String::from("\"\"\"\n");
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        let sentences = split_sentences(line);
        let last_line = i + 1 == lines.len();
        for (j, sentence) in sentences.iter().enumerate() {
            out.push_str(&escape_multiline(sentence));
            if j + 1 < sentences.len() || last_line {
                out.push_str("\\\n");
            } else {
                out.push('\n');
            }
        }
        if sentences.is_empty() {
            // An empty line of the text.
            out.push_str(if last_line { "\\\n" } else { "\n" });
        }
    }
    out.push_str("\"\"\"");
    out
}

/// Split a line into sentences. Each piece keeps its trailing spaces, so the
/// pieces concatenate to the line; a split happens only after `.`, `!`, `?`
/// or `:` followed by spaces and an upper-case letter, digit or dash.
fn split_sentences(line: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | ':') && i + 1 < chars.len() && chars[i + 1].1 == ' ' {
            let mut j = i + 1;
            while j < chars.len() && chars[j].1 == ' ' {
                j += 1;
            }
            if j < chars.len() {
                let next = chars[j].1;
                if next.is_uppercase() || next.is_ascii_digit() || next == '-' || next == '–' {
                    let end = chars[j].0;
                    pieces.push(&line[start..end]);
                    start = end;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < line.len() {
        pieces.push(&line[start..]);
    }
    // A piece that starts with a space would lose it after a line-ending
    // backslash: only possible for a line that starts with spaces, which we
    // keep whole.
    if line.starts_with([' ', '\t']) {
        return if line.is_empty() { Vec::new() } else { vec![line] };
    }
    pieces
}

fn escape_multiline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_quote = false;
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            // Never two unescaped quotes in a row, so `"""` cannot appear.
            '"' if prev_quote => out.push_str("\\\""),
            '\t' => out.push('\t'),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
        prev_quote = c == '"' && !prev_quote;
    }
    // A quote right before the closing `\` + newline is fine; a trailing
    // quote never touches the closing delimiter, which stands on its own line.
    out
}

fn style_for(key: &str, in_actors: bool) -> StringStyle {
    if in_actors || PARAGRAPH_KEYS.contains(&key) {
        StringStyle::Paragraph
    } else {
        StringStyle::Short
    }
}

fn set_string_repr(value: &mut Value, style: StringStyle) {
    let Value::String(formatted) = &*value else { return };
    let text = formatted.value();
    if style == StringStyle::Short && formatted.as_repr().is_none() && !text.contains('\n') {
        // A serialized value without a written form is shown in its
        // default form, which is the canonical one.
        return;
    }
    let repr = canonical_string_repr(text, style);
    if value.to_string().trim() == repr {
        return;
    }
    let Ok(mut new) = repr.parse::<Value>() else { return };
    *new.decor_mut() = value.decor().clone();
    *value = new;
}

fn canonicalize_table(table: &mut Table, in_actors: bool, paragraph_tables: &[&str]) {
    for (key, item) in table.iter_mut() {
        let key_name = key.get().to_string();
        match item {
            Item::Value(Value::String(_)) => {
                let style = if paragraph_tables.is_empty() {
                    style_for(&key_name, in_actors)
                } else {
                    StringStyle::Paragraph
                };
                if let Item::Value(v) = item {
                    set_string_repr(v, style);
                }
            }
            Item::Table(sub) => {
                let child_paragraphs = paragraph_tables.contains(&key_name.as_str());
                canonicalize_table(
                    sub,
                    in_actors || key_name == "actors",
                    if child_paragraphs { &["*"] } else { &[] },
                );
            }
            Item::ArrayOfTables(array) => {
                for sub in array.iter_mut() {
                    canonicalize_table(sub, in_actors, &[]);
                }
            }
            _ => {}
        }
    }
}

/// The canonical file text of a record serialized from `value`: what
/// [`format_document`] makes of `toml::to_string_pretty(value)`, built from
/// the value without writing and parsing the text in between (an import
/// writes a record per row).
pub fn record_document<T: serde::Serialize>(value: &T) -> Result<String, toml_edit::ser::Error> {
    let mut doc = toml_edit::ser::to_document(value)?;
    expand_inline(doc.as_table_mut());
    canonicalize_table(doc.as_table_mut(), false, &[]);
    let mut out = doc.to_string();
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// Lay out serialized values as `toml::to_string_pretty` does: inline
/// tables become tables, arrays of them arrays of tables, and other
/// arrays one element per line.
fn expand_inline(table: &mut Table) {
    for (_, item) in table.iter_mut() {
        let taken = std::mem::take(item);
        *item = match taken {
            Item::Value(Value::InlineTable(inline)) => {
                let mut sub = inline.into_table();
                expand_inline(&mut sub);
                Item::Table(sub)
            }
            Item::Value(Value::Array(array)) if !array.is_empty() && array.iter().all(Value::is_inline_table) => {
                let mut tables = toml_edit::ArrayOfTables::new();
                for value in array {
                    if let Value::InlineTable(inline) = value {
                        let mut sub = inline.into_table();
                        expand_inline(&mut sub);
                        tables.push(sub);
                    }
                }
                Item::ArrayOfTables(tables)
            }
            Item::Value(Value::Array(mut array)) => {
                one_per_line(&mut array);
                Item::Value(Value::Array(array))
            }
            other => other,
        };
    }
}

/// (Of two elements or more, as `toml` does.)
fn one_per_line(array: &mut toml_edit::Array) {
    let multiline = array.len() >= 2;
    for value in array.iter_mut() {
        if let Value::Array(inner) = value {
            one_per_line(inner);
        }
        if multiline {
            value.decor_mut().set_prefix("\n    ");
            value.decor_mut().set_suffix("");
        }
    }
    if !multiline {
        return;
    }
    array.set_trailing_comma(true);
    array.set_trailing("\n");
}

/// Rewrite a TOML file into canonical form, keeping comments and order.
/// `paragraph_tables` names top-level tables whose every text is a paragraph
/// (`introduction` in the collection).
pub fn format_document(text: &str, paragraph_tables: &[&str]) -> Result<String, toml_edit::TomlError> {
    let mut doc: DocumentMut = text.parse()?;
    canonicalize_table(doc.as_table_mut(), false, paragraph_tables);
    let mut out = doc.to_string();
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// The file text of a guideline: `existing` updated with `g`'s values
/// (keeping its comments and any language `g` does not carry), or a new file.
pub fn guideline_document(existing: Option<&str>, g: &Guideline) -> Result<String, toml_edit::TomlError> {
    let mut doc: DocumentMut = match existing {
        Some(text) => text.parse()?,
        None => DocumentMut::new(),
    };
    let root = doc.as_table_mut();
    set_value(root, "number", Value::from(i64::from(g.number)));
    set_value(root, "theme", Value::from(g.theme.as_str()));
    for (lang, texts) in &g.texts {
        let lang_table = ensure_table(root, lang);
        for (key, value) in [
            ("title", &texts.title),
            ("statement", &texts.statement),
            ("description", &texts.description),
        ] {
            if value.is_empty() {
                lang_table.remove(key);
            } else {
                set_value(lang_table, key, Value::from(value.as_str()));
            }
        }
        let actors = ensure_table(lang_table, "actors");
        let stale: Vec<String> = actors
            .iter()
            .map(|(k, _)| k.to_string())
            .filter(|k| !texts.actors.contains_key(k))
            .collect();
        for k in stale {
            actors.remove(&k);
        }
        for (actor, text) in &texts.actors {
            set_value(actors, actor, Value::from(text.as_str()));
        }
    }
    format_document(&doc.to_string(), &[])
}

fn set_value(table: &mut Table, key: &str, value: Value) {
    match table.get_mut(key) {
        Some(Item::Value(old)) if old.to_string().trim() == value.to_string().trim() => {}
        Some(Item::Value(old)) if old.as_str().is_some() && old.as_str() == value.as_str() => {}
        Some(Item::Value(old)) => {
            let decor = old.decor().clone();
            *old = value;
            *old.decor_mut() = decor;
        }
        _ => {
            table.insert(key, Item::Value(value));
        }
    }
}

fn ensure_table<'t>(table: &'t mut Table, key: &str) -> &'t mut Table {
    if !table.get(key).is_some_and(Item::is_table) {
        table.insert(key, Item::Table(Table::new()));
    }
    table
        .get_mut(key)
        .and_then(Item::as_table_mut)
        .expect("just inserted a table")
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn any_text_makes_the_same_record_document_both_ways(from in "\\PC{0,20}", text in "(\\PC|\n|\t){0,80}") {
            #[derive(serde::Serialize)]
            struct Record<'a> {
                from: &'a str,
                text: &'a str,
                list: Vec<&'a str>,
            }
            let record = Record { from: &from, text: &text, list: vec![&from; text.len() % 3] };
            let via_text = super::format_document(&toml::to_string_pretty(&record).unwrap(), &[]).unwrap();
            proptest::prop_assert_eq!(super::record_document(&record).unwrap(), via_text);
        }
    }

    #[test]
    fn a_record_document_is_the_formatted_pretty_serialization() {
        #[derive(serde::Serialize)]
        struct Inner {
            commit: String,
            blobs: std::collections::BTreeMap<String, String>,
        }
        #[derive(serde::Serialize)]
        struct Part {
            name: String,
            n: u32,
        }
        #[derive(serde::Serialize)]
        struct Record {
            from: String,
            text: String,
            content: Inner,
            empty: Vec<String>,
            guidelines: Vec<String>,
            parts: Vec<Part>,
            late: bool,
            note: Option<String>,
            nested: Vec<Vec<u32>>,
        }
        let texts = [
            "One. Two sentences: Three?",
            "a \"quoted\" text with \\ and\nlines\n\nand a tab\tend",
            "",
            "'''single''' \"\"\" triple",
        ];
        for (i, text) in texts.iter().enumerate() {
            let record = Record {
                from: format!("Org {i} \"x\""),
                text: text.to_string(),
                content: Inner {
                    commit: "abc".into(),
                    blobs: [("b-1".to_string(), "x".to_string()), ("a".to_string(), "y".to_string())]
                        .into_iter()
                        .collect(),
                },
                empty: Vec::new(),
                guidelines: vec!["samarbete".into(), text.to_string()],
                parts: (0..i as u32)
                    .map(|n| Part {
                        name: text.to_string(),
                        n,
                    })
                    .collect(),
                late: i % 2 == 0,
                note: (i % 2 == 1).then(|| text.to_string()),
                nested: vec![vec![1, 2], vec![]],
            };
            let via_text = super::format_document(&toml::to_string_pretty(&record).unwrap(), &[]).unwrap();
            assert_eq!(super::record_document(&record).unwrap(), via_text, "case {i}");
        }
    }

    use super::*;

    fn parse_back(repr: &str) -> String {
        let doc: DocumentMut = format!("v = {repr}\n").parse().unwrap();
        doc["v"].as_str().unwrap().to_string()
    }

    #[test]
    fn paragraph_repr_has_one_sentence_per_line_and_round_trips() {
        let text = "Alla aktörer har en roll. Överlappande genomföranden bör undvikas, bl.a. i projekt. 6 § gäller.";
        let repr = canonical_string_repr(text, StringStyle::Paragraph);
        assert_eq!(
            repr,
            "\"\"\"\nAlla aktörer har en roll. \\\nÖverlappande genomföranden bör undvikas, bl.a. i projekt. \\\n6 § gäller.\\\n\"\"\""
        );
        assert_eq!(parse_back(&repr), text);
    }

    #[test]
    fn awkward_texts_round_trip() {
        for text in [
            "",
            "\"\"\" quotes \"\"",
            "ends with quote\"",
            "back\\slash and \t tab",
            "line one\nline two\n",
            "\n\nleading newlines",
            "  leading spaces. Then text",
            "trailing spaces.   ",
            "a.  B",
        ] {
            for style in [StringStyle::Short, StringStyle::Paragraph] {
                let repr = canonical_string_repr(text, style);
                assert_eq!(parse_back(&repr), text, "style {style:?}, repr {repr}");
            }
        }
    }

    proptest::proptest! {
        /// parse ∘ write = id for any text, in both styles, and writing is
        /// stable (formatting a formatted file changes nothing).
        #[test]
        fn any_text_round_trips(text in "(\\PC|[ \t\n\"\\\\.:!?])*", paragraph in proptest::bool::ANY) {
            let style = if paragraph { StringStyle::Paragraph } else { StringStyle::Short };
            let repr = canonical_string_repr(&text, style);
            proptest::prop_assert_eq!(parse_back(&repr), text.clone());
            let key = if paragraph { "statement" } else { "title" };
            let file = format!("{key} = {repr}\n");
            proptest::prop_assert_eq!(format_document(&file, &[]).unwrap(), file);
        }
    }

    proptest::proptest! {
        /// A whole guideline file: write → parse gives the same guideline,
        /// with no problem reported, and writing it again gives the same
        /// file — for any number and texts in every language.
        #[test]
        fn any_guideline_round_trips_through_its_file(
            number in 1u32..100_000,
            texts in proptest::collection::vec(
                (
                    "\\PC{1,40}",
                    "(\\PC|[\t\n\"\\\\'. ]){1,160}",
                    "(\\PC|[\n\"'. ]|\"\"\"){1,160}",
                    "(\\PC|\\\\|'''){1,80}",
                ),
                2,
            ),
        ) {
            let c = crate::store::parse_collection(crate::store::INDEX_PATH, crate::example::index_toml()).unwrap();
            let (path, bytes) = crate::example::guideline_files().next().unwrap();
            let id = path.trim_start_matches("guidelines/").trim_end_matches(".toml");
            let mut g = crate::store::parse_guideline(path, id, bytes, &c).0.unwrap();
            g.number = number;
            for ((_, t), (title, statement, description, actor)) in g.texts.iter_mut().zip(&texts) {
                t.title = title.clone();
                t.statement = statement.clone();
                t.description = description.clone();
                if let Some(first) = t.actors.values_mut().next() {
                    first.clone_from(actor);
                }
            }
            let file = guideline_document(None, &g).unwrap();
            let (back, _, problems) = crate::store::parse_guideline(path, id, file.as_bytes(), &c);
            let blank = texts.iter().any(|(a, b, c, d)| [a, b, c, d].iter().any(|s| s.trim().is_empty()));
            if !blank {
                proptest::prop_assert!(problems.is_empty(), "{problems:?}\n{file}");
                proptest::prop_assert_eq!(back.as_ref(), Some(&g), "{}", file);
            }
            proptest::prop_assert_eq!(guideline_document(Some(&file), &g).unwrap(), file.clone());
            proptest::prop_assert_eq!(format_document(&file, &[]).unwrap(), file);
        }
    }

    #[test]
    fn formatting_is_idempotent_and_keeps_comments() {
        let input = "# the first guideline\nnumber = 1 # one\ntheme = \"gemensamma\"\n\n[sv]\ntitle = \"Samarbete\"\nstatement = \"Ska göras. Och undvikas.\"\n\n[sv.actors]\nklient = \"Klienten. Hen vet.\"\n";
        let once = format_document(input, &[]).unwrap();
        assert!(once.contains("# the first guideline"));
        assert!(once.contains("# one"));
        assert!(once.contains("statement = \"\"\"\nSka göras. \\\nOch undvikas.\\\n\"\"\""));
        assert!(once.contains("title = \"Samarbete\""));
        assert_eq!(format_document(&once, &[]).unwrap(), once);
    }
}
