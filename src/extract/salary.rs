//! Salary amounts, ranges, currencies and periods in the nine languages, normalised to USD/month.
//!
//! Every digit run (ASCII, Thai, Khmer, Burmese or full-width digits) is a candidate. What sits
//! right around it decides whether it is pay: a currency sign or word (`Rp`, `US$`, `บาท`, `元`,
//! `ကျပ်`, `៛`…), a money multiplier that implies a currency (`juta`, `triệu`, `万`, `หมื่น`,
//! `သိန်း`…), or a salary word just before it (`gaji`, `lương`, `月薪`, `sahod`, `လစာ`…). Ages,
//! counts, heights, phone numbers, dates and fees are rejected by the words around them.

use crate::ad::{Period, Salary, Span};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Date the exchange rates in [`RATES`] describe.
pub const RATES_DATE: &str = "2025-09-01";

/// USD per one unit of each currency (ISO 4217 code, USD per unit).
///
/// Approximate mid-market rates around [`RATES_DATE`], rounded to two or three significant
/// figures from the author's knowledge, not fetched from a live feed. They only need to tell a
/// 4×-the-norm offer from a normal one; refresh them (and `RATES_DATE`) every six months, or
/// sooner when a currency moves more than ~5 % (MMK, LAK and KHR move most; MMK uses a rate
/// between the official 2,100 and the market rate, as wages follow the market).
pub const RATES: &[(&str, f64)] = &[
    ("USD", 1.0),
    ("IDR", 1.0 / 16_300.0),
    ("VND", 1.0 / 26_200.0),
    ("THB", 1.0 / 32.5),
    ("PHP", 1.0 / 57.5),
    ("MYR", 1.0 / 4.22),
    ("CNY", 1.0 / 7.13),
    ("MMK", 1.0 / 4_000.0),
    ("KHR", 1.0 / 4_020.0),
    ("LAK", 1.0 / 21_600.0),
    ("SGD", 1.0 / 1.29),
    ("BND", 1.0 / 1.29),
    ("AED", 1.0 / 3.6725),
    ("SAR", 1.0 / 3.75),
    ("QAR", 1.0 / 3.64),
    ("KWD", 1.0 / 0.306),
    ("OMR", 1.0 / 0.385),
    ("BHD", 1.0 / 0.376),
    ("TWD", 1.0 / 30.5),
    ("HKD", 1.0 / 7.80),
    ("KRW", 1.0 / 1_390.0),
    ("JPY", 1.0 / 148.0),
    ("INR", 1.0 / 88.0),
    ("GBP", 1.34),
    ("EUR", 1.16),
    ("AUD", 0.65),
    ("CAD", 0.72),
];

/// USD per one unit of the currency with ISO 4217 code `code` (case-insensitive), if known.
pub fn usd_per_unit(code: &str) -> Option<f64> {
    RATES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|&(_, r)| r)
}

/// Working hours in a month: 8 hours × 22 working days.
pub const HOURS_PER_MONTH: f64 = 8.0 * 22.0;
/// Working days in a month.
pub const DAYS_PER_MONTH: f64 = 22.0;
/// Weeks in a month (52 / 12).
pub const WEEKS_PER_MONTH: f64 = 4.33;

/// Factor that turns an amount per `period` into an amount per month.
pub fn per_month_factor(period: Period) -> f64 {
    match period {
        Period::Hour => HOURS_PER_MONTH,
        Period::Day => DAYS_PER_MONTH,
        Period::Week => WEEKS_PER_MONTH,
        Period::Month => 1.0,
        Period::Year => 1.0 / 12.0,
    }
}

/// Amounts above this many USD a month are company figures (turnover, funding), not pay.
const MAX_USD_MONTH: f64 = 1_000_000.0;

/// An amount without a period above this many USD is read as yearly pay.
const ANNUAL_ABOVE_USD: f64 = 10_000.0;
/// An amount without a period below this many USD is not a wage (gift card, per-item fee).
const UNSTATED_MIN_USD: f64 = 25.0;

/// Finds every pay statement in `text`.
pub fn find_salaries(text: &str) -> Vec<Salary> {
    let mut cands: Vec<Cand> = Vec::new();
    let mut consumed = 0;
    let mut at = 0;
    while let Some((ns, ne)) = next_number(text, at) {
        at = ne;
        if ns < consumed {
            continue;
        }
        if let Some(c) = candidate_at(text, consumed, ns, ne) {
            consumed = c.end;
            cands.push(c);
        }
    }
    // A bare "Salary: 1,500" takes the currency the ad states elsewhere.
    let doc_currency = cands
        .iter()
        .filter_map(|c| c.explicit)
        .find(|&c| c != YEN_SIGN);
    let japan = LazyLock::new(|| JAPAN_RE.is_match(text));
    cands
        .into_iter()
        .filter_map(|c| c.resolve(text, doc_currency, &japan))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Vocabulary tables. Tokens are matched case-insensitively unless listed in CASE_SENSITIVE.

/// Where a currency token may stand relative to the number.
#[derive(Clone, Copy, PartialEq)]
enum Pos {
    Pre,
    Suf,
    Both,
}

/// Placeholder code for `¥`/`￥`: JPY or CNY, decided by the rest of the ad.
const YEN_SIGN: &str = "¥";

/// Currency signs and words: (token, ISO 4217 code, position).
const CURRENCIES: &[(&str, &str, Pos)] = &[
    // US dollar (also USDT, which recruiters for crypto scams pay "in U")
    ("US$", "USD", Pos::Both),
    ("USD$", "USD", Pos::Both),
    ("USD", "USD", Pos::Both),
    ("USDT", "USD", Pos::Both),
    ("U$", "USD", Pos::Pre),
    ("US dollars", "USD", Pos::Suf),
    ("dollars", "USD", Pos::Suf),
    ("dollar", "USD", Pos::Suf),
    ("dolar", "USD", Pos::Suf),
    ("dolyar", "USD", Pos::Suf),
    ("đô la", "USD", Pos::Suf),
    ("đô", "USD", Pos::Suf),
    ("ดอลลาร์สหรัฐ", "USD", Pos::Both),
    ("ดอลลาร์", "USD", Pos::Both),
    ("ดอลล่าร์", "USD", Pos::Both),
    ("美金", "USD", Pos::Suf),
    ("美元", "USD", Pos::Suf),
    ("美刀", "USD", Pos::Suf),
    ("刀", "USD", Pos::Suf),
    ("U", "USD", Pos::Suf),
    ("ဒေါ်လာ", "USD", Pos::Both),
    ("ដុល្លារ", "USD", Pos::Both),
    ("$", "USD", Pos::Both),
    // Indonesian rupiah
    ("Rp.", "IDR", Pos::Pre),
    ("Rp", "IDR", Pos::Both),
    ("IDR", "IDR", Pos::Both),
    ("rupiah", "IDR", Pos::Suf),
    ("印尼盾", "IDR", Pos::Suf),
    // Vietnamese dong
    ("VNĐ", "VND", Pos::Both),
    ("VND", "VND", Pos::Both),
    ("đồng", "VND", Pos::Suf),
    ("đ", "VND", Pos::Suf),
    ("₫", "VND", Pos::Both),
    ("越南盾", "VND", Pos::Suf),
    // Thai baht
    ("บาท", "THB", Pos::Suf),
    ("฿", "THB", Pos::Both),
    ("THB", "THB", Pos::Both),
    ("baht", "THB", Pos::Suf),
    ("bath", "THB", Pos::Suf),
    ("bạt", "THB", Pos::Suf),
    ("ဘတ်", "THB", Pos::Suf),
    ("បាត", "THB", Pos::Suf),
    ("泰铢", "THB", Pos::Suf),
    // Philippine peso ("P" alone only before an amount of 1,000 or more)
    ("₱", "PHP", Pos::Both),
    ("PHP", "PHP", Pos::Both),
    ("P", "PHP", Pos::Pre),
    ("pesos", "PHP", Pos::Suf),
    ("peso", "PHP", Pos::Suf),
    ("piso", "PHP", Pos::Suf),
    ("比索", "PHP", Pos::Suf),
    // Malaysian ringgit
    ("RM", "MYR", Pos::Pre),
    ("MYR", "MYR", Pos::Both),
    ("ringgit", "MYR", Pos::Suf),
    ("ริงกิต", "MYR", Pos::Suf),
    ("马币", "MYR", Pos::Suf),
    ("令吉", "MYR", Pos::Suf),
    // Chinese yuan
    ("RMB", "CNY", Pos::Both),
    ("CNY", "CNY", Pos::Both),
    ("CN¥", "CNY", Pos::Pre),
    ("人民币", "CNY", Pos::Both),
    ("元", "CNY", Pos::Suf),
    ("块", "CNY", Pos::Suf),
    ("塊", "CNY", Pos::Suf),
    ("yuan", "CNY", Pos::Suf),
    ("หยวน", "CNY", Pos::Suf),
    ("ယွမ်", "CNY", Pos::Suf),
    ("យ័ន", "CNY", Pos::Suf),
    ("nhân dân tệ", "CNY", Pos::Suf),
    ("tệ", "CNY", Pos::Suf),
    // Myanmar kyat
    ("MMK", "MMK", Pos::Both),
    ("kyats", "MMK", Pos::Suf),
    ("kyat", "MMK", Pos::Suf),
    ("ကျပ်", "MMK", Pos::Both),
    ("Ks", "MMK", Pos::Pre),
    ("缅币", "MMK", Pos::Suf),
    // Cambodian riel
    ("KHR", "KHR", Pos::Both),
    ("riels", "KHR", Pos::Suf),
    ("riel", "KHR", Pos::Suf),
    ("៛", "KHR", Pos::Both),
    ("រៀល", "KHR", Pos::Suf),
    ("瑞尔", "KHR", Pos::Suf),
    // Lao kip
    ("LAK", "LAK", Pos::Both),
    ("kip", "LAK", Pos::Suf),
    ("₭", "LAK", Pos::Both),
    ("ກີບ", "LAK", Pos::Suf),
    ("กีบ", "LAK", Pos::Suf),
    // Singapore and Brunei dollars
    ("SGD", "SGD", Pos::Both),
    ("S$", "SGD", Pos::Pre),
    ("新币", "SGD", Pos::Suf),
    ("新加坡元", "SGD", Pos::Suf),
    ("BND", "BND", Pos::Both),
    ("B$", "BND", Pos::Pre),
    // Gulf
    ("AED", "AED", Pos::Both),
    ("dirhams", "AED", Pos::Suf),
    ("dirham", "AED", Pos::Suf),
    ("Dhs", "AED", Pos::Both),
    ("迪拉姆", "AED", Pos::Suf),
    ("SAR", "SAR", Pos::Both),
    ("riyals", "SAR", Pos::Suf),
    ("riyal", "SAR", Pos::Suf),
    ("QAR", "QAR", Pos::Both),
    ("KWD", "KWD", Pos::Both),
    ("OMR", "OMR", Pos::Both),
    ("BHD", "BHD", Pos::Both),
    // East Asia
    ("NT$", "TWD", Pos::Pre),
    ("NTD", "TWD", Pos::Both),
    ("TWD", "TWD", Pos::Both),
    ("新台币", "TWD", Pos::Suf),
    ("台币", "TWD", Pos::Suf),
    ("台幣", "TWD", Pos::Suf),
    ("HK$", "HKD", Pos::Pre),
    ("HKD", "HKD", Pos::Both),
    ("港币", "HKD", Pos::Suf),
    ("港幣", "HKD", Pos::Suf),
    ("港元", "HKD", Pos::Suf),
    ("₩", "KRW", Pos::Both),
    ("KRW", "KRW", Pos::Both),
    ("won", "KRW", Pos::Suf),
    ("원", "KRW", Pos::Suf),
    ("韩币", "KRW", Pos::Suf),
    ("韩元", "KRW", Pos::Suf),
    ("JPY", "JPY", Pos::Both),
    ("JP¥", "JPY", Pos::Pre),
    ("円", "JPY", Pos::Suf),
    ("日元", "JPY", Pos::Suf),
    ("日币", "JPY", Pos::Suf),
    ("yen", "JPY", Pos::Suf),
    ("¥", YEN_SIGN, Pos::Both),
    ("￥", YEN_SIGN, Pos::Both),
    // Elsewhere
    ("£", "GBP", Pos::Both),
    ("GBP", "GBP", Pos::Both),
    ("€", "EUR", Pos::Both),
    ("EUR", "EUR", Pos::Both),
    ("euros", "EUR", Pos::Suf),
    ("euro", "EUR", Pos::Suf),
    ("A$", "AUD", Pos::Pre),
    ("AUD", "AUD", Pos::Both),
    ("C$", "CAD", Pos::Pre),
    ("CAD", "CAD", Pos::Both),
    ("₹", "INR", Pos::Both),
    ("INR", "INR", Pos::Both),
];

/// Tokens that are only money in this exact case (`P45,000` but not `p`; `2000U` but not `u`).
const CASE_SENSITIVE: &[&str] = &["P", "Ks", "U"];

/// A money multiplier written after (or, for `သိန်း`, before) the number.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mult {
    factor: f64,
    /// Currency the word implies on its own (`juta` → IDR).
    implies: Option<&'static str>,
    /// Whether the word alone marks the number as money (`juta` yes, `k` no).
    strong: bool,
}

