/*
 * Tasks: explicit assignments of work to a named unit.
 *
 * Under a heading of tasks (NHIỆM VỤ, GIẢI PHÁP, TỔ CHỨC THỰC HIỆN) every item is a task: its
 * lead is the unit its own words name ("Ban Đối ngoại chủ trì, phối hợp với …", "Đoàn Chủ tịch
 * tổ chức quán triệt …"), else the unit the heading above it names ("1. Ban Đối ngoại Tổng
 * Liên đoàn" over "- Chủ trì, phối hợp với …"), else the document's issuer, whose tasks the
 * section lists. In running text a task needs its marker: "X chủ trì", "X là đầu mối",
 * "giao X", "yêu cầu X", "X phối hợp với Y" (X leads; Y named, and X not merely going on with
 * what it does), or a named unit with a deadline ("… hoàn thành trước ngày 30/7/2020").
 * Requests to everyone ("các cấp ủy, chính quyền …", "các địa phương, đơn vị") and sentences
 * that describe what a unit does are not tasks.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MAX_COORDINATORS = 16,
    OPENING_BYTES = 120 /* a phrase that opens a sentence before its subject, at most */
};

static congdoan__span span(size_t b, size_t s, size_t e)
{
    return (congdoan__span){b, s, e};
}

/* Whether s[a, b) names a class too broad to lead a task ("các cấp ủy", "các địa phương"). */
static int broad(congdoan__ctx *x, const char *s, size_t a, size_t b)
{
    return congdoan__match(x->m, CONGDOAN__RULE_BROAD_GROUP, s, b, a, 1) == 1;
}

/* The coordinators s[ca, ce) of block b lists: one party per unit named (the names apart at
 * ", ", ";", " và " or a line break), except that a list opened by "các" is one group ("các cơ
 * quan, các ban, đơn vị liên quan"). */
static int split_parties(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t ca, size_t ce)
{
    const char *s = x->src->blocks[b].text;
    congdoan__trim(s, &ca, &ce);
    if (ca >= ce)
        return 0;
    int one_group = congdoan__starts(s + ca, ce - ca, "các ") || congdoan__starts(s + ca, ce - ca, "Các ") ||
                    congdoan__starts(s + ca, ce - ca, "những ") || congdoan__starts(s + ca, ce - ca, "Những ");
    size_t start = ca;
    for (size_t i = ca; i <= ce; i++) {
        int cut = i == ce;
        size_t next = i;
        if (!one_group && !cut) {
            if ((s[i] == ',' && i + 1 < ce && s[i + 1] == ' ') || s[i] == ';' || s[i] == '\n') {
                cut = 1;
                next = i + 1;
            } else if (congdoan__starts(s + i, ce - i, " và ")) {
                cut = 1;
                next = i + strlen(" và ");
            }
        }
        if (!cut)
            continue;
        size_t a = start, e = i;
        congdoan__trim(s, &a, &e);
        if (e > a && t->coordinator_count < MAX_COORDINATORS) {
            congdoan__found_party *p = CONGDOAN__PUSH(x, t->coordinators, t->coordinator_count, t->coordinator_cap);
            if (!p || !(p->text = congdoan__x_strndup(x, s + a, e - a)))
                return CONGDOAN_ENOMEM;
            p->where = span(b, a, e);
        }
        start = next;
        if (cut && i < ce)
            i = next - 1;
    }
    return 0;
}

/* The coordinators named after "phối hợp (với)" at `at`, up to what they do together. */
static int add_coordinators(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t at)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__match(x->m, CONGDOAN__RULE_COORDINATORS, s, len, at, 1);
    if (rc <= 0)
        return rc;
    size_t ca, ce;
    if (!congdoan__match_group(x->m, "coord", &ca, &ce))
        return 0;
    return split_parties(x, t, b, ca, ce);
}

/* Every "phối hợp (chặt chẽ) với" in s[a, e) of block b gives coordinators. */
static int coordinators_in(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t a, size_t e)
{
    const char *s = x->src->blocks[b].text;
    static const char marker[] = "phối hợp";
    for (size_t i = a; i + sizeof marker - 1 <= e; i++) {
        if (memcmp(s + i, marker, sizeof marker - 1) != 0 && memcmp(s + i, "Phối hợp", sizeof marker - 1) != 0)
            continue;
        size_t after = i + sizeof marker - 1;
        /* "phối hợp (chặt chẽ) với Y"; not "chương trình phối hợp giữa …" */
        size_t w = after;
        if (congdoan__starts(s + w, e - w, " chặt chẽ"))
            w += strlen(" chặt chẽ");
        if (!congdoan__starts(s + w, e - w, " với"))
            continue;
        int rc = add_coordinators(x, t, b, after);
        if (rc < 0)
            return rc;
        i = after;
    }
    return 0;
}

