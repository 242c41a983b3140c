"""A synthetic corpus in the libcongdoan vocabulary, made in memory (for the bulk and memory
tests and the benchmark's smoke mode): a central unit, provinces, districts and grassroots
unions with sectors, members and classifications; one programme with indicators of every
measure; a report of every district and grassroots union with figures. Deterministic."""

import random

SECTORS = ("public", "state-enterprise", "non-state-enterprise")
GRADES = ("excellent", "good", "completed", "not-completed")
INDICATORS = [
    ("pct", "percentage", "at-least", 90, ""),
    ("cnt", "count", "at-least", 1000, ""),
    ("low", "count", "at-most", 50, ""),
    ("avg", "average", "range", 1, ' target-max="3"'),
    ("shr", "share-of-units", "at-least", 60,
     ' scope-level="grassroots" condition="classification-at-least:good"'),
    ("pub", "percentage", "at-least", 80, ' scope-level="grassroots" scope-sector="public"'),
]


def corpus_xml(provinces=4, districts=5, grassroots=50, seed=1):
    """The XML text. Units: 1 + p + p*d + p*d*g; reports: p*d*(1+g), 4 to 6 values each."""
    rnd = random.Random(seed)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<congdoan xmlns="urn:congdoan:1" version="1.1">\n',
           '<unit id="tw" level="central" name="Tổng Liên đoàn Lao động Việt Nam"/>\n']
    reporters = []
    for p in range(provinces):
        pid = "p%d" % p
        out.append('<unit id="%s" level="provincial" name="Liên đoàn Lao động tỉnh Số %d" parent="tw"/>\n'
                   % (pid, p))
        for d in range(districts):
            did = "%s.d%d" % (pid, d)
            out.append('<unit id="%s" level="upper-grassroots" name="Liên đoàn Lao động huyện %d-%d" '
                       'parent="%s"><classification year="2025" grade="%s"/></unit>\n'
                       % (did, p, d, pid, rnd.choice(GRADES)))
            reporters.append((did, True))
            for g in range(grassroots):
                gid = "%s.g%d" % (did, g)
                out.append('<unit id="%s" level="grassroots" name="Công đoàn cơ sở Công ty số %d" parent="%s" '
                           'sector="%s" members="%d" workers="%d">'
                           '<classification year="2025" grade="%s"/></unit>\n'
                           % (gid, g, did, rnd.choice(SECTORS), rnd.randint(5, 500),
                              rnd.randint(10, 900), rnd.choice(GRADES)))
                reporters.append((gid, False))
    out.append('<document id="ctr" kind="programme" number="01/CTr-TLĐ" issuer="tw" issued="2025-01-10">\n'
               '<title>Chương trình công tác năm 2025</title>\n'
               '<reporting frequency="yearly"><deadline period="2025" date="2025-12-15"/></reporting>\n'
               '<section number="I." title="CHỈ TIÊU">\n')
    for iid, measure, comp, target, extra in INDICATORS:
        out.append('<indicator id="%s" measure="%s" comparator="%s" target="%s"%s>'
                   '<text>Chỉ tiêu %s</text></indicator>\n' % (iid, measure, comp, target, extra, iid))
    out.append('<task id="t1" lead="tw" due="2025"><text>Tổ chức thực hiện chương trình</text></task>\n'
               '</section>\n</document>\n')
    for k, (uid, district) in enumerate(reporters):
        day = rnd.randint(1, 28)
        out.append('<report id="r%d" unit="%s" document="ctr" period="2025" submitted="2025-12-%02d">\n'
                   % (k, uid, day))
        den = rnd.randint(10, 400)
        cov = ' coverage="subtree"' if district and rnd.random() < 0.3 else ""
        out.append('<value indicator="pct" numerator="%d" denominator="%d"%s/>\n'
                   % (rnd.randint(0, den), den, cov))
        out.append('<value indicator="cnt" value="%d"/>\n' % rnd.randint(0, 40))
        out.append('<value indicator="low" value="%d"/>\n' % rnd.randint(0, 2))
        out.append('<value indicator="avg" numerator="%d" denominator="%d"/>\n'
                   % (rnd.randint(0, 6), rnd.randint(1, 3)))
        if rnd.random() < 0.5:
            out.append('<value indicator="pub" value="%d"/>\n' % rnd.randint(50, 100))
        if rnd.random() < 0.3:
            out.append('<value indicator="pub" numerator="3" denominator="4" value="75"/>\n')
        out.append('<task-status task="t1" status="in-progress"/>\n</report>\n')
    out.append("</congdoan>\n")
    return "".join(out)
