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

  // Filters live in the address (?table-models.developer=Google), so a filtered table can be
  // shared or bookmarked; each table's keys start with its section id.
  function filterState(prefix) {
    var params = new URLSearchParams(location.search);
    return {
      get: function (key) {
        return params.get(prefix + key) || "";
      },
      set: function (key, value) {
        if (value) {
          params.set(prefix + key, value);
        } else {
          params.delete(prefix + key);
        }
      },
      save: function () {
        var query = params.toString();
        history.replaceState(history.state, "", location.pathname + (query ? "?" + query : "") + location.hash);
      },
    };
  }

  function labelled(text, control) {
    var label = document.createElement("label");
    label.textContent = text;
    label.appendChild(control);
    return label;
  }

  // A drop-down's options: each cell's display value (data-value), in the order of the data's
  // enumeration (data-order) where there is one, otherwise in Japanese collation order.
  function facetOptions(rows, column) {
    var seen = {};
    var options = [];
    rows.forEach(function (row) {
      var cell = row.cells[column];
      var value = cell.getAttribute("data-value") || cellText(cell);
      if (value && !seen[value]) {
        seen[value] = true;
        var order = cell.getAttribute("data-order");
        options.push({ value: value, order: order === null ? Infinity : Number(order) });
      }
    });
    options.sort(function (a, b) {
      return a.order === b.order ? collator.compare(a.value, b.value) : a.order < b.order ? -1 : 1;
    });
    return options.map(function (option) {
      return option.value;
    });
  }

  function makeFilterable(table, headers, index) {
    var section = table.closest(".survey-table");
    var state = filterState(section.id + ".");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var controls = document.createElement("details");
    controls.className = "table-filter";
    var summary = document.createElement("summary");
    summary.textContent = "絞り込み";
    controls.appendChild(summary);
    var fields = document.createElement("div");
    fields.className = "filter-fields";
    controls.appendChild(fields);

    var textBox = document.createElement("input");
    textBox.type = "search";
    textBox.placeholder = "キーワード";
    textBox.id = "table-filter-" + index;
    textBox.value = state.get("q");
    fields.appendChild(labelled("キーワード", textBox));

    var facets = [];
    var ranges = [];
    headers.forEach(function (th, column) {
      var name = cellText(th);
      var key = th.getAttribute("data-key");
      if (th.hasAttribute("data-facet")) {
        var values = facetOptions(rows, column);
        if (values.length < 2) {
          return;
        }
        var select = document.createElement("select");
        select.appendChild(new Option("すべて", ""));
        values.forEach(function (value) {
          select.appendChild(new Option(value, value));
        });
        select.value = state.get(key);
        fields.appendChild(labelled(name, select));
        facets.push({ column: column, key: key, select: select });
      } else if (th.hasAttribute("data-range")) {
        var pair = { column: column, key: key, boxes: [] };
        var group = document.createElement("span");
        group.className = "range-pair";
        ["min", "max"].forEach(function (end) {
          var box = document.createElement("input");
          box.type = "number";
          box.min = "0";
          box.step = "any";
          box.className = "range-input";
          box.value = state.get(key + "." + end);
          box.setAttribute("aria-label", name + (end === "min" ? "（以上）" : "（以下）"));
          box.placeholder = end === "min" ? "以上" : "以下";
          group.appendChild(box);
          pair.boxes.push(box);
          if (end === "min") {
            group.appendChild(document.createTextNode("〜"));
          }
        });
        var label = document.createElement("span");
        label.className = "range-label";
        label.textContent = name;
        var wrapper = document.createElement("div");
        wrapper.setAttribute("role", "group");
        wrapper.setAttribute("aria-label", name + "の範囲");
        wrapper.appendChild(label);
        wrapper.appendChild(group);
        fields.appendChild(wrapper);
        ranges.push(pair);
      }
    });

    var count = document.createElement("p");
    count.className = "filter-count";
    count.setAttribute("aria-live", "polite");
    fields.appendChild(count);

    var notes = section.querySelectorAll(".source-notes li");

    function inRange(range, row) {
      var value = numberOf(row.cells[range.column]);
      var low = parseFloat(range.boxes[0].value);
      var high = parseFloat(range.boxes[1].value);
      return (isNaN(low) || (value !== null && value >= low)) && (isNaN(high) || (value !== null && value <= high));
    }

    // Source notes follow the rows: a note no visible row points at is hidden with its rows.
    function showNotesOf(visibleRows) {
      var cited = {};
      visibleRows.forEach(function (row) {
        row.querySelectorAll("a[href^='#']").forEach(function (link) {
          cited[link.getAttribute("href").slice(1)] = true;
        });
      });
      notes.forEach(function (note) {
        note.hidden = !cited[note.id];
      });
    }

    function apply() {
      var query = normalise(textBox.value.trim());
      var visibleRows = rows.filter(function (row) {
        var visible = (!query || normalise(row.textContent).indexOf(query) >= 0) &&
          facets.every(function (facet) {
            var cell = row.cells[facet.column];
            return !facet.select.value || (cell.getAttribute("data-value") || cellText(cell)) === facet.select.value;
          }) &&
          ranges.every(function (range) {
            return inRange(range, row);
          });
        row.hidden = !visible;
        return visible;
      });
      showNotesOf(visibleRows);
      count.textContent = rows.length + " 件中 " + visibleRows.length + " 件を表示";

      state.set("q", textBox.value.trim());
      facets.forEach(function (facet) {
        state.set(facet.key, facet.select.value);
      });
      ranges.forEach(function (range) {
        state.set(range.key + ".min", range.boxes[0].value);
        state.set(range.key + ".max", range.boxes[1].value);
      });
      state.save();
      return visibleRows.length < rows.length;
    }

    fields.addEventListener("input", apply);
    fields.addEventListener("change", apply);
    section.insertBefore(controls, table.parentElement);
    // Open where there is room, or when the address already filters this table; on a phone
    // the filters wait behind one line so the table starts in the first screen.
    controls.open = apply() || window.matchMedia("(min-width: 60rem)").matches;
  }

  function setUpTables() {
    Array.prototype.forEach.call(document.querySelectorAll("table.data-table[data-controls]"), function (table, index) {
      if (!table.tHead || !table.tBodies[0]) {
        return;
      }

      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      makeSortable(table, headers);
      makeFilterable(table, headers, index);
    });
  }

  // ---- search ----------------------------------------------------------------------------

  // Pagefind's excerpts are HTML with <mark> around the hits. They are parsed in an inert
  // document and rebuilt from text nodes and fresh <mark> elements, so nothing else from the
  // index can ever become markup on the page. A one-character hit of a longer query (化 of
  // 量子化, found inside 軽量化) is a segmenting artefact and stays unmarked.
  function excerptOf(html, query) {
    var parts = [];
    new DOMParser().parseFromString(html, "text/html").body.childNodes.forEach(function (node) {
      parts.push({ text: node.textContent, hit: node.nodeName === "MARK" });
    });

    var excerpt = document.createElement("p");
    toSentences(parts).forEach(function (part) {
      if (part.hit && (part.text.length > 1 || query.length === 1)) {
        var mark = document.createElement("mark");
        mark.textContent = part.text;
        excerpt.appendChild(mark);
      } else {
        excerpt.appendChild(document.createTextNode(part.text));
      }
    });
    return excerpt;
  }

  // Pagefind's excerpt is a window of words around the hits, so it starts and stops inside a
  // sentence. It marks each end it cut with the ellipsis it is given; an unmarked end is the
  // section's own first or last word. The excerpt starts after the last sentence end before the
  // first hit (which also drops the section's heading, already shown as the link: Pagefind ends
  // a heading as a sentence), and a cut end stops at the last sentence end after the last hit;
  // a cut end with no sentence boundary to move to keeps its "…" so the reader sees the cut.
  var ellipsis = "…";
  var sentenceEnd = /(?:[。！？]|[.!?](?=\s|$))[」』）)]*\s*/g;

  function toSentences(parts) {
    var text = parts.map(function (part) {
      return part.text;
    }).join("");
    var cutBefore = text.startsWith(ellipsis);
    var cutAfter = text.length > ellipsis.length && text.endsWith(ellipsis);
    var from = cutBefore ? ellipsis.length : 0;
    var to = cutAfter ? text.length - ellipsis.length : text.length;
    var firstHit = Infinity;
    var lastHit = -1;
    var offset = 0;
    parts.forEach(function (part) {
      if (part.hit) {
        firstHit = Math.min(firstHit, offset);
        lastHit = offset + part.text.length;
      }
      offset += part.text.length;
    });
    if (lastHit < 0) {
      // Pagefind gives a page matched only in its title the page's opening words: keep the start.
      firstHit = lastHit = from;
    }

    var start = null;
    var stop = null;
    sentenceEnd.lastIndex = from;
    for (var found = sentenceEnd.exec(text); found && found.index < to; found = sentenceEnd.exec(text)) {
      if (found.index + found[0].length <= firstHit) {
        start = found.index + found[0].length;
      } else if (cutAfter && found.index >= lastHit) {
        stop = found.index + found[0].trimEnd().length;
      }
    }

    var keepFrom = start === null ? from : start;
    var keepTo = stop === null ? to : stop;
    while (keepFrom < keepTo && /\s/.test(text.charAt(keepFrom))) {
      keepFrom++;
    }
    while (keepTo > keepFrom && /\s/.test(text.charAt(keepTo - 1))) {
      keepTo--;
    }

    var kept = cutBefore && start === null ? [{ text: ellipsis, hit: false }] : [];
    offset = 0;
    parts.forEach(function (part) {
      var piece = part.text.slice(Math.max(keepFrom - offset, 0), Math.max(keepTo - offset, 0));
      offset += part.text.length;
      if (piece) {
        kept.push({ text: piece, hit: part.hit });
      }
    });
    if (cutAfter && stop === null) {
      kept.push({ text: ellipsis, hit: false });
    }
    return kept;
  }

  var resultsPerPage = 8;
  var sectionsPerPage = 3;

  // One result: the page, and under it the sections (Pagefind's sub-results, one per heading
  // with an id) where the words occur, each linking straight to its heading.
  function resultItem(page, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = page.url;
    link.textContent = page.meta && page.meta.title ? page.meta.title : page.url;
    item.appendChild(link);
    var sections = (page.sub_results || []).filter(function (sub) {
      return sub.url.indexOf("#") > 0;
    }).slice(0, sectionsPerPage);
    if (sections.length === 0) {
      item.appendChild(excerptOf(page.excerpt, query));
      return item;
    }

    var list = document.createElement("ul");
    list.className = "search-sections";
    sections.forEach(function (sub) {
      var entry = document.createElement("li");
      var anchor = document.createElement("a");
      anchor.href = sub.url;
      anchor.textContent = sub.title;
      entry.appendChild(anchor);
      entry.appendChild(excerptOf(sub.excerpt, query));
      list.appendChild(entry);
    });
    item.appendChild(list);
    return item;
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
        // 40 words (60 to 80 characters of Japanese) hold the hit's whole sentence more often
        // than 24 did and stay about three lines in the box; 60 would make most four lines.
        engine = import(bundle + "pagefind.js").then(function (pagefind) {
          return pagefind.options({ baseUrl: home, excerptLength: 40, excerptEllipsis: ellipsis }).then(function () {
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

    // Shows the next page of results under those already shown, with a button for the rest.
    function showMore(found, list, shown, query, ticket) {
      return Promise.all(found.slice(shown, shown + resultsPerPage).map(function (result) {
        return result.data();
      })).then(function (pages) {
        if (ticket !== latest) {
          return;
        }
        pages.forEach(function (page) {
          list.appendChild(resultItem(page, query));
        });
        var old = results.querySelector(".search-more");
        if (old) {
          old.remove();
        }
        var next = shown + pages.length;
        if (next < found.length) {
          var more = document.createElement("button");
          more.type = "button";
          more.className = "search-more";
          more.textContent = "さらに表示（残り " + (found.length - next) + " 件）";
          more.addEventListener("click", function () {
            showMore(found, list, next, query, ticket);
          });
          results.appendChild(more);
        }
      });
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
          if (ticket !== latest) {
            return;
          }
          if (search.results.length === 0) {
            status("「" + query + "」に一致するページはありません。");
            return;
          }

          var count = document.createElement("p");
          count.className = "search-status";
          count.textContent = search.results.length + " ページが見つかりました";
          var list = document.createElement("ol");
          results.replaceChildren(count, list);
          return showMore(search.results, list, 0, query, ticket);
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
    // "/" jumps to the search box from anywhere on the page, as on GitHub and MkDocs sites.
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    input.setAttribute("aria-keyshortcuts", "/");
    form.hidden = false;
  }

  // ---- reading aids ----------------------------------------------------------------------
  // Copy-link anchors on headings, a copy button on code blocks, and the phone navigation
  // strip scrolled to the current page. All three are extras on top of what the HTML gives.

  function setUpHeadingAnchors() {
    document.querySelectorAll("article h2[id], article h3[id]").forEach(function (heading) {
      var anchor = document.createElement("a");
      anchor.className = "heading-anchor";
      anchor.href = "#" + encodeURIComponent(heading.id);
      anchor.textContent = "#";
      anchor.setAttribute("aria-label", "「" + heading.textContent + "」へのリンクをコピー");
      anchor.addEventListener("click", function () {
        if (navigator.clipboard) {
          navigator.clipboard.writeText(anchor.href).catch(function () {
            // Copying is a convenience; the link still moves to the heading.
          });
        }
      });
      heading.appendChild(anchor);
    });
  }

  function setUpCopyButtons() {
    document.querySelectorAll("article pre > code").forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      button.textContent = "コピー";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = "コピーしました";
          setTimeout(function () {
            button.textContent = "コピー";
          }, 2000);
        }, function () {
          button.textContent = "コピーできませんでした";
        });
      });
      code.parentElement.classList.add("has-copy");
      code.parentElement.insertBefore(button, code);
    });
  }

  function showCurrentInNavStrip() {
    var strip = document.querySelector(".site-nav ul");
    var current = strip && strip.querySelector("li.current");
    if (current && strip.scrollWidth > strip.clientWidth) {
      strip.scrollLeft = current.offsetLeft - strip.offsetLeft - 16;
    }
  }

  setUpThemeToggle();
  setUpTables();
  setUpSearch();
  setUpHeadingAnchors();
  if (navigator.clipboard) {
    setUpCopyButtons();
  }
  showCurrentInNavStrip();
})();
