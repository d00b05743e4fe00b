namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// The files of a site root edited line by line, remembering which README example wrote which
/// lines, so that a diagnostic of `check` can be traced back to the example that caused it.
/// </summary>
internal sealed class EditedSite(string root)
{
    private readonly Dictionary<string, List<string>> _files = [];
    private readonly List<Written> _written = [];

    public IReadOnlyList<string> Lines(string path) => Open(path);

    /// <summary>The index just past the file's last line (a final newline makes no line of its own).</summary>
    public int End(string path) => Open(path) is var lines && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count;

    /// <summary>Replaces <paramref name="remove"/> lines from the 0-based <paramref name="index"/> with <paramref name="lines"/>.</summary>
    public void Write(ReadmeExample example, string path, int index, int remove, IReadOnlyList<string> lines)
    {
        var file = Open(path);
        file.RemoveRange(index, remove);
        file.InsertRange(index, lines);
        var moved = lines.Count - remove;
        foreach (var earlier in _written.Where(written => written.Path == path))
        {
            if (earlier.Index >= index + remove)
            {
                earlier.Index += moved;
            }
            else if (earlier.Index < index && index < earlier.Index + earlier.Count)
            {
                earlier.Count += moved;
            }
        }

        _written.Add(new Written(example, path) { Index = index, Count = lines.Count });
    }

    public void Create(ReadmeExample example, string path, IReadOnlyList<string> lines)
    {
        if (Exists(path))
        {
            throw new InvalidDataException($"the example would replace the site's own {path}");
        }

        _files[path] = [.. lines, ""];
        _written.Add(new Written(example, path) { Index = 0, Count = lines.Count });
    }

    /// <summary>The example that wrote a 1-based line; where one example went inside another's lines, the inner one.</summary>
    public ReadmeExample? WroteLine(string path, int line) =>
        _written.Where(written => written.Path == path && written.Index < line && line <= written.Index + written.Count)
            .MinBy(written => written.Count)?.Example;

    public void Save()
    {
        foreach (var (path, lines) in _files)
        {
            var file = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, string.Join('\n', lines));
        }
    }

    private bool Exists(string path) => _files.ContainsKey(path) || File.Exists(Path.Combine(root, path));

    private List<string> Open(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            var file = Path.Combine(root, path);
            if (!File.Exists(file))
            {
                throw new InvalidDataException($"the example names {path}, which the site does not have");
            }

            lines = [.. File.ReadAllText(file).Split('\n')];
            _files[path] = lines;
        }

        return lines;
    }

    private sealed class Written(ReadmeExample example, string path)
    {
        public ReadmeExample Example => example;

        public string Path => path;

        public int Index { get; set; }

        public int Count { get; set; }
    }
}
