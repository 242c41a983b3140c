/*
 * The registry of issue tags: every tag the library can emit, its severity and what it means
 * (AppStream's validator keeps the same kind of table). Tags are stable: once released, a tag
 * keeps its name and meaning; new ones are added.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "base/base.h"

#include <string.h>

typedef struct tag_info {
    const char *tag;
    congdoan_severity severity;
    const char *explanation;
} tag_info;

#define E CONGDOAN_SEVERITY_ERROR
#define W CONGDOAN_SEVERITY_WARNING
#define I CONGDOAN_SEVERITY_INFO

/* Sorted by name (tests check it), so that lookups can bisect. */
static const tag_info tags[] = {
    {"central-with-parent", E, N_("A unit of the central level (the Confederation) has a parent.")},
    {"comparator-trivial", W, N_("The target can never be missed (at least 0, at most 100 per cent): the indicator measures nothing.")},
    {"comparator-unworded", W, N_("A comparator that the indicator's words do not carry: an at-least with no \"trở lên\", \"ít nhất\", \"tối thiểu\" (a bare figure is comparator=\"target\"), a more-than with no \"trên\", \"hơn\", \"vượt\" … The words of its populations do not count.")},
    {"condition-missing", E, N_("A share-of-units indicator needs condition=\"classification-at-least:GRADE\" to say which units count.")},
    {"condition-not-applicable", E, N_("Only share-of-units indicators have a per-unit condition.")},
    {"count-not-whole", W, N_("A count target or value that is not a whole number; Vietnamese writes 1810 as 1.810, which the file must give as 1810.")},
    {"currency-not-applicable", E, N_("A currency on an indicator or result that is not money.")},
    {"department-as-parent", E, N_("A unit's parent is a department or body; the parent of an organisation must be an organisation.")},
    {"direction-not-applicable", E, N_("direction=\"\" on a comparator other than target and about, which say their own way.")},
    {"docnumber-kind-mismatch", W, N_("The kind code in the document number (KH, NQ …) does not match the document's kind.")},
    {"docnumber-unreadable", E, N_("The document number is not in one of the forms of official documents (240/KH-TLĐ, 12-CT/TW, 105/2020/NĐ-CP …).")},
    {"due-before-issue", E, N_("A task is due before the document that sets it was issued.")},
    {"duplicate-classification", E, N_("A unit has two classifications for the same year.")},
    {"duplicate-id", E, N_("An identifier is defined twice: unit and document ids must be unique across everything loaded together, task and indicator ids inside their document.")},
    {"effective-before-issue", W, N_("The document takes effect before it was issued.")},
    {"figure-negative", E, N_("A negative figure where only 0 or more makes sense: a score-max, or a result's whole (of), share, stated rate or excess over its target.")},
    {"hierarchy-cycle", E, N_("Following the parents of a unit leads back to the unit itself.")},
    {"hierarchy-level-order", E, N_("A unit's level is not below its parent's level (a grassroots union cannot be the parent of a provincial federation).")},
    {"import-charset", I, N_("A web page declares a charset other than UTF-8: its text was converted to UTF-8 (or, when its bytes are valid UTF-8 all the same, read as UTF-8).")},
    {"import-control-characters", W, N_("The text holds control characters (other than tab and line breaks); they were read as spaces.")},
    {"import-due-not-kept", W, N_("A task's due time, as the text states it, ends before the document's own date of issue (a slip of a figure, or a step already taken when it was signed): a date the check would refuse, so the due time is kept as its words only.")},
    {"import-empty", E, N_("The input holds no words to import (it is empty, or only white space and markup).")},
    {"import-encoding", E, N_("The input is not valid UTF-8 and declares no charset the importer can convert; save it as UTF-8.")},
    {"import-figure-not-kept", W, N_("A target or result the text states was refused by the model (a percentage above 100, a number out of range), or a range reported as done (a result holds one figure): a target stays in the text of its paragraph, a result is kept with its words but without the figure (or with the range's low end).")},
    {"import-kind-guessed", W, N_("The words of the document (its heading, the kind code of its number) do not say what it is: the kind is the one its saved page was filed under, or news.")},
    {"import-kind-letter", I, N_("The document is an official letter (công văn: a subject line \"V/v …\" under its number, \"Kính gửi: …\", the code CV, a letter naming itself). The vocabulary has no kind for a letter: it is written with the kind news, its subject as its title and those it is addressed to as recipients; congdoan import --format json gives its kind as \"letter\".")},
    {"import-limit", E, N_("The input exceeds one of the importer's limits on hostile input: its size, the entries of a .docx, their uncompressed size or compression ratio (zip bombs), or the nesting of its markup.")},
    {"import-number-unreadable", W, N_("The document's own number is not in a form the model reads (240/KH-TLĐ, 12-CT/TW …); it is left out of the document, and its words stay in the text.")},
    {"import-relation-not-kept", I, N_("A document the text carries out, rests on or names has no number the model reads, or a relation the vocabulary in use cannot name; it is named only in the text.")},
    {"import-rule-limit", W, N_("Some searches of the import rules stopped at their limits on a pathological text (a bound against hostile input); what they would have found is missing.")},
    {"import-site-chrome", I, N_("Blocks of the text read as site chrome: a list of links to other pages (headlines printed twice with their teasers, or the headlines under a label such as \"Tin liên quan\" or \"Có thể bạn quan tâm\"), a picture's text copied with the page (\"… - Ảnh 1.\") or a widget: they stay in the text, but no target, result, task or document is taken from them.")},
    {"import-unit-ambiguous", W, N_("A unit the text names matches several of the loaded units; it is kept by name (load fewer units, or give the name in full).")},
    {"import-unit-unmatched", W, N_("A unit the text names matches none of the loaded units (load them with -d); it is kept by name.")},
    {"import-unreadable", E, N_("The input cannot be read as the format it was given or sniffed as: binary data given as a page, a damaged, truncated or encrypted .docx, a zip that is not a Word document, or a PDF or Word 97-2003 file that must be converted first.")},
    {"indicator-missing-target", E, N_("An indicator has no valid target.")},
    {"io-error", E, N_("A file or folder could not be opened or read.")},
    {"limit-exceeded", E, N_("The input exceeds a limit (size, nesting depth, element count or text length); the limits protect against hostile files and can be raised with congdoan_corpus_set_limit().")},
    {"model-rule-broken", E, N_("The file breaks a rule of the model that no narrower tag names (a value or a combination the model refuses); the message says which rule and where. A file refused with it is not loaded.")},
    {"number-vietnamese", W, N_("An attribute number such as 1.480 that reads as 1.48 in machine form and as 1480 in Vietnamese: the machine form is used; write 1480 if that was meant.")},
    {"part-of-itself", E, N_("A result that says it is a part of itself (part-of=\"\" names its own id).")},
    {"percentage-out-of-range", E, N_("A percentage (target or reported value) outside 0 to 100.")},
    {"population-threshold-partial", E, N_("A population gives part of a threshold: measure, comparator and value go together.")},
    {"range-inverted", E, N_("A range target whose lower bound is above its upper bound.")},
    {"range-missing-max", E, N_("A range target needs target-max; other comparators do not take it.")},
    {"rate-mismatch", W, N_("A rate the text printed (stated-rate, over-target, share) disagrees with the one computed from the figures by more than its rounding.")},
    {"report-denominator-zero", E, N_("A reported fraction has a denominator of 0.")},
    {"report-fraction-negative", E, N_("A reported fraction with a negative numerator or denominator.")},
    {"report-numerator-exceeds-denominator", W, N_("A reported percentage's numerator is larger than its denominator.")},
    {"report-value-duplicate", W, N_("A report gives the same indicator twice for the same coverage; the first is used.")},
    {"result-exceeds-whole", E, N_("A result whose figure is more than the whole it is a part of (value=\"14\" of=\"13\").")},
    {"result-indicator-unknown", W, N_("A result names an indicator (DOCUMENT-ID#INDICATOR-ID) that its loaded document does not have.")},
    {"schema-bad-id", E, N_("An identifier does not have the form of one: 1 to 128 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.")},
    {"schema-bad-value", E, N_("An attribute's value is not one the vocabulary allows (an unknown enum value, a malformed date, number or period).")},
    {"schema-blank-text", E, N_("An element whose text is required (title, p, text, recipient, note) holds none, or only white space.")},
    {"schema-invalid", E, N_("The file does not follow the RELAX NG schema of the vocabulary.")},
    {"schema-misplaced-element", E, N_("An element of the vocabulary out of its order among its siblings, or more of it than allowed (REFERENCE.md gives the order and the number of each child).")},
    {"schema-missing-attribute", E, N_("A required attribute is missing.")},
    {"schema-missing-element", E, N_("A required child element is missing.")},
    {"schema-text-not-allowed", E, N_("Text appears in an element that holds only elements.")},
    {"schema-unknown-attribute", E, N_("An attribute that the vocabulary does not define for this element (attributes of other namespaces are allowed).")},
    {"schema-unknown-element", E, N_("An element that the vocabulary does not allow here (elements of other namespaces are allowed and skipped).")},
    {"schema-version-unsupported", E, N_("The file is of a version of the vocabulary this library cannot read.")},
    {"schema-wrong-root", E, N_("The root element is not <congdoan> in the namespace urn:congdoan:1.")},
    {"score-max-missing", E, N_("Only a score has a score-max (the top of its scale).")},
    {"score-out-of-range", E, N_("A score's top of scale is not above 0, or its target or figure is above it.")},
    {"sector-outside-grassroots", E, N_("Only grassroots unions have a sector (public body, state or non-state enterprise).")},
    {"status-completed-not-done", E, N_("A task status gives a completion date but is not done.")},
    {"target-negative", E, N_("A negative target for a count, percentage or average.")},
    {"task-no-lead", I, N_("A task has no lead unit (chủ trì); nobody is accountable for it.")},
    {"unit-no-parent", W, N_("A unit below the central level has no parent.")},
    {"unknown-document", W, N_("A reference to a document id that is not loaded.")},
    {"unknown-indicator", E, N_("A report gives a value for an indicator its document does not have.")},
    {"unknown-part", W, N_("part-of=\"\" names no indicator (or result) of the same document (or report).")},
    {"unknown-reference", E, N_("The file refers to something that does not exist where the loader needs it (an unknown id or reference that no narrower tag names); the message says which. A file refused with it is not loaded.")},
    {"unknown-task", E, N_("A report gives a status for a task its document does not have.")},
    {"unknown-unit", W, N_("A reference to a unit id that is not loaded (it may be in a file not loaded with this one).")},
    {"xml-encoding", E, N_("The input is not valid UTF-8 or declares another encoding; the vocabulary is UTF-8 only.")},
    {"xml-forbidden", E, N_("The input uses an XML feature refused for safety: entity declarations (billion laughs, external entities).")},
    {"xml-malformed", E, N_("The input is not well-formed XML.")},
};

