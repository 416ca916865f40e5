//! Language identification for the nine languages.
//!
//! Script first: Thai, Khmer, Burmese and Han characters identify their language outright (Han
//! weighted as one word per character, kana or hangul meaning Japanese or Korean, i.e. `Other`).
//! Latin-script text is split by Vietnamese diacritics, then by a vote of marker words and
//! whatlang's guess: whatlang 0.18 knows English, Indonesian, Tagalog and Vietnamese but not
//! Malay, so Malay is told from Indonesian by words the two spell or choose differently.
use crate::ad::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;
use whatlang::Lang as Wl;

/// Weight of one Han character against one letter of an alphabet: a Han character carries about
/// a word, a Latin word averages five letters; 3 keeps mixed Chinese-English posts Chinese when
/// the Chinese part is the body.
const HAN_WEIGHT: usize = 3;

/// Words (lower case) that mark English in a Latin-script post.
const EN_WORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "is",
    "are",
    "for",
    "with",
    "you",
    "your",
    "we",
    "our",
    "will",
    "be",
    "this",
    "that",
    "in",
    "on",
    "at",
    "from",
    "have",
    "has",
    "an",
    "or",
    "per",
    "month",
    "salary",
    "experience",
    "required",
    "apply",
    "job",
    "work",
    "company",
    "please",
    "must",
    "by",
    "can",
    "not",
    "all",
    "as",
    "if",
    "it",
    "us",
    "who",
    "which",
    "more",
    "than",
    "any",
    "free",
    "hiring",
    "needed",
    "provided",
    "interested",
];

/// Words that mark Tagalog / Taglish.
const TL_WORDS: &[&str] = &[
    "ang",
    "ng",
    "mga",
    "sa",
    "na",
    "po",
    "ay",
    "kung",
    "lang",
    "naman",
    "para",
    "walang",
    "hindi",
    "kayo",
    "namin",
    "natin",
    "yung",
    "ito",
    "ka",
    "ko",
    "mo",
    "niyo",
    "nyo",
    "ba",
    "din",
    "rin",
    "pa",
    "kahit",
    "trabaho",
    "sahod",
    "pwede",
    "puwede",
    "libre",
    "libreng",
    "tirahan",
    "pamasahe",
    "araw",
    "buwan",
    "bayad",
    "kailangan",
    "opisina",
    "agad",
    "lamang",
    "ninyo",
    "tayo",
    "siya",
    "nila",
    "sila",
    "dito",
    "doon",
    "yun",
    "lahat",
    "wala",
    "meron",
    "mayroon",
    "pag",
    "okay",
    "ingat",
    "alis",
    "magtrabaho",
    "mag-apply",
    "kumpanya",
];

/// Words that Indonesian and Malay share: they mark the pair against English and Tagalog.
const IDMS_WORDS: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "tidak",
    "kerja",
    "gaji",
    "tanpa",
    "pengalaman",
    "juga",
    "ini",
    "itu",
    "akan",
    "ada",
    "kami",
    "anda",
    "hubungi",
    "segera",
    "bulan",
    "berminat",
    "pekerjaan",
    "bekerja",
    "sudah",
    "belum",
    "dalam",
    "atau",
    "jam",
    "hari",
    "tahun",
    "minggu",
    "juta",
    "wajib",
    "tiket",
    "makan",
    "ijazah",
    "usia",
    "umur",
    "tdk",
    "yg",
    "dgn",
    "utk",
    "sebagai",
    "lebih",
    "setiap",
    "pada",
    "oleh",
    "telah",
    "boleh",
    "bisa",
];

