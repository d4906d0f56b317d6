//! The diff as a self-contained HTML page (`templates/diff.html`): per
//! changed field the old and new text side by side with the changes
//! highlighted, then the inline view. minijinja auto-escapes every value, so
//! guideline text is escaped by construction; no scripts, prints cleanly.

use std::io::Write;

use minijinja::context;
use serde::Serialize;

use crate::diff::{CollectionDiff, GuidelineDiff};
use crate::render::labels::capitalized;
use crate::render::{Labels, Mark, diff_field_label, inline_marks, round_sides, side_label, summary_line};

#[derive(Serialize)]
struct Field<'a> {
    label: String,
    path: String,
    old: Vec<(bool, &'a str)>,
    new: Vec<(bool, &'a str)>,
    inline: Vec<(Mark, &'a str)>,
}

#[derive(Serialize)]
struct Guideline<'a> {
    id: &'a str,
    number: u32,
    title: &'a str,
    /// The status's name in the data (`modified`), for the badge's class.
    status: &'static str,
    /// The status in the document's language.
    status_label: &'static str,
    renumbered: Option<(u32, u32)>,
    rethemed: Option<(String, String)>,
    fields: Vec<Field<'a>>,
}

#[derive(Serialize)]
struct Theme<'a> {
    name: String,
    guidelines: Vec<Guideline<'a>>,
}

fn guideline<'a>(d: &'a CollectionDiff, g: &'a GuidelineDiff, l: &Labels) -> Guideline<'a> {
    Guideline {
        id: &g.id,
        number: g.number,
        title: &g.title,
        status: crate::render::labels::EN.status(g.status),
        status_label: l.status(g.status),
        renumbered: g.renumbered(),
        rethemed: g.rethemed().map(|(o, n)| (d.theme_name(o), d.theme_name(n))),
        fields: g
            .changed_fields()
            .map(|f| Field {
                label: diff_field_label(d, f),
                path: f.field.to_string(),
                old: f.old_side(),
                new: f.new_side(),
                inline: inline_marks(f),
            })
            .collect(),
    }
}

/// The changed guidelines of `d` for a page that shows them inside its own
/// (the site's version pages): `guidelines` for the `guideline` macro of
/// `diff_fields.html`, with its wording (`l`, `from_label`, `to_label`,
/// `number_label`, `theme_label`) and the `summary` line. The page's style
/// needs [`super::html::DIFF_STYLE`] and an element of class `diff` around them.
pub fn embedded(d: &CollectionDiff) -> minijinja::Value {
    let l = Labels::of(&d.lang);
    let (from, to) = (side_label(&d.from, l), side_label(&d.to, l));
    let guidelines: Vec<Guideline<'_>> = d.changed().map(|g| guideline(d, g, l)).collect();
    context! {
        l => minijinja::Value::from_serialize(l),
        from_label => from,
        to_label => to,
        number_label => capitalized(l.number),
        theme_label => capitalized(l.theme),
        summary => summary_line(d, l),
        guidelines => guidelines,
    }
}

/// Write the page, its fixed wording in the diff's language.
pub fn write(out: &mut dyn Write, d: &CollectionDiff) -> std::io::Result<()> {
    let l = Labels::of(&d.lang);
    let mut themes: Vec<Theme<'_>> = Vec::new();
    for g in d.changed() {
        let name = d.theme_name(&g.theme);
        match themes.last_mut() {
            Some(t) if t.name == name => t.guidelines.push(guideline(d, g, l)),
            _ => themes.push(Theme {
                name,
                guidelines: vec![guideline(d, g, l)],
            }),
        }
    }
    let env = super::html::environment();
    let html = env
        .get_template("diff.html")
        .and_then(|t| {
            let (from, to) = (side_label(&d.from, l), side_label(&d.to, l));
            t.render(context! {
                lang => d.lang,
                l => minijinja::Value::from_serialize(l),
                page_title => l.changes_title(d.collection.title_in(&d.lang), &from, &to),
                heading => l.changes_from_to(&from, &to),
                collection_title => d.collection.title_in(&d.lang),
                from_label => from,
                to_label => to,
                round => round_sides(d, l),
                number_label => capitalized(l.number),
                theme_label => capitalized(l.theme),
                summary => summary_line(d, l),
                themes => themes,
                style => super::html::STYLE,
                diff_style => super::html::DIFF_STYLE,
            })
        })
        .map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}
