namespace SlmGuide.Bench.Measurement;

/// <summary>Log-probabilities over the full vocabulary, computed in double precision from float logits.</summary>
public static class LogSoftmax
{
    /// <summary>Writes log softmax(logits) into <paramref name="destination"/> and returns the index of the largest logit.</summary>
    public static int Compute(ReadOnlySpan<float> logits, Span<double> destination)
    {
        if (destination.Length != logits.Length)
        {
            throw new ArgumentException("the destination must be as long as the logits", nameof(destination));
        }

        var best = 0;
        double max = logits[0];
        for (var i = 1; i < logits.Length; i++)
        {
            if (logits[i] > max)
            {
                max = logits[i];
                best = i;
            }
        }

        double sum = 0;
        for (var i = 0; i < logits.Length; i++)
        {
            sum += Math.Exp(logits[i] - max);
        }

        var logSum = Math.Log(sum);
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] = logits[i] - max - logSum;
        }

        return best;
    }

    /// <summary>KL(p ‖ q) = Σ p (log p − log q) for two log-probability vectors; exactly 0 when they are equal.</summary>
    public static double KullbackLeibler(ReadOnlySpan<double> referenceLog, ReadOnlySpan<double> modelLog)
    {
        double divergence = 0;
        for (var i = 0; i < referenceLog.Length; i++)
        {
            var difference = referenceLog[i] - modelLog[i];
            if (difference != 0)
            {
                divergence += Math.Exp(referenceLog[i]) * difference;
            }
        }

        return divergence;
    }
}
