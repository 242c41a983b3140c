#!/usr/bin/env python3
"""Check that the skeletons of `congdoan new-report` are valid and can be filled in.

    check-new-report.py PROGRAM

Runs from the top of the source tree (meson's workdir), writing into a temporary folder.

What is checked, for a district (laichau.tamduong, 2025-H1), a district with every task, a
department (laichau.vp) and a grassroots union (laichau.tamduong.th1):
  - the skeleton is valid against the RELAX NG schema (xmllint --relaxng, when xmllint is
    installed) and loads together with the sample data without an issue (congdoan validate);
  - it has one empty slot <value indicator="x"/> (vocabulary 1.2, no figure) per indicator the
    unit can report on, one empty <task-status task="t"/> (no status) per task it leads or
    coordinates, a comment before each naming it, and no element inside a comment;
  - `congdoan fmt` keeps it byte for byte, comments and all (--check and --stdout);
  - as it is, it is a form not filled in: its empty slots are no data to progress (the unit's
    submitted report still counts) and a unit with nothing but the skeleton is still missing
    in the completeness table;
  - filled in the way the header comment tells a clerk to (attributes added to a slot, a status
    with its result and completion date, a submission date), it is still valid and its figures
    reach the progress engine;
  - -o does not replace an existing file without --force, and replaces it with it;
  - errors: an unknown unit (exit 1), no --unit, a bad period, an id already used (exit 2).
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROGRAM = os.path.abspath(sys.argv[1])
SCHEMA = 'lib/schema/congdoan-1.rng'
DOC = '13/CTr-LĐLĐ'
failures = []


def run(*args):
    result = subprocess.run([PROGRAM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return result.returncode, result.stdout.decode('utf-8', 'replace'), result.stderr.decode('utf-8', 'replace')


def check(what, condition, detail=''):
    if not condition:
        failures.append(f'{what}{": " + detail if detail else ""}')


def schema_valid(path):
    """None when xmllint is not installed, else (ok, message)."""
    xmllint = shutil.which('xmllint')
    if not xmllint:
        return None
    r = subprocess.run([xmllint, '--noout', '--relaxng', SCHEMA, path], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    return r.returncode == 0, r.stderr.decode('utf-8', 'replace')


def loads_with_sample(path, what):
    rc, out, err = run('validate', '-d', 'examples/data', path)
    check(f'{what}: validate with the sample data exits 0', rc == 0, out + err)
    check(f'{what}: no issue at all', out == '', out)


def valid(path, what):
    result = schema_valid(path)
    if result is not None:
        check(f'{what}: valid against {SCHEMA}', result[0], result[1])
    loads_with_sample(path, what)


def main():
    if not shutil.which('xmllint'):
        print('note: xmllint not found: the RELAX NG check is skipped (the loader still checks)')
    tmp = tempfile.mkdtemp(prefix='congdoan-new-report-')
    try:
        # ---- a district, 2025-H1 ------------------------------------------------------------
        skel = os.path.join(tmp, 'tamduong.xml')
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.tamduong', '--document', DOC,
                           '--period', '2025-H1', '-o', skel)
        check('district: exit 0', rc == 0, err)
        check('district: nothing on stdout with -o', out == '', out)
        check('district: a note about its existing report',
              'already has a report for 2025-H1 on 13/CTr-LĐLĐ: bc-2025h1-tamduong' in err, err)
        with open(skel, encoding='utf-8') as f:
            text = f.read()
        valid(skel, 'district')
        values = re.findall(r'^    <value indicator="([^"]+)"(?: coverage="subtree")?/>$', text, re.M)
        # 19 indicators, 3 computed from classifications: 16 slots to fill in
        check('district: 16 empty slots to fill in', len(values) == 16, str(values))
        check('district: written at vocabulary 1.2', '<congdoan xmlns="urn:congdoan:1" version="1.2">' in text)
        check('district: no element inside a comment',
              all('<value' not in c or 'Chỉ tiêu: dưới mỗi' in c for c in re.findall(r'<!--(.*?)-->', text, re.S)))
        check('district: each value line follows its own comment',
              all(f'<!-- Chỉ tiêu {v}\n' in text for v in values))
        check('district: share-of-units indicators need no figure',
              text.count('Không cần điền: tính từ xếp loại') == 3)
        check('district: subtree figures for the district', '\n    <value indicator="iii-1a" coverage="subtree"/>\n'
              in text)
        check('district: its own figure for iii-8b (measured over its own level)',
              '\n    <value indicator="iii-8b"/>\n' in text)
        statuses = re.findall(r'^    <task-status task="([^"]+)"/>$', text, re.M)
        check('district: the empty status of the task it coordinates', statuses == ['v-2'], str(statuses))
        check('district: no status written for the clerk', 'status="not-started"' not in text)

        # fmt keeps the skeleton as it is, comments included
        rc, out, err = run('fmt', '--check', skel)
        check('district: fmt --check finds it formatted', rc == 0, out + err)
        rc, out, err = run('fmt', '--stdout', skel)
        check('district: fmt --stdout gives the same bytes', rc == 0 and out == text, err)

        # As it is, the skeleton reports nothing: the unit's submitted report (bc-2025h1-tamduong,
        # 96 new members) still gives iii-4a, and a unit with only a skeleton is missing.
        rc, out, err = run('progress', '-d', 'examples/data', '-d', skel, '--document', DOC,
                           '--unit', 'laichau.tamduong', '--period', '2025-H1', '--format', 'json')
        check('district, skeleton: progress exit 0', rc == 0, err)
        if rc == 0:
            figures = {i['indicator_id']: i['actual'] for i in json.loads(out)['evaluations']}
            check('district, skeleton: empty slots are no data', figures.get('iii-4a') == 96, str(figures.get('iii-4a')))
        muongte = os.path.join(tmp, 'muongte.xml')
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.muongte', '--document', DOC,
                           '--period', '2025-H1', '-o', muongte)
        check('a district without a report: exit 0', rc == 0, err)
        rc, out, err = run('progress', '-d', 'examples/data', '-d', muongte, '--document', DOC, '--period', '2025-H1',
                           '--format', 'json')
        check('skeleton only: progress exit 0', rc == 0, err)
        if rc == 0:
            submission = {e['unit_id']: e['submission'] for e in json.loads(out)['completeness']}
            check('skeleton only: still missing', submission.get('laichau.muongte') == 'missing', str(submission))
        check('district: the header cites the document', 'Chương trình số 13/CTr-LĐLĐ ngày 27/02/2025' in text)
        check('district: the header gives the deadline', 'Hạn gửi: 20/06/2025.' in text)
        check('district: no "--" inside a comment', all('--' not in c for c in re.findall(r'<!--(.*?)-->', text, re.S)))

        # Filled in as the header says: attributes added to two slots, a status with its result
        # and completion date, the submission date. Still valid; the figures count.
        filled = text.replace('<value indicator="iii-4a" coverage="subtree"/>',
                              '<value indicator="iii-4a" value="150" coverage="subtree"/>')
        filled = filled.replace('<value indicator="iii-8b"/>',
                                '<value indicator="iii-8b" numerator="1" denominator="1"/>')
        filled = filled.replace('<task-status task="v-2"/>',
                                '<task-status task="v-2" status="done" completed="2025-05-30">Đã ban hành chương trình '
                                'công tác năm 2025 của LĐLĐ huyện.</task-status>')
        filled = filled.replace('period="2025-H1">', 'period="2025-H1" submitted="2025-06-30">', 1)
        check('district: the lines to fill in are there', filled.count('value="150"') == 1 and
              'submitted="2025-06-30"' in filled)
        filled_path = os.path.join(tmp, 'tamduong-filled.xml')
        with open(filled_path, 'w', encoding='utf-8') as f:
            f.write(filled)
        valid(filled_path, 'district, filled in')
        rc, out, err = run('progress', '-d', 'examples/data', '-d', filled_path, '--document', DOC,
                           '--unit', 'laichau.tamduong', '--period', '2025-H1', '--format', 'json')
        check('district, filled in: progress exit 0', rc == 0, err)
        if rc == 0:
            figures = {i['indicator_id']: i['actual'] for i in json.loads(out)['evaluations']}
            # the later report replaces bc-2025h1-tamduong (96 new members): 150 now
            check('district, filled in: its iii-4a counts', figures.get('iii-4a') == 150, str(figures.get('iii-4a')))

        # -o does not replace without --force
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.tamduong', '--document', DOC,
                           '--period', '2025-H1', '-o', filled_path)
        check('-o on an existing file: exit 2', rc == 2, err)
        check('-o on an existing file: says so', 'exists already' in err, err)
        with open(filled_path, encoding='utf-8') as f:
            check('-o on an existing file: untouched', f.read() == filled)
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.tamduong', '--document', DOC,
                           '--period', '2025-H1', '-o', filled_path, '--force')
        check('-o --force: exit 0', rc == 0, err)
        with open(filled_path, encoding='utf-8') as f:
            check('-o --force: replaced', f.read() == text)
        check('no temporary file left', sorted(os.listdir(tmp)) == ['muongte.xml', 'tamduong-filled.xml', 'tamduong.xml'],
              str(os.listdir(tmp)))

        # ---- every task ---------------------------------------------------------------------
        all_path = os.path.join(tmp, 'all.xml')
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.tamduong', '--period', '2025',
                           '--all-tasks', '-o', all_path)
        check('--all-tasks: exit 0 (the document guessed)', rc == 0, err)
        with open(all_path, encoding='utf-8') as f:
            all_text = f.read()
        check('--all-tasks: 52 tasks', len(re.findall(r'^    <task-status task="[^"]+"/>$', all_text, re.M)) == 52)
        check('--all-tasks: one heading per section', '<!-- ===== Mục IV.2. Chăm lo lợi ích đoàn viên, người lao '
              'động ===== -->' in all_text)
        check('--all-tasks: the default id is unique', 'id="bc-laichau.tamduong-2025"' in all_text)
        valid(all_path, '--all-tasks')

        # ---- a department: tasks only ----------------------------------------------------------
        dept = os.path.join(tmp, 'vp.xml')
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.vp', '--document', DOC,
                           '--period', '2025', '-o', dept)
        check('department: exit 0', rc == 0, err)
        check('department: a note that it is not asked for reports', 'does not ask laichau.vp for reports' in err, err)
        with open(dept, encoding='utf-8') as f:
            dtext = f.read()
        check('department: no indicator', '<value' not in dtext.split('<congdoan ')[1])
        check('department: its task', re.findall(r'<task-status task="([^"]+)"', dtext.split('<congdoan ')[1]) == ['v-1'])
        valid(dept, 'department')

        # ---- a grassroots union: its own figures, what does not concern it left out -------------
        cdcs = os.path.join(tmp, 'cdcs.xml')
        rc, out, err = run('new-report', '-d', 'examples/data', '--unit', 'laichau.tamduong.th1', '--document', DOC,
                           '--period', '2025', '-o', cdcs)
        check('grassroots: exit 0', rc == 0, err)
        with open(cdcs, encoding='utf-8') as f:
            ctext = f.read()
        check('grassroots: no subtree figures', 'coverage="subtree"' not in ctext.split('<congdoan ')[1])
        check('grassroots: upper-grassroots indicators do not apply',
              '<value indicator="iii-8b"' not in ctext and 'Không áp dụng cho đơn vị' in ctext)
        valid(cdcs, 'grassroots')

        # ---- errors ------------------------------------------------------------------------------
        for args, code, message in (
                (['--unit', 'laichau.xx', '--period', '2025'], 1, "there is no unit 'laichau.xx'"),
                (['--period', '2025'], 2, 'use --unit UNIT'),
                (['--unit', 'laichau.tamduong', '--period', '2025-H3'], 2, "not '2025-H3'"),
                (['--unit', 'laichau.tamduong', '--period', '2025-H1', '--id', 'bc-2025h1-tamduong'], 2,
                 "report id 'bc-2025h1-tamduong' is used already"),
                (['--unit', 'laichau.tamduong', '--period', '2025', '--id', 'not an id'], 2, 'cannot make the report'),
                (['--unit', 'laichau.tamduong'], 2, 'say which with --period: 2025-H1, 2025'),
                (['--unit', 'tld.bdn', '--period', '2024'], 2, 'no document in the data asks tld.bdn'),
                (['--unit', 'laichau.tamduong', '--period', '2025', '--format', 'json'], 2, "unknown option '--format'"),
                (['--unit', 'laichau.tamduong', '--period', '2025', '--force'], 2, '--force goes with -o FILE')):
            rc, out, err = run('new-report', '-d', 'examples/data', *args)
            check(f'new-report {" ".join(args)}: exit {code}', rc == code, f'exit {rc}: {err}')
            check(f'new-report {" ".join(args)}: says {message!r}', message in err, err)
            check(f'new-report {" ".join(args)}: nothing on stdout', out == '', out)
    finally:
        shutil.rmtree(tmp)

    for f in failures:
        print('FAIL: ' + f)
    print(f'{len(failures)} failure(s)' if failures else 'all new-report checks passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
