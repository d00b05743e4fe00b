using System.Net;
using System.Net.Sockets;
using SlmGuide.Testing;

namespace SlmGuide.Serve.Tests;

/// <summary>When the preview cannot run it says why in one line and exits 1, never with a stack trace.</summary>
public sealed class RefusalTests
{
    [Fact]
    public void A_port_in_use_is_reported_with_what_to_do()
    {
        var root = TestRepository.CreateFixtureSite("mini", "slmguide-serve-port-");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;

            var (exitCode, output) = ServeProcess.RunToExit(root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(1, exitCode);
            Assert.Contains($"serve: cannot listen on 127.0.0.1:{port}", output, StringComparison.Ordinal);
            Assert.Contains("pick another --port", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_folder_that_is_not_a_site_is_refused()
    {
        var empty = Directory.CreateTempSubdirectory("slmguide-serve-empty-").FullName;
        try
        {
            var (exitCode, output) = ServeProcess.RunToExit(empty);

            Assert.Equal(1, exitCode);
            Assert.Contains("error B001", output, StringComparison.Ordinal);
            Assert.Contains("serve: nothing to preview", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_refused()
    {
        var (exitCode, output) = ServeProcess.RunToExit(Path.GetTempPath(), "--host", "example.invalid");

        Assert.Equal(1, exitCode);
        Assert.Contains("--host: `example.invalid` is not an IP address", output, StringComparison.Ordinal);
    }
}