/* The due code of words of a due time (folded first), or "" when none follows. -1 for ENOMEM. */
static int due_code(const char *words, char *code, size_t cap)
{
    char *d = NULL;
    if (congdoan__text_fold(words, strlen(words), &d, NULL))
        return -1;
    code[0] = '\0';
    const char *digits = d + strcspn(d, "0123456789");
    int day = 0, month = 0, year = 0;
    const char *q = strstr(d, "quy ");
    if (strstr(d, "thuong xuyen") || strstr(d, "khong ngung")) {
        snprintf(code, cap, "ongoing");
    } else if (q) {
        q += 4;
        int n = strncmp(q, "iv", 2) == 0 ? 4 : strncmp(q, "iii", 3) == 0 ? 3 : strncmp(q, "ii", 2) == 0 ? 2
              : *q == 'i' ? 1 : *q >= '1' && *q <= '4' ? *q - '0' : 0;
        const char *y = strpbrk(q, "0123456789");
        if (y == q)
            y = strpbrk(q + 1, "0123456789");
        if (n && y && strspn(y, "0123456789") == 4)
            snprintf(code, cap, "%.4s-Q%d", y, n);
    } else if (*digits && (strstr(d, "ngay") || strchr(digits, '/'))) {
        char *end;
        day = (int)strtol(digits, &end, 10);
        while (*end == ' ' || *end == '/')
            end++;
        month = (int)strtol(end, &end, 10);
        while (*end == ' ' || *end == '/')
            end++;
        year = (int)strtol(end, NULL, 10);
        if (strstr(d, "thang") && !strstr(d, "ngay")) { /* tháng 6/2025 */
            year = month;
            month = day;
            if (month >= 1 && month <= 12 && year >= 1900 && year <= 2100)
                snprintf(code, cap, "%04d-%02d", year, month);
        } else if (year && congdoan__ymd(day, month, year)) {
            snprintf(code, cap, "%04d-%02d-%02d", year, month, day);
        } else if (!year && strstr(d, "nam") && day >= 1 && month >= 1 && month <= 12 &&
                   day <= congdoan__days_in_month(2000, month)) {
            snprintf(code, cap, "yearly:%02d-%02d", month, day); /* trước ngày 15/12 hằng năm */
        }
    } else if (*digits && strspn(digits, "0123456789") == 4) {
        snprintf(code, cap, "%.4s", digits);
    } else if (strstr(d, "hang nam")) {
        snprintf(code, cap, "yearly");
    } else if (strstr(d, "hang quy")) {
        snprintf(code, cap, "quarterly");
    } else if (strstr(d, "hang thang")) {
        snprintf(code, cap, "monthly");
    }
    congdoan__dealloc(d);
    return 0;
}

/* The due time in s[a, e) of block b: the first one written. */
static int read_due(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t a, size_t e)
{
    const char *s = x->src->blocks[b].text;
    size_t da = 0, de = 0;
    for (size_t pos = a;;) {
        int rc = congdoan__match(x->m, CONGDOAN__RULE_DUE, s, e, pos, 0);
        if (rc <= 0)
            return rc;
        congdoan__match_group(x->m, "due", &da, &de);
        pos = congdoan__match_end(x->m);
        congdoan__trim(s, &da, &de);
        /* "Chiến lược Dân số Việt Nam đến năm 2030" names a strategy: no due time */
        size_t w = da;
        while (w > a && s[w - 1] == ' ')
            w--;
        size_t ws = w;
        while (ws > a && s[ws - 1] != ' ')
            ws--;
        if (w == da || ws == w || !congdoan__is_name(s + ws, w - ws))
            break;
    }
    t->due_text = congdoan__x_strndup(x, s + da, de - da);
    if (!t->due_text)
        return CONGDOAN_ENOMEM;
    t->due_where = span(b, da, de);
    /* The model's code for it: a date, a year, a quarter, a month, a recurrence, "ongoing";
     * read on the folded words ("Quý II/2025" is "quy ii/2025"). */
    char code[32] = "";
    if (due_code(t->due_text, code, sizeof code) < 0)
        return CONGDOAN_ENOMEM;
    if (code[0] && !(t->due_code = congdoan__x_strndup(x, code, strlen(code))))
        return CONGDOAN_ENOMEM;
    /* A due time that is not at the end of the task dates only the words around it. */
    size_t after = de;
    while (after < e && (s[after] == ' ' || s[after] == '.' || s[after] == ';' || s[after] == ','))
        after++;
    t->due_partial = after < e && congdoan__word_count(s + after, e - after) > 3;
    if (t->due_partial) {
        size_t clause = da;
        while (clause > a && s[clause - 1] != ',' && s[clause - 1] != ';' && s[clause - 1] != '.')
            clause--;
        size_t end = de;
        while (end < e && s[end] != ',' && s[end] != ';' && s[end] != '.')
            end++;
        t->dated = span(b, clause, end);
    }
    return 0;
}

