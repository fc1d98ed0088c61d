"""Catalogue: messages of ``netlab.datasets`` (loading and validating CSV files)."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "datasets.where.line": {"th": "บรรทัด {line}", "en": "line {line}"},
    "datasets.where.row": {"th": "รหัส {row}", "en": "id {row}"},
    "datasets.where.column": {"th": "คอลัมน์ {column}", "en": "column {column}"},
    "datasets.kind.int": {"th": "จำนวนเต็ม", "en": "whole number"},
    "datasets.kind.float": {"th": "ตัวเลข", "en": "number"},
    "datasets.error.header": {
        "th": "ไฟล์ {path} มีปัญหา {count} จุด:",
        "en": plural("count",
            one="{path} has {count} problem:",
            other="{path} has {count} problems:"),
    },
    "datasets.error.more": {
        "th": "... และอีก {count} จุด แก้จุดข้างบนก่อนแล้วโหลดใหม่",
        "en": "... and {count} more; fix the ones above and load again.",
    },
    "datasets.error.unknown_name": {
        "th": "ไม่มีชุดข้อมูลชื่อ {name} ชุดที่มี: {allowed}",
        "en": "There is no dataset called {name}; available: {allowed}.",
    },
    "datasets.error.missing_file": {
        "th": "ไม่พบไฟล์นี้ ตรวจชื่อและที่อยู่ของไฟล์",
        "en": "the file does not exist; check its name and folder.",
    },
    "datasets.error.encoding": {
        "th": "ไฟล์ไม่ได้บันทึกเป็น UTF-8 (ใน Excel ให้เลือก Save As แบบ \"CSV UTF-8\")",
        "en": "the file is not saved as UTF-8 (in Excel, use Save As \"CSV UTF-8\").",
    },
    "datasets.error.csv": {
        "th": "อ่านเป็น CSV ไม่ได้ ({detail})",
        "en": "cannot be read as CSV ({detail}).",
    },
    "datasets.error.empty": {
        "th": "ไฟล์ว่าง ไม่มีแม้แต่แถวหัวตาราง",
        "en": "the file is empty: not even a header row.",
    },
    "datasets.error.duplicate_column": {
        "th": "ชื่อคอลัมน์นี้ซ้ำกันในแถวหัวตาราง",
        "en": "this column name appears twice in the header.",
    },
    "datasets.error.missing_columns": {
        "th": "ขาดคอลัมน์ {columns} (คอลัมน์ที่ไม่รู้จักในไฟล์: {found})",
        "en": "missing columns: {columns} (unrecognised columns in the file: {found}).",
    },
    "datasets.error.extra_columns": {
        "th": "มีคอลัมน์ที่ไม่รู้จัก {columns} คอลัมน์ที่ใช้ได้: {allowed}",
        "en": "unrecognised columns: {columns}; allowed: {allowed}.",
    },
    "datasets.error.field_count": {
        "th": "มี {found} ช่อง แต่หัวตารางมี {expected} คอลัมน์ (มีจุลภาคเกินหรือขาดหรือไม่)",
        "en": plural("found",
            one=("{found} field, but columns in the header: {expected} (a comma too many or "
                 "too few?)."),
            other=("{found} fields, but columns in the header: {expected} (a comma too many "
                   "or too few?).")),
    },
    "datasets.error.required": {
        "th": "ช่องนี้ว่าง แต่ต้องมีค่า",
        "en": "the cell is empty, but a value is required.",
    },
    "datasets.error.not_number": {
        "th": "{value} ไม่ใช่{kind}",
        "en": "{value} is not a {kind}.",
    },
    "datasets.error.not_allowed": {
        "th": "{value} ใช้ไม่ได้ ค่าที่ใช้ได้: {allowed}",
        "en": "{value} is not allowed; allowed: {allowed}.",
    },
    "datasets.error.range": {
        "th": "{value} อยู่นอกช่วง {minimum} ถึง {maximum}",
        "en": "{value} is outside the range {minimum} to {maximum}.",
    },
    "datasets.error.not_bool": {
        "th": "{value} ไม่ใช่ค่าจริง/เท็จ ใช้ได้: true/false, yes/no, 1/0, ใช่/ไม่ใช่",
        "en": "{value} is not true/false; allowed: true/false, yes/no, 1/0, ใช่/ไม่ใช่.",
    },
    "datasets.error.pattern": {
        "th": "{value} ไม่อยู่ในรูปแบบที่กำหนด (ควรเป็นแบบ {example})",
        "en": "{value} does not have the expected form (like {example}).",
    },
    "datasets.error.duplicate": {
        "th": "{value} ซ้ำกับที่มีอยู่แล้วในบรรทัด {first}",
        "en": "{value} repeats the one already on line {first}.",
    },
    "datasets.skipped_row": {
        "th": "ข้ามแถวนี้ (ไม่ได้นำมาคิด): {problem}",
        "en": "Skipped this row (left out of every result): {problem}",
    },
}
