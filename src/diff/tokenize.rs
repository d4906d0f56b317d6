//! Split a field's text into the tokens the word diff compares: words and
//! punctuation marks. Whitespace separates tokens but is not a token, so a
//! change of whitespace alone (re-wrapping, double spaces, a line break
//! instead of a space) is never a change.

use std::ops::Range;

/// One token: a byte range of the text and whether it is a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// A word (letters and digits) rather than a punctuation mark.
    pub is_word: bool,
}

/// Letters, digits and combining marks (for decomposed "å").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Characters that join two word parts into one word: the hyphen of a
/// compound ("IKT-lösningar") and the apostrophe, between letters or digits;
/// and the decimal or thousands separator between digits ("1.5", "3,5").
fn joins(prev: char, c: char, next: char) -> bool {
    match c {
        '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' => is_word_char(prev) && is_word_char(next),
        '.' | ',' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

/// The tokens of `text`, in order. A word is a maximal run of letters and
/// digits (with inner joiners, see above); every other visible character is
/// a token of its own.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = start + c.len_utf8();
            let mut last = c;
            while let Some(&(i, d)) = chars.peek() {
                if is_word_char(d) {
                    end = i + d.len_utf8();
                    last = d;
                    chars.next();
                    continue;
                }
                // A joiner counts only when a word character follows it.
                let after = text[i + d.len_utf8()..].chars().next().unwrap_or(' ');
                if joins(last, d, after) {
                    end = i + d.len_utf8();
                    last = d;
                    chars.next();
                    continue;
                }
                break;
            }
            tokens.push(Token {
                span: start..end,
                is_word: true,
            });
        } else {
            tokens.push(Token {
                span: start..start + c.len_utf8(),
                is_word: false,
            });
        }
    }
    tokens
}

/// The token texts of `text`: what "equal modulo whitespace" compares. Two
/// texts are equal modulo whitespace exactly when these sequences are equal.
pub fn token_texts(text: &str) -> Vec<&str> {
    tokenize(text).into_iter().map(|t| &text[t.span]).collect()
}

/// The whitespace-insensitive form of `text`: its maximal runs of letters
/// and digits and its other visible characters one by one, with all
/// whitespace dropped. Two texts are *equal modulo whitespace* when this
/// gives the same sequence: only the amount, kind and place of whitespace
/// may differ, never a visible character or where one word ends and the
/// next begins. (Finer than [`tokenize`], whose joiners make `och-vård` one
/// word but `och- vård` three tokens; here both are `och`, `-`, `vård`.)
pub fn normalize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            out.push(&text[start..i]);
        }
        if !c.is_whitespace() {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(start) = word_start {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        token_texts(text)
    }

    #[test]
    fn splits_words_and_punctuation_and_drops_whitespace() {
        assert_eq!(
            words("Klienten, hen och IKT-lösningar.  Ny\nrad"),
            ["Klienten", ",", "hen", "och", "IKT-lösningar", ".", "Ny", "rad"]
        );
    }

    #[test]
    fn joiners_join_only_inside_words() {
        assert_eq!(words("social- och hälsovård"), ["social", "-", "och", "hälsovård"]);
        assert_eq!(words("3,5 % och 1.5."), ["3,5", "%", "och", "1.5", "."]);
        assert_eq!(words("a,b"), ["a", ",", "b"]);
        assert_eq!(words("klientens’ rätt"), ["klientens", "’", "rätt"]);
        assert_eq!(words("-x-"), ["-", "x", "-"]);
    }

    #[test]
    fn normalize_drops_whitespace_and_splits_at_every_word_edge() {
        assert_eq!(normalize("och- vård"), normalize("och-vård"));
        assert_eq!(normalize(" a\n b. "), ["a", "b", "."]);
        assert_ne!(normalize("a b"), normalize("ab"));
    }

    #[test]
    fn rewrapping_gives_the_same_tokens() {
        assert_eq!(words("en  lång\n  mening ."), words("en lång mening."));
    }
}