/* A new task over s[a, e) of block b; *out NULL (and 0) when the words are too few to be one. */
static int new_task(congdoan__ctx *x, size_t section, size_t b, size_t a, size_t e, congdoan__found_task **out)
{
    congdoan__found *f = x->f;
    const char *s = x->src->blocks[b].text;
    *out = NULL;
    /* the words as printed, with the full stop that ends them; not the "," or ";" before the
     * next clause */
    congdoan__trim(s, &a, &e);
    if (e < x->src->blocks[b].len && s[e] == '.' && (e + 1 == x->src->blocks[b].len || s[e + 1] == ' '))
        e++;
    if (a >= e || congdoan__word_count(s + a, e - a) < 3) /* "[...]" */
        return 0;
    congdoan__found_task *t = CONGDOAN__PUSH(x, f->tasks, f->task_count, f->task_cap);
    if (!t)
        return CONGDOAN_ENOMEM;
    t->section = section;
    t->words = span(b, a, e);
    *out = t;
    return 0;
}

static int set_lead(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t a, size_t e, congdoan__lead_how how)
{
    const char *s = x->src->blocks[b].text;
    congdoan__trim(s, &a, &e);
    t->lead_how = how;
    t->lead.where = span(b, a, e);
    t->lead.text = congdoan__x_strndup(x, s + a, e - a);
    return t->lead.text ? 0 : CONGDOAN_ENOMEM;
}

/* Whether the lead of a `which` match at s[la, le) may lead: not a class too broad, and for a
 * duty ("X có trách nhiệm …") a name, not the bare "Công đoàn" of a general statement. */
static int may_lead(congdoan__ctx *x, congdoan__rule_id which, const char *s, size_t la, size_t le)
{
    if (broad(x, s, la, le))
        return 0;
    return which != CONGDOAN__RULE_TASK_DUTY || congdoan__word_count(s + la, le - la) >= 2;
}

/* ---- items of a heading of tasks ---------------------------------------------------------- */

static int take_prose(congdoan__ctx *x, const congdoan__found_para *p);

static const congdoan__found_section *heading_unit(const congdoan__found *f, size_t section)
{
    for (size_t i = section; i; i = f->sections[i - 1].parent)
        if (f->sections[i - 1].unit_text)
            return &f->sections[i - 1];
    return NULL;
}

static int take_item(congdoan__ctx *x, const congdoan__found_para *p)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, p->block, &len);
    /* the paragraph that announces the list ("… những nhiệm vụ chủ yếu sau:") is not one */
    if (len && s[len - 1] == ':')
        return 0;
    congdoan__found_task *t;
    int rc = new_task(x, p->section, p->block, p->start, len, &t);
    if (rc || !t)
        return rc;
    size_t first_end = congdoan__sentence_end(s, len, p->start);
    /* the lead its words name: "X chủ trì", "X là đầu mối", "X phối hợp với", or a unit that
     * opens it and what the unit does ("Đoàn Chủ tịch tổ chức quán triệt …") */
    if ((rc = congdoan__x_match(x, CONGDOAN__RULE_TASK_LEADS_BARE, p->block, p->start, 1)) < 0)
        return rc;
    if (!rc) {
        static const congdoan__rule_id markers[] = {CONGDOAN__RULE_TASK_LEADS, CONGDOAN__RULE_TASK_FOCAL,
                                                    CONGDOAN__RULE_TASK_WITH, CONGDOAN__RULE_TASK_ASSIGN,
                                                    CONGDOAN__RULE_TASK_DUTY};
        for (size_t i = 0; i < sizeof markers / sizeof markers[0] && !t->lead.text; i++) {
            if ((rc = congdoan__match(x->m, markers[i], s, first_end, p->start, 0)) < 0)
                return rc;
            size_t la, le;
            if (rc && congdoan__match_group(x->m, "lead", &la, &le) && may_lead(x, markers[i], s, la, le) &&
                (rc = set_lead(x, t, p->block, la, le, CONGDOAN__LEAD_STATED)) < 0)
                return rc;
        }
        /* a unit that opens the item, or one of its clauses ("Sơ kết 9 tháng; Văn phòng tham
         * mưu …"), and what the unit does */
        for (size_t c = p->start; c < first_end && !t->lead.text;) {
            if ((rc = congdoan__x_match(x, CONGDOAN__RULE_ORG_AT, p->block, c, 1)) < 0)
                return rc;
            size_t la, le;
            if (rc && congdoan__match_group(x->m, "org", &la, &le) &&
                congdoan__match(x->m, CONGDOAN__RULE_ACTION_VERB, s, len, le, 1) == 1 && !broad(x, s, la, le) &&
                (rc = set_lead(x, t, p->block, la, le, CONGDOAN__LEAD_STATED)) < 0)
                return rc;
            while (c < first_end && s[c] != ';')
                c++;
            while (c < first_end && (s[c] == ';' || s[c] == ' '))
                c++;
        }
    }
    if (!t->lead.text) {
        const congdoan__found_section *h = heading_unit(f, p->section);
        if (h) {
            t->lead_how = CONGDOAN__LEAD_HEADING;
            t->lead.text = h->unit_text;
            t->lead.where = h->where;
        } else if (f->issuer_text || f->issuer_id) {
            t->lead_how = CONGDOAN__LEAD_ISSUER;
            t->lead.text = f->issuer_text;
            t->lead.where = f->issuer_where;
        }
    }
    /* later sentences that give a task of their own ("Giao Văn phòng … . Các công đoàn cơ sở
     * báo cáo kết quả … trước ngày 20/12/2025."): the item's task is its first sentence, the
     * others are read as running text */
    size_t ti = (size_t)(t - f->tasks), end = len;
    if (first_end < len) {
        size_t whole = t->words.end, before = f->task_count;
        size_t a = t->words.start, e = first_end;
        congdoan__trim(s, &a, &e);
        t->words.end = e;
        congdoan__found_para rest = *p;
        rest.start = first_end;
        if ((rc = take_prose(x, &rest)) < 0)
            return rc;
        t = &f->tasks[ti];
        if (f->task_count > before)
            end = first_end;
        else
            t->words.end = whole;
    }
    if ((rc = coordinators_in(x, t, p->block, p->start, end)) < 0)
        return rc;
    return read_due(x, t, p->block, p->start, end);
}

