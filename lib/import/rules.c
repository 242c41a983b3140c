/*
 * The importer's extraction rules: every pattern the importer applies to Vietnamese text, in
 * one table, each with a name and what it produces. The code that reads the matches (meta.c,
 * structure.c, relations.c, tasks.c, figures.c) decides what a match means where it stands;
 * the words themselves are only here. tests/test-import-rules.c shows, per rule, the words it
 * takes and the near-misses it must leave.
 *
 * Conventions. Block text is NFC with single spaces (source.h), so a space is written " ".
 * Patterns are compiled with PCRE2_UTF | PCRE2_UCP; (?i) is used where case carries no
 * meaning and left out where it does (a capital starts the name of a body: "Ban Đối ngoại",
 * while "các ban, đơn vị" is a class). Words with two accepted places of the tone mark
 * ("hòa"/"hoà", "ủy"/"uỷ") are written with both. Every repetition is bounded, so that one
 * attempt costs a bounded number of steps and a scan is linear in the text; PCRE2's match and
 * depth limits stop anything else.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "import/rules.h"

#include <pthread.h>
#include <string.h>

#include <pcre2.h>
#ifdef CONGDOAN_HAVE_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

/* ---- word classes ------------------------------------------------------------------------- */

/* No letter, mark or digit right before / after: the edges of a word. */
#define BW "(?<![\\p{L}\\p{M}\\d])"
#define EW "(?![\\p{L}\\p{M}\\d])"
/* A number as Vietnamese writes it: 1.810 (full stops group thousands), 103,96 (a decimal
 * comma), 12, 01. Never the start of a longer run of digits, stops and commas ("12.5" is
 * ambiguous and is not a number here, as for congdoan_number_parse()). */
#define NUM_DEF "(?<![\\d.,/\\p{L}])(?<!\\p{L}-)(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)(?![.,]?\\d|/\\d|\\p{L})"
#define NUM "(?&xnum)"
/* A word of running text, and a word that may stand in a name ("TP.HCM", "Covid-19"). */
#define WD "[\\p{L}\\p{M}\\d]+"
#define NAMEWD "[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d.'’-]*"
/* A capital letter, and a word that starts with one. */
#define CAPWD "\\p{Lu}[\\p{L}\\p{M}]*"
/* A day, month and year written with figures: 22/08/2022, 5/1/1996, 04-05-2024, 10.03.2022. */
#define DMY "(?<![\\d/.-])(?<d>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<m>\\d{1,2})\\s?\\k<sep>\\s?(?<y>(?:19|20)\\d{2})(?!\\d)"
#define HMS "\\d{1,2}[:h]\\d{2}(?::\\d{2})?"
/* What follows a day and a month that would make them the start of a whole date ("ngày 1-7-2017"):
 * the date is taken whole (DMY), not cut before its year. */
#define NOT_CUT "\\s?[/.-]\\s?\\d"

/* The kinds of documents as named in running text (the heading's capitals are KIND_CAPS). */
#define DOC_KIND "(?i:ngh[ịi] quy[ếe]t|ch[ỉi] th[ịi]|k[ếe]t lu[ậa]n|quy[ếe]t [đd][ịi]nh|k[ếe] ho[ạa]ch(?: li[êe]n t[ịi]ch)?" \
    "|ch[ưu][ơo]ng tr[ìi]nh(?: h[àa]nh [đd][ộo]ng| c[ôo]ng t[áa]c| ph[ốo]i h[ợo]p)?|[đd][ềe] [áa]n|h[ưu][ớo]ng d[ẫa]n" \
    "|b[áa]o c[áa]o|quy ch[ếe]|quy [đd][ịi]nh|th[ôo]ng b[áa]o(?: k[ếe]t lu[ậa]n)?|th[ôo]ng tri|c[ôo]ng v[ăa]n" \
    "|ngh[ịi] [đd][ịi]nh|th[ôo]ng t[ưu]|t[ờo] tr[ìi]nh|c[ôo]ng [đd]i[ệe]n|lu[ậa]t|[đd]i[ềe]u l[ệe])"
#define KIND_CAPS "(?:KẾ HOẠCH(?: LIÊN TỊCH)?|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG| CÔNG TÁC| PHỐI HỢP)?|NGHỊ QUYẾT(?: LIÊN TỊCH)?" \
    "|CHỈ THỊ|KẾT LUẬN|QUYẾT ĐỊNH|ĐỀ ÁN|HƯỚNG DẪN|BÁO CÁO|QUY CHẾ|QUY ĐỊNH|THÔNG BÁO(?: KẾT LUẬN)?|THÔNG TRI|CÔNG VĂN|TỜ TRÌNH)"

/* One part of a document number's symbol: KH, CTr, TTg, LĐLĐ, UBND, MTTW. */
#define CODE "\\p{Lu}[\\p{Lu}\\p{Ll}]{0,9}(?<!\\p{Ll}\\p{Ll})"
#define CODE_CAPS "\\p{Lu}{2,10}(?!\\p{Ll})"
/* A document number as printed, spaces and all: 240/KH-TLĐ, 02 /KHLT/LĐLĐ-TĐTN, 13- CT/TW,
 * 39/HD - CĐN, 105/2020/NĐ-CP, 4b/TLĐ, and the Party form without its hyphen, 29 NQ/TW. */
#define DOCNUM \
    "(?<![\\p{L}\\p{M}\\d/.-])\\d{1,6}[a-zđ]?" \
    "(?:(?:\\s?/\\s?(?:19|20)\\d{2})?\\s?[-/]\\s?" CODE "|\\s(?=(?:NQ|CT|KL|QĐ|KH|CV|TB|HD|BC|TT|QC)/)" CODE ")" \
    "(?:[-/]" CODE "|\\s[-/–]\\s?" CODE_CAPS "|[-/]\\s" CODE_CAPS "){0,4}(?![\\p{L}\\p{M}\\d])"

/* Words that end the name of a body or of a group of them: what the body does comes next.
 * VERB holds the verbs of union work and the words that stand before them (cần, sẽ, đã …);
 * a unit followed by one of them is the subject of the sentence ("Đoàn Chủ tịch tổ chức …").
 * PREP holds the prepositions that open a complement. Only the lowercase forms: inside a name
 * the words are capitalised ("Ban Tổ chức", "Ban Tuyên giáo"), and a sentence never starts
 * inside one. */
#define VERBWORD \
    "(?:chủ trì|phối hợp|giúp|tham mưu|tổ chức|triển khai|thực hiện|xây dựng|hướng dẫn|chỉ đạo|theo dõi|đôn đốc" \
    "|đăng ký|xếp loại|kiểm tra|giám sát|nghiên cứu|đề xuất|vận động|khai thác|rà soát|cập nhật|tuyên truyền|quán triệt|phổ biến" \
    "|tổng hợp|báo cáo|ban hành|chuẩn bị|phát động|hoàn thành|hoàn thiện|gửi|tiếp tục|sửa đổi|bổ sung|định hướng" \
    "|biên soạn|soạn thảo|ký kết|tập huấn|bồi dưỡng|đánh giá|sơ kết|tổng kết|chịu trách nhiệm|có trách nhiệm" \
    "|là|làm|cần|phải|được|sẽ|đã|đang|dự kiến|tiến hành|tập trung|đẩy mạnh|tăng cường|nâng cao|bảo đảm|đảm bảo" \
    "|quan tâm|tạo điều kiện|chủ động|tích cực|thường xuyên|duy trì|phát huy|mở rộng|thúc đẩy|tham gia|cử|bố trí" \
    "|thành lập|kết nạp|phát triển|lựa chọn|xét chọn|khen thưởng|biểu dương|tôn vinh|trao|tặng|hỗ trợ|chăm lo" \
    "|thăm hỏi|giải quyết|xử lý|tiếp nhận|phản ánh|kiến nghị|yêu cầu|giao|đề nghị|thông báo|cung cấp|phân công" \
    "|quản lý|sử dụng|vừa|cũng|nêu rõ|xác định|lãnh đạo|chịu|có|đạt|nhận|thông qua|đầu tư|ủng hộ|hưởng ứng" \
    "|học tập|thi đua|góp phần|căn cứ|nắm|phát hành|nộp|phê duyệt|vinh danh)"
#define PREPWORD "(?:nhằm|để|về|cho|tại|ở|theo|trong|với|đối với|đến|từ|thì|bằng|qua|trên địa bàn|trên cơ sở|nhân dịp|vào|như|nhưng|mà|nên|do)"
#define STOPWORD "(?:" VERBWORD "|" PREPWORD ")"
#define STOP_DEF "(?:" STOPWORD ")(?![\\p{L}\\p{M}])"
#define STOP "(?&xstop)"
/* The head of the name of a body, an organisation or a class of them. */
#define ORG_HEAD \
    "(?:Ban [Cc]hấp hành|BCH|Ban [Tt]hường vụ|BTV|Đoàn [Cc]hủ tịch|Thường trực|Đảng đoàn|Ủy ban [Kk]iểm tra|Uỷ ban [Kk]iểm tra" \
    "|UBKT|Ban|Văn phòng|Tổng Liên đoàn|Tổng LĐLĐ|Liên đoàn [Ll]ao động|LĐLĐ|Công đoàn|CĐ|CĐCS|CĐGD|CĐVC|Ủy ban|Uỷ ban" \
    "|UBND|HĐND|Sở|Phòng|Hội|Tỉnh [Đđ]oàn|Thành [Đđ]oàn|Huyện [Đđ]oàn|Đoàn [Tt]hanh niên|Mặt trận|MTTQ|Bộ|Tỉnh [uủ]ỷ|Tỉnh ủy" \
    "|Huyện [uủ]ỷ|Huyện ủy|Thành [uủ]ỷ|Thành ủy|Đảng [uủ]ỷ|Đảng ủy|Trung tâm|Viện|Học viện|Trường|Báo(?=\\s\\p{Lu})|Cục|Vụ|Chi cục" \
    "|Hội đồng|Đảng bộ|Chi bộ|Tổ công tác)"
/* After "các", "những" a class may start in lower case: "các công đoàn ngành", "các ban". */
#define ORG_HEAD_LOWER "(?:ban xây dựng Đảng|ban|công đoàn|liên đoàn lao động|cơ quan|đơn vị|sở|hội|trung tâm|cấp ủy|cấp uỷ)"
#define ORG_START "(?<![\\p{L}\\p{M}\\d/-])(?:(?:(?:các|Các|những|Những|mỗi|Mỗi|từng|Từng)\\s)?" ORG_HEAD "|(?:các|Các|những|Những)\\s" ORG_HEAD_LOWER ")"
/* A word of a name, or an abbreviation in brackets ("(LĐLĐ)"), that is not a STOP word. */
#define ORG_WORD "(?&xorgword)"
#define ORG_WORD_DEF "(?:(?<=[Bb]an\\s)xây dựng Đảng|(?<=[Vv]iệc\\s)làm|(?!" STOP ")" NAMEWD "|\\([^()]{1,30}\\))"
/* The name of a body, an organisation or a class of them, possibly several joined by commas
 * and "và": "Ban Đối ngoại Tổng Liên đoàn", "Đảng đoàn LĐLĐ tỉnh, các ban xây dựng Đảng và Văn
 * phòng Tỉnh ủy", "các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương và tương đương". It ends
 * where what the body does begins (a STOP word) or at punctuation. */
