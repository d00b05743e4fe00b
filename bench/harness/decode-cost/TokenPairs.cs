using System.Diagnostics;

/// <summary>
/// Times two ways of decoding one token against each other, token by token: within a tg128 on one
/// context, tokens 2k and 2k+1 form a pair, one decoded each way, and which way goes first
/// alternates from pair to pair and from round to round. The two tokens of a pair are a few
/// milliseconds apart, so the machine's spells, which last seconds, fall on both alike.
/// </summary>
internal sealed class TokenPairs(int tokens, Action clear)
{
    /// <summary>Microseconds each way took for every pair, after one untimed round.</summary>
    public (List<double> First, List<double> Second) Measure(Action<int> first, Action<int> second, int rounds)
    {
        var firstTimes = new List<double>(rounds * tokens / 2);
        var secondTimes = new List<double>(rounds * tokens / 2);
        for (var round = 0; round <= rounds; round++)
        {
            clear();
            for (var position = 0; position + 1 < tokens; position += 2)
            {
                var firstGoesFirst = (position / 2 + round) % 2 == 0;
                var early = Time(firstGoesFirst ? first : second, position);
                var late = Time(firstGoesFirst ? second : first, position + 1);
                if (round > 0)
                {
                    firstTimes.Add(firstGoesFirst ? early : late);
                    secondTimes.Add(firstGoesFirst ? late : early);
                }
            }
        }

        return (firstTimes, secondTimes);
    }

    private static double Time(Action<int> decode, int position)
    {
        var started = Stopwatch.GetTimestamp();
        decode(position);
        return Stopwatch.GetElapsedTime(started).TotalMicroseconds;
    }
}
