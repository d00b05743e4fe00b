namespace SlmGuide.Data.Bench;

/// <summary>
/// Turns System.Text.Json's positions (0-based line, byte in line; or a byte offset) into the
/// 1-based line and character column editors show, so a column counts 日本語 as one each.
/// </summary>
internal sealed class TextPositions
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) AtOffset(long offset)
    {
        var index = _lineStarts.BinarySearch((int)Math.Min(offset, _utf8.Length));
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Characters(_lineStarts[line], (int)offset) + 1);
    }

    /// <summary>A position System.Text.Json counted from a reader that started at <paramref name="startOffset"/>.</summary>
    public (int Line, int Column) After(long startOffset, long line, long bytePositionInLine)
    {
        if (line == 0)
        {
            return AtOffset(startOffset + bytePositionInLine);
        }

        var index = _lineStarts.BinarySearch((int)Math.Min(startOffset, _utf8.Length));
        return AtLine((index >= 0 ? index : ~index - 1) + line, bytePositionInLine);
    }

    public (int Line, int Column) AtLine(long line, long bytePositionInLine)
    {
        var lineIndex = (int)Math.Clamp(line, 0, _lineStarts.Count - 1);
        var start = _lineStarts[lineIndex];
        var end = (int)Math.Min(start + bytePositionInLine, _utf8.Length);
        return (lineIndex + 1, Characters(start, end) + 1);
    }

    // UTF-8 continuation bytes (10xxxxxx) do not start a character.
    private int Characters(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end && i < _utf8.Length; i++)
        {
            count += (_utf8[i] & 0xC0) == 0x80 ? 0 : 1;
        }

        return count;
    }
}
