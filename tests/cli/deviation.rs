//! The deviation register: `deviation add/end/list`, in `show` and in
//! `report currency`, under the audit's append-only and attribution rules.

use serde_json::Value;

use crate::common::*;

fn add(repo: &TestRepo, extra: &[&str]) -> String {
    let mut args = vec![
        "deviation",
        "add",
        "--project",
        "Projekt Apotti",
        "--guideline",
        "1",
        "--reason",
        "Egen lösning till 2027",
        "--date",
        "2026-02-01",
    ];
    args.extend(extra);
    let out = repo.run_ok(&args);
    out.split_whitespace()
        .find(|w| w.starts_with("D-"))
        .expect("a code")
        .trim_end_matches(':')
        .to_string()
}

fn audit(repo: &TestRepo) -> (i32, Value) {
    let out = repo.cmd().args(["audit", "--format", "json"]).output().unwrap();
    (out.status.code().unwrap(), serde_json::from_slice(&out.stdout).unwrap())
}

fn kinds(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["kind"].as_str().unwrap().into(), f["file"].as_str().unwrap().into()))
        .collect()
}

fn currency_row(repo: &TestRepo, id: &str) -> Value {
    let report = repo.json(&["report", "currency", "--format", "json"]);
    report
        .as_array()
        .or_else(|| report["guidelines"].as_array())
        .unwrap()
        .iter()
        .find(|g| g["id"] == id)
        .unwrap()
        .clone()
}

#[test]
fn a_deviation_is_recorded_listed_shown_counted_and_ended() {
    let repo = TestRepo::example();
    let code = add(
        &repo,
        &[
            "--actor",
            "serviceanordnare",
            "--decided-by",
            "Styrelsen",
            "--until",
            "2027-12-31",
        ],
    );
    let path = format!("reviews/deviations/{code}.toml");
    assert_eq!(repo.git(&["show", "--name-only", "--format=", "HEAD"]).trim(), path);
    let trailers = repo.git(&["log", "-1", "--format=%(trailers)"]);
    assert!(trailers.contains("Review-Round: deviations"), "{trailers}");
    assert!(
        trailers.contains(&format!("Review-Event: deviations/{code}")),
        "{trailers}"
    );
    let record = repo.read(&path);
    assert!(
        record.contains("guideline = \"samarbete\"") && record.contains("[content.blobs]"),
        "{record}"
    );

    let list = repo.json(&["deviation", "list", "--format", "json"]);
    assert_eq!(list[0]["code"], code.as_str());
    assert_eq!(list[0]["state"], "active");
    assert_eq!(list[0]["actor"], "serviceanordnare");
    assert_eq!(list[0]["text_changed"], false);
    let csv = repo.run_ok(&["deviation", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("\"code\",\"state\",\"project\",\"guideline\",\"number\","),
        "{csv}"
    );
    assert!(
        csv.contains(&format!(
            "\"{code}\",\"active\",\"Projekt Apotti\",\"samarbete\",\"1\","
        )),
        "{csv}"
    );
    let md = repo.run_ok(&[
        "deviation",
        "list",
        "--format",
        "markdown",
        "--project",
        "projekt apotti",
    ]);
    assert!(md.contains(&format!("| `{code}` | active | Projekt Apotti |")), "{md}");
    assert!(
        repo.run_ok(&["deviation", "list", "--guideline", "2"])
            .contains("No deviations")
    );

    let show = repo.run_ok(&["show", "1"]);
    assert!(
        show.contains("Active deviations (1)") && show.contains("Egen lösning till 2027"),
        "{show}"
    );
    assert!(!repo.run_ok(&["show", "2"]).contains("Active deviations"));
    let sv = repo.run_ok(&["--lang", "sv", "show", "1"]);
    assert!(
        sv.contains("gäller") && sv.contains("Beslutad av: Styrelsen") && sv.contains("till 2027-12-31"),
        "{sv}"
    );
    assert!(!sv.contains("Decided by"), "{sv}");

    let row = currency_row(&repo, "samarbete");
    assert_eq!(row["active_deviations"], 1);
    assert_eq!(row["deviations_text_changed"], serde_json::json!([]));
    let csv = repo.run_ok(&["report", "currency", "--format", "csv"]);
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",\"active_deviations\",\"deviations_text_changed\""),
        "{csv}"
    );
    let md = repo.run_ok(&["report", "currency", "--format", "markdown"]);
    assert!(md.contains("| Avvikelser |"), "{md}");
    repo.run_ok(&["check"]);
    assert_eq!(audit(&repo).0, 0);

    let out = repo.run_ok(&[
        "deviation",
        "end",
        &code,
        "--date",
        "2026-03-01",
        "--reason",
        "Följer riktlinjen nu.",
    ]);
    assert!(out.contains(&format!("reviews/deviations/ends/{code}.toml")), "{out}");
    let list = repo.json(&["deviation", "list", "--format", "json"]);
    assert_eq!(list[0]["state"], "ended");
    assert_eq!(list[0]["ended"]["reason"], "Följer riktlinjen nu.");
    assert_eq!(currency_row(&repo, "samarbete")["active_deviations"], 0);
    assert!(!repo.run_ok(&["show", "1"]).contains("Active deviations"));
    let again = fails_with(repo.cmd().args(["deviation", "end", &code, "--reason", "x"]), 2);
    assert!(again.contains("already ended"), "{again}");
    assert_eq!(audit(&repo).0, 0);
}

