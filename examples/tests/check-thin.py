#!/usr/bin/env python3
"""Keep the program thin (issue 11, "Thin program, richer library"): the program says what to
ask the library and what to show, and re-implements none of what the library answers.

    check-thin.py [EXAMPLES_DIR]       (default: examples, run from the top of the tree)

Each rule reads the program's sources (examples/*.c, *.h) and fails on a sign of something the
library or the one renderer does, written again in the program:

  includes     only the public headers ("congdoan.h", <congdoan/...>), the program's own headers
               (examples/*.h) and the system's (a short list); never the library's own headers
               (base/, model/, query/ ...) nor a parser of its own (libxml2, PCRE2, jansson);
               no internal symbol (congdoan__...)
  judge        a target compared with a figure (<, >, <=, >= on congdoan_indicator_target()),
               or a comparator switched on next to such comparisons: the library judges
               (congdoan_indicator_judge(), congdoan_progress_status())
  report-scan  all the reports of the corpus walked and filtered by document, unit or period:
               congdoan_corpus_reports_find() answers that
  recurrence   calendar arithmetic (mktime, timegm, a month wrapped at 12, leap years, days
               in a month): a recurring due date is congdoan_task_due_at()/_due_before()
  labels       a switch or a table that turns a library enum into words: the library has a
               _name() (the vocabulary's English name), a _label() (Vietnamese) or an
               _abbreviation() for each, and no exception is allowed
  width        a table of character widths (Unicode ranges): width.c asks utf8proc
  options      an option parsed by hand in a command (argv, getopt, strcmp with "-..."): each
               command declares its options in its table and options.c parses them all with
               getopt_long
  writers      JSON or CSV written outside the renderer (render-json.c, render-csv.c):
               escaped keys, json_put_string(), CRLF records

Before reading the sources the rules are run on small samples of each such code: a rule that
does not find its sample is itself an error, so that the test cannot pass by finding nothing.
"""

import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else 'examples'

SYSTEM_HEADERS = {
    'stdio.h', 'stdlib.h', 'string.h', 'strings.h', 'stdarg.h', 'stddef.h', 'stdint.h', 'errno.h',
    'math.h', 'time.h', 'locale.h', 'signal.h', 'limits.h', 'ctype.h', 'unistd.h', 'fcntl.h',
    'dirent.h', 'poll.h', 'sys/stat.h', 'sys/types.h', 'sys/wait.h', 'sys/resource.h',
    'sys/ioctl.h', 'getopt.h', 'libintl.h', 'sched.h',
    'utf8proc.h',  # display width (width.c), the library's own dependency
    'zip.h',       # the .docx report is a zip (report-docx.c)
    'congdoan.h',
}

RENDERER_FILES = {'render-json.c', 'render-csv.c'}


