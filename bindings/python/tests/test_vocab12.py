"""Vocabulary 1.2 through the bindings: results and their rates, populations, milestones, classes
of units, indicator groups, documents referred to by title, timeliness of tasks, report forms
(empty slots), provenance; with the values of the corpus-dev fixtures (tests/data/corpus-dev-xml,
checked against ANSWERS.md by tests/check-corpus-dev-fixtures.py) and of the sample data."""

import datetime
import unittest

from . import support
import congdoan
from congdoan import (Comparator, Coverage, GroupKind, InvalidArgumentError, ItemKind, Level, Measure, OrgKind,
                      RelationType, ResultNumber, TaskStatus, Timeliness, UnknownReferenceError)

D = datetime.date
CDEV = "corpus-dev-xml/"


class Results(unittest.TestCase):
    """Figures stated as achieved, with their populations, shares and rates."""

    def test_share_of_a_whole(self):
        # 03: "36 CĐCS vững mạnh ... chiếm tỷ lệ 66,6%"
        with support.load(CDEV + "03_cdvc-hue-tong-ket-2016.xml") as c:
            doc = c.documents[0]
            r = doc.results["cdcs-vung-manh-2016"]
            self.assertIsInstance(r, congdoan.Result)
            self.assertEqual(r.value, 36)
            self.assertEqual(r.share, 66.6)
            self.assertIsNone(r.stated_rate)
            self.assertEqual(r.comparator, Comparator.EXACTLY)
            self.assertEqual(r.document, doc)
            self.assertIsNone(r.report)
            self.assertIn(r, r.section.items)
            self.assertIn(ItemKind.RESULT, r.section.item_kinds)

    def test_population_with_a_threshold(self):
        # 05: "16 CĐCS tại các doanh nghiệp có trên 25 lao động"
        with support.load(CDEV + "05_ldld-phuyen-ket-qua-2023.xml") as c:
            r = c.documents[0].results["tl-cdcs-dn25"]
            self.assertEqual(r.value, 16)
            (p,) = r.populations
            self.assertEqual(p, congdoan.Population("doanh nghiệp có trên 25 lao động", "doanh nghiệp", "lao động",
                                                    Comparator.MORE_THAN, 25))
            # the threshold's "trên" is never the result's comparator
            self.assertEqual(r.comparator, Comparator.EXACTLY)

    def test_population_in_words_only(self):
        # 06: "kết nạp 401 đoàn viên ở các công đoàn này" (CĐCS mới thành lập)
        with support.load(CDEV + "06_ldld-quangtri-9thang-2024.xml") as c:
            (p,) = c.documents[0].results["kn-cdcs-moi"].populations
            self.assertEqual((p.text, p.of), ("ở các công đoàn này", "CĐCS mới thành lập"))
            self.assertIsNone(p.measure)
            self.assertIsNone(p.comparator)
            self.assertIsNone(p.value)

    def test_stated_rates_and_their_consistency(self):
        # 20: "kết nạp 7.074 đoàn viên ..., vượt 31%"; against a plan of 5.400 the library computes
        # 131.0 %: the printed excess agrees, a printed "đạt 95%" would not.
        with support.load(CDEV + "20_ldld-haiduong-vuot-chi-tieu-2020.xml") as c:
            r = c.documents[0].results["kn-doan-vien"]
            self.assertEqual(r.value, 7074)
            self.assertEqual(r.over_target, 31)
            self.assertIsNone(r.computed_rate)          # not linked to a loaded indicator
            self.assertEqual(r.rate_mismatches, [])
            plan = c.add_document("kh-2020", "plan")
            sec = plan.add_section("i")
            sec.add_indicator("kn", Measure.COUNT, Comparator.TARGET, 5400, "Kết nạp 5.400 đoàn viên")
            r.set_indicator("kh-2020", "kn")
            self.assertEqual(r.indicator, plan.indicators["kn"])
            self.assertAlmostEqual(r.computed_rate, 7074 / 5400 * 100)
            self.assertTrue(r.rates_agree)
            r.set_number(ResultNumber.STATED_RATE, 95)
            self.assertEqual(r.stated_rate, 95)
            self.assertEqual(r.rate_mismatches, ["stated-rate"])
            self.assertFalse(r.rates_agree)
            r.set_number("over-target", 40)
            self.assertEqual(r.rate_mismatches, ["stated-rate", "over-target"])
            tags = [i.tag for i in c.check()]
            self.assertEqual(tags.count("rate-mismatch"), 2)
            r.set_number(ResultNumber.STATED_RATE, 131)
            r.set_number(ResultNumber.OVER_TARGET, None)
            self.assertIsNone(r.over_target)
            self.assertTrue(r.rates_agree)

    def test_results_edited_and_refused(self):
        with support.load(CDEV + "03_cdvc-hue-tong-ket-2016.xml") as c:
            sec = c.documents[0].results[0].section
            r = sec.add_result("kết nạp mới được gần 4.450 đoàn viên", id="kn-moi")
            self.assertIsNone(r.value)                   # an empty slot until a figure is given
            r.value = 4450
            r.comparator = "about"
            r.unit_of_measure = "đoàn viên"
            r.period = "2016"
            r.estimate = True
            r.add_population("ở khu vực ngoài nhà nước", of="khu vực ngoài nhà nước")
            self.assertEqual((r.value, r.comparator, r.unit_of_measure, r.period, r.estimate),
                             (4450, Comparator.ABOUT, "đoàn viên", "2016", True))
            self.assertEqual(len(r.populations), 1)
            r.remove_population(0)
            self.assertEqual(r.populations, [])
            with self.assertRaises(InvalidArgumentError):
                r.comparator = Comparator.RANGE          # no range for a stated figure
            with self.assertRaises(InvalidArgumentError):
                r.set_number(ResultNumber.SHARE, 140)    # a share above 100 %
            with self.assertRaises(InvalidArgumentError):
                r.remove_population(0)
            self.assertEqual(r.comparator, Comparator.ABOUT)  # a refused change changes nothing
            self.assertIn('\n      <result id="kn-moi" value="4450" unit-of-measure="đoàn viên" comparator="about" '
                          'period="2016" estimate="true">\n        <text>kết nạp mới được gần 4.450 đoàn viên</text>\n'
                          '      </result>\n', c.documents[0].to_xml().decode("utf-8"))