/* ---- running text --------------------------------------------------------------------------- */

/* The subject of the clause that starts at `c`, when it is a unit that may lead. */
static int clause_subject(congdoan__ctx *x, size_t b, size_t c, size_t *la, size_t *le)
{
    size_t len;
    const char *s = congdoan__block_text(x, b, &len);
    int rc = congdoan__x_match(x, CONGDOAN__RULE_ORG_AT, b, c, 1);
    if (rc <= 0)
        return rc;
    congdoan__match_group(x->m, "org", la, le);
    return !broad(x, s, *la, *le);
}

static int take_prose(congdoan__ctx *x, const congdoan__found_para *p)
{
    size_t len;
    const char *s = congdoan__block_text(x, p->block, &len);
    int rc;
    for (size_t s0 = p->start; s0 < len;) {
        size_t s1 = congdoan__sentence_end(s, len, s0);
        size_t last_lead_a = 0, last_lead_e = 0; /* the subject of the last task, for "đồng thời …" */
        for (size_t pos = s0; pos < s1;) {
            /* the earliest marker in what is left of the sentence */
            static const congdoan__rule_id markers[] = {CONGDOAN__RULE_TASK_LEADS, CONGDOAN__RULE_TASK_FOCAL,
                                                        CONGDOAN__RULE_TASK_ASSIGN, CONGDOAN__RULE_TASK_WITH,
                                                        CONGDOAN__RULE_TASK_DUTY,  CONGDOAN__RULE_TASK_DEADLINE};
            size_t best = s1, best_end = s1;
            congdoan__rule_id which = CONGDOAN__RULE_COUNT;
            for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
                if ((rc = congdoan__match(x->m, markers[i], s, s1, pos, 0)) < 0)
                    return rc;
                if (rc && congdoan__match_start(x->m) < best) {
                    best = congdoan__match_start(x->m);
                    best_end = congdoan__match_end(x->m);
                    which = markers[i];
                }
            }
            if (which == CONGDOAN__RULE_COUNT)
                break;
            congdoan__match(x->m, which, s, s1, best, 1);
            size_t la = 0, le = 0, ta = best;
            int ok = 0;
            if (which == CONGDOAN__RULE_TASK_DEADLINE) {
                /* a named unit's duty with a deadline: the unit opens the clause */
                size_t c = best;
                while (c > s0 && s[c - 1] != ';' && !(s[c - 1] == ' ' && c >= 2 && s[c - 2] == '.'))
                    c--;
                size_t cs = c;
                while (cs < best && s[cs] == ' ')
                    cs++;
                if ((rc = clause_subject(x, p->block, cs, &la, &le)) < 0)
                    return rc;
                /* after a phrase that opens the sentence and names no unit ("Căn cứ tình hình thực
                 * tế, CĐ cấp trên trực tiếp cơ sở … hoàn thành trước 31-12-2017") */
                if (!rc) {
                    size_t k = cs;
                    while (k < best && k < cs + OPENING_BYTES && s[k] != ',')
                        k++;
                    if (k + 2 < best && s[k] == ',' && s[k + 1] == ' ') {
                        int named = congdoan__x_match(x, CONGDOAN__RULE_ORG_AT, p->block, cs, 1);
                        if (named < 0)
                            return named;
                        if (!named && (rc = clause_subject(x, p->block, k + 2, &la, &le)) < 0)
                            return rc;
                    }
                }
                if (rc) {
                    ok = 1;
                    ta = la;
                } else if (last_lead_e) {
                    /* "…; đồng thời hoàn thiện … gửi về … trước ngày 15/8/2020": the same unit */
                    ok = 1;
                    la = last_lead_a;
                    le = last_lead_e;
                    size_t v = best;
                    while (v > cs && !(v >= cs + strlen(" và ") && congdoan__starts(s + v - strlen(" và "), strlen(" và "), " và ")))
                        v--;
                    ta = v > cs ? v : cs;
                }
            } else if (congdoan__match_group(x->m, "lead", &la, &le) && may_lead(x, which, s, la, le)) {
                ok = 1;
                if (which == CONGDOAN__RULE_TASK_ASSIGN) {
                    ta = congdoan__match_start(x->m);
                } else {
                    ta = la;
                }
                if (which == CONGDOAN__RULE_TASK_WITH) {
                    /* X going on with what it does is no assignment; and the partner must be named */
                    size_t ba, bb;
                    if (congdoan__match_group(x->m, "before", &ba, &bb) && bb > ba &&
                        (strstr(s + ba, "tiếp tục") == s + ba || strstr(s + ba, "đã") == s + ba || strstr(s + ba, "đang") == s + ba ||
                         strstr(s + ba, "chủ động") == s + ba || strstr(s + ba, "tích cực") == s + ba))
                        ok = 0;
                    size_t after = congdoan__match_end(x->m);
                    while (after < s1 && s[after] == ' ')
                        after++;
                    if (ok && (congdoan__match(x->m, CONGDOAN__RULE_BROAD_GROUP, s, s1, after, 1) == 1 ||
                               congdoan__match(x->m, CONGDOAN__RULE_ORG, s, s1, after, 1) != 1))
                        ok = 0;
                }
            }
            /* a task already read covers it ("yêu cầu X phối hợp với" is one task) */
            if (ok && x->f->task_count) {
                const congdoan__found_task *prev = &x->f->tasks[x->f->task_count - 1];
                if (prev->words.block == p->block && prev->words.start <= best && best < prev->words.end)
                    ok = 0;
            }
            if (ok) {
                size_t te = best_end;
                while (te < s1 && s[te] != ';' && !(s[te] == '.' && te + 1 >= s1))
                    te++;
                if (which == CONGDOAN__RULE_TASK_DEADLINE)
                    te = best_end;
                congdoan__found_task *t;
                if ((rc = new_task(x, p->section, p->block, ta, te, &t)) < 0)
                    return rc;
                if (!t) {
                    pos = best_end > best ? best_end : best + 1;
                    continue;
                }
                if ((rc = set_lead(x, t, p->block, la, le, CONGDOAN__LEAD_STATED)) < 0)
                    return rc;
                if ((rc = coordinators_in(x, t, p->block, la, te)) < 0 || (rc = read_due(x, t, p->block, ta, te)) < 0)
                    return rc;
                last_lead_a = la;
                last_lead_e = le;
                pos = te > best_end ? te : best_end;
            } else {
                pos = best_end > best ? best_end : best + 1;
            }
            while (pos < s1 && ((unsigned char)s[pos] & 0xC0) == 0x80)
                pos++;
        }
        s0 = s1 > s0 ? s1 : s0 + 1;
    }
    return 0;
}

