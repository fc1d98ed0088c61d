"""Catalogue: presentation details of the widgets and charts (the map builder's confirmation
before it changes an existing actor, the timeline's year)."""

MESSAGES: dict[str, dict[str, str]] = {
    "mapping.builder.change": {"th": "{field}: {old} → {new}", "en": "{field}: {old} → {new}"},
    "mapping.builder.confirm": {
        "th": "มีภาคี {id} อยู่แล้ว ถ้าบันทึกจะเปลี่ยน: {changes} กดปุ่มอีกครั้งเพื่อยืนยัน "
              "หรือแก้รหัสถ้าตั้งใจจะเพิ่มภาคีใหม่",
        "en": "{id} is already on the map. Saving will change: {changes}. Click the button "
              "again to confirm, or change the id to add a new actor.",
    },
    "mapping.builder.confirm_button": {"th": "ยืนยัน: แก้ {id}", "en": "Confirm: change {id}"},
    "mapping.builder.no_change": {
        "th": "{id} มีค่าเหล่านี้อยู่แล้ว ไม่มีอะไรต้องบันทึก",
        "en": "{id} already has these values; there is nothing to save.",
    },
    "charts.timeline.year": {"th": "ปี (พ.ศ.)", "en": "Year"},
    "mapping.draft.no_id": {
        "th": "ยังไม่ได้ใส่ id ของภาคี ใส่รหัสสั้นๆ เช่น V1 แล้วกดบันทึกอีกครั้ง",
        "en": "The actor has no id yet: type a short one, such as V1, and save again.",
    },
}
