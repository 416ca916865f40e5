//! Lure phrases and legitimacy markers in the nine languages.
//!
//! The phrase table below is data: one `(signal, language, pattern)` entry a line. Patterns are
//! regex fragments matched case-insensitively. In a pattern, a plain space means "whitespace" and
//! `" ?"` means "optional whitespace"; in Latin-script languages (en, id, ms, tl, vi) a plain
//! space needs at least one whitespace character, in the others (th, zh, my, km, which do not
//! separate words by spaces) it is optional. Latin-script matches must start and end on a word
//! boundary (so `lao` never matches inside `lao động`, nor `bonus` inside `bonuses`).
//!
//! Wording comes from /work/shared/DOMAIN.md (gathered 2025-11 from news, NGO and government
//! warnings), from job boards' usual phrasing, and from common misspellings of both.
use crate::ad::Signal;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use regex_automata::hybrid;
use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::util::pool::Pool;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use std::collections::HashMap;
use std::sync::{LazyLock, OnceLock};

/// Names of every signal `find_phrases` can emit: lure side, then legitimacy side, then neither.
pub const SIGNAL_NAMES: [&str; 24] = [
    "no_experience",
    "no_degree",
    "free_flight",
    "free_visa",
    "free_housing",
    "free_food",
    "tourist_visa",
    "urgency",
    "age_limit",
    "passport_held",
    "no_fee",
    "fee_required",
    "easy_work",
    "lure_role",
    "irregular_route",
    "bonus_commission",
    "licence_number",
    "gov_scheme",
    "work_permit",
    "named_employer",
    "medical_check",
    "official_apply",
    "warning_notice",
    "news_report",
];

/// Languages written in Latin script: their phrases get word-boundary checks.
const LATIN_LANGS: [&str; 5] = ["en", "id", "ms", "tl", "vi"];

