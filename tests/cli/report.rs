//! Tests of `report currency`: the yearly review's starting sheet.

use serde_json::{Value, json};

use crate::common::*;
use crate::history_records::*;

fn currency(d: &Dated, as_of: &str) -> Vec<Value> {
    let out = d
        .repo
        .run_ok(&["report", "currency", "--as-of", as_of, "--format", "json"]);
    serde_json::from_str(&out).expect("an array")
}

fn row<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

/// After the approval: a renumbering (not a text change), then an
/// unapproved edit of `samarbete`.
fn later_history(d: &Dated) {
    d.repo.edit("guidelines/samarbete.toml", "number = 1", "number = 2");
    d.repo.edit(
        "guidelines/sakerstallande-av-interoperabiliteten.toml",
        "number = 2",
        "number = 1",
    );
    d.commit("2022-03-01", "Swap the numbers of guidelines 1 and 2");
    d.repo
        .edit("guidelines/samarbete.toml", "överenskommen roll", "avtalad roll");
    d.commit_by("2022-06-01", "Mikko Virtanen", "Change a word");
}

#[test]
fn the_sheet_gives_each_guideline_its_approval_check_and_due_date() {
    let d = approved_round();
    later_history(&d);

    let rows = currency(&d, "2021-12-31");
    assert_eq!(rows.len(), 16);
    let s = row(&rows, "samarbete");
    assert_eq!(s["number"], 1);
    assert_eq!(s["title"], "Samarbete");
    assert_eq!(s["status"], "in-force");
    assert_eq!(
        s["approved"],
        json!({"date": "2021-10-05", "body": "Social- och hälsovårdsministeriet", "decision": "VN/1234/2021",
               "round": "2021-1", "commit": s["approved"]["commit"], "text_as_approved": true})
    );
    assert!(s["last_check"].is_null());
    assert_eq!(s["next_due"], "2022-10-05");
    assert_eq!(s["due_basis"], "approval");
    assert_eq!(s["due_state"], "ok");
    assert_eq!(s["changes_since_approval"], json!([]));
    // The Finnish texts were last changed before the Swedish edit.
    assert_eq!(s["translations_behind"][0]["language"], "fi");
    assert!(
        s["translations_behind"][0]["translation_changed"]
            .as_str()
            .unwrap()
            .starts_with("2021-04-01")
    );
    assert!(
        s["translations_behind"][0]["primary_changed"]
            .as_str()
            .unwrap()
            .starts_with("2021-09-21")
    );

    let rows = currency(&d, "2022-08-15");
    let s = row(&rows, "samarbete");
    assert_eq!(s["number"], 2);
    assert_eq!(s["due_state"], "due", "2022-10-05 falls within three months");
    assert_eq!(s["approved"]["text_as_approved"], false);
    // The renumbering is not a text change; the edit is.
    let changes = s["changes_since_approval"].as_array().unwrap();
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0]["author"], "Mikko Virtanen");
    assert!(changes[0]["date"].as_str().unwrap().starts_with("2022-06-01"));
    assert_eq!(changes[0]["id"], d.repo.head().as_str());
    let e = row(&rows, "enhetliga-indikatorer");
    assert_eq!(e["approved"]["text_as_approved"], true);
    // Never approved nor checked: due a year after it was added.
    let k = row(&rows, "klientupplevelsens-enhetlighet");
    assert!(k["approved"].is_null());
    assert_eq!(k["next_due"], "2022-03-01");
    assert_eq!(k["due_basis"], "added");
    assert_eq!(k["due_state"], "overdue");
}

#[test]
fn currency_checks_revisions_and_withdrawals_set_status_and_due_dates() {
    let d = approved_round();
    d.open_round(
        "2022-11-01",
        "2022-c",
        "currency-check",
        &["enhetliga-indikatorer", "klientupplevelsens-enhetlighet"],
    );
    for (id, verdict) in [
        ("enhetliga-indikatorer", "current"),
        ("klientupplevelsens-enhetlighet", "withdraw"),
    ] {
        d.repo.write(
            &format!("reviews/2022-c/verdicts/{id}.toml"),
            format!(
                "verdict = \"{verdict}\"\nnote = \"Granskad.\"\ndate = \"2022-11-02\"\nrecorded_by = \"Sara Sekreterare <sara@example.org>\"\nrecorded_at = \"2022-11-02T10:00:00+02:00\"\n{}",
                d.binding(&[id])
            ),
        );
        d.commit(
            "2022-11-02",
            &format!("Currency check 2022-c: {id} is {verdict}\n\nReview-Round: 2022-c\n"),
        );
    }
    d.open_round("2023-01-10", "2023-1", "revision", &["samarbete"]);
    d.repo
        .git(&["rm", "-q", "guidelines/minskning-av-dubbla-integrationer.toml"]);
    d.commit("2023-01-20", "Remove a guideline");

    let rows = currency(&d, "2022-12-01");
    let e = row(&rows, "enhetliga-indikatorer");
    assert_eq!(
        e["last_check"],
        json!({"round": "2022-c", "date": "2022-11-02", "verdict": "current", "note": "Granskad."})
    );
    assert_eq!(e["next_due"], "2023-11-02");
    assert_eq!(e["due_basis"], "check");
    assert_eq!(e["due_state"], "ok");
    let k = row(&rows, "klientupplevelsens-enhetlighet");
    assert_eq!(k["status"], "withdrawn");
    assert!(k["next_due"].is_null());
    assert_eq!(row(&rows, "samarbete")["status"], "in-force");

    let rows = currency(&d, "2023-02-01");
    let s = row(&rows, "samarbete");
    assert_eq!(s["status"], "in-revision");
    assert_eq!(s["revision_round"], "2023-1");
    // A guideline removed from the collection is listed as withdrawn.
    assert_eq!(rows.len(), 16);
    let m = row(&rows, "minskning-av-dubbla-integrationer");
    assert_eq!(m["status"], "withdrawn");
    assert!(m["number"].is_number());

    let text = d.repo.run_ok(&["report", "currency", "--as-of", "2023-02-01"]);
    assert!(
        text.contains("16 guidelines: 13 in force, 1 in revision, 2 withdrawn"),
        "{text}"
    );
    assert!(text.contains("In revision in round 2023-1"), "{text}");
}

