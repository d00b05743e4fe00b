namespace SlmGuide.Cli.Tests.ReadmeExamples;

/// <summary>
/// Every ```yaml and ```markdown block of the README, put where an author would put it in a copy
/// of the repository's site, passes `check`, and what it adds is in the built site. A block the
/// test cannot place fails, so a new example cannot slip past unchecked.
/// </summary>
public sealed class ReadmeExampleTests(ReadmeExampleSite site) : IClassFixture<ReadmeExampleSite>
{
    public static TheoryData<int> ExampleLines => [.. ReadmeExample.All.Select(example => example.Line)];

    [Theory]
    [MemberData(nameof(ExampleLines))]
    public void The_example_at_this_readme_line_passes_check_and_is_in_the_built_site(int line)
    {
        var problems = site.ProblemsOf(line);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Check_and_build_pass_with_every_example_in_place()
    {
        Assert.True(site.Check.ExitCode == 0 && site.Errors.Count == 0, $"check exited {site.Check.ExitCode}:\n{string.Join('\n', site.Errors)}");
        Assert.True(site.Build.ExitCode == 0, $"build exited {site.Build.ExitCode}:\n{site.Build.Stderr}");
    }
}
