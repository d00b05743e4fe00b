// The members keep llama.cpp's spelling (Q4_K_M, ...), which is how users and the file format name them.
#pragma warning disable CA1707

namespace SlmGuide.Bench.Native;

/// <summary>Whole-model quantization presets of <c>enum llama_ftype</c> (llama.h of the pinned engine).</summary>
public enum LlamaFileType
{
    AllF32 = 0,
    MostlyF16 = 1,
    MostlyQ4_0 = 2,
    MostlyQ4_1 = 3,
    MostlyQ8_0 = 7,
    MostlyQ5_0 = 8,
    MostlyQ5_1 = 9,
    MostlyQ2_K = 10,
    MostlyQ3_K_S = 11,
    MostlyQ3_K_M = 12,
    MostlyQ3_K_L = 13,
    MostlyQ4_K_S = 14,
    MostlyQ4_K_M = 15,
    MostlyQ5_K_S = 16,
    MostlyQ5_K_M = 17,
    MostlyQ6_K = 18,
    MostlyBF16 = 32,
    Guessed = 1024,
}
