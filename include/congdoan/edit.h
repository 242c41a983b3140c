/*
 * libcongdoan — creating and changing the model: constructors and setters.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_EDIT_H
#define CONGDOAN_EDIT_H

#include "common.h"
#include "document.h"
#include "indicator.h"
#include "report.h"
#include "result.h"
#include "task.h"
#include "unit.h"

/**
 * @file congdoan/edit.h
 * @brief Building units, documents (metadata, relations, reporting, sections, tasks,
 * indicators) and reports through the API, and changing every attribute of them.
 *
 * A district office records its half-year report, a federation drafts next year's programme from
 * this year's, a tool converts another system's data: all of them build or change the model with
 * the functions here, then read it with the accessors of the other headers, check it with
 * congdoan_corpus_check() and write it with congdoan/writer.h.
 *
 * Rules shared by every function of this header:
 *
 *  - **The corpus comes first.** Editing needs write access to the corpus, so every function
 *    takes `congdoan_corpus *corpus` first and the object to change as the usual const handle.
 *    An object of another corpus is refused with CONGDOAN_EINVAL.
 *  - **Constructors** (`congdoan_corpus_add_unit()`, `congdoan_section_add_task()` …) return
 *    the new object through `out`. It is *borrowed*, like the result of a lookup: it belongs to
 *    the corpus and lives as long as it; never free it. `out` may be NULL when the caller does
 *    not want the object; on failure `*out` is set to NULL.
 *  - **Errors.** Each function returns 0 or a negative congdoan_status and, on failure, records a
 *    message that names the object, the attribute and what was expected (congdoan/error.h). A
 *    refused call changes nothing: everything is validated first, then memory is allocated, and
 *    only then is the object changed, so even CONGDOAN_ENOMEM leaves the object as it was.
 *    The codes:
 *      - CONGDOAN_EINVAL: a NULL corpus or object, an object of another corpus, an enum value
 *        out of range, an identifier that is not one, a date that does not exist, a number that
 *        is not finite or out of range, a value that breaks a rule of the model (a percentage
 *        of 140, a negative target, target-max below the target, a condition on an indicator
 *        that is not a share of units, a parent that would make a cycle …);
 *      - CONGDOAN_EPARSE: a code that does not parse: a document number, a period, a due time;
 *      - CONGDOAN_EENCODING: text that is not valid UTF-8;
 *      - CONGDOAN_EEXISTS: an identifier already used (unit, document and report ids across the
 *        corpus; section, task and indicator ids inside their document);
 *      - CONGDOAN_ENOTFOUND: a report's value or task status for an indicator or task that the
 *        report's document (when it is in the corpus) does not have;
 *      - CONGDOAN_ELIMIT: text longer than the corpus's text-length limit
 *        (CONGDOAN_LIMIT_TEXT_LENGTH), or sections nested deeper than its depth limit allows
 *        (the model could not be read back);
 *      - CONGDOAN_ENOMEM.
 *  - **What is checked here, what is left to congdoan_corpus_check().** Every value is checked
 *    as the loader and the schema check it, so that what is built can always be written and
 *    read back: identifiers (1 to 128 ASCII letters, digits, '.', '_', '-', starting with a
 *    letter or digit), enums, calendar dates, period and due codes, document numbers (readable
 *    by congdoan_docnumber_parse() and written as in a file: `240/KH-TLĐ`, not `Số: 240/KH-TLĐ`),
 *    text, numbers, and the rules of one object (an indicator's target against its measure and
 *    comparator; a parent only below the central level, a sector only at the grassroots level).
 *    Identifiers must be unique, and the unit hierarchy can never get a cycle. References to
 *    other objects are kept as identifiers and may name objects that are added later, so
 *    whether they resolve, the level order of the hierarchy, and a task due before its
 *    document's date of issue are left to congdoan_corpus_check(). So is what an object still
 *    lacks: a range target without its upper bound, a share-of-units indicator without its
 *    condition (both are needed before the written XML is valid against the schema).
 *  - **Text** is UTF-8 in any normalisation form and is stored in NFC. It may hold tab, line
 *    feed and carriage return but no other control character (XML cannot carry them). Text
 *    that the XML keeps as element content (titles, paragraphs, the text of tasks and
 *    indicators, recipients, relation texts, coordinators, notes) loses its leading and trailing
 *    white space, as when it is loaded; text kept in attributes (names, numbers, places …) is
 *    stored as given. Text that is present must not be blank (white space only), except where a
 *    function says that blank text means "none".
 *  - **Clearing.** An optional value is cleared with NULL for strings and identifiers, 0 for
 *    dates, -1 for counts, the `_NONE` / `_UNKNOWN` value of an enum, and a `_clear_` function
 *    for an optional number (congdoan_indicator_clear_baseline()).
 *  - **Numbers** must be finite and below 10^15 in magnitude. They are kept as the XML holds
 *    them: at most 15 significant digits and 15 decimals (the nearest such number is stored, so
 *    that what is written reads back equal).
 *  - **Threads.** Editing is not thread-safe, like loading: do not edit a corpus, or load into
 *    it, from two threads at once, nor read it while another thread edits it.
 *  - **Cost.** Adding a unit, document or report costs constant time (amortised), apart from
 *    the short walk up the hierarchy that rules out a cycle and a look through the current roots
 *    for units waiting for the new one. Adding to a document (a section, task or indicator)
 *    is linear in the size of that document (ids are unique in it, and tasks and indicators are
 *    kept in document order).
 *
 * Foreign content (elements and attributes of other namespaces read from a file) stays with
 * the object it was read with.
 */

