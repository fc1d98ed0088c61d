"""Catalogue: instructor grading (``netlab grade``, its summary and the class report)."""

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
    "grading.flag.deleted": {"th": "เซลล์ที่ถูกลบ ใส่คืนแล้ว: {detail}",
                             "en": "deleted cells, put back: {detail}"},
    "grading.flag.duplicated": {"th": "เซลล์ซ้ำ ตรวจเพียงครั้งเดียว: {detail}",
                                "en": "duplicated cells, graded once: {detail}"},
    "grading.flag.split": {"th": "เซลล์คำตอบถูกแบ่ง รวมกลับแล้ว: {detail}",
                           "en": "split answer cells, joined again: {detail}"},
    "grading.flag.tampered": {"th": "มีการแก้เซลล์แบบอ่านอย่างเดียวหรือเซลล์ตรวจ "
                                    "(คืนค่าเดิมแล้ว): {detail}",
                              "en": "tampered with a read-only or test cell (restored): "
                                    "{detail}"},
    "grading.flag.error": {"th": "ตรวจไม่สำเร็จ: {detail}",
                           "en": "could not be graded: {detail}"},
    "grading.summary.student": {"th": "ผู้เรียน", "en": "student"},
    "grading.summary.score": {"th": "คะแนน", "en": "score"},
    "grading.summary.manual": {"th": "รอผู้สอนตรวจ", "en": "manual"},
    "grading.summary.seconds": {"th": "วินาที", "en": "seconds"},
    "grading.summary.flags": {"th": "สิ่งที่พบ", "en": "findings"},
    "grading.summary.ok": {"th": "ปกติ", "en": "ok"},
    "grading.summary.total": {
        "th": "ตรวจ {count} คน ใน {seconds} วินาที ({workers} งานพร้อมกัน) "
              "มี {flagged} คนที่ควรดูเพิ่ม",
        "en": "graded {count} students in {seconds} s ({workers} workers); "
              "{flagged} need a look",
    },
    "grading.progress": {"th": "กำลังตรวจ", "en": "grading"},
    "grading.error.no_assignment": {
        "th": "ไม่พบงาน {assignment} ในสมุดคะแนน มีงาน: {known} "
              "(สั่ง nbgrader generate_assignment ก่อน)",
        "en": "No assignment {assignment} in the gradebook; it has: {known} "
              "(run nbgrader generate_assignment first).",
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
}
