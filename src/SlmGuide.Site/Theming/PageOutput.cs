using System.Text;
using Scriban.Runtime;

namespace SlmGuide.Site.Theming;

/// <summary>
/// Collects one render's HTML. Scriban's own StringBuilderOutput is emptied after each render
/// (Length = 0), which on a builder that grew in several chunks allocates a fresh array the size
/// of the page; every render here pushes an output of its own and drops it afterwards, so that
/// reset is pure waste.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    // Most pages fit, so the builder rarely grows; the rest grow in a few large steps.
    private const int InitialCapacity = 16 * 1024;

    private readonly StringBuilder _html = new(InitialCapacity);

    public void Write(string text, int offset, int count) => _html.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _html.ToString();
}
