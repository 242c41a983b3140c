/*
 * libxml2's parser errors in the project's words: what is wrong and how to write it, in the
 * user's language (libxml2's own messages are English, terse and name its functions). The
 * location is the issue's; messages without an entry here keep libxml2's words, after its
 * error code, so that nothing it knows is lost.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#include "xml/xml.h"

#include <libxml/xmlerror.h>

#include <stdio.h>
#include <string.h>

/* libxml2's message, on one line, without its trailing white space. */
static void one_line(const char *msg, char *buf, size_t size)
{
    snprintf(buf, size, "%s", msg);
    for (char *c = buf; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t')
            *c = ' ';
    size_t n = strlen(buf);
    while (n && buf[n - 1] == ' ')
        buf[--n] = '\0';
}

/* The errors that carry nothing but their code, and what they mean. */
static const struct {
    int code;
    const char *message;
} plain[] = {
    {XML_ERR_DOCUMENT_END, N_("there is more after the end of the root element; a file holds one root element, "
                              "<congdoan>, and nothing after it but comments")},
    {XML_ERR_EXTRA_CONTENT, N_("there is more after the end of the root element; a file holds one root element, "
                               "<congdoan>, and nothing after it but comments")},
    {XML_ERR_INVALID_HEX_CHARREF, N_("a character reference (&#x…;) is not a hexadecimal number")},
    {XML_ERR_INVALID_DEC_CHARREF, N_("a character reference (&#…;) is not a decimal number")},
    {XML_ERR_INVALID_CHARREF, N_("a character reference (&#…;) names a character that XML does not allow")},
    {XML_ERR_ENTITYREF_SEMICOL_MISSING, N_("'&' starts a reference that is not ended by ';'; write a lone & as &amp;")},
    {XML_ERR_LT_IN_ATTRIBUTE, N_("'<' inside an attribute value: write it as &lt;, or close the value with its quote")},
    {XML_ERR_ATTRIBUTE_NOT_STARTED, N_("an attribute value must be in quotes: name=\"value\"")},
    {XML_ERR_ATTRIBUTE_NOT_FINISHED, N_("an attribute value is not closed by its quote")},
    {XML_ERR_COMMENT_NOT_FINISHED, N_("a comment (<!--) is not closed by -->")},
    {XML_ERR_PI_NOT_FINISHED, N_("a processing instruction (<?…) is not closed by ?>")},
    {XML_ERR_MISPLACED_CDATA_END, N_("']]>' is not allowed in text: write it as ]]&gt;")},
    {XML_ERR_CDATA_NOT_FINISHED, N_("a CDATA section (<![CDATA[) is not closed by ]]>")},
    {XML_ERR_RESERVED_XML_NAME, N_("the XML declaration (<?xml …?>) is allowed only at the very start of the file")},
    {XML_ERR_SPACE_REQUIRED, N_("white space is expected here, between the element name and each attribute")},
    {XML_ERR_EQUAL_REQUIRED, N_("an attribute name must be followed by '=' and the value in quotes")},
    {XML_ERR_LTSLASH_REQUIRED, N_("a closing tag (</…>) is expected here")},
    {XML_ERR_HYPHEN_IN_COMMENT, N_("'--' is not allowed inside a comment")},
    {XML_ERR_NOT_WELL_BALANCED, N_("the elements are not nested properly: each element must be closed inside the one "
                                   "that holds it")},
};

void congdoan__xml_message(const xmlError *err, char *buf, size_t size)
{
    const char *msg = err->message ? err->message : "";
    const char *bytes = strstr(msg, "Bytes:");
    switch (err->code) {
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
        if (bytes) {
            /* libxml2 says "Input is not proper UTF-8, indicate encoding !\nBytes: 0xC3 0x28 …",
             * which asks the reader to do something the vocabulary does not allow. */
            char b[64];
            one_line(bytes + 6, b, sizeof b);
            snprintf(buf, size, _("the text is not valid UTF-8 (bytes%s)"), b);
            return;
        }
        if (strstr(msg, "CharRef")) { /* "xmlParseCharRef: invalid xmlChar value 0" */
            snprintf(buf, size, "%s", _("a character reference (&#…;) names a character that XML does not allow"));
            return;
        }
        if (strstr(msg, "Char 0x")) { /* "PCDATA invalid Char value 1" and the like */
            snprintf(buf, size, "%s", _("a control character that XML does not allow (U+0000 to U+001F other than tab "
                                       "and line breaks)"));
            return;
        }
        break;
    case XML_ERR_TAG_NAME_MISMATCH: /* "Opening and ending tag mismatch: report line 45 and reprt" */
        if (err->str1 && err->str2) {
            snprintf(buf, size, _("the closing tag </%s> does not match the element <%s> opened on line %d"),
                     err->str2, err->str1, err->int1);
            return;
        }
        break;
    case XML_ERR_TAG_NOT_FINISHED: /* "Premature end of data in tag report line 45" */
        if (err->str1) {
            snprintf(buf, size, _("the file ends before the element <%s> opened on line %d is closed"), err->str1,
                     err->int1);
            return;
        }
        break;
    case XML_ERR_GT_REQUIRED: /* "Couldn't find end of Start Tag report line 45" */
        if (err->str1) {
            snprintf(buf, size, _("the start tag <%s> opened on line %d is not closed by '>'"), err->str1, err->int1);
            return;
        }
        break;
    case XML_ERR_NAME_REQUIRED: /* one code, three places: the message tells which */
        if (strstr(msg, "EntityRef"))
            snprintf(buf, size, "%s", _("'&' is not followed by a name: write a lone & as &amp;"));
        else if (strstr(msg, "StartTag"))
            snprintf(buf, size, "%s", _("'<' is not followed by an element name: write a '<' in text as &lt;"));
        else if (strstr(msg, "attribute name"))
            snprintf(buf, size, "%s", _("an attribute name or the end of the tag ('>' or '/>') is expected here"));
        else
            break;
        return;
    case XML_ERR_UNDECLARED_ENTITY: /* "Entity 'nbsp' not defined" */
    case XML_WAR_UNDECLARED_ENTITY:
        if (err->str1) {
            snprintf(buf, size, _("&%s; is not a reference XML knows: only &amp; &lt; &gt; &quot; &apos; and "
                                  "character references (&#…;) are; write a lone & as &amp;"),
                     err->str1);
            return;
        }
        break;
    case XML_ERR_ATTRIBUTE_WITHOUT_VALUE: /* "Specification mandates value for attribute b" */
        if (err->str1) {
            snprintf(buf, size, _("the attribute %s has no value: expected %s=\"…\""), err->str1, err->str1);
            return;
        }
        break;
    case XML_ERR_ATTRIBUTE_REDEFINED: /* "Attribute b redefined" */
        if (err->str1) {
            snprintf(buf, size, _("the attribute %s is given twice in one element"), err->str1);
            return;
        }
        break;
    case XML_NS_ERR_UNDEFINED_NAMESPACE: /* "Namespace prefix p on b is not defined" */
        if (err->str1) {
            snprintf(buf, size, _("the prefix %s: is not declared: expected xmlns:%s=\"…\" on this element or one "
                                  "that holds it"),
                     err->str1, err->str1);
            return;
        }
        break;
    case XML_ERR_INTERNAL_ERROR: /* "Excessive depth in document: 256 use XML_PARSE_HUGE option" */
        if (strstr(msg, "Excessive depth")) {
            snprintf(buf, size, _("the elements nest more than %d deep, libxml2's limit"), err->int1);
            return;
        }
        break;
    default:
        for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
            if (plain[i].code == err->code) {
                snprintf(buf, size, "%s", _(plain[i].message));
                return;
            }
        break;
    }
    /* Not one of the above: libxml2's words, after its code. */
    char m[400];
    one_line(*msg ? msg : "?", m, sizeof m);
    snprintf(buf, size, _("the file is not well-formed XML here (libxml2 error %d: %s)"), err->code, m);
}
