/*
 * libcongdoan — what the importer found in a document, before it goes into the model.
 * Never installed.
 *
 * The extraction (extract.c and the files beside it) fills a congdoan__found from the blocks of
 * a source; build.c maps it into the model (what the vocabulary can hold), and the import
 * dump of the tests renders it as the JSON of tests/data/corpus-dev/ANSWERS.md. Every item
 * keeps where it came from: a span of one block's text, from which the file, line, column and
 * the exact words follow (congdoan__found_where).
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_IMPORT_ITEMS_H
#define CONGDOAN_IMPORT_ITEMS_H

#include "import/source.h"

/* Bytes [start, end) of the text of block `block`. */
typedef struct congdoan__span {
    size_t block, start, end;
} congdoan__span;

/* No place in the text: an issue about the whole file. */
#define CONGDOAN__NOWHERE ((congdoan__span){(size_t)-1, 0, 0})

/* The comparator of a figure, in the order of ANSWERS.md's symbols. */
typedef enum congdoan__cmp {
    CONGDOAN__CMP_EQ = 0,        /* "=": a bare figure (phấn đấu 95%) */
    CONGDOAN__CMP_GE,            /* ">=": ít nhất, tối thiểu, trở lên */
    CONGDOAN__CMP_GT,            /* ">": trên, hơn, vượt */
    CONGDOAN__CMP_LE,            /* "<=": không quá, tối đa */
    CONGDOAN__CMP_LT,            /* "<": dưới */
    CONGDOAN__CMP_ABOUT,         /* "~": khoảng, gần */
    CONGDOAN__CMP_RANGE,         /* "range": 85 – 90% */
    CONGDOAN__CMP_RANGE_OR_MORE  /* "range" with trở lên: 50–60% trở lên */
} congdoan__cmp;

/* What a figure counts in. */
typedef enum congdoan__unit_kind {
    CONGDOAN__UNIT_COUNT = 0,  /* a number of things (the noun says which) */
    CONGDOAN__UNIT_PERCENT,
    CONGDOAN__UNIT_MONEY,      /* đồng */
    CONGDOAN__UNIT_SCORE       /* điểm: "97/100 điểm", "đạt 95 điểm" */
} congdoan__unit_kind;

typedef enum congdoan__figure_kind {
    CONGDOAN__FIGURE_TARGET = 0, /* to be reached (an indicator) */
    CONGDOAN__FIGURE_RESULT      /* reported as done */
} congdoan__figure_kind;

typedef struct congdoan__found_figure {
    congdoan__figure_kind kind;
    size_t section;           /* 1 + index in found->sections; 0: none */
    congdoan__span words;     /* the item's words */
    congdoan__span number;    /* the figure itself ("98% trở lên", "gần 4.450") */
    double value, value_max;
    int has_max;
    congdoan__unit_kind unit;
    congdoan_measure measure; /* count, percentage, average, share of units */
    congdoan__cmp cmp;
    const char *noun;         /* the counted thing ("đoàn viên", "CĐCS"), or NULL */
    const char *scope;        /* the words of the population, or NULL */
    const char *subject;      /* the activity measured ("kết nạp đoàn viên"), or NULL */
    congdoan_level scope_level;
    int scope_sectors;        /* bit (1 << congdoan_sector) */
    congdoan_grade grade;     /* share of units: the classification counted, at least */
    /* a threshold of the population: "doanh nghiệp có từ 25 lao động trở lên" */
    const char *threshold_text, *threshold_of, *threshold_measure;
    congdoan__cmp threshold_cmp;
    double threshold_value;
    int has_threshold;
    const char *period_text;  /* as written: "năm 2025", "hằng năm" */
    const char *period_code;  /* the model's code when one follows ("2025"), or NULL */
    const char *by_code;      /* the deadline it is to be reached by ("đến năm 2025": "2025"), or NULL */
    const char *average_per;  /* "CĐCS" of "bình quân mỗi CĐCS" */
    int estimate, cumulative;
    double of, rate, over_target; /* 13/13; đạt 103,96%; vượt 31% */
    int has_of, has_rate, has_over_target;
    int rate_is_share;        /* the rate is a share of a whole ("chiếm tỷ lệ 66,6%"), not against a target */
    congdoan__cmp over_target_cmp;
    double score_max;         /* the top of a score's scale ("97/100 điểm": 100) */
    int has_score_max;
    size_t part_of;           /* "trong đó": 1 + index in found->figures of the whole it is part of; 0: none */
} congdoan__found_figure;

typedef enum congdoan__lead_how {
    CONGDOAN__LEAD_NONE = 0,
    CONGDOAN__LEAD_STATED,    /* named in the task's own words */
    CONGDOAN__LEAD_HEADING,   /* named by the heading the task stands under */
    CONGDOAN__LEAD_ISSUER     /* the tasks of the document's issuer (NHIỆM VỤ TRỌNG TÂM) */
} congdoan__lead_how;

typedef struct congdoan__found_party {
    const char *text;         /* as printed */
    const char *unit_id;      /* the loaded unit it names, or NULL */
    congdoan_level class_level; /* a class of units (các LĐLĐ tỉnh, thành phố): their level, else 0 */
    int class_kinds;          /* and their kinds (bits 1 << congdoan_org_kind; 0: every kind) */
    congdoan__span where;
} congdoan__found_party;

