using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Gguf;

/// <summary>
/// Block size (elements) and block bytes of each tensor type, as ggml_blck_size and ggml_type_size
/// report them in the pinned engine. Needed to check that a tensor fits in the file.
/// </summary>
public static class GgmlTypeLayout
{
    private static readonly Dictionary<GgmlType, (uint BlockElements, uint BlockBytes)> Layouts = new()
    {
        [GgmlType.F32] = (1, 4),
        [GgmlType.F16] = (1, 2),
        [GgmlType.Q4_0] = (32, 18),
        [GgmlType.Q4_1] = (32, 20),
        [GgmlType.Q5_0] = (32, 22),
        [GgmlType.Q5_1] = (32, 24),
        [GgmlType.Q8_0] = (32, 34),
        [GgmlType.Q8_1] = (32, 36),
        [GgmlType.Q2_K] = (256, 84),
        [GgmlType.Q3_K] = (256, 110),
        [GgmlType.Q4_K] = (256, 144),
        [GgmlType.Q5_K] = (256, 176),
        [GgmlType.Q6_K] = (256, 210),
        [GgmlType.Q8_K] = (256, 292),
        [GgmlType.IQ2_XXS] = (256, 66),
        [GgmlType.IQ2_XS] = (256, 74),
        [GgmlType.IQ3_XXS] = (256, 98),
        [GgmlType.IQ1_S] = (256, 50),
        [GgmlType.IQ4_NL] = (32, 18),
        [GgmlType.IQ3_S] = (256, 110),
        [GgmlType.IQ2_S] = (256, 82),
        [GgmlType.IQ4_XS] = (256, 136),
        [GgmlType.I8] = (1, 1),
        [GgmlType.I16] = (1, 2),
        [GgmlType.I32] = (1, 4),
        [GgmlType.I64] = (1, 8),
        [GgmlType.F64] = (1, 8),
        [GgmlType.IQ1_M] = (256, 56),
        [GgmlType.BF16] = (1, 2),
        [GgmlType.TQ1_0] = (256, 54),
        [GgmlType.TQ2_0] = (256, 66),
        [GgmlType.MXFP4] = (32, 17),
        [GgmlType.NVFP4] = (64, 36),
        [GgmlType.Q1_0] = (128, 18),
        [GgmlType.Q2_0] = (64, 18),
    };

    public static bool IsKnown(GgmlType type) => Layouts.ContainsKey(type);

    public static uint BlockElements(GgmlType type) => Layouts[type].BlockElements;

    public static uint BlockBytes(GgmlType type) => Layouts[type].BlockBytes;

    /// <summary>Bytes of <paramref name="elementCount"/> elements; the count must be a whole number of blocks.</summary>
    public static ulong ByteSize(GgmlType type, ulong elementCount)
    {
        var (blockElements, blockBytes) = Layouts[type];
        return checked(elementCount / blockElements * blockBytes);
    }

    /// <summary>The name llama.cpp prints for a type, for example <c>q4_K</c>.</summary>
    public static string Name(GgmlType type) => type switch
    {
        GgmlType.Q2_K or GgmlType.Q3_K or GgmlType.Q4_K or GgmlType.Q5_K or GgmlType.Q6_K or GgmlType.Q8_K =>
            type.ToString().ToLowerInvariant()[..^1] + "K",
        _ => type.ToString().ToLowerInvariant(),
    };
}