def strip_comments(src):
    """The source without comments (strings kept), line breaks kept."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith('/*', i):
            j = src.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', src[i:j]))
            i = j
        elif src.startswith('//', i):
            j = src.find('\n', i)
            j = n if j < 0 else j
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def blank_strings(code):
    """Comment-free code with the insides of string and character literals blanked."""
    return re.sub(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'',
                  lambda m: m.group(0)[0] + ' ' * (len(m.group(0)) - 2) + m.group(0)[0], code)


def functions(code):
    """(name, body) of each function defined at file level (braces matched on `code`)."""
    bare = blank_strings(code)
    found, depth, start, head_from = [], 0, 0, 0
    for i, c in enumerate(bare):
        if c == '{':
            if depth == 0:
                start = i
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                head = bare[head_from:start]
                m = re.search(r'(\w+)\s*\([^;{}]*\)\s*$', head)
                if m and not re.search(r'=\s*$', head.strip()):
                    found.append((m.group(1), code[start:i + 1]))
                head_from = i + 1
        elif c == ';' and depth == 0:
            head_from = i + 1
    return found


def line_of(code, pos):
    return code.count('\n', 0, pos) + 1


# ---- the rules: each takes (file name, comment-free code) and yields (line, message) ----------

def rule_includes(name, code, own_headers):
    for m in re.finditer(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', code, re.M):
        header = m.group(2)
        ok = header.startswith('congdoan/') or header == 'congdoan.h' or (
            header in own_headers if m.group(1) == '"' else header in SYSTEM_HEADERS)
        if not ok:
            yield line_of(code, m.start()), f'#include {m.group(1)}{header}: not a public header of the library, ' \
                                            'nor one of the program or the system'
    for m in re.finditer(r'\bcongdoan__\w+', blank_strings(code)):
        yield line_of(code, m.start()), f'{m.group(0)}: an internal symbol of the library'


RELATION = r'(?<![-<>=!])(<=|>=|<(?![<=])|>(?![>=]))(?![=])'


def rule_judge(name, code):
    bare = blank_strings(code)
    for m in re.finditer(r'congdoan_(?:indicator|result)_target(?:_max)?\s*\(', bare):
        line_start = bare.rfind('\n', 0, m.start()) + 1
        line_end = bare.find('\n', m.end())
        text = bare[line_start:line_end]
        if re.search(RELATION, text.replace('->', '')):
            yield line_of(code, m.start()), 'a target compared with a figure: the library judges ' \
                                            '(congdoan_indicator_judge, congdoan_progress_status)'
    for fname, body in functions(code):
        b = blank_strings(body).replace('->', '')
        if 'CONGDOAN_COMPARATOR_' in b and re.search(r'\w\s*' + RELATION + r'\s*\w', re.sub(r'for\s*\([^;]*;[^;]*;', '', b)):
            yield line_of(code, code.find(body)), f'{fname}(): a comparator switched on next to comparisons ' \
                                                  '(the judging rule is the library\'s)'
    for m in re.finditer(r'\b(?:static\s+)?\w[\w\s\*]*\b(meets?|is_achieved|achieved)\s*\([^;{]*\)\s*\{', blank_strings(code)):
        yield line_of(code, m.start()), f'{m.group(1)}(): a judge of its own'


def rule_report_scan(name, code):
    for fname, body in functions(code):
        b = blank_strings(body)
        if re.search(r'\bcongdoan_corpus_report\s*\(', b) and re.search(
                r'\bcongdoan_report_(document|document_id|unit|unit_id|period|submitted)\s*\(', b):
            yield line_of(code, code.find(body)), f'{fname}(): every report walked and filtered: ' \
                                                  'congdoan_corpus_reports_find() answers that'


def rule_recurrence(name, code):
    bare = blank_strings(code)
    month = r'\b(?:m|mon|month|months|thang|tm_mon)\b'
    patterns = [r'\bmktime\s*\(', r'\btimegm\s*\(', r'%\s*12\b', month + r'\s*(?:[<>]=?|[-+]=|==)\s*1[23]\b',
                month + r'\s*[-+]=\s*\w', r'\bdays_in', r'\bis_leap', r'%\s*400\b', r'tm_mday\s*[-+]=']
    for p in patterns:
        for m in re.finditer(p, bare):
            yield line_of(code, m.start()), f'calendar arithmetic ({m.group(0).strip()}): recurring due dates ' \
                                            'are the library\'s (congdoan_task_due_at, _due_before)'


def rule_labels(name, code):
    for fname, body in functions(code):
        b = strip_comments(body)
        cases = re.findall(r'case\s+CONGDOAN_\w+\s*:\s*return\s+"', b)
        if len(cases) >= 2:
            yield line_of(code, code.find(body)), f'{fname}(): a library enum turned into words here: ' \
                                                  'use the library\'s _name(), _label() or _abbreviation()'
    for m in re.finditer(r'\[\s*CONGDOAN_[A-Z0-9_]+\s*\]\s*=\s*"', code):
        yield line_of(code, m.start()), 'a table of words indexed by a library enum: use the library\'s _label() or _name()'


def rule_width(name, code):
    bare = blank_strings(code)
    for m in re.finditer(r'=\s*\{.*?\}\s*;', bare, re.S):
        big = [h for h in re.findall(r'\b0x([0-9A-Fa-f]{4,6})\b', m.group(0)) if int(h, 16) >= 0x300]
        if len(big) >= 4:
            yield line_of(code, m.start()), 'a table of Unicode code points (display widths?): width.c asks utf8proc'
    if re.search(r'\bwcwidth\s*\(|\bwcswidth\s*\(', bare):
        yield 1, 'wcwidth(): the width of text is utf8proc_charwidth()\'s (width.c)'


def rule_options(name, code):
    if not (name.startswith('cmd-') or name.startswith('report')):
        return
    bare = blank_strings(code)
    for p, what in [(r'\bargv\b', 'argv read by the command'), (r'\bgetopt(?:_long)?\s*\(', 'getopt called by the command'),
                    (r'\bstrn?cmp\s*\([^;]*"--?[A-Za-z]', 'an option compared by hand')]:
        for m in re.finditer(p, bare if 'strn' not in p else code):
            yield line_of(code, m.start()), f'{what}: options are declared in the command\'s table and parsed by options.c'


def rule_writers(name, code):
    if name in RENDERER_FILES:
        return
    for m in re.finditer(r'"\s*[{,]?\s*\\"[A-Za-z_]+\\"\s*:', code):
        yield line_of(code, m.start()), 'a JSON key written by hand: rows go through the renderer (render-json.c)'
    for m in re.finditer(r'\bjson_put_string\s*\(', blank_strings(code)):
        yield line_of(code, m.start()), 'json_put_string() outside the renderer: rows go through render-json.c'
    for m in re.finditer(r'"\\r\\n"', code):
        yield line_of(code, m.start()), 'a CRLF record written by hand: CSV is render-csv.c\'s'


# ---- samples each rule must find -------------------------------------------------------------

SAMPLES = {
    'includes': ('cmd-x.c', '#include "model/model.h"\n#include <libxml/parser.h>\nint f(void) { return congdoan__x(); }\n', 3),
    'judge': ('cmd-progress.c', '''
static int meets(const congdoan_indicator *ind, double v)
{
    switch (congdoan_indicator_comparator(ind)) {
    case CONGDOAN_COMPARATOR_AT_LEAST: return v >= congdoan_indicator_target(ind);
    default: return v <= t;
    }
}
''', 3),
    'report-scan': ('cmd-tasks.c', '''
static void reports_of(const congdoan_corpus *c, const congdoan_document *d)
{
    for (size_t i = 0; i < congdoan_corpus_report_count(c); i++)
        if (congdoan_report_document(congdoan_corpus_report(c, i)) == d)
            show(i);
}
''', 1),
    'recurrence': ('cmd-tasks.c', '''
static int next_due(int y, int m, int every)
{
    m += every;
    if (m > 12)
        y++, m -= 12;
    return y * 10000 + m * 100 + days_in_month(y, m);
}
''', 3),
    'labels': ('cmd-show.c', '''
static const char *status_words(congdoan_eval_status s)
{
    switch (s) {
    case CONGDOAN_EVAL_ACHIEVED: return "đạt";
    case CONGDOAN_EVAL_NOT_ACHIEVED: return "chưa đạt";
    default: return "";
    }
}
static const char *const words[] = {[CONGDOAN_LEVEL_CENTRAL] = "TLĐ"};
''', 2),
    'width': ('width.c', 'static const unsigned wide[][2] = {{0x1100, 0x115F}, {0x2E80, 0x303E}, {0xAC00, 0xD7A3}};\n', 1),
    'options': ('cmd-tasks.c', '''
int run_tasks(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--unit") == 0)
            unit = argv[++i];
}
''', 3),
    'writers': ('cmd-import.c', '''
static void put(FILE *out, const char *s)
{
    fprintf(out, "{\\"file\\": ");
    json_put_string(out, s);
    fputs("\\r\\n", out);
}
''', 3),
}


def run_rule(rule, name, code, own_headers):
    if rule == 'includes':
        return list(rule_includes(name, code, own_headers))
    return list({'judge': rule_judge, 'report-scan': rule_report_scan, 'recurrence': rule_recurrence,
                 'labels': rule_labels, 'width': rule_width, 'options': rule_options,
                 'writers': rule_writers}[rule](name, code))


def main():
    failures = []
    own_headers = {f for f in os.listdir(ROOT) if f.endswith('.h')}
    # each rule finds its sample (so that finding nothing in the program means something)
    for rule, (name, code, at_least) in SAMPLES.items():
        found = run_rule(rule, name, strip_comments(code), own_headers)
        if len(found) < at_least:
            failures.append(f'rule {rule}: found {len(found)} of the {at_least} problems of its sample: {found}')

    sources = sorted(f for f in os.listdir(ROOT) if f.endswith(('.c', '.h')))
    checked = 0
    for name in sources:
        with open(os.path.join(ROOT, name), encoding='utf-8') as f:
            code = strip_comments(f.read())
        for rule in SAMPLES:
            for line, message in run_rule(rule, name, code, own_headers):
                failures.append(f'{ROOT}/{name}:{line}: {rule}: {message}')
        checked += 1
    if 'getopt_long' not in open(os.path.join(ROOT, 'options.c'), encoding='utf-8').read():
        failures.append('options.c does not parse with getopt_long')
    if 'utf8proc_charwidth' not in open(os.path.join(ROOT, 'width.c'), encoding='utf-8').read():
        failures.append('width.c does not ask utf8proc_charwidth')

    for message in failures:
        print('FAIL: ' + message)
    print(f'{checked} files, {len(SAMPLES)} rules (each found its sample): {len(failures)} problem(s)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