CONGDOAN_BEGIN_DECL

/* ---- units ---------------------------------------------------------------------------------- */

/**
 * Add an organisation (a unit of the hierarchy).
 *
 * When `parent_id` names an organisation of the corpus, the new unit becomes its last child;
 * otherwise it becomes the last root, and is attached when a unit with that id is added. Roots
 * already waiting for `id` as their parent are attached to the new unit, in their order.
 *
 * @param corpus the corpus it works on.
 * @param id a new unit id (unique among units, departments and bodies).
 * @param level the level; not CONGDOAN_LEVEL_UNKNOWN.
 * @param name the full name, non-blank.
 * @param parent_id the parent's id, or NULL. A central unit has no parent. It may name a unit
 *        not added yet, but not a department or body, nor a unit under the new one (a cycle).
 * @param[out] out the new unit, borrowed from the corpus; may be NULL. NULL on failure.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or
 *         CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`parent_id` and `out` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_add_unit(congdoan_corpus *corpus, const char *id, congdoan_level level,
                                          const char *name, const char *parent_id, const congdoan_unit **out);

/**
 * Add a department or leading body to an organisation, after its other departments and
 * bodies. It takes its level and parent from the organisation.
 *
 * @param corpus the corpus it works on.
 * @param unit an organisation (CONGDOAN_UNIT_ORGANISATION).
 * @param id a new unit id.
 * @param name the full name, non-blank.
 * @param kind CONGDOAN_UNIT_DEPARTMENT or CONGDOAN_UNIT_BODY.
 * @param body_kind for a body, its kind or CONGDOAN_BODY_NONE; for a department,
 *        CONGDOAN_BODY_NONE.
 * @param[out] out the new department or body, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or
 *         CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_unit_add_department(congdoan_corpus *corpus, const congdoan_unit *unit, const char *id,
                                              const char *name, congdoan_unit_kind kind, congdoan_body_kind body_kind,
                                              const congdoan_unit **out);

/**
 * Set the full name (required: not NULL, non-blank). @return 0 or an error code (see the top of this file).
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_name(congdoan_corpus *corpus, const congdoan_unit *unit, const char *name);

/**
 * Set the short name, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`short_name` may be NULL).
 */
CONGDOAN_API int congdoan_unit_set_short_name(congdoan_corpus *corpus, const congdoan_unit *unit,
                                              const char *short_name);

/**
 * Set the level of an organisation; its departments and bodies follow. Not
 * CONGDOAN_LEVEL_UNKNOWN; CONGDOAN_LEVEL_CENTRAL only for a unit without a parent; a unit with a
 * sector must stay at the grassroots level. The level order against the parent and children is
 * left to congdoan_corpus_check().
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_level(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_level level);

/**
 * Move an organisation: set its parent id (NULL makes it a root). The unit leaves its old
 * parent's children and becomes the last child of the new parent when that is in the corpus,
 * else the last root. A move that would make a cycle (the unit itself, or a unit under it, as
 * the parent), a parent that is a department or body, and a parent for a central unit are
 * refused with CONGDOAN_EINVAL. Setting the same parent id again changes nothing. Departments
 * and bodies cannot be moved.
 * On NULL: returns CONGDOAN_EINVAL (`parent_id` may be NULL).
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_unit_set_parent_id(congdoan_corpus *corpus, const congdoan_unit *unit,
                                             const char *parent_id);

/**
 * Set the sector of a grassroots organisation, or clear it with CONGDOAN_SECTOR_NONE. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_sector(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_sector sector);

/**
 * Set the kind of a body (CONGDOAN_BODY_NONE clears it). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_body_kind(congdoan_corpus *corpus, const congdoan_unit *unit,
                                             congdoan_body_kind body_kind);

/**
 * Set the number of members of an organisation (0 or more), or -1 for unknown. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_members(congdoan_corpus *corpus, const congdoan_unit *unit, long members);

/**
 * Set the number of workers of an organisation (0 or more), or -1 for unknown. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_workers(congdoan_corpus *corpus, const congdoan_unit *unit, long workers);

/**
 * Set the declared number of upper-grassroots unions under an organisation, or -1 for none. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_declared_upper_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                                   long count);

/**
 * Set the declared number of grassroots unions under an organisation, or -1 for none. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_declared_grassroots_units(congdoan_corpus *corpus, const congdoan_unit *unit,
                                                             long count);

/**
 * Set an organisation's classification for a year (1900 to 2200): replaces the grade of that
 * year, or adds the year after the others. The grade must not be CONGDOAN_GRADE_NONE
 * (classifications are not removed).
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_EINVAL or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_unit_set_classification(congdoan_corpus *corpus, const congdoan_unit *unit, int year,
                                                  congdoan_grade grade);

/* ---- documents ------------------------------------------------------------------------------ */

