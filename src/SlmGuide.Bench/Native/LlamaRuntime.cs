using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// The process-wide llama.cpp engine. <see cref="Initialize"/> finds the libraries, registers
/// every CPU backend variant in the folder (so ggml picks the best one for this CPU) and then
/// initialises llama.cpp; in that order, as the engine requires.
/// </summary>
public sealed unsafe class LlamaRuntime
{
    private static readonly Lock Gate = new();
    private static LlamaRuntime? _instance;

    private LlamaRuntime(string libraryDirectory)
    {
        LibraryDirectory = libraryDirectory;
    }

    /// <summary>The folder the engine was loaded from.</summary>
    public string LibraryDirectory { get; }

    /// <summary>llama.cpp's own version string (<c>llama_version()</c>).</summary>
    public static string Version => Marshal.PtrToStringUTF8((nint)LlamaNativeMethods.llama_version()) ?? string.Empty;

    /// <summary>CPU features and backends llama.cpp uses (<c>llama_print_system_info()</c>).</summary>
    public static string SystemInfo => Marshal.PtrToStringUTF8((nint)LlamaNativeMethods.llama_print_system_info()) ?? string.Empty;

    /// <summary>Where llama.cpp's log goes; by default errors are written to standard error.</summary>
    public static ILlamaLogSink LogSink
    {
        get => LlamaLogRouter.Sink;
        set => LlamaLogRouter.Sink = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>
    /// Loads the engine once per process. Later calls return the same runtime.
    /// </summary>
    /// <param name="libraryDirectory">Engine folder; null means <see cref="LlamaEngineLocator.Locate"/>.</param>
    /// <exception cref="LlamaEngineNotFoundException">The engine is not installed; the message says how to install it.</exception>
    public static LlamaRuntime Initialize(string? libraryDirectory = null)
    {
        lock (Gate)
        {
            if (_instance is not null)
            {
                return _instance;
            }

            var directory = Path.GetFullPath(libraryDirectory ?? LlamaEngineLocator.Locate());
            if (!LlamaEngineLocator.HasLlamaLibrary(directory))
            {
                throw new LlamaEngineNotFoundException(
                    $"'{directory}' holds no libllama. Install the engine with `{LlamaEngineLocator.InstallCommand}` at the repository root.");
            }

            LlamaLibraryResolver.Install(directory);
            LlamaLogRouter.Attach();
            LlamaNativeMethods.ggml_backend_load_all_from_path(directory);
            LlamaNativeMethods.llama_backend_init();
            _instance = new LlamaRuntime(directory);
            return _instance;
        }
    }

    public static LlamaModelParams DefaultModelParams() => LlamaNativeMethods.llama_model_default_params();

    public static LlamaContextParams DefaultContextParams() => LlamaNativeMethods.llama_context_default_params();

    public static LlamaModelQuantizeParams DefaultQuantizeParams() => LlamaNativeMethods.llama_model_quantize_default_params();

    /// <summary>Loads a GGUF model file with llama.cpp.</summary>
    /// <exception cref="LlamaException">llama.cpp could not load the file; the message carries its reason.</exception>
    public LlamaModel LoadModel(string path, LlamaModelOptions? options = null) => LlamaModel.Load(this, path, options ?? new LlamaModelOptions());
}