/* ---- tables of tasks -------------------------------------------------------------------------- */

enum { COL_CONTENT, COL_LEAD, COL_COORD, COL_DUE, COLS };

typedef struct table_columns {
    size_t table;       /* the table these columns are of (block.table) */
    long col[COLS];     /* the cell index of each column, -1 when the table has none */
    int combined;       /* the lead column names the partners too ("Đơn vị chủ trì/phối hợp") */
} table_columns;

/* The words of a column of partners in s[from, n) after a separator ("/phối hợp", ", phối
 * hợp", " và phối hợp", a second line): where they end, or 0 when there are none. */
static size_t coord_words_after(congdoan__ctx *x, const char *s, size_t n, size_t from)
{
    for (size_t i = from; i < n; i++) {
        size_t k;
        if (s[i] == '/' || s[i] == ',' || s[i] == ';' || s[i] == '&' || s[i] == '\n' || s[i] == '(')
            k = i + 1;
        else if (congdoan__starts(s + i, n - i, " và "))
            k = i + strlen(" và ");
        else
            continue;
        while (k < n && s[k] == ' ')
            k++;
        if (congdoan__match(x->m, CONGDOAN__RULE_TABLE_COORD, s, n, k, 1) == 1)
            return congdoan__match_end(x->m);
    }
    return 0;
}

/* Whether the row is the header of a table of tasks: it has a column of contents and one of
 * leads, or a column of contents whose cells name their leads ("Ban Tuyên giáo chủ trì, phối
 * hợp với …") beside a column of partners or of due times. Fills the columns. */
