/* The loader checks everything the RELAX NG schema says, so `congdoan validate` can skip the
 * schema (libxml2's RELAX NG is superlinear): this test proves that the two give the same
 * verdict, valid or invalid, for
 *   - every fixture of versions 1.0, 1.1 and 1.2 (tests/data and its folders, corpus-dev-xml
 *     among them; examples/data; the program's examples/tests), every hostile file
 *     (tests/data/hostile) and every hostile buffer of tests/test-hostile.c (hostile-cases.h);
 *   - the fuzzers' XML seeds and regression inputs (tests/fuzz);
 *   - a matrix of small cases, one or more per rule of the schema, 1.2's included (each datatype at and beyond
 *     its edges, required and unknown attributes, children, their order and number, text where
 *     it is required or not allowed, the rules between attributes), each with the verdict the
 *     schema gives by its text, so that the two cannot agree on a wrong answer;
 *   - every file of the folders named in $CONGDOAN_AGREEMENT_EXTRA (':'-separated), for long
 *     fuzzing corpora checked by hand.
 *
 * The library's verdict is that of `congdoan validate`: the file is loaded and, when it loads,
 * checked; "invalid" when an error has one of the schema's tags (schema-*, xml-*) or those of
 * the rules the schema also states (a parent on a central unit, a sector above the grassroots,
 * target-max without a range, a condition without share-of-units, a negative fraction, a
 * document number outside the schema's docnumber-type: the check's docnumber-unreadable, which
 * also refuses the few numbers of that shape the parser cannot read). Rules the schema leaves
 * to the library (its comment: unique ids, references that resolve, one classification per
 * year, target-max >= target, distinct list entries, NFC) and the limits are not part of the
 * verdict.
 */
#include "test-common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CD "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\">\n"
#define END "\n</congdoan>\n"
#define BUF(s) (s), (sizeof(s) - 1)

#include "hostile-cases.h"

/* Issue tags of rules that the schema states too (the others are the library's own). */
static const char *const schema_rules[] = {
    "central-with-parent", "condition-missing", "condition-not-applicable", "docnumber-unreadable", "range-missing-max",
    "report-fraction-negative", "sector-outside-grassroots",
    /* 1.2 */
    "currency-not-applicable", "direction-not-applicable", "figure-negative", "population-threshold-partial",
    "score-max-missing", "status-completed-not-done", NULL};

static int schema_tag(const char *tag)
{
    if (strncmp(tag, "schema-", 7) == 0 || strncmp(tag, "xml-", 4) == 0)
        return 1;
    for (const char *const *r = schema_rules; *r; r++)
        if (strcmp(tag, *r) == 0)
            return 1;
    return 0;
}

static int inputs, disagreements, wrong;

enum { VALID = 1, INVALID = 0, EITHER = -1 };

/* The two verdicts on one file; `want` is the schema's by its text (EITHER: not stated). */
static void compare(const char *label, const char *path, int want)
{
    congdoan_issues *by_schema = test_new_issues(), *by_loader = test_new_issues();
    congdoan_corpus *c = test_new_corpus();
    int rc = congdoan_schema_validate_file(path, by_schema);
    /* what `congdoan validate` runs: the load, then the check of what was loaded */
    if (congdoan_corpus_load_file(c, path, by_loader) == 0)
        congdoan_corpus_check(c, by_loader);
    const char *first = NULL;
    for (size_t i = 0; i < congdoan_issues_count(by_loader); i++) {
        const congdoan_issue *is = congdoan_issues_get(by_loader, i);
        if (congdoan_issue_severity(is) == CONGDOAN_SEVERITY_ERROR && schema_tag(congdoan_issue_tag(is))) {
            first = congdoan_issue_message(is);
            break;
        }
    }
    int schema_valid = rc == 0, loader_valid = first == NULL;
    const char *schema_says = congdoan_issues_count(by_schema) ? congdoan_issue_message(congdoan_issues_get(by_schema, 0))
                                                               : "";
    inputs++;
    if (schema_valid != loader_valid) {
        disagreements++;
        printf("DISAGREE %s: schema %s%s%s%s, loader %s%s%s%s\n", label, schema_valid ? "valid" : "invalid",
               schema_valid ? "" : " (", schema_says, schema_valid ? "" : ")", loader_valid ? "valid" : "invalid",
               loader_valid ? "" : " (", loader_valid ? "" : first, loader_valid ? "" : ")");
    } else if (want != EITHER && schema_valid != want) {
        wrong++;
        printf("WRONG %s: both say %s, the schema's text says %s (%s)\n", label, schema_valid ? "valid" : "invalid",
               want ? "valid" : "invalid", schema_valid ? "" : schema_says);
    }
    test_drop_corpus(c);
    test_drop_issues(by_schema);
    test_drop_issues(by_loader);
}

static char tmp_path[64];

static void compare_buffer(const char *label, const char *data, size_t size, int want)
{
    FILE *f = fopen(tmp_path, "wb");
    ck_assert_ptr_nonnull(f);
    ck_assert_uint_eq(fwrite(data, 1, size, f), size);
    fclose(f);
    compare(label, tmp_path, want);
}

static int is_regular(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* Every file of a folder (not its subfolders; hidden files apart). */
static void compare_folder(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "README.md") == 0 || strcmp(e->d_name, "COPIED.md") == 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t n = strlen(e->d_name);
        /* XML files and the hostile fixtures (*.hostile), not the corpus-dev texts */
        int xml = n > 4 && (strcmp(e->d_name + n - 4, ".xml") == 0 || strcmp(e->d_name + n - 8, ".hostile") == 0);
        if (is_regular(path) && (xml || strstr(dir, "/fuzz/")))
            compare(path, path, EITHER);
    }
    closedir(d);
}

