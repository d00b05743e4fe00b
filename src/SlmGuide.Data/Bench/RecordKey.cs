using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SlmGuide.Data.Bench;

/// <summary>Everything that determines a measurement's numbers. Equal keys mean a re-run would measure the same thing.</summary>
public sealed record RecordKey
{
    public required string ModelSha256 { get; init; }

    public required string Engine { get; init; }

    public required string Machine { get; init; }

    public required int PromptTokens { get; init; }

    public required int GeneratedTokens { get; init; }

    public required int Repetitions { get; init; }

    public required int Threads { get; init; }

    /// <summary>SHA-256 of the reference model the quality was measured against, if any.</summary>
    public string? ReferenceSha256 { get; init; }

    /// <summary>SHA-256 of the quality text, if quality was measured.</summary>
    public string? QualityTextSha256 { get; init; }

    /// <summary>How the numbers were measured; see <see cref="MeasurementMethod"/> for when it changes.</summary>
    public int MethodVersion { get; init; } = MeasurementMethod.Unversioned;

    /// <summary>The engine's name (<c>llama.cpp</c>, <c>LLamaSharp</c>): every identity in <see cref="Engine"/> starts with it.</summary>
    public string EngineName() => Engine.Split(' ', 2)[0];

    /// <summary>For a memory probe, the context size its peak memory was measured at; null for a speed run.</summary>
    public int? ContextSize { get; init; }

    /// <summary>
    /// A short stable id: the first 16 hex digits of the SHA-256 of the key's fields in a fixed
    /// order. The unversioned method adds no field, so ids written before the version existed still match.
    /// </summary>
    public string ToId()
    {
        var fields = new List<string>
        {
            ModelSha256,
            Engine,
            Machine,
            PromptTokens.ToString(CultureInfo.InvariantCulture),
            GeneratedTokens.ToString(CultureInfo.InvariantCulture),
            Repetitions.ToString(CultureInfo.InvariantCulture),
            Threads.ToString(CultureInfo.InvariantCulture),
            ReferenceSha256 ?? "-",
            QualityTextSha256 ?? "-",
        };
        if (MethodVersion != MeasurementMethod.Unversioned)
        {
            fields.Add("method " + MethodVersion.ToString(CultureInfo.InvariantCulture));
        }

        // Added only when set, so the ids of speed runs stay what they were.
        if (ContextSize is { } context)
        {
            fields.Add("context " + context.ToString(CultureInfo.InvariantCulture));
        }

        var canonical = string.Join('\n', fields);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16];
    }
}