#define ORG_DEF ORG_START "(?:\\s" ORG_WORD "){0,14}(?:(?:,\\s|\\svà\\s|\\s-\\s)" ORG_WORD "(?:\\s" ORG_WORD "){0,14}){0,6}"
#define ORG "(?&xorg)"
/* A group, named or not, as a coordinator may be: "các ban, đơn vị liên quan", "các cơ quan hữu quan". */
#define GROUP_DEF "(?!" STOP ")" NAMEWD "(?:\\s" ORG_WORD "){0,14}(?:(?:,\\s|\\svà\\s)" ORG_WORD "(?:\\s" ORG_WORD "){0,14}){0,6}"
#define GROUP "(?&xgroup)"

/* The word classes above that patterns call by name rather than copy (a bounded repetition of
 * a group copies it; a call is small): every pattern is compiled with this in front. Groups
 * whose captures a rule reads (DMY) are copied instead, since a call's captures are undone. */
#define PRELUDE \
    "(?(DEFINE)(?<xnum>" NUM_DEF ")(?<xstop>" STOP_DEF ")(?<xorgword>" ORG_WORD_DEF ")(?<xorg>" ORG_DEF ")" \
    "(?<xgroup>" GROUP_DEF "))"

/* A person's name in a byline: 2 to 5 capitalised words, initials allowed ("T.Nga", "H. Lan"). */
#define BYNAME "\\p{Lu}[\\p{L}\\p{M}]*(?:\\.\\s?\\p{Lu}[\\p{L}\\p{M}]*|\\s\\p{Lu}[\\p{L}\\p{M}]*){1,4}"

/* "yêu cầu" with the slips of its tone marks that pages carry ("yều cầu", "yêu câu"): the
 * marks are typed after the letters (Telex, VNI) and land on the wrong syllable or vowel. */
#define ASK "y[eêềếểễệ]u\\sc[aâầấẩẫậ]u"

/* Positions in a signature block. */
#define POSITION "(?:(?:PHÓ |)CHỦ TỊCH(?: THƯỜNG TRỰC)?|(?:PHÓ |)TRƯỞNG BAN|CHÁNH VĂN PHÒNG|(?:PHÓ |)CHÁNH VĂN PHÒNG" \
    "|(?:PHÓ |)BÍ THƯ|(?:PHÓ |)GIÁM ĐỐC|(?:PHÓ |)TỔNG GIÁM ĐỐC|TỔNG THƯ KÝ|(?:PHÓ |)TRƯỞNG PHÒNG|(?:PHÓ |)HIỆU TRƯỞNG" \
    "|ỦY VIÊN|UỶ VIÊN|(?:PHÓ |)CHỦ NHIỆM|THỦ TRƯỞNG)"

/* Comparators written before a figure, and the words that close a figure's comparator. */
#define CMP_BEFORE \
    "(?i:ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn|vượt(?: hơn| trên)?|cao hơn|nhiều hơn|không quá" \
    "|không vượt quá|tối đa|dưới|thấp hơn|ít hơn|khoảng|gần|xấp xỉ|chừng|từ)"

/* What a "buổi" (a session) holds when it counts events rather than half-days: "1.234 buổi
 * tuyên truyền" is a figure, "trong 2 buổi" a span of time. */
#define EVENT_NOUN "(?:tuyên truyền|tập huấn|nói chuyện|sinh hoạt|giao lưu|biểu diễn|chiếu phim|hội thảo|tọa đàm|toạ đàm" \
    "|đối thoại|tư vấn|phổ biến|khám|học tập|gặp mặt|truyền thông|văn nghệ)"
/* Counted things that say a number is no figure: spans of time, members of a meeting,
 * numbered parts of a text, and the items of a list ("20 chỉ tiêu", "7 nhiệm vụ trọng tâm"). */
#define TIME_NOUN "(?:năm|tháng|ngày|tuần|quý|giờ|phút|giây|thế kỷ|thập kỷ|kỳ|nhiệm kỳ|khóa|khoá|lần|buổi(?!\\s" EVENT_NOUN ")|tuổi|kV|kW|MW|km|m|cm|mm|m2|m²|°C|độ)"
/* (persons counted with "đã/được" after them are what was done: "19 đồng chí đã được kết nạp") */
#define MEETING_NOUN "(?:thành viên|ủy viên|uỷ viên|đại biểu|đoàn đại biểu|đồng chí(?!\\s(?i:đã|được))|vị|người được bầu)"
#define LIST_NOUN "(?:chỉ tiêu|nhiệm vụ|giải pháp|nội dung|mục tiêu|đề xuất(?!\\s(?:của|về))|kiến nghị(?!\\s(?:của|về))|điểm(?! trường)|phần(?! quà| thưởng| trăm)|chương(?! trình)|điều(?! khoản)|bước|nhóm" \
    "|khâu|phương châm|quan điểm|yêu cầu|tiêu chí|tiêu chuẩn|hoạt động (?:trọng tâm|nổi bật|chủ yếu|chính|lớn)|đột phá" \
    "|chương trình (?:trọng tâm|hành động)|phong trào (?:thi đua )?(?:lớn|trọng tâm))"

/* Words that say a count is of what was done, not of what a union is ("số đoàn viên kết nạp
 * mới là 126" is a result). */
#define STATUS_NOT "kết nạp|thành lập|mới|tăng|giảm|được|tham gia|đạt|thăm|hỗ trợ|tặng|trao|tổ chức|giải quyết"

/* Words that make the figures near them targets or results (see figures.c). */
#define TARGET_WORDS \
    "(?i:phấn đấu|chỉ tiêu|mục tiêu|đặt ra|đề ra|phải đạt|cần đạt|sẽ|dự kiến|kế hoạch đề ra|định hướng|nhằm đạt" \
    "|hướng tới|đến năm (?:19|20)\\d\\d|đến hết năm|đến cuối năm|đến cuối nhiệm kỳ|cuối nhiệm kỳ|trong nhiệm kỳ tới" \
    "|nhiệm kỳ tới|năm tới|thời gian tới|(?:hằng|hàng) năm có|mỗi năm có|phải có|cần có|bảo đảm có|đảm bảo có)"
#define RESULT_WORDS \
    "(?i:(?:đạt|hoàn thành|vượt)(?:\\s(?:xuất sắc|tốt|và vượt))?\\s(?:các |mọi |toàn bộ |\\d+/\\d+ )?chỉ tiêu(?:,?\\s(?:nhiệm vụ(?:\\scông tác)?\\s)?(?:đã\\s)?(?:đề ra|được giao|kế hoạch))?" \
    "|đã|vừa qua|vừa|dự ước|ước đạt|ước tính|nâng tổng số|lũy kế|luỹ kế|kết quả|tổng cộng" \
    "|(?:năm|nhiệm kỳ|thời gian|giai đoạn|tháng|quý|những năm|nhiều năm) qua|năm trước|năm học trước" \
    "|" RESULT_WEAK ")"
/* "đạt 90%", "kết nạp được 500", "trong năm" (in the year): done when nothing before says the
 * sentence looks ahead, the value to reach after "phấn đấu …" ("phấn đấu … tỷ lệ đoàn viên
 * đạt trên 96%", "phấn đấu trong năm học kết nạp ít nhất 350 đoàn viên"). */
#define RESULT_WEAK \
    "(?<=[\\p{L}] )được(?=\\s(?:gần |hơn |trên |khoảng |tổng cộng )?\\d)|đạt(?=\\s(?:gần |hơn |trên |khoảng |tỷ lệ |tỉ lệ )?\\d)" \
    "|trong năm(?!\\s(?:qua|trước|tới))"

/* Numbers written in words. */
#define NUMBER_WORDS "(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"

/* The words of the header cells of a table of tasks, which also name the fields of a task
 * written as lines ("Đơn vị chủ trì: …"). */
#define TABLE_LEAD_WORDS "(?i:đơn vị chủ trì|chủ trì|cơ quan chủ trì|đơn vị thực hiện|đơn vị chịu trách nhiệm|cơ quan thực hiện" \
    "|bộ phận chủ trì|đơn vị đầu mối|người thực hiện|phụ trách|người phụ trách)"
#define TABLE_COORD_WORDS "(?i:đơn vị phối hợp|phối hợp|cơ quan phối hợp|bộ phận phối hợp)"
#define TABLE_DUE_WORDS \
    "(?i:thời gian hoàn thành|thời gian thực hiện|thời gian|thời hạn(?: hoàn thành)?|tiến độ(?: thực hiện| hoàn thành)?|hạn hoàn thành)"

/* The keys of the attribute box of legal-text sites, with a colon after them or not ("Số hiệu:
 * 135/KH-TLĐ Loại văn bản: Kế hoạch"); each key ends the value of the key before it. */
#define BOX_KEY "(?:Số hiệu|Ngày ban hành|Ngày có hiệu lực|Ngày hiệu lực|Ngày hết hiệu lực|Ngày công báo|Số công báo" \
    "|Loại văn bản|Cơ quan ban hành|Nơi ban hành|Người ký|Lĩnh vực|Tình trạng)"

/* ---- the table ---------------------------------------------------------------------------- */

