//! Which characters a text may hold. A guideline, a statement or a decision
//! is read by people in documents and on terminals, where a control
//! character either does something (ESC repaints a terminal, CR overwrites
//! a line) or makes the document invalid (XML 1.0 forbids most C0 controls;
//! HTML forbids controls and noncharacters). So a text holds printable
//! characters, tab and newline, and nothing else: `check` and the recording
//! commands refuse the rest (located by the callers), and every renderer
//! neutralises what still arrives from elsewhere (commit messages, old
//! records).

use crate::i18n::Wording;

/// Whether `c` may not stand in a text: a control character (Unicode
/// category Cc: C0, DEL, C1) other than tab and newline, or a Unicode
/// noncharacter (U+FDD0–U+FDEF and the last two code points of every plane).
/// A carriage return is one too; [`forbidden_chars`] lets it pass only as
/// part of a CRLF line ending.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || is_noncharacter(c)
}

/// Whether `c` is one of the 66 Unicode noncharacters.
pub fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// Every forbidden character of `text` with its byte offset. A CR directly
/// before an LF is a line ending (a file saved on Windows), not content.
pub fn forbidden_chars(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    forbidden_in(text.char_indices())
}

/// [`forbidden_chars`] over characters with any kind of position (a reader
/// that decodes escapes passes each character's place in the file).
pub fn forbidden_in<P>(chars: impl Iterator<Item = (P, char)>) -> impl Iterator<Item = (P, char)> {
    let mut chars = chars.peekable();
    std::iter::from_fn(move || {
        while let Some((at, c)) = chars.next() {
            let line_ending = c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n');
            if is_forbidden(c) && !line_ending {
                return Some((at, c));
            }
        }
        None
    })
}

/// How a forbidden character is named in a message, in English:
/// `U+001B (escape)`.
pub fn describe(c: char) -> String {
    named(c).english()
}

/// How a forbidden character is named in a message: its code point, which
/// reads the same in every language, and its name in words from the
/// catalogue (`U+001B (escape)`, `U+001B (escape-tecken)`).
pub fn named(c: char) -> Wording {
    let name = match c {
        '\0' => "char-name-nul",
        '\u{7}' => "char-name-bell",
        '\u{8}' => "char-name-backspace",
        '\u{b}' => "char-name-vertical-tab",
        '\u{c}' => "char-name-form-feed",
        '\r' => "char-name-carriage-return",
        '\u{1b}' => "char-name-escape",
        '\u{7f}' => "char-name-delete",
        '\u{85}' => "char-name-next-line",
        '\u{9b}' => "char-name-csi",
        c if is_noncharacter(c) => "char-name-noncharacter",
        c if (c as u32) < 0x20 => "char-name-c0",
        _ => "char-name-c1",
    };
    Wording::new("char-named")
        .arg("code", format!("U+{:04X}", c as u32))
        .words("name", Wording::new(name))
}

