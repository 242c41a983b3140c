#!/usr/bin/env python3
"""Check `congdoan fmt` on copies of the sample data and of the foreign-content fixtures.

    check-fmt.py PROGRAM

Runs from the top of the source tree (meson's workdir). Every file is copied into a temporary
folder first: the files of the tree are never formatted.

What is checked:
  - every sample file, comments and all, is rewritten, each checked on its own (a programme
    whose units are in another file has warnings, not errors, and is formatted), and keeps
    every comment; --drop-comments is accepted and changes nothing for them;
  - a file with a processing instruction (which the canonical form does not keep) is refused in
    place without --drop-comments (exit 1, untouched) and formatted with it;
  - formatting is idempotent: a second run rewrites nothing and the bytes stay the same, and
    --check then exits 0 and prints nothing;
  - a copy indented differently is reported by --check (exit 1, its name printed, untouched)
    and formatting it gives the canonical bytes again;
  - a file with an error is left untouched (exit 1, its errors on stderr), also next to a good
    file, which is still formatted;
  - the formatted files load back and give the same answers (validate, progress);
  - foreign-namespace content is kept, and the result is the library's own canonical form of
    those fixtures (tests/data/expected/foreign-*.xml);
  - --stdout writes the canonical form and leaves the file alone;
  - permissions and symbolic links survive a rewrite;
  - usage errors exit 2;
  - a file of many of the 64 KiB pieces fmt reads it in: its processing instructions counted
    across the pieces' boundaries (and a "<?" in a comment not counted), a difference in the
    last byte or past the canonical form's end found;
  - the hand conversions of corpus-dev (tests/data/corpus-dev-xml) are already in canonical form,
    each file on its own: fmt --check on them exits 0 and prints nothing (checked in place, with
    --check only, which writes nothing).
"""

import glob
import json
import re
import os
import shutil
import stat
import subprocess
import sys
import tempfile

PROGRAM = os.path.abspath(sys.argv[1])
failures = []


