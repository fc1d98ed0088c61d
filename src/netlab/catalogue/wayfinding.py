"""Catalogue: finding one's way through the course (the recap at the end of each workbook,
the link back to the course map)."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "recap.title": {"th": "สิ่งที่คุณทำในเล่มนี้", "en": "What you did here"},
    "recap.headline": {
        "th": "ผ่านแล้ว {passed} จาก {total} แบบฝึกหัด (นับผลดีที่สุดของแต่ละข้อ)",
        "en": plural("total",
                     one="{passed} of {total} exercise passed (each at its best result)",
                     other="{passed} of {total} exercises passed (each at its best result)"),
    },
    "recap.not_checked": {"th": "ยังไม่ได้ตรวจ", "en": "not checked yet"},
    "recap.next": {
        "th": "เล่มต่อไป: {number} {title} (ประมาณ {minutes} นาที)",
        "en": "Next: {number} {title} (about {minutes} min)",
    },
    "recap.finished": {
        "th": "คุณทำครบทุกเล่มแล้ว กลับไปดูแผนที่หลักสูตรและความก้าวหน้าทั้งหมดได้ที่เล่ม 00",
        "en": "You have reached the end of the course: the course map and your whole progress "
              "are in workbook 00.",
    },
    "recap.unknown": {
        "th": "ไม่มีสมุดแบบฝึกชื่อ {name} ชื่อที่มี: {allowed}",
        "en": "There is no workbook {name}; the workbooks are: {allowed}.",
    },
    "folded.after_practice": {
        "th": "▸ ขั้นที่ผู้เขียนวางการ์ดแต่ละใบ และเหตุผล (เปิดดูหลังจัดการ์ดครบทุกใบแล้ว)",
        "en": "▸ The authors' step for each card, and why (open it once you have placed every "
              "card)",
    },
}
