using System.Text.Json;
using SlmGuide.Data.Changes;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Survey;
using SlmGuide.Data.Yaml;
using SlmGuide.Site.Building;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Output;

/// <summary>Publishes each survey data file (and the changelog) as /data/&lt;name&gt;.json for readers who want the raw data.</summary>
public sealed class DataFilesStep : IOutputStep
{
    public string Name => "data files";

    public SiteInputKinds DependsOn => SiteInputKinds.Data;

    public IReadOnlyList<string> Publishes { get; } = ["/data/"];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var root = site.Inputs.Root;
        var files = SurveyLoader.Files.Keys
            .Select(name => root.Resolve(Path.Combine(SurveyLoader.Folder, name)))
            .Append(root.Resolve(Changelog.FileName))
            .Where(File.Exists);
        foreach (var path in files)
        {
            // The build already reported any problem in these files; a file that fails to read here
            // was rejected before this step could run, so the extra diagnostics are not kept.
            var tree = YamlTreeReader.ReadFile(path, root.Display(path), new DiagnosticBag());
            if (tree is null)
            {
                continue;
            }

            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, JsonFiles.WriterOptions))
            {
                YamlAsJson.Write(json, tree);
            }

            stream.WriteByte((byte)'\n');
            output.WriteBytes($"data/{Path.GetFileNameWithoutExtension(path)}.json", stream.ToArray());
        }
    }
}