static const congdoan__rule rules[CONGDOAN__RULE_COUNT] = {
    /* Structure ---------------------------------------------------------------------------- */
    [CONGDOAN__RULE_LABEL] = {"label",
        /* The numbering or bullet that opens a block: "I.", "II/", "1.", "1.1.", "3.1", "a)",
         * "(1)", "-", "+", "•", "PHẦN 1:", "Chương II", "Điều 3.". The group says which. */
        "(?:(?<part>(?i:phần)\\s(?:\\d{1,2}|[IVX]{1,5}|(?i:thứ)\\s\\p{L}+)\\s?[.:]?)"
        "|(?<chapter>(?i:chương)\\s(?:\\d{1,2}|[IVX]{1,5})\\s?[.:]?)"
        "|(?<article>(?i:điều)\\s\\d{1,3}\\s?[.:])"
        "|(?<roman>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\\s?[./)])"
        "|(?<multi>\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?)"
        "|(?<arabic>\\d{1,2}[.)])"
        "|(?<paren>\\(\\s?\\d{1,2}\\s?\\))"
        "|(?<letter>\\(?[a-zđ]\\))"
        "|(?<bullet>[-–—+•*·◦▪●○■□➢➤✓✔]))"
        "(?=\\s|\\p{L}|$)",
        "the label of a numbered or bulleted block, and its style"},
    [CONGDOAN__RULE_MOTTO] = {"motto",
        "(?i:c[ộo]ng\\s?h(?:òa|oà|oa)\\sxã\\shội\\schủ\\snghĩa\\sviệt\\snam)|(?i:độc\\slập\\s?[-–]\\s?tự\\sdo\\s?[-–]\\s?hạnh\\sphúc)",
        "the national name and motto of the header, which are no part of the document's own data"},
    [CONGDOAN__RULE_HEADER_BODY] = {"header-body",
        /* A line of the header in capitals that starts the name of a body: under its superior
         * ("LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ LAM" / "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN AN") it is the body
         * that issues the document; a line that does not ("TỈNH BÌNH DƯƠNG") goes on the name
         * above it. */
        "\\G(?:TỔNG LIÊN ĐOÀN|LIÊN ĐOÀN|CÔNG ĐOÀN|BAN|[ỦU]Y BAN|UỶ BAN|ĐẢNG [ỦU]Y|ĐẢNG UỶ|ĐẢNG ĐOÀN|ĐẢNG BỘ|CHI BỘ|SỞ|UBND|HĐND"
        "|HỘI ĐỒNG|HỘI|VĂN PHÒNG|TỈNH [ỦU]Y|TỈNH UỶ|HUYỆN [ỦU]Y|HUYỆN UỶ|THÀNH [ỦU]Y|THÀNH UỶ|ĐOÀN|TRƯỜNG|CÔNG TY|BỘ|CỤC)\\s",
        "a header line in capitals that names a body (the issuer under its superior)"},
    [CONGDOAN__RULE_HEADER_PLACE] = {"header-place",
        /* The place that completes the name of an organisation in capitals ("… TỈNH HÀ LAM",
         * "… VIỆT NAM"): a line with one is a whole name, the superior of the body below it;
         * "ỦY BAN KIỂM TRA" has none, and the line below completes it. */
        "\\s(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|TP\\.)\\s?\\p{Lu}|\\sVIỆT NAM$",
        "the place in the name of an organisation written in capitals"},

    /* Metadata ----------------------------------------------------------------------------- */
    [CONGDOAN__RULE_OWN_NUMBER] = {"own-number",
        /* "Số: 34 /KH-LĐLĐ", "Số:13/CTr-LĐLĐ", "Số hiệu 240/KH-TLĐ" opening a block of the header. */
        "^(?i:số)(?:\\s(?i:hiệu))?\\s?:?\\s?(?<num>" DOCNUM ")",
        "the document's own number, from the number line of its header"},
    [CONGDOAN__RULE_PLACE_DATE] = {"place-date",
        /* "Lai Châu, ngày 27 tháng 02 năm 2025", "TP. Hồ Chí Minh, ngày 5 tháng 1 năm 2024", and
         * the date in figures after "ngày": "Tân Lâm, ngày 27/5/ 2009", "Hà Nội, ngày 05-01-2026". */
        "(?<place>(?:(?:TP|Tp|T\\.P)\\.\\s?)?" CAPWD "(?:\\s" CAPWD "){0,4})\\s?,\\s?(?i:ngày)\\s?"
        "(?|(?<d>\\d{1,2})\\s(?i:tháng)\\s(?<m>\\d{1,2})\\s(?i:năm)\\s(?<y>(?:19|20)\\d{2})"
        "|(?<d>\\d{1,2})\\s?[/.-]\\s?(?<m>\\d{1,2})\\s?[/.-]\\s?(?<y>(?:19|20)\\d{2}))(?!\\d)",
        "the place and date of issue of the header"},
    [CONGDOAN__RULE_PUBLISHED] = {"published",
        /* A block that is only a page's time stamp: "Cập nhật: 04-05-2024 | 09:56:36",
         * "Ngày đăng: 10.03.2022", "THỨ HAI, 18/01/2021 11:28:17", "06/01/2017 - 21:51", and
         * after the name of the site's column: "Xã hội - 15:56, 12/01/2026", "07:00 | 04/12/2023 GMT+7". */
        "^(?:\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s[\\p{Ll}\\p{M}]+){0,3}\\s[-–|]\\s)?"
        "(?:(?i:cập nhật(?:\\slúc|\\sngày)?|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian đăng|xuất bản(?:\\sngày)?)\\s?:?\\s?)?"
        "(?:(?i:thứ\\s(?:hai|ba|tư|năm|sáu|bảy)|chủ\\snhật)\\s?,?\\s?)?(?:" HMS "\\s?[-|,]?\\s?)?(?:(?i:ngày)\\s)?" DMY
        "(?:\\s?[-|,]?\\s?" HMS ")?(?:\\s?(?:\\((?:GMT|UTC)[+-]\\d{1,2}\\)|(?:GMT|UTC)[+-]\\d{1,2}))?\\s?$",
        "the publication date of a page (published), which is never its date of issue"},
    [CONGDOAN__RULE_META_BOX] = {"meta-box",
        /* The attribute box of legal-text sites: "Số hiệu 240/KH-TLĐ Ngày ban hành 22/08/2022 ...". */
        "(?<key>" BOX_KEY ")\\s?:?\\s(?<value>.{1,200}?)(?=\\s" BOX_KEY "\\s?:?\\s|$)",
        "number, dates, kind, issuer, signer and field from a site's attribute box"},
    [CONGDOAN__RULE_KIND_HEADING] = {"kind-heading",
        /* "KẾ HOẠCH", "CHƯƠNG TRÌNH Công tác công đoàn năm 2025", "NGHỊ QUYẾT CỦA ĐOÀN CHỦ TỊCH ...". */
        "^(?<kind>" KIND_CAPS ")(?![\\p{L}\\p{M}])(?:\\s?[:.]?\\s?(?<title>.+))?$",
        "the kind of the document from its heading, and the title printed with it"},
    [CONGDOAN__RULE_ISSUED_BY] = {"issued-by",
        /* "Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch", "Ban Chấp hành LĐLĐ tỉnh ban hành
         * Chương trình", "UBND tỉnh ban hành Kế hoạch". */
        "(?<who>" ORG ")\\s(?:đã\\s|vừa\\s)?(?:ban hành|xây dựng)\\s(?<what>" DOC_KIND ")" EW,
        "the issuing body, from the sentence that issues the document"},
    [CONGDOAN__RULE_TITLE_OF_BODY] = {"title-of-body",
        "\\G(?:CỦA|của)\\s(?<who>[^,]{3,80}?)(?=\\s(?:VỀ|về)\\s|$)",
        "the body a title names as the issuer (\"NGHỊ QUYẾT CỦA ĐOÀN CHỦ TỊCH ...\")"},
    [CONGDOAN__RULE_SIGN_CAPACITY] = {"sign-capacity",
        /* "TM. BAN THƯỜNG VỤ CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TL. BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG". */
        "^(?<cap>(?<how>TM|T\\.M|KT|TL|TUQ|Q)\\.?\\s(?<for>ĐOÀN CHỦ TỊCH|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|\\p{Lu}[^\\p{Ll}]{1,60}?))(?:\\s(?<pos>" POSITION "))?\\s?$",
        "the capacity in which the document is signed (TM. BAN THƯỜNG VỤ) and the position"},
    [CONGDOAN__RULE_SIGN_POSITION] = {"sign-position",
        "^(?<pos>" POSITION ")$",
        "a signer's position printed alone above the name"},
    [CONGDOAN__RULE_PERSON_NAME] = {"person-name",
        /* "Hoàng Thọ Trung", "Đặng Ngọc Tùng": 2 to 5 capitalised words and nothing else. */
        "^(?:\\((?i:đã ký|đã kí)\\)\\s?)?(?<name>" CAPWD "(?:\\s" CAPWD "){1,4})$",
        "the signer's name under the signature block"},
    [CONGDOAN__RULE_BYLINE] = {"byline",
        /* The line that names who wrote a news item, alone after its text: "HÀ THU", "H. LAN",
         * "Q.TÁM", "Tin, ảnh: Thu Hằng", "Tin-ảnh: T.Nga", "Bài và ảnh: Lê Minh", "Tin, ảnh: Duy
         * Tân – Liên đoàn Lao động huyện Thới Lai" (the writer's unit after the name), "(Theo Báo Lao
         * Động)", "Theo Tuệ Trang – Tiến Long/HTTV", "Nhóm PV", "Nguyễn Văn An - Trung tâm Văn
         * hóa tỉnh", or a name alone ("Mỹ Trang", taken by meta.c only where no number and no
         * signature say the text is a formal document). A name in capitals has 2 to 4 words and
         * is not a heading's word (KẾT LUẬN, a kind of document, a position of a signature).
         * What the writer did may follow in brackets: "Thanh Tâm (lược ghi)", "MINH ANH (tổng hợp)". */
        "^(?!(?:" KIND_CAPS "|" POSITION "|KẾT LUẬN|NƠI NHẬN|PHẦN|MỤC|CHƯƠNG)(?![\\p{L}\\p{M}]))"
        "(?|(?i:tin|bài|bài viết|ghi chép|thực hiện)(?:\\s?(?:,|và|-|–|/|\\+)\\s?(?i:ảnh|video|clip))?\\s?:\\s?"
        "(?<name>" BYNAME "(?:\\s?(?:,|-|–|và)\\s?" BYNAME "){0,3})(?:\\s[-–]\\s[^\\n]{2,80}?)?\\.?"
        "|\\((?i:theo)\\s(?<name>[^()]{2,80})\\)"
        "|(?i:theo)\\s(?<name>" BYNAME "[^()]{0,80})"
        "|(?<name>\\p{Lu}+(?:\\.\\s?\\p{Lu}+|\\s\\p{Lu}+){1,3})(?:\\s?[-–]\\s?[^\\n]{2,80})?"
        "|(?<name>(?:Nhóm\\s)?PV(?:\\s?[-/]\\s?" BYNAME ")?)"
        "|(?<name>" BYNAME ")(?:\\s[-–]\\s[^\\n]{2,80})?)"
        "(?:\\s?\\((?i:lược ghi|ghi|tổng hợp|lược dịch|biên dịch|dịch|sưu tầm|st)\\))?$",
        "the byline of a news item: its author, a line alone after the text"},
    [CONGDOAN__RULE_RECIPIENTS] = {"recipients",
        "^(?i:nơi\\snhận)\\s?(?::\\s?(?<rest>.*))?$",
        "the start of the list of recipients (Nơi nhận)"},
    [CONGDOAN__RULE_ARCHIVE_COPY] = {"archive-copy",
        "^[-–+•]?\\s?(?i:lưu)(?:\\s?:|\\s(?:VT|VP|Văn|văn|hồ sơ))",
        "the archive line (\"Lưu: VT, VP.\") that closes the recipients"},
    /* An official letter (công văn) has no kind heading: it states its subject under its number
     * ("V/v báo cáo kết quả …", "Về việc …"), opens with those it is addressed to ("Kính gửi: …"),
     * names itself ("Nhận được Công văn này …") and may carry the code CV in its number. */
    [CONGDOAN__RULE_SUBJECT] = {"subject",
        /* "V/v báo cáo kết quả phát triển đoàn viên năm 2025", "V/v: tổ chức …", "Về việc …"; in
         * a row of a header table, the cell before " | ". */
        "^(?:(?i:v/v)|(?i:về việc))\\s?[:.]?\\s?(?<subject>[^|\\s][^|]{0,600})",
        "the subject line of an official letter, under its number (the letter's title)"},
    [CONGDOAN__RULE_ADDRESSEE] = {"addressee",
        /* "Kính gửi: Các công đoàn cấp trên trực tiếp cơ sở.", "Kính gửi:" over a list. */
        "^(?i:kính gửi)\\s?:\\s?(?<to>.*)$",
        "those an official letter is addressed to (Kính gửi: …), at the start of its body"},
    [CONGDOAN__RULE_LETTER_SELF] = {"letter-self",
        "(?<![\\p{L}\\p{M}])(?i:công văn)\\s(?i:này)" EW,
        "a letter naming itself (\"Nhận được Công văn này …\")"},
    [CONGDOAN__RULE_LETTER_CODE] = {"letter-code",
        /* 85/CV-LĐLĐ, 12-CV/TU: the code of a công văn, which no kind of the vocabulary has */
        "(?<=[-/])CV(?=[-/]|$)",
        "the code CV (công văn) in a document's own number"},
    [CONGDOAN__RULE_ATTACHED] = {"attached",
        /* "(Ban hành kèm theo Quyết định số 112/QĐ-LĐLĐ ngày 05/01/2026 …)" under the heading of a
         * plan printed after the signature of the decision that issues it */
        "^\\(?\\s?(?i:ban hành\\s|được ban hành\\s)?(?i:kèm theo)\\s" DOC_KIND EW,
        "the line that says a document is issued with another (kèm theo Quyết định …)"},

    [CONGDOAN__RULE_IMAGE_ALT] = {"image-alt",
        /* A picture's text copied with the page: "Gần 2,9 tỉ đồng chăm lo Tết cho CNVC-LĐ - Ảnh
         * 1." (the headline again, numbered as the picture): no words of the article. */
        "\\s[-–]\\s(?:Ảnh|ảnh|Anh|anh)\\s\\d{1,2}\\.?$",
        "the text of a picture copied with the page (… - Ảnh 1.), which is site chrome"},

    /* Documents and dates ------------------------------------------------------------------ */
    [CONGDOAN__RULE_DOCNUMBER] = {"docnumber",
        "(?<num>" DOCNUM ")",
        "a document number in running text (its spaces removed when it is kept)"},
    [CONGDOAN__RULE_DOC_MENTION] = {"doc-mention",
        /* "Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư", "Kế hoạch số 185-KH/TU",
         * "Nghị quyết 02-NQ/TW", the date after it when printed. The words between the kind and
         * the number name no other kind: in "mức quy định tại Kết luận số 03/KL-BCH" the number is
         * the Kết luận's, and "quy định tại" only introduces it. */
        "(?<kind>" DOC_KIND ")(?:\\s(?!" DOC_KIND EW ")" WD "){0,3}?\\s(?:(?i:số)\\s?)?(?<num>" DOCNUM ")"
        "(?:\\s?,?\\s(?i:ngày)\\s(?:" DMY "|(?<dw>\\d{1,2})\\s(?i:tháng)\\s(?<mw>\\d{1,2})\\s(?i:năm)\\s(?<yw>\\d{4})))?",
        "a document named by its kind and number, and its date when printed"},
    [CONGDOAN__RULE_DATE] = {"date",
        "(?<date>" DMY ")",
        "a date written with figures"},
    [CONGDOAN__RULE_DATE_WORDS] = {"date-words",
        "(?i:ngày)\\s(?<d>\\d{1,2})\\s(?i:tháng)\\s(?<m>\\d{1,2})\\s(?i:năm)\\s(?<y>(?:19|20)\\d{2})(?!\\d)",
        "a date written in words"},
    [CONGDOAN__RULE_TIME_EXPR] = {"time-expr",
        /* Numbers that are times and dates, which are never figures: "ngày 28-4", "5-7/4",
         * "Chiều 28/3", "Ngày 7.3", "8h30", "21:51", "tháng 5-2024", "quý III/2016", "năm 2025",
         * "(2010 -2020)", "Tết Nguyên đán Bính Ngọ 2026", "(GMT+7)"; and the time of a row of an
         * agenda whose columns lost their bars with the row's number after it ("13h45-14h00 1 Thắp
         * hương …": the item starts with a capital; "7h30-11h00 300 đoàn viên" keeps its figure). */
        "(?:" DMY
        "|" BW "(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm)\\s(?:\\d{1,2}\\s?[-–]\\s?){0,2}\\d{1,2}\\s?[/.-]\\s?\\d{1,2}(?![\\d%]|" NOT_CUT ")"
        "|" BW "(?i:từ|đến)\\s(?:\\d{1,2}\\s?[-–]\\s?){0,2}\\d{1,2}\\s?[/.]\\s?\\d{1,2}(?![\\d%]|" NOT_CUT ")"
        "|" BW "(?i:ngày|mùng|mồng)\\s\\d{1,2}(?![\\d%.,/-])"
        "|(?<![\\d/.,-])\\d{1,2}/\\d{1,2}(?![\\d/%])(?=\\s?(?:,|\\(|$|hằng|hàng|năm|tới|tại|vừa))"
        "|" HMS "(?:\\s?(?i:phút|giờ)|\\s?[-–]\\s?" HMS "\\s\\d{1,3}(?=\\s\\p{Lu}|$))?"
        "|\\((?:GMT|UTC)[+-]\\d{1,2}\\)"
        "|" BW "(?i:tháng)\\s\\d{1,2}(?:\\s?[-/.]\\s?(?:19|20)\\d{2})?(?![\\d%])"
        "|" BW "(?i:quý)\\s(?:[IV]{1,3}|\\d)(?:\\s?/\\s?(?:19|20)\\d{2})?" EW
        "|" BW "(?i:năm|niên khóa|niên khoá|giai đoạn|nhiệm kỳ|khóa|khoá|đến|từ|trước|sau|cuối|đầu|vào|trong|hết)\\s(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)"
        "|(?<=\\p{Lu}[\\p{L}\\p{M}]\\s|\\p{Lu}[\\p{L}\\p{M}]{2}\\s|\\p{Lu}[\\p{L}\\p{M}]{3}\\s|\\p{Lu}[\\p{L}\\p{M}]{4}\\s)(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)"
        "|(?<![\\d.,])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)(?=\\s?(?:[,.;:()\\]]|$|-\\s?\\d)))",
        "times and dates that are not figures"},
    [CONGDOAN__RULE_YEAR_SPAN] = {"year-span",
        "(?<![\\d.,])(?<a>(?:19|20)\\d{2})\\s?[-–—/]\\s?(?<b>(?:19|20)\\d{2})(?![\\d.,%])",
        "a span of years (2018-2023, 2018 - 2019): a term, a school year, a period"},
    [CONGDOAN__RULE_BASIS] = {"basis",
        /* A sentence that says what the document carries out or rests on. */
        "\\G(?:(?<basis>(?i:căn cứ)(?:\\s(?i:vào))?)|(?<impl>Thực hiện|THỰC HIỆN)|(?<concr>(?i:cụ thể h(?:óa|oá|oa))))" EW,
        "the opening of a sentence that names the documents this one implements (Thực hiện) or rests on (Căn cứ)"},
    [CONGDOAN__RULE_REVIEW] = {"review",
        "(?i:sơ kết|tổng kết)(?:\\s" WD "){0,6}\\s(?i:thực hiện|triển khai)?\\s?$",
        "words before a document mention that say the document is reviewed (sơ kết, tổng kết)"},

    /* Figures ------------------------------------------------------------------------------ */
    [CONGDOAN__RULE_QUOTED] = {"quoted",
        "“[^”]{1,200}”|\"[^\"]{1,200}\"|«[^»]{1,200}»|‘[^’]{1,200}’",
        "a quotation or a name in quotes: its numbers are no figures (\"Chợ 0 đồng\")"},
    [CONGDOAN__RULE_NAMED_NUMBER] = {"named-number",
        /* Numbers that are part of a name: "quận 8", "lần thứ 2", "Covid-19", "Điều 5", "Chương
         * trình 1 triệu sáng kiến", "khu phố 3", "Quốc lộ 1A", "số 1 Tam Đường". */
        BW "(?:(?i:quận|phường|khu phố|tổ dân phố|ấp|thôn|bản|xóm|khối|đường|quốc lộ|tỉnh lộ|điều|khoản|điểm|mục|lần thứ"
        "|thứ|số nhà|phòng|tầng|lô|khu|cụm|lớp|kỳ họp|phiên|Covid|COVID|sars|SARS)[\\s-]?\\d[\\d\\p{L}]*"
        "|(?i:chương trình|phong trào|cuộc thi|giải|đề án|dự án|cuộc vận động|quỹ|chiến dịch)\\s\\d[\\d.,]*(?:\\s(?i:triệu|tỷ|tỉ|nghìn|ngàn))?(?:\\s" WD "){1,2}"
        "|(?i:số)\\s\\d{1,3}" "(?=\\s\\p{Lu}|\\s?[,.;:)]|$)"
        "|" DOC_KIND "\\s(?:(?i:số)\\s)?\\d{1,4}(?![\\d%])"
        "|\\p{Lu}{2,}\\s\\d{1,3}(?![\\d.,%])(?!\\s\\p{Ll}))"
        "|" BW "\\p{L}+-\\d+" EW
        /* the statutory levy named by its rate: "kinh phí công đoàn 2%" */
        "|" BW "(?i:kinh phí công đoàn|KPCĐ)\\s\\d{1,2}(?:,\\d{1,2})?\\s?%"
        /* the number of a table's row, alone in its cell: "1 | Khảo sát … | Ban …" */
        "|(?:^|(?<=\\|\\s))\\d{1,3}\\.?(?=\\s\\|)",
        "numbers that belong to names, the statutory 2% levy and the numbers of a table's rows"},
    [CONGDOAN__RULE_THRESHOLD] = {"threshold",
        /* "doanh nghiệp có từ 25 lao động trở lên", "DN có từ 10 lao động trở lên", "(có từ 30
         * lao động trở lên)", "CĐCS tại các doanh nghiệp có trên 25 lao động": a number that
         * defines who is counted; its "trở lên" is the threshold's, not the target's. */
        "(?:(?<pop>(?i:doanh nghiệp|DN|đơn vị|cơ sở|nơi|cơ quan|công ty|hợp tác xã|HTX|trường)(?:\\s" WD "){0,4}?)\\s(?i:có|sử dụng|với)\\s"
        "(?:(?<cmp>(?i:từ|trên|dưới|hơn|ít nhất|tối thiểu|không quá))\\s)?"
        "|(?i:có|sử dụng)\\s(?<cmp2>(?i:từ|trên|dưới|hơn|ít nhất|tối thiểu|không quá))\\s)(?<n>" NUM ")\\s"
        "(?<what>(?i:lao động|người lao động|công nhân(?: lao động)?|CNLĐ|NLĐ|LĐ|đoàn viên|người|cán bộ|nhân viên|công chức|viên chức))" EW
        "(?:\\s(?<more>(?i:trở lên|trở xuống)))?",
        "a scope threshold: the population (doanh nghiệp có từ 25 lao động trở lên) and its typed threshold"},
    [CONGDOAN__RULE_QUANTITY] = {"quantity",
        /* "98% trở lên", "ít nhất 15%", "1.810 đoàn viên", "85 – 90%", "từ 200-300", "gần 4.450",
         * "hơn 5 tỷ đồng", "12 triệu", "50 triệu đồng", "103,96%". */
        "(?:(?<pre>" CMP_BEFORE ")\\s)?(?<num>" NUM ")(?<pct1>\\s?%)?"
        "(?:\\s?(?<to>[-–—]|(?i:đến|tới))\\s?(?<num2>" NUM "))?"
        "(?:\\s(?<mult>(?i:triệu|tỷ|tỉ|nghìn|ngàn))" EW ")?"
        "(?:\\s?(?<pct>%|\\s(?i:phần trăm)" EW "))?"
        "(?:\\s(?<money>(?i:đồng(?!\\s(?:thuận|bộ|chí|hành|thời|nghiệp|loạt|ý|tình|đều|bào|phục|đội|hương|minh|lòng|tâm|sức|ca|cảm|chủ|bằng|nhất|dạng))|VNĐ|VND))" EW ")?"
        "(?:\\s(?<post>(?i:trở lên|trở xuống))" EW ")?",
        "a figure: number, range, multiplier, per cent or money, and the comparator written with it"},
    [CONGDOAN__RULE_PRICE_RATE] = {"price-rate",
        /* "bán hàng giảm giá từ 10% đến 50%", "chiết khấu 5%", "lãi suất 0%": the terms of a
         * sale or a loan, never a target or a result. */
        BW "(?i:giảm giá|chiết khấu|khuyến mại|khuyến mãi|lãi suất|ưu đãi)\\s(?:(?i:từ|lên đến|lên tới|tới|chỉ)\\s)?" NUM "\\s?%"
        "(?:\\s?(?:[-–]|(?i:đến|tới))\\s?" NUM "\\s?%)?",
        "the rate of a price or a loan (giảm giá từ 10% đến 50%), which is no figure"},
    [CONGDOAN__RULE_NUMBER_WORD] = {"number-word",
        /* "một công đoàn cơ sở", "hai doanh nghiệp": a number in words before a counted noun;
         * after "ít nhất", "tối thiểu" before any noun ("ít nhất một thiết chế công đoàn"). */
        BW "(?:(?<pre>(?i:ít nhất|tối thiểu|không dưới|không ít hơn))\\s(?<w2>" NUMBER_WORDS ")(?=\\s\\p{Ll})"
        "|(?<w>" NUMBER_WORDS ")(?=\\s(?i:công đoàn cơ sở|CĐCS|đoàn viên|doanh nghiệp|đơn vị"
        "|lớp|cuộc|lượt|mô hình|công trình|phần quà|suất|căn nhà|nhà|ngôi nhà|tập thể|cá nhân|hội nghị|đợt)" EW "))",
        "a number written in words before a counted noun, and the comparator written before it"},
    [CONGDOAN__RULE_FRACTION] = {"fraction",
        /* "13/13 công đoàn cấp trên trực tiếp cơ sở", "9/10 CĐCS". */
        "(?<![\\d/.,])(?<a>\\d{1,5})/(?<b>\\d{1,5})(?![\\d/.,%])(?=\\s\\p{L})",
        "a count out of a total (13/13)"},
    [CONGDOAN__RULE_SCORE] = {"score",
        /* "96,5/100 điểm", "94 điểm/100 điểm", "98 điểm trên thang 100 điểm", "từ 95 điểm trở
         * lên", "đạt 98 điểm": points on a scale, not a count of anything. "điểm" followed by
         * what makes it a place ("3 điểm cầu", "12 điểm bán hàng") is no score. */
        "(?:(?<pre>" CMP_BEFORE ")\\s)?(?<![\\d.,/\\p{L}])(?<num>\\d{1,4}(?:,\\d{1,2})?)(?:\\s?/\\s?(?<max>\\d{1,4}(?:,\\d{1,2})?))?"
        "\\s(?i:điểm)" EW "(?!\\s(?i:cầu|trường|bán|giao dịch|du lịch|tham quan|dừng|đỗ|thu gom|tập kết|sinh hoạt|vui chơi"
        "|tiêm|khám|nóng|sáng|tựa|nhấn|mới|chính|then chốt|yếu|mạnh|trường|thi công|trực|hỗ trợ|tư vấn|phát)" EW ")"
        "(?:\\s?/\\s?(?<max2>\\d{1,4}(?:,\\d{1,2})?)\\s(?i:điểm)" EW
        "|\\s(?i:trên)\\s(?:(?i:tổng số|thang điểm|thang|tổng)\\s)?(?<max3>\\d{1,4}(?:,\\d{1,2})?)(?:\\s(?i:điểm)" EW ")?)?"
        "(?:\\s(?<post>(?i:trở lên|trở xuống))" EW ")?",
        "a score: points, the top of their scale when written (97/100 điểm) and the comparator written with it"},
    [CONGDOAN__RULE_SCORE_CUE] = {"score-cue",
        /* Matched on the words before a score without its scale: "đạt 95 điểm", "với 97 điểm",
         * "chấm 90 điểm", "tổng số điểm 96". */
        BW "(?i:đạt|được|với|chấm|tổng điểm|tổng số điểm|số điểm|điểm số|bình quân|trung bình)(?:\\s(?i:là|được))?\\s*$",
        "the words that make a number of points a score when no scale is written (đạt 95 điểm)"},
    [CONGDOAN__RULE_SCORE_OF] = {"score-of",
        /* Matched on the words after a score: "… 95 điểm trở lên trong chấm điểm thi đua năm
         * 2025", "… 92 điểm trong đánh giá, xếp loại công đoàn cơ sở": the evaluation scored, in
         * small letters (a name with capitals is a place: "trong Hội thi"), up to its period or
         * the end of the clause. */
        BW "(?i:trong|tại|qua)\\s(?:(?i:kỳ|đợt|cuộc)\\s)?(?<what>\\p{Ll}[\\p{L}\\p{M}]*(?:\\s\\p{Ll}[\\p{L}\\p{M}]*){0,7}?)"
        "(?=\\s(?i:năm|nhiệm kỳ|giai đoạn|quý|của)" EW "|\\s?[.,;]|$)",
        "the evaluation a score is given in (trong chấm điểm thi đua)"},
    [CONGDOAN__RULE_PART_OF] = {"part-of",
        /* "kết nạp 5.000 đoàn viên, trong đó 3.000 nữ", "trong số đó 1.210 chị": the figures
         * after it are parts of a figure before it. */
        BW "(?i:trong đó|trong số đó|trong số này|trong số ấy)" EW,
        "the words that make the figures after them parts of the figure before (trong đó)"},
    [CONGDOAN__RULE_OPENING_PERIOD] = {"opening-period",
        /* Anchored at the start of a sentence: "Năm 2024, …", "6 tháng đầu năm 2025, …", "Quý
         * I/2025, …", "Theo báo cáo, 6 tháng đầu năm, …", "Trong năm 2024, …": a period that
         * stands as the time of what follows, until another is stated. */
        "\\G(?:[^,.;:]{1,60},\\s)?(?:(?i:trong|tính đến hết|hết)\\s)?(?<p>(?i:năm\\s(?:19|20)\\d{2}|năm học\\s(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)\\d{2}"
        "|(?:\\d{1,2}|sáu|chín) tháng (?:đầu|cuối) năm(?:\\s(?:19|20)\\d{2})?|quý\\s[IV]{1,3}(?:\\s?/\\s?(?:19|20)\\d{2}|\\snăm\\s(?:19|20)\\d{2})?"
        "|năm qua|năm học qua|nhiệm kỳ qua))\\s?,",
        "a period stated at the head of a sentence, the time of what follows it (Năm 2024, …)"},
    [CONGDOAN__RULE_NOT_FIGURE_NOUN] = {"not-figure-noun",
        /* Anchored after a number: what it counts says it is no figure. */
        "\\s?(?:" TIME_NOUN "|(?<meeting>" MEETING_NOUN ")|" LIST_NOUN ")" EW,
        "counted things that make a number no figure: time, members of a meeting (a share of them too: "
        "\"thông qua với 100% đại biểu tán thành\"), items of a list"},
    [CONGDOAN__RULE_COUNTED_NOUN] = {"counted-noun",
        /* Anchored right after a number: a word that is a verb elsewhere is the thing counted
         * here ("giải quyết 23 kiến nghị của người lao động", "gửi 5 báo cáo"). */
        "\\G\\s(?:kiến nghị|đề xuất|đề nghị|báo cáo|thông báo|hướng dẫn|phản ánh)" EW,
        "a noun that is also a verb, as the thing a number counts"},
    [CONGDOAN__RULE_LIST_COUNT] = {"list-count",
        /* "20 chỉ tiêu chủ yếu", "7 nhiệm vụ trọng tâm", "10 hoạt động nổi bật": anchored at the number. */
        "\\d{1,3}\\s" LIST_NOUN EW,
        "a count of the items of a list, never a target"},
    [CONGDOAN__RULE_STATUS_FIGURE] = {"status-figure",
        /* "Công đoàn ... có 21 đoàn viên", "mạng lưới … hiện có trên 320 nghìn người", "số đoàn
         * viên là 2.714 người", "trong đó nữ chiếm 78%": what a union is made of, neither a
         * target nor a result (a label and its value, "Nữ: 15": status-label). A share (group
         * share) is one only in what is reported (figures.c): "phấn đấu nữ chiếm 30%" is a
         * target. */
        "(?:(?<org>" ORG ")\\s(?:hiện\\s)?(?:có|gồm|(?:trực tiếp\\s)?quản lý|đại diện cho)\\s(?=(?:" CMP_BEFORE "\\s)?\\d[\\d.]*\\s)"
        "|" BW "(?i:tổng số)(?:\\s" WD "){1,6}?\\s(?i:là|hiện có|có|đạt)\\s(?=\\d)"
        "|" BW "(?i:số|số lượng)(?:\\s(?!(?i:" STATUS_NOT ")" EW ")" WD "){1,6}?\\s(?i:là|hiện có|hiện là)\\s(?=\\d)"
        "|" BW "(?i:hiện có|hiện nay có|hiện tại có|hiện đang có)\\s(?=(?:" CMP_BEFORE "\\s)?\\d)"
        "|" BW "(?<share>(?:(?i:trong đó)\\s)?(?i:lao động nữ|đoàn viên nữ|nữ đoàn viên|nữ|đảng viên|người dân tộc thiểu số|dân tộc thiểu số)"
        "\\s(?i:chiếm(?:\\s(?:tỷ lệ|tỉ lệ))?|là))\\s(?=\\d)"
        "|" BW "(?i:gồm|bao gồm|(?:trực tiếp\\s)?quản lý|đại diện cho)\\s(?=(?:" CMP_BEFORE "\\s)?\\d[\\d.]*\\s(?i:đoàn viên|công đoàn viên|hội viên|cán bộ|CNVCLĐ|người|lao động|thành viên|đại biểu|ủy viên|nữ|công đoàn)" EW ")"
        ")",
        "a figure of what a union is made of (members, women, Party members)"},
    [CONGDOAN__RULE_STATUS_LABEL] = {"status-label",
        /* "Tổng số công đoàn viên: 20", "+ Nữ : 15": a label and its value, what a union is
         * made of when no word of the rest of the line says it was reached or grew
         * (status-veto). Tried where a clause starts, after the status-figure words there:
         * figures.c looks the veto up once per sentence, not once per label. */
        "\\G[-+•* ]{0,4}(?<label>[\\p{L}\\p{M} ]{1,40}?)\\s?:\\s?(?=\\d)",
        "a figure of what a union is made of, written as a label and its value (Nữ: 15)"},
    [CONGDOAN__RULE_STATUS_VETO] = {"status-veto",
        /* Anywhere after a label, up to the end of its line in the sentence ("Số đoàn viên kết
         * nạp mới: 20", "Số CĐCS: 5, tăng 2"): the label is of something done, not a make-up. */
        "(?i:đạt|được|kết nạp|thành lập|tăng)",
        "the words that make a label and its value something done, not what a union is made of"},
    [CONGDOAN__RULE_ATTENDANCE] = {"attendance",
        /* Anchored at a word after a counted noun: "Gần 500 đoàn viên, công nhân lao động tham
         * dự buổi lễ" counts those present, which is no result. */
        "\\G(?i:tham dự|về dự|đến dự|có mặt|dự (?:lễ|buổi|hội nghị|đại hội|chương trình))" EW,
        "the verb that makes a count of persons an attendance (tham dự, có mặt)"},
    [CONGDOAN__RULE_ATTENDANCE_OPENING] = {"attendance-opening",
        /* Anchored at the start of a sentence: "Đến dự Hội nghị có lãnh đạo … và cán bộ 4 huyện",
         * "Tham dự đại hội có 120 đại biểu": the sentence lists those present, and its counts
         * (to its end: the list may run over semicolons) are no results. */
        "\\G(?:[^,.;:]{1,60},\\s)?(?i:đến dự|về dự|tham dự|dự)(?:\\s(?i:hội nghị|đại hội|hội thảo|tọa đàm|toạ đàm|buổi lễ|lễ"
        "|buổi làm việc|buổi gặp mặt|chương trình|lễ phát động|lễ ra mắt|lễ kỷ niệm))?\\s(?i:có|gồm)" EW,
        "the opening of a sentence that lists those present at a meeting (Đến dự Hội nghị có …)"},
    [CONGDOAN__RULE_PROPOSAL] = {"proposal",
        BW "(?i:đề nghị|đề xuất|kiến nghị|xin|bầu|bầu bổ sung|bầu ra|bầu cử)" EW
        "(?!\\s(?i:khắc phục|xử lý|chấn chỉnh|sửa chữa|thu hồi)" EW ")",
        "a proposal or an election: the figures it names are not done (đề nghị tặng 15 kỷ niệm chương; bầu 21 ủy viên); "
        "not a request to put right what was found (phát hiện và đề nghị khắc phục 346 nguy cơ)"},
    [CONGDOAN__RULE_OVER_AMOUNT] = {"over-amount",
        /* "vượt 3 công đoàn cơ sở so với chỉ tiêu": how far a result went beyond its target,
         * counted in its own noun; the difference is no figure of its own. */
        BW "(?i:vượt)\\s" NUM "(?:\\s" WD "){1,5}?\\s(?i:so với)\\s(?i:chỉ tiêu|kế hoạch|dự toán)" EW,
        "a difference with the target (vượt 3 CĐCS so với chỉ tiêu), which is no figure"},
    [CONGDOAN__RULE_RATE_OF] = {"rate-of",
        /* ", chiếm tỷ lệ 66,6%", ", đạt 103,96%", "bằng 98% kế hoạch": a rate stated for the figure before
         * (group share: "chiếm", the share of a whole rather than a rate against a target). */
        "\\s?,?\\s?(?:(?<share>(?i:chiếm))|(?i:đạt|bằng))(?:\\s(?i:tỷ lệ|tỉ lệ))?\\s(?<r>" NUM ")\\s?%"
        "(?:\\s(?i:so với)?\\s?(?i:kế hoạch|chỉ tiêu)(?:\\s" WD "){0,3})?",
        "the rate a document states for a figure (đạt 103,96%, chiếm tỷ lệ 66,6%)"},
    [CONGDOAN__RULE_OVER_TARGET] = {"over-target",
        /* ", vượt hơn 11,7% kế hoạch năm", ", vượt 31%": anchored after a result. */
        "\\s?,?\\s?(?i:vượt)(?:\\s(?<c>(?i:hơn|trên|gần|khoảng)))?\\s(?<r>" NUM ")\\s?%"
        "(?:\\s(?i:so với)?\\s?(?i:kế hoạch|chỉ tiêu)(?:\\s" WD "){0,2})?",
        "how far a result went beyond its target (vượt 31%)"},
    [CONGDOAN__RULE_TARGET_CUE] = {"tense-cue",
        /* The nearest of these before a figure says whether it is to be reached or done. The
         * result words come first where both could start at the same place ("đạt các chỉ
         * tiêu đề ra" is done, "chỉ tiêu" alone looks ahead). */
        BW "(?:(?<weak>(?i:" RESULT_WEAK "))|(?<result>" RESULT_WORDS ")|(?<target>" TARGET_WORDS "))" EW,
        "the words that make the figures after them targets (phấn đấu, chỉ tiêu, sẽ) or results (đã, năm qua); "
        "\"đạt N\" (weak) is a result unless a target word comes before it in the sentence"},
    [CONGDOAN__RULE_RESULT_CUE] = {"result-cue",
        BW RESULT_WORDS EW,
        "words that report what was done"},
    [CONGDOAN__RULE_PAST_TIME] = {"past-time",
        BW "(?i:(?:năm|nhiệm kỳ|thời gian|giai đoạn|tháng|quý|những năm|nhiều năm) qua|năm trước|vừa qua)" EW,
        "a time that is over (năm qua, nhiệm kỳ qua)"},
    [CONGDOAN__RULE_ESTIMATE] = {"estimate",
        BW "(?i:dự ước|ước đạt|ước tính|ước thực hiện|ước cả năm)" EW,
        "an estimate (dự ước)"},
    [CONGDOAN__RULE_CUMULATIVE] = {"cumulative",
        /* "nâng tổng số công đoàn cơ sở trực thuộc lên 148": what is counted stands between */
        BW "(?i:nâng tổng số(?<what>(?:\\s" WD "){0,6}?)\\slên|lũy kế|luỹ kế|tổng cộng)" EW,
        "a running total (nâng tổng số lên) and what it counts"},
    [CONGDOAN__RULE_AVERAGE] = {"average",
        BW "(?i:bình quân|trung bình)\\s(?:(?i:mỗi|một)\\s)?(?<per>" WD "(?:\\s" WD "){0,4}?)(?=\\s(?:" STOP "|\\p{Ll}))",
        "an average per unit (bình quân mỗi CĐCS)"},
    [CONGDOAN__RULE_GRADE] = {"grade",
        /* "xếp loại hoàn thành tốt nhiệm vụ trở lên", "hoàn thành xuất sắc nhiệm vụ". */
        BW "(?:(?i:xếp loại|được xếp loại|đạt)\\s)?(?i:hoàn thành)\\s(?<g>(?i:xuất sắc|tốt))\\s(?i:nhiệm vụ)(?:\\s(?<up>(?i:trở lên)))?" EW,
        "the classification a share of units is counted at (classification at least good)"},
    [CONGDOAN__RULE_PERIOD] = {"period",
        BW "(?<p>(?i:(?:hằng|hàng) năm|mỗi năm|đến cuối nhiệm kỳ|cuối nhiệm kỳ|nhiệm kỳ\\s(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)\\d{2}"
        "|năm học\\s(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)\\d{2}|giai đoạn\\s(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)\\d{2}"
        "|(?:\\d{1,2}|sáu|chín) tháng (?:đầu|cuối) năm(?:\\s(?:19|20)\\d{2})?|quý\\s[IV]{1,3}(?:\\s?/\\s?(?:19|20)\\d{2}|\\snăm\\s(?:19|20)\\d{2})?"
        "|đến(?: hết)? năm\\s(?:19|20)\\d{2}|năm\\s(?:19|20)\\d{2}|nhiệm kỳ (?:qua|tới|này)|năm học (?:qua|trước|này|tới)|năm qua))" EW,
        "the period a figure is for (năm 2025, nhiệm kỳ 2018-2023, hằng năm)"},
    [CONGDOAN__RULE_SECTION_TARGETS] = {"section-targets",
        "(?i:chỉ tiêu|mục tiêu|phương hướng|thời gian tới|năm tới|(?:\\d{1,2}|ba|sáu|chín) tháng cuối năm)",
        "a heading under which the figures are targets (CÁC CHỈ TIÊU CHỦ YẾU, MỤC TIÊU, PHƯƠNG HƯỚNG NHIỆM VỤ, "
        "NHIỆM VỤ 6 THÁNG CUỐI NĂM)"},
    [CONGDOAN__RULE_SECTION_RESULTS] = {"section-results",
        "(?i:kết quả|đã đạt được|thời gian qua|năm qua|nhiệm kỳ qua)",
        "a heading under which the figures are results (KẾT QUẢ ĐẠT ĐƯỢC)"},
    [CONGDOAN__RULE_SECTION_TASKS] = {"section-tasks",
        "(?i:nhiệm vụ|giải pháp|tổ chức thực hiện|trách nhiệm|phân công)",
        "a heading whose items are tasks (NHIỆM VỤ TRỌNG TÂM, TỔ CHỨC THỰC HIỆN)"},
    [CONGDOAN__RULE_SECTION_SITUATION] = {"section-situation",
        /* "I. TÌNH HÌNH CHUNG", "II. ĐẶC ĐIỂM TÌNH HÌNH", "I/ ĐÁNH GIÁ TÌNH HÌNH ĐỘI NGŨ": what the
         * union is made of; not the state of the work ("tình hình thực hiện", "tình hình hoạt động"). */
        "(?i:đặc điểm|tình hình(?!\\s(?i:thực hiện|hoạt động|triển khai|kết quả|công tác|phong trào)" EW "))",
        "a heading of the situation (TÌNH HÌNH CHUNG, ĐẶC ĐIỂM TÌNH HÌNH): the counts under it are what the union "
        "is made of, unless their words say something was done"},
    [CONGDOAN__RULE_SECTION_PRINCIPLES] = {"section-principles",
        "(?i:quan điểm|mục đích|yêu cầu|ý nghĩa|sự cần thiết|bối cảnh|tình hình|đặc điểm)",
        "a heading of viewpoints, purposes or the situation: what it says of a unit's duty is a principle, no task"},
    [CONGDOAN__RULE_SECTION_IMPLEMENT] = {"section-implement",
        "(?i:tổ chức thực hiện|trách nhiệm|phân công)",
        "a heading whose subheadings name the units that do the work (TỔ CHỨC THỰC HIỆN)"},

    /* Tasks -------------------------------------------------------------------------------- */
    [CONGDOAN__RULE_TASK_LEADS] = {"task-leads",
        /* "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với ...", "Liên đoàn Lao động tỉnh Bình Dương
         * được chủ trì", "Ban Đối ngoại chủ trì". */
        "(?<lead>" ORG ")\\s(?:(?:được|là đơn vị|là cơ quan)\\s)?(?:giao\\s)?(?<mark>chủ trì)" EW,
        "a task and its lead unit (X chủ trì)"},
    [CONGDOAN__RULE_TASK_LEADS_BARE] = {"task-leads-bare",
        "(?<mark>(?i:chủ trì)|(?i:là đầu mối)|(?i:là cơ quan thường trực))" EW,
        "a task whose lead is named by its heading (\"- Chủ trì, phối hợp với ...\" under \"1. Ban Đối ngoại\")"},
    [CONGDOAN__RULE_TASK_FOCAL] = {"task-focal",
        "(?<lead>" ORG ")\\s(?:là|làm)\\s(?:cơ quan\\s|đơn vị\\s)?(?<mark>đầu mối|thường trực)" EW,
        "a task and its focal point (X là đầu mối)"},
    [CONGDOAN__RULE_TASK_ASSIGN] = {"task-assign",
        /* "giao Ban Tổ chức ...", "yêu cầu Ban Tuyên giáo Trung ương phối hợp với ...". */
        BW "(?<mark>(?i:giao cho|giao|" ASK ")|(?i:phân công))\\s(?<lead>" ORG ")",
        "a task given to a unit (giao X, yêu cầu X)"},
    [CONGDOAN__RULE_TASK_WITH] = {"task-with",
        /* "Ban Tuyên giáo Tỉnh ủy phối hợp với Đảng đoàn LĐLĐ tỉnh chỉ đạo ...": the unit
         * named first leads. */
        "(?<lead>" ORG ")\\s(?<before>(?:(?:cần|phải|có trách nhiệm|chịu trách nhiệm|tiếp tục|đã|đang|sẽ|chủ động|tích cực)\\s){0,2})"
        "(?<mark>phối hợp)(?:\\s(?:chặt chẽ|thường xuyên))?\\svới" EW,
        "a task led by the unit that works with others (X phối hợp với Y)"},
    [CONGDOAN__RULE_TASK_DEADLINE] = {"task-deadline",
        /* "các LĐLĐ tỉnh ... hoàn thành tổng kết xong trước ngày 30/7/2020", "gửi báo cáo …
         * trước ngày 30/7 hằng năm", "trước 30/9"; not a share ("3/4 số phiếu"). */
        "(?<due>(?i:trước|chậm nhất|muộn nhất|hạn chót)\\s(?:(?i:ngày)\\s)?(?:" DMY
        "|(?<![\\d/.-])\\d{1,2}\\s?/\\s?\\d{1,2}(?![\\d/%]|[.,]\\d|\\s(?:số|tổng số)" EW ")(?:\\s(?i:hằng|hàng) năm)?))",
        "a deadline stated for a duty of a named unit"},
    [CONGDOAN__RULE_TASK_DUTY] = {"task-duty",
        /* "Ban Tài chính Tổng Liên đoàn có trách nhiệm hướng dẫn …": a duty laid on a unit.
         * Not "chịu trách nhiệm trước Đoàn Chủ tịch" (to whom a unit answers). */
        "(?<lead>" ORG ")\\s(?<mark>(?:có|chịu)\\strách nhiệm)(?!\\s(?i:trước|về việc|với)" EW ")" EW,
        "a task laid on a unit (X có trách nhiệm …)"},
    [CONGDOAN__RULE_TASK_FIELD] = {"task-field",
        /* A table of tasks written as lines: "Đơn vị chủ trì: Ban Tuyên giáo", "Đơn vị phối
         * hợp: Văn phòng", "Thời gian hoàn thành: trước ngày 31/3/2026" (the words of the
         * table's header cells, then a colon). */
        BW "(?:(?<lead>" TABLE_LEAD_WORDS ")|(?<coord>" TABLE_COORD_WORDS ")|(?<due>" TABLE_DUE_WORDS "))\\s?:\\s?",
        "a field of a task written as a line: its lead, its partners or its due time"},
    [CONGDOAN__RULE_COORDINATORS] = {"coordinators",
        /* After "phối hợp với": the partners, up to what they do together. */
        "\\s?(?:(?:chặt chẽ|thường xuyên)\\s)?(?:với\\s)?(?<coord>" GROUP ")",
        "the coordinating units of a task (phối hợp với Y)"},
    [CONGDOAN__RULE_ORG] = {"org",
        "(?<org>" ORG ")",
        "the name of a body, an organisation or a class of them"},
    [CONGDOAN__RULE_ORG_AT] = {"org-at",
        "\\G(?:(?:Theo đó|Đồng thời|Ngoài ra|Bên cạnh đó|Cụ thể|Trong đó|Riêng|Đối với\\s[^,]{1,40})\\s?[,:]\\s?"
        "|\\p{Lu}[\\p{L}\\p{M} ]{0,30}?\\snêu rõ\\s?[,:]\\s?)?(?<org>" ORG ")",
        "the unit a clause starts with (its subject), after a connective"},
    [CONGDOAN__RULE_CONNECTIVE] = {"connective",
        "\\G(?i:trong đó|theo đó|đồng thời|ngoài ra|bên cạnh đó|cụ thể|đó là|mặt khác|tuy nhiên|vì vậy|do đó|nhờ đó"
        "|năm\\s(?:19|20)\\d{2}|năm học\\s(?:19|20)\\d{2}\\s?[-–]\\s?(?:19|20)\\d{2}|trong năm(?:\\s(?:19|20)\\d{2})?"
        "|hằng năm|hàng năm|năm qua|nhiệm kỳ qua|đối với\\s[^,]{1,40})$",
        "the words a sentence opens with before its comma (Trong đó, Năm 2017, Đối với cấp CĐCS)"},
    [CONGDOAN__RULE_BROAD_GROUP] = {"broad-group",
        /* Requests to every level or every body are no assignment to a unit. */
        "\\G(?:(?i:các|mọi|toàn thể)\\s)?(?i:cấp ủy|cấp uỷ|cấp công đoàn|các cấp|công đoàn các cấp|CĐ các cấp|chính quyền|sở, ban, ngành"
        "|ban, ngành|ban, sở, ngành|địa phương|cơ quan, đơn vị|đơn vị|cơ quan|tổ chức|đoàn thể|ngành|cán bộ|đoàn viên|cá nhân|tập thể|doanh nghiệp)" EW,
        "a class too broad to lead a task (các cấp ủy, các địa phương, đơn vị)"},
    [CONGDOAN__RULE_ACTION_VERB] = {"action-verb",
        "\\s?" VERBWORD "(?![\\p{L}\\p{M}])",
        "a verb after a unit's name: the unit is the subject (\"Đoàn Chủ tịch tổ chức …\")"},
    [CONGDOAN__RULE_CLAUSE_VERB] = {"clause-verb",
        /* A headline says what someone did ("Công đoàn Công Thương Việt Nam đề xuất tới Đại hội
         * …"); the topic line above it names an event or a column ("Đại hội XIII Công đoàn Việt
         * Nam, nhiệm kỳ 2023 - 2028") and has no verb. */
        BW VERBWORD EW,
        "a verb of union work anywhere in a line: the line is a clause (a headline), not a topic"},
    [CONGDOAN__RULE_STOP_WORD] = {"stop-word",
        "\\s?" STOP,
        "a word that ends a name or the words of what a figure counts: a verb or a preposition"},
    [CONGDOAN__RULE_DUE] = {"due",
        /* Due times as written: "trước ngày 15/12 hằng năm", "Quý II/2025", "đến năm 2023",
         * "trong tháng 6/2025", "thường xuyên", "hằng năm", "định kỳ 6 tháng". */
        BW "(?<due>(?i:(?:trước|chậm nhất|muộn nhất|hạn chót)\\s(?:ngày\\s)?(?:\\d{1,2}\\s?/\\s?\\d{1,2}(?:\\s?/\\s?(?:19|20)\\d{2})?"
        "|\\d{1,2}-\\d{1,2}-(?:19|20)\\d{2})(?:\\s(?:hằng|hàng) năm)?"
        "|(?:trong|vào|trước|đến|cuối|đầu)?\\s?quý\\s[IV]{1,3}(?:\\s?/\\s?(?:19|20)\\d{2}|\\snăm\\s(?:19|20)\\d{2})?"
        "|(?:trong|vào|trước|đến hết|đến)?\\s?tháng\\s\\d{1,2}\\s?/\\s?(?:19|20)\\d{2}"
        "|(?:đến|trước|trong|đến hết|đến cuối)\\s(?:năm\\s)?(?:19|20)\\d{2}"
        "|thường xuyên|(?:hằng|hàng) (?:năm|quý|tháng)|định kỳ(?:\\s(?:6 tháng|hằng năm|hàng năm|hằng quý|hàng quý))?|không ngừng))" EW,
        "the due time of a task, as written"},
    /* The columns of a table of tasks (Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian
     * hoàn thành), from the words of its header's cells. */
    [CONGDOAN__RULE_TABLE_CONTENT] = {"table-content",
        "\\G(?i:nội dung công việc|nội dung hoạt động|nội dung|tên nhiệm vụ|nhiệm vụ|công việc|hoạt động)" EW,
        "the column of a table of tasks that holds what is to be done"},
    [CONGDOAN__RULE_TABLE_LEAD] = {"table-lead",
        "\\G" TABLE_LEAD_WORDS EW,
        "the column of a table of tasks that names the lead unit"},
    [CONGDOAN__RULE_TABLE_COORD] = {"table-coord",
        "\\G" TABLE_COORD_WORDS EW,
        "the column of a table of tasks that names the coordinating units"},
    [CONGDOAN__RULE_TABLE_DUE] = {"table-due",
        "\\G" TABLE_DUE_WORDS EW,
        "the column of a table of tasks that gives the due time"},
    /* The columns of a table of figures in a report (Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ),
     * from the words of its header's cells. */
    [CONGDOAN__RULE_TABLE_PLAN] = {"table-plan",
        "\\G(?i:kế hoạch|KH|chỉ tiêu (?:được )?giao|chỉ tiêu kế hoạch|mục tiêu)" EW,
        "the column of a table of figures that holds the targets"},
    [CONGDOAN__RULE_TABLE_DONE] = {"table-done",
        "\\G(?i:(?<est>ước thực hiện|ước TH|ước đạt)|thực hiện|TH|kết quả(?: thực hiện)?|đạt được)" EW,
        "the column of a table of figures that holds the results (an estimate when \"ước\")"},
    [CONGDOAN__RULE_TABLE_RATE] = {"table-rate",
        "\\G(?i:tỷ lệ|tỉ lệ|%|so với (?:KH|kế hoạch)|so sánh)" EW,
        "the column of a table of figures that holds the rate of the result to the target"},
    [CONGDOAN__RULE_TABLE_UNIT] = {"table-unit",
        /* "Thu kinh phí công đoàn (triệu đồng)": the unit of a row's figures. */
        "\\(\\s?(?:(?<mult>(?i:triệu|tỷ|tỉ|nghìn|ngàn))\\s)?(?<money>(?i:đồng|VNĐ|VND))\\s?\\)|\\(\\s?(?<pct>%)\\s?\\)",
        "the unit printed with the name of a row of a table of figures"},
    [CONGDOAN__RULE_SCOPE_LEVEL] = {"scope-level",
        BW "(?:(?<upper>(?i:công đoàn cấp trên trực tiếp cơ sở|CĐ cấp trên trực tiếp cơ sở|cấp trên trực tiếp cơ sở|CĐCTTCS|LĐLĐ (?:các )?(?:huyện|quận|thị xã)|Liên đoàn Lao động (?:các )?(?:huyện|quận|thị xã)))"
        "|(?<grass>(?i:công đoàn cơ sở|CĐ cơ sở)|CĐCS|(?i:(?:doanh nghiệp|đơn vị|cơ quan)(?:,\\s(?:doanh nghiệp|đơn vị|cơ quan))?\\scó\\s(?:tổ chức\\s)?công đoàn))"
        "|(?<prov>(?i:LĐLĐ (?:các )?(?:tỉnh|thành phố)|Liên đoàn Lao động (?:các )?(?:tỉnh|thành phố)|công đoàn ngành Trung ương)))" EW,
        "the level of the units a figure counts (CĐCS, công đoàn cấp trên trực tiếp cơ sở)"},
    [CONGDOAN__RULE_SCOPE_SECTOR] = {"scope-sector",
        BW "(?:(?<nonstate>(?i:ngoài khu vực nhà nước|khu vực ngoài nhà nước|ngoài nhà nước|tư nhân|FDI|có vốn đầu tư nước ngoài))"
        "|(?<stateent>(?i:doanh nghiệp nhà nước))"
        "|(?<statearea>(?i:khu vực nhà nước))"
        "|(?<public>(?i:hành chính|sự nghiệp|công lập|cơ quan nhà nước))"
        "|(?<enterprise>(?i:doanh nghiệp|DN)))" EW,
        "the sector of the grassroots unions a figure counts"},
    [CONGDOAN__RULE_UNIT_CLASS] = {"unit-class",
        /* The kinds of organisation a class of units is made of ("các LĐLĐ tỉnh, thành phố,
         * công đoàn ngành Trung ương, Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn"), and
         * the words that put a sectoral or corporation union at the provincial level. A
         * federation is one when a place level follows ("LĐLĐ huyện"), not a name. */
        BW "(?:(?<fed>(?i:LĐLĐ|Liên đoàn Lao động))(?=\\s(?i:các\\s)?(?i:tỉnh|thành phố|huyện|quận|thị xã)" EW ")"
        "|(?<sect>(?i:công đoàn ngành|CĐ ngành))|(?<corp>(?i:công đoàn tổng công ty|CĐ tổng công ty))"
        "|(?<civil>(?i:công đoàn viên chức|CĐ viên chức))"
        "|(?<zone>(?i:công đoàn (?:các\\s)?khu (?:công nghiệp|kinh tế|chế xuất)|CĐ KCN|công đoàn KCN))"
        "|(?<central>(?i:Trung ương|trực thuộc Tổng Liên đoàn)))" EW,
        "the kinds of organisation in a class of units that leads or coordinates (LĐLĐ tỉnh, công đoàn ngành Trung ương)"},
};