/// Money multipliers: (token, factor, implied currency, strong).
const MULTIPLIERS: &[(&str, f64, Option<&str>, bool)] = &[
    ("juta", 1e6, Some("IDR"), true),
    ("jta", 1e6, Some("IDR"), true),
    ("jt", 1e6, Some("IDR"), true),
    ("ribu", 1e3, Some("IDR"), true),
    ("rb", 1e3, Some("IDR"), true),
    ("triệu", 1e6, Some("VND"), true),
    ("trieu", 1e6, Some("VND"), true),
    ("tr", 1e6, Some("VND"), true),
    ("củ", 1e6, Some("VND"), true),
    ("nghìn", 1e3, Some("VND"), true),
    ("nghin", 1e3, Some("VND"), true),
    ("ngàn", 1e3, Some("VND"), true),
    ("万", 1e4, Some("CNY"), true),
    ("萬", 1e4, Some("CNY"), true),
    ("千", 1e3, Some("CNY"), true),
    ("w", 1e4, Some("CNY"), false),
    ("หมื่น", 1e4, Some("THB"), true),
    ("พัน", 1e3, Some("THB"), true),
    ("แสน", 1e5, Some("THB"), true),
    ("ล้าน", 1e6, Some("THB"), true),
    ("သိန်း", 1e5, Some("MMK"), true),
    ("သောင်း", 1e4, Some("MMK"), true),
    ("ထောင်", 1e3, Some("MMK"), true),
    ("ម៉ឺន", 1e4, Some("KHR"), true),
    ("ពាន់", 1e3, Some("KHR"), true),
    ("លាន", 1e6, Some("KHR"), true),
    ("libo", 1e3, Some("PHP"), true),
    ("k", 1e3, None, false),
    ("trillion", 1e12, None, false),
    ("billion", 1e9, None, false),
    ("bn", 1e9, None, false),
    ("milyar", 1e9, Some("IDR"), true),
    ("miliar", 1e9, Some("IDR"), true),
    ("tỷ", 1e9, Some("VND"), true),
    ("亿", 1e8, Some("CNY"), true),
    ("thousand", 1e3, None, false),
    ("million", 1e6, None, false),
    ("mio", 1e6, None, false),
    ("mil", 1e6, None, false),
];

/// Burmese writes lakhs before the number too: `လစာ သိန်း ၂၀` (20 lakh kyat).
const PRE_MULT: Mult = Mult {
    factor: 1e5,
    implies: Some("MMK"),
    strong: true,
};

/// The implicit "thousand" of a shorthand range (`$80-$130,000`).
const THOUSANDS: Mult = Mult {
    factor: 1e3,
    implies: None,
    strong: false,
};

/// Gaji/upah are Indonesian and Malay: millions mean rupiah, thousands ringgit.
const IDR_OR_MYR: &str = "IDR|MYR";

/// What a word just before a number says about it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ctx {
    /// A pay word: the number is pay, maybe with a currency and period.
    Salary,
    /// A fee, deposit or travel cost: money, but not pay.
    Fee,
    /// Age, height, weight, phone, licence, date, head count: not money.
    Block,
}

