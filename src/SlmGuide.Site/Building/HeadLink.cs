namespace SlmGuide.Site.Building;

/// <summary>
/// A published file every page points at from its head, such as the Atom feed. Templates find it
/// as <c>site.links.&lt;name&gt;</c>, present only while its step is enabled for the site.
/// </summary>
public sealed record HeadLink(string Name, string SiteUrl);