/**
 * Add a document, after the others.
 * @param corpus the corpus it works on.
 * @param id a new document id. @param kind the kind; not CONGDOAN_DOCUMENT_UNKNOWN (the XML has
 *        no way to say it).
 * @param[out] out the new document, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_add_document(congdoan_corpus *corpus, const char *id, congdoan_document_kind kind,
                                              const congdoan_document **out);

/**
 * Set the kind (not CONGDOAN_DOCUMENT_UNKNOWN). A number with another kind code is only a warning of congdoan_corpus_check(). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_kind(congdoan_corpus *corpus, const congdoan_document *doc,
                                            congdoan_document_kind kind);

/**
 * Set the number (số và ký hiệu), or clear it with NULL. It must be readable by
 * congdoan_docnumber_parse() (CONGDOAN_EPARSE otherwise) and written as it is in a file: no
 * "Số:", no spaces, '-' as the dash, the letter of a serial in lower case
 * (CONGDOAN_EINVAL otherwise, with the expected form in the message).
 * On NULL: returns CONGDOAN_EINVAL (`number` may be NULL).
 * @return 0, CONGDOAN_EPARSE, CONGDOAN_EINVAL, CONGDOAN_EENCODING or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_document_set_number(congdoan_corpus *corpus, const congdoan_document *doc,
                                              const char *number);

/**
 * Set the title (trích yếu), or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`title` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_title(congdoan_corpus *corpus, const congdoan_document *doc, const char *title);

/**
 * Set the issuing unit's id, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`issuer_id` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_issuer_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *issuer_id);

/**
 * Set the issuing body's or department's id, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`body_id` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_issuing_body_id(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       const char *body_id);

/**
 * Set the date of issue (year*10000 + month*100 + day), or clear it with 0. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_issued(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd);

/**
 * Set the date it takes effect, or clear it with 0. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_effective(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd);

/**
 * Set the place of issue, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`place` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_place(congdoan_corpus *corpus, const congdoan_document *doc, const char *place);

/**
 * Set the field (lĩnh vực), or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`field` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_field(congdoan_corpus *corpus, const congdoan_document *doc, const char *field);

/**
 * Set the signer: name, position and capacity ("TM. Ban Thường vụ"); position and capacity
 * may be NULL. A NULL name clears the signer (position and capacity must then be NULL too).
 * On NULL: returns CONGDOAN_EINVAL (`name`, `position` and `capacity` may be NULL).
 * @return 0 or an error code.
 */
CONGDOAN_API int congdoan_document_set_signer(congdoan_corpus *corpus, const congdoan_document *doc, const char *name,
                                              const char *position, const char *capacity);

/**
 * Add a relation to another document, after the others.
 * @param corpus the corpus it works on.
 * @param doc the document to change.
 * @param type the relation type.
 * @param target_id the target's document id, or NULL.
 * @param number the target's number, or NULL; checked as congdoan_document_set_number() checks.
 *        At least one of target_id and number is needed.
 * @param date_ymd the target's date of issue, or 0.
 * @param text the words naming the target in the document, or NULL (blank text means none).
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EPARSE, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`target_id`, `number` and `text` may be NULL).
 */
CONGDOAN_API int congdoan_document_add_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                congdoan_relation_type type, const char *target_id, const char *number,
                                                int date_ymd, const char *text);

/**
 * Add a recipient (Nơi nhận), after the others.
 * @param corpus the corpus it works on.
 * @param doc the document to change.
 * @param text the recipient as printed (required, non-blank). @param unit_id its unit, or NULL.
 * @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`unit_id` may be NULL).
 */
CONGDOAN_API int congdoan_document_add_recipient(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *text, const char *unit_id);

/**
 * Say that the document asks for reports (congdoan_document_has_reporting() becomes 1), to
 * whom (NULL: the issuer) and how often (CONGDOAN_PERIOD_NONE when it does not say;
 * CONGDOAN_PERIOD_DAY is refused). Deadlines and reporters are kept.
 * On NULL: returns CONGDOAN_EINVAL (`to_id` may be NULL).
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_reporting(congdoan_corpus *corpus, const congdoan_document *doc,
                                                 const char *to_id, congdoan_period_kind frequency);

/**
 * Add the date by which the report for a period is due (one per period; CONGDOAN_EEXISTS for a
 * second). The document then asks for reports (as congdoan_document_set_reporting()).
 * @param corpus the corpus it works on.
 * @param doc the document to change.
 * @param period a period code ("2025-H1"; not a day). @param date_ymd a date (not 0).
 * @return 0, CONGDOAN_EPARSE, CONGDOAN_EINVAL, CONGDOAN_EEXISTS or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_add_deadline(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *period, int date_ymd);

/**
 * Name a unit that must report on the document, after the others (CONGDOAN_EEXISTS when it is
 * named already). The document then asks for reports (as congdoan_document_set_reporting()).
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_document_add_reporter(congdoan_corpus *corpus, const congdoan_document *doc,
                                                const char *unit_id);

/**
 * Add a section at the end of the document's top-level sections (`parent` NULL) or at the end
 * of the items of `parent`, a section of the same document.
 * @param corpus the corpus it works on.
 * @param doc the document to change.
 * @param parent the section to add it to, or NULL for a part at the top of the document.
 * @param id the section's id, unique in the document among section, task and indicator ids, or NULL.
 * @param number the label as printed ("II.", "3.1.", "-"), or NULL.
 * @param title the heading, or NULL.
 * @param[out] out the new section, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT (nested
 *         deeper than the corpus's depth limit lets the document be read back) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`parent`, `id`, `number`, `title` and `out` may be NULL).
 */
