namespace SlmGuide.Serve;

/// <summary>Files changed in one burst; <see cref="Everything"/> when the system lost track and all must be read again.</summary>
public sealed record ChangeBatch(IReadOnlyCollection<string> Paths, bool Everything);