/// What a context word says: its kind, the currency and the period it implies.
type CtxInfo = (Ctx, Option<&'static str>, Option<Period>);

/// Words that introduce a number: (token, kind, currency it implies, period it implies).
const CONTEXT: &[(&str, Ctx, Option<&str>, Option<Period>)] = &[
    // Indonesian / Malay
    ("gaji", Ctx::Salary, Some(IDR_OR_MYR), None),
    ("gaji pokok", Ctx::Salary, Some(IDR_OR_MYR), None),
    ("gapok", Ctx::Salary, Some("IDR"), None),
    ("upah", Ctx::Salary, Some(IDR_OR_MYR), None),
    ("penghasilan", Ctx::Salary, Some("IDR"), None),
    ("pendapatan", Ctx::Salary, Some(IDR_OR_MYR), None),
    (
        "gaji bulanan",
        Ctx::Salary,
        Some(IDR_OR_MYR),
        Some(Period::Month),
    ),
    (
        "gaji sebulan",
        Ctx::Salary,
        Some(IDR_OR_MYR),
        Some(Period::Month),
    ),
    (
        "gaji harian",
        Ctx::Salary,
        Some(IDR_OR_MYR),
        Some(Period::Day),
    ),
    (
        "upah harian",
        Ctx::Salary,
        Some(IDR_OR_MYR),
        Some(Period::Day),
    ),
    (
        "gaji per jam",
        Ctx::Salary,
        Some(IDR_OR_MYR),
        Some(Period::Hour),
    ),
    // English
    ("salary", Ctx::Salary, None, None),
    ("wage", Ctx::Salary, None, None),
    ("wages", Ctx::Salary, None, None),
    ("pay", Ctx::Salary, None, None),
    ("income", Ctx::Salary, None, None),
    ("earn", Ctx::Salary, None, None),
    ("basic", Ctx::Salary, None, None),
    ("monthly salary", Ctx::Salary, None, Some(Period::Month)),
    ("monthly income", Ctx::Salary, None, Some(Period::Month)),
    ("daily wage", Ctx::Salary, None, Some(Period::Day)),
    ("daily rate", Ctx::Salary, None, Some(Period::Day)),
    ("hourly rate", Ctx::Salary, None, Some(Period::Hour)),
    ("hourly wage", Ctx::Salary, None, Some(Period::Hour)),
    ("annual salary", Ctx::Salary, None, Some(Period::Year)),
    // Thai
    ("เงินเดือน", Ctx::Salary, Some("THB"), Some(Period::Month)),
    ("ค่าจ้าง", Ctx::Salary, Some("THB"), None),
    ("ค่าแรง", Ctx::Salary, Some("THB"), None),
    ("รายได้", Ctx::Salary, Some("THB"), None),
    ("เดือนละ", Ctx::Salary, Some("THB"), Some(Period::Month)),
    ("วันละ", Ctx::Salary, Some("THB"), Some(Period::Day)),
    ("ชั่วโมงละ", Ctx::Salary, Some("THB"), Some(Period::Hour)),
    ("สัปดาห์ละ", Ctx::Salary, Some("THB"), Some(Period::Week)),
    ("ปีละ", Ctx::Salary, Some("THB"), Some(Period::Year)),
    // Tagalog
    ("sahod", Ctx::Salary, Some("PHP"), None),
    ("sweldo", Ctx::Salary, Some("PHP"), None),
    ("suweldo", Ctx::Salary, Some("PHP"), None),
    (
        "buwanang sahod",
        Ctx::Salary,
        Some("PHP"),
        Some(Period::Month),
    ),
    ("arawang sahod", Ctx::Salary, Some("PHP"), Some(Period::Day)),
    // Vietnamese
    ("lương", Ctx::Salary, Some("VND"), None),
    ("thu nhập", Ctx::Salary, Some("VND"), None),
    ("lương tháng", Ctx::Salary, Some("VND"), Some(Period::Month)),
    ("lương ngày", Ctx::Salary, Some("VND"), Some(Period::Day)),
    ("lương giờ", Ctx::Salary, Some("VND"), Some(Period::Hour)),
    ("lương năm", Ctx::Salary, Some("VND"), Some(Period::Year)),
    // Chinese
    ("月薪", Ctx::Salary, Some("CNY"), Some(Period::Month)),
    ("月入", Ctx::Salary, Some("CNY"), Some(Period::Month)),
    ("月工资", Ctx::Salary, Some("CNY"), Some(Period::Month)),
    ("月收入", Ctx::Salary, Some("CNY"), Some(Period::Month)),
    ("日薪", Ctx::Salary, Some("CNY"), Some(Period::Day)),
    ("日结", Ctx::Salary, Some("CNY"), Some(Period::Day)),
    ("时薪", Ctx::Salary, Some("CNY"), Some(Period::Hour)),
    ("時薪", Ctx::Salary, Some("CNY"), Some(Period::Hour)),
    ("周薪", Ctx::Salary, Some("CNY"), Some(Period::Week)),
    ("年薪", Ctx::Salary, Some("CNY"), Some(Period::Year)),
    ("薪资", Ctx::Salary, Some("CNY"), None),
    ("薪資", Ctx::Salary, Some("CNY"), None),
    ("薪水", Ctx::Salary, Some("CNY"), None),
    ("工资", Ctx::Salary, Some("CNY"), None),
    ("底薪", Ctx::Salary, Some("CNY"), None),
    ("待遇", Ctx::Salary, Some("CNY"), None),
    ("薪酬", Ctx::Salary, Some("CNY"), None),
    ("保底", Ctx::Salary, Some("CNY"), None),
    ("收入", Ctx::Salary, Some("CNY"), None),
    // Burmese
    ("လစာ", Ctx::Salary, Some("MMK"), Some(Period::Month)),
    ("လခ", Ctx::Salary, Some("MMK"), Some(Period::Month)),
    ("ဝင်ငွေ", Ctx::Salary, Some("MMK"), None),
    ("နေ့စား", Ctx::Salary, Some("MMK"), Some(Period::Day)),
    // Khmer (Cambodian wages are mostly quoted in dollars)
    ("ប្រាក់ខែ", Ctx::Salary, Some("USD"), Some(Period::Month)),
    ("ប្រាក់ឈ្នួល", Ctx::Salary, Some("USD"), None),
    ("ចំណូល", Ctx::Salary, Some("USD"), None),
    // Fees and deposits
    ("biaya", Ctx::Fee, None, None),
    ("uang jaminan", Ctx::Fee, None, None),
    ("fee", Ctx::Fee, None, None),
    ("fees", Ctx::Fee, None, None),
    ("deposit", Ctx::Fee, None, None),
    ("bayad", Ctx::Fee, None, None),
    ("phí", Ctx::Fee, None, None),
    ("tiền cọc", Ctx::Fee, None, None),
    ("đặt cọc", Ctx::Fee, None, None),
    ("ค่าธรรมเนียม", Ctx::Fee, None, None),
    ("ค่าใช้จ่าย", Ctx::Fee, None, None),
    ("มัดจำ", Ctx::Fee, None, None),
    ("费用", Ctx::Fee, None, None),
    ("押金", Ctx::Fee, None, None),
    ("手续费", Ctx::Fee, None, None),
    ("中介费", Ctx::Fee, None, None),
    ("ကြေး", Ctx::Fee, None, None),
    ("ថ្លៃ", Ctx::Fee, None, None),
    ("tiket", Ctx::Fee, None, None),
    ("tiket pesawat", Ctx::Fee, None, None),
    ("ticket", Ctx::Fee, None, None),
    ("airfare", Ctx::Fee, None, None),
    ("vé máy bay", Ctx::Fee, None, None),
    ("机票", Ctx::Fee, None, None),
    ("ตั๋วเครื่องบิน", Ctx::Fee, None, None),
    ("pamasahe", Ctx::Fee, None, None),
    // Age, body, phone, licence, date, head count
    ("usia", Ctx::Block, None, None),
    ("umur", Ctx::Block, None, None),
    ("age", Ctx::Block, None, None),
    ("aged", Ctx::Block, None, None),
    ("edad", Ctx::Block, None, None),
    ("độ tuổi", Ctx::Block, None, None),
    ("tuổi", Ctx::Block, None, None),
    ("อายุ", Ctx::Block, None, None),
    ("年龄", Ctx::Block, None, None),
    ("年齡", Ctx::Block, None, None),
    ("အသက်", Ctx::Block, None, None),
    ("អាយុ", Ctx::Block, None, None),
    ("tinggi", Ctx::Block, None, None),
    ("berat", Ctx::Block, None, None),
    ("height", Ctx::Block, None, None),
    ("weight", Ctx::Block, None, None),
    ("chiều cao", Ctx::Block, None, None),
    ("cân nặng", Ctx::Block, None, None),
    ("ส่วนสูง", Ctx::Block, None, None),
    ("น้ำหนัก", Ctx::Block, None, None),
    ("taas", Ctx::Block, None, None),
    ("身高", Ctx::Block, None, None),
    ("体重", Ctx::Block, None, None),
    ("កម្ពស់", Ctx::Block, None, None),
    ("wa", Ctx::Block, None, None),
    ("whatsapp", Ctx::Block, None, None),
    ("telp", Ctx::Block, None, None),
    ("tel", Ctx::Block, None, None),
    ("hp", Ctx::Block, None, None),
    ("phone", Ctx::Block, None, None),
    ("call", Ctx::Block, None, None),
    ("hotline", Ctx::Block, None, None),
    ("hubungi", Ctx::Block, None, None),
    ("contact", Ctx::Block, None, None),
    ("telegram", Ctx::Block, None, None),
    ("line", Ctx::Block, None, None),
    ("zalo", Ctx::Block, None, None),
    ("sđt", Ctx::Block, None, None),
    ("điện thoại", Ctx::Block, None, None),
    ("โทร", Ctx::Block, None, None),
    ("电话", Ctx::Block, None, None),
    ("微信", Ctx::Block, None, None),
    ("ဖုန်း", Ctx::Block, None, None),
    ("ទូរស័ព្ទ", Ctx::Block, None, None),
    ("license", Ctx::Block, None, None),
    ("licence", Ctx::Block, None, None),
    ("lisensi", Ctx::Block, None, None),
    ("lisensya", Ctx::Block, None, None),
    ("sip2mi", Ctx::Block, None, None),
    ("no.", Ctx::Block, None, None),
    ("nomor", Ctx::Block, None, None),
    ("giấy phép", Ctx::Block, None, None),
    ("ใบอนุญาต", Ctx::Block, None, None),
    ("许可证", Ctx::Block, None, None),
    ("tanggal", Ctx::Block, None, None),
    ("tgl", Ctx::Block, None, None),
    ("date", Ctx::Block, None, None),
    ("วันที่", Ctx::Block, None, None),
    ("日期", Ctx::Block, None, None),
    ("slot", Ctx::Block, None, None),
    ("kuota", Ctx::Block, None, None),
    ("quota", Ctx::Block, None, None),
    ("cần tuyển", Ctx::Block, None, None),
    ("tuyển", Ctx::Block, None, None),
];

/// Words that cancel a fee word before them ("no fee", "tanpa biaya", "ឥតគិតថ្លៃ").
const FEE_NEGATIONS: &[&str] = &[
    "no",
    "free",
    "zero",
    "tanpa",
    "gratis",
    "bebas",
    "percuma",
    "tiada",
    "không",
    "miễn",
    "free of",
    "免",
    "无",
    "不收",
    "ไม่มี",
    "ไม่เสีย",
    "ฟรี",
    "walang",
    "libre",
    "ឥតគិត",
];

/// Words right after a number that make it a count or measure, not money.
const COUNT_WORDS: &[&str] = &[
    "orang",
    "org",
    "people",
    "persons",
    "person",
    "pax",
    "slots",
    "slot",
    "posisi",
    "positions",
    "vacancies",
    "tahun",
    "thn",
    "years",
    "year",
    "yrs",
    "yo",
    "y/o",
    "cm",
    "kg",
    "km",
    "mm",
    "lbs",
    "lb",
    "ft",
    "jam",
    "hari",
    "hours",
    "days",
    "tuổi",
    "người",
    "lượt",
    "năm",
    "giờ",
    "ngày",
    "คน",
    "ปี",
    "ขวบ",
    "ตำแหน่ง",
    "ชั่วโมง",
    "วัน",
    "人",
    "名",
    "个",
    "個",
    "岁",
    "歲",
    "年",
    "位",
    "家",
    "次",
    "米",
    "公里",
    "小时",
    "天",
    "katao",
    "tao",
    "taong",
    "taon",
    "oras",
    "araw",
    "followers",
    "views",
    "members",
    "users",
    "ဦး",
    "ယောက်",
    "နှစ်",
    "နာရီ",
    "ရက်",
    "នាក់",
    "ឆ្នាំ",
    "ម៉ោង",
    "ថ្ងៃ",
];

/// Units of time after `/`, `per`, `mỗi`, `每`… : (token, period).
const PERIOD_UNITS: &[(&str, Period)] = &[
    ("hour", Period::Hour),
    ("hours", Period::Hour),
    ("hr", Period::Hour),
    ("hrs", Period::Hour),
    ("jam", Period::Hour),
    ("ชั่วโมง", Period::Hour),
    ("ชม.", Period::Hour),
    ("ชม", Period::Hour),
    ("giờ", Period::Hour),
    ("tiếng", Period::Hour),
    ("oras", Period::Hour),
    ("小时", Period::Hour),
    ("小時", Period::Hour),
    ("钟头", Period::Hour),
    ("နာရီ", Period::Hour),
    ("ម៉ោង", Period::Hour),
    ("day", Period::Day),
    ("days", Period::Day),
    ("hari", Period::Day),
    ("วัน", Period::Day),
    ("ngày", Period::Day),
    ("araw", Period::Day),
    ("天", Period::Day),
    ("日", Period::Day),
    ("ရက်", Period::Day),
    ("နေ့", Period::Day),
    ("ថ្ងៃ", Period::Day),
    ("week", Period::Week),
    ("weeks", Period::Week),
    ("wk", Period::Week),
    ("minggu", Period::Week),
    ("pekan", Period::Week),
    ("สัปดาห์", Period::Week),
    ("อาทิตย์", Period::Week),
    ("tuần", Period::Week),
    ("linggo", Period::Week),
    ("周", Period::Week),
    ("週", Period::Week),
    ("星期", Period::Week),
    ("သီတင်းပတ်", Period::Week),
    ("ပတ်", Period::Week),
    ("សប្តាហ៍", Period::Week),
    ("month", Period::Month),
    ("months", Period::Month),
    ("mth", Period::Month),
    ("mon", Period::Month),
    ("bulan", Period::Month),
    ("bln", Period::Month),
    ("เดือน", Period::Month),
    ("tháng", Period::Month),
    ("buwan", Period::Month),
    ("个月", Period::Month),
    ("個月", Period::Month),
    ("月", Period::Month),
    ("ខែ", Period::Month),
    ("လ", Period::Month),
    ("year", Period::Year),
    ("years", Period::Year),
    ("yr", Period::Year),
    ("yrs", Period::Year),
    ("annum", Period::Year),
    ("tahun", Period::Year),
    ("thn", Period::Year),
    ("ปี", Period::Year),
    ("năm", Period::Year),
    ("taon", Period::Year),
    ("年", Period::Year),
    ("နှစ်", Period::Year),
    ("ឆ្នាំ", Period::Year),
];

/// Abbreviations only read as a period after a slash (`/h`, `/d`, `/m`, `/bl`, `/th`).
const SLASH_UNITS: &[(&str, Period)] = &[
    ("h", Period::Hour),
    ("d", Period::Day),
    ("w", Period::Week),
    ("mo", Period::Month),
    ("m", Period::Month),
    ("bl", Period::Month),
    ("th", Period::Month),
    ("ด.", Period::Month),
    ("y", Period::Year),
];

/// Words joining an amount to a unit of time ("a month", "per hari", "mỗi ngày", "每月").
const PERIOD_CONNECTORS: &[&str] = &[
    "per",
    "a",
    "an",
    "each",
    "every",
    "mỗi",
    "một",
    "1",
    "hàng",
    "hằng",
    "trên",
    "kada",
    "bawat",
    "isang",
    "tiap",
    "setiap",
    "ต่อ",
    "每",
    "一",
    "ក្នុងមួយ",
    "ក្នុង ១",
    "ក្នុង១",
    "ក្នុង",
    "ប្រចាំ",
    "တစ်",
    "၁",
];

/// Period words that stand alone after an amount ("monthly", "sebulan", "p.a.").
const PERIOD_WORDS: &[(&str, Period)] = &[
    ("hourly", Period::Hour),
    ("hr", Period::Hour),
    ("hrs", Period::Hour),
    ("ph", Period::Hour),
    ("sejam", Period::Hour),
    ("daily", Period::Day),
    ("sehari", Period::Day),
    ("harian", Period::Day),
    ("arawan", Period::Day),
    ("日结", Period::Day),
    ("weekly", Period::Week),
    ("pw", Period::Week),
    ("seminggu", Period::Week),
    ("mingguan", Period::Week),
    ("lingguhan", Period::Week),
    ("monthly", Period::Month),
    ("pcm", Period::Month),
    ("sebulan", Period::Month),
    ("bulanan", Period::Month),
    ("buwanan", Period::Month),
    ("p.m.", Period::Month),
    ("pm", Period::Month),
    ("annually", Period::Year),
    ("yearly", Period::Year),
    ("annual", Period::Year),
    ("p.a.", Period::Year),
    ("pa", Period::Year),
    ("setahun", Period::Year),
    ("tahunan", Period::Year),
    ("taunan", Period::Year),
];

/// Separators between the two ends of a range.
const RANGE_SEPARATORS: &[&str] = &[
    "-",
    "–",
    "—",
    "−",
    "~",
    "～",
    "〜",
    "to",
    "until",
    "hingga",
    "sehingga",
    "sampai",
    "s/d",
    "s.d.",
    "s.d",
    "sd",
    "đến",
    "tới",
    "ถึง",
    "至",
    "到",
    "hanggang",
    "မှ",
    "ដល់",
];

// ---------------------------------------------------------------------------------------------
// Compiled patterns.

/// Digits of every script the nine languages use: ASCII, Thai, Burmese, Khmer, full-width.
const DIGIT: &str = "[0-9\u{0E50}-\u{0E59}\u{1040}-\u{1049}\u{17E0}-\u{17E9}\u{FF10}-\u{FF19}]";

static NUM_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{DIGIT}+(?:[.,]{DIGIT}+)*")).unwrap());

/// Currency token just before a number (end-anchored on the text before it).
static CUR_PRE_END: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(currency_tokens(Pos::Pre));
    Regex::new(&format!(r"(?i)({alt})[\s:：]*$")).unwrap()
});
/// Currency token at the start of the text (the second end of a range).
static CUR_PRE_AT: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(currency_tokens(Pos::Pre));
    Regex::new(&format!(r"(?i)^(?:{alt})")).unwrap()
});
/// Currency token right after a number (after at most two spaces, see [`leading_space`]).
static CUR_SUF: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(currency_tokens(Pos::Suf));
    Regex::new(&format!(r"(?i)^(?:{alt})")).unwrap()
});
static CUR_CODES: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    CURRENCIES
        .iter()
        .map(|&(t, c, _)| (t.to_lowercase(), c))
        .collect()
});

