/* Tests of the importer's rules (lib/import/rules.c), one or more cases per rule: the words it
 * takes (what it matches, and the group the extraction reads) and the near-misses it must
 * leave. Besides the forms of the seeds and of tests/data/corpus-dev, the cases hold sentences
 * written for these tests in the style of union plans, reports and news items, so that no
 * rule is only right for the texts it was developed on. Every rule of the table must have a
 * case that matches and one that does not (checked below). */
#include "test-common.h"

#include <stdlib.h>
#include <string.h>

#include "import/rules.h"

typedef struct rule_case {
    const char *rule;
    const char *text;
    int anchored;          /* match at the start of the text only */
    const char *match;     /* the words matched; NULL: the rule must not match */
    const char *group;     /* a group to check, or NULL */
    const char *value;     /* its words */
} rule_case;

#define YES(rule, text, match) {rule, text, 0, match, NULL, NULL}
#define YES_G(rule, text, match, group, value) {rule, text, 0, match, group, value}
#define AT(rule, text, match) {rule, text, 1, match, NULL, NULL}
#define AT_G(rule, text, match, group, value) {rule, text, 1, match, group, value}
#define NO(rule, text) {rule, text, 0, NULL, NULL, NULL}
#define NO_AT(rule, text) {rule, text, 1, NULL, NULL, NULL}

