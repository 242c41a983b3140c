/* The hostile inputs of tests/test-hostile.c, each with what its refusal must look like, shared
 * with tests/test-schema-agreement.c (the loader and the RELAX NG schema give every one of them
 * the same verdict). Included by test files only; CD and BUF come from the includer. */
#ifndef CONGDOAN_HOSTILE_CASES_H
#define CONGDOAN_HOSTILE_CASES_H

#include <stddef.h>

#include "congdoan.h"

typedef struct expectation {
    int code;
    const char *tag;
    long line_lo, line_hi;   /* the error's line is in [lo, hi]; 0, 0: no location */
    const char *mention[5];  /* the message names these */
} expectation;

typedef struct bad_case {
    const char *label;
    const char *data;
    size_t size;
    expectation e;
    const char *absent[4];
} bad_case;

#define EP(lo, hi) {CONGDOAN_EPARSE, "xml-malformed", lo, hi, {NULL}}
#define EF(lo, hi) {CONGDOAN_EFORBIDDEN, "xml-forbidden", lo, hi, {NULL}}
#define EE(lo, hi) {CONGDOAN_EENCODING, "xml-encoding", lo, hi, {NULL}}
#define ES(tag, line, ...) {CONGDOAN_ESCHEMA, tag, line, line, {__VA_ARGS__}}
#define EX(line, ...) {CONGDOAN_EEXISTS, "duplicate-id", line, line, {__VA_ARGS__}}