#[rustfmt::skip]
const PHRASES: &[(&str, &str, &str)] = &[
    // ---------------------------------------------------------------- no_experience
    ("no_experience", "en", r"no (?:prior |previous |work |relevant )?exp(?:erience|\.)?(?: (?:is )?(?:needed|required|necessary|req'?d|ok|okay))?"),
    ("no_experience", "en", r"(?:without|w/o|zero|with or without|w/ or w/o) (?:any )?(?:prior |work )?exp(?:erience)?"),
    ("no_experience", "en", r"exp(?:erience)? (?:is )?(?:not (?:needed|required|necessary|a must)|unnecessary|optional)"),
    ("no_experience", "en", r"(?:fresh ?grad(?:uate)?s?|beginners|newbies|inexperienced(?: applicants)?) (?:are )?(?:welcome|accepted|ok|okay|can apply|dipersilakan|dipersilahkan|boleh|bisa|diterima)"),
    ("no_experience", "id", r"(?:tanpa|tidak perlu|tdk perlu|tak perlu|gak perlu|ga perlu|nggak perlu|ngga perlu|g perlu|tidak butuh|tdk butuh|tidak harus|tdk harus|tidak wajib|tdk wajib|tidak memerlukan|tdk memerlukan|tidak membutuhkan) (?:ber)?(?:pengalaman|pengalamn|pengalman|pngalaman|pglmn|pglman|pengalaman2|exp|experience)"),
    ("no_experience", "id", r"(?:pengalaman|pengalamn|pglmn|pengalman) (?:kerja )?(?:tidak|tdk|tak|gak|ga|nggak) (?:diperlukan|perlu|wajib|diwajibkan|dibutuhkan|diutamakan|penting|harus)"),
    ("no_experience", "id", r"(?:belum|blm) (?:ber)?pengalaman"),
    ("no_experience", "id", r"(?:tidak|tdk) berpengalaman (?:juga )?(?:bisa|boleh|diterima|welcome|ok)"),
    ("no_experience", "ms", r"(?:tiada|tidak memerlukan|tanpa sebarang) (?:sebarang )?pengalaman(?: kerja)?"),
    ("no_experience", "ms", r"pengalaman (?:kerja )?(?:tidak|tak) (?:diperlukan|perlu|diwajibkan|wajib)"),
    ("no_experience", "tl", r"(?:kahit )?(?:walang|wala|wlang|walng) (?:work |job )?(?:exp|experience|xp|expi|karanasan)"),
    ("no_experience", "tl", r"(?:hindi|di) (?:na )?(?:kailangan|kelangan|need|required) (?:ng |na )?(?:work )?(?:exp|experience|karanasan)"),
    ("no_experience", "tl", r"(?:no|zero) exp(?:erience)? (?:ok|okay|pwede|puwede|pasok|accepted|welcome)"),
    ("no_experience", "vi", r"(?:không|ko|k|hông|khong|chẳng) (?:cần|yêu cầu|can|đòi hỏi|cần có|bắt buộc) (?:có )?(?:kinh nghiệm|kn|kinh nghiem|kinh ngiệm)"),
    ("no_experience", "vi", r"chưa (?:có |biết )?(?:kinh nghiệm|kn|kinh nghiem)"),
    ("no_experience", "vi", r"kinh nghiệm:? (?:không (?:cần|yêu cầu|bắt buộc|cần thiết))"),
    ("no_experience", "th", r"ไม่(?:ต้อง|จำเป็นต้อง|จำเป็น|เน้น|จำกัด)?(?:มี|ใช้)?ประสบการณ์"),
    ("no_experience", "th", r"ประสบการณ์ (?:ไม่จำเป็น|ไม่ต้องมี|ไม่จำกัด)"),
    ("no_experience", "zh", r"(?:无需|無需|不需|不需要|无须|無須|不要求|不用|没有|沒有|零|无|無|不限)(?:工作)?(?:经验|經驗)"),
    ("no_experience", "zh", r"(?:经验|經驗)(?:不限|不要求|无要求|無要求|可无|可無)"),
    ("no_experience", "zh", r"(?:小白|新手)(?:可|也可|亦可|都可)(?:做|以)?|零基(?:础|礎)"),
    ("no_experience", "my", r"အတွေ့အကြုံ [-:]? (?:မလို(?:အပ်)?|မရှိ(?:သူ(?:များ)?)?(?:လည်း)?)"),
    ("no_experience", "km", r"(?:មិន(?:ត្រូវការ|ចាំបាច់|ទាមទារ|តម្រូវ)|ពុំ(?:ត្រូវការ|ចាំបាច់)|គ្មាន|អត់)(?:មាន)? ?បទពិសោធន៍?"),
    ("no_experience", "km", r"បទពិសោធន៍? (?:មិន(?:ត្រូវការ|ចាំបាច់|ទាមទារ|តម្រូវ))"),
    // ---------------------------------------------------------------- no_degree
    ("no_degree", "en", r"no (?:college |formal )?(?:degree|diploma|education(?:al)? (?:requirement|background)|qualifications?)(?: (?:is )?(?:needed|required|necessary))?"),
    ("no_degree", "en", r"(?:degree|diploma|education) (?:is )?(?:not (?:needed|required|necessary)|unnecessary)"),
    ("no_degree", "en", r"(?:any|all) (?:educational|education) (?:backgrounds?|levels?|attainments?)"),
    ("no_degree", "en", r"(?:undergrad(?:uate)?s?|high ?school grad(?:uate)?s?|hs grads?) (?:are )?(?:welcome|ok|okay|pwede|puwede|accepted|can apply)"),
    ("no_degree", "id", r"(?:tanpa|tidak perlu|tdk perlu|tak perlu|gak perlu|tidak butuh|bebas) (?:ijazah|ijasah|ijaza|ijz)"),
    ("no_degree", "id", r"(?:ijazah|ijasah) (?:tidak|tdk|gak) (?:diperlukan|perlu|wajib|dibutuhkan)"),
    ("no_degree", "id", r"(?:pendidikan (?:bebas|tidak dibatasi|tdk dibatasi|apa saja)|ijazah apa saja)"),
    ("no_degree", "id", r"(?:min(?:imal)?\.?|lulusan|pendidikan) sd(?: sederajat)?"),
    ("no_degree", "ms", r"(?:tiada|tidak perlu|tak perlu|tanpa) (?:sebarang )?(?:kelulusan|kelayakan(?: akademik)?|sijil|spm)"),
    ("no_degree", "ms", r"(?:kelulusan|kelayakan akademik|spm|sijil) (?:tidak|tak) (?:diperlukan|perlu|wajib)"),
    ("no_degree", "tl", r"kahit (?:hindi|di) (?:tapos|nakatapos|graduate|grad)(?: ng)?(?: (?:pag-?aaral|college|hs|high ?school))?"),
    ("no_degree", "tl", r"kahit (?:undergrad(?:uate)?|hs grad|high ?school grad(?:uate)?|elem(?:entary)?(?: grad(?:uate)?)?)"),
    ("no_degree", "tl", r"walang (?:diploma|tinapos|natapos|degree)"),
    ("no_degree", "tl", r"(?:hindi|di) (?:na )?(?:kailangan|need) (?:ng )?(?:diploma|degree|college)"),
    ("no_degree", "vi", r"(?:không|ko|k|khong) (?:cần|yêu cầu|đòi hỏi|can) (?:có )?(?:bằng cấp|bằng|trình độ|bang cap|học vấn)"),
    ("no_degree", "vi", r"(?:bằng cấp|trình độ(?: học vấn)?):? (?:không (?:cần|yêu cầu|giới hạn|hạn chế))"),
    ("no_degree", "vi", r"không (?:giới hạn|hạn chế) (?:trình độ|bằng cấp)"),
    ("no_degree", "th", r"ไม่(?:จำกัด|ต้อง(?:มี|ใช้)|ใช้|เน้น)วุฒิ(?:การศึกษา)?"),
    ("no_degree", "th", r"วุฒิ(?:การศึกษา)? (?:ไม่จำกัด|ไม่จำเป็น|อะไรก็ได้)"),
    ("no_degree", "zh", r"(?:学历|學歷)(?:不限|无要求|無要求|不要求)|(?:不限|无需|無需|不需要|不要求|不看)(?:学历|學歷)"),
    ("no_degree", "my", r"ပညာ(?:အရည်အချင်း)? [-:]? (?:မရွေး|မလို(?:အပ်)?|ကန့်သတ်ချက်မရှိ)"),
    ("no_degree", "km", r"(?:មិន(?:ត្រូវការ|ចាំបាច់|ទាមទារ|តម្រូវ|កំណត់)|គ្មាន|អត់)(?:មាន)? ?(?:សញ្ញាបត្រ|កម្រិតវប្បធម៌|កម្រិតការសិក្សា)"),
    ("no_degree", "km", r"(?:សញ្ញាបត្រ|កម្រិតវប្បធម៌|កម្រិតការសិក្សា) (?:មិន(?:ត្រូវការ|កំណត់|ចាំបាច់|តម្រូវ))"),
    // ---------------------------------------------------------------- free_flight
    ("free_flight", "en", r"free (?:air ?|plane |round ?trip |return |one ?way )?(?:flights?|tickets?|air ?fares?|air ?tickets?|plane tickets?)"),
    ("free_flight", "en", r"(?:flights?|air ?fares?|air ?tickets?|plane tickets?|travel (?:costs?|expenses?)) (?:are |is |will be )?(?:provided|covered|paid|shouldered|sponsored|reimbursed|free|included)(?: by (?:the )?(?:company|employer))?"),
    ("free_flight", "en", r"(?:company|employer) (?:will )?(?:pays?|covers?|shoulders?|provides?|sponsors?) (?:for )?(?:the |your |all )?(?:flights?|air ?fares?|air ?tickets?|plane tickets?)"),
    ("free_flight", "id", r"(?:tiket|tkt|ongkos|biaya) (?:pesawat |pp |keberangkatan |berangkat |perjalanan )?(?:pp )?(?:di ?tanggung|tanggung|ditangung|gratis|free|dibayar(?:i|kan)?|disediakan|dibiayai)"),
    ("free_flight", "id", r"(?:gratis|free) tiket(?: pesawat| pp)?"),
    ("free_flight", "ms", r"tiket (?:kapal terbang |penerbangan |flight )?(?:percuma|ditanggung|disediakan)"),
    ("free_flight", "ms", r"(?:tambang|kos) (?:kapal terbang|penerbangan|perjalanan) (?:percuma|ditanggung|disediakan|dibayar)"),
    ("free_flight", "tl", r"libre(?:ng)? (?:ang )?(?:pamasahe|pasahe|plane ticket|ticket|tiket|airfare|air ?fare|flight|eroplano)"),
    ("free_flight", "tl", r"(?:pamasahe|pasahe|plane ticket|airfare) (?:ay )?(?:libre|sagot(?: ng (?:company|kumpanya|employer|amo))?)"),
    ("free_flight", "tl", r"sagot (?:ng (?:company|kumpanya|employer|amo) )?(?:ang )?(?:pamasahe|pasahe|plane ticket|ticket|airfare)"),
    ("free_flight", "vi", r"(?:bao|miễn phí|free|hỗ trợ|tài trợ|được bao|chi trả|hoàn) (?:100% )?(?:tiền )?vé(?: máy bay)?(?: (?:khứ hồi|2 chiều|hai chiều|một chiều))?"),
    ("free_flight", "vi", r"vé máy bay:? (?:miễn phí|được bao|công ty (?:lo|chi trả|trả|bao|hỗ trợ)|free)"),
    ("free_flight", "th", r"ฟรี ?(?:ค่า)?ตั๋ว(?:เครื่องบิน)?"),
    ("free_flight", "th", r"(?:ค่า)?ตั๋วเครื่องบิน (?:ฟรี|(?:บริษัท|นายจ้าง)(?:ออก|จ่าย)(?:ให้)?|(?:ออก|จ่าย)ให้)"),
    ("free_flight", "th", r"(?:ออก|จ่าย)ค่า(?:ตั๋ว(?:เครื่องบิน)?|เดินทาง)ให้"),
    ("free_flight", "zh", r"(?:包|报销|報銷|免费|免費|公司(?:承担|承擔|报销|報銷|出|包)|提供)(?:往返|来回|來回|单程|單程)?(?:机票|機票)"),
    ("free_flight", "zh", r"(?:往返|来回|來回)?(?:机票|機票)(?:报销|報銷|全包|公司(?:承担|承擔|出|报销|報銷)|免费|免費|包)"),
    ("free_flight", "zh", r"(?:路费|路費|车费|車費|旅费|旅費)(?:报销|報銷|全包)|(?:报销|報銷)(?:路费|路費|车费|車費|旅费|旅費)"),
    ("free_flight", "my", r"လေယာဉ် ?(?:လက်မှတ်)?(?:ခ)? (?:အခမဲ့|ကုမ္ပဏီ (?:မှ|က)? (?:ကျခံ|တာဝန်ယူ|ပေး)|ကျခံ(?:ပေး)?)"),
    ("free_flight", "km", r"(?:ថ្លៃ)?សំបុត្រ ?យន្តហោះ (?:ឥតគិតថ្លៃ|ហ្វ្រី|free|ក្រុមហ៊ុន ?(?:ចេញ|ចំណាយ|បង់|ទទួលបន្ទុក))"),
    ("free_flight", "km", r"(?:ចេញ|ចំណាយ|បង់)(?:ថ្លៃ)?សំបុត្រ ?យន្តហោះ"),
    // ---------------------------------------------------------------- free_visa
    ("free_visa", "en", r"free (?:work )?(?:visas?|passports?|visa processing|visa and passport|documents? processing|processing of (?:visa|documents?))"),
    ("free_visa", "en", r"(?:visas?|passports?)(?: (?:and|&) (?:passports?|tickets?|flights?))? (?:are |is |will be )?(?:free|covered|paid|shouldered|sponsored)(?: by (?:the )?(?:company|employer))?"),
    ("free_visa", "en", r"(?:company|employer) (?:will )?(?:pays?|covers?|shoulders?|processes|handles) (?:for )?(?:the |your |all )?(?:visas?|passports?)"),
    ("free_visa", "id", r"(?:visa|paspor|pasport|passport|dokumen) (?:kerja )?(?:di ?tanggung|gratis|free|dibayar(?:i|kan)?|dibuatkan|diurus(?:kan)?|dibiayai)"),
    ("free_visa", "id", r"(?:gratis|free) (?:pembuatan |pengurusan |biaya )?(?:visa|paspor|passport|dokumen)"),
    ("free_visa", "id", r"(?:pembuatan|pengurusan|biaya) (?:visa|paspor|passport|dokumen)(?: (?:dan|&) (?:visa|paspor|passport|tiket))? (?:di ?tanggung|gratis|free|dibayar)"),
    ("free_visa", "id", r"dibuatkan (?:visa|paspor|passport)"),
    ("free_visa", "ms", r"(?:visa|pasport) (?:percuma|ditanggung(?: majikan| syarikat)?|dibayar oleh (?:majikan|syarikat))"),
    ("free_visa", "ms", r"(?:urusan|pengurusan|kos) (?:visa|pasport) (?:percuma|ditanggung)"),
    ("free_visa", "tl", r"libre(?:ng)? (?:ang )?(?:visa|passport|pasaporte)"),
    ("free_visa", "tl", r"(?:visa|passport|pasaporte) (?:ay )?(?:libre|sagot(?: ng (?:company|kumpanya|employer|amo))?)"),
    ("free_visa", "tl", r"sagot (?:ng (?:company|kumpanya|employer|amo) )?(?:ang )?(?:visa|passport|pasaporte)"),
    ("free_visa", "vi", r"(?:bao|miễn phí|free|hỗ trợ(?: làm)?|công ty lo|lo (?:toàn bộ|hết)) (?:(?:thủ tục|chi phí) )?(?:làm )?(?:visa|hộ chiếu|thị thực|passport)"),
    ("free_visa", "vi", r"(?:làm )?(?:visa|hộ chiếu|thị thực|passport) (?:miễn phí|free|được bao|công ty (?:lo|chi trả|trả))"),
    ("free_visa", "th", r"ฟรี ?(?:ค่า)?(?:ทำ)?(?:วีซ่า|พาสปอร์ต|หนังสือเดินทาง)"),
    ("free_visa", "th", r"(?:ค่า)?(?:วีซ่า|พาสปอร์ต|หนังสือเดินทาง) (?:ฟรี|บริษัท(?:ออก|จ่าย|ทำ)(?:ให้)?|(?:ออก|จ่าย|ทำ)ให้)"),
    ("free_visa", "th", r"(?:ทำ|ออกค่า|จ่ายค่า)(?:วีซ่า|พาสปอร์ต|หนังสือเดินทาง)ให้"),
    ("free_visa", "zh", r"(?:包|免费|免費|公司(?:承担|承擔|负责|負責|出|包|代)?(?:办理|辦理|办|辦)|代办|代辦|包办|包辦)(?:护照|護照|签证|簽證|签|簽)"),
    ("free_visa", "zh", r"(?:签证|簽證|护照|護照)(?:费|費)?(?:全包|报销|報銷|免费|免費|公司(?:承担|承擔|出|负责|負責|办理|辦理))"),
    ("free_visa", "my", r"(?:ဗီဇာ|ပတ်စ်ပို့|ပတ်စပို့|ပါ့စပို့|နိုင်ငံကူးလက်မှတ်) ?(?:ခ)? (?:အခမဲ့|ကုမ္ပဏီ (?:မှ|က)? (?:ကျခံ|တာဝန်ယူ|လုပ်ပေး|ပေး)|လုပ်ပေး|ကျခံ(?:ပေး)?)"),
    ("free_visa", "km", r"(?:ទិដ្ឋាការ|វីសា|លិខិតឆ្លងដែន|ប៉ាសស្ព័រ|ប៉ាស្ពរ) (?:ឥតគិតថ្លៃ|ហ្វ្រី|ក្រុមហ៊ុន ?(?:ចេញ|ចំណាយ|បង់|ធ្វើ))"),
    ("free_visa", "km", r"(?:ធ្វើ|ចេញថ្លៃ)(?:ទិដ្ឋាការ|វីសា|លិខិតឆ្លងដែន) ?(?:ជូន|ឥតគិតថ្លៃ|ដោយឥតគិតថ្លៃ)"),
    // ---------------------------------------------------------------- free_housing
    ("free_housing", "en", r"free (?:accommodations?|housing|lodging|board and lodging|room and board|dorm(?:itory|itories)?|rooms?|hotel|apartment|stay|staff house|(?:living )?quarters)"),
    ("free_housing", "en", r"(?:accommodations?|housing|lodging|dorm(?:itory)?|rooms?|staff house|(?:living )?quarters)(?: and (?:meals?|food))? (?:are |is |will be )?(?:provided|free|included|covered|shouldered)"),
    ("free_housing", "en", r"room and board|board and lodging"),
    ("free_housing", "en", r"(?:company|employer) (?:will )?(?:provides?|pays? for|covers?) (?:free )?(?:the |your )?(?:accommodations?|housing|lodging|dorm(?:itory)?)"),
    ("free_housing", "id", r"(?:mess|mes|asrama|tempat tinggal|tmpt tinggal|penginapan|kost|kos|kosan|akomodasi|tempat tidur) (?:karyawan )?(?:di ?sediakan|disiapkan|gratis|free|ditanggung|dibayar(?:i)?)"),
    ("free_housing", "id", r"(?:gratis|free|dapat|dapet|dpt|fasilitas) (?:mess|mes|asrama|tempat tinggal|penginapan|kost|kos|akomodasi)"),
    ("free_housing", "ms", r"(?:penginapan|asrama|hostel|tempat tinggal|rumah pekerja|rumah|kediaman) (?:pekerja )?(?:percuma|disediakan|ditanggung)"),
    ("free_housing", "tl", r"libre(?:ng)? (?:ang )?(?:tirahan|bahay|accommodation|stay[-\s]?in|staff house|dorm|kwarto|kuwarto|lodging|pabahay|matutuluyan|tulugan)"),
    ("free_housing", "tl", r"(?:tirahan|bahay|accommodation|kwarto|kuwarto|pabahay) (?:ay )?(?:libre|sagot(?: ng (?:company|kumpanya|employer|amo))?)"),
    ("free_housing", "tl", r"stay[-\s]?in (?:free|libre)|free stay[-\s]?in"),
    ("free_housing", "vi", r"bao (?:ăn,? ?)?(?:ở|chỗ ở|nhà ở)"),
    ("free_housing", "vi", r"(?:miễn phí|free|hỗ trợ|được bao|cung cấp|có) (?:100% )?(?:chỗ ở|nhà ở|ký túc xá|ktx|phòng ở|tiền nhà|tiền phòng|chỗ ăn ở|ăn ở)"),
    ("free_housing", "vi", r"(?:chỗ ở|nhà ở|ký túc xá|ktx|phòng ở|ăn ở) (?:miễn phí|free|được bao|công ty lo)"),
    ("free_housing", "th", r"(?:มี|ฟรี|จัด|มีบริการ)(?:ที่พัก|หอพัก|บ้านพัก|ห้องพัก)"),
    ("free_housing", "th", r"(?:ที่พัก|หอพัก|บ้านพัก|ห้องพัก) (?:ฟรี|ให้|(?:บริษัท|นายจ้าง)(?:จัด)?ให้)|พักฟรี"),
    ("free_housing", "zh", r"包(?:吃)?住(?:宿)?|包食宿|管住"),
    ("free_housing", "zh", r"(?:免费|免費|提供|安排)(?:员工|員工)?(?:住宿|宿舍|公寓|酒店|住房)"),
    ("free_housing", "zh", r"(?:住宿|宿舍)(?:免费|免費|全包|公司(?:提供|安排|承担|承擔))"),
    ("free_housing", "my", r"(?:နေစရာ|အဆောင်|နေရာထိုင်ခင်း|အိပ်စရာ|နေထိုင်ရန်) (?:အခမဲ့|ပေး|စီစဉ်ပေး|ကုမ္ပဏီ (?:မှ|က)? (?:ကျခံ|ပေး|စီစဉ်))"),
    ("free_housing", "my", r"စား (?:/|၊|နှင့်)? နေ (?:အခမဲ့|ကျခံ|ပေး|အဆင်ပြေ)"),
    ("free_housing", "km", r"(?:កន្លែង|ផ្ទះ|បន្ទប់)?ស្នាក់នៅ (?:ឥតគិតថ្លៃ|ហ្វ្រី|free|ជូន)"),
    ("free_housing", "km", r"(?:មាន|ផ្តល់|ផ្ដល់)(?:ជូន)? ?(?:កន្លែង|ផ្ទះ|បន្ទប់)ស្នាក់នៅ"),
    // ---------------------------------------------------------------- free_food
    ("free_food", "en", r"free (?:food|meals?|lunch(?:es)?|breakfast|dinner|board)"),
    ("free_food", "en", r"(?:meals?|food|lunch|breakfast)(?: and (?:accommodation|lodging|housing))? (?:are |is |will be )?(?:provided|free|included|covered)"),
    ("free_food", "en", r"room and board|board and lodging|(?:3|three) meals (?:a|per) day"),
    ("free_food", "id", r"(?:makan|makanan|konsumsi)(?: (?:\d ?x|tiga kali|\d kali)(?: sehari)?)? (?:di ?sediakan|disiapkan|gratis|free|ditanggung|dibayar)"),
    ("free_food", "id", r"(?:gratis|free|dapat|dpt|dapet) (?:makan|makanan|konsumsi)"),
    ("free_food", "id", r"makan (?:\d ?x|tiga kali|\d kali) sehari"),
    ("free_food", "ms", r"(?:makan|makanan) (?:percuma|disediakan|ditanggung)|percuma makan(?:an)?"),
    ("free_food", "tl", r"libre(?:ng)? (?:ang )?(?:pagkain|kain|food|meals?|ulam|tanghalian)"),
    ("free_food", "tl", r"libre(?:ng)? (?:tirahan|bahay|accommodation) at (?:pagkain|kain)"),
    ("free_food", "tl", r"(?:pagkain|kain|meals?) (?:ay )?(?:libre|sagot)"),
    ("free_food", "vi", r"bao (?:ăn|cơm|ăn uống|bữa ăn|ăn trưa)"),
    ("free_food", "vi", r"(?:miễn phí|free|hỗ trợ|được bao) (?:tiền )?(?:ăn|cơm|bữa ăn|ăn uống|ăn trưa|suất ăn|\d bữa)"),
    ("free_food", "vi", r"(?:ăn|cơm|bữa ăn|ăn uống) (?:miễn phí|free|được bao|công ty lo)"),
    ("free_food", "th", r"(?:มี|ฟรี|เลี้ยง)(?:ที่พัก ?(?:และ|\+|,|/)? ?)?(?:อาหาร|ข้าว)"),
    ("free_food", "th", r"(?:อาหาร|ข้าว) (?:ฟรี|[0-9๐-๙] ?มื้อ)"),
    ("free_food", "zh", r"包(?:吃|餐|伙食|三餐|饭|飯)|包食宿|管吃"),
    ("free_food", "zh", r"(?:免费|免費|提供)(?:三餐|工作餐|伙食|吃饭|吃飯)|(?:三餐|伙食|餐费|餐費)(?:免费|免費|全包)"),
    ("free_food", "my", r"(?:စားစရာ|ထမင်း|အစားအသောက်|စားသောက်ရေး) (?:အခမဲ့|ကျွေး|ပေး|ကျခံ|ကုမ္ပဏီ (?:မှ|က)? (?:ကျခံ|ပေး))"),
    ("free_food", "my", r"စား (?:/|၊|နှင့်)? နေ (?:အခမဲ့|ကျခံ|ပေး|အဆင်ပြေ)"),
    ("free_food", "km", r"(?:អាហារ|ហូបចុក|បាយ) (?:ឥតគិតថ្លៃ|ហ្វ្រី|ជូន|[0-9០-៩] ?ពេល)"),
    ("free_food", "km", r"(?:មាន|ផ្តល់|ផ្ដល់)(?:ជូន)? ?(?:អាហារ|បាយ)"),
    // ---------------------------------------------------------------- tourist_visa
    ("tourist_visa", "en", r"(?:tourist|visit|visiting|visitor|holiday) visas?|visa on arrival|voa"),
    ("tourist_visa", "en", r"(?:convert(?:ed)?|change[ds]?|switch(?:ed)?|upgrade[ds]?) (?:it |the visa |your visa )?(?:later|to (?:a )?work(?:ing)? (?:visa|permit))"),
    ("tourist_visa", "en", r"(?:travel|go|enter|fly|depart|leave) as (?:a )?tourists?"),
    ("tourist_visa", "id", r"visa (?:turis|wisata|wisatawan|kunjungan|pelancong|on arrival|liburan)|bebas visa"),
    ("tourist_visa", "id", r"(?:berangkat|masuk|pergi|terbang) (?:sebagai|pakai|menggunakan|dengan|dgn|sbg) (?:visa )?(?:turis|wisatawan|pelancong|wisata|kunjungan)"),
    ("tourist_visa", "id", r"(?:diubah|diganti|dirubah|ganti|ubah|dikonversi|convert) (?:menjadi |jadi |ke )?(?:visa kerja|working visa|work visa)"),
    ("tourist_visa", "id", r"visa kerja (?:diurus|dibuat|dibuatkan) (?:di sana|disana|setelah (?:sampai|tiba)|nanti)"),
    ("tourist_visa", "ms", r"(?:visa|pas) (?:pelancong|lawatan(?: sosial)?|pelawat)"),
    ("tourist_visa", "ms", r"(?:tukar|ditukar) (?:ke |kepada )?(?:visa|permit|pas) kerja"),
    ("tourist_visa", "tl", r"(?:mag|pa|magpa)-?tourist|tourist (?:muna|lang)|turista(?:ng)? visa"),
    ("tourist_visa", "tl", r"(?:bilang|as|parang) (?:isang )?turista"),
    ("tourist_visa", "tl", r"(?:i-?convert|iko-?convert|papalitan) (?:na lang )?(?:ang visa |ng visa )?(?:pagdating|doon|sa (?:working|work) visa)"),
    ("tourist_visa", "vi", r"(?:visa|thị thực) (?:du lịch|thăm thân|du lich)"),
    ("tourist_visa", "vi", r"(?:diện|dạng|hình thức|theo đường) du lịch"),
    ("tourist_visa", "vi", r"chuyển (?:đổi )?(?:sang )?(?:visa|thị thực)"),
    ("tourist_visa", "th", r"วีซ่า ?(?:นัก)?ท่องเที่ยว|(?:แบบ|ในฐานะ)(?:นัก)?ท่องเที่ยว|วีซ่า ?on ?arrival"),
    ("tourist_visa", "th", r"(?:เปลี่ยน|แปลง)(?:เป็น)?วีซ่า(?:ทำงาน)?"),
    ("tourist_visa", "zh", r"(?:旅游|旅遊|观光|觀光|探亲|探親)(?:签|簽)(?:证|證)?|落地(?:签|簽)|免(?:签|簽)(?:入境)?"),
    ("tourist_visa", "zh", r"(?:转|轉|换|換|改)(?:成|为|為)?(?:工签|工簽|工作签证|工作簽證)"),
    ("tourist_visa", "zh", r"(?:以|用|持|拿)(?:旅游|旅遊|观光|觀光)(?:名义|名義|身份|的方式|签证|簽證)"),
    ("tourist_visa", "my", r"(?:ခရီးသွား|တိုးရစ်|ကမ္ဘာလှည့်|tourist) ?ဗီဇာ|ဗီဇာ ?ပြောင်း(?:ပေး)?"),
    ("tourist_visa", "km", r"(?:ទិដ្ឋាការ|វីសា) ?(?:ទេសចរណ៍|ទេសចរ|ទស្សនកិច្ច)|(?:ប្តូរ|ប្ដូរ)(?:ទៅ(?:ជា)?)? ?(?:ទិដ្ឋាការ|វីសា)"),
    // ---------------------------------------------------------------- urgency
    ("urgency", "en", r"urgent(?:ly)?(?: (?:hiring|needed|need|required|vacancy|vacancies|recruitment))?|asap"),
    ("urgency", "en", r"immediate(?:ly)? (?:start|hiring|deployment|departure|joining|hire)"),
    ("urgency", "en", r"(?:depart(?:ure)?|fly|flight|deploy(?:ment)?|leave|start) (?:is )?(?:next|this|within (?:a|one|1|2|two)) (?:week|month|days?|weeks)"),
    ("urgency", "en", r"limited (?:slots?|seats?|quota|vacanc(?:y|ies)|positions?|spots?)"),
    ("urgency", "en", r"(?:fast|quick|rapid|express|speedy) (?:process(?:ing)?|hiring|deployment|departure|recruitment)"),
    ("urgency", "en", r"(?:only )?\d+ (?:slots?|seats?|spots?) (?:left|remaining|only)|first come,? first served"),
    ("urgency", "id", r"(?:di)?butuhkan (?:segera|cepat)|dicari segera|butuh (?:cepat|segera)|urgen"),
    ("urgency", "id", r"segera (?:berangkat|dibutuhkan|hubungi|daftar(?:kan)?|merapat|gabung)"),
    ("urgency", "id", r"(?:proses|berangkat|keberangkatan|penempatan) (?:cepat|kilat|langsung|secepatnya|minggu depan|bulan (?:ini|depan)|dalam \d+ (?:hari|minggu))"),
    ("urgency", "id", r"(?:kuota|slot|tempat|kursi|lowongan|posisi) (?:sangat )?terbatas|langsung (?:berangkat|terbang)|buruan"),
    ("urgency", "ms", r"(?:tempat|kuota|kekosongan|slot|jawatan) (?:adalah )?terhad"),
    ("urgency", "ms", r"(?:diperlukan|pengambilan|mula(?: kerja)?|lapor diri) segera|(?:proses|kelulusan) (?:cepat|pantas)"),
    ("urgency", "tl", r"(?:agad|agarang|mabilis(?:ang)?) (?:na )?(?:alis|pag-?alis|deployment|proseso|process|hiring|lipad)"),
    ("urgency", "tl", r"(?:alis|lipad|deployment|deploy) (?:agad|kaagad|next week|ngayong (?:linggo|buwan)|sa susunod na linggo)"),
    ("urgency", "tl", r"madalian(?:g)?|limitado(?:ng)? (?:slots?|bakante|posisyon)"),
    ("urgency", "vi", r"(?:tuyển|cần|tuyển dụng|cần tuyển) (?:gấp|cấp tốc)|gấp gấp"),
    ("urgency", "vi", r"(?:xuất cảnh|bay|đi làm|thủ tục|hồ sơ|làm hồ sơ) (?:nhanh|ngay|gấp|cấp tốc)"),
    ("urgency", "vi", r"(?:số lượng|chỉ tiêu|suất) (?:có hạn|hạn chế|giới hạn)|(?:chỉ )?còn \d+ (?:suất|slot|chỉ tiêu)"),
    ("urgency", "vi", r"xuất cảnh (?:sau|trong) (?:\d+|vài) (?:ngày|tuần)|đi ngay"),
    ("urgency", "th", r"(?:รับ(?:สมัคร)?|ต้องการ)?(?:คน|พนักงาน)?ด่วน(?:มาก|ที่สุด)?"),
    ("urgency", "th", r"(?:จำนวน|ที่นั่ง|อัตรา)(?:มี)?(?:จำกัด|น้อย)"),
    ("urgency", "th", r"(?:บิน|เดินทาง|ไปทำงาน|เริ่มงาน)(?:ได้)?(?:ทันที|สัปดาห์หน้า|อาทิตย์หน้า|เดือนหน้า)"),
    ("urgency", "th", r"(?:ขั้นตอน|ดำเนินการ|ทำเรื่อง|เอกสาร)(?:รวดเร็ว|เร็ว|ไว|ด่วน)"),
    ("urgency", "zh", r"急(?:招|聘|需|缺)|(?:紧急|緊急)(?:招聘|招人|用人)|名(?:额|額)(?:有限|不多|紧张|緊張)|先到先得"),
    ("urgency", "zh", r"(?:快速|火速|即刻|马上|馬上|立即|随时|隨時)(?:出国|出國|出发|出發|办理|辦理|入职|入職|上岗|上崗|到岗|到崗)"),
    ("urgency", "zh", r"(?:下周|下週|本周|本週|下个月|下個月)(?:出发|出發|出国|出國|飞|飛)|(?:手续|手續)(?:快|简单|簡單)"),
    ("urgency", "my", r"အမြန် ?(?:ခေါ်|လိုအပ်|ထွက်|ဆက်သွယ်|လျှောက်)|အရေးပေါ်|အရေးတကြီး"),
    ("urgency", "my", r"(?:နေရာ|ဦးရေ|အရေအတွက်) ?(?:အကန့်အသတ်|ကန့်သတ်)|ချက်ချင်း ?(?:ထွက်|စ|ဝင်)"),
    ("urgency", "km", r"(?:ត្រូវការ|ជ្រើសរើស|រើស)?(?:បុគ្គលិក)? ?បន្ទាន់|(?:ចំនួន|កន្លែង) ?(?:មាន)?(?:កំណត់|តិច)"),
    ("urgency", "km", r"(?:ធ្វើដំណើរ|ចេញដំណើរ|ចូលធ្វើការ) ?(?:ភ្លាមៗ|ភ្លាម|សប្តាហ៍ក្រោយ|សប្ដាហ៍ក្រោយ)|(?:ដំណើរការ|នីតិវិធី|ឯកសារ) ?(?:រហ័ស|លឿន)"),
    // ---------------------------------------------------------------- age_limit
    ("age_limit", "en", r"(?:age|aged|ages)(?: (?:limit|requirement|range|bracket))? ?:? ?(?:between |from )?\d{2} ?(?:-|–|~|to|and) ?\d{2}(?: ?(?:years?(?: old)?|yrs?(?: old)?|y/?o))?"),
    ("age_limit", "en", r"\d{2} ?(?:-|–|~|to) ?\d{2} ?(?:years? old|yrs? old|y/?o|yo|years|yrs)"),
    ("age_limit", "en", r"(?:age|aged) ?:? ?(?:below|under|max(?:imum)?|up to|not over) ?\d{2}"),
    ("age_limit", "en", r"(?:under|below|not over|not more than|maximum|max\.?) ?\d{2} ?(?:years? old|yrs? old|y/?o|years|yrs)"),
    ("age_limit", "id", r"(?:usia|umur|berumur|berusia)(?: (?:max(?:imal)?|maks(?:imal)?|min(?:imal)?|antara|dari|maksimum|minimum))? ?:? ?\.? ?\d{2}(?: ?(?:-|–|~|s/?d|sampai|hingga|ke) ?\d{2})?(?: ?(?:tahun|thn|th))?"),
    ("age_limit", "id", r"\d{2} ?(?:-|–|s/?d|sampai|hingga) ?\d{2} ?(?:tahun|thn|th)"),
    ("age_limit", "tl", r"edad ?:? ?(?:mula )?\d{2} ?(?:-|–|hanggang|to|~) ?\d{2}|\d{2} ?(?:-|hanggang|to) ?\d{2} ?(?:taong gulang|taon)"),
    ("age_limit", "tl", r"(?:edad|age) (?:hanggang|below|pababa) ?\d{2}"),
    ("age_limit", "vi", r"(?:độ tuổi|tuổi|tuoi)(?: từ)? ?:? ?\d{2} ?(?:-|–|đến|tới|~) ?\d{2}"),
    ("age_limit", "vi", r"\d{2} ?(?:-|–|đến|tới) ?\d{2} ?(?:tuổi|tuoi|t)|(?:dưới|không quá|tối đa) \d{2} tuổi"),
    ("age_limit", "th", r"อายุ (?:ระหว่าง|ตั้งแต่)? [0-9๐-๙]{2} (?:ปี)? (?:-|–|ถึง|~) [0-9๐-๙]{2}"),
    ("age_limit", "th", r"อายุ (?:ไม่เกิน|ไม่ต่ำกว่า|ต่ำกว่า|ไม่เกินกว่า) [0-9๐-๙]{2}"),
    ("age_limit", "zh", r"(?:年龄|年齡) ?[:：]? ?[0-9]{2} ?(?:-|–|~|～|至|到) ?[0-9]{2}|[0-9]{2} ?(?:-|–|~|～|至|到) ?[0-9]{2} ?(?:周岁|週歲|岁|歲)"),
    ("age_limit", "zh", r"(?:年龄|年齡)(?:不超过|不超過|在)? ?[0-9]{2} ?(?:周岁|週歲|岁|歲)以(?:下|内|內)"),
    ("age_limit", "my", r"အသက် [(（]? [0-9၀-၉]{2} (?:နှစ်)? (?:-|–|မှ|~) [0-9၀-၉]{2}|အသက် [0-9၀-၉]{2} ?နှစ် ?(?:အောက်|အထိ)"),
    ("age_limit", "km", r"អាយុ (?:ពី|ចាប់ពី|ចន្លោះ)? [0-9០-៩]{2} (?:ឆ្នាំ)? (?:-|–|ដល់|~|ទៅ) [0-9០-៩]{2}|អាយុ (?:មិនលើស|ក្រោម) [0-9០-៩]{2}"),
    // ---------------------------------------------------------------- passport_held
    ("passport_held", "en", r"(?:company|employer|agency|agent|boss|we|they) (?:will )?(?:keeps?|kept|holds?|held|retains?|retained|takes?|took|confiscates?|confiscated|keeps? custody of) (?:your |the |their |workers'? |employees'? |all )?passports?"),
    ("passport_held", "en", r"passports? (?:will be |are |is |were |was )?(?:kept|held|retained|confiscated|surrendered|taken|seized|withheld)"),
    ("passport_held", "en", r"(?:surrender|hand over) (?:your |the )?(?:original )?passports?"),
    ("passport_held", "id", r"(?:paspor|pasport|passport) (?:akan |harus )?(?:di ?tahan|di ?pegang|di ?simpan|di ?sita|di ?ambil|dititipkan|diserahkan)"),
    ("passport_held", "id", r"(?:menahan|menyita|memegang|menyimpan|mengambil|tahan|sita) (?:paspor|pasport|passport)"),
    ("passport_held", "ms", r"(?:pasport|passport) (?:akan )?(?:di ?rampas|diserahkan kepada majikan)|(?:majikan|syarikat|ejen) (?:akan )?(?:menyimpan|memegang|menahan|merampas|simpan|pegang) (?:pasport|passport)"),
    ("passport_held", "tl", r"(?:kukunin|kinuha|kinukuha|hawak|hahawakan|itatago|tinago|kinumpiska|kumpiskahin)(?: ng \w+)? (?:ang |yung |ng )?(?:passport|pasaporte)"),
    ("passport_held", "tl", r"(?:passport|pasaporte) (?:ay )?(?:kukunin|hawak|itatago|kinuha|kinumpiska)"),
    ("passport_held", "vi", r"(?:giữ|thu|tịch thu|thu giữ|cầm|nộp lại) (?:lại )?(?:hộ chiếu|passport)"),
    ("passport_held", "vi", r"(?:hộ chiếu|passport) (?:sẽ )?(?:bị |do công ty )?(?:giữ|thu giữ|tịch thu)"),
    ("passport_held", "th", r"(?:ยึด|เก็บ|ริบ)(?:พาสปอร์ต|พาสปอร์ท|หนังสือเดินทาง)|(?:พาสปอร์ต|หนังสือเดินทาง) ?(?:ถูก)?(?:ยึด|ริบ)|ฝาก(?:พาสปอร์ต|หนังสือเดินทาง)ไว้"),
    ("passport_held", "zh", r"(?:扣|扣押|扣留|没收|沒收|收走|收缴|收繳|保管|代管|统一保管|統一保管|上交|交出)(?:员工|員工|你的)?(?:护照|護照)"),
    ("passport_held", "zh", r"(?:护照|護照)(?:由公司|公司)?(?:统一|統一)?(?:保管|扣押|扣留|上交|被扣|被收|没收|沒收)"),
    ("passport_held", "my", r"(?:ပတ်စ်ပို့|ပတ်စပို့|ပါ့စပို့|နိုင်ငံကူးလက်မှတ်) (?:ကို)? (?:သိမ်း|ကိုင်ထား|ယူထား|အပ်ထား)"),
    ("passport_held", "km", r"(?:រឹបអូស|ដកហូត|កាន់|រក្សាទុក|ទុក|យក)(?:យក)? ?(?:លិខិតឆ្លងដែន|ប៉ាស្ពរ|ប៉ាសស្ព័រ)"),
    // ---------------------------------------------------------------- no_fee
    ("no_fee", "en", r"no (?:placement |processing |recruitment |agency |hidden |upfront |training |application |registration )?(?:fees?|charges?|costs?)"),
    ("no_fee", "en", r"(?:zero|0) (?:placement |processing |recruitment )?(?:fees?|cost)|free of charge|(?:free|zero|no) processing"),
    ("no_fee", "en", r"(?:placement|processing|recruitment|application) (?:fee )?(?:is )?(?:free|waived)|without (?:any )?(?:fees?|charges?|payment|cost)"),
    ("no_fee", "en", r"(?:don'?t|do not|will not|won'?t) (?:need to )?(?:pay|spend) (?:anything|any (?:fee|money)|a (?:single )?(?:cent|peso|penny))"),
    ("no_fee", "id", r"(?:tanpa|tidak ada|tdk ada|bebas|gak ada|tidak dipungut|tdk dipungut|tanpa dipungut|tidak dikenakan|tdk dikenakan) (?:biaya|potongan|pungutan|bayaran|dp)"),
    ("no_fee", "id", r"(?:biaya|pendaftaran|proses) (?:nol|0|gratis|free)|(?:gratis|free|zero|nol) (?:biaya|pendaftaran|proses|potongan|rupiah)"),
    ("no_fee", "ms", r"(?:tiada|tanpa|tidak dikenakan|tak dikenakan|tak perlu bayar|tidak perlu bayar) (?:sebarang )?(?:bayaran|yuran|caj|kos|potongan)"),
    ("no_fee", "ms", r"(?:pendaftaran|proses|pengambilan) (?:adalah )?percuma|percuma (?:pendaftaran|proses)"),
    ("no_fee", "tl", r"walang (?:placement fee|processing fee|bayad|fee|babayaran|gastos|kaltas|sisingilin|singil)"),
    ("no_fee", "tl", r"libre(?:ng)? (?:ang )?(?:processing|pagproseso|placement|pag-?apply|application)|hindi (?:kailangang )?(?:magbayad|magbabayad)"),
    ("no_fee", "vi", r"(?:không|ko|k) (?:mất|thu|tốn|có|đóng) (?:bất kỳ )?(?:phí|chi phí|tiền|khoản phí|lệ phí|đồng nào)"),
    ("no_fee", "vi", r"miễn phí (?:100% )?(?:hồ sơ|tuyển dụng|xuất cảnh|dịch vụ|môi giới|tham gia|đăng ký|toàn bộ|hoàn toàn)|(?:phí|chi phí):? (?:0 ?đ|0 đồng|0 vnđ)"),
    ("no_fee", "th", r"ไม่(?:มี|เสีย|ต้องเสีย|เก็บ|ต้องจ่าย|คิด)(?:ค่าใช้จ่าย|ค่าหัว|ค่าบริการ|ค่าดำเนินการ|ค่าสมัคร|เงิน|ค่าธรรมเนียม)"),
    ("no_fee", "th", r"ฟรี(?:ค่า(?:ดำเนินการ|บริการ|สมัคร|หัว|ใช้จ่าย|ธรรมเนียม)|ทุกอย่าง|ตลอด|ทุกขั้นตอน)"),
    ("no_fee", "zh", r"(?:零|0)(?:费用|費用|中介费|中介費|收费|收費)|全(?:程)?免(?:费|費)"),
    ("no_fee", "zh", r"(?:不收|无|無|免|没有|沒有|无需|無需|不需要|不用)(?:任何)?(?:中介|介绍|介紹)?(?:费用|費用|中介费|中介費|手续费|手續費|押金|服务费|服務費|报名费|報名費)"),
    ("no_fee", "zh", r"免(?:费|費)(?:办理|辦理|出国|出國|报名|報名|面试|面試)"),
    ("no_fee", "my", r"(?:ဝန်ဆောင်ခ|အခကြေးငွေ|ကြိုတင်ငွေ|ကုန်ကျစရိတ်) (?:မယူ|မပေးရ|အခမဲ့|မလို|ပေးစရာမလို|မရှိ)|ပေးစရာ ?မလို"),
    ("no_fee", "km", r"(?:មិន|គ្មាន|អត់)(?:គិត|យក|បង់)?ថ្លៃ(?:សេវា|ឈ្នួល|ដំណើរការ)?|មិន(?:ត្រូវ)?(?:ចំណាយ|បង់)(?:លុយ|ប្រាក់|ថ្លៃ)?"),
    ("no_fee", "km", r"ឥតគិតថ្លៃ ?(?:ទាំងអស់|១០០%|100%)|(?:ដាក់ពាក្យ|ចុះឈ្មោះ) ?(?:ដោយ)?ឥតគិតថ្លៃ"),
    // ---------------------------------------------------------------- fee_required
    ("fee_required", "en", r"(?:pay|paying|payment of|send|deposit) (?:a |the |an |your )?(?:deposit|processing fee|placement fee|registration fee|admin(?:istrative)? fee|training fee|medical fee|visa fee|reservation fee|application fee|upfront fee|security deposit|down ?payment)"),
    ("fee_required", "en", r"(?:deposit|processing fee|placement fee|registration fee|reservation fee|application fee|training fee)s? ?(?:of|is|:|=)? ?(?:\$|usd|us\$|rm|rp\.?|php|₱|฿|p)? ?\d[\d.,]*"),
    ("fee_required", "en", r"(?:upfront|advance) (?:payment|fee|deposit)|(?:pay|payment) (?:first|upfront|in advance|before (?:departure|processing))"),
    ("fee_required", "id", r"(?:bayar|biaya|uang|membayar|transfer|tf) (?:pendaftaran|administrasi|admin|adm|proses|pengurusan|deposit|jaminan|muka|dp|pelatihan|medical|medikal|sponsor|seragam|formulir|visa|paspor|keberangkatan)"),
    ("fee_required", "id", r"(?:dp|deposit|uang jaminan|uang muka) (?:dulu|terlebih dahulu|di ?awal|sebesar)|(?:transfer|tf|bayar) (?:dulu|terlebih dahulu|di ?muka|di ?awal)"),
    ("fee_required", "ms", r"(?:bayaran|yuran|caj) (?:pendaftaran|proses|pemprosesan|deposit|pendahuluan|ejen)|(?:deposit|wang pendahuluan) (?:dahulu|dulu|sebanyak)"),
    ("fee_required", "tl", r"(?:magbayad|magbabayad|bayad|mag-?deposit) (?:muna )?(?:ng )?(?:placement fee|processing fee|reservation fee|deposit|down ?payment|training fee|muna)"),
    ("fee_required", "tl", r"(?:placement|processing|reservation) fee (?:na )?(?:₱|php|p)? ?\d[\d.,]*"),
    ("fee_required", "vi", r"(?:đóng|nộp|đặt|chuyển) (?:tiền )?(?:cọc|phí|trước|lệ phí)"),
    ("fee_required", "vi", r"(?:phí|chi phí|tiền) (?:hồ sơ|xuất cảnh|môi giới|dịch vụ|đặt cọc|đào tạo|làm visa)|tiền cọc|đặt cọc"),
    ("fee_required", "th", r"(?:จ่าย|โอน|วาง|เสีย)(?:เงิน)?(?:มัดจำ|ค่าดำเนินการ|ค่าสมัคร|ค่าหัว|ค่าบริการ|ค่าเอกสาร|ค่าวีซ่า|ค่าธรรมเนียม|ก่อน)"),
    ("fee_required", "th", r"(?:เงิน|ค่า)มัดจำ|(?:ค่าหัว|ค่าดำเนินการ|ค่าสมัคร) ?[0-9๐-๙]"),
    ("fee_required", "zh", r"押金|保(?:证|證)金|定金|订金|(?:报名|報名|培训|培訓)(?:费|費)"),
    ("fee_required", "zh", r"(?:中介|手续|手續|服务|服務)(?:费|費) ?[:：]? ?[0-9]|先(?:交|付|转|轉|打)(?:钱|錢|费|費|押金|定金|款)"),
    ("fee_required", "my", r"စရံ(?:ငွေ)?|ကြိုတင်(?:ငွေ|ကြေး) ?(?:ပေး|သွင်း|လွှဲ)|ဝန်ဆောင်ခ ?[0-9၀-၉]"),
    ("fee_required", "km", r"ប្រាក់កក់|(?:បង់|ផ្ញើ|វេរ)(?:ប្រាក់|លុយ)? ?(?:មុន|ជាមុន|កក់)|ថ្លៃ(?:សេវា|ដំណើរការឯកសារ|ឯកសារ) ?[0-9០-៩$]"),
    // ---------------------------------------------------------------- easy_work
    ("easy_work", "en", r"(?:easy|simple|light|relaxing|relaxed) (?:work|job|tasks?|duties)|easy money"),
    ("easy_work", "en", r"(?:just|only|simply) (?:need to )?(?:typing|type|chatting|chat|know how to (?:type|use (?:a |your )?(?:smart ?phone|phone|computer)))"),
    ("easy_work", "en", r"(?:can|able to|know how to) (?:use|operate) (?:a |your )?(?:smart ?phone|cell ?phone|phone|computer)"),
    ("easy_work", "id", r"(?:kerja|pekerjaan|kerjaan) (?:ringan|santai|mudah|gampang)"),
    ("easy_work", "id", r"(?:cuma|hanya|cukup) (?:bisa )?(?:mengetik|ngetik|ketik|main hp|pakai hp|pake hp|menggunakan hp|chat|chatting|komputer|hp|modal hp)"),
    ("easy_work", "id", r"bisa (?:mengoperasikan|pakai|pake|menggunakan|main) (?:hp|komputer|handphone|computer)|modal hp"),
    ("easy_work", "ms", r"kerja (?:mudah|senang)|(?:hanya|cuma) (?:perlu )?(?:menaip|taip|guna telefon|guna hp)|(?:tahu|boleh) guna (?:komputer|telefon|hp)"),
    ("easy_work", "tl", r"madali(?:ng)? (?:lang )?(?:ang )?trabaho|(?:chat|typing|type) lang"),
    ("easy_work", "tl", r"(?:basta )?marunong (?:lang )?(?:mag-?type|mag-?computer|gumamit ng (?:cellphone|cp|computer|phone))"),
    ("easy_work", "vi", r"việc (?:nhẹ|nhàn|đơn giản|dễ)|lương cao việc nhẹ|công việc (?:nhẹ nhàng|đơn giản|nhàn)"),
    ("easy_work", "vi", r"chỉ cần (?:biết )?(?:dùng|sử dụng|sd|đánh máy|gõ|chat|nhắn tin|lướt|cầm) ?(?:điện thoại|máy tính|đt)?"),
    ("easy_work", "vi", r"biết (?:dùng|sử dụng|sd) (?:điện thoại|máy tính|smartphone)"),
    ("easy_work", "th", r"งาน(?:สบาย|ง่าย|เบา|ไม่หนัก)"),
    ("easy_work", "th", r"(?:แค่|เพียง|ขอแค่)(?:พิมพ์|แชท|ใช้(?:โทรศัพท์|มือถือ|คอม(?:พิวเตอร์)?))"),
    ("easy_work", "th", r"(?:ใช้|เล่น)(?:โทรศัพท์|มือถือ|คอม(?:พิวเตอร์)?)(?:เป็น|ได้)|พิมพ์(?:ดีด)?(?:เป็น|ได้)"),
    ("easy_work", "zh", r"(?:工作)?(?:轻松|輕鬆)|简单易(?:上手|做)|簡單易(?:上手|做)"),
    ("easy_work", "zh", r"(?:会|會|懂)(?:打字|用手机|用手機|电脑|電腦|拼音)|只(?:需|要)(?:要)?(?:会|會)?(?:打字|聊天|一部手机|手机|手機|电脑|電腦)"),
    ("easy_work", "my", r"အလုပ် ?(?:လွယ်|သက်သာ|ပေါ့)|(?:ဖုန်း|ကွန်ပျူတာ|စာရိုက်) ?(?:သုံး)? ?တတ်(?:ရုံ|ရင်|ယုံ)"),
    ("easy_work", "km", r"ការងារ ?(?:ងាយ)?ស្រួល|ការងារ ?ស្រាល|ចេះ(?:ប្រើ)? ?(?:ទូរស័ព្ទ|ទូរសព្ទ|កុំព្យូទ័រ|វាយអក្សរ|តាយពិន)"),
    // ---------------------------------------------------------------- lure_role
    ("lure_role", "en", r"admin (?:online|judi|slot|game|kasino|casino|chat|sosmed)|online admin|(?:customer service|cs) (?:online|representative online)|online (?:customer service|chat (?:support|agent|operator))"),
    ("lure_role", "en", r"chat (?:operator|agent|support|specialist)|(?:game|gaming|casino|crypto|betting|slot|judi|online) (?:operator|agent|dealer|staff)"),
    ("lure_role", "en", r"marketing online|typist|data entry|telemarketing|telesales?|ktv|(?:live|stream(?:ing)?) host|crypto trad(?:er|ing)"),
    ("lure_role", "id", r"operator (?:game|judi|slot|online|kasino|casino)|cs online|pengetik|admin (?:sosial media|media sosial)|agen (?:judi|slot|togel)"),
    ("lure_role", "ms", r"khidmat pelanggan dalam talian|admin dalam talian|pemasaran dalam talian|penaip"),
    ("lure_role", "tl", r"(?:online )?chat support|online (?:seller|selling|casino)|casino staff|encoder online"),
    ("lure_role", "vi", r"(?:nhân viên|nv) (?:chat|trực page|cskh online|nhập liệu|đánh máy|sale online|telesales?|kinh doanh online|casino|game|tiền ảo|chốt đơn online)"),
    ("lure_role", "vi", r"trực page|cskh online|chăm sóc khách hàng online|nhập liệu online|đánh máy online"),
    ("lure_role", "th", r"แอดมิน(?:ออนไลน์|เพจ)?|(?:พนักงาน)?(?:พิมพ์งาน|คีย์ข้อมูล|ตอบแชท)|(?:เซลล์|เซล|การตลาด|ดูแลลูกค้า)ออนไลน์|คาสิโน|บาคาร่า|เทเลเซล(?:ล์)?"),
    ("lure_role", "zh", r"(?:网络|網絡|在线|在線|线上|線上|中文|华语|華語|游戏|遊戲)客服|客服(?:专员|專員|人员|人員|主管)|打字(?:员|員)|聊天(?:员|員)"),
    ("lure_role", "zh", r"(?:网络|網絡)(?:推广|推廣|营销|營銷)|推广(?:员|員)|菠菜|博彩|(?:赌场|賭場|网赌|網賭)|荷官|(?:币圈|幣圈|虚拟币|虛擬幣|数字货币|數字貨幣)|电销|電銷|话务员|話務員|跑分"),
    ("lure_role", "my", r"(?:အွန်လိုင်း|online) ?(?:အက်ဒမင်|ရောင်း|ဝန်ထမ်း|စကားပြော|chat)|အက်ဒမင်|စာရိုက်(?:သူ|ဝန်ထမ်း)|ကာစီနို|ဂိမ်း ?အော်ပရေတာ"),
    ("lure_role", "km", r"(?:អ្នក|បុគ្គលិក)(?:វាយអក្សរ|ឆាត|ជជែក)|កាស៊ីណូ|អេដមីន|(?:ទីផ្សារ|លក់|ឆាត) ?(?:អនឡាញ|អនឡាយ|online)"),
    // ---------------------------------------------------------------- irregular_route
    ("irregular_route", "en", r"(?:via|through|thru|from) batam|(?:via|through|by|over) (?:the )?(?:land|land border|border crossing)|cross(?:ing)? the border|back ?-?door"),
    ("irregular_route", "en", r"transit (?:in|via|through|at) (?:bangkok|dubai|malaysia|kuala lumpur|kl|batam|singapore|thailand|vietnam|ho chi minh)"),
    ("irregular_route", "en", r"(?:without|no) (?:a )?(?:work(?:ing)? (?:permit|visa))(?: (?:needed|required))?"),
    ("irregular_route", "id", r"jalur (?:belakang|tikus|darat|tidak resmi|non ?-?prosedural|ilegal|gelap)|non ?-?prosedural|unprosedural"),
    ("irregular_route", "id", r"(?:lewat|via|melalui|dari) (?:batam|jalur darat|darat|perbatasan|tanjung pinang|entikong|nunukan)|transit (?:di|ke|lewat) (?:batam|malaysia|thailand|bangkok|kuala lumpur|singapura|vietnam)"),
    ("irregular_route", "id", r"tanpa (?:izin kerja|ijin kerja|visa kerja|permit|dokumen resmi)"),
    ("irregular_route", "ms", r"(?:melalui|ikut|guna) (?:jalan darat|sempadan|jalan belakang|lorong tikus|batam)|tanpa permit(?: kerja)?|masuk secara haram"),
    ("irregular_route", "tl", r"(?:i)?lulusot|lusot sa|(?:may|with) (?:airport )?escort|walang (?:working visa|work visa|work permit)|dadaan (?:sa )?(?:zamboanga|tawi-?tawi|sabah|mindanao)"),
    ("irregular_route", "vi", r"(?:đi )?đường (?:tiểu ngạch|mòn|rừng)|tiểu ngạch|vượt biên|đi chui|đi đường bộ|quá cảnh (?:tại|qua|ở)"),
    ("irregular_route", "vi", r"không cần (?:visa|hộ chiếu|giấy phép lao động)"),
    ("irregular_route", "th", r"ข้าม(?:ชาย)?แดน|ข้ามด่าน|(?:ช่อง)?ทางธรรมชาติ|ลักลอบ(?:ข้าม|เข้า)"),
    ("irregular_route", "th", r"ไม่ต้อง(?:มี|ใช้|ทำ)(?:พาสปอร์ต|หนังสือเดินทาง|วีซ่า|ใบอนุญาตทำงาน)"),
    ("irregular_route", "zh", r"偷渡|走(?:小路|山路|水路)|翻山|陆路(?:过境|入境)|陸路(?:過境|入境)|(?:不需要|无需|無需|不用)(?:护照|護照|工签|工簽)"),
    ("irregular_route", "zh", r"(?:经|經|从|從)(?:泰国|泰國|越南|老挝|老撾)(?:入境|过境|過境|中转|中轉|转|轉)"),
    ("irregular_route", "my", r"နယ်စပ် ?(?:ကို)? ?ဖြတ်|ခိုး(?:ဝင်|ထွက်)|တရားမဝင် ?(?:လမ်း|နည်း)|ပတ်စ်ပို့ ?မလို"),
    ("irregular_route", "km", r"ឆ្លង(?:កាត់)?ព្រំដែន|តាមផ្លូវ(?:គោក|ខុសច្បាប់|ក្រោយ)|(?:ចូល|ឆ្លង)(?:ដោយ)?ខុសច្បាប់|មិន(?:ចាំបាច់|ត្រូវការ)(?:មាន)?លិខិតឆ្លងដែន"),
    // ---------------------------------------------------------------- bonus_commission
    ("bonus_commission", "en", r"bonus(?:es)?|commissions?|incentives?"),
    ("bonus_commission", "id", r"komisi|insentif"),
    ("bonus_commission", "ms", r"komisen"),
    ("bonus_commission", "tl", r"komisyon"),
    ("bonus_commission", "vi", r"(?:tiền )?thưởng (?:nóng|doanh số|tháng|tết|kpi|hấp dẫn|cao|\d)|có thưởng|hoa hồng|lương (?:\+|và) thưởng"),
    ("bonus_commission", "th", r"โบนัส|(?:ค่า)?คอม(?:มิชชั่น|มิชชัน)?|อินเซนทีฟ"),
    ("bonus_commission", "zh", r"奖金|獎金|提成|佣金|傭金|分红|分紅|(?:业绩|業績)奖|全勤奖|全勤獎"),
    ("bonus_commission", "my", r"ဘောနပ်|ကော်မရှင်"),
    ("bonus_commission", "km", r"ប្រាក់រង្វាន់|កម្រៃជើងសារ|បូណុស|ប្រាក់លើកទឹកចិត្ត"),
    // ---------------------------------------------------------------- licence_number
    ("licence_number", "id", r"(?:sip2mi|sip3mi|siup3mi|sippmi|sip ?p3mi|sipptki|siup ?pptkis|izin p3mi|izin usaha p3mi|no\.? izin|nomor izin)(?: (?:no|nomor|nmr|number)\.?)? ?:? ?[a-z0-9][a-z0-9./\-]*\d[a-z0-9./\-]*"),
    ("licence_number", "en", r"(?:dmw|poea)[-\s]?(?:lic(?:en[cs]e)?\.? ?(?:no\.?|number|#)?|(?:no\.?|number|#)) ?:? ?[a-z0-9\-]*\d[a-z0-9/\-]*"),
    ("licence_number", "en", r"(?:poea[-\s])?\d{2,3} ?-? ?lb ?-? ?\d{4,8}(?:-[a-z]{1,3})?"),
    ("licence_number", "en", r"lic(?:en[cs]e)?\.? ?(?:no\.?|number|#) ?:? ?[a-z0-9\-]*\d[a-z0-9/\-]*"),
    ("licence_number", "ms", r"(?:jtksm|lesen(?: agensi pekerjaan(?: swasta)?)?)(?: (?:no|nombor))?\.? ?:? ?(?:jtksm ?)?[a-z0-9/\-]*\d[a-z0-9/\-]*"),
    ("licence_number", "vi", r"giấy phép(?: [^\n]{0,80}?)? số ?:? ?\d[\p{L}\p{N}/.\-]*"),
    ("licence_number", "vi", r"(?:gpkd|mã số doanh nghiệp|mã số thuế|mst)(?: số)? ?:? ?\d{6,}[\d\-]*"),
    ("licence_number", "th", r"ใบอนุญาต(?:จัดหางาน|ประกอบธุรกิจจัดหางาน)?(?:ไปทำงาน)?(?:ต่างประเทศ)? (?:เลขที่|ที่|หมายเลข) [:.]? \p{Thai}{0,3}\.? ?[0-9๐-๙][0-9๐-๙/.\-]*"),
    ("licence_number", "zh", r"(?:对外劳务合作经营资格证|對外勞務合作經營資格證|人力资源服务许可证|人力資源服務許可證|劳务派遣经营许可证|勞務派遣經營許可證|营业执照|營業執照|许可证|許可證)(?:书|書)?(?:编号|編號|号码|號碼|字号|字號|号|號)? ?[:：]? ?[A-Za-z0-9\p{Han}]{0,4}[0-9][A-Za-z0-9\-]*"),
    ("licence_number", "my", r"လိုင်စင် ?(?:အမှတ်)? [-:(（]? [0-9၀-၉][0-9၀-၉/\-]*"),
    ("licence_number", "km", r"(?:អាជ្ញាប័ណ្ណ|លិខិតអនុញ្ញាត) ?(?:លេខ)? [:៖]? [0-9០-៩][0-9០-៩/\-]*"),
    // ---------------------------------------------------------------- gov_scheme
    ("gov_scheme", "en", r"eps(?:-topik)?|g ?(?:-|to|2) ?g|bp2mi|kp2mi|siskop2mi|siskotkln|dmw|poea|owwa|im japan|ssw|specified skilled worker|tokutei ginou|titp|technical intern(?: training)?"),
    ("gov_scheme", "en", r"ministry of (?:labou?r|manpower|human resources)|department of (?:employment|labou?r)|dole|hrd korea|dolab"),
    ("gov_scheme", "id", r"kemnaker|kemenaker|disnaker|kementerian (?:ketenagakerjaan|tenaga kerja)|dinas tenaga kerja|karirhub"),
    ("gov_scheme", "ms", r"jtksm|myfuturejobs|kementerian sumber manusia|jabatan tenaga kerja"),
    ("gov_scheme", "vi", r"cục quản lý lao động ngoài nước|bộ lao động|lđtbxh|sở lao động|trung tâm lao động ngoài nước|chương trình eps"),
    ("gov_scheme", "th", r"กรมการจัดหางาน|กระทรวงแรงงาน|สำนักงานจัดหางาน|จัดหางานจังหวัด|รัฐต่อรัฐ|รัฐจัดส่ง"),
    ("gov_scheme", "zh", r"特定技能|技能(?:实习|實習)|(?:劳动部|勞動部)|人社局|人力资源和社会保障|商务部|商務部|人力部"),
    ("gov_scheme", "my", r"အလုပ်သမား ?(?:ဝန်ကြီးဌာန|ညွှန်ကြားရေးဦးစီးဌာန)|အစိုးရ ?(?:နှင့်|-) ?အစိုးရ"),
    ("gov_scheme", "km", r"ក្រសួងការងារ(?:និងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ|និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ)?|នាយកដ្ឋានការងារ"),
    // ---------------------------------------------------------------- work_permit
    ("work_permit", "en", r"work(?:ing)? (?:visa|permit|pass)|employment (?:visa|pass|permit|contract)"),
    ("work_permit", "en", r"contract (?:is )?(?:signed |provided |given )?before (?:departure|deployment|you (?:leave|fly))"),
    ("work_permit", "id", r"(?:visa|izin|ijin|permit) kerja|kitas|(?:kontrak|perjanjian) kerja (?:sebelum|sblm) (?:berangkat|keberangkatan)"),
    ("work_permit", "ms", r"permit kerja|pas kerja|pas lawatan (?:\(kerja sementara\)|kerja)|plks"),
    ("work_permit", "tl", r"kontrata bago (?:umalis|lumipad)|pirmado(?:ng)? kontrata"),
    ("work_permit", "vi", r"(?:visa|thị thực) (?:lao động|làm việc)|giấy phép lao động|hợp đồng (?:lao động )?(?:được )?ký (?:trước khi|trước) xuất cảnh"),
    ("work_permit", "th", r"ใบอนุญาตทำงาน|เวิร์ค ?เพอร์มิท|วีซ่าทำงาน|สัญญาจ้าง(?:งาน)?"),
    ("work_permit", "zh", r"工作(?:签证|簽證)|工(?:签|簽)|工作(?:准证|準證)|(?:劳工证|勞工證)|工作(?:许可|許可)|就(?:业准证|業準證)|(?:劳务|勞務|劳动|勞動)合同"),
    ("work_permit", "my", r"အလုပ် ?ပါမစ်|အလုပ်လုပ်ခွင့် ?(?:ပါမစ်|လက်မှတ်)?|ဝတ် ?ပါမစ်|ဝေါ့ ?ပါမစ်|အလုပ် ?ဗီဇာ|အလုပ်ခန့် ?စာချုပ်"),
    ("work_permit", "km", r"ប័ណ្ណការងារ|លិខិតអនុញ្ញាតការងារ|ទិដ្ឋាការការងារ|វីសាការងារ|កិច្ចសន្យាការងារ"),
    // ---------------------------------------------------------------- named_employer (case-sensitive parts: a name is capitalised)
    ("named_employer", "id", r"(?-i:(?:PT|CV)\.? ?[\p{Lu}0-9][\p{L}\p{N}&'.\-]*(?: [\p{Lu}0-9][\p{L}\p{N}&'.\-]*){0,5})"),
    ("named_employer", "en", r"(?-i:(?:[\p{Lu}0-9][\p{L}\p{N}&'’\-]*(?:\.\p{L})*,? ){1,6}(?:Sdn\.? ?Bhd\.?|SDN\.? ?BHD\.?|Berhad|BERHAD|Pte\.? ?Ltd\.?|PTE\.? ?LTD\.?|Pty\.? ?Ltd\.?|Co\.?,? ?Ltd\.?|CO\.?,? ?LTD\.?|Company Limited|COMPANY LIMITED|Ltd\.?|LTD\.?|Inc\.?|INC\.?|Incorporated|Corp\.?|CORP\.?|Corporation|LLC|L\.L\.C\.?|JSC|PLC|GmbH|Tbk\.?))"),
    ("named_employer", "vi", r"công ty (?:tnhh|cp|cổ phần|trách nhiệm hữu hạn)(?: (?-i:(?:MTV|[\p{Lu}0-9][\p{L}\p{N}&.\-]*))){0,8}"),
    ("named_employer", "th", r"บริษัท ?[\p{Thai}A-Za-z0-9&.\-]{2,40}(?: [\p{Thai}A-Za-z0-9&.\-]{2,30})? ?จำกัด(?: ?\(มหาชน\))?|บจก\. ?[\p{Thai}A-Za-z0-9&.\-]{2,40}"),
    ("named_employer", "zh", r"[\p{Han}A-Za-z0-9（）()]{2,16}?(?:股份)?有限(?:责任|責任)?公司|株式会社[\p{Han}\p{Katakana}\p{Hiragana}ー・A-Za-z0-9]{1,15}|[\p{Han}\p{Katakana}ー・A-Za-z0-9]{1,15}株式会社"),
    ("named_employer", "my", r"[^\s]{2,30}? ?ကုမ္ပဏီ ?လီမိတက်"),
    ("named_employer", "km", r"ក្រុមហ៊ុន ?[^\n]{1,50}?(?:ឯ\.ក|ឯកជន|ខូអិលធីឌី|លីមីធីត|co\.?,? ?ltd\.?)"),
    // ---------------------------------------------------------------- medical_check
    ("medical_check", "en", r"medical (?:check(?:[-\s]?ups?)?|exam(?:ination)?s?|tests?|certificate|clearance|screening)|pre-?employment medical|health (?:check(?:[-\s]?ups?)?|certificate|screening|examination)|fit to work"),
    ("medical_check", "id", r"(?:medical|medikal) (?:check(?: ?up)?|cek)|cek kesehatan|pemeriksaan kesehatan|tes kesehatan|surat (?:keterangan )?sehat|mcu"),
    ("medical_check", "ms", r"pemeriksaan perubatan|ujian perubatan|sijil kesihatan|fomema"),
    ("medical_check", "tl", r"magpa-?medical|pagsusuri(?:ng)? (?:ng )?kalusugan"),
    ("medical_check", "vi", r"khám sức (?:khỏe|khoẻ)|kiểm tra sức (?:khỏe|khoẻ)"),
    ("medical_check", "th", r"ตรวจสุขภาพ|ใบรับรองแพทย์"),
    ("medical_check", "zh", r"体检|體檢|健康(?:检查|檢查|证明|證明|证|證)"),
    ("medical_check", "my", r"ဆေး ?စစ်(?:ချက်)?|ကျန်းမာရေး ?စစ်ဆေး"),
    ("medical_check", "km", r"ពិនិត្យសុខភាព|វិញ្ញាបនបត្រសុខភាព"),
    // ---------------------------------------------------------------- official_apply
    ("official_apply", "en", r"apply (?:online )?(?:through|via|at|on) (?:our|the) (?:official )?(?:website|portal|careers? (?:page|site)|office)|official (?:website|portal|careers? (?:page|site))"),
    ("official_apply", "en", r"walk-?in (?:interviews?|applicants?)|(?:visit|come to) (?:our|the) office|office address|interview at (?:our|the) office"),
    ("official_apply", "id", r"(?:melamar|lamar|daftar|mendaftar) (?:melalui|lewat|di|via) (?:website|situs|portal|kantor|siskop2mi|disnaker|karirhub)|website resmi|situs resmi|alamat kantor|datang langsung ke kantor|wawancara di kantor"),
    ("official_apply", "ms", r"(?:mohon|memohon) (?:melalui|di) (?:portal|laman web)|laman web rasmi|temu ?duga terbuka|alamat pejabat|hadir ke pejabat"),
    ("official_apply", "tl", r"(?:mag-?apply|pumunta) (?:po )?sa (?:aming )?(?:opisina|office|website)|personal na mag-?apply"),
    ("official_apply", "vi", r"nộp hồ sơ (?:trực tiếp )?tại (?:văn phòng|trụ sở|công ty)|địa chỉ văn phòng|trụ sở (?:chính|công ty)|website chính thức|phỏng vấn trực tiếp tại"),
    ("official_apply", "th", r"สมัคร(?:ด้วยตนเอง|ได้)ที่(?:สำนักงาน|บริษัท|เว็บไซต์)|เว็บไซต์ทางการ|ติดต่อด้วยตนเองที่|ที่อยู่บริษัท"),
    ("official_apply", "zh", r"官网|官網|官方(?:网站|網站)|现场面试|現場面試|(?:公司|办公|辦公)地址|到公司面试|到公司面試"),
    ("official_apply", "my", r"ရုံး ?လိပ်စာ|ရုံးခန်း(?:သို့|ကို) ?(?:လာရောက်|တိုက်ရိုက်)|တရားဝင် ?ဝက်ဘ်ဆိုဒ်"),
    ("official_apply", "km", r"អាសយដ្ឋានការិយាល័យ|មកដាក់ពាក្យផ្ទាល់|គេហទំព័រផ្លូវការ|ដាក់ពាក្យនៅការិយាល័យ"),
    // ---------------------------------------------------------------- warning_notice
    ("warning_notice", "en", r"beware|be (?:careful|wary|cautious|vigilant)|warning|warn(?:s|ed)|scam alert|public advisory"),
    ("warning_notice", "en", r"(?:do not|don'?t) (?:be )?(?:tempted|fooled|deceived|fall for|easily (?:believe|trust))|victims? (?:were|was|are) (?:promised|lured|offered|recruited)"),
    ("warning_notice", "en", r"(?:job|employment|recruitment) scams?|fake (?:jobs?|job (?:offers?|ads?)|recruiters?)|illegal recruit(?:ers?|ment)|human trafficking|trafficking victims?"),
    ("warning_notice", "id", r"hati-hati|hati2|waspada(?:lah)?|modus (?:penipuan|baru|operandi)|penipuan|tppo|perdagangan orang"),
    ("warning_notice", "id", r"jangan (?:mudah )?(?:tergiur|percaya|tertipu|terbujuk|terpedaya)|korban (?:dijanjikan|diiming-imingi)|(?:imbauan|himbauan)"),
    ("warning_notice", "ms", r"awas|amaran|berhati-hati|sindiket|pemerdagangan (?:orang|manusia)|mangsa (?:dijanjikan|ditawarkan)"),
    ("warning_notice", "tl", r"mag-?ingat|babala|(?:huwag|wag) (?:po )?(?:magpaloko|magpapaloko|maniwala|basta maniwala|magpadala)|illegal recruiter|biktima|paalala"),
    ("warning_notice", "vi", r"cảnh báo|cảnh giác|lừa đảo|thủ đoạn|mua bán người|nạn nhân|khuyến cáo|đừng (?:tin|ham|nghe|để bị)|chiêu (?:trò|lừa)"),
    ("warning_notice", "th", r"ระวัง|เตือนภัย|แจ้งเตือน|มิจฉาชีพ|หลอกลวง|ค้ามนุษย์|อย่าหลงเชื่อ|ตกเป็นเหยื่อ|เหยื่อ"),
    ("warning_notice", "zh", r"警惕|谨防|謹防|诈骗|詐騙|骗局|騙局|警方提醒|(?:特别|特別|郑重|鄭重)提醒|切勿|不要(?:轻信|輕信)|受害者|人口(?:贩卖|販賣|拐卖|拐賣)|被骗|被騙"),
    ("warning_notice", "my", r"သတိပေး(?:ချက်)?|သတိထား|လိမ်လည်|လူကုန်ကူး|မယုံ(?:ကြည်)?(?:ပါနှင့်|ပါနဲ့|နဲ့)"),
    ("warning_notice", "km", r"ប្រយ័ត្ន|(?:ការ)?ព្រមាន|ឆបោក|ជួញដូរមនុស្ស|កុំ(?:ជឿ|ចាញ់បោក)|ជនរងគ្រោះ"),
    // ---------------------------------------------------------------- news_report
    ("news_report", "en", r"said|according to|reportedly|told (?:reporters|the|afp|reuters|ap)|in a statement|spokes(?:person|man|woman)"),
    ("news_report", "id", r"(?:kata|ujar|ungkap|jelas|tutur|terang|imbuh|tambah)nya|(?:kata|ujar|tutur|ungkap) (?-i:\p{Lu}\p{L}+)|menurut|dilansir|dikutip|kepada (?:wartawan|awak media)"),
    ("news_report", "ms", r"katanya|menurutnya|dilaporkan|memberitahu pemberita|dalam satu kenyataan"),
    ("news_report", "tl", r"ayon (?:sa|kay)|sinabi (?:ni|ng)|(?:pahayag|dagdag|paliwanag) (?:pa )?(?:ni|ng)"),
    ("news_report", "vi", r"theo (?:thông tin|báo|công an|cơ quan|ông|bà|nguồn)|cho (?:biết|hay)|phát biểu|thông tin từ"),
    ("news_report", "th", r"ตามรายงาน|รายงานว่า|กล่าวว่า|เปิดเผยว่า|ระบุว่า|ให้สัมภาษณ์|ผู้สื่อข่าว"),
    ("news_report", "zh", r"据(?:报道|悉|了解|介绍|警方|媒体|称|新华社)|據(?:報導|報道|悉|了解|稱)|报道|報導|報道|记者|記者|(?:他|她|负责人|負責人|警方|官员|官員|发言人|發言人)(?:表示|称|稱|说|說|指出)"),
    ("news_report", "my", r"ပြောကြား(?:သည်|ခဲ့သည်)|သတင်း(?:များ)?အရ|အဆိုအရ|သတင်းထုတ်ပြန်"),
    ("news_report", "km", r"បាននិយាយថា|បើតាម|យោងតាម|បានឱ្យដឹងថា|បានឲ្យដឹងថា|អ្នកនាំពាក្យ"),
];