class Indicators(unittest.TestCase):

    def test_population_deadline_and_group(self):
        # 01 (Đại hội Công đoàn quận 8, 2018–2023): "60% CĐ cơ sở ... có từ 30 lao động trở lên",
        # to be reached "đến năm 2023"; a part of a group of indicators (03).
        with support.load(CDEV + "01_cd-quan8-hcm-daihoi-2018-2023.xml") as c:
            x = c.documents[0].indicators["vm-ngoai-nha-nuoc"]
            self.assertEqual((x.comparator, x.target, x.by), (Comparator.TARGET, 60, "2023"))
            self.assertEqual(x.by_date, D(2023, 12, 31))
            (p,) = x.populations
            self.assertEqual((p.text, p.of, p.measure, p.comparator, p.value),
                             ("có từ 30 lao động trở lên", "CĐ cơ sở", "lao động", Comparator.AT_LEAST, 30))
        with support.load(CDEV + "03_cdvc-hue-tong-ket-2016.xml") as c:
            doc = c.documents[0]
            x = doc.indicators["xuat-sac-2017"]
            self.assertEqual((x.comparator, x.target, x.part_of_id), (Comparator.MORE_THAN, 45, "vung-manh-2017"))
            self.assertEqual(x.part_of, doc.indicators["vung-manh-2017"])
            self.assertIn(x, doc.indicators["vung-manh-2017"].parts)

    def test_direction_score_and_currency(self):
        with support.load("ctr-13-2025-laichau.xml") as c:
            # "85% doanh nghiệp ... ký kết được thỏa ước": a bare target, higher is better
            x = c.documents[0].indicators["iii-12a"]
            self.assertEqual((x.comparator, x.target), (Comparator.TARGET, 85))
            self.assertEqual(x.direction, congdoan.Direction.HIGHER)
            x.direction = "lower"
            self.assertEqual(x.direction, congdoan.Direction.LOWER)
            with self.assertRaises(InvalidArgumentError):
                c.documents[0].indicators["iii-1a"].direction = "lower"  # "trở lên" says it already
            self.assertIsNone(x.score_max)
            self.assertIsNone(x.currency)                # not money
            with self.assertRaises(InvalidArgumentError):
                x.currency = "VND"


