namespace SlmGuide.Data.Bench;

/// <summary>The site's benchmark tables a metric is a column of.</summary>
[Flags]
public enum MetricTables
{
    None = 0,

    /// <summary>Speed, memory and size: every measured record.</summary>
    Speed = 1,

    /// <summary>Quantization error: records measured against a reference.</summary>
    Quality = 2,
}