/// Signals a preceding negation ("no", "tanpa", "không", "ไม่", "不") turns off: the text then
/// says the opposite (e.g. "no placement fee" is not a fee demand, "bukan penipuan" no warning).
const NEGATABLE: [&str; 8] = [
    "work_permit",
    "medical_check",
    "fee_required",
    "warning_notice",
    "passport_held",
    "tourist_visa",
    "irregular_route",
    "official_apply",
];

/// A negation cue ending right before a match (checked on a short window of preceding text).
static NEG_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:(?:^|[^\p{L}\p{N}])(?:no|not|without|zero|never|tanpa|tidak|tdk|tak|bukan|tiada|",
        r"walang|hindi|wala|không|ko|chẳng|free|gratis|percuma|libre)",
        r"(?:\s+(?:a|an|any|the|need|needed|to|perlu|usah|ada|pakai|using|use|via|cần|phải|có|mất|thu|tốn|đóng|dùng|ng|ang|po|kailangan)){0,2}\s*[:\-]?\s*$",
        r"|(?:ไม่(?:ใช่|ต้อง|มี|ได้|เสีย)?|无|無|不|免|没有|沒有|非|无需|無需|មិន(?:មែន)?|គ្មាន|អត់)\s*$)"
    ))
    .expect("negation regex")
});

