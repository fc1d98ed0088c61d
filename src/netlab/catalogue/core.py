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
}
