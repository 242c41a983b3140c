#!/usr/bin/env python3
"""Every message of the library and of the program is marked for translation and translated.

    check-messages.py SOURCE_ROOT

For each gettext domain (the library's "libcongdoan" in po/, the program's "congdoan" in
examples/po/):
  - POTFILES lists every C source of its tree (less those named below, with the reason);
  - every function of that tree with a printf format attribute translates its format and is an
    xgettext keyword at the format's argument in po's meson.build (or is named below as one
    that formats something other than a message);
  - no call to such a function gives it a compound literal before the message (xgettext would
    count the literal's commas as arguments and miss the message);
  - xgettext, run as meson's DOMAIN-pot target runs it, finds no message that the domain's
    vi.po does not translate (no empty or fuzzy msgstr), and msgfmt --check accepts vi.po.
So a message added later cannot stay English without this test failing.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(sys.argv[1])
os.chdir(ROOT)

DOMAINS = {
    'libcongdoan': {
        'po': 'po',
        'sources': sorted(glob.glob('lib/**/*.c', recursive=True)),
        'not_listed': set(),
        'headers': sorted(glob.glob('lib/**/*.h', recursive=True)),
        'not_messages': set(),
    },
    'congdoan': {
        'po': 'examples/po',
        'sources': sorted(glob.glob('examples/*.c')),
        'not_listed': set(),
        'headers': sorted(glob.glob('examples/*.h')),
        # formatters of text output and of strings, not of messages
        'not_messages': {'xprintf', 'sb_printf', 'render_text', 'row_showf'},
    },
}

failures = []


def fail(message):
    failures.append(message)


def format_functions(paths):
    """{name: format argument} of every function declared with a printf format attribute."""
    found = {}
    pattern = re.compile(r'(\w+)\s*\(([^;{}()]|\([^()]*\))*\)\s*(?:#if defined\(__GNUC__\)\s*)?'
                         r'__attribute__\(\(format\(printf,\s*(\d+),', re.S)
    for path in paths:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        for m in pattern.finditer(text):
            found.setdefault(m.group(1), set()).add(int(m.group(3)))
    return found


def strip_comments(text):
    """The C text with its comments blanked, their line ends kept (strings and character literals
    kept)."""
    return re.sub(r'//[^\n]*|/\*.*?\*/|("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')',
                  lambda m: m.group(1) or ' ' + '\n' * m.group(0).count('\n'), text, flags=re.S)


def braced_arguments(paths, keywords):
    """(path, line, name, pos) of each call to a keyword whose arguments before the message hold
    a compound literal with commas (`(congdoan__span){b, 0, n}`): xgettext counts those commas
    as arguments, so it takes another argument for the message and never extracts it."""
    found = []
    call = re.compile(r'\b(' + '|'.join(map(re.escape, keywords)) + r')\s*\(')
    for path in paths:
        with open(path, encoding='utf-8') as f:
            text = strip_comments(f.read())
        for m in call.finditer(text):
            pos = keywords[m.group(1)]
            i, open_, arg, braced = m.end(), [], 1, False  # open_: the brackets open inside the call
            while i < len(text) and arg < pos:
                c = text[i]
                if c in '"\'':  # skip a string or character literal
                    j = i + 1
                    while j < len(text) and text[j] != c:
                        j += 2 if text[j] == '\\' else 1
                    i = j
                elif c in '([{':
                    open_.append(c)
                elif c in ')]}':
                    if not open_:
                        break  # the call ended before the message: a declaration or a shorter call
                    open_.pop()
                elif c == ',':
                    if not open_:
                        arg += 1
                    elif '{' in open_:
                        braced = True
                i += 1
            if braced and arg == pos:
                found.append((path, text.count('\n', 0, m.start()) + 1, m.group(1), pos))
    return found


def po_entries(path):
    """(msgid, msgstr, fuzzy) of each entry of a .po file, the header left out."""
    out = subprocess.run(['msgcat', '--no-wrap', '--no-location', path], capture_output=True, text=True,
                         check=True).stdout
    entries = []
    fuzzy = False
    msgid = msgstr = None
    field = None

    def flush():
        if msgid:
            entries.append((msgid, msgstr, fuzzy))

    for line in out.splitlines() + ['']:
        if line.startswith('#,'):
            fuzzy = 'fuzzy' in line
        elif line.startswith('msgid '):
            msgid, field = eval(line[6:]), 'id'
        elif line.startswith('msgid_plural '):
            field = 'plural'  # a plural message is known by its singular msgid
        elif line.startswith('msgstr '):
            msgstr, field = eval(line[7:]), 'str'
        elif line.startswith('msgstr['):
            # each plural form must be translated: an empty one leaves the entry untranslated
            form = eval(line[line.index(']') + 1:])
            msgstr = form if line.startswith('msgstr[0]') or (msgstr and form) else ''
            field = 'str'
        elif line.startswith('"'):
            if field == 'id':
                msgid += eval(line)
            elif field == 'str':
                msgstr += eval(line)
        elif not line.strip():
            flush()
            msgid = msgstr = field = None
            fuzzy = False
        elif line.startswith('#~'):
            field = None
    return entries


def main():
    os.chdir(ROOT)
    for domain, d in DOMAINS.items():
        po = d['po']
        with open(os.path.join(po, 'POTFILES'), encoding='utf-8') as f:
            listed = [line.strip() for line in f if line.strip() and not line.startswith('#')]
        want = [p for p in d['sources'] if p not in d['not_listed']]
        for p in sorted(set(want) - set(listed)):
            fail(f'{po}/POTFILES: {p} is missing (its messages would never be translated)')
        for p in sorted(set(listed) - set(want)):
            fail(f'{po}/POTFILES: {p} is not a source of {domain}')

        with open(os.path.join(po, 'meson.build'), encoding='utf-8') as f:
            args = re.findall(r"'(--[a-z-]+(?:=[^']*)?)'", f.read())
        keywords = {}
        for a in args:
            if a.startswith('--keyword='):
                name, _, spec = a[len('--keyword='):].partition(':')
                keywords[name] = int(spec) if spec else 1
        for name, positions in sorted(format_functions(d['sources'] + d['headers']).items()):
            if name in d['not_messages']:
                continue
            if len(positions) > 1:
                fail(f'{domain}: two functions named {name} take their format at different places {sorted(positions)}; '
                     'xgettext cannot tell them apart')
            pos = min(positions)
            if keywords.get(name) != pos:
                fail(f'{domain}: {name}() formats a message (argument {pos}) but {po}/meson.build has no '
                     f"'--keyword={name}:{pos}'")

        for path, line, name, pos in braced_arguments(d['sources'], keywords):
            fail(f'{path}:{line}: {name}() is given a compound literal before its message (argument {pos}): '
                 'xgettext counts its commas as arguments and misses the message; name the value first')

        with tempfile.TemporaryDirectory() as tmp:
            pot = os.path.join(tmp, domain + '.pot')
            subprocess.run(['xgettext', '--package-name=' + domain, '-f', os.path.join(po, 'POTFILES'), '-k_',
                            '-o', pot] + args, check=True, capture_output=True)
            wanted = [m for m, _, _ in po_entries(pot)]
        for lang in open(os.path.join(po, 'LINGUAS'), encoding='utf-8').read().split():
            path = os.path.join(po, lang + '.po')
            check = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, path],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                fail(f'{path}: msgfmt --check fails:\n{check.stderr}')
            translated = {m: (s, fz) for m, s, fz in po_entries(path)}
            missing = [m for m in wanted if m not in translated]
            untranslated = [m for m in wanted if m in translated and (not translated[m][0] or translated[m][1])]
            for m in missing:
                fail(f'{path}: no entry for {m!r} (run ninja {domain}-update-po and translate it)')
            for m in untranslated:
                fail(f'{path}: {m!r} is not translated (empty or fuzzy)')
            print(f'{domain} {lang}: {len(wanted)} messages, {len(wanted) - len(missing) - len(untranslated)} '
                  f'translated ({check.stderr.strip()})')

    for f in failures:
        print('FAIL:', f)
    passed = 0 if failures else 1
    print(f'{passed} passed, {1 - passed} failed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
