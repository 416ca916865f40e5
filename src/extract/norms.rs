//! Typical monthly pay by role and destination, to say how far above normal an offer is.

use crate::ad::Salary;
use crate::extract::phrases::{AltSearch, AltSpec};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Broad job family, as far as pay norms are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Office, admin, customer service, data entry, typist, chat/marketing online, translator.
    Office,
    /// Casino, online game, betting or crypto operator, dealer.
    Gaming,
    /// Sales, telesales, marketing, promoter.
    Sales,
    /// Hotel, restaurant, bar, KTV, spa.
    Hospitality,
    /// Factory, production line, warehouse.
    Factory,
    /// Maid, domestic helper, caregiver, nanny.
    Domestic,
    /// Construction, welding, carpentry.
    Construction,
    /// Plantation, farm, fishing.
    Agriculture,
    /// Driver, courier.
    Driver,
    /// Engineer, IT developer, nurse, teacher, accountant, doctor.
    Professional,
    /// Anything not recognised.
    Other,
}

impl Role {
    /// Every role, in the column order of the norms table (`Other` last).
    pub const ALL: [Role; 11] = [
        Role::Office,
        Role::Gaming,
        Role::Sales,
        Role::Hospitality,
        Role::Factory,
        Role::Domestic,
        Role::Construction,
        Role::Agriculture,
        Role::Driver,
        Role::Professional,
        Role::Other,
    ];

    /// Short lower-case name for reports ("office", "gaming"…).
    pub fn name(self) -> &'static str {
        match self {
            Role::Office => "office",
            Role::Gaming => "gaming",
            Role::Sales => "sales",
            Role::Hospitality => "hospitality",
            Role::Factory => "factory",
            Role::Domestic => "domestic",
            Role::Construction => "construction",
            Role::Agriculture => "agriculture",
            Role::Driver => "driver",
            Role::Professional => "professional",
            Role::Other => "other",
        }
    }
}

