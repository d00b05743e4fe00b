using System.CommandLine;

namespace SlmGuide.Cli.Commands;

/// <summary>Options several verbs share, declared once so their names and help read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The site root holding content/, data/ and theme/",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Build the pages marked `draft: true` too (serve always does)",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat warnings as errors",
    };
}
