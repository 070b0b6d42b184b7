// Kronika's page: plain JavaScript over the JSON API of the same server.
// No framework and no build step, so the page works offline from the package files.
// Every value from the store is put in the page with textContent (never as HTML).
"use strict";

const PAGE = 50;

// ------------------------------------------------------------------ helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, options) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (e) {
    throw new Error("the Kronika server does not answer (is `kronika serve` running?)");
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const err = body && body.error;
    const error = new Error(err ? err.message : `HTTP ${response.status}`);
    error.parameter = err ? err.parameter : null;
    throw error;
  }
  return body;
}

function say(id, text, kind) {
  const p = document.getElementById(id);
  p.textContent = text || "";
  p.className = "message" + (kind ? " " + kind : "");
}

function markInvalid(form, parameter) {
  for (const input of form.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  if (parameter && form.elements[parameter]) form.elements[parameter].setAttribute("aria-invalid", "true");
}

function formQuery(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
  return params;
}

function dateText(d) {
  if (!d || !d.start) return "undated";
  return d.start === d.end ? d.start : `${d.start} … ${d.end}`;
}

function entityNode(e) {
  const code = [e.country, e.sector].filter(Boolean).join("/");
  return el("span", { class: "entity", title: e.text ? `as written: ${e.text}` + (e.id ? ` · ${e.id}` : "") : null },
    e.name || e.text, code ? el("span", { class: "code", text: code }) : null);
}

function sideNode(list, inline) {
  if (!list || !list.length) return el("span", { class: "none", text: "—" });
  return el("span", { class: inline ? "side inline" : "side" }, list.map(entityNode));
}

function eventKind(r) {
  return el("div", { class: "kind" },
    el("span", { class: `type quad${r.quad || 0}`, text: r.event_type }),
    r.mode ? el("span", { class: "mode", text: r.mode }) : null,
    r.sanction_action ? el("span", { class: "badge action", text: r.sanction_action.replaceAll("_", " ") }) : null,
    r.cameo ? el("span", { class: "cameo", title: "CAMEO code", text: r.cameo }) : null);
}

function sentenceNode(evidence) {
  const s = (evidence && evidence.sentence) || "";
  const t = (evidence && evidence.trigger) || "";
  const i = t ? s.toLowerCase().indexOf(t.toLowerCase()) : -1;
  if (i < 0) return el("span", { class: "sentence", text: s });
  return el("span", { class: "sentence" }, s.slice(0, i), el("mark", { text: s.slice(i, i + t.length) }), s.slice(i + t.length));
}

// ------------------------------------------------------------------ tabs

function showTab(name) {
  for (const b of document.querySelectorAll(".tabs button")) b.setAttribute("aria-selected", String(b.dataset.tab === name));
  for (const p of document.querySelectorAll(".panel")) p.hidden = p.id !== `tab-${name}`;
  if (name === "documents" && !documentsLoaded) loadDocuments(0);
}

// ------------------------------------------------------------------ events

let eventsOffset = 0;

async function loadEvents(offset) {
  const form = document.getElementById("event-filters");
  const params = formQuery(form);
  params.set("limit", PAGE);
  if (offset) params.set("offset", offset);
  history.replaceState(null, "", "#" + params.toString());
  say("events-message", "Loading…");
  markInvalid(form, null);
  let data;
  try {
    data = await api("/api/events?" + params.toString());
  } catch (e) {
    say("events-message", e.message, "error");
    markInvalid(form, e.parameter);
    return;
  }
  eventsOffset = offset;
  const table = document.getElementById("events-table");
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const r of data.events) body.append(...eventRows(r));
  table.hidden = data.events.length === 0;
  say("events-message", data.events.length ? "" : "No events match these filters.");
  pager("events-pager", data, offset, loadEvents);
}

function eventRows(r) {
  const langs = (r.language_codes || []).join(", ");
  const row = el("tr", { class: "event", tabindex: "0", title: "Show every report of this event" },
    el("td", { class: "date", text: dateText(r.date) }),
    el("td", {}, eventKind(r)),
    el("td", {}, sideNode(r.actor)),
    el("td", {}, sideNode(r.recipient)),
    el("td", { class: `fact ${r.factuality}`, text: r.factuality }),
    el("td", { class: "sources" }, `${r.documents} doc${r.documents === 1 ? "" : "s"}`, el("br"), el("span", { class: "code", text: langs })),
    el("td", {}, sentenceNode(r.evidence)));
  const detail = el("tr", { class: "detail", hidden: true }, el("td", { colspan: "7" }));
  const toggle = () => {
    detail.hidden = !detail.hidden;
    if (!detail.hidden && !detail.dataset.loaded) {
      detail.dataset.loaded = "1";
      fillMentions(detail.firstChild, r);
    }
  };
  row.addEventListener("click", toggle);
  row.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
  return [row, detail];
}

