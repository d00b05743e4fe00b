namespace SlmGuide.Bench.Measurement;

/// <summary>
/// The token ids a speed test decodes: BOS first when the model adds one, then
/// (i * 2654435761) mod vocabulary size. The C reference harness in bench/harness follows the same
/// rule, so both programs decode identical ids and their rates are comparable.
/// </summary>
public static class BenchTokens
{
    public static int At(int index, int vocabularySize, int? beginningOfSequence)
    {
        if (index == 0 && beginningOfSequence is { } bos)
        {
            return bos;
        }

        return (int)(((ulong)(uint)index * 2654435761UL) % (ulong)vocabularySize);
    }

    public static int[] Sequence(int count, int vocabularySize, int? beginningOfSequence)
    {
        var tokens = new int[count];
        for (var i = 0; i < count; i++)
        {
            tokens[i] = At(i, vocabularySize, beginningOfSequence);
        }

        return tokens;
    }
}
