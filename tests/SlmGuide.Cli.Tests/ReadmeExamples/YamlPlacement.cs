using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// Puts a ```yaml example into the data file it names, as an author would: rows at the end of
/// their list, a setting in place of the file's own, a part of a row at the end of that row.
/// The example's lines go in as written, comments included, only shifted to the file's indentation.
/// </summary>
internal static partial class YamlPlacement
{
    public static IReadOnlyList<Expectation> Place(ReadmeExample example, EditedSite site)
    {
        var target = (example.Marker is { } marker ? MarkerTarget().Match(marker) : FirstLineTarget().Match(example.Lines[0].Trim()))
            is { Success: true } match ? match : throw new InvalidDataException(
                "the block names no file: start it with a comment such as `# data/survey/models.yaml`, or put "
                + "`<!-- example: data/….yaml -->` on the line above it (`<!-- example: data/….yaml, inside the <list> row <id> -->` "
                + "for a part of a row, `<!-- example: not an input, <why> -->` for a block that is not one)");
        var path = target.Groups["file"].Value;
        return target.Groups["id"].Success
            ? [IntoRow(example, site, path, target.Groups["list"].Value, target.Groups["id"].Value)]
            : IntoFile(example, site, path);
    }

    private static List<Expectation> IntoFile(ReadmeExample example, EditedSite site, string path)
    {
        var expected = new List<Expectation>();
        var keys = Parse(example.Lines).Children.ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var (key, value) = ((YamlScalarNode)keys[i].Key, keys[i].Value);
            var next = i + 1 < keys.Count ? Line(keys[i + 1].Key) - 1 : example.Lines.Count;
            if (value is YamlSequenceNode rows && rows.Children.Count > 0 && rows.Children.All(row => row is YamlMappingNode))
            {
                AppendRows(example, site, path, key.Value!, Lines(example, Line(rows.Children[0]) - 1, next));
                if (Published(path))
                {
                    expected.AddRange(rows.Children.Cast<YamlMappingNode>().Select(row => PublishedData.Row(path, key.Value!, row)));
                }
            }
            else
            {
                Set(example, site, path, key.Value!, Lines(example, Line(key) - 1, next));
            }
        }

        return expected;
    }

    private static void AppendRows(ReadmeExample example, EditedSite site, string path, string list, List<string> rows)
    {
        var file = site.Lines(path);
        var existing = Value(Parse(file), list) as YamlSequenceNode is { Children.Count: > 0 } sequence
            ? sequence
            : throw new InvalidDataException($"{path} has no list `{list}` to add the rows to");
        var shift = Indent(file[Line(existing.Children[0]) - 1]) - Indent(rows[0]);
        site.Write(example, path, LastLine(existing), 0, Shifted(rows, shift));
    }

    private static void Set(ReadmeExample example, EditedSite site, string path, string key, List<string> setting)
    {
        var file = Parse(site.Lines(path));
        if (file.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(existing => existing.Value == key) is { } old)
        {
            site.Write(example, path, Line(old) - 1, LastLine(file.Children[old]) - Line(old) + 1, setting);
        }
        else
        {
            site.Write(example, path, site.End(path), 0, setting);
        }
    }

    private static Expectation IntoRow(ReadmeExample example, EditedSite site, string path, string list, string id)
    {
        var part = Parse(example.Lines);
        var row = (Value(Parse(site.Lines(path)), list) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .FirstOrDefault(row => Value(row, "id") is YamlScalarNode { Value: var value } && value == id)
            ?? throw new InvalidDataException($"{path} has no `{list}` row with the id `{id}` for this part of a row");
        var lines = Lines(example, Line(part.Children.Keys.First()) - 1, example.Lines.Count);
        site.Write(example, path, LastLine(row), 0, Shifted(lines, (int)row.Start.Column - 1 - Indent(lines[0])));
        return PublishedData.PartOfRow(path, list, id, part);
    }

    // The bench files are not published under /data/: a suite model reaches the site only once measured.
    private static bool Published(string path) => !path.StartsWith("data/bench/", StringComparison.Ordinal);

    private static YamlMappingNode Parse(IReadOnlyList<string> lines)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join('\n', lines)));
        return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode ?? throw new InvalidDataException("the YAML is not a mapping of keys");
    }

    private static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    // The line of the last value, so that comments after it stay with what follows.
    private static int LastLine(YamlNode node) => node.AllNodes.OfType<YamlScalarNode>().Max(scalar => (int)scalar.End.Line);

    private static List<string> Lines(ReadmeExample example, int from, int to)
    {
        while (to > from && example.Lines[to - 1].Trim().Length == 0)
        {
            to--;
        }

        return [.. example.Lines.Skip(from).Take(to - from)];
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static List<string> Shifted(List<string> lines, int shift) =>
        [.. lines.Select(line => line.Trim().Length == 0 ? line : shift >= 0 ? new string(' ', shift) + line : line[Math.Min(-shift, Indent(line))..])];

    [GeneratedRegex(@"^(?<file>data/\S+\.yaml)(?:, inside the (?<list>\w+) row (?<id>\S+))?$")]
    private static partial Regex MarkerTarget();

    [GeneratedRegex(@"^# (?<file>data/\S+\.yaml)$")]
    private static partial Regex FirstLineTarget();
}
