"""Catalogue: self-check and grading reports (``netlab.check``, ``netlab.exercises``)."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "check.headline.points": {"th": "ได้ {points} จาก {max} คะแนน",
                              "en": plural("max",
                                  one="{points} of {max} point",
                                  other="{points} of {max} points")},
    "check.headline.manual_ok": {"th": "ครบถ้วน พร้อมส่งให้วิทยากรตรวจ",
                                 "en": "complete, ready for your instructor"},
    "check.headline.manual_todo": {"th": "ยังไม่ครบ", "en": "not complete yet"},
    "check.headline.unchecked": {
        "th": "ชั้นเรียนนี้ตรวจว่าถูกหรือผิดเฉพาะตอนให้คะแนน",
        "en": "in this class, right or wrong is marked only at grading"},
    "check.item.unchecked": {"th": "{item}: รูปแบบใช้ได้ (ตรวจว่าถูกหรือผิดตอนให้คะแนน)",
                             "en": "{item}: form OK (marked at grading)"},
    "check.value.unchecked": {"th": "รูปแบบใช้ได้ (ตรวจว่าถูกหรือผิดตอนให้คะแนน)",
                              "en": "form OK (marked at grading)"},
    "check.frame.not_frame": {
        "th": "ฟังก์ชันต้องคืนค่าเป็น DataFrame แต่คืน {got}",
        "en": "The function must return a DataFrame; it returned {got}.",
    },
    "check.frame.columns": {
        "th": "ผลลัพธ์ขาดคอลัมน์ {missing} ต้องมี: {needed} (และ index เป็น id)",
        "en": "The result lacks these columns: {missing}; it needs: {needed} (indexed by id).",
    },
    "check.footer.hidden": {
        "th": "ผ่านการตรวจที่เปิดให้เห็นแล้ว ยังมีการตรวจอีก {count} ข้อ ({points} คะแนน) "
              "ที่ทำเฉพาะตอนให้คะแนน",
        "en": plural("count",
            one=plural("points",
                    one=("These are the public checks; {count} more check worth {points} "
                         "point runs only at grading."),
                    other=("These are the public checks; {count} more check worth {points} "
                           "points runs only at grading.")),
            other=plural("points",
                      one=("These are the public checks; {count} more checks worth {points} "
                           "point run only at grading."),
                      other=("These are the public checks; {count} more checks worth {points} "
                             "points run only at grading."))),
    },
    "check.footer.hidden_run": {
        "th": "การตรวจนี้ทำตอนให้คะแนน ด้วยข้อมูลที่คุณไม่เคยเห็น",
        "en": "This check runs at grading, on data you have not seen.",
    },
    "check.footer.all_here": {
        "th": "การตรวจทั้งหมดของข้อนี้ทำที่นี่แล้ว ตอนให้คะแนนจะตรวจแบบเดียวกัน",
        "en": "All checks for this exercise ran here; grading runs the same ones.",
    },
    "check.footer.structure": {
        "th": "การตรวจโครงสร้างทั้งหมดทำที่นี่แล้ว คุณภาพของคำตอบ ({points} คะแนน) "
              "วิทยากรเป็นผู้ให้คะแนนตามเกณฑ์",
        "en": plural("points",
            one=("Every structural check ran here; your instructor grades the quality "
                 "({points} point) with a rubric."),
            other=("Every structural check ran here; your instructor grades the quality "
                   "({points} points) with a rubric.")),
    },
    "check.footer.unchecked": {
        "th": "netlab ชุดที่ติดตั้งไว้นี้ไม่มีเฉลยสำหรับตรวจเอง การตรวจนี้จึงดูแค่รูปแบบของคำตอบ "
              "ส่วนถูกหรือผิดจะรู้ตอนวิทยากรให้คะแนน",
        "en": "This installation of netlab has no answer key for self-checks, so this check "
              "looked only at the form of your answer; right or wrong is decided when your "
              "instructor grades.",
    },
    "check.footer.manual": {
        "th": "ส่วนนี้ตรวจแค่ความครบถ้วน วิทยากรจะให้คะแนนคุณภาพตามเกณฑ์ (rubric)",
        "en": "This checks completeness only; your instructor grades the quality with a "
              "rubric.",
    },
    "check.error.unknown_exercise": {
        "th": "ไม่มีแบบฝึกหัดรหัส {id} รหัสที่มี: {allowed}",
        "en": "There is no exercise {id}; known exercises: {allowed}.",
    },
    "check.error.not_mapping": {
        "th": "คำตอบต้องเป็น dict ที่มีคีย์ {items} แต่ได้รับ {got}",
        "en": "The answer must be a dict with keys {items}; got {got}.",
    },
    "check.item.missing": {"th": "{item}: ยังไม่ได้ตอบ", "en": "{item}: not answered yet"},
    "check.item.invalid": {"th": "{item}: {error}", "en": "{item}: {error}"},
    "check.item.ok": {"th": "{item}: ถูกต้อง", "en": "{item}: correct"},
    "check.item.wrong": {"th": "{item}: ยังไม่ถูก — คำใบ้: {hint}",
                         "en": "{item}: not right yet — hint: {hint}"},
    "check.item.ignored": {"th": "ไม่ได้ตรวจคีย์ที่ไม่รู้จัก: {keys}",
                           "en": "Unknown keys were not checked: {keys}"},
    "check.value.missing": {"th": "ยังไม่ได้ตอบ", "en": "not answered yet"},
    "check.value.ok": {"th": "ถูกต้อง", "en": "correct"},
    "check.value.wrong": {"th": "ยังไม่ถูก — คำใบ้: {hint}",
                          "en": "not right yet — hint: {hint}"},
    "check.function.not_callable": {
        "th": "ต้องเป็นฟังก์ชัน (def ...) แต่ได้รับ {got}",
        "en": "This must be a function (def ...); got {got}.",
    },
    "check.function.raised": {
        "th": "ฟังก์ชันของคุณเกิดข้อผิดพลาด {error}: {message}",
        "en": "Your function raised {error}: {message}",
    },
    "check.function.ok": {"th": "ผลลัพธ์ถูกต้อง", "en": "the result is right"},
    "check.function.wrong": {"th": "ผลลัพธ์ยังไม่ถูก — คำใบ้: {hint}",
                             "en": "the result is not right yet — hint: {hint}"},
    "check.field.ok": {"th": "{field}: มีแล้ว", "en": "{field}: filled in"},
    "check.field.missing": {"th": "{field}: ยังว่างอยู่", "en": "{field}: still empty"},
    "check.field.long_ok": {"th": "{field}: ยาว {count} ตัวอักษร",
                            "en": plural("count",
                                one="{field}: {count} character",
                                other="{field}: {count} characters")},
    "check.field.short": {
        "th": "{field}: ยาว {count} ตัวอักษร ควรมีอย่างน้อย {minimum}",
        "en": plural("count",
            one="{field}: {count} character; write at least {minimum}.",
            other="{field}: {count} characters; write at least {minimum}.")},
    "check.select.not_list": {
        "th": "คำตอบต้องเป็น list ของตัวเลือก {count} ข้อ เช่น [\"R01\", \"R02\"] แต่ได้ {got}",
        "en": plural("count",
            one="The answer must be a list of {count} choice, e.g. [\"R01\"], got {got}.",
            other=("The answer must be a list of {count} choices, e.g. [\"R01\", \"R02\"], "
                   "got {got}."))},
    "check.select.missing": {"th": "ยังไม่ได้เลือก (เลือก {count} ข้อ)",
                             "en": "Nothing chosen yet (choose {count})."},
    "check.select.duplicate": {"th": "มีตัวเลือกซ้ำ เลือก {count} ข้อที่ไม่ซ้ำกัน",
                               "en": "A choice is repeated; choose {count} different ones."},
    "check.select.count": {
        "th": "เลือกมา {found} ข้อ ต้องเลือกให้ได้ {count} ข้อพอดี",
        "en": "{found} chosen; choose exactly {count}."},
    "check.select.ok": {"th": "{choice}: เหมาะสม", "en": "{choice}: suitable"},
    "check.select.wrong": {"th": "{choice}: ยังไม่ตรงจุด — คำใบ้: {hint}",
                           "en": "{choice}: not the right fit yet — hint: {hint}"},
    "check.set.not_collection": {
        "th": "คำตอบต้องเป็นชุดของรหัส เช่น {{\"W07\", \"W18\"}} หรือ list แต่ได้ {got}",
        "en": "The answer must be a set or list of ids, e.g. {{\"W07\", \"W18\"}}, got {got}."},
    "check.set.missing": {"th": "ยังไม่ได้ใส่รหัสเลย", "en": "No id given yet."},
    "check.set.ok": {"th": "{member}: ถูก", "en": "{member}: right"},
    "check.set.wrong": {"th": "{member}: ไม่ใช่ (หักคะแนนส่วนนี้) — คำใบ้: {hint}",
                        "en": "{member}: not one of them (this costs a share) — hint: {hint}"},
    "check.set.more": {"th": "ยังขาดอีก {count} ราย", "en": "{count} more to find."},
    "check.headline.trial_ok": {"th": "ฟังก์ชันรันได้ และคืนผลลัพธ์รูปแบบที่ใช้ได้",
                                "en": "your function runs and gives a result of the right form"},
    "check.headline.trial_todo": {"th": "ฟังก์ชันยังใช้ไม่ได้", "en": "your function is not ready yet"},
    "check.footer.trial": {
        "th": "นี่เป็นการลองรันกับข้อมูลที่คุณเห็น ยังไม่มีคะแนน ตอนให้คะแนนจะตรวจผลลัพธ์ของฟังก์ชันเดียวกัน"
              "กับข้อมูลที่คุณไม่เคยเห็น",
        "en": "This is a trial run on data you can see and earns nothing itself; at grading, "
              "the same function's result is checked on data you have not seen."},
    "check.function.blank": {
        "th": "ยังไม่ได้ตอบ: ฟังก์ชันยังไม่คืนค่าอะไรเลย (None) เขียนโค้ดแทนบรรทัด pass "
              "ให้ฟังก์ชันคืนผลลัพธ์ด้วย return",
        "en": "not answered yet: the function returns nothing (None); write its code in place "
              "of the pass line, ending with return and the result"},
    "check.function.trial_ok": {"th": "ฟังก์ชันรันได้ และผลลัพธ์มีรูปแบบถูกต้อง",
                                "en": "the function runs and its result has the right form"},
    "check.error.no_trial": {
        "th": "แบบฝึกหัด {id} ไม่ได้ตอบด้วยฟังก์ชัน จึงลองรันแบบนี้ไม่ได้",
        "en": "Exercise {id} is not answered with a function, so it has no trial run."},
    "release.answer_here": {
        "th": "# ✎ ตอบที่นี่: แก้ค่าข้างบน หรือเขียนโค้ดแทนบรรทัด pass ข้างล่าง",
        "en": "# ✎ Answer here: edit the values above, or write your code in place of the "
              "pass line below."},
    "release.answer_here_code": {
        "th": "# ✎ เขียนโค้ดของคุณแทนบรรทัด pass ข้างล่าง",
        "en": "# ✎ Write your code in place of the pass line below."},
    "check.answer.blank": {
        "th": "ยังไม่ได้ตอบ: เติมคำตอบในเซลล์คำตอบข้างบน กด Shift+Enter ให้เซลล์นั้นทำงาน แล้วตรวจอีกครั้ง",
        "en": "not answered yet: fill in the answer cell above, run it (Shift+Enter), then "
              "check again"},
}
