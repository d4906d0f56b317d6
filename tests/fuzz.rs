//! A fuzz harness on stable Rust: proptest feeds arbitrary bytes and
//! mutated valid files (the shipped guidelines, the collection and the
//! workflow, review records, statement sheets, the published text, a
//! workbook) to every reader of outside input. The property: no reader
//! panics, and every error it returns has a message that is not empty and
//! holds no raw control character (a terminal must not act on it).
//!
//! The number of cases per reader comes from `RIKTLINJER_FUZZ_CASES`
//! (default 400, a few seconds in all); `.ci/run` runs a larger budget, and
//! a long local run is `RIKTLINJER_FUZZ_CASES=20000 cargo test --release
//! --test fuzz`.

use std::path::Path;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use riktlinjer::import::{published, statements};
use riktlinjer::model::{Collection, PartialDate};
use riktlinjer::store::records::{RecordPath, parse_record};
use riktlinjer::store::{self, Diagnostic};

fn cases() -> u32 {
    std::env::var("RIKTLINJER_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400)
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        // A failure is fixed with a unit test beside the fix; the saved
        // inputs (whole publications) would be megabytes.
        failure_persistence: None,
        ..Config::default()
    })
}

/// A message a person can read: not empty, no control character but tab
/// and newline.
fn readable(what: &str, message: &str) -> Result<(), TestCaseError> {
    prop_assert!(!message.trim().is_empty(), "{what}: an empty message");
    if let Some(c) = message.chars().find(|&c| c.is_control() && c != '\t' && c != '\n') {
        return Err(TestCaseError::fail(format!(
            "{what}: the message holds the raw control character {:?}: {message:?}",
            c
        )));
    }
    Ok(())
}

fn readable_error(what: &str, e: &riktlinjer::Error) -> Result<(), TestCaseError> {
    readable(what, &e.to_string())?;
    for hint in e.hints() {
        readable(what, hint.text())?;
    }
    for line in riktlinjer::error::report_lines(e) {
        readable(what, &line)?;
    }
    Ok(())
}

fn readable_diagnostics(what: &str, diagnostics: &[Diagnostic]) -> Result<(), TestCaseError> {
    for d in diagnostics {
        prop_assert!(d.line >= 1 && d.col >= 1, "{what}: {d}");
        for lang in ["en", "sv", "fi"] {
            readable(what, &d.message_in(riktlinjer::i18n::Catalogue::of(lang)))?;
        }
    }
    Ok(())
}

/// Fragments that make near-valid files interesting: TOML syntax, escapes,
/// line endings, control characters, encodings, huge numbers.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b"'",
    b"\"\"\"",
    b"'''",
    b"\\",
    b"\\u",
    b"\\U0010FFFF",
    b"\\uD800",
    b"\\e",
    b"=",
    b"[",
    b"]",
    b"[[",
    b"]]",
    b"[sv]\n",
    b"[sv.actors]\n",
    b".",
    b",",
    b";",
    b"\t",
    b"\n",
    b"\r",
    b"\r\n",
    b"\0",
    b"\x1b[2J",
    b"\x07",
    b"\x7f",
    b"\xc2\x85",
    b"\xef\xbf\xbe",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\xe2\x80\xa8",
    b"#",
    b"-",
    b"+",
    b"0",
    b"9999999999999999999999",
    b"-2147483649",
    b"1e400",
    b"nan",
    b"inf",
    b"0x",
    b"2021-02-30",
    b"2021-13",
    b"0000",
    b"31.8.2021",
    b"1979-05-27T07:32:00Z",
    b"=HYPERLINK(\"x\")",
    b"<<<<<<< HEAD\n",
    b"=======\n",
    b">>>>>>> other\n",
    b"Punkt 1: ",
    b"Riktlinje\t",
    b"Beskrivning\t",
    b"GEMENSAMMA",
    b"guideline;text;from;date\n",
    b"from,guideline,text,date\n",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, usize),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
    Byte(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(i, t)| Mutation::Insert(i, t)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        (any::<usize>(), 1usize..256).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Byte(i, b)),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
        match *m {
            Mutation::Flip(i, b) if !bytes.is_empty() => {
                let i = i % bytes.len();
                bytes[i] ^= b;
            }
            Mutation::Byte(i, b) => {
                let i = at(i, bytes.len());
                bytes.insert(i, b);
            }
            Mutation::Insert(i, t) => {
                let i = at(i, bytes.len());
                bytes.splice(i..i, TOKENS[t].iter().copied());
            }
            Mutation::Delete(i, n) => {
                let i = at(i, bytes.len());
                let end = (i + n).min(bytes.len());
                bytes.drain(i..end);
            }
            Mutation::Duplicate(i, n) => {
                let i = at(i, bytes.len());
                let end = (i + n).min(bytes.len());
                let piece = bytes[i..end].to_vec();
                bytes.splice(i..i, piece);
            }
            Mutation::Truncate(i) => {
                let i = at(i, bytes.len());
                bytes.truncate(i);
            }
            Mutation::Flip(..) => {}
        }
    }
    bytes
}