/// Words Indonesian uses where Malay says something else (bisa/boleh, gratis/percuma, ...).
const ID_WORDS: &[&str] = &[
    "bisa",
    "silakan",
    "silahkan",
    "gratis",
    "perusahaan",
    "lowongan",
    "loker",
    "dibutuhkan",
    "saja",
    "karena",
    "kantor",
    "uang",
    "rp",
    "mau",
    "gak",
    "nggak",
    "ga",
    "aja",
    "dong",
    "kak",
    "banget",
    "lamaran",
    "karyawan",
    "penempatan",
    "mess",
    "wni",
    "paspor",
    "sma",
    "smk",
    "pria",
    "wanita",
    "transportasi",
    "lulusan",
    "posisi",
    "informasi",
    "kualifikasi",
    "wawancara",
    "tunjangan",
    "kendaraan",
    "setelah",
    "berangkat",
    "keberangkatan",
    "gimana",
    "sampai",
    "indonesia",
    "jakarta",
    "minimal",
    "pengalamn",
    "dicari",
    "daftar",
    "segera",
    "ditanggung",
];

/// Words Malay uses where Indonesian says something else.
const MS_WORDS: &[&str] = &[
    "boleh",
    "sila",
    "percuma",
    "syarikat",
    "jawatan",
    "kosong",
    "diperlukan",
    "sahaja",
    "kerana",
    "pejabat",
    "wang",
    "rm",
    "mahu",
    "nak",
    "warganegara",
    "pasport",
    "maklumat",
    "lelaki",
    "kelayakan",
    "temuduga",
    "elaun",
    "kerani",
    "kakitangan",
    "permit",
    "bhd",
    "sdn",
    "lepasan",
    "kenderaan",
    "selepas",
    "daripada",
    "talian",
    "sebarang",
    "tiada",
    "sijil",
    "spm",
    "ringgit",
    "malaysia",
    "terhad",
    "mohon",
    "memohon",
    "kemboja",
    "penginapan",
    "disediakan",
    "dialu-alukan",
    "sepenuh",
    "masa",
];

/// Words of unaccented Vietnamese (posts typed without diacritics).
const VI_WORDS: &[&str] = &[
    "khong", "kinh", "nghiem", "luong", "cao", "viec", "nhe", "tuyen", "lam", "nhan", "vien",
    "trieu", "thang", "cong", "ty", "bao", "xuat", "khau", "lien", "nguoi", "va", "cho", "cua",
    "duoc", "nhieu", "mien", "phi", "gap", "ngay",
];

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    viet: usize,
    thai: usize,
    khmer: usize,
    myanmar: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    other: usize,
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut c = ScriptCounts::default();
    for ch in text.chars() {
        let u = ch as u32;
        match u {
            0x0E00..=0x0E7F => c.thai += 1,
            0x1780..=0x17FF | 0x19E0..=0x19FF => c.khmer += 1,
            0x1000..=0x109F | 0xA9E0..=0xA9FF | 0xAA60..=0xAA7F => c.myanmar += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => c.han += 1,
            0x3040..=0x30FF | 0x31F0..=0x31FF => c.kana += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => c.hangul += 1,
            _ if ch.is_ascii_alphabetic() => c.latin += 1,
            _ if is_viet_letter(ch) => {
                c.latin += 1;
                c.viet += 1;
            }
            0x00C0..=0x024F => c.latin += 1,
            _ if ch.is_alphabetic() => c.other += 1,
            _ => {}
        }
    }
    c
}

/// Letters that only Vietnamese uses among the nine languages (ă â đ ê ô ơ ư and the tone-marked
/// vowels of the Latin Extended Additional block).
fn is_viet_letter(ch: char) -> bool {
    matches!(
        ch,
        'ă' | 'Ă' | 'â' | 'Â' | 'đ' | 'Đ' | 'ê' | 'Ê' | 'ô' | 'Ô' | 'ơ' | 'Ơ' | 'ư' | 'Ư'
    ) || ('\u{1EA0}'..='\u{1EF9}').contains(&ch)
}

