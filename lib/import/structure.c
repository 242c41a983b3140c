/*
 * The body's structure: sections from the labels and headings (I. / I/ / 1. / 1.1. / a) /
 * (1) / - / + / • and headings in capitals), and the paragraphs in them.
 *
 * Nesting follows the order in which label styles first appear, as outlines are written: a
 * style already open closes everything opened after it (a new sibling); a style not open yet
 * opens under the current one. "1.1." is deeper than "1.", "+" than "-".
 *
 * A labelled block is a heading when its label is a part or a Roman numeral, or when what
 * follows the label is short and does not end a sentence ("1. Ban Đối ngoại Tổng Liên đoàn",
 * "2. Quan điểm, Mục tiêu"); otherwise it is an item, a section of its own holding its words
 * ("(1) Tập trung thực hiện tốt …", "- Chủ trì, phối hợp với …"). A heading's words say what
 * the items under it are: targets (CHỈ TIÊU), results (KẾT QUẢ), tasks (NHIỆM VỤ, TỔ CHỨC
 * THỰC HIỆN); a subheading that says nothing of the kind inherits it from a heading that says
 * one thing only ("NHIỆM VỤ VÀ GIẢI PHÁP" > "1. Đại diện, bảo vệ …"), not from one that
 * announces several ("QUAN ĐIỂM, MỤC TIÊU, NHIỆM VỤ" > "1. Dự báo tình hình").
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "import/extract.h"

#include <string.h>

enum {
    STYLE_NONE = 0,
    STYLE_PART = 1,
    STYLE_CHAPTER,
    STYLE_ARTICLE,
    STYLE_ROMAN,
    STYLE_CAPS,
    STYLE_ARABIC,
    STYLE_MULTI,   /* + 16 × (number of levels) */
    STYLE_PAREN,
    STYLE_LETTER,
    STYLE_BULLET   /* + 16 × (which bullet character) */
};

enum { HEADING_WORDS = 30, MAX_DEPTH = 24 };

typedef struct open_section {
    int style;
    size_t index; /* 1 + index in found->sections */
    int item;     /* an item, not a heading: paragraphs after it belong to the heading above */
} open_section;

/* The label's style, from the group of the label rule that matched. */
static int label_style(congdoan__ctx *x, const char *s, size_t *label_end)
{
    static const struct {
        const char *group;
        int style;
    } groups[] = {{"part", STYLE_PART},   {"chapter", STYLE_CHAPTER}, {"article", STYLE_ARTICLE},
                  {"roman", STYLE_ROMAN}, {"multi", STYLE_MULTI},     {"arabic", STYLE_ARABIC},
                  {"paren", STYLE_PAREN}, {"letter", STYLE_LETTER},   {"bullet", STYLE_BULLET}};
    *label_end = congdoan__match_end(x->m);
    for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
        size_t a, b;
        if (!congdoan__match_group(x->m, groups[i].group, &a, &b))
            continue;
        int style = groups[i].style;
        if (style == STYLE_MULTI) {
            int dots = 0;
            for (size_t k = a; k < b; k++)
                dots += s[k] == '.' && k + 1 < b;
            style += 16 * dots;
        } else if (style == STYLE_BULLET) {
            style += 16 * (unsigned char)s[a];
        }
        return style;
    }
    return STYLE_NONE;
}

