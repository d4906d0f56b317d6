//! Tests of `comment add|import|answer`: the statements of a comment round.

use crate::common::*;
use crate::round::refused;
use crate::workflow::in_comment_round;

/// Write an input file into `incoming/` of the repository (outside
/// guidelines/ and reviews/), returning its path.
fn write_outside(repo: &TestRepo, name: &str, bytes: &[u8]) -> String {
    repo.write(&format!("incoming/{name}"), bytes);
    repo.path().join("incoming").join(name).to_string_lossy().into_owned()
}

#[test]
fn statement_before_the_comment_round_opened() {
    let repo = TestRepo::example();
    repo.run_ok(&["round", "open", "2026-1", "--title", "T", "--date", "2026-01"]);
    refused(
        &repo,
        &["comment", "add", "2026-1", "--from", "THL", "--text", "Bra."],
        "the comment round of round 2026-1 has not opened (the round is in stage `preparation`)",
    );
}

#[test]
fn statement_after_the_comment_round_closed_needs_late() {
    let repo = in_comment_round();
    // Today (2026-03-02) is after the close (2026-02-28).
    refused(
        &repo,
        &["comment", "add", "2026-1", "--from", "THL", "--text", "Sent."],
        "received 2026-03-02, outside the comment round (2026-02-01 to 2026-02-28); a late statement is recorded only with --late, and is marked late",
    );
    let out = repo.run_ok(&["comment", "add", "2026-1", "--from", "THL", "--text", "Sent.", "--late"]);
    assert!(out.contains("received 2026-03-02, late."), "{out}");
    let id = statement_id(&out);
    let status: serde_json::Value =
        serde_json::from_str(&repo.run_ok(&["round", "status", "2026-1", "--format", "json"])).unwrap();
    assert_eq!(status["statements"][0]["id"], id.as_str());
    assert_eq!(status["statements"][0]["late"], true);
    assert_eq!(status["statements"][0]["answered"], false);
    let file = repo.read(&format!("reviews/2026-1/statements/{}.toml", &id[7..]));
    assert!(file.contains("late = true"), "{file}");
    // A statement received in time but recorded afterwards is not late.
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kela",
        "--date",
        "2026-02-28",
        "--text",
        "I tid.",
    ]);
    assert!(!out.contains("late"), "{out}");
}

#[test]
fn statement_about_a_field() {
    let repo = in_comment_round();
    let out = repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "Kela",
        "--date",
        "2026-02-02",
        "--guideline",
        "samarbete",
        "--field",
        "sv.actors.klient",
        "--text",
        "Klientens roll kunde beskrivas tydligare.",
    ]);
    let id = statement_id(&out);
    assert!(id.starts_with("2026-1/S-") && id.len() == "2026-1/S-".len() + 6, "{id}");
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-02-02",
            "--field",
            "sv.description",
            "--text",
            "X",
        ],
        "the field `sv.description` needs the guideline it belongs to",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-02-02",
            "--guideline",
            "1",
            "--field",
            "sv.beskrivning",
            "--text",
            "X",
        ],
        "`sv.beskrivning` is not a field path",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-02-02",
            "--guideline",
            "1",
            "--field",
            "de.title",
            "--text",
            "X",
        ],
        "`de` is not a language of the collection (sv, fi, en)",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-02-02",
            "--guideline",
            "samarbet",
            "--text",
            "X",
        ],
        "no guideline `samarbet` (did you mean `samarbete`?)",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            " ",
            "--date",
            "2026-02-02",
            "--text",
            "X",
        ],
        "the organisation is empty",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-02-31",
            "--text",
            "X",
        ],
        "--date: `2026-02-31` is not a date",
    );
    refused(
        &repo,
        &[
            "comment",
            "add",
            "2026-1",
            "--from",
            "Kela",
            "--date",
            "2026-03-05",
            "--text",
            "X",
        ],
        "--date 2026-03-05 lies in the future",
    );
}

#[test]
fn answers() {
    let repo = in_comment_round();
    let id = statement_id(&repo.run_ok(&[
        "comment",
        "add",
        "2026-1",
        "--from",
        "THL",
        "--date",
        "2026-02-03",
        "--text",
        "Bra.",
    ]));
    refused(
        &repo,
        &[
            "comment", "answer", "2026-1", "S-000000", "accepted", "--reply", "Tack.",
        ],
        &format!("round 2026-1 has no statement `S-000000` (did you mean `{id}`?)"),
    );
    refused(
        &repo,
        &["comment", "answer", "2026-1", &id, "acepted", "--reply", "Tack."],
        "`acepted` is not a disposition (did you mean `accepted`?); write one of: accepted, partly, rejected, noted",
    );
    refused(
        &repo,
        &["comment", "answer", "2026-1", &id, "noted", "--reply", "  "],
        "--reply is empty",
    );
    // The short forms of the id work.
    let out = repo.run_ok(&[
        "comment",
        "answer",
        "2026-1",
        &id[9..],
        "partly",
        "--reply",
        "Delvis beaktat.",
    ]);
    assert!(out.contains(&format!("Answered {id} from THL: partly.")), "{out}");
    refused(
        &repo,
        &["comment", "answer", "2026-1", &id, "accepted", "--reply", "Igen."],
        &format!(
            "statement {id} is already answered (partly, recorded by Sara Sekreterare <sara@example.org>); to revise the answer, record a new one that supersedes it"
        ),
    );
    // The statement file itself was never touched.
    assert_eq!(
        repo.git(&[
            "log",
            "--format=%h",
            "--",
            &format!("reviews/2026-1/statements/{}.toml", &id[7..])
        ])
        .lines()
        .count(),
        1
    );
}

