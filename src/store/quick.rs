//! A fast reader of guideline files, for readers of many versions (the
//! history reports read tens of thousands). It yields exactly the
//! [`Guideline`] that [`parse_guideline`] yields: it reads the plain TOML
//! that `riktlinjer fmt` and the tools write (bare keys, `[lang]` and
//! `[lang.actors]` tables, decimal numbers, basic and literal strings,
//! single- and multi-line) without building a span-keeping document, and hands
//! anything else (comments after values, other TOML forms, anything a
//! problem would be reported for) to [`parse_guideline`].

use indexmap::IndexMap;

use super::parse::parse_guideline;
use crate::model::{Collection, Guideline, GuidelineText};

/// The guideline in `bytes` (the file `path`, id `id`), as
/// [`parse_guideline`] reads it, without its problems: `None` when it is
/// not a readable guideline.
pub fn read_guideline(path: &str, id: &str, bytes: &[u8], collection: &Collection) -> Option<Guideline> {
    quick(id, bytes, collection).or_else(|| parse_guideline(path, id, bytes, collection).0)
}

/// The texts of one language as read so far.
#[derive(Default)]
struct Text {
    title: Option<String>,
    statement: Option<String>,
    description: Option<String>,
    actors: Option<IndexMap<String, String>>,
}

#[derive(Clone, Copy)]
enum Table {
    Root,
    Lang(usize),
    Actors(usize),
}

fn is_bare_key(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The fast path alone: `None` whenever the file is not in the plain form it
/// reads or [`parse_guideline`] would report a problem that changes the
/// result; otherwise exactly the guideline [`parse_guideline`] yields (public
/// for the fuzz harness, which holds it to that).
pub fn quick(id: &str, bytes: &[u8], collection: &Collection) -> Option<Guideline> {
    let text = std::str::from_utf8(bytes).ok()?;
    if text.starts_with('\u{feff}') || text.contains('\r') {
        return None;
    }
    let mut number: Option<u32> = None;
    let mut theme: Option<String> = None;
    let mut langs: Vec<(usize, Text)> = Vec::new();
    let mut table = Table::Root;
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '\n']);
        if rest.is_empty() {
            break;
        }
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if rest.starts_with('#') {
            if rest[..line_end].bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
                return None;
            }
            rest = &rest[line_end..];
            continue;
        }
        if let Some(header) = rest.strip_prefix('[') {
            let inner = header[..line_end - 1].trim_end_matches([' ', '\t']).strip_suffix(']')?;
            let (lang, actors) = match inner.split_once('.') {
                Some((lang, "actors")) => (lang, true),
                Some(_) => return None,
                None => (inner, false),
            };
            if !is_bare_key(lang) {
                return None;
            }
            let index = collection.languages.iter().position(|l| l == lang)?;
            let slot = langs.iter().position(|(i, _)| *i == index);
            table = match (slot, actors) {
                (None, false) => {
                    langs.push((index, Text::default()));
                    Table::Lang(langs.len() - 1)
                }
                (Some(s), true) if langs[s].1.actors.is_none() => {
                    langs[s].1.actors = Some(IndexMap::new());
                    Table::Actors(s)
                }
                _ => return None,
            };
            rest = &rest[line_end..];
            continue;
        }
        // key = value
        let key_end = rest.find([' ', '\t', '='])?;
        let key = &rest[..key_end];
        if !is_bare_key(key) {
            return None;
        }
        let after = rest[key_end..].trim_start_matches([' ', '\t']).strip_prefix('=')?;
        let after = after.trim_start_matches([' ', '\t']);
        let (value, remaining) = value(after)?;
        let remaining = remaining.trim_start_matches([' ', '\t']);
        if !(remaining.is_empty() || remaining.starts_with('\n')) {
            return None;
        }
        rest = remaining;
        match (table, value) {
            (Table::Root, Value::Integer(n)) if key == "number" && number.is_none() => number = Some(n),
            (Table::Root, Value::String(s)) if key == "theme" && theme.is_none() => theme = Some(s),
            (Table::Lang(s), Value::String(v)) => {
                let t = &mut langs[s].1;
                let field = match key {
                    "title" => &mut t.title,
                    "statement" => &mut t.statement,
                    "description" => &mut t.description,
                    _ => return None,
                };
                if field.is_some() {
                    return None;
                }
                *field = Some(v);
            }
            (Table::Actors(s), Value::String(v)) => {
                let (index, t) = &mut langs[s];
                let complete = collection.complete_languages.contains(&collection.languages[*index]);
                if !collection.actors.iter().any(|a| a.id == key) || (complete && v.trim().is_empty()) {
                    return None;
                }
                let actors = t.actors.as_mut().expect("an actors table");
                if actors.insert(key.to_string(), v).is_some() {
                    return None;
                }
            }
            _ => return None,
        }
    }
    let number = number?;
    let theme = theme?;
    langs.sort_by_key(|(index, _)| *index);
    let mut texts = IndexMap::with_capacity(langs.len());
    for (index, t) in langs {
        let mut actors = t.actors.unwrap_or_default();
        actors.sort_by_cached_key(|k, _| collection.actors.iter().position(|a| &a.id == k));
        texts.insert(
            collection.languages[index].clone(),
            GuidelineText {
                title: t.title.unwrap_or_default(),
                statement: t.statement.unwrap_or_default(),
                description: t.description.unwrap_or_default(),
                actors,
            },
        );
    }
    Some(Guideline {
        id: id.to_string(),
        number,
        theme,
        texts,
    })
}