CONGDOAN_API int congdoan_document_add_section(congdoan_corpus *corpus, const congdoan_document *doc,
                                               const congdoan_section *parent, const char *id, const char *number,
                                               const char *title, const congdoan_section **out);

/**
 * Set a section's label, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`number` may be NULL).
 */
CONGDOAN_API int congdoan_section_set_number(congdoan_corpus *corpus, const congdoan_section *section,
                                             const char *number);

/**
 * Set a section's heading, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`title` may be NULL).
 */
CONGDOAN_API int congdoan_section_set_title(congdoan_corpus *corpus, const congdoan_section *section,
                                            const char *title);

/**
 * Add a paragraph (required, non-blank text) at the end of a section's items. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_section_add_paragraph(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *text);

/**
 * Add a task at the end of a section's items. It also joins the document's list of tasks
 * (congdoan_document_task()) at its place in document order, the order of a walk of the
 * sections (each section's items in turn, a subsection's items before the items after it):
 * adding a task to an earlier section after later ones have tasks inserts it before theirs.
 * @param corpus the corpus it works on.
 * @param section the section to add it to.
 * @param id the task id, unique in the document among section, task and indicator ids.
 * @param text the task as written (required, non-blank).
 * @param[out] out the new task, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or
 *         CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_section_add_task(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                           const char *text, const congdoan_task **out);

/**
 * Add an indicator at the end of a section's items; it joins the document's list of
 * indicators at its place in document order, as tasks do (congdoan_section_add_task()).
 *
 * The target is checked against the measure: 0 or more, and at most 100 for a percentage or a
 * share of units. A range (CONGDOAN_COMPARATOR_RANGE) starts without its upper bound and a
 * share of units (CONGDOAN_MEASURE_SHARE_OF_UNITS) without its condition: set them with
 * congdoan_indicator_set_target_max() (or congdoan_indicator_set_range()) and
 * congdoan_indicator_set_condition_grade() before the document is written.
 *
 * @param corpus the corpus it works on.
 * @param section the section to add it to.
 * @param measure what the indicator measures.
 * @param comparator how the figure is compared with the target.
 * @param target the target.
 * @param id the indicator id, unique in the document among section, task and indicator ids.
 * @param text the indicator as written (required, non-blank).
 * @param[out] out the new indicator, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or
 *         CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_section_add_indicator(congdoan_corpus *corpus, const congdoan_section *section,
                                                const char *id, congdoan_measure measure,
                                                congdoan_comparator comparator, double target, const char *text,
                                                const congdoan_indicator **out);

/* ---- tasks ---------------------------------------------------------------------------------- */

/**
 * Set the text of a task (required, non-blank). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_task_set_text(congdoan_corpus *corpus, const congdoan_task *task, const char *text);

/**
 * Set the lead unit's id, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`lead_id` may be NULL).
 */
CONGDOAN_API int congdoan_task_set_lead_id(congdoan_corpus *corpus, const congdoan_task *task, const char *lead_id);

/**
 * Set the due time.
 * @param corpus the corpus it works on.
 * @param task the task.
 * @param code the due time as coded in the XML: a period or a date ("2025", "2025-H1",
 *        "2025-06-30"), "ongoing", or a recurrence ("yearly", "yearly:12-15", "quarterly:15" …);
 *        NULL for none. CONGDOAN_EPARSE when it does not parse.
 * @param text the due time as the document words it ("đến năm 2025"), or NULL.
 * @return 0, CONGDOAN_EPARSE or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`code` and `text` may be NULL).
 */
CONGDOAN_API int congdoan_task_set_due(congdoan_corpus *corpus, const congdoan_task *task, const char *code,
                                       const char *text);

/**
 * Add a coordinating entry (phối hợp), after the others: a unit id, words describing the
 * coordinators ("các ban, đơn vị liên quan"), or both. Without a unit id the text is required
 * (non-blank); with one, blank text means none.
 * On NULL: returns CONGDOAN_EINVAL (`unit_id` and `text` may be NULL).
 * @return 0 or an error code.
 */
CONGDOAN_API int congdoan_task_add_coordinator(congdoan_corpus *corpus, const congdoan_task *task,
                                               const char *unit_id, const char *text);

/* ---- indicators ----------------------------------------------------------------------------- */

