#!/usr/bin/env python3
"""Check the congdoan program against the answers worked out by hand in examples/data/README.md.

    check-sample-answers.py PROGRAM

Runs PROGRAM (from the top of the source tree) with --format json on examples/data and
compares the figures with those of the README, written out again below. This is independent
of the expected files of the other tests: those were generated from the program's output and
checked once against the README by hand; this test keeps checking the answers themselves.
"""

import json
import subprocess
import sys

PROGRAM = sys.argv[1]
failures = []


def run(*args):
    result = subprocess.run([PROGRAM, *args, '-d', 'examples/data', '--format', 'json'],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        failures.append(f'{args}: exit status {result.returncode}: {result.stderr.decode()}')
        return None
    return json.loads(result.stdout)


def check(what, actual, expected):
    if actual != expected:
        failures.append(f'{what}: {actual!r}, the README says {expected!r}')


def close(a, b):
    return a is not None and abs(a - b) < 1e-9


# ---- 1. and 2. progress of 13/CTr-LĐLĐ for laichau ------------------------------------------
# id: (numerator, denominator) or a count, and the status
PROGRESS = {
    '2025': {
        'iii-1a': ((13466, 13623), 'achieved'), 'iii-1b': ((774, 1152), 'not-achieved'),
        'iii-2a': ((357, 358), 'not-achieved'), 'iii-2b': ((45, 54), 'achieved'),
        'iii-3a': ((8, 9), 'not-achieved'), 'iii-3b': ((14, 16), 'achieved'),
        'iii-3c': ((6, 8), 'not-achieved'), 'iii-4a': (1478, 'not-achieved'),
        'iii-5a': ((439, 412), 'achieved'), 'iii-6a': (2, 'achieved'),
        'iii-7a': ((13298, 13783), 'achieved'), 'iii-8a': ((4, 9), 'achieved'),
        'iii-8b': ((6, 7), 'not-achieved'), 'iii-8c': ((13, 69), 'achieved'),
        'iii-9a': ((34, 34), 'achieved'), 'iii-10a': (36, 'achieved'),
        'iii-11a': ((9, 11), 'not-achieved'), 'iii-12a': ((78, 91), 'achieved'),
        'iii-13a': (1, 'not-achieved'),
    },
    '2025-H1': {
        'iii-1a': ((16418, 16815), 'not-achieved'), 'iii-1b': ((425, 930), 'not-achieved'),
        'iii-2a': ((385, 397), 'not-achieved'), 'iii-2b': ((44, 58), 'not-achieved'),
        'iii-3a': ((8, 9), 'not-achieved'), 'iii-3b': ((14, 16), 'achieved'),
        'iii-3c': ((6, 8), 'not-achieved'), 'iii-4a': (712, 'not-achieved'),
        'iii-5a': ((150, 305), 'not-achieved'), 'iii-6a': (0, 'not-achieved'),
        'iii-7a': ((9230, 9900), 'not-achieved'), 'iii-8a': (None, 'no-data'),
        'iii-8b': ((6, 8), 'not-achieved'), 'iii-8c': ((6, 40), 'achieved'),
        'iii-9a': ((12, 12), 'achieved'), 'iii-10a': (33, 'achieved'),
        'iii-11a': (None, 'not-aggregable'), 'iii-12a': ((52, 63), 'not-achieved'),
        'iii-13a': (1, 'not-achieved'),
    },
}
SUMMARY = {'2025': (11, 8, 0, 0), '2025-H1': (4, 13, 1, 1)}
FINDINGS = {'2025': [('laichau.tanuyen', 'iii-13a', 1, 2)], '2025-H1': [('laichau.tp', 'iii-6a', 0, 1)]}
COMPLETENESS = {
    '2025-H1': ('2025-06-20', {
        'laichau.tp': ('on-time', '2025-06-18'), 'laichau.tamduong': ('on-time', '2025-06-20'),
        'laichau.phongtho': ('late', '2025-06-25'), 'laichau.sinho': ('on-time', '2025-06-19'),
        'laichau.muongte': ('missing', None), 'laichau.thanuyen': ('on-time', '2025-06-16'),
        'laichau.tanuyen': ('on-time', '2025-06-20'), 'laichau.namnhun': ('late', '2025-07-02'),
        'laichau.cdvc': ('on-time', '2025-06-17')}),
    '2025': ('2025-11-25', {
        'laichau.tp': ('on-time', '2025-11-20'), 'laichau.tamduong': ('on-time', '2025-11-24'),
        'laichau.phongtho': ('on-time', '2025-11-25'), 'laichau.sinho': ('missing', None),
        'laichau.muongte': ('late', '2025-12-03'), 'laichau.thanuyen': ('on-time', '2025-11-21'),
        'laichau.tanuyen': ('late', '2025-11-28'), 'laichau.namnhun': ('missing', None),
        'laichau.cdvc': ('on-time', '2025-11-18')}),
}


def check_indicators(label, doc, expected):
    got = {i['indicator_id']: i for i in doc['evaluations']}
    check(f'{label}: indicators', sorted(got), sorted(expected))
    for ind_id, (figure, status) in expected.items():
        i = got.get(ind_id)
        if not i:
            continue
        check(f'{label} {ind_id} status', i['status'], status)
        if figure is None:
            check(f'{label} {ind_id} actual', i['actual'], None)
        elif isinstance(figure, tuple):
            num, den = figure
            check(f'{label} {ind_id} fraction', (i['numerator'], i['denominator']), (num, den))
            factor = 1 if i['measure'] == 'average' else 100
            if not close(i['actual'], num / den * factor):
                failures.append(f'{label} {ind_id}: actual {i["actual"]}, the README says {num}/{den}')
        else:
            check(f'{label} {ind_id} actual', i['actual'], figure)


for period, expected in PROGRESS.items():
    doc = run('progress', '--document', '13/CTr-LĐLĐ', '--unit', 'laichau', '--period', period)
    if not doc:
        continue
    check_indicators(period, doc, expected)
    s = doc['summary']
    check(f'{period} summary', (s['achieved'], s['not_achieved'], s['no_data'], s['not_aggregable']),
          SUMMARY[period])
    check(f'{period} findings', [(f['unit_id'], f['indicator_id'], f['reported'], f['computed'])
                                 for f in doc['findings']], FINDINGS[period])
    deadline, units = COMPLETENESS[period]
    check(f'{period} deadline', doc['query']['deadline'], deadline)
    check(f'{period} completeness', {u['unit_id']: (u['submission'], u['submitted']) for u in doc['completeness']},
          units)

doc = run('progress', '--period', '2025')
if doc:
    by_id = {i['indicator_id']: i for i in doc['evaluations']}
    check('2025 unaggregated', {k: v['unaggregated'] for k, v in by_id.items() if v['unaggregated']},
          {'iii-1a': 1})
    check('2025 unit-data sources', {k: v['contributors'] for k, v in by_id.items() if v['source'] == 'unit-data'},
          {'iii-3a': 9, 'iii-3b': 16, 'iii-3c': 8})

# With the reference date 2025-06-30, Nậm Nhùn's report (02/7) is ignored.
doc = run('progress', '--period', '2025-H1', '--at', '2025-06-30')
if doc:
    check_indicators('2025-H1 at 2025-06-30', doc, {
        'iii-1a': ((15368, 15725), 'not-achieved'), 'iii-2a': ((352, 362), 'not-achieved'),
        'iii-2b': ((42, 55), 'not-achieved'), 'iii-4a': (671, 'not-achieved'),
        'iii-8b': ((6, 7), 'not-achieved'), 'iii-10a': (31, 'not-achieved'),
        **{k: v for k, v in PROGRESS['2025-H1'].items()
           if k not in ('iii-1a', 'iii-2a', 'iii-2b', 'iii-4a', 'iii-8b', 'iii-10a')}})
    namnhun = [u for u in doc['completeness'] if u['unit_id'] == 'laichau.namnhun']
    check('2025-H1 at 2025-06-30: Nậm Nhùn', [u['submission'] for u in namnhun], ['missing'])

# ---- 4. cascade ---------------------------------------------------------------------------
doc = run('cascade', '13/CTr-LĐLĐ')
if doc:
    check('cascade lower documents', [l['document_id'] for l in doc['documents']],
          ['ctr-2025-ldld-tp', 'ctr-2025-ldld-tamduong', 'ctr-2025-ldld-phongtho', 'ctr-2025-ldld-thanuyen',
           'ctr-2025-ldld-tanuyen'])
    refines = {
        'ctr-2025-ldld-tp': {'iii-1a': (98, 'ok'), 'iii-4a': (280, 'not-comparable'), 'iii-5a': (1, 'ok'),
                             'iii-7a': (95, 'ok'), 'iii-10a': (8, 'not-comparable'), 'iii-12a': (90, 'ok')},
        'ctr-2025-ldld-tamduong': {'iii-1a': (98, 'ok'), 'iii-3c': (80, 'ok'), 'iii-4a': (200, 'not-comparable'),
                                   'iii-7a': (95, 'ok'), 'iii-10a': (5, 'not-comparable')},
        'ctr-2025-ldld-phongtho': {'iii-1a': (95, 'weaker'), 'iii-2b': (80, 'ok'), 'iii-4a': (230, 'not-comparable'),
                                   'iii-8c': (15, 'ok'), 'iii-10a': (6, 'not-comparable')},
        'ctr-2025-ldld-thanuyen': {'iii-1a': (98, 'ok'), 'iii-2b': (85, 'ok'), 'iii-4a': (250, 'not-comparable'),
                                   'iii-5a': (1, 'ok'), 'iii-10a': (7, 'not-comparable'), 'iii-12a': (85, 'ok')},
        'ctr-2025-ldld-tanuyen': {'iii-1a': (99, 'ok'), 'iii-4a': (180, 'not-comparable'), 'iii-7a': (95, 'ok'),
                                  'iii-13a': (1, 'not-comparable')},
    }
    for lower in doc['documents']:
        lid = lower['document_id']
        got = {c['indicator_id']: (c['target'], c['demand']) for c in doc['matrix']
               if c['lower_id'] == lid and c['demand'] != 'missed'}
        check(f'cascade {lid} refinements', got, refines.get(lid))
        check(f'cascade {lid} missed', lower['misses'], 19 - len(refines.get(lid, {})))
        check(f'cascade {lid} missed cells', sum(1 for c in doc['matrix'] if c['lower_id'] == lid
                                                 and c['demand'] == 'missed'), 19 - len(refines.get(lid, {})))
    alloc = {a['indicator_id']: a for a in doc['allocations']}
    for ind_id, (allocated, allocating, shortfall) in {'iii-4a': (1140, 5, 670), 'iii-10a': (26, 4, 6),
                                                       'iii-13a': (1, 1, 1)}.items():
        a = alloc.get(ind_id)
        check(f'cascade allocation {ind_id}', a and (a['allocated'], a['allocating'], a['shortfall']),
              (allocated, allocating, shortfall))
    check('cascade allocation iii-6a', alloc.get('iii-6a') and (alloc['iii-6a']['allocated'],
                                                                  alloc['iii-6a']['allocating']), (None, 0))
    check('cascade missing units', [u['unit_id'] for u in doc['missing']],
          ['laichau.sinho', 'laichau.muongte', 'laichau.namnhun', 'laichau.cdvc'])

# ---- 5. tasks -----------------------------------------------------------------------------
def overdue(at, *more):
    doc = run('tasks', '--overdue', '--at', at, *more)
    return [(t['document_id'], t['id']) for t in doc['tasks']] if doc else None


# ii-2 has only a milestone since vocabulary 1.2 ("đến năm 2023" dates one sentence of it)
check('240/KH-TLĐ overdue at 2024-01-01', overdue('2024-01-01', '--document', '240/KH-TLĐ'),
      [('kh-240-tld-2022', 'ii-9')])
check('240/KH-TLĐ overdue at 2024-07-01', overdue('2024-07-01', '--document', '240/KH-TLĐ'),
      [('kh-240-tld-2022', 'ii-9')])
check('240/KH-TLĐ overdue at 2023-01-01', overdue('2023-01-01', '--document', '240/KH-TLĐ'), [])
check('13/CTr-LĐLĐ overdue at 2025-07-01', overdue('2025-07-01', '--document', '13/CTr-LĐLĐ'), [])
late = overdue('2026-01-01', '--document', '13/CTr-LĐLĐ')
check('13/CTr-LĐLĐ overdue at 2026-01-01', late and len(late), 40)
check('district programmes overdue at 2025-07-01',
      [t for t in overdue('2025-07-01') or [] if t[0].startswith('ctr-2025-ldld-')],
      [('ctr-2025-ldld-tp', 'nv-1')])

doc = run('tasks', '--document', '240/KH-TLĐ', '--at', '2024-01-01')
if doc:
    check('240/KH-TLĐ statuses at 2024-01-01', {t['id']: t['status'] for t in doc['tasks']}, {
        'ii-1': 'done', 'iii-1-1': 'done', 'iii-1-2': 'done', 'iii-1-3': 'done', 'iii-1-7': 'done',
        'ii-2': 'in-progress', 'ii-3': 'in-progress', 'ii-9': 'in-progress', 'iii-1-4': 'in-progress',
        'iii-1-5': 'in-progress', 'iii-1-9': 'in-progress',
        'ii-4': None, 'ii-5': None, 'ii-6': None, 'ii-7': None, 'ii-8': None, 'iii-1-6': None, 'iii-1-8': None})
    check('240/KH-TLĐ ii-2 status report', [t['status_report_id'] for t in doc['tasks'] if t['id'] == 'ii-2'],
          ['bc-240-2023'])

doc = run('tasks', '--document', '13/CTr-LĐLĐ', '--at', '2099-12-31')
if doc:
    statuses = {t['id']: t['status'] for t in doc['tasks'] if t['status']}
    check('13/CTr-LĐLĐ latest statuses', statuses, {
        **dict.fromkeys(['ii-1', 'iv-2-1', 'iv-3-3', 'iv-5-3', 'iv-6-3', 'iv-6-4', 'iv-9-1', 'iv-9-5', 'v-1'], 'done'),
        'iv-4-2': 'cancelled',
        **dict.fromkeys(['ii-5', 'ii-6', 'iv-1-5', 'iv-8-2', 'iv-10-5', 'v-2'], 'in-progress'),
        'iv-7-2': 'not-started'})
    check('13/CTr-LĐLĐ iv-10-5 status report',
          [t['status_report_id'] for t in doc['tasks'] if t['id'] == 'iv-10-5'], ['bc-2025-tp'])

for message in failures:
    print('FAIL: ' + message)
print(f'{len(failures)} disagreement(s) with examples/data/README.md')
sys.exit(1 if failures else 0)
