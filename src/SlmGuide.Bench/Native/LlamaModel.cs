using System.Runtime.InteropServices;
using System.Text;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Quantization;

namespace SlmGuide.Bench.Native;

/// <summary>A model loaded by llama.cpp, with its vocabulary and the facts a benchmark reports.</summary>
public sealed unsafe class LlamaModel : IInferenceModel
{
    private readonly nint _vocab;

    private LlamaModel(SafeLlamaModelHandle handle, string path)
    {
        Handle = handle;
        Path = path;
        _vocab = LlamaNativeMethods.llama_model_get_vocab(handle);
    }

    public SafeLlamaModelHandle Handle { get; }

    public string Path { get; }

    /// <summary>llama.cpp's one-line description, for example "llama ?B all F32".</summary>
    public string Description => ReadString((buffer, size) => LlamaNativeMethods.llama_model_desc(Handle, buffer, size));

    public ulong ParameterCount => LlamaNativeMethods.llama_model_n_params(Handle);

    /// <summary>Bytes of all weight tensors as llama.cpp holds them.</summary>
    public ulong SizeInBytes => LlamaNativeMethods.llama_model_size(Handle);

    public int TrainedContextLength => LlamaNativeMethods.llama_model_n_ctx_train(Handle);

    public int EmbeddingLength => LlamaNativeMethods.llama_model_n_embd(Handle);

    public int LayerCount => LlamaNativeMethods.llama_model_n_layer(Handle);

    public int HeadCount => LlamaNativeMethods.llama_model_n_head(Handle);

    public int KeyValueHeadCount => LlamaNativeMethods.llama_model_n_head_kv(Handle);

    public LlamaFileType FileType => LlamaNativeMethods.llama_model_ftype(Handle);

    public string FileTypeName => ModelQuantizer.DisplayName(FileType);

    public int VocabularySize => LlamaNativeMethods.llama_vocab_n_tokens(_vocab);

    /// <summary><c>enum llama_vocab_type</c>: 1 is SentencePiece-style (SPM), 2 is byte-level BPE.</summary>
    public int VocabularyType => LlamaNativeMethods.llama_vocab_type(_vocab);

    public int BeginningOfSequenceToken => LlamaNativeMethods.llama_vocab_bos(_vocab);

    public int EndOfSequenceToken => LlamaNativeMethods.llama_vocab_eos(_vocab);

    public bool AddsBeginningOfSequence => LlamaNativeMethods.llama_vocab_get_add_bos(_vocab);

    /// <summary>All metadata key/value pairs llama.cpp read from the file, values rendered as text.</summary>
    public IReadOnlyDictionary<string, string> Metadata
    {
        get
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var count = LlamaNativeMethods.llama_model_meta_count(Handle);
            for (var i = 0; i < count; i++)
            {
                var key = ReadString((buffer, size) => LlamaNativeMethods.llama_model_meta_key_by_index(Handle, i, buffer, size));
                result[key] = ReadString((buffer, size) => LlamaNativeMethods.llama_model_meta_val_str_by_index(Handle, i, buffer, size));
            }

            return result;
        }
    }

    internal static LlamaModel Load(LlamaRuntime runtime, string path, LlamaModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new LlamaException($"{fullPath}: model file not found.");
        }

        var parameters = LlamaRuntime.DefaultModelParams();
        parameters.GpuLayerCount = options.GpuLayerCount;
        LlamaLogRouter.TakeRecentProblems();
        var pointer = LlamaNativeMethods.llama_model_load_from_file(fullPath, parameters);
        if (pointer == nint.Zero)
        {
            throw new LlamaException($"{fullPath}: llama.cpp could not load the model: {LlamaLogRouter.TakeRecentProblems()}");
        }

        return new LlamaModel(new SafeLlamaModelHandle(pointer), fullPath);
    }

    public LlamaContext CreateContext(LlamaContextOptions? options = null) => LlamaContext.Create(this, options ?? new LlamaContextOptions());

    IInferenceContext IInferenceModel.CreateContext(LlamaContextOptions options) => CreateContext(options);

    int[] IInferenceModel.Tokenize(string text) => Tokenize(text);

    /// <summary>Tokenizes UTF-8 text with the model's own tokenizer.</summary>
    /// <param name="addSpecial">Add BOS/EOS as the model asks (BOS for Llama).</param>
    public int[] Tokenize(string text, bool addSpecial = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var capacity = bytes.Length + 8;
        while (true)
        {
            var tokens = new int[capacity];
            int count;
            fixed (byte* textPointer = bytes)
            fixed (int* tokenPointer = tokens)
            {
                count = LlamaNativeMethods.llama_tokenize(_vocab, textPointer, bytes.Length, tokenPointer, capacity, addSpecial, parseSpecial: false);
            }

            if (count >= 0)
            {
                return tokens[..count];
            }

            if (count == int.MinValue)
            {
                throw new LlamaException($"{Path}: the text is too long to tokenize.");
            }

            // A negative count is the size llama.cpp needs.
            capacity = -count;
        }
    }

    /// <summary>The bytes a token stands for (a byte token is one byte, possibly part of a UTF-8 character).</summary>
    public byte[] TokenToBytes(int token)
    {
        Span<byte> buffer = stackalloc byte[256];
        int length;
        fixed (byte* pointer = buffer)
        {
            length = LlamaNativeMethods.llama_token_to_piece(_vocab, token, pointer, buffer.Length, 0, special: false);
        }

        return length < 0
            ? throw new LlamaException($"{Path}: token {token} has a piece longer than {buffer.Length} bytes.")
            : buffer[..length].ToArray();
    }

    public bool IsEndOfGeneration(int token) => LlamaNativeMethods.llama_vocab_is_eog(_vocab, token);

    public void Dispose() => Handle.Dispose();

    private delegate int StringReader(byte* buffer, nuint size);

    private static string ReadString(StringReader reader)
    {
        var size = 256;
        while (true)
        {
            var buffer = new byte[size];
            int written;
            fixed (byte* pointer = buffer)
            {
                written = reader(pointer, (nuint)size);
            }

            if (written < 0)
            {
                return string.Empty;
            }

            if (written < size)
            {
                return Encoding.UTF8.GetString(buffer, 0, written);
            }

            // snprintf-style: the return is the full length, so retry with room for it and the terminator.
            size = written + 1;
        }
    }
}