_Static_assert(sizeof rules / sizeof rules[0] == CONGDOAN__RULE_COUNT, "one entry per rule");

const congdoan__rule *congdoan__rule_get(congdoan__rule_id id)
{
    return (unsigned)id < CONGDOAN__RULE_COUNT ? &rules[id] : NULL;
}

int congdoan__rule_by_name(const char *name)
{
    for (int i = 0; i < CONGDOAN__RULE_COUNT; i++)
        if (rules[i].name && strcmp(rules[i].name, name) == 0)
            return i;
    return -1;
}

const char *congdoan__rules_prelude(void)
{
    return PRELUDE;
}

/* ---- the engine --------------------------------------------------------------------------- */

/* Bounds on one search: enough for every pattern above on ordinary text by far (a search
 * costs some thousands of steps), small enough that a hostile line costs milliseconds. */
enum { MATCH_LIMIT = 200000, DEPTH_LIMIT = 2000, OVECTOR_PAIRS = 48 };

static void *pcre_alloc(PCRE2_SIZE size, void *data)
{
    (void)data;
    return congdoan__malloc(size);
}

static void pcre_free(void *p, void *data)
{
    (void)data;
    congdoan__dealloc(p);
}

/* The compiled table, shared by every matcher. Compiled under the lock by the first matcher;
 * a failure (memory) leaves it uncompiled, so that the next one tries again. Kept for the life
 * of the process. */
