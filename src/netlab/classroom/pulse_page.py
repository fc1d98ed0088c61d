"""The pulse page: one HTML file with its style and script inline (the hub's own network may
have no internet), which asks the service for the class's numbers every two seconds and draws
them. Names and titles are put in with ``textContent``, never as HTML, so nothing a roster or
an exercise holds can run in the facilitator's browser.

Example:
    >>> "ชีพจรของห้อง" in page_html("th", "/services/pulse/")
    True
"""

from __future__ import annotations

import html
import json

from netlab.i18n import language, t

__all__ = ["REFRESH_SECONDS", "page_html"]

#: How often the page asks for new numbers (the page is at most this much behind, plus
#: one request).
REFRESH_SECONDS = 2

_LABELS = ("title", "workbook", "all_workbooks", "group", "all_groups", "projector",
           "exercise", "started", "passed", "stuck", "not_started", "stuck_names", "wrong_now",
           "item", "times_wrong", "answer_given", "no_answer", "who_not_started",
           "not_sharing", "nobody", "updated", "offline", "export", "trainees", "language",
           "none_wrong")

_STYLE = """
body{font-family:"Noto Sans Thai","Loma","Garuda",sans-serif;margin:1.2rem;color:#1b1b1b}
h1{font-size:1.6rem;margin:0 0 .6rem}h2{font-size:1.2rem;margin:1.2rem 0 .4rem}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-bottom:.6rem}
select,input{font:inherit}
table{border-collapse:collapse;min-width:60%}th,td{border-bottom:1px solid #ccc;
padding:.3rem .6rem;text-align:left;vertical-align:top}th.n,td.n{text-align:center;
font-variant-numeric:tabular-nums}
.stuck{color:#a4000f;font-weight:bold}#status{color:#555;font-size:.9rem}
#status.offline{color:#a4000f}body.projector{font-size:1.4rem}
body.projector .names{display:none}
"""

_SCRIPT = """
const L = JSON.parse(document.getElementById('labels').textContent);
const $ = (id) => document.getElementById(id);
function cell(row, text, cls) { const td = document.createElement('td');
  td.textContent = text; if (cls) td.className = cls; row.appendChild(td); return td; }
function fill(select, options, value, allLabel) {
  const keep = select.value || value; select.replaceChildren();
  const all = document.createElement('option'); all.value = ''; all.textContent = allLabel;
  select.appendChild(all);
  for (const [v, text] of options) { const o = document.createElement('option');
    o.value = v; o.textContent = text; select.appendChild(o); }
  select.value = keep; }
function draw(d) {
  fill($('workbook'), d.workbooks.map(w => [w.name, w.title]), d.workbook, L.all_workbooks);
  fill($('group'), d.groups.map(g => [g, g]), d.group, L.all_groups);
  $('trainees').textContent = d.trainees;
  const body = $('exercises'); body.replaceChildren();
  for (const e of d.exercises) { const r = document.createElement('tr');
    cell(r, e.title); cell(r, e.started, 'n'); cell(r, e.passed, 'n');
    cell(r, e.stuck, e.stuck ? 'n stuck' : 'n'); cell(r, e.not_started, 'n');
    if (!d.projector) cell(r, e.stuck_users.join(', ') || '', 'names');
    body.appendChild(r); }
  const wrong = $('wrong'); wrong.replaceChildren();
  for (const w of d.wrong) { const r = document.createElement('tr');
    cell(r, w.title); cell(r, w.item); cell(r, w.wrong, 'n');
    cell(r, w.given === null ? L.no_answer : w.given); wrong.appendChild(r); }
  $('none-wrong').hidden = d.wrong.length > 0;
  const list = (v) => Array.isArray(v) ? (v.join(', ') || L.nobody) : String(v);
  $('not-started').textContent = list(d.not_started);
  $('not-sharing').textContent = list(d.not_sharing);
  $('status').className = ''; $('status').textContent =
    L.updated + ' ' + new Date(d.updated * 1000).toLocaleTimeString(); }
async function refresh() {
  const q = new URLSearchParams({workbook: $('workbook').value, group: $('group').value,
    projector: $('projector').checked ? '1' : '', lang: document.documentElement.lang});
  document.body.classList.toggle('projector', $('projector').checked);
  try { const r = await fetch('api/pulse?' + q, {credentials: 'same-origin',
      headers: {'X-XSRFToken': document.body.dataset.xsrf}});
    if (!r.ok) throw new Error(r.status); draw(await r.json()); }
  catch (err) { $('status').className = 'offline'; $('status').textContent = L.offline; } }
for (const id of ['workbook', 'group', 'projector']) $(id).addEventListener('change', refresh);
refresh(); setInterval(refresh, REFRESH_MS);
"""


def page_html(lang: str, base: str, projector: bool = False, xsrf: str = "") -> str:
    """The page in ``lang``, served at ``base`` (its requests are relative to it);
    ``xsrf``: the token its requests carry (the hub refuses a cookie's requests without it).

    Example:
        >>> "api/pulse" in page_html("en", "/services/pulse/")
        True
    """
    with language(lang):
        labels = {key: t(f"pulse.page.{key}") for key in _LABELS}
    other = "en" if lang == "th" else "th"
    data = json.dumps(labels, ensure_ascii=False).replace("</", "<\\/")
    e = {key: html.escape(text) for key, text in labels.items()}
    checked = " checked" if projector else ""
    script = _SCRIPT.replace("REFRESH_MS", str(REFRESH_SECONDS * 1000))
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{e['title']}</title>
<base href="{html.escape(base)}"><style>{_STYLE}</style></head>
<body class="{'projector' if projector else ''}" data-xsrf="{html.escape(xsrf)}">
<h1>{e['title']}</h1>
<form onsubmit="return false">
<label>{e['workbook']} <select id="workbook"></select></label>
<label>{e['group']} <select id="group"></select></label>
<label><input type="checkbox" id="projector"{checked}> {e['projector']}</label>
<a href="?lang={other}">{e['language']}</a> <a href="export.csv">{e['export']}</a>
</form>
<p>{e['trainees']}: <b id="trainees">…</b> · <span id="status" role="status"></span></p>
<table><thead><tr><th>{e['exercise']}</th><th class="n">{e['started']}</th>
<th class="n">{e['passed']}</th><th class="n">{e['stuck']}</th>
<th class="n">{e['not_started']}</th><th class="names">{e['stuck_names']}</th>
</tr></thead><tbody id="exercises"></tbody></table>
<h2>{e['wrong_now']}</h2>
<table><thead><tr><th>{e['exercise']}</th><th>{e['item']}</th>
<th class="n">{e['times_wrong']}</th>
<th>{e['answer_given']}</th></tr></thead><tbody id="wrong"></tbody></table>
<p id="none-wrong" hidden>{e['none_wrong']}</p>
<h2>{e['who_not_started']}</h2><p id="not-started"></p>
<h2>{e['not_sharing']}</h2><p id="not-sharing"></p>
<script type="application/json" id="labels">{data}</script>
<script>{script}</script>
</body></html>
"""
