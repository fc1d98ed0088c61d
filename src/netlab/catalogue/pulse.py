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
    "pulse.kernel.on": {
        "th": "กำลังแบ่งปันผลการตรวจคำตอบกับวิทยากร (เฉพาะรหัสข้อ ถูก/ผิด คะแนน "
              "และจำนวนครั้งที่ลอง ไม่มีข้อความที่คุณพิมพ์) ปิดได้ด้วย netlab.pulse(False)",
        "en": "Your self-checks are shared with the facilitator (item ids, right or wrong, "
              "points and tries; never what you typed). Turn it off with netlab.pulse(False)."},
    "pulse.kernel.off": {
        "th": "ปิดการแบ่งปันแล้ว: ไม่มีการส่งผลการตรวจใด ๆ วิทยากรจะเห็นว่าคุณ "
              "\"ไม่แบ่งปัน\" เปิดอีกครั้งได้ด้วย netlab.pulse(True)",
        "en": "Sharing is off: no self-check is sent, and the facilitator sees you as "
              "\"not sharing\". Turn it on again with netlab.pulse(True)."},
    "pulse.kernel.off_hub": {
        "th": "ที่นี่ไม่ได้อยู่บนเซิร์ฟเวอร์ของห้องเรียน จึงไม่มีการส่งผลการตรวจไปที่ใดเลย",
        "en": "This is not the class's hub, so no self-check is sent anywhere."},
    "pulse.kernel.bad_choice": {
        "th": "netlab.pulse() รับได้เพียง True (แบ่งปัน) False (ไม่แบ่งปัน) หรือไม่ใส่อะไร "
              "(ดูสถานะ) แต่ได้ {value}",
        "en": "netlab.pulse() takes True (share), False (do not share) or nothing (say which "
              "it is); got {value}."},
    "pulse.page.title": {
        "th": "ชีพจรของห้อง: ใครติดตรงไหนตอนนี้",
        "en": "Class pulse: where the room is stuck"},
    "pulse.page.workbook": {"th": "สมุดงาน", "en": "Workbook"},
    "pulse.page.all_workbooks": {"th": "ทุกสมุดงาน", "en": "All workbooks"},
    "pulse.page.group": {"th": "กลุ่ม", "en": "Group"},
    "pulse.page.all_groups": {"th": "ทุกกลุ่ม", "en": "All groups"},
    "pulse.page.projector": {
        "th": "มุมมองสำหรับฉายจอ (ไม่แสดงชื่อ)",
        "en": "Projector view (no names)"},
    "pulse.page.exercise": {"th": "แบบฝึกหัด", "en": "Exercise"},
    "pulse.page.started": {"th": "เริ่มแล้ว", "en": "Started"},
    "pulse.page.passed": {"th": "ผ่านแล้ว", "en": "Passed"},
    "pulse.page.stuck": {
        "th": "ติดอยู่ (ลอง 3 ครั้งขึ้นไปยังไม่ผ่าน)",
        "en": "Stuck (3+ tries, not passed)"},
    "pulse.page.not_started": {"th": "ยังไม่เริ่ม", "en": "Not started"},
    "pulse.page.stuck_names": {"th": "ใครติดอยู่", "en": "Who is stuck"},
    "pulse.page.wrong_now": {
        "th": "ข้อที่ผิดบ่อยที่สุดตอนนี้",
        "en": "Items most often wrong right now"},
    "pulse.page.item": {"th": "ข้อ", "en": "Item"},
    "pulse.page.times_wrong": {"th": "จำนวนคนที่ผิด", "en": "Trainees wrong"},
    "pulse.page.answer_given": {
        "th": "คำตอบผิดที่พบบ่อยที่สุด",
        "en": "Wrong answer most often given"},
    "pulse.page.no_answer": {"th": "(ไม่ได้ส่งคำตอบมา)", "en": "(not sent)"},
    "pulse.page.who_not_started": {
        "th": "ผู้ที่ยังไม่เริ่มสมุดงานนี้",
        "en": "Who has not started this workbook"},
    "pulse.page.not_sharing": {"th": "ผู้ที่ปิดการแบ่งปัน", "en": "Not sharing"},
    "pulse.page.nobody": {"th": "ไม่มี", "en": "nobody"},
    "pulse.page.updated": {"th": "ปรับข้อมูลล่าสุดเมื่อ", "en": "Updated at"},
    "pulse.page.offline": {
        "th": "ติดต่อบริการชีพจรไม่ได้ กำลังลองใหม่…",
        "en": "Cannot reach the pulse service; trying again…"},
    "pulse.page.export": {"th": "ดาวน์โหลด CSV", "en": "Download CSV"},
    "pulse.page.trainees": {"th": "ผู้เข้าอบรม", "en": "Trainees"},
    "pulse.page.language": {"th": "English", "en": "ภาษาไทย"},
    "pulse.page.none_wrong": {"th": "ยังไม่มีข้อที่ผิด", "en": "No item is wrong right now."},
    "pulse.service.no_token": {
        "th": "ต้องส่งพร้อมโทเค็นของฮับของผู้เข้าอบรม (Authorization: token ...)",
        "en": "An event needs the trainee's hub token (Authorization: token ...)."},
    "pulse.service.bad_token": {
        "th": "ฮับไม่รู้จักโทเค็นนี้ว่าเป็นของผู้ใช้คนใด",
        "en": "The hub does not know this token as a user's."},
    "pulse.service.too_many": {
        "th": "ส่งเร็วเกินไป: ส่งได้ครั้งละไม่เกิน {burst} เหตุการณ์ แล้ววินาทีละหนึ่ง "
              "เหตุการณ์ที่เหลือรอส่งใหม่ในเคอร์เนล",
        "en": "Too many events: at most {burst} at once, then one a second; the rest wait "
              "in the kernel and are sent later."},
}
