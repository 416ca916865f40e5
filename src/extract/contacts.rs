//! Phone numbers, messaging handles, social profiles, emails and URLs.
//!
//! Passes run in a fixed order and each claims the bytes it matched, so later passes never
//! re-read them: links (social/messaging links are classified by host), emails, phone numbers
//! (their kind comes from a label near them: "WA:", "Telegram", "ไลน์", "微信", …), labelled
//! handles ("Line ID: abc", "微信号：abc", "QQ: 12345"), stand-alone `@handle`s and, last, bare
//! mentions of a Facebook page or inbox.
//!
//! Numbers are checked with the `phonenumber` crate (Google's libphonenumber metadata). Numbers
//! written with `+`/`00` only need a known country code and a plausible length (lures use made-up
//! but realistic numbers); local numbers with a trunk `0` must be valid in a region guessed from
//! the text's script, currency and words; a bare country code without `+` (`6281234567890`, the
//! usual Indonesian and Malaysian way) must be a valid mobile number of a South-East Asian country.
//!
//! A Facebook page or inbox named without any identifier ("inbox FB page kami") is reported as
//! `Facebook` with an empty `value`.

use crate::ad::{Contact, ContactKind, Span};
use phonenumber::country::Id;
use phonenumber::Type;
use regex::{Captures, Regex};
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Finds every contact in `text`, ordered by position.
pub fn find_contacts(text: &str) -> Vec<Contact> {
    let mut f = Finder {
        text,
        out: Vec::new(),
        claimed: Vec::new(),
        regions: OnceCell::new(),
        labels: OnceCell::new(),
        exact_only: has_ascii_fold(text),
    };
    f.links();
    f.emails();
    // Handles before numbers, so that "ไลน์ ID: @abc หรือโทร 089…" does not lend its LINE label
    // to the number; numeric IDs wait until the phone pass has read what it can. The label
    // regex runs once for both.
    let ids = f.id_label_matches();
    f.labelled_handles(&ids, false);
    f.bare_handles();
    f.phones();
    f.labelled_handles(&ids, true);
    f.facebook_mentions();
    let mut out = f.out;
    out.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind, &a.value).cmp(&(
            b.span.start,
            b.span.end,
            b.kind,
            &b.value,
        ))
    });
    out.dedup_by(|a, b| a.kind == b.kind && a.value == b.value && a.span == b.span);
    out
}

/// True when `domain` (e.g. `gmail.com`, `yahoo.co.id`) is a free web-mail provider.
pub fn is_free_mail(domain: &str) -> bool {
    let d = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    // Providers anyone can sign up to for free, as of 2026-11; national variants are matched by
    // their first label (yahoo.co.id, hotmail.co.th, outlook.com.vn, …).
    const EXACT: &[&str] = &[
        "gmail.com",
        "googlemail.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "msn.com",
        "proton.me",
        "pm.me",
        "protonmail.com",
        "protonmail.ch",
        "mail.ru",
        "inbox.ru",
        "list.ru",
        "bk.ru",
        "qq.com",
        "foxmail.com",
        "163.com",
        "126.com",
        "yeah.net",
        "sina.com",
        "sina.cn",
        "sohu.com",
        "aliyun.com",
        "139.com",
        "zoho.com",
        "zohomail.com",
        "tutanota.com",
        "tuta.io",
        "mail.com",
        "email.com",
        "naver.com",
        "daum.net",
        "rocketmail.com",
        "rediffmail.com",
    ];
    const FIRST_LABEL: &[&str] = &[
        "gmail",
        "yahoo",
        "ymail",
        "hotmail",
        "outlook",
        "live",
        "windowslive",
        "yandex",
        "aol",
        "gmx",
        "protonmail",
    ];
    if EXACT.contains(&d.as_str()) {
        return true;
    }
    let first = d.split('.').next().unwrap_or("");
    d.contains('.') && FIRST_LABEL.contains(&first)
}

/// True for countries whose numbers lures use to route recruits into scam compounds: Cambodia,
/// Myanmar and Laos (DOMAIN.md: +855, +95, +856).
pub fn risky_country(iso2: &str) -> bool {
    matches!(
        iso2.trim().to_ascii_uppercase().as_str(),
        "KH" | "MM" | "LA"
    )
}

// ---------------------------------------------------------------------------------------------
// Digits and separators

/// Any decimal digit the ads use: ASCII, full-width, Thai, Lao, Khmer, Burmese, Arabic-Indic.
const DIGIT: &str = "[0-9０-９๐-๙໐-໙០-៩၀-၉٠-٩۰-۹]";

/// The ASCII value of a digit of any script in `DIGIT`.
fn digit_value(c: char) -> Option<char> {
    let base = match c {
        '0'..='9' => '0',
        '０'..='９' => '０',
        '๐'..='๙' => '๐',
        '໐'..='໙' => '໐',
        '០'..='៩' => '០',
        '၀'..='၉' => '၀',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        _ => return None,
    };
    char::from_digit(c as u32 - base as u32, 10)
}

fn ascii_digits(s: &str) -> String {
    s.chars().filter_map(digit_value).collect()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{00A0}' | '\u{3000}')
}

fn is_word_ascii(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

fn char_after(text: &str, i: usize) -> Option<char> {
    text[i..].chars().next()
}

// ---------------------------------------------------------------------------------------------
// Regexes

static PHONE_RE: LazyLock<Regex> = LazyLock::new(|| {
    // Separators people put inside numbers; `/` and `,` are left out so that lists
    // ("0812…/0813…") and amounts ("15,000,000") split.
    let sep = r"[ \t\u{00A0}\u{3000}.\-‐‑–—－()（）]";
    Regex::new(&format!(
        r"(?:[(（]\s*)?(?:[+＋]\s?)?{DIGIT}(?:{sep}{{0,3}}{DIGIT})*"
    ))
    .expect("phone regex")
});

/// URL characters: printable ASCII without the ones that end a link in running text.
const URLCH: &str = r#"[\x21-\x7E&&[^<>"'`{}|\\^]]"#;

static LINK_RE: LazyLock<Dual> = LazyLock::new(|| {
    let wa_num = format!(
        r"(?:https?://)?(?:(?:www|api|web)\.)?(?:wa\.me/|whatsapp\.com/send/?\?phone=)[ \t]?(?P<wanum>[+＋]?{DIGIT}(?:[ \-.]{{0,2}}{DIGIT})*)(?P<tail>[?&]{URLCH}*)?"
    );
    let spaced = format!(r"\b(?:wa\.me|t\.me|telegram\.me)/[ \t]?{URLCH}+");
    let bare = format!(
        r"\b(?:wa\.link|chat\.whatsapp\.com|telegram\.dog|line\.me|lin\.ee|(?:m\.|web\.)?facebook\.com|fb\.com|fb\.me|m\.me|(?:vm\.|vt\.)?tiktok\.com|instagram\.com|instagr\.am|zalo\.me|qm\.qq\.com|jq\.qq\.com|weixin\.qq\.com|u\.wechat\.com)/{URLCH}*"
    );
    let full = format!(r"(?:https?://|\bwww\.){URLCH}+");
    Dual::new(&format!("(?i){wa_num}|{full}|{spaced}|{bare}"))
});

static EMAIL_RE: LazyLock<Dual> = LazyLock::new(|| {
    let at = r"(?:[@＠]|\s?[\[(]\s?at\s?[\])]\s?)";
    let dot = r"(?:\.|\s?[\[(]\s?dot\s?[\])]\s?)";
    let label = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?";
    Dual::new(&format!(
        r"(?i)[a-z0-9][a-z0-9._%+\-]*{at}{label}(?:{dot}{label})*{dot}[a-z]{{2,24}}\b"
    ))
});

static EMAIL_AT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s?[\[(]\s?at\s?[\])]\s?|＠").expect("at regex"));
static EMAIL_DOT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s?[\[(]\s?dot\s?[\])]\s?").expect("dot regex"));

static HANDLE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[@＠][A-Za-z][A-Za-z0-9_]{4,31}").expect("handle regex"));

static FB_MENTION_RE: LazyLock<Dual> = LazyLock::new(|| {
    Dual::new(
        r"(?i)\b(?:inbox|pm|dm|message)\s+(?:(?:our|kami|ke|sa|vào|di)\s+)?(?:fb|facebook)(?:\s*(?:page|fanpage))?\b|\b(?:fb|facebook)\s*(?:page|fanpage|inbox|messenger)\b|\bfanpage\b",
    )
});

/// A regex written with Unicode `\b`, and its twin with ASCII `(?-u:\b)`, which the lazy DFA
/// runs fast on any text (with Unicode `\b` it gives up at the first non-ASCII byte and the
/// slow engines scan the whole text).
///
/// Every `\b` in these patterns sits next to an ASCII letter or digit of the pattern, so where a
/// Unicode boundary holds the ASCII one holds too: the twin finds every match of the original,
/// with the same path, and maybe a few more. Its match is the original's whenever the two kinds
/// of boundary agree at the positions where the match's path tests one; elsewhere the original
/// is asked from that position on. Texts with `ſ` or `K` (Kelvin), which `(?i)` folds to ASCII
/// `s` and `k`, use the original throughout.
struct Dual {
    exact: Regex,
    loose: Regex,
}

impl Dual {
    fn new(pattern: &str) -> Dual {
        Dual {
            exact: Regex::new(pattern).expect("regex"),
            loose: Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("loose regex"),
        }
    }

    /// Calls `f` with every match of `exact.captures_iter(hay)`, in order. `trusted` says
    /// whether the boundaries agree where the loose match tested them.
    fn captures_each<'h>(
        &self,
        hay: &'h str,
        exact_only: bool,
        trusted: impl Fn(&str, &Captures<'h>) -> bool,
        mut f: impl FnMut(Captures<'h>),
    ) {
        if exact_only {
            self.exact.captures_iter(hay).for_each(f);
            return;
        }
        let mut at = 0;
        while at <= hay.len() {
            let Some(c) = self.loose.captures_at(hay, at) else {
                return;
            };
            let c = if trusted(hay, &c) {
                c
            } else {
                // No match of the original starts before the loose one.
                let start = c.get(0).expect("match").start();
                match self.exact.captures_at(hay, start) {
                    Some(c) => c,
                    None => return,
                }
            };
            let m = c.get(0).expect("match");
            debug_assert!(m.end() > m.start(), "empty match");
            at = m.end().max(m.start() + 1);
            f(c);
        }
    }

    /// `exact.find_iter(hay)` for patterns whose `\b`s are tested only at the ends of a match.
    fn find_each<'h>(&self, hay: &'h str, exact_only: bool, mut f: impl FnMut(regex::Match<'h>)) {
        self.captures_each(
            hay,
            exact_only,
            |h, c| {
                let m = c.get(0).expect("match");
                starts_agree(h, m.start()) && ends_agree(h, m.end())
            },
            |c| f(c.get(0).expect("match")),
        );
    }
}

static WORD_RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\w").expect("word regex"));

/// True when Unicode `\b` and ASCII `\b` say the same at byte `i` of `hay`.
fn bounds_agree(hay: &str, i: usize) -> bool {
    let (a, b) = (char_before(hay, i), char_after(hay, i));
    if a.is_none_or(|c| c.is_ascii()) && b.is_none_or(|c| c.is_ascii()) {
        return true;
    }
    let ascii = |c: Option<char>| c.is_some_and(is_word_ascii);
    let unicode = |c: Option<char>| match c {
        Some(c) if !c.is_ascii() => WORD_RE.is_match(c.encode_utf8(&mut [0; 4])),
        c => ascii(c),
    };
    (ascii(a) != ascii(b)) == (unicode(a) != unicode(b))
}

/// True when a `\b` that a pattern tests before an ASCII letter or digit at byte `i` (the only
/// kind these patterns have) means the same in both twins. Where `hay[i..]` starts with anything
/// else, no such `\b` was tested.
fn starts_agree(hay: &str, i: usize) -> bool {
    char_after(hay, i).is_none_or(|c| !c.is_ascii_alphanumeric()) || bounds_agree(hay, i)
}

/// The same for a `\b` tested after an ASCII letter or digit ending at byte `i`.
fn ends_agree(hay: &str, i: usize) -> bool {
    char_before(hay, i).is_none_or(|c| !c.is_ascii_alphanumeric()) || bounds_agree(hay, i)
}

/// True when `(?i)` could fold a character of `text` to an ASCII letter.
fn has_ascii_fold(text: &str) -> bool {
    text.contains('\u{17F}') || text.contains('\u{212A}')
}

// ---------------------------------------------------------------------------------------------
// Labels: words that introduce a number or a handle

/// What a label says the following number or handle is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    WhatsApp,
    Telegram,
    Line,
    WeChat,
    Qq,
    Instagram,
    TikTok,
    Facebook,
    Zalo,
    Viber,
    /// Tel, HP, โทร, 电话, SĐT, ဖုန်း, … and neutral "contact" words.
    Phone,
    /// Bank account, tax, ID and licence numbers: the digits after it are not a phone.
    NotPhone,
}

impl Label {
    fn kind(self) -> ContactKind {
        match self {
            Label::WhatsApp => ContactKind::WhatsApp,
            Label::Telegram => ContactKind::Telegram,
            Label::Line => ContactKind::Line,
            Label::WeChat => ContactKind::WeChat,
            Label::Qq => ContactKind::Qq,
            Label::Instagram => ContactKind::Instagram,
            Label::TikTok => ContactKind::TikTok,
            Label::Facebook => ContactKind::Facebook,
            Label::Zalo => ContactKind::Zalo,
            Label::Viber => ContactKind::Viber,
            Label::Phone | Label::NotPhone => ContactKind::Phone,
        }
    }

    fn is_chat(self) -> bool {
        !matches!(self, Label::Phone | Label::Qq | Label::NotPhone)
    }
}

/// Where a label may appear.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Before a phone number only.
    Num,
    /// Before a handle only.
    Id,
    /// Before either.
    Both,
}

