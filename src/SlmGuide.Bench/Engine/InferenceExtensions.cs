namespace SlmGuide.Bench.Engine;

/// <summary>What both engines do the same way on top of <see cref="IInferenceContext"/>.</summary>
public static class InferenceExtensions
{
    /// <summary>Greedy generation: decodes the prompt, then repeatedly the token the greedy sampler chose.</summary>
    public static int[] GenerateGreedy(this IInferenceContext context, ReadOnlySpan<int> prompt, int count)
    {
        ArgumentNullException.ThrowIfNull(context);
        var produced = new int[count];
        context.Decode(prompt);
        for (var i = 0; i < count; i++)
        {
            produced[i] = context.GreedyNextToken();
            context.DecodeOne(produced[i]);
        }

        return produced;
    }
}
