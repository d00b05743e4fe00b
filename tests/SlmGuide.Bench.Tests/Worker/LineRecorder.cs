namespace SlmGuide.Bench.Tests.Worker;

/// <summary>A worker's standard output in memory: every line it wrote, with a reading taken as it was written.</summary>
internal sealed class LineRecorder(Func<int> reading) : StringWriter
{
    private readonly List<(string Text, int Reading)> _lines = [];

    public IReadOnlyList<(string Text, int Reading)> Lines => _lines;

    public override void WriteLine(string? value) => _lines.Add((value ?? string.Empty, reading()));
}
