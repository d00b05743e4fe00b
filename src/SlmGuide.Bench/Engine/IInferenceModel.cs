using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Engine;

/// <summary>
/// A model loaded by one engine, with what the measurements read of it. Both engines are builds
/// of llama.cpp, so the facts have llama.cpp's meanings whichever binding reads them.
/// </summary>
public interface IInferenceModel : IDisposable
{
    string Path { get; }

    /// <summary>llama.cpp's one-line description, for example "llama ?B all F32".</summary>
    string Description { get; }

    ulong ParameterCount { get; }

    /// <summary>Bytes of all weight tensors as llama.cpp holds them: what one generated token reads.</summary>
    ulong SizeInBytes { get; }

    int TrainedContextLength { get; }

    /// <summary>The weight type as llama.cpp's tools name it: F32, F16, Q8_0, Q4_K_M, …</summary>
    string FileTypeName { get; }

    int VocabularySize { get; }

    int BeginningOfSequenceToken { get; }

    bool AddsBeginningOfSequence { get; }

    /// <summary>Tokenizes UTF-8 text with the model's own tokenizer, adding BOS as the model asks.</summary>
    int[] Tokenize(string text);

    IInferenceContext CreateContext(LlamaContextOptions options);
}
