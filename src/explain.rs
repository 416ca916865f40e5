//! Human-readable explanation of a score: what a reviewer reads in a terminal.

use crate::ad::{JobAd, Score};
use std::fmt::Write as _;

/// Longest excerpt of the ad text shown.
const EXCERPT_CHARS: usize = 600;

/// Renders the verdict on `ad`: score, flag, signals with their text, top model terms and
/// an excerpt of the ad with the signal spans marked `⟦…⟧`.
pub fn render(label: &str, ad: &JobAd, s: &Score) -> String {
    let mut out = String::new();
    let verdict = if s.flagged { "FLAGGED" } else { "not flagged" };
    let _ = writeln!(
        out,
        "== {label}: {verdict}, lure score {:.3}{} [lang {}]",
        s.score,
        s.fraud_score
            .map(|f| format!(", generic-fraud score {f:.3}"))
            .unwrap_or_default(),
        s.lang
    );
    if let Some(t) = &ad.title {
        let _ = writeln!(out, "   title: {}", one_line(t));
    }
    if s.signals.is_empty() {
        let _ = writeln!(out, "   signals: none");
    } else {
        let _ = writeln!(out, "   signals:");
        for g in &s.signals {
            let text = if g.text.is_empty() {
                String::new()
            } else {
                format!(" \"{}\"", one_line(&g.text))
            };
            let detail = g
                .detail
                .as_ref()
                .map(|d| format!(" — {d}"))
                .unwrap_or_default();
            let _ = writeln!(out, "     - {}{text}{detail}", g.name);
        }
    }
    if !s.top_terms.is_empty() {
        let terms: Vec<String> = s
            .top_terms
            .iter()
            .map(|t| format!("{} ({:+.2})", t.term, t.weight))
            .collect();
        let _ = writeln!(out, "   top terms: {}", terms.join(", "));
    }
    let _ = writeln!(out, "   text: {}", marked_excerpt(&ad.full_text(), s));
    out
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The start of the analysed text with signal spans wrapped in ⟦ ⟧ (overlaps merged).
fn marked_excerpt(text: &str, s: &Score) -> String {
    let mut spans: Vec<(usize, usize)> = s
        .signals
        .iter()
        .filter(|g| g.end > g.start && g.end <= text.len())
        .map(|g| (g.start, g.end))
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in spans {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut out = String::new();
    let mut pos = 0;
    for (a, b) in merged {
        if !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&text[pos..a]);
        out.push('⟦');
        out.push_str(&text[a..b]);
        out.push('⟧');
        pos = b;
    }
    out.push_str(&text[pos..]);
    let flat = one_line(&out);
    if flat.chars().count() > EXCERPT_CHARS {
        let cut: String = flat.chars().take(EXCERPT_CHARS).collect();
        format!("{cut}…")
    } else {
        flat
    }
}
