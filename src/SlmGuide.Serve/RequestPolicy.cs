using System.Net;
using Microsoft.AspNetCore.Http;

namespace SlmGuide.Serve;

/// <summary>
/// What the preview answers before it looks for a file. It serves a folder to a browser on
/// this machine, so it takes only reads, and only under a Host name that is this machine: a page
/// on another site that rebinds its own domain name to 127.0.0.1 sends its name as Host, and is
/// refused rather than allowed to read the preview.
/// </summary>
public sealed class RequestPolicy(IPAddress boundAddress)
{
    /// <summary>The default theme's policy, also sent as a header so a page without the meta tag is held to it.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost",
        IPAddress.Loopback.ToString(),
        IPAddress.IPv6Loopback.ToString(),
        boundAddress.ToString(),
    };

    /// <summary>Null when the request may go on; otherwise the status and a one-line reason, already set on the response.</summary>
    public string? Refuse(HttpContext context)
    {
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return $"{context.Request.Method} is not allowed: the preview only serves files";
        }

        var host = context.Request.Host.Host;
        if (!IsThisMachine(host))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return $"Host `{host}` is not an address of this preview; open it as localhost or {boundAddress}";
        }

        return null;
    }

    /// <summary>
    /// A redirect target inside the site. Runs of slashes collapse to one, so `//models` cannot
    /// become the protocol-relative `//models/` that a browser reads as another host.
    /// </summary>
    public static string LocalRedirect(string path) =>
        "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries)) + (path.EndsWith('/') ? "/" : string.Empty);

    // Bound to every address, the preview is meant to be reached by this machine's addresses, so
    // any address literal is allowed there; a name still has to be localhost, which no one can rebind.
    private bool IsThisMachine(string host)
    {
        var bare = host.Trim('[', ']');
        if (_names.Contains(bare))
        {
            return true;
        }

        var everywhere = boundAddress.Equals(IPAddress.Any) || boundAddress.Equals(IPAddress.IPv6Any);
        return everywhere && IPAddress.TryParse(bare, out _);
    }
}
