//! The one progress bar every long walk shares (the history walk, the
//! comparisons of the changelog): drawn on standard error with indicatif,
//! only when standard error is a terminal, and only once the work has taken
//! more than a moment, so quick runs, pipes, files and tests see nothing.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How long work runs before a bar appears.
const DELAY: Duration = Duration::from_millis(300);

/// A progress bar that shows itself only on a terminal and only for work
/// that takes more than a moment. Feed it with [`Progress::set`] (as the
/// `progress(done, total)` callback of a walk); it clears itself when done
/// or dropped.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    started: Instant,
    message: String,
    unit: String,
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// A bar saying `message`, counting `unit`s (`reading history`,
    /// `commits`); visible only when standard error is a terminal.
    pub fn new(message: impl Into<String>, unit: impl Into<String>) -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            started: Instant::now(),
            message: message.into(),
            unit: unit.into(),
            bar: None,
        }
    }

    /// A bar that never shows (for library callers and tests).
    pub fn hidden() -> Progress {
        Progress {
            enabled: false,
            started: Instant::now(),
            message: String::new(),
            unit: String::new(),
            bar: None,
        }
    }

    /// `done` of `total` units are done.
    pub fn set(&mut self, done: usize, total: usize) {
        if !self.enabled {
            return;
        }
        if done >= total {
            self.finish();
            return;
        }
        if self.bar.is_none() && self.started.elapsed() > DELAY {
            let bar = indicatif::ProgressBar::new(total as u64).with_message(self.message.clone());
            let template = format!("{{msg}} {{bar:30}} {{pos}}/{{len}} {}", self.unit);
            if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
                bar.set_style(style);
            }
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    }

    /// Clear the bar (if it was shown).
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_bar_never_draws() {
        let mut p = Progress::hidden();
        std::thread::sleep(DELAY + Duration::from_millis(10));
        p.set(1, 10);
        assert!(p.bar.is_none());
        p.set(10, 10);
        assert!(p.bar.is_none());
    }
}
