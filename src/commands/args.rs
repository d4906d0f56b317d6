//! The option groups the commands share, declared once and flattened into
//! each (`#[command(flatten)]`), so that an option is spelt, documented and
//! checked the same way everywhere:
//!
//! - [`OutputArgs`]: `--format` and `--out` of every command that writes a
//!   document. One vocabulary of formats ([`Format`]); each command names the
//!   formats it has and its default in a [`Formats`] list, and `--help`,
//!   the completions and the errors name exactly those.
//! - [`RevArgs`]: `--at REV` of every command that reads.
//! - [`LangArgs`]: `--lang` of every command that writes a document.
//! - [`CsvArgs`]: `--csv-dialect` of the commands that write CSV.
//! - [`CommitArgs`], [`DateArgs`] and [`ReasonArgs`]: `--no-commit`, the
//!   optional `--date` (default today) and the required `--reason` of the
//!   recording commands, where they mean the same thing.

use std::io::{IsTerminal, Write};
use std::marker::PhantomData;
use std::path::{Path, PathBuf};

use crate::commands::{Ctx, with_stdout};
use crate::i18n::Catalogue;
use crate::{Error, Result, fluent_args, store};

/// Every format a command can write; a command has some of them
/// (see [`Formats`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// For the terminal (colours on a terminal only); plain text in a file.
    Text,
    /// Markdown.
    Markdown,
    /// A self-contained HTML page.
    Html,
    /// JSON data.
    Json,
    /// Comma-separated values (see `--csv-dialect`).
    Csv,
    /// A Word document.
    Docx,
    /// An Excel workbook.
    Xlsx,
}

impl Format {
    /// Every format, in the order help lists them.
    pub const ALL: [Format; 7] = [
        Format::Text,
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::Csv,
        Format::Docx,
        Format::Xlsx,
    ];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
        }
    }

    /// The extension a file of this format is given.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            other => other.name(),
        }
    }

    /// The format a file extension names (any case), if it names one.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => Format::Text,
            "md" | "markdown" => Format::Markdown,
            "htm" | "html" => Format::Html,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "docx" => Format::Docx,
            "xlsx" => Format::Xlsx,
            _ => return None,
        })
    }

    /// The format `--format NAME` names (any case).
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Whether the format is binary (cannot be shown on a terminal).
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Docx | Format::Xlsx)
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// What one command writes: its formats (each with what it is in that
/// command), its default, and the file name its hints suggest.
pub trait Formats: std::fmt::Debug + Clone + Send + Sync + 'static {
    /// The command, as the user types it (`report comments`).
    const COMMAND: &'static str;
    /// The formats it has, each with its help text.
    const FORMATS: &'static [(Format, &'static str)];
    /// The format without `--format` and `--out`.
    const DEFAULT: Format;
    /// The file name (without extension) of the hints' examples.
    const EXAMPLE: &'static str;

    /// Whether the command has `format`.
    fn has(format: Format) -> bool {
        Self::FORMATS.iter().any(|(f, _)| *f == format)
    }

    /// `text, markdown or json`, with the "or" of `cat`.
    fn names(cat: &Catalogue) -> String {
        let names: Vec<&str> = Self::FORMATS.iter().map(|(f, _)| f.name()).collect();
        match names.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), cat.text("options-or")),
            None => String::new(),
        }
    }
}

/// The parser of `--format` for the formats of `F`: `--help` and the
/// completions list exactly those, and any other is refused by clap (exit 2)
/// naming them.
#[derive(Debug, Clone, Copy)]
pub struct FormatParser<F: Formats>(PhantomData<F>);

impl<F: Formats> FormatParser<F> {
    /// The parser.
    pub fn new() -> Self {
        FormatParser(PhantomData)
    }
}

impl<F: Formats> Default for FormatParser<F> {
    fn default() -> Self {
        Self::new()
    }
}