/**
 * Set the text of an indicator (required, non-blank). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_text(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *text);

/**
 * Set the measure. The target (and target-max) must suit it: CONGDOAN_EINVAL for a percentage
 * or share-of-units measure while the target is above 100. Changing to another measure than
 * share of units drops the condition (congdoan_indicator_condition_grade() becomes
 * CONGDOAN_GRADE_NONE); changing to share of units leaves the condition to be set.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                congdoan_measure measure);

/**
 * Set the comparator. Changing from a range to another comparator drops the upper bound;
 * changing to a range leaves the upper bound to be set (congdoan_indicator_set_target_max()),
 * or use congdoan_indicator_set_range() to set all three at once.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_comparator(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   congdoan_comparator comparator);

/**
 * Set the target (the lower bound of a range): 0 or more, at most 100 for a percentage or share
 * of units, and not above the upper bound of a range.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_target(congdoan_corpus *corpus, const congdoan_indicator *ind, double target);

/**
 * Set the upper bound of a range target: the comparator must be CONGDOAN_COMPARATOR_RANGE, and
 * the bound at least the target (and at most 100 for a percentage or share of units). To drop
 * it, change the comparator.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_target_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   double target_max);

/**
 * Make the target a range from `target` to `target_max` (both included): sets the comparator to
 * CONGDOAN_COMPARATOR_RANGE and both bounds, checked as the other setters check them.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_range(congdoan_corpus *corpus, const congdoan_indicator *ind, double target,
                                              double target_max);

/**
 * Set the baseline figure (finite; any sign). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 double baseline);

/**
 * Remove the baseline (congdoan_indicator_baseline() then answers CONGDOAN_ENOTFOUND). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_clear_baseline(congdoan_corpus *corpus, const congdoan_indicator *ind);

/**
 * Set the period of the target ("2025", "2025-H1"; not a day), or clear it with NULL. @return 0, CONGDOAN_EPARSE or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`period` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_period(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *period);

/**
 * Set the owner unit's id, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`owner_id` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_owner_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *owner_id);

/**
 * Set the level of the units it is measured over, or CONGDOAN_LEVEL_UNKNOWN for any. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_scope_level(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    congdoan_level level);

/**
 * Set the sectors it is measured over, as congdoan_indicator_scope_sectors() gives them: a bit
 * set of (1 << CONGDOAN_SECTOR_x); 0 for any. Other bits are refused.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_scope_sectors(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                      int sectors);

/**
 * Set the condition of a share-of-units indicator: the minimum classification a unit needs to
 * count. Only share-of-units indicators take one (CONGDOAN_EINVAL otherwise);
 * CONGDOAN_GRADE_NONE clears it.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_condition_grade(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        congdoan_grade grade);

/**
 * Set what is counted ("đoàn viên"), or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`unit_of_measure` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                        const char *unit_of_measure);

/**
 * Set the indicator of another document that this one refines, by ids; both NULL clears it.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0 or CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_refines(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *document_id, const char *indicator_id);

/* ---- reports -------------------------------------------------------------------------------- */

/**
 * Add a report, after the others.
 * @param corpus the corpus it works on.
 * @param id a new report id. @param unit_id the reporting unit. @param document_id the document
 *        reported against. @param period the period reported on ("2025-H1"; not a day).
 * @param[out] out the new report, borrowed from the corpus; may be NULL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EPARSE, CONGDOAN_EEXISTS or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_add_report(congdoan_corpus *corpus, const char *id, const char *unit_id,
                                            const char *document_id, const char *period,
                                            const congdoan_report **out);

/**
 * Set the submission date, or clear it with 0. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_report_set_submitted(congdoan_corpus *corpus, const congdoan_report *report, int date_ymd);

/**
 * Set the note, or clear it with NULL. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`note` may be NULL).
 */
CONGDOAN_API int congdoan_report_set_note(congdoan_corpus *corpus, const congdoan_report *report, const char *note);

/**
 * Set the plain figure reported for an indicator and coverage.
 *
 * The report keeps one entry per indicator and coverage (the first, when a loaded file gave
 * two): this sets the entry's plain figure, replacing one there, or adds an entry after the
 * others. An entry may hold a plain figure, a fraction (congdoan_report_set_fraction()) or both,
 * as in the XML; each function replaces only its own part. When the report's document is in the
 * corpus, the indicator must be one of it (CONGDOAN_ENOTFOUND otherwise), and the figure of a
 * percentage or share-of-units indicator must be from 0 to 100.
 *
 * @param corpus the corpus it works on.
 * @param report the report.
 * @param indicator_id the id of an indicator of the report's document.
 * @param value the figure, in the indicator's terms.
 * @param coverage CONGDOAN_COVERAGE_SELF or CONGDOAN_COVERAGE_SUBTREE.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_ENOTFOUND or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_report_set_value(congdoan_corpus *corpus, const congdoan_report *report,
                                           const char *indicator_id, double value, congdoan_coverage coverage);

/**
 * Set the numerator and denominator reported for an indicator and coverage (see
 * congdoan_report_set_value()). Both must be 0 or more, and the denominator not 0.
 * On NULL: returns CONGDOAN_EINVAL.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_ENOTFOUND or CONGDOAN_ENOMEM.
 */
CONGDOAN_API int congdoan_report_set_fraction(congdoan_corpus *corpus, const congdoan_report *report,
                                              const char *indicator_id, double numerator, double denominator,
                                              congdoan_coverage coverage);

/**
 * Set the status reported for a task, with a note (NULL or blank: none): replaces the status
 * of that task (the first, when a loaded file gave two) or adds one after the others. When the
 * report's document is in the corpus, the task must be one of it (CONGDOAN_ENOTFOUND otherwise).
 * (1.2: the report's own status of the task; congdoan_report_set_unit_task_status() sets another
 * unit's, or an empty slot.)
 * @param corpus the corpus it works on.
 * @param report the report.
 * @param task_id the id of a task of the report's document.
 * @param note what the unit reports about it (the results), or NULL.
 * @param status not CONGDOAN_TASK_STATUS_NONE.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_ENOTFOUND or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`note` may be NULL).
 */
CONGDOAN_API int congdoan_report_set_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *task_id, congdoan_task_status status, const char *note);