#[test]
fn import_maps_columns_and_reads_utf8_with_bom() {
    let repo = in_comment_round();
    let csv = "\u{feff}Lausunnonantaja,Kommentit,Linjaus,Päivämäärä,Yhteyshenkilö\r\nKuntaliitto,\"Hyvä; selkeä, kattava\",2,3.2.2026,Matti\r\nTHL,Kuvaus on pitkä.,,2026-02-04,Maija\r\n";
    let path = write_outside(&repo, "lausunnot.csv", csv.as_bytes());
    let out = repo
        .cmd()
        .args(["comment", "import", "2026-1", &path])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stdout.contains("Imported 2 statements") && stdout.contains("(UTF-8, separated by `,`)"),
        "{stdout}"
    );
    assert!(
        stderr.contains("warning: column `Yhteyshenkilö` is not used"),
        "{stderr}"
    );
    let status: serde_json::Value =
        serde_json::from_str(&repo.run_ok(&["round", "status", "2026-1", "--format", "json"])).unwrap();
    assert_eq!(status["statements"][0]["text"], "Hyvä; selkeä, kattava");
    assert_eq!(
        status["statements"][0]["guideline"],
        "sakerstallande-av-interoperabiliteten"
    );
    assert_eq!(status["statements"][0]["received"], "2026-02-03");
    assert_eq!(status["statements"][1]["guideline"], serde_json::Value::Null);

    let tab = write_outside(
        &repo,
        "tab.csv",
        "Vem\tVad\tNär\nKela\tTabbar fungerar.\t2026-02-27\n".as_bytes(),
    );
    let out = repo.run_ok(&[
        "comment",
        "import",
        "2026-1",
        &tab,
        "--map",
        "from=vem",
        "--map",
        "text=Vad",
        "--map",
        "date=när",
    ]);
    assert!(
        out.contains("Imported 1 statement") && out.contains("separated by `tab`"),
        "{out}"
    );
}

#[test]
fn import_of_identical_rows_gives_distinct_ids() {
    let repo = in_comment_round();
    let path = write_outside(
        &repo,
        "dup.csv",
        b"from;text;date\nA;Same.;2026-02-02\nA;Same.;2026-02-02\n",
    );
    let out = repo.run_ok(&["comment", "import", "2026-1", &path]);
    let ids: Vec<&str> = out.split_whitespace().filter(|w| w.contains("/S-")).collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    repo.cmd().arg("check").assert().success();
}

#[test]
fn import_with_a_missing_column() {
    let repo = in_comment_round();
    let path = write_outside(&repo, "m.csv", b"Organisation;Datum\nTHL;2026-02-02\n");
    refused(
        &repo,
        &["comment", "import", "2026-1", &path],
        "m.csv:1:1: no column for the statement text (looked for a header named `utl\u{e5}tande`, `lausunto`, `text`, `teksti`); the file's columns are: `Organisation`, `Datum` (separated by `;`). Name the column with --map text=HEADER",
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", &path, "--map", "text=Kommentar"],
        "--map text=Kommentar: the file has no column `Kommentar`",
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", &path, "--map", "txt=Datum"],
        "`txt` is not a column",
    );
}

#[test]
fn import_with_the_wrong_encoding() {
    let repo = in_comment_round();
    let (latin1, _, _) = encoding_rs::WINDOWS_1252.encode("Organisation;Utlåtande\nÅbo stad;Bra.\n");
    let path = write_outside(&repo, "latin1.csv", &latin1);
    let e = refused(
        &repo,
        &["comment", "import", "2026-1", &path, "--encoding", "utf-8"],
        "latin1.csv:1:17: the file is not UTF-8 text (byte 0xE5 here cannot be UTF-8); it is probably Windows-1252 (Latin-1)",
    );
    assert!(e.contains("hint: nothing was changed"), "{e}");
    let utf16: Vec<u8> = "Organisation;Utlåtande\nÅbo;Bra.\n"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    let path16 = write_outside(&repo, "utf16.csv", &utf16);
    refused(
        &repo,
        &["comment", "import", "2026-1", &path16],
        "this does not look like a CSV file",
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", &path, "--encoding", "ebcdic"],
        "--encoding ebcdic: unknown encoding",
    );
    // Given correctly, the same file imports.
    repo.run_ok(&["comment", "import", "2026-1", &path, "--encoding", "latin1", "--late"]);
}

