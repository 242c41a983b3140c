/*
 * libcongdoan — documents (văn bản) and their sections.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_DOCUMENT_H
#define CONGDOAN_DOCUMENT_H

#include "common.h"

/**
 * @file congdoan/document.h
 * @brief Documents: metadata, relations to other documents, recipients and the section tree
 * that holds paragraphs, tasks and indicators.
 *
 * Every pointer and string returned here is borrowed from the corpus and lives as long as it.
 */

CONGDOAN_BEGIN_DECL

/** The kind of a document, with its code in document numbers. */
typedef enum congdoan_document_kind {
    /** Not one of the kinds below (for example a Nghị định, NĐ). */
    CONGDOAN_DOCUMENT_UNKNOWN = 0,
    CONGDOAN_DOCUMENT_RESOLUTION = 1,  /**< Nghị quyết, NQ */
    CONGDOAN_DOCUMENT_DIRECTIVE = 2,   /**< Chỉ thị, CT */
    CONGDOAN_DOCUMENT_CONCLUSION = 3,  /**< Kết luận, KL */
    CONGDOAN_DOCUMENT_DECISION = 4,    /**< Quyết định, QĐ */
    CONGDOAN_DOCUMENT_PLAN = 5,        /**< Kế hoạch, KH */
    CONGDOAN_DOCUMENT_PROGRAMME = 6,   /**< Chương trình, CTr */
    CONGDOAN_DOCUMENT_SCHEME = 7,      /**< Đề án, ĐA */
    CONGDOAN_DOCUMENT_GUIDANCE = 8,    /**< Hướng dẫn, HD */
    CONGDOAN_DOCUMENT_REPORT = 9,      /**< Báo cáo, BC */
    CONGDOAN_DOCUMENT_REGULATION = 10, /**< Quy chế, QC */
    CONGDOAN_DOCUMENT_NOTICE = 11,     /**< Thông báo, TB */
    CONGDOAN_DOCUMENT_NEWS = 12        /**< (1.2) tin bài: an article; no code */
} congdoan_document_kind;

/** How a document relates to another. */
typedef enum congdoan_relation_type {
    CONGDOAN_RELATION_IMPLEMENTS = 1,  /**< thực hiện */
    CONGDOAN_RELATION_BASED_ON = 2,    /**< căn cứ */
    CONGDOAN_RELATION_CONCRETISES = 3, /**< cụ thể hóa */
    CONGDOAN_RELATION_AMENDS = 4,      /**< sửa đổi */
    CONGDOAN_RELATION_REPLACES = 5,    /**< thay thế */
    CONGDOAN_RELATION_REVIEWS = 6,     /**< sơ kết, tổng kết */
    CONGDOAN_RELATION_REFERS_TO = 7    /**< (1.2) a neutral mention */
} congdoan_relation_type;

/** What an item of a section is. */
typedef enum congdoan_item_kind {
    CONGDOAN_ITEM_NONE = 0,
    CONGDOAN_ITEM_PARAGRAPH = 1,
    CONGDOAN_ITEM_SECTION = 2,
    CONGDOAN_ITEM_TASK = 3,
    CONGDOAN_ITEM_INDICATOR = 4,
    /** (1.2) A figure stated as achieved (congdoan/result.h). */
    CONGDOAN_ITEM_RESULT = 5
} congdoan_item_kind;

/** The code of a kind in document numbers ("NQ", "CTr" …), or NULL for CONGDOAN_DOCUMENT_UNKNOWN. */
CONGDOAN_API const char *congdoan_document_kind_code(congdoan_document_kind kind);
/** The stable English name of a kind as in the XML ("resolution" …), or NULL. */
CONGDOAN_API const char *congdoan_document_kind_name(congdoan_document_kind kind);
/** The Vietnamese name of a kind ("Nghị quyết" …), or NULL. */
CONGDOAN_API const char *congdoan_document_kind_vietnamese(congdoan_document_kind kind);
/** The stable English name of a relation type as in the XML ("implements" …), or NULL. */
CONGDOAN_API const char *congdoan_relation_type_name(congdoan_relation_type type);

