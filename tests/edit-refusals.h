/* The refusals of the constructors whose checks are said once (congdoan__edit_check_new in
 * lib/model/edit-common.c), with the exact message of each in English and in Vietnamese
 * (po/vi.po): test-edit.c checks the English ones, test-i18n.c the Vietnamese. Each case runs
 * on a corpus holding unit "laichau" (provincial), group "cum-1", document "ct-13" of kind
 * plan with section "s1" holding task "t1", and report "bc-1"; `section` is that section. */
#ifndef EDIT_REFUSALS_H
#define EDIT_REFUSALS_H

#include <congdoan.h>

#include <stdint.h>

typedef struct edit_refusal {
    const char *what;
    int code;
    const char *en, *vi;
} edit_refusal;

static const edit_refusal edit_refusals[] = {
    {"unit: id", CONGDOAN_EINVAL,
     "the new unit: 'lai chau' is not an identifier (id): expected 1 to 128 ASCII letters, digits, '.', '_' or "
     "'-', starting with a letter or digit",
     "đơn vị mới: 'lai chau' không phải là mã (mã): cần 1 đến 128 chữ cái ASCII, chữ số, '.', '_' hoặc '-', bắt "
     "đầu bằng chữ cái hoặc chữ số"},
    {"unit: id used", CONGDOAN_EEXISTS, "unit 'cum-1': the id 'cum-1' is already used by a group",
     "đơn vị 'cum-1': mã 'cum-1' đã được một nhóm dùng"},
    {"unit: level", CONGDOAN_EINVAL,
     "unit 'x': 9 is not a valid level; expected CONGDOAN_LEVEL_CENTRAL (1) to CONGDOAN_LEVEL_GRASSROOTS (4)",
     "đơn vị 'x': 9 không phải là cấp hợp lệ; cần từ CONGDOAN_LEVEL_CENTRAL (1) đến CONGDOAN_LEVEL_GRASSROOTS (4)"},
    {"unit: name", CONGDOAN_EINVAL, "unit 'x': the name is NULL; expected the full name",
     "đơn vị 'x': tên là NULL; cần tên đầy đủ"},
    {"unit: blank name", CONGDOAN_EINVAL,
     "unit 'x': the name is blank; expected text with at least one character other than white space (or NULL for "
     "none, where the name is optional)",
     "đơn vị 'x': tên để trống; cần văn bản có ít nhất một ký tự không phải khoảng trắng (hoặc NULL nếu không có, "
     "khi tên là tùy chọn)"},
    {"group: id used", CONGDOAN_EEXISTS, "group 'laichau': the id 'laichau' is already used by a unit",
     "cụm, khối 'laichau': mã 'laichau' đã được một đơn vị dùng"},
    {"group: kind", CONGDOAN_EINVAL,
     "group 'g': 0 is not a valid group kind; expected CONGDOAN_GROUP_EMULATION_CLUSTER (1) to "
     "CONGDOAN_GROUP_EMULATION_BLOC (2)",
     "cụm, khối 'g': 0 không phải là loại cụm, khối hợp lệ; cần từ CONGDOAN_GROUP_EMULATION_CLUSTER (1) đến "
     "CONGDOAN_GROUP_EMULATION_BLOC (2)"},
    {"group: name", CONGDOAN_EINVAL, "group 'g': the name is NULL; expected the name as printed",
     "cụm, khối 'g': tên là NULL; cần tên như trong văn bản"},
    {"document: id used", CONGDOAN_EEXISTS, "document 'ct-13': the id 'ct-13' is already used by another document",
     "văn bản 'ct-13': mã 'ct-13' đã được một văn bản khác dùng"},
    {"report: id used", CONGDOAN_EEXISTS, "report 'bc-1': the id 'bc-1' is already used by another report",
     "báo cáo 'bc-1': mã 'bc-1' đã được một báo cáo khác dùng"},
    {"task: id", CONGDOAN_EINVAL,
     "section 's1' of document 'ct-13': 'a b' is not an identifier (id of the new task): expected 1 to 128 ASCII "
     "letters, digits, '.', '_' or '-', starting with a letter or digit",
     "mục 's1' của văn bản 'ct-13': 'a b' không phải là mã (mã của nhiệm vụ mới): cần 1 đến 128 chữ cái ASCII, chữ "
     "số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số"},
    {"task: id used", CONGDOAN_EEXISTS,
     "task 't1' of document 'ct-13': the id 't1' is already used by a task of document 'ct-13'",
     "nhiệm vụ 't1' của văn bản 'ct-13': mã 't1' đã được một nhiệm vụ của văn bản 'ct-13' dùng"},
    {"task: text", CONGDOAN_EINVAL, "task 't2' of document 'ct-13': the text is NULL; expected the task as written",
     "nhiệm vụ 't2' của văn bản 'ct-13': nội dung là NULL; cần nhiệm vụ như trong văn bản"},
    {"indicator: comparator", CONGDOAN_EINVAL,
     "indicator 'c1' of document 'ct-13': 0 is not a valid comparator; expected CONGDOAN_COMPARATOR_AT_LEAST (1) "
     "to CONGDOAN_COMPARATOR_TARGET (9)",
     "chỉ tiêu 'c1' của văn bản 'ct-13': 0 không phải là phép so sánh hợp lệ; cần từ CONGDOAN_COMPARATOR_AT_LEAST "
     "(1) đến CONGDOAN_COMPARATOR_TARGET (9)"},
    {"indicator: text", CONGDOAN_EINVAL,
     "indicator 'c1' of document 'ct-13': the text is NULL; expected the indicator as written",
     "chỉ tiêu 'c1' của văn bản 'ct-13': nội dung là NULL; cần chỉ tiêu như trong văn bản"},
};

