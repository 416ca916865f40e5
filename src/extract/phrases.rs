//! Lure phrases and legitimacy markers in the nine languages.
use crate::ad::Signal;

/// Finds every lure phrase and legitimacy marker in `text`.
pub fn find_phrases(_text: &str) -> Vec<Signal> {
    Vec::new()
}
