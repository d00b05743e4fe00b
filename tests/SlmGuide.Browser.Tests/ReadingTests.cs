using System.Text.Json;
using Microsoft.Playwright;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// The reading goals of the real guide, measured in Chromium at a desk (1280 px) and on a phone
/// (390 px): table 2.1, the benchmark chart in dark mode and a search for a term deep in a page.
/// Each test leaves a screenshot in the artifacts folder.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReadingTests(BrowserFixture browser)
{
    private static readonly ViewportSize Desk = new() { Width = 1280, Height = 720 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private Task<WatchedPage> OpenAsync(ViewportSize viewport, ColorScheme scheme = ColorScheme.Light) =>
        WatchedPage.OpenAsync(browser.Browser, new() { ViewportSize = viewport, ColorScheme = scheme, DeviceScaleFactor = 1 });

    private static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, $"reading-{name}.png") });

    [Theory]
    [InlineData(ColorScheme.Light, "light")]
    [InlineData(ColorScheme.Dark, "dark")]
    public async Task Table_2_1_at_a_desk_breaks_no_latin_word_or_date_and_shows_eight_rows(ColorScheme scheme, string name)
    {
        await using var watched = await OpenAsync(Desk, scheme);
        await watched.GotoAsync(browser.Repository.Server.Url("/models/"));
        var table = watched.Page.Locator("#table-models");
        await table.Locator("table").EvaluateAsync("t => window.scrollTo(0, t.getBoundingClientRect().top + window.scrollY)");
        await ShotAsync(watched.Page, $"2.1-1280-{name}");

        var broken = await table.EvaluateAsync<string[]>(BrokenWordsScript);
        Assert.True(broken.Length == 0, "broken inside a word or date: " + string.Join(", ", broken));
        var visible = await table.EvaluateAsync<int>(
            "s => { const box = s.querySelector('.table-scroll').getBoundingClientRect(); const bottom = Math.min(innerHeight, box.bottom);"
            + " return [...s.querySelectorAll('tbody tr')].filter(r => r.getBoundingClientRect().bottom <= bottom + 0.5).length; }");
        Assert.True(visible >= 8, $"only {visible} rows of 2.1 fit in the first screen of the table");
        watched.AssertQuiet();
    }

    [Theory]
    [InlineData("/devices/", 1280)]
    [InlineData("/devices/", 390)]
    [InlineData("/models/qwen3-1.7b/", 1280)]
    public async Task The_sticky_first_column_holds_its_whole_text_so_it_never_covers_the_next_column(string url, int width)
    {
        await using var watched = await OpenAsync(new() { Width = width, Height = 900 });
        await watched.GotoAsync(browser.Repository.Server.Url(url));

        var spilling = await watched.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.data-table tbody td:first-child')]"
            + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim())");
        Assert.True(spilling.Length == 0, "first cells wider than their column: " + string.Join(", ", spilling.Distinct()));
        watched.AssertQuiet();
    }

    [Theory]
    [InlineData(ColorScheme.Light, "light")]
    [InlineData(ColorScheme.Dark, "dark")]
    public async Task Table_2_1_on_a_phone_scrolls_with_the_page_and_keeps_the_model_in_view(ColorScheme scheme, string name)
    {
        await using var watched = await OpenAsync(Phone, scheme);
        await watched.GotoAsync(browser.Repository.Server.Url("/models/"));
        var box = watched.Page.Locator("#table-models .table-scroll");
        await box.EvaluateAsync("b => window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 8)");
        await ShotAsync(watched.Page, $"2.1-390-{name}");

        var inner = await box.EvaluateAsync<double>("b => b.scrollHeight - b.clientHeight");
        Assert.True(inner <= 1, $"the table traps {inner} px of vertical scrolling in its own box");

        await box.EvaluateAsync("b => { b.scrollLeft = b.scrollWidth; }");
        await ShotAsync(watched.Page, $"2.1-390-{name}-scrolled");
        var firstCellShown = await box.EvaluateAsync<bool>(
            "b => { const cell = b.querySelector('tbody tr td'); const r = cell.getBoundingClientRect(); const box = b.getBoundingClientRect();"
            + " const hit = document.elementFromPoint(Math.max(r.left, box.left) + 4, r.top + r.height / 2);"
            + " return b.scrollLeft > 0 && r.left >= box.left - 1 && cell.contains(hit); }");
        Assert.True(firstCellShown, "the model name scrolls out of view when the table is scrolled sideways");
        watched.AssertQuiet();
    }

    [Fact]
    public async Task The_benchmark_chart_on_a_dark_phone_is_readable_and_nothing_overlaps()
    {
        await using var watched = await OpenAsync(Phone, ColorScheme.Dark);
        await watched.GotoAsync(browser.Repository.Server.Url("/benchmarks/"));
        var chart = watched.Page.Locator("svg.chart:visible").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await chart.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "reading-bench-chart-390-dark.png") });

        var texts = await chart.EvaluateAsync<JsonElement>(ChartTextScript);
        foreach (var text in texts.EnumerateArray())
        {
            var label = text.GetProperty("text").GetString();
            Assert.True(text.GetProperty("px").GetDouble() >= 11, $"「{label}」 is {text.GetProperty("px").GetDouble():0.0} px on a phone");
            Assert.True(text.GetProperty("contrast").GetDouble() >= 4.5, $"「{label}」 has contrast {text.GetProperty("contrast").GetDouble():0.00} on the dark page");
            Assert.True(text.GetProperty("inside").GetBoolean(), $"「{label}」 is cut off at the chart's edge");
        }

        var overlaps = await chart.EvaluateAsync<string[]>(OverlapScript);
        Assert.Empty(overlaps);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task A_search_for_a_term_deep_in_a_page_lands_on_its_section()
    {
        await using var watched = await OpenAsync(Desk);
        await watched.GotoAsync(browser.Repository.Server.Url("/"));
        await watched.Page.GetByRole(AriaRole.Searchbox, new() { Name = "サイト内検索" }).FillAsync("imatrix");
        var section = watched.Page.Locator(".search-results a[href^='/run-locally/#']").First;
        await section.WaitForAsync();
        await ShotAsync(watched.Page, "search-deep-term");

        var href = await section.GetAttributeAsync("href");
        Assert.Equal("/run-locally/#自分で量子化する", Uri.UnescapeDataString(href!));
        await section.ClickAsync();
        await watched.Page.WaitForURLAsync("**/run-locally/#*");
        var headingTop = await watched.Page.Locator("[id='自分で量子化する']").EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.InRange(headingTop, -1, 200);
        watched.AssertQuiet();
    }

    [Fact]
    public async Task Search_excerpts_start_at_a_sentence_or_say_they_are_cut_and_come_from_their_section()
    {
        await using var watched = await OpenAsync(Desk);
        await watched.GotoAsync(browser.Repository.Server.Url("/"));
        await watched.Page.GetByRole(AriaRole.Searchbox, new() { Name = "サイト内検索" }).FillAsync("imatrix");
        await watched.Page.Locator(".search-results a[href^='/run-locally/#']").First.WaitForAsync();

        var excerpts = await watched.Page.Locator(".search-results").EvaluateAsync<JsonElement>(ExcerptScript);
        Assert.NotEqual(0, excerpts.GetArrayLength());
        var problems = excerpts.EnumerateArray().Where(e => e.GetProperty("problem").GetString() is not null)
            .Select(e => $"{e.GetProperty("href").GetString()}: 「{e.GetProperty("text").GetString()}」 {e.GetProperty("problem").GetString()}").ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
        watched.AssertQuiet();
    }

    // Every run of Latin letters, digits and the punctuation inside words and dates must sit on
    // one line: a Range over it has one rectangle per line it covers.
    private const string BrokenWordsScript = """
        s => {
          const broken = [];
          const walker = document.createTreeWalker(s.querySelector('table'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/[A-Za-z0-9][A-Za-z0-9.\-_/:]*[A-Za-z0-9]/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (tops.size > 1) broken.push(match[0]);
            }
          }
          return broken;
        }
        """;

    private const string ChartTextScript = """
        svg => {
          const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
          const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          let background = 'rgb(255, 255, 255)';
          for (let e = svg; e; e = e.parentElement) { const b = getComputedStyle(e).backgroundColor; if (!b.startsWith('rgba(0, 0, 0, 0)')) { background = b; break; } }
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => {
            const r = t.getBoundingClientRect();
            const [a, b] = [lum(getComputedStyle(t).fill), lum(background)];
            return {
              text: t.textContent,
              px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a,
              contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
              inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5,
            };
          });
        }
        """;

    private const string OverlapScript = """
        svg => {
          const boxes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).map(t => ({ text: t.textContent, r: t.getBoundingClientRect() }));
          const overlaps = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i].r, boxes[j].r];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (x > 1 && y > 1) overlaps.push(boxes[i].text + ' / ' + boxes[j].text);
            }
          return overlaps;
        }
        """;

    // Each excerpt is looked up in the text of the section it links to (fetched as published, with
    // a line break at every block's edge, since Pagefind ends each block as a sentence), comparing
    // letters and digits only. Where it is not marked as cut with "…", the text just before it must
    // end a sentence or a block, and likewise just after it.
    private const string ExcerptScript = """
        async results => {
          const blocks = 'p, li, td, th, dt, dd, pre, caption, figcaption, blockquote, h1, h2, h3, h4, h5, h6';
          const textOf = node => node.nodeType === Node.TEXT_NODE ? node.data
            : node.nodeType !== Node.ELEMENT_NODE || node.hasAttribute('data-pagefind-ignore') ? ''
            : (node.matches(blocks) ? '\n' : '') + [...node.childNodes].map(textOf).join('') + (node.matches(blocks) ? '\n' : '');
          const sectionText = async url => {
            const doc = new DOMParser().parseFromString(await (await fetch(url.pathname)).text(), 'text/html');
            const body = doc.querySelector('[data-pagefind-body]');
            if (!url.hash) return textOf(body);
            let text = '';
            for (let e = doc.getElementById(decodeURIComponent(url.hash.slice(1))); e; e = e.nextElementSibling) {
              if (text && /^H[1-6]$/.test(e.tagName) && e.id) break;
              text += textOf(e);
            }
            return text;
          };
          const letters = text => [...text.matchAll(/[\p{L}\p{N}]/gu)].map(m => ({ c: m[0], at: m.index }));
          const ends = /[。！？]|[.!?]\s|\n/;
          const found = [];
          for (const excerpt of results.querySelectorAll('li > p')) {
            const href = excerpt.previousElementSibling.href;
            const text = excerpt.textContent;
            const cutBefore = text.startsWith('…'), cutAfter = text.endsWith('…');
            const section = '\n' + await sectionText(new URL(href)) + '\n';
            const want = letters(text).map(l => l.c).join('');
            const have = letters(section);
            const haystack = have.map(l => l.c).join('');
            let problem = 'is not in its section';
            for (let i = haystack.indexOf(want); i >= 0 && want; i = haystack.indexOf(want, i + 1)) {
              const first = have[i].at, last = have[i + want.length - 1].at;
              const before = section.slice(i > 0 ? have[i - 1].at + 1 : 0, first);
              const after = section.slice(last + 1, i + want.length < have.length ? have[i + want.length].at + 1 : section.length);
              if (!cutBefore && !ends.test(before)) { problem = 'starts mid-sentence, after 「' + section.slice(Math.max(0, first - 20), first) + '」'; continue; }
              if (!cutAfter && !ends.test(after)) { problem = 'stops mid-sentence, before 「' + section.slice(last + 1, last + 21) + '」'; continue; }
              problem = null;
              break;
            }
            found.push({ href: decodeURIComponent(href), text, problem });
          }
          return found;
        }
        """;
}
