"""Catalogue: table recipes (``netlab.recipes``), the no-code path of the exercises that ask
for a pandas function: what a trainee reads when a word of a recipe is not allowed."""

MESSAGES: dict[str, dict[str, str]] = {
    "recipes.error.choice": {
        "th": "{what} ต้องเป็นคำใดคำหนึ่งใน {allowed} แต่ได้ {value}",
        "en": "The {what} must be one of {allowed}; got {value}."},
    "recipes.error.column": {
        "th": "ไม่มีคอลัมน์ {value} ในตาราง คอลัมน์ที่มี: {allowed}",
        "en": "The table has no column {value}; its columns: {allowed}."},
    "recipes.error.keep": {
        "th": "keep ต้องเป็นรายการของกฎ (คอลัมน์, การเทียบ, ค่า) เช่น [(\"role\", \"is\", "
              "\"boundary\")] แต่ได้ {value} ({kind})",
        "en": "keep must be a list of rules (column, comparison, value), e.g. [(\"role\", "
              "\"is\", \"boundary\")]; got {value} ({kind})."},
    "recipes.error.list": {
        "th": "\"is one of\" ต้องตามด้วยรายการค่า เช่น [\"boundary\", \"both\"] แต่ได้ {value}",
        "en": "\"is one of\" needs a list of values, e.g. [\"boundary\", \"both\"]; got "
              "{value}."},
    "recipes.error.sort": {
        "th": "sort ต้องเป็นรายการคู่ (คอลัมน์, ทิศทาง) เช่น [(\"alignment\", \"lowest "
              "first\")] แต่ได้ {value}",
        "en": "sort must be a list of (column, direction) pairs, e.g. [(\"alignment\", "
              "\"lowest first\")]; got {value}."},
    "recipes.error.first": {
        "th": "first ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป หรือ \"n\" แต่ได้ {value}",
        "en": "first must be a whole number from 1 up, or \"n\"; got {value}."},
    "recipes.error.columns": {
        "th": "columns ต้องเป็นรายการชื่อคอลัมน์ เช่น [\"role\", \"alignment\"] แต่ได้ {value}",
        "en": "columns must be a list of column names, e.g. [\"role\", \"alignment\"]; got "
              "{value}."},
}