impl<F: Formats> clap::builder::TypedValueParser for FormatParser<F> {
    type Value = Format;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<Format, clap::Error> {
        let found = value.to_str().and_then(Format::from_name).filter(|f| F::has(*f));
        found.ok_or_else(|| {
            invalid_value(
                cmd,
                arg,
                value,
                F::FORMATS.iter().map(|(f, _)| f.name().to_string()).collect(),
            )
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(F::FORMATS.iter().map(|(f, help)| {
            let help = if *f == F::DEFAULT {
                format!("{help} (the default)")
            } else {
                help.to_string()
            };
            clap::builder::PossibleValue::new(f.name()).help(help)
        })))
    }
}

/// clap's error for a value of `arg` that is not one of `valid`.
pub fn invalid_value(
    cmd: &clap::Command,
    arg: Option<&clap::Arg>,
    value: &std::ffi::OsStr,
    valid: Vec<String>,
) -> clap::Error {
    let mut e = clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(cmd);
    use clap::error::{ContextKind, ContextValue};
    if let Some(arg) = arg {
        e.insert(ContextKind::InvalidArg, ContextValue::String(arg.to_string()));
    }
    e.insert(
        ContextKind::InvalidValue,
        ContextValue::String(value.to_string_lossy().into_owned()),
    );
    e.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
    e
}

/// `--format` and `--out`: the output of a command that writes a document.
#[derive(Debug, Clone, clap::Args)]
pub struct OutputArgs<F: Formats> {
    /// Output format (default: the one the extension of `--out` names:
    /// .txt, .md, .html, .json, .csv, .docx, .xlsx).
    #[arg(long, value_name = "FORMAT", value_parser = FormatParser::<F>::new())]
    pub format: Option<Format>,
    /// Write the output to FILE (atomically; its folder must exist) instead
    /// of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(skip)]
    formats: PhantomData<F>,
}

impl<F: Formats> OutputArgs<F> {
    /// The format to write, decided before any work is done: `--format`,
    /// else the extension of `--out`, else the command's default. Refused:
    /// a `--format` the extension contradicts, an extension that names no
    /// format (without `--format`) or one the command does not write, a
    /// binary format on a terminal, and an `--out` that cannot be written.
    /// The messages are in the terminal's language (`ctx`).
    pub fn format(&self, ctx: &Ctx) -> Result<Format> {
        let cat = ctx.catalogue();
        let format = resolve::<F>(self.format, self.out.as_deref(), cat)?;
        match &self.out {
            Some(path) => store::check_output_path(path)?,
            None if format.is_binary() && std::io::stdout().is_terminal() => {
                let what = if format == Format::Docx {
                    cat.text("options-binary-docx")
                } else {
                    cat.text("options-binary-xlsx")
                };
                let file = format!("{}.{}", F::EXAMPLE, format.extension());
                return Err(Error::user_with_hint(
                    what,
                    cat.get("options-binary-hint", Some(&fluent_args!["file" => file])),
                ));
            }
            None => {}
        }
        Ok(format)
    }

    /// The file `--out` names, if given.
    pub fn out(&self) -> Option<&Path> {
        self.out.as_deref()
    }

    /// Whether text output is coloured: on the terminal when `ctx` says so,
    /// never in a file.
    pub fn color(&self, ctx: &Ctx) -> bool {
        self.out.is_none() && ctx.use_color()
    }