/// Job words in the nine languages: (keyword, role, weight). Words that name the role outright
/// weigh 2; generic ones 1. Matched case-insensitively, as whole words in Latin script.
const ROLE_WORDS: &[(&str, Role, u32)] = &[
    // Office
    ("admin", Role::Office, 2),
    ("admin online", Role::Office, 2),
    ("administrasi", Role::Office, 2),
    ("administrative", Role::Office, 2),
    ("customer service", Role::Office, 2),
    ("customer support", Role::Office, 2),
    ("CS", Role::Office, 1),
    ("CSR", Role::Office, 2),
    ("call center", Role::Office, 2),
    ("call centre", Role::Office, 2),
    ("data entry", Role::Office, 2),
    ("typist", Role::Office, 2),
    ("encoder", Role::Office, 2),
    ("receptionist", Role::Office, 1),
    ("secretary", Role::Office, 2),
    ("sekretaris", Role::Office, 2),
    ("office", Role::Office, 1),
    ("staf kantor", Role::Office, 2),
    ("kerani", Role::Office, 2),
    ("chat operator", Role::Office, 2),
    ("translator", Role::Office, 2),
    ("interpreter", Role::Office, 2),
    ("penerjemah", Role::Office, 2),
    ("virtual assistant", Role::Office, 2),
    ("nhân viên văn phòng", Role::Office, 2),
    ("văn phòng", Role::Office, 1),
    ("hành chính", Role::Office, 2),
    ("chăm sóc khách hàng", Role::Office, 2),
    ("nhập liệu", Role::Office, 2),
    ("đánh máy", Role::Office, 2),
    ("phiên dịch", Role::Office, 2),
    ("แอดมิน", Role::Office, 2),
    ("ธุรการ", Role::Office, 2),
    ("พนักงานออฟฟิศ", Role::Office, 2),
    ("คีย์ข้อมูล", Role::Office, 2),
    ("บริการลูกค้า", Role::Office, 2),
    ("ล่าม", Role::Office, 2),
    ("文员", Role::Office, 2),
    ("客服", Role::Office, 2),
    ("打字员", Role::Office, 2),
    ("行政", Role::Office, 2),
    ("录入", Role::Office, 2),
    ("翻译", Role::Office, 2),
    ("ရုံးဝန်ထမ်း", Role::Office, 2),
    ("အက်ဒမင်", Role::Office, 2),
    ("စာရိုက်", Role::Office, 2),
    ("ဘာသာပြန်", Role::Office, 2),
    ("បុគ្គលិកការិយាល័យ", Role::Office, 2),
    ("រដ្ឋបាល", Role::Office, 2),
    ("វាយអត្ថបទ", Role::Office, 2),
    ("សេវាអតិថិជន", Role::Office, 2),
    ("អ្នកបកប្រែ", Role::Office, 2),
    // Gaming
    ("casino", Role::Gaming, 2),
    ("kasino", Role::Gaming, 2),
    ("online casino", Role::Gaming, 2),
    ("game operator", Role::Gaming, 2),
    ("operator game", Role::Gaming, 2),
    ("game online", Role::Gaming, 2),
    ("online game", Role::Gaming, 2),
    ("online gaming", Role::Gaming, 2),
    ("betting", Role::Gaming, 2),
    ("judi", Role::Gaming, 2),
    ("crypto", Role::Gaming, 2),
    ("kripto", Role::Gaming, 2),
    ("baccarat", Role::Gaming, 2),
    ("dealer", Role::Gaming, 1),
    ("sugal", Role::Gaming, 2),
    ("sòng bạc", Role::Gaming, 2),
    ("cá cược", Role::Gaming, 2),
    ("tiền ảo", Role::Gaming, 2),
    ("คาสิโน", Role::Gaming, 2),
    ("พนัน", Role::Gaming, 2),
    ("บาคาร่า", Role::Gaming, 2),
    ("เกมออนไลน์", Role::Gaming, 2),
    ("博彩", Role::Gaming, 2),
    ("菠菜", Role::Gaming, 2),
    ("赌场", Role::Gaming, 2),
    ("娱乐城", Role::Gaming, 2),
    ("荷官", Role::Gaming, 2),
    ("币圈", Role::Gaming, 2),
    ("游戏", Role::Gaming, 1),
    ("ကာစီနို", Role::Gaming, 2),
    ("လောင်းကစား", Role::Gaming, 2),
    ("កាស៊ីណូ", Role::Gaming, 2),
    ("ល្បែង", Role::Gaming, 2),
    ("ភ្នាល់", Role::Gaming, 2),
    // Sales
    ("sales", Role::Sales, 2),
    ("telesales", Role::Sales, 2),
    ("telemarketing", Role::Sales, 2),
    ("marketing", Role::Sales, 1),
    ("pemasaran", Role::Sales, 2),
    ("penjualan", Role::Sales, 2),
    ("promoter", Role::Sales, 2),
    ("SPG", Role::Sales, 2),
    ("kinh doanh", Role::Sales, 2),
    ("bán hàng", Role::Sales, 2),
    ("พนักงานขาย", Role::Sales, 2),
    ("การตลาด", Role::Sales, 1),
    ("销售", Role::Sales, 2),
    ("业务员", Role::Sales, 2),
    ("推广", Role::Sales, 1),
    ("ahente", Role::Sales, 2),
    ("tindera", Role::Sales, 2),
    ("အရောင်း", Role::Sales, 2),
    ("អ្នកលក់", Role::Sales, 2),
    ("ផ្នែកលក់", Role::Sales, 2),
    // Hospitality
    ("hotel", Role::Hospitality, 1),
    ("restaurant", Role::Hospitality, 1),
    ("restoran", Role::Hospitality, 1),
    ("waiter", Role::Hospitality, 2),
    ("waitress", Role::Hospitality, 2),
    ("pelayan", Role::Hospitality, 2),
    ("cook", Role::Hospitality, 2),
    ("chef", Role::Hospitality, 2),
    ("koki", Role::Hospitality, 2),
    ("bartender", Role::Hospitality, 2),
    ("barista", Role::Hospitality, 2),
    ("housekeeping", Role::Hospitality, 2),
    ("KTV", Role::Hospitality, 2),
    ("spa", Role::Hospitality, 1),
    ("massage", Role::Hospitality, 1),
    ("serbidor", Role::Hospitality, 2),
    ("kusinero", Role::Hospitality, 2),
    ("nhà hàng", Role::Hospitality, 1),
    ("khách sạn", Role::Hospitality, 1),
    ("phục vụ", Role::Hospitality, 2),
    ("đầu bếp", Role::Hospitality, 2),
    ("โรงแรม", Role::Hospitality, 1),
    ("ร้านอาหาร", Role::Hospitality, 1),
    ("พนักงานเสิร์ฟ", Role::Hospitality, 2),
    ("พ่อครัว", Role::Hospitality, 2),
    ("酒店", Role::Hospitality, 1),
    ("餐厅", Role::Hospitality, 1),
    ("服务员", Role::Hospitality, 2),
    ("厨师", Role::Hospitality, 2),
    ("ဟိုတယ်", Role::Hospitality, 1),
    ("စားသောက်ဆိုင်", Role::Hospitality, 1),
    ("សណ្ឋាគារ", Role::Hospitality, 1),
    ("ភោជនីយដ្ឋាន", Role::Hospitality, 1),
    // Factory
    ("factory", Role::Factory, 2),
    ("pabrik", Role::Factory, 2),
    ("kilang", Role::Factory, 2),
    ("operator produksi", Role::Factory, 2),
    ("production operator", Role::Factory, 2),
    ("production line", Role::Factory, 2),
    ("warehouse", Role::Factory, 1),
    ("gudang", Role::Factory, 1),
    ("garment", Role::Factory, 1),
    ("pabrika", Role::Factory, 2),
    ("công nhân", Role::Factory, 2),
    ("nhà máy", Role::Factory, 2),
    ("โรงงาน", Role::Factory, 2),
    ("ฝ่ายผลิต", Role::Factory, 2),
    ("工厂", Role::Factory, 2),
    ("普工", Role::Factory, 2),
    ("流水线", Role::Factory, 2),
    ("စက်ရုံ", Role::Factory, 2),
    ("រោងចក្រ", Role::Factory, 2),
    // Domestic
    ("maid", Role::Domestic, 2),
    ("domestic helper", Role::Domestic, 2),
    ("domestic worker", Role::Domestic, 2),
    ("household", Role::Domestic, 1),
    ("caregiver", Role::Domestic, 2),
    ("nanny", Role::Domestic, 2),
    ("babysitter", Role::Domestic, 2),
    ("pembantu rumah tangga", Role::Domestic, 2),
    ("asisten rumah tangga", Role::Domestic, 2),
    ("PRT", Role::Domestic, 2),
    ("pengasuh", Role::Domestic, 2),
    ("perawat lansia", Role::Domestic, 2),
    ("pembantu", Role::Domestic, 2),
    ("kasambahay", Role::Domestic, 2),
    ("yaya", Role::Domestic, 2),
    ("giúp việc", Role::Domestic, 2),
    ("chăm sóc người già", Role::Domestic, 2),
    ("bảo mẫu", Role::Domestic, 2),
    ("แม่บ้าน", Role::Domestic, 2),
    ("พี่เลี้ยง", Role::Domestic, 2),
    ("ดูแลผู้สูงอายุ", Role::Domestic, 2),
    ("保姆", Role::Domestic, 2),
    ("家政", Role::Domestic, 2),
    ("护工", Role::Domestic, 2),
    ("月嫂", Role::Domestic, 2),
    ("အိမ်အကူ", Role::Domestic, 2),
    ("អ្នកបម្រើ", Role::Domestic, 2),
    ("អ្នកថែទាំ", Role::Domestic, 2),
    // Construction
    ("construction", Role::Construction, 2),
    ("konstruksi", Role::Construction, 2),
    ("proyek bangunan", Role::Construction, 2),
    ("tukang", Role::Construction, 1),
    ("tukang las", Role::Construction, 2),
    ("welder", Role::Construction, 2),
    ("carpenter", Role::Construction, 2),
    ("mason", Role::Construction, 2),
    ("karpintero", Role::Construction, 2),
    ("xây dựng", Role::Construction, 2),
    ("thợ hồ", Role::Construction, 2),
    ("thợ hàn", Role::Construction, 2),
    ("ก่อสร้าง", Role::Construction, 2),
    ("建筑", Role::Construction, 2),
    ("工地", Role::Construction, 2),
    ("焊工", Role::Construction, 2),
    ("ဆောက်လုပ်ရေး", Role::Construction, 2),
    ("សំណង់", Role::Construction, 2),
    // Agriculture and fishing
    ("plantation", Role::Agriculture, 2),
    ("perkebunan", Role::Agriculture, 2),
    ("kebun", Role::Agriculture, 1),
    ("sawit", Role::Agriculture, 2),
    ("ladang", Role::Agriculture, 2),
    ("farm", Role::Agriculture, 2),
    ("farm worker", Role::Agriculture, 2),
    ("fishing", Role::Agriculture, 1),
    ("nelayan", Role::Agriculture, 2),
    ("kapal ikan", Role::Agriculture, 2),
    ("plantasyon", Role::Agriculture, 2),
    ("bukid", Role::Agriculture, 2),
    ("nông nghiệp", Role::Agriculture, 2),
    ("trang trại", Role::Agriculture, 2),
    ("đồn điền", Role::Agriculture, 2),
    ("เกษตร", Role::Agriculture, 2),
    ("สวนยาง", Role::Agriculture, 2),
    ("สวนผลไม้", Role::Agriculture, 2),
    ("农场", Role::Agriculture, 2),
    ("种植", Role::Agriculture, 2),
    ("采摘", Role::Agriculture, 2),
    ("စိုက်ပျိုး", Role::Agriculture, 2),
    ("កសិកម្ម", Role::Agriculture, 2),
    ("ចំការ", Role::Agriculture, 2),
    // Driver
    ("driver", Role::Driver, 2),
    ("sopir", Role::Driver, 2),
    ("supir", Role::Driver, 2),
    ("pengemudi", Role::Driver, 2),
    ("drayber", Role::Driver, 2),
    ("courier", Role::Driver, 1),
    ("kurir", Role::Driver, 1),
    ("tài xế", Role::Driver, 2),
    ("lái xe", Role::Driver, 2),
    ("คนขับรถ", Role::Driver, 2),
    ("พนักงานขับรถ", Role::Driver, 2),
    ("司机", Role::Driver, 2),
    ("ယာဉ်မောင်း", Role::Driver, 2),
    ("អ្នកបើកបរ", Role::Driver, 2),
    // Professional
    ("engineer", Role::Professional, 2),
    ("insinyur", Role::Professional, 2),
    ("IT", Role::Professional, 1),
    ("developer", Role::Professional, 2),
    ("programmer", Role::Professional, 2),
    ("software", Role::Professional, 1),
    ("nurse", Role::Professional, 2),
    ("perawat", Role::Professional, 2),
    ("teacher", Role::Professional, 2),
    ("guru", Role::Professional, 2),
    ("accountant", Role::Professional, 2),
    ("akuntan", Role::Professional, 2),
    ("doctor", Role::Professional, 2),
    ("dokter", Role::Professional, 2),
    ("inhinyero", Role::Professional, 2),
    ("nars", Role::Professional, 2),
    ("guro", Role::Professional, 2),
    ("jurutera", Role::Professional, 2),
    ("kỹ sư", Role::Professional, 2),
    ("lập trình", Role::Professional, 2),
    ("y tá", Role::Professional, 2),
    ("giáo viên", Role::Professional, 2),
    ("kế toán", Role::Professional, 2),
    ("วิศวกร", Role::Professional, 2),
    ("โปรแกรมเมอร์", Role::Professional, 2),
    ("พยาบาล", Role::Professional, 2),
    ("ครู", Role::Professional, 2),
    ("นักบัญชี", Role::Professional, 2),
    ("工程师", Role::Professional, 2),
    ("程序员", Role::Professional, 2),
    ("开发", Role::Professional, 1),
    ("护士", Role::Professional, 2),
    ("教师", Role::Professional, 2),
    ("老师", Role::Professional, 2),
    ("会计", Role::Professional, 2),
    ("အင်ဂျင်နီယာ", Role::Professional, 2),
    ("သူနာပြု", Role::Professional, 2),
    ("ဆရာ", Role::Professional, 1),
    ("វិស្វករ", Role::Professional, 2),
    ("គិលានុបដ្ឋាយិកា", Role::Professional, 2),
    ("គ្រូបង្រៀន", Role::Professional, 2),
    ("គណនេយ្យករ", Role::Professional, 2),
];

