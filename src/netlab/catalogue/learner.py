"""Catalogue: what self-learners read: the course map, progress, staged hints, worked answers."""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    # --- the course map (netlab.syllabus, netlab.views.course_map) ------------------------
    "syllabus.col.number": {"th": "ลำดับ", "en": "#"},
    "syllabus.col.workbook": {"th": "สมุดแบบฝึก", "en": "Workbook"},
    "syllabus.col.minutes": {"th": "เวลา (นาที)", "en": "Minutes"},
    "syllabus.col.summary": {"th": "สิ่งที่ได้ฝึก", "en": "What you practise"},
    "syllabus.col.file": {"th": "ไฟล์", "en": "File"},
    "syllabus.total": {
        "th": "รวมประมาณ {hours:g} ชั่วโมง ({minutes} นาที) แบ่งทำได้ทีละเล่ม",
        "en": plural("hours",
            one=("About {hours:g} hour in all ({minutes} min); you can take it one workbook "
                 "at a time."),
            other=("About {hours:g} hours in all ({minutes} min); you can take it one "
                   "workbook at a time.")),
    },
    # --- the progress file ----------------------------------------------------------------
    "progress.allowed.count": {"th": "จำนวนเต็มตั้งแต่ 0 ขึ้นไป",
                               "en": "a whole number, 0 or more"},
    "progress.allowed.bool": {"th": "true หรือ false", "en": "true or false"},
    "progress.allowed.number": {"th": "ตัวเลขตั้งแต่ 0 ขึ้นไป", "en": "a number, 0 or more"},
    "progress.allowed.text": {"th": "ข้อความ", "en": "text"},
    "progress.problem.json": {
        "th": "ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {line} ตำแหน่ง {column})",
        "en": "it is not valid JSON (line {line}, column {column})",
    },
    "progress.problem.encoding": {"th": "ไม่ใช่ข้อความ UTF-8", "en": "it is not UTF-8 text"},
    "progress.problem.shape": {
        "th": "ไม่ได้อยู่ในรูปแบบของไฟล์ความคืบหน้า (ต้องมี \"format\": {format} และ "
              "\"exercises\")",
        "en": "it is not laid out as a progress file (it needs \"format\": {format} and "
              "\"exercises\")",
    },
    "progress.problem.entry": {
        "th": "ข้อมูลของ {exercise} คือ {value} ซึ่งไม่ใช่บันทึกการตรวจ",
        "en": "the entry for {exercise} is {value}, not a record of checks",
    },
    "progress.problem.field": {
        "th": "{exercise} มีช่อง {field} ที่ไม่รู้จัก (ช่องที่มีได้: {allowed})",
        "en": "{exercise} has an unknown field {field} (allowed: {allowed})",
    },
    "progress.problem.value": {
        "th": "{exercise}: ค่า {field} คือ {value} แต่ต้องเป็น{allowed}",
        "en": "{exercise}: {field} is {value}, but it must be {allowed}",
    },
    "progress.problem.misses": {
        "th": "{exercise}: ลองตอบแล้วไม่ผ่าน {misses} ครั้ง มากกว่าจำนวนครั้งที่ตรวจ ({checks})",
        "en": "{exercise}: tries that did not pass: {misses}, more than the checks recorded: "
              "{checks}",
    },
    "progress.notice.set_aside": {
        "th": "อ่านไฟล์ความคืบหน้า {file} ไม่ได้ เพราะ{problem} จึงเก็บไฟล์เดิมไว้เป็น {backup} "
              "(ไม่ได้ลบอะไรทิ้ง) และเริ่มบันทึกใหม่",
        "en": "The progress file {file} could not be read: {problem}. It is kept as {backup} "
              "(nothing was deleted) and a new record starts.",
    },
    "progress.notice.not_saved": {
        "th": "บันทึกความคืบหน้าลง {file} ไม่ได้ ({error}) ผลการตรวจข้างบนยังใช้ได้ "
              "แต่การตรวจครั้งนี้ไม่ได้ถูกบันทึก",
        "en": "Progress could not be saved to {file} ({error}); the result above is still "
              "valid, but this check was not recorded.",
    },
    "progress.notice.not_read": {
        "th": "เปิดไฟล์ความคืบหน้า {file} ไม่ได้ ({error}) netlab ไม่ได้แก้หรือเขียนทับไฟล์นี้",
        "en": "The progress file {file} could not be opened ({error}); netlab has not changed "
              "or replaced it.",
    },
    "progress.title": {"th": "ความคืบหน้าของคุณ", "en": "Your progress"},
    "progress.file": {
        "th": "อ่านจาก {file} ซึ่งอยู่แค่บนเครื่องที่รันสมุดแบบฝึก netlab ไม่ส่งไฟล์นี้ไปไหน",
        "en": "Read from {file}, which stays where your workbooks run; netlab sends it "
              "nowhere.",
    },
    "progress.workbook": {
        "th": "{total} แบบฝึกหัด ตรวจแล้ว {checked} ข้อ ถูก {correct} ข้อ",
        "en": plural("total",
            one="{total} exercise, {checked} checked, {correct} correct",
            other="{total} exercises, {checked} checked, {correct} correct"),
    },
    "progress.col.exercise": {"th": "แบบฝึกหัด", "en": "Exercise"},
    "progress.col.done": {"th": "ตอบครบ", "en": "Done"},
    "progress.col.checks": {"th": "ตรวจ (ครั้ง)", "en": "Checked"},
    "progress.col.correct": {"th": "ผลล่าสุด", "en": "Latest result"},
    "progress.col.best": {"th": "ผลดีที่สุด", "en": "Best result"},
    "progress.col.worked": {"th": "ดูเฉลยแล้ว", "en": "Worked answer seen"},
    "progress.manual_ok": {"th": "ครบ (วิทยากรให้คะแนน)",
                           "en": "complete (an instructor grades it)"},
    "progress.manual_todo": {"th": "ยังไม่ครบ", "en": "not complete yet"},
    # --- staged hints ---------------------------------------------------------------------
    "hint.nudge": {"th": "คำแนะนำสั้นๆ: {nudge}", "en": "A nudge: {nudge}"},
    "hint.same_answer": {
        "th": "คำตอบนี้เหมือนกับคำตอบครั้งก่อนที่ยังไม่ผ่านทุกประการ ถ้าคุณแก้คำตอบแล้ว ได้กด Shift+Enter "
              "ที่เซลล์คำตอบหรือยัง? เซลล์ตรวจจะเห็นคำตอบใหม่ก็ต่อเมื่อเซลล์คำตอบได้ทำงานหลังแก้ "
              "(ครั้งนี้ไม่นับเป็นการลองใหม่)",
        "en": "This is exactly the answer of your last try that did not pass. If you changed "
              "it, did you run the answer cell (Shift+Enter) after editing? The check sees a "
              "new answer only once that cell has run. (This one is not counted as a new "
              "try.)"},
    "hint.run_answer_cell": {
        "th": "ถ้าคุณพิมพ์คำตอบไว้แล้ว ให้กด Shift+Enter ที่เซลล์คำตอบก่อน แล้วจึงรันเซลล์ตรวจนี้อีกครั้ง",
        "en": "If you have already typed your answer, run the answer cell first "
              "(Shift+Enter), then run this check again."},
    "hint.worked_later": {
        "th": "ถ้าลองตอบอีก {more} ครั้งแล้วยังไม่ผ่าน จะเปิดดูเฉลยพร้อมวิธีคิดได้",
        "en": plural("more",
            one="After {more} more try that does not pass, you may see a worked answer.",
            other="After {more} more tries that do not pass, you may see a worked answer."),
    },
    "hint.worked_ready": {
        "th": "ถ้าต้องการ ดูเฉลยพร้อมวิธีคิดได้ด้วย {call} (ลองเองอีกครั้งก่อนก็ได้)",
        "en": "If you want it, see a worked answer with {call} (or try once more first).",
    },
    "check.item.wrong_nohint": {"th": "{item}: ยังไม่ถูก", "en": "{item}: not right yet"},
    "check.value.wrong_nohint": {"th": "ยังไม่ถูก", "en": "not right yet"},
    "check.function.wrong_nohint": {"th": "ผลลัพธ์ยังไม่ถูก",
                                    "en": "the result is not right yet"},
    "check.select.wrong_nohint": {"th": "{choice}: ยังไม่ตรงจุด",
                                  "en": "{choice}: not the right fit yet"},
    "check.set.wrong_nohint": {"th": "{member}: ไม่ใช่ (หักคะแนนส่วนนี้)",
                               "en": "{member}: not one of them (a wrong one loses points)"},
    # --- worked answers -------------------------------------------------------------------
    "worked.note": {
        "th": "เฉลยพร้อมวิธีคิด: อ่านให้เข้าใจว่าทำไม แล้วเขียนคำตอบของคุณเองในเซลล์คำตอบ "
              "(netlab ไม่แก้เซลล์ของคุณ)",
        "en": "A worked answer: read it for the why, then write your own answer in the answer "
              "cell (netlab never changes your cells).",
    },
    "worked.error.graded": {
        "th": "ไม่มีเฉลยพร้อมวิธีคิดระหว่างการให้คะแนนด้วย nbgrader",
        "en": "Worked answers are off while nbgrader grades.",
    },
    "worked.error.off": {
        "th": "วิทยากรปิดเฉลยพร้อมวิธีคิดสำหรับชั้นเรียนนี้ (NETLAB_WORKED_ANSWERS=off) "
              "ใช้คำใบ้ในผลการตรวจแทน",
        "en": "Your instructor has turned worked answers off for this class "
              "(NETLAB_WORKED_ANSWERS=off); use the hints in the check instead.",
    },
    "worked.error.removed": {
        "th": "netlab ชุดที่ติดตั้งไว้นี้ไม่มีเฉลยพร้อมวิธีคิด (วิทยากรนำออกไว้) ใช้คำใบ้ในผลการตรวจแทน",
        "en": "This installation of netlab has no worked answers (your instructor left them "
              "out); use the hints in the check instead.",
    },
    "worked.error.manual": {
        "th": "{id} ไม่มีเฉลยพร้อมวิธีคิด: เป็นงานสะท้อนคิดเรื่องของคุณเอง ผลการตรวจบอกว่ายังขาดส่วนไหน",
        "en": "{id} has no worked answer: it is a reflection on your own case; the check says "
              "which parts are still missing.",
    },
    "worked.error.attempts": {
        "th": "{id}: ลองตอบแล้วไม่ผ่าน {misses} ครั้ง เฉลยพร้อมวิธีคิดจะเปิดได้หลังลองแล้วไม่ผ่าน "
              "{needed} ครั้ง (อีก {more} ครั้ง) หรือเมื่อตอบถูกแล้ว "
              "(การตรวจตอนที่ยังไม่ได้ตอบอะไรเลยไม่นับ)",
        "en": "{id}: tries that did not pass so far: {misses}; the worked answer opens after "
              "{needed} (that is {more} more), or once your answer passes (a check of a blank "
              "answer is not a try).",
    },
}
