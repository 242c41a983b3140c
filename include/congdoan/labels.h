/*
 * libcongdoan — Vietnamese words for the values of the library's enums, periods, due times and
 * numbers, as union documents write them.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_LABELS_H
#define CONGDOAN_LABELS_H

#include "common.h"
#include "cascade.h"
#include "indicator.h"
#include "progress.h"
#include "report.h"
#include "task.h"
#include "tasks.h"
#include "unit.h"

/**
 * @file congdoan/labels.h
 * @brief Vietnamese labels for what the library answers: levels, sectors, classifications,
 * statuses, due times, periods, and numbers written with a decimal comma and thousands grouped
 * by dots (1.810; 98,5).
 *
 * The `*_name()` functions of the other headers give the stable English names of the XML
 * vocabulary (for files and machine-readable output); the `*_label()` functions below give the
 * words a union office reads, in lower case unless the words are a proper name (`Ban Chấp
 * hành`), so that they can stand in a sentence or a table cell. Every label is a static
 * string: never free it. A value without a label (out of range) gives NULL.
 */

CONGDOAN_BEGIN_DECL

/** The level: "cấp trung ương", "cấp tỉnh, ngành trung ương", "cấp trên trực tiếp cơ sở", "cấp cơ sở"; NULL for CONGDOAN_LEVEL_UNKNOWN. */
CONGDOAN_API const char *congdoan_level_label(congdoan_level level);
/** The level in a few words for a table column: "trung ương", "tỉnh, ngành", "trên cơ sở", "cơ sở". */
CONGDOAN_API const char *congdoan_level_abbreviation(congdoan_level level);
/**
 * The units of a level as the programmes name them ("100% CĐCS …"): "Tổng Liên đoàn", "LĐLĐ
 * tỉnh, công đoàn ngành trung ương", "công đoàn cấp trên trực tiếp cơ sở", "CĐCS"; NULL for
 * CONGDOAN_LEVEL_UNKNOWN.
 */
CONGDOAN_API const char *congdoan_level_noun(congdoan_level level);
/** The sector of a grassroots union: "khu vực hành chính, sự nghiệp", "doanh nghiệp nhà nước", "doanh nghiệp ngoài nhà nước"; NULL for none. */
CONGDOAN_API const char *congdoan_sector_label(congdoan_sector sector);
/** The sector as the documents abbreviate it: "HCSN", "DNNN", "DN ngoài NN". */
CONGDOAN_API const char *congdoan_sector_abbreviation(congdoan_sector sector);
/** A classification (xếp loại): "hoàn thành xuất sắc nhiệm vụ" … "không hoàn thành nhiệm vụ"; NULL for none. */
CONGDOAN_API const char *congdoan_grade_label(congdoan_grade grade);
/** A classification as the documents abbreviate it: "HTXSNV", "HTTNV", "HTNV", "KHTNV". */
CONGDOAN_API const char *congdoan_grade_abbreviation(congdoan_grade grade);
/** The kind of a unit: "tổ chức công đoàn", "ban, văn phòng", "cơ quan lãnh đạo". */
CONGDOAN_API const char *congdoan_unit_kind_label(congdoan_unit_kind kind);
/** A leading body: "Ban Chấp hành", "Đoàn Chủ tịch", "Ban Thường vụ", "Ủy ban Kiểm tra"; NULL for none. */
CONGDOAN_API const char *congdoan_body_kind_label(congdoan_body_kind kind);
/** A relation between documents: "thực hiện", "căn cứ", "cụ thể hóa", "sửa đổi", "thay thế", "sơ kết, tổng kết". */
CONGDOAN_API const char *congdoan_relation_type_label(congdoan_relation_type type);
/** A measure: "số lượng", "tỷ lệ phần trăm", "bình quân", "tỷ lệ đơn vị đạt xếp loại", "số tiền", "số điểm". */
CONGDOAN_API const char *congdoan_measure_label(congdoan_measure measure);
/**
 * A comparator: "trở lên" (at least), "không quá" (at most), "bằng" (exactly), "trong khoảng" (a
 * range), "trên" (more than), "dưới" (less than), "khoảng" (about), "từ khoảng … trở lên" (a
 * range or more), "phấn đấu" (a target).
 */
CONGDOAN_API const char *congdoan_comparator_label(congdoan_comparator comparator);
/**
 * A comparator as the symbol written before a figure: "≥" (at least), "≤" (at most), "="
 * (exactly), ">" (more than), "<" (less than), "≈" (about), "–" (between the two figures of a
 * range, with or without "trở lên"); a target without comparator has no symbol and gives its
 * label, "phấn đấu". (congdoan_comparator_ascii() gives the ASCII notation of extraction answers.)
 */
