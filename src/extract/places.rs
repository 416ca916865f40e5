//! Destination gazetteer: countries, cities, border towns and SEZs in each language's spelling.
//!
//! The gazetteer is data: one place a line, its spellings separated by `|`. Spellings are
//! literal (no regex); a space in a spelling also matches a hyphen or no space at all
//! ("Phnom Penh", "Phnom-Penh", "PhnomPenh"). Latin spellings match case-insensitively and only
//! as whole words. `risky` marks Cambodia, Myanmar and Laos and every place in them, plus the
//! Thai and Vietnamese border towns people are moved across (DOMAIN.md, 2025-11); Thailand,
//! Malaysia, the Philippines, Dubai and the other countries are decoy, transit or ordinary
//! destinations and are not risky.
use crate::ad::{Place, PlaceKind, Span};
use crate::extract::phrases::{starts_word, AltSearch, AltSpec};
use std::collections::HashMap;
use std::sync::LazyLock;

use PlaceKind::{BorderTown, City, Country, Sez};

#[rustfmt::skip]
const GAZETTEER: &[(&str, &str, PlaceKind, bool, &str)] = &[
    // --- countries where compounds are (risky)
    ("Cambodia", "KH", Country, true, "Cambodia|Cambodge|Cambodja|Camboya|Kampuchea|Kamboja|Kemboja|Kambodia|Kambodya|Campuchia|Cam-pu-chia|Căm-pu-chia|柬埔寨|กัมพูชา|เขมร|ကမ္ဘောဒီးယား|កម្ពុជា"),
    ("Myanmar", "MM", Country, true, "Myanmar|Burma|Birma|Miến Điện|Mianma|缅甸|緬甸|缅北|緬北|เมียนมา|เมียนมาร์|พม่า|မြန်မာ|ဗမာ|មីយ៉ាន់ម៉ា|ភូមា"),
    ("Laos", "LA", Country, true, "Laos|Lao PDR|Lào|老挝|老撾|ลาว|လာအို|ឡាវ"),
    // --- other countries (decoy, transit or ordinary destinations)
    ("Thailand", "TH", Country, false, "Thailand|Thailan|Tailan|Thái Lan|Muang Thai|泰国|泰國|ประเทศไทย|ထိုင်း|ប្រទេសថៃ"),
    ("Malaysia", "MY", Country, false, "Malaysia|Malaisia|Ma-lai-xi-a|马来西亚|馬來西亞|大马|大馬|มาเลเซีย|မလေးရှား|ម៉ាឡេស៊ី"),
    ("Indonesia", "ID", Country, false, "Indonesia|In-đô-nê-xi-a|印尼|印度尼西亚|印度尼西亞|อินโดนีเซีย|အင်ဒိုနီးရှား|ឥណ្ឌូនេស៊ី"),
    ("Philippines", "PH", Country, false, "Philippines|Philipines|Phillipines|Phillippines|Philippine|Filipina|Pilipinas|Phi-líp-pin|Philippin|菲律宾|菲律賓|ฟิลิปปินส์|ဖိလစ်ပိုင်|ហ្វីលីពីន"),
    ("Viet Nam", "VN", Country, false, "Vietnam|Viet Nam|Việt Nam|越南|เวียดนาม|ဗီယက်နမ်|វៀតណាម"),
    ("China", "CN", Country, false, "China|Cina|Tiongkok|Tsina|Trung Quốc|中国|中國|จีน|တရုတ်|ចិន"),
    ("United Arab Emirates", "AE", Country, false, "United Arab Emirates|UAE|U.A.E.|Uni Emirat Arab|Emiriah Arab Bersatu|阿联酋|阿聯酋|สหรัฐอาหรับเอมิเรตส์|ယူအေအီး"),
    ("Singapore", "SG", Country, false, "Singapore|Singapura|Xin-ga-po|Singapo|新加坡|สิงคโปร์|စင်ကာပူ|សិង្ហបុរី"),
    ("South Korea", "KR", Country, false, "South Korea|Korea Selatan|Korsel|Korea|Hàn Quốc|韩国|韓國|เกาหลีใต้|เกาหลี|ကိုရီးယား|កូរ៉េ"),
    ("Japan", "JP", Country, false, "Japan|Jepang|Jepun|Hapon|Nhật Bản|日本|ญี่ปุ่น|ဂျပန်|ជប៉ុន"),
    ("Taiwan", "TW", Country, false, "Taiwan|Đài Loan|台湾|台灣|臺灣|ไต้หวัน|ထိုင်ဝမ်|តៃវ៉ាន់"),
    ("Hong Kong", "HK", Country, false, "Hong Kong|Hongkong|Hồng Kông|香港|ฮ่องกง|ဟောင်ကောင်|ហុងកុង"),
    ("Saudi Arabia", "SA", Country, false, "Saudi Arabia|Arab Saudi|Ả Rập Xê Út|Ả-rập Xê-út|KSA|Saudi|沙特阿拉伯|沙特|ซาอุดีอาระเบีย|ซาอุ|ဆော်ဒီ|អារ៉ាប៊ីសាអូឌីត"),
    ("Qatar", "QA", Country, false, "Qatar|Katar|Ca-ta|卡塔尔|卡塔爾|卡达|卡達|กาตาร์|ကာတာ|កាតា"),
    // --- Cambodia
    ("Phnom Penh", "KH", City, true, "Phnom Penh|Pnom Penh|Phnom Pênh|Phnôm Pênh|Nông Pênh|Nam Vang|金边|金邊|พนมเปญ|ဖနွမ်းပင်|ភ្នំពេញ"),
    ("Sihanoukville", "KH", City, true, "Sihanoukville|Sihanouk Ville|Sihanoukvile|Sihanoukvill|Shihanoukville|Sihanouk|Preah Sihanouk|Kampong Som|Kompong Som|Kompong Saom|Xi-ha-núc-vin|西港|西哈努克港|西哈努克城|西哈努克|磅逊|磅遜|สีหนุวิลล์|สีหนุ|ព្រះសីហនុ"),
    ("Bavet", "KH", BorderTown, true, "Bavet|Ba Vét|巴域|巴韦|巴韋|บาเวต|បាវិត"),
    ("Poipet", "KH", BorderTown, true, "Poipet|Poi Pet|Paoy Pet|Poipét|波贝|波貝|ปอยเปต|ប៉ោយប៉ែត"),
    ("Chrey Thum", "KH", BorderTown, true, "Chrey Thum|Chrey Thom|ជ្រៃធំ"),
    ("Kampot", "KH", City, true, "Kampot|贡布|貢布|กำปอต|កំពត"),
    ("Koh Kong", "KH", City, true, "Koh Kong|Kaoh Kong|戈公|国公省|國公省|เกาะกง|កោះកុង"),
    // --- Myanmar
    ("Yangon", "MM", City, true, "Yangon|Rangoon|仰光|ย่างกุ้ง|ရန်ကုန်|យ៉ាំងហ្គោន"),
    ("Myawaddy", "MM", BorderTown, true, "Myawaddy|Myawadi|Myawady|Myawaddi|Myawadee|Mya Wadi|妙瓦底|เมียวดี|မြဝတီ"),
    ("Shwe Kokko", "MM", Sez, true, "Shwe Kokko|Shwe Ko Ko|Shwe Kokgo|Yatai New City|Yatai City|Yatai|亚太新城|亞太新城|亚太城|水沟谷|ชเวโก๊กโก่|ชเวโกกโก่|ရွှေကုက္ကို"),
    ("KK Park", "MM", Sez, true, "KK Park|KK园区|KK園區|KK公园|เคเคปาร์ค"),
    ("Dongmei", "MM", Sez, true, "Dongmei|Dong Mei|东美园区|東美園區"),
    ("Tachileik", "MM", BorderTown, true, "Tachileik|Tachilek|Tachileck|大其力|ท่าขี้เหล็ก|တာချီလိတ်"),
    ("Laukkaing", "MM", BorderTown, true, "Laukkaing|Laukkai|Lauk Kai|Laukai|果敢老街|缅甸老街|緬甸老街|缅北老街|緬北老街|เล่าก์ก่าย|လောက်ကိုင်"),
    ("Kokang", "MM", Sez, true, "Kokang|缅甸果敢|緬甸果敢|缅北果敢|緬北果敢|果敢特区|果敢特區|โกกั้ง|ကိုးကန့်"),
    // --- Laos
    ("Vientiane", "LA", City, true, "Vientiane|Viêng Chăn|Vieng Chan|万象|萬象|เวียงจันทน์|เวียงจันท์|ဗီယင်ကျန်း|វៀងច័ន្ទ"),
    ("Golden Triangle SEZ", "LA", Sez, true, "Golden Triangle Special Economic Zone|Golden Triangle SEZ|GTSEZ|Golden Triangle|Kings Romans|King Romans|金三角经济特区|金三角經濟特區|金三角|金木棉|สามเหลี่ยมทองคำ|Tam giác vàng|Segitiga Emas|Segi Tiga Emas|ត្រីកោណមាស|ရွှေတြိဂံ"),
    ("Bokeo", "LA", City, true, "Bokeo|Bò Kẹo|波乔|波喬|บ่อแก้ว|ບໍ່ແກ້ວ"),
    // --- Thailand (decoy country; border towns on the crossing into Myanmar are risky)
    ("Bangkok", "TH", City, false, "Bangkok|Băng Cốc|曼谷|กรุงเทพมหานคร|กรุงเทพฯ|กรุงเทพ|กทม|ဘန်ကောက်|បាងកក"),
    ("Mae Sot", "TH", BorderTown, true, "Mae Sot|Mae Sod|美索|湄索|แม่สอด|မဲဆောက်"),
    ("Mae Sai", "TH", BorderTown, true, "Mae Sai|美赛|美塞|แม่สาย|မယ်ဆိုင်"),
    // --- Viet Nam (origin; Moc Bai is the crossing to Bavet)
    ("Ho Chi Minh City", "VN", City, false, "Ho Chi Minh City|Ho Chi Minh|Hồ Chí Minh|TP.HCM|TPHCM|HCMC|Saigon|Sài Gòn|胡志明市|胡志明|โฮจิมินห์"),
    ("Moc Bai", "VN", BorderTown, true, "Moc Bai|Mộc Bài|木牌"),
    // Listed so that "Lào Cai" (a Vietnamese province) is not read as "Lào" (Laos).
    ("Lao Cai", "VN", City, false, "Lào Cai|Lao Cai"),
    // --- transit and other cities
    ("Kuala Lumpur", "MY", City, false, "Kuala Lumpur|吉隆坡|กัวลาลัมเปอร์|ကွာလာလမ်ပူ"),
    ("Batam", "ID", City, false, "Batam|巴淡|บาตัม"),
    ("Manila", "PH", City, false, "Manila|Maynila|马尼拉|馬尼拉|มะนิลา|မနီလာ"),
    ("Dubai", "AE", City, false, "Dubai|Đu-bai|迪拜|杜拜|ดูไบ|ဒူဘိုင်း|ឌូបៃ"),
];