enum Value {
    Integer(u32),
    String(String),
}

/// A value at the start of `s`, and what follows it.
fn value(s: &str) -> Option<(Value, &str)> {
    if let Some(body) = s.strip_prefix("\"\"\"") {
        let (v, rest) = multi_line_basic(body.strip_prefix('\n').unwrap_or(body))?;
        return Some((Value::String(v), rest));
    }
    if let Some(body) = s.strip_prefix('"') {
        let (v, rest) = basic(body)?;
        return Some((Value::String(v), rest));
    }
    if let Some(body) = s.strip_prefix("'''") {
        let body = body.strip_prefix('\n').unwrap_or(body);
        let end = body.find("'''")?;
        let quotes = body[end..].bytes().take_while(|&b| b == b'\'').count();
        if quotes > 5 {
            return None;
        }
        let v = &body[..end + quotes - 3];
        if v.bytes().any(|b| is_control(b) && b != b'\n') {
            return None;
        }
        return Some((Value::String(v.to_string()), &body[end + quotes..]));
    }
    if let Some(body) = s.strip_prefix('\'') {
        let end = body.find('\'')?;
        let v = &body[..end];
        if v.bytes().any(|b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            return None;
        }
        return Some((Value::String(v.to_string()), &body[end + 1..]));
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = s.split_at(digits);
    if number.is_empty()
        || number.starts_with('0')
        || rest.starts_with(|c: char| c.is_ascii_alphanumeric() || "._:+-".contains(c))
    {
        return None;
    }
    let n: u32 = number.parse().ok()?;
    Some((Value::Integer(n), rest))
}

fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

/// The escape at the start of `s` (after the backslash): the character and
/// what follows.
fn escape(s: &str) -> Option<(char, &str)> {
    let c = s.as_bytes().first()?;
    let simple = match c {
        b'b' => Some('\u{8}'),
        b't' => Some('\t'),
        b'n' => Some('\n'),
        b'f' => Some('\u{c}'),
        b'r' => Some('\r'),
        b'"' => Some('"'),
        b'\\' => Some('\\'),
        _ => None,
    };
    if let Some(ch) = simple {
        return Some((ch, &s[1..]));
    }
    let len = match c {
        b'u' => 4,
        b'U' => 8,
        _ => return None,
    };
    let hex = s.get(1..1 + len)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
    Some((ch, &s[1 + len..]))
}

/// A basic string's content (after the opening quote) and what follows it.
fn basic(s: &str) -> Option<(String, &str)> {
    let mut out = String::with_capacity(s.len().min(256));
    let mut rest = s;
    loop {
        let stop = rest.bytes().position(|b| b == b'"' || b == b'\\' || is_control(b))?;
        out.push_str(&rest[..stop]);
        match rest.as_bytes()[stop] {
            b'"' => return Some((out, &rest[stop + 1..])),
            b'\\' => {
                let (ch, after) = escape(&rest[stop + 1..])?;
                out.push(ch);
                rest = after;
            }
            _ => return None,
        }
    }
}

/// A multi-line basic string's content (after the opening quotes and the
/// newline that may follow them) and what follows it.
fn multi_line_basic(s: &str) -> Option<(String, &str)> {
    let mut out = String::with_capacity(s.len().min(4096));
    let mut rest = s;
    loop {
        let stop = rest
            .bytes()
            .position(|b| b == b'"' || b == b'\\' || (is_control(b) && b != b'\n'))?;
        out.push_str(&rest[..stop]);
        let tail = &rest[stop..];
        match tail.as_bytes()[0] {
            b'"' => {
                let quotes = tail.bytes().take_while(|&b| b == b'"').count();
                if quotes < 3 {
                    out.push_str(&tail[..quotes]);
                } else if quotes <= 5 {
                    out.push_str(&tail[..quotes - 3]);
                    return Some((out, &tail[quotes..]));
                } else {
                    return None;
                }
                rest = &tail[quotes..];
            }
            b'\\' => {
                let after = &tail[1..];
                if after.starts_with([' ', '\t', '\n']) {
                    // A line-ending backslash: the whitespace up to the
                    // next non-whitespace character goes.
                    let blanks = after.trim_start_matches([' ', '\t']);
                    if !blanks.starts_with('\n') {
                        return None;
                    }
                    rest = blanks.trim_start_matches([' ', '\t', '\n']);
                } else {
                    let (ch, after) = escape(after)?;
                    out.push(ch);
                    rest = after;
                }
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{self, guideline_document};

    fn collection() -> Collection {
        store::parse_collection(store::INDEX_PATH, crate::example::index_toml()).unwrap()
    }

    fn both(text: &str) -> (Option<Guideline>, Option<Guideline>) {
        let c = collection();
        (
            quick("samarbete", text.as_bytes(), &c),
            parse_guideline("guidelines/samarbete.toml", "samarbete", text.as_bytes(), &c).0,
        )
    }

    #[test]
    fn reads_the_shipped_guidelines_as_the_parser_does() {
        let c = collection();
        for (path, bytes) in crate::example::guideline_files() {
            let id = path.trim_start_matches("guidelines/").trim_end_matches(".toml");
            let fast = quick(id, bytes, &c);
            assert!(fast.is_some(), "{path} is not read by the fast path");
            assert_eq!(fast, parse_guideline(path, id, bytes, &c).0, "{path}");
        }
    }

    #[test]
    fn other_forms_go_to_the_parser_and_give_its_answer() {
        let (path, bytes) = crate::example::guideline_files().next().unwrap();
        let text = std::str::from_utf8(bytes).unwrap();
        let c = collection();
        let variants = [
            text.replacen("theme =", "# a comment\ntheme =", 1),
            text.replacen("\n[sv]\n", "\n[sv] # svenska\n", 1),
            text.replacen("number = ", "number = +", 1),
            text.replacen("number = ", "number = 0", 1),
            text.replacen("number = 1", "number = 1_0", 1),
            text.replacen("number = ", "\"number\" = ", 1),
            text.replacen("title = ", "title.x = ", 1),
            text.replacen("title = ", "extra = 1\ntitle = ", 1),
            text.replacen("\n[sv.actors]\n", "\n[sv.actors]\nokand = \"x\"\n", 1),
            text.replacen("\n[sv.actors]\n", "\n[sv.actors]\nklient = \" \"\n", 1),
            text.replacen("\n[sv]\n", "\n[sv]\ntitle = \"dubbel\"\n", 1),
            text.replacen("\n[sv]\n", "\n[de]\n", 1),
            text.replacen("\n[sv]\n", "\n[[sv]]\n", 1),
            text.replacen("theme = ", "theme = 5\ntheme2 = ", 1),
            text.replace('\n', "\r\n"),
            format!("\u{feff}{text}"),
            text.replacen("\"\"\"\n", "\"\"\"\\e", 1),
            text.replacen("\"\"\"\n", "'''\n", 1),
            text.replacen("title = \"", "title = 'lit\\eral' # x\n#title = \"", 1),
            text.replacen("title = \"", "title = \"a\\u00e5\\U0001F600\\t\" \ntitle2 = \"", 1),
            text.replacen(".\\\n", ".\\ \t\n  \n", 1),
            text.replacen(".\\\n", ".\\ x\n", 1),
            text.replacen(".\\\n", ".\"\"\"\"\"\"", 1),
            text.replacen(".\\\n", ".\"\"\\\n", 1),
            text.replacen("\n[sv.actors]\n", "\n", 1),
            String::new(),
            "number = 3\n".to_string(),
            text[..text.len() / 2].to_string(),
        ];
        for v in &variants {
            let slow = parse_guideline(path, "samarbete", v.as_bytes(), &c).0;
            assert_eq!(read_guideline(path, "samarbete", v.as_bytes(), &c), slow, "{v}");
            if let Some(fast) = quick("samarbete", v.as_bytes(), &c) {
                assert_eq!(Some(fast), slow, "{v}");
            }
        }
    }

    #[test]
    fn quotes_and_escapes() {
        let (fast, slow) = both(
            "number = 2\ntheme = 'gemensamma'\n\n[sv]\ntitle = \"Ett \\\"citat\\\" och \\\\ å\"\nstatement = \"\"\"\nEn \"\" två \\\"\"\" och\\ttabb.\\\n   Nästa \\u00e4.\\\n\"\"\"\n",
        );
        assert!(fast.is_some());
        assert_eq!(fast, slow);
    }

    proptest::proptest! {
        /// Whatever the texts, the canonical file of a guideline is read by
        /// the fast path, as the parser reads it.
        #[test]
        fn canonical_files_are_read_as_the_parser_reads_them(
            number in 1u32..5000,
            title in "\\PC{1,30}",
            statement in "(\\PC|\n|\t|\"|\\\\|'){1,120}",
            description in "(\\PC|\n|\"|'|\\.| ){1,200}",
            klient in "(\\PC|\"\"\"|\\\\){1,80}",
        ) {
            let c = collection();
            let mut g = parse_guideline(
                "guidelines/samarbete.toml",
                "samarbete",
                crate::example::guideline_files().next().unwrap().1,
                &c,
            ).0.unwrap();
            g.number = number;
            let t = g.texts.get_mut("sv").unwrap();
            t.title = title;
            t.statement = statement;
            t.description = description;
            if !klient.trim().is_empty() {
                t.actors.insert("klient".into(), klient);
            }
            let text = guideline_document(None, &g).unwrap();
            let (fast, slow) = both(&text);
            proptest::prop_assert_eq!(&fast, &slow);
            proptest::prop_assert!(fast.is_some());
        }
    }
}