/// For `work_permit`: a permit promised for later ("convert to work visa") is not one given now.
static DEFER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?:convert(?:ed)?|change[ds]?|switch|upgrade|ubah|diubah|ganti|diganti|tukar|ditukar|",
        r"i-?convert|chuyển(?:\s+đổi)?(?:\s+sang)?|转|轉|换|換|改|เปลี่ยน(?:เป็น)?|ប្តូរ|ប្ដូរ)",
        r"(?:\s*[^\s.!?,;:。！？，]+){0,3}\s*$"
    ))
    .expect("deferral regex")
});

/// For `fee_required`: a fee named and then waived ("placement fee: none", "biaya ... gratis").
static NEG_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:[:：=\-]\s*)?(?:is\s+|are\s+|akan\s+)?(?:free|gratis|percuma|libre|none|nil|waived|",
        r"n/?a\b|0(?:[^0-9.,]|$)|nol|zero|tidak\s+ada|walang|miễn\s+phí|không|ฟรี|ไม่มี|ไม่ต้อง|免|无|無|",
        r"ឥតគិតថ្លៃ|គ្មាន|di\s?tanggung|covered|shouldered|paid\s+by|not\s+required|",
        r"tidak\s+(?:perlu|dipungut)|tdk\s+perlu|sagot|dibayar)"
    ))
    .expect("after-negation regex")
});