static pthread_mutex_t compile_lock = PTHREAD_MUTEX_INITIALIZER;
static pcre2_code *compiled[CONGDOAN__RULE_COUNT];
static int compiled_ok;

static int compile_all(void)
{
    pcre2_general_context *g = pcre2_general_context_create(pcre_alloc, pcre_free, NULL);
    if (!g)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory compiling the import rules");
    pcre2_compile_context *cc = pcre2_compile_context_create(g);
    if (!cc) {
        pcre2_general_context_free(g);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory compiling the import rules");
    }
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
#ifdef CONGDOAN_HAVE_VALGRIND_H
    /* Code the JIT writes is opaque to valgrind's memcheck, which reports its reads as
     * uninitialised: under valgrind the interpreter matches (the same results, slower). */
    if (RUNNING_ON_VALGRIND)
        jit = 0;
#endif
    int rc = 0;
    pcre2_code *codes[CONGDOAN__RULE_COUNT] = {0};
    for (int i = 0; i < CONGDOAN__RULE_COUNT && rc == 0; i++) {
        int err = 0;
        PCRE2_SIZE at = 0;
        size_t plen = strlen(PRELUDE), len = strlen(rules[i].pattern);
        char *text = congdoan__malloc(plen + len + 1);
        if (!text) {
            rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory compiling the import rules");
            break;
        }
        memcpy(text, PRELUDE, plen);
        memcpy(text + plen, rules[i].pattern, len + 1);
        codes[i] = pcre2_compile((PCRE2_SPTR)text, plen + len, PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK, &err, &at,
                                 cc);
        congdoan__dealloc(text);
        if (codes[i] && at >= plen)
            at -= plen;
        if (!codes[i]) {
            if (err == PCRE2_ERROR_NOMEMORY) {
                rc = congdoan__error(CONGDOAN_ENOMEM, "out of memory compiling the import rules");
            } else {
                PCRE2_UCHAR msg[256];
                pcre2_get_error_message(err, msg, sizeof msg);
                rc = congdoan__error(CONGDOAN_ERROR, "import rule '%s' does not compile at offset %zu: %s",
                                     rules[i].name, (size_t)at, (const char *)msg);
            }
            break;
        }
        /* The JIT is an optimisation: a pattern it cannot take is matched by the interpreter. */
        if (jit)
            (void)pcre2_jit_compile(codes[i], PCRE2_JIT_COMPLETE);
    }
    if (rc == 0) {
        memcpy(compiled, codes, sizeof codes);
        compiled_ok = 1;
    } else {
        for (int i = 0; i < CONGDOAN__RULE_COUNT; i++)
            pcre2_code_free(codes[i]);
    }
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(g);
    return rc;
}