/// Arbitrary bytes, or one of `seeds` mutated a few times.
fn input(seeds: Vec<Vec<u8>>) -> BoxedStrategy<Vec<u8>> {
    let n = seeds.len();
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..512),
        1 => proptest::collection::vec(prop_oneof![any::<u8>(), Just(b'\n'), Just(b'='), Just(b'"')], 0..2048),
        6 => (0..n, proptest::collection::vec(mutation(), 1..8))
            .prop_map(move |(i, ms)| mutate(seeds[i].clone(), &ms)),
    ]
    .boxed()
}

fn collection() -> Collection {
    store::parse_collection(store::INDEX_PATH, riktlinjer::example::index_toml()).unwrap()
}

fn repo_file(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn guideline_seeds() -> Vec<Vec<u8>> {
    riktlinjer::example::guideline_files()
        .map(|(_, b)| b.to_vec())
        .collect()
}

const CONTENT: &str = "\n[content]\ncommit = \"c4179415be754447c28843c6edfa06c80142e2f2\"\nguidelines_tree = \"cdb7a5c22cacae2ede7934cf36a21b338f3d7b34\"\n\n[content.blobs]\nsamarbete = \"4894e4f006698d4008833ea72337ea3a49da05a7\"\n";
const BY: &str = "recorded_by = \"A <a@example.org>\"\nrecorded_at = \"2026-02-02T10:00:00+02:00\"\n";

/// Review records of every kind, with the path that says which kind.
fn record_seeds() -> Vec<(&'static str, Vec<u8>)> {
    let mut seeds = vec![
        ("reviews/2021-1/round.toml", repo_file("reviews/2021-1/round.toml")),
        (
            "reviews/r/statements/S-1a2b3c.toml",
            format!("from = \"Kela\"\nreceived = \"2026-02-02\"\nguideline = \"samarbete\"\nfield = \"sv.actors.klient\"\ntext = \"\"\"\nEn text.\\\n\"\"\"\n{BY}{CONTENT}").into_bytes(),
        ),
        (
            "reviews/r/answers/S-1a2b3c.r2.toml",
            format!("disposition = \"partly\"\nreply = \"Ja.\"\nsupersedes = \"S-1a2b3c\"\n{BY}").into_bytes(),
        ),
        (
            "reviews/r/verdicts/samarbete.toml",
            format!("verdict = \"revise\"\nnote = \"N\"\ndate = \"2026-03\"\n{BY}{CONTENT}").into_bytes(),
        ),
        (
            "reviews/r/withdrawals/S-1a2b3c.toml",
            format!("reason = \"Dubbel.\"\n{BY}").into_bytes(),
        ),
        (
            "reviews/deviations/D-1a2b3c.toml",
            format!("project = \"P\"\nguideline = \"samarbete\"\nactor = \"klient\"\nreason = \"R\"\ndate = \"2026\"\nuntil = \"2027-01\"\n{BY}{CONTENT}").into_bytes(),
        ),
        (
            "reviews/deviations/ends/D-1a2b3c.toml",
            format!("date = \"2026-05-01\"\nreason = \"Klart.\"\n{BY}").into_bytes(),
        ),
    ];
    for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("reviews/2021-1/events")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let path: &'static str = format!("reviews/2021-1/events/{name}").leak();
        seeds.push((path, repo_file(path)));
    }
    seeds
}

fn csv_seeds() -> Vec<Vec<u8>> {
    vec![
        b"from;guideline;text;date\nKela;1;Bra text.;2026-02-02\nTHL;samarbete;\"Med \"\"citat\"\" och\nrad\";2.2.2026\n".to_vec(),
        b"Organisation,Riktlinje,Utl\xe5tande,Datum\nKela,2,Text i Latin-1,2026-02\n".to_vec(),
        "\u{feff}from\ttext\tguideline\tfield\nKela\tText.\t3\tsv.statement\n".as_bytes().to_vec(),
        b"from;date;1;2;samarbete\nKela;2026-02-02;Om ett.;;Om samarbete.\nTHL;2026;;Om tv\xc3\xa5.;\n".to_vec(),
    ]
}

/// A small workbook as Excel would save it.
fn workbook_seed() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (col, header) in ["from", "guideline", "text", "date"].iter().enumerate() {
        sheet.write_string(0, col as u16, *header).unwrap();
    }
    sheet.write_string(1, 0, "Kela").unwrap();
    sheet.write_number(1, 1, 1.0).unwrap();
    sheet.write_string(1, 2, "En text.").unwrap();
    sheet.write_number(1, 3, 46055.0).unwrap();
    book.save_to_buffer().unwrap()
}