/// The merge conflict marker `line` starts with, if it is one: what git
/// writes into a file it could not merge (`<<<<<<< ours`, `|||||||
/// base`, `=======`, `>>>>>>> theirs`; seven characters, the default
/// `conflict-marker-size`). Inside a multi-line TOML string such a line is
/// valid TOML, so without this rule a half-done merge would pass `check` and
/// reach the published text.
pub fn conflict_marker(line: &str) -> Option<&'static str> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line == "=======" {
        return Some("=======");
    }
    ["<<<<<<<", "|||||||", ">>>>>>>"].into_iter().find(|marker| {
        line.strip_prefix(marker)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// `text` for a message that quotes it (a header, a cell, a key of a
/// file): every control character but tab and newline as a visible escape
/// (`\u{1b}`), so that a message never carries one to a terminal or a log,
/// whatever the input held.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    let raw = |c: char| c.is_control() && c != '\t' && c != '\n';
    if !text.chars().any(raw) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if raw(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The sentence every refusal of a forbidden character ends with.
pub const ALLOWED: &str = "a text may hold tab and newline, but no other control character and no noncharacter";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_markers_are_whole_marker_lines() {
        assert_eq!(conflict_marker("<<<<<<< HEAD"), Some("<<<<<<<"));
        assert_eq!(conflict_marker("<<<<<<<"), Some("<<<<<<<"));
        assert_eq!(conflict_marker("||||||| base"), Some("|||||||"));
        assert_eq!(conflict_marker("======="), Some("======="));
        assert_eq!(conflict_marker("=======\r"), Some("======="));
        assert_eq!(conflict_marker(">>>>>>> feature"), Some(">>>>>>>"));
        for text in [
            "========",
            "<<<<<<<<",
            "a <<<<<<< b",
            " =======",
            "<<<<<<<x",
            "== title",
        ] {
            assert_eq!(conflict_marker(text), None, "{text}");
        }
    }

    #[test]
    fn messages_show_control_characters_as_escapes() {
        assert_eq!(shown("a\tb\nc"), "a\tb\nc");
        assert_eq!(shown("\u{1b}[2J x\r\u{85}"), "\\u{1b}[2J x\\u{d}\\u{85}");
        assert_eq!(shown("å \u{fffe}"), "å \u{fffe}");
    }

    #[test]
    fn tab_newline_and_crlf_are_layout_everything_else_is_refused() {
        assert!(forbidden_chars("a\tb\nc\r\nd ÅÄÖ … → \u{feff}").next().is_none());
        let found: Vec<(usize, char)> = forbidden_chars("x\u{1b}[1A\r\u{7}\u{7f}\u{85}\u{9b}\r").collect();
        assert_eq!(
            found,
            vec![
                (1, '\u{1b}'),
                (5, '\r'),
                (6, '\u{7}'),
                (7, '\u{7f}'),
                (8, '\u{85}'),
                (10, '\u{9b}'),
                (12, '\r')
            ]
        );
        for c in [
            '\u{0}',
            '\u{1f}',
            '\u{fdd0}',
            '\u{fdef}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{10ffff}',
            '\u{1fffe}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in [
            ' ', '\t', '\n', '\u{a0}', '\u{fdcf}', '\u{fdf0}', '\u{fffd}', '\u{200b}',
        ] {
            assert!(!is_forbidden(c), "{c:?}");
        }
    }

    #[test]
    fn names_the_character_by_code_point() {
        assert_eq!(describe('\u{1b}'), "U+001B (escape)");
        assert_eq!(describe('\u{1}'), "U+0001 (a C0 control character)");
        assert_eq!(describe('\u{90}'), "U+0090 (a C1 control character)");
        assert_eq!(describe('\u{ffff}'), "U+FFFF (a noncharacter)");
    }

    #[test]
    fn the_name_in_words_is_the_catalogues_and_the_code_point_stays() {
        use crate::i18n::Catalogue;
        let (sv, fi) = (Catalogue::of("sv"), Catalogue::of("fi"));
        assert_eq!(named('\u{1b}').in_catalogue(sv), "U+001B (escape-tecken)");
        assert_eq!(named('\r').in_catalogue(fi), "U+000D (telanpalautus)");
        assert_eq!(named('\u{1}').in_catalogue(sv), "U+0001 (ett C0-styrtecken)");
        // Every name has its own words in every catalogue (none falls back
        // to English, none is left as its id).
        let every = [
            '\0', '\u{7}', '\u{8}', '\u{b}', '\u{c}', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}', '\u{fdd0}',
            '\u{2}', '\u{90}',
        ];
        for c in every {
            let en = describe(c);
            assert!(!en.contains("char-name"), "{en}");
            for cat in [sv, fi] {
                let words = named(c).in_catalogue(cat);
                assert!(words.starts_with(&format!("U+{:04X} (", c as u32)), "{words}");
                assert!(!words.contains("char-name"), "{words}");
                // NUL is NUL in every language.
                if c != '\0' {
                    assert_ne!(words, en, "{}", cat.lang());
                }
            }
        }
    }
}