/** The document's identifier. On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_document_id(const congdoan_document *doc);
/** The kind. On NULL: returns CONGDOAN_DOCUMENT_UNKNOWN. */
CONGDOAN_API congdoan_document_kind congdoan_document_get_kind(const congdoan_document *doc);
/** The number as printed ("240/KH-TLĐ"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_number(const congdoan_document *doc);
/** The title (trích yếu), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_title(const congdoan_document *doc);
/** The issuing unit, or NULL when not given or not loaded. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_document_issuer(const congdoan_document *doc);
/** The issuing unit's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_issuer_id(const congdoan_document *doc);
/**
 * The issuing body or department (Đoàn Chủ tịch …), or NULL when not given or not loaded.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_document_issuing_body(const congdoan_document *doc);
/** The issuing body's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_issuing_body_id(const congdoan_document *doc);
/** The date of issue (year*10000 + month*100 + day), or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_issued(const congdoan_document *doc);
/** The date it takes effect, or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_effective(const congdoan_document *doc);
/** The place of issue ("Hà Nội"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_place(const congdoan_document *doc);
/** The field (lĩnh vực), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_field(const congdoan_document *doc);
/** (1.2) The issuer as printed ("Đại hội Công đoàn quận 8"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_issuer_text(const congdoan_document *doc);
/** (1.2) The author as printed (the reporter of an article), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_author(const congdoan_document *doc);
/** (1.2) The date the text was published (year*10000 + month*100 + day), or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_published(const congdoan_document *doc);
/** The signer's name, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_signer_name(const congdoan_document *doc);
/** The signer's position ("Chủ tịch"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_signer_position(const congdoan_document *doc);
/** The capacity the signer signs in ("TM. Ban Thường vụ"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_signer_capacity(const congdoan_document *doc);

/** The number of relations to other documents. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_relation_count(const congdoan_document *doc);
/** The type of the i-th relation, or 0 when i is out of range. On NULL: returns 0. */
CONGDOAN_API congdoan_relation_type congdoan_document_relation_type(const congdoan_document *doc, size_t i);
/**
 * The target of the i-th relation when it is loaded, else NULL. It is found by id; a relation
 * that gives only a number matches the first loaded document with that number whose date of
 * issue equals the relation's date (when both are known): numbers restart every year.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_document *congdoan_document_relation_target(const congdoan_document *doc, size_t i);
/** The target's id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_relation_target_id(const congdoan_document *doc, size_t i);
/** The target's number as written ("12-CT/TW"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_relation_number(const congdoan_document *doc, size_t i);
/** The target's date as written, or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_relation_date(const congdoan_document *doc, size_t i);
/** The words naming the target in the text, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_relation_text(const congdoan_document *doc, size_t i);
/** (1.2) The title of the i-th related document as printed (one without a number), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_relation_title(const congdoan_document *doc, size_t i);

/** The number of recipients (Nơi nhận). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_recipient_count(const congdoan_document *doc);
/** The i-th recipient as printed, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_recipient_text(const congdoan_document *doc, size_t i);
/** The unit of the i-th recipient when given and loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_document_recipient_unit(const congdoan_document *doc, size_t i);
/** The unit id of the i-th recipient as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_recipient_unit_id(const congdoan_document *doc, size_t i);

/**
 * 1 if the document says who reports on it and by when (a `<reporting>` element), else 0.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_document_has_reporting(const congdoan_document *doc);
/**
 * The unit reports go to: the `<reporting to="">` unit, else the issuer; NULL when not loaded.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_document_reporting_to(const congdoan_document *doc);
/**
 * How often reports are due, or CONGDOAN_PERIOD_NONE when not said.
 * On NULL: returns CONGDOAN_PERIOD_NONE.
 */
CONGDOAN_API congdoan_period_kind congdoan_document_reporting_frequency(const congdoan_document *doc);
/**
 * The stable English name of a reporting frequency as in the XML (\<reporting frequency\>):
 * "yearly", "half-yearly", "quarterly", "monthly"; NULL for CONGDOAN_PERIOD_NONE,
 * CONGDOAN_PERIOD_DAY (not a reporting frequency) and any other value. A static string: never
 * free it.
 */
CONGDOAN_API const char *congdoan_frequency_name(congdoan_period_kind kind);
/** The number of report deadlines. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_deadline_count(const congdoan_document *doc);
/** The period code of the i-th deadline ("2025-H1"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_deadline_period(const congdoan_document *doc, size_t i);
/** The date of the i-th deadline, or 0. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_deadline_date(const congdoan_document *doc, size_t i);
/**
 * The date by which the report for `period` is due, or 0 when the document gives none.
 * On NULL: returns 0.
 */
CONGDOAN_API int congdoan_document_deadline(const congdoan_document *doc, const char *period);
/**
 * The number of units named as reporters (0: every organisation directly under the issuer reports).
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_document_reporter_count(const congdoan_document *doc);
/** The id of the i-th named reporter, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_reporter_id(const congdoan_document *doc, size_t i);
/** The i-th named reporter when loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_document_reporter(const congdoan_document *doc, size_t i);
/**
 * (1.2) The number of indicators the i-th reporter reports (its `indicators` list); 0 when the
 * list is not given, which means every indicator of the document.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_document_reporter_indicator_count(const congdoan_document *doc, size_t i);
/** (1.2) The id of the k-th indicator the i-th reporter reports, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_reporter_indicator_id(const congdoan_document *doc, size_t i, size_t k);
/** (1.2) The coverage the i-th reporter reports at, or 0 when not said. On NULL: returns 0. */
CONGDOAN_API int congdoan_document_reporter_coverage(const congdoan_document *doc, size_t i);
/**
 * (1.2) The department or body reports go through ("qua Văn phòng"), when loaded, else NULL.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_document_reporting_via(const congdoan_document *doc);
/** (1.2) Its id as written, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_document_reporting_via_id(const congdoan_document *doc);

/**
 * The number of relations of other loaded documents that point at this one (by id, or by
 * number when they give no id): what implements, concretises, amends … it. Each call is
 * linear in the number of relations in the corpus.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_document_incoming_count(const congdoan_document *doc);
/** The document of the i-th incoming relation, in load order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_document_incoming(const congdoan_document *doc, size_t i);
/** The type of the i-th incoming relation, or 0. On NULL: returns 0. */
CONGDOAN_API congdoan_relation_type congdoan_document_incoming_type(const congdoan_document *doc, size_t i);

