namespace SlmGuide.Site.Building;

/// <summary>What to build and where. <see cref="Output"/> null means &lt;root&gt;/_site; <see cref="Write"/> false only checks.</summary>
public sealed record BuildOptions(string Root, string? Output = null, bool Strict = false, bool Write = true)
{
    public string OutputPath => Path.GetFullPath(Output ?? Path.Combine(Root, "_site"));

    /// <summary>Build the pages marked <c>draft: true</c> too, as `serve` always does.</summary>
    public bool Drafts { get; init; }

    /// <summary>Hears the name of each stage as it starts ("load", …, "search index"), so a front end can say what a long one is doing.</summary>
    public Action<string>? StageStarting { get; init; }
}
