//! Self-contained HTML pages, rendered with minijinja templates from
//! `templates/` with auto-escaping on (every `.html` template), so guideline
//! text is escaped by construction.

use std::io::Write;

use minijinja::{Environment, context};

use crate::model::{Collection, Guideline, TextField};
use crate::render::field_label;

/// The shared page style, inlined in every page.
pub const STYLE: &str = include_str!("../../templates/style.css");

/// The template environment with every page template loaded.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.add_template("style.css", STYLE)
        .expect("the style is a valid template");
    env.add_template("show.html", include_str!("../../templates/show.html"))
        .expect("show.html is a valid template");
    env.add_template("currency.html", include_str!("../../templates/currency.html"))
        .expect("currency.html is a valid template");
    env
}

fn render_to(out: &mut dyn Write, name: &str, ctx: minijinja::Value) -> std::io::Result<()> {
    let env = environment();
    let template = env.get_template(name).map_err(std::io::Error::other)?;
    let html = template.render(ctx).map_err(std::io::Error::other)?;
    out.write_all(html.as_bytes())
}

/// One guideline as a page.
pub fn guideline(out: &mut dyn Write, collection: &Collection, g: &Guideline, lang: &str) -> std::io::Result<()> {
    let actor_order: Vec<String> = collection.actors.iter().map(|a| a.id.clone()).collect();
    let fields: Vec<(String, String)> = g
        .texts
        .get(lang)
        .map(|t| {
            t.fields(&actor_order)
                .filter(|(f, _)| *f != TextField::Title)
                .map(|(f, v)| (field_label(&f, lang, collection), v.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let theme = collection.theme(&g.theme).map(|t| t.name_in(lang)).unwrap_or(&g.theme);
    render_to(
        out,
        "show.html",
        context! {
            lang => lang,
            collection_title => collection.title_in(lang),
            number => g.number,
            id => g.id,
            title => g.title_in(lang),
            theme => theme,
            fields => fields,
            style => STYLE,
        },
    )
}

/// The currency sheet as a page with a table.
pub fn currency(
    out: &mut dyn Write,
    collection: &Collection,
    r: &crate::history::currency::CurrencyReport,
) -> std::io::Result<()> {
    use crate::history::currency::{DueState, Status};
    let rows: Vec<minijinja::Value> = r
        .guidelines
        .iter()
        .map(|g| {
            context! {
                number => g.number,
                title => g.title,
                id => g.id,
                status => g.status.label(),
                approved => g.approved.as_ref().map(super::text::approval_phrase),
                changed => g.approved.as_ref().is_some_and(|a| !a.text_as_approved),
                check => g.last_check.as_ref().map(|c| format!(
                    "{} {} ({})",
                    c.date.map(|d| d.to_string()).unwrap_or_default(),
                    c.verdict,
                    c.round
                )),
                next_due => g.next_due.map(|d| d.to_string()),
                due_state => match (g.status, g.due_state) {
                    (Status::Withdrawn, _) => "",
                    (_, DueState::Overdue) => "overdue",
                    (_, DueState::Due) => "due",
                    (_, DueState::Ok) => "ok",
                },
                changes => match g.changes_since_approval.len() {
                    0 => String::new(),
                    1 => "1 commit".to_string(),
                    n => format!("{n} commits"),
                },
            }
        })
        .collect();
    render_to(
        out,
        "currency.html",
        context! {
            lang => r.language,
            title => collection.title_in(&r.language),
            r => minijinja::Value::from_serialize(r),
            rows => rows,
            style => STYLE,
        },
    )
}
