using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Tests.Worker;

/// <summary>
/// Wraps a real engine and counts every decode call made through the models it loads, so a test
/// can tell what a worker wrote while its timed tests were still running.
/// </summary>
internal sealed class DecodeCounter(IInferenceEngine inner) : IInferenceEngine
{
    private int _decodes;

    public int Decodes => Volatile.Read(ref _decodes);

    public BenchEngine Kind => inner.Kind;

    public string Identity => inner.Identity;

    public IInferenceModel LoadModel(string path) => new CountedModel(inner.LoadModel(path), this);

    public void Quantize(string inputPath, string outputPath, LlamaFileType fileType, int threads = 0) =>
        inner.Quantize(inputPath, outputPath, fileType, threads);

    private void Count() => Interlocked.Increment(ref _decodes);

    private sealed class CountedModel(IInferenceModel inner, DecodeCounter counter) : IInferenceModel
    {
        public string Path => inner.Path;

        public string Description => inner.Description;

        public ulong ParameterCount => inner.ParameterCount;

        public ulong SizeInBytes => inner.SizeInBytes;

        public int TrainedContextLength => inner.TrainedContextLength;

        public string FileTypeName => inner.FileTypeName;

        public int VocabularySize => inner.VocabularySize;

        public int BeginningOfSequenceToken => inner.BeginningOfSequenceToken;

        public bool AddsBeginningOfSequence => inner.AddsBeginningOfSequence;

        public int[] Tokenize(string text) => inner.Tokenize(text);

        public IInferenceContext CreateContext(LlamaContextOptions options) => new CountedContext(inner.CreateContext(options), counter);

        public void Dispose() => inner.Dispose();
    }

    private sealed class CountedContext(IInferenceContext inner, DecodeCounter counter) : IInferenceContext
    {
        public void Decode(ReadOnlySpan<int> tokens)
        {
            inner.Decode(tokens);
            counter.Count();
        }

        public void DecodeOne(int token)
        {
            inner.DecodeOne(token);
            counter.Count();
        }

        public void DecodeWithAllLogits(ReadOnlySpan<int> tokens, LogitsVisitor visitor)
        {
            inner.DecodeWithAllLogits(tokens, visitor);
            counter.Count();
        }

        public int GreedyNextToken() => inner.GreedyNextToken();

        public void ClearMemory() => inner.ClearMemory();

        public void Dispose() => inner.Dispose();
    }
}
