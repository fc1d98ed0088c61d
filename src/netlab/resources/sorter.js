// netlab step sorter: drag cards into columns, or use the keyboard, or the list on each card.
// The answer is shown as code to copy.
//
// Keyboard (handled here and not passed on to JupyterLab while a card has focus):
//   1-4 put the card in that step, 0 / Delete / Backspace put it back with the unsorted cards,
//   ArrowLeft / ArrowRight move it one step back / on, ArrowUp / ArrowDown go to the previous /
//   next card, Home / End to the first / last card, Enter or Space open the card's step list,
//   Escape in that list returns to the card, Escape on a card leaves the sorter.
// A screen reader hears each card's name (id, text, where it is), the lists by step, and every
// move in a live region ("Card T05 moved to step 2: alliance").
const CARD_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End",
  "Enter", " ", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "Backspace"]);
const SELECT_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End",
  "PageUp", "PageDown", "Enter", " ", "Escape"]);

function fill(template, values) {
  return Object.keys(values).reduce(
    (text, key) => text.split("{" + key + "}").join(String(values[key])), template);
}

function render({ model, el }) {
  const root = document.createElement("div");
  root.className = "netlab-sorter";
  root.setAttribute("role", "group");
  el.appendChild(root);
  const uid = "netlab-sort-" + Math.random().toString(36).slice(2);  // ids for aria links
  // The live region stays in the page across redraws, so that each move is announced once.
  const live = document.createElement("div");
  live.className = "netlab-sort-live";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  el.appendChild(live);
  let focusId = null;
  let code = null;  // the <pre> showing the answer as code; the kernel writes its text

  function where(value, columns, labels) {
    const n = columns.findIndex((col) => col.value === value);
    return n < 0 ? labels.pool : fill(labels.in_step, { n: n + 1, step: columns[n].label });
  }

  function assign(id, value) {
    const next = Object.assign({}, model.get("assignment"));
    if (value) { next[id] = value; } else { delete next[id]; }
    focusId = id;
    model.set("assignment", next);
    model.save_changes();
    const columns = model.get("columns");
    const labels = model.get("labels");
    const n = columns.findIndex((col) => col.value === value);
    live.textContent = n < 0 ? fill(labels.unplaced, { id })
      : fill(labels.moved, { id, n: n + 1, step: columns[n].label });
  }

  function cardKeys(ev, item, columns, select) {
    if (!CARD_KEYS.has(ev.key) || ev.ctrlKey || ev.metaKey || ev.altKey) {
      if (ev.key === "Escape") { leave(ev); }
      return;
    }
    ev.preventDefault();
    ev.stopPropagation();  // JupyterLab would move to another cell or run a command
    const order = columns.map((col) => col.value);
    const here = order.indexOf(model.get("assignment")[item.id] || "");
    const n = parseInt(ev.key, 10);
    if (n >= 1 && n <= columns.length) {
      assign(item.id, columns[n - 1].value);
    } else if (ev.key === "0" || ev.key === "Delete" || ev.key === "Backspace") {
      assign(item.id, "");
    } else if (ev.key === "ArrowRight" && here < order.length - 1) {
      assign(item.id, order[here + 1]);
    } else if (ev.key === "ArrowLeft" && here >= 0) {
      assign(item.id, here === 0 ? "" : order[here - 1]);
    } else if (ev.key === "Enter" || ev.key === " ") {
      select.focus();
    } else if (ev.key.startsWith("Arrow") || ev.key === "Home" || ev.key === "End") {
      const cards = Array.from(root.querySelectorAll(".netlab-sort-card"));
      const at = cards.indexOf(ev.currentTarget);
      const to = { ArrowUp: at - 1, ArrowDown: at + 1, Home: 0, End: cards.length - 1 }[ev.key];
      if (to !== undefined && cards[to]) { cards[to].focus(); }
    }
  }

  function leave(ev) {
    // Escape on a card: focus goes back to the notebook cell, where JupyterLab's keys work.
    ev.preventDefault();
    ev.stopPropagation();
    const cell = el.closest(".jp-Cell") || el.closest(".jp-Notebook");
    if (cell) { cell.focus(); } else { ev.currentTarget.blur(); }
  }

  function card(item, columns, assignment, expected, labels) {
    const c = document.createElement("div");
    c.className = "netlab-sort-card";
    c.tabIndex = 0;
    c.draggable = true;
    c.dataset.id = item.id;
    c.setAttribute("role", "listitem");
    c.setAttribute("aria-keyshortcuts", "1 2 3 4 0 ArrowLeft ArrowRight Enter Escape");
    const here = assignment[item.id] || "";
    let mark = "";
    if (here && expected[item.id] !== undefined) {
      const ok = expected[item.id] === here;
      c.classList.add(ok ? "netlab-ok" : "netlab-wrong");
      c.dataset.mark = ok ? "\u2713" : "\u2717";
      mark = " " + (ok ? labels.mark_ok : labels.mark_wrong);
    }
    c.setAttribute("aria-label", item.id + ": " + item.text + ". "
      + where(here, columns, labels) + "." + mark);
    c.title = labels.keys;
    const text = document.createElement("div");
    text.className = "netlab-sort-text";
    text.setAttribute("aria-hidden", "true");  // the card's name already says it
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
    select.addEventListener("keydown", (ev) => {
      if (!SELECT_KEYS.has(ev.key)) { return; }
      ev.stopPropagation();  // the list's own keys, not JupyterLab's
      if (ev.key === "Escape") { ev.preventDefault(); c.focus(); }
    });
    c.appendChild(select);
    c.addEventListener("dragstart", (ev) => {
      ev.dataTransfer.setData("text/plain", item.id);
      ev.dataTransfer.effectAllowed = "move";
    });
    c.addEventListener("keydown", (ev) => {
      if (ev.target === c) { cardKeys(ev, item, columns, select); }
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
    h.id = uid + "-" + (value || "pool");
    z.appendChild(h);
    const list = document.createElement("div");
    list.className = "netlab-sort-list";
    list.setAttribute("role", "list");
    list.setAttribute("aria-labelledby", h.id);
    z.appendChild(list);
    z.addEventListener("dragover", (ev) => { ev.preventDefault(); z.classList.add("netlab-over"); });
    z.addEventListener("dragleave", () => z.classList.remove("netlab-over"));
    z.addEventListener("drop", (ev) => {
      ev.preventDefault();
      z.classList.remove("netlab-over");
      const id = ev.dataTransfer.getData("text/plain");
      if (id) { assign(id, value); }
    });
    return { zone: z, list };
  }

  function draw() {
    const items = model.get("items");
    const columns = model.get("columns");
    const assignment = model.get("assignment");
    const expected = model.get("expected");
    const labels = model.get("labels");
    root.innerHTML = "";
    root.setAttribute("aria-label", labels.name);
    const help = document.createElement("div");
    help.className = "netlab-sort-help";
    help.id = uid + "-help";
    help.textContent = labels.help;
    root.setAttribute("aria-describedby", help.id);
    root.appendChild(help);
    // The cards to sort sit beside the four columns (not above them): a card never has to
    // travel past the whole pile to reach a step. The pile scrolls on its own.
    const board = document.createElement("div");
    board.className = "netlab-sort-board";
    const pool = zone("", labels.pool, "netlab-sort-pool");
    board.appendChild(pool.zone);
    const grid = document.createElement("div");
    grid.className = "netlab-sort-grid";
    const zones = {};
    columns.forEach((col, i) => {
      zones[col.value] = zone(col.value, (i + 1) + ". " + col.label, "netlab-sort-column");
      grid.appendChild(zones[col.value].zone);
    });
    board.appendChild(grid);
    root.appendChild(board);
    items.forEach((item) => {
      const target = zones[assignment[item.id]] || pool;
      target.list.appendChild(card(item, columns, assignment, expected, labels));
    });
    const placed = items.filter((it) => assignment[it.id]).length;
    const status = document.createElement("div");
    status.className = "netlab-sort-status";
    let line = fill(labels.placed, { placed, total: items.length });
    if (Object.keys(expected).length) {
      const right = items.filter((it) => assignment[it.id] && assignment[it.id] === expected[it.id]).length;
      line += " \u00b7 " + fill(labels.right, { right });
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