def run(*args, cwd=None):
    result = subprocess.run([PROGRAM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    return result.returncode, result.stdout.decode('utf-8', 'replace'), result.stderr.decode('utf-8', 'replace')


def check(what, condition, detail=''):
    if not condition:
        failures.append(f'{what}{": " + detail if detail else ""}')


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def snapshot(folder):
    return {os.path.basename(p): read(p) for p in sorted(glob.glob(os.path.join(folder, '*.xml')))}


def main():
    samples = sorted(glob.glob('examples/data/*.xml'))
    check('sample files found', len(samples) >= 8, str(samples))
    tmp = tempfile.mkdtemp(prefix='congdoan-fmt-')
    try:
        data = os.path.join(tmp, 'data')
        os.mkdir(data)
        for p in samples:
            shutil.copy(p, data)
        files = sorted(glob.glob(os.path.join(data, '*.xml')))
        original = snapshot(data)

        # 1. Comments are kept: every file rewritten, each checked alone, no option needed.
        rc, out, err = run('fmt', *files)
        check('fmt with comments: exit 0', rc == 0, f'exit {rc}, stderr {err}')
        check('fmt with comments: every file reformatted',
              out.splitlines() == [f'reformatted {p}' for p in files], out)
        check('fmt with comments: nothing on stderr', err == '', err)
        first = snapshot(data)
        check('fmt: the files changed', first != original)
        for name, content in first.items():
            check(f'{name}: every comment kept', content.count(b'<!--') == original[name].count(b'<!--'),
                  f'{content.count(b"<!--")} of {original[name].count(b"<!--")}')
            comments = [c.split(b'-->')[0] for c in original[name].split(b'<!--')[1:]]
            check(f'{name}: the comment text unchanged', all(b'<!--' + c + b'-->' in content for c in comments))
            check(f'{name}: starts with the XML declaration',
                  content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n'))

        # 2. --drop-comments is still accepted, and needed for processing instructions only.
        again = os.path.join(tmp, 'again')
        os.mkdir(again)
        for p in samples:
            shutil.copy(p, again)
        rc, out, err = run('fmt', '--drop-comments', *sorted(glob.glob(os.path.join(again, '*.xml'))))
        check('fmt --drop-comments: exit 0', rc == 0, f'exit {rc}, stderr {err}')
        check('fmt --drop-comments: the same bytes as without it', snapshot(again) == first)
        shutil.rmtree(again)
        pi = os.path.join(tmp, 'pi.xml')
        with open(pi, 'wb') as f:
            f.write(read('examples/data/units-tld.xml').replace(b'<congdoan ', b'<?editor mode="x"?>\n<congdoan ', 1))
        pi_before = read(pi)
        rc, out, err = run('fmt', pi)
        check('fmt with a processing instruction: exit 1', rc == 1, f'exit {rc}, stderr {err}')
        check('fmt with a processing instruction: says why',
              '1 processing instruction' in err and 'use --drop-comments' in err, err)
        check('fmt with a processing instruction: untouched', read(pi) == pi_before)
        rc, out, err = run('fmt', '--drop-comments', pi)
        check('fmt --drop-comments with a processing instruction: exit 0', rc == 0, f'exit {rc}, stderr {err}')
        check('fmt --drop-comments: the instruction gone, the comments kept',
              b'<?editor' not in read(pi) and read(pi) == first['units-tld.xml'])
        os.remove(pi)

        # 3. Idempotent: a second run changes nothing; --check agrees.
        mtimes = {p: os.stat(p).st_mtime_ns for p in files}
        rc, out, err = run('fmt', *files)
        check('second fmt: exit 0', rc == 0, f'exit {rc}, stderr {err}')
        check('second fmt: nothing reformatted', out == '' and err == '', out + err)
        check('second fmt: same bytes', snapshot(data) == first)
        check('second fmt: files not rewritten', all(os.stat(p).st_mtime_ns == mtimes[p] for p in files))
        rc, out, err = run('fmt', '--check', *files)
        check('fmt --check on canonical files: exit 0', rc == 0, f'exit {rc}, {out} {err}')
        check('fmt --check on canonical files: silent', out == '' and err == '', out + err)

        # 4. Indented differently: --check finds it and touches nothing; fmt restores the bytes.
        units = os.path.join(data, 'units-laichau.xml')
        canonical = read(units)
        # re-indent the markup, not the comments (their white space is their text)
        pieces = re.split(rb'(<!--.*?-->)', canonical, flags=re.S)
        odd = b''.join(p if p.startswith(b'<!--') else p.replace(b'\n  ', b'\n\t').replace(b'"/>', b'" />')
                       for p in pieces)
        with open(units, 'wb') as f:
            f.write(odd)
        rc, out, err = run('fmt', '--check', *files)
        check('fmt --check on a re-indented file: exit 1', rc == 1, f'exit {rc}, {err}')
        check('fmt --check names the file, and only it', out == units + '\n', out)
        check('fmt --check does not touch it', read(units) == odd)
        rc, out, err = run('fmt', units)
        check('fmt on a re-indented file: exit 0', rc == 0, f'exit {rc}, {err}')
        check('fmt on a re-indented file: reformatted', out == f'reformatted {units}\n', out)
        check('fmt on a re-indented file: canonical bytes again', read(units) == canonical)

        # 5. The formatted data loads back and gives the same answers.
        rc, out, err = run('validate', data)
        check('validate the formatted data: exit 0', rc == 0, out + err)
        check('validate the formatted data: no issue', out == '', out)
        for period in ('2025', '2025-H1'):
            args = ['progress', '--period', period, '--format', 'json', '--by-child']
            rc1, out1, _ = run(*args, '-d', 'examples/data')
            rc2, out2, err2 = run(*args, '-d', data)
            check(f'progress {period} on the formatted data: exit 0', rc2 == 0, err2)
            check(f'progress {period}: same answers after fmt', rc1 == 0 and json.loads(out1) == json.loads(out2))

        # 6. A file with an error is left alone, and the good file next to it is formatted.
        bad = os.path.join(tmp, 'invalid-values.xml')
        shutil.copy('examples/tests/invalid-values.xml', bad)
        good = os.path.join(tmp, 'units-tld.xml')
        shutil.copy('examples/data/units-tld.xml', good)
        bad_before = read(bad)
        rc, out, err = run('fmt', '--drop-comments', bad, good)
        check('fmt on a file with errors: exit 1', rc == 1, f'exit {rc}')
        check('fmt on a file with errors: untouched', read(bad) == bad_before)
        check('fmt on a file with errors: its errors on stderr',
              f'E: {bad}:' in err and f'{bad}: not formatted: ' in err, err)
        check('fmt on a file with errors: the good file is formatted', out == f'reformatted {good}\n', out)
        check('fmt on a file with errors: the good file is canonical', read(good) == first['units-tld.xml'])
        rc, out, err = run('fmt', '--stdout', bad)
        check('fmt --stdout on a file with errors: exit 1, nothing on stdout', rc == 1 and out == '', f'{rc} {out}')
        rc, out, err = run('fmt', '--check', bad)
        check('fmt --check on a file with errors: exit 1', rc == 1 and 'not formatted' in err, f'{rc} {err}')
        wellformed_not = os.path.join(tmp, 'not-well-formed.xml')
        shutil.copy('examples/tests/not-well-formed.xml', wellformed_not)
        before = read(wellformed_not)
        rc, out, err = run('fmt', wellformed_not)
        check('fmt on malformed XML: exit 1, untouched', rc == 1 and read(wellformed_not) == before, f'{rc} {err}')

        # 7. --stdout: the canonical form, comments included, the file left alone.
        rc, out, err = run('fmt', '--stdout', 'examples/data/units-laichau.xml')
        check('fmt --stdout: exit 0', rc == 0, err)
        check('fmt --stdout: the canonical form', out.encode('utf-8') == first['units-laichau.xml'])
        check('fmt --stdout: nothing left out, nothing to say', err == '', err)

        # 8. Foreign namespaces are kept: the library's canonical form of the fixtures.
        foreign = os.path.join(tmp, 'foreign')
        os.mkdir(foreign)
        for p in sorted(glob.glob('tests/data/foreign/*.xml')):
            shutil.copy(p, foreign)
        ffiles = sorted(glob.glob(os.path.join(foreign, '*.xml')))
        check('foreign fixtures found', len(ffiles) >= 1)
        rc, out, err = run('fmt', '--drop-comments', *ffiles)
        check('fmt on foreign content: exit 0', rc == 0, err)
        for p in ffiles:
            content = read(p)
            original_text = read(os.path.join('tests/data/foreign', os.path.basename(p)))
            for marker in (b'xmlns:dms="urn:example:dms"', b'urn:congdoan:2'):
                if marker in original_text:
                    check(f'{os.path.basename(p)}: {marker.decode()} kept', marker in content)
            expected = os.path.join('tests/data/expected', 'foreign-' + os.path.basename(p))
            if os.path.exists(expected):
                check(f'{os.path.basename(p)}: the canonical form of tests/data/expected', content == read(expected))
        rc, out, err = run('fmt', '--check', *ffiles)
        check('fmt --check on formatted foreign content: exit 0', rc == 0 and out == '', out + err)

        # 9. Permissions and symbolic links survive a rewrite.
        target = os.path.join(tmp, 'kept.xml')
        shutil.copy('examples/data/reports-240.xml', target)
        os.chmod(target, 0o640)
        link = os.path.join(tmp, 'link.xml')
        os.symlink('kept.xml', link)
        rc, out, err = run('fmt', '--drop-comments', link)
        check('fmt through a symbolic link: exit 0', rc == 0, err)
        check('the link is still a link', os.path.islink(link))
        check('the file it points to is formatted', read(target) == first['reports-240.xml'])
        check('its permissions are kept', stat.S_IMODE(os.stat(target).st_mode) == 0o640,
              oct(stat.S_IMODE(os.stat(target).st_mode)))
        check('no temporary file left', sorted(os.listdir(tmp)) ==
              sorted(['data', 'foreign', 'invalid-values.xml', 'kept.xml', 'link.xml', 'not-well-formed.xml',
                      'units-tld.xml']), str(os.listdir(tmp)))

        # 10. Usage errors: exit 2, nothing done.
        for args, message in ((['fmt'], 'no file given'),
                              (['fmt', '--stdout', files[0], files[1]], '--stdout takes one file'),
                              (['fmt', '--check', '--stdout', files[0]], 'exclude each other'),
                              (['fmt', '--colour', files[0]], "unknown option '--colour'"),
                              (['fmt', os.path.join(tmp, 'no-such-file.xml')], 'cannot open')):
            rc, out, err = run(*args)
            check(f'{" ".join(args[:2])}: exit 2', rc == 2, f'exit {rc}')
            check(f'{" ".join(args[:2])}: says {message!r}', message in err, err)
            check(f'{" ".join(args[:2])}: nothing on stdout', out == '', out)

        # 11. Files larger than the pieces fmt reads and compares them in (64 KiB): thousands of
        #     processing instructions, each beside a comment that holds a "<?" that is not one,
        #     so that instructions and comments fall across every boundary of the pieces.
        big = os.path.join(tmp, 'big.xml')
        canon = first['units-tld.xml']
        head, rest = canon.split(b'\n', 1)
        pis = 8000
        prolog = b''.join(b'<?p n="%d"?>\n<!-- <?not-one?> %d -->\n' % (k, k) for k in range(pis))
        with open(big, 'wb') as f:
            f.write(head + b'\n' + prolog + rest)
        big_before = read(big)
        check('the big file is several pieces long', len(big_before) > 4 * 65536, str(len(big_before)))
        rc, out, err = run('fmt', '--check', big)
        check('fmt --check on the big file: exit 1, named', rc == 1 and out == big + '\n', f'{rc} {out} {err}')
        check(f'fmt --check on the big file: counts its {pis} instructions', f'{pis} processing instructions' in err, err)
        rc, out, err = run('fmt', big)
        check('fmt on the big file: refused, untouched', rc == 1 and read(big) == big_before, f'{rc} {err}')
        check(f'fmt on the big file: says {pis} instructions', f'has {pis} processing instructions' in err, err)
        rc, out, err = run('fmt', '--stdout', big)
        check('fmt --stdout on the big file: exit 0', rc == 0, err)
        check('fmt --stdout on the big file: notes what it leaves out', f'leaves out its {pis} processing' in err, err)
        expected = head + b'\n' + re.sub(rb'<\?p n="\d+"\?>\n', b'', prolog) + rest
        check('fmt --stdout on the big file: the comments kept, the instructions gone', out.encode() == expected)
        rc, out, err = run('fmt', '--drop-comments', big)
        check('fmt --drop-comments on the big file: reformatted', rc == 0 and out == f'reformatted {big}\n', err)
        check('fmt --drop-comments on the big file: what --stdout wrote', read(big) == expected)
        rc, out, err = run('fmt', '--check', big)
        check('fmt --check on the big canonical file: exit 0, silent', rc == 0 and out == '' and err == '', out + err)
        # the same bytes and one more at the end, or one byte changed in the last piece: not canonical
        for name, content in (('one more byte at the end', expected + b'\n'),
                              ('one byte changed near the end', expected[:-20] + expected[-20:].replace(b'<', b' <', 1))):
            with open(big, 'wb') as f:
                f.write(content)
            rc, out, err = run('fmt', '--check', big)
            check(f'fmt --check, {name}: exit 1, named', rc == 1 and out == big + '\n', f'{rc} {out} {err}')
            rc, out, err = run('fmt', big)
            check(f'fmt, {name}: reformatted to the canonical bytes', rc == 0 and read(big) == expected, f'{rc} {err}')
        os.remove(big)
    finally:
        shutil.rmtree(tmp)

    # 10. The hand conversions of corpus-dev are written in canonical form, so that a diff after
    # an edit through the library shows the edit only. --check writes nothing: the tree is safe.
    conversions = sorted(glob.glob('tests/data/corpus-dev-xml/*.xml'))
    check('corpus-dev conversions found', len(conversions) >= 20, str(len(conversions)))
    for p in conversions:
        rc, out, err = run('fmt', '--check', p)
        check(f'fmt --check {p}: canonical (exit 0, silent)', rc == 0 and out == '' and err == '', f'{rc} {out} {err}')

    for f in failures:
        print('FAIL: ' + f)
    print(f'{len(failures)} failure(s)' if failures else 'all fmt checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