class Tasks(unittest.TestCase):

    def test_milestone(self):
        # 240/KH-TLĐ, task ii-2: "đến năm 2023 cơ bản thiết lập cơ chế tham vấn ... với ITUC" dates
        # one sentence, not the whole task.
        with support.load("kh-240-2022-tld.xml") as c:
            t = c.documents[0].tasks["ii-2"]
            (m,) = t.milestones
            self.assertEqual(m, congdoan.Milestone("2023", "đến năm 2023",
                                                   "đến năm 2023 cơ bản thiết lập cơ chế tham vấn và hợp tác với ITUC"))
            self.assertEqual(t.milestone_due_at(0, D(2023, 6, 1)), D(2023, 12, 31))
            t.add_milestone("2024-H1", "hoàn thành báo cáo sơ kết", due_text="6 tháng đầu năm 2024")
            self.assertEqual(t.milestones[1].due_code, "2024-H1")
            t.remove_milestone(1)
            self.assertEqual(len(t.milestones), 1)

    def test_class_of_units_as_lead(self):
        # 12 (KH 67/KH-TLĐ): "các LĐLĐ tỉnh, thành phố, công đoàn ngành Trung ương ..., Công đoàn
        # Tổng Công ty trực thuộc Tổng Liên đoàn" lead: a class at the provincial level.
        with support.load(CDEV + "12_tld-kh67-tong-ket-nq6b-nu-cong.xml") as c:
            t = c.documents[0].tasks["tong-ket-cap-tinh"]
            self.assertEqual(t.lead_class, congdoan.UnitClass(Level.PROVINCIAL, [OrgKind.FEDERATION, OrgKind.SECTORAL,
                                                                                OrgKind.CORPORATION], [], None))
            self.assertTrue(t.lead_text.startswith("các LĐLĐ tỉnh, thành phố"))
            self.assertEqual(c.documents[0].tasks["tong-ket-tld"].lead_class.level, Level.CENTRAL)
            t.add_coordinator_class(Level.UPPER_GRASSROOTS, text="các công đoàn cấp trên trực tiếp cơ sở")
            co = t.coordinators[-1]
            self.assertEqual(co.unit_class, congdoan.UnitClass(Level.UPPER_GRASSROOTS, [], [],
                                                               "các công đoàn cấp trên trực tiếp cơ sở"))
            with self.assertRaises(InvalidArgumentError):
                t.set_lead_class(Level.GRASSROOTS, kinds=[OrgKind.FEDERATION])  # kinds are above the grassroots

    def test_timeliness_per_unit_and_document(self):
        # The sample programme 13/CTr-LĐLĐ: v-2 is due in 2025 and led by the districts as a class.
        with congdoan.Corpus(support.sample()) as c:
            d = c.document("13/CTr-LĐLĐ")
            t = d.tasks["v-2"]
            tam = c.unit("laichau.tamduong")
            self.assertTrue(t.is_led_by(tam))
            self.assertEqual(t.timeliness("2025-12-31", unit=tam), Timeliness.PENDING)
            self.assertEqual(t.timeliness("2026-01-15", unit=tam), Timeliness.OVERDUE)
            self.assertEqual(c.task_timeliness("2025-12-31", document=d),
                             congdoan.TimelinessCounts(7, 2, 50, 0, 1))
            self.assertEqual(c.task_timeliness("2026-01-15", document=d),
                             congdoan.TimelinessCounts(7, 2, 2, 48, 1))
            # Tam Đường reports v-2 done on 20/11/2025: on time for it, still overdue for Sìn Hồ.
            r = c.add_report("bc-td-2025", tam, d, "2025")
            r.set_unit_task_status("v-2", TaskStatus.DONE, completed="2025-11-20")
            r.submitted = D(2025, 12, 10)
            self.assertEqual(r.task_statuses[-1].completed, D(2025, 11, 20))
            self.assertEqual(t.timeliness("2026-01-15", unit=tam), Timeliness.ON_TIME)
            self.assertEqual(t.timeliness("2026-01-15", unit="laichau.sinho"), Timeliness.OVERDUE)
            self.assertEqual(d.task_timeliness("2026-01-15", unit=tam), congdoan.TimelinessCounts(1, 0, 0, 0, 0))
            # done, but on 05/01/2026: late
            r.set_unit_task_status("v-2", "done", completed="2026-01-05")
            self.assertEqual(t.timeliness("2026-01-15", unit=tam), Timeliness.LATE)
            self.assertEqual(c.task_timeliness("2026-01-15", document=d), congdoan.TimelinessCounts(7, 3, 2, 47, 1))
            with self.assertRaises(InvalidArgumentError):
                r.set_unit_task_status("v-2", "in-progress", completed="2026-01-05")  # a date only when done