#[test]
fn bad_input_is_refused_and_records_nothing() {
    let repo = TestRepo::example();
    let before = repo.files();
    for (args, says) in [
        (vec!["--guideline", "99"], "no guideline `99`"),
        (
            vec!["--guideline", "1", "--actor", "rymdvarelse"],
            "the actors are: serviceanordnare",
        ),
        (
            vec!["--guideline", "1", "--until", "2020-01-01"],
            "--until 2020-01-01 is before",
        ),
        (vec!["--guideline", "1", "--date", "2030-01-01"], "lies in the future"),
    ] {
        let err = fails_with(
            repo.cmd()
                .args(["deviation", "add", "--project", "P", "--reason", "R"])
                .args(&args),
            2,
        );
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let err = fails_with(repo.cmd().args(["deviation", "end", "D-000000", "--reason", "x"]), 2);
    assert!(err.contains("no deviation `D-000000`"), "{err}");
    assert_eq!(repo.files(), before);
}

#[test]
fn a_revised_or_renumbered_guideline_keeps_its_deviations_and_the_report_names_them() {
    let repo = TestRepo::example();
    let code = add(&repo, &[]);
    repo.edit(
        "guidelines/samarbete.toml",
        "ska utvecklas i samarbete",
        "ska utvecklas i nära samarbete",
    );
    repo.commit_all("Revise guideline 1");
    let row = currency_row(&repo, "samarbete");
    assert_eq!(row["active_deviations"], 1);
    assert_eq!(row["deviations_text_changed"][0]["code"], code.as_str());
    assert_eq!(row["deviations_text_changed"][0]["project"], "Projekt Apotti");
    let text = repo.run_ok(&["report", "currency"]);
    assert!(
        text.contains(&format!(
            "Deviation {code} (Projekt Apotti, from 2026-02-01) was recorded against an earlier text"
        )),
        "{text}"
    );
    assert_eq!(
        repo.json(&["deviation", "list", "--format", "json"])[0]["text_changed"],
        true
    );

    // Renumbered: the deviation stays with the id, under the new number.
    repo.edit("guidelines/samarbete.toml", "number = 1\n", "number = 17\n");
    repo.commit_all("Renumber guideline 1");
    let list = repo.json(&["deviation", "list", "--guideline", "samarbete", "--format", "json"]);
    assert_eq!(
        (list[0]["code"].as_str(), list[0]["number"].as_u64()),
        (Some(code.as_str()), Some(17))
    );
    assert!(repo.run_ok(&["show", "17"]).contains(&code));
    // Removed: still listed under its id.
    repo.git(&["rm", "-q", "guidelines/samarbete.toml"]);
    repo.commit_all("Remove guideline 1");
    let list = repo.json(&["deviation", "list", "--guideline", "samarbete", "--format", "json"]);
    assert_eq!(list[0]["code"], code.as_str());
    assert!(list[0]["number"].is_null());
}

#[test]
fn the_register_is_append_only_and_attributed() {
    let repo = TestRepo::example();
    let code = add(&repo, &[]);
    let path = format!("reviews/deviations/{code}.toml");
    repo.edit(&path, "Egen lösning till 2027", "Egen lösning för alltid");
    repo.commit_all("Soften the reason");
    let (code_rc, report) = audit(&repo);
    assert_eq!(code_rc, 1);
    assert!(
        kinds(&report).contains(&("record-modified".into(), path.clone())),
        "{report}"
    );

    // A deviation written by hand, without the tool's trailers.
    let repo = TestRepo::example();
    let code = add(&repo, &["--no-commit"]);
    let path = format!("reviews/deviations/{code}.toml");
    repo.git(&["commit", "-q", "-m", "Add a deviation"]);
    let (rc, report) = audit(&repo);
    assert_eq!(rc, 1);
    assert_eq!(kinds(&report), [("record-unattributed".to_string(), path)], "{report}");
}
