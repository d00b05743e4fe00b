using SlmGuide.Data.Diagnostics;

namespace SlmGuide.Data.Bench;

/// <summary>Every machine's results file in a folder, read in file-name order, as the site shows them.</summary>
public static class ResultsFolder
{
    /// <summary>The readable part of each file; every unreadable part is added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<MachineResults> Load(string folder, Func<string, string> displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var machines = new List<MachineResults>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var document = ResultsFileReader.Read(path, displayPath(path));
            diagnostics.AddRange(document.Diagnostics);
            if (document.Machine is { } machine)
            {
                machines.Add(new MachineResults(machine, [.. document.Records.Select(stored => stored.Record)]));
            }
        }

        return machines;
    }
}