static MULT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(MULTIPLIERS.iter().map(|m| m.0));
    Regex::new(&format!(r"(?i)^(?:{alt})")).unwrap()
});
static MULTS: LazyLock<HashMap<String, Mult>> = LazyLock::new(|| {
    MULTIPLIERS
        .iter()
        .map(|&(t, factor, implies, strong)| {
            (
                t.to_lowercase(),
                Mult {
                    factor,
                    implies,
                    strong,
                },
            )
        })
        .collect()
});
static PRE_MULT_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"သိန်း\s*$").unwrap());

static COUNT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(COUNT_WORDS.iter().copied());
    Regex::new(&format!(r"(?i)^(?:{alt})")).unwrap()
});

static RANGE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(RANGE_SEPARATORS.iter().copied());
    Regex::new(&format!(r"(?i)^(?:{alt})")).unwrap()
});

/// `/month`, `/bln`, `/h`: a slash then a unit, short forms included.
static PERIOD_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(PERIOD_UNITS.iter().chain(SLASH_UNITS).map(|p| p.0));
    Regex::new(&format!(r"(?i)^\s*/\s*(?:per\s*)?({alt})")).unwrap()
});
/// `a month`, `per hari`, `mỗi ngày`, `每月`, `ក្នុងមួយខែ`.
static PERIOD_CONN: LazyLock<Regex> = LazyLock::new(|| {
    let conn = alternation(PERIOD_CONNECTORS.iter().copied());
    let alt = alternation(PERIOD_UNITS.iter().map(|p| p.0));
    Regex::new(&format!(r"(?i)^\s*(?:{conn})\s*({alt})")).unwrap()
});
/// `monthly`, `sebulan`, `p.a.`.
static PERIOD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(PERIOD_WORDS.iter().map(|p| p.0));
    Regex::new(&format!(r"(?i)^(\s*)({alt})")).unwrap()
});
static PERIODS: LazyLock<HashMap<String, Period>> = LazyLock::new(|| {
    PERIOD_UNITS
        .iter()
        .chain(SLASH_UNITS)
        .chain(PERIOD_WORDS)
        .map(|&(t, p)| (t.to_lowercase(), p))
        .collect()
});

static CONTEXT_RE: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(CONTEXT.iter().map(|c| c.0));
    Regex::new(&format!(r"(?i){alt}")).unwrap()
});
static CONTEXTS: LazyLock<HashMap<String, CtxInfo>> = LazyLock::new(|| {
    CONTEXT
        .iter()
        .map(|&(t, k, c, p)| (t.to_lowercase(), (k, c, p)))
        .collect()
});
static FEE_NEGATION_END: LazyLock<Regex> = LazyLock::new(|| {
    let alt = alternation(FEE_NEGATIONS.iter().copied());
    Regex::new(&format!(r"(?i)(?:{alt})[\s\w]{{0,12}}$")).unwrap()
});

/// A number followed by a separator: what follows is the rest of a date, phone or range.
static CONTINUATION_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{DIGIT}\s*[-–—~/:]\s*$")).unwrap());

/// Dollars named around an amount that has no currency of its own (`底薪1万（美金）`).
static USD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[\s,，:：(（]*(?:美金|美元|美刀|USDT|USD|刀)").unwrap());
static USD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:美金|美元|美刀|USDT|USD)[^\n。；;]{0,8}$").unwrap());

/// Japan named anywhere in the ad: `¥` is then yen, not yuan.
static JAPAN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)日本|japan|jepang|ญี่ปุ่น|nhật|hapon|ဂျပန်|ជប៉ុន|東京|东京|tokyo|大阪|osaka|円")
        .unwrap()
});

fn currency_tokens(pos: Pos) -> impl Iterator<Item = &'static str> {
    CURRENCIES
        .iter()
        .filter(move |c| c.2 == pos || c.2 == Pos::Both)
        .map(|c| c.0)
}

/// One regex alternation of `tokens`, longest first so that `US$` wins over `$`.
fn alternation(tokens: impl Iterator<Item = &'static str>) -> String {
    let mut v: Vec<&str> = tokens.collect();
    v.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    v.dedup();
    v.iter()
        .map(|t| {
            let e = regex::escape(t).replace(' ', r"\s+");
            if CASE_SENSITIVE.contains(t) {
                format!("(?-i:{e})")
            } else {
                e
            }
        })
        .collect::<Vec<_>>()
        .join("|")
}

// ---------------------------------------------------------------------------------------------
// Text helpers.

/// `re.captures(hay)`, without allocating when there is no match.
fn captures<'h>(re: &Regex, hay: &'h str) -> Option<regex::Captures<'h>> {
    if re.is_match(hay) {
        re.captures(hay)
    } else {
        None
    }
}

/// Length in bytes of the [`DIGIT`] at byte `i` of `b` (0 if there is none).
fn digit_len_at(b: &[u8], i: usize) -> usize {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match at(0) {
        b'0'..=b'9' => 1,
        // U+0E50-U+0E59 (Thai)
        0xE0 if at(1) == 0xB9 && (0x90..=0x99).contains(&at(2)) => 3,
        // U+1040-U+1049 (Burmese), U+17E0-U+17E9 (Khmer)
        0xE1 if at(1) == 0x81 && (0x80..=0x89).contains(&at(2)) => 3,
        0xE1 if at(1) == 0x9F && (0xA0..=0xA9).contains(&at(2)) => 3,
        // U+FF10-U+FF19 (full-width)
        0xEF if at(1) == 0xBC && (0x90..=0x99).contains(&at(2)) => 3,
        _ => 0,
    }
}