/* ---- vocabulary 1.2 --------------------------------------------------------------------------- */
/*
 * The additions of vocabulary 1.2 (lib/schema/REFERENCE.md, items marked 1.2), under the rules
 * at the top. Provenance (`<source>`) is set with the words read and where they stand: `words`
 * NULL removes it; `file` may be NULL; `line` and `column` are 1-based, 0 for unknown.
 */

/**
 * Set the kind of an organisation above the grassroots (CONGDOAN_ORG_KIND_NONE clears it). @return 0
 * or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_unit_set_org_kind(congdoan_corpus *corpus, const congdoan_unit *unit, congdoan_org_kind kind);

/**
 * Add a group of units (cụm, khối thi đua). Its id is a unit id (unique among units); its name,
 * short name and organising unit are set with congdoan_unit_set_name(), _set_short_name() and
 * _set_parent_id() (a group is never attached in the hierarchy).
 * @param corpus the corpus it is added to.
 * @param id the group's id.
 * @param kind not CONGDOAN_GROUP_NONE.
 * @param name required, non-blank.
 * @param[out] out the new group, or NULL (may be NULL); borrowed from the corpus.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS, CONGDOAN_EENCODING, CONGDOAN_ELIMIT or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL (`out` may be NULL).
 */
CONGDOAN_API int congdoan_corpus_add_group(congdoan_corpus *corpus, const char *id, congdoan_group_kind kind,
                                           const char *name, const congdoan_unit **out);
/**
 * Set the kind of a group (not CONGDOAN_GROUP_NONE). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_group_set_kind(congdoan_corpus *corpus, const congdoan_unit *group, congdoan_group_kind kind);
/**
 * Add a member (a unit id) after the others; CONGDOAN_EEXISTS when it is one already. @return 0 or an
 * error code.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_group_add_member(congdoan_corpus *corpus, const congdoan_unit *group, const char *unit_id);
/** Remove the i-th member. @return 0 or CONGDOAN_EINVAL (i out of range). On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_group_remove_member(congdoan_corpus *corpus, const congdoan_unit *group, size_t i);

/**
 * Set the issuer as printed (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`text` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_issuer_text(congdoan_corpus *corpus, const congdoan_document *doc,
                                                   const char *text);
/**
 * Set the author as printed (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`author` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_author(congdoan_corpus *corpus, const congdoan_document *doc, const char *author);
/** Set the publication date (0 clears). @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_document_set_published(congdoan_corpus *corpus, const congdoan_document *doc, int date_ymd);
/**
 * Add a relation to a document named by its title, without a number ("Đề cương báo cáo"),
 * after the others.
 * @param corpus the corpus it works on.
 * @param doc the document that refers.
 * @param type how it refers (CONGDOAN_RELATION_REFERS_TO for a neutral mention).
 * @param title the referred document's title, required, non-blank.
 * @param date_ymd its date, or 0.
 * @param text the words of the reference, or NULL.
 * @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`text` may be NULL).
 */
CONGDOAN_API int congdoan_document_add_titled_relation(congdoan_corpus *corpus, const congdoan_document *doc,
                                                       congdoan_relation_type type, const char *title, int date_ymd,
                                                       const char *text);
