// The diplosum report page: filters, the network, the timeline, the stance map and the
// events with their quotes. Written for diplosum; no library, no request leaves the page.
// Every text from the articles is set with textContent, never parsed as HTML.
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const TYPES = ["meeting", "sanction", "stance", "goal"];
const PAGE = 50;
const SVG = "http://www.w3.org/2000/svg";
const state = { country: "", from: "", to: "", types: new Set(TYPES), page: 0 };

function el(tag, attrs, text) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function name(code) { return D.names[code] || code.replace(/^~/, ""); }
function when(e) { return e.date || e.first || ""; }

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  state.country = params.get("country") || "";
  state.from = params.get("from") || "";
  state.to = params.get("to") || "";
  const types = params.get("type");
  state.types = new Set(types ? types.split(",").filter(t => TYPES.includes(t)) : TYPES);
  state.page = Math.max(0, parseInt(params.get("page") || "1", 10) - 1) || 0;
}

function writeHash() {
  const params = new URLSearchParams();
  if (state.country) params.set("country", state.country);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.types.size < TYPES.length) params.set("type", [...state.types].join(","));
  if (state.page) params.set("page", String(state.page + 1));
  const hash = params.toString();
  history.replaceState(null, "", hash ? "#" + hash : location.pathname);
}

function shown(e) {
  if (!state.types.has(e.type)) return false;
  if (state.country && !e.codes.includes(state.country)) return false;
  const date = when(e);
  if ((state.from || state.to) && !date) return false;
  if (state.from && date < state.from) return false;
  if (state.to && date > state.to) return false;
  return true;
}

function setupFilters() {
  const select = document.getElementById("country");
  for (const code of D.countries) select.appendChild(el("option", { value: code }, name(code) + " (" + code + ")"));
  const types = document.getElementById("types");
  for (const type of TYPES) {
    const box = el("input", { type: "checkbox", id: "type-" + type, value: type });
    const label = el("label", {});
    label.append(box, " " + type + "s (" + (D.counts[type] || 0) + ")");
    types.appendChild(label);
    box.addEventListener("change", () => { box.checked ? state.types.add(type) : state.types.delete(type); refilter(); });
  }
  select.addEventListener("change", () => { state.country = select.value; refilter(); });
  for (const id of ["from", "to"]) {
    document.getElementById(id).addEventListener("change", ev => { state[id] = ev.target.value; refilter(); });
  }
  document.getElementById("reset").addEventListener("click", () => {
    state.country = state.from = state.to = ""; state.types = new Set(TYPES); refilter();
  });
}

function syncFilters() {
  document.getElementById("country").value = state.country;
  document.getElementById("from").value = state.from;
  document.getElementById("to").value = state.to;
  for (const type of TYPES) document.getElementById("type-" + type).checked = state.types.has(type);
}

function drawNetwork() {
  const box = document.getElementById("network");
  const size = 600, pad = 40;
  const svg = el("svg:svg", { viewBox: `0 0 ${size} ${size * 0.8}`, role: "img", "aria-label": "meeting network" });
  const at = {};
  for (const n of D.nodes) at[n.code] = [pad + n.x * (size - 2 * pad), pad + n.y * (size * 0.8 - 2 * pad)];
  const top = Math.max(1, ...D.nodes.map(n => n.meetings));
  for (const e of D.edges) {
    const [x1, y1] = at[e.source], [x2, y2] = at[e.target];
    const line = el("svg:line", { x1, y1, x2, y2, class: "edge", "stroke-width": Math.min(1 + e.weight, 8), "data-source": e.source, "data-target": e.target });
    line.appendChild(el("svg:title", {}, `${name(e.source)} – ${name(e.target)}: ${e.weight} meeting(s)`));
    svg.appendChild(line);
  }
  for (const n of D.nodes) {
    const [x, y] = at[n.code];
    const circle = el("svg:circle", { cx: x, cy: y, r: 4 + 14 * Math.sqrt(n.meetings / top), class: "node", "data-code": n.code });
    circle.appendChild(el("svg:title", {}, `${n.label}: ${n.meetings} meeting(s) in ${n.reports} article(s)`));
    circle.addEventListener("click", () => { state.country = state.country === n.code ? "" : n.code; refilter(); });
    svg.appendChild(circle);
    svg.appendChild(el("svg:text", { x: x + 7, y: y - 7 }, n.code));
  }
  box.appendChild(svg);
}

