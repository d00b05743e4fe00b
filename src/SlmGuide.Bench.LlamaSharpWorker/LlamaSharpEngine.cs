using System.Runtime.InteropServices;
using System.Security.Cryptography;
using LLama.Exceptions;
using LLama.Native;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Gguf;
using SlmGuide.Bench.Quantization;
using LlamaEngineNotFoundException = SlmGuide.Bench.Native.LlamaEngineNotFoundException;
using LlamaException = SlmGuide.Bench.Native.LlamaException;
using LlamaFileType = SlmGuide.Bench.Native.LlamaFileType;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>
/// LLamaSharp's build of llama.cpp through LLamaSharp's own API (<c>LLama.Native</c>), as a .NET
/// application would use it. Opened once per process: LLamaSharp loads one native library for good.
/// </summary>
public sealed unsafe class LlamaSharpEngine : IInferenceEngine
{
    private static readonly Lock Gate = new();
    private static LlamaSharpEngine? _instance;

    private LlamaSharpEngine(string libraryDirectory, string identity)
    {
        LibraryDirectory = libraryDirectory;
        Identity = identity;
    }

    public BenchEngine Kind => BenchEngine.LlamaSharp;

    /// <summary>The variant folder libllama was loaded from.</summary>
    public string LibraryDirectory { get; }

    /// <summary>Package version, the llama.cpp commit it bundles, and the loaded library's variant and hash.</summary>
    public string Identity { get; }

    /// <summary>Loads LLamaSharp's natives for this machine (or from <paramref name="libraryDirectory"/>) once per process.</summary>
    /// <exception cref="LlamaEngineNotFoundException">The natives or the OpenMP runtime are missing; the message names the fix.</exception>
    public static LlamaSharpEngine Open(string? libraryDirectory = null)
    {
        lock (Gate)
        {
            if (_instance is not null)
            {
                return _instance;
            }

            LlamaSharpNatives.RequireOpenMp();
            var folder = LlamaSharpNatives.Locate(libraryDirectory);
            var mtmd = Path.Combine(folder, LlamaSharpNatives.LibraryFile("mtmd"));
            NativeLibraryConfig.All
                .WithLibrary(Path.Combine(folder, LlamaSharpNatives.LibraryFile("llama")), File.Exists(mtmd) ? mtmd : null)
                .WithLogCallback(LlamaSharpLog.Receive);
            try
            {
                // Loads the library and initialises the backend; the *_Default() params need it first.
                NativeApi.llama_empty_call();
            }
            catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or RuntimeError)
            {
                throw new LlamaEngineNotFoundException($"LLamaSharp could not load {folder}: {exception.GetBaseException().Message}");
            }

            _instance = new LlamaSharpEngine(folder, Describe(folder));
            return _instance;
        }
    }

    public IInferenceModel LoadModel(string path) => LlamaSharpModel.Load(path);

    public void Quantize(string inputPath, string outputPath, LlamaFileType fileType, int threads = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        if (!File.Exists(inputPath))
        {
            throw new LlamaException($"{inputPath}: the model to quantize does not exist.");
        }

        // The native call, not the LLamaQuantizer wrapper: that one leaves the output tensor
        // unquantized (a different file from llama-quantize's) and reads "F16" as ambiguous.
        var parameters = LLamaModelQuantizeParams.Default();
        parameters.ftype = (LLamaFtype)(int)fileType;
        parameters.nthread = threads;
        CompletedFile.Produce(outputPath, temporary =>
        {
            var status = NativeApi.llama_model_quantize(inputPath, temporary, ref parameters);
            if (status != 0)
            {
                throw new LlamaException($"{inputPath}: LLamaSharp could not quantize to {ModelQuantizer.DisplayName(fileType)} (status {status}): {LlamaSharpLog.TakeRecent()}");
            }
        });
    }

    // LLamaSharp has no llama_version; ggml_commit of the same build names the llama.cpp commit.
    private static string Describe(string folder)
    {
        var library = Path.Combine(folder, LlamaSharpNatives.LibraryFile("llama"));
        var ggmlBase = NativeLibrary.Load(Path.Combine(folder, LlamaSharpNatives.LibraryFile("ggml-base")));
        var commit = Marshal.PtrToStringUTF8((nint)((delegate* unmanaged<byte*>)NativeLibrary.GetExport(ggmlBase, "ggml_commit"))()) ?? "unknown";
        using var stream = File.OpenRead(library);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
        return $"LLamaSharp {LlamaSharpBuild.PackageVersion} (llama.cpp {commit}, {Path.GetFileName(folder)}/{Path.GetFileName(library)} sha256:{hash})";
    }
}
