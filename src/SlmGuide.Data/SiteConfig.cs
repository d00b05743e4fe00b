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
}
