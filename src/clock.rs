//! The one source of "now". `RIKTLINJER_NOW` (an RFC 3339 time such as
//! `2026-01-15T10:00:00Z`, or a date `2026-01-15`) fixes it, for tests and
//! for reproducible reports.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

/// The environment variable that fixes the clock.
pub const NOW_VAR: &str = "RIKTLINJER_NOW";

/// The current time, or the fixed time of `RIKTLINJER_NOW`.
pub fn now() -> DateTime<FixedOffset> {
    std::env::var(NOW_VAR)
        .ok()
        .and_then(|v| parse_instant(&v))
        .unwrap_or_else(|| Utc::now().fixed_offset())
}

/// Today's date, per [`now`].
pub fn today() -> NaiveDate {
    now().date_naive()
}

/// Parse an RFC 3339 time or a plain date (midnight UTC).
pub fn parse_instant(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s).ok().or_else(|| {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc().fixed_offset())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_times() {
        assert_eq!(
            parse_instant("2026-01-15").unwrap().to_rfc3339(),
            "2026-01-15T00:00:00+00:00"
        );
        assert_eq!(
            parse_instant("2026-01-15T10:00:00+02:00").unwrap().to_rfc3339(),
            "2026-01-15T10:00:00+02:00"
        );
        assert!(parse_instant("yesterday").is_none());
    }
}
