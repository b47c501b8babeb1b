// appforge runtime: the little behaviour pages need beyond htmx — CSRF on htmx and fetch requests, the phone
// menu, delete confirmations, kanban drag and drop (SortableJS) and dashboard charts (Chart.js).
(function () {
  "use strict";

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function toast(message) {
    var box = document.querySelector("[data-toast]");
    if (!box) return;
    box.textContent = message;
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, 5000);
  }

  // htmx sends the CSRF header on every unsafe request.
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers["X-CSRF-Token"] = csrfToken();
  });

  function setupChrome() {
    var toggle = document.querySelector("[data-menu-toggle]");
    var nav = document.getElementById("site-nav");
    if (toggle && nav) {
      toggle.addEventListener("click", function () {
        var open = nav.classList.toggle("open");
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
    document.querySelectorAll("[data-dismiss]").forEach(function (button) {
      button.addEventListener("click", function () { button.parentElement.remove(); });
    });
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) event.preventDefault();
    });
    var errors = document.querySelector("[data-autofocus]");
    if (errors) {
      var first = document.querySelector('[aria-invalid="true"]');
      (first || errors).focus();
    }
  }

  // Kanban: moving a card to another lane PATCHes the row's group field; a refusal puts the card back.
  function setupKanban(board) {
    var entity = board.dataset.entity;
    var field = board.dataset.field;
    var editable = board.hasAttribute("data-editable");
    var lists = Array.prototype.slice.call(board.querySelectorAll(".lane-cards"));

    function recount() {
      lists.forEach(function (list) {
        var count = list.closest(".lane").querySelector("[data-count]");
        if (count) count.textContent = String(list.children.length);
      });
    }

    function save(card, from, to, oldIndex) {
      var body = {};
      body[field] = to.dataset.value === "" ? null : to.dataset.value;
      card.classList.add("saving");
      return fetch("/api/" + encodeURIComponent(entity) + "/" + encodeURIComponent(card.dataset.id), {
        method: "PATCH",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrfToken() },
        body: JSON.stringify(body)
      }).then(function (response) {
        card.classList.remove("saving");
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (data) {
            throw new Error((data && (data.detail && (data.detail.message || data.detail))) || ("The server said " + response.status));
          });
        }
        recount();
      }).catch(function (error) {
        card.classList.remove("saving");
        from.insertBefore(card, from.children[oldIndex] || null);
        recount();
        toast("Could not move the card: " + (typeof error.message === "string" ? error.message : "error"));
      });
    }

    if (!editable) return;
    if (window.Sortable) {
      lists.forEach(function (list) {
        window.Sortable.create(list, {
          group: "kanban-" + entity,
          animation: 150,
          ghostClass: "ghost",
          chosenClass: "chosen",
          emptyInsertThreshold: 40,
          onEnd: function (event) {
            if (event.from === event.to) return;
            save(event.item, event.from, event.to, event.oldIndex);
          }
        });
      });
    }
    // Keyboard: Alt+Left / Alt+Right moves the focused card to the neighbouring lane.
    board.addEventListener("keydown", function (event) {
      var card = event.target.closest && event.target.closest(".kcard");
      if (!card) return;
      if (event.key === "Enter") {
        var link = card.querySelector("a");
        if (link) link.click();
        return;
      }
      if (!event.altKey || (event.key !== "ArrowLeft" && event.key !== "ArrowRight")) return;
      event.preventDefault();
      var from = card.parentElement;
      var index = lists.indexOf(from) + (event.key === "ArrowRight" ? 1 : -1);
      if (index < 0 || index >= lists.length) return;
      var oldIndex = Array.prototype.indexOf.call(from.children, card);
      var to = lists[index];
      to.insertBefore(card, to.firstChild);
      card.focus();
      save(card, from, to, oldIndex);
    });
  }

  function setupCharts() {
    if (!window.Chart) return;
    var styles = getComputedStyle(document.documentElement);
    var text = styles.getPropertyValue("--muted").trim() || "#6b7280";
    var line = styles.getPropertyValue("--line").trim() || "#e5e7eb";
    window.Chart.defaults.color = text;
    window.Chart.defaults.font.family = styles.getPropertyValue("--font").trim() || "system-ui";
    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var source = document.getElementById(canvas.dataset.chart);
      if (!source) return;
      var data = JSON.parse(source.textContent);
      var pie = data.type === "pie";
      var lineChart = data.type === "line";
      var primary = data.colors[0] || "#4f46e5";
      new window.Chart(canvas, {
        type: pie ? "doughnut" : data.type,
        data: {
          labels: data.labels,
          datasets: [{
            label: data.label,
            data: data.values,
            backgroundColor: pie ? data.colors : (lineChart ? primary + "22" : data.colors.map(function (c) { return c + "cc"; })),
            borderColor: pie ? getComputedStyle(document.body).backgroundColor : (lineChart ? primary : data.colors),
            borderWidth: pie ? 2 : (lineChart ? 2.5 : 0),
            borderRadius: pie ? 0 : 6,
            fill: lineChart,
            tension: 0.3,
            pointRadius: lineChart ? 3 : 0,
            maxBarThickness: 56
          }]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: { duration: 400 },
          plugins: { legend: { display: pie, position: "right" } },
          scales: pie ? {} : {
            x: { grid: { display: false } },
            y: { beginAtZero: true, grid: { color: line }, ticks: { precision: 0 } }
          }
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupChrome();
    document.querySelectorAll("[data-kanban]").forEach(setupKanban);
    setupCharts();
  });
})();