function updateNetwork(events) {
  const met = new Set();
  for (const e of events) if (e.type === "meeting") for (const c of e.codes) met.add(c);
  for (const circle of document.querySelectorAll("#network circle.node")) {
    const code = circle.dataset.code;
    circle.classList.toggle("selected", code === state.country);
    circle.classList.toggle("dim", !met.has(code));
  }
  for (const line of document.querySelectorAll("#network line.edge")) {
    line.classList.toggle("dim", !(met.has(line.dataset.source) && met.has(line.dataset.target)));
  }
}

function drawTimeline(events) {
  const box = document.getElementById("timeline");
  box.replaceChildren();
  const counts = {};
  for (const e of events) {
    if (e.type !== "meeting" && e.type !== "sanction") continue;
    const date = when(e);
    if (!date) continue;
    const key = date.slice(0, 7);
    counts[key] = counts[key] || { meeting: 0, sanction: 0 };
    counts[key][e.type] += 1;
  }
  let keys = Object.keys(counts).sort();
  let byYear = false;
  if (keys.length > 36) {  // too many months to read: years
    byYear = true;
    const years = {};
    for (const k of keys) {
      const y = k.slice(0, 4);
      years[y] = years[y] || { meeting: 0, sanction: 0 };
      years[y].meeting += counts[k].meeting; years[y].sanction += counts[k].sanction;
    }
    Object.assign(counts, years);
    keys = Object.keys(years).sort();
  }
  const undated = events.filter(e => (e.type === "meeting" || e.type === "sanction") && !when(e)).length;
  if (undated) box.appendChild(el("p", { class: "note" }, `${undated} meeting(s) and sanction(s) without a date or a publication date are not drawn.`));
  if (!keys.length) { box.appendChild(el("p", { class: "note" }, "No dated meetings or sanctions in this selection.")); return; }
  const width = 560, height = 200, base = 170, left = 30;
  const step = (width - left) / keys.length;
  const top = Math.max(1, ...keys.map(k => counts[k].meeting + counts[k].sanction));
  const svg = el("svg:svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "timeline" });
  svg.appendChild(el("svg:text", { x: 0, y: 12 }, String(top)));
  keys.forEach((k, i) => {
    let y = base;
    for (const type of ["meeting", "sanction"]) {
      const h = (counts[k][type] / top) * (base - 20);
      if (h > 0) {
        const bar = el("svg:rect", { x: left + i * step + 1, y: y - h, width: Math.max(step - 2, 1), height: h, class: type });
        bar.appendChild(el("svg:title", {}, `${k}: ${counts[k][type]} ${type}(s)`));
        svg.appendChild(bar);
      }
      y -= h;
    }
    if (keys.length <= 24 || i % Math.ceil(keys.length / 12) === 0) {
      svg.appendChild(el("svg:text", { x: left + i * step, y: base + 14 }, byYear ? k : k.slice(2)));
    }
  });
  svg.appendChild(el("svg:text", { x: left, y: height - 4 }, "blue: meetings, red: sanctions (by event date, else first report)"));
  box.appendChild(svg);
}

function drawStances(events) {
  const box = document.getElementById("stances");
  box.replaceChildren();
  const stances = events.filter(e => e.type === "stance");
  // The most reported topics first, then the actors with a position on them.
  const topicCount = {};
  for (const e of stances) topicCount[e.label] = (topicCount[e.label] || 0) + e.reports;
  const topics = Object.keys(topicCount).sort((a, b) => topicCount[b] - topicCount[a] || a.localeCompare(b)).slice(0, 20);
  const chosen = new Set(topics);
  const actorCount = {};
  for (const e of stances) if (chosen.has(e.label)) actorCount[e.codes[0]] = (actorCount[e.codes[0]] || 0) + e.reports;
  const actors = Object.keys(actorCount).sort((a, b) => actorCount[b] - actorCount[a] || a.localeCompare(b)).slice(0, 15);
  document.getElementById("stances-note").textContent = stances.length
    ? `${stances.length} stance(s) in this selection; the ${topics.length} most reported topics and up to 15 actors with a position on them are drawn (green +: support, red −: oppose, grey ·: neutral, striped ±: both).`
    : "No stances in this selection.";
  if (!stances.length) return;
  const cell = {};
  for (const e of stances) {
    const key = e.codes[0] + "\u0000" + e.label;
    const positions = cell[key] = cell[key] || new Set();
    for (const h of e.history) positions.add(h);
  }
  const table = el("table", { class: "stances" });
  const head = el("tr");
  head.appendChild(el("th"));
  for (const t of topics) head.appendChild(el("th", { class: "topic", title: t }, t.length > 40 ? t.slice(0, 38) + "…" : t));
  table.appendChild(head);
  for (const a of actors) {
    const row = el("tr");
    row.appendChild(el("th", {}, name(a)));
    for (const t of topics) {
      const positions = cell[a + "\u0000" + t];
      let kind = "";
      if (positions) kind = positions.has("support") && positions.has("oppose") ? "mixed" : [...positions][0];
      const td = el("td", { class: kind, title: positions ? `${name(a)} on ${t}: ${[...positions].join(", ")}` : "" });
      td.textContent = kind === "support" ? "+" : kind === "oppose" ? "−" : kind === "neutral" ? "·" : kind === "mixed" ? "±" : "";
      row.appendChild(td);
    }
    table.appendChild(row);
  }
  box.appendChild(table);
}

function describe(e) {
  const r = e.roles;
  if (e.type === "meeting") return r.participants.map(name).join(" – ");
  if (e.type === "sanction") return `${name(r.imposer[0])} → ${name(r.target[0])}`;
  return name(r.actor[0]);
}

function drawEvent(e) {
  const li = el("li", { class: "event", "data-type": e.type, "data-codes": e.codes.join(" "), id: e.id });
  const head = el("div");
  head.appendChild(el("span", { class: "type" }, e.type));
  head.appendChild(el("strong", {}, describe(e)));
  const bits = [];
  if (e.status) bits.push(e.status);
  if (e.label) bits.push(e.label);
  if (when(e)) bits.push(e.date ? `on ${e.date}${e.precision && e.precision !== "day" ? " (" + e.precision + ")" : ""}` : `first reported ${e.first}`);
  bits.push(`${e.reports} article(s)`);
  head.append(" · " + bits.join(" · "));
  li.appendChild(head);
  if (new Set(e.history).size > 1) li.appendChild(el("div", { class: "note" }, "reported as: " + e.history.join(" → ")));
  for (const flag of e.flags) li.appendChild(el("div", { class: "flag" }, "⚠ " + flag));
  const list = el("ul", { class: "mentions" });
  for (const m of e.mentions) {
    const item = el("li", { class: "mention" });
    item.appendChild(el("div", { class: "where" }, `${m.article}${m.start !== null ? " [" + m.start + ":" + m.end + "]" : ""}${m.status ? " · " + m.status : ""}${m.published ? " · " + m.published : ""}`));
    const quote = el("blockquote");
    quote.append((m.before ? "…" + m.before : ""));
    quote.appendChild(el("mark", { class: "quote" }, m.quote));
    quote.append((m.after ? m.after + "…" : ""));
    item.appendChild(quote);
    list.appendChild(item);
  }
  if (e.more) list.appendChild(el("li", { class: "note" }, `and ${e.more} more quote(s) in events.jsonl`));
  li.appendChild(list);
  return li;
}

function drawPager(box, pages) {
  box.replaceChildren();
  if (pages <= 1) return;
  const go = page => { state.page = page; update(true); };
  const prev = el("button", { type: "button" }, "‹ previous");
  prev.disabled = state.page === 0;
  prev.addEventListener("click", () => go(state.page - 1));
  const next = el("button", { type: "button" }, "next ›");
  next.disabled = state.page >= pages - 1;
  next.addEventListener("click", () => go(state.page + 1));
  box.append(prev, next, ` page ${state.page + 1} of ${pages}`);
}

function refilter() { state.page = 0; update(true); }

function update(changed) {
  if (changed) writeHash();
  syncFilters();
  const events = D.events.filter(shown);
  const pages = Math.max(1, Math.ceil(events.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  document.getElementById("shown").textContent = `${events.length} of ${D.events.length} events shown`;
  updateNetwork(events);
  drawTimeline(events);
  drawStances(events);
  const list = document.getElementById("events");
  list.replaceChildren(...events.slice(state.page * PAGE, (state.page + 1) * PAGE).map(drawEvent));
  drawPager(document.getElementById("pager"), pages);
  drawPager(document.getElementById("pager-top"), pages);
}

function start() {
  document.getElementById("overview").textContent = D.overview;
  document.getElementById("caps").textContent = D.caps;
  document.getElementById("network-note").textContent = D.network_note;
  setupFilters();
  drawNetwork();
  readHash();
  update(false);
  window.addEventListener("hashchange", () => { readHash(); update(false); });
  document.body.dataset.ready = "true";
}

start();