/// Acronyms that are only job words in capitals ("IT" but not "it").
const CASE_SENSITIVE: &[&str] = &["CS", "CSR", "IT", "PRT", "SPG", "KTV"];

/// Keyword matches on the first line (the title in `JobAd::full_text`) count this many times.
const TITLE_WEIGHT: u32 = 3;

/// The role words as one leftmost-first alternation, longest first: the regex
/// `(?i)w1|w2|…` with the acronyms in `CASE_SENSITIVE` matched as written.
static ROLE_SEARCH: LazyLock<AltSearch> = LazyLock::new(|| {
    let mut words: Vec<&str> = ROLE_WORDS.iter().map(|w| w.0).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let specs: Vec<AltSpec> = words
        .iter()
        .map(|w| {
            let e = regex::escape(w).replace(' ', r"\s+");
            let body = if CASE_SENSITIVE.contains(w) {
                format!("(?i:(?-i:{e}))")
            } else {
                format!("(?i:{e})")
            };
            AltSpec {
                group: 0,
                body,
                latin: false,
            }
        })
        .collect();
    AltSearch::new(&specs, 1)
});
static ROLE_LOOKUP: LazyLock<HashMap<String, (Role, u32)>> = LazyLock::new(|| {
    ROLE_WORDS
        .iter()
        .map(|&(w, r, k)| (w.to_lowercase(), (r, k)))
        .collect()
});

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// Guesses the job family from the ad's text; the first line (the title) weighs most.
pub fn detect_role(text: &str) -> Role {
    let title_end = text.find('\n').unwrap_or(text.len());
    let mut score = [0u32; Role::ALL.len()];
    let mut scan = ROLE_SEARCH.scan(text);
    let mut pos = 0;
    while let Some(m) = scan.next(0, pos, |_, _| false) {
        pos = m.end;
        let matched = &text[m.start..m.end];
        let before = text[..m.start].chars().next_back();
        let after = text[m.end..].chars().next();
        // Latin-script words must stand alone: "admin" not in "administrator"'s tail, "IT" not in "ITEM"
        let glued = |c: Option<char>| c.is_some_and(|c| is_latin_letter(c) || c.is_ascii_digit());
        if matched.starts_with(is_latin_letter) && glued(before)
            || matched.ends_with(is_latin_letter) && glued(after)
        {
            continue;
        }
        let key = matched.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&(role, weight)) = ROLE_LOOKUP.get(&key.to_lowercase()) else {
            continue;
        };
        let w = if m.start < title_end {
            weight * TITLE_WEIGHT
        } else {
            weight
        };
        score[role as usize] += w;
    }
    // Ties go to the earlier role in `Role::ALL` (office before gaming before sales…).
    let mut best = Role::Other;
    let mut best_score = 0;
    for (i, &s) in score.iter().enumerate() {
        if s > best_score {
            best_score = s;
            best = Role::ALL[i];
        }
    }
    best
}