class Documents(unittest.TestCase):

    def test_issuer_as_printed_author_publication(self):
        # 01: "Đại hội Công đoàn quận 8" issues the resolution; 03: published 06/01/2017.
        with support.load(CDEV + "01_cd-quan8-hcm-daihoi-2018-2023.xml") as c:
            d = c.documents[0]
            self.assertEqual((d.issuer_text, d.author), ("Đại hội Công đoàn quận 8", "T.Nga"))
        with support.load(CDEV + "03_cdvc-hue-tong-ket-2016.xml") as c:
            self.assertEqual(c.documents[0].published, D(2017, 1, 6))

    def test_references_without_numbers(self):
        # 13 (LĐLĐ Thanh Hóa): three plans named by title only
        with support.load(CDEV + "13_ldld-thanhhoa-giao-ban-tuyen-giao-2017.xml") as c:
            d = c.documents[0]
            titled = [r for r in d.relations if r.title]
            self.assertEqual(len(titled), 3)
            self.assertEqual(titled[2], congdoan.Relation(RelationType.REFERS_TO, None, None, None, None, None,
                                                          "Kế hoạch tổ chức Lễ phát động Tháng Công nhân năm 2017",
                                                          "tin-ldld-thanhhoa-tuyen-giao-2017"))
            d.add_titled_relation("refers-to", "Đề cương tuyên truyền", date="2017-03-01")
            self.assertEqual(d.relations[-1].title, "Đề cương tuyên truyền")
            self.assertEqual(d.relations[-1].date, D(2017, 3, 1))

    def test_reporting_via_and_reporters(self):
        with congdoan.Corpus(support.sample()) as c:
            d = c.document("13/CTr-LĐLĐ")
            d.add_reporter("laichau.tamduong")
            i = len(d.reporters) - 1
            d.set_reporter_indicators(i, ["iii-1a", d.indicators["iii-4a"]])
            d.set_reporter_coverage(i, Coverage.SUBTREE)
            self.assertEqual(d.reporters[i].indicator_ids, ("iii-1a", "iii-4a"))
            self.assertEqual(d.reporters[i].coverage, Coverage.SUBTREE)
            d.reporting_via_id = "laichau.vp"
            self.assertEqual(d.reporting_via, c.unit("laichau.vp"))

    def test_source_of_an_imported_item(self):
        with support.load("ctr-13-2025-laichau.xml") as c:
            x = c.documents[0].indicators["iii-1a"]
            x.source = congdoan.Source("ctr-13.txt", 120, 5, "98% trở lên đoàn viên")
            self.assertEqual(x.source, congdoan.Source("ctr-13.txt", 120, 5, "98% trở lên đoàn viên"))
            x.source = None
            self.assertIsNone(x.source)

    def test_source_of_the_parts_of_a_document(self):
        with support.load("kh-07-2025-sources.xml") as c:
            d = c.documents[0]
            self.assertEqual(d.signer_source, congdoan.Source("kh-07.txt", 88, 1, "Lê Thị Mẫu"))
            self.assertEqual(d.relations[1].source, congdoan.Source(None, 13, 9, "Hướng dẫn của Tổng Liên đoàn <số 1>"))
            self.assertEqual(d.recipients[0].source, congdoan.Source("kh-07.txt", 90, 3, "LĐLĐ tỉnh;"))
            self.assertEqual(d.sections[0].source, congdoan.Source("kh-07.txt", 18, 1, "I. MỤC ĐÍCH, YÊU CẦU"))
            d.set_recipient_source(1, congdoan.Source("kh-07.txt", 92, 3, "Lưu: VT, VP"))
            self.assertEqual(d.recipients[1].source, congdoan.Source("kh-07.txt", 92, 3, "Lưu: VT, VP"))
            d.set_relation_source(0, None)
            self.assertIsNone(d.relations[0].source)
            d.signer_source = None
            self.assertIsNone(d.signer_source)
            with self.assertRaises(congdoan.InvalidArgumentError):
                d.set_recipient_source(2, congdoan.Source(None, 1, 1, "không có"))