/**
 * Set the title of the i-th relation (NULL clears it, refused when the relation would be left
 * with neither document, number nor title). @return 0, CONGDOAN_EINVAL or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`title` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_relation_title(congdoan_corpus *corpus, const congdoan_document *doc, size_t i,
                                                      const char *title);
/**
 * Set the department or body reports go through (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`via_id` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_reporting_via(congdoan_corpus *corpus, const congdoan_document *doc,
                                                     const char *via_id);
/**
 * Set which indicators the i-th reporter reports: `count` indicator ids, distinct (0: every
 * indicator, the list removed). @return 0, CONGDOAN_EINVAL, CONGDOAN_EEXISTS (an id twice) or
 * CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_reporter_indicators(congdoan_corpus *corpus, const congdoan_document *doc,
                                                           size_t i, const char *const *indicator_ids, size_t count);
/**
 * Set the coverage the i-th reporter reports at (0: not said). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_document_set_reporter_coverage(congdoan_corpus *corpus, const congdoan_document *doc,
                                                         size_t i, int coverage);
/**
 * Set the document's provenance (see the top of this part). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_source(congdoan_corpus *corpus, const congdoan_document *doc, const char *file,
                                              int line, int column, const char *words);
/**
 * Set where the signature block was read (see the top of this part). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_signer_source(congdoan_corpus *corpus, const congdoan_document *doc,
                                                     const char *file, int line, int column, const char *words);
/**
 * Set where the i-th relation was read (see the top of this part). @return 0, CONGDOAN_EINVAL
 * (also when there is no relation i) or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_relation_source(congdoan_corpus *corpus, const congdoan_document *doc, size_t i,
                                                       const char *file, int line, int column, const char *words);
/**
 * Set where the i-th recipient was read (see the top of this part). @return 0, CONGDOAN_EINVAL
 * (also when there is no recipient i) or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_document_set_recipient_source(congdoan_corpus *corpus, const congdoan_document *doc,
                                                        size_t i, const char *file, int line, int column,
                                                        const char *words);
/**
 * Set where the section's heading was read (see the top of this part). @return 0 or an error
 * code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_section_set_source(congdoan_corpus *corpus, const congdoan_section *section,
                                             const char *file, int line, int column, const char *words);

/**
 * Set the direction of a target or about indicator (0 clears: higher). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_direction(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                  int direction);
/**
 * Set the top of the scale of a score (greater than 0). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_indicator_set_score_max(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                  double score_max);
/**
 * Set the currency of a money indicator (three capital letters; NULL clears: VND). @return 0 or
 * CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL (`currency` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_currency(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                 const char *currency);
/**
 * Set the period as printed (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`text` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_period_text(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                    const char *text);
/**
 * Set the deadline for reaching the target: a period code or a date (NULL clears). @return 0 or
 * CONGDOAN_EPARSE.
 * On NULL: returns CONGDOAN_EINVAL (`by` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_by(congdoan_corpus *corpus, const congdoan_indicator *ind, const char *by);
/**
 * Set the activity measured (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`subject` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_subject(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                const char *subject);
/**
 * Set the indicator of the same document it is a part of (NULL clears; not itself). @return 0 or
 * CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL (`indicator_id` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_part_of_id(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *indicator_id);
/**
 * Add a population (a scope in words) after the others.
 * @param corpus the corpus it works on.
 * @param ind the indicator.
 * @param text its words, required. @param of what it is made of, or NULL.
 * @param measure what its threshold counts, or NULL for none (then comparator must be 0).
 * @param comparator the threshold's: at-least, more-than, at-most, less-than or exactly.
 * @param value the threshold's number.
 * @return 0, CONGDOAN_EINVAL or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`of`, `measure` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_add_population(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                                   const char *text, const char *of, const char *measure,
                                                   congdoan_comparator comparator, double value);
/** Remove the i-th population. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_indicator_remove_population(congdoan_corpus *corpus, const congdoan_indicator *ind, size_t i);
/**
 * Set the indicator's provenance. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_indicator_set_source(congdoan_corpus *corpus, const congdoan_indicator *ind,
                                               const char *file, int line, int column, const char *words);

/**
 * Set the lead as printed (NULL clears). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`text` may be NULL).
 */
CONGDOAN_API int congdoan_task_set_lead_text(congdoan_corpus *corpus, const congdoan_task *task, const char *text);
/**
 * Make a class of units lead the task: their level (CONGDOAN_LEVEL_UNKNOWN removes the class),
 * kinds (bits 1 << congdoan_org_kind; 0 every kind) and sectors (bits 1 << congdoan_sector; 0
 * every sector). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_task_set_lead_class(congdoan_corpus *corpus, const congdoan_task *task, congdoan_level level,
                                              int kinds, int sectors);
/**
 * Add a class of units as a coordinator (and its words, or NULL), after the others. @return 0 or an
 * error code.
 * On NULL: returns CONGDOAN_EINVAL (`text` may be NULL).
 */
CONGDOAN_API int congdoan_task_add_coordinator_class(congdoan_corpus *corpus, const congdoan_task *task,
                                                     congdoan_level level, int kinds, int sectors, const char *text);
/**
 * Add a milestone: a due time (coded as a task's, required), its words (or NULL) and the words it
 * dates (required). @return 0, CONGDOAN_EPARSE, CONGDOAN_EINVAL or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`due_text` may be NULL).
 */
CONGDOAN_API int congdoan_task_add_milestone(congdoan_corpus *corpus, const congdoan_task *task, const char *due_code,
                                             const char *due_text, const char *text);
/** Remove the i-th milestone. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_task_remove_milestone(congdoan_corpus *corpus, const congdoan_task *task, size_t i);
/**
 * Set the task's provenance. @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`file`, `words` may be NULL).
 */
CONGDOAN_API int congdoan_task_set_source(congdoan_corpus *corpus, const congdoan_task *task, const char *file,
                                          int line, int column, const char *words);

/**
 * Add a result (a figure stated as achieved) at the end of the items of a section. It starts as
 * an empty slot: set its figure with congdoan_result_set_number(CONGDOAN_RESULT_VALUE).
 * @param corpus the corpus it works on.
 * @param section the section it is added to.
 * @param id unique in the document among section, task, indicator and result ids, or NULL.
 * @param text its words, required.
 * @param[out] out the new result, or NULL (may be NULL); borrowed from the corpus.
 * @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL (`id`, `out` may be NULL).
 */
CONGDOAN_API int congdoan_section_add_result(congdoan_corpus *corpus, const congdoan_section *section, const char *id,
                                             const char *text, const congdoan_result **out);
/**
 * Add a result to a report, after its other results; as congdoan_section_add_result().
 * On NULL: returns CONGDOAN_EINVAL (`id`, `out` may be NULL).
 */
CONGDOAN_API int congdoan_report_add_result(congdoan_corpus *corpus, const congdoan_report *report, const char *id,
                                            const char *text, const congdoan_result **out);

/** The numbers of a result that congdoan_result_set_number() sets. */
typedef enum congdoan_result_number {
    /** The figure (absent: an empty slot). */
    CONGDOAN_RESULT_VALUE = 1,
    /** The whole it is of ("13/13"). */
    CONGDOAN_RESULT_OF = 2,
    /** The printed share of the whole, per cent (0–100). */
    CONGDOAN_RESULT_SHARE = 3,
    /** The printed achievement rate, per cent (0 or more). */
    CONGDOAN_RESULT_STATED_RATE = 4,
    /** By how much the target was exceeded, per cent (0 or more). */
    CONGDOAN_RESULT_OVER_TARGET = 5,
    /** The top of the scale of a score (greater than 0). */
    CONGDOAN_RESULT_SCORE_MAX = 6
} congdoan_result_number;

