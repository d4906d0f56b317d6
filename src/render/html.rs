//! Self-contained HTML pages, rendered with minijinja templates from
//! `templates/` with auto-escaping on (every `.html` template), so guideline
//! text is escaped by construction.

use std::io::Write;

use minijinja::{Environment, context};

use crate::model::{Collection, Guideline, TextField};
use crate::render::{Labels, field_label};

/// The shared page style, inlined in every page.
pub const STYLE: &str = include_str!("../../templates/style.css");

/// The word diff's fields (scoped to an element of class `diff`): the diff
/// page's and the site's version pages'.
pub const DIFF_STYLE: &str = include_str!("../../templates/diff.css");

/// The template environment with every page template loaded, the one every
/// HTML page is rendered with: `.html` templates auto-escape, and every
/// value goes through [`crate::render::clean`] first, so a page never
/// carries a code point HTML forbids (controls, noncharacters), whatever
/// the content.
pub fn environment() -> Environment<'static> {
    // Compiled once: a site renders thousands of pages, each report page
    // through its own renderer (a clone shares the compiled templates).
    static ENV: std::sync::OnceLock<Environment<'static>> = std::sync::OnceLock::new();
    ENV.get_or_init(build_environment).clone()
}

/// `{{ t("guidelines-count", count=3) }}`: a message of the catalogue of
/// the template's `lang` (English when it has none), its variables as
/// keyword arguments (numbers select plurals). The text is escaped like any
/// other value.
fn translate(
    state: &minijinja::State<'_, '_>,
    id: &str,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    let lang = state
        .lookup("lang")
        .and_then(|l| l.as_str().map(str::to_string))
        .unwrap_or_default();
    let mut args = crate::i18n::Args::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        let value = match (value.as_i64(), value.as_str()) {
            (Some(n), _) => crate::i18n::value(n),
            (None, Some(text)) => crate::i18n::value(text.to_string()),
            (None, None) => crate::i18n::value(value.to_string()),
        };
        args.set(name.to_string(), value);
    }
    kwargs.assert_all_used()?;
    Ok(crate::i18n::Catalogue::of(&lang).get(id, Some(&args)))
}

fn build_environment() -> Environment<'static> {
    let mut env = Environment::new();
    for (name, source) in [
        ("style.css", STYLE),
        ("show.html", include_str!("../../templates/show.html")),
        ("currency.html", include_str!("../../templates/currency.html")),
        ("diff.html", include_str!("../../templates/diff.html")),
        ("diff_fields.html", include_str!("../../templates/diff_fields.html")),
        ("comments.html", include_str!("../../templates/comments.html")),
        ("changelog.html", include_str!("../../templates/changelog.html")),
        ("site/base.html", include_str!("../../templates/site/base.html")),
        ("site/macros.html", include_str!("../../templates/site/macros.html")),
        ("site/root.html", include_str!("../../templates/site/root.html")),
        ("site/home.html", include_str!("../../templates/site/home.html")),
        (
            "site/guideline.html",
            include_str!("../../templates/site/guideline.html"),
        ),
        ("site/version.html", include_str!("../../templates/site/version.html")),
        ("site/round.html", include_str!("../../templates/site/round.html")),
        ("site/theme.html", include_str!("../../templates/site/theme.html")),
        ("site/search.html", include_str!("../../templates/site/search.html")),
    ] {
        env.add_template(name, source).expect("the shipped templates are valid");
    }
    env.add_function("t", translate);
    env.set_formatter(|out, state, value| {
        let cleaned = value.as_str().map(crate::render::clean);
        match cleaned {
            Some(std::borrow::Cow::Owned(text)) => {
                let value = if value.is_safe() {
                    minijinja::Value::from_safe_string(text)
                } else {
                    minijinja::Value::from(text)
                };
                minijinja::escape_formatter(out, state, &value)
            }
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
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

/// The currency sheet as a page with a table, its fixed wording in the
/// report's language.
pub fn currency(
    out: &mut dyn Write,
    collection: &Collection,
    r: &crate::history::currency::CurrencyReport,
) -> std::io::Result<()> {
    use crate::history::currency::{DueState, Status};
    let l = Labels::of(&r.language);
    let rows: Vec<minijinja::Value> = r
        .guidelines
        .iter()
        .map(|g| {
            context! {
                number => g.number,
                title => g.title,
                id => g.id,
                status => l.currency_status(g.status),
                approved => g.approved.as_ref().map(|a| super::markdown::approval_phrase(a, l)),
                changed => g.approved.as_ref().is_some_and(|a| !a.text_as_approved),
                check => g.last_check.as_ref().map(|c| super::markdown::check_phrase(c, l)),
                next_due => g.next_due.map(|d| d.to_string()),
                due_state => match (g.status, g.due_state) {
                    (Status::Withdrawn, _) => "",
                    (_, DueState::Overdue) => "overdue",
                    (_, DueState::Due) => "due",
                    (_, DueState::Ok) => "ok",
                },
                changes => match g.changes_since_approval.len() {
                    0 => String::new(),
                    n => l.commits(n),
                },
            }
        })
        .collect();
    let s = &r.summary;
    let as_of = r.as_of.to_string();
    let title = collection.title_in(&r.language);
    render_to(
        out,
        "currency.html",
        context! {
            lang => r.language,
            l => minijinja::Value::from_serialize(l),
            page_title => l.currency_title(title, &as_of),
            heading => l.currency_heading(&as_of),
            checked_every => l.checked_every(r.interval_months),
            due_means => l.due_means(r.due_window_months),
            totals => l.currency_totals(s.total, s.in_force, s.in_revision, s.withdrawn),
            changed_counts => l.changed_counts(s.changed_since_approval, s.never_approved, s.translations_behind),
            title => title,
            r => minijinja::Value::from_serialize(r),
            rows => rows,
            style => STYLE,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_translate_with_t_in_their_language_and_escape_it() {
        let mut env = environment();
        env.add_template(
            "t.html",
            r#"{{ t("guidelines-count", count=n) }} | {{ t("changes-from-to", from=a, to="<b>") }}"#,
        )
        .unwrap();
        let t = env.get_template("t.html").unwrap();
        let sv = t
            .render(minijinja::context! { lang => "sv", n => 1, a => "A" })
            .unwrap();
        assert_eq!(sv, "1 riktlinje | Ändringar från A till &lt;b&gt;");
        let fi = t
            .render(minijinja::context! { lang => "fi", n => 16, a => "A" })
            .unwrap();
        assert_eq!(fi, "16 linjausta | Muutokset A – &lt;b&gt;");
        let other = t
            .render(minijinja::context! { lang => "de", n => 2, a => "A" })
            .unwrap();
        assert!(other.starts_with("2 guidelines | "), "{other}");
        let bad = env.render_str(
            r#"{{ t("and-more", count=1, nope=2, extra=x) }}"#,
            minijinja::context! {},
        );
        assert!(bad.is_ok(), "unknown variables are the catalogue's business: {bad:?}");
    }
}