/// Index of the first byte that is an ASCII digit or starts a non-ASCII [`DIGIT`].
fn first_digit_byte(b: &[u8]) -> Option<usize> {
    let maybe = |c: u8| c.is_ascii_digit() || matches!(c, 0xE0 | 0xE1 | 0xEF);
    let mut chunks = b.chunks_exact(16);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        // Branch-free test of a whole chunk first (digits or bytes from 0xE0 up).
        let any = chunk
            .iter()
            .fold(false, |a, &c| a | (c.wrapping_sub(b'0') < 10) | (c >= 0xE0));
        if any {
            if let Some(i) = chunk.iter().position(|&c| maybe(c)) {
                return Some(at + i);
            }
        }
        at += 16;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| maybe(c))
        .map(|i| at + i)
}

/// The first number (the regex `{DIGIT}+(?:[.,]{DIGIT}+)*`) at or after `from`, as a span.
fn next_number(text: &str, from: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut start = from;
    loop {
        // Every digit of `DIGIT` is ASCII or starts with one of these bytes.
        start += first_digit_byte(&b[start..])?;
        if digit_len_at(b, start) > 0 {
            break;
        }
        start += 1;
    }
    let digits = |mut at: usize| loop {
        match digit_len_at(b, at) {
            0 => return at,
            n => at += n,
        }
    };
    let mut end = digits(start);
    while matches!(b.get(end), Some(b'.' | b',')) {
        let more = digits(end + 1);
        if more == end + 1 {
            break;
        }
        end = more;
    }
    Some((start, end))
}

/// Leading whitespace of `s`, at most `max` characters, in bytes.
fn leading_space(s: &str, max: usize) -> usize {
    s.char_indices()
        .take(max)
        .find(|&(_, c)| !c.is_whitespace())
        .map_or_else(|| s.chars().take(max).map(char::len_utf8).sum(), |(i, _)| i)
}

/// Value of a digit in any of the scripts of [`DIGIT`].
fn digit_value(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0E50}'..='\u{0E59}' => '\u{0E50}',
        '\u{1040}'..='\u{1049}' => '\u{1040}',
        '\u{17E0}'..='\u{17E9}' => '\u{17E0}',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

/// Latin letters, Vietnamese included: the scripts that separate words with spaces.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Vowel signs and other marks that continue the previous letter (Thai, Burmese, Khmer).
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}'
        | '\u{102B}'..='\u{103E}' | '\u{1056}'..='\u{1059}'
        | '\u{17B4}'..='\u{17D3}')
}

/// True when a token that ends at `end` is a whole word: not glued to a following letter.
fn ends_word(text: &str, end: usize) -> bool {
    let last = text[..end].chars().next_back();
    match text[end..].chars().next() {
        None => true,
        Some(n) if is_combining(n) => false,
        // camelCase joins are word ends too: "/HrBenefits" where markup was stripped
        Some(n) => match last {
            Some(l) if is_latin_letter(l) && is_latin_letter(n) => {
                l.is_lowercase() && n.is_uppercase()
            }
            _ => true,
        },
    }
}

/// True when a token that starts at `start` is a whole word: not glued to a preceding letter.
fn starts_word(text: &str, start: usize) -> bool {
    let first = text[start..].chars().next();
    match text[..start].chars().next_back() {
        None => true,
        Some(p) => {
            !(first.is_some_and(is_latin_letter) && (is_latin_letter(p) || p.is_ascii_digit()))
        }
    }
}

