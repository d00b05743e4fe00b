using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SlmGuide.Serve.Tests;

/// <summary>
/// The preview answers only reads, only to this machine's names, with its security headers, and
/// never redirects off the site. Requests go over a raw socket, so no client library tidies the
/// path or the Host header first.
/// </summary>
public sealed class RequestPolicyTests : IDisposable
{
    private readonly PreviewSite _preview = PreviewSite.WithBaseUrl("https://guide.example.test/");

    public void Dispose() => _preview.Dispose();

    [Fact]
    public async Task A_doubled_slash_is_redirected_inside_the_site_not_to_another_host()
    {
        var response = await SendAsync("GET //second HTTP/1.1", "127.0.0.1");

        Assert.StartsWith("HTTP/1.1 302", response, StringComparison.Ordinal);
        Assert.Contains("\r\nLocation: /second/\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_host_name_is_refused_without_the_page()
    {
        var response = await SendAsync("GET / HTTP/1.1", "evil.example");

        Assert.StartsWith("HTTP/1.1 403", response, StringComparison.Ordinal);
        Assert.Contains("Host `evil.example` is not an address of this preview", response, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task This_machine_s_names_are_served(string host)
    {
        var response = await SendAsync("GET / HTTP/1.1", $"{host}:{_preview.Server.Site.Port}");

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Only_get_and_head_are_answered(string method)
    {
        var response = await SendAsync($"{method} / HTTP/1.1", "127.0.0.1", "Content-Length: 0");

        Assert.StartsWith("HTTP/1.1 405", response, StringComparison.Ordinal);
        Assert.Contains("\r\nAllow: GET, HEAD\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Head_is_answered_like_get_without_a_body()
    {
        var response = await SendAsync("HEAD / HTTP/1.1", "127.0.0.1");

        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1")]
    [InlineData("GET /no-such-page/ HTTP/1.1")]
    [InlineData("POST / HTTP/1.1")]
    public async Task Every_answer_carries_the_content_security_policy_and_nosniff(string requestLine)
    {
        var response = await SendAsync(requestLine, "127.0.0.1", "Content-Length: 0");

        Assert.Contains($"\r\nContent-Security-Policy: {RequestPolicy.ContentSecurityPolicy}\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Content-Type-Options: nosniff\r\n", response, StringComparison.Ordinal);
    }

    private async Task<string> SendAsync(string requestLine, string host, params string[] headers)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_preview.Server.Site.Host, _preview.Server.Site.Port);
        using var stream = client.GetStream();
        var request = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{requestLine}\r\nHost: {host}\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            request.Append(CultureInfo.InvariantCulture, $"{header}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
