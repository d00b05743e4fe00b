using System.Net;
using System.Net.Sockets;

namespace SlmGuide.Browser.Tests;

/// <summary>
/// Serves a built site on 127.0.0.1 under the path prefix the site was built for, the way a
/// static host would: index.html for folders, the site's 404.html for anything missing.
/// </summary>
internal sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".wasm"] = "application/wasm",
    };

    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly string _prefix;
    private readonly Task _loop;

    public StaticServer(string folder, string pathPrefix)
    {
        _folder = Path.GetFullPath(folder);
        _prefix = pathPrefix;
        var port = FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add($"{Origin}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    /// <summary>An address on this server for a site URL such as "/tables/".</summary>
    public string Url(string siteUrl) => Origin + _prefix.TrimEnd('/') + siteUrl;

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by its pending GetContext failing once the listener closes.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var file = Resolve(path);
        var status = 200;
        if (file is null)
        {
            status = 404;
            file = Path.Combine(_folder, "404.html");
        }

        var bytes = File.ReadAllBytes(file);
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    private string? Resolve(string path)
    {
        if (!path.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[_prefix.Length..];
        var full = Path.GetFullPath(Path.Combine(_folder, relative));
        if (!full.StartsWith(_folder, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