/* ---- the matrix ---------------------------------------------------------------------------- */

typedef struct rule_case {
    const char *label;
    const char *xml;
    int want;
} rule_case;

#define UNIT(attrs) CD "<unit id=\"u\" name=\"U\" " attrs "/>" END
#define DOC(attrs, body) CD "<document id=\"d\" kind=\"plan\" " attrs ">" body "</document>" END
#define IND(attrs) DOC("", "<section><indicator id=\"i\" " attrs "><text>x</text></indicator></section>")
#define TASK(attrs, body) DOC("", "<section><task id=\"t\" " attrs ">" body "</task></section>")
/* 1.2 */
#define CD12 "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.2\">\n"
#define GROUP(attrs, body) CD12 "<group id=\"g\" " attrs ">" body "</group>" END
#define DOC12(attrs, body) CD12 "<document id=\"d\" kind=\"plan\" " attrs ">" body "</document>" END
#define TASK12(attrs, body) DOC12("", "<section><task id=\"t\" " attrs ">" body "</task></section>")
#define IND12(attrs) DOC12("", "<section><indicator id=\"i\" " attrs "><text>x</text></indicator></section>")
#define INDB(body) \
    DOC12("", "<section><indicator id=\"i\" measure=\"count\" comparator=\"at-least\" target=\"1\">" body \
              "</indicator></section>")
#define RESULT(attrs) DOC12("", "<section><result " attrs "><text>x</text></result></section>")
#define REPORT12(body) CD12 "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\">" body "</report>" END