static const bad_case bad_cases[] = {
    /* ---- malformed XML */
    {"unclosed tag at the end of the input", BUF(CD "<unit id=\"m.unclosed\" level=\"central\" name=\"A\">\n"),
     EP(2, 3), {"m.unclosed"}},
    {"mismatched end tag",
     BUF(CD "<unit id=\"m.mismatch\" level=\"central\" name=\"A\">\n"
            "<department id=\"m.mismatch.d\" name=\"D\">\n"
            "</unit>\n</congdoan>\n"),
     EP(4, 4), {"m.mismatch", "m.mismatch.d"}},
    {"an element after the root element",
     BUF(CD "<unit id=\"m.before\" level=\"central\" name=\"A\"/>\n</congdoan>\n"
            "<unit id=\"m.after\" level=\"central\" name=\"B\"/>\n"),
     EP(4, 4), {"m.before", "m.after"}},
    {"text after the root element", BUF(CD "<unit id=\"m.text\" level=\"central\" name=\"A\"/>\n</congdoan>\ngarbage\n"),
     EP(4, 4), {"m.text"}},
    /* said as it is, not as libxml2's "Extra content at the end of the document" */
    {"empty input", "", 0, {CONGDOAN_EPARSE, "xml-malformed", 0, 1, {"the file is empty"}}, {NULL}},
    {"only white space", BUF("  \n\t\n   "), {CONGDOAN_EPARSE, "xml-malformed", 0, 3, {"only white space"}}, {NULL}},
    {"an undefined entity", BUF(CD "<document id=\"m.undef\" kind=\"plan\"><title>&nope;</title></document>\n</congdoan>\n"),
     EP(2, 2), {"m.undef"}},
    {"a bare ampersand", BUF(CD "<document id=\"m.amp\" kind=\"plan\"><title>Lao & Việc</title></document>\n</congdoan>\n"),
     EP(2, 2), {"m.amp"}},
    {"an attribute given twice", BUF(CD "<unit id=\"m.twice\" level=\"central\" name=\"A\" name=\"B\"/>\n</congdoan>\n"),
     EP(2, 2), {"m.twice"}},
    {"an undeclared namespace prefix", BUF(CD "<x:unit id=\"m.prefix\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EP(2, 2), {"m.prefix"}},
    {"a second XML declaration", BUF(CD "<?xml version=\"1.0\"?>\n<unit id=\"m.decl\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EP(2, 2), {"m.decl"}},

    /* ---- forbidden XML features */
    {"billion laughs",
     BUF("<?xml version=\"1.0\"?>\n"
         "<!DOCTYPE congdoan [\n"
         "<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
         "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
         "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
         "]>\n" CD "<document id=\"f.laughs\" kind=\"plan\"><title>&d;&d;&d;&d;</title></document>\n</congdoan>\n"),
     EF(2, 3), {"f.laughs"}},
    {"an external entity",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n" CD
         "<document id=\"f.xxe\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n"),
     EF(2, 3), {"f.xxe"}},
    {"an external entity in an attribute value",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n" CD
         "<unit id=\"f.xxe.attr\" level=\"central\" name=\"&x;\"/>\n</congdoan>\n"),
     EF(2, 3), {"f.xxe.attr"}},
    {"a parameter entity",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY % p \"<!ENTITY q 'Q'>\">\n%p;\n]>\n" CD
         "<unit id=\"f.pe\" level=\"central\" name=\"&q;\"/>\n</congdoan>\n"),
     EF(2, 3), {"f.pe"}},
    {"an external parameter entity",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!ENTITY % p SYSTEM \"file:///etc/passwd\">\n%p;\n]>\n" CD
         "<unit id=\"f.xpe\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EF(2, 3), {"f.xpe"}},
    {"an unparsed (NDATA) entity",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan [\n<!NOTATION n SYSTEM \"n\">\n"
         "<!ENTITY u SYSTEM \"file:///etc/passwd\" NDATA n>\n]>\n" CD
         "<unit id=\"f.ndata\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EF(2, 4), {"f.ndata"}},
    /* The DOCTYPE's system literal may hold '>': the internal subset after it is still one. */
    {"an external entity after a system literal holding '>'",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"x>y\" [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n" CD
         "<document id=\"f.gt.xxe\" kind=\"plan\"><title>&x;</title></document>\n</congdoan>\n"),
     EF(2, 3), {"f.gt.xxe"}},
    {"DTD default attributes after a system literal holding '>'",
     BUF("<?xml version=\"1.0\"?>\n<!DOCTYPE congdoan SYSTEM \"x>y\" [\n"
         "<!ATTLIST unit name CDATA \"Injected by the DTD\" level CDATA \"central\">\n]>\n" CD
         "<unit id=\"f.gt.attlist\"/>\n</congdoan>\n"),
     EF(2, 3), {"f.gt.attlist"}},

    /* ---- encodings */
    /* U+0000 and other non-characters are valid UTF-8: the input is malformed XML, not badly encoded */
    {"a character reference to U+0000", BUF(CD "<unit id=\"e.charref0\" level=\"central\" name=\"A&#0;\"/>\n</congdoan>\n"),
     EP(2, 2), {"e.charref0"}},
    {"invalid UTF-8 in text",
     BUF(CD "<document id=\"e.text\" kind=\"plan\"><title>Ch\xc6\xb0\xc6\xa1ng tr\xc3" "\x28nh</title></document>\n</congdoan>\n"),
     EE(2, 2), {"e.text"}},
    {"invalid UTF-8 in an attribute value",
     BUF(CD "<unit id=\"e.attr\" level=\"central\" name=\"Li\xea" "\x6e \xff\xfe\"/>\n</congdoan>\n"), EE(2, 2),
     {"e.attr"}},
    {"an overlong UTF-8 encoding", BUF(CD "<document id=\"e.overlong\" kind=\"plan\"><title>a\xc0\xaf" "b</title></document>\n</congdoan>\n"),
     EE(2, 2), {"e.overlong"}},
    {"a UTF-16 surrogate encoded in UTF-8",
     BUF(CD "<document id=\"e.surrogate\" kind=\"plan\"><title>a\xed\xa0\x80" "b</title></document>\n</congdoan>\n"),
     EE(2, 2), {"e.surrogate"}},
    {"a truncated UTF-8 sequence", BUF(CD "<document id=\"e.trunc\" kind=\"plan\"><title>L\xe1\xbb</title></document>\n</congdoan>\n"),
     EE(2, 2), {"e.trunc"}},
    {"invalid UTF-8 in a comment", BUF(CD "<!-- \xff -->\n<unit id=\"e.comment\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EE(2, 2), {"e.comment"}},
    {"encoding=\"ISO-8859-1\" declared",
     BUF("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" CD "<unit id=\"e.latin1\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EE(1, 1), {"e.latin1"}},
    {"encoding=\"windows-1258\" declared",
     BUF("<?xml version='1.0' encoding='windows-1258'?>\n" CD "<unit id=\"e.cp1258\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EE(1, 1), {"e.cp1258"}},
    {"a UTF-8 byte-order mark and encoding=\"ISO-8859-1\"",
     BUF("\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" CD
         "<unit id=\"e.bomlatin1\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     EE(1, 1), {"e.bomlatin1"}},

    /* ---- the vocabulary */
    {"wrong root element", BUF("<root xmlns=\"urn:congdoan:1\" version=\"1.0\">\n<unit id=\"s.root\" level=\"central\" name=\"A\"/>\n</root>\n"),
     ES("schema-wrong-root", 1, "<root>", "congdoan", "urn:congdoan:1"), {"s.root"}},
    {"wrong namespace", BUF("<congdoan xmlns=\"urn:congdoan:2\" version=\"1.0\">\n<unit id=\"s.ns\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-wrong-root", 1, "urn:congdoan:2", "urn:congdoan:1"), {"s.ns"}},
    {"no namespace", BUF("<congdoan version=\"1.0\">\n<unit id=\"s.nons\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-wrong-root", 1, "no namespace", "urn:congdoan:1"), {"s.nons"}},
    {"version 2.0", BUF("<congdoan xmlns=\"urn:congdoan:1\" version=\"2.0\">\n<unit id=\"s.v2\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-version-unsupported", 1, "2.0"), {"s.v2"}},
    {"no version", BUF("<congdoan xmlns=\"urn:congdoan:1\">\n<unit id=\"s.nover\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-missing-attribute", 1, "version"), {"s.nover"}},
    {"unknown element",
     BUF(CD "<unit id=\"s.unkel\" level=\"central\" name=\"A\">\n<departmnt id=\"s.unkel.d\" name=\"D\"/>\n</unit>\n</congdoan>\n"),
     ES("schema-unknown-element", 3, "departmnt", "<department>", "<body>", "<classification>"), {"s.unkel", "s.unkel.d"}},
    {"unknown element under the root", BUF(CD "<unit id=\"s.unkroot\" level=\"central\" name=\"A\"/>\n<units/>\n</congdoan>\n"),
     ES("schema-unknown-element", 3, "<units>", "<unit>", "<document>", "<report>"), {"s.unkroot"}},
    {"unknown attribute", BUF(CD "<unit id=\"s.unkattr\" level=\"central\" name=\"A\" parnt=\"tld\"/>\n</congdoan>\n"),
     ES("schema-unknown-attribute", 2, "parnt", "parent", "short-name", "members"), {"s.unkattr"}},
    {"unknown attribute on a task",
     BUF(CD "<document id=\"s.unktask\" kind=\"plan\"><section>\n<task id=\"t1\" lead2=\"tld\"><text>x</text></task>\n"
            "</section></document>\n</congdoan>\n"),
     ES("schema-unknown-attribute", 3, "lead2", "id", "lead", "due", "due-text"), {"s.unktask"}},
    {"missing required attribute", BUF(CD "<unit id=\"s.nolevel\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-missing-attribute", 2, "level"), {"s.nolevel"}},
    {"missing document kind", BUF(CD "<document id=\"s.nokind\"/>\n</congdoan>\n"), ES("schema-missing-attribute", 2, "kind"),
     {"s.nokind"}},
    {"missing report period", BUF(CD "<report id=\"s.noperiod\" unit=\"tld\" document=\"kh-240-tld-2022\"/>\n</congdoan>\n"),
     ES("schema-missing-attribute", 2, "period"), {"s.noperiod"}},
    {"task without <text>",
     BUF(CD "<document id=\"s.notext\" kind=\"plan\"><section>\n<task id=\"t1\" lead=\"tld\"/>\n</section></document>\n</congdoan>\n"),
     ES("schema-missing-element", 3, "t1", "<text>"), {"s.notext"}},
    {"bad enum value", BUF(CD "<unit id=\"s.enum\" level=\"national\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "national", "central", "grassroots"), {"s.enum"}},
    {"bad document kind", BUF(CD "<document id=\"s.kind\" kind=\"memo\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "memo", "plan", "resolution"), {"s.kind"}},
    {"bad date 2025-02-30", BUF(CD "<document id=\"s.date\" kind=\"plan\" issued=\"2025-02-30\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "2025-02-30", "YYYY-MM-DD"), {"s.date"}},
    {"bad date 2023-02-29", BUF(CD "<document id=\"s.date2\" kind=\"plan\" effective=\"2023-02-29\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "2023-02-29"), {"s.date2"}},
    {"date in Vietnamese form", BUF(CD "<document id=\"s.date3\" kind=\"plan\" issued=\"22/08/2022\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "22/08/2022"), {"s.date3"}},
    {"number with a decimal comma",
     BUF(CD "<document id=\"s.num1\" kind=\"plan\"><section>\n"
            "<indicator id=\"i1\" measure=\"average\" comparator=\"at-least\" target=\"1,5\"><text>x</text></indicator>\n"
            "</section></document>\n</congdoan>\n"),
     ES("schema-bad-value", 3, "1,5", "machine form"), {"s.num1"}},
    {"number with a per-cent sign",
     BUF(CD "<document id=\"s.num2\" kind=\"plan\"><section>\n"
            "<indicator id=\"i1\" measure=\"percentage\" comparator=\"at-least\" target=\"98%\"><text>x</text></indicator>\n"
            "</section></document>\n</congdoan>\n"),
     ES("schema-bad-value", 3, "98%"), {"s.num2"}},
    {"a count with a thousands separator", BUF(CD "<unit id=\"s.count\" level=\"central\" name=\"A\" members=\"1.810\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "1.810"), {"s.count"}},
    {"a negative count", BUF(CD "<unit id=\"s.negcount\" level=\"central\" name=\"A\" members=\"-5\"/>\n</congdoan>\n"),
     ES("schema-bad-value", 2, "-5"), {"s.negcount"}},
    {"an id with a space", BUF(CD "<unit id=\"s bad\" level=\"central\" name=\"A\"/>\n<unit id=\"s.space.ok\" level=\"central\" name=\"B\"/>\n</congdoan>\n"),
     ES("schema-bad-id", 2, "s bad"), {"s bad", "s.space.ok"}},
    {"a non-ASCII id", BUF(CD "<unit id=\"c\xc3\xb4ng-\xc4\x91o\xc3\xa0n\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-bad-id", 2, "id="), {"c\xc3\xb4ng-\xc4\x91o\xc3\xa0n"}},
    {"an empty id", BUF(CD "<unit id=\"\" level=\"central\" name=\"A\"/>\n</congdoan>\n"), ES("schema-bad-id", 2, "id="), {NULL}},
    {"an id starting with '-'", BUF(CD "<unit id=\"-x\" level=\"central\" name=\"A\"/>\n</congdoan>\n"), ES("schema-bad-id", 2, "-x"),
     {"-x"}},
    {"an id of 129 characters",
     BUF(CD "<unit id=\"a12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678\" level=\"central\" name=\"A\"/>\n</congdoan>\n"),
     ES("schema-bad-id", 2, "id="),
     {"a12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678"}},
    {"a bad id in a reference", BUF(CD "<unit id=\"s.ref\" level=\"provincial\" name=\"A\" parent=\"t l d\"/>\n</congdoan>\n"),
     ES("schema-bad-id", 2, "t l d", "parent"), {"s.ref"}},
    {"text in an element that holds only elements",
     BUF(CD "<unit id=\"s.txt\" level=\"central\" name=\"A\">\nLiên đoàn\n</unit>\n</congdoan>\n"),
     ES("schema-text-not-allowed", 3, "<unit>", "Liên đoàn"), {"s.txt"}},
    {"text in a section", BUF(CD "<document id=\"s.sectxt\" kind=\"plan\"><section>stray</section></document>\n</congdoan>\n"),
     ES("schema-text-not-allowed", 2, "<section>", "stray"), {"s.sectxt"}},
    /* 1.2: a relation's or recipient's words come before its <source> */
    {"text after the source of a recipient",
     BUF(CD "<document id=\"s.rcptxt\" kind=\"plan\">\n<recipient>Lưu: VT<source line=\"9\">Lưu: VT</source>, VP"
            "</recipient></document>\n</congdoan>\n"),
     ES("schema-text-not-allowed", 3, "<recipient>", "VP"), {"s.rcptxt"}},
    {"two sources in a relation",
     BUF(CD "<document id=\"s.relsrc\" kind=\"plan\">\n<relation type=\"implements\" number=\"13/CTr-LĐLĐ\">"
            "<source line=\"3\">a</source>\n<source line=\"4\">b</source></relation></document>\n</congdoan>\n"),
     ES("schema-misplaced-element", 4, "<source>", "<relation>"), {"s.relsrc"}},
    {"a paragraph after the source of a section",
     BUF(CD "<document id=\"s.secsrc\" kind=\"plan\"><section number=\"I.\">\n<source line=\"2\">I.</source>\n"
            "<p>Sau nguồn</p></section></document>\n</congdoan>\n"),
     ES("schema-misplaced-element", 4, "<p>", "<section>"), {"s.secsrc"}},
    {"a numerator without a denominator",
     BUF(CD "<report id=\"s.num\" unit=\"tld\" document=\"kh-240-tld-2022\" period=\"2025\">\n"
            "<value indicator=\"i1\" numerator=\"3\"/>\n</report>\n</congdoan>\n"),
     ES("schema-missing-attribute", 3, "numerator", "denominator"), {"s.num"}},
    {"a denominator without a numerator",
     BUF(CD "<report id=\"s.den\" unit=\"tld\" document=\"kh-240-tld-2022\" period=\"2025\">\n"
            "<value indicator=\"i1\" denominator=\"3\"/>\n</report>\n</congdoan>\n"),
     ES("schema-missing-attribute", 3, "numerator", "denominator"), {"s.den"}},
    /* (a value without a figure is an empty slot of a report form since 1.2: test-report) */

    /* ---- identifiers */
    {"duplicate unit id in one input",
     BUF(CD "<unit id=\"d.twice\" level=\"central\" name=\"A\"/>\n<unit id=\"d.twice\" level=\"central\" name=\"B\"/>\n</congdoan>\n"),
     EX(3, "d.twice"), {"d.twice"}},
    {"a department id equal to a unit id",
     BUF(CD "<unit id=\"d.dep\" level=\"central\" name=\"A\">\n<department id=\"d.dep\" name=\"D\"/>\n</unit>\n</congdoan>\n"),
     EX(3, "d.dep"), {"d.dep"}},
    {"a unit id already in the corpus",
     BUF(CD "<unit id=\"d.fresh\" level=\"central\" name=\"A\"/>\n<unit id=\"tld\" level=\"central\" name=\"Again\"/>\n</congdoan>\n"),
     EX(3, "tld"), {"d.fresh"}},
    {"a document id already in the corpus",
     BUF(CD "<document id=\"d.fresh.doc\" kind=\"plan\"/>\n<document id=\"kh-240-tld-2022\" kind=\"plan\"/>\n</congdoan>\n"),
     EX(3, "kh-240-tld-2022"), {"d.fresh.doc"}},
    {"a report id already in the corpus",
     BUF(CD "<report id=\"baseline.r1\" unit=\"tld\" document=\"kh-240-tld-2022\" period=\"2025\"/>\n</congdoan>\n"),
     EX(2, "baseline.r1"), {NULL}},
    {"duplicate task id in one document",
     BUF(CD "<document id=\"d.tasks\" kind=\"plan\"><section>\n<task id=\"t1\"><text>one</text></task>\n"
            "<task id=\"t1\"><text>two</text></task>\n</section></document>\n</congdoan>\n"),
     EX(4, "t1", "d.tasks"), {"d.tasks"}},
    {"duplicate indicator id in one document",
     BUF(CD "<document id=\"d.inds\" kind=\"plan\"><section>\n"
            "<indicator id=\"i1\" measure=\"count\" comparator=\"at-least\" target=\"1\"><text>a</text></indicator>\n"
            "<indicator id=\"i1\" measure=\"count\" comparator=\"at-least\" target=\"2\"><text>b</text></indicator>\n"
            "</section></document>\n</congdoan>\n"),
     EX(4, "i1"), {"d.inds"}},
    /* 1.2: each kept unique by one look-up, not by comparing with every other */
    {"an indicator twice in a reporter's list",
     BUF(CD "<document id=\"d.rep\" kind=\"plan\"><reporting>\n"
            "<reporter unit=\"u\" indicators=\"i1 i2 i3 i2\"/>\n</reporting></document>\n</congdoan>\n"),
     EX(3, "indicators", "'i2' twice"), {"d.rep"}},
    {"a second deadline for one period",
     BUF(CD "<document id=\"d.dl\" kind=\"plan\"><reporting>\n<deadline period=\"2025-Q1\" date=\"2025-04-10\"/>\n"
            "<deadline period=\"2025-Q2\" date=\"2025-07-10\"/>\n<deadline period=\"2025-Q1\" date=\"2025-04-15\"/>\n"
            "</reporting></document>\n</congdoan>\n"),
     EX(5, "2025-Q1"), {"d.dl"}},
    {"a result id twice in one report",
     BUF(CD "<report id=\"d.res\" unit=\"tld\" document=\"kh-240-tld-2022\" period=\"2025\">\n"
            "<result id=\"r1\" value=\"3\"><text>a</text></result>\n<result id=\"r2\" value=\"4\"><text>b</text></result>\n"
            "<result id=\"r1\" value=\"5\"><text>c</text></result>\n</report>\n</congdoan>\n"),
     EX(5, "r1", "d.res"), {"d.res"}},
};

#define N_BAD (sizeof bad_cases / sizeof bad_cases[0])

#endif /* CONGDOAN_HOSTILE_CASES_H */
