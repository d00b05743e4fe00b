using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum ChallengeScope
{
    [Label("技術的課題")]
    Technical,

    [Label("組織的課題")]
    Organizational,
}

/// <summary>8.1 / 8.2: a challenge, its usual answer, and what differs for a Japanese company.</summary>
public sealed record KnownChallenge : FactRow
{
    [Label("範囲")]
    public required ChallengeScope Scope { get; init; }

    [Label("課題分類")]
    public required string Category { get; init; }

    [Label("具体的課題")]
    public required string Challenge { get; init; }

    [Label("一般的対策")]
    public required string Countermeasure { get; init; }

    [Label("日本企業特有の考慮点")]
    public string? JapanNotes { get; init; }
}

public sealed record ChallengesFile : Entry
{
    public IReadOnlyList<KnownChallenge> Challenges { get; init; } = [];
}