/// Leading words a capitalised-word run picks up that are not part of a company name.
const NAME_LEAD_STOPWORDS: [&str; 24] = [
    "join", "at", "for", "with", "hiring", "apply", "contact", "by", "from", "to", "in", "is",
    "urgently", "now", "we", "we're", "employer", "our", "client", "agency", "via", "visit", "the",
    "and",
];

struct SignalMatcher {
    name: &'static str,
    negatable: bool,
}

struct Matcher {
    /// One group per signal, in `SIGNAL_NAMES` order.
    search: AltSearch,
    signals: Vec<SignalMatcher>,
}

/// Turns a table pattern into regex syntax: `" ?"` is optional whitespace; a plain space is
/// required whitespace in Latin-script languages and optional whitespace elsewhere.
fn expand_spaces(pattern: &str, latin: bool) -> String {
    let spaced = pattern.replace(" ?", r"\s*");
    spaced.replace(' ', if latin { r"\s+" } else { r"\s*" })
}

/// Splits a regex at its top-level `|` (outside groups and classes).
fn split_alternatives(pattern: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut class, mut last) = (0usize, 0usize, 0usize);
    let mut chars = pattern.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '[' => {
                class += 1;
                // A `]` right after `[` or `[^` is a literal.
                if chars.peek().is_some_and(|&(_, c)| c == '^') {
                    chars.next();
                }
                if chars.peek().is_some_and(|&(_, c)| c == ']') {
                    chars.next();
                }
            }
            ']' if class > 0 => class -= 1,
            '(' if class == 0 => depth += 1,
            ')' if class == 0 => depth -= 1,
            '|' if class == 0 && depth == 0 => {
                out.push(&pattern[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    out.push(&pattern[last..]);
    out
}

/// The alternatives of every signal, in the order a leftmost-first regex of the signal tries
/// them: Latin-script entries first (each followed by a word boundary), then the others.
fn signal_specs() -> Vec<AltSpec> {
    let mut specs = Vec::new();
    for (g, name) in SIGNAL_NAMES.iter().enumerate() {
        for want_latin in [true, false] {
            for &(_, lang, pat) in PHRASES.iter().filter(|(s, _, _)| s == name) {
                let latin = LATIN_LANGS.contains(&lang);
                if latin != want_latin {
                    continue;
                }
                let expanded = expand_spaces(pat, latin);
                for alt in split_alternatives(&expanded) {
                    specs.push(AltSpec {
                        group: g,
                        body: format!("(?i:{alt})"),
                        latin,
                    });
                }
            }
        }
    }
    specs
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let search = AltSearch::new(&signal_specs(), SIGNAL_NAMES.len());
    let signals = SIGNAL_NAMES
        .iter()
        .map(|name| SignalMatcher {
            name,
            negatable: NEGATABLE.contains(name),
        })
        .collect();
    Matcher { search, signals }
});

/// One alternative of a leftmost-first alternation searched by [`AltSearch`], in priority order.
pub(crate) struct AltSpec {
    /// Which of the independent alternations (signal, gazetteer…) the alternative belongs to.
    pub group: usize,
    /// The alternative as a self-contained regex (flags included, e.g. `(?i:…)`).
    pub body: String,
    /// Whether a match must be followed by [`LATIN_TAIL`] (not part of the reported span).
    pub latin: bool,
}

/// The right boundary of Latin-script matches: a non-word character or the end of the text.
pub(crate) const LATIN_TAIL: &str = r"(?i:[^\p{Latin}\p{N}\p{M}_]|\z)";

/// A cheap superset of [`LATIN_TAIL`]: the same on ASCII, any non-ASCII character allowed.
const LOOSE_TAIL: &str = r"(?:[^0-9A-Za-z_]|\z)";

/// The characters [`LATIN_TAIL`] accepts, as sorted ranges.
static TAIL_CHARS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    let hir = regex_syntax::Parser::new()
        .parse(r"(?i:[^\p{Latin}\p{N}\p{M}_])")
        .expect("tail class");
    match hir.kind() {
        regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(cls)) => {
            cls.ranges().iter().map(|r| (r.start(), r.end())).collect()
        }
        _ => unreachable!("the tail is a Unicode class"),
    }
});

