"""Catalogue: widgets and static views (``netlab.widgets``, ``netlab.views``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "widgets.explorer.pick": {"th": "— เลือกสถานการณ์ —", "en": "— choose a scenario —"},
    "widgets.explorer.load": {"th": "โหลดคำตอบจากสถานการณ์", "en": "Load a scenario's answers"},
    "widgets.explorer.boundary": {
        "th": "กรณีก้ำกึ่ง: อ่านเหตุผล แล้วลองมองจากทั้งสองประเภท",
        "en": "A boundary case: read the reasons and look at it from both types.",
    },
    "widgets.explorer.runner_up": {"th": "รองลงมา: {runner_up}", "en": "runner-up: {runner_up}"},
    "widgets.explorer.guidance": {"th": "แนวทางรับมือ", "en": "How to handle it"},
    "widgets.explorer.code": {
        "th": "คำตอบชุดนี้ในรูปโค้ด (คัดลอกไปใช้ในแบบฝึกหัดได้):",
        "en": "These answers as code (copy them into an exercise):",
    },
    "views.error.unknown_ids": {
        "th": "ไม่มี {ids} ในชุดข้อมูล {name} รหัสที่มี: {allowed}",
        "en": "{ids} not in the dataset {name}; known ids: {allowed}.",
    },
    "views.example": {"th": "ตัวอย่าง", "en": "Example"},
    "views.guidance": {"th": "แนวทางรับมือ", "en": "How to handle it"},
    "views.anchors": {"th": "กรอบแนวคิดที่ใกล้เคียง", "en": "Closest published frameworks"},
    "views.q.id": {"th": "รหัส", "en": "Id"},
    "views.q.question": {"th": "คำถาม", "en": "Question"},
    "views.q.answers": {"th": "ความหมายของคำตอบ", "en": "What the answers mean"},
    "views.q.source": {"th": "ที่มา", "en": "Source"},
}
