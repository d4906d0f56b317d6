//! Dates that are only as precise as the source: a year (`2021`), a month
//! (`2021-08`) or a day (`2021-08-15`). The publication of 2021 says
//! "utlåtanderunda 8–9/2021"; recording it as 2021-08-01 would invent a day.

use chrono::{Datelike, NaiveDate};

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Only the year.
    Year,
    /// Year and month.
    Month,
    /// The full date.
    Day,
}

/// A date with year, month or day precision. Written and read as
/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

impl PartialDate {
    /// A full date.
    pub fn from_date(date: NaiveDate) -> Self {
        PartialDate {
            year: date.year(),
            month: Some(date.month()),
            day: Some(date.day()),
        }
    }

    /// A year-only date.
    pub fn year(year: i32) -> Option<Self> {
        (1000..=9999).contains(&year).then_some(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// A year-and-month date.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        (PartialDate::year(year).is_some() && (1..=12).contains(&month)).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// How much is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date may mean (`2021-08` → 2021-08-01).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("a PartialDate is always valid")
    }

    /// The last day the date may mean (`2021-09` → 2021-09-30).
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => {
                let (y, next) = if m == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                NaiveDate::from_ymd_opt(y, next, 1).and_then(|d| d.pred_opt())
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .expect("a PartialDate is always valid")
    }

    /// Whether the date lies wholly after `today` (a year or month that has
    /// begun is not in the future).
    pub fn is_after(&self, today: NaiveDate) -> bool {
        self.first_day() > today
    }

    /// Whether the date is certainly before `other` (no day it may mean is
    /// on or after any day `other` may mean).
    pub fn is_certainly_before(&self, other: &PartialDate) -> bool {
        self.last_day() < other.first_day()
    }

    /// Parse the strict form the command line and the record files use:
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let shown = super::text::shown(s);
        let bad = || {
            format!(
                "`{shown}` is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known"
            )
        };
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u32>().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = num(parts[0], 4)? as i32;
        match parts.len() {
            1 => PartialDate::year(year).ok_or_else(bad),
            2 => {
                let month = num(parts[1], 2)?;
                PartialDate::month(year, month)
                    .ok_or_else(|| format!("`{shown}` is not a date: there is no month {month}"))
            }
            3 => {
                let month = num(parts[1], 2)?;
                let day = num(parts[2], 2)?;
                NaiveDate::from_ymd_opt(year, month, day)
                    .filter(|_| PartialDate::year(year).is_some())
                    .map(PartialDate::from_date)
                    .ok_or_else(|| match (PartialDate::year(year), month) {
                        (None, _) => format!("`{shown}` is not a date: the year must lie in 1000–9999"),
                        (_, 1..=12) => format!("`{shown}` is not a date: {year}-{month:02} has no day {day}"),
                        _ => format!("`{shown}` is not a date: there is no month {month}"),
                    })
            }
            _ => Err(bad()),
        }
    }

    /// Parse the forms spreadsheets hold as well: the strict forms, and the
    /// Finnish and Swedish day-first form `D.M.YYYY` (`31.8.2021`).
    pub fn parse_lenient(s: &str) -> Result<Self, String> {
        let t = s.trim();
        let shown = super::text::shown(t);
        let dotted: Vec<&str> = t.trim_end_matches('.').split('.').collect();
        if dotted.len() == 3
            && dotted
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let (d, m, y) = (dotted[0], dotted[1], dotted[2]);
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                return PartialDate::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
                    .map_err(|_| format!("`{t}` is not a date (day {d}, month {m}, year {y} does not exist)"));
            }
        }
        // `2021-08-31 10:15` and `2021-08-31T10:15:00` from spreadsheet exports.
        let date_part = t.split([' ', 'T']).next().unwrap_or(t);
        PartialDate::parse(date_part).map_err(|e| {
            if e.contains(" has no ") || e.contains("there is no month") || e.contains("the year must") {
                e
            } else {
                format!("`{shown}` is not a date; write YYYY-MM-DD (or D.M.YYYY), or YYYY-MM or YYYY when only the month or year is known")
            }
        })
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => write!(f, "{:04}-{m:02}", self.year),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

/// Ordered by the first day meant, then by precision (`2021` < `2021-01` <
/// `2021-01-01`), so sorting is stable and total.
impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), self.precision()).cmp(&(other.first_day(), other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // The tool writes a string; a hand-edited file may hold a TOML date
        // (`date = 2021-08-15`) or a bare year (`date = 2021`).
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Date(toml::value::Datetime),
            Year(i64),
        }
        let text = match Raw::deserialize(d)? {
            Raw::Text(s) => s,
            Raw::Date(dt) => dt.to_string(),
            Raw::Year(y) => y.to_string(),
        };
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(d("2021").precision(), Precision::Year);
        assert_eq!(d("2021-08").precision(), Precision::Month);
        assert_eq!(d("2021-08-15").precision(), Precision::Day);
        assert_eq!(d("2021-09").last_day(), NaiveDate::from_ymd_opt(2021, 9, 30).unwrap());
        assert_eq!(d("2024-02").last_day(), NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
        assert_eq!(d("2021-12").last_day(), NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
        assert_eq!(d("2021").first_day(), NaiveDate::from_ymd_opt(2021, 1, 1).unwrap());
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for bad in [
            "",
            "21",
            "2021-8",
            "2021-13",
            "2021-02-30",
            "2021/08/01",
            "yesterday",
            "2021-08-01-02",
            "0999",
        ] {
            let e = PartialDate::parse(bad).unwrap_err();
            assert!(e.contains("not a date"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_bad_day_month_or_year_is_named() {
        let e = |s: &str| PartialDate::parse_lenient(s).unwrap_err();
        assert_eq!(e("2026-13-01"), "`2026-13-01` is not a date: there is no month 13");
        assert_eq!(e("2026-02-30"), "`2026-02-30` is not a date: 2026-02 has no day 30");
        assert_eq!(
            e("0000-01-01"),
            "`0000-01-01` is not a date: the year must lie in 1000–9999"
        );
    }

    #[test]
    fn lenient_form_reads_finnish_dates() {
        assert_eq!(PartialDate::parse_lenient("31.8.2021").unwrap(), d("2021-08-31"));
        assert_eq!(PartialDate::parse_lenient("1.9.2021.").unwrap(), d("2021-09-01"));
        assert_eq!(PartialDate::parse_lenient("2021-08-31 10:15").unwrap(), d("2021-08-31"));
        assert!(PartialDate::parse_lenient("31.9.2021").is_err());
    }

    #[test]
    fn future_and_order_respect_precision() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert!(!d("2026").is_after(today));
        assert!(!d("2026-03").is_after(today));
        assert!(d("2026-03-03").is_after(today));
        assert!(d("2026-04").is_after(today));
        assert!(d("2021-08").is_certainly_before(&d("2021-09")));
        assert!(!d("2021-08").is_certainly_before(&d("2021-08-15")));
        assert!(d("2021") < d("2021-01"));
    }

    proptest! {
        #[test]
        fn display_parse_round_trips(y in 1000i32..=9999, m in 1u32..=12, day in 1u32..=28, p in 0u8..3) {
            let date = match p {
                0 => PartialDate::year(y).unwrap(),
                1 => PartialDate::month(y, m).unwrap(),
                _ => PartialDate::from_date(NaiveDate::from_ymd_opt(y, m, day).unwrap()),
            };
            prop_assert_eq!(PartialDate::parse(&date.to_string()).unwrap(), date);
            prop_assert!(date.first_day() <= date.last_day());
        }
    }
}
