using SlmGuide.Data.Binding;

namespace SlmGuide.Site.Content;

/// <summary>The YAML block at the top of a content page.</summary>
public sealed record FrontMatter : Entry
{
    [Label("タイトル")]
    public required string Title { get; init; }

    [Label("説明")]
    public string? Description { get; init; }

    /// <summary>Position in the navigation; pages without one follow, by path.</summary>
    [Label("順序")]
    public int? Order { get; init; }

    [Label("ナビゲーション表示名")]
    public string? NavTitle { get; init; }

    /// <summary>The survey section number the page covers, shown in navigation ("1" … "10").</summary>
    [Label("章番号")]
    public string? Section { get; init; }

    [Label("レイアウト")]
    public string Layout { get; init; } = "page";

    /// <summary>Overrides the URL segment taken from the file name.</summary>
    [Label("スラッグ")]
    public string? Slug { get; init; }

    /// <summary>
    /// When the author last revised the page. The page shows it as 更新日, or the date of the
    /// file's last commit when that is later.
    /// </summary>
    [Label("日付")]
    public DateOnly? Date { get; init; }

    /// <summary>
    /// Addresses the page had before (<c>/old/path/</c>): each gets a small page that sends readers
    /// and search engines on to this one, so a renamed page keeps its links.
    /// </summary>
    [Label("旧URL")]
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>A draft is built by `serve` and `build --drafts`, never by a plain `build` or `check`.</summary>
    [Label("下書き")]
    public bool Draft { get; init; }

    /// <summary>false keeps a top-level page out of the navigation (it is still built).</summary>
    [Label("ナビゲーションに表示")]
    public bool InNav { get; init; } = true;
}
