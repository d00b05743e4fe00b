using System.Runtime.InteropServices;

namespace SlmGuide.Bench.Native;

/// <summary>
/// Source-generated entry points into libllama and libggml, declared from llama.h and
/// ggml-backend.h of the pinned release. The library names are logical: <see cref="LlamaLibraryResolver"/>
/// maps them to the files in the engine folder.
/// </summary>
internal static unsafe partial class LlamaNativeMethods
{
    internal const string Llama = "llama";
    internal const string Ggml = "ggml";

    [LibraryImport(Ggml, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void ggml_backend_load_all_from_path(string directoryPath);

    [LibraryImport(Llama)]
    internal static partial void llama_backend_init();

    [LibraryImport(Llama)]
    internal static partial void llama_log_set(delegate* unmanaged[Cdecl]<int, byte*, void*, void> callback, void* userData);

    [LibraryImport(Llama)]
    internal static partial byte* llama_print_system_info();

    [LibraryImport(Llama)]
    internal static partial byte* llama_version();

    [LibraryImport(Llama)]
    internal static partial LlamaModelParams llama_model_default_params();

    [LibraryImport(Llama)]
    internal static partial LlamaContextParams llama_context_default_params();

    [LibraryImport(Llama)]
    internal static partial LlamaModelQuantizeParams llama_model_quantize_default_params();

    [LibraryImport(Llama, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint llama_model_load_from_file(string path, LlamaModelParams parameters);

    [LibraryImport(Llama)]
    internal static partial void llama_model_free(nint model);

    [LibraryImport(Llama)]
    internal static partial nint llama_init_from_model(SafeLlamaModelHandle model, LlamaContextParams parameters);

    [LibraryImport(Llama)]
    internal static partial void llama_free(nint context);

    [LibraryImport(Llama, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint llama_model_quantize(string inputPath, string outputPath, in LlamaModelQuantizeParams parameters);

    [LibraryImport(Llama)]
    internal static partial uint llama_n_ctx(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial uint llama_n_batch(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial uint llama_n_ubatch(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial uint llama_n_seq_max(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial int llama_n_threads(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial int llama_n_threads_batch(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial nint llama_get_memory(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial void llama_memory_clear(nint memory, [MarshalAs(UnmanagedType.U1)] bool data);

    [LibraryImport(Llama)]
    internal static partial LlamaBatch llama_batch_get_one(int* tokens, int tokenCount);

    [LibraryImport(Llama)]
    internal static partial LlamaBatch llama_batch_init(int tokenCount, int embeddingLength, int sequenceMax);

    [LibraryImport(Llama)]
    internal static partial void llama_batch_free(LlamaBatch batch);

    [LibraryImport(Llama)]
    internal static partial int llama_decode(SafeLlamaContextHandle context, LlamaBatch batch);

    [LibraryImport(Llama)]
    internal static partial void llama_synchronize(SafeLlamaContextHandle context);

    [LibraryImport(Llama)]
    internal static partial float* llama_get_logits_ith(SafeLlamaContextHandle context, int index);

    [LibraryImport(Llama)]
    internal static partial nint llama_model_get_vocab(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_vocab_n_tokens(nint vocab);

    [LibraryImport(Llama)]
    internal static partial int llama_vocab_type(nint vocab);

    [LibraryImport(Llama)]
    internal static partial int llama_vocab_bos(nint vocab);

    [LibraryImport(Llama)]
    internal static partial int llama_vocab_eos(nint vocab);

    [LibraryImport(Llama)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool llama_vocab_get_add_bos(nint vocab);

    [LibraryImport(Llama)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool llama_vocab_is_eog(nint vocab, int token);

    [LibraryImport(Llama)]
    internal static partial int llama_tokenize(
        nint vocab,
        byte* text,
        int textLength,
        int* tokens,
        int maxTokens,
        [MarshalAs(UnmanagedType.U1)] bool addSpecial,
        [MarshalAs(UnmanagedType.U1)] bool parseSpecial);

    [LibraryImport(Llama)]
    internal static partial int llama_token_to_piece(
        nint vocab,
        int token,
        byte* buffer,
        int length,
        int leftStrip,
        [MarshalAs(UnmanagedType.U1)] bool special);

    [LibraryImport(Llama)]
    internal static partial int llama_model_desc(SafeLlamaModelHandle model, byte* buffer, nuint bufferSize);

    [LibraryImport(Llama)]
    internal static partial ulong llama_model_size(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial ulong llama_model_n_params(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_n_ctx_train(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_n_embd(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_n_layer(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_n_head(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_n_head_kv(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial LlamaFileType llama_model_ftype(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_meta_count(SafeLlamaModelHandle model);

    [LibraryImport(Llama)]
    internal static partial int llama_model_meta_key_by_index(SafeLlamaModelHandle model, int index, byte* buffer, nuint bufferSize);

    [LibraryImport(Llama)]
    internal static partial int llama_model_meta_val_str_by_index(SafeLlamaModelHandle model, int index, byte* buffer, nuint bufferSize);

    [LibraryImport(Llama)]
    internal static partial nint llama_sampler_init_greedy();

    [LibraryImport(Llama)]
    internal static partial int llama_sampler_sample(SafeLlamaSamplerHandle sampler, SafeLlamaContextHandle context, int index);

    [LibraryImport(Llama)]
    internal static partial void llama_sampler_free(nint sampler);
}
