using SlmGuide.Bench.Native;
using SlmGuide.Bench.Quantization;
using SlmGuide.Bench.Twins;

namespace SlmGuide.Bench.Tests.Twins;

/// <summary>
/// A twin's GGUF file weighs what the published GGUF of the real model weighs: within 0.5 %, beyond
/// the rounding of the figure the source prints. The tokenizer is the one part that differs (the twin's
/// placeholders against the real vocabulary and merges), a few megabytes at most.
/// </summary>
public sealed class TwinSizeTests
{
    private static readonly string[] MeasuredTypes = ["F16", "Q8_0", "Q4_K_M"];

    public static TheoryData<string, string> PublishedSizes()
    {
        var data = new TheoryData<string, string>();
        foreach (var twin in TwinData.All.Values.OrderBy(t => t.TwinOf, StringComparer.Ordinal))
        {
            foreach (var size in twin.PublishedGguf)
            {
                data.Add(twin.TwinOf, size.Type);
            }
        }

        return data;
    }

    [Fact]
    public void Sizes_are_published_for_the_F16_Q8_0_and_Q4_K_M_files_of_at_least_one_twin()
    {
        Assert.Contains(TwinData.All.Values, twin => MeasuredTypes.All(type => twin.PublishedGguf.Any(size => size.Type == type)));
    }

    [Theory]
    [MemberData(nameof(PublishedSizes))]
    public void The_twin_file_is_within_half_a_percent_of_the_published_GGUF(string id, string type)
    {
        var twin = TwinData.All[id];
        var published = twin.PublishedGguf.Single(size => size.Type == type);
        var fileType = TwinTypePlan.Supported.Single(t => ModelQuantizer.DisplayName(t) == type);
        var twinBytes = (double)TwinModelWriter.FileBytes(twin, fileType);

        var (value, rounding) = published.Bytes is { } bytes ? (bytes, 0.0) : (published.Gigabytes!.Value * 1e9, 0.5e9 * Math.Pow(10, -published.Decimals));
        var allowed = (0.005 * value) + rounding;
        Assert.True(
            Math.Abs(twinBytes - value) <= allowed,
            $"{id} {type}: twin {twinBytes / 1e9:F4} GB, published {value / 1e9:F4} GB (±{allowed / 1e9:F4})");
    }

    [Fact]
    public void The_plan_refuses_a_type_it_does_not_know()
    {
        var twin = TwinData.All.Values.First();
        Assert.Throws<ArgumentOutOfRangeException>(() => TwinTypePlan.For(twin, LlamaFileType.MostlyQ5_K_M));
    }
}
