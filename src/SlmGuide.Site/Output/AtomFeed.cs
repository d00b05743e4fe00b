using System.Globalization;
using System.Xml.Linq;
using SlmGuide.Data.Changes;

namespace SlmGuide.Site.Output;

/// <summary>
/// The changelog as an Atom 1.0 feed, newest first. Dates come from the changelog itself, so the
/// feed is byte-identical between builds of the same inputs.
/// </summary>
public static class AtomFeed
{
    public const string FileName = "feed.xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Needs at least one change: a feed's `updated` is its newest entry's date.</summary>
    public static string Render(string siteTitle, SitePaths paths, IReadOnlyList<Change> changes)
    {
        var ordered = changes
            .OrderByDescending(c => c.Date)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ToList();
        var home = paths.Absolute("/");
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "title", siteTitle),
            new XElement(Atom + "id", home),
            new XElement(Atom + "link", new XAttribute("href", home)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", paths.Absolute("/" + FileName))),
            new XElement(Atom + "updated", Timestamp(ordered[0].Date)),
            new XElement(Atom + "author", new XElement(Atom + "name", siteTitle)),
            ordered.Select((change, index) => Entry(change, paths, ordered.Count - index)));
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed.ToString() + "\n";
    }

    // An entry's id must never change once published: the date plus its position counted from
    // the oldest change stays put when newer changes are added on top.
    private static XElement Entry(Change change, SitePaths paths, int sequence)
    {
        var link = paths.Absolute(change.Page ?? "/");
        var entry = new XElement(
            Atom + "entry",
            new XElement(Atom + "title", change.Title),
            new XElement(Atom + "id", $"{paths.Absolute("/" + FileName)}#{Day(change.Date)}-{sequence}"),
            new XElement(Atom + "link", new XAttribute("href", link)),
            new XElement(Atom + "updated", Timestamp(change.Date)));
        if (change.Summary is { } summary)
        {
            entry.Add(new XElement(Atom + "summary", summary));
        }

        return entry;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateOnly date) => Day(date) + "T00:00:00Z";
}
