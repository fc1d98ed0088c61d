"""Catalogue texts: social maps (tie types, goals, measures, errors, the chart).

Tie types and goals follow Net-Map (Schiffer & Hauck 2010, ../shared/domain.md §4.1); the
measures follow the table of §4.4. Written for this course; nothing is quoted.
"""

from netlab.plurals import plural


def _actors_ties(before: str, after: str) -> str:
    """The English "{actors} actors, {ties} ties" between ``before`` and ``after``, each
    count with its own plural form."""
    def forms(actors: str) -> str:
        return plural("ties", one=f"{before}{{actors}} {actors}, {{ties}} tie{after}",
                      other=f"{before}{{actors}} {actors}, {{ties}} ties{after}")

    return plural("actors", one=forms("actor"), other=forms("actors"))


_VOCAB: dict[str, dict[str, str]] = {
    "mapping.actors": {"th": "ตารางภาคี (actors)", "en": "the actors table"},
    "mapping.ties": {"th": "ตารางเส้นโยง (ties)", "en": "the ties table"},
    "mapping.repr": {"th": "<SocialMap: ภาคี {actors} ราย เส้นโยง {ties} เส้น>",
                     "en": _actors_ties("<SocialMap: ", ">")},
    "mapping.tie_type.money.name": {"th": "เงิน", "en": "money"},
    "mapping.tie_type.information.name": {"th": "ข้อมูลข่าวสาร", "en": "information"},
    "mapping.tie_type.support.name": {"th": "การสนับสนุน", "en": "support"},
    "mapping.tie_type.command.name": {"th": "การสั่งการ", "en": "command"},
    "mapping.tie_type.conflict.name": {"th": "ความขัดแย้ง", "en": "conflict"},
    "mapping.tie_type.none.name": {"th": "ไม่ระบุชนิด", "en": "untyped"},
    "mapping.goal.supports.name": {"th": "สนับสนุน", "en": "supports"},
    "mapping.goal.neutral.name": {"th": "เป็นกลาง", "en": "neutral"},
    "mapping.goal.opposes.name": {"th": "ไม่เห็นด้วย", "en": "opposes"},
    "mapping.goal.unknown.name": {"th": "ยังไม่ได้ถาม", "en": "not asked"},
}

