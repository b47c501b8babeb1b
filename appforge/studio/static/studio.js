// appforge studio: streamed turns (fetch + server-sent events), the live preview, Enter to send, copy link, the
// spec editor's line numbers. Every request that changes something carries the CSRF token of the page.
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  // --- the live preview -------------------------------------------------------------------------------------------

  function workspaceApp() {
    var ws = document.querySelector(".workspace[data-app]");
    return ws ? ws.getAttribute("data-app") : null;
  }

  // Reloads can overlap (a turn ends while the person picks a page); only the latest one may set the frame, or a
  // slow answer for the page picked before would replace the page picked now.
  var previewAsked = 0;

  function reloadPreview() {
    var frame = document.querySelector("[data-preview]");
    var app = workspaceApp();
    if (!frame || !app) return Promise.resolve();
    var picker = document.querySelector("[data-preview-page]");
    var path = picker ? picker.value : "/";
    var asked = ++previewAsked;
    frame.parentNode.classList.add("loading");
    return fetch("/apps/" + encodeURIComponent(app) + "/preview?path=" + encodeURIComponent(path),
                 { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) { if (asked === previewAsked) frame.src = data.url; });
  }

  document.addEventListener("preview-reload", function () { reloadPreview(); });

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-preview-reload]");
    if (target) reloadPreview();
    var copy = event.target.closest("[data-copy]");
    if (copy) copyFrom(copy);
    var goto = event.target.closest("[data-goto-line]");
    if (goto) gotoLine(parseInt(goto.getAttribute("data-goto-line"), 10));
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches("[data-preview-page]")) reloadPreview();
    if (event.target.matches("[data-autosubmit]") && event.target.files.length) event.target.form.submit();
  });

  document.addEventListener("DOMContentLoaded", function () {
    var frame = document.querySelector("[data-preview]");
    if (frame) {
      frame.addEventListener("load", function () { frame.parentNode.classList.remove("loading"); });
    }
    setUpSpecEditor();
  });

  // --- copy the share link ----------------------------------------------------------------------------------------

  function copyFrom(button) {
    var input = document.querySelector(button.getAttribute("data-copy"));
    if (!input) return;
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
    } else {
      input.select();
      try { document.execCommand("copy"); done(); } catch (e) { /* selected: the person copies it */ }
    }
  }

  // --- Enter sends --------------------------------------------------------------------------------------------------

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (!box.matches || !box.matches("[data-enter-sends]")) return;
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (box.value.trim()) box.form.requestSubmit();
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var confirmText = form.getAttribute("data-confirm");
    if (confirmText && !window.confirm(confirmText)) { event.preventDefault(); return; }
    var kind = form.getAttribute("data-stream-form");
    if (!kind) return;
    event.preventDefault();
    if (form.dataset.busy) return;
    if (kind === "new") streamNewApp(form); else streamChat(form);
  });

  // --- streamed turns -----------------------------------------------------------------------------------------------

  // POST the form and call onEvent(name, data) for each server-sent event as it arrives.
  function streamForm(form, onEvent) {
    var body = new FormData(form);
    return fetch(form.action, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRF-Token": csrfToken(), "Accept": "text/event-stream" }
    }).then(function (response) {
      if (!response.ok || !response.body) {
        return response.text().then(function (text) { onEvent("refused", { text: text || response.statusText }); });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) return;
          buffer += decoder.decode(chunk.value, { stream: true });
          var end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            var block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            var name = "message", data = "";
            block.split("\n").forEach(function (line) {
              if (line.indexOf("event: ") === 0) name = line.slice(7);
              else if (line.indexOf("data: ") === 0) data += line.slice(6);
            });
            try { onEvent(name, JSON.parse(data)); } catch (e) { onEvent(name, { text: data }); }
          }
          return pump();
        });
      }
      return pump();
    });
  }

  function step(list, text, kind) {
    var item = document.createElement("li");
    item.textContent = text;
    if (kind) item.className = kind;
    list.appendChild(item);
    return item;
  }

  function busy(form, on) {
    var box = form.querySelector("textarea");
    var button = form.querySelector("button[type=submit]");
    if (on) { form.dataset.busy = "1"; } else { delete form.dataset.busy; }
    if (button) button.disabled = on;
    if (box) box.readOnly = on;
  }

  function streamNewApp(form) {
    var list = document.querySelector(form.getAttribute("data-steps"));
    list.innerHTML = "";
    list.hidden = false;
    busy(form, true);
    var finished = false;
    streamForm(form, function (name, data) {
      if (name === "turn" && data.created) {
        finished = true;
        step(list, "Opening the app…", "done");
        window.location.assign(data.created);
      } else if (name === "failed") {
        step(list, data.text, "failed");
      } else if (name === "refused") {
        step(list, data.text, "failed");
      } else if (data.text) {
        step(list, data.text, name === "ready" ? "done" : "");
      }
    }).catch(function () {
      step(list, "The connection was lost. Check that the server runs, then try again.", "failed");
    }).then(function () {
      if (!finished) { busy(form, false); form.querySelector("textarea").focus(); }
    });
  }

  function streamChat(form) {
    var log = document.getElementById("chat-log");
    var box = form.querySelector("textarea");
    var empty = log.querySelector("[data-empty-chat]");
    if (empty) empty.remove();
    var flash = log.querySelector(".flash");
    if (flash) flash.remove();
    var pending = document.createElement("article");
    pending.className = "turn turn-pending";
    var mine = document.createElement("div");
    mine.className = "bubble bubble-me";
    var words = document.createElement("p");
    words.textContent = box.value;
    mine.appendChild(words);
    var bot = document.createElement("div");
    bot.className = "bubble bubble-bot";
    var list = document.createElement("ol");
    list.className = "steps";
    list.setAttribute("aria-live", "polite");
    bot.appendChild(list);
    pending.appendChild(mine);
    pending.appendChild(bot);
    log.appendChild(pending);
    pending.scrollIntoView({ block: "end" });
    busy(form, true);
    var changed = false;
    streamForm(form, function (name, data) {
      if (name === "turn") {
        var holder = document.createElement("div");
        holder.innerHTML = data.html;
        var turn = holder.firstElementChild;
        pending.replaceWith(turn);
        if (window.htmx) window.htmx.process(turn);
        turn.scrollIntoView({ block: "end" });
        changed = data.accepted;
      } else if (name === "refused") {
        step(list, data.text, "failed");
      } else if (data.text) {
        step(list, data.text, name === "failed" ? "failed" : "");
      }
    }).catch(function () {
      step(list, "The connection was lost. Check that the server runs, then try again.", "failed");
    }).then(function () {
      busy(form, false);
      if (changed) {
        box.value = "";
        reloadPreview();
      }
      box.focus();
    });
  }

  // --- the spec editor ------------------------------------------------------------------------------------------

  function editor() { return document.querySelector("[data-spec-editor]"); }

  function gotoLine(line) {
    var box = editor();
    if (!box || !line) return;
    var lines = box.value.split("\n");
    var start = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) start += lines[i].length + 1;
    var end = start + (lines[line - 1] || "").length;
    box.focus();
    box.setSelectionRange(start, end);
    var lineHeight = parseFloat(getComputedStyle(box).lineHeight) || 20;
    box.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }

  function setUpSpecEditor() {
    var box = editor();
    var gutter = document.querySelector("[data-gutter]");
    if (!box || !gutter) return;
    var renumber = function () {
      var count = box.value.split("\n").length;
      var bad = {};
      gutter.querySelectorAll("li.bad").forEach(function (li) { bad[li.textContent] = true; });
      if (gutter.children.length === count) return;
      var html = "";
      for (var n = 1; n <= count; n++) html += bad[n] ? '<li class="bad">' + n + "</li>" : "<li>" + n + "</li>";
      gutter.innerHTML = html;
    };
    box.addEventListener("input", renumber);
    box.addEventListener("scroll", function () { gutter.scrollTop = box.scrollTop; });
    var first = parseInt(box.getAttribute("data-first-error") || "", 10);
    if (first) gotoLine(first);
  }
})();