#[test]
fn the_text_sheet_explains_itself() {
    let d = approved_round();
    later_history(&d);
    let text = d.repo.run_ok(&["report", "currency", "--as-of", "2022-08-15"]);
    let head: String = text.lines().take(7).collect::<Vec<_>>().join("\n");
    insta::assert_snapshot!("currency_text_head", redact(&d, &head));
    let samarbete: String = text
        .split("\n\n")
        .find(|block| block.contains("(samarbete)"))
        .unwrap()
        .to_string();
    insta::assert_snapshot!("currency_text_samarbete", samarbete);
}

fn redact(d: &Dated, text: &str) -> String {
    let mut out = text.to_string();
    for id in d.repo.git(&["rev-list", "--all"]).lines() {
        out = out.replace(&id[..7], "<id>");
    }
    out
}

#[test]
fn markdown_html_and_csv_hold_the_same_sheet() {
    let d = approved_round();
    later_history(&d);
    d.repo.edit(
        "guidelines/klientupplevelsens-enhetlighet.toml",
        "title = \"Klientupplevelsens enhetlighet\"",
        "title = \"Klientupplevelsens <b>enhetlighet</b> & mer\"",
    );
    d.commit("2022-07-01", "Retitle");
    let sheet = |f: &str| {
        d.repo
            .run_ok(&["report", "currency", "--as-of", "2022-08-15", "--format", f])
    };
    let md = sheet("markdown");
    assert!(md.contains("| 2 | Samarbete (`samarbete`) | i kraft | 2021-10-05 av Social- och hälsovårdsministeriet, beslut VN/1234/2021, omgång 2021-1 |"), "{md}");
    assert!(
        md.contains("Klientupplevelsens \\<b\\>enhetlighet\\</b\\> & mer"),
        "{md}"
    );
    let html = sheet("html");
    assert!(html.contains("<html lang=\"sv\">"), "{html}");
    assert!(
        html.contains("Klientupplevelsens &lt;b&gt;enhetlighet&lt;&#x2f;b&gt; &amp; mer"),
        "{html}"
    );
    assert!(!html.contains("<b>enhetlighet"), "{html}");
    assert!(
        html.contains("<strong>texten har ändrats sedan dess</strong>"),
        "{html}"
    );
    let csv = sheet("csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "\"number\",\"id\",\"title\",\"status\",\"approved_date\",\"approved_body\",\"approved_decision\",\"approved_round\",\"text_as_approved\",\"last_check_date\",\"last_check_verdict\",\"last_check_round\",\"next_due\",\"due_state\",\"changes_since_approval\",\"translations_behind\",\"active_deviations\",\"deviations_text_changed\""
    );
    assert!(
        csv.contains("\"2\",\"samarbete\",\"Samarbete\",\"in force\",\"2021-10-05\",\"Social- och hälsovårdsministeriet\",\"VN/1234/2021\",\"2021-1\",\"false\",\"\",\"\",\"\",\"2022-10-05\",\"due\",\"1\",\"fi\",\"0\",\"\"\n"),
        "{csv}"
    );
}

#[test]
fn a_repository_without_review_records_reports_every_guideline_unapproved() {
    let repo = TestRepo::example();
    let out = repo.run_ok(&["report", "currency", "--format", "json"]);
    let rows: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(rows.len(), 16);
    for r in &rows {
        assert!(r["approved"].is_null() && r["last_check"].is_null());
        assert_eq!(r["status"], "in-force");
        // Added 2026-03-02 (the test clock), due a year later: not yet due.
        assert_eq!(r["next_due"], "2027-03-02");
        assert_eq!(r["due_state"], "ok");
    }
    let text = repo.run_ok(&["report", "currency"]);
    assert!(text.contains("No approval recorded: 16"), "{text}");
}