static const rule_case matrix[] = {
    /* root */
    {"version 1.0", CD END, VALID},
    {"version 1.10", "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.10\"/>", VALID},
    {"version 1.01", "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.01\"/>", INVALID},
    {"version 2.0", "<congdoan xmlns=\"urn:congdoan:1\" version=\"2.0\"/>", INVALID},
    {"version missing", "<congdoan xmlns=\"urn:congdoan:1\"/>", INVALID},
    {"root in no namespace", "<congdoan version=\"1.0\"/>", INVALID},
    {"root of another name", "<congdoann xmlns=\"urn:congdoan:1\" version=\"1.0\"/>", INVALID},
    {"text in the root", CD "hello" END, INVALID},
    {"foreign element in the root", CD "<x:a xmlns:x=\"urn:x\"><b c=\"d\">e</b></x:a>" END, VALID},
    {"element in no namespace in the root", CD "<a xmlns=\"\"/>" END, INVALID},
    {"unknown element of ours", CD "<nope/>" END, INVALID},
    {"foreign attribute on the root", "<congdoan xmlns=\"urn:congdoan:1\" xmlns:x=\"urn:x\" x:a=\"1\" version=\"1.0\"/>",
     VALID},
    {"attribute in no namespace on the root", "<congdoan xmlns=\"urn:congdoan:1\" version=\"1.0\" a=\"1\"/>", INVALID},
    /* ids */
    {"id of one character", CD "<unit id=\"x\" level=\"central\" name=\"U\"/>" END, VALID},
    {"id a.b-c_d", CD "<unit id=\"a.b-c_d\" level=\"central\" name=\"U\"/>" END, VALID},
    {"id starting with -", CD "<unit id=\"-a\" level=\"central\" name=\"U\"/>" END, INVALID},
    {"id with a letter outside ASCII", CD "<unit id=\"ạ\" level=\"central\" name=\"U\"/>" END, INVALID},
    {"id of 128 characters",
     CD "<unit id=\"a1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567"
        "890123456789012345678901234567\" level=\"central\" name=\"U\"/>" END,
     VALID},
    {"id of 129 characters",
     CD "<unit id=\"a1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567"
        "8901234567890123456789012345678\" level=\"central\" name=\"U\"/>" END,
     INVALID},
    {"id with a space around", CD "<unit id=\" u\" level=\"central\" name=\"U\"/>" END, INVALID},
    /* enums, required attributes, co-occurrence */
    {"level central", UNIT("level=\"central\""), VALID},
    {"level Central", UNIT("level=\"Central\""), INVALID},
    {"level with a space", UNIT("level=\" central\""), INVALID},
    {"level missing", UNIT(""), INVALID},
    {"name missing", CD "<unit id=\"u\" level=\"central\"/>" END, INVALID},
    {"name empty", CD "<unit id=\"u\" level=\"central\" name=\"\"/>" END, INVALID},
    {"name of spaces", CD "<unit id=\"u\" level=\"central\" name=\"  \"/>" END, INVALID},
    {"parent on a central unit", UNIT("level=\"central\" parent=\"p\""), INVALID},
    {"parent on a provincial unit", UNIT("level=\"provincial\" parent=\"p\""), VALID},
    {"sector on a grassroots unit", UNIT("level=\"grassroots\" parent=\"p\" sector=\"public\""), VALID},
    {"sector on a provincial unit", UNIT("level=\"provincial\" parent=\"p\" sector=\"public\""), INVALID},
    {"sector unknown", UNIT("level=\"grassroots\" sector=\"private\""), INVALID},
    {"unknown attribute", UNIT("level=\"central\" colour=\"red\""), INVALID},
    /* counts */
    {"members 0", UNIT("level=\"central\" members=\"0\""), VALID},
    {"members 120", UNIT("level=\"central\" members=\"120\""), VALID},
    {"members 012", UNIT("level=\"central\" members=\"012\""), INVALID},
    {"members -1", UNIT("level=\"central\" members=\"-1\""), INVALID},
    {"members 1.0", UNIT("level=\"central\" members=\"1.0\""), INVALID},
    {"members of 18 digits", UNIT("level=\"central\" members=\"999999999999999999\""), VALID},
    {"members of 20 digits", UNIT("level=\"central\" members=\"99999999999999999999\""), INVALID},
    {"members with spaces", UNIT("level=\"central\" members=\" 12\""), INVALID},
    /* classification: year, grade */
    {"classification 2025 good", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2025\" grade=\"good\"/></unit>" END, VALID},
    {"classification year 1899", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"1899\" grade=\"good\"/></unit>" END, INVALID},
    {"classification year 1900", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"1900\" grade=\"good\"/></unit>" END, VALID},
    {"classification year 2200", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2200\" grade=\"good\"/></unit>" END, VALID},
    {"classification year 2201", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2201\" grade=\"good\"/></unit>" END, INVALID},
    {"classification year 25", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"25\" grade=\"good\"/></unit>" END, INVALID},
    {"classification grade unknown", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2025\" grade=\"best\"/></unit>" END, INVALID},
    {"classification with text", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2025\" grade=\"good\">x</classification></unit>" END, INVALID},
    {"department then body", CD "<unit id=\"u\" level=\"central\" name=\"U\"><department id=\"u.d\" name=\"D\"/><body id=\"u.b\" name=\"B\" kind=\"presidium\"/></unit>" END, VALID},
    {"classification before a department", CD "<unit id=\"u\" level=\"central\" name=\"U\"><classification year=\"2025\" grade=\"good\"/><department id=\"u.d\" name=\"D\"/></unit>" END, INVALID},
    {"body kind unknown", CD "<unit id=\"u\" level=\"central\" name=\"U\"><body id=\"u.b\" name=\"B\" kind=\"senate\"/></unit>" END, INVALID},
    {"text in a unit", CD "<unit id=\"u\" level=\"central\" name=\"U\">text</unit>" END, INVALID},
    /* dates */
    {"issued 2025-02-27", DOC("issued=\"2025-02-27\"", ""), VALID},
    {"issued 2024-02-29", DOC("issued=\"2024-02-29\"", ""), VALID},
    {"issued 2023-02-29", DOC("issued=\"2023-02-29\"", ""), INVALID},
    {"issued 2025-04-31", DOC("issued=\"2025-04-31\"", ""), INVALID},
    {"issued 2025-2-27", DOC("issued=\"2025-2-27\"", ""), INVALID},
    {"issued 27/02/2025", DOC("issued=\"27/02/2025\"", ""), INVALID},
    {"issued 0000-01-01", DOC("issued=\"0000-01-01\"", ""), INVALID},
    {"issued 9999-12-31", DOC("issued=\"9999-12-31\"", ""), VALID},
    {"issued with spaces", DOC("issued=\" 2025-02-27 \"", ""), INVALID},
    {"issued with a time zone", DOC("issued=\"2025-02-27Z\"", ""), INVALID},
    /* document numbers */
    {"number 240/KH-TLĐ", DOC("number=\"240/KH-TLĐ\"", ""), VALID},
    {"number 105/2020/NĐ-CP", DOC("number=\"105/2020/NĐ-CP\"", ""), VALID},
    {"number 12-CT/TW", DOC("number=\"12-CT/TW\"", ""), VALID},
    {"number 4b/TLĐ", DOC("number=\"4b/TLĐ\"", ""), VALID},
    {"number 02/KHLT/LĐLĐ-TĐTN", DOC("number=\"02/KHLT/LĐLĐ-TĐTN\"", ""), VALID},
    {"number 01/K`-LĐLĐ", DOC("number=\"01/K`-LĐLĐ\"", ""), INVALID},
    {"number Số 240/KH-TLĐ", DOC("number=\"Số 240/KH-TLĐ\"", ""), INVALID},
    {"number with a space after", DOC("number=\"240/KH-TLĐ \"", ""), INVALID},
    {"number 240", DOC("number=\"240\"", ""), INVALID},
    /* document children, their order and number */
    {"title then section", DOC("", "<title>T</title><section/>"), VALID},
    {"section then title", DOC("", "<section/><title>T</title>"), INVALID},
    {"two titles", DOC("", "<title>T</title><title>U</title>"), INVALID},
    {"title blank", DOC("", "<title>  </title>"), INVALID},
    {"title empty", DOC("", "<title></title>"), INVALID},
    {"title of a foreign element", DOC("", "<title><x:b xmlns:x=\"urn:x\"/></title>"), VALID},
    {"title holding an element of ours", DOC("", "<title>T<p>x</p></title>"), INVALID},
    {"signer then title", DOC("", "<signer name=\"N\"/><title>T</title>"), INVALID},
    {"text in a document", DOC("", "hello"), INVALID},
    {"kind missing", CD "<document id=\"d\"/>" END, INVALID},
    {"kind unknown", CD "<document id=\"d\" kind=\"memo\"/>" END, INVALID},
    {"place blank", DOC("place=\" \"", ""), INVALID},
    /* sections, tasks */
    {"task with text", TASK("", "<text>T</text>"), VALID},
    {"task without text", TASK("", ""), INVALID},
    {"task text blank", TASK("", "<text> </text>"), INVALID},
    {"task with two texts", TASK("", "<text>T</text><text>U</text>"), INVALID},
    {"coordinator before text", TASK("", "<coordinator unit=\"u\"/><text>T</text>"), INVALID},
    {"coordinator with unit", TASK("", "<text>T</text><coordinator unit=\"u\"/>"), VALID},
    {"coordinator with text", TASK("", "<text>T</text><coordinator>Các ban</coordinator>"), VALID},
    {"coordinator empty", TASK("", "<text>T</text><coordinator/>"), INVALID},
    {"due 2025-H1", TASK("due=\"2025-H1\"", "<text>T</text>"), VALID},
    {"due 2025-06-30", TASK("due=\"2025-06-30\"", "<text>T</text>"), VALID},
    {"due ongoing", TASK("due=\"ongoing\"", "<text>T</text>"), VALID},
    {"due yearly:12-15", TASK("due=\"yearly:12-15\"", "<text>T</text>"), VALID},
    {"due yearly:02-29", TASK("due=\"yearly:02-29\"", "<text>T</text>"), VALID},
    {"due yearly:02-30", TASK("due=\"yearly:02-30\"", "<text>T</text>"), INVALID},
    {"due yearly:04-31", TASK("due=\"yearly:04-31\"", "<text>T</text>"), INVALID},
    {"due monthly:31", TASK("due=\"monthly:31\"", "<text>T</text>"), VALID},
    {"due monthly:32", TASK("due=\"monthly:32\"", "<text>T</text>"), INVALID},
    {"due quarterly", TASK("due=\"quarterly\"", "<text>T</text>"), VALID},
    {"due weekly", TASK("due=\"weekly\"", "<text>T</text>"), INVALID},
    {"due 2025-Q5", TASK("due=\"2025-Q5\"", "<text>T</text>"), INVALID},
    {"lead with a bad id", TASK("lead=\"a b\"", "<text>T</text>"), INVALID},
    {"text after a paragraph", DOC("", "<section><p>x</p><task id=\"t\"><text>T</text></task></section>"), VALID},
    {"paragraph blank", DOC("", "<section><p> </p></section>"), INVALID},
    /* indicators: decimals, periods, rules between attributes */
    {"target 98.5", IND("measure=\"percentage\" comparator=\"at-least\" target=\"98.5\""), VALID},
    {"target 1810", IND("measure=\"count\" comparator=\"at-least\" target=\"1810\""), VALID},
    {"target 1.810", IND("measure=\"count\" comparator=\"at-least\" target=\"1.810\""), VALID},
    {"target -3", IND("measure=\"count\" comparator=\"at-most\" target=\"-3\""), VALID},
    {"target 01", IND("measure=\"count\" comparator=\"at-least\" target=\"01\""), INVALID},
    {"target 1.", IND("measure=\"count\" comparator=\"at-least\" target=\"1.\""), INVALID},
    {"target .5", IND("measure=\"count\" comparator=\"at-least\" target=\".5\""), INVALID},
    {"target +1", IND("measure=\"count\" comparator=\"at-least\" target=\"+1\""), INVALID},
    {"target 1e3", IND("measure=\"count\" comparator=\"at-least\" target=\"1e3\""), INVALID},
    {"target 98,5", IND("measure=\"count\" comparator=\"at-least\" target=\"98,5\""), INVALID},
    {"target with a space", IND("measure=\"count\" comparator=\"at-least\" target=\" 5\""), INVALID},
    {"target missing", IND("measure=\"count\" comparator=\"at-least\""), INVALID},
    {"measure unknown", IND("measure=\"ratio\" comparator=\"at-least\" target=\"5\""), INVALID},
    {"range with target-max", IND("measure=\"count\" comparator=\"range\" target=\"5\" target-max=\"9\""), VALID},
    {"range without target-max", IND("measure=\"count\" comparator=\"range\" target=\"5\""), INVALID},
    {"target-max without range", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" target-max=\"9\""), INVALID},
    {"share-of-units with condition",
     IND("measure=\"share-of-units\" comparator=\"at-least\" target=\"80\" condition=\"classification-at-least:good\""),
     VALID},
    {"share-of-units without condition", IND("measure=\"share-of-units\" comparator=\"at-least\" target=\"80\""), INVALID},
    {"condition without share-of-units",
     IND("measure=\"count\" comparator=\"at-least\" target=\"8\" condition=\"classification-at-least:good\""), INVALID},
    {"condition of an unknown grade",
     IND("measure=\"share-of-units\" comparator=\"at-least\" target=\"80\" condition=\"classification-at-least:best\""),
     INVALID},
    {"period 2025-Q4", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2025-Q4\""), VALID},
    {"period 2025-12", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2025-12\""), VALID},
    {"period 2025-13", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2025-13\""), INVALID},
    {"period 2025-H3", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2025-H3\""), INVALID},
    {"period 25", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"25\""), INVALID},
    {"scope sectors", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" scope-sector=\"public state-enterprise\""),
     VALID},
    {"scope sector unknown", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" scope-sector=\"public nope\""),
     INVALID},
    {"scope sector empty", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" scope-sector=\"\""), INVALID},
    {"refines kh#i1", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" refines=\"kh#i1\""), VALID},
    {"refines kh#", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" refines=\"kh#\""), INVALID},
    {"refines #i1", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" refines=\"#i1\""), INVALID},
    {"refines without #", IND("measure=\"count\" comparator=\"at-least\" target=\"5\" refines=\"kh\""), INVALID},
    /* reports */
    {"report with values",
     CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><value indicator=\"i\" value=\"3\"/>"
        "<value indicator=\"j\" numerator=\"1\" denominator=\"2\"/><task-status task=\"t\" status=\"done\"/></report>" END,
     VALID},
    {"report period missing", CD "<report id=\"r\" unit=\"u\" document=\"d\"/>" END, INVALID},
    {"report period 2025-Q0", CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025-Q0\"/>" END, INVALID},
    {"value negative numerator",
     CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><value indicator=\"i\" numerator=\"-1\" denominator=\"2\"/></report>" END,
     INVALID},
    {"value coverage unknown",
     CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><value indicator=\"i\" value=\"1\" coverage=\"all\"/></report>" END,
     INVALID},
    {"task-status unknown",
     CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"late\"/></report>" END,
     INVALID},
    {"task-status before a value",
     CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"done\"/><value indicator=\"i\" value=\"1\"/></report>" END,
     INVALID},
    {"note blank", CD "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><note> </note></report>" END, INVALID},
    /* ---- 1.2: units and groups */
    {"unit kind federation", CD12 "<unit id=\"u\" level=\"provincial\" kind=\"federation\" name=\"U\"/>" END, VALID},
    {"unit kind on a grassroots union", CD12 "<unit id=\"u\" level=\"grassroots\" kind=\"federation\" name=\"U\"/>" END,
     INVALID},
    {"unit kind on the central union", CD12 "<unit id=\"u\" level=\"central\" kind=\"sectoral\" name=\"U\"/>" END, VALID},
    {"unit kind unknown", CD12 "<unit id=\"u\" level=\"provincial\" kind=\"union\" name=\"U\"/>" END, INVALID},
    {"group with a member", GROUP("kind=\"emulation-cluster\" name=\"G\"", "<member unit=\"u\"/><member unit=\"v\"/>"), VALID},
    {"group with a parent", GROUP("kind=\"emulation-bloc\" name=\"G\" short-name=\"K\" parent=\"p\"", ""), VALID},
    {"group kind missing", GROUP("name=\"G\"", ""), INVALID},
    {"group kind unknown", GROUP("kind=\"cluster\" name=\"G\"", ""), INVALID},
    {"group name blank", GROUP("kind=\"emulation-bloc\" name=\" \"", ""), INVALID},
    {"member without unit", GROUP("kind=\"emulation-bloc\" name=\"G\"", "<member/>"), INVALID},
    {"member with a bad id", GROUP("kind=\"emulation-bloc\" name=\"G\"", "<member unit=\"a b\"/>"), INVALID},
    {"member with text", GROUP("kind=\"emulation-bloc\" name=\"G\"", "<member unit=\"u\">x</member>"), INVALID},
    {"member holding a foreign element", GROUP("kind=\"emulation-bloc\" name=\"G\"",
                                               "<member unit=\"u\"><x:a xmlns:x=\"urn:x\"/></member>"), VALID},
    {"text in a group", GROUP("kind=\"emulation-bloc\" name=\"G\"", "x"), INVALID},
    {"a unit in a group", GROUP("kind=\"emulation-bloc\" name=\"G\"", "<unit id=\"u\" level=\"central\" name=\"U\"/>"),
     INVALID},
    {"group before a unit", CD12 "<group id=\"g\" kind=\"emulation-bloc\" name=\"G\"/><unit id=\"u\" level=\"central\" name=\"U\"/>" END,
     VALID},
    {"member in the root", CD12 "<member unit=\"u\"/>" END, INVALID},
    /* ---- 1.2: documents, sources, relations, reporting */
    {"published, author, issuer-text", DOC12("published=\"2025-03-01\" author=\"Ban Tuyên giáo\" issuer-text=\"LĐLĐ tỉnh\"", ""),
     VALID},
    {"published 2025-02-30", DOC12("published=\"2025-02-30\"", ""), INVALID},
    {"issuer-text blank", DOC12("issuer-text=\"\"", ""), INVALID},
    {"source last", DOC12("", "<section/><source file=\"a.txt\" line=\"3\" column=\"7\">Kế hoạch số 5</source>"), VALID},
    {"source before a section", DOC12("", "<source>w</source><section/>"), INVALID},
    {"two sources", DOC12("", "<source>w</source><source>v</source>"), INVALID},
    {"source blank", DOC12("", "<source> </source>"), INVALID},
    {"source without text", DOC12("", "<source line=\"2\"/>"), INVALID},
    {"source line 0", DOC12("", "<source line=\"0\">w</source>"), INVALID},
    {"source line 012", DOC12("", "<source line=\"012\">w</source>"), INVALID},
    {"source column x", DOC12("", "<source column=\"x\">w</source>"), INVALID},
    {"source file blank", DOC12("", "<source file=\" \">w</source>"), INVALID},
    {"relation by title", DOC12("", "<relation type=\"refers-to\" title=\"Luật Công đoàn\"/>"), VALID},
    {"relation by number and title", DOC12("", "<relation type=\"based-on\" number=\"240/KH-TLĐ\" title=\"Kế hoạch\"/>"), VALID},
    {"relation without document, number or title", DOC12("", "<relation type=\"based-on\" date=\"2025-01-02\"/>"), INVALID},
    {"relation title blank", DOC12("", "<relation type=\"refers-to\" title=\" \"/>"), INVALID},
    {"relation type unknown", DOC12("", "<relation type=\"cites\" document=\"d2\"/>"), INVALID},
    {"reporting in full",
     DOC12("", "<reporting to=\"a\" via=\"b\" frequency=\"yearly\"><deadline period=\"2025\" date=\"2025-12-15\"/>"
               "<reporter unit=\"u\" indicators=\"i1 i2\" coverage=\"subtree\"/><reporter unit=\"v\"/></reporting>"),
     VALID},
    {"reporting via a bad id", DOC12("", "<reporting via=\"a b\"/>"), INVALID},
    {"reporter indicators empty", DOC12("", "<reporting><reporter unit=\"u\" indicators=\"\"/></reporting>"), INVALID},
    {"reporter indicators with a bad id", DOC12("", "<reporting><reporter unit=\"u\" indicators=\"i1 -x\"/></reporting>"),
     INVALID},
    {"reporter indicators repeated", DOC12("", "<reporting><reporter unit=\"u\" indicators=\"i1 i2 i1\"/></reporting>"),
     VALID},
    {"lead-kind repeated", TASK12("lead-level=\"provincial\" lead-kind=\"federation federation\"", "<text>T</text>"), VALID},
    {"reporter coverage unknown", DOC12("", "<reporting><reporter unit=\"u\" coverage=\"all\"/></reporting>"), INVALID},
    {"reporter without unit", DOC12("", "<reporting><reporter/></reporting>"), INVALID},
    {"reporter before a deadline",
     DOC12("", "<reporting><reporter unit=\"u\"/><deadline period=\"2025\" date=\"2025-12-15\"/></reporting>"), INVALID},
    {"deadline period 2025-12-15", DOC12("", "<reporting><deadline period=\"2025-12-15\" date=\"2025-12-15\"/></reporting>"),
     INVALID},
    /* ---- 1.2: tasks, milestones, coordinators */
    {"task lead class", TASK12("lead-level=\"provincial\" lead-kind=\"federation sectoral\"", "<text>T</text>"), VALID},
    {"task lead class of grassroots unions", TASK12("lead-level=\"grassroots\" lead-sector=\"public state-enterprise\"",
                                                    "<text>T</text>"), VALID},
    {"lead-sector above the grassroots", TASK12("lead-level=\"provincial\" lead-sector=\"public\"", "<text>T</text>"),
     INVALID},
    {"lead-kind at the grassroots", TASK12("lead-level=\"grassroots\" lead-kind=\"federation\"", "<text>T</text>"),
     INVALID},
    {"lead-text", TASK12("lead-text=\"Ban Tổ chức\"", "<text>T</text>"), VALID},
    {"lead-text blank", TASK12("lead-text=\" \"", "<text>T</text>"), INVALID},
    {"lead-kind without lead-level", TASK12("lead-kind=\"federation\"", "<text>T</text>"), INVALID},
    {"lead-sector without lead-level", TASK12("lead-sector=\"public\"", "<text>T</text>"), INVALID},
    {"lead-level unknown", TASK12("lead-level=\"national\"", "<text>T</text>"), INVALID},
    {"lead-kind unknown", TASK12("lead-level=\"provincial\" lead-kind=\"federation nope\"", "<text>T</text>"), INVALID},
    {"lead-kind empty", TASK12("lead-level=\"provincial\" lead-kind=\"\"", "<text>T</text>"), INVALID},
    {"milestone after the text",
     TASK12("", "<text>T</text><milestone due=\"2025-06\" due-text=\"tháng 6\">M</milestone><coordinator unit=\"u\"/>"),
     VALID},
    {"milestone before the text", TASK12("", "<milestone due=\"2025\">M</milestone><text>T</text>"), INVALID},
    {"milestone after a coordinator", TASK12("", "<text>T</text><coordinator unit=\"u\"/><milestone due=\"2025\">M</milestone>"),
     INVALID},
    {"milestone without due", TASK12("", "<text>T</text><milestone>M</milestone>"), INVALID},
    {"milestone without text", TASK12("", "<text>T</text><milestone due=\"2025\"/>"), INVALID},
    {"milestone due weekly", TASK12("", "<text>T</text><milestone due=\"weekly\">M</milestone>"), INVALID},
    {"source after coordinators", TASK12("", "<text>T</text><coordinator unit=\"u\"/><source>w</source>"), VALID},
    {"coordinator after the source", TASK12("", "<text>T</text><source>w</source><coordinator unit=\"u\"/>"), INVALID},
    {"coordinator class", TASK12("", "<text>T</text><coordinator level=\"grassroots\" sector=\"public\"/>"), VALID},
    {"coordinator class of grassroots unions with a kind",
     TASK12("", "<text>T</text><coordinator level=\"grassroots\" kind=\"federation\"/>"), INVALID},
    {"coordinator class above the grassroots with a sector",
     TASK12("", "<text>T</text><coordinator level=\"provincial\" sector=\"public\"/>"), INVALID},
    {"coordinator class with words", TASK12("", "<text>T</text><coordinator level=\"provincial\">các LĐLĐ tỉnh</coordinator>"),
     VALID},
    {"coordinator kind without level", TASK12("", "<text>T</text><coordinator kind=\"federation\"/>"), INVALID},
    {"coordinator sector without level", TASK12("", "<text>T</text><coordinator sector=\"public\">x</coordinator>"), INVALID},
    {"coordinator unit and level", TASK12("", "<text>T</text><coordinator unit=\"u\" level=\"provincial\"/>"), INVALID},
    {"coordinator unit and kind", TASK12("", "<text>T</text><coordinator unit=\"u\" kind=\"federation\"/>"), INVALID},
    /* ---- 1.2: indicators */
    {"comparator more-than", IND12("measure=\"count\" comparator=\"more-than\" target=\"5\""), VALID},
    {"comparator less-than", IND12("measure=\"count\" comparator=\"less-than\" target=\"5\""), VALID},
    {"comparator target with direction", IND12("measure=\"count\" comparator=\"target\" target=\"5\" direction=\"lower\""),
     VALID},
    {"comparator about", IND12("measure=\"percentage\" comparator=\"about\" target=\"50\""), VALID},
    {"direction with at-least", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" direction=\"higher\""), INVALID},
    {"direction unknown", IND12("measure=\"count\" comparator=\"target\" target=\"5\" direction=\"up\""), INVALID},
    {"range-or-more with target-max", IND12("measure=\"count\" comparator=\"range-or-more\" target=\"5\" target-max=\"7\""),
     VALID},
    {"range-or-more without target-max", IND12("measure=\"count\" comparator=\"range-or-more\" target=\"5\""), INVALID},
    {"target-max with more-than", IND12("measure=\"count\" comparator=\"more-than\" target=\"5\" target-max=\"7\""), INVALID},
    {"money with a currency", IND12("measure=\"money\" comparator=\"at-least\" target=\"1500000\" currency=\"VND\""), VALID},
    {"money without a currency", IND12("measure=\"money\" comparator=\"at-least\" target=\"1500000\""), VALID},
    {"currency without money", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" currency=\"VND\""), INVALID},
    {"currency vnd", IND12("measure=\"money\" comparator=\"at-least\" target=\"5\" currency=\"vnd\""), INVALID},
    {"currency VNDX", IND12("measure=\"money\" comparator=\"at-least\" target=\"5\" currency=\"VNDX\""), INVALID},
    {"score with score-max", IND12("measure=\"score\" comparator=\"at-least\" target=\"90\" score-max=\"100\""), VALID},
    {"score without score-max (points as printed, no scale)", IND12("measure=\"score\" comparator=\"at-least\" target=\"90\""), VALID},
    {"score-max without score", IND12("measure=\"count\" comparator=\"at-least\" target=\"90\" score-max=\"100\""), INVALID},
    {"score-max 0 (the library's own rule: above 0)",
     IND12("measure=\"score\" comparator=\"at-least\" target=\"0\" score-max=\"0\""), VALID},
    {"score-max negative", IND12("measure=\"score\" comparator=\"at-least\" target=\"90\" score-max=\"-1\""), INVALID},
    {"condition with money", IND12("measure=\"money\" comparator=\"at-least\" target=\"5\" condition=\"classification-at-least:good\""),
     INVALID},
    {"period 2018/2023", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2018/2023\""), VALID},
    {"period 2024-01/2024-09", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2024-01/2024-09\""), VALID},
    {"period term:2023/2028", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"term:2023/2028\""), VALID},
    {"period term:2023", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"term:2023\""), INVALID},
    {"period 2023/20", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2023/20\""), INVALID},
    {"period 2023/2025/2027", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period=\"2023/2025/2027\""), INVALID},
    {"by 2025-06-30", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" by=\"2025-06-30\""), VALID},
    {"by 2025-Q2", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" by=\"2025-Q2\""), VALID},
    {"by 2025-02-30", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" by=\"2025-02-30\""), INVALID},
    {"by ongoing", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" by=\"ongoing\""), INVALID},
    {"by 2025/2026", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" by=\"2025/2026\""), INVALID},
    {"period-text, subject, part-of",
     IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" period-text=\"hằng năm\" subject=\"đoàn viên\" part-of=\"i0\""),
     VALID},
    {"part-of with a bad id", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" part-of=\"a#b\""), INVALID},
    {"subject blank", IND12("measure=\"count\" comparator=\"at-least\" target=\"5\" subject=\"\""), INVALID},
    /* ---- 1.2: populations */
    {"population with a threshold",
     INDB("<text>x</text><population of=\"công nhân\" measure=\"tuổi\" comparator=\"at-least\" value=\"18\">công nhân từ 18 tuổi</population>"),
     VALID},
    {"population in words", INDB("<text>x</text><population>người lao động</population><source>w</source>"), VALID},
    {"population threshold without a value",
     INDB("<text>x</text><population measure=\"tuổi\" comparator=\"at-least\">x</population>"), INVALID},
    {"population value alone", INDB("<text>x</text><population value=\"18\">x</population>"), INVALID},
    {"population comparator about",
     INDB("<text>x</text><population measure=\"tuổi\" comparator=\"about\" value=\"18\">x</population>"), INVALID},
    {"population blank", INDB("<text>x</text><population> </population>"), INVALID},
    {"population before the text", INDB("<population>p</population><text>x</text>"), INVALID},
    {"population after the source", INDB("<text>x</text><source>w</source><population>p</population>"), INVALID},
    {"population in a task", TASK12("", "<text>T</text><population>p</population>"), INVALID},
    /* ---- 1.2: results */
    {"result in a section",
     DOC12("", "<section><result id=\"r1\" value=\"12\" measure=\"count\" comparator=\"more-than\" period=\"2018/2023\" "
               "estimate=\"true\" cumulative=\"false\" unit=\"u\" subject=\"s\" part-of=\"r0\" indicator=\"d#i\"><text>x</text>"
               "<population>p</population><source line=\"4\">w</source></result></section>"),
     VALID},
    {"result of figures", RESULT("value=\"3\" of=\"4\" share=\"75\" stated-rate=\"75.5\" over-target=\"5\" over-target-comparator=\"about\""),
     VALID},
    {"result without attributes", RESULT(""), VALID},
    {"result without text", DOC12("", "<section><result value=\"3\"/></section>"), INVALID},
    {"result with two texts", DOC12("", "<section><result value=\"3\"><text>x</text><text>y</text></result></section>"), INVALID},
    {"result estimate yes", RESULT("estimate=\"yes\""), INVALID},
    {"result share negative", RESULT("share=\"-5\""), INVALID},
    {"result of negative", RESULT("of=\"-4\""), INVALID},
    {"result stated-rate negative", RESULT("stated-rate=\"-1.5\""), INVALID},
    {"result over-target negative", RESULT("over-target=\"-2\""), INVALID},
    {"result score-max negative", RESULT("value=\"3\" measure=\"score\" score-max=\"-10\""), INVALID},
    {"result above its whole (the library's own rule)", RESULT("value=\"14\" of=\"13\""), VALID},
    {"result a part of itself (the library's own rule)", RESULT("id=\"r\" part-of=\"r\""), VALID},
    {"result of 1,5", RESULT("of=\"1,5\""), INVALID},
    {"result over-target-comparator alone", RESULT("over-target-comparator=\"about\""), INVALID},
    {"result comparator range", RESULT("value=\"3\" comparator=\"range\""), INVALID},
    {"result score without score-max (\"đạt 98 điểm\")", RESULT("value=\"3\" measure=\"score\""), VALID},
    {"result score with score-max", RESULT("value=\"3\" measure=\"score\" score-max=\"10\""), VALID},
    {"result currency without money", RESULT("value=\"3\" currency=\"VND\""), INVALID},
    {"result money with a currency", RESULT("value=\"3\" measure=\"money\" currency=\"VND\""), VALID},
    {"result measure share-of-units", RESULT("value=\"3\" measure=\"share-of-units\""), INVALID},
    {"result indicator without #", RESULT("indicator=\"d\""), INVALID},
    {"result period 2025-H3", RESULT("period=\"2025-H3\""), INVALID},
    {"result in the root", CD12 "<result><text>x</text></result>" END, INVALID},
    {"result in a report after values",
     CD12 "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><value indicator=\"i\" value=\"1\"/>"
          "<result value=\"2\"><text>x</text></result><task-status task=\"t\" status=\"done\"/><note>n</note></report>" END,
     VALID},
    {"result after a task-status",
     CD12 "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><task-status task=\"t\" status=\"done\"/>"
          "<result value=\"2\"><text>x</text></result></report>" END,
     INVALID},
    {"result before a value",
     CD12 "<report id=\"r\" unit=\"u\" document=\"d\" period=\"2025\"><result value=\"2\"><text>x</text></result>"
          "<value indicator=\"i\" value=\"1\"/></report>" END,
     INVALID},
    /* ---- 1.2: report forms */
    {"value without a figure", REPORT12("<value indicator=\"i\"/>"), VALID},
    {"value without a figure, with coverage", REPORT12("<value indicator=\"i\" coverage=\"subtree\"/>"), VALID},
    {"value with a fraction and a value", REPORT12("<value indicator=\"i\" numerator=\"1\" denominator=\"4\" value=\"25\"/>"), VALID},
    {"value with text", REPORT12("<value indicator=\"i\" value=\"1\">x</value>"), INVALID},
    {"task-status without status", REPORT12("<task-status task=\"t\"/>"), VALID},
    {"task-status done, completed", REPORT12("<task-status task=\"t\" unit=\"u\" status=\"done\" completed=\"2025-05-02\"/>"),
     VALID},
    {"completed without done", REPORT12("<task-status task=\"t\" status=\"in-progress\" completed=\"2025-05-02\"/>"), INVALID},
    {"completed without a status", REPORT12("<task-status task=\"t\" completed=\"2025-05-02\"/>"), INVALID},
    {"completed 2025-13-01", REPORT12("<task-status task=\"t\" status=\"done\" completed=\"2025-13-01\"/>"), INVALID},
    {"task-status unit with a bad id", REPORT12("<task-status task=\"t\" unit=\"a b\" status=\"done\"/>"), INVALID},
};