static int header_row(congdoan__ctx *x, const congdoan__block *bl, table_columns *tc)
{
    static const congdoan__rule_id ids[COLS] = {CONGDOAN__RULE_TABLE_CONTENT, CONGDOAN__RULE_TABLE_LEAD,
                                                CONGDOAN__RULE_TABLE_COORD, CONGDOAN__RULE_TABLE_DUE};
    table_columns t = {bl->table, {-1, -1, -1, -1}, 0};
    for (size_t c = 0; c < bl->cell_count; c++) {
        const char *cell = bl->cells[c];
        size_t n = strlen(cell);
        for (int k = 0; k < COLS; k++)
            if (t.col[k] < 0 && congdoan__match(x->m, ids[k], cell, n, 0, 1) == 1) {
                t.col[k] = (long)c;
                if (k == COL_LEAD)
                    t.combined = coord_words_after(x, cell, n, congdoan__match_end(x->m)) > 0;
                break;
            }
    }
    if (t.col[COL_CONTENT] < 0 || (t.col[COL_LEAD] < 0 && t.col[COL_COORD] < 0 && t.col[COL_DUE] < 0))
        return 0;
    *tc = t;
    return 1;
}

/* The partners a cell (or the rest of one) lists in s[a, e) of block b, "với" before them left
 * out: the whole cell is the list, names and all ("Ban Chính sách - Pháp luật"). */
static int parties_in_cell(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t a, size_t e)
{
    const char *s = x->src->blocks[b].text;
    congdoan__trim(s, &a, &e);
    if (congdoan__starts(s + a, e - a, "với "))
        a += strlen("với ");
    return split_parties(x, t, b, a, e);
}

/* The lead unit s[a, e) of a task names in its own words ("X chủ trì", "X là đầu mối", "X phối
 * hợp với", "giao X"): 1 with *la, *le set, 0 when none. */
static int lead_in(congdoan__ctx *x, const char *s, size_t a, size_t e, size_t *la, size_t *le)
{
    static const congdoan__rule_id markers[] = {CONGDOAN__RULE_TASK_LEADS, CONGDOAN__RULE_TASK_FOCAL,
                                                CONGDOAN__RULE_TASK_WITH, CONGDOAN__RULE_TASK_ASSIGN,
                                                CONGDOAN__RULE_TASK_DUTY};
    for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
        int rc = congdoan__match(x->m, markers[i], s, e, a, 0);
        if (rc < 0)
            return rc;
        if (rc && congdoan__match_group(x->m, "lead", la, le) && may_lead(x, markers[i], s, *la, *le))
            return 1;
    }
    return 0;
}

/* A cell of a column of leads and partners ("Đơn vị chủ trì/phối hợp"): the lead first, then
 * the partners, as "Ban Tuyên giáo chủ trì, phối hợp với Văn phòng", "Chủ trì: Ban Tuyên giáo;
 * phối hợp: Văn phòng", "Ban Tuyên giáo (chủ trì), Văn phòng" or "Ban Tuyên giáo; Văn phòng,
 * Ban Tổ chức" write them. */
static int take_combined(congdoan__ctx *x, congdoan__found_task *t, size_t b, size_t a, size_t e)
{
    const char *s = x->src->blocks[b].text;
    int rc;
    /* "Chủ trì:" before the lead */
    if (congdoan__match(x->m, CONGDOAN__RULE_TABLE_LEAD, s, e, a, 1) == 1) {
        size_t k = congdoan__match_end(x->m);
        while (k < e && s[k] == ' ')
            k++;
        if (k < e && s[k] == ':')
            a = k + 1;
    }
    /* the partners: after the words "phối hợp", else after the first separator */
    size_t lead_end = e, partners = 0, w = coord_words_after(x, s, e, a);
    if (w) {
        lead_end = w;
        while (lead_end > a && !(s[lead_end - 1] == '/' || s[lead_end - 1] == ',' || s[lead_end - 1] == ';' ||
                                 s[lead_end - 1] == '&' || s[lead_end - 1] == '\n' || s[lead_end - 1] == '(' ||
                                 congdoan__starts(s + lead_end - 1, e - lead_end + 1, " và ")))
            lead_end--;
        if (lead_end > a)
            lead_end--; /* the separator itself */
        partners = w;
        while (partners < e && (s[partners] == ' ' || s[partners] == ':'))
            partners++;
    } else {
        for (size_t i = a; i < e && !partners; i++)
            if (s[i] == ';' || s[i] == '/' || s[i] == '\n' || (s[i] == ',' && i + 1 < e && s[i + 1] == ' '))
                lead_end = i, partners = i + 1;
    }
    /* the lead, without the words that mark it as the lead ("(chủ trì)", "chủ trì") */
    size_t la = a, le = lead_end;
    congdoan__trim(s, &la, &le);
    size_t ma, me;
    if ((rc = lead_in(x, s, la, le, &ma, &me)) < 0)
        return rc;
    if (rc) {
        la = ma, le = me;
    } else {
        if (le > la && s[le - 1] == ')')
            for (size_t k = le; k-- > la;)
                if (s[k] == '(') {
                    le = k;
                    break;
                }
        congdoan__trim(s, &la, &le);
    }
    if (le > la && (rc = set_lead(x, t, b, la, le, CONGDOAN__LEAD_STATED)) < 0)
        return rc;
    return partners && partners < e ? parties_in_cell(x, t, b, partners, e) : 0;
}