static const tag_info *find(const char *tag)
{
    size_t lo = 0, hi = sizeof tags / sizeof tags[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(tag, tags[mid].tag);
        if (c == 0)
            return &tags[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

congdoan_severity congdoan__tag_severity(const char *tag)
{
    const tag_info *t = tag ? find(tag) : NULL;
    return t ? t->severity : 0;
}

CONGDOAN_API size_t congdoan_issue_tag_count(void)
{
    return sizeof tags / sizeof tags[0];
}

CONGDOAN_API const char *congdoan_issue_tag_name(size_t i)
{
    return i < sizeof tags / sizeof tags[0] ? tags[i].tag : NULL;
}

CONGDOAN_API congdoan_severity congdoan_issue_tag_severity(const char *tag)
{
    CONGDOAN__NOT_NULL(tag, "tag", 0);
    return congdoan__tag_severity(tag);
}

CONGDOAN_API const char *congdoan_issue_tag_explanation(const char *tag)
{
    CONGDOAN__NOT_NULL(tag, "tag", NULL);
    const tag_info *t = tag ? find(tag) : NULL;
    return t ? _(t->explanation) : NULL;
}

CONGDOAN_API const char *congdoan_severity_letter(congdoan_severity severity)
{
    switch (severity) {
    case CONGDOAN_SEVERITY_ERROR: return "E";
    case CONGDOAN_SEVERITY_WARNING: return "W";
    case CONGDOAN_SEVERITY_INFO: return "I";
    default: return NULL;
    }
}

/* The tag of each status that names a problem of the input; the loader's own issues carry the
 * same tags (load.c, schema.c). */
CONGDOAN_API const char *congdoan_error_tag(int status)
{
    switch (status) {
    case CONGDOAN_EPARSE: return "xml-malformed";
    case CONGDOAN_ESCHEMA: return "schema-invalid";
    case CONGDOAN_ELIMIT: return "limit-exceeded";
    case CONGDOAN_EEXISTS: return "duplicate-id";
    case CONGDOAN_EFORBIDDEN: return "xml-forbidden";
    case CONGDOAN_EENCODING: return "xml-encoding";
    case CONGDOAN_EIO: return "io-error";
    case CONGDOAN_ENOTFOUND: return "unknown-reference";
    case CONGDOAN_EINVALID: return "model-rule-broken";
    default: return NULL;
    }
}
