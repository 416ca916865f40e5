//! The subword tokenizer: text normalisation, word splitting, BPE training and loading.
//!
//! Normalisation and word splitting are ours (one fast pass over chars); the subword model is a
//! HuggingFace `tokenizers` BPE trained on the corpus. The saved `tokenizer.json` carries a
//! `WhitespaceSplit` pre-tokenizer, so `Tokenizer::encode` on `prepare(text)` gives exactly the
//! ids that `SubwordTokenizer::ids` computes (a test checks this).

use anyhow::{anyhow, Context, Result};
use std::path::Path;
use tokenizers::models::bpe::{BpeTrainerBuilder, BPE};
use tokenizers::pre_tokenizers::whitespace::WhitespaceSplit;
use tokenizers::{AddedToken, Model, Tokenizer, TokenizerBuilder};

/// Longest run of letters kept as one word; longer runs (Thai, Chinese, Khmer, Burmese sentences
/// without spaces) are cut so BPE works on phrase-sized pieces.
const MAX_WORD_CHARS: usize = 24;

/// The unknown-token string of the BPE vocabulary.
pub const UNK: &str = "[UNK]";

/// Appends the normalised words of `text` to `out`, separated by single spaces.
///
/// Lower-cases, maps every decimal digit (any script) to `0` so numbers keep their shape but not
/// their value, and treats punctuation, symbols and emoji as separators.
pub fn prepare_into(text: &str, out: &mut String) {
    let table = &*CHAR_CLASS;
    let mut run = 0usize;
    let mut in_word = false;
    for c in text.chars() {
        let class = match table.get(c as usize) {
            Some(&k) => k,
            None => classify(c),
        };
        let m = match class {
            SEPARATOR => {
                in_word = false;
                continue;
            }
            DIGIT => '0',
            _ => c,
        };
        if (!in_word || run >= MAX_WORD_CHARS) && !out.is_empty() {
            out.push(' ');
            run = 0;
        }
        in_word = true;
        run += 1;
        if class == UPPER {
            out.extend(m.to_lowercase());
        } else {
            out.push(m);
        }
    }
}

const SEPARATOR: u8 = 0;
const DIGIT: u8 = 1;
const KEEP: u8 = 2;
const UPPER: u8 = 3;

/// What `prepare_into` does with a character: drop it as a separator, map it to `0`, keep it,
/// or lower-case it.
fn classify(c: char) -> u8 {
    if c.is_numeric() {
        DIGIT
    } else if c.is_uppercase() {
        UPPER
    } else if c.is_alphabetic() || is_mark(c) {
        KEEP
    } else {
        SEPARATOR
    }
}

/// `classify` for every character of the Basic Multilingual Plane, computed once: the Unicode
/// property lookups are slow for non-ASCII text, which is most of the region's ads.
static CHAR_CLASS: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    (0u32..0x10000)
        .map(|u| char::from_u32(u).map_or(SEPARATOR, classify))
        .collect()
});

/// The normalised, space-separated words of `text`.
pub fn prepare(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    prepare_into(text, &mut out);
    out
}

/// Combining marks: Thai, Khmer and Burmese vowels and tone marks must stay inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F          // Latin combining diacritics (Vietnamese when decomposed)
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E // Thai
        | 0x102B..=0x103E | 0x1056..=0x1059 | 0x105E..=0x1060 | 0x1062..=0x1064
        | 0x1067..=0x106D | 0x1071..=0x1074 | 0x1082..=0x108D | 0x108F | 0x109A..=0x109D // Burmese
        | 0x17B4..=0x17D3 | 0x17DD  // Khmer
        | 0x200C | 0x200D           // zero-width (non-)joiners used in Indic-style scripts
    )
}

/// Words whose ids each scoring thread remembers; bounded so memory does not grow with input.
const WORD_CACHE_MAX: usize = 200_000;

/// word → subword ids.
type WordIds = ahash::AHashMap<Box<str>, Box<[u32]>>;

thread_local! {
    /// Cached ids for the tokenizer with the given instance id. HF's BPE has its own cache, but
    /// it returns `Token`s with an owned `String` each; this one copies ids only.
    static WORD_CACHE: std::cell::RefCell<(u64, WordIds)> =
        std::cell::RefCell::new((0, WordIds::new()));
}

/// Source of instance ids, so two tokenizers in one process never share cache entries.
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// A trained subword tokenizer.
pub struct SubwordTokenizer {
    inner: Tokenizer,
    id: u64,
}