/** The number of top-level sections. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_section_count(const congdoan_document *doc);
/** The i-th top-level section, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_document_section(const congdoan_document *doc, size_t i);

/** The number of tasks anywhere in the document. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_task_count(const congdoan_document *doc);
/** The i-th task in document order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_task *congdoan_document_task(const congdoan_document *doc, size_t i);
/**
 * The task with this id, or NULL (also for the id of a section, indicator or result). One look-up
 * in the corpus's hash table of the ids inside documents: the same cost wherever the task is.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_task *congdoan_document_task_by_id(const congdoan_document *doc, const char *id);

/** The number of indicators anywhere in the document. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_document_indicator_count(const congdoan_document *doc);
/** The i-th indicator in document order, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_document_indicator(const congdoan_document *doc, size_t i);
/**
 * The indicator with this id, or NULL (also for the id of a section, task or result); one hash
 * look-up, as congdoan_document_task_by_id().
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_indicator *congdoan_document_indicator_by_id(const congdoan_document *doc, const char *id);

/**
 * (1.2) The number of results (figures stated as achieved) in the document's sections, in document
 * order.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_document_result_count(const congdoan_document *doc);
/** (1.2) The i-th result, or NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_result *congdoan_document_result(const congdoan_document *doc, size_t i);
/**
 * (1.2) The result with this id, or NULL (also for the id of a section, task or indicator); one
 * hash look-up, as congdoan_document_task_by_id().
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_result *congdoan_document_result_by_id(const congdoan_document *doc, const char *id);

/**
 * (1.2) Where the document was read from, when it was taken from a text (its \<source\>).
 * @param doc the document.
 * @param[out] file the input's name, or NULL (may be NULL). @param[out] line,column 1-based, or 0
 *             (may be NULL).
 * @return the exact words, or NULL when the document has no provenance (the outs are then NULL/0).
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_document_source(const congdoan_document *doc, const char **file, int *line,
                                                   int *column);
/**
 * (1.2) Where the signature block was read (the \<source\> of \<signer\>), as
 * congdoan_document_source().
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_document_signer_source(const congdoan_document *doc, const char **file, int *line,
                                                          int *column);
/**
 * (1.2) Where the i-th relation was read ("Thực hiện …", "Căn cứ …": its \<source\>), as
 * congdoan_document_source(); NULL when i is out of range.
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_document_relation_source(const congdoan_document *doc, size_t i, const char **file,
                                                           int *line, int *column);
/**
 * (1.2) Where the i-th recipient was read (Nơi nhận: its \<source\>), as
 * congdoan_document_source(); NULL when i is out of range.
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_document_recipient_source(const congdoan_document *doc, size_t i, const char **file,
                                                            int *line, int *column);

/** The section's id, or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_section_id(const congdoan_section *section);
/** The label as printed ("II.", "3.1.", "(2)", "-"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_section_number(const congdoan_section *section);
/** The heading ("NHIỆM VỤ TRỌNG TÂM"), or NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_section_title(const congdoan_section *section);
/** The enclosing section, or NULL for a top-level section. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_section_parent(const congdoan_section *section);
/** The document the section is in. On NULL: returns NULL. */
CONGDOAN_API const congdoan_document *congdoan_section_document(const congdoan_section *section);
/**
 * (1.2) Where the section's heading was read (its \<source\>), as congdoan_document_source().
 * On NULL: returns NULL (`file`, `line`, `column` may be NULL).
 */
CONGDOAN_API const char *congdoan_section_source(const congdoan_section *section, const char **file, int *line,
                                                 int *column);
/**
 * The number of items (paragraphs, subsections, tasks, indicators), in document order.
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_section_item_count(const congdoan_section *section);
/**
 * What the i-th item is, or CONGDOAN_ITEM_NONE when i is out of range.
 * On NULL: returns CONGDOAN_ITEM_NONE.
 */
CONGDOAN_API congdoan_item_kind congdoan_section_item_kind(const congdoan_section *section, size_t i);
/** The text of the i-th item if it is a paragraph, else NULL. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_section_item_text(const congdoan_section *section, size_t i);
/** The i-th item if it is a subsection, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_section *congdoan_section_item_section(const congdoan_section *section, size_t i);
/** The i-th item if it is a task, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_task *congdoan_section_item_task(const congdoan_section *section, size_t i);
/** The i-th item if it is an indicator, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_indicator *congdoan_section_item_indicator(const congdoan_section *section, size_t i);
/** (1.2) The i-th item if it is a result, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_result *congdoan_section_item_result(const congdoan_section *section, size_t i);

CONGDOAN_END_DECL

#endif /* CONGDOAN_DOCUMENT_H */
