using System.Net;
using SlmGuide.Data.Diagnostics.Languages;

namespace SlmGuide.Serve;

/// <summary>What to preview and where to listen.</summary>
public sealed record ServeOptions(string Root, string OutputPath, IPAddress Host, int Port)
{
    /// <summary>
    /// How long the watcher waits for a quiet moment before it rebuilds. Editors write a file in
    /// several steps and "save all" writes many files at once; they should make one rebuild.
    /// </summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The language of the error overlay, as of the console (<c>--lang</c> or <c>LANG</c>).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.Japanese;

    /// <summary>Hears the name of each rebuild stage as it starts, as a build's observer does.</summary>
    public Action<string>? StageStarting { get; init; }
}
