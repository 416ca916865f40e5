//! The data types that pass between pipeline stages: plain serde structs, no behaviour beyond
//! small conveniences. Every stage (extract, model, io, later crawl/queue/report) speaks these.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A job advert as read from a file, stdin or (later) a crawled page.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JobAd {
    /// Caller's identifier, kept as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Where the ad was found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Board, channel or file the ad came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Headline of the ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Employer name as stated by the ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Work location as stated by the ad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Pay as stated by the ad, free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_text: Option<String>,
    /// Body text of the ad.
    #[serde(default)]
    pub text: String,
    /// When the ad was posted, as given (ISO 8601 preferred).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posted_at: Option<String>,
    /// Language code if the caller knows it (ISO 639-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl JobAd {
    /// The single text that extractors and the model read: title, company, location, pay, body.
    pub fn full_text(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + 128);
        for part in [
            &self.title,
            &self.company,
            &self.location,
            &self.salary_text,
        ]
        .into_iter()
        .flatten()
        {
            if !part.trim().is_empty() {
                out.push_str(part.trim());
                out.push('\n');
            }
        }
        out.push_str(&self.text);
        out
    }
}

/// Languages the tool is built for; anything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian.
    Id,
    /// English.
    En,
    /// Thai.
    Th,
    /// Tagalog / Filipino.
    Tl,
    /// Vietnamese.
    Vi,
    /// Chinese.
    Zh,
    /// Malay.
    Ms,
    /// Burmese.
    My,
    /// Khmer.
    Km,
    /// Any other or undetermined language.
    Other,
}

impl Lang {
    /// Every supported language, in the order of expected volume.
    pub const ALL: [Lang; 9] = [
        Lang::Id,
        Lang::En,
        Lang::Th,
        Lang::Tl,
        Lang::Vi,
        Lang::Zh,
        Lang::Ms,
        Lang::My,
        Lang::Km,
    ];

    /// ISO 639-1 code (`other` for anything else).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Th => "th",
            Lang::Tl => "tl",
            Lang::Vi => "vi",
            Lang::Zh => "zh",
            Lang::Ms => "ms",
            Lang::My => "my",
            Lang::Km => "km",
            Lang::Other => "other",
        }
    }

    /// Parses an ISO 639-1 code (also a few common aliases such as `fil`, `ind`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Some(match code.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "in" => Lang::Id,
            "en" | "eng" => Lang::En,
            "th" | "tha" => Lang::Th,
            "tl" | "fil" | "tgl" => Lang::Tl,
            "vi" | "vie" => Lang::Vi,
            "zh" | "cmn" | "zho" | "zh-cn" | "zh-tw" => Lang::Zh,
            "ms" | "msa" | "zsm" | "may" => Lang::Ms,
            "my" | "mya" | "bur" => Lang::My,
            "km" | "khm" => Lang::Km,
            "other" | "und" => Lang::Other,
            _ => return None,
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A byte range in the analysed text (`JobAd::full_text`), with the text it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset where the match starts.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// The matched text, verbatim.
    pub text: String,
}

impl Span {
    /// Builds a span over `hay[start..end]`.
    pub fn of(hay: &str, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            text: hay[start..end].to_string(),
        }
    }
}

/// Pay period as stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
}

/// A pay amount or range found in an ad, normalised to US dollars per month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Salary {
    /// Where it was found.
    pub span: Span,
    /// Lower bound in the stated currency.
    pub min: f64,
    /// Upper bound in the stated currency (equal to `min` for a single amount).
    pub max: f64,
    /// ISO 4217 code of the stated currency.
    pub currency: String,
    /// Stated period; when not stated, `Month`, or `Year` for amounts that only make sense yearly.
    pub period: Period,
    /// Whether the period was stated (false: assumed monthly).
    pub period_stated: bool,
    /// Lower bound in USD per month.
    pub usd_month_min: f64,
    /// Upper bound in USD per month.
    pub usd_month_max: f64,
}

/// Kind of contact channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactKind {
    /// A telephone number (may also be a WhatsApp number; see `WhatsApp`).
    Phone,
    /// WhatsApp link or number introduced as WhatsApp.
    WhatsApp,
    /// Telegram handle or t.me link.
    Telegram,
    /// LINE ID or line.me link.
    Line,
    /// WeChat ID.
    WeChat,
    /// QQ number.
    Qq,
    /// Facebook profile, page or Messenger link.
    Facebook,
    /// TikTok profile.
    TikTok,
    /// Instagram profile.
    Instagram,
    /// Zalo number or zalo.me link (Viet Nam's main chat app).
    Zalo,
    /// Viber number (common in Myanmar).
    Viber,
    /// Email address.
    Email,
    /// Any other web address.
    Url,
}

