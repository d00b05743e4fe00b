using SlmGuide.Data;
using SlmGuide.Site.Building;
using SlmGuide.Site.Content;
using SlmGuide.Site.Theming;

namespace SlmGuide.Site.Live;

/// <summary>Sorts changed paths into the families the build reloads; paths outside them are ignored.</summary>
public static class ChangedFiles
{
    public static SiteInputKinds KindOf(SiteRoot root, string path)
    {
        var relative = Path.GetRelativePath(root.FullPath, path).Replace(Path.DirectorySeparatorChar, '/');
        var top = relative.Split('/')[0];
        return top switch
        {
            ContentLoader.Folder => SiteInputKinds.Content,
            "data" => SiteInputKinds.Data,
            Theme.Folder when relative.StartsWith(Theme.Folder + "/assets/", StringComparison.Ordinal) => SiteInputKinds.Assets,
            Theme.Folder => SiteInputKinds.Templates,
            _ => SiteInputKinds.None,
        };
    }

    public static SiteInputKinds KindsOf(SiteRoot root, IEnumerable<string> paths) =>
        paths.Aggregate(SiteInputKinds.None, (kinds, path) => kinds | KindOf(root, path));
}
