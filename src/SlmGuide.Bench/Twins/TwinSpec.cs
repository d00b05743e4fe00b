using System.Globalization;
using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Data.Twins;

namespace SlmGuide.Bench.Twins;

/// <summary>
/// What fixes a twin file's bytes: the architecture, the type it is written in (F16, or Q8_0 for
/// models too large to keep as F16), the seed and the generator's version.
/// </summary>
public sealed record TwinSpec(TwinArchitecture Architecture, LlamaFileType FileType, ulong Seed)
{
    /// <summary>Changes whenever the generator would write different bytes for the same spec.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>The seed of every suite twin: one fixed seed, so a twin's file, and its hash, never change.</summary>
    public const ulong DefaultSeed = 20261202;

    /// <summary>Under a billion parameters a twin is written as F16 and measured at F16 too; larger twins start at Q8_0.</summary>
    public static LlamaFileType BaseTypeFor(TwinArchitecture architecture) =>
        TwinTensorList.ParameterCount(architecture) < 1_000_000_000UL ? LlamaFileType.MostlyF16 : LlamaFileType.MostlyQ8_0;

    /// <summary>A file-name-safe identity that changes whenever the shape, type, seed or generator changes.</summary>
    public string Identity
    {
        get
        {
            var a = Architecture;
            var shape = string.Join(
                '-',
                a.Architecture.ToString().ToLowerInvariant(),
                a.EmbeddingLength,
                a.LayerCount,
                a.HeadCount,
                a.KeyValueHeadCount,
                a.HeadDimension,
                a.FeedForwardLength,
                a.VocabularySize,
                a.TiedEmbeddings ? "tied" : "untied",
                a.AttentionBias ? "bias" : "nobias",
                a.RopeScaling.ToString().ToLowerInvariant(),
                a.RotatedDimensions,
                a.SlidingWindow ?? 0,
                a.ContextLength);
            return string.Create(CultureInfo.InvariantCulture, $"twin-{a.TwinOf}-{shape}-{ModelQuantizer.DisplayName(FileType)}-s{Seed}-g{GeneratorVersion}");
        }
    }
}