impl SubwordTokenizer {
    /// Trains a BPE vocabulary of at most `vocab_size` entries on `texts`.
    pub fn train<'a>(
        texts: impl Iterator<Item = &'a str> + Send,
        vocab_size: usize,
    ) -> Result<Self> {
        let model = BPE::builder()
            .unk_token(UNK.to_string())
            .build()
            .map_err(|e| anyhow!("building BPE: {e}"))?;
        let mut tk = TokenizerBuilder::new()
            .with_model(model)
            .with_pre_tokenizer(Some(WhitespaceSplit))
            .with_normalizer(None::<tokenizers::NormalizerWrapper>)
            .with_post_processor(None::<tokenizers::PostProcessorWrapper>)
            .with_decoder(None::<tokenizers::DecoderWrapper>)
            .build()
            .map_err(|e| anyhow!("building tokenizer: {e}"))?;
        let mut trainer = BpeTrainerBuilder::new()
            .vocab_size(vocab_size)
            .min_frequency(2)
            .show_progress(false)
            .special_tokens(vec![AddedToken::from(UNK, true)])
            .build();
        tk.train(&mut trainer, texts.map(prepare))
            .map_err(|e| anyhow!("training tokenizer: {e}"))?;
        Ok(SubwordTokenizer {
            inner: Tokenizer::from(tk),
            id: next_id(),
        })
    }

    /// Loads `tokenizer.json`.
    pub fn load(path: &Path) -> Result<Self> {
        let inner = Tokenizer::from_file(path)
            .map_err(|e| anyhow!("{e}"))
            .with_context(|| format!("loading tokenizer {}", path.display()))?;
        Ok(SubwordTokenizer {
            inner,
            id: next_id(),
        })
    }

    /// Writes `tokenizer.json`.
    pub fn save(&self, path: &Path) -> Result<()> {
        self.inner
            .save(path, false)
            .map_err(|e| anyhow!("saving tokenizer {}: {e}", path.display()))
    }

    /// Number of entries in the vocabulary.
    pub fn vocab_size(&self) -> usize {
        self.inner.get_model().get_vocab_size()
    }

    /// The token string of `id`.
    pub fn token(&self, id: u32) -> String {
        self.inner
            .get_model()
            .id_to_token(id)
            .unwrap_or_else(|| UNK.to_string())
    }

    /// Subword ids of `text`, appended to `ids`; `scratch` is reused between calls.
    pub fn ids_into(&self, text: &str, scratch: &mut String, ids: &mut Vec<u32>) {
        scratch.clear();
        prepare_into(text, scratch);
        let model = self.inner.get_model();
        WORD_CACHE.with(|cell| {
            let mut cache = cell.borrow_mut();
            if cache.0 != self.id {
                *cache = (self.id, WordIds::new());
            }
            let map = &mut cache.1;
            for word in scratch.split(' ').filter(|w| !w.is_empty()) {
                if let Some(hit) = map.get(word) {
                    ids.extend_from_slice(hit);
                    continue;
                }
                let Ok(tokens) = model.tokenize(word) else {
                    continue;
                };
                let start = ids.len();
                ids.extend(tokens.iter().map(|t| t.id));
                if map.len() >= WORD_CACHE_MAX {
                    map.clear();
                }
                map.insert(word.into(), ids[start..].into());
            }
        });
    }

    /// Subword ids of `text`.
    pub fn ids(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        self.ids_into(text, &mut String::new(), &mut ids);
        ids
    }

    /// Ids through the full HuggingFace pipeline (for checking `ids` against it).
    pub fn encode_reference(&self, text: &str) -> Result<Vec<u32>> {
        let enc = self
            .inner
            .encode(prepare(text), false)
            .map_err(|e| anyhow!("encode: {e}"))?;
        Ok(enc.get_ids().to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepare_maps_digits_case_and_punctuation() {
        assert_eq!(prepare("Gaji Rp15JT/bln!!"), "gaji rp00jt bln");
        assert_eq!(prepare("เงินเดือน ๓๐,๐๐๐ บาท"), "เงินเดือน 00 000 บาท");
        assert_eq!(prepare("📞 WA: +855-12"), "wa 000 00");
    }

    #[test]
    fn prepare_keeps_thai_and_khmer_marks_inside_words() {
        let w = prepare("ไม่ต้องมีประสบการณ์");
        assert!(
            !w.contains(' ') || w.chars().count() > MAX_WORD_CHARS,
            "{w}"
        );
        assert_eq!(prepare("ការងារ"), "ការងារ");
    }

    #[test]
    fn long_runs_are_cut() {
        let s = "包吃包住".repeat(20);
        let w = prepare(&s);
        assert!(w.split(' ').all(|p| p.chars().count() <= MAX_WORD_CHARS));
        assert_eq!(w.replace(' ', ""), s);
    }

    #[test]
    fn fast_ids_equal_huggingface_pipeline() {
        let texts = [
            "Lowongan admin online Kamboja gaji 15jt tanpa pengalaman",
            "รับสมัครแอดมิน ไม่ต้องมีประสบการณ์ เงินเดือนดี",
            "高薪招聘 包吃包住 机票报销 无需经验",
            "Tuyển nhân viên CSKH lương cao không cần kinh nghiệm",
            "Hiring admin staff, no experience needed, free flight",
        ];
        let tk = SubwordTokenizer::train(texts.iter().copied().cycle().take(50), 300).unwrap();
        for t in texts {
            assert_eq!(tk.ids(t), tk.encode_reference(t).unwrap(), "{t}");
        }
        // Unseen text and round trip through JSON give the same ids.
        let unseen = "Walang experience, libre pamasahe! Kerja di Myawaddy";
        let path = std::env::temp_dir().join(format!("lw-tok-{}.json", std::process::id()));
        tk.save(&path).unwrap();
        let back = SubwordTokenizer::load(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(tk.ids(unseen), back.ids(unseen));
        assert_eq!(back.ids(unseen), back.encode_reference(unseen).unwrap());
    }
}
