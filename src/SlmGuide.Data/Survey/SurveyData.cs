using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>Everything under data/survey/, typed, with the lookups the tables and checks need.</summary>
public sealed record SurveyData
{
    public SurveyFile Survey { get; init; } = new();

    public SourcesFile Sources { get; init; } = new();

    public TrendsFile Trends { get; init; } = new();

    public ModelsFile Models { get; init; } = new();

    public TechniquesFile Techniques { get; init; } = new();

    public HardwareFile Hardware { get; init; } = new();

    public CasesFile Cases { get; init; } = new();

    public AdoptionFile Adoption { get; init; } = new();

    public ToolsFile Tools { get; init; } = new();

    public ChallengesFile Challenges { get; init; } = new();

    public OutlookFile Outlook { get; init; } = new();

    public ClaimsFile Claims { get; init; } = new();

    /// <summary>
    /// Files that had errors. Their broken rows were dropped, so references into them are not
    /// checked until they are fixed: one typo should not cascade into a flood of follow-on errors.
    /// </summary>
    public IReadOnlySet<string> FilesWithErrors { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Source> SourcesById => _sourcesById ??= ById(Sources.Sources);

    public IReadOnlyDictionary<string, Model> ModelsById => _modelsById ??= ById(Models.Models);

    private IReadOnlyDictionary<string, Source>? _sourcesById;
    private IReadOnlyDictionary<string, Model>? _modelsById;

    /// <summary>Every row that states facts, in file order.</summary>
    public IEnumerable<FactRow> FactRows() =>
        Enumerable.Empty<FactRow>()
            .Concat(Trends.Trends).Concat(Trends.Research).Concat(Trends.EarlierResearch).Concat(Trends.Comparison)
            .Concat(Models.Models).Concat(Models.JapaneseEvaluations).Concat(Models.DomainModels)
            .Concat(Techniques.Techniques)
            .Concat(Hardware.Requirements).Concat(Hardware.EdgeDevices)
            .Concat(Cases.Cases)
            .Concat(Adoption.Phases).Concat(Adoption.OrgModels)
            .Concat(Tools.DevTools).Concat(Tools.EvalTools)
            .Concat(Challenges.Challenges)
            .Concat(Outlook.Technology).Concat(Outlook.Market);

    /// <summary>Sources some row or claim actually cites; section 10 lists exactly these.</summary>
    public IReadOnlySet<string> CitedSourceIds() =>
        FactRows().Select(r => r.Source.Id)
            .Concat(Claims.Claims.Where(c => c.Source is not null).Select(c => c.Source!.Value.Id))
            .ToHashSet(StringComparer.Ordinal);

    // The first entry wins on duplicate ids; validation reports the duplicates.
    private static Dictionary<string, T> ById<T>(IEnumerable<T> items)
        where T : IIdentified
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(item.Id, item);
        }

        return map;
    }
}
