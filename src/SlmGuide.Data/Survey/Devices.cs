using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>What kind of machine a device is; the edge kinds of 4.2 and the computers readers compare them with.</summary>
public enum DeviceKind
{
    [Label("スマートフォン")]
    Smartphone,

    [Label("タブレット")]
    Tablet,

    [Label("エッジサーバー")]
    EdgeServer,

    [Label("組込み機器")]
    Embedded,

    [Label("IoTデバイス")]
    IoT,

    [Label("ノートPC")]
    Laptop,

    [Label("デスクトップPC")]
    Desktop,
}

/// <summary>
/// A device's memory: how much a model may take and how fast a token's weights can be read. These
/// two numbers decide whether a small model runs on it and roughly how fast (see 「このデバイスで動くか」).
/// </summary>
public sealed record Device : FactRow, IIdentified
{
    public required string Id { get; init; }

    [Label("機器")]
    public required string Name { get; init; }

    [Label("種類")]
    public required DeviceKind Kind { get; init; }

    [Label("SoC")]
    public string? Soc { get; init; }

    [Label("CPU")]
    public string? Cpu { get; init; }

    /// <summary>The memory sizes the device is sold with, in GB; each is its own row on the fit page.</summary>
    [Label("メモリ（GB）")]
    public IReadOnlyList<int> MemoryGb { get; init; } = [];

    [Label("メモリの種類")]
    public string? MemoryType { get; init; }

    /// <summary>The theoretical peak the vendor states, in GB/s (10^9 bytes); sustained reads reach less.</summary>
    [Label("メモリ帯域（GB/秒）")]
    public double? BandwidthGbPerSecond { get; init; }

    [Label("備考")]
    public string? Note { get; init; }
}

public sealed record DevicesFile : Entry
{
    public IReadOnlyList<Device> Devices { get; init; } = [];
}
