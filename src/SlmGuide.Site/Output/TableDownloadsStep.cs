using SlmGuide.Data.Diagnostics;
using SlmGuide.Site.Building;
using SlmGuide.Site.Tables;

namespace SlmGuide.Site.Output;

/// <summary>Writes /data/tables/&lt;id&gt;.csv and .json for every survey table, the files linked under each table.</summary>
public sealed class TableDownloadsStep : IOutputStep
{
    public string Name => "table downloads";

    public SiteInputKinds DependsOn => SiteInputKinds.Data;

    public IReadOnlyList<string> Publishes { get; } = ["/data/tables/"];

    public void Write(PlannedSite site, ISiteOutput output, DiagnosticBag diagnostics)
    {
        foreach (var table in site.Tables.Values.Where(t => !t.IsEmpty))
        {
            var path = TableDownloads.Path(table.Id).TrimStart('/');
            output.WriteBytes(path + ".csv", TableDownloads.Csv(table));
            output.WriteBytes(path + ".json", TableDownloads.Json(table));
        }
    }
}
