namespace SlmGuide.Data.Twins;

/// <summary>Shapes llama.cpp would reject, found before a multi-gigabyte file is written.</summary>
public static class TwinArchitectureRules
{
    public static IReadOnlyList<string> Problems(TwinArchitecture twin)
    {
        ArgumentNullException.ThrowIfNull(twin);
        var problems = new List<string>();
        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        Require(twin.EmbeddingLength > 0 && twin.EmbeddingLength % 32 == 0, $"embedding_length {twin.EmbeddingLength} must be a positive multiple of 32");
        Require(twin.FeedForwardLength > 0 && twin.FeedForwardLength % 32 == 0, $"feed_forward_length {twin.FeedForwardLength} must be a positive multiple of 32");
        Require(twin.LayerCount is > 0 and <= 512, $"layer_count {twin.LayerCount} must be from 1 to 512");
        Require(twin.HeadCount > 0 && twin.KeyValueHeadCount > 0 && twin.HeadCount % twin.KeyValueHeadCount == 0, $"key_value_head_count {twin.KeyValueHeadCount} must divide head_count {twin.HeadCount}");
        Require(twin.HeadDimension > 0 && twin.HeadDimension % 2 == 0, $"head_dimension {twin.HeadDimension} must be even");
        Require(twin.RotatedDimensions > 0 && twin.RotatedDimensions <= twin.HeadDimension && twin.RotatedDimensions % 2 == 0, $"rope_dimension_count {twin.RotatedDimensions} must be even and at most the head dimension");
        Require(twin.VocabularySize is >= 259 and <= 1_048_576, $"vocabulary_size {twin.VocabularySize} must be from 259 (the byte tokens) to 1048576");
        Require(twin.ContextLength is >= 16 and <= 1_048_576, $"context_length {twin.ContextLength} must be from 16 to 1048576");
        Require(twin.Architecture is not TwinFamily.Phi3 || twin.QueryLength == twin.EmbeddingLength, "phi3 needs head_count × head_dimension equal to embedding_length");
        Require(twin.SlidingWindow is null || twin.Architecture is TwinFamily.Gemma3, "only gemma3 twins take a sliding_window");
        return problems;
    }
}