    /// Write what `render` writes to `--out` (atomically, then a note
    /// `wrote FILE (summary)` on standard error) or to standard output.
    pub fn emit(
        &self,
        ctx: &Ctx,
        summary: &str,
        render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        emit(ctx, self.out.as_deref(), summary, render)
    }
}

/// For the arms of a render `match` that [`OutputArgs::format`] never gives
/// (it gives only the command's own formats): an error, not a panic.
pub fn not_written(format: Format) -> std::io::Result<()> {
    Err(std::io::Error::other(format!(
        "internal error: {format} is not a format of this command; please report it"
    )))
}

/// Write a rendered document to `out` (atomically) or to standard output.
pub(crate) fn emit(
    ctx: &Ctx,
    out: Option<&Path>,
    summary: &str,
    render: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match out {
        Some(path) => {
            let mut bytes = Vec::new();
            render(&mut bytes).map_err(Error::Output)?;
            store::write_output(path, &bytes)?;
            ctx.note(&ctx.catalogue().get(
                "report-wrote",
                Some(&crate::fluent_args!["path" => path.display().to_string(), "summary" => summary]),
            ));
            Ok(())
        }
        None => with_stdout(render),
    }
}

/// The format of `given` and `out` for the command of `F` (see
/// [`OutputArgs::format`]), without looking at the file system; messages
/// in the language of `cat`.
pub(crate) fn resolve<F: Formats>(given: Option<Format>, out: Option<&Path>, cat: &Catalogue) -> Result<Format> {
    let ext = out
        .and_then(|p| p.extension())
        .map(|e| e.to_string_lossy().into_owned());
    let by_extension = ext.as_deref().and_then(Format::from_extension);
    let path = out.map(|p| p.display().to_string()).unwrap_or_default();
    let extensions = F::FORMATS
        .iter()
        .map(|(f, _)| format!("`.{}`", f.extension()))
        .collect::<Vec<_>>()
        .join(", ");
    let format = match (given, by_extension) {
        (Some(g), Some(e)) if g != e => {
            return Err(Error::conflict(
                "--format",
                cat.get(
                    "options-format-mismatch",
                    Some(&fluent_args!["format" => g.name(), "path" => path, "extension" => e.name()]),
                ),
            )
            .hinted(cat.get(
                "options-format-mismatch-hint",
                Some(&fluent_args!["ext" => g.extension()]),
            )));
        }
        (Some(g), _) => g,
        (None, Some(e)) => e,
        (None, None) if out.is_some() => {
            let message = match &ext {
                Some(ext) => cat.get(
                    "options-unknown-extension",
                    Some(&fluent_args!["path" => path, "ext" => ext.as_str()]),
                ),
                None => cat.get("options-no-extension", Some(&fluent_args!["path" => path])),
            };
            return Err(Error::user_with_hint(
                message,
                cat.get(
                    "options-unknown-extension-hint",
                    Some(&fluent_args!["format" => F::DEFAULT.name(), "extensions" => extensions]),
                ),
            ));
        }
        (None, None) => F::DEFAULT,
    };
    if !F::has(format) {
        // Only an extension can name a format the command lacks: clap
        // refuses such a `--format`.
        return Err(Error::user_with_hint(
            cat.get(
                "options-format-not-written",
                Some(&fluent_args![
                    "path" => path,
                    "format" => format.name(),
                    "command" => F::COMMAND,
                    "formats" => F::names(cat)
                ]),
            ),
            cat.get(
                "options-format-not-written-hint",
                Some(&fluent_args!["extensions" => extensions]),
            ),
        ));
    }
    Ok(format)
}

/// `--at REV`: read the repository as of a git revision.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RevArgs {
    /// Read as of this git revision (commit, tag, branch, `HEAD~3`): the
    /// files as committed there, and the history up to it.
    #[arg(long, value_name = "REV")]
    pub at: Option<String>,
}

impl RevArgs {
    /// The revision, if given.
    pub fn at(&self) -> Option<&str> {
        self.at.as_deref()
    }
}

/// `--lang`, of the commands that write a document: the document's
/// language (the global `--lang` names the terminal's; one `--lang` names
/// both).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct LangArgs {
    /// The document's language: its headings and fixed wording, and the
    /// titles and names where the collection has them (default: the
    /// collection's primary language). JSON and CSV keys stay English.
    /// Terminal messages follow it too (see the global `--lang`).
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

