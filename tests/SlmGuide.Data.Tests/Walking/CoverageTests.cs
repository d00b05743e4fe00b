using System.Reflection;
using SlmGuide.Data.Binding;
using SlmGuide.Data.Survey;

namespace SlmGuide.Data.Tests.Walking;

/// <summary>
/// The guard behind "no list can be forgotten": every list of fact rows anywhere in the survey's
/// records, found here by plain reflection over the types, is walked, and so is every reference.
/// </summary>
public sealed class CoverageTests
{
    [Fact]
    public void Every_fact_row_list_in_survey_data_is_walked()
    {
        var data = new SurveyData();
        var planted = new List<FactRow>();
        foreach (var file in FileProperties())
        {
            file.SetValue(data, Fill(file.PropertyType, planted));
        }

        var walked = data.Contents.FactRows;

        Assert.True(planted.Count >= 17, $"only {planted.Count} fact-row lists found; the reflection below lost some");
        Assert.All(planted, row => Assert.Contains(walked, found => ReferenceEquals(found, row)));
        Assert.Equal(planted.Count, walked.Count);
    }

    [Fact]
    public void References_in_nested_lists_and_optional_fields_are_walked()
    {
        var adoption = new AdoptionCase
        {
            Id = "case",
            Industry = Industry.Retail,
            Company = "店",
            Use = "案内",
            Models = [new Ref<Model>("m1", new("data/survey/cases.yaml", 5, 9)), new Ref<Model>("m2", new("data/survey/cases.yaml", 6, 9))],
            Source = new Ref<Source>("s1", new("data/survey/cases.yaml", 7, 13)),
            Checked = new DateOnly(2026, 11, 1),
        };
        var claim = new ClaimCheck
        {
            Claim = "小さいほど速い",
            Status = ClaimStatus.Confirmed,
            Finding = "概ね正しい",
            Source = new Ref<Source>("s2", new("data/survey/claims.yaml", 6, 13)),
            Checked = new DateOnly(2026, 11, 1),
        };
        var data = new SurveyData
        {
            Cases = new CasesFile { Cases = [adoption] },
            Claims = new ClaimsFile { Claims = [claim, claim with { Source = null }] },
        };

        var references = data.Contents.References.Select(r => (r.Target, r.Id, r.Location.ToString())).ToList();

        Assert.Equal(
            [
                (typeof(Model), "m1", "data/survey/cases.yaml:5:9"),
                (typeof(Model), "m2", "data/survey/cases.yaml:6:9"),
                (typeof(Source), "s1", "data/survey/cases.yaml:7:13"),
                (typeof(Source), "s2", "data/survey/claims.yaml:6:13"),
            ],
            references);
        Assert.Equal(["s1", "s2"], data.Contents.CitedSourceIds().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<PropertyInfo> FileProperties() =>
        typeof(SurveyData).GetProperties().Where(p => typeof(Entry).IsAssignableFrom(p.PropertyType));

    // An instance of the record with one fresh row in each list of fact rows, at any depth.
    private static Entry Fill(Type recordType, List<FactRow> planted)
    {
        var entry = (Entry)Activator.CreateInstance(recordType)!;
        foreach (var property in recordType.GetProperties().Where(p => p.CanWrite))
        {
            var type = property.PropertyType;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(FactRow).IsAssignableFrom(type.GetGenericArguments()[0]))
            {
                var row = (FactRow)Activator.CreateInstance(type.GetGenericArguments()[0])!;
                planted.Add(row);
                var list = Array.CreateInstance(type.GetGenericArguments()[0], 1);
                list.SetValue(row, 0);
                property.SetValue(entry, list);
            }
            else if (typeof(Entry).IsAssignableFrom(Nullable.GetUnderlyingType(type) ?? type) && !type.IsAbstract)
            {
                property.SetValue(entry, Fill(type, planted));
            }
        }

        return entry;
    }
}