_ERRORS: dict[str, dict[str, str]] = {
    "mapping.error.header": {"th": "ยังสร้างแผนที่เครือข่ายไม่ได้:",
                             "en": "The network map cannot be built yet:"},
    "mapping.error.not_frame": {
        "th": "{what} ต้องเป็น pandas DataFrame แต่ได้ {got}",
        "en": "{what} must be a pandas DataFrame, not {got}."},
    "mapping.error.columns": {
        "th": "{what} ต้องมีคอลัมน์ {columns} (ตอนนี้มี: {have})",
        "en": "{what} needs these columns: {columns} (it has: {have})."},
    "mapping.error.blank_id": {
        "th": "ภาคี แถวที่ {row}: id ว่างหรือใช้ไม่ได้ ({value}) ให้ใช้ข้อความ เช่น \"W03\"",
        "en": "actors, row {row}: the id is blank or unusable ({value}); use text such as "
              "\"W03\"."},
    "mapping.error.duplicate_id": {
        "th": "ภาคี แถวที่ {row}: id {id} ซ้ำกับแถวที่ {first} id ต้องไม่ซ้ำกัน",
        "en": "actors, row {row}: the id {id} repeats row {first}; ids must be unique."},
    "mapping.error.influence": {
        "th": "ภาคี แถวที่ {row} ({id}): อิทธิพล {value} ใช้ไม่ได้ "
              "ให้ใช้ตัวเลขตั้งแต่ 0 ขึ้นไป (ความสูงของหอคอย) หรือเว้นว่าง",
        "en": "actors, row {row} ({id}): influence {value} is not allowed; use a number from "
              "0 up (the tower's height) or leave it blank."},
    "mapping.error.actor_row": {"th": "ภาคี แถวที่ {row} ({id}): {reason}",
                                "en": "actors, row {row} ({id}): {reason}"},
    "mapping.error.tie_row": {"th": "เส้นโยง แถวที่ {row}: {reason}",
                              "en": "ties, row {row}: {reason}"},
    "mapping.error.tie_blank": {"th": "เส้นโยง แถวที่ {row}: {column} ว่าง",
                                "en": "ties, row {row}: {column} is blank."},
    "mapping.error.unknown_actor": {
        "th": "เส้นโยง แถวที่ {row}: {column} {value} ไม่มีในตารางภาคี{suggest}",
        "en": "ties, row {row}: {column} {value} is not in the actors table{suggest}."},
    "mapping.error.self_loop": {
        "th": "เส้นโยง แถวที่ {row}: {id} โยงหาตัวเอง แผนที่นี้ไม่รับเส้นที่วนกลับหาตัวเอง "
              "(ถ้าตั้งใจ ให้ใส่ allow_self_loops=True)",
        "en": "ties, row {row}: {id} is tied to itself; this map takes no self-loops (pass "
              "allow_self_loops=True if you mean it)."},
    "mapping.error.weight": {
        "th": "เส้นโยง แถวที่ {row}: น้ำหนัก {value} ใช้ไม่ได้ ให้ใช้ตัวเลขที่มากกว่า 0 "
              "หรือเว้นว่าง (นับเป็น 1)",
        "en": "ties, row {row}: weight {value} is not allowed; use a number above 0, or leave "
              "it blank (counted as 1)."},
    "mapping.error.directed": {
        "th": "เส้นโยง แถวที่ {row}: directed ต้องเป็น True หรือ False (ได้ {value})",
        "en": "ties, row {row}: directed must be True or False (got {value})."},
    "mapping.error.duplicate_tie": {
        "th": "เส้นโยง แถวที่ {row}: ซ้ำกับแถวที่ {first} ({source}–{target}, {type})",
        "en": "ties, row {row}: repeats row {first} ({source}–{target}, {type})."},
    "mapping.error.unknown_type": {
        "th": "ชนิดเส้นโยง {value} ไม่มีในรายการ ให้ใช้: {allowed}",
        "en": "{value} is not a tie type; use one of: {allowed}."},
    "mapping.error.unknown_goal": {
        "th": "เป้าหมาย {value} ใช้ไม่ได้ ให้ใช้: {allowed} (หรือ +, 0, −)",
        "en": "The goal {value} is not allowed; use one of: {allowed} (or +, 0, −)."},
    "mapping.error.attribute": {
        "th": "ตารางภาคีไม่มีคอลัมน์ {attribute} คอลัมน์ที่มี: {allowed}",
        "en": "The actors table has no column {attribute}; its columns: {allowed}."},
    "mapping.error.attribute_blank": {
        "th": "ภาคีที่มีเส้นโยงแต่ยังไม่มีค่า {attribute}: {ids}",
        "en": "Actors with ties but no {attribute}: {ids}."},
    "mapping.error.measure": {"th": "ไม่มีค่าวัด {name} ให้ใช้: {allowed}",
                              "en": "There is no measure {name}; use one of: {allowed}."},
    "mapping.error.no_ties": {
        "th": "แผนที่นี้ยังไม่มีเส้นโยงระหว่างภาคี จึงคำนวณดัชนี E-I ไม่ได้",
        "en": "This map has no ties between actors yet, so there is no E-I index."},
}


