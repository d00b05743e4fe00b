using SlmGuide.Data.Binding;

namespace SlmGuide.Data;

/// <summary>data/site.yaml: what the whole site needs to know about itself.</summary>
public sealed record SiteConfig : Entry
{
    public const string FileName = "data/site.yaml";

    [Label("サイト名")]
    public string Title { get; init; } = "小規模言語モデル（SLM）実装ガイド";

    [Label("説明")]
    public string Description { get; init; } = string.Empty;

    /// <summary>The address the site is published at; canonical URLs and the sitemap start with it.</summary>
    [Label("公開URL")]
    public Uri BaseUrl { get; init; } = new("https://example.com/");

    [Label("言語")]
    public string Language { get; init; } = "ja";

    /// <summary>Rows checked longer ago than this, counted back from <see cref="AsOf"/>, get the 「情報が古い可能性」 badge.</summary>
    [Label("古いとみなす日数")]
    public int StaleAfterDays { get; init; } = 365;

    /// <summary>
    /// The date freshness is judged against. Left out, the newest `checked` date in the data is
    /// used, so the same inputs always build the same bytes whatever day the build runs.
    /// </summary>
    [Label("基準日")]
    public DateOnly? AsOf { get; init; }

    /// <summary>
    /// Where a page's source can be edited: the page's path in the repository
    /// (<c>content/models.md</c>) is appended to it, as in
    /// <c>https://github.com/owner/repo/edit/main/</c>. Left out, pages have no edit link.
    /// </summary>
    [Label("編集リンクの先頭")]
    public Uri? EditUrl { get; init; }
}
