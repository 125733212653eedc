/* report.html behaviour: filters, keyboard review, verdicts (browser storage on disk,
   the review store when served by `consistency serve`). No network use from disk. */
(function () {
  "use strict";
  var served = document.querySelector('meta[name="consistency-mode"]').content === "served";
  var runKey = document.querySelector('meta[name="consistency-run"]').content;
  var storeKey = "consistency-verdicts:" + runKey;
  var cards = Array.prototype.slice.call(document.querySelectorAll("li.finding"));
  var byId = {};
  cards.forEach(function (c) { byId[c.dataset.id] = c; });
  var current = null;
  var local = {};
  var $ = function (id) { return document.getElementById(id); };
  var stateEl = $("store-state");

  function show(card) {
    var v = card.dataset.verdict;
    card.querySelector(".verdict-badge").textContent = v;
    var note = card.dataset.note;
    card.querySelector(".note-text").textContent = note ? "Note: " + note : "";
  }

  function status(card, text, isError) {
    var el = card.querySelector(".status");
    el.textContent = text;
    el.classList.toggle("error", !!isError);
  }

  // -- filters ---------------------------------------------------------------------------
  function filters() {
    return {
      kind: $("f-kind").value, source: $("f-source").value, verdict: $("f-verdict").value,
      newOnly: $("f-new").checked, text: $("f-text").value.trim().toLowerCase()
    };
  }

  function matches(c, f) {
    var v = c.dataset.verdict;
    if (f.kind && c.dataset.kind !== f.kind) return false;
    if (f.source && c.dataset.docs.split(" ").indexOf(f.source) < 0) return false;
    if (f.verdict === "open" && v === "rejected") return false;
    if (f.verdict === "none" && v) return false;
    if ((f.verdict === "confirmed" || f.verdict === "rejected") && v !== f.verdict) return false;
    if (f.newOnly && c.dataset.new !== "yes") return false;
    if (f.text) {
      if (c._text === undefined) c._text = c.querySelector(".pair").textContent.toLowerCase();
      if (c._text.indexOf(f.text) < 0) return false;
    }
    return true;
  }

  // Findings that do not match are taken out of the list, not hidden: Chromium restyles a
  // hidden content-visibility:auto card at a cost, a detached one costs nothing.
  var list = document.querySelector("ol.findings");

  function applyFilters() {
    var f = filters();
    var keep = cards.filter(function (c) { return matches(c, f); });
    var now = list ? list.children : [];
    var same = keep.length === now.length && keep.every(function (c, i) { return now[i] === c; });
    if (list && !same) list.replaceChildren.apply(list, keep);
    $("count").textContent = keep.length + " of " + cards.length + " shown";
    if (current && !current.isConnected) select(null);
  }

  ["f-kind", "f-source", "f-verdict", "f-new"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
  });
  $("f-text").addEventListener("input", applyFilters);
  $("filters").addEventListener("submit", function (e) { e.preventDefault(); });

  // -- moving ----------------------------------------------------------------------------
  function visible() { return cards.filter(function (c) { return c.isConnected; }); }

  function select(card) {
    if (current) current.classList.remove("current");
    current = card;
    if (card) {
      card.classList.add("current");
      card.scrollIntoView({block: "nearest"});
    }
  }

  function move(step) {
    var list = visible();
    if (!list.length) return;
    var i = list.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(Math.max(i + step, 0), list.length - 1);
    select(list[i]);
  }

  // -- verdicts --------------------------------------------------------------------------
  function apply(card, rec) {
    card.dataset.verdict = rec.verdict || "";
    card.dataset.note = rec.note || "";
    card.dataset.new = "no";
    show(card);
  }

  function loadLocal() {
    try { local = JSON.parse(localStorage.getItem(storeKey) || "{}"); } catch (e) { local = {}; }
    Object.keys(local).forEach(function (id) { if (byId[id]) apply(byId[id], local[id]); });
    stateEl.textContent = Object.keys(local).length
      ? Object.keys(local).length + " verdict(s) kept in this browser" : "";
  }

  function saveLocal(card, rec) {
    rec.time = new Date().toISOString();
    local[card.dataset.id] = rec;
    try {
      localStorage.setItem(storeKey, JSON.stringify(local));
    } catch (e) {
      status(card, "not kept: this browser refuses to store it", true);
      return;
    }
    apply(card, rec);
    status(card, "kept in this browser; Export verdicts for consistency review --import");
    stateEl.textContent = Object.keys(local).length + " verdict(s) kept in this browser";
  }

  function post(card, body) {
    status(card, "saving…");
    return fetch("api/findings/" + encodeURIComponent(card.dataset.id), {
      method: "POST",
      headers: {"Content-Type": "application/json", "X-Consistency": "1"},
      body: JSON.stringify(body)
    }).then(function (res) {
      return res.json().then(function (data) {
        if (!res.ok) throw new Error(data.error || res.statusText);
        apply(card, data);
        status(card, "saved");
      });
    }).catch(function (err) { status(card, "not saved: " + err.message, true); });
  }

  function setVerdict(card, verdict) {
    var rec = {verdict: verdict, note: card._pendingNote || card.dataset.note || null};
    card._pendingNote = null;
    if (served) post(card, rec); else saveLocal(card, rec);
  }

  function setNote(card, note) {
    if (!card.dataset.verdict) {
      card._pendingNote = note;
      status(card, "note kept until you confirm or reject");
      card.querySelector(".note-text").textContent = note ? "Note: " + note : "";
      return;
    }
    if (served) post(card, {note: note});
    else saveLocal(card, {verdict: card.dataset.verdict, note: note});
  }

  function editNote(card) {
    var box = card.querySelector(".note-edit"), area = box.querySelector("textarea");
    box.hidden = false;
    area.value = card._pendingNote || card.dataset.note || "";
    area.focus();
  }

  // one listener for all cards (event delegation): cheap to set up for hundreds of findings
  if (list) {
    list.addEventListener("click", function (e) {
      var card = e.target.closest("li.finding");
      if (!card || e.target.closest("a, textarea")) return;
      if (current !== card) select(card);
      var b = e.target.closest("button");
      if (!b) return;
      if (b.dataset.verdict) setVerdict(card, b.dataset.verdict);
      else if (b.classList.contains("note-btn")) editNote(card);
    });
    list.addEventListener("keydown", function (e) {
      if (e.target.tagName !== "TEXTAREA") return;
      var card = e.target.closest("li.finding"), box = card.querySelector(".note-edit");
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        box.hidden = true;
        setNote(card, e.target.value.trim());
        card.focus();
      } else if (e.key === "Escape") {
        box.hidden = true;
        card.focus();
      }
    });
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest("input, textarea, select")) return;
    var key = e.key.toLowerCase();
    if (key === "j" || key === "k") { move(key === "j" ? 1 : -1); e.preventDefault(); return; }
    if (key !== "c" && key !== "r" && key !== "n") return;
    if (!current) move(1);
    if (!current) return;
    e.preventDefault();
    if (key === "n") { editNote(current); return; }
    var card = current;
    setVerdict(card, key === "c" ? "confirmed" : "rejected");
    move(1);
  });

  // -- export (from disk) and refresh (served) -------------------------------------------
  $("export").addEventListener("click", function () {
    var lines = Object.keys(local).filter(function (id) {
      return local[id].verdict && byId[id];
    }).map(function (id) {
      var card = byId[id], snap = JSON.parse(card.dataset.snap), rec = local[id];
      var texts = card.querySelectorAll(".sentence");
      var row = {finding_id: id, verdict: rec.verdict, note: rec.note || null, time: rec.time,
                 text_a: texts[0].textContent, text_b: texts[1].textContent};
      Object.keys(snap).forEach(function (k) { row[k] = snap[k]; });
      return JSON.stringify(row);
    });
    var blob = new Blob([lines.join("\n") + (lines.length ? "\n" : "")], {type: "application/x-ndjson"});
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "verdicts.jsonl";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });

  function refresh() {
    return fetch("api/verdicts", {headers: {"X-Consistency": "1"}}).then(function (res) {
      if (!res.ok) throw new Error(res.statusText);
      return res.json();
    }).then(function (data) {
      Object.keys(data.verdicts).forEach(function (id) {
        if (byId[id]) apply(byId[id], data.verdicts[id]);
      });
      stateEl.textContent = "review store: " + data.store;
      applyFilters();
    }).catch(function (err) { stateEl.textContent = "review store unreachable: " + err.message; });
  }

  if (served) {
    document.body.classList.add("served");
    refresh();
    window.addEventListener("focus", refresh);
    setInterval(refresh, 15000);
  } else {
    loadLocal();
  }
  applyFilters();
  document.body.dataset.ready = "yes";
})();
