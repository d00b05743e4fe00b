using System.Text.Json;
using System.Threading.Channels;
using SlmGuide.Data.Diagnostics;
using SlmGuide.Data.Diagnostics.Languages;
using SlmGuide.Site.Live;

namespace SlmGuide.Serve;

/// <summary>
/// Tells open pages what happened: each rebuild is announced to every connected browser as a
/// server-sent event, and a browser that connects late is told the current state at once, so a
/// page opened while the site is broken shows the error overlay too.
/// </summary>
public sealed class ReloadHub(MessageLanguage language)
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];
    private PreviewStatus _status = new(0, [], MessageLanguages.NameOf(language));

    public PreviewStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    public void Announce(LiveUpdate update)
    {
        lock (_lock)
        {
            _status = _status with
            {
                Builds = _status.Builds + 1,
                Errors = [.. update.Diagnostics.Where(d => d.IsError).Select(d => Problem.Of(MessageTranslator.Localize(d, language)))],
            };
            var messages = new List<string> { Event("status", _status) };
            if (update.Succeeded && update.ChangedOutput)
            {
                messages.Add(Event("reload", new { urls = update.WrittenUrls }));
            }

            foreach (var listener in _listeners)
            {
                foreach (var message in messages)
                {
                    listener.Writer.TryWrite(message);
                }
            }
        }
    }

    /// <summary>Streams events to one browser until it goes away.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancellation)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            channel.Writer.TryWrite(Event("status", _status));
            _listeners.Add(channel);
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(message), cancellation).ConfigureAwait(false);
                await flush().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left.
        }
        finally
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }
        }
    }

    private static string Event(string name, object data) =>
        $"event: {name}\ndata: {JsonSerializer.Serialize(data, PreviewJson.Options)}\n\n";
}

/// <summary>
/// How many rebuilds ran, and the errors of the last one (none when the site is fine), in the
/// language the overlay shows them in (<c>ja</c> or <c>en</c>).
/// </summary>
public sealed record PreviewStatus(int Builds, IReadOnlyList<Problem> Errors, string Language);

/// <summary>One error as the browser overlay shows it.</summary>
public sealed record Problem(string Location, string Code, string Message, string? Hint)
{
    public static Problem Of(Diagnostic diagnostic) =>
        new(diagnostic.Location.ToString(), diagnostic.Code, diagnostic.Message, diagnostic.Hint);
}

internal static class PreviewJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