#[test]
fn bad_dates_are_refused_and_nothing_changes() {
    let d = approved_round();
    let before = d.repo.files();
    let head = d.repo.head();
    let stderr = fails_with(d.repo.cmd().args(["report", "currency", "--as-of", "2020-12-31"]), 2);
    assert!(
        stderr.contains("--as-of 2020-12-31 is before the first commit of the guidelines (2021-03-01)"),
        "{stderr}"
    );
    let stderr = fails_with(d.repo.cmd().args(["report", "currency", "--as-of", "last year"]), 2);
    assert!(
        stderr.contains("--as-of `last year` is not a date; write it as YYYY-MM-DD"),
        "{stderr}"
    );
    assert_eq!(d.repo.files(), before);
    assert_eq!(d.repo.head(), head);
}

#[test]
fn lang_gives_finnish_or_english_wording_and_the_terminal_text_follows_it() {
    let d = approved_round();
    later_history(&d);
    let sheet = |f: &str, lang: &str| {
        d.repo.run_ok(&[
            "report",
            "currency",
            "--as-of",
            "2022-08-15",
            "--format",
            f,
            "--lang",
            lang,
        ])
    };
    // Finnish: the wording, and the title the collection has in Finnish.
    let md = sheet("markdown", "fi");
    for line in [
        "# Sosiaali- ja terveydenhuollon tiedonhallinnan linjaukset — ajantasaisuus, tilanne 2022-08-15\n",
        "Jokainen linjaus tarkistetaan 12 kuukauden välein; *erääntyy* tarkoittaa, että tarkistus on tehtävä 3 kuukauden kuluessa.",
        "- 16 linjausta: voimassa 16, päivitettävänä 0, kumottu 0",
        "- **Myöhässä: 14**, erääntyy: 2, ajallaan: 0",
        "| Nro | Linjaus | Tila | Hyväksytty | Viimeisin tarkistus | Seuraava tarkistus | | Muutettu hyväksynnän jälkeen |",
        "| 2 | Yhteistyö (`samarbete`) | voimassa | 2021-10-05, hyväksyjä Social- och hälsovårdsministeriet, päätös VN/1234/2021, kierros 2021-1 | — | 2022-10-05 | erääntyy | 1 muutos |",
        "| **myöhässä** |",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = sheet("html", "fi");
    for part in [
        "<html lang=\"fi\">",
        "<h1>Linjausten ajantasaisuus, tilanne 2022-08-15</h1>",
        "<th>Nro</th><th>Linjaus</th><th>Tila</th>",
        "<strong>tekstiä on muutettu sen jälkeen</strong>",
        "<td>2022-03-01 <strong>myöhässä</strong></td>",
    ] {
        assert!(html.contains(part), "lacks {part:?} in:\n{html}");
    }
    // English.
    let md = sheet("markdown", "en");
    for line in [
        " — currency as of 2022-08-15\n",
        "Each guideline is checked every 12 months; *due* means the check falls within 3 months.",
        "- 16 guidelines: 16 in force, 0 in revision, 0 withdrawn",
        "- **Overdue: 14**, due: 2, ok: 0",
        "| No. | Guideline | Status | Approved | Last check | Next check | | Changed since approval |",
        "| 2 | Samarbete (`samarbete`) | in force | 2021-10-05 by Social- och hälsovårdsministeriet, decision VN/1234/2021, round 2021-1 | — | 2022-10-05 | due | 1 commit |",
    ] {
        assert!(md.contains(line), "lacks {line:?} in:\n{md}");
    }
    let html = sheet("html", "en");
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(
        html.contains("<h1>Currency of the guidelines as of 2022-08-15</h1>"),
        "{html}"
    );
    assert!(html.contains("<strong>the text has changed since</strong>"), "{html}");

    // The terminal text is in the terminal's language, which the
    // command's `--lang` names; JSON and CSV keep their keys and values.
    let text = sheet("text", "fi");
    assert!(text.contains("Linjausten ajantasaisuus 2022-08-15"), "{text}");
    assert!(text.contains("2. Yhteistyö (samarbete)  voimassa · vuorossa"), "{text}");
    let text = sheet("text", "en");
    assert!(text.contains("Currency of the guidelines as of 2022-08-15"), "{text}");
    assert!(text.contains("  in force · due\n"), "{text}");
    let csv = sheet("csv", "fi");
    assert!(csv.starts_with("\"number\",\"id\",\"title\",\"status\","), "{csv}");
    assert!(csv.contains(",\"in force\",\"2021-10-05\","), "{csv}");
    let rows: Vec<Value> = serde_json::from_str(&sheet("json", "fi")).unwrap();
    assert_eq!(row(&rows, "samarbete")["status"], "in-force");
}

#[test]
fn an_unknown_lang_names_the_languages() {
    let d = approved_round();
    let before = d.repo.files();
    for format in ["text", "markdown", "html", "csv", "json"] {
        let out = d
            .repo
            .cmd()
            .args(["report", "currency", "--lang", "EN", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{format}: nothing printed");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("error: the collection has no language `EN`; its languages are: sv, fi, en"),
            "{format}: {err}"
        );
    }
    assert_eq!(d.repo.files(), before);
}