async function fillMentions(cell, r) {
  const info = el("p", { class: "meta" },
    `event ${r.id} · confidence ${r.confidence} · rule ${r.evidence ? r.evidence.rule : ""}`,
    r.date && r.date.text ? ` · date from “${r.date.text}” (${r.date.precision})` : r.date ? ` · date precision: ${r.date.precision}` : "");
  const list = el("ol", { class: "mentions" });
  cell.replaceChildren(info, list);
  const mentions = r.mentions || [];
  const shown = mentions.slice(0, 20);
  const docs = new Map();
  await Promise.all([...new Set(shown.map((m) => m.document))].map(async (id) => {
    try {
      docs.set(id, await api(`/api/documents/${encodeURIComponent(id)}?text=0`));
    } catch (e) {
      docs.set(id, null);
    }
  }));
  for (const m of shown) {
    const d = docs.get(m.document);
    const ev = d ? d.events.find((e) => e.id === m.id) || d.events.find((e) => e.evidence.sentence_index === m.sentence) : null;
    const title = d ? d.title || d.id : m.document;
    list.append(el("li", {},
      el("span", { class: "code", text: m.language }), " ",
      d && d.url ? el("a", { href: d.url, rel: "noreferrer noopener", target: "_blank", text: title }) : el("span", { class: "doc", text: title }),
      m.published ? el("span", { class: "muted", text: ` · ${m.published}` }) : null,
      m.attribution ? el("span", { class: "muted", text: ` · according to ${m.attribution}` }) : null,
      el("span", { class: "muted", text: ` · sentence ${m.sentence}` }),
      ev ? el("blockquote", {}, sentenceNode(ev.evidence)) : null));
  }
  if (mentions.length > shown.length) list.append(el("li", { class: "muted", text: `… and ${mentions.length - shown.length} more reports` }));
}

function pager(id, data, offset, load) {
  const box = document.getElementById(id);
  const [prev, info, next] = box.children;
  box.hidden = offset === 0 && data.next_offset === null;
  prev.disabled = offset === 0;
  next.disabled = data.next_offset === null;
  const count = data.count;
  info.textContent = count ? `${offset + 1}–${offset + count}` + (data.total !== undefined ? ` of ${data.total}` : "") : "";
  prev.onclick = () => load(Math.max(0, offset - data.limit));
  next.onclick = () => load(data.next_offset);
}

// ------------------------------------------------------------------ sanctions

function entityKey(e) {
  return e.id ? `id:${e.id}` : `${(e.name || e.text || "").toLowerCase()}@${e.country || "?"}`;
}

async function loadSanctions() {
  const form = document.getElementById("sanction-filters");
  const list = document.getElementById("sanctions-list");
  say("sanctions-message", "Loading…");
  let data;
  try {
    data = await api("/api/sanctions?" + formQuery(form).toString());
  } catch (e) {
    say("sanctions-message", e.message, "error");
    return;
  }
  const groups = new Map();
  for (const s of data.steps) {
    const key = entityKey(s.target);
    if (!groups.has(key)) groups.set(key, { target: s.target, senders: new Map() });
    const g = groups.get(key);
    const skey = s.sender.map(entityKey).sort().join("+");
    if (!g.senders.has(skey)) g.senders.set(skey, { sender: s.sender, steps: [] });
    g.senders.get(skey).steps.push(s);
  }
  list.replaceChildren();
  for (const g of groups.values()) {
    const card = el("section", { class: "lifecycle" }, el("h3", {}, "Sanctions on ", entityNode(g.target)));
    for (const s of g.senders.values()) {
      const last = s.steps[s.steps.length - 1].status_after;
      card.append(el("div", { class: "sender" },
        el("p", {}, "by ", sideNode(s.sender, true), " — now ", el("span", { class: `badge status ${last || "unknown"}`, text: last || "unknown" })),
        el("ol", { class: "timeline" }, s.steps.map((st) => el("li", {},
          el("span", { class: "date", text: dateText(st.date) }),
          el("span", { class: "badge action", text: st.action.replaceAll("_", " ") }),
          st.status_after ? el("span", { class: `badge status ${st.status_after}`, text: `→ ${st.status_after}` }) : null,
          el("span", { class: "muted", text: ` ${st.event_type} · ${sourcesText(st.sources)}` }))))));
    }
    list.append(card);
  }
  say("sanctions-message", data.steps.length ? `${data.count} steps for ${groups.size} targets` : "No sanctions steps stored" + (data.target ? ` for “${data.target}”.` : "."));
}

function sourcesText(sources) {
  const docs = new Set((sources || []).map((m) => m.document));
  const langs = [...new Set((sources || []).map((m) => m.language))].sort();
  return `${docs.size} doc${docs.size === 1 ? "" : "s"} (${langs.join(", ")})`;
}

// ------------------------------------------------------------------ extract

