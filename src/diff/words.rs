//! The word diff of one field: the tokens of the old and new text compared
//! with `similar`'s Myers algorithm, grouped into hunks.
//!
//! A hunk is a maximal run of removed and inserted tokens between unchanged
//! *words*: unchanged punctuation between two changes belongs to the hunk, an
//! unchanged word ends it. Because tokens are whole words, a change inside a
//! word replaces the whole word ("gränssytor" → "gränsytor", never
//! "gräns[s]ytor").
//!
//! Cost: Myers is O((N+M)·D) after stripping the common prefix and suffix, so
//! texts that mostly agree diff in near-linear time; a deadline bounds the
//! pathological case (two long, wholly different texts), where the result
//! stays correct but may be coarser.

use std::ops::Range;
use std::time::{Duration, Instant};

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

use super::tokenize::{Token, tokenize};

/// How long one field's diff may search for the minimal edit script.
const DEADLINE: Duration = Duration::from_secs(2);

/// One change: the removed text and the inserted text (either may be empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk {
    /// The removed text, from its first to its last changed token (empty for
    /// a pure insertion).
    pub old: String,
    /// The inserted text, likewise (empty for a pure deletion).
    pub new: String,
    /// Byte range of `old` in the old text (an empty range at the insertion
    /// point for a pure insertion).
    pub old_core: Range<usize>,
    /// Byte range of `new` in the new text.
    pub new_core: Range<usize>,
    /// The old text the hunk replaces: from the end of the unchanged token
    /// before it to the start of the unchanged token after it (so including
    /// the whitespace around the change).
    pub old_gap: Range<usize>,
    /// The new text that replaces `old_gap`, delimited the same way.
    pub new_gap: Range<usize>,
}

/// The hunks that turn `old` into `new`, in text order. Empty exactly when
/// the two texts are equal modulo whitespace.
pub fn diff_text(old: &str, new: &str) -> Vec<Hunk> {
    if old == new {
        return Vec::new();
    }
    let old_tokens = tokenize(old);
    let new_tokens = tokenize(new);
    let old_words: Vec<&str> = old_tokens.iter().map(|t| &old[t.span.clone()]).collect();
    let new_words: Vec<&str> = new_tokens.iter().map(|t| &new[t.span.clone()]).collect();
    let ops = capture_diff_slices_deadline(
        Algorithm::Myers,
        &old_words,
        &new_words,
        Some(Instant::now() + DEADLINE),
    );

    // Token index ranges of the hunk being built: start, and end of the last
    // changed token (unchanged punctuation after it joins only if another
    // change follows before an unchanged word).
    let mut hunks = Vec::new();
    let mut open: Option<(Range<usize>, Range<usize>)> = None;
    // Positions come from running cursors and the ops' lengths: `similar`
    // can report an odd `new_index` on a delete (or `old_index` on an
    // insert), where the side is empty, but its lengths and order are sound.
    let (mut oi, mut ni) = (0, 0);
    for op in &ops {
        let (tag, reported_old, reported_new) = op.as_tag_tuple();
        let old_range = oi..oi + reported_old.len();
        let new_range = ni..ni + reported_new.len();
        (oi, ni) = (old_range.end, new_range.end);
        match tag {
            DiffTag::Equal => {
                if open.is_some() && old_range.clone().any(|i| old_tokens[i].is_word) {
                    let (o, n) = open.take().expect("checked");
                    hunks.push(make_hunk(old, new, &old_tokens, &new_tokens, o, n));
                }
            }
            DiffTag::Delete | DiffTag::Insert | DiffTag::Replace => match &mut open {
                None => open = Some((old_range, new_range)),
                Some((o, n)) => {
                    o.end = old_range.end;
                    n.end = new_range.end;
                }
            },
        }
    }
    if let Some((o, n)) = open {
        hunks.push(make_hunk(old, new, &old_tokens, &new_tokens, o, n));
    }
    hunks
}

/// Byte ranges of a token range: the core (first to last token) and the gap
/// (from the previous token's end to the next token's start).
fn spans(text: &str, tokens: &[Token], range: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let gap_start = if range.start == 0 {
        0
    } else {
        tokens[range.start - 1].span.end
    };
    let gap_end = tokens.get(range.end).map_or(text.len(), |t| t.span.start);
    let core = if range.is_empty() {
        gap_start..gap_start
    } else {
        tokens[range.start].span.start..tokens[range.end - 1].span.end
    };
    (core, gap_start..gap_end)
}

fn make_hunk(
    old: &str,
    new: &str,
    old_tokens: &[Token],
    new_tokens: &[Token],
    o: Range<usize>,
    n: Range<usize>,
) -> Hunk {
    let (old_core, old_gap) = spans(old, old_tokens, &o);
    let (new_core, new_gap) = spans(new, new_tokens, &n);
    Hunk {
        old: old[old_core.clone()].to_string(),
        new: new[new_core.clone()].to_string(),
        old_core,
        new_core,
        old_gap,
        new_gap,
    }
}

