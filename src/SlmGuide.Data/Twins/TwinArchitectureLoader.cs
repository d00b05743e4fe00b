using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Yaml;

namespace SlmGuide.Data.Twins;

/// <summary>Reads data/bench/twin-architectures.yaml, reporting problems at their line and column.</summary>
public static class TwinArchitectureLoader
{
    /// <summary>For the site, where twins are optional: none when the file does not exist, and none when it has errors (they are reported).</summary>
    public static IReadOnlyDictionary<string, TwinArchitecture> LoadIfPresent(SiteRoot root, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(root);
        return File.Exists(root.Resolve(TwinArchitecturesFile.FileName))
            ? Load(root.FullPath, diagnostics) ?? new Dictionary<string, TwinArchitecture>(StringComparer.Ordinal)
            : new Dictionary<string, TwinArchitecture>(StringComparer.Ordinal);
    }

    /// <summary>The twins by the model id they copy, or null when the file is missing or has errors.</summary>
    public static IReadOnlyDictionary<string, TwinArchitecture>? Load(string rootDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var path = Path.Combine(Path.GetFullPath(rootDirectory), TwinArchitecturesFile.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteFileMissing, SourceLocation.StartOf(TwinArchitecturesFile.FileName), "the twin architecture file does not exist", $"create {TwinArchitecturesFile.FileName}, or drop the `twin_of` entries"));
            return null;
        }

        var errorsBefore = diagnostics.Sorted.Count(d => d.IsError);
        var file = YamlFileBinder.Bind<TwinArchitecturesFile>(path, TwinArchitecturesFile.FileName, diagnostics);
        if (file is null)
        {
            return null;
        }

        var byModel = new Dictionary<string, TwinArchitecture>(StringComparer.Ordinal);
        foreach (var twin in file.Twins)
        {
            if (!byModel.TryAdd(twin.TwinOf, twin))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, twin.LocationOf("twin_of"), $"`{twin.TwinOf}` has two architectures", "keep one entry per model"));
            }

            foreach (var problem in TwinArchitectureRules.Problems(twin))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SuiteSyntheticShape, twin.Location, $"twin of `{twin.TwinOf}`: {problem}", "correct the shape from the model's config.json"));
            }
        }

        return diagnostics.Sorted.Count(d => d.IsError) > errorsBefore ? null : byModel;
    }
}