/// Date the pay norms in [`NORMS`] describe.
pub const NORMS_DATE: &str = "2025-09-01";

/// One destination's typical pay, USD per month.
struct Norm {
    /// ISO 3166-1 alpha-2 code.
    country: &'static str,
    /// By role, in the order of `Role::ALL` without `Other`: office, gaming, sales, hospitality,
    /// factory, domestic, construction, agriculture, driver, professional.
    by_role: [u32; 10],
    /// Typical entry-level pay over all jobs, for `Other`.
    fallback: u32,
}

/// Typical monthly pay (USD, gross, entry level to mid level) for a worker in each role at each
/// destination.
///
/// Approximate figures compiled from the author's knowledge of statutory minimum wages around
/// NORMS_DATE (e.g. Cambodia garment minimum US$208 for 2025; Thailand 337–400 baht/day;
/// Malaysia RM1,700; Indonesia provincial minima Rp 2.2–5.4 million; Philippines NCR ₱645–695/day;
/// Viet Nam region I 4.96 million dong; Korea ₩10,030/hour; Japan ~¥1,055/hour; Taiwan
/// NT$28,590; Hong Kong helpers' minimum HK$4,990; Qatar QAR 1,000 + board) and typical pay
/// reported by job boards for entry-level roles, converted at the rates of
/// `salary::RATES`. They are rounded and meant for "is this offer several times the norm", not
/// for pay benchmarking. Revise yearly when minimum wages change.
#[rustfmt::skip]
const NORMS: &[Norm] = &[
    //          office gaming sales  hosp   fact   dom    cons   agri   drive  prof     other
    norm("KH", [  350,   450,   300,   250,   230,   150,   250,   150,   300,   800],   300),
    norm("MM", [  110,   150,   100,    80,    70,    60,    80,    60,   100,   300],   100),
    norm("LA", [  200,   300,   180,   150,   130,   100,   150,   100,   180,   400],   180),
    norm("TH", [  520,   600,   500,   400,   350,   300,   350,   280,   450,  1200],   450),
    norm("MY", [  600,   700,   550,   450,   420,   350,   500,   420,   550,  1300],   500),
    norm("ID", [  300,   350,   280,   250,   280,   150,   220,   170,   250,   600],   270),
    norm("PH", [  380,   450,   300,   280,   280,   120,   280,   180,   300,   700],   300),
    norm("VN", [  400,   450,   350,   280,   300,   250,   350,   200,   350,   900],   350),
    norm("CN", [  800,   900,   750,   550,   700,   700,   900,   400,   800,  1600],   750),
    norm("SG", [ 2500,  2500,  2200,  1800,  1200,   550,   800,   900,  2000,  4500],  2000),
    norm("AE", [ 1400,  1500,  1200,   700,   500,   350,   400,   350,   700,  4000],  1000),
    norm("KR", [ 2000,  2000,  1900,  1600,  1700,  1600,  2000,  1500,  2000,  3000],  1800),
    norm("JP", [ 1500,  1500,  1500,  1300,  1300,  1300,  1500,  1200,  1600,  2600],  1400),
    norm("TW", [ 1050,  1100,  1000,   900,   950,   620,  1000,   900,  1100,  1800],  1000),
    norm("HK", [ 2200,  2200,  2000,  1800,  1800,   640,  3000,  1500,  2200,  4000],  2000),
    norm("SA", [ 1300,  1300,  1100,   700,   550,   400,   450,   400,   650,  3500],   900),
    norm("QA", [ 1400,  1400,  1100,   700,   500,   400,   450,   400,   700,  4000],   900),
    norm("US", [ 3600,  3200,  3500,  2600,  3400,  2600,  4000,  2800,  4000,  7500],  3500),
    norm("GB", [ 2800,  2700,  2700,  2500,  2600,  2500,  3200,  2500,  3000,  5000],  2800),
    norm("AU", [ 3300,  3200,  3300,  2800,  3000,  2800,  4200,  2800,  3500,  6000],  3300),
];

