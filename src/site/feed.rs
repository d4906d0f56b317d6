//! The Atom feed of a language tree (`feed.xml`): approvals, rounds
//! opened and comment deadlines, each with an id that stays the same from
//! one publication to the next. Written with quick-xml, so every value is
//! escaped by the writer.

use chrono::{DateTime, FixedOffset, SecondsFormat};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::Result;
use crate::site::Site;
use crate::site::labels;
use crate::site::pages::segment;

/// One entry.
struct Item {
    id: String,
    title: String,
    updated: DateTime<FixedOffset>,
    href: String,
    summary: String,
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> std::io::Result<()> {
    w.write_event(Event::Start(BytesStart::new(name)))?;
    w.write_event(Event::Text(BytesText::new(&crate::render::clean(value))))?;
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

fn link(w: &mut Writer<Vec<u8>>, rel: &str, href: &str) -> std::io::Result<()> {
    let mut e = BytesStart::new("link");
    e.push_attribute(("rel", rel));
    e.push_attribute(("href", href));
    w.write_event(Event::Empty(e))
}

fn time(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The feed of `lang`'s tree.
pub fn feed(site: &Site<'_>, lang: &str) -> Result<Vec<u8>> {
    let l = labels::of(lang);
    let c = &site.collection;
    let key = crate::model::short_slug(c.title_in(c.primary_language()));
    let mut items: Vec<Item> = Vec::new();
    for r in site.rounds.iter().filter(|r| r.cancelled().is_none()) {
        let href = format!("rounds/{}/index.html", segment(&r.id));
        let urn = |what: &str| format!("urn:riktlinjer:{key}:{lang}:round:{}:{what}", r.id);
        let opened_at = site
            .index
            .rounds
            .get(&r.id)
            .and_then(|s| s.opened_at)
            .map(|n| site.index.commit(n).time)
            .or_else(|| r.events.first().map(|e| e.event.recorded_at));
        if let Some(t) = opened_at {
            items.push(Item {
                id: urn("opened"),
                title: format!("{}: {} ({})", l.feed_opened, r.round.title, r.id),
                updated: t,
                href: href.clone(),
                summary: format!("{} {}", l.opened, r.round.opened),
            });
        }
        if let Some(w) = r.comment_round(&site.workflow) {
            items.push(Item {
                id: urn("comments"),
                title: format!("{} {}: {} ({})", l.feed_deadline, w.closes, r.round.title, r.id),
                updated: w.event.event.recorded_at,
                href: href.clone(),
                summary: format!("{} {} – {}", l.comment_round, w.opens, w.closes),
            });
        }
        if let Some(a) = r.approval() {
            let e = &a.event;
            items.push(Item {
                id: urn("approved"),
                title: format!("{}: {} ({})", l.feed_approved, r.round.title, r.id),
                updated: e.recorded_at,
                href,
                summary: [
                    e.date.map(|d| d.to_string()),
                    e.body.clone(),
                    e.decision.as_ref().map(|d| format!("{} {d}", l.decision)),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
            });
        }
    }
    items.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    let updated = items
        .first()
        .map(|i| i.updated)
        .unwrap_or_else(|| site.index.commit(site.upto).time);
    let base = site
        .options
        .base_url
        .as_ref()
        .map(|b| format!("{}/{lang}/", b.trim_end_matches('/')));
    let abs = |href: &str| match &base {
        Some(b) => format!("{b}{href}"),
        None => href.to_string(),
    };

    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    let write = |w: &mut Writer<Vec<u8>>| -> std::io::Result<()> {
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        let mut feed = BytesStart::new("feed");
        feed.push_attribute(("xmlns", "http://www.w3.org/2005/Atom"));
        feed.push_attribute(("xml:lang", lang));
        w.write_event(Event::Start(feed))?;
        text(w, "id", &format!("urn:riktlinjer:{key}:{lang}:feed"))?;
        text(w, "title", c.title_in(lang))?;
        text(w, "updated", &time(&updated))?;
        w.write_event(Event::Start(BytesStart::new("author")))?;
        text(
            w,
            "name",
            c.owner
                .get(lang)
                .or_else(|| c.owner.values().next())
                .map_or("", String::as_str),
        )?;
        w.write_event(Event::End(BytesEnd::new("author")))?;
        link(w, "alternate", &abs("index.html"))?;
        if base.is_some() {
            link(w, "self", &abs("feed.xml"))?;
        }
        for i in &items {
            w.write_event(Event::Start(BytesStart::new("entry")))?;
            text(w, "id", &i.id)?;
            text(w, "title", &i.title)?;
            text(w, "updated", &time(&i.updated))?;
            link(w, "alternate", &abs(&i.href))?;
            text(w, "summary", &i.summary)?;
            w.write_event(Event::End(BytesEnd::new("entry")))?;
        }
        w.write_event(Event::End(BytesEnd::new("feed")))?;
        Ok(())
    };
    write(&mut w).map_err(crate::Error::Output)?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}