/* A row of a table of tasks: the task is its content, the lead its lead cell (or the unit its
 * content names as the lead), the coordinators its coordinators' cell (or the partners its
 * content names after "phối hợp với"), the due time its time cell. */
static int take_table_row(congdoan__ctx *x, congdoan__found_para *p, table_columns *tc)
{
    const congdoan__block *bl = &x->src->blocks[p->block];
    if (header_row(x, bl, tc))
        return 0;
    if (tc->table != bl->table || tc->col[COL_CONTENT] < 0)
        return 0; /* a table that is not one of tasks */
    size_t ca, ce, la = 0, le = 0;
    if (!congdoan__cell_span(bl, (size_t)tc->col[COL_CONTENT], &ca, &ce))
        return 0;
    int lead_cell = tc->col[COL_LEAD] >= 0 && congdoan__cell_span(bl, (size_t)tc->col[COL_LEAD], &la, &le);
    int rc = 0;
    if (!lead_cell && (rc = lead_in(x, bl->text, ca, ce, &la, &le)) <= 0 && tc->col[COL_LEAD] < 0)
        return rc; /* a table without a column of leads: a row is a task when its words name one */
    congdoan__found_task *t;
    if ((rc = new_task(x, p->section, p->block, ca, ce, &t)) != 0 || !t)
        return rc;
    p->is_task = 1;
    if (lead_cell && tc->combined)
        rc = take_combined(x, t, p->block, la, le);
    else if (le > la)
        rc = set_lead(x, t, p->block, la, le, CONGDOAN__LEAD_STATED);
    if (rc < 0)
        return rc;
    size_t oa, oe;
    if (tc->col[COL_COORD] >= 0 && congdoan__cell_span(bl, (size_t)tc->col[COL_COORD], &oa, &oe)) {
        if ((rc = parties_in_cell(x, t, p->block, oa, oe)) < 0)
            return rc;
    } else if (!t->coordinator_count && (rc = coordinators_in(x, t, p->block, ca, ce)) < 0) {
        return rc;
    }
    size_t da, de;
    if (tc->col[COL_DUE] >= 0 && congdoan__cell_span(bl, (size_t)tc->col[COL_DUE], &da, &de)) {
        if ((rc = read_due(x, t, p->block, da, de)) < 0)
            return rc;
        if (!t->due_text) { /* "Quý II", "Cả năm": as written */
            t->due_text = congdoan__x_strndup(x, bl->text + da, de - da);
            t->due_where = span(p->block, da, de);
            if (!t->due_text)
                return CONGDOAN_ENOMEM;
        }
        t->due_partial = 0;
    }
    return 0;
}

/* ---- tasks written as fields ------------------------------------------------------------------ */

/* A table of tasks written as lines, one field a line ("1. Tuyên truyền …" / "Đơn vị chủ trì:
 * Ban Tuyên giáo …" / "Đơn vị phối hợp: …" / "Thời gian: Quý I/2026"): a lead field opens a
 * task, whose words are what the block says before the field ("Tuyên truyền …" when the lines
 * were joined) or the heading above it; the partners' and time fields that follow fill it.
 * *open is 1 + the index of the task the fields fill, 0 when none. 1 when the paragraph was
 * read as fields, 0 when it holds none, negative for an error. */
