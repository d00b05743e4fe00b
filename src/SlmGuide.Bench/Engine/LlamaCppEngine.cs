using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Suite;

namespace SlmGuide.Bench.Engine;

/// <summary>The npm package's llama.cpp through our own binding (<see cref="LlamaRuntime"/>).</summary>
public sealed class LlamaCppEngine(LlamaRuntime runtime) : IInferenceEngine
{
    public BenchEngine Kind => BenchEngine.LlamaCpp;

    public string Identity => EngineIdentity.Of(runtime);

    public IInferenceModel LoadModel(string path) => runtime.LoadModel(path);

    public void Quantize(string inputPath, string outputPath, LlamaFileType fileType, int threads = 0) =>
        new ModelQuantizer(runtime).Quantize(inputPath, outputPath, fileType, threads);
}