impl LangArgs {
    /// The language given, if any.
    pub fn get(&self) -> Option<&str> {
        self.lang.as_deref()
    }
}

/// `--csv-dialect`, of the commands that write CSV.
#[derive(Debug, Clone, clap::Args)]
pub struct CsvArgs {
    /// How `--format csv` is written: `standard` (UTF-8, `,`, LF) or `excel` (UTF-8 with BOM, `;`, CRLF).
    #[arg(long, value_enum, value_name = "DIALECT")]
    pub csv_dialect: Option<super::CsvDialect>,
}

impl CsvArgs {
    /// The dialect for `format`; refused unless the format is CSV.
    pub fn dialect(&self, ctx: &Ctx, format: Format) -> Result<crate::render::csv::Dialect> {
        super::csv_dialect(ctx.catalogue(), self.csv_dialect, format == Format::Csv)
    }
}

/// `--no-commit`, of every recording command.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct CommitArgs {
    /// Write and stage the files but do not commit.
    #[arg(long)]
    pub no_commit: bool,
}

/// The optional `--date` of a recording command whose fact happens today
/// unless told otherwise.
#[derive(Debug, Clone, clap::Args)]
pub struct DateArgs {
    /// When it happened (optional, default today; not in the future):
    /// YYYY-MM-DD or D.M.YYYY, or YYYY-MM / YYYY when only that is known.
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

impl DateArgs {
    /// The date given, else today; refused when it does not parse or lies
    /// in the future.
    pub fn or_today(&self) -> Result<crate::model::PartialDate> {
        match &self.date {
            Some(d) => super::record::past_date("--date", d),
            None => Ok(crate::model::PartialDate::from_date(crate::clock::today())),
        }
    }
}

/// The required `--reason` of a recording command that undoes or ends
/// something (a correction, a cancellation, a withdrawal, an end).
#[derive(Debug, Clone, clap::Args)]
pub struct ReasonArgs {
    /// Why (required): kept in the record and in the commit message.
    #[arg(long)]
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone)]
    struct Log;
    impl Formats for Log {
        const COMMAND: &'static str = "log";
        const FORMATS: &'static [(Format, &'static str)] = &[(Format::Text, "text"), (Format::Json, "json")];
        const DEFAULT: Format = Format::Text;
        const EXAMPLE: &'static str = "log";
    }

    #[derive(Debug, Clone)]
    struct Report;
    impl Formats for Report {
        const COMMAND: &'static str = "report comments";
        const FORMATS: &'static [(Format, &'static str)] =
            &[(Format::Markdown, "md"), (Format::Docx, "docx"), (Format::Xlsx, "xlsx")];
        const DEFAULT: Format = Format::Markdown;
        const EXAMPLE: &'static str = "utlatanden";
    }

    fn p(s: &str) -> Option<&Path> {
        Some(Path::new(s))
    }

    fn r<F: Formats>(given: Option<Format>, out: Option<&Path>) -> Result<Format> {
        resolve::<F>(given, out, Catalogue::english())
    }

    #[test]
    fn every_extension_names_its_format_and_back() {
        let cases = [
            ("txt", Format::Text),
            ("TXT", Format::Text),
            ("md", Format::Markdown),
            ("markdown", Format::Markdown),
            ("htm", Format::Html),
            ("Html", Format::Html),
            ("json", Format::Json),
            ("csv", Format::Csv),
            ("docx", Format::Docx),
            ("XLSX", Format::Xlsx),
        ];
        for (ext, f) in cases {
            assert_eq!(Format::from_extension(ext), Some(f), "{ext}");
        }
        for f in Format::ALL {
            assert_eq!(Format::from_extension(f.extension()), Some(f));
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        assert_eq!(Format::from_extension("doc"), None);
        assert_eq!(Format::from_extension("pdf"), None);
    }

    #[test]
    fn the_extension_decides_without_format() {
        assert_eq!(r::<Report>(None, p("x/s.docx")).unwrap(), Format::Docx);
        assert_eq!(r::<Report>(None, p("s.XLSX")).unwrap(), Format::Xlsx);
        assert_eq!(r::<Log>(None, p("log.json")).unwrap(), Format::Json);
        assert_eq!(r::<Log>(None, p("log.txt")).unwrap(), Format::Text);
        assert_eq!(r::<Log>(None, None).unwrap(), Format::Text);
        assert_eq!(r::<Report>(None, None).unwrap(), Format::Markdown);
        // --format alone, and --format with a file that names no format.
        assert_eq!(r::<Log>(Some(Format::Json), None).unwrap(), Format::Json);
        assert_eq!(r::<Log>(Some(Format::Json), p("log.data")).unwrap(), Format::Json);
        assert_eq!(r::<Log>(Some(Format::Json), p("log")).unwrap(), Format::Json);
        assert_eq!(r::<Report>(Some(Format::Docx), p("s.docx")).unwrap(), Format::Docx);
    }

    #[test]
    fn a_mismatch_is_refused_with_the_right_extension() {
        let e = r::<Report>(Some(Format::Docx), p("x.md")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("--format docx does not match --out x.md"), "{e}");
        assert!(
            e.hints().iter().any(|h| h.to_string().contains("`.docx`")),
            "{:?}",
            e.hints()
        );
        let e = r::<Log>(Some(Format::Text), p("x.json")).unwrap_err();
        assert!(e.to_string().contains("whose extension says json"), "{e}");
        // In the terminal's language.
        let e = resolve::<Log>(Some(Format::Text), p("x.json"), Catalogue::of("sv")).unwrap_err();
        assert!(e.to_string().contains("stämmer inte med --out x.json"), "{e}");
    }

    #[test]
    fn an_unknown_extension_needs_format() {
        let e = r::<Report>(None, p("summary.doc")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("the extension `.doc` names no format"), "{e}");
        let hint = e.hints().iter().map(|h| h.to_string()).collect::<String>();
        assert!(
            hint.contains("`--format markdown`") && hint.contains("`.docx`"),
            "{hint}"
        );
        let e = r::<Log>(None, p("log")).unwrap_err();
        assert!(e.to_string().contains("has no extension"), "{e}");
    }

    #[test]
    fn an_extension_the_command_does_not_write_is_refused_naming_what_it_does() {
        let e = r::<Log>(None, p("log.docx")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string()
                .contains("the extension says docx, but `riktlinjer log` writes text or json"),
            "{e}"
        );
        let hint = e.hints().iter().map(|h| h.to_string()).collect::<String>();
        assert!(hint.contains("`.txt`, `.json`"), "{hint}");
        assert_eq!(Report::names(Catalogue::english()), "markdown, docx or xlsx");
        assert_eq!(Report::names(Catalogue::of("sv")), "markdown, docx eller xlsx");
    }

    #[test]
    fn clap_refuses_a_format_the_command_lacks_and_lists_its_own() {
        #[derive(Debug, clap::Parser)]
        struct Cmd {
            #[command(flatten)]
            output: OutputArgs<Log>,
        }
        use clap::Parser;
        let ok = Cmd::try_parse_from(["log", "--format", "JSON"]).unwrap();
        assert_eq!(ok.output.format, Some(Format::Json));
        let e = Cmd::try_parse_from(["log", "--format", "docx"]).unwrap_err();
        assert_eq!(e.kind(), clap::error::ErrorKind::InvalidValue);
        let text = e.to_string();
        assert!(
            text.contains("'docx'") && text.contains("[possible values: text, json]"),
            "{text}"
        );
        let help = <Cmd as clap::CommandFactory>::command().render_long_help().to_string();
        assert!(help.contains("text: text (the default)"), "{help}");
        assert!(help.contains("- json: json") && !help.contains("- docx"), "{help}");
    }
}
