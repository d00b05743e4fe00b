using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

public enum SizeClass
{
    [Label("1B未満")]
    Below1B,

    [Label("1-3B")]
    From1To3B,

    [Label("3-7B")]
    From3To7B,
}

public enum DeviceType
{
    [Label("スマートフォン")]
    Smartphone,

    [Label("エッジサーバー")]
    EdgeServer,

    [Label("組込み機器")]
    Embedded,

    [Label("IoTデバイス")]
    IoT,
}

/// <summary>4.1 デバイス別必要スペック: one size class.</summary>
public sealed record HardwareRequirement : FactRow
{
    [Label("モデルサイズ")]
    public required SizeClass SizeClass { get; init; }

    [Label("CPU要件")]
    public required string Cpu { get; init; }

    [Label("メモリ要件")]
    public required string Memory { get; init; }

    [Label("GPU/NPU")]
    public string? Accelerator { get; init; }

    [Label("ディスク容量")]
    public string? Disk { get; init; }

    [Label("備考")]
    public string? Note { get; init; }
}

/// <summary>4.2 エッジデバイス別対応状況.</summary>
public sealed record EdgeDevice : FactRow
{
    [Label("デバイスタイプ")]
    public required DeviceType DeviceType { get; init; }

    [Label("製品例")]
    public required string Examples { get; init; }

    [Label("対応SLMサイズ")]
    public string? ModelSizes { get; init; }

    [Label("推論速度")]
    public string? Speed { get; init; }

    [Label("制約事項")]
    public string? Constraints { get; init; }
}

public sealed record HardwareFile : Entry
{
    public IReadOnlyList<HardwareRequirement> Requirements { get; init; } = [];

    public IReadOnlyList<EdgeDevice> EdgeDevices { get; init; } = [];
}
