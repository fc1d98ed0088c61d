"""The course's glossary: one Thai term per concept, used the same way in every workbook, the
catalogue and the datasets, and the variants that must no longer appear (a test holds both).

Example:
    >>> next(term for term in GLOSSARY if term.concept == "broker").thai
    'ตัวกลาง'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GLOSSARY", "Term"]


@dataclass(frozen=True)
class Term:
    """A concept (named in English), its agreed Thai term, and variants to avoid."""

    concept: str
    thai: str
    avoid: tuple[str, ...] = ()


GLOSSARY: tuple[Term, ...] = (
    Term("actor", "ภาคี", ("ผู้เล่น",)),
    Term("boundary partner", "ภาคีหุ้นส่วน"),
    Term("strategic partner", "ภาคียุทธศาสตร์"),
    Term("indirect actor", "ภาคีทางอ้อม"),
    Term("outcome challenge", "ผลลัพธ์ที่ท้าทาย", ("ผลลัพธ์ท้าทาย",)),
    Term("progress marker", "เครื่องหมายบอกความก้าวหน้า"),
    Term("alignment (AIIM)", "ความเห็นพ้อง", ("แนวร่วม", "เห็นด้วยกับแนวทางของเรา")),
    Term("indicator", "ตัวบ่งชี้",
         ("ตัวชี้วัดช่วงชีวิต",
          "สัญญาณ 11 ข้อ",
          "ตอบสัญญาณ",
          "สัญญาณที่เป็นจริง")),
    Term("life-cycle phase", "ระยะ", ("ช่วงชีวิต",)),
    Term("step", "ขั้น"),
    Term("interdependence", "การเกี่ยวพันพึ่งพากัน",
         ("พึ่งพาอาศัยกัน",
          "การเกื้อหนุนพึ่งพากัน",
          "เกี่ยวโยงพึ่งพากัน")),
    Term("component of a network", "องค์ประกอบ"),
    Term("hub", "ศูนย์กลาง"),
    Term("coordinating hub", "ศูนย์ประสานงาน"),
    Term("hub and member nodes", "แม่ข่าย / ลูกข่าย"),
    Term("broker", "ตัวกลาง", ("คนกลาง",)),
    Term("cutpoint", "จุดตัด"),
    Term("isolate", "ภาคีโดดเดี่ยว", ("ผู้เล่นโดดเดี่ยว",)),
    Term("tie", "เส้นโยง",
         ("สายสัมพันธ์",
          "ความสัมพันธ์แบบ bonding",
          "ความสัมพันธ์แบบ bridging",
          "ความสัมพันธ์แบบ linking",
          "ชนิดความสัมพันธ์",
          "ตารางความสัมพันธ์")),
    Term("component of a map", "ส่วนที่เชื่อมถึงกัน", ("ส่วนที่แยกกัน", "ส่วนที่แยกจากกัน")),
    Term("problem type: simple", "ปัญหาเชิงเดี่ยว"),
    Term("problem type: technical", "ปัญหาเชิงเทคนิค"),
    Term("problem type: complex", "ปัญหาสลับซับซ้อน"),
    Term("problem type: social mess", "ปัญหายุ่งยากเชิงสังคม"),
)
