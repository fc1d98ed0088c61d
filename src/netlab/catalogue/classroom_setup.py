"""Messages of the classroom tools that set a class up and run it (netlab classroom init,
grade, demo)."""

from __future__ import annotations

from netlab.plurals import plural

MESSAGES = {
    "classroom.unix.failed": {
        "th": "คำสั่ง {command} ไม่สำเร็จ: {output}",
        "en": "The command {command} failed: {output}"},
    "classroom.env.no_uv": {
        "th": "ไม่พบโปรแกรม uv (ติดตั้งด้วย make install)",
        "en": "The program uv is missing (make install installs it)."},
    "classroom.env.no_python": {
        "th": "ไม่พบ Python ของระบบที่ {python} (Debian: apt-get install python3.11-venv)",
        "en": "The system's Python {python} is missing (Debian: apt-get install "
              "python3.11-venv)."},
    "classroom.env.no_netlab": {
        "th": "ไม่พบ netlab ในสภาพแวดล้อม {env}",
        "en": "netlab is not installed in the environment {env}."},
    "classroom.env.no_npm": {
        "th": "ไม่พบ npm ซึ่งต้องใช้ติดตั้ง configurable-http-proxy (Debian: apt-get install npm)",
        "en": "npm is missing; it installs configurable-http-proxy (Debian: apt-get install "
              "npm)."},
    "classroom.env.proxy_failed": {
        "th": "ติดตั้ง configurable-http-proxy ใน {prefix} ไม่สำเร็จ (npm ต่อ registry ได้หรือไม่)",
        "en": "Installing configurable-http-proxy into {prefix} failed (can npm reach its "
              "registry?)."},
    "classroom.init.refused": {
        "th": "ยังตั้งชั้นเรียนไม่ได้ ยังไม่มีอะไรถูกสร้างหรือเปลี่ยน:",
        "en": "The class cannot be set up; nothing was created or changed:"},
    "classroom.init.not_root": {
        "th": "ต้องรันในฐานะ root (เช่น sudo) เพราะต้องสร้างบัญชีผู้ใช้",
        "en": "it must run as root (e.g. with sudo): it creates user accounts"},
    "classroom.init.unsafe_folder": {
        "th": "โฟลเดอร์ {path} ไม่ได้เป็นของ root หรือผู้อื่นเขียนได้ เลือกโฟลเดอร์อื่นด้วย --root",
        "en": "the folder {path} is not root's, or others can write to it; choose another "
              "with --root"},
    "classroom.init.taken": {
        "th": "มีบัญชี Unix ชื่อ {id!r} อยู่แล้วแต่ชั้นเรียนนี้ไม่ได้สร้าง (netlab จะไม่ยึดบัญชีของผู้อื่น) "
              "เปลี่ยนรหัสในไฟล์รายชื่อ",
        "en": "the id {id!r} is already taken by a Unix account this class did not make "
              "(netlab never takes over someone's account); change the id in the roster"},
    "classroom.init.missing": {
        "th": "บัญชี {id!r} ที่ชั้นเรียนนี้เคยสร้างหายไปจากระบบ",
        "en": "the account {id!r}, which this class made, no longer exists on this server"},
    "classroom.init.owner": {
        "th": "เจ้าของรายวิชา {owner!r} ไม่ได้เป็นผู้สอนในไฟล์รายชื่อ (ใส่กลับ หรือเลือกด้วย --owner)",
        "en": "the course's owner {owner!r} is not an instructor on the roster (put them "
              "back, or choose another with --owner)"},
    "classroom.init.short_password": {
        "th": "รหัสผ่านใน {path} สั้นเกินไป ต้องยาวอย่างน้อย {minimum} ตัวอักษร",
        "en": plural("minimum", one="the password in {path} is too short: at least {minimum} "
                     "character", other="the password in {path} is too short: at least "
                     "{minimum} characters")},
    "classroom.init.passwords": {
        "th": "รหัสผ่านของผู้เรียนอยู่ใน {trainee} ของผู้สอนอยู่ใน {instructor} (อ่านได้เฉพาะ root)",
        "en": "The trainees' password is in {trainee}, the instructors' in {instructor} "
              "(root only)."},
    "classroom.init.course": {
        "th": "รายวิชาของ {owner} อยู่ที่ {course}",
        "en": "The course of {owner} is in {course}."},
    "classroom.init.url": {
        "th": "ผู้เรียนเข้าที่ {url}",
        "en": "Trainees log in at {url}"},
    "classroom.init.start": {
        "th": "เริ่มฮับ: {env}/bin/jupyterhub -f {config}",
        "en": "Start the hub: {env}/bin/jupyterhub -f {config}"},
    "classroom.grade.not_root": {
        "th": "ต้องรันในฐานะ root: มีแต่ root ที่กั้นเคอร์เนลแต่ละตัวที่ให้คะแนนได้",
        "en": "It must run as root: only root can wall in each graded kernel."},
    "classroom.grade.no_class": {
        "th": "ไม่มีชั้นเรียนใน {root} (ตั้งด้วย netlab classroom init)",
        "en": "There is no class in {root} (netlab classroom init sets one up)."},
    "classroom.grade.no_assignment": {
        "th": "ไม่มีงาน {assignment!r} ในรายวิชา {course}",
        "en": "There is no assignment {assignment!r} in the course {course}."},
    "classroom.grade.collect": {
        "th": "รวบรวมงานที่ส่ง {assignment} จาก exchange",
        "en": "Collecting the submissions of {assignment} from the exchange"},
    "classroom.grade.grade": {
        "th": "ให้คะแนน {assignment} (root: เคอร์เนลแต่ละตัวถูกกั้น)",
        "en": "Grading {assignment} (as root: each kernel walled in)"},
    "classroom.grade.failed": {
        "th": "netlab grade จบด้วยสถานะ {status} (ดูข้อความด้านบน)",
        "en": "netlab grade ended with status {status} (see above)."},
    "classroom.grade.feedback": {
        "th": "สร้างและส่งคืนผลป้อนกลับของ {assignment} ผู้เรียนรับได้ที่แผง Assignments",
        "en": "Writing and releasing the feedback of {assignment}; trainees fetch it in the "
              "Assignments panel"},
    "classroom.demo.ready": {
        "th": "ชั้นเรียนสาธิตพร้อมแล้วที่ {url}\n"
              "  ผู้เรียน: demo-t1 (ไทย) หรือ demo-t2 (อังกฤษ) รหัสผ่าน {trainee}\n"
              "  ผู้สอน: demo-kru รหัสผ่าน {instructor}\n"
              "กด Ctrl-C เพื่อหยุด แล้วทุกอย่างของชั้นเรียนสาธิตจะถูกลบ",
        "en": "The demonstration class is ready at {url}\n"
              "  trainees: demo-t1 (Thai) or demo-t2 (English), password {trainee}\n"
              "  instructor: demo-kru, password {instructor}\n"
              "Press Ctrl-C to stop; everything of the demonstration class is then removed."},
    "classroom.demo.stopping": {
        "th": "กำลังหยุดฮับและลบชั้นเรียนสาธิต",
        "en": "Stopping the hub and removing the demonstration class"},
    "classroom.demo.clean": {
        "th": "หยุดเรียบร้อย: ไม่มีโปรเซส บัญชี หรือโฟลเดอร์ของชั้นเรียนสาธิตเหลืออยู่",
        "en": "Stopped cleanly: no process, account or folder of the demonstration class is left."},
    "classroom.demo.left": {
        "th": "ยังมีโปรเซสของชั้นเรียนสาธิตค้างอยู่:\n{processes}",
        "en": "Processes of the demonstration class were still running:\n{processes}"},
    "classroom.hub.inactive": {
        "th": "บัญชี {id} ไม่ได้เป็นบัญชีที่ใช้งานอยู่ของชั้นเรียนนี้ (ผู้สอนปิดไว้) งานที่บันทึกไว้ยังอยู่ครบ",
        "en": "The account {id} is not an active account of this class (the instructor "
              "disabled it); its saved work is kept."},
    "classroom.hub.stopped": {
        "th": "ฮับหยุดทำงาน ท้ายบันทึกของฮับ:\n{log}",
        "en": "The hub stopped; the end of its log:\n{log}"},
    "classroom.hub.no_answer": {
        "th": "ฮับที่ {url} ไม่ตอบภายใน {seconds} วินาที",
        "en": "The hub at {url} did not answer within {seconds} s."},
    "classroom.hub.no_password": {
        "th": "netlab: ไม่มีไฟล์ {path} จึงไม่มีใครในบทบาทนั้นเข้าระบบได้",
        "en": "netlab: {path} is missing, so nobody of that role can log in"},
    "classroom.role.unreadable": {
        "th": "อ่าน {path} ไม่ได้ ({error}) ไฟล์ไม่ถูกแตะต้อง",
        "en": "{path} cannot be read ({error}); it was left as it is."},
}
