using System.Text.RegularExpressions;
using SlmGuide.Testing;
using YamlDotNet.RepresentationModel;

namespace SlmGuide.Cli.Tests;

/// <summary>The site's CI workflow: valid, pinned, and running exactly the commands the README documents.</summary>
public sealed partial class WorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(TestRepository.Root, ".github", "workflows", "site.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(WorkflowPath));
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Values
            .Cast<YamlMappingNode>()
            .Where(job => job.Children.ContainsKey("steps"))
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void Runs_on_push_and_pull_request()
    {
        var triggers = (YamlMappingNode)Workflow()["on"];

        Assert.Contains(new YamlScalarNode("push"), triggers.Children.Keys);
        Assert.Contains(new YamlScalarNode("pull_request"), triggers.Children.Keys);
    }

    [Fact]
    public void Every_action_is_pinned_to_a_released_version()
    {
        var uses = Steps(Workflow()).Select(step => Value(step, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, action => Assert.Matches(PinnedAction(), action));
    }

    [Fact]
    public void Runs_exactly_the_commands_of_the_readme()
    {
        var documented = ReadmeCommands("## Continuous integration");
        var run = Steps(Workflow()).Select(step => Value(step, "run")).OfType<string>()
            .Where(command => command.StartsWith("dotnet ", StringComparison.Ordinal) || command.StartsWith("./slmguide ", StringComparison.Ordinal)).ToList();

        Assert.Equal(documented, run);
        Assert.Contains(ReadmeCommands("## Quick start")[1], run);
        // The README's short command, the Release binary, not a Debug `dotnet run`.
        Assert.Contains("./slmguide build --strict", run);
        Assert.Contains("./slmguide bench", run);
        Assert.Equal("dotnet restore SlmGuideSite.sln", run[0]);
    }

    [Fact]
    public void Publishes_to_pages_only_from_main()
    {
        var workflow = Workflow();
        var deploy = (YamlMappingNode)((YamlMappingNode)workflow["jobs"])["deploy"];
        var pagesSteps = Steps(workflow).Where(step => Value(step, "uses") is { } action && action.StartsWith("actions/", StringComparison.Ordinal) && action.Contains("pages", StringComparison.Ordinal)).ToList();

        Assert.Contains("refs/heads/main", Value(deploy, "if"), StringComparison.Ordinal);
        Assert.Equal("write", Value((YamlMappingNode)deploy["permissions"], "pages"));
        Assert.Equal("write", Value((YamlMappingNode)deploy["permissions"], "id-token"));
        Assert.Equal(3, pagesSteps.Count);
        Assert.All(pagesSteps.Where(step => Value(step, "uses")!.StartsWith("actions/deploy-pages", StringComparison.Ordinal) is false), step =>
            Assert.Contains("refs/heads/main", Value(step, "if"), StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_model_cache_and_the_benchmark_results_between_runs()
    {
        var cached = Steps(Workflow())
            .Where(step => Value(step, "uses")?.StartsWith("actions/cache@", StringComparison.Ordinal) == true)
            .Select(step => Value((YamlMappingNode)step["with"], "path"))
            .ToList();

        Assert.Equal([".cache/slmguide", "data/bench/results"], cached);
    }

    // The commands of the ```sh blocks in one README section, one per line, in order.
    private static List<string> ReadmeCommands(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"));
        var section = readme[readme.IndexOf(heading, StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", heading.Length, StringComparison.Ordinal);
        section = next < 0 ? section : section[..next];
        return [.. ShellBlock().Matches(section).SelectMany(block => block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+@v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex("```sh\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
