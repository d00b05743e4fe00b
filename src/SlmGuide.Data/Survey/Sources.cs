using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>The four reference lists of section 10; a source lands in the one its kind names.</summary>
public enum SourceKind
{
    [Label("技術論文")]
    Paper,

    [Label("企業情報・プレスリリース")]
    CompanyRelease,

    [Label("ニュース・業界レポート")]
    NewsReport,

    [Label("開発者リソース")]
    DeveloperResource,
}

/// <summary>A page facts were checked against. Rows cite it by id, so its URL is written once.</summary>
public sealed record Source : Entry, IIdentified, IDraftRow
{
    public required string Id { get; init; }

    [Label("タイトル")]
    public required string Title { get; init; }

    [Label("発行元")]
    public string? Publisher { get; init; }

    [Label("種別")]
    public required SourceKind Kind { get; init; }

    [Label("URL")]
    public required Uri Url { get; init; }

    [Label("公開日")]
    public DateOnly? Published { get; init; }

    [Label("確認日")]
    public required DateOnly Checked { get; init; }

    /// <summary>A draft is published by `serve` and the `--drafts` runs only (<see cref="DraftRows"/>).</summary>
    [Label("下書き")]
    public bool Draft { get; init; }
}

public sealed record SourcesFile : Entry
{
    public IReadOnlyList<Source> Sources { get; init; } = [];
}