CONGDOAN_API const char *congdoan_comparator_abbreviation(congdoan_comparator comparator);
/** The status of a task: "chưa triển khai", "đang thực hiện", "hoàn thành", "không thực hiện"; "chưa báo cáo" for CONGDOAN_TASK_STATUS_NONE. */
CONGDOAN_API const char *congdoan_task_status_label(congdoan_task_status status);
/** The verdict on an indicator: "đạt", "chưa đạt", "chưa có số liệu", "không cộng được", "vượt" (above a range). */
CONGDOAN_API const char *congdoan_eval_status_label(congdoan_eval_status status);
/** How a unit reported: "đúng hạn", "muộn", "chưa nộp", "đã nhận" (no deadline). */
CONGDOAN_API const char *congdoan_submission_label(congdoan_submission submission);
/** Where a figure comes from: "cộng từ các báo cáo", "tổng do đơn vị báo cáo", "từ xếp loại các đơn vị"; NULL for none. */
CONGDOAN_API const char *congdoan_value_source_label(congdoan_value_source source);
/** How a lower target compares with the higher one: "không so sánh được", "tương xứng", "thấp hơn". */
CONGDOAN_API const char *congdoan_demand_label(congdoan_demand demand);
/** The kind of a due time: "có thời hạn", "định kỳ", "thường xuyên"; NULL for none. */
CONGDOAN_API const char *congdoan_due_kind_label(congdoan_due_kind kind);
/** A period kind as a frequency: "hằng năm", "6 tháng một lần", "hằng quý", "hằng tháng", "hằng ngày"; NULL for none. */
CONGDOAN_API const char *congdoan_frequency_label(congdoan_period_kind kind);
/** What a reported value covers: "riêng đơn vị", "toàn đơn vị và cấp dưới". */
CONGDOAN_API const char *congdoan_coverage_label(congdoan_coverage coverage);
/** The roles of a unit in a task (congdoan_role, combined with |): "chủ trì", "phối hợp", "chủ trì, phối hợp"; NULL for 0. */
CONGDOAN_API const char *congdoan_role_label(int roles);

/**
 * A period code in words: "2025" → "năm 2025", "2025-H1" → "6 tháng đầu năm 2025", "2025-Q3" →
 * "quý III/2025", "2025-06" → "tháng 6/2025", "2025-06-30" → "ngày 30/6/2025".
 * @param code a period code ("2025", "2025-H1", "2025-Q3", "2025-06", "2025-06-30").
 * @param[out] out the words, owned by the caller: release with congdoan_free(); NULL on failure.
 * @return 0, CONGDOAN_EINVAL (NULL), CONGDOAN_EPARSE (not a period code) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_period_label(const char *code, char **out);

/**
 * A task's due time in words: the period as congdoan_period_label() writes it ("quý II/2025"),
 * a recurrence as a frequency and its day ("hằng năm", "hằng năm, ngày 15/12", "hằng quý"), or
 * "thường xuyên" for an ongoing task.
 * @param task the task.
 * @param[out] out the words, owned by the caller: release with congdoan_free(); NULL when the
 *        task has no due time or on failure.
 * @return 0 (also for a task without due time, *out NULL), CONGDOAN_EINVAL (NULL task or out)
 *         or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_task_due_label(const congdoan_task *task, char **out);

/**
 * A number as Vietnamese writes it: thousands grouped by dots, a decimal comma, at most
 * `decimals` decimals (0 to 9) with the trailing zeros dropped: 1810 → "1.810", 98.5 → "98,5",
 * 13466 → "13.466", 1.0655 with 2 decimals → "1,07", -0.001 with 2 decimals → "0".
 * (congdoan_number_parse() reads all of these back.)
 * @param value the number.
 * @param decimals the most decimals to write (0 to 9).
 * @param[out] out the text, owned by the caller: release with congdoan_free(); NULL on failure.
 * @return 0, CONGDOAN_EINVAL (NULL out, decimals out of range, a value that is not finite or
 *         is beyond ±1e15) or CONGDOAN_ENOMEM.
 * On NULL: returns CONGDOAN_EINVAL.
 */
CONGDOAN_API int congdoan_number_format(double value, int decimals, char **out);

CONGDOAN_END_DECL

#endif /* CONGDOAN_LABELS_H */
