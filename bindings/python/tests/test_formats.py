"""The dicts of the bindings are the rows of the program (examples/FORMATS.md): the same kinds,
the same fields in the same order, the same values, on the sample data.

The program is found through $CONGDOAN_PROGRAM (meson sets it to the built congdoan); the
field lists come from examples/FORMATS.md, which the program's own test keeps equal to
`congdoan help --formats`."""

import datetime
import json
import os
import re
import subprocess
import tempfile
import unittest

from . import support
import congdoan
from congdoan import Role

PROGRAM = os.environ.get("CONGDOAN_PROGRAM")
D = datetime.date


def documented_kinds():
    kinds, current = {}, None
    with open(os.path.join(support.SOURCE_ROOT, "examples", "FORMATS.md"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^### `(\w+)`", line)
            if m:
                current = kinds.setdefault(m.group(1), [])
                continue
            m = re.match(r"^\| `(\w+)` \| (\w+) \|", line)
            if m and current is not None:
                current.append(m.group(1))
    return kinds


def program(*args, data=None):
    r = subprocess.run([PROGRAM, *args, "-d", data or support.sample(), "--format", "json"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False,
                       env=dict(os.environ, CONGDOAN_DATA="", LANGUAGE="en"))
    if r.returncode not in (0, 1):
        raise AssertionError("congdoan %s: exit %d: %s" % (" ".join(args), r.returncode, r.stderr.decode()))
    return json.loads(r.stdout)


@unittest.skipUnless(PROGRAM, "CONGDOAN_PROGRAM is not set: the congdoan program was not built with the bindings")
class SameAsTheProgram(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.kinds = documented_kinds()
        cls.c = congdoan.Corpus(support.sample())

    @classmethod
    def tearDownClass(cls):
        cls.c.close()

    def same_rows(self, kind, python_rows, program_rows):
        self.assertTrue(program_rows, kind)
        self.assertEqual(len(python_rows), len(program_rows), kind)
        for mine, theirs in zip(python_rows, program_rows):
            self.assertEqual(list(mine), self.kinds[kind], kind)
            self.assertEqual(mine, theirs, kind)

    def test_units_tasks_indicators(self):
        doc = program("export", "--what", "units,tasks,indicators", "--at", "2025-07-01")
        self.same_rows("unit", [u.to_dict() for u in self.c.units], doc["units"])
        tasks = [t.to_dict(at=D(2025, 7, 1)) for d in self.c.documents for t in d.tasks]
        self.same_rows("task", tasks, doc["tasks"])
        self.same_rows("indicator", [x.to_dict() for d in self.c.documents for x in d.indicators],
                       doc["indicators"])

    def test_tasks_without_a_date(self):
        doc = program("export", "--what", "tasks")
        self.same_rows("task", [t.to_dict() for d in self.c.documents for t in d.tasks], doc["tasks"])

    def test_tasks_of_a_unit(self):
        doc = program("tasks", "--unit", "laichau.tp", "--at", "2025-07-01")
        mine = [t.to_dict(at=D(2025, 7, 1), roles=r) for t, r in self.c.tasks_for("laichau.tp", with_roles=True)]
        self.same_rows("task", mine, doc["tasks"])
        # v-2 of 13/CTr: led by a class of units (the districts) that laichau.tp is one of (1.2)
        self.assertEqual(doc["tasks"][0]["roles"], ["lead"])

    def test_progress(self):
        doc = program("progress", "--period", "2025-H1", "--at", "2025-06-30", "--by-child")
        mine = self.c.progress("ctr-13-ldld-laichau-2025", "laichau", "2025-H1", at=D(2025, 6, 30)).to_dict()
        self.assertEqual(mine["query"], doc["query"])
        self.assertEqual(mine["summary"], doc["summary"])
        self.same_rows("evaluation", mine["evaluations"], doc["evaluations"])
        self.same_rows("child_evaluation", mine["children"], doc["children"])
        self.same_rows("finding", mine["findings"], doc["findings"])
        self.same_rows("expected_report", mine["completeness"], doc["completeness"])

    def test_document(self):
        doc = program("show", "13/CTr-LĐLĐ")
        ctr = self.c.documents["ctr-13-ldld-laichau-2025"]
        self.same_rows("document", [ctr.to_dict()], [doc["document"]])
        self.same_rows("document_relation", [r.to_dict() for r in ctr.relations], doc["relations"])

    def test_cascade(self):
        doc = program("cascade", "13/CTr-LĐLĐ")
        mine = self.c.documents["ctr-13-ldld-laichau-2025"].cascade().to_dict()
        self.assertEqual(mine["higher"], doc["higher"])
        for table, kind in (("matrix", "cascade_cell"), ("documents", "lower_document"),
                            ("allocations", "allocation"), ("missing", "missing_unit")):
            self.same_rows(kind, mine[table], doc[table])

    def test_lineage(self):
        doc = program("lineage", "13/CTr-LĐLĐ")
        mine = self.c.documents["ctr-13-ldld-laichau-2025"].lineage().to_dict()
        self.assertEqual(mine["query"], doc["query"])
        self.same_rows("lineage_relation", mine["relations"], doc["relations"])

    def test_issues(self):
        path = os.path.join(support.SOURCE_ROOT, "examples", "tests", "invalid-values.xml")
        # (messages in English, as the library gives them to a process that never calls
        # setlocale(); the program speaks Vietnamese unless asked: examples/language.c)
        r = subprocess.run([PROGRAM, "validate", "--format", "json", path], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, check=False, env=dict(os.environ, LANGUAGE="en"))
        theirs = json.loads(r.stdout)["issues"]
        c = congdoan.Corpus()
        try:
            with self.assertRaises(congdoan.ValidationError) as cm:
                c.load_file(path)
        finally:
            c.close()
        self.same_rows("issue", [i.to_dict() for i in cm.exception.issues], theirs)


    def test_vocabulary_12_rows(self):
        """The 1.2 tables of export (documents, relations, results, milestones and tasks led by a
        class, with timeliness) equal the bindings' dicts, on the hand conversions of corpus-dev
        (results, populations, issuers as printed, refers-to) and on the sample data."""
        cdev = os.path.join(support.SOURCE_ROOT, "tests", "data", "corpus-dev-xml")
        doc = program("export", "--what", "all", data=cdev)
        c = congdoan.Corpus(cdev)
        try:
            self.same_rows("document", [d.to_dict() for d in c.documents], doc["documents"])
            self.same_rows("document_relation", [r.to_dict() for d in c.documents for r in d.relations],
                           doc["relations"])
            self.same_rows("result", [x.to_dict() for d in c.documents for x in d.results], doc["results"])
            self.same_rows("indicator", [x.to_dict() for d in c.documents for x in d.indicators], doc["indicators"])
            # 05: the 16 new CĐCS "tại các doanh nghiệp có trên 25 lao động", a typed threshold
            pops = [p for p in doc["populations"] if p["owner"] == "result"]
            self.assertIn({"owner": "result", "owner_id": "tl-cdcs-dn25", "document_id": "tin-ldld-phuyen-2023",
                           "report_id": None, "text": "doanh nghiệp có trên 25 lao động", "of": "doanh nghiệp",
                           "measure": "lao động", "comparator": "more-than", "value": 25}, pops)
            # each document's: its indicators', then its results'; then each report's results'
            mine = ([p for d in c.documents for x in list(d.indicators) + list(d.results) for p in x.population_dicts()]
                    + [p for r in c.reports for x in r.results for p in x.population_dicts()])
            self.same_rows("population", mine, doc["populations"])
            # without --at, a milestone is due on the last day of its period; no reports, no statuses
            self.assertEqual([m for d in c.documents for t in d.tasks for m in t.milestone_dicts()], doc["milestones"])
            self.assertEqual([x for r in c.reports for x in r.task_status_dicts()], doc["task_statuses"])
            self.same_rows("task", [t.to_dict() for d in c.documents for t in d.tasks], doc["tasks"])
            # a class of units as a coordinator, added in the editor and written back
            t = c.documents["tin-kh67-tld-2019"].tasks["tong-ket-cap-tinh"]
            t.add_coordinator_class("provincial", ["federation", "sectoral"], [], text="LĐLĐ tỉnh, CĐ ngành")
            with tempfile.TemporaryDirectory() as tmp:
                c.write(os.path.join(tmp, "edited.xml"))
                edited = program("export", "--what", "tasks", data=tmp)
            self.same_rows("task", [t.to_dict() for d in c.documents for t in d.tasks], edited["tasks"])
            row = [x for x in edited["tasks"] if x["id"] == "tong-ket-cap-tinh"][0]
            self.assertEqual(row["coordinator_classes"], ["provincial+federation+sectoral"])
            self.assertEqual(row["lead_kinds"], ["federation", "sectoral", "corporation"])
        finally:
            c.close()
        at = D(2025, 12, 31)
        doc = program("export", "--what", "tasks,milestones,task-statuses", "--at", "2025-12-31",
                      data=os.path.join(support.SOURCE_ROOT, "examples", "data"))
        tasks = [t.to_dict(at=at) for d in self.c.documents for t in d.tasks]
        self.same_rows("task", tasks, doc["tasks"])
        v2 = [t for t in doc["tasks"] if t["id"] == "v-2"][0]
        self.assertEqual((v2["lead_id"], v2["lead_level"], v2["timeliness"]), (None, "upper-grassroots", "pending"))
        self.assertEqual(doc["milestones"], [{
            "document_id": "kh-240-tld-2022", "task_id": "ii-2", "index": 0,
            "text": "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC",
            "due_code": "2023", "due_text": "đến năm 2023", "due_date": "2023-12-31"}])
        self.same_rows("milestone", [m for d in self.c.documents for t in d.tasks for m in t.milestone_dicts(at)],
                       doc["milestones"])
        self.same_rows("task_status", [x for r in self.c.reports for x in r.task_status_dicts(at)],
                       doc["task_statuses"])
        # without --at: the milestone is due on the last day of 2023, and no status has a timeliness
        undated = program("export", "--what", "milestones,task-statuses",
                          data=os.path.join(support.SOURCE_ROOT, "examples", "data"))
        self.same_rows("milestone", [m for d in self.c.documents for t in d.tasks for m in t.milestone_dicts()],
                       undated["milestones"])
        self.assertEqual(undated["milestones"][0]["due_date"], "2023-12-31")
        self.same_rows("task_status", [x for r in self.c.reports for x in r.task_status_dicts()],
                       undated["task_statuses"])
        self.assertEqual({x["timeliness"] for x in undated["task_statuses"]}, {None})
        mine = [(r.id, s.task_id, s.unit_id, s.status.label if s.status else None)
                for r in self.c.reports for s in r.task_statuses]
        self.assertEqual(mine, [(x["report_id"], x["task_id"], x["unit_id"], x["status"]) for x in doc["task_statuses"]])
        for x in doc["task_statuses"]:
            t = self.c.documents[x["document_id"]].tasks[x["task_id"]]
            self.assertEqual(x["timeliness"], t.timeliness(at, x["unit_id"]).label, x)
        # a result stated in a report (added in the editor, linked to the indicator it answers)
        # and an emulation cluster: written back, exported, the same as the dicts
        c = congdoan.Corpus(support.sample())
        try:
            rep = c.reports["bc-2025h1-tamduong"]
            r = rep.add_result("kết nạp mới 120 đoàn viên, đạt 100%", id="kn-h1")
            r.value = 120
            r.unit_of_measure = "đoàn viên"
            r.set_number("stated-rate", 100)
            r.set_indicator("ctr-13-ldld-laichau-2025", "iii-4a")
            g = c.add_group("cum-1", "emulation-cluster", "Cụm thi đua số 1")
            g.add_group_member("laichau.tamduong")
            with tempfile.TemporaryDirectory() as tmp:
                c.write(os.path.join(tmp, "edited.xml"))
                edited = program("export", "--what", "units,results", data=tmp)
            self.same_rows("result", [r.to_dict()], edited["results"])
            self.assertEqual((edited["results"][0]["report_id"], edited["results"][0]["indicator_id"],
                              edited["results"][0]["stated_rate"]), ("bc-2025h1-tamduong", "iii-4a", 100))
            self.same_rows("unit", [u.to_dict() for u in c.units], edited["units"])
            cluster = [u for u in edited["units"] if u["id"] == "cum-1"][0]
            self.assertEqual((cluster["kind"], cluster["group_kind"], cluster["member_ids"]),
                             ("group", "emulation-cluster", ["laichau.tamduong"]))
        finally:
            c.close()


if __name__ == "__main__":
    unittest.main()
