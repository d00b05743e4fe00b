using Markdig;
using Markdig.Syntax;
using SlmGuide.Testing;

namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>The README's `./slmguide new …` lines, run as written on a copy of the repository's site: each starts a draft, and the site still checks and builds.</summary>
public sealed class ReadmeNewCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("slmguide-readme-new-").FullName;

    public ReadmeNewCommandTests()
    {
        foreach (var folder in new[] { "content", "data", "theme", "schemas" })
        {
            TestRepository.CopyFolder(Path.Combine(TestRepository.Root, folder), Path.Combine(_root, folder));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_new_command_of_the_readme_starts_a_draft_that_leaves_the_site_building()
    {
        var commands = NewCommands();
        Assert.True(commands.Count >= 4, $"the README shows {commands.Count} `./slmguide new` lines");

        foreach (var arguments in commands)
        {
            var run = CliRun.Start([.. arguments, "--root", _root]);
            Assert.True(run.ExitCode == 0, $"./slmguide {string.Join(' ', arguments)}: {run.Stderr}");
        }

        var check = CliRun.Start("check", "--root", _root, "--max-age", "36500");
        var drafts = CliRun.Start("check", "--root", _root, "--max-age", "36500", "--drafts");
        var build = CliRun.Start("build", "--root", _root, "--drafts");

        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.True(drafts.ExitCode == 0, drafts.Stderr);
        Assert.Contains("warning C006", drafts.Stderr, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.Stderr);
    }

    // The README's shell blocks as an author copies them, comments after `#` dropped.
    private static List<string[]> NewCommands()
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        return [.. Markdown.Parse(readme).Descendants<FencedCodeBlock>()
            .Where(block => block.Info == "sh")
            .SelectMany(block => block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString()))
            .Select(line => line.Split('#')[0].Trim())
            .Where(line => line.StartsWith("./slmguide new ", StringComparison.Ordinal))
            .Select(line => line["./slmguide ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    }
}