struct congdoan__matcher {
    pcre2_general_context *gctx;
    pcre2_match_context *mctx;
    pcre2_match_data *md;
    const pcre2_code *last; /* the pattern of the last successful match */
    size_t limit_hits;
};

int congdoan__matcher_new(congdoan__matcher **out)
{
    *out = NULL;
    pthread_mutex_lock(&compile_lock);
    int rc = compiled_ok ? 0 : compile_all();
    pthread_mutex_unlock(&compile_lock);
    if (rc)
        return rc;
    congdoan__matcher *m = congdoan__calloc(1, sizeof *m);
    if (!m)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory preparing the import rules");
    m->gctx = pcre2_general_context_create(pcre_alloc, pcre_free, NULL);
    m->mctx = m->gctx ? pcre2_match_context_create(m->gctx) : NULL;
    m->md = m->gctx ? pcre2_match_data_create(OVECTOR_PAIRS, m->gctx) : NULL;
    if (!m->mctx || !m->md) {
        congdoan__matcher_free(m);
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory preparing the import rules");
    }
    pcre2_set_match_limit(m->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(m->mctx, DEPTH_LIMIT);
    *out = m;
    return 0;
}

void congdoan__matcher_free(congdoan__matcher *m)
{
    if (!m)
        return;
    pcre2_match_data_free(m->md);
    pcre2_match_context_free(m->mctx);
    pcre2_general_context_free(m->gctx);
    congdoan__dealloc(m);
}

int congdoan__match(congdoan__matcher *m, congdoan__rule_id id, const char *s, size_t len, size_t start,
                    int anchored)
{
    if ((unsigned)id >= CONGDOAN__RULE_COUNT || start > len)
        return 0;
    /* Block text is valid UTF-8 (the readers check it), and `start` is always a character
     * boundary, so PCRE2 need not check it again on every call. */
    int rc = pcre2_match(compiled[id], (PCRE2_SPTR)s, len, start, (anchored ? PCRE2_ANCHORED : 0) | PCRE2_NO_UTF_CHECK,
                         m->md, m->mctx);
    if (rc >= 0) {
        m->last = compiled[id];
        return 1;
    }
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc == PCRE2_ERROR_NOMEMORY)
        return congdoan__error(CONGDOAN_ENOMEM, "out of memory matching import rule '%s'", rules[id].name);
    /* The match, depth or heap limit, or the JIT's stack: a pathological text. */
    m->limit_hits++;
    return 0;
}

size_t congdoan__match_start(const congdoan__matcher *m)
{
    return pcre2_get_ovector_pointer(m->md)[0];
}

size_t congdoan__match_end(const congdoan__matcher *m)
{
    return pcre2_get_ovector_pointer(m->md)[1];
}

int congdoan__match_group(const congdoan__matcher *m, const char *name, size_t *start, size_t *end)
{
    int n = pcre2_substring_number_from_name(m->last, (PCRE2_SPTR)name);
    if (n <= 0 || (uint32_t)n >= pcre2_get_ovector_count(m->md))
        return 0;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
    if (ov[2 * n] == PCRE2_UNSET)
        return 0;
    *start = ov[2 * n];
    *end = ov[2 * n + 1];
    return 1;
}

size_t congdoan__matcher_limit_hits(const congdoan__matcher *m)
{
    return m ? m->limit_hits : 0;
}
