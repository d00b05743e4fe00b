using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>The Site tests' fixture with the repository theme, in a temp root.</summary>
internal sealed class FixtureSite : IDisposable
{
    /// <summary>A day on which none of the fixture's facts is stale yet (it allows 2 days; the oldest is 2026-11-01).</summary>
    public const string Today = "2026-11-03";

    public string Root { get; } = TestRepository.CreateFixtureSite("mini", "slmguide-cli-");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