/// Label table: regex fragment (case-insensitive), meaning, use, and whether the fragment already
/// contains an "ID"/"号" marker so that no colon is needed before the handle. Wording from the
/// lures quoted in DOMAIN.md and from the nine languages' usual contact lines.
#[rustfmt::skip]
const LABELS: &[(&str, Label, Use, bool)] = &[
    // WhatsApp
    (r"whats\s?app", Label::WhatsApp, Use::Num, false),
    (r"whatsap|watsapp|watsap|wasap|whatapp|wassap", Label::WhatsApp, Use::Num, false),
    (r"wa", Label::WhatsApp, Use::Num, false),
    (r"w\.a", Label::WhatsApp, Use::Num, false),
    (r"واتساب|واتس اب", Label::WhatsApp, Use::Num, false),
    (r"วอทส์แอป|วอทส์แอพ|วอทสแอป|วอทสแอพ|วอทแอป|วอทแอพ|วอทซ์แอพ", Label::WhatsApp, Use::Num, false),
    // Telegram
    (r"telegram\s*id", Label::Telegram, Use::Both, true),
    (r"telegram|tele|tg", Label::Telegram, Use::Both, false),
    (r"纸飞机|飞机|電報|电报", Label::Telegram, Use::Both, false),
    (r"เทเลแกรม|เทเลเกรม", Label::Telegram, Use::Both, false),
    (r"តេឡេក្រាម", Label::Telegram, Use::Both, false),
    (r"တယ်လီဂရမ်", Label::Telegram, Use::Both, false),
    // LINE ("line" alone is an English word: only with a colon for numbers, see `weak_line`)
    (r"line\s*id|id\s*line", Label::Line, Use::Both, true),
    (r"ไอดี\s*ไลน์|ไลน์\s*ไอดี", Label::Line, Use::Both, true),
    (r"ไลน์", Label::Line, Use::Both, false),
    (r"line\s*[:：]", Label::Line, Use::Num, false),
    (r"line", Label::Line, Use::Id, false),
    // WeChat
    (r"微信号|微信號|wechat\s*id|weixin\s*id", Label::WeChat, Use::Both, true),
    (r"wechat|we\s*chat|weixin|微信|微訊|薇信|威信|[vV]信|加[vV]|vx|wx", Label::WeChat, Use::Both, false),
    // QQ: blocks the phone reading of its number
    (r"qq\s*(?:号码|号|號|群)", Label::Qq, Use::Both, true),
    (r"qq", Label::Qq, Use::Both, false),
    // Social profiles
    (r"instagram|insta|ig", Label::Instagram, Use::Id, false),
    (r"tik\s?tok", Label::TikTok, Use::Id, false),
    (r"fb\s*(?:page|fanpage)|facebook\s*(?:page|fanpage)|fanpage|facebook|fb", Label::Facebook, Use::Id, false),
    (r"viber", Label::Viber, Use::Num, false),
    (r"zalo", Label::Zalo, Use::Num, false),
    (r"ไวเบอร์", Label::Viber, Use::Num, false),
    // Plain phone and contact words
    (r"tel|telp|telpon|telepon|telefon|phone|mobile|cellphone|cell|cp|hp|no\.?\s*hp|call|sms|text|hotline|contact|hubungi|nombor|nomor|numero", Label::Phone, Use::Num, false),
    (r"โทร|เบอร์|ติดต่อ", Label::Phone, Use::Num, false),
    (r"电话|電話|手机|手機|联系|聯繫", Label::Phone, Use::Num, false),
    (r"sđt|đt|điện thoại|liên hệ|gọi", Label::Phone, Use::Num, false),
    (r"ទូរស័ព្ទ|ទំនាក់ទំនង", Label::Phone, Use::Num, false),
    (r"ဖုန်း|ဆက်သွယ်", Label::Phone, Use::Num, false),
    (r"tawag|tawagan", Label::Phone, Use::Num, false),
    // Not phones
    (r"rekening|no\.?\s*rek|norek|account|acct|a/c|npwp|nik|ktp|passport|paspor|invoice|ref|resi|awb|tracking", Label::NotPhone, Use::Num, false),
    (r"izin|license|licence|lisensi|sip2mi|siup|nib|akta|tài khoản|stk|账号|帐号|卡号|身份证|cccd|cmnd|căn cước|sss|philhealth|pag-ibig", Label::NotPhone, Use::Num, false),
];

/// Wraps an ASCII-edged fragment in word boundaries so that `wa` does not match inside `jawa`.
fn bounded(frag: &str) -> String {
    let alts: Vec<String> = split_top_alternation(frag)
        .into_iter()
        .map(|a| {
            let first = a.chars().next().unwrap_or(' ');
            let last = a.chars().last().unwrap_or(' ');
            let pre = if first.is_ascii_alphanumeric() {
                r"\b"
            } else {
                ""
            };
            let post = if last.is_ascii_alphanumeric() {
                r"\b"
            } else {
                ""
            };
            format!("{pre}{a}{post}")
        })
        .collect();
    alts.join("|")
}

