using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum ClaimStatus
{
    [Label("確認済み")]
    Confirmed,

    [Label("未確認")]
    Unconfirmed,

    [Label("反証あり")]
    Contradicted,
}

/// <summary>
/// よくある主張の検証: a claim readers repeat and what the sources say. Unlike other rows, an
/// unconfirmed claim may have no source at all; that absence is the finding.
/// </summary>
public sealed record ClaimCheck : Entry
{
    [Label("主張")]
    public required string Claim { get; init; }

    [Label("判定")]
    public required ClaimStatus Status { get; init; }

    [Label("検証結果")]
    public required string Finding { get; init; }

    [Label("情報源")]
    public Ref<Source>? Source { get; init; }

    [Label("確認日")]
    public required DateOnly Checked { get; init; }
}

public sealed record ClaimsFile : Entry
{
    public IReadOnlyList<ClaimCheck> Claims { get; init; } = [];
}
