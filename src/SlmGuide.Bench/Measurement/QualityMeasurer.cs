using System.Globalization;
using SlmGuide.Bench.Engine;
using SlmGuide.Bench.Native;
using SlmGuide.Data.Bench;

namespace SlmGuide.Bench.Measurement;

/// <summary>
/// Compares a model's next-token distributions with a reference model's over a fixed text, in the
/// manner of llama-perplexity's KL-divergence mode. The text is cut into windows that each start
/// from an empty cache, so any model can be scored whatever its trained context; both models decode
/// the same small batches in lockstep, so memory stays at a few batches of logits even for large vocabularies.
/// </summary>
public sealed class QualityMeasurer(int windowTokens = 512, int batchTokens = 64, int threads = 0)
{
    /// <summary>Scores <paramref name="model"/> alone (perplexity only) or against <paramref name="reference"/>.</summary>
    /// <exception cref="QualityTextTooShortException">The text has fewer than two tokens for this model.</exception>
    public QualityResult Measure(string text, IInferenceModel model, IInferenceModel? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        var tokens = model.Tokenize(text);
        if (tokens.Length < 2)
        {
            throw new QualityTextTooShortException(string.Create(CultureInfo.InvariantCulture, $"the quality text is {tokens.Length} token(s) long for this model; scoring a next token needs at least two"));
        }

        if (reference is not null)
        {
            if (reference.VocabularySize != model.VocabularySize || !reference.Tokenize(text).SequenceEqual(tokens))
            {
                throw new LlamaException($"{model.Path}: its vocabulary differs from the reference {reference.Path}; KL divergence needs the same tokens.");
            }
        }

        var window = Math.Min(windowTokens, model.TrainedContextLength);
        var vocabulary = model.VocabularySize;
        using var modelContext = CreateContext(model, window);
        using var referenceContext = reference is null ? null : CreateContext(reference, window);
        var modelLog = new double[batchTokens * vocabulary];
        var referenceLog = new double[batchTokens * vocabulary];
        var modelTop = new int[batchTokens];
        var referenceTop = new int[batchTokens];
        var divergences = new List<double>(tokens.Length);
        double modelNll = 0;
        double referenceNll = 0;
        var scored = 0;
        var agreements = 0;

        for (var windowStart = 0; windowStart < tokens.Length; windowStart += window)
        {
            var windowTokensSpan = tokens.AsSpan(windowStart, Math.Min(window, tokens.Length - windowStart));
            modelContext.ClearMemory();
            referenceContext?.ClearMemory();
            for (var batchStart = 0; batchStart < windowTokensSpan.Length; batchStart += batchTokens)
            {
                var batch = windowTokensSpan.Slice(batchStart, Math.Min(batchTokens, windowTokensSpan.Length - batchStart));
                Collect(modelContext, batch, modelLog, modelTop, vocabulary, batchStart);
                if (referenceContext is not null)
                {
                    Collect(referenceContext, batch, referenceLog, referenceTop, vocabulary, batchStart);
                }

                for (var i = 0; i < batch.Length; i++)
                {
                    var modelRow = modelLog.AsSpan(i * vocabulary, vocabulary);
                    var referenceRow = referenceLog.AsSpan(i * vocabulary, vocabulary);
                    var nextIndex = batchStart + i + 1;
                    if (nextIndex < windowTokensSpan.Length)
                    {
                        var next = windowTokensSpan[nextIndex];
                        modelNll -= modelRow[next];
                        referenceNll -= referenceRow[next];
                        scored++;
                    }

                    if (referenceContext is not null)
                    {
                        divergences.Add(LogSoftmax.KullbackLeibler(referenceRow, modelRow));
                        agreements += modelTop[i] == referenceTop[i] ? 1 : 0;
                    }
                }
            }
        }

        var perplexity = Math.Exp(modelNll / scored);
        if (reference is null)
        {
            return new QualityResult(tokens.Length, perplexity, null, null, null, null, null);
        }

        var sorted = divergences.Order().ToArray();
        var p99Index = Math.Max(0, (int)Math.Ceiling(0.99 * sorted.Length) - 1);
        return new QualityResult(
            sorted.Length,
            perplexity,
            Math.Exp(referenceNll / scored),
            divergences.Average(),
            sorted[p99Index],
            sorted[^1],
            100.0 * agreements / sorted.Length);
    }

    private IInferenceContext CreateContext(IInferenceModel model, int window) => model.CreateContext(new LlamaContextOptions
    {
        ContextSize = (uint)window,
        BatchSize = (uint)batchTokens,
        MicroBatchSize = (uint)batchTokens,
        OutputsMax = (uint)batchTokens,
        Threads = threads,
        ThreadsBatch = threads,
    });

    private static void Collect(IInferenceContext context, ReadOnlySpan<int> batch, double[] logRows, int[] tops, int vocabulary, int batchStart) =>
        context.DecodeWithAllLogits(batch, (position, logits) =>
        {
            var row = position - batchStart;
            tops[row] = LogSoftmax.Compute(logits, logRows.AsSpan(row * vocabulary, vocabulary));
        });
}
