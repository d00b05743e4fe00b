using System.Globalization;
using SlmGuide.Bench.Twins;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Twins;
using SlmGuide.Testing;

namespace SlmGuide.Bench.Tests.Twins;

/// <summary>The facts in data/bench/twin-architectures.yaml, and the shapes they give.</summary>
public sealed class TwinArchitectureFileTests
{
    [Fact]
    public void At_least_eight_models_of_the_survey_are_twinned_across_the_five_architectures()
    {
        var surveyIds = File.ReadLines(Path.Combine(TestRepository.Root, "data", "survey", "models.yaml"))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("- id: ", StringComparison.Ordinal))
            .Select(line => line["- id: ".Length..])
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(TwinData.All.Count >= 8, $"only {TwinData.All.Count} twins");
        Assert.All(TwinData.All.Keys, id => Assert.Contains(id, surveyIds));
        Assert.Equal(
            ["gemma3", "llama", "phi3", "qwen2", "qwen3"],
            TwinData.All.Values.Select(twin => EnumLabels.Of(twin.Architecture)).Distinct().Order(StringComparer.Ordinal));
        var sizes = TwinData.All.Values.Select(TwinTensorList.ParameterCount).ToList();
        Assert.InRange(sizes.Min(), 300_000_000UL, 1_000_000_000UL);
        Assert.InRange(sizes.Max(), 3_000_000_000UL, 4_500_000_000UL);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_value_has_a_source_a_check_date_and_copies_it_was_checked_against(string id)
    {
        var twin = TwinData.All[id];
        Assert.Equal("https", twin.Source.Scheme);
        Assert.EndsWith("config.json", twin.Source.AbsolutePath, StringComparison.Ordinal);
        Assert.NotEmpty(twin.VerifiedIn);
        Assert.True(twin.Checked >= new DateOnly(2026, 12, 2), "facts entered before the shapes were checked");
        var fieldNames = typeof(TwinArchitecture).GetProperties().Select(property => Snake(property.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.All(twin.Unconfirmed, field => Assert.Contains(field, fieldNames));
    }

    /// <summary>
    /// The twin's parameter count equals the published one to the parameter where the source prints
    /// an exact count; where it prints a rounded figure (0.49B), the count rounds to exactly that figure.
    /// </summary>
    [Theory]
    [MemberData(nameof(Ids))]
    public void The_parameter_count_is_the_published_one(string id)
    {
        var twin = TwinData.All[id];
        var count = TwinTensorList.ParameterCount(twin);
        if (twin.ParametersExact)
        {
            Assert.Equal(ulong.Parse(twin.ParametersPublished, CultureInfo.InvariantCulture), count);
            return;
        }

        var figure = twin.ParametersPublished.TrimEnd('B');
        var decimals = figure.Contains('.', StringComparison.Ordinal) ? figure.Length - figure.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var published = decimal.Parse(figure, CultureInfo.InvariantCulture);
        Assert.Equal(published, Math.Round(count / 1_000_000_000m, decimals, MidpointRounding.AwayFromZero));
    }

    public static TheoryData<string> Ids() => TwinData.Ids();

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
