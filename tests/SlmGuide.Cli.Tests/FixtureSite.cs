using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests;

/// <summary>The Site tests' fixture with the repository theme, in a temp root.</summary>
internal sealed class FixtureSite : IDisposable
{
    public string Root { get; } = TestRepository.CreateFixtureSite("mini", "slmguide-cli-");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