static int take_fields(congdoan__ctx *x, const congdoan__found_para *p, size_t *open)
{
    congdoan__found *f = x->f;
    size_t len;
    const char *s = congdoan__block_text(x, p->block, &len);
    int taken = 0, rc;
    for (size_t pos = p->start; pos < len;) {
        if ((rc = congdoan__match(x->m, CONGDOAN__RULE_TASK_FIELD, s, len, pos, 0)) < 0)
            return rc;
        if (!rc)
            break;
        size_t fa = congdoan__match_start(x->m), va = congdoan__match_end(x->m), ga, gb;
        int lead = congdoan__match_group(x->m, "lead", &ga, &gb), coord = congdoan__match_group(x->m, "coord", &ga, &gb);
        /* the value: up to the end of its sentence or the next field */
        size_t ve = congdoan__sentence_end(s, len, va);
        if ((rc = congdoan__match(x->m, CONGDOAN__RULE_TASK_FIELD, s, ve, va, 0)) < 0)
            return rc;
        if (rc)
            ve = congdoan__match_start(x->m);
        size_t a = va, e = ve;
        congdoan__trim(s, &a, &e);
        while (e > a && (s[e - 1] == '.' || s[e - 1] == ';' || s[e - 1] == ','))
            e--;
        pos = ve > fa ? ve : fa + 1;
        if (a >= e)
            continue;
        if (lead) {
            size_t la, le;
            if ((rc = congdoan__match(x->m, CONGDOAN__RULE_ORG, s, e, a, 1)) < 0)
                return rc;
            if (!rc || !congdoan__match_group(x->m, "org", &la, &le) || broad(x, s, la, le))
                continue; /* "Chủ trì: đồng chí …" chairs a meeting */
            /* the task's words: before the field, or the heading, or the field itself */
            congdoan__found_task *t = NULL;
            if (fa > p->start && congdoan__word_count(s + p->start, fa - p->start) >= 3 &&
                (rc = new_task(x, p->section, p->block, p->start, fa, &t)) < 0)
                return rc;
            const congdoan__found_section *sec = p->section ? &f->sections[p->section - 1] : NULL;
            if (!t && sec && sec->title) { /* the heading's words, without its label */
                const char *h = x->src->blocks[sec->where.block].text;
                const char *at = strstr(h + sec->where.start, sec->title);
                size_t ha = at ? (size_t)(at - h) : sec->where.start;
                if (ha < sec->where.end &&
                    (rc = new_task(x, p->section, sec->where.block, ha, ha + strlen(sec->title), &t)) < 0)
                    return rc;
            }
            if (!t && (rc = new_task(x, p->section, p->block, fa, e, &t)) < 0)
                return rc;
            if (!t)
                continue;
            if ((rc = set_lead(x, t, p->block, la, le, CONGDOAN__LEAD_STATED)) < 0)
                return rc;
            *open = (size_t)(t - f->tasks) + 1;
            taken = 1;
        } else if (*open && (taken || congdoan__word_count(s + p->start, fa - p->start) == 0)) {
            congdoan__found_task *t = &f->tasks[*open - 1];
            if (coord) {
                if ((rc = add_coordinators(x, t, p->block, a)) < 0)
                    return rc;
            } else {
                /* the time as written, and the model's code of the first due time in it */
                if ((rc = read_due(x, t, p->block, a, e)) < 0)
                    return rc;
                if (!(t->due_text = congdoan__x_strndup(x, s + a, e - a)))
                    return CONGDOAN_ENOMEM;
                t->due_where = span(p->block, a, e);
                t->due_partial = 0;
            }
            taken = 1;
        }
    }
    if (!taken)
        *open = 0;
    return taken;
}

/* Whether the nearest heading above a paragraph of `section` states principles ("2. Quan
 * điểm, Mục tiêu", "I. MỤC ĐÍCH, YÊU CẦU") rather than tasks: "X có trách nhiệm lãnh đạo …"
 * there says what X is for, it gives X no task. 1, 0, or negative for an error. */
static int under_principles(congdoan__ctx *x, size_t section)
{
    const congdoan__found *f = x->f;
    for (size_t i = section; i; i = f->sections[i - 1].parent) {
        const congdoan__found_section *sec = &f->sections[i - 1];
        if (!sec->title)
            continue;
        if (sec->tasks)
            return 0;
        return congdoan__match(x->m, CONGDOAN__RULE_SECTION_PRINCIPLES, sec->title, strlen(sec->title), 0, 0);
    }
    return 0;
}

int congdoan__extract_tasks(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    table_columns tc = {0, {-1, -1, -1, -1}, 0};
    size_t open = 0; /* the task that fields written as lines fill */
    for (size_t i = 0; i < f->para_count; i++) {
        congdoan__found_para *p = &f->paras[i];
        const congdoan__found_section *sec = p->section ? &f->sections[p->section - 1] : NULL;
        size_t before = f->task_count;
        int rc = 0;
        if (x->src->blocks[p->block].kind != CONGDOAN__BLOCK_TABLE_ROW && (rc = take_fields(x, p, &open)) != 0) {
            if (rc < 0)
                return rc;
            p->is_task = 1;
            continue;
        }
        if (x->src->blocks[p->block].kind == CONGDOAN__BLOCK_TABLE_ROW)
            rc = take_table_row(x, p, &tc);
        else if (sec && sec->tasks)
            rc = take_item(x, p);
        else if ((rc = under_principles(x, p->section)) == 0)
            rc = take_prose(x, p);
        else if (rc > 0)
            rc = 0;
        if (rc < 0)
            return rc;
        /* an item taken whole as a task is the task, not a paragraph beside it */
        if (f->task_count == before + 1 && sec && sec->tasks && f->tasks[before].words.start <= p->start + 1)
            p->is_task = 1;
    }
    return 0;
}
