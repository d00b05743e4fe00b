// The guide's only script: colour-scheme toggle, sortable and filterable tables, and search.
// Everything it enhances already works without it; it only adds controls.
(function () {
  "use strict";

  var storageKey = "slmguide-theme";
  var root = document.documentElement;

  function setUpThemeToggle() {
    var toggle = document.querySelector(".theme-toggle");
    if (!toggle) {
      return;
    }

    var systemDark = window.matchMedia("(prefers-color-scheme: dark)");
    function isDark() {
      var chosen = root.getAttribute("data-theme");
      return chosen ? chosen === "dark" : systemDark.matches;
    }
    function show() {
      toggle.setAttribute("aria-pressed", String(isDark()));
    }

    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        localStorage.setItem(storageKey, next);
      } catch (storageBlocked) {
        // The choice then lasts for this page only.
      }
      show();
    });
    systemDark.addEventListener("change", show);
    toggle.hidden = false;
    show();
  }

  // ---- tables ----------------------------------------------------------------------------

  var collator = new Intl.Collator("ja", { numeric: true, sensitivity: "base" });

  // A cell's own text, without the freshness badge, normalised so that full-width and
  // half-width forms of the same character match.
  function cellText(cell) {
    var text = "";
    cell.childNodes.forEach(function (node) {
      if (!(node.classList && node.classList.contains("stale-badge"))) {
        text += node.textContent;
      }
    });
    return text.trim();
  }

  function normalise(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function numberOf(cell) {
    var value = parseFloat(cell.getAttribute("data-sort") || cellText(cell).replace(/,/g, ""));
    return isNaN(value) ? null : value;
  }

  function makeSortable(table, headers) {
    var body = table.tBodies[0];
    headers.forEach(function (th, index) {
      if (th.hasAttribute("data-nosort")) {
        return;
      }

      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) {
          if (other.hasAttribute("aria-sort")) {
            other.setAttribute("aria-sort", "none");
          }
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.classList.contains("numeric");
        var keyed = Array.prototype.map.call(body.rows, function (row, position) {
          var cell = row.cells[index];
          return { row: row, position: position, key: numeric ? numberOf(cell) : cellText(cell) };
        });
        keyed.sort(function (a, b) {
          // Empty and 未確認 cells stay at the bottom whichever way the column is sorted.
          var aMissing = a.key === null || a.key === "" || a.key === "未確認";
          var bMissing = b.key === null || b.key === "" || b.key === "未確認";
          if (aMissing || bMissing) {
            return aMissing === bMissing ? a.position - b.position : aMissing ? 1 : -1;
          }
          var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
          return (ascending ? order : -order) || a.position - b.position;
        });
        keyed.forEach(function (item) {
          body.appendChild(item.row);
        });
      });
    });
  }

  function makeFilterable(table, headers, index) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var controls = document.createElement("div");
    controls.className = "table-filter";

    var textLabel = document.createElement("label");
    textLabel.textContent = "絞り込み";
    var textBox = document.createElement("input");
    textBox.type = "search";
    textBox.placeholder = "キーワード";
    textLabel.appendChild(textBox);
    controls.appendChild(textLabel);

    var facets = [];
    headers.forEach(function (th, column) {
      if (!th.hasAttribute("data-facet")) {
        return;
      }

      var values = [];
      rows.forEach(function (row) {
        var value = cellText(row.cells[column]);
        if (value && values.indexOf(value) < 0) {
          values.push(value);
        }
      });
      if (values.length < 2) {
        return;
      }

      values.sort(collator.compare);
      var label = document.createElement("label");
      label.textContent = cellText(th);
      var select = document.createElement("select");
      select.appendChild(new Option("すべて", ""));
      values.forEach(function (value) {
        select.appendChild(new Option(value, value));
      });
      label.appendChild(select);
      controls.appendChild(label);
      facets.push({ column: column, select: select });
    });

    var count = document.createElement("p");
    count.className = "filter-count";
    count.setAttribute("aria-live", "polite");
    controls.appendChild(count);

    function apply() {
      var query = normalise(textBox.value.trim());
      var shown = 0;
      rows.forEach(function (row) {
        var visible = (!query || normalise(row.textContent).indexOf(query) >= 0) &&
          facets.every(function (facet) {
            return !facet.select.value || cellText(row.cells[facet.column]) === facet.select.value;
          });
        row.hidden = !visible;
        shown += visible ? 1 : 0;
      });
      count.textContent = rows.length + " 件中 " + shown + " 件を表示";
    }

    textBox.addEventListener("input", apply);
    facets.forEach(function (facet) {
      facet.select.addEventListener("change", apply);
    });
    textBox.id = "table-filter-" + index;
    table.parentElement.parentElement.insertBefore(controls, table.parentElement);
    apply();
  }

  function setUpTables() {
    Array.prototype.forEach.call(document.querySelectorAll("table.data-table"), function (table, index) {
      if (!table.tHead || !table.tBodies[0]) {
        return;
      }

      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      if (table.tBodies[0].rows.length > 1) {
        makeSortable(table, headers);
        makeFilterable(table, headers, index);
      }
    });
  }

  // ---- search ----------------------------------------------------------------------------

  // Pagefind's excerpts are HTML with <mark> around the hits. They are parsed in an inert
  // document and rebuilt from text nodes and fresh <mark> elements, so nothing else from the
  // index can ever become markup on the page.
  function excerptOf(html) {
    var excerpt = document.createElement("p");
    new DOMParser().parseFromString(html, "text/html").body.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        excerpt.appendChild(mark);
      } else {
        excerpt.appendChild(document.createTextNode(node.textContent));
      }
    });
    return excerpt;
  }

  function setUpSearch() {
    var form = document.querySelector(".site-search");
    if (!form) {
      return;
    }

    var input = form.querySelector("input");
    var results = form.querySelector(".search-results");
    var bundle = form.getAttribute("data-pagefind");
    var home = form.getAttribute("action");
    var engine = null;
    var latest = 0;

    function load() {
      if (!engine) {
        engine = import(bundle + "pagefind.js").then(function (pagefind) {
          return pagefind.options({ baseUrl: home }).then(function () {
            return pagefind;
          });
        });
      }
      return engine;
    }

    function status(text) {
      var line = document.createElement("p");
      line.className = "search-status";
      line.textContent = text;
      results.replaceChildren(line);
    }

    function run() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (!query) {
        results.replaceChildren();
        return;
      }

      load()
        .then(function (pagefind) {
          return pagefind.search(query);
        })
        .then(function (search) {
          return Promise.all(search.results.slice(0, 8).map(function (result) {
            return result.data();
          }));
        })
        .then(function (pages) {
          if (ticket !== latest) {
            return;
          }
          if (pages.length === 0) {
            status("「" + query + "」に一致するページはありません。");
            return;
          }

          var list = document.createElement("ol");
          pages.forEach(function (page) {
            var item = document.createElement("li");
            var link = document.createElement("a");
            link.href = page.url;
            link.textContent = page.meta && page.meta.title ? page.meta.title : page.url;
            item.appendChild(link);
            item.appendChild(excerptOf(page.excerpt));
            list.appendChild(item);
          });
          results.replaceChildren(list);
        })
        .catch(function () {
          if (ticket === latest) {
            status("検索を読み込めませんでした。");
          }
        });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        results.replaceChildren();
      }
    });
    form.hidden = false;
  }

  setUpThemeToggle();
  setUpTables();
  setUpSearch();
})();