fn is_tail_char(c: char) -> bool {
    let ranges = &*TAIL_CHARS;
    let i = ranges.partition_point(|&(_, hi)| hi < c);
    i < ranges.len() && ranges[i].0 <= c
}

struct AltBranch {
    body: String,
    latin: bool,
    /// `(body)` plus [`LOOSE_TAIL`] for Latin alternatives, run anchored at a candidate.
    loose: OnceLock<Verifier>,
    /// `(body)` plus [`LATIN_TAIL`], for when the loose tail took a character the exact one would not.
    exact: OnceLock<Verifier>,
    /// `(body)` plus tail, unanchored, for fallback alternatives (no usable prefix literal).
    unanchored: OnceLock<Regex>,
}

type CacheFn = Box<dyn Fn() -> VerifierCache + Send + Sync>;

struct VerifierCache {
    dfa: hybrid::dfa::Cache,
    pike: Option<pikevm::Cache>,
}

/// An anchored check of one alternative: a forward lazy DFA for where the match ends, a PikeVM
/// for the rare captures. Both build from one NFA, far quicker than a full `Regex` (no reverse
/// automaton, no literal prefilter), which matters with hundreds of alternatives.
struct Verifier {
    dfa: hybrid::dfa::DFA,
    pike: PikeVM,
    pool: Pool<VerifierCache, CacheFn>,
}

impl Verifier {
    fn new(pattern: &str) -> Self {
        thread_local! {
            // One compiler for every alternative: it keeps its scratch tables between builds.
            static COMPILER: thompson::Compiler = thompson::Compiler::new();
        }
        let nfa = COMPILER.with(|c| c.build(pattern).expect("alternative regex"));
        let dfa = hybrid::dfa::DFA::builder()
            .build_from_nfa(nfa.clone())
            .expect("alternative DFA");
        let pike = PikeVM::new_from_nfa(nfa).expect("alternative PikeVM");
        let for_cache = dfa.clone();
        let create: CacheFn = Box::new(move || VerifierCache {
            dfa: for_cache.create_cache(),
            pike: None,
        });
        Verifier {
            dfa,
            pike,
            pool: Pool::new(create),
        }
    }

    fn input(text: &str, start: usize) -> Input<'_> {
        Input::new(text)
            .span(start..text.len())
            .anchored(Anchored::Yes)
    }

    /// Slots of the match anchored at `start` (whole match, then group 1).
    fn slots(
        &self,
        cache: &mut VerifierCache,
        text: &str,
        start: usize,
    ) -> [Option<NonMaxUsize>; 4] {
        let pike_cache = cache.pike.get_or_insert_with(|| self.pike.create_cache());
        let mut slots = [None; 4];
        self.pike
            .search_slots(pike_cache, &Self::input(text, start), &mut slots);
        slots
    }

    /// End of the match anchored at `start`.
    fn match_end(&self, text: &str, start: usize) -> Option<usize> {
        let mut cache = self.pool.get();
        match self
            .dfa
            .try_search_fwd(&mut cache.dfa, &Self::input(text, start))
        {
            Ok(m) => m.map(|m| m.offset()),
            Err(_) => self.slots(&mut cache, text, start)[1].map(|e| e.get()),
        }
    }

    /// End of group 1 of the match anchored at `start`.
    fn group_end(&self, text: &str, start: usize) -> Option<usize> {
        let mut cache = self.pool.get();
        self.slots(&mut cache, text, start)[3].map(|e| e.get())
    }
}

fn verifier(cell: &OnceLock<Verifier>, pattern: impl FnOnce() -> String) -> &Verifier {
    cell.get_or_init(|| Verifier::new(&pattern()))
}

impl AltBranch {
    fn loose(&self) -> &Verifier {
        verifier(&self.loose, || {
            let tail = if self.latin { LOOSE_TAIL } else { "" };
            format!("({}){tail}", self.body)
        })
    }
    fn exact(&self) -> &Verifier {
        verifier(&self.exact, || format!("({}){LATIN_TAIL}", self.body))
    }
    fn unanchored(&self) -> &Regex {
        self.unanchored.get_or_init(|| {
            let tail = if self.latin { LATIN_TAIL } else { "" };
            Regex::new(&format!("({}){tail}", self.body)).expect("alternative regex")
        })
    }
}

/// Leftmost-first search for many alternations at once, each a list of [`AltSpec`]s: the same
/// matches as the regex `(?:b1|b2|…)` of each group, found with one Aho-Corasick pass over the
/// literals each alternative must start with, then verified with an anchored regex at the
/// candidate only. Alternatives without such literals are searched with their own regex, and
/// only when a literal every match of theirs ends with occurs in the text.
///
/// A branch can only match where one of its literals starts (or, for a fallback branch, where
/// its own regex finds a match), so the first branch of a group that matches at a candidate is
/// the first alternative of the whole group that does: one anchored search of the group's
/// alternation (see [`GroupVerifier`]) settles a candidate.
pub(crate) struct AltSearch {
    ac: AhoCorasick,
    /// Per literal: the groups with a branch every match of which starts with it.
    starts: Vec<Vec<usize>>,
    /// Per literal: the fallback slots (see `fallbacks`) every match of which ends with it.
    needs: Vec<Vec<usize>>,
    branches: Vec<AltBranch>,
    /// Per group: its fallback branches, as (branch, slot).
    fallbacks: Vec<Vec<(usize, usize)>>,
    /// Fallback slots without a literal every match contains: always searched.
    always: Vec<usize>,
    /// Per fallback slot: its literals as written; the automaton's match must be one of them.
    need_lits: Vec<Vec<Vec<u8>>>,
    /// Number of fallback slots.
    slots: usize,
    /// Per group: its branches in priority order.
    members: Vec<Vec<usize>>,
    /// Per group: the anchored search of its whole alternation, built on first use.
    group_dfas: Vec<OnceLock<GroupVerifier>>,
    /// Lazy DFA caches, one per group, checked out once per scan.
    caches: Pool<Vec<Option<hybrid::dfa::Cache>>, GroupCacheFn>,
}

type GroupCacheFn = Box<dyn Fn() -> Vec<Option<hybrid::dfa::Cache>> + Send + Sync>;

/// The alternation of one group as a multi-pattern lazy DFA: pattern `i` is the group's `i`-th
/// branch with its loose tail, so a leftmost-first anchored search yields the first branch that
/// matches (loosely) and where that branch's own match ends.
struct GroupVerifier {
    dfa: hybrid::dfa::DFA,
}

