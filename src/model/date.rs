//! Dates that are only as precise as the source: a year (`2021`), a month
//! (`2021-08`) or a day (`2021-08-15`). The publication of 2021 says
//! "utlåtanderunda 8–9/2021"; recording it as 2021-08-01 would invent a day.

use crate::i18n::Wording;
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
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; why not, as a message to be
    /// worded in the reader's language.
    pub fn parse(s: &str) -> Result<Self, Wording> {
        let s = s.trim();
        let shown = super::text::shown(s).into_owned();
        let bad = || Wording::new("date-not-a-date").arg("date", shown.clone());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, Wording> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u32>().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let no_month = |month: u32| {
            Wording::new("date-no-month")
                .arg("date", shown.clone())
                .arg("month", month.to_string())
        };
        let year = num(parts[0], 4)? as i32;
        match parts.len() {
            1 => PartialDate::year(year).ok_or_else(bad),
            2 => {
                let month = num(parts[1], 2)?;
                PartialDate::month(year, month).ok_or_else(|| no_month(month))
            }
            3 => {
                let month = num(parts[1], 2)?;
                let day = num(parts[2], 2)?;
                NaiveDate::from_ymd_opt(year, month, day)
                    .filter(|_| PartialDate::year(year).is_some())
                    .map(PartialDate::from_date)
                    .ok_or_else(|| match (PartialDate::year(year), month) {
                        (None, _) => Wording::new("date-year-range").arg("date", shown.clone()),
                        (_, 1..=12) => Wording::new("date-no-day")
                            .arg("date", shown.clone())
                            .arg("month", format!("{year}-{month:02}"))
                            .arg("day", day.to_string()),
                        _ => no_month(month),
                    })
            }
            _ => Err(bad()),
        }
    }

    /// Parse the forms spreadsheets hold as well: the strict forms, and the
    /// Finnish and Swedish day-first form `D.M.YYYY` (`31.8.2021`).
    pub fn parse_lenient(s: &str) -> Result<Self, Wording> {
        let t = s.trim();
        let shown = super::text::shown(t).into_owned();
        let dotted: Vec<&str> = t.trim_end_matches('.').split('.').collect();
        if dotted.len() == 3
            && dotted
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let (d, m, y) = (dotted[0], dotted[1], dotted[2]);
            if d.len() <= 2 && m.len() <= 2 && y.len() == 4 {
                return PartialDate::parse(&format!("{y}-{m:0>2}-{d:0>2}")).map_err(|_| no_such_day(&shown, d, m, y));
            }
        }
        // `2021-08-31 10:15` and `2021-08-31T10:15:00` from spreadsheet exports.
        let date_part = t.split([' ', 'T']).next().unwrap_or(t);
        PartialDate::parse(date_part).map_err(|e| {
            if matches!(e.id(), "date-no-day" | "date-no-month" | "date-year-range") {
                e
            } else {
                Wording::new("date-not-a-date-lenient").arg("date", shown.clone())
            }
        })
    }
}

/// `` `31.2.2026` is not a date (day 31, month 2, year 2026 does not exist) ``.
pub fn no_such_day(shown: &str, day: &str, month: &str, year: &str) -> Wording {
    Wording::new("date-no-such-day")
        .arg("date", shown)
        .arg("day", day)
        .arg("month", month)
        .arg("year", year)
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
        PartialDate::parse(s).map_err(|e| e.english())
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
        PartialDate::parse(&text).map_err(|e| serde::de::Error::custom(e.english()))
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
            let e = PartialDate::parse(bad).unwrap_err().english();
            assert!(e.contains("not a date"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_bad_day_month_or_year_is_named() {
        let e = |s: &str| PartialDate::parse_lenient(s).unwrap_err().english();
        assert_eq!(e("2026-13-01"), "`2026-13-01` is not a date: there is no month 13");
        assert_eq!(e("2026-02-30"), "`2026-02-30` is not a date: 2026-02 has no day 30");
        assert_eq!(
            e("0000-01-01"),
            "`0000-01-01` is not a date: the year must lie in 1000–9999"
        );
    }

    #[test]
    fn a_refusal_is_worded_in_swedish_and_finnish() {
        use crate::i18n::Catalogue;
        let e = PartialDate::parse_lenient("2026-02-30").unwrap_err();
        assert_eq!(
            e.in_catalogue(Catalogue::of("sv")),
            "`2026-02-30` är inget datum: 2026-02 har ingen dag 30"
        );
        assert_eq!(
            e.in_catalogue(Catalogue::of("fi")),
            "`2026-02-30` ei ole päivämäärä: kuussa 2026-02 ei ole päivää 30"
        );
        let e = PartialDate::parse_lenient("31.2.2026").unwrap_err();
        assert_eq!(
            e.in_catalogue(Catalogue::of("sv")),
            "`31.2.2026` är inget datum (dag 31, månad 2, år 2026 finns inte)"
        );
        let e = PartialDate::parse_lenient("igår").unwrap_err();
        assert!(
            e.in_catalogue(Catalogue::of("fi"))
                .starts_with("`igår` ei ole päivämäärä; kirjoita VVVV-KK-PP"),
            "{}",
            e.in_catalogue(Catalogue::of("fi"))
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