_CHART: dict[str, dict[str, str]] = {
    "mapping.chart.title": {"th": "แผนที่เครือข่าย: ภาคี {actors} ราย เส้นโยง {ties} เส้น",
                            "en": _actors_ties("Network map: ", "")},
    "mapping.chart.title_grouped": {
        "th": "แผนที่เครือข่ายแบบรวมกลุ่ม: ภาคี {actors} ราย เส้นโยง {ties} เส้น",
        "en": _actors_ties("Network map, grouped: ", "")},
    "mapping.chart.sampled": {
        "th": "แสดงเฉพาะภาคี {shown} รายที่มีเส้นโยงมากที่สุด จากทั้งหมด {total} ราย "
              "ค่าที่คำนวณได้ยังใช้ภาคีครบทุกราย",
        "en": plural("shown",
            one=("Showing the actor with the most ties out of {total}; the measures still "
                 "use every actor."),
            other=("Showing the {shown} actors with the most ties out of {total}; the "
                   "measures still use every actor."))},
    "mapping.chart.grouped": {
        "th": "ภาคี {total} รายมากเกินกว่าจะวาดทีละราย วงกลมแต่ละวงจึงเป็นกลุ่มตาม {attribute} "
              "({groups} กลุ่ม ขนาด = จำนวนภาคี) เส้นแสดงจำนวนเส้นโยงระหว่างกลุ่ม "
              "ค่าที่คำนวณได้ยังใช้ภาคีครบทุกราย",
        "en": ("There are too many actors ({total}) to draw one by one, so each circle is a "
               "group by {attribute} (groups: {groups}; size = number of actors) and lines "
               "count the ties between groups; the measures still use every actor.")},
    "mapping.chart.tie_type": {"th": "ชนิดเส้นโยง", "en": "tie type"},
    "mapping.chart.weight": {"th": "น้ำหนัก", "en": "weight"},
    "mapping.chart.actor": {"th": "ภาคี", "en": "actor"},
    "mapping.chart.goal": {"th": "เป้าหมาย", "en": "goal"},
    "mapping.chart.influence": {"th": "อิทธิพล (ความสูงหอคอย)",
                                "en": "influence (tower height)"},
}


_SECTOR_NAMES = {
    "community": ("ชุมชน", "community"), "local_government": ("ท้องถิ่น", "local government"),
    "government": ("ราชการ", "government"), "health": ("สาธารณสุข", "health"),
    "education": ("การศึกษา", "education"), "civil_society": ("ภาคประชาสังคม", "civil society"),
    "funder": ("แหล่งทุน", "funder"), "academic": ("วิชาการ", "academic"),
    "private": ("เอกชน", "private sector"), "religious": ("ศาสนา", "religious"),
    "media": ("สื่อ", "media"),
}
_LEVEL_NAMES = {
    "community": ("หมู่บ้าน/ชุมชน", "community"), "subdistrict": ("ตำบล", "sub-district"),
    "district": ("อำเภอ", "district"), "province": ("จังหวัด", "province"),
    "national": ("ประเทศ", "national"),
}
_COLUMN_NAMES = {
    "sector": ("ภาคส่วน", "sector"), "level": ("ระดับ", "level"), "name": ("ชื่อ", "name"),
    "source": ("จาก", "from"), "target": ("ถึง", "to"), "type": ("ชนิด", "type"),
    "weight": ("น้ำหนัก", "weight"), "directed": ("ทิศทางเดียว", "one way"),
    "influence": ("อิทธิพล", "influence"), "goal": ("เป้าหมาย", "goal"),
    "degree": ("จำนวนผู้ที่โยงด้วย", "degree"),
    "ties": ("จำนวนเส้นโยง", "ties"), "strength": ("น้ำหนักรวม", "strength"),
    "betweenness": ("ความเป็นตัวกลาง", "betweenness"),
    "closeness": ("ความใกล้", "closeness"),
}
_TERMS: dict[str, dict[str, str]] = {
    **{f"mapping.value.sector.{k}": {"th": th, "en": en}
       for k, (th, en) in _SECTOR_NAMES.items()},
    **{f"mapping.value.level.{k}": {"th": th, "en": en} for k, (th, en) in _LEVEL_NAMES.items()},
    **{f"mapping.column.{k}": {"th": th, "en": en} for k, (th, en) in _COLUMN_NAMES.items()},
}


