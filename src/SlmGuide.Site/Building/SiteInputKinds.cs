namespace SlmGuide.Site.Building;

/// <summary>The families of input files; an incremental build reloads and re-runs by family.</summary>
[Flags]
public enum SiteInputKinds
{
    None = 0,

    /// <summary>content/**/*.md.</summary>
    Content = 1,

    /// <summary>Everything under data/: site settings, survey, changelog, benchmark results.</summary>
    Data = 2,

    /// <summary>theme/layouts and theme/partials.</summary>
    Templates = 4,

    /// <summary>theme/assets, copied as they are.</summary>
    Assets = 8,

    All = Content | Data | Templates | Assets,
}