const fn norm(country: &'static str, by_role: [u32; 10], fallback: u32) -> Norm {
    Norm {
        country,
        by_role,
        fallback,
    }
}

/// Typical USD/month pay for `role` in `country` (ISO alpha-2, any case), if the country is known.
pub fn norm_usd_month(role: Role, country: &str) -> Option<f64> {
    let n = NORMS
        .iter()
        .find(|n| n.country.eq_ignore_ascii_case(country.trim()))?;
    Some(f64::from(match role {
        Role::Other => n.fallback,
        r => n.by_role[r as usize],
    }))
}

/// How many times the norm for `role` in `country` the offer's upper bound is.
pub fn pay_ratio(salary: &Salary, role: Role, country: &str) -> Option<f64> {
    let norm = norm_usd_month(role, country)?;
    (salary.usd_month_max.is_finite() && salary.usd_month_max > 0.0)
        .then(|| salary.usd_month_max / norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::salary::find_salaries;

    #[test]
    fn roles_in_each_language() {
        let cases = [
            (
                "Lowongan Admin Online ke Kamboja\nGaji 15 juta",
                Role::Office,
            ),
            (
                "Dibutuhkan operator game online, tanpa pengalaman",
                Role::Gaming,
            ),
            (
                "Hiring Customer Service (English speaker)\nfree visa",
                Role::Office,
            ),
            ("Casino dealer wanted in Sihanoukville", Role::Gaming),
            ("รับสมัครแอดมิน ทำงานต่างประเทศ", Role::Office),
            ("รับสมัครพนักงานคาสิโน", Role::Gaming),
            ("Hiring CSR, walang experience", Role::Office),
            ("Kailangan ng kasambahay sa Hong Kong", Role::Domestic),
            (
                "Tuyển nhân viên chăm sóc khách hàng, lương 15 triệu",
                Role::Office,
            ),
            ("Tuyển công nhân nhà máy điện tử", Role::Factory),
            ("招聘客服 底薪3000美金", Role::Office),
            ("招聘博彩业务 包吃包住", Role::Gaming),
            ("Jawatan kosong operator pengeluaran kilang", Role::Factory),
            ("Pekerja ladang sawit, gaji RM1,700", Role::Agriculture),
            ("ရုံးဝန်ထမ်း ခေါ်ယူမည်", Role::Office),
            ("ကာစီနို ဝန်ထမ်း", Role::Gaming),
            ("ជ្រើសរើសបុគ្គលិកការិយាល័យ", Role::Office),
            ("ត្រូវការអ្នកបើកបរ", Role::Driver),
            ("Registered nurse for Saudi hospital", Role::Professional),
            (
                "Tukang las untuk proyek konstruksi di Jepang",
                Role::Construction,
            ),
            (
                "Waiter / waitress for hotel restaurant in Dubai",
                Role::Hospitality,
            ),
            ("Sopir pribadi", Role::Driver),
            ("Sales executive (telesales)", Role::Sales),
        ];
        for (text, role) in cases {
            assert_eq!(detect_role(text), role, "{text:?}");
        }
    }

    #[test]
    fn roles_not_found_or_not_fooled() {
        assert_eq!(detect_role("Great opportunity, apply now"), Role::Other);
        // "it" in lower case, "item", "administrator" are not role words
        assert_eq!(detect_role("it is easy, one item a day"), Role::Other);
        assert_eq!(detect_role("Pemberitahuan: waspada penipuan"), Role::Other);
    }

    #[test]
    fn title_outweighs_body() {
        let t = "Chef for hotel kitchen\nyou will also help the admin with data entry";
        assert_eq!(detect_role(t), Role::Hospitality);
        let t = "Data entry admin\nour office is next to a hotel and a restaurant and a spa";
        assert_eq!(detect_role(t), Role::Office);
    }

    #[test]
    fn norms_table_is_complete() {
        assert_eq!(NORMS.len(), 20);
        for n in NORMS {
            for r in Role::ALL {
                let v = norm_usd_month(r, n.country).unwrap();
                assert!((50.0..10_000.0).contains(&v), "{} {:?} {v}", n.country, r);
            }
            // professional pay is never below office pay
            assert!(n.by_role[Role::Professional as usize] >= n.by_role[Role::Office as usize]);
        }
        assert_eq!(norm_usd_month(Role::Office, "kh"), Some(350.0));
        assert_eq!(norm_usd_month(Role::Other, "ID"), Some(270.0));
        assert_eq!(norm_usd_month(Role::Office, "ZZ"), None);
        assert_eq!(Role::ALL[Role::Professional as usize], Role::Professional);
    }

    #[test]
    fn lure_pay_is_several_times_the_norm() {
        let s = &find_salaries("Gaji US$1,000-1,500/month")[0];
        let r = pay_ratio(s, Role::Office, "KH").unwrap();
        assert!((r - 1500.0 / 350.0).abs() < 1e-9);
        assert!(r > 4.0);
        // an ordinary Phnom Penh admin wage is about the norm
        let s = &find_salaries("Salary $350/month")[0];
        assert!((pay_ratio(s, Role::Office, "KH").unwrap() - 1.0).abs() < 1e-9);
        // Rp 15 juta for admin work, against the Indonesian norm
        let s = &find_salaries("Gaji Rp 15 juta")[0];
        let r = pay_ratio(s, Role::Office, "ID").unwrap();
        assert!(r > 2.5 && r < 3.5, "{r}");
        assert!(pay_ratio(s, Role::Office, "XX").is_none());
    }
}
