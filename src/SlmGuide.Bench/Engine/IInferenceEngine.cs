namespace SlmGuide.Bench.Engine;

/// <summary>One engine a worker measures with: its identity for the results' keys, model loading and llama.cpp's quantizer.</summary>
public interface IInferenceEngine
{
    BenchEngine Kind { get; }

    /// <summary>The exact build, as results are keyed: for example <c>LLamaSharp 0.30.0 (llama.cpp 815a2a5, …)</c>.</summary>
    string Identity { get; }

    /// <summary>Loads a GGUF file on the CPU.</summary>
    /// <exception cref="Native.LlamaException">The engine could not load the file; the message carries its reason.</exception>
    IInferenceModel LoadModel(string path);

    /// <summary>Writes <paramref name="outputPath"/> as <paramref name="inputPath"/> quantized to <paramref name="fileType"/> with the engine's own quantizer.</summary>
    /// <exception cref="Native.LlamaException">The quantizer reported failure.</exception>
    void Quantize(string inputPath, string outputPath, Native.LlamaFileType fileType, int threads = 0);
}