fn guideline_of(wanted: &str) -> Result<String, riktlinjer::i18n::Wording> {
    match wanted.trim() {
        "1" | "samarbete" => Ok("samarbete".into()),
        "2" => Ok("sakerstallande-av-interoperabiliteten".into()),
        other => Err(format!("no guideline `{other}`").into()),
    }
}

fn read_sheet(name: &str, bytes: &[u8], layout: statements::Layout) -> Result<(), TestCaseError> {
    let map = [];
    let options = statements::Options {
        encoding: None,
        map: &map,
        sheet: None,
        layout,
        guideline: &guideline_of,
    };
    match statements::read(Path::new(name), bytes, &options) {
        Ok(sheet) => {
            if !sheet.problems.is_empty() {
                readable_error(name, &statements::report(sheet.problems))?;
            }
        }
        Err(e) => readable_error(name, &e)?,
    }
    Ok(())
}

#[test]
fn the_guideline_loader_and_its_fast_path() {
    let c = collection();
    runner()
        .run(&input(guideline_seeds()), |bytes| {
            let path = "guidelines/samarbete.toml";
            let (full, _, diagnostics) = store::parse_guideline(path, "samarbete", &bytes, &c);
            readable_diagnostics(path, &diagnostics)?;
            // The fast path reads a file as the parser does, or leaves it to
            // the parser.
            if let Some(fast) = store::quick_guideline("samarbete", &bytes, &c) {
                prop_assert_eq!(Some(fast), full.clone());
            }
            prop_assert_eq!(store::read_guideline(path, "samarbete", &bytes, &c), full);
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_collection_loader() {
    runner()
        .run(&input(vec![riktlinjer::example::index_toml().to_vec()]), |bytes| {
            if let Err(diagnostics) = store::parse_collection(store::INDEX_PATH, &bytes) {
                prop_assert!(!diagnostics.is_empty());
                readable_diagnostics("index", &diagnostics)?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_workflow_loader() {
    let languages = vec!["sv".to_string(), "fi".to_string()];
    runner()
        .run(&input(vec![riktlinjer::example::workflow_toml().to_vec()]), |bytes| {
            for langs in [None, Some(languages.as_slice())] {
                if let Err(diagnostics) = store::reviews::parse_workflow("reviews/workflow.toml", &bytes, langs) {
                    prop_assert!(!diagnostics.is_empty());
                    readable_diagnostics("workflow", &diagnostics)?;
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_record_loader() {
    let seeds = record_seeds();
    let paths: Vec<&'static str> = seeds.iter().map(|(p, _)| *p).collect();
    let strategy = (0..paths.len(), input(seeds.into_iter().map(|(_, b)| b).collect()));
    runner()
        .run(&strategy, |(kind, bytes)| {
            let path = paths[kind];
            let what = RecordPath::classify(path).unwrap();
            if let Err(d) = parse_record(path, &what, &bytes) {
                readable_diagnostics(path, &[d])?;
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_date_parsers() {
    let strategy = prop_oneof![
        "\\PC{0,16}",
        "[0-9.\\- ]{0,14}",
        "(-?[0-9]{1,6})(-[0-9]{1,3}){0,3}",
        "[0-9]{1,3}\\.[0-9]{1,3}\\.-?[0-9]{1,6}\\.?",
        any::<String>(),
    ];
    runner()
        .run(&strategy, |s| {
            for (which, result) in [
                ("strict", PartialDate::parse(&s)),
                ("lenient", PartialDate::parse_lenient(&s)),
            ] {
                match result {
                    Ok(date) => {
                        // A date prints as a form the strict parser reads back.
                        let shown = date.to_string();
                        prop_assert_eq!(PartialDate::parse(&shown), Ok(date), "{} {:?}", which, s);
                    }
                    Err(message) => {
                        // Readable in every language it is worded in.
                        for lang in ["en", "sv", "fi"] {
                            readable(which, &message.in_catalogue(riktlinjer::i18n::Catalogue::of(lang)))?;
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_publication_importer() {
    let c = collection();
    let seeds = vec![repo_file("tests/fixtures/published-2021-sv-corrected.txt")];
    runner()
        .run(&input(seeds), |bytes| {
            let path = Path::new("published.txt");
            match published::decode(path, &bytes) {
                Err(e) => readable_error("decode", &e)?,
                Ok(text) => {
                    for lang in ["sv", "fi"] {
                        if let Err(e) = published::parse(path, &text, &c, lang) {
                            readable_error("parse", &e)?;
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_statements_csv_reader() {
    runner()
        .run(&input(csv_seeds()), |bytes| {
            read_sheet("sheet.csv", &bytes, statements::Layout::Long)?;
            read_sheet("sheet.csv", &bytes, statements::Layout::Wide)
        })
        .unwrap();
}

#[test]
fn the_workbook_reader() {
    runner()
        .run(&input(vec![workbook_seed()]), |bytes| {
            read_sheet("sheet.xlsx", &bytes, statements::Layout::Long)?;
            read_sheet("sheet.ods", &bytes, statements::Layout::Wide)
        })
        .unwrap();
}
