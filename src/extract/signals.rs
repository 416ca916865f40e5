//! Combines the extractors into the named signals of one ad, and into the numeric signal
//! features the model reads.

use super::{contacts, lang, norms, phrases, places, salary};
use crate::ad::{Contact, ContactKind, JobAd, Lang, Place, Salary, Signal, Span};

/// Pay at or above this multiple of the norm is reported as `high_pay`.
pub const HIGH_PAY_RATIO: f64 = 2.0;

/// Phrase signals that the phrase extractor reports and the model uses as features.
pub const PHRASE_SIGNALS: [&str; 24] = phrases::SIGNAL_NAMES;

/// Signals derived from salaries, contacts and places.
pub const DERIVED_SIGNALS: [&str; 9] = [
    "high_pay",
    "messaging_contact",
    "messaging_only",
    "risky_phone",
    "risky_destination",
    "company_email",
    "free_mail",
    "no_contact",
    "vague_employer",
];

/// Everything the extractors found in one ad.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// Language of the ad (given or detected).
    pub lang: Lang,
    /// Pay statements.
    pub salaries: Vec<Salary>,
    /// Contacts.
    pub contacts: Vec<Contact>,
    /// Places named.
    pub places: Vec<Place>,
    /// Named signals for reviewers, in text order.
    pub signals: Vec<Signal>,
    /// Highest offered pay as a multiple of the norm for the role and destination.
    pub pay_ratio: Option<f64>,
}

/// Home country of a language's readers, used when an ad names no destination.
fn home_country(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::Id => "ID",
        Lang::Th => "TH",
        Lang::Tl => "PH",
        Lang::Vi => "VN",
        Lang::Zh => "CN",
        Lang::Ms => "MY",
        Lang::My => "MM",
        Lang::Km => "KH",
        Lang::En | Lang::Other => return None,
    })
}

/// Runs every extractor over `ad` and derives the combined signals.
pub fn analyse(ad: &JobAd) -> Analysis {
    analyse_text(
        &ad.full_text(),
        ad.lang.as_deref().and_then(Lang::from_code),
    )
}

/// Runs every extractor over `text`; `lang` overrides detection when given.
pub fn analyse_text(text: &str, lang: Option<Lang>) -> Analysis {
    let lang = lang.unwrap_or_else(|| lang::detect(text));
    let salaries = salary::find_salaries(text);
    let contacts = contacts::find_contacts(text);
    let places = places::find_places(text);
    let mut signals = phrases::find_phrases(text);

    let home = home_country(lang);
    let destination = places
        .iter()
        .find(|p| Some(p.country.as_str()) != home && p.risky)
        .or_else(|| places.iter().find(|p| Some(p.country.as_str()) != home))
        .map(|p| p.country.as_str())
        .or(home);

    let mut pay_ratio = None;
    if let Some(country) = destination {
        let role = norms::detect_role(text);
        if let Some(norm) = norms::norm_usd_month(role, country) {
            let best = salaries
                .iter()
                .filter(|s| s.usd_month_max.is_finite() && s.usd_month_max > 0.0)
                .max_by(|a, b| a.usd_month_max.total_cmp(&b.usd_month_max));
            if let Some(s) = best {
                let ratio = s.usd_month_max / norm;
                pay_ratio = Some(ratio);
                if ratio >= HIGH_PAY_RATIO {
                    signals.push(Signal::new("high_pay", &s.span).with_detail(format!(
                        "about US${:.0}/month, {ratio:.1}× the usual US${norm:.0} for {role:?} work in {country}",
                        s.usd_month_max
                    )));
                }
            }
        }
    }

    let messaging: Vec<&Contact> = contacts.iter().filter(|c| c.kind.is_messaging()).collect();
    if let Some(first) = messaging.first() {
        signals.push(Signal::new("messaging_contact", &first.span));
    }
    let official = contacts.iter().any(|c| {
        c.kind == ContactKind::Url || (c.kind == ContactKind::Email && c.free_mail == Some(false))
    });
    if !messaging.is_empty() && !official {
        signals.push(
            Signal::new("messaging_only", &messaging[0].span)
                .with_detail("reachable only through chat apps or personal numbers"),
        );
    }
    for c in &contacts {
        // Only numbers carry a country: phones and chat-app numbers alike.
        if c.country.as_deref().is_some_and(contacts::risky_country) {
            signals.push(
                Signal::new("risky_phone", &c.span)
                    .with_detail(format!("{} number", c.country.as_deref().unwrap_or("?"))),
            );
            break;
        }
    }
    if let Some(p) = places.iter().find(|p| p.risky) {
        signals.push(Signal::new("risky_destination", &p.span).with_detail(p.name.clone()));
    }
    if let Some(c) = contacts
        .iter()
        .find(|c| c.kind == ContactKind::Email && c.free_mail == Some(false))
    {
        signals.push(Signal::new("company_email", &c.span));
    }
    if let Some(c) = contacts
        .iter()
        .find(|c| c.kind == ContactKind::Email && c.free_mail == Some(true))
    {
        signals.push(Signal::new("free_mail", &c.span));
    }
    if contacts.is_empty() {
        signals.push(
            Signal::new("no_contact", &Span::of(text, 0, 0))
                .with_detail("no phone, handle, email or link found"),
        );
    }
    let has = |n: &str| signals.iter().any(|s| s.name == n);
    if !has("named_employer") && !has("licence_number") && !has("company_email") {
        signals.push(
            Signal::new("vague_employer", &Span::of(text, 0, 0))
                .with_detail("no employer name, licence number or company email found"),
        );
    }
    signals.sort_by_key(|s| (s.start, s.end));
    Analysis {
        lang,
        salaries,
        contacts,
        places,
        signals,
        pay_ratio,
    }
}

/// Names of the signal feature columns, in order.
pub fn feature_names() -> Vec<String> {
    PHRASE_SIGNALS
        .iter()
        .chain(DERIVED_SIGNALS.iter())
        .map(|s| s.to_string())
        .chain(["pay_ratio_log2".to_string()])
        .collect()
}

/// Signal feature values of an analysis, aligned with `feature_names`.
pub fn feature_values(a: &Analysis) -> Vec<f32> {
    let mut v: Vec<f32> = PHRASE_SIGNALS
        .iter()
        .chain(DERIVED_SIGNALS.iter())
        .map(|name| a.signals.iter().any(|s| s.name == *name) as u8 as f32)
        .collect();
    // log2 of the pay ratio, clipped: 0 at or below the norm, 3 at eight times the norm
    let r = a.pay_ratio.map_or(0.0, |r| r.max(1.0).log2().min(3.0));
    v.push(r as f32 / 3.0);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_vector_matches_names() {
        let a = analyse_text("Hello world", Some(Lang::En));
        assert_eq!(feature_values(&a).len(), feature_names().len());
        // no contact and no employer: both absence signals fire
        assert!(a.signals.iter().any(|s| s.name == "no_contact"));
        assert!(a.signals.iter().any(|s| s.name == "vague_employer"));
    }
}