typedef struct congdoan__found_task {
    size_t section;
    congdoan__span words;
    congdoan__lead_how lead_how;
    congdoan__found_party lead;
    congdoan__found_party *coordinators;
    size_t coordinator_count, coordinator_cap;
    const char *due_text;     /* as written ("trước ngày 30/7/2020"), or NULL */
    const char *due_code;     /* the model's due code ("2020-07-30", "2023", "yearly"), or NULL */
    congdoan__span due_where;
    int due_partial;          /* the due time dates only some of the words (a milestone) */
    congdoan__span dated;     /* then: the words it dates */
} congdoan__found_task;

typedef struct congdoan__found_relation {
    congdoan_relation_type type;
    int stated;               /* named in the document's opening (Thực hiện …, Căn cứ …) */
    const char *number;       /* normalised ("13-CT/TW"), or NULL for a document named without one */
    int number_valid;         /* the model can hold the number (congdoan_docnumber_parse) */
    int date;                 /* yyyymmdd or 0 */
    const char *title;        /* the words naming it */
    congdoan__span where;
} congdoan__found_relation;

typedef struct congdoan__found_section {
    size_t parent;            /* 1 + index, 0 for a top-level section */
    const char *label;        /* "II.", "1.", "-", or NULL */
    int style;                /* the label's style (structure.c) */
    const char *title;        /* the heading, or NULL */
    congdoan__span where;
    int targets, results, tasks, implement; /* what its heading says its items are */
    int situation;            /* a heading of the situation (ĐẶC ĐIỂM TÌNH HÌNH): its counts are status */
    const char *unit_text;    /* a heading that names a unit ("1. Ban Đối ngoại Tổng Liên đoàn") */
    const char *unit_id;
} congdoan__found_section;

/* A paragraph of the body: the text of a block (without its label) in a section. */
typedef struct congdoan__found_para {
    size_t section;
    size_t block;
    size_t start;             /* where the text starts after the label */
    int is_task;              /* taken whole as a task */
} congdoan__found_para;

typedef struct congdoan__found {
    congdoan__arena arena;
    const congdoan__source *src;
    /* metadata */
    congdoan_document_kind kind;
    int kind_from_content;    /* 0: from the saved page's header, or a guess */
    const char *genre;        /* "plan", "programme", "resolution", "report", "news", "letter" (ANSWERS.md) */
    const char *number;       /* normalised, or NULL */
    int number_valid;
    congdoan__span number_where;
    int issued, effective, published;
    congdoan__span issued_where, published_where;
    const char *place, *field;
    const char *issuer_text, *issuer_id, *body_text, *body_id;
    congdoan__span issuer_where;
    const char *signer_name, *signer_position, *signer_capacity;
    congdoan__span signer_where;
    const char *title;
    congdoan__span title_where;
    const char *subject;      /* the subject line under the number ("V/v báo cáo …" → "báo cáo …"), or NULL */
    congdoan__span subject_where;
    int formal;               /* the header has an own number or the national motto */
    int heading_kind;         /* a kind heading was read: 1, or 2 when it is CÔNG VĂN (whatever its kind) */
    int addressed;            /* the body opens with "Kính gửi: …" (read as recipients) */
    congdoan__span addressed_where;
    int letter;               /* an official letter (công văn): kind left unknown, genre "letter" (meta.c) */
    const char *author;       /* a news item's byline ("HÀ THU", "Tin, ảnh: Thu Hằng" → "Thu Hằng"), or NULL */
    congdoan__span author_where;
    const char *year;         /* the year the document is for, as a period code ("2025"), or NULL */
    congdoan__found_party *recipients;
    size_t recipient_count, recipient_cap;
    congdoan__found_relation *relations;
    size_t relation_count, relation_cap;
    congdoan__found_section *sections;
    size_t section_count, section_cap;
    congdoan__found_para *paras;
    size_t para_count, para_cap;
    congdoan__found_figure *figures;
    size_t figure_count, figure_cap;
    congdoan__found_task *tasks;
    size_t task_count, task_cap;
    size_t body_start;        /* the first block of the body */
    size_t body_end;          /* the first block after it (recipients, signature) */
    size_t gap_start, gap_end; /* blocks inside the body that are none of it: the recipients and
                               * signature of a document that issues another attached after them
                               * ("KẾ HOẠCH … (Ban hành kèm theo Quyết định …)"); empty when none */
    unsigned char *chrome;    /* per block: 1 for site chrome, a list of links to other pages
                               * (chrome.c); NULL when the text has none */
    size_t limit_hits;        /* rule searches stopped by PCRE2's limits */
} congdoan__found;

/* File, line, column and the exact words of a span (words borrowed from the source). */
typedef struct congdoan__where {
    const char *file;
    uint32_t line, column;
    const char *words;
    size_t len;
} congdoan__where;

congdoan__where congdoan__found_where(const congdoan__found *f, congdoan__span s);
void congdoan__found_free(congdoan__found *f);

#endif /* CONGDOAN_IMPORT_ITEMS_H */