/// Splits `a|b(c|d)` at its top-level `|`.
fn split_top_alternation(frag: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let mut escaped = false;
    for (i, c) in frag.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '|' if depth == 0 => {
                out.push(&frag[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&frag[start..]);
    out
}

/// Builds `(?i)(f0)|(f1)|…` over the labels usable as `want`; returns it with the label of each group.
fn label_regex(want: Use, suffix: &str) -> (Dual, Vec<usize>) {
    let mut parts = Vec::new();
    let mut idx = Vec::new();
    for (i, (frag, _, u, _)) in LABELS.iter().enumerate() {
        if *u == want || *u == Use::Both {
            parts.push(format!("({})", bounded(frag)));
            idx.push(i);
        }
    }
    let re = Dual::new(&format!("(?i)(?:{}){suffix}", parts.join("|")));
    (re, idx)
}

static NUM_LABEL_RE: LazyLock<(Dual, Vec<usize>)> = LazyLock::new(|| label_regex(Use::Num, ""));

static ID_LABEL_RE: LazyLock<(Dual, Vec<usize>)> = LazyLock::new(|| {
    // A marker ("ID", "号") and/or a colon or "@" between label and handle; bare whitespace is
    // accepted only where the label already carries a marker, or for QQ numbers.
    let sep = r"(?P<sep>\s*(?:id\b|号码|号|號|群|username|ไอดี)\s*[:：=]?\s*[@＠]?|\s*[:：=]\s*[@＠]?|\s*[@＠]|\s+)\s*";
    label_regex(
        Use::Id,
        &format!(r"{sep}(?P<h>[A-Za-z0-9_][A-Za-z0-9_.\-]{{1,39}})"),
    )
});

/// Where the loose twin of a label regex without a suffix can be trusted: its `\b`s are at the
/// ends of the match.
fn label_trusted(hay: &str, c: &Captures<'_>) -> bool {
    let m = c.get(0).expect("match");
    starts_agree(hay, m.start()) && ends_agree(hay, m.end())
}

/// Where the loose `ID_LABEL_RE` can be trusted: its `\b`s are at the ends of the label and in
/// the separator ("id\b").
fn id_label_trusted(hay: &str, c: &Captures<'_>) -> bool {
    let m = c.get(0).expect("match");
    let label_end = (1..c.len())
        .filter_map(|g| c.get(g))
        .next()
        .map_or(m.end(), |g| g.end());
    let sep = c.name("sep").map_or(m.start()..m.start(), |s| s.range());
    starts_agree(hay, m.start())
        && ends_agree(hay, label_end)
        && hay[sep.clone()]
            .char_indices()
            .map(|(i, _)| sep.start + i)
            .chain([sep.end])
            .all(|i| ends_agree(hay, i))
}

/// A match of `ID_LABEL_RE`: start, label table index, separator and handle byte ranges.
struct IdMatch {
    start: usize,
    label: usize,
    sep: (usize, usize),
    handle: (usize, usize),
}

/// The table index of the label group that matched.
fn which_label(caps: &Captures<'_>, idx: &[usize]) -> usize {
    (0..idx.len())
        .find(|g| caps.get(g + 1).is_some())
        .map(|g| idx[g])
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Region guess

/// Regions tried for local numbers when the text gives no hint, in order of expected volume.
const FALLBACK_REGIONS: [Id; 9] = [
    Id::ID,
    Id::PH,
    Id::TH,
    Id::MY,
    Id::VN,
    Id::KH,
    Id::MM,
    Id::LA,
    Id::CN,
];

/// Country codes whose mobile numbers are commonly written without `+` (`6281234567890`).
const BARE_CC: [&str; 10] = ["62", "63", "60", "66", "84", "855", "856", "95", "86", "65"];

/// Words (ASCII, lower case, trailing digits removed: `rp15` → `rp`) hinting at the ad's home
/// country, and their weight. Shared Malay/Indonesian words count for both.
#[rustfmt::skip]
const REGION_WORDS: &[(&str, Id, u32)] = &[
    ("rp", Id::ID, 3), ("rupiah", Id::ID, 3), ("juta", Id::ID, 1), ("jt", Id::ID, 2),
    ("lowongan", Id::ID, 3), ("loker", Id::ID, 3), ("dibutuhkan", Id::ID, 2),
    ("pengalaman", Id::ID, 1), ("ijazah", Id::ID, 2), ("hubungi", Id::ID, 1),
    ("gaji", Id::ID, 1), ("segera", Id::ID, 1), ("wib", Id::ID, 3),
    ("rm", Id::MY, 3), ("ringgit", Id::MY, 3), ("jawatan", Id::MY, 3), ("kosong", Id::MY, 2),
    ("sebulan", Id::MY, 1), ("syarikat", Id::MY, 3), ("majikan", Id::MY, 2),
    ("gaji", Id::MY, 1), ("hubungi", Id::MY, 1), ("juta", Id::MY, 1),
    ("php", Id::PH, 3), ("piso", Id::PH, 3), ("pesos", Id::PH, 3), ("sahod", Id::PH, 3),
    ("trabaho", Id::PH, 3), ("walang", Id::PH, 2), ("libre", Id::PH, 2), ("libreng", Id::PH, 3),
    ("mga", Id::PH, 2), ("ang", Id::PH, 2), ("ng", Id::PH, 2), ("po", Id::PH, 1),
    ("naghahanap", Id::PH, 3), ("aplay", Id::PH, 2),
    ("baht", Id::TH, 3), ("thb", Id::TH, 3),
    ("vnd", Id::VN, 3), ("trieu", Id::VN, 2),
    ("riel", Id::KH, 3), ("khr", Id::KH, 3),
    ("kyat", Id::MM, 3), ("mmk", Id::MM, 3), ("lakh", Id::MM, 1),
    ("kip", Id::LA, 3), ("lak", Id::LA, 3),
    ("rmb", Id::CN, 3), ("cny", Id::CN, 3),
    // Country and capital names in English: weak, they may be the destination, not the home.
    ("indonesia", Id::ID, 1), ("jakarta", Id::ID, 1),
    ("philippines", Id::PH, 1), ("manila", Id::PH, 1),
    ("thailand", Id::TH, 1), ("bangkok", Id::TH, 1),
    ("malaysia", Id::MY, 1), ("vietnam", Id::VN, 1), ("hanoi", Id::VN, 1),
    ("cambodia", Id::KH, 1), ("phnom", Id::KH, 1), ("myanmar", Id::MM, 1), ("yangon", Id::MM, 1),
    ("laos", Id::LA, 1), ("vientiane", Id::LA, 1),
];

/// Regions the text points to (script, currency, words), best first, then the fallbacks; and
/// how many of them the text points to.
fn guess_regions(text: &str) -> (Vec<Id>, usize) {
    let mut score: Vec<(Id, u32)> = FALLBACK_REGIONS.iter().map(|&r| (r, 0)).collect();
    let mut add = |r: Id, n: u32| {
        if let Some(e) = score.iter_mut().find(|(id, _)| *id == r) {
            e.1 += n;
        }
    };
    for c in text.chars() {
        match c {
            '฿' => add(Id::TH, 5),
            '₫' => add(Id::VN, 5),
            '៛' => add(Id::KH, 5),
            '₱' => add(Id::PH, 5),
            '\u{0E01}'..='\u{0E4F}' => add(Id::TH, 1),
            '\u{0E81}'..='\u{0ECF}' => add(Id::LA, 1),
            '\u{1780}'..='\u{17DF}' => add(Id::KH, 1),
            '\u{1000}'..='\u{103F}' | '\u{104A}'..='\u{109F}' => add(Id::MM, 1),
            '\u{4E00}'..='\u{9FFF}' => add(Id::CN, 1),
            'ư' | 'ơ' | 'đ' | 'ă' | 'Ư' | 'Ơ' | 'Đ' | 'Ă' | '\u{1EA0}'..='\u{1EF9}' => {
                add(Id::VN, 1)
            }
            _ => {}
        }
    }
    for w in text.split(|c: char| !c.is_ascii_alphanumeric()) {
        let w = w.trim_end_matches(|c: char| c.is_ascii_digit());
        if w.is_empty() || w.len() > 12 {
            continue;
        }
        let lw = w.to_ascii_lowercase();
        for (word, r, n) in REGION_WORDS {
            if *word == lw {
                add(*r, *n);
            }
        }
    }
    // Stable sort keeps the fallback order among ties.
    score.sort_by_key(|e| std::cmp::Reverse(e.1));
    let scored = score.iter().filter(|(_, n)| *n > 0).count();
    (score.into_iter().map(|(r, _)| r).collect(), scored)
}

// ---------------------------------------------------------------------------------------------
// Phone number interpretation

/// The `phonenumber` crate compiles its metadata regexes on use and keeps them in an LRU cache of
/// 100, fewer than the numbering plans of the nine regions tried here need: numbers kept
/// evicting and recompiling each other's patterns. Room for every pattern makes each compile once.
static METADATA_CACHE: LazyLock<()> = LazyLock::new(|| {
    if let Ok(mut cache) = phonenumber::metadata::DATABASE.cache().lock() {
        cache.set_capacity(100_000);
    }
});

/// How the digits were written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `+…` or `00…`.
    International,
    /// A trunk `0`.
    Local,
    /// Neither: only a country code without `+`, or a Chinese mobile.
    Bare,
}

/// A number checked against the metadata: E.164 and ISO country.
struct Number {
    e164: String,
    country: Option<String>,
}

fn number_of(n: &phonenumber::PhoneNumber) -> Number {
    // What `n.format().mode(Mode::E164)` writes, without the national format lookup it does
    // first (regexes of the number's country) and then ignores in E.164 mode.
    Number {
        e164: format!("+{}{}", n.code().value(), n.national()),
        country: n.country().id().map(|id| id.as_ref().to_string()),
    }
}

fn is_mobile(n: &phonenumber::PhoneNumber) -> bool {
    matches!(
        n.number_type(&phonenumber::metadata::DATABASE),
        Type::Mobile | Type::FixedLineOrMobile
    )
}

/// Interprets ASCII `digits` written in `form`; local numbers are tried in the regions of each
/// tier in turn (the text's own regions, then the rest).
fn interpret(digits: &str, form: Form, tiers: &[&[Id]], cn_mobile_ok: bool) -> Option<Number> {
    LazyLock::force(&METADATA_CACHE);
    match form {
        Form::International => {
            let intl = digits.strip_prefix("00").unwrap_or(digits);
            if !(8..=15).contains(&intl.len()) || intl.starts_with('0') {
                return None;
            }
            let n = phonenumber::parse(None, format!("+{intl}")).ok()?;
            n.country().id()?;
            let cc_len = n.code().value().to_string().len();
            let nsn_len = intl.len().saturating_sub(cc_len);
            (phonenumber::is_valid(&n) || (7..=12).contains(&nsn_len)).then(|| number_of(&n))
        }
        Form::Local => {
            if !(9..=13).contains(&digits.len()) {
                return None;
            }
            // Within a tier a mobile reading beats a landline one: lures give personal mobiles.
            for tier in tiers {
                let mut landline = None;
                for &r in *tier {
                    let Ok(n) = phonenumber::parse(Some(r), digits) else {
                        continue;
                    };
                    if phonenumber::is_valid(&n) {
                        if is_mobile(&n) {
                            return Some(number_of(&n));
                        }
                        landline.get_or_insert(n);
                    }
                }
                if let Some(n) = landline {
                    return Some(number_of(&n));
                }
            }
            None
        }
        Form::Bare => {
            if cn_mobile_ok
                && digits.len() == 11
                && digits.starts_with('1')
                && matches!(digits.as_bytes()[1], b'3'..=b'9')
            {
                let n = phonenumber::parse(Some(Id::CN), digits).ok()?;
                return phonenumber::is_valid(&n).then(|| number_of(&n));
            }
            if !(10..=14).contains(&digits.len())
                || !BARE_CC.iter().any(|cc| digits.starts_with(cc))
            {
                return None;
            }
            let n = phonenumber::parse(None, format!("+{digits}")).ok()?;
            let cc = n.code().value().to_string();
            (BARE_CC.contains(&cc.as_str()) && phonenumber::is_valid(&n) && is_mobile(&n))
                .then(|| number_of(&n))
        }
    }
}

/// A run of digits joined by non-space separators ("0812-3456", "15.000.000").
struct Chunk {
    start: usize,
    end: usize,
    digits: String,
    /// Looks like a thousands-grouped amount: no leading 0 and a `.ddd` group.
    amount: bool,
}

/// Splits `text[start..end]` (a `PHONE_RE` match) into chunks at separators containing a space
/// or a bracket; returns whether it began with `+`, and the chunks.
fn chunks(text: &str, start: usize, end: usize) -> (bool, Vec<Chunk>) {
    let s = &text[start..end];
    let plus = s
        .trim_start_matches(['(', '（', ' '])
        .starts_with(['+', '＋']);
    let mut out: Vec<Chunk> = Vec::new();
    let mut cur: Option<Chunk> = None;
    let mut sep = String::new();
    let mut group_len = 0usize;
    let mut after_dot = false;
    for (i, c) in s.char_indices() {
        let pos = start + i;
        if let Some(d) = digit_value(c) {
            let breaks = sep.chars().any(|c| is_space(c) || "()（）".contains(c));
            if breaks || cur.is_none() {
                if let Some(ch) = cur.take() {
                    out.push(ch);
                }
                cur = Some(Chunk {
                    start: pos,
                    end: pos,
                    digits: String::new(),
                    amount: false,
                });
                group_len = 0;
                after_dot = false;
            } else if !sep.is_empty() {
                if after_dot && group_len == 3 {
                    if let Some(ch) = cur.as_mut() {
                        ch.amount = !ch.digits.starts_with('0');
                    }
                }
                after_dot = sep == ".";
                group_len = 0;
            }
            sep.clear();
            let ch = cur.as_mut().expect("chunk");
            ch.digits.push(d);
            ch.end = pos + c.len_utf8();
            group_len += 1;
        } else if cur.is_some() {
            sep.push(c);
        }
    }
    if let Some(mut ch) = cur {
        if after_dot && group_len == 3 {
            ch.amount = !ch.digits.starts_with('0');
        }
        out.push(ch);
    }
    (plus, out)
}

/// True when the character before a number makes it part of a code or amount
/// ("B-123", "KTP/0812", "$0912", "abc0812").
fn bad_left(text: &str, start: usize) -> bool {
    let Some(p) = char_before(text, start) else {
        return false;
    };
    if is_word_ascii(p) || "$€£¥₱฿₫៛₹元@#%".contains(p) {
        return true;
    }
    let pp = char_before(text, start - p.len_utf8());
    match p {
        '-' | '_' => pp.is_some_and(|c| c.is_ascii_alphanumeric()),
        '/' => pp.is_some_and(|c| c.is_ascii_alphabetic()),
        _ => false,
    }
}

/// True when the character after a number makes it part of a code or amount
/// ("03122023-R", "0812345678jt", "50%").
fn bad_right(text: &str, end: usize) -> bool {
    let Some(n) = char_after(text, end) else {
        return false;
    };
    if is_word_ascii(n) || "%@".contains(n) {
        return true;
    }
    n == '-' && char_after(text, end + 1).is_some_and(|c| c.is_ascii_alphanumeric())
}

// ---------------------------------------------------------------------------------------------
// The finder

struct Finder<'t> {
    text: &'t str,
    out: Vec<Contact>,
    claimed: Vec<(usize, usize)>,
    regions: OnceCell<(Vec<Id>, usize)>,
    labels: OnceCell<Vec<(usize, usize, Label)>>,
    /// The text has characters that `(?i)` folds to ASCII: no loose regexes.
    exact_only: bool,
}

impl<'t> Finder<'t> {
    fn is_claimed(&self, start: usize, end: usize) -> bool {
        self.claimed.iter().any(|&(s, e)| start < e && s < end)
    }

    fn push(
        &mut self,
        kind: ContactKind,
        value: String,
        start: usize,
        end: usize,
        country: Option<String>,
    ) {
        self.claimed.push((start, end));
        let free_mail = (kind == ContactKind::Email)
            .then(|| is_free_mail(value.rsplit('@').next().unwrap_or("")));
        self.out.push(Contact {
            kind,
            value,
            span: Span::of(self.text, start, end),
            country,
            free_mail,
        });
    }

    /// Region tiers for local numbers: those the text points to, then the others.
    fn tiers(&self) -> [&[Id]; 2] {
        let (order, scored) = self.regions.get_or_init(|| guess_regions(self.text));
        let (a, b) = order.split_at(*scored);
        [a, b]
    }

    /// Every number label in the text, in order.
    fn labels(&self) -> &[(usize, usize, Label)] {
        self.labels.get_or_init(|| {
            let (re, idx) = &*NUM_LABEL_RE;
            let mut out = Vec::new();
            re.captures_each(self.text, self.exact_only, label_trusted, |c| {
                let m = c.get(0).expect("match");
                out.push((m.start(), m.end(), LABELS[which_label(&c, idx)].1));
            });
            out
        })
    }

    // --- links ---------------------------------------------------------------------------

    fn links(&mut self) {
        let text = self.text;
        let mut found = Vec::new();
        LINK_RE.captures_each(
            text,
            self.exact_only,
            |h, c| starts_agree(h, c.get(0).expect("match").start()),
            |c| found.push(c),
        );
        for caps in found {
            let m = caps.get(0).expect("match");
            let (start, mut end) = (m.start(), trim_url_end(text, m.start(), m.end()));
            if end <= start {
                continue;
            }
            if let Some(num) = caps.name("wanum") {
                let (_, ch) = chunks(text, num.start(), num.end());
                let digits_start = ascii_digits(&text[num.start()..num.end()]);
                let form = if digits_start.starts_with('0') && !digits_start.starts_with("00") {
                    Form::Local
                } else {
                    Form::International
                };
                // Longest run of chunks that makes a number: "wa.me/62812 3456 7890 atau …".
                let found = (0..ch.len()).rev().find_map(|j| {
                    let digits: String = ch[..=j].iter().map(|c| c.digits.as_str()).collect();
                    interpret(&digits, form, &self.tiers(), false).map(|n| (j, n))
                });
                match found {
                    Some((j, n)) => {
                        if j + 1 < ch.len() || caps.name("tail").is_none() {
                            end = ch[j].end;
                        }
                        self.push(ContactKind::WhatsApp, n.e164, start, end, n.country);
                    }
                    None => {
                        let v = link_value(&text[start..end]);
                        self.push(ContactKind::WhatsApp, v, start, end, None);
                    }
                }
                continue;
            }
            let raw = &text[start..end];
            let (kind, value, country) = self.classify_link(raw);
            self.push(kind, value, start, end, country);
        }
    }

    /// Kind, value and country of a link by its host.
    fn classify_link(&self, raw: &str) -> (ContactKind, String, Option<String>) {
        let no_scheme = raw.split_once("://").map_or(raw, |(_, r)| r);
        let no_scheme = no_scheme.trim_start();
        let cut = no_scheme.find(['/', '?', '#']).unwrap_or(no_scheme.len());
        let host = no_scheme[..cut].to_ascii_lowercase();
        let host = strip_host_prefix(&host);
        let rest = no_scheme[cut..].trim_start_matches('/').trim_start();
        let path = rest.split(['?', '#']).next().unwrap_or("");
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let first = segs.first().copied().unwrap_or("");
        let url = || (ContactKind::Url, link_value(raw), None);
        let handle = |s: &str| {
            s.trim_start_matches('@')
                .trim_start_matches('~')
                .to_ascii_lowercase()
        };
        let ok_handle = |s: &str| {
            let h = handle(s);
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        };
        match host.as_str() {
            "wa.me" | "wa.link" => (ContactKind::WhatsApp, link_value(raw), None),
            h if h.ends_with("whatsapp.com") => (ContactKind::WhatsApp, link_value(raw), None),
            "t.me" | "telegram.me" | "telegram.dog" => {
                let name = if first == "s" {
                    segs.get(1).copied().unwrap_or("")
                } else {
                    first
                };
                if let Some(num) = name.strip_prefix('+') {
                    if num.len() >= 8 && num.chars().all(|c| c.is_ascii_digit()) {
                        if let Some(n) = interpret(num, Form::International, &[], false) {
                            return (ContactKind::Telegram, n.e164, n.country);
                        }
                    }
                }
                if name.starts_with('+') || name == "joinchat" || !ok_handle(name) {
                    (ContactKind::Telegram, link_value(raw), None)
                } else {
                    (ContactKind::Telegram, handle(name), None)
                }
            }
            "line.me" | "page.line.me" | "lin.ee" => {
                // line.me/ti/p/~id, line.me/R/ti/p/@id
                let id = segs
                    .iter()
                    .position(|s| *s == "p")
                    .and_then(|i| segs.get(i + 1));
                match id {
                    Some(id) if host == "line.me" && ok_handle(id) => {
                        (ContactKind::Line, handle(id), None)
                    }
                    _ => (ContactKind::Line, link_value(raw), None),
                }
            }
            "facebook.com" | "fb.com" | "fb.me" | "m.me" | "messenger.com" => {
                let v = match first {
                    "" => link_value(raw),
                    "groups" | "pages" | "people" | "t" => match segs.get(1) {
                        Some(s) => format!("{first}/{}", s.to_ascii_lowercase()),
                        None => link_value(raw),
                    },
                    "profile.php" => format!("profile.php{}", &rest[path.len()..]),
                    _ if ok_handle(first) => handle(first),
                    _ => link_value(raw),
                };
                (ContactKind::Facebook, v, None)
            }
            h if h == "tiktok.com" || h.ends_with(".tiktok.com") => {
                if first.starts_with('@') && ok_handle(first) {
                    (ContactKind::TikTok, handle(first), None)
                } else {
                    (ContactKind::TikTok, link_value(raw), None)
                }
            }
            "instagram.com" | "instagr.am" => {
                if ok_handle(first)
                    && !matches!(first, "p" | "reel" | "reels" | "stories" | "explore")
                {
                    (ContactKind::Instagram, handle(first), None)
                } else {
                    (ContactKind::Instagram, link_value(raw), None)
                }
            }
            // A zalo.me/<number> link is the number's Zalo account.
            "zalo.me" => {
                let d = ascii_digits(first);
                if d.len() == first.len() && !d.is_empty() {
                    let form = if d.starts_with('0') {
                        Form::Local
                    } else {
                        Form::International
                    };
                    if let Some(n) = interpret(&d, form, &[&[Id::VN]], false) {
                        return (ContactKind::Zalo, n.e164, n.country);
                    }
                }
                url()
            }
            "qm.qq.com" | "jq.qq.com" | "qun.qq.com" => (ContactKind::Qq, link_value(raw), None),
            "weixin.qq.com" | "u.wechat.com" => (ContactKind::WeChat, link_value(raw), None),
            _ => url(),
        }
    }

    // --- emails --------------------------------------------------------------------------

    fn emails(&mut self) {
        let text = self.text;
        let mut found = Vec::new();
        EMAIL_RE.find_each(text, self.exact_only, |m| found.push(m));
        for m in found {
            if self.is_claimed(m.start(), m.end())
                || char_before(text, m.start()).is_some_and(|c| c == '@')
            {
                continue;
            }
            let v = EMAIL_AT_RE.replace_all(m.as_str(), "@");
            let v = EMAIL_DOT_RE.replace_all(&v, ".").to_lowercase();
            self.push(ContactKind::Email, v, m.start(), m.end(), None);
        }
    }

    // --- phones --------------------------------------------------------------------------

    fn phones(&mut self) {
        let text = self.text;
        // (end, kind) of the previous number, for "WA: 0812… / 0813…" lists.
        let mut prev: Option<(usize, Option<Label>)> = None;
        for m in PHONE_RE.find_iter(text) {
            if self.is_claimed(m.start(), m.end()) {
                continue;
            }
            let (plus, ch) = chunks(text, m.start(), m.end());
            if ch.is_empty() || ch.iter().map(|c| c.digits.len()).sum::<usize>() < 8 {
                continue;
            }
            let mut i = 0;
            while i < ch.len() {
                let mut hit = None;
                let first = i == 0;
                if !(first && bad_left(text, m.start())) {
                    // Longest run of chunks that reads as a number.
                    let mut j = ch.len();
                    while j > i && hit.is_none() {
                        j -= 1;
                        let last = j + 1 == ch.len();
                        if last && bad_right(text, ch[j].end) {
                            continue;
                        }
                        if ch[i..=j].iter().any(|c| c.amount) {
                            continue;
                        }
                        let digits: String = ch[i..=j].iter().map(|c| c.digits.as_str()).collect();
                        if digits.len() > 15 {
                            continue;
                        }
                        let seg_start = if first {
                            number_start(text, m.start(), ch[i].start, ch[j].end)
                        } else {
                            ch[i].start
                        };
                        let label = self.label_for(seg_start, ch[j].end, prev);
                        if matches!(label, Some(Label::Qq | Label::NotPhone)) {
                            continue;
                        }
                        let form = if first && plus || digits.starts_with("00") {
                            Form::International
                        } else if digits.starts_with('0') {
                            Form::Local
                        } else {
                            Form::Bare
                        };
                        let tiers = self.tiers();
                        let cn_ok = label.is_some() || tiers[0].first() == Some(&Id::CN);
                        if let Some(n) = interpret(&digits, form, &tiers, cn_ok) {
                            hit = Some((seg_start, ch[j].end, j, n, label));
                        }
                    }
                }
                match hit {
                    Some((s, e, j, n, label)) => {
                        let kind = label.map_or(ContactKind::Phone, Label::kind);
                        self.push(kind, n.e164, s, e, n.country);
                        prev = Some((e, label));
                        i = j + 1;
                    }
                    None => i += 1,
                }
            }
        }
    }

    /// The label that names the number at `start..end`: a chat app named shortly before it (a
    /// WhatsApp mention wins, as in "Telp/WA:"), else one right after it ("0812… (WA)"), else a
    /// phone word, else the previous number's label when only a list separator lies between.
    fn label_for(
        &self,
        start: usize,
        end: usize,
        prev: Option<(usize, Option<Label>)>,
    ) -> Option<Label> {
        let text = self.text;
        // Window: up to 60 bytes back, not past an earlier contact or the start of the sentence.
        let mut ws = start.saturating_sub(60);
        while !text.is_char_boundary(ws) {
            ws += 1;
        }
        for &(_, e) in &self.claimed {
            if e <= start {
                ws = ws.max(e);
            }
        }
        ws = sentence_start(text, ws, start);
        let labels = self.labels();
        let before: Vec<Label> = labels
            .iter()
            .filter(|(s, e, _)| *s >= ws && *e <= start)
            .map(|l| l.2)
            .collect();
        if let Some(l @ (Label::NotPhone | Label::Qq)) = before.last() {
            return Some(*l);
        }
        if before.contains(&Label::WhatsApp) {
            return Some(Label::WhatsApp);
        }
        if let Some(l) = before.iter().rev().find(|l| l.is_chat()) {
            return Some(*l);
        }
        // Right after: "0812-3456-7890 (WA)".
        let after = text[end..]
            .char_indices()
            .take_while(|(i, c)| *i < 6 && (is_space(*c) || "(（-–:/".contains(*c)))
            .last()
            .map_or(end, |(i, c)| end + i + c.len_utf8());
        if let Some(l) = labels.iter().find(|(s, _, l)| *s == after && l.is_chat()) {
            return Some(l.2);
        }
        if !before.is_empty() {
            return Some(Label::Phone);
        }
        match prev {
            Some((pe, l)) if pe <= start && is_list_gap(&text[pe..start]) => l,
            _ => None,
        }
    }

    // --- labelled handles ----------------------------------------------------------------

    /// Every match of `ID_LABEL_RE`, in order.
    fn id_label_matches(&self) -> Vec<IdMatch> {
        let (re, idx) = &*ID_LABEL_RE;
        let mut out = Vec::new();
        re.captures_each(self.text, self.exact_only, id_label_trusted, |c| {
            let m = c.get(0).expect("match");
            let h = c.name("h").expect("handle");
            let sep = c
                .name("sep")
                .map_or((m.start(), m.start()), |s| (s.start(), s.end()));
            out.push(IdMatch {
                start: m.start(),
                label: which_label(&c, idx),
                sep,
                handle: (h.start(), h.end()),
            });
        });
        out
    }

    /// Handles after a label; `numeric` selects the all-digit ones (QQ numbers, numeric WeChat
    /// IDs), read after the phone pass, or the others, read before it.
    fn labelled_handles(&mut self, ids: &[IdMatch], numeric: bool) {
        let text = self.text;
        for id in ids {
            let h = &text[id.handle.0..id.handle.1];
            let (_, label, _, marked) = LABELS[id.label];
            let handle = h.trim_end_matches(['.', '-']);
            let h_end = id.handle.0 + handle.len();
            let digits = handle.chars().all(|c| c.is_ascii_digit());
            if digits != numeric || self.is_claimed(id.start, h_end) || bad_right(text, id.handle.1)
            {
                continue;
            }
            let sep = &text[id.sep.0..id.sep.1];
            let separated = !sep.trim().is_empty() || marked;
            let ok = match label {
                Label::Qq => digits && (5..=11).contains(&handle.len()),
                // Numbers after these labels were read by the phone pass; what is left is an
                // ID that happens to be numeric (WeChat accepts QQ numbers as IDs).
                Label::WeChat => {
                    separated && handle.len() >= 3 && (!digits || (5..=11).contains(&handle.len()))
                }
                Label::Telegram | Label::Line => {
                    let weak = label == Label::Line
                        && !marked
                        && !sep.contains(['@', '＠'])
                        && !sep.to_lowercase().contains("id");
                    let looks_id = handle.chars().any(|c| !c.is_ascii_alphabetic());
                    separated && !digits && handle.len() >= 3 && (!weak || looks_id)
                }
                Label::Instagram | Label::TikTok | Label::Facebook => {
                    separated && handle.len() >= 2
                }
                _ => false,
            };
            if ok {
                let end = if label == Label::Facebook && !sep.contains(['@', '＠']) {
                    page_name_end(text, h_end)
                } else {
                    h_end
                };
                let value = text[id.handle.0..end].to_lowercase();
                self.push(label.kind(), value, id.start, end, None);
            }
        }
    }

    /// Stand-alone `@handle`s: Telegram unless a social label comes shortly before.
    fn bare_handles(&mut self) {
        let text = self.text;
        for m in HANDLE_RE.find_iter(text) {
            if self.is_claimed(m.start(), m.end()) {
                continue;
            }
            let before_ok = char_before(text, m.start())
                .is_none_or(|c| !(is_word_ascii(c) || ".@/＠-".contains(c)));
            let after = char_after(text, m.end());
            let after_ok = match after {
                None => true,
                Some('.') => {
                    !char_after(text, m.end() + 1).is_some_and(|c| c.is_ascii_alphabetic())
                }
                Some(c) => !(is_word_ascii(c) || "@-".contains(c)),
            };
            if !before_ok || !after_ok {
                continue;
            }
            let mut ws = m.start().saturating_sub(32);
            while !text.is_char_boundary(ws) {
                ws += 1;
            }
            let ws = sentence_start(text, ws, m.start());
            let (re, idx) = &*ID_KW_RE;
            let mut last = None;
            re.captures_each(&text[ws..m.start()], self.exact_only, label_trusted, |c| {
                last = Some(which_label(&c, idx))
            });
            let kind = last
                .map(|i| LABELS[i].1)
                .filter(|l| {
                    matches!(
                        l,
                        Label::Instagram | Label::TikTok | Label::Facebook | Label::Line
                    )
                })
                .map_or(ContactKind::Telegram, Label::kind);
            let handle = text[m.start()..m.end()]
                .trim_start_matches(['@', '＠'])
                .to_ascii_lowercase();
            self.push(kind, handle, m.start(), m.end(), None);
        }
    }

    /// "Inbox FB page kami", "PM our Facebook page": a Facebook channel with no identifier.
    fn facebook_mentions(&mut self) {
        let mut found = Vec::new();
        FB_MENTION_RE.find_each(self.text, self.exact_only, |m| found.push(m));
        for m in found {
            if !self.is_claimed(m.start(), m.end()) {
                self.push(
                    ContactKind::Facebook,
                    String::new(),
                    m.start(),
                    m.end(),
                    None,
                );
            }
        }
    }
}

static ID_KW_RE: LazyLock<(Dual, Vec<usize>)> = LazyLock::new(|| label_regex(Use::Id, ""));

static NAME_WORD_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ [A-Z0-9][A-Za-z0-9_'&]*").expect("name word regex"));

/// End of a Facebook page name that continues in Title Case after its first word
/// ("Facebook: Loker Kamboja Resmi"), up to five words, stopping at a label ("… WA 0812").
fn page_name_end(text: &str, mut end: usize) -> usize {
    for _ in 0..4 {
        let Some(w) = NAME_WORD_RE.find(&text[end..]) else {
            break;
        };
        let word = &w.as_str()[1..];
        let is_label = NUM_LABEL_RE
            .0
            .exact
            .find(word)
            .is_some_and(|m| m.len() == word.len());
        if is_label || bad_right(text, end + w.end()) && !text[end + w.end()..].starts_with(' ') {
            break;
        }
        end += w.end();
    }
    end
}

/// `host` without a `www.`/`m.`/`web.`-style prefix, unless that would leave no dot (`m.me`).
fn strip_host_prefix(host: &str) -> String {
    let mut h = host;
    for p in ["www.", "mobile.", "mbasic.", "web.", "m."] {
        if let Some(rest) = h.strip_prefix(p) {
            if rest.contains('.') {
                h = rest;
            }
        }
    }
    h.to_string()
}

/// Where a number that the regex started at `start` begins: an opening bracket stays only when
/// it closes inside the number ("(021) 555…") or holds the `+` ("(+855) 12…").
fn number_start(text: &str, start: usize, first_digit: usize, end: usize) -> usize {
    let inner = &text[start..first_digit];
    if inner.contains(['(', '（'])
        && !inner.contains(['+', '＋'])
        && !text[first_digit..end].contains([')', '）'])
    {
        first_digit
    } else {
        start
    }
}

/// Abbreviations whose full stop does not end a sentence ("No. HP", "Telp. 0812", "PT. Maju").
const ABBREVIATIONS: &[&str] = &[
    "no", "nr", "tel", "telp", "tlp", "hp", "ph", "mob", "jl", "dr", "mr", "mrs", "ms", "st", "pt",
    "cv", "co", "ltd", "inc", "sdn", "bhd", "bpk", "ibu", "etc", "vs", "eg", "ie",
];

/// Moves `ws` past the last line or sentence end before `start`, so that a label in an earlier
/// sentence ("… via WA. Kantor: 021…") does not name this number.
fn sentence_start(text: &str, ws: usize, start: usize) -> usize {
    let win = &text[ws..start];
    let mut cut = ws;
    let mut word = String::new();
    let mut iter = win.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let ends = match c {
            '\n' | '!' | '?' | '。' | '！' | '？' | '။' | '។' => true,
            '.' => {
                word.chars().count() >= 2
                    && !ABBREVIATIONS.contains(&word.as_str())
                    && iter.peek().is_some_and(|(_, n)| n.is_whitespace())
            }
            _ => false,
        };
        if ends {
            cut = ws + i + c.len_utf8();
        }
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
        } else {
            word.clear();
        }
    }
    cut
}