static const rule_case cases[] = {
    /* ---- structure -------------------------------------------------------------------- */
    AT_G("label", "I. MỤC ĐÍCH, YÊU CẦU", "I.", "roman", "I."),
    AT_G("label", "II/ NỘI DUNG CHƯƠNG TRÌNH", "II/", "roman", "II/"),
    AT_G("label", "IV. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "IV.", "roman", "IV."),
    AT_G("label", "3.1. Chủ động, tích cực hội nhập quốc tế", "3.1.", "multi", "3.1."),
    AT_G("label", "1.2 Công tác nữ công", "1.2", "multi", "1.2"),
    AT_G("label", "2. Quan điểm, Mục tiêu", "2.", "arabic", "2."),
    AT_G("label", "(1) Tập trung thực hiện tốt nhiệm vụ đại diện", "(1)", "paren", "(1)"),
    AT_G("label", "a) Tổ chức hội nghị sơ kết", "a)", "letter", "a)"),
    AT_G("label", "- Quán triệt, triển khai thực hiện Luật Công đoàn", "-", "bullet", "-"),
    AT_G("label", "-Bộ Ngoại giao", "-", "bullet", "-"),
    AT_G("label", "+ Nữ : 15", "+", "bullet", "+"),
    AT_G("label", "• Trình độ chuyên môn:", "•", "bullet", "•"),
    AT_G("label", "PHẦN 1: KẾ HOẠCH CHUNG", "PHẦN 1:", "part", "PHẦN 1:"),
    AT_G("label", "Điều 3. Hiệu lực thi hành", "Điều 3.", "article", "Điều 3."),
    NO_AT("label", "1.810 đoàn viên được kết nạp"),
    NO_AT("label", "2025 là năm có ý nghĩa rất quan trọng"),
    NO_AT("label", "98% trở lên đoàn viên"),
    NO_AT("label", "Vượt chỉ tiêu thành lập công đoàn cơ sở"),
    NO_AT("label", "10 hoạt động trọng tâm trong Tháng Công nhân"),

    YES("motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    AT("header-body", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN AN", "LIÊN ĐOÀN "),
    AT("header-body", "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ", "BAN "),
    AT("header-body", "ỦY BAN KIỂM TRA", "ỦY BAN "),
    NO_AT("header-body", "TỈNH BÌNH DƯƠNG"),
    NO_AT("header-body", "Liên đoàn Lao động huyện"),
    YES("header-place", "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ LAM", " TỈNH H"),
    YES("header-place", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", " VIỆT NAM"),
    NO("header-place", "ỦY BAN KIỂM TRA"),
    YES("motto", "Số: 02 /KHLT/LĐLĐ-TĐTNCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    YES("motto", "Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    NO("motto", "Cộng đồng xã hội chung tay vì người lao động"),

    /* ---- metadata --------------------------------------------------------------------- */
    AT_G("own-number", "Số: 34 /KH-LĐLĐ", "Số: 34 /KH-LĐLĐ", "num", "34 /KH-LĐLĐ"),
    AT_G("own-number", "Số:13/CTr-LĐLĐ", "Số:13/CTr-LĐLĐ", "num", "13/CTr-LĐLĐ"),
    AT_G("own-number", "Số hiệu 240/KH-TLĐ", "Số hiệu 240/KH-TLĐ", "num", "240/KH-TLĐ"),
    AT_G("own-number", "Số: 45-KH/TU", "Số: 45-KH/TU", "num", "45-KH/TU"),
    NO_AT("own-number", "Số đoàn viên: 20"),
    NO_AT("own-number", "Số liệu năm 2024 cho thấy"),

    YES_G("place-date", "Lai Châu, ngày 27 tháng 02 năm 2025", "Lai Châu, ngày 27 tháng 02 năm 2025", "place", "Lai Châu"),
    YES_G("place-date", "TP. Hồ Chí Minh, ngày 5 tháng 1 năm 2024", "TP. Hồ Chí Minh, ngày 5 tháng 1 năm 2024", "place",
          "TP. Hồ Chí Minh"),
    YES_G("place-date", "Độc lập - Tự do - Hạnh phúc Bình Dương, ngày 4 tháng 4 năm 2016",
          "Bình Dương, ngày 4 tháng 4 năm 2016", "d", "4"),
    NO("place-date", "Ngày 02 tháng 3 năm 2022, Ban Thường vụ Tỉnh ủy ban hành Công văn"),
    NO("place-date", "Lai Châu, tháng 02 năm 2025"),
    /* the date in figures after "ngày", a space left after a slash as some headers print it */
    YES_G("place-date", "Tân Lâm, ngày 27/5/ 2009", "Tân Lâm, ngày 27/5/ 2009", "y", "2009"),
    YES_G("place-date", "Hà Lam, ngày 05-01-2026", "Hà Lam, ngày 05-01-2026", "m", "01"),
    NO("place-date", "Tân Lâm, tháng 5/2009"),

    AT_G("published", "Cập nhật: 04-05-2024 | 09:56:36", "Cập nhật: 04-05-2024 | 09:56:36", "y", "2024"),
    AT_G("published", "THỨ HAI, 18/01/2021 11:28:17", "THỨ HAI, 18/01/2021 11:28:17", "d", "18"),
    AT_G("published", "Cập nhật lúc 03:36 26/07/2019 (GMT+7)", "Cập nhật lúc 03:36 26/07/2019 (GMT+7)", "m", "07"),
    AT("published", "06/01/2017 - 21:51", "06/01/2017 - 21:51"),
    AT("published", "Ngày đăng: 10.03.2022", "Ngày đăng: 10.03.2022"),
    AT("published", "Chủ nhật, Ngày 27/10/2024", "Chủ nhật, Ngày 27/10/2024"),
    NO_AT("published", "Sáng 27/03/2017, tại LĐLĐ tỉnh, đồng chí Chủ tịch đã làm việc"),
    NO_AT("published", "Ngày 28-4, tại Nhà Thiếu nhi"),
    AT_G("published", "Xã hội - 15:56, 12/01/2026", "Xã hội - 15:56, 12/01/2026", "d", "12"),
    AT_G("published", "07:00 | 04/12/2023 GMT+7", "07:00 | 04/12/2023 GMT+7", "m", "12"),
    NO_AT("published", "Thời sự - Sáng 12/01/2026, Liên đoàn Lao động tỉnh trao quà Tết"),

    AT_G("meta-box", "Người ký Trần Thanh Hải Lĩnh vực Lao động - Tiền lương", "Người ký Trần Thanh Hải", "value",
         "Trần Thanh Hải"),
    AT_G("meta-box", "Ngày ban hành 22/08/2022", "Ngày ban hành 22/08/2022", "key", "Ngày ban hành"),
    NO_AT("meta-box", "Người ta ký kết thỏa ước lao động tập thể"),
    /* keys with a colon after them: a key ends the value of the one before it */
    AT_G("meta-box", "Số hiệu: 135/KH-TLĐ Loại văn bản: Kế hoạch", "Số hiệu: 135/KH-TLĐ", "value", "135/KH-TLĐ"),
    AT_G("meta-box", "Nơi ban hành: Liên đoàn Lao động tỉnh Người ký: Lê Văn An", "Nơi ban hành: Liên đoàn Lao động tỉnh",
         "value", "Liên đoàn Lao động tỉnh"),

    AT_G("kind-heading", "KẾ HOẠCH", "KẾ HOẠCH", "kind", "KẾ HOẠCH"),
    AT_G("kind-heading", "CHƯƠNG TRÌNH Công tác công đoàn năm 2025", "CHƯƠNG TRÌNH Công tác công đoàn năm 2025", "title",
         "Công tác công đoàn năm 2025"),
    AT_G("kind-heading", "BÁO CÁO Kết quả hoạt động công đoàn 6 tháng đầu năm 2025",
         "BÁO CÁO Kết quả hoạt động công đoàn 6 tháng đầu năm 2025", "kind", "BÁO CÁO"),
    NO_AT("kind-heading", "Kế hoạch nêu rõ, các LĐLĐ tỉnh hoàn thành tổng kết"),
    NO_AT("kind-heading", "KẾ HOẠCHCÔNG ĐOÀN"),

    YES_G("issued-by", "Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch thực hiện với những nội dung sau:",
          "Đoàn Chủ tịch Tổng Liên đoàn ban hành Kế hoạch", "who", "Đoàn Chủ tịch Tổng Liên đoàn"),
    YES_G("issued-by", "UBND tỉnh ban hành Kế hoạch triển khai thực hiện", "UBND tỉnh ban hành Kế hoạch", "who", "UBND tỉnh"),
    YES_G("issued-by", "Ban Thường vụ LĐLĐ huyện xây dựng Kế hoạch tổ chức Tháng Công nhân như sau:",
          "Ban Thường vụ LĐLĐ huyện xây dựng Kế hoạch", "who", "Ban Thường vụ LĐLĐ huyện"),
    NO("issued-by", "các cấp công đoàn ban hành văn bản hướng dẫn thực hiện"),

    AT_G("title-of-body", "CỦA ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM VỀ TĂNG CƯỜNG HOẠT ĐỘNG",
         "CỦA ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "who", "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"),
    NO_AT("title-of-body", "VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW"),

    AT_G("sign-capacity", "TM. BAN THƯỜNG VỤ CHỦ TỊCH", "TM. BAN THƯỜNG VỤ CHỦ TỊCH", "cap", "TM. BAN THƯỜNG VỤ"),
    AT_G("sign-capacity", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "pos", "PHÓ CHỦ TỊCH"),
    AT_G("sign-capacity", "TM. ĐOÀN CHỦ TỊCH", "TM. ĐOÀN CHỦ TỊCH", "cap", "TM. ĐOÀN CHỦ TỊCH"),
    NO_AT("sign-capacity", "TM. Ban Thường vụ đã họp và thống nhất"),
    AT("sign-position", "PHÓ CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    AT("sign-position", "CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG"),
    NO_AT("sign-position", "CHỦ TỊCH LĐLĐ TỈNH ĐÃ KÝ"),
    AT_G("person-name", "Hoàng Thọ Trung", "Hoàng Thọ Trung", "name", "Hoàng Thọ Trung"),
    AT_G("person-name", "(Đã ký) Nguyễn Thị Thu Hà", "(Đã ký) Nguyễn Thị Thu Hà", "name", "Nguyễn Thị Thu Hà"),
    /* bylines of news items (written for these tests, and the forms of corpus-dev 01-20) */
    AT_G("byline", "HÀ THU", "HÀ THU", "name", "HÀ THU"),
    AT_G("byline", "H. LAN", "H. LAN", "name", "H. LAN"),
    AT_G("byline", "Q.TÁM", "Q.TÁM", "name", "Q.TÁM"),
    AT_G("byline", "Tin, ảnh: Thu Hằng", "Tin, ảnh: Thu Hằng", "name", "Thu Hằng"),
    AT_G("byline", "Tin-ảnh: T.Nga", "Tin-ảnh: T.Nga", "name", "T.Nga"),
    AT_G("byline", "Bài và ảnh: Lê Minh, Trần An", "Bài và ảnh: Lê Minh, Trần An", "name", "Lê Minh, Trần An"),
    AT_G("byline", "(Theo Báo Lao Động)", "(Theo Báo Lao Động)", "name", "Báo Lao Động"),
    AT_G("byline", "Nguyễn Văn An - Trung tâm Văn hóa tỉnh", "Nguyễn Văn An - Trung tâm Văn hóa tỉnh", "name", "Nguyễn Văn An"),
    AT_G("byline", "Nhóm PV", "Nhóm PV", "name", "Nhóm PV"),
    AT_G("byline", "Mỹ Trang", "Mỹ Trang", "name", "Mỹ Trang"),
    /* what the writer did, after the name */
    AT_G("byline", "Thanh Tâm (lược ghi)", "Thanh Tâm (lược ghi)", "name", "Thanh Tâm"),
    AT_G("byline", "MINH ANH (tổng hợp)", "MINH ANH (tổng hợp)", "name", "MINH ANH"),
    NO_AT("byline", "Thanh Tâm (Ban Tuyên giáo)"),
    AT_G("byline", "Tin, ảnh: Hoàng Yến – Công đoàn ngành Y tế.", "Tin, ảnh: Hoàng Yến – Công đoàn ngành Y tế.", "name",
         "Hoàng Yến"),
    NO_AT("byline", "Tin, ảnh: các đồng chí trong Ban Thường vụ"),
    NO_AT("byline", "CHĂM LO TẾT VÀ THÁNG CÔNG NHÂN"),
    NO_AT("byline", "KẾT LUẬN"),
    NO_AT("byline", "CHỦ TỊCH"),
    NO_AT("byline", "BÁO CÁO"),
    NO_AT("byline", "Ảnh: Thu Hằng"),
    NO_AT("byline", "Nguồn: https://baoquangtri.vn/thanh-lap-moi.htm"),
    NO_AT("byline", "Dịp này, Công đoàn ngành tặng Bằng khen cho 25 tập thể."),
    NO_AT("person-name", "Nơi nhận: các đơn vị"),
    NO_AT("person-name", "Hoàng thọ trung"),
    AT("recipients", "Nơi nhận:", "Nơi nhận:"),
    AT("recipients", "Nơi nhận", "Nơi nhận"),
    NO_AT("recipients", "Nơi nhận hồ sơ: Văn phòng LĐLĐ tỉnh"),
    AT("archive-copy", "- Lưu: VT, VP.", "- Lưu:"),
    AT("archive-copy", "-Lưu Văn phong, BDN TLD", "-Lưu Văn"),
    NO_AT("archive-copy", "Lưu ý: các đơn vị gửi báo cáo đúng hạn"),
    AT_G("subject", "V/v báo cáo kết quả phát triển đoàn viên năm 2025", "V/v báo cáo kết quả phát triển đoàn viên năm 2025",
         "subject", "báo cáo kết quả phát triển đoàn viên năm 2025"),
    AT_G("subject", "V/v: tổ chức Tháng Công nhân năm 2026", "V/v: tổ chức Tháng Công nhân năm 2026", "subject",
         "tổ chức Tháng Công nhân năm 2026"),
    AT_G("subject", "Về việc góp ý dự thảo Điều lệ Công đoàn | Hà Lam, ngày 10 tháng 11 năm 2025",
         "Về việc góp ý dự thảo Điều lệ Công đoàn ", "subject", "góp ý dự thảo Điều lệ Công đoàn "),
    NO_AT("subject", "Vận động đoàn viên tham gia"),
    NO_AT("subject", "V/v"),
    NO_AT("subject", "Việc tổ chức hội nghị được giao cho Ban Tổ chức"),
    AT_G("addressee", "Kính gửi: Các công đoàn cấp trên trực tiếp cơ sở.", "Kính gửi: Các công đoàn cấp trên trực tiếp cơ sở.",
         "to", "Các công đoàn cấp trên trực tiếp cơ sở."),
    AT_G("addressee", "Kính gửi:", "Kính gửi:", "to", ""),
    NO_AT("addressee", "Kính gửi tới quý vị đại biểu lời chào trân trọng"),
    NO_AT("addressee", "Thư kính gửi: các thầy cô giáo"),
    YES("letter-self", "Nhận được Công văn này, đề nghị các đơn vị triển khai", "Công văn này"),
    YES("letter-self", "công văn này thay thế Công văn số 50/CV-CĐGD", "công văn này"),
    NO("letter-self", "Thực hiện Công văn số 85/LĐLĐ-TC ngày 20/01/2025"),
    NO("letter-self", "Công văn nay đã hết hiệu lực"),
    AT("attached", "(Ban hành kèm theo Quyết định số 112/QĐ-LĐLĐ ngày 05/01/2026)", "(Ban hành kèm theo Quyết định"),
    AT("attached", "(Kèm theo Công văn số 88/CĐGD-TC)", "(Kèm theo Công văn"),
    NO_AT("attached", "Gửi kèm theo báo cáo là danh sách đoàn viên"),
    NO_AT("attached", "(kèm theo biểu mẫu số 01)"),
    YES("image-alt", "Gần 3 tỉ đồng chăm lo Tết cho công nhân - Ảnh 1.", " - Ảnh 1."),
    NO("image-alt", "Ảnh: Minh Khôi"),
    NO("image-alt", "Lãnh đạo Liên đoàn Lao động tỉnh trao quà cho công nhân (ảnh 1) tại buổi lễ."),
    YES("letter-code", "85/CV-LĐLĐ", "CV"),
    YES("letter-code", "12-CV/TU", "CV"),
    NO("letter-code", "1275/LĐLĐ-TC"),
    NO("letter-code", "45/CVĐ-LĐLĐ"),

    /* ---- documents and dates ---------------------------------------------------------- */
    YES("docnumber", "Kế hoạch số 240/KH-TLĐ ngày 22/8/2022", "240/KH-TLĐ"),
    YES("docnumber", "Chỉ thị số 13- CT/TW của Ban Bí thư", "13- CT/TW"),
    YES("docnumber", "nghị quyết số 29 NQ/TW về đổi mới căn bản", "29 NQ/TW"),
    YES("docnumber", "Nghị định 105/2020/NĐ-CP ngày 8/9/2020", "105/2020/NĐ-CP"),
    YES("docnumber", "Căn cứ hướng dẫn số 39/HD - CĐN ngày 20/9/2016", "39/HD - CĐN"),
    YES("docnumber", "Kết luận số 1500b/KL-TLĐ ngày 08/01/2021", "1500b/KL-TLĐ"),
    YES("docnumber", "theo Công văn 1025/LĐLĐ-TC của Liên đoàn", "1025/LĐLĐ-TC"),
    NO("docnumber", "có 13/13 công đoàn cấp trên trực tiếp cơ sở"),
    NO("docnumber", "Từ 5-7/4, Đại hội công đoàn"),
    NO("docnumber", "phát triển KT-XH của tỉnh trong đại dịch Covid-19"),
    NO("docnumber", "Công đoàn TP.HCM lần thứ X"),
    YES("docnumber", "Chỉ thị 12-CT/TW-Công đoàn", "12-CT/TW"),
    NO("docnumber", "đạt tỷ lệ 2/3 số đoàn viên"),

    YES_G("doc-mention", "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư",
          "Chỉ thị số 12-CT/TW ngày 05/01/2022", "num", "12-CT/TW"),
    YES_G("doc-mention", "Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy",
          "Kế hoạch số 185-KH/TU ngày 03/01/2020", "y", "2020"),
    YES_G("doc-mention", "Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022", "Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022",
          "mw", "10"),
    NO("doc-mention", "thực hiện các chỉ thị, nghị quyết của cấp trên"),
    /* the kind nearest the number names it; the words before only introduce it */
    YES_G("doc-mention", "theo mức quy định tại Kết luận số 03/KL-BCH ngày 18/01/2022 của Ban Chấp hành",
          "Kết luận số 03/KL-BCH ngày 18/01/2022", "kind", "Kết luận"),
    YES_G("doc-mention", "Hướng dẫn thực hiện Quy định số 217-QĐ/TW", "Quy định số 217-QĐ/TW", "num", "217-QĐ/TW"),
    YES_G("doc-mention", "Nghị quyết Đại hội XIII số 15/NQ-BCH", "Nghị quyết Đại hội XIII số 15/NQ-BCH", "kind", "Nghị quyết"),

    YES_G("date", "ngày 05/01/2022 của Ban Bí thư", "05/01/2022", "y", "2022"),
    YES_G("date", "Cập nhật: 04-05-2024", "04-05-2024", "m", "05"),
    YES("date", "Ngày đăng: 10.03.2022", "10.03.2022"),
    NO("date", "có 13/13 công đoàn"),
    NO("date", "nhiệm kỳ 2018-2023"),
    NO("date", "1.810 đoàn viên"),
    YES_G("date-words", "Hà Nội, ngày 22 tháng 8 năm 2022", "ngày 22 tháng 8 năm 2022", "m", "8"),
    NO("date-words", "ngày 22 tháng 8 hằng năm"),

    YES("time-expr", "đến hết năm 2025 hoàn thành", "năm 2025"),
    YES("time-expr", "(VOH) - Chiều 28/3, Liên đoàn lao động", "Chiều 28/3"),
    YES("time-expr", "Ngày 7.3, Công đoàn tổ chức đại hội", "Ngày 7.3"),
    YES("time-expr", "Ngày 28-4, tại Nhà Thiếu nhi", "Ngày 28-4"),
    YES("time-expr", "Thời gian: 8h30 phút, ngày 26/4/2016", "8h30 phút"),
    YES("time-expr", "từ quý III/2016 đến hết quý II/2018", "quý III/2016"),
    YES("time-expr", "Tháng Công nhân (tháng 5-2024)", "tháng 5-2024"),
    YES("time-expr", "dịp Tết Nguyên đán Bính Ngọ 2026 như sau", "2026"),
    YES("time-expr", "Từ 5-7/4, Đại hội", "Từ 5-7/4"),
    NO("time-expr", "trao tặng 2.000 áo dài cho nữ đoàn viên"),
    NO("time-expr", "phát triển mới (thực tăng) 1.810 đoàn viên"),
    NO("time-expr", "98% trở lên đoàn viên"),
    /* a whole date after "ngày", not cut before its year */
    YES("time-expr", "tiến hành từ ngày 1-7-2017 và hoàn thành", "1-7-2017"),
    /* the time of a row of an agenda and the row's number after it, the columns' bars lost */
    YES("time-expr", "14h30-14h45 5 Bầu Đoàn Chủ tịch, Thư ký Đại hội", "14h30-14h45 5"),
    YES("time-expr", "Đón tiếp đại biểu 7h45-8h00 2 Văn nghệ chào mừng", "7h45-8h00 2"),
    YES("time-expr", "sáng nay 7h30-11h00 300 đoàn viên tham gia giải chạy", "7h30"),

    YES_G("year-span", "nhiệm kỳ 2018-2023", "2018-2023", "b", "2023"),
    YES("year-span", "Năm học 2018 - 2019 là năm học", "2018 - 2019"),
    NO("year-span", "85 – 90% công đoàn cơ sở"),
    NO("year-span", "tặng 2.000-3.000 suất quà"),

    AT_G("basis", "Căn cứ Điều lệ Công đoàn Việt Nam", "Căn cứ", "basis", "Căn cứ"),
    AT_G("basis", "Căn cứ vào tình hình thực tế của đơn vị", "Căn cứ vào", "basis", "Căn cứ vào"),
    AT_G("basis", "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022", "Thực hiện", "impl", "Thực hiện"),
    AT_G("basis", "Cụ thể hóa Nghị quyết Đại hội, Ban Chấp hành", "Cụ thể hóa", "concr", "Cụ thể hóa"),
    NO_AT("basis", "Tiếp tục thực hiện nghị quyết đại hội công đoàn các cấp"),
    NO_AT("basis", "Căn cứu theo đề nghị"),

    YES("review", "Tổ chức sơ kết 05 năm thực hiện ", "sơ kết 05 năm thực hiện "),
    YES("review", "Tập trung tổng kết 10 năm thực hiện ", "tổng kết 10 năm thực hiện "),
    NO("review", "kết quả thực hiện "),

    /* ---- figures ---------------------------------------------------------------------- */
    YES("quoted", "phiên chợ phúc lợi, “Chợ 0 đồng”; tặng quà", "“Chợ 0 đồng”"),
    YES("quoted", "hưởng ứng phong trào \"1 triệu sáng kiến\" năm 2025", "\"1 triệu sáng kiến\""),
    NO("quoted", "tặng 10.000 phần quà cho đoàn viên"),

    YES("named-number", "xây dựng quận 8 văn minh, hiện đại", "quận 8"),
    YES("named-number", "ảnh hưởng của dịch COVID-19 nhưng", "COVID-19"),
    YES("named-number", "Đại hội Công đoàn lần thứ 2 của", "lần thứ 2"),
    YES("named-number", "hưởng ứng Chương trình 1 triệu sáng kiến. Tổng Liên đoàn", "Chương trình 1 triệu sáng kiến"),
    YES("named-number", "phong trào 1 triệu sáng kiến", "phong trào 1 triệu sáng kiến"),
    YES("named-number", "theo tinh thần Nghị quyết 02 của Bộ Chính trị", "Nghị quyết 02"),
    YES("named-number", "tham gia tổ thảo luận số 9.", "số 9"),
    YES("named-number", "theo quy định tại Điều 5 của Luật", "Điều 5"),
    NO("named-number", "phấn đấu kết nạp 8.000 đoàn viên"),
    NO("named-number", "trong đó có 2 đơn vị hoàn thành xuất sắc"),

    YES_G("threshold", "thành lập CĐ cơ sở ở 100% DN có từ 10 lao động trở lên", "DN có từ 10 lao động trở lên", "more",
          "trở lên"),
    YES_G("threshold", "có 16 CĐCS tại các doanh nghiệp có trên 25 lao động", "doanh nghiệp có trên 25 lao động", "cmp", "trên"),
    YES_G("threshold", "khu vực ngoài nhà nước (có từ 30 lao động trở lên) đạt", "có từ 30 lao động trở lên", "n", "30"),
    YES_G("threshold", "các doanh nghiệp sử dụng từ 50 công nhân trở lên", "doanh nghiệp sử dụng từ 50 công nhân trở lên", "what",
          "công nhân"),
    NO("threshold", "trong đó có 16 CĐCS tại các doanh nghiệp"),
    NO("threshold", "Công đoàn Văn phòng có 21 đoàn viên"),

    YES_G("quantity", "98% trở lên đoàn viên", "98% trở lên", "post", "trở lên"),
    YES_G("quantity", "ít nhất 15% công đoàn cơ sở doanh nghiệp", "ít nhất 15%", "pre", "ít nhất"),
    YES_G("quantity", "phấn đấu 85 – 90% CĐCS đạt vững mạnh", "85 – 90%", "num2", "90"),
    YES_G("quantity", "tổ chức từ 200-300 suất quà", "từ 200-300", "pre", "từ"),
    YES_G("quantity", "kết nạp mới được gần 4.450 đoàn viên", "gần 4.450", "num", "4.450"),
    YES_G("quantity", "với số tiền hơn 5 tỷ đồng", "hơn 5 tỷ đồng", "money", "đồng"),
    YES_G("quantity", "trao biển hỗ trợ 50 triệu đồng để làm nhà", "50 triệu đồng", "mult", "triệu"),
    YES_G("quantity", "doanh thu đạt 103,96% kế hoạch", "103,96%", "num", "103,96"),
    YES_G("quantity", "có 12 triệu đoàn viên", "12 triệu", "mult", "triệu"),
    YES_G("quantity", "không quá 5% số vụ việc", "không quá 5%", "pre", "không quá"),
    NO("quantity", "Covid-19"),
    NO("quantity", "Hội nghị thượng đỉnh P4G"),
    NO("quantity", "tỷ lệ 12.5"),

    YES_G("number-word", "Thành lập Ban nữ công quần chúng ở một công đoàn cơ sở", "một", "w", "một"),
    YES("number-word", "ký kết thỏa ước ở hai doanh nghiệp", "hai"),
    NO("number-word", "một số đơn vị còn chậm"),
    NO("number-word", "năm học mới"),
    YES_G("number-word", "Mỗi huyện có ít nhất một thiết chế công đoàn", "ít nhất một", "pre", "ít nhất"),
    NO("number-word", "tổ chức đối thoại mỗi năm một lần"),

    YES_G("fraction", "có 13/13 công đoàn cấp trên trực tiếp cơ sở", "13/13", "b", "13"),
    NO("fraction", "ngày 5/1/1996 của Ban Chấp hành"),
    /* scores (vocabulary 1.2): points and the top of their scale */
    YES_G("score", "LĐLĐ huyện đạt 96,5/100 điểm, xếp thứ 2", "96,5/100 điểm", "max", "100"),
    YES_G("score", "Liên đoàn đạt 94 điểm/100 điểm", "94 điểm/100 điểm", "max2", "100"),
    YES_G("score", "được 98 điểm trên thang 100 điểm", "98 điểm trên thang 100 điểm", "max3", "100"),
    YES_G("score", "Phấn đấu đạt từ 95 điểm trở lên", "từ 95 điểm trở lên", "post", "trở lên"),
    YES_G("score", "Công đoàn đạt 98 điểm, xếp loại xuất sắc", "98 điểm", "num", "98"),
    NO("score", "kết nối 3 điểm cầu trực tuyến"),
    NO("score", "mở 12 điểm bán hàng bình ổn giá"),
    NO("score", "13/13 công đoàn cơ sở"),
    NO("score", "ngày 10/10 tại hội trường"),
    YES("score-cue", "Công đoàn đạt ", "đạt "),
    YES("score-cue", "xếp loại xuất sắc với ", "với "),
    NO("score-cue", "Nghị quyết có "),
    NO("score-cue", "đạt được nhiều kết quả, nêu "),
    YES_G("score-of", " trong chấm điểm thi đua năm 2025", "trong chấm điểm thi đua", "what", "chấm điểm thi đua"),
    YES_G("score-of", " qua kỳ đánh giá, xếp loại công đoàn cơ sở", "qua kỳ đánh giá", "what", "đánh giá"),
    NO("score-of", " trong Hội thi Cán bộ công đoàn giỏi"),
    NO("score-of", " 95 điểm trở lên"),
    /* "trong đó": the figures after it are parts of the one before */
    YES("part-of", "kết nạp 5.000 đoàn viên, trong đó 3.000 nữ", "trong đó"),
    YES("part-of", "có 1.530 nữ nhà giáo đăng ký, trong số đó 1.210 chị", "trong số đó"),
    NO("part-of", "trong đợt thi đua"),
    NO("part-of", "trong điều kiện đó"),

    AT("not-figure-noun", " năm thực hiện Nghị quyết", " năm"),
    AT("not-figure-noun", " thành viên Ban Chấp hành", " thành viên"),
    AT("not-figure-noun", " chỉ tiêu chủ yếu", " chỉ tiêu"),
    AT("not-figure-noun", " nhiệm vụ trọng tâm", " nhiệm vụ"),
    AT("not-figure-noun", " hoạt động nổi bật", " hoạt động nổi bật"),
    NO_AT("not-figure-noun", " đoàn viên ưu tú"),
    NO_AT("not-figure-noun", " phần quà cho đoàn viên"),
    NO_AT("not-figure-noun", " lớp tập huấn"),
    NO_AT("not-figure-noun", " hoạt động chăm lo"),
    AT("not-figure-noun", " đồng chí trong Ban Chấp hành", " đồng chí"),
    AT("not-figure-noun", " đoàn đại biểu quốc tế dự Đại hội", " đoàn đại biểu"),
    NO_AT("not-figure-noun", " đoàn viên công đoàn mới"),
    NO_AT("not-figure-noun", " đồng chí đã được kết nạp vào Đảng"),
    AT("not-figure-noun", " điều của Điều lệ", " điều"),
    /* a chapter is counted, a programme is a thing done; a share of the delegates is a vote */
    AT("not-figure-noun", " chương của Điều lệ", " chương"),
    NO_AT("not-figure-noun", " chương trình \"Chợ Tết Công đoàn\""),
    AT_G("not-figure-noun", " đại biểu tán thành", " đại biểu", "meeting", "đại biểu"),
    NO_AT("not-figure-noun", " điều khoản có lợi hơn cho người lao động"),
    /* a session of an event is counted, a session as a span of time is not */
    NO_AT("not-figure-noun", " buổi tuyên truyền, thu hút 96.500 lượt người lao động"),
    AT("not-figure-noun", " buổi chiều cùng ngày", " buổi"),
    /* petitions of people are counted; the document's own list of proposals is not */
    NO_AT("not-figure-noun", " kiến nghị của người lao động về tiền lương"),
    AT("not-figure-noun", " kiến nghị gửi Tổng Liên đoàn", " kiến nghị"),

    AT("counted-noun", " kiến nghị của người lao động", " kiến nghị"),
    AT("counted-noun", " báo cáo chuyên đề", " báo cáo"),
    NO_AT("counted-noun", " đoàn viên báo cáo"),
    NO_AT("counted-noun", " kiến nghịviên"),

    AT("list-count", "20 chỉ tiêu chủ yếu", "20 chỉ tiêu"),
    AT("list-count", "7 nhiệm vụ trọng tâm", "7 nhiệm vụ"),
    AT("list-count", "3 phần của Kế hoạch", "3 phần"),
    NO_AT("list-count", "95 phần trăm"),
    NO_AT("list-count", "20 lớp tập huấn"),

    YES("status-figure", "Công đoàn Văn phòng HĐND và UBND huyện Nông Sơn có 21 đoàn viên",
        "Công đoàn Văn phòng HĐND và UBND huyện Nông Sơn có "),
    YES("status-figure", "Đoàn đại biểu tham dự gồm 14 công đoàn viên tiêu biểu", "gồm "),
    YES("status-figure", "Công đoàn ngành trực tiếp quản lý 16 công đoàn cấp trên cơ sở", "Công đoàn ngành trực tiếp quản lý "),
    YES("status-figure", "Tổng số đoàn viên toàn huyện là 8.430 người", "Tổng số đoàn viên toàn huyện là "),
    YES("status-figure", "Dự Đại hội có 150 đại biểu đại diện cho hơn 2.100 đoàn viên", "đại diện cho "),
    NO("status-figure", "trong đó có 16 CĐCS tại các doanh nghiệp"),
    NO("status-figure", "Công đoàn đã kết nạp hơn 2.100 đoàn viên"),
    YES("status-figure", "mạng lưới an toàn, vệ sinh viên hiện có trên 320 nghìn người", "hiện có "),
    YES("status-figure", "số đoàn viên công đoàn là 2.714 người", "số đoàn viên công đoàn là "),
    YES_G("status-figure", "Công ty có 2.860 lao động, trong đó nữ chiếm 78%", "trong đó nữ chiếm ", "share",
          "trong đó nữ chiếm"),
    NO("status-figure", "số đoàn viên kết nạp mới là 126 người"),
    NO("status-figure", "đã có 25 công đoàn cơ sở được thành lập"),
    YES("status-figure", "Hiện tại có 02 đồng chí đang học cao học", "Hiện tại có "),
    NO("status-figure", "Hiện tại đã có 12 công đoàn cơ sở được thành lập"),
    YES_G("status-label", "Tổng số công đoàn viên: 20", "Tổng số công đoàn viên: ", "label", "Tổng số công đoàn viên"),
    YES_G("status-label", "+ Nữ : 15", "+ Nữ : ", "label", "Nữ"),
    NO("status-label", "Tổng số công đoàn viên 20"),
    NO("status-label", "Nhiệm vụ: tổ chức hội nghị"),
    YES("status-veto", "Số đoàn viên kết nạp mới: 20", "kết nạp"),
    YES("status-veto", "Số CĐCS: 5, tăng 2 so với năm trước", "tăng"),
    NO("status-veto", "Tổng số công đoàn viên: 20"),
    NO_AT("status-figure", "Số đoàn viên đạt danh hiệu CSTĐ năm trước: 02"),

    YES("proposal", "LĐLĐ tỉnh đề nghị Tổng LĐLĐ Việt Nam tặng 15 kỷ niệm chương", "đề nghị"),
    YES("proposal", "Đại hội đã bầu 21 ủy viên", "bầu"),
    NO("proposal", "các chỉ tiêu đề ra"),
    NO("proposal", "Tại chương trình, Ban tổ chức đã trao 500 suất quà"),
    AT("attendance", "tham dự buổi lễ", "tham dự"),
    AT("attendance", "dự hội nghị", "dự hội nghị"),
    NO_AT("attendance", "tham gia bảo hiểm xã hội"),
    NO_AT("attendance", "dự kiến tổ chức"),
    AT("attendance-opening", "Đến dự Hội nghị có lãnh đạo Liên đoàn Lao động tỉnh", "Đến dự Hội nghị có"),
    AT("attendance-opening", "Sáng 12/3, tham dự đại hội có 120 đại biểu", "Sáng 12/3, tham dự đại hội có"),
    NO_AT("attendance-opening", "Dự kiến có 500 đoàn viên tham gia giải chạy"),
    NO_AT("attendance-opening", "Hội nghị có 5 nội dung chính"),

    /* a request to put right what an inspection found reports what it found */
    NO("proposal", "kiểm tra 120 doanh nghiệp, phát hiện và đề nghị khắc phục 346 nguy cơ mất an toàn"),
    YES("proposal", "đề nghị Tổng Liên đoàn tặng Bằng khen cho 12 tập thể", "đề nghị"),

    YES("price-rate", "\"Phiên chợ công nhân\" bán hàng giảm giá từ 10% đến 50% cho 8.600 lượt đoàn viên",
        "giảm giá từ 10% đến 50%"),
    YES("price-rate", "vay vốn với lãi suất 0%", "lãi suất 0%"),
    NO("price-rate", "giảm tỷ lệ đoàn viên bỏ sinh hoạt xuống dưới 2%"),
    NO("price-rate", "giảm 15% so với năm 2024"),

    AT_G("rate-of", ", chiếm tỷ lệ 66,6%.", ", chiếm tỷ lệ 66,6%", "r", "66,6"),
    AT_G("rate-of", ", đạt 120,5% kế hoạch năm;", ", đạt 120,5% kế hoạch năm", "r", "120,5"),
    NO_AT("rate-of", ", đạt danh hiệu CĐCS vững mạnh"),

    YES("named-number", "thu kinh phí công đoàn 2% khu vực sản xuất kinh doanh", "kinh phí công đoàn 2%"),
    NO("named-number", "thu kinh phí công đoàn đạt 102% dự toán"),
    YES("named-number", "1 | Khảo sát đời sống công nhân | Ban Chính sách - Pháp luật", "1"),
    YES("named-number", "| 3 | Trao quà Tết | Văn phòng |", "3"),
    NO("named-number", "Trao 120 suất quà | Văn phòng"),

    YES("over-amount", "thành lập mới 9 công đoàn cơ sở, vượt 3 công đoàn cơ sở so với chỉ tiêu.",
        "vượt 3 công đoàn cơ sở so với chỉ tiêu"),
    NO("over-amount", "tổ chức cho hơn 4.800 công nhân, vượt xa năm trước"),
    NO("over-amount", "tăng 120 đoàn viên so với chỉ tiêu"),

    AT_G("over-target", ", vượt hơn 11,7% kế hoạch năm", ", vượt hơn 11,7% kế hoạch năm", "c", "hơn"),
    AT_G("over-target", ", vượt 31%.", ", vượt 31%", "r", "31"),
    NO_AT("over-target", ", vượt qua khó khăn"),

    YES_G("tense-cue", "Trong đó, phấn đấu kết nạp 8.000 đoàn viên", "phấn đấu", "target", "phấn đấu"),
    YES_G("tense-cue", "Năm 2017, CĐVC tỉnh đặt chỉ tiêu phấn đấu có 85%", "chỉ tiêu", "target", "chỉ tiêu"),
    YES_G("tense-cue", "đến cuối nhiệm kỳ có 60% CĐ cơ sở", "đến cuối nhiệm kỳ", "target", "đến cuối nhiệm kỳ"),
    YES_G("tense-cue", "các cấp công đoàn đã vận động kết nạp", "đã", "result", "đã"),
    /* "trong năm" (in the year) has no tense of its own: the cue before it decides */
    YES_G("tense-cue", "trong năm học kết nạp ít nhất 350 đoàn viên mới", "trong năm", "weak", "trong năm"),
    YES_G("tense-cue", "trong năm qua, toàn ngành kết nạp 312 đoàn viên", "năm qua", "result", "năm qua"),
    YES_G("tense-cue", "trong năm tới, kết nạp 400 đoàn viên", "năm tới", "target", "năm tới"),
    YES_G("tense-cue", "Năm qua, hoạt động công đoàn đạt các chỉ tiêu đề ra, tiếp tục",
          "Năm qua", "result", "Năm qua"),
    YES_G("tense-cue", "hoạt động công đoàn đạt các chỉ tiêu đề ra, tiếp tục", "đạt các chỉ tiêu đề ra", "result",
          "đạt các chỉ tiêu đề ra"),
    /* weak: a result unless a target word comes before it in the sentence (figures.c) */
    YES_G("tense-cue", "xem xét kết nạp được 112 đoàn viên", "được", "weak", "được"),
    YES_G("tense-cue", "đơn vị sẽ tổ chức các phiên chợ", "sẽ", "target", "sẽ"),
    NO("tense-cue", "90% CĐ cơ sở khu vực nhà nước đạt vững mạnh"),
    NO("tense-cue", "98% đoàn viên được tuyên truyền, phổ biến"),
    /* "đạt N" is weak: a result alone, the value to reach after "phấn đấu" (figures.c) */
    YES_G("tense-cue", "tỷ lệ đoàn viên đạt trên 96%", "đạt", "weak", "đạt"),
    YES_G("tense-cue", "kết nạp được 312 đoàn viên mới", "được", "weak", "được"),
    NO("tense-cue", "100% công đoàn cơ sở đạt vững mạnh"),

    YES("result-cue", "toàn tỉnh thành lập được 57 công đoàn cơ sở", "được"),
    YES("result-cue", "nâng tổng số lên 1.985 CĐCS", "nâng tổng số"),
    NO("result-cue", "phấn đấu đạt danh hiệu"),
    YES("past-time", "Trong nhiệm kỳ qua, chất lượng đội ngũ", "nhiệm kỳ qua"),
    YES("past-time", "Năm qua, hoạt động công đoàn", "Năm qua"),
    NO("past-time", "đoàn viên vượt qua khó khăn"),
    YES("estimate", "Đối với cấp CĐCS, dự ước có 80% xếp loại", "dự ước"),
    NO("estimate", "ước mơ của người lao động"),
    YES("cumulative", "nâng tổng số lên 17.054 đoàn viên", "nâng tổng số lên"),
    YES("cumulative", "nâng tổng số đoàn viên lên 17.054", "nâng tổng số đoàn viên lên"),
    YES_G("cumulative", "nâng tổng số công đoàn cơ sở trực thuộc lên 148", "nâng tổng số công đoàn cơ sở trực thuộc lên",
          "what", " công đoàn cơ sở trực thuộc"),
    NO("cumulative", "tổng số đoàn viên là 17.054"),
    YES_G("average", "Bình quân mỗi CĐCS giới thiệu ít nhất 01 đoàn viên", "Bình quân mỗi CĐCS", "per", "CĐCS"),
    NO("average", "xếp loại trung bình"),
    YES_G("grade", "80% CĐCS ngoài khu vực nhà nước xếp loại hoàn thành tốt nhiệm vụ trở lên",
          "xếp loại hoàn thành tốt nhiệm vụ trở lên", "g", "tốt"),
    YES_G("grade", "có 20% CĐCS hoàn thành xuất sắc nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ", "g", "xuất sắc"),
    NO("grade", "hoàn thành tốt công tác chuyên môn"),
    YES_G("period", "hoàn thành trong năm 2025", "năm 2025", "p", "năm 2025"),
    YES_G("period", "nhiệm kỳ 2018-2023", "nhiệm kỳ 2018-2023", "p", "nhiệm kỳ 2018-2023"),
    YES_G("period", "hằng năm có 90% CĐ cơ sở", "hằng năm", "p", "hằng năm"),
    YES_G("period", "trong 9 tháng đầu năm 2024, liên đoàn", "9 tháng đầu năm 2024", "p", "9 tháng đầu năm 2024"),
    YES_G("period", "Năm học 2018 - 2019, CĐGD tỉnh", "Năm học 2018 - 2019", "p", "Năm học 2018 - 2019"),
    NO("period", "hằng ngày"),
    NO("period", "năm học mới"),
    YES_G("period", "Năm học qua, 13/13 công đoàn cơ sở", "Năm học qua", "p", "Năm học qua"),
    /* a period at the head of a sentence, which holds for what follows until another is stated */
    AT_G("opening-period", "Năm 2024, Liên đoàn Lao động huyện chỉ đạo", "Năm 2024,", "p", "Năm 2024"),
    AT_G("opening-period", "6 tháng đầu năm 2025, công tác phát triển đoàn viên", "6 tháng đầu năm 2025,", "p",
         "6 tháng đầu năm 2025"),
    AT_G("opening-period", "Theo báo cáo tại hội nghị, 6 tháng đầu năm, các cấp công đoàn",
         "Theo báo cáo tại hội nghị, 6 tháng đầu năm,", "p", "6 tháng đầu năm"),
    AT_G("opening-period", "Quý I/2025, LĐLĐ tỉnh tổ chức", "Quý I/2025,", "p", "Quý I/2025"),
    AT_G("opening-period", "Trong năm 2024, các cấp công đoàn", "Trong năm 2024,", "p", "năm 2024"),
    NO_AT("opening-period", "Kết nạp 930 đoàn viên trong năm 2024, đạt 103%"),
    NO_AT("opening-period", "Trong đợt chấm điểm thi đua năm 2024 do LĐLĐ tỉnh tổ chức, LĐLĐ huyện đạt"),
    NO_AT("opening-period", "Năm 2024 là năm có ý nghĩa quan trọng"),
    YES("section-targets", "CÁC CHỈ TIÊU CHỦ YẾU", "CHỈ TIÊU"),
    YES("section-targets", "2. Mục tiêu cụ thể", "Mục tiêu"),
    YES("section-targets", "II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM", "PHƯƠNG HƯỚNG"),
    YES("section-targets", "Nhiệm vụ trọng tâm thời gian tới", "thời gian tới"),
    NO("section-targets", "NHIỆM VỤ TRỌNG TÂM"),
    YES("section-targets", "III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025", "6 THÁNG CUỐI NĂM"),
    NO("section-targets", "II. KẾT QUẢ HOẠT ĐỘNG 6 THÁNG ĐẦU NĂM"),

    YES("section-principles", "2. Quan điểm, Mục tiêu", "Quan điểm"),
    YES("section-principles", "I. MỤC ĐÍCH, YÊU CẦU", "MỤC ĐÍCH"),
    NO("section-principles", "IV. TỔ CHỨC THỰC HIỆN"),
    YES("section-situation", "I. TÌNH HÌNH CHUNG", "TÌNH HÌNH"),
    YES("section-situation", "II. ĐẶC ĐIỂM TÌNH HÌNH", "ĐẶC ĐIỂM"),
    NO("section-situation", "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025"),
    NO("section-situation", "I. KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN"),
    YES("section-results", "I. KẾT QUẢ ĐẠT ĐƯỢC", "KẾT QUẢ"),
    YES("section-results", "TÌNH HÌNH HOẠT ĐỘNG ĐỐI NGOẠI THỜI GIAN QUA", "THỜI GIAN QUA"),
    NO("section-results", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    YES("section-tasks", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "NHIỆM VỤ"),
    YES("section-tasks", "V. TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    NO("section-tasks", "CÁC CHỈ TIÊU CHỦ YẾU"),
    YES("section-implement", "III. TỔ CHỨC THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"),
    YES("section-implement", "Phân công nhiệm vụ", "Phân công"),
    NO("section-implement", "NHIỆM VỤ TRỌNG TÂM"),

    /* ---- tasks ------------------------------------------------------------------------ */
    YES_G("task-leads", "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Đảng đoàn LĐLĐ tỉnh", "Ban Dân vận Tỉnh ủy chủ trì", "lead",
          "Ban Dân vận Tỉnh ủy"),
    YES_G("task-leads", "chấp thuận cho Liên đoàn Lao động tỉnh Bình Dương được chủ trì, phối hợp",
          "Liên đoàn Lao động tỉnh Bình Dương được chủ trì", "lead", "Liên đoàn Lao động tỉnh Bình Dương"),
    YES_G("task-leads", "Văn phòng LĐLĐ tỉnh chủ trì tổng hợp, báo cáo kết quả trước ngày 15/12.", "Văn phòng LĐLĐ tỉnh chủ trì",
          "lead", "Văn phòng LĐLĐ tỉnh"),
    YES_G("task-leads", "Giao Ban Tổ chức chủ trì hướng dẫn", "Ban Tổ chức chủ trì", "lead", "Ban Tổ chức"),
    NO("task-leads", "Các đơn vị được phân công chủ trì hoặc làm đầu mối chủ động thực hiện"),
    NO("task-leads", "đơn vị chủ trì trong quá trình triển khai"),
    AT("task-leads-bare", "Chủ trì, phối hợp với các ban, đơn vị liên quan", "Chủ trì"),
    AT("task-leads-bare", "Là đầu mối phối hợp với các cơ quan hữu quan", "Là đầu mối"),
    NO_AT("task-leads-bare", "Chủ tịch LĐLĐ tỉnh dự và phát biểu"),
    YES_G("task-focal", "Văn phòng LĐLĐ tỉnh là đầu mối tổng hợp ý kiến", "Văn phòng LĐLĐ tỉnh là đầu mối", "lead",
          "Văn phòng LĐLĐ tỉnh"),
    YES_G("task-focal", "Ban Tổ chức làm thường trực giúp việc", "Ban Tổ chức làm thường trực", "lead", "Ban Tổ chức"),
    NO("task-focal", "giữ vai trò là đầu mối quan trọng"),
    YES_G("task-assign", "Ban Bí thư cũng yêu cầu Ban Tuyên giáo Trung ương phối hợp với Tổng Liên đoàn",
          "yêu cầu Ban Tuyên giáo Trung ương", "lead", "Ban Tuyên giáo Trung ương"),
    YES_G("task-assign", "Ban Thường vụ giao Ban Chính sách - Pháp luật theo dõi, tổng hợp",
          "giao Ban Chính sách - Pháp luật", "lead", "Ban Chính sách - Pháp luật"),
    NO("task-assign", "tổ chức giao lưu văn nghệ chào mừng"),
    NO("task-assign", "đáp ứng yêu cầu nhiệm vụ trong tình hình mới"),
    /* a slip of the tone marks ("yều cầu") is still the verb; the lead stops at "trên cơ sở" */
    YES_G("task-assign", "Chủ tịch LĐLĐ tỉnh yều cầu Ban Tuyên giáo LĐLĐ tỉnh trên cơ sở ý kiến tham gia",
          "yều cầu Ban Tuyên giáo LĐLĐ tỉnh", "lead", "Ban Tuyên giáo LĐLĐ tỉnh"),
    YES_G("task-assign", "Thường trực yêu câu Văn phòng tổng hợp", "yêu câu Văn phòng", "lead", "Văn phòng"),
    NO("task-assign", "đạt yêu cầu đề ra của Ban Chấp hành"),
    YES_G("task-with", "Ban Tuyên giáo Tỉnh ủy phối hợp với Đảng đoàn Liên đoàn Lao động tỉnh chỉ đạo",
          "Ban Tuyên giáo Tỉnh ủy phối hợp với", "lead", "Ban Tuyên giáo Tỉnh ủy"),
    YES_G("task-with", "Công đoàn Viên chức tỉnh tiếp tục phối hợp với các cơ quan", "Công đoàn Viên chức tỉnh tiếp tục phối hợp với",
          "before", "tiếp tục "),
    NO("task-with", "phối hợp với các cơ quan, đơn vị tổ chức các hoạt động"),
    NO("task-with", "Ban Thường vụ Liên đoàn Lao động tỉnh phối hợp Ban thường vụ Tỉnh Đoàn"),
    YES_G("task-deadline", "hoàn thành tổng kết xong trước ngày 30/7/2020;", "trước ngày 30/7/2020", "due",
          "trước ngày 30/7/2020"),
    YES("task-deadline", "gửi báo cáo về LĐLĐ tỉnh chậm nhất ngày 15/12/2025.", "chậm nhất ngày 15/12/2025"),
    NO("task-deadline", "Ngày 30/7/2020, Ban Thường vụ họp"),
    YES("task-deadline", "gửi báo cáo kết quả về Tổng Liên đoàn trước ngày 30/7 hằng năm.", "trước ngày 30/7 hằng năm"),
    YES("task-deadline", "ban hành hướng dẫn bình xét thi đua năm 2026 trước 30/9/2026.", "trước 30/9/2026"),
    YES("task-deadline", "hoàn thành trước 30/9.", "trước 30/9"),
    NO("task-deadline", "được thông qua trước 3/4 số đại biểu"),
    NO("task-deadline", "trước 1,5 triệu lượt"),

    YES_G("task-duty", "Ban Tài chính Tổng Liên đoàn có trách nhiệm hướng dẫn việc sử dụng tài chính công đoàn",
          "Ban Tài chính Tổng Liên đoàn có trách nhiệm", "lead", "Ban Tài chính Tổng Liên đoàn"),
    YES_G("task-duty", "Ban Thường vụ các Công đoàn ngành Trung ương chịu trách nhiệm tổ chức triển khai", 
          "Ban Thường vụ các Công đoàn ngành Trung ương chịu trách nhiệm", "lead", "Ban Thường vụ các Công đoàn ngành Trung ương"),
    NO("task-duty", "Các đơn vị được phân công chủ trì chịu trách nhiệm trước Đoàn Chủ tịch Tổng Liên đoàn"),
    NO("task-duty", "thực hiện có trách nhiệm vai trò thành viên của các tổ chức công đoàn quốc tế"),

    YES_G("task-field", "Đơn vị chủ trì: Ban Tuyên giáo Liên đoàn Lao động tỉnh.", "Đơn vị chủ trì: ", "lead", "Đơn vị chủ trì"),
    YES_G("task-field", "Tuyên truyền về lợi ích của việc gia nhập Công đoàn Việt Nam Đơn vị chủ trì: Ban Tuyên giáo",
          "Đơn vị chủ trì: ", "lead", "Đơn vị chủ trì"),
    YES_G("task-field", "Đơn vị phối hợp: Báo Lao động Bắc Sơn", "Đơn vị phối hợp: ", "coord", "Đơn vị phối hợp"),
    YES_G("task-field", "Thời gian hoàn thành: trước ngày 31/3/2026.", "Thời gian hoàn thành: ", "due", "Thời gian hoàn thành"),
    NO("task-field", "Ban Tuyên giáo chủ trì, phối hợp với Văn phòng"),
    NO("task-field", "Thời gian qua, các cấp công đoàn đã"),
    AT_G("coordinators", " với các cơ quan, các ban, đơn vị liên quan tổ chức tuyên truyền",
         " với các cơ quan, các ban, đơn vị liên quan", "coord", "các cơ quan, các ban, đơn vị liên quan"),
    AT_G("coordinators", " với Đảng đoàn LĐLĐ tỉnh, các ban xây dựng Đảng và Văn phòng Tỉnh ủy giúp Ban thường vụ",
         " với Đảng đoàn LĐLĐ tỉnh, các ban xây dựng Đảng và Văn phòng Tỉnh ủy", "coord",
         "Đảng đoàn LĐLĐ tỉnh, các ban xây dựng Đảng và Văn phòng Tỉnh ủy"),
    NO_AT("coordinators", " tổ chức tuyên truyền"),
    YES_G("org", "do Ban Đối ngoại Tổng Liên đoàn chủ trì", "Ban Đối ngoại Tổng Liên đoàn", "org", "Ban Đối ngoại Tổng Liên đoàn"),
    /* a newspaper is named; a report is not a body */
    YES_G("org", "phối hợp với Báo Lao động Bắc Sơn", "Báo Lao động Bắc Sơn", "org", "Báo Lao động Bắc Sơn"),
    NO("org", "Báo cáo gửi về trước ngày 25/11/2025"),
    /* "việc làm" (employment) is a noun inside a name, not the verb "làm" */
    YES_G("org", "Giao Phòng Lao động - Việc làm Sở Nội vụ là đầu mối", "Phòng Lao động - Việc làm Sở Nội vụ", "org",
          "Phòng Lao động - Việc làm Sở Nội vụ"),
    YES_G("org", "Ban Tổ chức làm thường trực", "Ban Tổ chức", "org", "Ban Tổ chức"),
    YES("org", "các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương và tương đương hoàn thành",
        "các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương và tương đương"),
    NO("org", "đoàn viên, người lao động"),
    AT_G("org-at", "Theo đó, Ban Thường vụ Tỉnh ủy yêu cầu", "Theo đó, Ban Thường vụ Tỉnh ủy", "org", "Ban Thường vụ Tỉnh ủy"),
    AT_G("org-at", "Kế hoạch nêu rõ, các LĐLĐ tỉnh hoàn thành", "Kế hoạch nêu rõ, các LĐLĐ tỉnh", "org", "các LĐLĐ tỉnh"),
    NO_AT("org-at", "Trong năm 2020, toàn tỉnh thành lập được"),
    AT("connective", "Trong đó", "Trong đó"),
    AT("connective", "Năm 2017", "Năm 2017"),
    AT("connective", "Đối với cấp CĐCS", "Đối với cấp CĐCS"),
    NO_AT("connective", "Tuyên truyền"),
    NO_AT("connective", "Trong đó có"),
    AT("broad-group", "các cấp ủy, tổ chức Đảng, chính quyền", "các cấp ủy"),
    AT("broad-group", "Các địa phương, đơn vị căn cứ điều kiện", "Các địa phương"),
    AT("broad-group", "chính quyền các cấp", "chính quyền"),
    NO_AT("broad-group", "Ban Tổ chức LĐLĐ tỉnh"),
    NO_AT("broad-group", "các LĐLĐ huyện, thành phố"),
    AT("action-verb", " tổ chức quán triệt Nghị quyết", " tổ chức"),
    AT("action-verb", " chủ trì, phối hợp", " chủ trì"),
    NO_AT("action-verb", " về tiếp tục thực hiện"),
    NO_AT("action-verb", " Tổ chức Lao động Quốc tế"),
    YES("clause-verb", "Công đoàn Công Thương Việt Nam đề xuất tới Đại hội 4 vấn đề về công tác đối ngoại", "đề xuất"),
    YES("clause-verb", "LĐLĐ tỉnh trao 200 suất quà cho công nhân", "trao"),
    NO("clause-verb", "Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028"),
    NO("clause-verb", "Tháng Công nhân năm 2025"),
    NO("clause-verb", "Hoàn thành"), /* a capital: a name or a heading, not a verb in a clause */
    AT("stop-word", " về tiếp tục thực hiện", " về"),
    AT("stop-word", " tổ chức quán triệt", " tổ chức"),
    NO_AT("stop-word", " Tổ chức Lao động Quốc tế"),
    NO_AT("stop-word", " trực thuộc Tổng Liên đoàn"),
    YES_G("due", "gửi báo cáo trước ngày 15/12 hằng năm.", "trước ngày 15/12 hằng năm", "due", "trước ngày 15/12 hằng năm"),
    YES("due", "hoàn thành trong Quý II/2025.", "trong Quý II/2025"),
    YES("due", "đến năm 2023 cơ bản thiết lập cơ chế tham vấn", "đến năm 2023"),
    YES("due", "Thường xuyên cập nhật, nắm bắt thông tin", "Thường xuyên"),
    YES("due", "xong trong tháng 6/2025", "trong tháng 6/2025"),
    NO("due", "kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam"),
    NO("due", "năm 2023 là năm thứ hai"),
    YES("due", "hoàn thành trước 31-12-2017.", "trước 31-12-2017"),
    NO("due", "đứng trước 3-4 đơn vị dẫn đầu"),
    AT("table-content", "Nội dung", "Nội dung"),
    AT("table-content", "Nội dung công việc", "Nội dung công việc"),
    NO_AT("table-content", "Đơn vị chủ trì"),
    AT("table-plan", "Kế hoạch năm 2024", "Kế hoạch"),
    AT("table-plan", "Chỉ tiêu được giao", "Chỉ tiêu được giao"),
    NO_AT("table-plan", "Chỉ tiêu"),
    AT("table-done", "Thực hiện", "Thực hiện"),
    AT_G("table-done", "Ước thực hiện cả năm", "Ước thực hiện", "est", "Ước thực hiện"),
    NO_AT("table-done", "Thời gian thực hiện"),
    AT("table-rate", "Tỷ lệ (%)", "Tỷ lệ"),
    AT("table-rate", "So với KH", "So với KH"),
    NO_AT("table-rate", "Tổng số"),
    YES_G("table-unit", "Thu kinh phí công đoàn (triệu đồng)", "(triệu đồng)", "mult", "triệu"),
    YES_G("table-unit", "Tỷ lệ CĐCS vững mạnh (%)", "(%)", "pct", "%"),
    NO("table-unit", "Kết nạp đoàn viên (người)"),

    AT("table-lead", "Đơn vị chủ trì", "Đơn vị chủ trì"),
    AT("table-lead", "Đơn vị thực hiện", "Đơn vị thực hiện"),
    NO_AT("table-lead", "Đơn vị phối hợp"),
    AT("table-coord", "Đơn vị phối hợp", "Đơn vị phối hợp"),
    NO_AT("table-coord", "Nội dung phối hợp"),
    AT("table-due", "Thời gian hoàn thành", "Thời gian hoàn thành"),
    AT("table-due", "Thời hạn", "Thời hạn"),
    NO_AT("table-due", "Ghi chú"),
    AT_G("scope-level", "công đoàn cấp trên trực tiếp cơ sở", "công đoàn cấp trên trực tiếp cơ sở", "upper",
         "công đoàn cấp trên trực tiếp cơ sở"),
    AT_G("scope-level", "CĐCS ngoài khu vực nhà nước", "CĐCS", "grass", "CĐCS"),
    AT_G("scope-level", "doanh nghiệp, đơn vị có tổ chức công đoàn đủ điều kiện", "doanh nghiệp, đơn vị có tổ chức công đoàn", "grass",
         "doanh nghiệp, đơn vị có tổ chức công đoàn"),
    AT_G("scope-level", "LĐLĐ các huyện, thành phố", "LĐLĐ các huyện", "upper", "LĐLĐ các huyện"),
    NO("scope-level", "đoàn viên, người lao động"),
    AT_G("scope-sector", "ngoài khu vực nhà nước", "ngoài khu vực nhà nước", "nonstate", "ngoài khu vực nhà nước"),
    AT_G("scope-sector", "doanh nghiệp nhà nước", "doanh nghiệp nhà nước", "stateent", "doanh nghiệp nhà nước"),
    AT_G("scope-sector", "khu vực nhà nước", "khu vực nhà nước", "statearea", "khu vực nhà nước"),
    AT_G("scope-sector", "hành chính, sự nghiệp công lập", "hành chính", "public", "hành chính"),
    NO("scope-sector", "Nhà nước và Công đoàn Việt Nam"),

    YES_G("unit-class", "các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương", "LĐLĐ", "fed", "LĐLĐ"),
    YES_G("unit-class", "Các Liên đoàn Lao động huyện, thành phố", "Liên đoàn Lao động", "fed", "Liên đoàn Lao động"),
    YES_G("unit-class", "Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn", "Công đoàn Tổng Công ty", "corp",
          "Công đoàn Tổng Công ty"),
    YES_G("unit-class", "Công đoàn Ngành, Công đoàn Viên chức", "Công đoàn Ngành", "sect", "Công đoàn Ngành"),
    YES_G("unit-class", "Công đoàn Viên chức tỉnh", "Công đoàn Viên chức", "civil", "Công đoàn Viên chức"),
    YES_G("unit-class", "công đoàn các khu công nghiệp", "công đoàn các khu công nghiệp", "zone",
          "công đoàn các khu công nghiệp"),
    YES_G("unit-class", "ngành Trung ương và tương đương", "Trung ương", "central", "Trung ương"),
    NO("unit-class", "Liên đoàn Lao động Việt Nam"), /* a federation by its name, not by a place level */
    NO("unit-class", "Tổng Liên đoàn Lao động"),
    NO("unit-class", "Các công đoàn cơ sở trong tỉnh"), /* a level (scope-level), no kind */
};

static congdoan__matcher *matcher;

static void setup(void)
{
    ck_assert_int_eq(congdoan__matcher_new(&matcher), 0);
}

static void teardown(void)
{
    congdoan__matcher_free(matcher);
    matcher = NULL;
}

START_TEST(test_rule_case)
{
    const rule_case *c = &cases[_i];
    int id = congdoan__rule_by_name(c->rule);
    ck_assert_msg(id >= 0, "no rule named '%s'", c->rule);
    size_t len = strlen(c->text);
    int rc = congdoan__match(matcher, (congdoan__rule_id)id, c->text, len, 0, c->anchored);
    ck_assert_int_ge(rc, 0);
    if (!c->match) {
        ck_assert_msg(rc == 0, "rule '%s' must not take \"%s\", took \"%.*s\"", c->rule, c->text,
                      (int)(congdoan__match_end(matcher) - congdoan__match_start(matcher)),
                      c->text + congdoan__match_start(matcher));
        return;
    }
    ck_assert_msg(rc == 1, "rule '%s' does not take \"%s\"", c->rule, c->text);
    size_t a = congdoan__match_start(matcher), b = congdoan__match_end(matcher);
    ck_assert_msg(strlen(c->match) == b - a && memcmp(c->match, c->text + a, b - a) == 0,
                  "rule '%s' on \"%s\": took \"%.*s\", expected \"%s\"", c->rule, c->text, (int)(b - a), c->text + a,
                  c->match);
    if (c->group) {
        size_t ga, gb;
        ck_assert_msg(congdoan__match_group(matcher, c->group, &ga, &gb), "rule '%s' on \"%s\": no group '%s'", c->rule,
                      c->text, c->group);
        ck_assert_msg(strlen(c->value) == gb - ga && memcmp(c->value, c->text + ga, gb - ga) == 0,
                      "rule '%s' on \"%s\": group '%s' is \"%.*s\", expected \"%s\"", c->rule, c->text, c->group,
                      (int)(gb - ga), c->text + ga, c->value);
    }
}
END_TEST

/* Every rule of the table has a case it takes and a near-miss it leaves. */
START_TEST(test_every_rule_has_cases)
{
    for (int id = 0; id < CONGDOAN__RULE_COUNT; id++) {
        const congdoan__rule *r = congdoan__rule_get((congdoan__rule_id)id);
        ck_assert_ptr_nonnull(r);
        ck_assert_ptr_nonnull(r->name);
        ck_assert_msg(r->produces && r->produces[0], "rule '%s' does not say what it produces", r->name);
        int yes = 0, no = 0;
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            if (strcmp(cases[i].rule, r->name) == 0) {
                yes += cases[i].match != NULL;
                no += cases[i].match == NULL;
            }
        ck_assert_msg(yes > 0, "rule '%s' has no case it takes", r->name);
        ck_assert_msg(no > 0, "rule '%s' has no near-miss", r->name);
        ck_assert_int_eq(congdoan__rule_by_name(r->name), id);
    }
}
END_TEST

/* The patterns are written in NFC, the form the readers give the text in, and the names are
 * unique. */
START_TEST(test_patterns_nfc)
{
    for (int id = 0; id < CONGDOAN__RULE_COUNT; id++) {
        const congdoan__rule *r = congdoan__rule_get((congdoan__rule_id)id);
        char *nfc = NULL;
        size_t n = 0;
        ck_assert_int_eq(congdoan__text_nfc(r->pattern, strlen(r->pattern), &nfc, &n), 0);
        ck_assert_msg(nfc == NULL, "the pattern of rule '%s' is not NFC", r->name);
        for (int k = 0; k < id; k++)
            ck_assert_str_ne(congdoan__rule_get((congdoan__rule_id)k)->name, r->name);
    }
}
END_TEST

/* A hostile line costs a bounded amount: long runs of what the patterns repeat over end. */
START_TEST(test_bounded_on_hostile_text)
{
    size_t n = 200000;
    char *s = malloc(n + 1);
    ck_assert_ptr_nonnull(s);
    const char *unit = "Ban Ban, ";
    for (size_t i = 0; i < n; i++)
        s[i] = unit[i % strlen(unit)];
    s[n] = '\0';
    for (int id = 0; id < CONGDOAN__RULE_COUNT; id++) {
        int rc = congdoan__match(matcher, (congdoan__rule_id)id, s, n, 0, 0);
        ck_assert_int_ge(rc, 0);
    }
    memset(s, '1', n);
    for (int id = 0; id < CONGDOAN__RULE_COUNT; id++)
        ck_assert_int_ge(congdoan__match(matcher, (congdoan__rule_id)id, s, n, 0, 0), 0);
    free(s);
}
END_TEST

static Suite *rules_suite(void)
{
    Suite *s = suite_create("import-rules");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, test_rule_case, 0, (int)(sizeof cases / sizeof cases[0]));
    tcase_add_test(tc, test_every_rule_has_cases);
    tcase_add_test(tc, test_patterns_nfc);
    tcase_add_test(tc, test_bounded_on_hostile_text);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return test_run_suite(rules_suite());
}
