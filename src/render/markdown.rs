//! Markdown, readable pasted into a wiki or an email.

use std::io::Write;

use crate::commands::list::ListEntry;
use crate::model::{Collection, Guideline, TextField};
use crate::render::{Labels, field_label};

/// Content as Markdown inline text (a paragraph, a list item, a quote
/// line): every character Markdown or the HTML inside it would read as
/// markup is backslash-escaped — emphasis, code, links, tables, headings,
/// raw HTML (`<img onerror=…>` stays text) and entities (a literal `&amp;`
/// stays `&amp;`) — and so is a list, quote or heading marker at a line's
/// start (`- `, `1. `, `===`); control characters become U+FFFD
/// ([`crate::render::clean`]). Line breaks stay (a paragraph keeps its
/// lines). Writers put fixed text such as a guideline's number outside it
/// (`1. ` + the escaped title), so the number is not mistaken for content.
pub fn escape(text: &str) -> String {
    let text = crate::render::clean(text);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start_matches([' ', '\t']);
        out.push_str(&line[..line.len() - body.len()]);
        let marker = block_marker(body);
        let mut chars = body.char_indices().peekable();
        while let Some((k, c)) = chars.next() {
            let entity = c == '&'
                && chars
                    .peek()
                    .is_some_and(|&(_, n)| n.is_ascii_alphanumeric() || n == '#');
            if Some(k) == marker
                || entity
                || matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~')
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Where a line (without its indent) would begin a block: the offset of the
/// character to escape in a bullet (`- x`, `+ x`), an ordered item (`1. x`,
/// `2) x`) or a setext underline (`===`, `---`).
fn block_marker(line: &str) -> Option<usize> {
    let ends_marker = |rest: &str| rest.is_empty() || rest.starts_with([' ', '\t']);
    if line.starts_with(['-', '+']) && ends_marker(&line[1..]) {
        return Some(0);
    }
    if line.starts_with(['=', '-']) && line.trim_end().chars().all(|c| c == '=' || c == '-' || c == ' ') {
        return Some(0);
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..10).contains(&digits) && line[digits..].starts_with(['.', ')']) && ends_marker(&line[digits + 1..]) {
        return Some(digits);
    }
    None
}

/// Content on one line: a table cell or a heading. As [`escape`], with every
/// line break and tab a space, so a name with a line break cannot end the
/// row (and `|` is escaped, so it cannot end the cell).
pub fn escape_cell(text: &str) -> String {
    escape(&text.replace(['\n', '\t'], " "))
}

/// An id, a field path or a commit as a code span when it is plain (letters,
/// digits and `-_.:/@+`), otherwise as escaped text: a code span cannot hold
/// escapes, so a backtick or `|` in it would end it (or the table cell).
pub fn code(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/' | '@' | '+' | ' '))
        && !text.starts_with(' ')
        && !text.ends_with(' ');
    if plain { format!("`{text}`") } else { escape_cell(text) }
}

/// The list, one section per theme.
pub fn list(out: &mut dyn Write, collection: &Collection, lang: &str, entries: &[ListEntry]) -> std::io::Result<()> {
    writeln!(out, "# {}", escape_cell(collection.title_in(lang)))?;
    let mut theme: Option<&str> = None;
    for e in entries {
        if theme != Some(e.theme.as_str()) {
            writeln!(out, "\n## {}\n", escape_cell(&e.theme_name))?;
            theme = Some(&e.theme);
        }
        let withdrawn = e
            .withdrawn
            .as_ref()
            .map(|w| format!(" — *withdrawn in round {}*", escape_cell(&w.round)))
            .unwrap_or_default();
        writeln!(
            out,
            "{}. {} ({}){withdrawn}",
            e.number,
            escape_cell(&e.title),
            code(&e.id)
        )?;
    }
    Ok(())
}

/// One guideline with a heading per field.
pub fn guideline(out: &mut dyn Write, collection: &Collection, g: &Guideline, lang: &str) -> std::io::Result<()> {
    writeln!(out, "# {}. {}", g.number, escape_cell(g.title_in(lang)))?;
    let theme = collection.theme(&g.theme).map(|t| t.name_in(lang)).unwrap_or(&g.theme);
    writeln!(out, "\n*{}* · {}", escape_cell(theme), code(&g.id))?;
    let Some(texts) = g.texts.get(lang) else { return Ok(()) };
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    for (field, value) in texts.fields(&actor_order) {
        if field == TextField::Title {
            continue;
        }
        writeln!(
            out,
            "\n## {}\n\n{}",
            escape_cell(&field_label(&field, lang, collection)),
            escape(value)
        )?;
    }
    Ok(())
}

/// An approval in one line, in the document's language.
pub fn approval_phrase(a: &crate::history::currency::Approved, l: &Labels) -> String {
    l.approval_phrase(
        a.date.map(|d| d.to_string()).as_deref(),
        a.body.as_deref(),
        a.decision.as_deref(),
        &a.round,
    )
}

/// The last currency check in one line: `2022-10-05 aktuell (2022-1)`.
pub fn check_phrase(c: &crate::history::currency::Check, l: &Labels) -> String {
    format!(
        "{} {} ({})",
        c.date.map(|d| d.to_string()).unwrap_or_default(),
        l.verdict(&c.verdict),
        c.round
    )
}

/// The currency sheet: the summary and a table, its fixed wording in the
/// report's language.
pub fn currency(
    out: &mut dyn Write,
    collection: &Collection,
    r: &crate::history::currency::CurrencyReport,
) -> std::io::Result<()> {
    use crate::history::currency::DueState;
    let l = Labels::of(&r.language);
    let s = &r.summary;
    writeln!(
        out,
        "# {}\n",
        escape_cell(&l.currency_title(collection.title_in(&r.language), &r.as_of.to_string()))
    )?;
    writeln!(
        out,
        "{}; *{}* {}\n",
        l.checked_every(r.interval_months),
        l.due,
        l.due_means(r.due_window_months)
    )?;
    writeln!(
        out,
        "- {}",
        l.currency_totals(s.total, s.in_force, s.in_revision, s.withdrawn)
    )?;
    writeln!(
        out,
        "- **{}: {}**, {}: {}, {}: {}",
        l.overdue_cap, s.overdue, l.due, s.due, l.ok, s.ok
    )?;
    writeln!(
        out,
        "- {}\n",
        l.changed_counts(s.changed_since_approval, s.never_approved, s.translations_behind)
    )?;
    writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | | {} | {} |",
        l.no_header,
        l.guideline_header,
        l.status_header,
        l.approved_header,
        l.last_check_header,
        l.next_check_header,
        l.changed_since_header,
        l.deviations_header
    )?;
    writeln!(out, "|---:|---|---|---|---|---|---|---|---:|")?;
    for g in &r.guidelines {
        let approved = g
            .approved
            .as_ref()
            .map(|a| escape_cell(&approval_phrase(a, l)))
            .unwrap_or_else(|| "—".into());
        let check = g
            .last_check
            .as_ref()
            .map(|c| escape_cell(&check_phrase(c, l)))
            .unwrap_or_else(|| "—".into());
        let state = match g.due_state {
            DueState::Overdue => format!("**{}**", l.overdue),
            DueState::Due => l.due.to_string(),
            DueState::Ok => l.ok.to_string(),
        };
        writeln!(
            out,
            "| {} | {} ({}) | {} | {} | {} | {} | {} | {} | {} |",
            g.number.map(|n| n.to_string()).unwrap_or_default(),
            escape_cell(&g.title),
            code(&g.id),
            l.currency_status(g.status),
            approved,
            check,
            g.next_due.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
            if g.status == crate::history::currency::Status::Withdrawn {
                ""
            } else {
                &state
            },
            match g.changes_since_approval.len() {
                0 => String::new(),
                n => l.commits(n),
            },
            match g.active_deviations {
                0 => String::new(),
                n if g.deviations_text_changed.is_empty() => n.to_string(),
                n => format!(
                    "{n} ({})",
                    g.deviations_text_changed
                        .iter()
                        .map(|d| code(&d.code))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_stays_text() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)>"),
            r"\<img src=x onerror=alert(1)\>"
        );
        assert_eq!(escape("A &amp; B & C &#38; D"), r"A \&amp; B & C \&\#38; D");
        assert_eq!(
            escape("[länk](http://x) *a* _b_ `c` ~~d~~ | e"),
            r"\[länk\](http://x) \*a\* \_b\_ \`c\` \~\~d\~\~ \| e"
        );
        assert_eq!(escape("a\r\nb\rc\u{1b}[2J"), "a\nb\u{fffd}c\u{fffd}\\[2J");
    }

    #[test]
    fn block_markers_at_a_line_start_are_escaped_elsewhere_kept() {
        assert_eq!(
            escape("- a\n+ b\n1. c\n2) d\n# e\n> f"),
            "\\- a\n\\+ b\n1\\. c\n2\\) d\n\\# e\n\\> f"
        );
        assert_eq!(escape("rubrik\n===\n---"), "rubrik\n\\===\n\\---");
        assert_eq!(
            escape("-5 kr, 2.5 %, 2026-1, a - b, 1.a"),
            "-5 kr, 2.5 %, 2026-1, a - b, 1.a"
        );
        assert_eq!(escape("  - indragen"), "  \\- indragen");
    }

    #[test]
    fn cells_and_headings_are_one_line_and_codes_plain_or_escaped() {
        assert_eq!(escape_cell("Kommun\nförbundet\t|x"), r"Kommun förbundet \|x");
        assert_eq!(code("samarbete"), "`samarbete`");
        assert_eq!(code("2026-1/S-7f3a2c"), "`2026-1/S-7f3a2c`");
        assert_eq!(code("a`b|c"), r"a\`b\|c");
        assert_eq!(code(""), "");
    }
}