/// "老街" is both Laukkaing (Kokang, Myanmar) and Lào Cai (Viet Nam), and also just "old street":
/// it is resolved by what else the text names.
const LAOJIE: &str = "老街";
const MYANMAR_CONTEXT: [&str; 9] = [
    "缅甸", "緬甸", "缅北", "緬北", "果敢", "佤邦", "掸邦", "撣邦", "Myanmar",
];
const VIETNAM_CONTEXT: [&str; 4] = ["越南", "Vietnam", "Việt Nam", "老街省"];

struct Gazetteer {
    /// The spellings as one leftmost-first alternation (see `GAZ`).
    search: AltSearch,
    /// Normalised spelling → index into `GAZETTEER` (`usize::MAX` for 老街).
    by_key: HashMap<String, usize>,
}

/// The key a spelling and a matched text share: lower case, without spaces and hyphens.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a spelling ends in a Latin letter or digit and so needs a word boundary after it.
fn ends_latin(s: &str) -> bool {
    s.chars()
        .next_back()
        .is_some_and(crate::extract::phrases::is_latin_word_char)
}

fn spelling_regex(spelling: &str) -> String {
    spelling
        .split([' ', '-'])
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"[\s\-]*")
}

static GAZ: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut by_key = HashMap::new();
    let mut spellings: Vec<&str> = Vec::new();
    for (i, &(_, _, _, _, names)) in GAZETTEER.iter().enumerate() {
        for s in names.split('|') {
            by_key.insert(key(s), i);
            spellings.push(s);
        }
    }
    by_key.insert(key(LAOJIE), usize::MAX);
    spellings.push(LAOJIE);
    // Longest first, so "Preah Sihanouk" wins over "Sihanouk" and "Lào Cai" over "Lào".
    spellings.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    // Equivalent to the regex `(?i:(latin…)(?:[^\p{Latin}\p{N}\p{M}_]|\z)|(other…))`: Latin
    // spellings first, each followed by a word boundary.
    let (latin, other): (Vec<&str>, Vec<&str>) = spellings.into_iter().partition(|s| ends_latin(s));
    let specs: Vec<AltSpec> = latin
        .iter()
        .map(|s| (s, true))
        .chain(other.iter().map(|s| (s, false)))
        .map(|(s, latin)| AltSpec {
            group: 0,
            body: format!("(?i:{})", spelling_regex(s)),
            latin,
        })
        .collect();
    Gazetteer {
        search: AltSearch::new(&specs, 1),
        by_key,
    }
});