/* What a heading says its items are. */
static int heading_kinds(congdoan__ctx *x, congdoan__found_section *sec)
{
    if (!sec->title)
        return 0;
    const char *t = sec->title;
    size_t len = strlen(t);
    int rc;
    if ((rc = congdoan__match(x->m, CONGDOAN__RULE_SECTION_TARGETS, t, len, 0, 0)) < 0)
        return rc;
    sec->targets = rc;
    if ((rc = congdoan__match(x->m, CONGDOAN__RULE_SECTION_RESULTS, t, len, 0, 0)) < 0)
        return rc;
    sec->results = rc;
    if ((rc = congdoan__match(x->m, CONGDOAN__RULE_SECTION_TASKS, t, len, 0, 0)) < 0)
        return rc;
    sec->tasks = rc;
    if ((rc = congdoan__match(x->m, CONGDOAN__RULE_SECTION_IMPLEMENT, t, len, 0, 0)) < 0)
        return rc;
    sec->implement = rc;
    if ((rc = congdoan__match(x->m, CONGDOAN__RULE_SECTION_SITUATION, t, len, 0, 0)) < 0)
        return rc;
    sec->situation = rc && !sec->targets && !sec->results && !sec->tasks;
    /* A heading that is the name of a unit ("1. Ban Đối ngoại Tổng Liên đoàn") says who does
     * the tasks under it. */
    if (congdoan__x_whole(x, CONGDOAN__RULE_ORG, t, len) == 1) {
        sec->unit_text = t;
    } else {
        size_t a = 0, b = len;
        congdoan__trim(t, &a, &b);
        if (b > a && congdoan__x_whole(x, CONGDOAN__RULE_ORG, t + a, b - a) == 1)
            sec->unit_text = congdoan__x_strndup(x, t + a, b - a);
    }
    return 0;
}

static void inherit(congdoan__found_section *sec, const congdoan__found_section *parent)
{
    if (!parent)
        return;
    int own = sec->targets || sec->results || sec->tasks;
    if (own && sec->title)
        return;
    sec->situation = sec->situation || (!own && parent->situation);
    int kinds = parent->targets + parent->results + parent->tasks;
    if (!sec->title || kinds == 1) {
        sec->targets = parent->targets;
        sec->results = parent->results;
        sec->tasks = parent->tasks;
        sec->implement = parent->implement || sec->implement;
    }
}

static int add_para(congdoan__ctx *x, size_t section, size_t b, size_t start)
{
    congdoan__found *f = x->f;
    congdoan__found_para *p = CONGDOAN__PUSH(x, f->paras, f->para_count, f->para_cap);
    if (!p)
        return CONGDOAN_ENOMEM;
    p->section = section;
    p->block = b;
    p->start = start;
    return 0;
}

