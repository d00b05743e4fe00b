namespace SlmGuide.Data.Scaffolding;

/// <summary>
/// Adds an item to the end of a top-level list in YAML text, by editing the text: the author's
/// comments, order and formatting around it stay exactly as they were.
/// </summary>
public static class YamlListAppend
{
    /// <summary>The new text and the 1-based line the item starts on; null when the file has no such top-level key.</summary>
    public static (string Text, int Line)? Append(string text, string key, IReadOnlyList<string> itemLines)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var start = lines.FindIndex(l => l == $"{key}:" || l.StartsWith($"{key}: #", StringComparison.Ordinal) || l.StartsWith($"{key}: []", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        if (lines[start].StartsWith($"{key}: []", StringComparison.Ordinal))
        {
            lines[start] = $"{key}:";
        }

        // The list ends where the next top-level key begins; blank lines and column-0 comments
        // just before that key belong to it, so the item goes above them.
        var end = lines.FindIndex(start + 1, IsTopLevelKey);
        end = end < 0 ? lines.Count : end;
        while (end > start + 1 && (lines[end - 1].Trim().Length == 0 || lines[end - 1].StartsWith('#')))
        {
            end--;
        }

        var indent = lines.Skip(start + 1).Take(end - start - 1).FirstOrDefault(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)) is { } first
            ? first[..(first.Length - first.TrimStart().Length)]
            : "  ";
        var item = itemLines.Select((line, i) => (i == 0 ? $"{indent}- " : $"{indent}  ") + line);
        lines.InsertRange(end, item);
        return (string.Join(newline, lines) + newline, end + 1);
    }

    private static bool IsTopLevelKey(string line) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not '#' and not '-';
}