/// Literals each match of `hir` starts (or ends) with, as written (every case variant the
/// pattern allows); `None` when there is no such finite set.
fn exact_literals(hir: &regex_syntax::hir::Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    let seq = Extractor::new().kind(kind).extract(hir);
    let lits = seq.literals()?;
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// The literals as the automaton (which ignores ASCII case) sees them.
fn folded(lits: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = lits.iter().map(|l| l.to_ascii_lowercase()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Literals each match of `hir` starts (or ends) with; `None` when there is no such finite set.
fn required_literals(hir: &regex_syntax::hir::Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    exact_literals(hir, kind).map(|l| folded(&l))
}

/// For an alternative without prefix literals: literals, as written, one of which every match
/// contains: its suffix literals, or the prefix literals of a tail of its concatenation
/// (every match contains a match of each tail), whichever set has the longest shortest literal.
fn contained_literals(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    let shortest = |l: &Vec<Vec<u8>>| l.iter().map(Vec::len).min().unwrap_or(0);
    let mut best = exact_literals(hir, ExtractKind::Suffix);
    if let regex_syntax::hir::HirKind::Concat(parts) = hir.kind() {
        for i in 1..parts.len() {
            let tail = regex_syntax::hir::Hir::concat(parts[i..].to_vec());
            if let Some(l) = exact_literals(&tail, ExtractKind::Prefix) {
                if best.as_ref().is_none_or(|b| shortest(&l) > shortest(b)) {
                    best = Some(l);
                }
            }
        }
    }
    best
}

/// Bits of a hit's key below the group number: the candidate's start.
const HIT_SHIFT: u32 = 40;

impl AltSearch {
    pub(crate) fn new(specs: &[AltSpec], groups: usize) -> Self {
        let mut ids: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut lits: Vec<Vec<u8>> = Vec::new();
        let mut starts: Vec<Vec<usize>> = Vec::new();
        let mut needs: Vec<Vec<usize>> = Vec::new();
        let mut branches = Vec::new();
        let mut fallbacks = vec![Vec::new(); groups];
        let mut always = Vec::new();
        let mut need_lits = Vec::new();
        let mut slots = 0;
        let mut members = vec![Vec::new(); groups];
        for (b, spec) in specs.iter().enumerate() {
            members[spec.group].push(b);
            let hir = regex_syntax::Parser::new()
                .parse(&spec.body)
                .expect("alternative regex");
            let (found, slot) = match required_literals(&hir, ExtractKind::Prefix) {
                Some(p) => (p, None),
                None => {
                    let slot = slots;
                    slots += 1;
                    fallbacks[spec.group].push((b, slot));
                    let s = contained_literals(&hir);
                    if s.is_none() {
                        always.push(slot);
                    }
                    let exact = s.unwrap_or_default();
                    let found = folded(&exact);
                    need_lits.push(exact);
                    (found, Some(slot))
                }
            };
            for lit in found {
                let id = *ids.entry(lit.clone()).or_insert_with(|| {
                    lits.push(lit);
                    starts.push(Vec::new());
                    needs.push(Vec::new());
                    lits.len() - 1
                });
                match slot {
                    None => {
                        if !starts[id].contains(&spec.group) {
                            starts[id].push(spec.group);
                        }
                    }
                    Some(slot) => needs[id].push(slot),
                }
            }
            branches.push(AltBranch {
                body: spec.body.clone(),
                latin: spec.latin,
                loose: OnceLock::new(),
                exact: OnceLock::new(),
                unanchored: OnceLock::new(),
            });
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(&lits)
            .expect("literal automaton");
        let create: GroupCacheFn = Box::new(move || (0..groups).map(|_| None).collect());
        AltSearch {
            ac,
            starts,
            needs,
            branches,
            fallbacks,
            always,
            need_lits,
            slots,
            members,
            group_dfas: (0..groups).map(|_| OnceLock::new()).collect(),
            caches: Pool::new(create),
        }
    }

    fn group_dfa(&self, group: usize) -> &GroupVerifier {
        self.group_dfas[group].get_or_init(|| {
            let patterns: Vec<String> = self.members[group]
                .iter()
                .map(|&b| {
                    let br = &self.branches[b];
                    let tail = if br.latin { LOOSE_TAIL } else { "" };
                    format!("({}){tail}", br.body)
                })
                .collect();
            let nfa = thompson::Compiler::new()
                .build_many(&patterns)
                .expect("group regex");
            let dfa = hybrid::dfa::DFA::builder()
                .build_from_nfa(nfa)
                .expect("group DFA");
            GroupVerifier { dfa }
        })
    }

    /// Finds the candidates in `text`; search each group with [`AltScan::next`].
    pub(crate) fn scan<'a>(&'a self, text: &'a str) -> AltScan<'a> {
        let mut hits: Vec<u64> = Vec::new();
        let mut enabled = vec![false; self.slots];
        for m in self.ac.find_overlapping_iter(text) {
            let id = m.pattern().as_usize();
            let start = m.start() as u64;
            for &g in &self.starts[id] {
                hits.push(((g as u64) << HIT_SHIFT) | start);
            }
            for &f in &self.needs[id] {
                if !enabled[f] {
                    let found = &text.as_bytes()[m.start()..m.end()];
                    enabled[f] = self.need_lits[f].iter().any(|l| l == found);
                }
            }
        }
        for &f in &self.always {
            enabled[f] = true;
        }
        hits.sort_unstable();
        hits.dedup();
        let groups = self.members.len();
        let mut ranges = vec![(0, 0); groups];
        let mut i = 0;
        while i < hits.len() {
            let g = (hits[i] >> HIT_SHIFT) as usize;
            let j = i + hits[i..]
                .iter()
                .take_while(|&&h| (h >> HIT_SHIFT) as usize == g)
                .count();
            ranges[g] = (i, j);
            i = j;
        }
        AltScan {
            search: self,
            text,
            hits,
            ranges,
            enabled,
            fb_cache: Vec::new(),
            caches: self.caches.get(),
        }
    }
}

/// The candidates of one text; see [`AltSearch::scan`].
pub(crate) struct AltScan<'a> {
    search: &'a AltSearch,
    text: &'a str,
    /// (group << HIT_SHIFT) | start, sorted.
    hits: Vec<u64>,
    /// Per group: its range of `hits` not yet passed.
    ranges: Vec<(usize, usize)>,
    /// Per fallback slot: a fallback branch worth searching.
    enabled: Vec<bool>,
    /// (branch, searched from, leftmost start found).
    fb_cache: Vec<(usize, usize, Option<usize>)>,
    /// The groups' lazy DFA caches, held for the whole scan.
    caches:
        regex_automata::util::pool::PoolGuard<'a, Vec<Option<hybrid::dfa::Cache>>, GroupCacheFn>,
}

/// One match of an alternation: where it starts and where the matching alternative ends.
pub(crate) struct AltMatch {
    pub start: usize,
    pub end: usize,
}

impl AltScan<'_> {
    /// Whether `group` has any candidate at all.
    pub(crate) fn has_candidates(&self, group: usize) -> bool {
        let (a, b) = self.ranges[group];
        a < b
            || self.search.fallbacks[group]
                .iter()
                .any(|&(_, f)| self.enabled[f])
    }

    /// Leftmost start at or after `pos` where fallback branch `b` matches.
    fn fallback_start(&mut self, b: usize, pos: usize) -> Option<usize> {
        let slot = match self.fb_cache.iter().position(|c| c.0 == b) {
            Some(i) => {
                let (_, from, found) = self.fb_cache[i];
                if from <= pos && found.is_none_or(|s| s >= pos) {
                    return found;
                }
                i
            }
            None => {
                self.fb_cache.push((b, 0, None));
                self.fb_cache.len() - 1
            }
        };
        let found = self.search.branches[b]
            .unanchored()
            .find_at(self.text, pos)
            .map(|m| m.start());
        self.fb_cache[slot] = (b, pos, found);
        found
    }

    /// End of branch `b`'s own part (group 1) of its anchored match at `start`, if any.
    fn verify(&self, b: usize, start: usize) -> Option<usize> {
        let br = &self.search.branches[b];
        let end = Self::group_end(br.loose(), self.text, start, br.latin)?;
        self.settle(b, start, end)
    }

    /// Given the end of branch `b`'s part of its loose match at `start`, the end of its exact
    /// match, if any.
    fn settle(&self, b: usize, start: usize, end: usize) -> Option<usize> {
        let br = &self.search.branches[b];
        if !br.latin {
            return Some(end);
        }
        // The loose tail is the exact one except on non-ASCII characters.
        match self.text[end..].chars().next() {
            Some(c) if !c.is_ascii() && !is_tail_char(c) => {
                Self::group_end(br.exact(), self.text, start, true)
            }
            _ => Some(end),
        }
    }

    fn group_end(re: &Verifier, text: &str, start: usize, latin: bool) -> Option<usize> {
        let end = re.match_end(text, start)?;
        Self::body_end(re, text, start, latin, end)
    }

    /// The end of the body of a match at `start..end` of `re` (the alternative plus tail).
    fn body_end(re: &Verifier, text: &str, start: usize, latin: bool, end: usize) -> Option<usize> {
        if !latin {
            return Some(end);
        }
        if end < text.len() {
            // The tail could not match the end of the text, so it took one character.
            let last = text[..end].chars().next_back()?;
            return Some(end - last.len_utf8());
        }
        re.group_end(text, start)
    }

    /// The end of the first branch of `group` that matches at `start`, in priority order.
    fn verify_group(&mut self, group: usize, start: usize) -> Option<usize> {
        let search = self.search;
        let gv = search.group_dfa(group);
        let cache = self.caches[group].get_or_insert_with(|| gv.dfa.create_cache());
        let input = Input::new(self.text)
            .span(start..self.text.len())
            .anchored(Anchored::Yes);
        let members = &search.members[group];
        let from = match gv.dfa.try_search_fwd(cache, &input) {
            Ok(None) => return None,
            Ok(Some(m)) => {
                let k = m.pattern().as_usize();
                let b = members[k];
                let br = &search.branches[b];
                let settled = Self::body_end(br.loose(), self.text, start, br.latin, m.offset())
                    .and_then(|end| self.settle(b, start, end));
                if settled.is_some() {
                    return settled;
                }
                k + 1
            }
            Err(_) => 0,
        };
        // Rare: the exact tail refused the first loose match; try the rest one by one (branches
        // that are no candidate here cannot match).
        members[from..].iter().find_map(|&b| self.verify(b, start))
    }

    /// The leftmost match of `group`'s alternation starting at or after `pos`, skipping starts
    /// for which `skip` is true (as if the search were retried from the next character).
    pub(crate) fn next(
        &mut self,
        group: usize,
        mut pos: usize,
        skip: impl Fn(&str, usize) -> bool,
    ) -> Option<AltMatch> {
        let search = self.search;
        loop {
            let (mut a, end) = self.ranges[group];
            let hit_start = |h: u64| (h & ((1u64 << HIT_SHIFT) - 1)) as usize;
            while a < end && hit_start(self.hits[a]) < pos {
                a += 1;
            }
            self.ranges[group].0 = a;
            let mut s = (a < end).then(|| hit_start(self.hits[a]));
            for &(f, slot) in &search.fallbacks[group] {
                if self.enabled[slot] {
                    if let Some(x) = self.fallback_start(f, pos) {
                        s = Some(s.map_or(x, |s| s.min(x)));
                    }
                }
            }
            let s = s?;
            if !skip(self.text, s) {
                if let Some(e) = self.verify_group(group, s) {
                    return Some(AltMatch { start: s, end: e });
                }
            }
            if s >= self.text.len() {
                return None;
            }
            pos = next_char(self.text, s);
        }
    }
}

/// True for characters that continue a Latin-script word: letters, digits, combining marks.
pub(crate) fn is_latin_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let u = c as u32;
    (0x0300..=0x036F).contains(&u)
        || (((0x00C0..=0x02AF).contains(&u)
            || (0x1E00..=0x1EFF).contains(&u)
            || (0x2C60..=0x2C7F).contains(&u)
            || (0xA720..=0xA7FF).contains(&u))
            && c.is_alphabetic())
        || c.is_numeric()
}

/// Whether a match starting at `start` begins a word: a Latin word character there must not
/// continue a Latin word that began earlier.
pub(crate) fn starts_word(text: &str, start: usize) -> bool {
    let first = text[start..].chars().next();
    if !first.is_some_and(is_latin_word_char) {
        return true;
    }
    !text[..start]
        .chars()
        .next_back()
        .is_some_and(is_latin_word_char)
}

/// Byte offset of the character after the one at `pos` (or `text.len()`).
pub(crate) fn next_char(text: &str, pos: usize) -> usize {
    text[pos..]
        .chars()
        .next()
        .map_or(text.len(), |c| pos + c.len_utf8())
}

/// The `chars` characters before `pos`, as a slice of `text`.
fn window_before(text: &str, pos: usize, chars: usize) -> &str {
    let start = text[..pos]
        .char_indices()
        .rev()
        .take(chars)
        .last()
        .map_or(pos, |(i, _)| i);
    &text[start..pos]
}

/// The `chars` characters from `pos` on, as a slice of `text`.
fn window_after(text: &str, pos: usize, chars: usize) -> &str {
    let end = text[pos..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| pos + i);
    &text[pos..end]
}

fn is_negated(name: &str, text: &str, start: usize, end: usize) -> bool {
    let before = window_before(text, start, 24);
    if NEG_BEFORE.is_match(before) {
        return true;
    }
    match name {
        "work_permit" => DEFER_BEFORE.is_match(window_before(text, start, 32)),
        "fee_required" => NEG_AFTER.is_match(window_after(text, end, 24)),
        _ => false,
    }
}

/// Narrows a `named_employer` match to the name itself; `None` when it is not a name after all.
fn refine_employer(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let m = &text[start..end];
    // "จำนวนจำกัด" (limited number) and "ไม่จำกัด" (unlimited) end in จำกัด too.
    if let Some(before_suffix) = m.strip_suffix("จำกัด") {
        let tail = before_suffix.trim_end();
        if ["จำนวน", "ไม่", "อัตรา", "ที่นั่ง", "มี"]
            .iter()
            .any(|w| tail.ends_with(w))
        {
            return None;
        }
    }
    let mut s = start;
    let first = m.chars().next()?;
    if first.is_ascii_alphanumeric() {
        // Drop sentence words a capitalised run picked up ("Join Acme Ltd").
        loop {
            let rest = &text[s..end];
            let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = rest[..word_len].trim_end_matches([',', ':']);
            if word_len == rest.len()
                || !NAME_LEAD_STOPWORDS.contains(&word.to_lowercase().as_str())
            {
                break;
            }
            s += word_len;
            s += text[s..end].len() - text[s..end].trim_start().len();
        }
    } else if ('\u{4E00}'..='\u{9FFF}').contains(&first) {
        // Chinese has no spaces: cut after the last verb or particle before the name.
        const CUTS: [&str; 22] = [
            "是", "在", "于", "於", "为", "為", "由", "的", "与", "與", "和", "及", "从", "從",
            "向", "到", "加入", "招聘", "诚聘", "誠聘", "急聘", "聘请",
        ];
        let suffix_at = m
            .find("有限")
            .or_else(|| m.find("株式会社"))
            .unwrap_or(m.len());
        let head = &m[..suffix_at];
        if let Some(cut) = CUTS
            .iter()
            .filter_map(|c| head.rfind(c).map(|i| i + c.len()))
            .max()
        {
            if cut < head.len() {
                s = start + cut;
            }
        }
    }
    let trimmed_end = s + text[s..end].trim_end().len();
    (trimmed_end > s).then_some((s, trimmed_end))
}

/// Finds every lure phrase and legitimacy marker in `text`.
pub fn find_phrases(text: &str) -> Vec<Signal> {
    let matcher = &*MATCHER;
    let mut scan = matcher.search.scan(text);
    let mut out = Vec::new();
    for (idx, sig) in matcher.signals.iter().enumerate() {
        if !scan.has_candidates(idx) {
            continue;
        }
        let mut pos = 0;
        // A match that does not start a word is retried from the next character.
        while let Some(m) = scan.next(idx, pos, |t, s| !starts_word(t, s)) {
            let (start, end) = (m.start, m.end);
            if end == start {
                pos = next_char(text, start);
                continue;
            }
            pos = end;
            if sig.negatable && is_negated(sig.name, text, start, end) {
                continue;
            }
            let (s, e) = if sig.name == "named_employer" {
                match refine_employer(text, start, end) {
                    Some(r) => r,
                    None => continue,
                }
            } else {
                (start, end)
            };
            out.push(Signal {
                name: sig.name.to_string(),
                text: text[s..e].to_string(),
                start: s,
                end: e,
                detail: None,
            });
        }
    }
    out.sort_by(|a, b| (a.start, a.end, &a.name).cmp(&(b.start, b.end, &b.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let mut v: Vec<String> = find_phrases(text).into_iter().map(|s| s.name).collect();
        v.sort();
        v.dedup();
        v
    }

    fn has(text: &str, name: &str) -> bool {
        find_phrases(text).iter().any(|s| s.name == name)
    }

    fn span_of(text: &str, name: &str) -> Option<String> {
        find_phrases(text)
            .into_iter()
            .find(|s| s.name == name)
            .map(|s| s.text)
    }

    #[test]
    fn every_table_entry_compiles_and_names_a_known_signal() {
        for (i, &(name, lang, pat)) in PHRASES.iter().enumerate() {
            assert!(
                SIGNAL_NAMES.contains(&name),
                "entry {i}: unknown signal {name}"
            );
            let latin = LATIN_LANGS.contains(&lang);
            assert!(
                latin || ["th", "zh", "my", "km"].contains(&lang),
                "entry {i}: unknown language {lang}"
            );
            let re = format!("(?i:{})", expand_spaces(pat, latin));
            assert!(
                Regex::new(&re).is_ok(),
                "entry {i} ({name}/{lang}) does not compile: {pat}"
            );
        }
        for name in SIGNAL_NAMES {
            assert!(
                PHRASES.iter().any(|(n, _, _)| *n == name),
                "{name} has no phrases"
            );
        }
    }

    #[test]
    fn loose_tail_is_the_exact_tail_on_ascii() {
        // `AltScan::verify` relies on this: only a non-ASCII character after a loose match
        // needs the exact tail.
        for b in 0u8..=127 {
            let c = char::from(b);
            assert_eq!(
                is_tail_char(c),
                !(c.is_ascii_alphanumeric() || c == '_'),
                "{c:?}"
            );
        }
        assert!(is_tail_char('。') && !is_tail_char('ộ') && !is_tail_char('\u{212A}'));
    }

    #[test]
    fn alternatives_split_at_the_top_level_only() {
        assert_eq!(
            split_alternatives(r"a(?:b|c)|[|\]]x|\|y|z"),
            [r"a(?:b|c)", r"[|\]]x", r"\|y", "z"]
        );
        assert_eq!(split_alternatives(r"[]|]|[^]|]"), [r"[]|]", r"[^]|]"]);
        for &(_, lang, pat) in PHRASES {
            let expanded = expand_spaces(pat, LATIN_LANGS.contains(&lang));
            assert_eq!(split_alternatives(&expanded).join("|"), expanded);
        }
    }

    #[test]
    fn spans_are_exact_slices_on_char_boundaries() {
        let text = "🔥 ด่วน! รับสมัครแอดมินออนไลน์ ไม่ต้องมีประสบการณ์ ฟรีตั๋วเครื่องบิน 包吃包住 \
                    Lowongan admin online tanpa pengalaman, gaji 15 juta. Bao ăn ở, không cần kinh nghiệm.";
        let found = find_phrases(text);
        assert!(found.len() >= 8, "{found:?}");
        for s in &found {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert_eq!(&text[s.start..s.end], s.text);
        }
        let mut sorted = found.clone();
        sorted.sort_by_key(|s| s.start);
        assert_eq!(
            found.iter().map(|s| s.start).collect::<Vec<_>>(),
            sorted.iter().map(|s| s.start).collect::<Vec<_>>()
        );
    }

    #[test]
    fn indonesian_lure() {
        let t = "DIBUTUHKAN SEGERA!! Admin online untuk penempatan Kamboja. Tanpa pengalamn, tanpa ijazah. \
                 Gaji 15-20 juta + bonus. Tiket pesawat ditanggung, mess disediakan, makan 3x sehari. \
                 Usia 18-35 tahun. Proses cepat, kuota terbatas! Berangkat lewat Batam pakai visa turis.";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "no_experience",
            "no_degree",
            "bonus_commission",
            "free_flight",
            "free_housing",
            "free_food",
            "age_limit",
            "irregular_route",
            "tourist_visa",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(t, "no_experience").as_deref(),
            Some("Tanpa pengalamn")
        );
        assert_eq!(span_of(t, "age_limit").as_deref(), Some("Usia 18-35 tahun"));
        assert!(!n.contains(&"warning_notice".to_string()));
    }

    #[test]
    fn indonesian_legit_and_warning() {
        let legit =
            "PT Maju Jaya Abadi (P3MI) dengan SIP2MI No. B.123/PPTKLN/2024 membuka lowongan \
                     program G to G Korea. Daftar melalui SISKOP2MI. Wajib medical check up.";
        let n = names(legit);
        for want in [
            "named_employer",
            "licence_number",
            "gov_scheme",
            "official_apply",
            "medical_check",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(legit, "named_employer").as_deref(),
            Some("PT Maju Jaya Abadi")
        );
        assert!(span_of(legit, "licence_number")
            .unwrap()
            .contains("B.123/PPTKLN/2024"));

        let warn = "Hati-hati modus penipuan! Korban dijanjikan gaji Rp 20 juta sebagai admin di Kamboja, \
                    tanpa pengalaman, kata Kepala BP2MI. Jangan mudah tergiur.";
        let n = names(warn);
        assert!(n.contains(&"warning_notice".to_string()));
        assert!(n.contains(&"news_report".to_string()), "{n:?}");
        assert!(
            n.contains(&"no_experience".to_string()),
            "quoted lure wording still matches"
        );
        // "bukan penipuan" is a lure's reassurance, not a warning.
        assert!(!has(
            "Kerja resmi, bukan penipuan, gaji besar",
            "warning_notice"
        ));
    }

    #[test]
    fn english_lure_and_fee_negation() {
        let t = "URGENT HIRING: Customer Service Online in Cambodia. No experience needed, just typing! \
                 Salary $1,200 + commission. Free flight ticket, free accommodation and meals provided. \
                 Tourist visa, we convert to work visa later. Age 18-35. Limited slots! No placement fee.";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "no_experience",
            "easy_work",
            "bonus_commission",
            "free_flight",
            "free_housing",
            "free_food",
            "tourist_visa",
            "age_limit",
            "no_fee",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert!(
            !n.contains(&"fee_required".to_string()),
            "'No placement fee' is not a fee demand"
        );
        assert!(
            !n.contains(&"work_permit".to_string()),
            "a work visa 'later' is not a permit"
        );
        assert!(has(
            "Pay a processing fee of $300 first before departure.",
            "fee_required"
        ));
        assert!(has("Placement fee: PHP 25,000", "fee_required"));
        assert!(!has("Placement fee: none", "fee_required"));
    }

    #[test]
    fn english_legit_and_boundaries() {
        let t = "Acme Manpower Services, Inc. (DMW License No. 123-LB-031522-R) is hiring nurses for Saudi Arabia. \
                 Work visa and employment contract provided before departure. Pre-employment medical exam required. \
                 Apply through our official website.";
        let n = names(t);
        for want in [
            "named_employer",
            "licence_number",
            "gov_scheme",
            "work_permit",
            "medical_check",
            "official_apply",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(t, "named_employer").as_deref(),
            Some("Acme Manpower Services, Inc.")
        );
        assert!(!has("Age 18-35. Limited slots!", "named_employer"));
        assert!(!has("URGENT HIRING Limited slots", "named_employer"));
        assert_eq!(
            span_of("Join Siam Global Co., Ltd. today", "named_employer").as_deref(),
            Some("Siam Global Co., Ltd.")
        );
        // Word boundaries: none of these contain a phrase as a whole word.
        assert!(has("The bonuses were paid.", "bonus_commission"));
        assert!(!has("Subonus", "bonus_commission"));
        assert!(!has("Prepaid incentivesx", "bonus_commission"));
        assert!(!has("unsaid words", "news_report"));
        assert!(has("police said on Monday", "news_report"));
    }

    #[test]
    fn english_warning() {
        let t = "Beware of online job offers in Cambodia. Victims were promised high pay and free housing; \
                 do not be tempted, the ministry said.";
        let n = names(t);
        assert!(n.contains(&"warning_notice".to_string()));
        assert!(n.contains(&"news_report".to_string()));
        assert!(n.contains(&"free_housing".to_string()));
    }

    #[test]
    fn thai_lure_and_legit() {
        let t = "ด่วน!! รับสมัครแอดมินออนไลน์ ทำงานกัมพูชา ไม่ต้องมีประสบการณ์ ไม่จำกัดวุฒิ งานสบาย \
                 เงินเดือน 35,000 บาท + ค่าคอม ฟรีตั๋วเครื่องบิน มีที่พักและอาหารให้ อายุ 18-35 ปี";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "no_experience",
            "no_degree",
            "easy_work",
            "bonus_commission",
            "free_flight",
            "free_housing",
            "free_food",
            "age_limit",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let legit = "บริษัท สยามแรงงาน จำกัด ใบอนุญาตจัดหางานเลขที่ น.1234/2560 ได้รับอนุญาตจากกรมการจัดหางาน ตรวจสุขภาพก่อนเดินทาง";
        let n = names(legit);
        for want in [
            "named_employer",
            "licence_number",
            "gov_scheme",
            "medical_check",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(legit, "named_employer").as_deref(),
            Some("บริษัท สยามแรงงาน จำกัด")
        );
        // "จำนวนจำกัด" is "limited number", not a company.
        assert!(!has("บริษัทมีที่พักให้ จำนวนจำกัด", "named_employer"));
        let warn = "เตือนภัย! ระวังมิจฉาชีพหลอกไปทำงานต่างประเทศ ตามรายงาน";
        let n = names(warn);
        assert!(
            n.contains(&"warning_notice".to_string()) && n.contains(&"news_report".to_string())
        );
    }

    #[test]
    fn tagalog_lure_and_legit() {
        let t = "HIRING! Chat support sa Cambodia, walang exp okay lang, kahit undergrad pwede. \
                 Libreng pamasahe, libreng tirahan at pagkain! Mabilis na alis, tourist muna then i-convert pagdating.";
        let n = names(t);
        for want in [
            "lure_role",
            "no_experience",
            "no_degree",
            "free_flight",
            "free_housing",
            "free_food",
            "urgency",
            "tourist_visa",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let warn = "Mag-ingat po sa mga illegal recruiter! Ayon sa DMW, huwag magpaloko sa alok na trabaho sa Cambodia.";
        let n = names(warn);
        assert!(n.contains(&"warning_notice".to_string()));
        assert!(n.contains(&"news_report".to_string()));
        assert!(n.contains(&"gov_scheme".to_string()));
    }

    #[test]
    fn vietnamese_lure_and_boundaries() {
        let t = "Tuyển gấp nhân viên trực page tại Campuchia, việc nhẹ lương cao 15-30 triệu, \
                 không cần kinh nghiệm, bao ăn ở, bao vé máy bay, độ tuổi 18-35. Hoa hồng hấp dẫn.";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "easy_work",
            "no_experience",
            "free_housing",
            "free_food",
            "free_flight",
            "age_limit",
            "bonus_commission",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(span_of(t, "free_housing").as_deref(), Some("bao ăn ở"));
        let legit = "Công ty TNHH Nhân Lực Quốc Tế, giấy phép số 123/LĐTBXH-GP, tuyển lao động đi Nhật, khám sức khỏe, visa lao động.";
        let n = names(legit);
        for want in [
            "named_employer",
            "licence_number",
            "gov_scheme",
            "medical_check",
            "work_permit",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let warn = "Cảnh báo thủ đoạn lừa đảo việc nhẹ lương cao, theo Công an tỉnh cho biết.";
        let n = names(warn);
        assert!(
            n.contains(&"warning_notice".to_string()) && n.contains(&"news_report".to_string())
        );
        assert!(
            !has("Cam kết không lừa đảo", "warning_notice"),
            "negated warning"
        );
    }

    #[test]
    fn chinese_lure_and_legit() {
        let t = "急招网络客服，柬埔寨西港，无需经验，学历不限，会打字就行，月薪1500U+提成，包吃包住，机票报销，年龄18-35岁。";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "no_experience",
            "no_degree",
            "easy_work",
            "bonus_commission",
            "free_housing",
            "free_food",
            "free_flight",
            "age_limit",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let legit = "我们是上海海外人力资源有限公司，对外劳务合作经营资格证编号：3100201800012，办理工作签证，出国前体检。";
        let n = names(legit);
        for want in [
            "named_employer",
            "licence_number",
            "work_permit",
            "medical_check",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(legit, "named_employer").as_deref(),
            Some("上海海外人力资源有限公司")
        );
        assert!(!has("无押金，不收任何费用", "fee_required"));
        assert!(has("无押金，不收任何费用", "no_fee"));
        assert!(has("警方提醒：谨防高薪诈骗", "warning_notice"));
    }

    #[test]
    fn malay_lure_and_legit() {
        let t = "Jawatan kosong admin dalam talian di Kemboja! Tiada pengalaman diperlukan, tanpa sijil. \
                 Gaji RM5000 + komisen. Tiket kapal terbang percuma, penginapan percuma, makan disediakan. Tempat terhad!";
        let n = names(t);
        for want in [
            "lure_role",
            "no_experience",
            "no_degree",
            "bonus_commission",
            "free_flight",
            "free_housing",
            "free_food",
            "urgency",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let legit = "Syarikat Maju Sdn Bhd (Lesen JTKSM 1234C) memerlukan pekerja. Permit kerja disediakan. Temuduga terbuka di pejabat.";
        let n = names(legit);
        for want in [
            "named_employer",
            "licence_number",
            "work_permit",
            "official_apply",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert!(has(
            "Awas! Sindiket pemerdagangan orang, katanya.",
            "warning_notice"
        ));
    }

    #[test]
    fn burmese_lure_and_warning() {
        let t =
            "ကမ္ဘောဒီးယားတွင် အွန်လိုင်းအက်ဒမင် အမြန်ခေါ်နေသည်။ အတွေ့အကြုံ မလို၊ ပညာ မရွေး၊ လစာ ဒေါ်လာ ၁၀၀၀ + ဘောနပ်၊ \
                 လေယာဉ်လက်မှတ် အခမဲ့၊ နေစရာ အခမဲ့၊ အသက် ၁၈ နှစ်မှ ၃၅ နှစ်";
        let n = names(t);
        for want in [
            "lure_role",
            "urgency",
            "no_experience",
            "no_degree",
            "bonus_commission",
            "free_flight",
            "free_housing",
            "age_limit",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert!(has("အလုပ်ကြော်ငြာများကို သတိထားပါ၊ လူကုန်ကူးမှု", "warning_notice"));
    }

    #[test]
    fn khmer_lure_and_warning() {
        let t = "ជ្រើសរើសបុគ្គលិកបន្ទាន់ អ្នកវាយអក្សរ មិនត្រូវការបទពិសោធន៍ ការងារស្រួល ប្រាក់ខែ ១០០០ ដុល្លារ + ប្រាក់រង្វាន់ \
                 ស្នាក់នៅឥតគិតថ្លៃ អាហារ ៣ពេល អាយុ ១៨ ដល់ ៣៥ ឆ្នាំ";
        let n = names(t);
        for want in [
            "urgency",
            "lure_role",
            "no_experience",
            "easy_work",
            "bonus_commission",
            "free_housing",
            "free_food",
            "age_limit",
        ] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        let warn = "ប្រយ័ត្នការឆបោក ជួញដូរមនុស្ស យោងតាមក្រសួងការងារ";
        let n = names(warn);
        for want in ["warning_notice", "news_report", "gov_scheme"] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
    }

    #[test]
    fn negations_turn_off_legit_and_route_markers() {
        assert!(!has("Tanpa izin kerja, berangkat saja", "work_permit"));
        assert!(has("Tanpa izin kerja, berangkat saja", "irregular_route"));
        assert!(!has("No medical check needed", "medical_check"));
        assert!(has("Work visa, not tourist visa.", "work_permit"));
        assert!(!has("Work visa, not tourist visa.", "tourist_visa"));
        assert!(!has("ไม่ต้องจ่ายค่าหัว", "fee_required"));
        assert!(has("ไม่ต้องจ่ายค่าหัว", "no_fee") || has("ไม่เสียค่าหัว", "no_fee"));
    }

    #[test]
    fn legit_ads_still_show_lure_phrases_they_use() {
        // A real trainee ad: the phrase matches; weighing it against the legit markers is the
        // model's job, not the extractor's.
        let t = "Kitchen trainee at Grand Hotel Ltd. No experience required, we train you. \
                 Free meals on duty. Apply at our office: 12 Jalan Ampang, Kuala Lumpur.";
        let n = names(t);
        for want in ["no_experience", "free_food", "named_employer"] {
            assert!(n.contains(&want.to_string()), "missing {want}: {n:?}");
        }
        assert_eq!(
            span_of(t, "named_employer").as_deref(),
            Some("Grand Hotel Ltd.")
        );
        assert!(!n.contains(&"warning_notice".to_string()));
    }

    #[test]
    fn plain_text_has_no_lure_phrases() {
        let t = "We are a bakery in Jakarta. Open daily 8-17. Call 0812-3456-7890.";
        let n = names(t);
        assert!(n.is_empty(), "{n:?}");
        assert!(find_phrases("").is_empty());
    }
}