/// Apply `hunks` (from `diff_text(old, new)`) to `old`: the old text with
/// every hunk's gap replaced by the new text of that gap. The result equals
/// `new` modulo whitespace (see [`super::tokenize::normalize`]): only
/// whitespace between unchanged tokens may still be the old one.
pub fn apply(old: &str, new: &str, hunks: &[Hunk]) -> String {
    let mut out = String::with_capacity(new.len());
    let mut at = 0;
    for h in hunks {
        out.push_str(&old[at..h.old_gap.start]);
        out.push_str(&new[h.new_gap.clone()]);
        at = h.old_gap.end;
    }
    out.push_str(&old[at..]);
    out
}

/// A piece of the inline view of a field: unchanged text (from the new
/// text), or one change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text that did not change.
    Same(&'a str),
    /// A change, exact to the byte: `lead + new + trail` is the new text of
    /// the hunk's gap, and `lead + old + trail` is the old text of the gap
    /// with at most its surrounding whitespace replaced. A tracked-changes
    /// document built as `lead, del(old), ins(new), trail` therefore gives the
    /// new text when every change is accepted and the old text (modulo
    /// whitespace) when every change is rejected.
    Change {
        /// Unchanged whitespace before the change (from the new text).
        lead: &'a str,
        /// Removed text (may start or end with whitespace).
        old: &'a str,
        /// Inserted text (may start or end with whitespace).
        new: &'a str,
        /// Unchanged whitespace after the change (from the new text).
        trail: &'a str,
    },
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

fn trailing_ws(s: &str) -> usize {
    s.len() - s.trim_end().len()
}

/// The inline view: unchanged text and changes in order; concatenating
/// `Same`, `lead`, `new` and `trail` gives exactly `new`.
pub fn pieces<'a>(old: &'a str, new: &'a str, hunks: &[Hunk]) -> Vec<Piece<'a>> {
    let mut out = Vec::with_capacity(hunks.len() * 2 + 1);
    let mut at = 0;
    for h in hunks {
        if at < h.new_gap.start {
            out.push(Piece::Same(&new[at..h.new_gap.start]));
        }
        let mut o = &old[h.old_gap.clone()];
        let mut n = &new[h.new_gap.clone()];
        // Whitespace at an edge where both sides have some stays unchanged
        // text (the new side's), so the change itself starts and ends at
        // visible text whenever it can.
        let lead_len = if leading_ws(o) > 0 { leading_ws(n) } else { 0 };
        let lead = &n[..lead_len];
        if lead_len > 0 {
            n = &n[lead_len..];
            o = &o[leading_ws(o)..];
        }
        let trail_len = if trailing_ws(o) > 0 { trailing_ws(n) } else { 0 };
        let trail = &n[n.len() - trail_len..];
        if trail_len > 0 {
            n = &n[..n.len() - trail_len];
            o = &o[..o.len() - trailing_ws(o)];
        }
        out.push(Piece::Change {
            lead,
            old: o,
            new: n,
            trail,
        });
        at = h.new_gap.end;
    }
    if at < new.len() {
        out.push(Piece::Same(&new[at..]));
    }
    out
}

/// One side of the side-by-side view: the text of that side in pieces,
/// each marked changed (the core of a hunk) or not.
pub fn side(text: &str, cores: impl Iterator<Item = Range<usize>>) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for core in cores {
        if core.is_empty() {
            continue;
        }
        if at < core.start {
            out.push((false, &text[at..core.start]));
        }
        out.push((true, &text[core.clone()]));
        at = core.end;
    }
    if at < text.len() {
        out.push((false, &text[at..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::tokenize::{normalize, token_texts};
    use proptest::prelude::*;

    fn pairs(old: &str, new: &str) -> Vec<(String, String)> {
        diff_text(old, new).into_iter().map(|h| (h.old, h.new)).collect()
    }

    fn p(o: &str, n: &str) -> (String, String) {
        (o.to_string(), n.to_string())
    }

    #[test]
    fn a_changed_letter_replaces_the_whole_word() {
        assert_eq!(
            pairs(
                "gränssnitt och gränssytor, för alla.",
                "gränssnitt och gränsytor, för alla."
            ),
            [p("gränssytor", "gränsytor")]
        );
        assert_eq!(pairs("om henvård.", "om hens vård."), [p("henvård", "hens vård")]);
    }

    #[test]
    fn whitespace_alone_is_no_change() {
        assert!(diff_text("en  lång\nmening.", "en lång mening.").is_empty());
        assert!(diff_text(" a ", "a").is_empty());
        assert!(diff_text("", "   ").is_empty());
    }

    #[test]
    fn unchanged_punctuation_between_changes_joins_the_hunk_but_an_unchanged_word_splits_it() {
        assert_eq!(pairs("a x, y b", "a p, q b"), [p("x, y", "p, q")]);
        assert_eq!(pairs("a x och y b", "a p och q b"), [p("x", "p"), p("y", "q")]);
        // Unchanged punctuation at the edge stays outside.
        assert_eq!(pairs("a, x. b", "a, y. b"), [p("x", "y")]);
    }

    #[test]
    fn pure_insertions_and_deletions_have_an_empty_side() {
        assert_eq!(pairs("a c", "a b c"), [p("", "b")]);
        assert_eq!(pairs("a b c", "a c"), [p("b", "")]);
        assert_eq!(pairs("", "Ny text."), [p("", "Ny text.")]);
        assert_eq!(pairs("Gammal text.", ""), [p("Gammal text.", "")]);
    }

    #[test]
    fn inline_pieces_put_shared_whitespace_outside_the_change() {
        let old = "a b c";
        let new = "a c";
        let hunks = diff_text(old, new);
        let pieces = pieces(old, new, &hunks);
        let rebuilt_new: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Same(s) => s.to_string(),
                Piece::Change { lead, new, trail, .. } => format!("{lead}{new}{trail}"),
            })
            .collect();
        assert_eq!(rebuilt_new, new);
        assert!(
            pieces
                .iter()
                .any(|p| matches!(p, Piece::Change { old, new: "", .. } if old.trim() == "b"))
        );
    }

    #[test]
    fn side_marks_the_cores() {
        let old = "a x b";
        let new = "a y b";
        let hunks = diff_text(old, new);
        assert_eq!(
            side(old, hunks.iter().map(|h| h.old_core.clone())),
            [(false, "a "), (true, "x"), (false, " b")]
        );
    }

    /// Texts built from a small vocabulary so that old and new share words,
    /// with varied whitespace.
    fn text() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            Just("och"),
            Just("klient"),
            Just("IKT-lösning"),
            Just("hen"),
            Just("vård"),
            Just(","),
            Just("."),
            Just("-"),
            Just("3,5"),
            Just("§"),
        ];
        let sep = prop_oneof![Just(""), Just(" "), Just("  "), Just("\n"), Just(" \n ")];
        proptest::collection::vec((token, sep), 0..40)
            .prop_map(|parts| parts.into_iter().map(|(t, s)| format!("{t}{s}")).collect())
    }

    /// Rejecting every change of the inline view.
    fn reject_all(pieces: &[Piece<'_>]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Same(s) => s.to_string(),
                Piece::Change { lead, old, trail, .. } => format!("{lead}{old}{trail}"),
            })
            .collect()
    }

    fn accept_all(pieces: &[Piece<'_>]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Same(s) => s.to_string(),
                Piece::Change { lead, new, trail, .. } => format!("{lead}{new}{trail}"),
            })
            .collect()
    }

    proptest! {
        /// Applying the hunks to the old text gives the new text modulo
        /// whitespace (`normalize`: the same words and punctuation marks in
        /// the same order, whitespace ignored), and there are no hunks
        /// exactly when the two texts have the same tokens.
        #[test]
        fn applying_the_hunks_gives_the_new_text(old in text(), new in text()) {
            let hunks = diff_text(&old, &new);
            let applied = apply(&old, &new, &hunks);
            prop_assert_eq!(normalize(&applied), normalize(&new));
            prop_assert_eq!(hunks.is_empty(), token_texts(&old) == token_texts(&new));
        }

        /// A text has no difference with itself, whatever it holds.
        #[test]
        fn a_text_has_no_diff_with_itself(x in prop_oneof![text(), any::<String>(), "\\PC{0,200}"]) {
            prop_assert!(diff_text(&x, &x).is_empty());
            let y = format!(" {}\n", x.replace(' ', "  "));
            prop_assert!(diff_text(&x, &y).is_empty(), "only whitespace differs");
        }

        /// Applying the hunks gives the new text for any two strings, not
        /// only texts of words (any characters, any mix of them).
        #[test]
        fn applying_the_hunks_of_any_strings_gives_the_new_text(
            old in prop_oneof![any::<String>(), "\\PC{0,120}"],
            new in prop_oneof![any::<String>(), "\\PC{0,120}"],
        ) {
            let hunks = diff_text(&old, &new);
            let applied = apply(&old, &new, &hunks);
            prop_assert_eq!(normalize(&applied), normalize(&new));
            let pieces = pieces(&old, &new, &hunks);
            prop_assert_eq!(accept_all(&pieces), new.clone());
        }

        /// Every hunk ends at a changed token: its old and new texts differ,
        /// and consecutive hunks are separated by an unchanged word.
        #[test]
        fn hunks_are_real_changes(old in text(), new in text()) {
            for h in diff_text(&old, &new) {
                prop_assert_ne!(token_texts(&h.old), token_texts(&h.new));
                prop_assert_eq!(&old[h.old_core.clone()], h.old.as_str());
                prop_assert_eq!(&new[h.new_core.clone()], h.new.as_str());
            }
        }

        /// The inline pieces give the new text exactly when every change is
        /// accepted, and the old text modulo whitespace when rejected.
        #[test]
        fn inline_pieces_accept_to_new_and_reject_to_old(old in text(), new in text()) {
            let hunks = diff_text(&old, &new);
            let pieces = pieces(&old, &new, &hunks);
            prop_assert_eq!(accept_all(&pieces), new.clone());
            // Rejecting keeps the new text's unchanged parts, which equal the
            // old ones token for token.
            let rejected = reject_all(&pieces);
            prop_assert_eq!(normalize(&rejected), normalize(&old));
        }
    }
}
