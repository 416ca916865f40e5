//! The binary end to end: score, explain, train and eval through the command line, with the
//! model shipped in models/.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::Path;

mod common;
use common::root;

fn lw() -> Command {
    let mut c = Command::cargo_bin("lurewatch").unwrap();
    c.current_dir(root()).env_remove("LUREWATCH_MODELS");
    c
}

fn jsonl(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("output line is JSON"))
        .collect()
}

#[test]
fn score_sample_keeps_fields_and_adds_evidence() {
    let out = lw()
        .args(["score", "corpus/sample.jsonl"])
        .assert()
        .success();
    let rows = jsonl(&out.get_output().stdout);
    let n_in = std::fs::read_to_string(root().join("corpus/sample.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(rows.len(), n_in);
    for r in &rows {
        assert!(r["id"].is_string(), "input fields kept");
        let s = r["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s));
        assert!(r["flagged"].is_boolean());
        assert!(r["signals"].is_array());
        assert!(r["lang"].is_string());
        assert!(r["model_version"].is_string());
    }
    // The sample holds lures and legit ads: the model must tell some apart.
    let flagged = rows.iter().filter(|r| r["flagged"] == true).count();
    assert!(
        flagged > 0 && flagged < rows.len(),
        "flagged {flagged} of {}",
        rows.len()
    );
}

#[test]
fn malformed_lines_are_reported_and_skipped() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"Lowongan admin online di Kamboja, gaji 15 juta, tanpa pengalaman. WA 0812 3456 7890\"}\n",
        "{\"id\":\"b\",\"text\":\"unterminated\n",
        "\n",
        "[1,2]\n",
        "{\"id\":\"c\",\"title\":\"\"}\n",
        "{\"id\":\"d\",\"text\":\"Nurse wanted at St Mary's Hospital, Leeds. Apply at careers.stmarys.nhs.uk\"}\n",
    );
    let out = lw()
        .args(["score", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-: line 2: invalid JSON"))
        .stderr(predicate::str::contains("line 4: expected a JSON object"))
        .stderr(predicate::str::contains("line 5: no ad text"))
        .stderr(predicate::str::contains("scored 2, flagged"))
        .stderr(predicate::str::contains("failed 3"));
    let rows = jsonl(&out.get_output().stdout);
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "d"]);
}

#[test]
fn errors_file_gets_one_record_per_failure() {
    let dir = tempfile::tempdir().unwrap();
    let errors = dir.path().join("errors.jsonl");
    lw().args(["score", "--errors"])
        .arg(&errors)
        .write_stdin("{\"text\":\"ok\"}\nnope\n")
        .assert()
        .code(1);
    let e = jsonl(&std::fs::read(&errors).unwrap());
    assert_eq!(e.len(), 1);
    assert_eq!(e[0]["line"], 2);
    assert_eq!(e[0]["file"], "-");
}

#[test]
fn empty_input_scores_nothing_and_succeeds() {
    lw().args(["score"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("scored 0, flagged 0, failed 0"));
}

#[test]
fn csv_with_emscad_columns_is_scored() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("ads.csv");
    std::fs::write(
        &csv,
        "job_id,title,company_profile,description,requirements,benefits,has_company_logo,fraudulent\n\
         7,Data Entry Clerk,,\"Work from home, earn $500 a week. No experience needed. Send your details to get started.\",,,0,1\n\
         8,Software Engineer,\"Acme Corp builds payroll software, Berlin.\",\"Join our platform team.\",\"3+ years Rust\",\"Pension\",1,0\n\
         9,Broken row\n",
    )
    .unwrap();
    let out = lw()
        .arg("score")
        .arg(&csv)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "line 4: has 2 fields but the header has 8",
        ));
    let rows = jsonl(&out.get_output().stdout);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["job_id"], "7");
    assert_eq!(rows[0]["has_company_logo"], "0", "metadata columns kept");
    assert!(rows[0]["fraud_score"].as_f64().is_some());
    assert!(
        rows[0]["fraud_score"].as_f64().unwrap() > rows[1]["fraud_score"].as_f64().unwrap(),
        "work-from-home fraud scores above the engineering job"
    );
}

#[test]
fn clear_lure_is_flagged_with_evidence_and_legit_job_is_not() {
    let input = concat!(
        "{\"id\":\"lure\",\"text\":\"URGENT!! Lowongan kerja admin online di Phnom Penh, Kamboja. Gaji 15-20 juta/bulan, tanpa pengalaman, tiket pesawat dan mess ditanggung perusahaan. Berangkat minggu depan pakai visa turis. Hubungi WA +855 12 345 678 atau Telegram @hrd_kamboja\"}\n",
        "{\"id\":\"legit\",\"title\":\"Staff Akuntansi\",\"text\":\"PT Sinar Mas Agro Resources and Technology Tbk membuka lowongan Staff Akuntansi di Jakarta. Syarat: S1 Akuntansi, pengalaman minimal 2 tahun. Gaji sesuai UMP. Lamaran dikirim melalui portal karir resmi perusahaan.\"}\n",
    );
    let out = lw().args(["score"]).write_stdin(input).assert().success();
    let rows = jsonl(&out.get_output().stdout);
    assert_eq!(rows[0]["flagged"], true, "{}", rows[0]);
    assert_eq!(rows[1]["flagged"], false, "{}", rows[1]);
    assert_eq!(rows[0]["lang"], "id");
    let names: Vec<&str> = rows[0]["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    for n in [
        "no_experience",
        "risky_destination",
        "messaging_contact",
        "tourist_visa",
    ] {
        assert!(names.contains(&n), "missing {n} in {names:?}");
    }
}