/// True when `gap` only joins two items of a list ("/", ",", "or", "atau", "หรือ", "或").
fn is_list_gap(gap: &str) -> bool {
    let words: String = gap
        .chars()
        .map(|c| {
            if c.is_whitespace() || "/,;|、，&+:：".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    words.split_whitespace().all(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "or" | "atau"
                | "hoặc"
                | "หรือ"
                | "或"
                | "或者"
                | "o"
                | "and"
                | "dan"
                | "và"
                | "ឬ"
                | "သို့မဟုတ်"
        )
    }) && gap.chars().count() <= 12
}

/// Index just past the last character of a URL that belongs to it (drops trailing punctuation).
fn trim_url_end(text: &str, start: usize, end: usize) -> usize {
    let s = &text[start..end];
    let mut t = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', ']', '}', '>', '*']);
    while t.ends_with(')') && t.matches('(').count() < t.matches(')').count() {
        t = t[..t.len() - 1].trim_end_matches(['.', ',', ';', ':', '!', '?']);
    }
    start + t.len()
}

/// A link as written, with scheme and host in lower case and no space after the first slash.
fn link_value(raw: &str) -> String {
    let (scheme, rest) = match raw.split_once("://") {
        Some((s, r)) => (format!("{}://", s.to_ascii_lowercase()), r),
        None => (String::new(), raw),
    };
    let cut = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, tail) = rest.split_at(cut);
    let tail = match tail.strip_prefix('/') {
        Some(t) => format!("/{}", t.trim_start()),
        None => tail.to_string(),
    };
    format!("{scheme}{}{tail}", host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, value, country) of every contact.
    fn kv(text: &str) -> Vec<(ContactKind, String, Option<String>)> {
        find_contacts(text)
            .into_iter()
            .map(|c| (c.kind, c.value, c.country))
            .collect()
    }

    fn one(
        kind: ContactKind,
        value: &str,
        country: Option<&str>,
    ) -> (ContactKind, String, Option<String>) {
        (kind, value.to_string(), country.map(str::to_string))
    }

    use ContactKind::*;

    fn spans_ok(text: &str) {
        for c in find_contacts(text) {
            assert_eq!(&text[c.span.start..c.span.end], c.span.text, "{c:?}");
        }
    }

    #[test]
    fn international_numbers_of_the_region() {
        let cases = [
            ("Call +855 12 345 678 now", "+85512345678", "KH"),
            ("Contact: +95 9 123 456 789", "+959123456789", "MM"),
            ("Tel +856 20 5555 1234", "+8562055551234", "LA"),
            ("โทร +66 81 234 5678", "+66812345678", "TH"),
            ("Hubungi +60 12-345 6789", "+60123456789", "MY"),
            ("Info: +62 812-3456-7890", "+6281234567890", "ID"),
            ("Text +63 917 123 4567 po", "+639171234567", "PH"),
            ("Liên hệ +84 912 345 678", "+84912345678", "VN"),
            ("电话 +86 138 0013 8000", "+8613800138000", "CN"),
            ("(+855) 97 123 4567", "+855971234567", "KH"),
            ("call 00855 12 345 678", "+85512345678", "KH"),
        ];
        for (text, e164, cc) in cases {
            assert_eq!(kv(text), vec![one(Phone, e164, Some(cc))], "{text}");
            spans_ok(text);
        }
    }

    #[test]
    fn span_covers_the_number_only() {
        let text = "Gaji besar. Telp: +62 812-3456-7890, segera!";
        let c = &find_contacts(text)[0];
        assert_eq!(c.span.text, "+62 812-3456-7890");
    }

    #[test]
    fn local_numbers_take_the_region_of_the_text() {
        let cases = [
            (
                "Lowongan admin, gaji Rp 8 juta. Hubungi 0812-3456-7890",
                "+6281234567890",
                "ID",
            ),
            (
                "Naghahanap kami ng CSR. Tawagan 0917 123 4567 po",
                "+639171234567",
                "PH",
            ),
            (
                "รับสมัครพนักงาน เงินเดือน 30,000 บาท โทร 081-234-5678",
                "+66812345678",
                "TH",
            ),
            (
                "Jawatan kosong, gaji RM3,500 sebulan. Tel 012-345 6789",
                "+60123456789",
                "MY",
            ),
            (
                "Tuyển nhân viên, lương 20 triệu. Gọi 0912 345 678",
                "+84912345678",
                "VN",
            ),
            ("ជ្រើសរើសបុគ្គលិក ទូរស័ព្ទ 012 345 678", "+85512345678", "KH"),
            (
                "招聘客服，月薪8000元，手机 13800138000",
                "+8613800138000",
                "CN",
            ),
        ];
        for (text, e164, cc) in cases {
            assert_eq!(kv(text), vec![one(Phone, e164, Some(cc))], "{text}");
            spans_ok(text);
        }
    }

    #[test]
    fn digits_of_other_scripts_and_full_width() {
        assert_eq!(
            kv("ติดต่อ โทร ๐๘๑-๒๓๔-๕๖๗๘ ค่ะ"),
            vec![one(Phone, "+66812345678", Some("TH"))]
        );
        assert_eq!(
            kv("ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨"),
            vec![one(Phone, "+85512345678", Some("KH"))]
        );
        assert_eq!(
            kv("အလုပ်ခေါ်နေသည် ဖုန်း ၀၉ ၇၈၁ ၂၃၄ ၅၆၇"),
            vec![one(Phone, "+959781234567", Some("MM"))]
        );
        assert_eq!(
            kv("联系电话：＋８５５ １２ ３４５ ６７８"),
            vec![one(Phone, "+85512345678", Some("KH"))]
        );
        spans_ok("联系电话：＋８５５ １２ ３４５ ６７８");
    }

    #[test]
    fn bare_country_code_numbers() {
        assert_eq!(
            kv("Minat? WA 6281234567890"),
            vec![one(WhatsApp, "+6281234567890", Some("ID"))]
        );
        assert_eq!(
            kv("Whatsapp 60123456789 for details"),
            vec![one(WhatsApp, "+60123456789", Some("MY"))]
        );
    }

    #[test]
    fn not_numbers_salaries_years_dates_licences_ids_prices() {
        let texts = [
            "Gaji Rp 15.000.000 - 20.000.000 per bulan",
            "Gaji 15.000.000/bulan, tahun 2024",
            "Berangkat 12-05-2024, kontrak 2 tahun",
            "Tanggal 01.02.2025 sampai 31.12.2025",
            "P3MI resmi, SIP2MI: B-123/2024, izin KEP.456/2023",
            "DMW License No. DMW-123-LB-03122023-R",
            "NIK 3201234567890001",
            "No. KTP 6201234567890123",
            "Lương 15.000.000 VNĐ, thưởng 2.000.000",
            "Harga Rp 1.250.000, diskon 50%",
            "Salary $1,200 - $1,500 monthly, age 18-35",
            "เงินเดือน 25,000 - 50,000 บาท",
            "月薪 8000-15000 元，2025年3月",
            "Working hours 08.00 - 17.00, Monday to Friday",
            "Bonus +1.000.000 per target",
        ];
        for t in texts {
            assert_eq!(kv(t), vec![], "{t}");
        }
    }

    #[test]
    fn number_next_to_salary_is_still_found() {
        assert_eq!(
            kv("Gaji Rp 15.000.000 081234567890"),
            vec![one(Phone, "+6281234567890", Some("ID"))]
        );
    }

    #[test]
    fn whatsapp_links() {
        assert_eq!(
            kv("Daftar: https://wa.me/6281234567890?text=Halo"),
            vec![one(WhatsApp, "+6281234567890", Some("ID"))]
        );
        assert_eq!(
            kv("klik wa.me/ 62812-3456-7890 ya"),
            vec![one(WhatsApp, "+6281234567890", Some("ID"))]
        );
        assert_eq!(
            kv("https://api.whatsapp.com/send?phone=855123456789&text=hi"),
            vec![one(WhatsApp, "+855123456789", Some("KH"))]
        );
        assert_eq!(
            kv("Join group: https://chat.whatsapp.com/AbCdEf123456"),
            vec![one(
                WhatsApp,
                "https://chat.whatsapp.com/AbCdEf123456",
                None
            )]
        );
        let text = "Chat: wa.me/6281234567890.";
        let c = &find_contacts(text)[0];
        assert_eq!(c.span.text, "wa.me/6281234567890");
    }

    #[test]
    fn numbers_introduced_as_whatsapp() {
        let cases = [
            ("WA: 0812-3456-7890", "+6281234567890", "ID"),
            (
                "Lowongan kerja, hubungi WA 0812 3456 7890",
                "+6281234567890",
                "ID",
            ),
            ("HP/WA: 081234567890 (Bu Sari)", "+6281234567890", "ID"),
            ("Telp/WA 0812.3456.7890", "+6281234567890", "ID"),
            ("Whatsapp: +855 97 123 4567", "+855971234567", "KH"),
            ("للتواصل واتساب +855 12 345 678", "+85512345678", "KH"),
            ("สนใจติดต่อ วอทส์แอป +66 81 234 5678", "+66812345678", "TH"),
            (
                "Interested? Message 0917 123 4567 (WhatsApp) po",
                "+639171234567",
                "PH",
            ),
        ];
        for (text, e164, cc) in cases {
            assert_eq!(kv(text), vec![one(WhatsApp, e164, Some(cc))], "{text}");
        }
    }

    #[test]
    fn whatsapp_list_and_label_scope() {
        assert_eq!(
            kv("Gaji Rp 10 juta. WA: 0812-1111-2222 / 0813-3333-4444"),
            vec![
                one(WhatsApp, "+6281211112222", Some("ID")),
                one(WhatsApp, "+6281333334444", Some("ID")),
            ]
        );
        // The WA label belongs to its own sentence, not to the office number after it.
        assert_eq!(
            kv("Kirim CV lewat WA 0812-1111-2222. Kantor pusat telp 021-5551234"),
            vec![
                one(WhatsApp, "+6281211112222", Some("ID")),
                one(Phone, "+62215551234", Some("ID")),
            ]
        );
        assert_eq!(
            kv("WA: 0812-1111-2222, Telp kantor: 021-5551234"),
            vec![
                one(WhatsApp, "+6281211112222", Some("ID")),
                one(Phone, "+62215551234", Some("ID")),
            ]
        );
    }

    #[test]
    fn wa_inside_words_is_not_a_label() {
        // "Jawa" contains "wa" but is no label.
        assert_eq!(
            kv("Lokasi Jawa Timur, telp 0812-3456-7890"),
            vec![one(Phone, "+6281234567890", Some("ID"))]
        );
    }

    #[test]
    fn telegram_links_and_handles() {
        assert_eq!(
            kv("Apply: https://t.me/HR_Kamboja88"),
            vec![one(Telegram, "hr_kamboja88", None)]
        );
        assert_eq!(
            kv("telegram.me/JobAsia"),
            vec![one(Telegram, "jobasia", None)]
        );
        assert_eq!(
            kv("t.me/ Recruit_KH"),
            vec![one(Telegram, "recruit_kh", None)]
        );
        assert_eq!(
            kv("channel t.me/+AbCdEfGh123"),
            vec![one(Telegram, "t.me/+AbCdEfGh123", None)]
        );
        assert_eq!(
            kv("Telegram: @Admin_KH88"),
            vec![one(Telegram, "admin_kh88", None)]
        );
        assert_eq!(
            kv("TG @hrcambodia"),
            vec![one(Telegram, "hrcambodia", None)]
        );
        assert_eq!(
            kv("有意者请联系飞机：@zhaopin888"),
            vec![one(Telegram, "zhaopin888", None)]
        );
        assert_eq!(
            kv("纸飞机 @kk_park_hr"),
            vec![one(Telegram, "kk_park_hr", None)]
        );
        assert_eq!(
            kv("สนใจทัก เทเลแกรม: @thaijob2024"),
            vec![one(Telegram, "thaijob2024", None)]
        );
        assert_eq!(
            kv("ទាក់ទង តេឡេក្រាម @khjob_hr"),
            vec![one(Telegram, "khjob_hr", None)]
        );
        assert_eq!(
            kv("DM @jobs_abroad for details"),
            vec![one(Telegram, "jobs_abroad", None)]
        );
        assert_eq!(
            kv("Telegram: +855 12 345 678"),
            vec![one(Telegram, "+85512345678", Some("KH"))]
        );
        // "hubungi telegram kami" names no handle.
        assert_eq!(kv("Silakan hubungi telegram kami"), vec![]);
    }

    #[test]
    fn email_is_not_a_handle() {
        assert_eq!(
            kv("Kirim CV ke HRD.Kamboja@Gmail.com"),
            vec![(Email, "hrd.kamboja@gmail.com".into(), None)]
        );
        let c = &find_contacts("Email: recruit@acme-corp.co.id")[0];
        assert_eq!((c.kind, c.free_mail), (Email, Some(false)));
        let c = &find_contacts("Email: loker88@yahoo.co.id")[0];
        assert_eq!(c.free_mail, Some(true));
        let c = &find_contacts("邮箱：12345678@qq.com")[0];
        assert_eq!(
            (c.kind, c.value.as_str(), c.free_mail),
            (Email, "12345678@qq.com", Some(true))
        );
        assert_eq!(
            kv("cv to jobs [at] gmail [dot] com"),
            vec![(Email, "jobs@gmail.com".into(), None)]
        );
        // "@gmail" after a space is not a handle.
        assert_eq!(kv("ketik nama @gmail.com"), vec![]);
    }

    #[test]
    fn line_ids() {
        assert_eq!(kv("Line ID: jobth88"), vec![one(Line, "jobth88", None)]);
        assert_eq!(kv("สนใจติดต่อ ไลน์: hr.bkk"), vec![one(Line, "hr.bkk", None)]);
        assert_eq!(kv("ID Line @lokerthai"), vec![one(Line, "lokerthai", None)]);
        assert_eq!(kv("ไอดีไลน์ job2025"), vec![one(Line, "job2025", None)]);
        assert_eq!(
            kv("https://line.me/ti/p/~HR_Thai"),
            vec![one(Line, "hr_thai", None)]
        );
        assert_eq!(
            kv("line.me/R/ti/p/@abc1234"),
            vec![one(Line, "abc1234", None)]
        );
        assert_eq!(
            kv("ไลน์ 081-234-5678 ค่ะ"),
            vec![one(Line, "+66812345678", Some("TH"))]
        );
        // English "line" is not LINE.
        assert_eq!(kv("Reporting line: Operations Manager"), vec![]);
        assert_eq!(
            kv("Production line workers needed, online deadline"),
            vec![]
        );
    }

    #[test]
    fn wechat_and_qq() {
        assert_eq!(
            kv("微信：abc_123456"),
            vec![one(WeChat, "abc_123456", None)]
        );
        assert_eq!(kv("加微信号 kh888job"), vec![one(WeChat, "kh888job", None)]);
        assert_eq!(
            kv("WeChat ID: HRasia2025"),
            vec![one(WeChat, "hrasia2025", None)]
        );
        assert_eq!(
            kv("有意者加V信：zp_kh66"),
            vec![one(WeChat, "zp_kh66", None)]
        );
        assert_eq!(kv("vx: job8888"), vec![one(WeChat, "job8888", None)]);
        assert_eq!(
            kv("微信：13800138000"),
            vec![one(WeChat, "+8613800138000", Some("CN"))]
        );
        assert_eq!(kv("QQ: 12345678"), vec![one(Qq, "12345678", None)]);
        assert_eq!(
            kv("QQ群：987654321，包吃包住"),
            vec![one(Qq, "987654321", None)]
        );
        assert_eq!(kv("QQ 6281234567"), vec![one(Qq, "6281234567", None)]);
    }

    #[test]
    fn social_profiles() {
        assert_eq!(
            kv("Follow https://www.facebook.com/LokerKamboja.ID"),
            vec![one(Facebook, "lokerkamboja.id", None)]
        );
        assert_eq!(
            kv("fb.com/jobs.abroad"),
            vec![one(Facebook, "jobs.abroad", None)]
        );
        assert_eq!(
            kv("chat us m.me/HRAsia"),
            vec![one(Facebook, "hrasia", None)]
        );
        assert_eq!(
            kv("https://facebook.com/groups/123456789/"),
            vec![one(Facebook, "groups/123456789", None)]
        );
        assert_eq!(
            kv("Inbox FB page kami untuk info"),
            vec![one(Facebook, "", None)]
        );
        assert_eq!(
            kv("tiktok.com/@loker.luarnegeri"),
            vec![one(TikTok, "loker.luarnegeri", None)]
        );
        assert_eq!(
            kv("https://www.instagram.com/hr_asia/"),
            vec![one(Instagram, "hr_asia", None)]
        );
        assert_eq!(
            kv("IG: lokerkamboja"),
            vec![one(Instagram, "lokerkamboja", None)]
        );
        assert_eq!(
            kv("Follow IG kami @lokerjkt"),
            vec![one(Instagram, "lokerjkt", None)]
        );
    }

    #[test]
    fn zalo_and_viber_numbers() {
        assert_eq!(
            kv("Liên hệ Zalo: 0912 345 678 để biết thêm"),
            vec![one(Zalo, "+84912345678", Some("VN"))]
        );
        assert_eq!(
            kv("zalo.me/0912345678"),
            vec![one(Zalo, "+84912345678", Some("VN"))]
        );
        assert_eq!(
            kv("Viber - 09 781 234 567 ဆက်သွယ်ပါ"),
            vec![one(Viber, "+959781234567", Some("MM"))]
        );
    }

    #[test]
    fn plain_urls() {
        assert_eq!(
            kv("Apply at https://careers.Example.com/jobs/123, thanks."),
            vec![one(Url, "https://careers.example.com/jobs/123", None)]
        );
        assert_eq!(
            kv("www.bp2mi.go.id"),
            vec![one(Url, "www.bp2mi.go.id", None)]
        );
        // A number inside a URL is not a phone.
        assert_eq!(
            kv("https://jobs.example.com/view/081234567890"),
            vec![one(Url, "https://jobs.example.com/view/081234567890", None)]
        );
    }

    #[test]
    fn full_lures_in_each_language() {
        // id
        let id =
            "DIBUTUHKAN ADMIN ONLINE KAMBOJA 🇰🇭 Gaji 15.000.000/bulan, tanpa pengalaman, tiket \
                  pesawat ditanggung. Minat hubungi WA 0812-3456-7890 atau t.me/hrd_kh";
        assert_eq!(
            kv(id),
            vec![
                one(WhatsApp, "+6281234567890", Some("ID")),
                one(Telegram, "hrd_kh", None)
            ]
        );
        // en
        let en = "Customer service, Sihanoukville, USD 1,200/month, free visa and flight. \
                  Telegram @cs_recruit01 or WhatsApp +855 97 123 4567";
        assert_eq!(
            kv(en),
            vec![
                one(Telegram, "cs_recruit01", None),
                one(WhatsApp, "+855971234567", Some("KH"))
            ]
        );
        // th
        let th = "รับสมัครแอดมิน ทำงานที่กัมพูชา เงินเดือน 35,000 บาท ไม่ต้องมีประสบการณ์ \
                  สนใจแอดไลน์ ID: @admin_kh99 หรือโทร 089-123-4567";
        assert_eq!(
            kv(th),
            vec![
                one(Line, "admin_kh99", None),
                one(Phone, "+66891234567", Some("TH"))
            ]
        );
        // tl
        let tl = "Hiring! Typist sa Cambodia, sahod ₱60,000, libre pamasahe at tirahan. \
                  Walang experience. PM lang sa 0917-123-4567 o FB page namin";
        assert_eq!(
            kv(tl),
            vec![
                one(Phone, "+639171234567", Some("PH")),
                one(Facebook, "", None)
            ]
        );
        // vi
        let vi = "Tuyển nhân viên CSKH tại Campuchia, lương 25 triệu, bao ăn ở, bao vé máy bay. \
                  Liên hệ Zalo 0987 654 321 hoặc Telegram: @tuyendung_vn";
        assert_eq!(
            kv(vi),
            vec![
                one(Zalo, "+84987654321", Some("VN")),
                one(Telegram, "tuyendung_vn", None)
            ]
        );
        // zh
        let zh = "高薪招聘客服，月薪1500美金，包吃包住，机票报销。微信：kh_zp888 纸飞机：@kk888hr";
        assert_eq!(
            kv(zh),
            vec![
                one(WeChat, "kh_zp888", None),
                one(Telegram, "kk888hr", None)
            ]
        );
        // ms
        let ms = "Jawatan kosong admin di Kemboja, gaji RM5,000 sebulan. Tiket ditanggung. \
                  Whatsapp 011-2345 6789";
        assert_eq!(kv(ms), vec![one(WhatsApp, "+601123456789", Some("MY"))]);
        // my
        let my = "ထိုင်းနိုင်ငံတွင် အလုပ်ခေါ်နေသည်။ လစာ ဘတ် ၃၀၀၀၀။ Viber ၀၉ ၇၈၁ ၂၃၄ ၅၆၇";
        assert_eq!(kv(my), vec![one(Viber, "+959781234567", Some("MM"))]);
        // km
        let km = "ជ្រើសរើសបុគ្គលិកផ្នែកទីផ្សារអនឡាញ ប្រាក់ខែ ៨០០ ដុល្លារ។ តេឡេក្រាម: @kh_jobs2025 \
                  ទូរស័ព្ទ ០៩៧ ១២៣ ៤៥៦៧";
        assert_eq!(
            kv(km),
            vec![
                one(Telegram, "kh_jobs2025", None),
                one(Phone, "+855971234567", Some("KH"))
            ]
        );
        for t in [id, en, th, tl, vi, zh, ms, my, km] {
            spans_ok(t);
        }
    }

    #[test]
    fn legit_ad_with_office_contacts() {
        let text = "PT Maju Jaya (P3MI, SIP2MI No. B-456/2023) membuka lowongan perawat ke Jepang. \
                    Kirim lamaran ke rekrutmen@majujaya.co.id atau kunjungi https://majujaya.co.id/karir. \
                    Kantor: (021) 5551234";
        let got = find_contacts(text);
        let kinds: Vec<_> = got.iter().map(|c| (c.kind, c.value.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (Email, "rekrutmen@majujaya.co.id"),
                (Url, "https://majujaya.co.id/karir"),
                (Phone, "+62215551234")
            ]
        );
        assert_eq!(got[0].free_mail, Some(false));
        assert!(got.iter().all(|c| !c.kind.is_messaging()));
    }

    #[test]
    fn no_duplicates() {
        let text = "WA 0812-3456-7890. WA 0812-3456-7890";
        let got = find_contacts(text);
        assert_eq!(got.len(), 2);
        assert_ne!(got[0].span, got[1].span);
        let mut keys: Vec<_> = got
            .iter()
            .map(|c| (c.kind, c.value.clone(), c.span.start))
            .collect();
        keys.dedup();
        assert_eq!(keys.len(), 2);
    }

    #[test]
    fn helpers() {
        assert!(is_free_mail("gmail.com"));
        assert!(is_free_mail("Hotmail.co.th"));
        assert!(is_free_mail("163.com"));
        assert!(!is_free_mail("bp2mi.go.id"));
        assert!(!is_free_mail("live-events.com"));
        assert!(risky_country("kh") && risky_country("MM") && risky_country("LA"));
        assert!(!risky_country("TH") && !risky_country("ID"));
    }

    #[test]
    fn account_and_id_numbers_are_not_phones() {
        assert_eq!(kv("Nomor rekening BCA 0123456789 a.n. PT Maju"), vec![]);
        assert_eq!(kv("No. Rek: 0812345678901"), vec![]);
        assert_eq!(kv("Số tài khoản 0912345678 Vietcombank"), vec![]);
        assert_eq!(kv("CCCD: 001234567890, cấp ngày 01/01/2021"), vec![]);
        assert_eq!(kv("SSS No. 0912345678"), vec![]);
        // Vietnamese "thông tin" (information) is no ID label.
        assert_eq!(
            kv("Xem thêm thông tin: 0912 345 678 (anh Tuấn)"),
            vec![one(Phone, "+84912345678", Some("VN"))]
        );
        // The account label does not reach past the WhatsApp one.
        assert_eq!(
            kv("Kirim KTP ke WA 0812-3456-7890"),
            vec![one(WhatsApp, "+6281234567890", Some("ID"))]
        );
    }

    #[test]
    fn more_number_shapes() {
        assert_eq!(
            kv("+62 0812 3456 7890"),
            vec![one(Phone, "+6281234567890", Some("ID"))]
        );
        assert_eq!(
            kv("Hubungi 0812 3456 7890 0813 1111 2222"),
            vec![
                one(Phone, "+6281234567890", Some("ID")),
                one(Phone, "+6281311112222", Some("ID"))
            ]
        );
        assert_eq!(
            kv("Telp 0812 3456 7890 (WA/Telegram)"),
            vec![one(WhatsApp, "+6281234567890", Some("ID"))]
        );
        // An English ad: the capital it names decides between Thai and Indonesian readings.
        assert_eq!(
            kv("Call 081 234 5678 for the job in Bangkok"),
            vec![one(Phone, "+66812345678", Some("TH"))]
        );
        assert_eq!(
            kv("Info via WA. Kantor pusat telp 021-5551234"),
            vec![one(Phone, "+62215551234", Some("ID"))]
        );
        let c = &find_contacts("Kantor: (021) 5551234")[0];
        assert_eq!(c.span.text, "(021) 5551234");
    }

    #[test]
    fn facebook_page_names() {
        assert_eq!(
            kv("Facebook: Loker Kamboja Resmi WA 0812-3456-7890"),
            vec![
                one(Facebook, "loker kamboja resmi", None),
                one(WhatsApp, "+6281234567890", Some("ID"))
            ]
        );
        assert_eq!(
            kv("FB: lokerkamboja88 atau WA 0812-3456-7890"),
            vec![
                one(Facebook, "lokerkamboja88", None),
                one(WhatsApp, "+6281234567890", Some("ID"))
            ]
        );
    }

    #[test]
    fn spans_hold_on_spliced_mixed_script_text() {
        // Deterministic splices of real fragments: no panic, every span exact.
        let parts = [
            "WA: ០៩៧ ១២៣ ៤៥៦៧",
            "โทร ๐๘๑-๒๓๔-๕๖๗๘",
            "微信：abc_123",
            "＋８５５ １２ ３４５ ６７８",
            "t.me/ hr_kh",
            "x@gmail.com",
            "@handle_ok",
            "Rp 15.000.000",
            "ID Line @abc",
            "ဖုန်း ၀၉ ၇၈၁ ၂၃၄ ၅၆၇",
            "(+855) 12",
            "wa.me/62812",
        ];
        let mut seed: u64 = 42;
        let mut found = 0;
        for _ in 0..300 {
            let mut t = String::new();
            for _ in 0..4 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let p = parts[(seed >> 33) as usize % parts.len()];
                let cut = p
                    .char_indices()
                    .map(|(i, _)| i)
                    .nth((seed >> 20) as usize % p.chars().count())
                    .unwrap_or(0);
                t.push_str(if seed & 4 == 0 { p } else { &p[cut..] });
                t.push(if seed & 8 == 0 { ' ' } else { '\n' });
            }
            spans_ok(&t);
            found += find_contacts(&t).len();
        }
        assert!(found > 300, "{found}");
    }

    #[test]
    fn empty_and_plain_text() {
        assert!(find_contacts("").is_empty());
        assert!(find_contacts("Tidak ada kontak di sini. ไม่มี 联系 ឬ").is_empty());
    }
}