int congdoan__extract_structure(congdoan__ctx *x)
{
    congdoan__found *f = x->f;
    open_section stack[MAX_DEPTH];
    size_t depth = 0;
    for (size_t b = f->body_start; b < f->body_end; b++) {
        size_t len;
        const char *s = congdoan__block_text(x, b, &len);
        const congdoan__block *bl = &x->src->blocks[b];
        if (bl->kind == CONGDOAN__BLOCK_NOTE || congdoan__block_is_chrome(f, b) || congdoan__block_in_gap(f, b))
            continue; /* a footnote, a footer, a list of links, the signature before an attachment:
                       * words beside the document's, in no section */
        int style = STYLE_NONE;
        size_t rest = 0;
        int rc = bl->kind == CONGDOAN__BLOCK_TABLE_ROW ? 0 : congdoan__x_match(x, CONGDOAN__RULE_LABEL, b, 0, 1);
        if (rc < 0)
            return rc;
        if (rc)
            style = label_style(x, s, &rest);
        if (bl->kind == CONGDOAN__BLOCK_TABLE_ROW) {
            /* a row of a table: a paragraph of the section the table stands in */
            if ((rc = add_para(x, depth ? stack[depth - 1].index : 0, b, 0)) != 0)
                return rc;
            continue;
        }
        while (rest < len && s[rest] == ' ')
            rest++;
        /* numbering the format generates (Word's "1.", HTML's <ol>) is read as the same label
         * written in the text would be: "1. Ban Đối ngoại Tổng Liên đoàn" is a heading either way */
        const char *format_label = NULL;
        if (style == STYLE_NONE && bl->label && *bl->label) {
            size_t ll = strlen(bl->label), le = 0;
            if ((rc = congdoan__match(x->m, CONGDOAN__RULE_LABEL, bl->label, ll, 0, 1)) < 0)
                return rc;
            if (rc && congdoan__match_end(x->m) == ll) {
                style = label_style(x, bl->label, &le);
                format_label = bl->label;
            }
        }
        if (bl->kind == CONGDOAN__BLOCK_LIST_ITEM && style == STYLE_NONE)
            style = STYLE_BULLET + 16 * (bl->level > 0 ? bl->level : 1);
        int heading = 0;
        size_t words = congdoan__word_count(s + rest, len - rest);
        int ends = len > rest && (s[len - 1] == '.' || s[len - 1] == ';' || s[len - 1] == '!' || s[len - 1] == '?');
        if (style == STYLE_PART || style == STYLE_CHAPTER || style == STYLE_ROMAN ||
            bl->kind == CONGDOAN__BLOCK_HEADING) {
            heading = 1;
        } else if (style == STYLE_NONE) {
            if (congdoan__is_caps(s, len) && words <= HEADING_WORDS && !ends) {
                style = STYLE_CAPS;
                heading = 1;
            }
        } else if (style != STYLE_BULLET && (style & 15) != STYLE_BULLET) {
            heading = words <= HEADING_WORDS && !ends && rest < len && s[len - 1] != ':' ? 1 : 0;
            /* an assignment is an item even when it does not end with a full stop */
            if (heading && ((rc = congdoan__x_match(x, CONGDOAN__RULE_TASK_LEADS, b, rest, 0)) != 0 ||
                            (rc = congdoan__x_match(x, CONGDOAN__RULE_TASK_WITH, b, rest, 0)) != 0)) {
                if (rc < 0)
                    return rc;
                heading = 0;
            }
        }
        if (bl->kind == CONGDOAN__BLOCK_HEADING && style == STYLE_NONE)
            style = STYLE_CAPS + 16 * (bl->level > 0 ? bl->level : 1);

        if (style == STYLE_NONE) {
            /* a paragraph: in the innermost heading (items close before it) */
            while (depth && stack[depth - 1].item)
                depth--;
            if ((rc = add_para(x, depth ? stack[depth - 1].index : 0, b, 0)) != 0)
                return rc;
            continue;
        }
        /* close to the level of this style, or open under the current one */
        size_t k = depth;
        while (k && stack[k - 1].style != style)
            k--;
        if (k)
            depth = k - 1;
        else
            while (depth && stack[depth - 1].item)
                depth--; /* a new style after an item nests under the heading, not the item */
        if (depth == MAX_DEPTH)
            depth--;
        congdoan__found_section *sec = CONGDOAN__PUSH(x, f->sections, f->section_count, f->section_cap);
        if (!sec)
            return CONGDOAN_ENOMEM;
        size_t idx = f->section_count;
        sec->parent = depth ? stack[depth - 1].index : 0;
        sec->style = style;
        /* where it was read: a heading's words, an item's printed label (its words are its
         * paragraph's), or the whole block when the label is the file's numbering */
        sec->where = (congdoan__span){b, 0, len};
        if (format_label) {
            if (!(sec->label = congdoan__x_strndup(x, format_label, strlen(format_label))))
                return CONGDOAN_ENOMEM;
        } else if (rest > 0) {
            size_t la = 0, lb = rest;
            while (lb > la && s[lb - 1] == ' ')
                lb--;
            if (!(sec->label = congdoan__x_strndup(x, s + la, lb - la)))
                return CONGDOAN_ENOMEM;
            if (!heading && lb > la)
                sec->where.end = lb;
        }
        if (heading) {
            size_t ta = rest, tb = len;
            congdoan__trim(s, &ta, &tb);
            if (tb > ta && !(sec->title = congdoan__x_strndup(x, s + ta, tb - ta)))
                return CONGDOAN_ENOMEM;
            if ((rc = heading_kinds(x, sec)) < 0)
                return rc;
        }
        inherit(sec, sec->parent ? &f->sections[sec->parent - 1] : NULL);
        stack[depth++] = (open_section){style, idx, !heading};
        if (!heading && rest < len && (rc = add_para(x, idx, b, rest)) != 0)
            return rc;
    }
    return 0;
}
