"""Catalogue: widgets and static views (``netlab.widgets``, ``netlab.views``)."""

from netlab.plurals import plural

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
    "views.next_step": {"th": "สิ่งที่ควรทำ", "en": "Next step"},
    "views.pq.key": {"th": "คีย์", "en": "Key"},
    "views.pq.test": {"th": "ใช้ในเกณฑ์", "en": "Feeds"},
    "views.pq.test.reach": {"th": "การเข้าถึง: ไม่ใช่ → ภาคีทางอ้อม",
                            "en": "reach: no → indirect"},
    "views.pq.test.boundary": {"th": "เกณฑ์ภาคีหุ้นส่วน (ต้องใช่ทั้งสามข้อ)",
                               "en": "boundary-partner test (all three yes)"},
    "views.pq.test.strategic": {"th": "เกณฑ์ภาคียุทธศาสตร์ (ใช่ข้อใดข้อหนึ่ง)",
                                "en": "strategic-partner test (either yes)"},
    "widgets.partners.pick": {"th": "— เลือกภาคี —", "en": "— choose an actor —"},
    "widgets.partners.load": {"th": "โหลดคำตอบของภาคี", "en": "Load an actor's answers"},
    "widgets.partners.yes": {"th": "ใช่", "en": "yes"},
    "widgets.partners.no": {"th": "ไม่ใช่", "en": "no"},
    "widgets.partners.next": {"th": "สิ่งที่ควรทำ", "en": "Next step"},
    "widgets.partners.quadrant": {"th": "มุม AIIM: {quadrant}", "en": "AIIM quadrant: {quadrant}"},
    "views.steps.activities": {"th": "กิจกรรมที่พบบ่อย", "en": "Typical activities"},
    "views.steps.questions": {"th": "คำถามที่ผู้จัดการเครือข่ายถาม",
                              "en": "Questions a network manager asks"},
    "views.steps.watch": {"th": "สิ่งที่ต้องระวัง", "en": "Watch for"},
    "views.phase.tools": {"th": "สิ่งที่ผู้จัดการเครือข่ายทำ", "en": "What a manager does"},
    "views.indicator.phase": {"th": "ระยะ (เปลี่ยนแปลง / สิ้นสุดลง)",
                              "en": "life-cycle phase (changing / ending)"},
    "views.component.weak": {"th": "สัญญาณว่าอ่อน", "en": "When it is weak"},
    "views.component.actions": {"th": "ข้อเสนอที่ช่วยได้", "en": "Actions that help"},
    "views.action": {"th": "สิ่งที่ทำ", "en": "Action"},
    "views.action.components": {"th": "เสริมองค์ประกอบ", "en": "Strengthens"},
    "widgets.sorter.name": {"th": "จัดกิจกรรมเข้าสี่ขั้นของการสร้างเครือข่าย",
                            "en": "Sort the activities into the four steps"},
    "widgets.sorter.help": {
        "th": "ลากการ์ดไปวางในขั้นที่ใช่ หรือใช้แป้นพิมพ์: กด Tab ไปที่การ์ด แล้วกดเลข 1–4 "
              "(กด 0 เพื่อนำกลับ) หรือลูกศรซ้าย/ขวาเพื่อเลื่อนทีละขั้น ลูกศรขึ้น/ลงเพื่อไปการ์ดอื่น "
              "Enter เพื่อเปิดรายการขั้นบนการ์ด และ Esc เพื่อออกจากตัวจัด",
        "en": "Drag a card into its step, or use the keyboard: Tab to a card and press 1–4 "
              "(0 puts it back), Left/Right arrows to move it one step, Up/Down arrows to go "
              "to another card, Enter to open the card's list of steps, and Esc to leave the "
              "sorter."},
    "widgets.sorter.pool": {"th": "ยังไม่ได้จัด", "en": "Not sorted yet"},
    "widgets.sorter.unsorted": {"th": "— ยังไม่ได้จัด —", "en": "— not sorted —"},
    "widgets.sorter.choose": {"th": "เลือกขั้นของ", "en": "Choose the step of"},
    "widgets.sorter.keys": {"th": "กด 1–4 เพื่อวางในขั้น กด 0 เพื่อนำกลับ "
                                  "ลูกศรซ้าย/ขวาเลื่อนทีละขั้น",
                            "en": "Press 1–4 to place it in a step, 0 to put it back, "
                                  "Left/Right to move it one step"},
    "widgets.sorter.in_step": {"th": "อยู่ในขั้นที่ {n}: {step}", "en": "in step {n}: {step}"},
    "widgets.sorter.moved": {"th": "การ์ด {id} ย้ายไปขั้นที่ {n}: {step}",
                             "en": "Card {id} moved to step {n}: {step}"},
    "widgets.sorter.unplaced": {"th": "การ์ด {id} กลับไปอยู่กับการ์ดที่ยังไม่ได้จัด",
                                "en": "Card {id} is back with the cards not sorted yet"},
    "widgets.sorter.mark_ok": {"th": "ถูกขั้น", "en": "Right step."},
    "widgets.sorter.mark_wrong": {"th": "ยังไม่ใช่ขั้นนี้", "en": "Not this step."},
    "widgets.sorter.placed": {"th": "จัดแล้ว {placed} จาก {total}",
                              "en": "{placed} of {total} sorted"},
    "widgets.sorter.right": {"th": "ถูก {right}", "en": "{right} right"},
    "widgets.sorter.code": {
        "th": "คำตอบในรูปโค้ด: คัดลอกไปวางในเซลล์คำตอบ (คะแนนอ่านจากโค้ด ไม่ใช่จากการคลิก)",
        "en": "Your answer as code: copy it into the answer cell (grading reads the code, "
              "not the clicks)."},
    "widgets.sorter.unknown_ids": {
        "th": "ไม่มีการ์ด {ids} การ์ดที่มี: {allowed}",
        "en": "No card {ids}; the cards are: {allowed}."},
    "widgets.sorter.no_labels": {
        "th": "ชุดข้อมูล {name} ไม่มีคำตอบ จึงบอกถูกผิดไม่ได้ (feedback=True ใช้ไม่ได้)",
        "en": "The dataset {name} has no labels, so it cannot mark cards right or wrong "
              "(feedback=True is not possible)."},
    "widgets.timeline.slider": {"th": "เลื่อนดูเหตุการณ์:", "en": "Move through the events:"},
    "widgets.timeline.events": {"th": "เหตุการณ์จนถึงจุดนี้ (ล่าสุดอยู่บน)",
                                "en": "Events so far (latest first)"},
    # The tie explorer of workbook 05.
    "widgets.ties.pick": {"th": "— เลือกเส้นโยงในแผนที่วาวี —",
                          "en": "— choose a tie of the Wawee map —"},
    "widgets.ties.level_a": {"th": "ระดับของสมาชิกฝั่งหนึ่ง", "en": "Level of one member"},
    "widgets.ties.level_b": {"th": "ระดับของสมาชิกอีกฝั่ง", "en": "Level of the other member"},
    "widgets.ties.same_sector": {"th": "อยู่ภาคส่วนเดียวกันหรือไม่",
                                 "en": "Do they work in the same sector?"},
    "widgets.ties.example": {"th": "ตัวอย่าง:", "en": "Example:"},
    "widgets.ties.on_map": {
        "th": "เส้นโยงแบบนี้ ({kind}) ในแผนที่เครือข่ายวาวี: {count} จาก {total} เส้น",
        "en": "Ties of this kind ({kind}) on the Wawee map: {count} out of {total}."},
    "widgets.ties.bad_level": {
        "th": "{key} ต้องเป็นระดับหนึ่งใน {allowed} แต่ได้ {value}",
        "en": "{key} must be one of the levels {allowed}; got {value}."},
    "widgets.ties.bad_same": {
        "th": "same_sector ต้องเป็น True (ภาคส่วนเดียวกัน) หรือ False แต่ได้ {value} ({kind})",
        "en": "same_sector must be True (the same sector) or False; got {value} ({kind})."},
    # The map reader of workbook 06 (the no-code path of Exercises A and B).
    "widgets.reader.title": {"th": "ตัวอ่านแผนที่: อ่านคำตอบจากแผนที่โดยไม่ต้องเขียนโค้ด",
                             "en": "The map reader: read the map without writing code"},
    "widgets.reader.rank_by": {"th": "เรียงภาคีตาม", "en": "Rank the actors by"},
    "widgets.reader.ranked": {"th": "ภาคีเรียงตาม{measure} จากมากไปน้อย",
                              "en": "Actors by {measure}, highest first"},
    "widgets.reader.tie_at_top": {"th": "ระวัง: {ids} มีค่าสูงสุดเท่ากัน",
                                  "en": "Careful: {ids} share the top value."},
    "widgets.reader.take_out": {"th": "ลองเอาภาคีออกหนึ่งราย", "en": "Take one actor out"},
    "widgets.reader.nobody": {"th": "— ไม่เอาใครออก —", "en": "— nobody —"},
    "widgets.reader.pieces": {
        "th": "ตอนนี้แผนที่แยกเป็น {pieces} ส่วน (กลุ่มภาคีที่ยังโยงถึงกัน ภาคีที่อยู่ลำพังนับเป็นหนึ่งส่วน)",
        "en": plural("pieces",
                     one="The map is now in {pieces} piece (a group of actors still linked to "
                         "each other; an actor alone counts as one).",
                     other="The map is now in {pieces} pieces (groups of actors still linked "
                           "to each other; an actor alone counts as one).")},
    "widgets.reader.pieces_without": {
        "th": "ถ้าไม่มี {actor} แผนที่จะแยกเป็น {pieces} ส่วน (ตอนนี้ {before} ส่วน)",
        "en": "Without {actor}, the map falls into this many pieces: {pieces} "
              "(now: {before})."},
    "widgets.reader.show_pairs": {"th": "แสดงคู่ที่โยงถึงกัน", "en": "Show the tied pairs"},
    "widgets.reader.pairs.all": {"th": "ทุกคู่", "en": "all pairs"},
    "widgets.reader.pairs.same": {"th": "คู่ที่อยู่ระดับเดียวกัน", "en": "pairs at one level"},
    "widgets.reader.pairs.across": {"th": "คู่ที่อยู่ต่างระดับ", "en": "pairs across levels"},
    "widgets.reader.pair_count": {"th": "แสดง {count} คู่ (แต่ละคู่นับครั้งเดียว)",
                                  "en": "Pairs shown (each pair once): {count}"},
    "widgets.reader.unknown": {"th": "ไม่มีภาคี {value} ในแผนที่ ภาคีที่มี: {allowed}",
                               "en": "{value} is not an actor of the map; its actors: "
                                     "{allowed}."},
    "widgets.reader.bad_pairs": {"th": "เลือกได้แค่ {allowed} แต่ได้ {value}",
                                 "en": "Choose one of {allowed}; got {value}."},
}
