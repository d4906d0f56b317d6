//! The diff as Markdown, readable pasted into a wiki or an email: one
//! section per changed guideline, each changed field in full with
//! `~~removed~~ **inserted**` inline.

use std::io::Write;

use crate::diff::{CollectionDiff, FieldDiff};
use crate::render::labels::capitalized;
use crate::render::markdown::{code, escape, escape_cell};
use crate::render::{Labels, Mark, diff_field_label, inline_marks, round_sides, side_label, summary_line};

/// Whitespace runs as one space: a Markdown paragraph is one line here, and
/// a line break inside `**…**` would end the emphasis.
fn flat(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// A piece of a Markdown paragraph: unchanged text or one change.
enum Item {
    Same(String),
    Change { del: String, ins: String },
}

fn is_word_edge(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_punct_edge(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Emphasis in Markdown only opens before, and closes after, a word or a
/// space: `behöver**, och**` is not bold. Where a change starts (ends) with
/// punctuation right after (before) a word, that word joins both sides of
/// the change: `~~behöver~~ **behöver, och**`.
fn widen_for_emphasis(items: &mut [Item]) {
    for i in 0..items.len() {
        let Item::Change { del, ins } = &items[i] else { continue };
        let sides = [del.as_str(), ins.as_str()];
        let starts_punct = sides.iter().any(|s| is_punct_edge(s.chars().next()));
        let ends_punct = sides.iter().any(|s| is_punct_edge(s.chars().next_back()));
        let mut before = String::new();
        let mut after = String::new();
        if starts_punct && i > 0 {
            if let Item::Same(prev) = &mut items[i - 1] {
                if is_word_edge(prev.chars().next_back()) {
                    let cut = prev.rfind(char::is_whitespace).map_or(0, |p| p + 1);
                    before = prev.split_off(cut);
                }
            }
        }
        if ends_punct && i + 1 < items.len() {
            if let Item::Same(next) = &mut items[i + 1] {
                if is_word_edge(next.chars().next()) {
                    let cut = next.find(char::is_whitespace).unwrap_or(next.len());
                    after = next[..cut].to_string();
                    next.replace_range(..cut, "");
                }
            }
        }
        if let Item::Change { del, ins } = &mut items[i] {
            for side in [del, ins] {
                *side = format!("{before}{side}{after}");
            }
        }
    }
}

/// The field's inline view as one Markdown paragraph.
pub fn field_paragraph(field: &FieldDiff) -> String {
    let mut items: Vec<Item> = Vec::new();
    for (mark, text) in inline_marks(field) {
        let text = flat(text);
        match (mark, items.last_mut()) {
            (Mark::Same, Some(Item::Same(s))) => s.push_str(&text),
            (Mark::Same, _) => items.push(Item::Same(text)),
            (Mark::Del, _) => items.push(Item::Change {
                del: text,
                ins: String::new(),
            }),
            (Mark::Ins, Some(Item::Change { ins, .. })) if ins.is_empty() => *ins = text,
            (Mark::Ins, _) => items.push(Item::Change {
                del: String::new(),
                ins: text,
            }),
        }
    }
    widen_for_emphasis(&mut items);
    let mut out = String::new();
    for item in items {
        match item {
            Item::Same(s) => out.push_str(&escape(&s)),
            Item::Change { del, ins } => {
                if !del.is_empty() {
                    out.push_str(&format!("~~{}~~", escape(&del)));
                }
                if !del.is_empty() && !ins.is_empty() {
                    out.push(' ');
                }
                if !ins.is_empty() {
                    out.push_str(&format!("**{}**", escape(&ins)));
                }
            }
        }
    }
    out.trim().to_string()
}

/// Write the whole diff, its fixed wording in the diff's language.
pub fn write(out: &mut dyn Write, d: &CollectionDiff) -> std::io::Result<()> {
    let l = Labels::of(&d.lang);
    writeln!(out, "# {}", escape_cell(d.collection.title_in(&d.lang)))?;
    writeln!(
        out,
        "\n{}.",
        l.changes_from_to(
            &format!("**{}**", escape_cell(&side_label(&d.from, l))),
            &format!("**{}**", escape_cell(&side_label(&d.to, l)))
        )
    )?;
    if let Some((id, from, to)) = round_sides(d, l) {
        writeln!(
            out,
            "{} {}: {} → {}.",
            l.review_round,
            code(id),
            escape_cell(from),
            escape_cell(to)
        )?;
    }
    writeln!(out, "{}", l.md_legend)?;
    for g in d.changed() {
        writeln!(out, "\n## {}. {}\n", g.number, escape_cell(&g.title))?;
        writeln!(
            out,
            "*{}* · {} · {}",
            l.status(g.status),
            escape_cell(&d.theme_name(&g.theme)),
            code(&g.id)
        )?;
        if let Some((old, new)) = g.renumbered() {
            writeln!(out, "\n{}: ~~{old}~~ **{new}**", capitalized(l.number))?;
        }
        if let Some((old, new)) = g.rethemed() {
            writeln!(
                out,
                "\n{}: ~~{}~~ **{}**",
                capitalized(l.theme),
                escape_cell(&d.theme_name(old)),
                escape_cell(&d.theme_name(new))
            )?;
        }
        for f in g.changed_fields() {
            writeln!(out, "\n### {}\n", escape_cell(&diff_field_label(d, f)))?;
            writeln!(out, "{}", field_paragraph(f))?;
        }
    }
    writeln!(out, "\n---\n\n{}", escape(&summary_line(d, l)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FieldPath;

    #[test]
    fn strikes_removed_and_bolds_inserted_words_and_escapes_markup() {
        let f = FieldDiff::new(
            "sv.description".parse::<FieldPath>().unwrap(),
            "a *b* och\ngränssytor.",
            "a *b* och gränsytor_x.",
        );
        assert_eq!(field_paragraph(&f), r"a \*b\* och ~~gränssytor~~ **gränsytor\_x**.");
    }

    #[test]
    fn punctuation_at_the_edge_of_a_change_takes_the_next_word_along() {
        let path = "sv.description".parse::<FieldPath>().unwrap();
        let f = FieldDiff::new(path.clone(), "hen behöver.", "hen behöver, och mer.");
        assert_eq!(field_paragraph(&f), "hen ~~behöver~~ **behöver, och mer**.");
        let f = FieldDiff::new(path, "a, b c", "a b c");
        assert_eq!(field_paragraph(&f), "~~a,~~ **a** b c");
    }
}
