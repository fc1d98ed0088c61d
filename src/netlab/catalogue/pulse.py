"""Catalogue: the class pulse (``netlab.classroom.pulse_events``): why the pulse service
refuses an event."""

MESSAGES: dict[str, dict[str, str]] = {
    "pulse.event.too_large": {
        "th": "ไม่รับเหตุการณ์นี้: ขนาด {size} ไบต์ เกินที่รับได้ {most} ไบต์",
        "en": "Event refused: its size ({size} B) is over the limit ({most} B)."},
    "pulse.event.not_json": {
        "th": "ไม่รับเหตุการณ์นี้: ไม่ใช่ JSON ({error})",
        "en": "Event refused: not JSON ({error})."},
    "pulse.event.not_object": {
        "th": "ไม่รับเหตุการณ์นี้: ต้องเป็นออบเจกต์ JSON แต่ได้ {got}",
        "en": "Event refused: it must be a JSON object; got {got}."},
    "pulse.event.refused": {
        "th": "ไม่รับเหตุการณ์นี้: {problems}",
        "en": "Event refused: {problems}."},
    "pulse.event.keys": {
        "th": "ขาดช่อง [{missing}] มีช่องที่ไม่รู้จัก [{unknown}]",
        "en": "missing fields [{missing}], unknown fields [{unknown}]"},
    "pulse.event.field": {
        "th": "ค่าของ {field} ใช้ไม่ได้: {value}",
        "en": "{field} is not valid: {value}"},
    "pulse.event.items": {
        "th": "items ต้องเป็นรายการไม่เกิน {most} ข้อ แต่ได้ {got}",
        "en": "items must be a list of at most {most}; got {got}"},
    "pulse.event.item": {
        "th": "ข้อในรายการใช้ไม่ได้ (ต้องเป็น [รหัสข้อ, ok/wrong/missing, คำตอบที่เป็นรหัสหรือ null]): "
              "{value}",
        "en": "an item is not valid (it must be [item id, ok/wrong/missing, an answer that is "
              "an id or word, or null]): {value}"},
}