/// Detects the main language of `text`.
pub fn detect(text: &str) -> Lang {
    let c = count_scripts(text);
    let scores = [
        (Lang::Th, c.thai),
        (Lang::Km, c.khmer),
        (Lang::My, c.myanmar),
        (Lang::Zh, c.han * HAN_WEIGHT),
        (Lang::Other, (c.kana + c.hangul) * HAN_WEIGHT + c.other),
        (Lang::En, c.latin), // stands for every Latin-script language until resolved below
    ];
    let (best, weight) = scores
        .iter()
        .copied()
        .max_by_key(|&(_, w)| w)
        .unwrap_or((Lang::Other, 0));
    if weight == 0 {
        return Lang::Other;
    }
    match best {
        // Japanese writes Han with kana; a few kana in Chinese text (emoji-like ツ) do not count.
        Lang::Zh if c.kana * 5 > c.han => Lang::Other,
        Lang::En => detect_latin(text, &c),
        other => other,
    }
}

fn detect_latin(text: &str, c: &ScriptCounts) -> Lang {
    // Vietnamese marks about one letter in five; an English post naming "Nguyễn Văn An" does not.
    if c.viet >= 2 && c.viet * 25 >= c.latin {
        return Lang::Vi;
    }
    let mut votes = Votes::default();
    let mut lower = String::new();
    for word in text
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\''))
        .filter(|w| !w.is_empty())
    {
        lower.clear();
        if word.is_ascii() {
            lower.push_str(word);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        let w = lower.trim_matches(|ch| ch == '-' || ch == '\'');
        votes.add(w);
        // Prices like "RM5000" / "Rp15.000.000" are glued to the number.
        if w.starts_with("rm") && w[2..].starts_with(|ch: char| ch.is_ascii_digit()) {
            votes.ms += 2;
        } else if w.starts_with("rp") && w[2..].starts_with(|ch: char| ch.is_ascii_digit()) {
            votes.id += 2;
        }
    }
    // whatlang (most of the cost here) can only add a bonus of 1 to 4 to one of our four
    // languages (1 + its confidence, which is within 0..=1, times 3), or say Other for a
    // reliable guess of another language when our markers are few. When none of those outcomes
    // changes the answer, it need not run.
    let plain = decide(&votes, [0; 4]);
    let base_ours = votes.en + votes.tl * 3 / 2 + votes.idms + votes.id + votes.ms + votes.vi;
    let settled = (base_ours >= 4 || plain == Lang::Other)
        && (0..4).all(|k| {
            (1..=4).all(|b| {
                let mut bonus = [0; 4];
                bonus[k] = b;
                decide(&votes, bonus) == plain
            })
        });
    if settled {
        return plain;
    }
    let wl = whatlang::detect(text);
    let bonus = |lang: Wl| -> usize {
        wl.as_ref()
            .filter(|i| i.lang() == lang)
            .map_or(0, |i| 1 + (i.confidence() * 3.0).round() as usize)
    };
    let bonuses = [
        bonus(Wl::Eng),
        bonus(Wl::Tgl),
        bonus(Wl::Ind),
        bonus(Wl::Vie),
    ];
    let ours = base_ours + bonuses.iter().sum::<usize>();
    // Another language that whatlang is sure of (Spanish, French, ...), with few of our markers.
    if let Some(info) = &wl {
        let known = matches!(info.lang(), Wl::Eng | Wl::Tgl | Wl::Ind | Wl::Vie | Wl::Jav);
        if !known && info.is_reliable() && ours < 4 {
            return Lang::Other;
        }
    }
    decide(&votes, bonuses)
}

/// The Latin-script language from our votes plus whatlang's bonus for English, Tagalog,
/// Indonesian/Malay and Vietnamese (in that order).
fn decide(votes: &Votes, bonus: [usize; 4]) -> Lang {
    let en = votes.en + bonus[0];
    let tl = votes.tl * 3 / 2 + bonus[1];
    let idms = votes.idms + votes.id + votes.ms + bonus[2];
    let vi = votes.vi + bonus[3];
    let ours = en + tl + idms + vi;
    if ours == 0 {
        return Lang::Other;
    }
    // Taglish: English content words held together by Tagalog function words.
    if votes.tl >= 3 && votes.tl * 5 >= votes.en * 2 && tl >= idms {
        return Lang::Tl;
    }
    let best = [
        (Lang::En, en),
        (Lang::Tl, tl),
        (Lang::Id, idms),
        (Lang::Vi, vi),
    ]
    .into_iter()
    .max_by_key(|&(_, s)| s)
    .map_or(Lang::Other, |(l, _)| l);
    if best == Lang::Id && votes.ms > votes.id {
        Lang::Ms
    } else {
        best
    }
}