#[test]
fn import_of_an_empty_file() {
    let repo = in_comment_round();
    let empty = write_outside(&repo, "empty.csv", b"");
    refused(
        &repo,
        &["comment", "import", "2026-1", &empty],
        "empty.csv: the file is empty",
    );
    let header_only = write_outside(&repo, "header.csv", b"from;text\r\n");
    refused(
        &repo,
        &["comment", "import", "2026-1", &header_only],
        "the file has a header row but no statements",
    );
    refused(
        &repo,
        &["comment", "import", "2026-1", "/nonexistent/x.csv"],
        "cannot read /nonexistent/x.csv",
    );
}

#[test]
fn import_with_bad_cells_names_them_all_and_imports_nothing() {
    let repo = in_comment_round();
    let path = write_outside(
        &repo,
        "bad.csv",
        "Organisation;Utlåtande;Riktlinje;Datum\nTHL;Bra.;1;2026-02-02\nKela;Oklart.;99;2026-02-03\nTE;Sent.;;2026-03-01\nX;;;2026-02-02\nKL;Datum?;;31.2.2026\nAB;Datum?;;03/04/2026\n".as_bytes(),
    );
    // The sheet's cells and the statements' values, every one at once, in
    // sheet order.
    let e = refused(
        &repo,
        &["comment", "import", "2026-1", &path],
        "bad.csv:3:1: cell C3: no guideline `99`",
    );
    let lines: Vec<&str> = e.lines().collect();
    assert!(lines[1].ends_with("bad.csv:4:1: cell D4: received 2026-03-01, outside the comment round (2026-02-01 to 2026-02-28); a late statement is recorded only with --late, and is marked late"), "{e}");
    assert!(
        lines[2].ends_with("bad.csv:5:1: cell B5: the statement text (column `Utlåtande`) is empty"),
        "{e}"
    );
    assert!(
        lines[3]
            .ends_with("bad.csv:6:1: cell D6: `31.2.2026` is not a date (day 31, month 2, year 2026 does not exist)"),
        "{e}"
    );
    assert!(lines[4].ends_with("bad.csv:7:1: cell D7: `03/04/2026` is ambiguous: 4 March 2026 (month first, as US English LibreOffice and Excel write it) or 3 April 2026 (day first), and no other date of the column shows the order; write it as YYYY-MM-DD or D.M.YYYY"), "{e}");
    assert_eq!(
        lines[5],
        "hint: nothing was imported; fix these cells (or name the columns with --map) and run the command again",
        "{e}"
    );
    assert_eq!(lines.len(), 6, "{e}");
    assert!(!repo.path().join("reviews/2026-1/statements").exists());
}

#[test]
fn comments_belong_to_open_revision_rounds() {
    let repo = TestRepo::example();
    repo.run_ok(&["round", "open", "check", "--kind", "currency-check", "--title", "K"]);
    refused(
        &repo,
        &["comment", "add", "check", "--from", "THL", "--text", "X"],
        "round check is a currency-check round; statements belong to the comment round of a revision round",
    );
    refused(
        &repo,
        &["comment", "add", "nope", "--from", "THL", "--text", "X"],
        "no review round `nope`",
    );
}

#[test]
fn dispositions_and_verdicts_in_swedish_or_finnish_are_stored_in_english() {
    let repo = in_comment_round();
    let mut ids = Vec::new();
    for from in ["THL", "Kela", "Kuntaliitto"] {
        ids.push(statement_id(&repo.run_ok(&[
            "comment",
            "add",
            "2026-1",
            "--from",
            from,
            "--date",
            "2026-02-03",
            "--text",
            "Bra.",
        ])));
    }
    for (id, word, stored) in [
        (&ids[0], "hyväksytty", "accepted"),
        (&ids[1], "Delvis accepterad", "partly"),
        (&ids[2], "merkitty tiedoksi", "noted"),
    ] {
        let out = repo.run_ok(&["comment", "answer", "2026-1", id, word, "--reply", "Tack."]);
        assert!(out.contains(&format!(": {stored}.")), "{out}");
        let file = repo.read(&format!("reviews/2026-1/answers/{}.toml", &id[7..]));
        assert!(file.contains(&format!("disposition = \"{stored}\"")), "{file}");
    }
    let e = refused(
        &repo,
        &["comment", "answer", "2026-1", &ids[0], "hyväksyty", "--reply", "x"],
        "`hyväksyty` is not a disposition (did you mean `hyväksytty`?)",
    );
    assert!(e.contains("in Finnish: hyväksytty, huomioitu, osittain"), "{e}");

    let repo = TestRepo::example();
    repo.run_ok(&[
        "round",
        "open",
        "check",
        "--kind",
        "currency-check",
        "--title",
        "Kontroll",
        "--guidelines",
        "1,2",
    ]);
    for (g, word, stored) in [("1", "ajantasainen", "current"), ("2", "Revidera", "revise")] {
        repo.run_ok(&["round", "verdict", "check", g, word]);
        let id = if g == "1" {
            "samarbete"
        } else {
            "sakerstallande-av-interoperabiliteten"
        };
        let file = repo.read(&format!("reviews/check/verdicts/{id}.toml"));
        assert!(file.contains(&format!("verdict = \"{stored}\"")), "{file}");
    }
}