class Units(unittest.TestCase):

    def test_group_and_organisation_kind(self):
        with congdoan.Corpus(support.sample()) as c:
            g = c.add_group("cum-1", GroupKind.EMULATION_CLUSTER, "Cụm thi đua số 1")
            g.add_group_member("laichau.tamduong")
            g.add_group_member(c.unit("laichau.sinho"))
            self.assertEqual(g.group_kind, GroupKind.EMULATION_CLUSTER)
            self.assertEqual(g.group_member_ids, ["laichau.tamduong", "laichau.sinho"])
            g.remove_group_member(0)
            self.assertEqual(g.group_member_ids, ["laichau.sinho"])
            lc = c.unit("laichau")
            lc.org_kind = OrgKind.FEDERATION
            self.assertEqual(lc.org_kind, OrgKind.FEDERATION)
            with self.assertRaises(InvalidArgumentError):
                c.unit("laichau.tamduong.th1").org_kind = OrgKind.FEDERATION  # grassroots


class ReportForms(unittest.TestCase):

    def test_skeleton_then_filled(self):
        with congdoan.Corpus(support.sample()) as c:
            r = c.add_report("bc-mt-2025-h1", "laichau.muongte", "ctr-13-ldld-laichau-2025", "2025-H1")
            r.add_empty_value("iii-1a", Coverage.SUBTREE)
            r.add_empty_value("iii-8b")
            r.set_unit_task_status("v-2", TaskStatus.NONE)
            self.assertTrue(r.is_skeleton)
            self.assertEqual([r.value_is_empty(i) for i in range(2)], [True, True])
            self.assertEqual(r.task_statuses[0].status, TaskStatus.NONE)
            xml = r.to_xml().decode("utf-8")
            self.assertIn('\n    <value indicator="iii-1a" coverage="subtree"/>\n    <value indicator="iii-8b"/>\n'
                          '    <task-status task="v-2"/>\n', xml)
            p = c.progress("13/CTr-LĐLĐ", "laichau", "2025-H1")
            self.assertEqual({e.unit.id: e.submission.label for e in p.expected}["laichau.muongte"], "missing")
            with self.assertRaises(UnknownReferenceError):
                r.add_empty_value("iii-99")
            r.set_fraction("iii-8b", 1, 1)
            self.assertFalse(r.value_is_empty(1))
            self.assertFalse(r.is_skeleton)
            res = r.add_result("tổ chức 12 lớp tập huấn", id="tap-huan")
            res.value = 12
            self.assertEqual(r.results, [res])
            self.assertEqual(res.report, r)
            self.assertEqual(res.unit_id, "laichau.muongte")


if __name__ == "__main__":
    unittest.main()