_DRAFT: dict[str, dict[str, str]] = {
    "mapping.error.no_file": {"th": "ไม่พบไฟล์ {path}", "en": "There is no file {path}."},
    "mapping.error.bad_file": {"th": "อ่านไฟล์ {path} ไม่ได้: {reason}",
                               "en": "{path} cannot be read: {reason}"},
    "mapping.error.in_files": {"th": "ไฟล์ของแผนที่ {name}:", "en": "The files of map {name}:"},
    "mapping.draft.bad_name": {
        "th": "ชื่อแผนที่ {name} ใช้ไม่ได้ ให้ใช้ชื่อสั้นๆ ไม่มี / \\ : และไม่ขึ้นต้นด้วยจุด "
              "เช่น \"my_network\"",
        "en": "The map name {name} cannot be used; use a short name without / \\ : that does "
              "not start with a dot, e.g. \"my_network\"."},
    "mapping.draft.no_actor": {"th": "ไม่มีภาคี {id} ในแผนที่",
                               "en": "There is no actor {id} in the map."},
    "mapping.draft.actor_has_ties": {
        "th": "ยังลบ {id} ไม่ได้ เพราะยังมีเส้นโยง: {ties} ให้ลบเส้นเหล่านี้ก่อน",
        "en": "{id} still has ties ({ties}); remove them first."},
    "mapping.draft.no_tie": {"th": "ไม่มีเส้นโยงแถวที่ {index} (มีทั้งหมด {count} เส้น)",
                             "en": "There is no tie number {index} (the map has {count})."},
    "mapping.draft.changed_on_disk": {
        "th": "ยังไม่ได้บันทึก: ไฟล์ {files} ถูกแก้จากที่อื่นหลังจากตัวสร้างแผนที่อ่านหรือบันทึกครั้งล่าสุด "
              "การแก้ไขล่าสุดยังอยู่ในตัวสร้างแผนที่ ให้เปิดตัวสร้างแผนที่ใหม่เพื่ออ่านไฟล์ล่าสุด "
              "หรือใช้ชื่ออื่นแทน \"{name}\"",
        "en": "Not saved: {files} changed elsewhere since the builder last read or wrote it. "
              "Your latest change is still in the builder; open the builder again to read the "
              "files as they are now, or use another name than \"{name}\"."},
}


_BUILDER: dict[str, dict[str, str]] = {
    "mapping.builder.title": {"th": "ตัวสร้างแผนที่เครือข่าย — บันทึกลง {files} ทุกครั้งที่แก้",
                              "en": "Network map builder — saved to {files} after every change"},
    "mapping.builder.actors": {"th": "ภาคี: ใส่ id ใหม่เพื่อเพิ่ม หรือ id เดิมเพื่อแก้ไข",
                               "en": "Actors: a new id adds one, an existing id edits it"},
    "mapping.builder.ties": {"th": "เส้นโยง", "en": "Ties"},
    "mapping.builder.id": {"th": "id", "en": "id"},
    "mapping.builder.name": {"th": "ชื่อ", "en": "name"},
    "mapping.builder.save_actor": {"th": "เพิ่ม/แก้ภาคี", "en": "Add / update actor"},
    "mapping.builder.remove_actor": {"th": "ลบภาคี", "en": "Remove actor"},
    "mapping.builder.source": {"th": "จาก", "en": "from"},
    "mapping.builder.target": {"th": "ถึง", "en": "to"},
    "mapping.builder.directed": {"th": "มีทิศทาง (จาก → ถึง)", "en": "one way (from → to)"},
    "mapping.builder.add_tie": {"th": "เพิ่มเส้นโยง", "en": "Add tie"},
    "mapping.builder.tie": {"th": "เส้นโยง", "en": "tie"},
    "mapping.builder.remove_tie": {"th": "ลบเส้นโยง", "en": "Remove tie"},
    "mapping.builder.saved": {"th": "บันทึกแล้ว: ภาคี {actors} ราย เส้นโยง {ties} เส้น",
                              "en": _actors_ties("Saved: ", ".")},
    "mapping.builder.loaded": {
        "th": "เปิดแผนที่เดิม: ภาคี {actors} ราย เส้นโยง {ties} เส้น แก้ต่อได้เลย",
        "en": _actors_ties("Opened the saved map: ", "; carry on editing.")},
    "mapping.builder.other_name": {
        "th": "ไฟล์เดิมไม่ถูกแตะต้อง ให้แก้ไฟล์ หรือเปิดตัวสร้างแผนที่ด้วยชื่ออื่น",
        "en": "The existing files were left untouched; fix them, or open the builder with "
              "another name."},
}

MESSAGES: dict[str, dict[str, str]] = {**_VOCAB, **_ERRORS, **_CHART, **_TERMS, **_DRAFT,
                                       **_BUILDER}
