using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum AdoptionPhase
{
    [Label("PoC")]
    ProofOfConcept,

    [Label("パイロット")]
    Pilot,

    [Label("本格展開")]
    Rollout,
}

/// <summary>6.1 フェーズ別アプローチ.</summary>
public sealed record PhasePlan : FactRow
{
    [Label("フェーズ")]
    public required AdoptionPhase Phase { get; init; }

    [Label("期間")]
    public string? Duration { get; init; }

    [Label("主要タスク")]
    public required string Tasks { get; init; }

    [Label("成功基準")]
    public required string SuccessCriteria { get; init; }

    [Label("注意点")]
    public string? Cautions { get; init; }
}

/// <summary>6.2 導入組織体制モデル.</summary>
public sealed record OrganizationModel : FactRow
{
    [Label("組織構造")]
    public required string Structure { get; init; }

    [Label("役割構成")]
    public required string Roles { get; init; }

    [Label("必要スキル")]
    public string? Skills { get; init; }

    [Label("適用環境")]
    public string? Environment { get; init; }

    [Label("メリット/デメリット")]
    public string? Tradeoffs { get; init; }
}

public sealed record AdoptionFile : Entry
{
    public IReadOnlyList<PhasePlan> Phases { get; init; } = [];

    public IReadOnlyList<OrganizationModel> OrgModels { get; init; } = [];
}
