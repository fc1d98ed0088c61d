"""Catalogue: language names and messages shared by every part of netlab."""

MESSAGES: dict[str, dict[str, str]] = {
    "lang.name": {"th": "ภาษาไทย", "en": "English"},
    "lang.unknown": {
        "th": "ไม่รู้จักภาษา {value} ใช้ได้เฉพาะ: {allowed}",
        "en": "Unknown language {value}; allowed: {allowed}",
    },
    "common.yes": {"th": "ใช่", "en": "yes"},
    "common.no": {"th": "ไม่ใช่", "en": "no"},
}
