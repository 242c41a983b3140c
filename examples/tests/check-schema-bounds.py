#!/usr/bin/env python3
"""`congdoan validate --schema` runs libxml2's RELAX NG only on files of up to 1 MiB and 20,000
elements (its time grows with the square of an element's children): the exact words a person
sees at each bound, and nothing at the bound itself.

    check-schema-bounds.py PROGRAM

Writes, in a temporary folder, valid files of exactly 20,000 and 20,001 elements (start tags, as
the program counts them; under 140 kB) and of exactly 1,048,576 and 1,048,577 bytes (a few
elements, comments for the rest), runs `congdoan validate --schema NAME` there under LC_ALL=C,
and compares standard output, standard error and the exit status exactly.
"""
import os
import re
import subprocess
import sys
import tempfile

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<congdoan xmlns="urn:congdoan:1" xmlns:x="urn:x" version="1.0">\n'
TAIL = '</congdoan>\n'
SUMMARY = '1 tệp, 0 lỗi, 0 cảnh báo, 0 thông tin\n'
# (the program's own language, Vietnamese, under LC_ALL=C; in English: "congdoan: note: NAME is
# larger than 1 MiB or 20,000 elements: not checked against the RELAX NG schema (the loader's
# checks, as strict, ran)")
NOTE = ('congdoan: lưu ý: {name} lớn hơn 1 MiB hoặc 20.000 phần tử: không kiểm tra theo lược đồ RELAX NG '
        '(đã chạy các kiểm tra của bộ nạp, chặt chẽ như vậy)\n')


def elements(n):
    """A valid file of exactly n elements: 200 units (the first the central one), each holding
    its share of foreign elements <x:n/>, so that no element has more than about a hundred
    children and the schema's check of the file at the bound stays quick."""
    units, foreign = 200, n - 1 - 200
    share = [foreign // units + (1 if i < foreign % units else 0) for i in range(units)]
    out = [HEAD, '<unit id="u0" level="central" name="Tổng Liên đoàn">' + '<x:n/>' * share[0] + '</unit>\n']
    for i in range(1, units):
        out.append(f'<unit id="u{i}" level="grassroots" name="Công đoàn cơ sở {i}" parent="u0" sector="public">'
                   + '<x:n/>' * share[i] + '</unit>\n')
    out.append(TAIL)
    return ''.join(out).encode('utf-8')


def size(n):
    """A valid file of exactly n bytes: one unit, then comments of 1,000 bytes and one shorter."""
    head = (HEAD + '<unit id="u0" level="central" name="Tổng Liên đoàn"/>\n').encode('utf-8')
    tail = TAIL.encode('utf-8')
    room = n - len(head) - len(tail)
    comment = b'<!--' + b'c' * 992 + b'-->\n'  # 1,000 bytes
    body = comment * (room // len(comment))
    rest = room - len(body)
    assert rest == 0 or rest >= 8
    if rest:
        body += b'<!--' + b'c' * (rest - 8) + b'-->\n'
    data = head + body + tail
    assert len(data) == n
    return data


def count_elements(data):
    return len(re.findall(rb'<[^/!?]', data))


def main():
    program = os.path.abspath(sys.argv[1])
    cases = [
        # name, bytes, the note expected
        ('elements-20000.xml', elements(20000), False),
        ('elements-20001.xml', elements(20001), True),
        ('bytes-1048576.xml', size(1048576), False),
        ('bytes-1048577.xml', size(1048577), True),
    ]
    assert count_elements(cases[0][1]) == 20000 and count_elements(cases[1][1]) == 20001
    assert len(cases[0][1]) < 1048576 and len(cases[1][1]) < 1048576
    assert count_elements(cases[3][1]) < 20000
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data, noted in cases:
            with open(os.path.join(folder, name), 'wb') as f:
                f.write(data)
            env = dict(os.environ, LC_ALL='C')
            env.pop('LANGUAGE', None)
            p = subprocess.run([program, 'validate', '--schema', name], cwd=folder, env=env, capture_output=True)
            want_err = (NOTE.format(name=name) if noted else '') + SUMMARY
            err = p.stderr.decode('utf-8', 'replace')
            if p.returncode != 0:
                failures.append(f'{name}: exit {p.returncode}, expected 0')
            if p.stdout:
                failures.append(f'{name}: standard output not empty:\n{p.stdout.decode("utf-8", "replace")}')
            if err != want_err:
                failures.append(f'{name}: standard error\n  expected: {want_err!r}\n  got:      {err!r}')
    for f in failures:
        print('FAIL: ' + f)
    if not failures:
        print('schema bounds: 20,000 elements and 1 MiB checked; 20,001 elements and 1 MiB + 1 byte noted')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