/** Set one of the numbers of a result. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_number(congdoan_corpus *corpus, const congdoan_result *result,
                                            congdoan_result_number which, double value);
/** Remove one of the numbers of a result. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_clear_number(congdoan_corpus *corpus, const congdoan_result *result,
                                              congdoan_result_number which);
/** Set the words of a result (required). @return 0 or an error code. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_text(congdoan_corpus *corpus, const congdoan_result *result, const char *text);
/**
 * Set the measure: count, percentage, average, money or score. @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                             congdoan_measure measure);
/** Set the counted noun (NULL clears). @return 0 or an error code. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_unit_of_measure(congdoan_corpus *corpus, const congdoan_result *result,
                                                     const char *noun);
/**
 * Set how the figure is qualified: exactly, about, more-than, less-than, at-least, at-most. @return 0
 * or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                congdoan_comparator comparator);
/**
 * Set the period code (a period, span or term; NULL clears). @return 0 or CONGDOAN_EPARSE.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_period(congdoan_corpus *corpus, const congdoan_result *result, const char *period);
/** Set the period as printed (NULL clears). @return 0 or an error code. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_period_text(congdoan_corpus *corpus, const congdoan_result *result,
                                                 const char *text);
/** Mark an estimate (dự ước), 1 or 0. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_estimate(congdoan_corpus *corpus, const congdoan_result *result, int estimate);
/** Mark a running total (nâng tổng số lên), 1 or 0. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_cumulative(congdoan_corpus *corpus, const congdoan_result *result, int cumulative);
/**
 * Set how the excess over the target is qualified (exactly, more-than, about). @return 0 or
 * CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_over_target_comparator(congdoan_corpus *corpus, const congdoan_result *result,
                                                            congdoan_comparator comparator);
/**
 * Name the indicator the result answers (both NULL clear). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_indicator(congdoan_corpus *corpus, const congdoan_result *result,
                                               const char *document_id, const char *indicator_id);
/** Set the unit the figure is about (NULL clears). @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_unit_id(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *unit_id);
/** Set the activity (NULL clears). @return 0 or an error code. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_subject(congdoan_corpus *corpus, const congdoan_result *result,
                                             const char *subject);
/**
 * Set the result it is a part of (NULL clears; not itself). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_part_of_id(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *result_id);
/**
 * Set the currency of a money result (NULL clears: VND). @return 0 or CONGDOAN_EINVAL.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_set_currency(congdoan_corpus *corpus, const congdoan_result *result,
                                              const char *currency);
/**
 * Add a population, as congdoan_indicator_add_population(). @return 0 or an error code.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_result_add_population(congdoan_corpus *corpus, const congdoan_result *result,
                                                const char *text, const char *of, const char *measure,
                                                congdoan_comparator comparator, double value);
/** Remove the i-th population. @return 0 or CONGDOAN_EINVAL. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_remove_population(congdoan_corpus *corpus, const congdoan_result *result, size_t i);
/** Set the result's provenance. @return 0 or an error code. On NULL: returns CONGDOAN_EINVAL. */
CONGDOAN_API int congdoan_result_set_source(congdoan_corpus *corpus, const congdoan_result *result, const char *file,
                                            int line, int column, const char *words);

/**
 * Add an empty slot for an indicator at a coverage (no figure: `<value indicator="x"/>`, with
 * `coverage="subtree"` for CONGDOAN_COVERAGE_SUBTREE): what a report form holds before it is
 * filled. Nothing happens when the report has an entry for (indicator, coverage) already.
 * @return 0, CONGDOAN_EINVAL (a coverage out of range too), CONGDOAN_ENOTFOUND (the report's
 *         document is in the corpus and has no such indicator) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_report_add_empty_value(congdoan_corpus *corpus, const congdoan_report *report,
                                                 const char *indicator_id, congdoan_coverage coverage);
/**
 * Set the status a unit reports for a task, keyed by (task, unit): replaces that unit's status
 * of the task or adds one after the others.
 * @param corpus the corpus it works on.
 * @param report the report.
 * @param task_id the id of a task of the report's document.
 * @param unit_id the unit, or NULL for the report's own unit (written without `unit`).
 * @param status CONGDOAN_TASK_STATUS_NONE for an empty slot.
 * @param completed_ymd the completion date of a done status, or 0 (refused for other statuses).
 * @param note NULL or blank: none.
 * @return 0, CONGDOAN_EINVAL, CONGDOAN_ENOTFOUND or another error code.
 * On NULL: returns CONGDOAN_EINVAL (`unit_id`, `note` may be NULL).
 */
CONGDOAN_API int congdoan_report_set_unit_task_status(congdoan_corpus *corpus, const congdoan_report *report,
                                                      const char *task_id, const char *unit_id,
                                                      congdoan_task_status status, int completed_ymd,
                                                      const char *note);

CONGDOAN_END_DECL

#endif /* CONGDOAN_EDIT_H */
