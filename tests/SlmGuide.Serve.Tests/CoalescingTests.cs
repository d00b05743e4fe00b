namespace SlmGuide.Serve.Tests;

/// <summary>An editor's "save all" writes many files at once; the preview should rebuild once for them.</summary>
public sealed class CoalescingTests : IDisposable
{
    // A generous quiet time keeps the test about coalescing, not about how busy the machine is.
    private readonly PreviewSite _preview = new("--debounce", "500");

    public void Dispose() => _preview.Dispose();

    [Fact]
    public async Task A_burst_of_saves_makes_one_rebuild_that_includes_every_file()
    {
        var before = (await _preview.Server.StatusAsync()).Builds;

        for (var i = 1; i <= 5; i++)
        {
            File.WriteAllText(_preview.PathOf($"content/burst-{i}.md"), $"---\ntitle: 一括保存 {i}\n---\n本文 {i}\n");
        }

        // The change notices reach the server a moment after the writes; wait until it has built.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var after = await _preview.Server.StatusAsync();
        while (after.Builds == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            after = await _preview.Server.StatusAsync();
        }

        Assert.Equal(before + 1, after.Builds);
        Assert.Empty(after.Errors);
        for (var i = 1; i <= 5; i++)
        {
            Assert.Contains($"本文 {i}", await _preview.Server.GetTextAsync($"burst-{i}/"), StringComparison.Ordinal);
        }

        Assert.Equal(before + 1, (await _preview.Server.StatusAsync()).Builds);
        Assert.Equal(2, _preview.Server.Lines.Count(line => line.StartsWith("rebuilt ", StringComparison.Ordinal)));
    }
}
