"""Catalogue: language names and messages shared by every part of netlab."""

MESSAGES: dict[str, dict[str, str]] = {
    "lang.name": {"th": "ภาษาไทย", "en": "English"},
    "lang.unknown": {
        "th": "ไม่รู้จักภาษา {value} ใช้ได้เฉพาะ: {allowed}",
        "en": "Unknown language {value}; allowed: {allowed}",
    },
    "common.yes": {"th": "ใช่", "en": "yes"},
    "common.no": {"th": "ไม่ใช่", "en": "no"},
    # Shared by every validator of True/False answers (netlab._answers).
    "answers.unknown_key": {
        "th": "ไม่รู้จักคีย์ {key} ใช้ได้เฉพาะ: {allowed}",
        "en": "Unknown key {key}; allowed: {allowed}."},
    "answers.suggest": {"th": " (หมายถึง {suggestion} หรือไม่)",
                        "en": " (did you mean {suggestion}?)"},
    "answers.missing_key": {"th": "ยังไม่มีคำตอบของ: {keys}", "en": "No answer yet for: {keys}."},
    "answers.not_bool": {
        "th": "{key}: {value} ({kind}) ไม่ใช่ True หรือ False ตอบ True (ใช่) หรือ False (ไม่ใช่)",
        "en": "{key}: {value} ({kind}) is not True or False; answer True (yes) or False (no)."},
    # Short citations of the five source documents, by citation key (netlab.views shows them;
    # the datasets' source columns use the same keys; full entries: the start-here workbook).
    "source.blog-sriwipa": {"th": "ศรีวิภา, บล็อกการสร้างเครือข่าย, ไม่ระบุปี",
                            "en": "Sriwipa, networking blog post, n.d."},
    "source.slides-networking": {"th": "สไลด์บรรยายการสร้างเครือข่าย, ไม่ระบุปี",
                                 "en": "Networking slides, n.d."},
    "source.essay-weera": {"th": "วีระ นิจไตรรัตน์, บทความเรื่องเครือข่าย, ไม่ระบุปี",
                           "en": "Weera Nijtrairat, essay on networks, n.d."},
    "source.workshop-2560": {"th": "รายงานการอบรมการสร้างและบริหารเครือข่ายทางสังคม, 2560",
                             "en": "Social network workshop report, 2017"},
    "source.lecture-notes-networking": {"th": "เอกสารประกอบการบรรยายการสร้างเครือข่าย, ไม่ระบุปี",
                                        "en": "Networking lecture notes, n.d."},
    # Not a document: marks what the course added to a source (a format, details).
    "source.course": {"th": "รูปแบบที่หลักสูตรนี้เสนอเพิ่ม", "en": "in a form this course adds"},
}