#[test]
fn explain_prints_a_readable_verdict() {
    lw().args([
        "explain",
        "--text",
        "Hiring chat operators in Sihanoukville, $1,500/month, no experience, free flight. Telegram @jobs_kh",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("lure score"))
    .stdout(predicate::str::contains("signals:"))
    .stdout(predicate::str::contains("risky_destination"))
    .stdout(predicate::str::contains("⟦"));
}

#[test]
fn every_command_has_help_with_an_example() {
    for cmd in ["score", "explain", "train", "eval"] {
        lw().args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:"));
    }
    lw().arg("--bogus").assert().code(2);
}

/// A small corpus made of the first lines of each training file.
fn small_corpus(dir: &Path, per_file: usize) {
    let train = dir.join("train");
    std::fs::create_dir_all(&train).unwrap();
    for e in std::fs::read_dir(root().join("corpus/train")).unwrap() {
        let p = e.unwrap().path();
        let text = std::fs::read_to_string(&p).unwrap();
        let head: Vec<&str> = text.lines().take(per_file).collect();
        std::fs::write(train.join(p.file_name().unwrap()), head.join("\n") + "\n").unwrap();
    }
}

#[test]
fn train_is_reproducible_and_its_model_scores() {
    let dir = tempfile::tempdir().unwrap();
    small_corpus(dir.path(), 40);
    let (a, b) = (dir.path().join("m1"), dir.path().join("m2"));
    for out in [&a, &b] {
        lw().args([
            "train",
            "-q",
            "--folds",
            "3",
            "--k",
            "500",
            "--vocab-size",
            "2000",
            "--corpus",
        ])
        .arg(dir.path())
        .arg("--out")
        .arg(out)
        .assert()
        .success();
    }
    let m1: Value = serde_json::from_slice(&std::fs::read(a.join("model.json")).unwrap()).unwrap();
    let m2: Value = serde_json::from_slice(&std::fs::read(b.join("model.json")).unwrap()).unwrap();
    assert_eq!(m1["lure"]["weights"], m2["lure"]["weights"]);
    assert_eq!(m1["threshold"], m2["threshold"]);
    assert_eq!(
        std::fs::read(a.join("tokenizer.json")).unwrap(),
        std::fs::read(b.join("tokenizer.json")).unwrap()
    );
    lw().args(["score", "--model"])
        .arg(&a)
        .arg("corpus/sample.jsonl")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"score\""));
}

#[test]
fn train_reports_a_bad_corpus_line() {
    let dir = tempfile::tempdir().unwrap();
    small_corpus(dir.path(), 5);
    std::fs::write(dir.path().join("train/zz.jsonl"), "{\"id\":\"x\"}\n").unwrap();
    lw().args(["train", "--corpus"])
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("m"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("zz.jsonl:1"));
}

#[test]
fn eval_on_heldout_prints_metrics_per_language_and_kind() {
    let out = lw()
        .args(["eval", "corpus/heldout", "--json"])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let b = &v[0];
    assert_eq!(b["overall"]["n"], 177);
    for l in ["id", "en", "th", "tl", "vi", "zh", "ms", "my", "km"] {
        assert!(b["by_lang"][l]["n"].as_u64().unwrap() > 0, "lang {l}");
    }
    assert!(b["by_kind"]["warning"]["n"].as_u64().unwrap() > 0);
    assert!(b["overall"]["pr_auc"].as_f64().is_some());
}

#[test]
fn eval_cv_groups_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    small_corpus(dir.path(), 30);
    lw().args([
        "eval",
        "--cv",
        "3",
        "--k",
        "300",
        "--vocab-size",
        "1500",
        "--corpus",
    ])
    .arg(dir.path())
    .assert()
    .success()
    .stdout(predicate::str::contains("grouped CV, corpus"))
    .stdout(predicate::str::contains("lang=th"));
}

#[test]
fn eval_emscad_test_split_when_present() {
    let Some(test) = common::shared_data("emscad/test.csv") else {
        return;
    };
    let out = lw().args(["eval", "--json"]).arg(&test).assert().success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v[0]["head"], "fraud");
    assert_eq!(v[0]["overall"]["n"], 447);
    assert_eq!(v[0]["overall"]["positives"], 174);
}