#[derive(Default)]
struct Votes {
    en: usize,
    tl: usize,
    idms: usize,
    id: usize,
    ms: usize,
    vi: usize,
}

/// Word → which lists it is on (bit 0 English, then Tagalog, Indonesian/Malay, Indonesian,
/// Malay, Vietnamese).
static WORD_LISTS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (bit, list) in [EN_WORDS, TL_WORDS, IDMS_WORDS, ID_WORDS, MS_WORDS, VI_WORDS]
        .into_iter()
        .enumerate()
    {
        for w in list {
            *map.entry(*w).or_insert(0u8) |= 1 << bit;
        }
    }
    map
});

impl Votes {
    fn add(&mut self, w: &str) {
        let Some(&lists) = WORD_LISTS.get(w) else {
            return;
        };
        let on = |bit: u8| usize::from(lists & (1 << bit) != 0);
        self.en += on(0);
        self.tl += on(1);
        self.idms += on(2);
        self.id += on(3);
        self.ms += on(4);
        self.vi += on(5);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_decide_non_latin_languages() {
        assert_eq!(
            detect("ด่วน! รับสมัครแอดมินออนไลน์ ทำงานกัมพูชา เงินเดือนดี"),
            Lang::Th
        );
        assert_eq!(detect("ជ្រើសរើសបុគ្គលិកបន្ទាន់ ប្រាក់ខែខ្ពស់"), Lang::Km);
        assert_eq!(detect("ကမ္ဘောဒီးယားတွင် အလုပ်ခေါ်နေသည်"), Lang::My);
        assert_eq!(detect("急招网络客服，柬埔寨西港，包吃包住"), Lang::Zh);
        assert_eq!(detect("誠聘中文客服，馬來西亞吉隆坡，月薪優厚"), Lang::Zh);
        assert_eq!(
            detect("株式会社で働きませんか。未経験でも大丈夫です。"),
            Lang::Other
        );
        assert_eq!(detect("캄보디아 고수익 알바 모집"), Lang::Other);
        assert_eq!(detect(""), Lang::Other);
        assert_eq!(detect("1234 5678 !!! 🔥🔥"), Lang::Other);
    }

    #[test]
    fn mixed_script_posts_follow_the_body() {
        // Chinese body with English role names and a link.
        let zh = "招聘 admin online 和 customer service，工作地点柬埔寨金边，月薪1500U，包吃包住，无需经验，联系 t.me/hr_kh";
        assert_eq!(detect(zh), Lang::Zh);
        // English body with a Chinese company name.
        let en =
            "We are hiring accountants for our Kuala Lumpur office (吉隆坡). Apply with your CV; \
                  experience in audit is required and the salary is competitive.";
        assert_eq!(detect(en), Lang::En);
        // Thai body with English keywords.
        let th = "รับสมัคร Admin Online ด่วน ทำงานที่ Cambodia เงินเดือน 35,000 บาท ไม่ต้องมีประสบการณ์ มีที่พักและอาหารให้";
        assert_eq!(detect(th), Lang::Th);
    }

    #[test]
    fn english() {
        assert_eq!(
            detect("Urgent hiring! Customer service online, no experience needed."),
            Lang::En
        );
        let long = "We are looking for a registered nurse to join our hospital team in Riyadh. \
                    The successful candidate will have at least two years of experience, a valid licence \
                    and good communication skills. Salary and benefits are competitive and housing is provided.";
        assert_eq!(detect(long), Lang::En);
    }

    #[test]
    fn indonesian() {
        assert_eq!(
            detect("Dibutuhkan segera admin online, tanpa pengalaman, gaji 15 juta"),
            Lang::Id
        );
        let long = "Lowongan kerja untuk penempatan Kamboja. Kami membutuhkan karyawan yang bisa mengetik, \
                    pendidikan minimal SMA, usia 18-35 tahun. Gaji Rp15.000.000 per bulan, tiket pesawat \
                    ditanggung perusahaan dan mess gratis. Silakan hubungi kami lewat WhatsApp.";
        assert_eq!(detect(long), Lang::Id);
        assert_eq!(
            detect("loker admin gaji gede bisa kerja dari hp, minat langsung chat kak"),
            Lang::Id
        );
    }

    #[test]
    fn malay() {
        assert_eq!(
            detect("Jawatan kosong segera! Tiada pengalaman diperlukan, gaji RM5000."),
            Lang::Ms
        );
        let long = "Syarikat kami sedang mencari pekerja sepenuh masa untuk jawatan kerani. Calon mestilah \
                    warganegara Malaysia, mempunyai SPM dan boleh bertutur dalam bahasa Inggeris. \
                    Sila hantar resume anda kepada pejabat kami. Elaun dan penginapan percuma disediakan.";
        assert_eq!(detect(long), Lang::Ms);
    }

    #[test]
    fn tagalog_and_taglish() {
        assert_eq!(
            detect(
                "Kailangan ng trabahador sa Cambodia, walang bayad, libre ang tirahan at pagkain."
            ),
            Lang::Tl
        );
        let taglish = "HIRING! Chat support sa Cambodia, walang experience okay lang, kahit undergrad pwede. \
                       Sahod 50k per month, libre pamasahe. PM lang po kung interested.";
        assert_eq!(detect(taglish), Lang::Tl);
        // An English ad with one "po" stays English.
        let en = "We are hiring call center agents for our Makati office. Experience in customer service \
                  is an advantage and the salary is competitive. Please send your resume po.";
        assert_eq!(detect(en), Lang::En);
    }

    #[test]
    fn mixed_latin_posts_follow_the_body() {
        // Indonesian body with English job words.
        let id = "Lowongan Customer Service Online, gaji 10 juta per bulan, tanpa pengalaman, free mess, \
                  berangkat minggu depan. Minat langsung chat admin ya kak.";
        assert_eq!(detect(id), Lang::Id);
        // Malay body with English job words.
        let ms = "Urgent hiring admin online! Gaji RM4500, tiada pengalaman pun boleh, penginapan percuma. \
                  Sila PM untuk maklumat lanjut.";
        assert_eq!(detect(ms), Lang::Ms);
        // English body quoting one Indonesian phrase.
        let en = "Police warned that job ads promising 'gaji besar' for online admin work in Cambodia are \
                  a common trap, and urged applicants to check the agency's licence first.";
        assert_eq!(detect(en), Lang::En);
    }

    #[test]
    fn vietnamese() {
        assert_eq!(
            detect("Tuyển gấp nhân viên trực page, việc nhẹ lương cao, bao ăn ở"),
            Lang::Vi
        );
        let long = "Công ty chúng tôi cần tuyển 10 nhân viên chăm sóc khách hàng làm việc tại Campuchia. \
                    Không cần kinh nghiệm, được đào tạo, lương từ 15 đến 30 triệu mỗi tháng, bao vé máy bay.";
        assert_eq!(detect(long), Lang::Vi);
        assert_eq!(
            detect("tuyen gap nhan vien, khong can kinh nghiem, luong cao 20 trieu, bao an o"),
            Lang::Vi
        );
    }

    #[test]
    fn other_latin_languages() {
        assert_eq!(
            detect("Estamos buscando personal para trabajar en nuestra oficina de Madrid con experiencia en ventas."),
            Lang::Other
        );
        assert_eq!(
            detect("Nous recherchons un comptable pour notre bureau de Paris, avec une expérience de trois ans."),
            Lang::Other
        );
    }
}
