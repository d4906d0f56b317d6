//! Terminal output that content cannot take over. Everything written to a
//! [`Term`] through [`std::io::Write`] is treated as content: a control
//! character in it (ESC, BEL, CR, backspace, DEL, C1 controls — and
//! noncharacters) is shown as a visible escape such as `\u{1b}`, so a
//! commit message or a statement cannot move the cursor, repaint the
//! screen or ring the bell. Tab and newline pass, and CR directly before LF
//! is dropped (a line ending from Windows). Colour is the one thing written
//! raw, and only through [`Term::styled`], which the text renderers call
//! with a fixed [`Style`]: the escape codes of colour never pass through
//! the content path, so content can neither forge nor disturb them.
//!
//! Every text renderer takes a `&mut Term`, so it cannot write to the
//! terminal any other way.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::model::text::is_forbidden;

/// How a piece of terminal text looks when colour is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Bold.
    Bold,
    /// Dimmed.
    Dim,
    /// Red (removed text, overdue).
    Red,
    /// Green (inserted text, all holds).
    Green,
    /// Yellow (warnings, due dates).
    Yellow,
}

impl Style {
    fn code(self) -> &'static str {
        match self {
            Style::Bold => "\x1b[1m",
            Style::Dim => "\x1b[2m",
            Style::Red => "\x1b[31m",
            Style::Green => "\x1b[32m",
            Style::Yellow => "\x1b[33m",
        }
    }
}

const RESET: &str = "\x1b[0m";

/// A writer for the terminal (or a pipe that stands for one): content is
/// escaped by construction, colour is written only by [`Term::styled`].
pub struct Term<'a> {
    out: &'a mut dyn Write,
    color: bool,
}

impl<'a> Term<'a> {
    /// Terminal text to `out`, coloured when `color` is on.
    pub fn new(out: &'a mut dyn Write, color: bool) -> Self {
        Term { out, color }
    }

    /// Whether colour is on (renderers mark changes differently without it).
    pub fn color(&self) -> bool {
        self.color
    }

    /// `text` (content, escaped like everything else) in `style`.
    pub fn styled(&mut self, style: Style, text: &str) -> io::Result<()> {
        if self.color {
            self.out.write_all(style.code().as_bytes())?;
            self.write_all(text.as_bytes())?;
            self.out.write_all(RESET.as_bytes())
        } else {
            self.write_all(text.as_bytes())
        }
    }

    /// [`Term::styled`], then a line break.
    pub fn line(&mut self, style: Style, text: &str) -> io::Result<()> {
        self.styled(style, text)?;
        self.out.write_all(b"\n")
    }
}

impl Write for Term<'_> {
    /// Writes `buf` with every forbidden character escaped. Text renderers
    /// write whole strings; a multi-byte character split between two calls
    /// would show as U+FFFD.
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        self.out.write_all(escape(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `text` as the terminal shows it: every forbidden character (see
/// [`is_forbidden`]) as a visible escape (`\u{1b}`), CR before LF dropped,
/// tab and newline kept.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_forbidden(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(color: bool, f: impl FnOnce(&mut Term<'_>) -> io::Result<()>) -> String {
        let mut buf = Vec::new();
        f(&mut Term::new(&mut buf, color)).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn content_cannot_send_control_sequences() {
        let message = "x\u{1b}[1A\u{1b}[2K\u{1b}[32mAll holds\u{7}\rover\u{9b}2J\u{7f}";
        let out = shown(false, |t| writeln!(t, "    {message}\tend"));
        assert_eq!(
            out,
            "    x\\u{1b}[1A\\u{1b}[2K\\u{1b}[32mAll holds\\u{7}\\u{d}over\\u{9b}2J\\u{7f}\tend\n"
        );
        assert!(!out.contains('\u{1b}') && !out.contains('\r'));
        assert_eq!(
            shown(false, |t| write!(t, "a\r\nb\n")),
            "a\nb\n",
            "CRLF is a line ending"
        );
        assert_eq!(shown(false, |t| write!(t, "å ä ö → …")), "å ä ö → …");
    }

    #[test]
    fn colour_comes_only_from_styled_and_wraps_escaped_content() {
        let out = shown(true, |t| t.line(Style::Green, "ok\u{1b}[31m"));
        assert_eq!(out, "\u{1b}[32mok\\u{1b}[31m\u{1b}[0m\n");
        assert_eq!(shown(false, |t| t.line(Style::Green, "ok")), "ok\n");
    }
}
