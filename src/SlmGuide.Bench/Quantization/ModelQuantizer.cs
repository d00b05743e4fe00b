using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Quantization;

/// <summary>Makes quantized variants of a GGUF model with llama.cpp's own quantizer (<c>llama_model_quantize</c>).</summary>
public sealed class ModelQuantizer(LlamaRuntime runtime)
{
    /// <summary>The variants the default benchmark suite makes of every synthetic model.</summary>
    public static IReadOnlyList<LlamaFileType> StandardVariants { get; } =
    [
        LlamaFileType.MostlyF16,
        LlamaFileType.MostlyQ8_0,
        LlamaFileType.MostlyQ6_K,
        LlamaFileType.MostlyQ5_K_M,
        LlamaFileType.MostlyQ4_K_M,
        LlamaFileType.MostlyQ4_0,
    ];

    public LlamaRuntime Runtime { get; } = runtime ?? throw new ArgumentNullException(nameof(runtime));

    /// <summary>The name llama.cpp's tools use for a file type, for example <c>Q4_K_M</c>.</summary>
    public static string DisplayName(LlamaFileType fileType) => fileType switch
    {
        LlamaFileType.AllF32 => "F32",
        LlamaFileType.MostlyF16 => "F16",
        LlamaFileType.MostlyBF16 => "BF16",
        _ => fileType.ToString()["Mostly".Length..],
    };

    /// <summary>
    /// Quantizes <paramref name="inputPath"/> into <paramref name="outputPath"/>. The result is
    /// written to a temporary name first and moved into place, so a failed or interrupted run never
    /// leaves a half-written model that a later run would take for a finished one.
    /// </summary>
    /// <param name="allowRequantize">Let the quantizer start from an already quantized file (a Q8_0 twin), as llama-quantize --allow-requantize does.</param>
    /// <exception cref="LlamaException">The input is missing or the quantizer reported failure.</exception>
    public void Quantize(string inputPath, string outputPath, LlamaFileType fileType, int threads = 0, bool allowRequantize = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        if (!File.Exists(inputPath))
        {
            throw new LlamaException($"{inputPath}: the model to quantize does not exist.");
        }

        var parameters = LlamaRuntime.DefaultQuantizeParams();
        parameters.FileType = fileType;
        parameters.ThreadCount = threads;
        parameters.AllowRequantize = allowRequantize ? (byte)1 : (byte)0;
        LlamaLogRouter.TakeRecentProblems();
        CompletedFile.Produce(outputPath, temporary =>
        {
            var status = LlamaNativeMethods.llama_model_quantize(inputPath, temporary, in parameters);
            if (status != 0)
            {
                throw new LlamaException(
                    $"{inputPath}: llama.cpp (engine at {Runtime.LibraryDirectory}) could not quantize to {DisplayName(fileType)} " +
                    $"(status {status}): {LlamaLogRouter.TakeRecentProblems()}");
            }
        });
    }
}
