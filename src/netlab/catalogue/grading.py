"""Catalogue: instructor grading (``netlab grade``, its summary and the class report)."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "grading.flag.missing": {"th": "ไม่มีไฟล์สมุดงาน: {detail}",
                             "en": "no workbook file: {detail}"},
    "grading.flag.empty": {"th": "ไฟล์ว่างเปล่า: {detail}", "en": "empty file: {detail}"},
    "grading.flag.not_json": {"th": "ไฟล์เสีย อ่านเป็น JSON ไม่ได้: {detail}",
                              "en": "corrupt file, not JSON: {detail}"},
    "grading.flag.not_notebook": {"th": "ไม่ใช่สมุดงาน Jupyter: {detail}",
                                  "en": "not a Jupyter notebook: {detail}"},
    "grading.flag.misnamed": {"th": "ชื่อไฟล์ผิด ตรวจไฟล์นี้แทน: {detail}",
                              "en": "wrongly named, graded this file instead: {detail}"},
    "grading.flag.extra_files": {"th": "มีไฟล์อื่นแนบมา: {detail}",
                                 "en": "extra files: {detail}"},
    "grading.flag.huge": {"th": "ไฟล์ใหญ่มาก (ล้างผลลัพธ์เดิมแล้ว): {detail}",
                          "en": "huge file (old outputs cleared): {detail}"},
    "grading.flag.huge_output": {"th": "ผลลัพธ์ยาวเกินไป ตัดให้สั้นลงแล้ว: {detail}",
                                 "en": "output too long, cut short: {detail}"},
    "grading.flag.died": {"th": "เคอร์เนลหยุดทำงานที่เซลล์ {detail} "
                                "เริ่มเคอร์เนลใหม่ทำเซลล์ที่เหลือ คะแนนที่ได้แล้วยังอยู่",
                          "en": "the kernel died in cell {detail}; a fresh kernel ran the rest, "
                                "credit already earned is kept"},
    "grading.flag.timeout": {"th": "เซลล์ {detail} ทำงานนานเกินกำหนดจึงถูกหยุด",
                             "en": "cell {detail} ran past the time limit and was stopped"},
    "grading.error.timeout": {
        "th": "--timeout ต้องเป็นจำนวนวินาทีตั้งแต่ 1 ขึ้นไป แต่ได้ {got}",
        "en": "--timeout must be a number of seconds, 1 or more; got {got}",
    },
    "grading.error.student": {
        "th": "ไม่มีงานที่ส่งของ {got} ใน submitted/ สำหรับ {assignment} (ที่มี: {allowed})",
        "en": "no submission of {got} in submitted/ for {assignment} (there are: {allowed})",
    },
    "grading.notice.open": {
        "th": "คำเตือน: เครื่องนี้แยกเคอร์เนลที่ใช้ตรวจงานไว้ในพื้นที่ปิด (sandbox) ไม่ได้ "
              "({reason}; ต้องรันเป็น root บน Linux เช่นในคอนเทนเนอร์) โค้ดในงานที่ส่งมาจะรัน"
              "ด้วยสิทธิ์ของคุณ จึงอ่านและแก้ไขเฉลย การทดสอบที่ซ่อนไว้ สมุดคะแนน และงานของ"
              "ผู้เรียนคนอื่นได้ แม้ netlab grade จะตัดสินคำตอบทุกข้อนอกเคอร์เนล งานที่ส่งมา"
              "ก็ยังหาคำตอบจากไฟล์ที่อ่านได้ เช่นเดียวกับเมื่อใช้ nbgrader autograde",
        "en": "Warning: graded kernels cannot be walled in here ({reason}; that needs root on "
              "Linux, e.g. in a container). A submission's code runs as you: it can read and "
              "change the solutions, the hidden tests, the gradebook and other trainees' work. "
              "netlab grade still judges every answer outside the kernel, but a submission "
              "can find answers in what it reads, just as under nbgrader autograde.",
    },
    "grading.cut.timeout": {
        "th": "เซลล์นี้ทำงานนานกว่า {seconds} วินาทีจึงถูกหยุด (longer than {seconds} s)",
        "en": "the cell ran longer than {seconds} s and was stopped",
    },
    "grading.cut.died": {
        "th": "เคอร์เนลหยุดทำงานระหว่างเซลล์นี้ เคอร์เนลใหม่ทำเซลล์ที่เหลือต่อ "
              "(จำกัดเวลา {seconds} วินาทีต่อเซลล์)",
        "en": "the kernel died while this cell ran; a fresh kernel ran the cells after it "
              "(time limit {seconds} s a cell)",
    },
    "grading.flag.deleted": {"th": "เซลล์ที่ถูกลบ ใส่คืนแล้ว: {detail}",
                             "en": "deleted cells, put back: {detail}"},
    "grading.flag.duplicated": {"th": "เซลล์ซ้ำ ตรวจเพียงครั้งเดียว: {detail}",
                                "en": "duplicated cells, graded once: {detail}"},
    "grading.flag.split": {"th": "เซลล์คำตอบถูกแบ่ง รวมกลับแล้ว: {detail}",
                           "en": "split answer cells, joined again: {detail}"},
    "grading.flag.links": {"th": "ลิงก์ (symbolic link) ในงานที่ส่ง ไม่ได้นำมาใช้: {detail}",
                           "en": "symbolic links in the submission, left out: {detail}"},
    "grading.flag.no_answer": {"th": "เซลล์ตรวจไม่ได้ส่งคำตอบมาให้ตรวจ (โค้ดของการตรวจ"
                                     "ถูกแก้หรือไม่?): {detail}",
                               "en": "no answer reached the grader from the test cell (was the "
                                     "check's code changed?): {detail}"},
    "grading.flag.tampered": {"th": "มีการแก้เซลล์แบบอ่านอย่างเดียวหรือเซลล์ตรวจ "
                                    "(คืนค่าเดิมแล้ว): {detail}",
                              "en": "tampered with a read-only or test cell (restored): "
                                    "{detail}"},
    "grading.flag.error": {"th": "ตรวจไม่สำเร็จ: {detail}",
                           "en": "could not be graded: {detail}"},
    "grading.summary.student": {"th": "ผู้เรียน", "en": "student"},
    "grading.summary.score": {"th": "คะแนน", "en": "score"},
    "grading.summary.manual": {"th": "รอวิทยากรตรวจ", "en": "manual"},
    "grading.summary.seconds": {"th": "วินาที", "en": "seconds"},
    "grading.summary.flags": {"th": "สิ่งที่พบ", "en": "findings"},
    "grading.summary.ok": {"th": "ปกติ", "en": "ok"},
    "grading.summary.total": {
        "th": "ตรวจ {count} คน ใน {seconds} วินาที ({workers} งานพร้อมกัน) "
              "มี {flagged} คนที่ควรดูเพิ่ม",
        "en": plural("count",
            one=("graded {count} student in {seconds} s, {workers} at a time; needing a look: "
                 "{flagged}"),
            other=("graded {count} students in {seconds} s, {workers} at a time; needing a "
                   "look: {flagged}")),
    },
    "grading.progress": {"th": "กำลังตรวจ", "en": "grading"},
    "grading.error.no_assignment": {
        "th": "ไม่พบงาน {assignment} ในสมุดคะแนน มีงาน: {known} "
              "(สั่ง nbgrader generate_assignment ก่อน)",
        "en": "No assignment {assignment} in the gradebook; it has: {known} "
              "(run nbgrader generate_assignment first).",
    },
    "grading.verdict.no_answer": {
        "th": "เซลล์นี้ไม่ได้ส่งคำตอบมาให้ตรวจ (โค้ดที่รันก่อนหน้านี้อาจทำให้การตรวจทำงานไม่ได้) "
              "จึงได้ 0 คะแนน",
        "en": "This cell sent no answer to be graded (code that ran before it may have "
              "stopped the check): 0 points.",
    },
    "grading.verdict.unreadable": {
        "th": "คำตอบที่ส่งมาอ่านไม่ได้ ({error}) จึงได้ 0 คะแนน",
        "en": "The answer sent could not be read ({error}): 0 points.",
    },
    "grading.error.plan": {
        "th": "netlab grade ตัดสินผลของเซลล์ตรวจนอกเคอร์เนลไม่ได้: {error} (แต่ละเซลล์ตรวจต้อง"
              "เรียก grade(\"<รหัสแบบฝึกหัด>\", คำตอบ) หนึ่งครั้งพอดี ถ้าใช้การตรวจแบบอื่น "
              "ให้ใช้ nbgrader autograde)",
        "en": "netlab grade cannot judge a test cell outside the kernel: {error} (each test "
              "cell must call grade(\"<exercise id>\", answer) exactly once; for other tests "
              "use nbgrader autograde).",
    },
    "grading.error.no_course": {
        "th": "{path} ไม่ใช่โฟลเดอร์วิชาของ nbgrader (ไม่มี nbgrader_config.py)",
        "en": "{path} is not an nbgrader course folder (no nbgrader_config.py).",
    },
    "grading.error.no_release": {
        "th": "ไม่พบฉบับแจก {path} (สั่ง nbgrader generate_assignment ก่อน)",
        "en": "No release version {path} (run nbgrader generate_assignment first).",
    },
    "grading.error.workers": {"th": "จำนวนงานพร้อมกันต้องเป็น 1 ขึ้นไป ได้ {got}",
                              "en": "--workers must be 1 or more; got {got}"},
    "grading.error.not_graded": {
        "th": "ยังไม่มีผลการตรวจงาน {assignment} (สั่ง netlab grade {assignment} ก่อน)",
        "en": "{assignment} has no graded submission yet (run netlab grade {assignment} "
              "first).",
    },
    "grading.error.preset": {"th": "ไม่รู้จักรูปแบบชื่อไฟล์ {value} ใช้ได้: {allowed}",
                             "en": "unknown --preset {value}; allowed: {allowed}"},
    "grading.error.no_regexp": {
        "th": "ต้องบอกรูปแบบชื่อไฟล์ที่ได้จากระบบ LMS: --preset ({allowed}) หรือ --regexp "
              "หรือ FileNameCollectorPlugin.named_regexp ใน nbgrader_config.py",
        "en": "say how the LMS names files: --preset ({allowed}), --regexp, or "
              "FileNameCollectorPlugin.named_regexp in nbgrader_config.py",
    },
    "grading.error.regexp": {
        "th": "รูปแบบชื่อไฟล์ {value} ใช้ไม่ได้: {detail} (ต้องมีกลุ่ม (?P<student_id>...) "
              "และ (?P<file_id>...))",
        "en": "--regexp {value} cannot be used: {detail} (it needs the groups "
              "(?P<student_id>...) and (?P<file_id>...))",
    },
    "grading.error.no_archive": {"th": "ไม่พบไฟล์ {value}", "en": "no such file: {value}"},
    "grading.error.collect": {"th": "รวบรวมงานไม่สำเร็จ: {detail}",
                              "en": "collecting failed: {detail}"},
    "grading.collect.done": {"th": "รับงานของ {count} คนเข้า submitted/: {students}",
                             "en": plural("count",
                                 one="collected {count} student into submitted/: {students}",
                                 other="collected {count} students into submitted/: {students}")},
    "grading.collect.replaced": {
        "th": "แทนที่งานที่ส่งไว้ก่อนของ {students} (เก็บฉบับเดิมไว้ที่ {folder})",
        "en": "replaced the earlier submission of {students} (the old copy is kept in "
              "{folder})",
    },
    "grading.collect.skipped": {"th": "ไฟล์ที่ไม่ได้รับ {count} ไฟล์:",
                                "en": plural("count",
                                    one="{count} file not collected:",
                                    other="{count} files not collected:")},
    "grading.collect.skip.not_notebook": {"th": "ไม่ใช่สมุดงาน .ipynb",
                                          "en": "not an .ipynb notebook"},
    "grading.collect.skip.no_match": {"th": "ชื่อไฟล์ไม่ตรงรูปแบบ",
                                      "en": "the name does not match the pattern"},
    "grading.collect.skip.older": {"th": "มีฉบับที่ส่งทีหลังกว่า",
                                   "en": "a later copy was collected instead"},
    "grading.feedback.redacted": {
        "th": "[ผลลัพธ์นี้ถูกซ่อน เพราะมีข้อความจากการทดสอบที่ซ่อนไว้]",
        "en": "[this output is hidden: it quotes a hidden test]",
    },
    "grading.feedback.chart_failed": {
        "th": "[วาดแผนภูมินี้ไม่ได้: {error}]",
        "en": "[this chart could not be drawn: {error}]",
    },
    "grading.feedback.failed": {
        "th": "สร้างผลป้อนกลับของ {student} ไม่ได้: {error}",
        "en": "could not write the feedback of {student}: {error}",
    },
    "grading.feedback.title": {"th": "ผลการตรวจงาน {assignment} ของ {student}",
                               "en": "Feedback on {assignment} for {student}"},
    "grading.feedback.total": {"th": "คะแนนรวม {score} จาก {max}",
                               "en": "Total: {score} of {max}"},
    "grading.feedback.cell": {"th": "ส่วนที่ตรวจ", "en": "graded part"},
    "grading.feedback.points": {"th": "คะแนน", "en": "points"},
    "grading.feedback.share": {"th": "สัดส่วนคะแนนที่ได้ในแต่ละส่วน",
                               "en": "Share of the points earned in each graded part"},
    "grading.feedback.note": {
        "th": "ข้อความใต้เซลล์ตรวจแต่ละเซลล์บอกว่าข้อไหนถูกแล้วและข้อไหนยังไม่ถูก "
              "การทดสอบที่ซ่อนไว้แสดงเพียงผลตรวจ ไม่แสดงโค้ดหรือข้อมูลของมัน "
              "ส่วนที่วิทยากรตรวจเองจะมีคะแนนเมื่อวิทยากรให้คะแนนแล้ว",
        "en": "The message under each test cell says which parts are right and which are "
              "not yet. Hidden tests show their verdict only, never their code or data. "
              "Parts the instructor grades by hand get points once they are graded.",
    },
    "grading.feedback.done": {"th": "เขียนหน้าผลการตรวจ {count} หน้าไว้ที่ {folder}",
                              "en": "wrote {count} feedback pages in {folder}"},
    "grading.chart.share": {"th": "สัดส่วน", "en": "share"},
    "grading.chart.score": {"th": "คะแนนรวม (เต็ม {max})", "en": "total score (of {max})"},
    "grading.chart.trainees": {"th": "จำนวนผู้เรียน", "en": "trainees"},
    "grading.chart.distribution": {"th": "การกระจายของคะแนนรวม",
                                   "en": "How the total scores spread"},
    "grading.report.title": {"th": "รายงานผลของทั้งชั้น: {assignment}",
                             "en": "Class report: {assignment}"},
    "grading.report.stats": {
        "th": "ผู้เรียน {count} คน คะแนนเฉลี่ย {mean} มัธยฐาน {median} จากคะแนนเต็ม {max}",
        "en": plural("count",
            one="{count} trainee; mean {mean}, median {median}, out of {max}",
            other="{count} trainees; mean {mean}, median {median}, out of {max}"),
    },
    "grading.report.scores": {"th": "คะแนนรวม", "en": "Total scores"},
    "grading.report.per_cell": {"th": "ผลแต่ละแบบฝึกหัด (เซลล์ตรวจ)",
                                "en": "Success per exercise (test cell)"},
    "grading.report.full_chart": {"th": "สัดส่วนผู้เรียนที่ได้คะแนนเต็มในแต่ละเซลล์ตรวจ",
                                  "en": "Share of trainees with full points, per test cell"},
    "grading.report.per_item": {"th": "ผลแต่ละข้อ", "en": "Success per item"},
    "grading.report.hardest_chart": {"th": "{count} ข้อที่ตอบถูกน้อยที่สุด",
                                     "en": plural("count",
                                         one="The item answered right least often",
                                         other="The {count} items answered right least often")},
    "grading.report.misconceptions": {"th": "คำตอบผิดที่พบบ่อย",
                                      "en": "The most common wrong answers"},
    "grading.report.misconceptions_note": {
        "th": "คำตอบผิดเดียวกันที่หลายคนให้ มักชี้ถึงความเข้าใจคลาดเคลื่อนร่วมกันของชั้น "
              "ควรยกมาอธิบายซ้ำ",
        "en": "A wrong answer many trainees share often points to a misconception of the "
              "whole class: worth explaining again.",
    },
    "grading.report.none": {"th": "ไม่มีข้อมูล", "en": "nothing to show"},
    "grading.report.done": {"th": "เขียนรายงานไว้ที่ {folder}: {files}",
                            "en": "wrote the report in {folder}: {files}"},
    "grading.report.col.student": {"th": "ผู้เรียน", "en": "trainee"},
    "grading.report.col.score": {"th": "คะแนน", "en": "score"},
    "grading.report.col.flagged": {"th": "ควรดูเพิ่ม", "en": "needs a look"},
    "grading.report.col.findings": {"th": "สิ่งที่ netlab grade พบ",
                                    "en": "what netlab grade found"},
    "grading.report.flagged_yes": {"th": "ใช่", "en": "yes"},
    "grading.report.col.max": {"th": "คะแนนเต็ม", "en": "out of"},
    "grading.report.col.cell": {"th": "เซลล์ตรวจ", "en": "test cell"},
    "grading.report.col.graded": {"th": "ตรวจแล้ว (คน)", "en": "graded"},
    "grading.report.col.mean_share": {"th": "ได้คะแนนเฉลี่ย", "en": "mean share"},
    "grading.report.col.full": {"th": "ได้เต็ม", "en": "full points"},
    "grading.report.col.item": {"th": "ข้อ", "en": "item"},
    "grading.report.col.judged": {"th": "ตอบ (คน)", "en": "judged"},
    "grading.report.col.right": {"th": "ถูก (คน)", "en": "right"},
    "grading.report.col.success": {"th": "ตอบถูก", "en": "success"},
    "grading.report.col.given": {"th": "คำตอบที่ให้", "en": "answer given"},
    "grading.report.col.count": {"th": "จำนวนคน", "en": "trainees"},
    "grading.report.col.share": {"th": "สัดส่วนของผู้ตอบข้อนั้น",
                                 "en": "share of those judged"},
}
