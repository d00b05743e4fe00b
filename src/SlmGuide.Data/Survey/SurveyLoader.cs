using SlmGuide.Data.Binding;
using SlmGuide.Data.Concurrency;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Survey;

/// <summary>Loads data/survey/*.yaml into <see cref="SurveyData"/>. Each file has one fixed role, named by <see cref="SurveyDataFile"/>.</summary>
public static class SurveyLoader
{
    public const string Folder = "data/survey";

    /// <summary>The file names the guide reads, each with the record its top level binds to.</summary>
    public static IReadOnlyDictionary<string, Type> Files { get; } =
        new SortedDictionary<string, Type>(SurveyDataFile.All.ToDictionary(f => f.Name, f => f.RecordType), StringComparer.Ordinal);

    /// <param name="includeDrafts">Bind the rows marked <c>draft: true</c> (serve, <c>--drafts</c>) rather than leave them out.</param>
    public static SurveyData Load(SiteRoot root, DiagnosticBag diagnostics, bool includeDrafts = false)
    {
        var folder = root.Resolve(Folder);
        ReportUnknownFiles(root, folder, diagnostics);

        var loaded = ParallelWork.Map(SurveyDataFile.All, file => (File: file, Loaded: LoadFile(root, Path.Combine(folder, file.Name), file.RecordType, includeDrafts, diagnostics)));
        var dropped = new DroppedRows();
        var drafts = new DraftRows(includeDrafts);
        foreach (var (_, (_, droppedInFile, draftsInFile, _)) in loaded)
        {
            dropped.AddRange(droppedInFile);
            drafts.AddRange(draftsInFile);
        }

        var data = new SurveyData
        {
            UnreadFiles = loaded.Where(pair => pair.Loaded.Unread).Select(pair => pair.File.Name).ToHashSet(StringComparer.Ordinal),
            Dropped = dropped,
            Drafts = drafts,
        };

        // The properties are init-only for every reader; the loader alone fills them, by the same
        // list the file names come from, before anyone else sees the record.
        foreach (var (file, (entry, _, _, _)) in loaded.Where(pair => pair.Loaded.Entry is not null))
        {
            file.Property.SetValue(data, entry);
        }

        return data;
    }

    // Unread: the file exists but not even part of it could be bound (its YAML does not parse).
    private static (Entry? Entry, DroppedRows Dropped, DraftRows Drafts, bool Unread) LoadFile(SiteRoot root, string path, Type type, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var dropped = new DroppedRows();
        var drafts = new DraftRows(includeDrafts);
        if (!File.Exists(path))
        {
            return (null, dropped, drafts, false);
        }

        var local = new DiagnosticBag();
        var entry = YamlFileBinder.Bind(type, path, root.Display(path), local, dropped, drafts);
        diagnostics.AddRange(local.Sorted);
        return (entry, dropped, drafts, entry is null && dropped.Ids.Count == 0 && dropped.References.Count == 0 && dropped.TypesWithoutId.Count == 0);
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