/// The text from `from` up to `max_bytes` further, cut on a char boundary.
fn ahead(text: &str, from: usize, max_bytes: usize) -> &str {
    let mut end = (from + max_bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}

/// Byte offset `chars` characters before `to` (or 0).
fn back(text: &str, to: usize, chars: usize) -> usize {
    text[..to]
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// Parses a number as written; `mult` is the multiplier written after it, which makes a lone
/// separator decimal (`1.2k`, `1,5 juta`) unless it groups thousands of a small unit (`1.500rb`).
fn parse_number(raw: &str, mult: Option<f64>) -> Option<f64> {
    let mut groups: Vec<String> = vec![String::new()];
    let mut seps: Vec<char> = Vec::new();
    for c in raw.chars() {
        match digit_value(c) {
            Some(d) => groups.last_mut()?.push(char::from_digit(d, 10)?),
            None => {
                seps.push(c);
                groups.push(String::new());
            }
        }
    }
    if groups.len() == 1 {
        return groups[0].parse().ok();
    }
    let last = groups.last()?;
    if let Some(m) = mult {
        if groups.len() == 2 && !(m <= 1e3 && last.len() == 3) {
            return format!("{}.{}", groups[0], last).parse().ok();
        }
    }
    // Thousands groups of three, all with the same separator, then maybe a decimal tail written
    // with the other separator ("1,500.50", "4.500.000,00") or alone ("7.25", "1,5").
    let decimal_tail = last.len() != 3 && (seps.len() == 1 || seps[seps.len() - 1] != seps[0]);
    if decimal_tail && last.len() > 2 {
        // "8000,12000", "3.14159": a list or a measure, not an amount
        return None;
    }
    let (int_groups, int_seps) = if decimal_tail {
        (&groups[..groups.len() - 1], &seps[..seps.len() - 1])
    } else {
        (&groups[..], &seps[..])
    };
    if int_groups.len() > 1 {
        let ok_first = (1..=3).contains(&int_groups[0].len());
        let ok_rest = int_groups[1..].iter().all(|g| g.len() == 3);
        let same_sep = int_seps.iter().all(|&s| s == int_seps[0]);
        if !(ok_first && ok_rest && same_sep) {
            return None;
        }
    }
    let mut s: String = int_groups.concat();
    if decimal_tail {
        s.push('.');
        s.push_str(last);
    }
    s.parse().ok()
}

// ---------------------------------------------------------------------------------------------
// Candidates.

/// One end of a range: a number with what is written around it.
#[derive(Debug)]
struct Piece {
    end: usize,
    /// Number as written, before the multiplier.
    raw: f64,
    /// Digits written without separators (a bare year is four of them).
    plain_digits: Option<usize>,
    mult: Option<Mult>,
    pre: Option<&'static str>,
    suf: Option<&'static str>,
    /// Followed by a count or measure word ("50 orang", "18 tahun").
    counted: bool,
}

impl Piece {
    fn value(&self) -> f64 {
        self.raw * self.mult.map_or(1.0, |m| m.factor)
    }
}

/// A possible pay statement before its currency is settled against the whole ad.
#[derive(Debug)]
struct Cand {
    start: usize,
    end: usize,
    min: f64,
    max: f64,
    explicit: Option<&'static str>,
    mult: Option<Mult>,
    period: Option<Period>,
    /// Pay word before the amount: currency and period it implies, and whether it is close
    /// enough to make a bare number pay ("Salary: 1,500").
    keyword: Option<(Option<&'static str>, Option<Period>, bool)>,
    fee: bool,
    blocked: bool,
    usd_near: bool,
    year_like: bool,
}

/// Reads the pay statement, if any, whose first number spans `ns..ne`; text before `floor`
/// belongs to the previous statement ("1000 USD 12 months": USD is not the sign of 12).
fn candidate_at(text: &str, floor: usize, ns: usize, ne: usize) -> Option<Cand> {
    let raw = &text[ns..ne];
    let mut chars = raw.chars();
    if chars.next().and_then(digit_value) == Some(0)
        && chars.next().is_some_and(|c| digit_value(c).is_some())
    {
        // 0812…, 01/11: phone numbers and dates, never amounts
        return None;
    }
    // Currency sign or Burmese lakh word just before the number.
    let lw = back(text, ns, 16).max(floor);
    let mut start = ns;
    let mut pre = None;
    let mut from = lw;
    // A capture search allocates; most numbers have no currency before them.
    while let Some(g) = captures(&CUR_PRE_END, &text[from..ns]).and_then(|c| c.get(1)) {
        let tok_start = from + g.start();
        let code = CUR_CODES.get(&g.as_str().to_lowercase()).copied();
        if starts_word(text, tok_start) && code.is_some() {
            pre = code;
            start = tok_start;
            break;
        }
        // "Asia$1,500": the "a$" of Asia is not A$; look again after it
        from = tok_start + g.as_str().chars().next().map_or(1, char::len_utf8);
    }
    let pre_mult = PRE_MULT_END.find(&text[lw..ns]).map(|m| {
        start = start.min(lw + m.start());
        PRE_MULT
    });
    if pre.is_none() && pre_mult.is_none() {
        let before = &text[back(text, ns, 12)..ns];
        match before.chars().next_back() {
            Some(p) if is_latin_letter(p) || matches!(p, '+' | '#' | '@' | '_' | '&') => {
                return None
            }
            Some('-' | '/' | '.') => {
                let pp = before.chars().rev().nth(1);
                if pp.is_some_and(|c| c.is_alphanumeric()) {
                    // DMW-123, No.5/2024, v1.2
                    return None;
                }
            }
            _ => {}
        }
        if CONTINUATION_END.is_match(before) {
            return None;
        }
    }
    let a = piece(text, ns, ne, pre, pre_mult)?;
    if a.counted {
        return None;
    }
    if text[start..ns].trim_end() == "P" && a.value() < 1000.0 {
        // a lone "P" is only pesos on amounts like P18,000
        return None;
    }

    let mut a = a;
    let mut b = range_end(text, &a)?;
    if let Some(pb) = &b {
        // "8-12jt", "1-2万": the multiplier written once applies to both ends
        let mult = match (a.mult, pb.mult) {
            (None, Some(m)) if a.raw <= pb.raw => Some(m),
            (m, _) => m,
        };
        let a_value = a.raw * mult.map_or(1.0, |m| m.factor);
        if pb.value() >= a_value && pb.value() <= a_value * 50.0 {
            a.mult = mult;
        } else if a.mult.is_none()
            && pb.mult.is_none()
            && a.raw < 1000.0
            && a.raw.fract() == 0.0
            && pb.raw >= a.raw * 1000.0
            && pb.raw <= a.raw * 1000.0 * 3.0
        {
            // "$80-$130,000": the first end is written in thousands
            a.mult = Some(THOUSANDS);
        } else {
            b = None;
        }
    }
    let last_end = b.as_ref().map_or(a.end, |p| p.end);
    let (period, end) = match period_at(text, last_end) {
        Some((p, len)) => (Some(p), last_end + len),
        None => (None, last_end),
    };

    let explicit = {
        let all = [a.pre, a.suf]
            .into_iter()
            .chain(b.iter().flat_map(|p| [p.pre, p.suf]))
            .flatten();
        let mut first = None;
        let mut firm = None;
        for c in all {
            first.get_or_insert(c);
            if c != YEN_SIGN && firm.is_none() {
                firm = Some(c);
            }
        }
        firm.or(first)
    };
    let mult = a.mult.or(b.as_ref().and_then(|p| p.mult));
    let (ctx, gap_ok, close) = context_before(text, start);
    let mut keyword = None;
    let mut fee = false;
    let mut blocked = false;
    if let Some((kind, cur, per)) = ctx {
        if gap_ok {
            match kind {
                Ctx::Salary => keyword = Some((cur, per, close)),
                Ctx::Fee => fee = true,
                Ctx::Block => blocked = true,
            }
        }
    }
    let usd_near = USD_AFTER.is_match(ahead(text, end, 24))
        || USD_BEFORE.is_match(&text[back(text, start, 10)..start]);
    let year_like = b.is_none()
        && a.mult.is_none()
        && a.plain_digits == Some(4)
        && (1990.0..=2035.0).contains(&a.raw);
    Some(Cand {
        start,
        end,
        min: a.value(),
        max: b.as_ref().map_or(a.value(), |p| p.value()),
        explicit,
        mult,
        period,
        keyword,
        fee,
        blocked,
        usd_near,
        year_like,
    })
}

/// Reads the multiplier, currency word and count word after the number `ns..ne`.
fn piece(
    text: &str,
    ns: usize,
    ne: usize,
    pre: Option<&'static str>,
    pre_mult: Option<Mult>,
) -> Option<Piece> {
    let mut end = ne;
    let mut suffix_mult = None;
    // `^[ \u{a0}]?(multiplier)`: no multiplier starts with a space
    let hay = ahead(text, ne, 24);
    let sp = hay
        .strip_prefix([' ', '\u{a0}'])
        .map_or(0, |r| hay.len() - r.len());
    if let Some(g) = MULT_RE.find(&hay[sp..]) {
        let g_end = sp + g.end();
        if ends_word(text, ne + g_end) {
            suffix_mult = MULTS.get(&g.as_str().to_lowercase()).copied();
            end = ne + g_end;
        }
    }
    let mult = suffix_mult.or(pre_mult);
    let raw = parse_number(&text[ns..ne], mult.map(|m| m.factor))?;
    // Indonesian "Rp 4.500.000,-" (no cents), "$1000++", "$20+/hour"
    if let Some(deco) = [",--", ",-", ".-", "++", "+"]
        .iter()
        .find(|d| text[end..].starts_with(**d))
    {
        end += deco.len();
    }
    let mut suf = None;
    // `^\s{0,2}(currency)`: no currency token starts with a space
    let hay = ahead(text, end, 48);
    let sp = leading_space(hay, 2);
    if let Some(g) = CUR_SUF.find(&hay[sp..]) {
        let g_end = sp + g.end();
        // "Year 1-3 $265,847": a sign followed by a number belongs to that number (but a code
        // or word is read after its number: "1000 USD 12 months")
        let next_is_number = !g.as_str().chars().any(char::is_alphabetic)
            && text[end + g_end..]
                .trim_start()
                .starts_with(|c: char| digit_value(c).is_some());
        if ends_word(text, end + g_end) && !next_is_number {
            suf = CUR_CODES.get(&g.as_str().to_lowercase()).copied();
            end += g_end;
        }
    }
    let mut counted = false;
    if suf.is_none() {
        let hay = ahead(text, end, 40);
        let sp = leading_space(hay, usize::MAX);
        if let Some(m) = COUNT_RE.find(&hay[sp..]) {
            counted = ends_word(text, end + sp + m.end());
        }
        if suffix_mult.is_none() {
            // "2nd", "24h", "10am", "256GB", "5%": a number glued to a short unit is not money
            // (a glued period is fine: "$282,816pa"; so is a heading run into the amount when
            // markup was stripped: "$42,000Weekly Pay")
            let letters = text[ne..]
                .chars()
                .take_while(|&c| is_latin_letter(c))
                .count();
            let unit = (1..=3).contains(&letters) && period_at(text, ne).is_none();
            if unit || text[ne..].starts_with(['%', '°', '℃']) {
                return None;
            }
        }
    }
    let plain = text[ns..ne].chars().all(|c| digit_value(c).is_some());
    Some(Piece {
        end,
        raw,
        plain_digits: plain.then(|| text[ns..ne].chars().count()),
        mult,
        pre,
        suf,
        counted,
    })
}

/// The other end of a range after `a` (`-1,500`, ` to $1,500`, ` đến 30 triệu`), if any.
/// `None` means the whole candidate is a count ("18-35 tahun"); `Some(None)` means no range.
fn range_end(text: &str, a: &Piece) -> Option<Option<Piece>> {
    // `^\s*(separator)\s*`: no separator starts or ends with a space
    let hay = ahead(text, a.end, 40);
    let sp = leading_space(hay, usize::MAX);
    let Some(sep) = RANGE_RE.find(&hay[sp..]) else {
        return Some(None);
    };
    let g_end = sp + sep.end();
    if !ends_word(text, a.end + g_end) {
        return Some(None);
    }
    let bs = a.end + g_end + leading_space(&hay[g_end..], usize::MAX);
    // `^(currency)\s*`
    let hay = ahead(text, bs, 24);
    let (pre, plen) = match CUR_PRE_AT.find(hay) {
        Some(g) => {
            let g0 = g.end() + leading_space(&hay[g.end()..], usize::MAX);
            let code = CUR_CODES.get(&g.as_str().to_lowercase()).copied();
            (code, if code.is_some() { g0 } else { 0 })
        }
        None => (None, 0),
    };
    let ns = bs + plen;
    let Some(n) = NUM_AT.find(&text[ns..]) else {
        return Some(None);
    };
    match piece(text, ns, ns + n.end(), pre, None) {
        Some(p) if p.counted => None,
        p => Some(p),
    }
}

/// The pay period written right after an amount, and the bytes it takes; also in brackets
/// ("£2,850 (yearly)", "8000元（每月）").
fn period_at(text: &str, at: usize) -> Option<(Period, usize)> {
    let hay = ahead(text, at, 64);
    let trimmed = hay.trim_start();
    let open = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '(' | '（'))
        .map(|c| hay.len() - trimmed.len() + c.len_utf8());
    let from = at + open.unwrap_or(0);
    let hay = &hay[open.unwrap_or(0)..];
    for re in [&*PERIOD_SLASH, &*PERIOD_CONN, &*PERIOD_WORD] {
        let Some(c) = captures(re, hay) else {
            continue;
        };
        let Some(g) = c.get(c.len() - 1) else {
            continue;
        };
        let glued = open.is_none() && c.len() == 3 && c.get(1).is_some_and(|m| m.is_empty());
        if glued && g.as_str().starts_with(is_latin_letter) && g.as_str().len() > 4 {
            // "$42,000Weekly Pay": a heading run into the amount, not a period
            continue;
        }
        if !ends_word(text, from + g.end()) {
            continue;
        }
        let Some(&p) = PERIODS.get(&g.as_str().to_lowercase()) else {
            continue;
        };
        let mut end = from + g.end();
        if open.is_some() {
            let rest = &text[end..];
            let close = rest.trim_start();
            if !close.starts_with([')', '）']) {
                return None;
            }
            end += rest.len() - close.len() + close.chars().next().map_or(0, char::len_utf8);
        }
        return Some((p, end - at));
    }
    None
}

/// The last context word within 40 characters before `start`, whether the gap between it and
/// the amount is short and unbroken (no digits, no sentence end), and whether it is close (a
/// few characters, no comma) as a label is to its value.
fn context_before(text: &str, start: usize) -> (Option<CtxInfo>, bool, bool) {
    let ws = back(text, start, 40);
    let window = &text[ws..start];
    let mut found = None;
    for m in CONTEXT_RE.find_iter(window) {
        let (s, e) = (ws + m.start(), ws + m.end());
        if !starts_word(text, s) || !ends_word(text, e) {
            continue;
        }
        let Some(&info) = CONTEXTS.get(&m.as_str().to_lowercase()) else {
            continue;
        };
        if info.0 == Ctx::Fee && FEE_NEGATION_END.is_match(&text[back(text, s, 14)..s]) {
            continue;
        }
        found = Some((info, e));
    }
    let Some((info, kw_end)) = found else {
        return (None, false, false);
    };
    let gap = &text[kw_end..start];
    let gap_ok = gap.chars().count() <= 30
        && !gap.chars().any(|c| {
            digit_value(c).is_some()
                || matches!(c, '\n' | '。' | ';' | '；' | '!' | '?' | '！' | '？' | '|')
        });
    let close = gap_ok && gap.chars().count() <= 16 && !gap.contains([',', '，', '、']);
    (Some(info), gap_ok, close)
}

impl Cand {
    /// Settles currency and period and converts to USD per month; `None` if it is not pay.
    fn resolve(
        self,
        text: &str,
        doc_currency: Option<&'static str>,
        japan: &LazyLock<bool, impl FnOnce() -> bool>,
    ) -> Option<Salary> {
        if self.fee && self.period.is_none() {
            return None;
        }
        let strong = self.mult.filter(|m| m.strong).and_then(|m| m.implies);
        let currency: &str = if let Some(c) = self.explicit {
            if c == YEN_SIGN {
                if **japan {
                    "JPY"
                } else {
                    "CNY"
                }
            } else {
                c
            }
        } else {
            if self.blocked || self.year_like && self.period.is_none() {
                return None;
            }
            let implied = if let Some(c) = strong {
                Some(c)
            } else if let Some((cur, _, true)) = self.keyword {
                match cur {
                    Some(IDR_OR_MYR) => Some(match doc_currency {
                        Some(c @ ("IDR" | "MYR")) => c,
                        _ if self.max >= 100_000.0 => "IDR",
                        _ => "MYR",
                    }),
                    Some(c) => Some(c),
                    None => doc_currency.or((self.max <= 20_000.0).then_some("USD")),
                }
            } else if self.period.is_some() {
                // "30k/month", "1.5w/月": a stated period makes a number with `k` pay
                self.mult.and_then(|m| m.implies).or(doc_currency)
            } else {
                None
            };
            match implied? {
                "CNY" if self.usd_near => "USD",
                c => c,
            }
        };
        let (mut period, stated) = match (self.period, self.keyword.and_then(|k| k.1)) {
            (Some(p), _) | (None, Some(p)) => (p, true),
            (None, None) => (Period::Month, false),
        };
        let rate = usd_per_unit(currency)?;
        if !stated {
            let monthly = self.max * rate;
            if monthly > ANNUAL_ABOVE_USD {
                // "Salary $35,000" is a year's pay, whatever the ad leaves unsaid
                period = Period::Year;
            } else if monthly < UNSTATED_MIN_USD {
                // "$5 gift card", "£1 per delivery": not a wage
                return None;
            }
        }
        let k = rate * per_month_factor(period);
        let (usd_min, usd_max) = (self.min * k, self.max * k);
        if self.explicit.is_none() && !(20.0..=100_000.0).contains(&usd_max) {
            return None;
        }
        if usd_max > MAX_USD_MONTH {
            // "$7 billion in loans", "$120 million in funding": company figures, not pay
            return None;
        }
        if !(self.min > 0.0 && self.max.is_finite()) {
            return None;
        }
        Some(Salary {
            span: Span::of(text, self.start, self.end),
            min: self.min,
            max: self.max,
            currency: currency.to_string(),
            period,
            period_stated: stated,
            usd_month_min: usd_min,
            usd_month_max: usd_max,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The single salary in `text`; panics with the list when there is not exactly one.
    fn one(text: &str) -> Salary {
        let v = find_salaries(text);
        assert_eq!(v.len(), 1, "{text:?} gave {v:#?}");
        v.into_iter().next().unwrap()
    }

    fn check(text: &str, min: f64, max: f64, cur: &str, period: Period) -> Salary {
        let s = one(text);
        assert_eq!(
            (s.min, s.max, s.currency.as_str(), s.period),
            (min, max, cur, period),
            "{text:?}: {s:#?}"
        );
        assert_eq!(s.span.text, &text[s.span.start..s.span.end]);
        s
    }

    fn none(text: &str) {
        let v = find_salaries(text);
        assert!(v.is_empty(), "{text:?} should have no salary, gave {v:#?}");
    }

    #[test]
    fn rates_table_is_complete_and_sane() {
        for &(_, code, _) in CURRENCIES {
            if code != YEN_SIGN {
                assert!(usd_per_unit(code).is_some(), "no rate for {code}");
            }
        }
        for &(_, _, implied, _) in MULTIPLIERS {
            if let Some(code) = implied {
                assert!(usd_per_unit(code).is_some(), "no rate for {code}");
            }
        }
        assert_eq!(usd_per_unit("usd"), Some(1.0));
        assert!(usd_per_unit("XYZ").is_none());
        let idr = usd_per_unit("IDR").unwrap();
        assert!((5e6 * idr - 307.0).abs() < 20.0, "Rp 5 juta ≈ $300");
        assert_eq!(RATES_DATE.len(), 10);
    }

    #[test]
    fn numbers_by_locale() {
        assert_eq!(parse_number("1,500,000", None), Some(1_500_000.0));
        assert_eq!(parse_number("4.500.000", None), Some(4_500_000.0));
        assert_eq!(parse_number("1.000", None), Some(1000.0));
        assert_eq!(parse_number("1,500.50", None), Some(1500.5));
        assert_eq!(parse_number("4.500.000,00", None), Some(4_500_000.0));
        assert_eq!(parse_number("7.25", None), Some(7.25));
        assert_eq!(parse_number("1,5", Some(1e6)), Some(1.5));
        assert_eq!(parse_number("1.2", Some(1e3)), Some(1.2));
        assert_eq!(parse_number("1.500", Some(1e3)), Some(1500.0));
        assert_eq!(parse_number("1.11.2026", None), None);
        assert_eq!(parse_number("1.500,000", None), None);
        assert_eq!(parse_number("8000,12000", None), None);
        assert_eq!(parse_number("៨០០", None), Some(800.0));
        assert_eq!(parse_number("၁၅", None), Some(15.0));
        assert_eq!(parse_number("๓๐,๐๐๐", None), Some(30_000.0));
    }

    #[test]
    fn english_and_dollars() {
        let s = check(
            "Salary US$1,000-1,500/month",
            1000.0,
            1500.0,
            "USD",
            Period::Month,
        );
        assert_eq!(s.span.text, "US$1,000-1,500/month");
        assert!(s.period_stated);
        check("earn $1.2k", 1200.0, 1200.0, "USD", Period::Month);
        let s = check("Pay 1000 USD", 1000.0, 1000.0, "USD", Period::Month);
        assert!(!s.period_stated);
        check("1.000 USD net", 1000.0, 1000.0, "USD", Period::Month);
        check("offer 1000$ + bonus", 1000.0, 1000.0, "USD", Period::Month);
        check(
            "$800 to $1,500 monthly",
            800.0,
            1500.0,
            "USD",
            Period::Month,
        );
        let s = check("£30,000 per annum", 30_000.0, 30_000.0, "GBP", Period::Year);
        assert!((s.usd_month_max - 30_000.0 * 1.34 / 12.0).abs() < 1e-6);
        check("$60k/year", 60_000.0, 60_000.0, "USD", Period::Year);
        check(
            "Sales Managers $80-$130,000/yr",
            80_000.0,
            130_000.0,
            "USD",
            Period::Year,
        );
        let s = check(
            "£2,850.00 GBP (Yearly).",
            2850.0,
            2850.0,
            "GBP",
            Period::Year,
        );
        assert_eq!(s.span.text, "£2,850.00 GBP (Yearly)");
        check("月薪8000元（每月）", 8000.0, 8000.0, "CNY", Period::Month);
        let s = check("$12 an hour", 12.0, 12.0, "USD", Period::Hour);
        assert!((s.usd_month_min - 12.0 * 176.0).abs() < 1e-9);
        check("Salary: 800-1500", 800.0, 1500.0, "USD", Period::Month);
        check(
            "AED 3,000 plus accommodation",
            3000.0,
            3000.0,
            "AED",
            Period::Month,
        );
        check("SGD 2,500 per month", 2500.0, 2500.0, "SGD", Period::Month);
        check("NT$ 30,000", 30_000.0, 30_000.0, "TWD", Period::Month);
        check("HK$4,990 a month", 4990.0, 4990.0, "HKD", Period::Month);
        check("₩2,000,000", 2_000_000.0, 2_000_000.0, "KRW", Period::Month);
        check(
            "Work in Japan, ¥200,000",
            200_000.0,
            200_000.0,
            "JPY",
            Period::Month,
        );
        check("2000U/月", 2000.0, 2000.0, "USD", Period::Month);
        check(
            "Salary 1000 USD 12 months contract",
            1000.0,
            1000.0,
            "USD",
            Period::Month,
        );
        check("Earn $3k a month", 3000.0, 3000.0, "USD", Period::Month);
        // an unknown currency is left out rather than guessed: "30k" is pesos in a Filipino ad
        none("Earn 30k a month");
        let v = find_salaries("Basic ₱20,000. Earn 30k a month with commission");
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!((v[1].max, v[1].currency.as_str()), (30_000.0, "PHP"));
    }

    #[test]
    fn english_not_salaries() {
        none("Call +855 12 345 678 now");
        none("Posted 2026-11-01, apply by 01/12/2026");
        none("Age 18-35, height 160 cm, weight 50kg");
        none("We need 10 slots filled, 50 people");
        none("POEA License No. 123-LB-032619-R");
        none("Founded in 2026 with 500 staff");
        none("Salary 2026: to be discussed");
        none("Placement fee USD 1,500");
        none("5k followers, 5W power, the 5 Ws");
        none("Only 30k left");
        none("medical benefits, 401(k) retirement plan, hourly wage, 401(k)");
        none("Receive a $5 gift card");
        none("pays up to $10 trillion");
        let s = check(
            "Salary $35,000 plus bonus",
            35_000.0,
            35_000.0,
            "USD",
            Period::Year,
        );
        assert!(!s.period_stated);
        assert!((s.usd_month_max - 35_000.0 / 12.0).abs() < 1e-6);
        check("Pay $14- $18hr", 14.0, 18.0, "USD", Period::Hour);
        check("$20+/hour", 20.0, 20.0, "USD", Period::Hour);
        check(
            "Starting pay $25/HrBenefits",
            25.0,
            25.0,
            "USD",
            Period::Hour,
        );
        check(
            "Jobs in Asia$1,500+ USD monthly",
            1500.0,
            1500.0,
            "USD",
            Period::Month,
        );
        check(
            "Pay starts at $12.00-12.50/per hour",
            12.0,
            12.5,
            "USD",
            Period::Hour,
        );
        check("$100K+ a year", 100_000.0, 100_000.0, "USD", Period::Year);
        let s = check(
            "$32,000-$42,000Weekly Pay",
            32_000.0,
            42_000.0,
            "USD",
            Period::Year,
        );
        assert_eq!(s.span.text, "$32,000-$42,000");
        none("a bank that has issued over $7 billion in loans; worth $120 million");
        let s = check(
            "Year 1-3 $265,847 - $282,816pa",
            265_847.0,
            282_816.0,
            "USD",
            Period::Year,
        );
        assert_eq!(s.span.text, "$265,847 - $282,816pa");
        let v = find_salaries("No placement fee. Salary $1,500/month");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].max, 1500.0);
    }

    #[test]
    fn indonesian() {
        let s = check("Gaji Rp 15 juta", 15e6, 15e6, "IDR", Period::Month);
        assert!((s.usd_month_max - 15e6 / 16_300.0).abs() < 1e-6);
        let s = check("Rp15jt/bln", 15e6, 15e6, "IDR", Period::Month);
        assert_eq!(s.span.text, "Rp15jt/bln");
        check("gaji 8-12jt", 8e6, 12e6, "IDR", Period::Month);
        check(
            "Gaji pokok Rp 4.500.000,- per bulan",
            4.5e6,
            4.5e6,
            "IDR",
            Period::Month,
        );
        check(
            "Rp. 10.000.000 s/d Rp. 20.000.000",
            1e7,
            2e7,
            "IDR",
            Period::Month,
        );
        check("Rp 150rb/hari", 150_000.0, 150_000.0, "IDR", Period::Day);
        check(
            "upah Rp 25.000/jam",
            25_000.0,
            25_000.0,
            "IDR",
            Period::Hour,
        );
        check("gaji 1,5 juta seminggu", 1.5e6, 1.5e6, "IDR", Period::Week);
        check(
            "Penghasilan 10-20 juta per bulan",
            1e7,
            2e7,
            "IDR",
            Period::Month,
        );
        check("Gaji: 5000000", 5e6, 5e6, "IDR", Period::Month);
    }

    #[test]
    fn indonesian_not_salaries() {
        none("Usia 18-35 tahun, tinggi badan min 160 cm");
        none("Dibutuhkan 50 orang, kuota 10");
        none("Hubungi WA 0812-3456-7890");
        none("SIP2MI No. 123/2024 tanggal 1 Desember 2026");
        none("Biaya Rp 5 juta untuk proses");
        none("Gaji menarik. Usia 18-35");
        none("1 juta orang");
        let v = find_salaries("Tanpa biaya! Gaji Rp 10 juta");
        assert_eq!(v.len(), 1);
        let v = find_salaries("Gaji 35 juta, tiket pesawat 5 juta ditanggung");
        assert_eq!(v.len(), 1, "{v:#?}");
        assert_eq!(v[0].max, 35e6);
    }

    #[test]
    fn vietnamese() {
        check("Lương 15 triệu/tháng", 15e6, 15e6, "VND", Period::Month);
        check("thu nhập 15tr", 15e6, 15e6, "VND", Period::Month);
        check("Lương từ 15 đến 30 triệu", 15e6, 30e6, "VND", Period::Month);
        check(
            "Lương 15.000.000đ - 20.000.000đ",
            15e6,
            20e6,
            "VND",
            Period::Month,
        );
        check("lương 300k/ngày", 300_000.0, 300_000.0, "VND", Period::Day);
        check(
            "500.000 VNĐ mỗi ngày",
            500_000.0,
            500_000.0,
            "VND",
            Period::Day,
        );
        check(
            "Lương: 1000 - 1500 USD",
            1000.0,
            1500.0,
            "USD",
            Period::Month,
        );
        check("lương 800 đô một tháng", 800.0, 800.0, "USD", Period::Month);
        none("Tuyển 50 người, độ tuổi 18-35, ngày 15/11/2026");
        none("Cần 20 nữ từ 18 đến 30 tuổi");
    }

    #[test]
    fn thai() {
        check(
            "เงินเดือน 30,000 บาท",
            30_000.0,
            30_000.0,
            "THB",
            Period::Month,
        );
        check(
            "รายได้ 30k บาท/เดือน",
            30_000.0,
            30_000.0,
            "THB",
            Period::Month,
        );
        check(
            "เงินเดือน 25,000-50,000 บาท",
            25_000.0,
            50_000.0,
            "THB",
            Period::Month,
        );
        check("ค่าแรงวันละ 400 บาท", 400.0, 400.0, "THB", Period::Day);
        check("500 บาท/วัน", 500.0, 500.0, "THB", Period::Day);
        check(
            "๓๐,๐๐๐ บาท ต่อเดือน",
            30_000.0,
            30_000.0,
            "THB",
            Period::Month,
        );
        check("รายได้ 3 หมื่น", 30_000.0, 30_000.0, "THB", Period::Month);
        check("เงินเดือน 1,000 ดอลลาร์", 1000.0, 1000.0, "USD", Period::Month);
        none("รับ 10 คน อายุ 20-35 ปี");
        none("โทร 081-234-5678");
    }

    #[test]
    fn tagalog() {
        check("₱50k kada buwan", 50_000.0, 50_000.0, "PHP", Period::Month);
        check(
            "PHP 45,000 a month",
            45_000.0,
            45_000.0,
            "PHP",
            Period::Month,
        );
        check("sahod 35k", 35_000.0, 35_000.0, "PHP", Period::Month);
        check(
            "Sahod: P18,000 - P25,000",
            18_000.0,
            25_000.0,
            "PHP",
            Period::Month,
        );
        check("₱700 kada araw", 700.0, 700.0, "PHP", Period::Day);
        check("sweldo 1,200 dollars", 1200.0, 1200.0, "USD", Period::Month);
        none("Edad 18-35, 10 katao ang kailangan");
        none("Tumawag sa 0917 123 4567");
    }

    #[test]
    fn malay() {
        check("Gaji RM 4,500", 4500.0, 4500.0, "MYR", Period::Month);
        check("RM4.5k sebulan", 4500.0, 4500.0, "MYR", Period::Month);
        check(
            "Gaji RM 2,500 - RM 3,500 sebulan",
            2500.0,
            3500.0,
            "MYR",
            Period::Month,
        );
        check("RM 80 sehari", 80.0, 80.0, "MYR", Period::Day);
        check("Gaji 3500", 3500.0, 3500.0, "MYR", Period::Month);
        none("Umur 18-40 tahun, 20 orang");
    }

    #[test]
    fn chinese() {
        let s = check("月薪8000-12000元", 8000.0, 12000.0, "CNY", Period::Month);
        assert!(s.period_stated);
        assert_eq!(s.span.text, "8000-12000元");
        check("工资1万", 10_000.0, 10_000.0, "CNY", Period::Month);
        check("1-2万/月", 10_000.0, 20_000.0, "CNY", Period::Month);
        check("底薪3000美金", 3000.0, 3000.0, "USD", Period::Month);
        check("8000元+提成", 8000.0, 8000.0, "CNY", Period::Month);
        check("300元一天", 300.0, 300.0, "CNY", Period::Day);
        check("年薪20万", 200_000.0, 200_000.0, "CNY", Period::Year);
        check(
            "月薪1.5万（美金）",
            15_000.0,
            15_000.0,
            "USD",
            Period::Month,
        );
        check("¥20,000 元", 20_000.0, 20_000.0, "CNY", Period::Month);
        // a yearly figure with no period is read as a year's pay
        let s = check("¥200,000 元", 200_000.0, 200_000.0, "CNY", Period::Year);
        assert!(!s.period_stated);
        check(
            "日本工作 月収 20万円",
            200_000.0,
            200_000.0,
            "JPY",
            Period::Month,
        );
        none("年龄18-35岁，招聘50人");
        none("2026年11月1日");
        none("超过1万人");
    }

    #[test]
    fn burmese() {
        check("လစာ ၁၅ သိန်း", 1_500_000.0, 1_500_000.0, "MMK", Period::Month);
        check("လစာ သိန်း ၂၀", 2_000_000.0, 2_000_000.0, "MMK", Period::Month);
        check(
            "1,500,000 kyat",
            1_500_000.0,
            1_500_000.0,
            "MMK",
            Period::Month,
        );
        check(
            "၁,၅၀၀,၀၀၀ ကျပ်",
            1_500_000.0,
            1_500_000.0,
            "MMK",
            Period::Month,
        );
        check("လစာ ဒေါ်လာ ၈၀၀", 800.0, 800.0, "USD", Period::Month);
        none("အသက် ၁၈ နှစ်မှ ၃၅ နှစ်");
        none("ဖုန်း ၀၉၁၂၃၄၅၆၇၈");
    }

    #[test]
    fn khmer() {
        check("ប្រាក់ខែ ៨០០ ដុល្លារ", 800.0, 800.0, "USD", Period::Month);
        check("ប្រាក់ខែ $800-$1500", 800.0, 1500.0, "USD", Period::Month);
        check(
            "១,២០០,០០០ រៀល",
            1_200_000.0,
            1_200_000.0,
            "KHR",
            Period::Month,
        );
        check("៛៨០០,០០០", 800_000.0, 800_000.0, "KHR", Period::Month);
        check("ប្រាក់ខែ ៥០០", 500.0, 500.0, "USD", Period::Month);
        none("អាយុ ១៨-៣៥ ឆ្នាំ");
        none("ត្រូវការ ១០ នាក់");
    }

    #[test]
    fn everyday_numbers_are_not_pay() {
        for t in [
            "Jl. Sudirman No. 45, Jakarta 10220",
            "Jam kerja 08.00-17.00, shift 2, 12 jam",
            "Kontrak 2 tahun, tinggi 165cm, berat 55kg",
            "Gaji UMR, gaji 13 bulan, gaji 2x seminggu",
            "ถนนสุขุมวิท ซอย 11 กรุงเทพฯ 10110",
            "ทำงาน 6 วัน/สัปดาห์",
            "上午9:00-下午6:00，每天工作12小时，月休2天，工资面议",
            "Địa chỉ: 123 Nguyễn Huệ, Quận 1. Lương thỏa thuận, làm việc 8h/ngày, 3 tháng thử việc",
            "Sahod: depende sa experience, 6 days a week",
            "Salary negotiable. Office hours 9-6",
            "gaji 10% lebih tinggi, income tax 10%",
            "ဖုန်း ၀၉-၁၂၃၄၅၆၇၈၉",
            "ផ្ទះលេខ ១២ ផ្លូវ ២៧១",
            "Windows 10, ISO 9001, Covid-19, iPhone 15",
        ] {
            none(t);
        }
    }

    #[test]
    fn several_in_one_ad() {
        let t = "Lowongan admin Kamboja. Gaji $800-$1,200/bulan, bonus Rp 2 juta. \
                 Usia 18-35 tahun. WA +62 812 3456 7890. Berangkat 2026.";
        let v = find_salaries(t);
        assert_eq!(v.len(), 2, "{v:#?}");
        assert_eq!((v[0].min, v[0].max), (800.0, 1200.0));
        assert_eq!(v[1].currency, "IDR");
        for s in &v {
            assert_eq!(s.span.text, &t[s.span.start..s.span.end]);
        }
    }
}