async function extractText(event) {
  event.preventDefault();
  const form = event.target;
  const payload = {};
  for (const [k, v] of new FormData(form)) if (String(v).trim()) payload[k] = String(v);
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  say("extract-message", "Coding the text…");
  markInvalid(form, null);
  let data;
  try {
    data = await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
  } catch (e) {
    say("extract-message", e.message, "error");
    markInvalid(form, e.parameter);
    return;
  } finally {
    button.disabled = false;
  }
  const table = document.getElementById("extract-table");
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const r of data.events) {
    body.append(el("tr", {},
      el("td", { class: "date", text: dateText(r.date) }),
      el("td", {}, eventKind(r)),
      el("td", {}, sideNode(r.actor)),
      el("td", {}, sideNode(r.recipient)),
      el("td", { class: `fact ${r.factuality}`, text: r.factuality }),
      el("td", { text: (r.attribution && r.attribution.text) || "" }),
      el("td", {}, sentenceNode(r.evidence))));
  }
  table.hidden = data.events.length === 0;
  const d = data.document;
  say("extract-message", `${data.count} event${data.count === 1 ? "" : "s"} · language ${d.language}` +
    (d.published ? ` · published ${d.published}` : "") + (data.note ? ` · ${data.note}` : ""));
}

// ------------------------------------------------------------------ documents

let documentsLoaded = false;

async function loadDocuments(offset) {
  say("documents-message", "Loading…");
  let data;
  try {
    data = await api(`/api/documents?limit=${PAGE}&offset=${offset}`);
  } catch (e) {
    say("documents-message", e.message, "error");
    return;
  }
  documentsLoaded = true;
  const table = document.getElementById("documents-table");
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const d of data.documents) {
    const row = el("tr", { tabindex: "0", class: "doc-row" },
      el("td", { class: "date", text: d.published || "" }),
      el("td", { class: "code", text: d.language }),
      el("td", { text: d.title || "(no title)" }),
      el("td", { class: "num", text: d.chars }),
      el("td", { class: "code", text: d.id }));
    row.addEventListener("click", () => showDocument(d.id));
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") showDocument(d.id); });
    body.append(row);
  }
  table.hidden = data.documents.length === 0;
  say("documents-message", data.total ? "" : "The store holds no documents yet (kronika ingest PATH).");
  pager("documents-pager", data, offset, loadDocuments);
}

async function showDocument(id) {
  const view = document.getElementById("document-view");
  let d;
  try {
    d = await api(`/api/documents/${encodeURIComponent(id)}`);
  } catch (e) {
    say("documents-message", e.message, "error");
    return;
  }
  view.replaceChildren(
    el("h2", { text: d.title || d.id }),
    el("p", { class: "meta" }, [d.language, d.published, d.url ? el("a", { href: d.url, rel: "noreferrer noopener", target: "_blank", text: d.url }) : null, d.id]
      .filter(Boolean).flatMap((x, i) => (i ? [" · ", x] : [x]))),
    el("h3", { text: `${d.events.length} event mentions` }),
    el("ul", { class: "doc-events" }, d.events.map((r) => el("li", {}, eventKind(r), " ", sideNode(r.actor, true), " → ", sideNode(r.recipient, true),
      el("span", { class: "muted", text: ` · ${dateText(r.date)} · ${r.factuality}` })))),
    el("pre", { class: "text", text: d.text }));
  view.hidden = false;
  view.scrollIntoView({ behavior: "smooth", block: "start" });
}

// ------------------------------------------------------------------ start

async function start() {
  for (const b of document.querySelectorAll(".tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));
  const form = document.getElementById("event-filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); loadEvents(0); });
  form.addEventListener("reset", () => setTimeout(() => loadEvents(0), 0));
  document.getElementById("sanction-filters").addEventListener("submit", (e) => { e.preventDefault(); loadSanctions(); });
  document.getElementById("extract-form").addEventListener("submit", extractText);

  try {
    const types = await api("/api/event-types");
    const select = form.elements.type;
    for (const t of types.types) select.append(el("option", { value: t.type, title: t.description, text: t.type }));
  } catch (e) { /* the filter still takes "any" */ }

  // Filters from the address (#actor=USA&type=SANCTION) so a search can be bookmarked.
  const initial = new URLSearchParams(location.hash.slice(1));
  for (const [k, v] of initial) if (form.elements[k]) form.elements[k].value = v;
  try {
    const h = await api("/api/health");
    document.getElementById("store-status").textContent = `${h.documents} documents · ${h.mentions} event mentions · ${h.store}`;
  } catch (e) {
    document.getElementById("store-status").textContent = e.message;
  }
  loadEvents(Number(initial.get("offset")) || 0);
  loadSanctions();
  // ?tab=sanctions opens another tab (a link to a view, not only to the events)
  const tab = new URLSearchParams(location.search).get("tab");
  if (tab && document.getElementById(`tab-${tab}`)) showTab(tab);
}

document.addEventListener("DOMContentLoaded", start);