START_TEST(same_verdicts)
{
    snprintf(tmp_path, sizeof tmp_path, "/tmp/congdoan-agree-XXXXXX");
    int fd = mkstemp(tmp_path);
    ck_assert_int_ge(fd, 0);
    close(fd);

    /* the fixtures and the hostile files */
    static const char *const data_folders[] = {"", "foreign", "hostile", "expected", "expected/canonical", "corpus-dev-xml",
                                               NULL};
    for (const char *const *f = data_folders; *f; f++) {
        char dir[1024];
        snprintf(dir, sizeof dir, "%s", test_data_path(*f));
        compare_folder(dir);
    }
    /* the sample data and the program's test files (examples/tests, next to examples/data) */
    static const char *const sample_folders[] = {"", "../tests", "../tests/not-loaded", NULL};
    char dir[1024];
    for (const char *const *f = sample_folders; *f; f++) {
        snprintf(dir, sizeof dir, "%s", test_sample_path(*f));
        compare_folder(dir);
    }
    /* the fuzzers' seeds and regression inputs (tests/fuzz, next to tests/data) */
    static const char *const fuzz_folders[] = {"../fuzz/seeds/query", "../fuzz/regressions/load",
                                               "../fuzz/regressions/query", "../fuzz/docx-parts", NULL};
    for (const char *const *f = fuzz_folders; *f; f++) {
        snprintf(dir, sizeof dir, "%s", test_data_path(*f));
        compare_folder(dir);
    }
    int files = inputs;

    /* the hostile buffers */
    for (size_t i = 0; i < N_BAD; i++)
        compare_buffer(bad_cases[i].label, bad_cases[i].data, bad_cases[i].size, EITHER);
    int hostile = inputs - files;

    /* the matrix */
    for (size_t i = 0; i < sizeof matrix / sizeof matrix[0]; i++)
        compare_buffer(matrix[i].label, matrix[i].xml, strlen(matrix[i].xml), matrix[i].want);

    /* folders given by hand */
    const char *extra = getenv("CONGDOAN_AGREEMENT_EXTRA");
    if (extra) {
        char *copy = strdup(extra);
        for (char *p = strtok(copy, ":"); p; p = strtok(NULL, ":"))
            compare_folder(p);
        free(copy);
    }
    unlink(tmp_path);
    printf("schema agreement: %d inputs (%d files, %d hostile buffers, %zu rule cases%s): %d disagreements, "
           "%d verdicts against the schema's text\n",
           inputs, files, hostile, sizeof matrix / sizeof matrix[0], extra ? ", extra folders" : "", disagreements, wrong);
    ck_assert_msg(disagreements == 0 && wrong == 0, "%d disagreements, %d wrong verdicts (listed above)", disagreements,
                  wrong);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("schema-agreement");
    TCase *tc = tcase_create("agreement");
    tcase_add_checked_fixture(tc, NULL, test_release_tracked);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, same_verdicts);
    suite_add_tcase(s, tc);
    return test_run_suite(s);
}
