using System.Globalization;
using System.Text;
using LLama.Exceptions;
using LLama.Native;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Quantization;
using LlamaContextOptions = SlmGuide.Bench.Native.LlamaContextOptions;
using LlamaException = SlmGuide.Bench.Native.LlamaException;
using LlamaFileType = SlmGuide.Bench.Native.LlamaFileType;

namespace SlmGuide.Bench.LlamaSharpWorker;

/// <summary>A model loaded through LLamaSharp's <see cref="SafeLlamaModelHandle"/>.</summary>
public sealed class LlamaSharpModel : IInferenceModel
{
    private readonly SafeLlamaModelHandle _handle;

    private LlamaSharpModel(SafeLlamaModelHandle handle, string path)
    {
        _handle = handle;
        Path = path;
    }

    public string Path { get; }

    public string Description => _handle.Description;

    public ulong ParameterCount => _handle.ParameterCount;

    public ulong SizeInBytes => _handle.SizeInBytes;

    public int TrainedContextLength => _handle.ContextSize;

    /// <summary>From the file's <c>general.file_type</c>: LLamaSharp does not expose <c>llama_model_ftype</c>.</summary>
    public string FileTypeName =>
        _handle.MetadataValueByKey("general.file_type") is { } value &&
        int.TryParse(Encoding.UTF8.GetString(value.Span), NumberStyles.None, CultureInfo.InvariantCulture, out var type)
            ? ModelQuantizer.DisplayName((LlamaFileType)type)
            : "unknown";

    public int VocabularySize => _handle.Vocab.Count;

    public int BeginningOfSequenceToken => _handle.Vocab.BOS is { } bos ? (int)bos : -1;

    public bool AddsBeginningOfSequence => _handle.Vocab.ShouldAddBOS;

    internal SafeLlamaModelHandle Handle => _handle;

    /// <exception cref="LlamaException">LLamaSharp could not load the file.</exception>
    public static LlamaSharpModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new LlamaException($"{fullPath}: model file not found.");
        }

        var parameters = LLamaModelParams.Default();
        parameters.n_gpu_layers = 0;
        try
        {
            return new LlamaSharpModel(SafeLlamaModelHandle.LoadFromFile(fullPath, parameters), fullPath);
        }
        catch (RuntimeError exception)
        {
            throw new LlamaException($"{fullPath}: LLamaSharp could not load the model: {exception.Message} ({LlamaSharpLog.TakeRecent()})", exception);
        }
    }

    public int[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _handle.Tokenize(text, addBos: true, special: false, Encoding.UTF8).Select(token => (int)token)];
    }

    public IInferenceContext CreateContext(LlamaContextOptions options) => LlamaSharpContext.Create(this, options);

    public void Dispose() => _handle.Dispose();
}
