using SlmGuide.Data.Binding;
using SlmGuide.Data.Concurrency;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Survey;

/// <summary>Loads data/survey/*.yaml into <see cref="SurveyData"/>. Each file has one fixed role.</summary>
public static class SurveyLoader
{
    public const string Folder = "data/survey";

    /// <summary>The file names the guide reads, each with the record its top level binds to.</summary>
    public static IReadOnlyDictionary<string, Type> Files { get; } = new SortedDictionary<string, Type>(StringComparer.Ordinal)
    {
        ["survey.yaml"] = typeof(SurveyFile),
        ["sources.yaml"] = typeof(SourcesFile),
        ["trends.yaml"] = typeof(TrendsFile),
        ["models.yaml"] = typeof(ModelsFile),
        ["techniques.yaml"] = typeof(TechniquesFile),
        ["hardware.yaml"] = typeof(HardwareFile),
        ["cases.yaml"] = typeof(CasesFile),
        ["adoption.yaml"] = typeof(AdoptionFile),
        ["tools.yaml"] = typeof(ToolsFile),
        ["challenges.yaml"] = typeof(ChallengesFile),
        ["outlook.yaml"] = typeof(OutlookFile),
        ["claims.yaml"] = typeof(ClaimsFile),
    };

    public static SurveyData Load(SiteRoot root, DiagnosticBag diagnostics)
    {
        var folder = root.Resolve(Folder);
        ReportUnknownFiles(root, folder, diagnostics);

        var loaded = ParallelWork.Map(Files.ToList(), pair => (pair.Key, Loaded: LoadFile(root, Path.Combine(folder, pair.Key), pair.Value, diagnostics)))
            .ToDictionary(pair => pair.Key, pair => pair.Loaded, StringComparer.Ordinal);
        var withErrors = loaded.Where(pair => pair.Value.HasErrors).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        T Get<T>(string name)
            where T : Entry, new() => loaded[name].Entry as T ?? new T();

        return new SurveyData
        {
            Survey = Get<SurveyFile>("survey.yaml"),
            Sources = Get<SourcesFile>("sources.yaml"),
            Trends = Get<TrendsFile>("trends.yaml"),
            Models = Get<ModelsFile>("models.yaml"),
            Techniques = Get<TechniquesFile>("techniques.yaml"),
            Hardware = Get<HardwareFile>("hardware.yaml"),
            Cases = Get<CasesFile>("cases.yaml"),
            Adoption = Get<AdoptionFile>("adoption.yaml"),
            Tools = Get<ToolsFile>("tools.yaml"),
            Challenges = Get<ChallengesFile>("challenges.yaml"),
            Outlook = Get<OutlookFile>("outlook.yaml"),
            Claims = Get<ClaimsFile>("claims.yaml"),
            FilesWithErrors = withErrors,
        };
    }

    private static (Entry? Entry, bool HasErrors) LoadFile(SiteRoot root, string path, Type type, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return (null, false);
        }

        var local = new DiagnosticBag();
        var entry = YamlFileBinder.Bind(type, path, root.Display(path), local);
        diagnostics.AddRange(local.Sorted);
        return (entry, local.HasErrors);
    }

    private static void ReportUnknownFiles(SiteRoot root, string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (Files.ContainsKey(name) || name.StartsWith('.'))
            {
                continue;
            }

            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UnknownDataFile,
                SourceLocation.StartOf(root.Display(path)),
                $"`{name}` is not a survey data file, so the site ignores it",
                Suggestions.DidYouMean(name, Files.Keys) ?? $"survey files are {string.Join(", ", Files.Keys)}"));
        }
    }
}
