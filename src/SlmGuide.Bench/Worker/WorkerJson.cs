using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlmGuide.Bench.Worker;

/// <summary>The one JSON shape used between the runner and its workers: camelCase, one object per line.</summary>
public static class WorkerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };
}
