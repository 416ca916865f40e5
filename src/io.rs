//! Reading ads from JSONL and CSV (files or stdin) as a stream of records, mapping records to
//! `JobAd`s, and loading the labelled corpus and EMSCAD.

use crate::ad::{CorpusAd, JobAd, Label};
use anyhow::{bail, Context, Result};
use serde_json::{Map, Value};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Input format of a file of ads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
}

impl Format {
    /// Guesses the format from a file name (`.csv` → CSV, anything else → JSONL).
    pub fn from_path(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("tsv") => {
                Format::Csv
            }
            _ => Format::Jsonl,
        }
    }
}

/// One input record: a JSON object with the line it started on.
#[derive(Debug, Clone)]
pub struct Record {
    /// 1-based line number in the input.
    pub line: u64,
    /// The fields, as given (CSV cells become strings).
    pub fields: Map<String, Value>,
}

/// A record that could not be read.
#[derive(Debug, Clone)]
pub struct RecordError {
    /// 1-based line number in the input.
    pub line: u64,
    /// What is wrong with it.
    pub reason: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Opens a path for reading; `-` is stdin.
pub fn open_input(path: &Path) -> Result<Box<dyn Read + Send>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(std::io::stdin()))
    } else {
        let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        Ok(Box::new(f))
    }
}

/// Streams the records of `input` in `format`, one `Result` per record, without reading the
/// whole input into memory.
pub fn records(
    input: Box<dyn Read + Send>,
    format: Format,
) -> Box<dyn Iterator<Item = Result<Record, RecordError>> + Send> {
    match format {
        Format::Jsonl => Box::new(JsonlRecords {
            reader: BufReader::with_capacity(1 << 16, input),
            line: 0,
            buf: String::new(),
        }),
        Format::Csv => Box::new(CsvRecords::new(input)),
    }
}

struct JsonlRecords {
    reader: BufReader<Box<dyn Read + Send>>,
    line: u64,
    buf: String,
}

impl Iterator for JsonlRecords {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            self.line += 1;
            let line = self.line;
            match self.reader.read_line(&mut self.buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    // Invalid UTF-8 spoils only this line: skip past it and go on.
                    let mut skip = Vec::new();
                    let _ = self.reader.read_until(b'\n', &mut skip);
                    return Some(Err(RecordError {
                        line,
                        reason: format!("unreadable line: {e}"),
                    }));
                }
            }
            let t = self.buf.trim();
            if t.is_empty() {
                continue;
            }
            return Some(match serde_json::from_str::<Value>(t) {
                Ok(Value::Object(fields)) => Ok(Record { line, fields }),
                Ok(other) => Err(RecordError {
                    line,
                    reason: format!("expected a JSON object, found {}", json_kind(&other)),
                }),
                Err(e) => Err(RecordError {
                    line,
                    reason: format!("invalid JSON: {e}"),
                }),
            });
        }
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

struct CsvRecords {
    reader: csv::Reader<Box<dyn Read + Send>>,
    headers: Option<Result<Vec<String>, String>>,
    record: csv::StringRecord,
    done: bool,
}

impl CsvRecords {
    fn new(input: Box<dyn Read + Send>) -> Self {
        let reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        CsvRecords {
            reader,
            headers: None,
            record: csv::StringRecord::new(),
            done: false,
        }
    }
}