/* The corpus every case runs on; its section "s1" in *section. */
static inline congdoan_corpus *edit_refusals_corpus(const congdoan_section **section)
{
    congdoan_corpus *c = NULL;
    const congdoan_document *d = NULL;
    const congdoan_task *t = NULL;
    if (congdoan_corpus_new(&c) != 0 ||
        congdoan_corpus_add_unit(c, "laichau", CONGDOAN_LEVEL_PROVINCIAL, "LĐLĐ tỉnh Lai Châu", NULL, NULL) != 0 ||
        congdoan_corpus_add_group(c, "cum-1", CONGDOAN_GROUP_EMULATION_CLUSTER, "Cụm thi đua số 1", NULL) != 0 ||
        congdoan_corpus_add_document(c, "ct-13", CONGDOAN_DOCUMENT_PLAN, &d) != 0 ||
        congdoan_document_add_section(c, d, NULL, "s1", "I", NULL, section) != 0 ||
        congdoan_section_add_task(c, *section, "t1", "Tổ chức hội nghị.", &t) != 0 ||
        congdoan_corpus_add_report(c, "bc-1", "laichau", "ct-13", "2025", NULL) != 0) {
        congdoan_corpus_free(c);
        return NULL;
    }
    return c;
}

/* Run case i: its status. */
static inline int edit_refusals_run(congdoan_corpus *c, const congdoan_section *s, size_t i)
{
    switch (i) {
    case 0: return congdoan_corpus_add_unit(c, "lai chau", CONGDOAN_LEVEL_PROVINCIAL, "X", NULL, NULL);
    case 1: return congdoan_corpus_add_unit(c, "cum-1", CONGDOAN_LEVEL_PROVINCIAL, "X", NULL, NULL);
    case 2: return congdoan_corpus_add_unit(c, "x", (congdoan_level)9, "X", NULL, NULL);
    case 3: return congdoan_corpus_add_unit(c, "x", CONGDOAN_LEVEL_PROVINCIAL, NULL, NULL, NULL);
    case 4: return congdoan_corpus_add_unit(c, "x", CONGDOAN_LEVEL_PROVINCIAL, " \t", NULL, NULL);
    case 5: return congdoan_corpus_add_group(c, "laichau", CONGDOAN_GROUP_EMULATION_BLOC, "Khối", NULL);
    case 6: return congdoan_corpus_add_group(c, "g", CONGDOAN_GROUP_NONE, "Khối", NULL);
    case 7: return congdoan_corpus_add_group(c, "g", CONGDOAN_GROUP_EMULATION_BLOC, NULL, NULL);
    case 8: return congdoan_corpus_add_document(c, "ct-13", CONGDOAN_DOCUMENT_PLAN, NULL);
    case 9: return congdoan_corpus_add_report(c, "bc-1", "laichau", "ct-13", "2025", NULL);
    case 10: return congdoan_section_add_task(c, s, "a b", "X", NULL);
    case 11: return congdoan_section_add_task(c, s, "t1", "X", NULL);
    case 12: return congdoan_section_add_task(c, s, "t2", NULL, NULL);
    case 13:
        return congdoan_section_add_indicator(c, s, "c1", CONGDOAN_MEASURE_COUNT, (congdoan_comparator)0, 5, "X", NULL);
    default:
        return congdoan_section_add_indicator(c, s, "c1", CONGDOAN_MEASURE_COUNT, CONGDOAN_COMPARATOR_AT_LEAST, 5, NULL,
                                              NULL);
    }
}

#endif