fn resolve_laojie(text: &str) -> Option<usize> {
    let find = |name: &str| GAZETTEER.iter().position(|(n, ..)| *n == name);
    if VIETNAM_CONTEXT.iter().any(|w| text.contains(w)) {
        find("Lao Cai")
    } else if MYANMAR_CONTEXT.iter().any(|w| text.contains(w)) {
        find("Laukkaing")
    } else {
        None
    }
}

/// Finds every gazetteer place named in `text`.
pub fn find_places(text: &str) -> Vec<Place> {
    let gaz = &*GAZ;
    let mut scan = gaz.search.scan(text);
    let mut out = Vec::new();
    let mut pos = 0;
    // A match that does not start a word is retried from the next character.
    while pos < text.len() {
        let Some(m) = scan.next(0, pos, |t, s| !starts_word(t, s)) else {
            break;
        };
        pos = m.end;
        let idx = match gaz.by_key.get(&key(&text[m.start..m.end])) {
            Some(&usize::MAX) => resolve_laojie(text),
            Some(&i) => Some(i),
            None => None,
        };
        let Some(i) = idx else { continue };
        let (name, country, kind, risky, _) = GAZETTEER[i];
        out.push(Place {
            name: name.to_string(),
            country: country.to_string(),
            kind,
            risky,
            span: Span::of(text, m.start, m.end),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find_places(text).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn spellings_are_unique_across_places() {
        let mut seen = HashMap::new();
        for &(name, _, _, _, spellings) in GAZETTEER {
            for s in spellings.split('|') {
                if let Some(prev) = seen.insert(key(s), name) {
                    assert_eq!(
                        prev, name,
                        "spelling {s} is listed for both {prev} and {name}"
                    );
                }
            }
        }
    }

    #[test]
    fn countries_in_each_language() {
        for (text, want) in [
            ("Kerja di Kamboja gaji besar", "Cambodia"),
            ("Jawatan kosong di Kemboja", "Cambodia"),
            ("ทำงานที่กัมพูชา", "Cambodia"),
            ("Tuyển nhân viên đi Campuchia", "Cambodia"),
            ("柬埔寨高薪招聘", "Cambodia"),
            ("ကမ္ဘောဒီးယားတွင် အလုပ်", "Cambodia"),
            ("ការងារនៅកម្ពុជា", "Cambodia"),
            ("Trabaho sa Cambodia", "Cambodia"),
            ("Jobs in Burma", "Myanmar"),
            ("缅北高薪", "Myanmar"),
            ("ไปทำงานพม่า", "Myanmar"),
            ("Làm việc tại Lào", "Laos"),
            ("Kerja di Laos", "Laos"),
        ] {
            let found = find_places(text);
            assert_eq!(found.first().map(|p| p.name.as_str()), Some(want), "{text}");
            assert!(found[0].risky, "{text}");
            assert_eq!(found[0].kind, PlaceKind::Country);
        }
        let th = find_places("Work in Thailand or Malaysia, transit via Dubai");
        let got: Vec<(&str, bool)> = th.iter().map(|p| (p.name.as_str(), p.risky)).collect();
        assert_eq!(
            got,
            vec![("Thailand", false), ("Malaysia", false), ("Dubai", false)]
        );
    }

    #[test]
    fn cities_border_towns_and_zones() {
        let t = "Admin online di Sihanoukville (西港), bisa juga Bavet atau Poipet; via Batam lalu Phnom-Penh.";
        let found = find_places(t);
        let got: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            got,
            [
                "Sihanoukville",
                "Sihanoukville",
                "Bavet",
                "Poipet",
                "Batam",
                "Phnom Penh"
            ]
        );
        assert_eq!(found[2].kind, PlaceKind::BorderTown);
        assert!(!found[4].risky, "Batam is transit");
        assert_eq!(found[5].span.text, "Phnom-Penh");
        assert_eq!(names("Preah Sihanouk province"), ["Sihanoukville"]);
        assert_eq!(names("แม่สอด เมียวดี"), ["Mae Sot", "Myawaddy"]);
        assert_eq!(
            names("妙瓦底KK园区 亚太新城"),
            ["Myawaddy", "KK Park", "Shwe Kokko"]
        );
        let gt = find_places("Golden Triangle SEZ, Bokeo");
        assert_eq!(gt[0].name, "Golden Triangle SEZ");
        assert_eq!(gt[0].span.text, "Golden Triangle SEZ");
        assert_eq!(gt[0].kind, PlaceKind::Sez);
        assert_eq!(gt[1].country, "LA");
        assert!(find_places("Mae Sot")
            .iter()
            .all(|p| p.risky && p.country == "TH"));
    }

    #[test]
    fn word_boundaries_for_latin_names() {
        // "lao động" (labour) is not Laos; "Lào Cai" is a Vietnamese province.
        assert!(names("Xuất khẩu lao động Nhật Bản")
            .iter()
            .all(|n| n != "Laos"));
        assert_eq!(names("Xuất khẩu lao động Nhật Bản"), ["Japan"]);
        assert_eq!(names("Tỉnh Lào Cai tuyển dụng"), ["Lao Cai"]);
        assert!(names("Bavetta and Kampotx and Malaysian").is_empty());
        assert_eq!(names("THAILAND!!"), ["Thailand"]);
        assert!(names("Thai food").is_empty());
    }

    #[test]
    fn laojie_needs_context() {
        assert_eq!(names("缅甸果敢老街招聘"), ["Kokang", "Laukkaing"]);
        assert!(names("性格果敢，中国公司")
            .iter()
            .all(|n| n != "Kokang" && n != "Koh Kong"));
        assert_eq!(names("在缅北老街工作"), ["Laukkaing"]);
        assert_eq!(names("越南老街省"), ["Viet Nam", "Lao Cai"]);
        assert!(names("屯溪老街美食").is_empty(), "old street");
        let p = &find_places("缅甸 老街")[1];
        assert_eq!(
            (p.name.as_str(), p.country.as_str(), p.risky),
            ("Laukkaing", "MM", true)
        );
    }

    #[test]
    fn spans_are_exact() {
        let t = "🔥 ด่วน ทำงานที่ปอยเปต และ ភ្នំពេញ, ទៅ ព្រះសីហនុ";
        let found = find_places(t);
        assert_eq!(found.len(), 3);
        for p in &found {
            assert_eq!(&t[p.span.start..p.span.end], p.span.text);
        }
        assert!(find_places("").is_empty());
    }
}
