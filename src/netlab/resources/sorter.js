// netlab step sorter: drag cards into columns, or use the keyboard (focus a card, press 1-4,
// 0 to put it back) or the dropdown on each card. The answer is shown as code to copy.
function render({ model, el }) {
  const root = document.createElement("div");
  root.className = "netlab-sorter";
  el.appendChild(root);
  let focusId = null;
  let code = null;  // the <pre> showing the answer as code; the kernel writes its text

  function assign(id, value) {
    const next = Object.assign({}, model.get("assignment"));
    if (value) { next[id] = value; } else { delete next[id]; }
    focusId = id;
    model.set("assignment", next);
    model.save_changes();
  }

  function card(item, columns, assignment, expected, labels) {
    const c = document.createElement("div");
    c.className = "netlab-sort-card";
    c.tabIndex = 0;
    c.draggable = true;
    c.dataset.id = item.id;
    c.title = labels.keys;
    const here = assignment[item.id] || "";
    if (here && expected[item.id] !== undefined) {
      const ok = expected[item.id] === here;
      c.classList.add(ok ? "netlab-ok" : "netlab-wrong");
      c.dataset.mark = ok ? "\u2713" : "\u2717";
    }
    const text = document.createElement("div");
    text.className = "netlab-sort-text";
    text.textContent = (c.dataset.mark ? c.dataset.mark + " " : "") + item.id + " \u00b7 " + item.text;
    c.appendChild(text);
    const select = document.createElement("select");
    select.className = "netlab-sort-select";
    select.setAttribute("aria-label", labels.choose + " " + item.id);
    const blank = document.createElement("option");
    blank.value = "";
    blank.textContent = labels.unsorted;
    select.appendChild(blank);
    columns.forEach((col, i) => {
      const o = document.createElement("option");
      o.value = col.value;
      o.textContent = (i + 1) + ". " + col.label;
      select.appendChild(o);
    });
    select.value = here;
    select.addEventListener("change", () => assign(item.id, select.value));
    c.appendChild(select);
    c.addEventListener("dragstart", (ev) => {
      ev.dataTransfer.setData("text/plain", item.id);
      ev.dataTransfer.effectAllowed = "move";
    });
    c.addEventListener("keydown", (ev) => {
      if (ev.target !== c) { return; }
      const n = parseInt(ev.key, 10);
      if (n >= 1 && n <= columns.length) {
        ev.preventDefault();
        assign(item.id, columns[n - 1].value);
      } else if (ev.key === "0" || ev.key === "Backspace" || ev.key === "Delete") {
        ev.preventDefault();
        assign(item.id, "");
      }
    });
    return c;
  }

  function zone(value, title, cls) {
    const z = document.createElement("div");
    z.className = "netlab-sort-zone " + cls;
    z.dataset.value = value;
    const h = document.createElement("div");
    h.className = "netlab-sort-title";
    h.textContent = title;
    z.appendChild(h);
    z.addEventListener("dragover", (ev) => { ev.preventDefault(); z.classList.add("netlab-over"); });
    z.addEventListener("dragleave", () => z.classList.remove("netlab-over"));
    z.addEventListener("drop", (ev) => {
      ev.preventDefault();
      z.classList.remove("netlab-over");
      const id = ev.dataTransfer.getData("text/plain");
      if (id) { assign(id, value); }
    });
    return z;
  }

  function draw() {
    const items = model.get("items");
    const columns = model.get("columns");
    const assignment = model.get("assignment");
    const expected = model.get("expected");
    const labels = model.get("labels");
    root.innerHTML = "";
    const help = document.createElement("div");
    help.className = "netlab-sort-help";
    help.textContent = labels.help;
    root.appendChild(help);
    // The cards to sort sit beside the four columns (not above them): a card never has to
    // travel past the whole pile to reach a step. The pile scrolls on its own.
    const board = document.createElement("div");
    board.className = "netlab-sort-board";
    const pool = zone("", labels.pool, "netlab-sort-pool");
    board.appendChild(pool);
    const grid = document.createElement("div");
    grid.className = "netlab-sort-grid";
    const zones = {};
    columns.forEach((col, i) => {
      zones[col.value] = zone(col.value, (i + 1) + ". " + col.label, "netlab-sort-column");
      grid.appendChild(zones[col.value]);
    });
    board.appendChild(grid);
    root.appendChild(board);
    items.forEach((item) => {
      const target = zones[assignment[item.id]] || pool;
      target.appendChild(card(item, columns, assignment, expected, labels));
    });
    const placed = items.filter((it) => assignment[it.id]).length;
    const status = document.createElement("div");
    status.className = "netlab-sort-status";
    let line = labels.placed.replace("{placed}", placed).replace("{total}", items.length);
    if (Object.keys(expected).length) {
      const right = items.filter((it) => assignment[it.id] && assignment[it.id] === expected[it.id]).length;
      line += " \u00b7 " + labels.right.replace("{right}", right);
    }
    status.textContent = line;
    root.appendChild(status);
    code = document.createElement("pre");
    code.className = "netlab-code";
    code.textContent = model.get("code");
    const codeTitle = document.createElement("div");
    codeTitle.className = "netlab-sort-help";
    codeTitle.textContent = labels.code;
    root.appendChild(codeTitle);
    root.appendChild(code);
    if (focusId) {
      const again = root.querySelector('.netlab-sort-card[data-id="' + focusId + '"]');
      if (again) { again.focus(); }
    }
  }

  model.on("change:assignment", draw);
  // The code follows each assignment from the kernel: update its text, not the whole sorter.
  model.on("change:code", () => { if (code) { code.textContent = model.get("code"); } });
  draw();
}
export default { render };
