"""Catalogue: workbook 06_social_mapping, as the course map shows it and its exercises
(``netlab.exercises.mapping``) speak: titles, nudges, hints and messages.

Hints point at the deciding question; they never name or imply the answer.
"""

from netlab.plurals import plural

MESSAGES: dict[str, dict[str, str]] = {
    "syllabus.06_social_mapping.title": {
        "th": "แผนที่สังคมของเครือข่าย",
        "en": "Social mapping",
    },
    "syllabus.06_social_mapping.summary": {
        "th": "ศูนย์กลาง ตัวกลาง จุดเปราะบาง ความสัมพันธ์แนวนอนและแนวตั้ง "
              "และแผนที่ของเครือข่ายคุณเอง",
        "en": "Hubs, brokers, weak points, horizontal and vertical ties, and a map of your own "
              "network",
    },
    "exercises.mapping.a_hub.title": {
        "th": "แบบฝึกหัด A: ศูนย์กลาง (hub)",
        "en": "Exercise A: the hub",
    },
    "exercises.mapping.a_hub.nudge": {
        "th": "อ่านตารางต้นหัวข้อ \"ศูนย์กลาง ตัวกลาง และความใกล้\" อีกครั้ง "
              "แล้วจับคู่ถ้อยคำของโจทย์กับคอลัมน์ของ m.measures() ให้ตรง",
        "en": "Re-read the table at the start of \"Hubs, brokers and closeness\" and match the "
              "exercise's wording to the right column of m.measures().",
    },
    "exercises.mapping.a_hub.hint": {
        "th": "ดูคอลัมน์ degree ของ measures() ไม่ใช่ ties หรือ strength",
        "en": "Look at the degree column of measures(), not ties or strength.",
    },
    "exercises.mapping.a_broker.title": {
        "th": "แบบฝึกหัด A: ตัวกลาง (broker)",
        "en": "Exercise A: the broker",
    },
    "exercises.mapping.a_broker.nudge": {
        "th": "อ่านย่อหน้าเรื่องตัวกลาง (broker) ในหัวข้อ \"ศูนย์กลาง ตัวกลาง และความใกล้\" "
              "อีกครั้ง แล้วดูให้แน่ว่าใช้คอลัมน์ของ m.measures() ที่ตรงกับโจทย์",
        "en": "Re-read the paragraph on brokers in \"Hubs, brokers and closeness\", and make sure "
              "you use the column of m.measures() that matches the exercise.",
    },
    "exercises.mapping.a_broker.hint": {
        "th": "ตัวกลางคือผู้ที่อยู่บนเส้นทางสั้นที่สุดระหว่างคนอื่นบ่อยที่สุด (betweenness) "
              "ไม่จำเป็นต้องเป็นคนที่รู้จักคนมากที่สุด",
        "en": "The broker sits on the shortest paths between others most often (betweenness); it "
              "need not be the actor who knows the most others.",
    },
    "exercises.mapping.a_cutpoints.title": {
        "th": "แบบฝึกหัด A: จุดตัด (cutpoints)",
        "en": "Exercise A: the cutpoints",
    },
    "exercises.mapping.a_cutpoints.nudge": {
        "th": "อ่านความหมายของจุดตัด (cutpoint) ในหัวข้อ \"จุดตัด สะพาน และภาคีโดดเดี่ยว\" "
              "อีกครั้ง แล้วตรวจรหัสทุกตัวที่ใส่ไว้กับแผนที่ m ทั้งแผนที่ "
              "เพราะรหัสที่ผิดจะถูกหักคะแนน",
        "en": "Re-read what a cutpoint is in \"Cutpoints, bridges and isolates\", and check every "
              "id you listed on the whole map m: a wrong id costs a point.",
    },
    "exercises.mapping.a_cutpoints.hint": {
        "th": "จุดตัดคือผู้ที่ถ้าหายไป แผนที่จะแยกเป็นส่วน ลองนึกถึงผู้ที่มีคนพึ่งเขาเป็นทางเดียว",
        "en": "A cutpoint is an actor whose loss splits the map; think of actors someone reaches "
              "only through them.",
    },
    "exercises.mapping.a_cutpoints.member_hint": {
        "th": "{actor} โยงกับภาคี {ties} ราย ถ้าเอา {actor} ออก ภาคีเหล่านั้นยังถึงกันได้ทางอื่น "
              "แผนที่จึงไม่ขาดออกจากกัน",
        "en": plural(
                  "ties",
                  one="{actor} is tied to {ties} actor; without {actor} everyone else still "
                      "reaches everyone they reached before, so the map does not split.",
                  other="{actor} is tied to {ties} actors; take {actor} away and they can still "
                        "reach one another by other paths, so the map does not split."),
    },
    "exercises.mapping.a_cutpoints.no_ties": {
        "th": "{actor} ไม่มีเส้นโยงกับใครเลย เอาออกไปก็ไม่มีส่วนไหนของแผนที่ขาดจากกัน",
        "en": "{actor} has no tie at all: taking it away splits nothing.",
    },
    "exercises.mapping.a_isolates.title": {
        "th": "แบบฝึกหัด A: ผู้ที่ไม่มีเส้นโยง",
        "en": "Exercise A: the isolates",
    },
    "exercises.mapping.a_isolates.nudge": {
        "th": "อ่านความหมายของภาคีโดดเดี่ยว (isolate) ในหัวข้อ \"จุดตัด สะพาน และภาคีโดดเดี่ยว\" "
              "อีกครั้ง แล้วตรวจรหัสทุกตัวที่ใส่ไว้กับความหมายนั้น",
        "en": "Re-read what an isolate is in \"Cutpoints, bridges and isolates\", and check every "
              "id you listed against that definition.",
    },
    "exercises.mapping.a_isolates.hint": {
        "th": "ผู้ที่ไม่มีเส้นโยงกับใครเลย ไม่ใช่ผู้ที่มีเส้นโยงน้อย",
        "en": "Actors with no tie at all, not actors with few ties.",
    },
    "exercises.mapping.a_isolates.member_hint": {
        "th": "{actor} มีเส้นโยง {ties} เส้น (เช่น กับ {other}) จึงไม่ได้อยู่โดดเดี่ยว",
        "en": plural(
                  "ties",
                  one="{actor} has {ties} tie (with {other}), so it is not cut off.",
                  other="{actor} has {ties} ties (one is with {other}), so it is not cut off."),
    },
    "exercises.mapping.b_vertical.title": {
        "th": "แบบฝึกหัด B: เส้นโยงข้ามระดับ",
        "en": "Exercise B: ties across levels",
    },
    "exercises.mapping.b_vertical.nudge": {
        "th": "อ่านหัวข้อ \"เส้นโยงแบบ bonding, bridging และ linking\" "
              "อีกครั้งว่าคู่แบบไหนนับเป็นแนวตั้ง และอ่านข้อ b_vertical ของแบบฝึกหัด B "
              "ว่าให้นับอะไรกันแน่",
        "en": "Re-read \"Bonding, bridging and linking ties\" for which pairs count as vertical, "
              "and the b_vertical bullet of Exercise B for what exactly to count.",
    },
    "exercises.mapping.b_vertical.hint": {
        "th": "นับคู่ภาคีที่มีเส้นโยงกันและอยู่คนละระดับ (level) คู่ที่มีหลายชนิดนับครั้งเดียว",
        "en": "Count the tied pairs whose two actors are at different levels; a pair with several "
              "tie types counts once.",
    },
    "exercises.mapping.b_ei.title": {
        "th": "แบบฝึกหัด B: ดัชนี E-I ตามระดับ",
        "en": "Exercise B: the E-I index on level",
    },
    "exercises.mapping.b_ei.nudge": {
        "th": "อ่านหัวข้อ \"ดัชนี E-I (E-I index)\" และตอนต้นของแบบฝึกหัด B อีกครั้ง "
              "ว่าต้องใช้แผนที่ไหน ดัชนีตามคอลัมน์อะไร และปัดทศนิยมอย่างไร",
        "en": "Re-read \"The E-I index\" and the start of Exercise B: which map, which column the "
              "index is on, and how to round.",
    },
    "exercises.mapping.b_ei.hint": {
        "th": "(ข้ามระดับ − ระดับเดียวกัน) ÷ (ทั้งหมด) ใช้แผนที่ทั้งแผ่น ปัดเป็นทศนิยม 2 ตำแหน่ง",
        "en": "(across − within) ÷ (all) on the whole map, rounded to 2 decimals.",
    },
    "exercises.mapping.b_reading.title": {
        "th": "แบบฝึกหัด B: อ่านค่า E-I",
        "en": "Exercise B: read the E-I index",
    },
    "exercises.mapping.b_reading.nudge": {
        "th": "ดูให้แน่ว่าค่า E-I ของคุณผ่านการตรวจแล้ว "
              "จากนั้นอ่านค่านั้นเทียบกับเกณฑ์ของหลักสูตรในแบบฝึกหัด B อีกครั้ง",
        "en": "Make sure your E-I value passed its own check, then read it against the course's "
              "cut-offs in Exercise B again.",
    },
    "exercises.mapping.b_reading.hint": {
        "th": "ต่ำกว่า −0.2 อ่านว่าแนวนอน สูงกว่า 0.2 อ่านว่าแนวตั้ง ระหว่างนั้นอ่านว่าสมดุล",
        "en": "Below −0.2 reads horizontal, above 0.2 vertical, in between balanced.",
    },
    "exercises.mapping.c.title": {
        "th": "แบบฝึกหัด C: ก้าวต่อไปของผู้ถักทอเครือข่าย",
        "en": "Exercise C: the weaver's next move",
    },
    "exercises.mapping.c.hint": {
        "th": "ลองด้วย with_tie แล้วเทียบ cutpoints() และ components() ก่อนและหลัง",
        "en": "Try it with with_tie and compare cutpoints() and components() before and after.",
    },
    "exercises.mapping.c.not_mapping": {
        "th": "คำตอบต้องเป็น dict ที่มี source, target, type และ why แต่ได้ {got}",
        "en": "The answer must be a dict with source, target, type and why; got {got}.",
    },
    "exercises.mapping.c.new_ok": {
        "th": "{a}–{b}: เป็นเส้นโยงใหม่ระหว่างภาคีสองรายในแผนที่",
        "en": "{a}–{b}: a new tie between two actors of the map",
    },
    "exercises.mapping.c.not_new": {
        "th": "{a}–{b}: ต้องเป็นเส้นโยงใหม่ระหว่างภาคีสองรายที่ยังไม่มีเส้นโยงกัน "
              "และไม่ใช่ความขัดแย้ง",
        "en": "{a}–{b}: it must be a new tie between two actors not tied yet, and not a conflict.",
    },
    "exercises.mapping.c.sturdier": {
        "th": "แผนที่แข็งแรงขึ้น: จุดตัด {cut_before} → {cut_after} ส่วนที่เชื่อมถึงกัน "
              "{parts_before} → {parts_after}",
        "en": "The map is sturdier: cutpoints {cut_before} → {cut_after}, separate parts "
              "{parts_before} → {parts_after}.",
    },
    "exercises.mapping.c.not_sturdier": {
        "th": "ยังไม่ลดความเปราะบาง: จุดตัด {cut_before} → {cut_after} ส่วนที่เชื่อมถึงกัน "
              "{parts_before} → {parts_after}",
        "en": "It does not make the map less fragile yet: cutpoints {cut_before} → {cut_after}, "
              "separate parts {parts_before} → {parts_after}.",
    },
    "exercises.mapping.c.strategic": {
        "th": "เชื่อมผู้มีอิทธิพลตั้งแต่ {minimum} ขึ้นไปกับผู้ที่สนับสนุนเป้าหมาย",
        "en": "It links an actor with influence {minimum} or more to one who supports the goal.",
    },
    "exercises.mapping.c.not_strategic": {
        "th": "ยังไม่ได้เชื่อมผู้มีอิทธิพลตั้งแต่ {minimum} ขึ้นไปกับผู้ที่สนับสนุนเป้าหมาย "
              "(คำถามของ Net-Map)",
        "en": "It does not yet link an actor with influence {minimum} or more to one who supports "
              "the goal (Net-Map's question).",
    },
    "exercises.mapping.d.title": {
        "th": "แบบฝึกหัด D: แผนที่เครือข่ายของคุณ",
        "en": "Exercise D: your own network's map",
    },
    "exercises.mapping.d.not_mapping": {
        "th": "คำตอบต้องเป็น dict ที่มี files, hubs, gaps และ move แต่ได้ {got}",
        "en": "The answer must be a dict with files, hubs, gaps and move; got {got}.",
    },
    "exercises.mapping.d.map": {
        "th": "แผนที่ของคุณ: ภาคี {actors} ราย (อย่างน้อย {min_actors}) เส้นโยง {ties} เส้น "
              "(อย่างน้อย {min_ties}) คอลัมน์ที่ยังมีช่องว่าง: {blank}",
        "en": plural(
                  "actors",
                  one=plural(
                          "ties",
                          one="Your map: {actors} actor (at least {min_actors}), {ties} tie (at "
                              "least {min_ties}); columns with blanks: {blank}.",
                          other="Your map: {actors} actor (at least {min_actors}), {ties} ties "
                                "(at least {min_ties}); columns with blanks: {blank}."),
                  other=plural(
                            "ties",
                            one="Your map: {actors} actors (at least {min_actors}), {ties} tie "
                                "(at least {min_ties}); columns with blanks: {blank}.",
                            other="Your map: {actors} actors (at least {min_actors}), {ties} ties "
                                  "(at least {min_ties}); columns with blanks: {blank}.")),
    },
    "exercises.mapping.d.no_map": {
        "th": "ยังไม่มีแผนที่ชื่อ {name}: สร้างด้วยตัวสร้างแผนที่ข้างบน (ไฟล์ {name}_actors.csv "
              "จะถูกบันทึกให้เอง)",
        "en": "There is no map called {name} yet: build it with the map builder above (it saves "
              "{name}_actors.csv for you).",
    },
    "exercises.mapping.reading.horizontal.name": {
        "th": "แนวนอน",
        "en": "horizontal",
    },
    "exercises.mapping.reading.balanced.name": {
        "th": "สมดุล",
        "en": "balanced",
    },
    "exercises.mapping.reading.vertical.name": {
        "th": "แนวตั้ง",
        "en": "vertical",
    },
    "exercises.mapping.unknown_actor": {
        "th": "{value} ไม่ใช่รหัสภาคีในแผนที่ ให้ใช้ {allowed}",
        "en": "{value} is not an actor of the map; use {allowed}.",
    },
    "exercises.mapping.not_count": {
        "th": "{value} ไม่ใช่จำนวนนับ ให้ใส่จำนวนเต็ม เช่น 7",
        "en": "{value} is not a count; give a whole number, e.g. 7.",
    },
    "exercises.mapping.not_ei": {
        "th": "{value} ใช้ไม่ได้ ดัชนี E-I เป็นตัวเลขตั้งแต่ −1 ถึง 1",
        "en": "{value} cannot be used; an E-I index is a number from −1 to 1.",
    },
    "exercises.mapping.not_reading": {
        "th": "{value} ใช้ไม่ได้ ให้ใช้: {allowed}",
        "en": "{value} cannot be used; use one of: {allowed}.",
    },
}
