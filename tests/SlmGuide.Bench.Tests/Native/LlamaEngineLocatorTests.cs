using SlmGuide.Bench.Native;

namespace SlmGuide.Bench.Tests.Native;

[Collection(EngineTestGroup.Name)]
public sealed class LlamaEngineLocatorTests
{
    [Fact]
    public void The_installed_npm_engine_is_found_for_this_platform()
    {
        var folder = LlamaEngineLocator.Locate();

        Assert.EndsWith(Path.Combine("bins", LlamaEngineLocator.PlatformName), folder, StringComparison.Ordinal);
        Assert.True(LlamaEngineLocator.HasLlamaLibrary(folder));
    }

    [Fact]
    public void An_override_pointing_at_an_empty_folder_is_explained()
    {
        var empty = Directory.CreateTempSubdirectory("slmguide-no-engine-").FullName;
        var previous = Environment.GetEnvironmentVariable(LlamaEngineLocator.OverrideVariable);
        Environment.SetEnvironmentVariable(LlamaEngineLocator.OverrideVariable, empty);
        try
        {
            var error = Assert.Throws<LlamaEngineNotFoundException>(LlamaEngineLocator.Locate);
            Assert.Contains(LlamaEngineLocator.OverrideVariable, error.Message, StringComparison.Ordinal);
            Assert.Contains(empty, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(LlamaEngineLocator.OverrideVariable, previous);
            Directory.Delete(empty);
        }
    }
}