impl ContactKind {
    /// True for chat apps and social profiles: the channels lures prefer to official ones.
    pub fn is_messaging(self) -> bool {
        matches!(
            self,
            ContactKind::WhatsApp
                | ContactKind::Telegram
                | ContactKind::Line
                | ContactKind::WeChat
                | ContactKind::Qq
                | ContactKind::Facebook
                | ContactKind::TikTok
                | ContactKind::Instagram
                | ContactKind::Zalo
                | ContactKind::Viber
        )
    }
}

/// A way to reach the advertiser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Channel kind.
    pub kind: ContactKind,
    /// Normalised value: E.164 for numbers, lower-case handle without `@`, lower-case email, URL.
    pub value: String,
    /// Where it was found.
    pub span: Span,
    /// ISO 3166-1 alpha-2 country of a phone number, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// For emails: true when the domain is a free-mail provider (gmail.com, yahoo.com, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_mail: Option<bool>,
}

/// Kind of place in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A city or province.
    City,
    /// A border town or crossing.
    BorderTown,
    /// A special economic zone or known compound area.
    Sez,
}

/// A destination named in an ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Canonical English name (e.g. `Sihanoukville`).
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// True for places where scam compounds are known to recruit to (DOMAIN.md).
    pub risky: bool,
    /// Where it was found.
    pub span: Span,
}

/// A named indicator found in an ad, with the evidence a reviewer reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Signal {
    /// Stable snake_case name, e.g. `no_experience`, `messaging_contact`, `licence_number`.
    pub name: String,
    /// The matching text span.
    pub text: String,
    /// Byte offset of the span in the analysed text.
    pub start: usize,
    /// Byte offset just past the span.
    pub end: usize,
    /// Optional human-readable detail (e.g. "4.8× the norm for admin in KH").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Signal {
    /// Builds a signal named `name` over `span`.
    pub fn new(name: &str, span: &Span) -> Signal {
        Signal {
            name: name.to_string(),
            text: span.text.clone(),
            start: span.start,
            end: span.end,
            detail: None,
        }
    }

    /// The same signal with a detail line.
    pub fn with_detail(mut self, detail: impl Into<String>) -> Signal {
        self.detail = Some(detail.into());
        self
    }
}

/// A model term and how much it moved the score (log-odds contribution).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TermWeight {
    /// Feature name: a subword n-gram or `sig:<signal>`.
    pub term: String,
    /// Contribution to the log-odds of `lure`.
    pub weight: f64,
}

/// The model's verdict on one ad.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Calibrated probability that the ad is a recruitment lure (0–1).
    pub score: f64,
    /// Whether `score` reaches the operating threshold.
    pub flagged: bool,
    /// Probability of generic job fraud (EMSCAD-style), when the model has that head.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraud_score: Option<f64>,
    /// Detected or given language.
    pub lang: Lang,
    /// Lure and legitimacy indicators found.
    pub signals: Vec<Signal>,
    /// Terms that pushed the score most (either way).
    pub top_terms: Vec<TermWeight>,
    /// Version of the model that produced this score.
    pub model_version: String,
}

/// Corpus label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    /// A recruitment lure.
    Lure,
    /// Anything else: real jobs, warnings, news.
    Legit,
}

impl Label {
    /// 1.0 for `Lure`, 0.0 for `Legit`.
    pub fn as_target(self) -> f64 {
        match self {
            Label::Lure => 1.0,
            Label::Legit => 0.0,
        }
    }
}

/// One labelled ad of the corpus (`corpus/*.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorpusAd {
    /// Unique id across the corpus.
    pub id: String,
    /// ISO 639-1 language code.
    pub lang: String,
    /// `lure` or `legit`.
    pub label: Label,
    /// What sort of text it is (e.g. `lure`, `hard_positive`, `legit_overseas`, `warning`).
    pub kind: String,
    /// Headline.
    #[serde(default)]
    pub title: String,
    /// Body text.
    pub text: String,
    /// Where the wording came from (URL) or `written`.
    #[serde(default)]
    pub source: String,
    /// Free notes by the author or labeller.
    #[serde(default)]
    pub notes: String,
}

impl CorpusAd {
    /// The ad as a `JobAd`, as the scorer sees it.
    pub fn to_job_ad(&self) -> JobAd {
        JobAd {
            id: Some(self.id.clone()),
            title: (!self.title.is_empty()).then(|| self.title.clone()),
            text: self.text.clone(),
            lang: Some(self.lang.clone()),
            source: Some(self.source.clone()),
            ..JobAd::default()
        }
    }
}
