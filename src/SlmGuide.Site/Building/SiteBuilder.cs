namespace SlmGuide.Site.Building;

/// <summary>
/// A full build (or, with <see cref="BuildOptions.Write"/> false, a check): the pipeline's stages
/// over every input, into a staging folder swapped in only when the whole build succeeded.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        using var target = new FullBuild(options);
        var run = new SitePipeline(target, options.Strict, options.StageStarting).Run();
        return new BuildResult(run.Diagnostics, run.PagesPublished, options.Strict, run.Timings);
    }
}
