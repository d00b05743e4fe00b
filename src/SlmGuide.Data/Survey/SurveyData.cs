using SlmGuide.Data.Binding;

namespace SlmGuide.Data.Survey;

/// <summary>
/// Everything under data/survey/, typed, with the lookups the tables and checks need. Each
/// record-typed property is one file (<see cref="SurveyDataFile"/>): adding a property adds a file.
/// </summary>
public sealed record SurveyData
{
    public SurveyFile Survey { get; init; } = new();

    public SourcesFile Sources { get; init; } = new();

    public TrendsFile Trends { get; init; } = new();

    public ModelsFile Models { get; init; } = new();

    public TechniquesFile Techniques { get; init; } = new();

    public HardwareFile Hardware { get; init; } = new();

    public DevicesFile Devices { get; init; } = new();

    public CasesFile Cases { get; init; } = new();

    public AdoptionFile Adoption { get; init; } = new();

    public ToolsFile Tools { get; init; } = new();

    public ChallengesFile Challenges { get; init; } = new();

    public OutlookFile Outlook { get; init; } = new();

    public ClaimsFile Claims { get; init; } = new();

    /// <summary>
    /// Files that could not be read at all (their YAML does not parse), so references into them
    /// are not checked until they are fixed: one typo should not cascade into a flood of follow-on errors.
    /// </summary>
    public IReadOnlySet<string> UnreadFiles { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What the rows dropped for an error still hold: their references are checked, and their ids count as existing.</summary>
    public DroppedRows Dropped { get; init; } = new();

    /// <summary>Whether this load took draft rows in, and the lines of those it left out.</summary>
    public DraftRows Drafts { get; init; } = new(include: false);

    public IReadOnlyDictionary<string, Source> SourcesById => _sourcesById ??= ById(Sources.Sources);

    public IReadOnlyDictionary<string, Model> ModelsById => _modelsById ??= ById(Models.Models);

    /// <summary>Every entry, fact row and reference of every file, found by walking the records.</summary>
    public SurveyContents Contents => _contents ??= SurveyContents.Of(
        SurveyDataFile.All.Select(file => file.In(this)),
        SurveyDataFile.All.Where(file => UnreadFiles.Contains(file.Name)).Select(file => file.RecordType),
        Dropped);

    private IReadOnlyDictionary<string, Source>? _sourcesById;
    private IReadOnlyDictionary<string, Model>? _modelsById;
    private SurveyContents? _contents;

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
