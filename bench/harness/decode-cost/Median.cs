/// <summary>The order statistics that bracket a median, as bench/harness/overhead.py computes them.</summary>
internal static class Median
{
    /// <summary>At least 95 % confidence from the binomial(n, 1/2) law, free of any assumed distribution.</summary>
    public static (double Low, double High) Interval(IReadOnlyList<double> values)
    {
        var ordered = values.Order().ToList();
        var n = ordered.Count;
        var below = 0.0;
        var k = 0;
        while (k < n && 2 * (below + Binomial(n, k)) <= 0.05)
        {
            below += Binomial(n, k);
            k++;
        }

        return k > 0 ? (ordered[k - 1], ordered[n - k]) : (ordered[0], ordered[^1]);
    }

    private static double Binomial(int n, int k)
    {
        // C(n, k) / 2^n in logarithms: n reaches the hundreds.
        var logarithm = 0.0;
        for (var i = 0; i < k; i++)
        {
            logarithm += Math.Log(n - i) - Math.Log(i + 1);
        }

        return Math.Exp(logarithm - (n * Math.Log(2)));
    }
}
