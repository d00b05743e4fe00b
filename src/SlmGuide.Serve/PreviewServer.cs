using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using SlmGuide.Data;
using SlmGuide.Site.Live;

namespace SlmGuide.Serve;

/// <summary>
/// The live preview: builds the site once, serves the output folder over HTTP, and rebuilds
/// incrementally whenever the watcher reports a burst of changes. Every HTML page it serves
/// gets one extra script, the live-reload client; the files on disk stay exactly as `build` writes them.
/// </summary>
public sealed class PreviewServer(ServeOptions options, Action<LiveUpdate> report)
{
    private const string Internal = "/__slmguide/";
    private static readonly TimeSpan FreshnessLimit = TimeSpan.FromSeconds(10);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ReloadHub _hub = new(options.Language);
    private readonly FreshnessGate _gate = new();

    /// <summary>Runs until cancelled; <paramref name="started"/> receives the address once it listens.</summary>
    public async Task RunAsync(Action<Uri> started, CancellationToken cancellation)
    {
        var live = new LiveSite(options.Root, options.OutputPath, options.StageStarting);
        var first = live.Rebuild();
        Publish(first);
        if (first.PageCount == 0 && !first.Succeeded)
        {
            throw new PreviewException("nothing to preview: fix the problems above and start again");
        }

        var files = new OutputFiles(options.OutputPath);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(options.Host, options.Port));
        await using var app = builder.Build();
        var policy = new RequestPolicy(options.Host);
        app.Run(context => HandleAsync(context, policy, files, BasePath(live.Config)));
        using var watcher = new SiteWatcher(options.Root, options.Quiet, _gate.Close);
        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            throw new PreviewException($"cannot listen on {options.Host}:{options.Port}: {exception.Message}", "pick another --port, or stop the program using it");
        }

        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        started(new Uri(new Uri(address), BasePath(live.Config)));
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                var batch = await watcher.NextAsync(cancellation).ConfigureAwait(false);
                Publish(batch.Everything ? live.Rebuild() : live.Update(batch.Paths));
                if (!watcher.HasPending)
                {
                    _gate.Open();
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C: stop listening below.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private void Publish(LiveUpdate update)
    {
        report(update);
        _hub.Announce(update);
    }

    private async Task HandleAsync(HttpContext context, RequestPolicy policy, OutputFiles files, string basePath)
    {
        if (policy.Refuse(context) is { } refusal)
        {
            await context.Response.WriteAsync(refusal + "\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(Internal, StringComparison.Ordinal))
        {
            await HandleInternalAsync(context, path[Internal.Length..]).ConfigureAwait(false);
            return;
        }

        if (path == "/" && basePath != "/")
        {
            context.Response.Redirect(RequestPolicy.LocalRedirect(basePath));
            return;
        }

        await _gate.WaitAsync(FreshnessLimit, context.RequestAborted).ConfigureAwait(false);
        var sitePath = path.StartsWith(basePath, StringComparison.Ordinal) ? "/" + path[basePath.Length..] : null;
        if (sitePath is not null && !sitePath.EndsWith('/') && Path.GetExtension(sitePath).Length == 0 && files.Resolve(sitePath + "/") is not null)
        {
            context.Response.Redirect(RequestPolicy.LocalRedirect(path + "/"));
            return;
        }

        var file = sitePath is null ? null : files.Resolve(sitePath);
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            file = files.Resolve("/404.html");
            status = StatusCodes.Status404NotFound;
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (file is null)
        {
            await context.Response.WriteAsync("not found", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            bytes = LiveReloadScript.AddTo(bytes);
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task HandleInternalAsync(HttpContext context, string name)
    {
        context.Response.Headers.CacheControl = "no-store";
        switch (name)
        {
            case "live.js":
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.Body.WriteAsync(LiveReloadScript.Client, context.RequestAborted).ConfigureAwait(false);
                break;
            case "events":
                context.Response.ContentType = "text/event-stream";
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                await _hub.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(context.RequestAborted), context.RequestAborted).ConfigureAwait(false);
                break;
            case "status":
                await _gate.WaitAsync(FreshnessLimit, context.RequestAborted).ConfigureAwait(false);
                await context.Response.WriteAsJsonAsync(_hub.Status, PreviewJson.Options, context.RequestAborted).ConfigureAwait(false);
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    // The site links to itself under base_url's path ("/docs/"), so the preview serves it there too.
    private static string BasePath(SiteConfig config)
    {
        var path = config.BaseUrl.AbsolutePath;
        return path.EndsWith('/') ? path : path + "/";
    }
}