impl Iterator for CsvRecords {
    type Item = Result<Record, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let headers = self
            .headers
            .get_or_insert_with(|| match self.reader.headers() {
                Ok(h) => Ok(h
                    .iter()
                    .map(|s| s.trim_start_matches('\u{feff}').to_string())
                    .collect()),
                Err(e) => Err(format!("cannot read the CSV header: {e}")),
            })
            .clone();
        let headers = match headers {
            Ok(h) => h,
            Err(reason) => {
                self.done = true;
                return Some(Err(RecordError { line: 1, reason }));
            }
        };
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return None,
                Ok(true) => {
                    let line = self.record.position().map_or(0, |p| p.line());
                    if self.record.len() == 1 && self.record[0].trim().is_empty() {
                        continue;
                    }
                    if self.record.len() != headers.len() {
                        return Some(Err(RecordError {
                            line,
                            reason: format!(
                                "has {} fields but the header has {}",
                                self.record.len(),
                                headers.len()
                            ),
                        }));
                    }
                    let fields = headers
                        .iter()
                        .zip(self.record.iter())
                        .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
                        .collect();
                    return Some(Ok(Record { line, fields }));
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    // csv recovers at the next record for UTF-8 errors; other errors (I/O) end it
                    if !matches!(e.kind(), csv::ErrorKind::Utf8 { .. }) {
                        self.done = true;
                    }
                    return Some(Err(RecordError {
                        line,
                        reason: format!("bad CSV record: {e}"),
                    }));
                }
            }
        }
    }
}

fn str_field(fields: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| match fields.get(*n) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(x)) => Some(x.to_string()),
        _ => None,
    })
}

/// EMSCAD's text columns, in the order they are joined into the ad text.
pub const EMSCAD_TEXT_FIELDS: [&str; 4] =
    ["company_profile", "description", "requirements", "benefits"];

/// Maps a record to a `JobAd`. `text` is used when present; otherwise the EMSCAD-style columns
/// (`description`, `company_profile`, `requirements`, `benefits`) are joined. A record needs a
/// text or at least a title.
pub fn job_ad_from_record(fields: &Map<String, Value>) -> Result<JobAd, String> {
    for (k, v) in fields {
        if matches!(v, Value::Array(_) | Value::Object(_))
            && ["text", "title", "description"].contains(&k.as_str())
        {
            return Err(format!(
                "field `{k}` must be a string, found {}",
                json_kind(v)
            ));
        }
    }
    let text = match str_field(fields, &["text"]) {
        Some(t) => t,
        None => EMSCAD_TEXT_FIELDS
            .iter()
            .filter_map(|f| str_field(fields, &[f]))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    let title = str_field(fields, &["title"]);
    if text.is_empty() && title.is_none() {
        return Err(
            "no ad text: give a `text` field (or `title`/`description`) with the ad's wording"
                .to_string(),
        );
    }
    Ok(JobAd {
        id: str_field(fields, &["id", "job_id"]),
        url: str_field(fields, &["url"]),
        source: str_field(fields, &["source"]),
        title,
        company: str_field(fields, &["company"]),
        location: str_field(fields, &["location"]),
        salary_text: str_field(fields, &["salary_text", "salary_range", "salary"]),
        text,
        posted_at: str_field(fields, &["posted_at"]),
        lang: str_field(fields, &["lang"]),
    })
}

/// The label of a record: `label` (`lure`/`legit`) or EMSCAD's `fraudulent` (1/0).
pub fn label_of(fields: &Map<String, Value>) -> Result<Label, String> {
    if let Some(l) = str_field(fields, &["label"]) {
        return match l.to_ascii_lowercase().as_str() {
            "lure" | "1" | "true" | "fraud" => Ok(Label::Lure),
            "legit" | "0" | "false" => Ok(Label::Legit),
            other => Err(format!(
                "field `label` is `{other}`, expected `lure` or `legit`"
            )),
        };
    }
    match fields.get("fraudulent") {
        Some(Value::String(s)) if s.trim() == "1" => Ok(Label::Lure),
        Some(Value::String(s)) if s.trim() == "0" => Ok(Label::Legit),
        Some(Value::Number(n)) if n.as_u64() == Some(1) => Ok(Label::Lure),
        Some(Value::Number(n)) if n.as_u64() == Some(0) => Ok(Label::Legit),
        Some(v) => Err(format!("field `fraudulent` is {v}, expected 0 or 1")),
        None => Err("no label: give `label` (lure|legit) or `fraudulent` (0|1)".to_string()),
    }
}

/// The `*.jsonl` files of the training corpus: `DIR/train/*.jsonl` if that folder exists,
/// else `DIR/*.jsonl`.
pub fn corpus_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let train = dir.join("train");
    let base = if train.is_dir() {
        train
    } else {
        dir.to_path_buf()
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&base)
        .with_context(|| format!("cannot read corpus folder {}", base.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no .jsonl files in {}", base.display());
    }
    Ok(files)
}

/// Loads labelled ads from JSONL files, failing on the first bad line (a corpus must be clean).
pub fn load_corpus_files(files: &[PathBuf]) -> Result<Vec<CorpusAd>> {
    let mut out = Vec::new();
    for f in files {
        let reader =
            BufReader::new(File::open(f).with_context(|| format!("cannot open {}", f.display()))?);
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{}:{}", f.display(), i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let ad: CorpusAd = serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not a valid corpus record", f.display(), i + 1))?;
            out.push(ad);
        }
    }
    Ok(out)
}

/// Loads the training corpus of `dir` (see `corpus_files`).
pub fn load_corpus(dir: &Path) -> Result<Vec<CorpusAd>> {
    load_corpus_files(&corpus_files(dir)?)
}

/// A labelled EMSCAD row.
#[derive(Debug, Clone)]
pub struct EmscadAd {
    /// The ad as the scorer sees it.
    pub ad: JobAd,
    /// `fraudulent == 1`.
    pub fraudulent: bool,
}

/// Loads an EMSCAD CSV (Kaggle column layout); a row that cannot be read is an error.
pub fn load_emscad(path: &Path) -> Result<Vec<EmscadAd>> {
    let mut out = Vec::new();
    for rec in records(open_input(path)?, Format::Csv) {
        let rec = rec.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        let ad = job_ad_from_record(&rec.fields)
            .map_err(|e| anyhow::anyhow!("{}: line {}: {e}", path.display(), rec.line))?;
        let label = label_of(&rec.fields)
            .map_err(|e| anyhow::anyhow!("{}: line {}: {e}", path.display(), rec.line))?;
        out.push(EmscadAd {
            ad,
            fraudulent: label == Label::Lure,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, f: Format) -> Vec<Result<Record, RecordError>> {
        records(Box::new(std::io::Cursor::new(s.as_bytes().to_vec())), f).collect()
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_going() {
        let r = read(
            "{\"text\":\"a\"}\n\nnot json\n[1]\n{\"text\":\"b\"}\n",
            Format::Jsonl,
        );
        assert_eq!(r.len(), 4);
        assert!(r[0].is_ok());
        let e = r[1].as_ref().unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.starts_with("invalid JSON"));
        assert_eq!(r[2].as_ref().unwrap_err().line, 4);
        assert_eq!(r[3].as_ref().unwrap().line, 5);
    }

    #[test]
    fn csv_rows_become_string_fields_and_short_rows_fail() {
        let r = read(
            "title,description\nA,\"multi\nline\"\nB\nC,d\n",
            Format::Csv,
        );
        assert_eq!(r.len(), 3);
        let first = r[0].as_ref().unwrap();
        assert_eq!(first.fields["description"], "multi\nline");
        let e = r[1].as_ref().unwrap_err();
        assert_eq!(e.line, 4);
        assert!(e.reason.contains("1 fields"), "{}", e.reason);
        assert_eq!(r[2].as_ref().unwrap().fields["title"], "C");
    }

    #[test]
    fn emscad_columns_make_the_text() {
        let mut m = Map::new();
        m.insert("title".into(), "Data entry".into());
        m.insert("company_profile".into(), "We are".into());
        m.insert("description".into(), "Work from home".into());
        m.insert("fraudulent".into(), "1".into());
        let ad = job_ad_from_record(&m).unwrap();
        assert_eq!(ad.text, "We are\nWork from home");
        assert_eq!(label_of(&m).unwrap(), Label::Lure);
        assert!(job_ad_from_record(&Map::new())
            .unwrap_err()
            .contains("no ad text"));
    }
}
